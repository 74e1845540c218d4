"""Social-media posts embedded in a page and printed without quotation marks, signed as the platforms' embed code
signs them: '... Must also tree clear to stop fire spreading! — Donald J. Trump (@realDonaldTrump) August 5, 2018'.

Such a post is a direct quote of the account that signed it (a name the text mentions, else the signature's name,
else the handle). Where the post begins is the line it stands on, the end of the signature or quotation before
it, or, in text whose paragraphs were run together, the first sentence within ``POST_CHARACTERS`` of the
signature. A post inside quotation marks keeps its quotation (``after_quote.SIGNATURE`` reads the signature).
Known failure mode: in run-together text a short sentence that introduced the post ("Trump weighed in.") is taken
into it when no quotation or signature closes before it.
"""

from __future__ import annotations

import bisect
import re

from analysis import actors as actors_stage
from analysis.attribution import Context, Quote

__all__ = ["SIGNED", "POST_CHARACTERS", "signed_posts"]

_SPACE = r"[ \t\u00a0]"
# "— Name (@handle) August 5, 2018" (or "5 August 2018"); the name may be missing or hold emoji.
SIGNED = re.compile(rf"{_SPACE}*[―—–]{_SPACE}*(?P<name>[^\n―—–()@]{{0,60}}?){_SPACE}*\(@(?P<handle>\w{{1,30}})\)"
                    rf"{_SPACE}+(?:[A-Z][a-z]+\.?{_SPACE}+\d{{1,2}},{_SPACE}+\d{{4}}|\d{{1,2}}{_SPACE}+[A-Z][a-z]+"
                    rf"{_SPACE}+\d{{4}})")
POST_CHARACTERS = 300  # a post holds at most 280 characters, with a link or two
_SENTENCE_START = re.compile(r"(?<=[.!?:])[”»\"’']?\s+(?=[A-Z“\"‘'@#])")  # "He tweeted: ..." opens it too
_MARKS_ONLY = re.compile(r"[\s”»\"’'.]*")
_SENTENCE_CLOSED = re.compile(r"[.!?][”»\"’']|.[”»\"’'][.!?]")  # a quotation that closes a sentence


def _speaker(ctx: Context, signature: re.Match) -> actors_stage.Actor:
    name = " ".join(re.sub(r"[^\w\s.’'-]", " ", signature.group("name")).split())
    named = [a for s, e, a in ctx.mention_at(*signature.span("name")) if ctx.text[s:e] == name]  # the whole name
    if named:  # (not "Trump" in an account called "Trump Thoughts")
        return named[0]
    return actors_stage.Actor(name or "@" + signature.group("handle"), "", "person", "", known=False)


def signed_posts(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with a direct quote for every signed post, in place of the quotes found inside it.

    >>> from analysis.marks import quoted_spans
    >>> def posts(text):
    ...     found = signed_posts(Context(text, [], quoted_spans(text)), [])
    ...     return [(text[q.start:q.end], q.speaker.name) for q in found]
    >>> posts('Trump weighed in.\\nWater is being diverted into the Pacific. Must also tree clear!\\n'
    ...       '— Donald J. Trump (@realDonaldTrump) August 5, 2018\\nThe tweet came days later.')
    [('Water is being diverted into the Pacific. Must also tree clear!', 'Donald J. Trump')]
    >>> posts('One replied: “Problem solved.” As a wildfire expert, I find this ridiculous. — Eric Kennedy '
    ...       '(@ericbkennedy) August 5, 2018Others agreed.')
    [('As a wildfire expert, I find this ridiculous.', 'Eric Kennedy')]
    """
    text, posts, floor = ctx.text, [], 0
    quote_ends = sorted(e for _, e in ctx.quoted)
    for signature in SIGNED.finditer(text):
        end = len(text[:signature.start()].rstrip())
        before = bisect.bisect_right(quote_ends, end) - 1
        if before >= 0 and _MARKS_ONLY.fullmatch(text, quote_ends[before], end):
            floor = signature.end()  # '“...” — Name (@handle) date': a quotation already
            continue
        begin = max(floor, text.rfind("\n", 0, end) + 1)
        closed = [e for e in quote_ends[:before + 1] if e > begin and _SENTENCE_CLOSED.match(text, e - 1)]
        begin = closed[-1] + 1 if closed else begin  # 'One replied: “Problem solved.” As a professor who ...'
        if end - begin > POST_CHARACTERS:  # run-together paragraphs: the sentences near the signature
            starts = [m.end() for m in _SENTENCE_START.finditer(text, end - POST_CHARACTERS, end)]
            begin = starts[0] if starts else end
        begin += len(text[begin:end]) - len(text[begin:end].lstrip(" \t\u00a0”»\"’'"))
        floor = signature.end()
        if len(text[begin:end].split()) < 3:
            continue
        posts.append(Quote("direct", begin, end, "", -1, _speaker(ctx, signature)))
    if not posts:
        return quotes
    kept = [q for q in quotes if not any(p.start <= q.start < p.end for p in posts)]
    return kept + posts
