"""Reports framed by a phrase around them rather than by a reporting verb with its clause: "according to X",
"This was stated by X" after the sentence it attributes (state-agency style), and lead-ins ("In his words,
...", "In the words of X, ...", "As X put it, ..."). Used by ``analysis.indirect``.
"""

from __future__ import annotations

import re

from analysis.attribution import Context, Quote, resolve_word, trim
from analysis.lead_attribution import according_source
from analysis.quotes_lexicon import verb_pattern
from analysis.unnamed_sources import names_a_source, names_a_text, unnamed

__all__ = ["STATED_BY", "LEAD_IN", "AS_VERB", "according_to", "stated_by", "lead_ins", "colon_headlines"]


def according_to(ctx: Context, sentences: list[tuple[int, int]]) -> list[Quote]:
    quotes = []
    for sent_start, sent_end in sentences:
        sentence = ctx.text[sent_start:sent_end]
        for match in re.finditer(r"\b[Aa]ccording to\s+", sentence):
            source = according_source(ctx, sent_start + match.end(), sent_end)
            if source is None:
                continue
            mention_end, actor = source
            if match.start() == 0 or _CONNECTIVE_BEFORE.search(sentence, 0, match.start()) or \
                    sentence[:match.start()].rstrip().endswith(";"):  # "According to X, clause.", "..., but,
                # according to X, clause.", "...; according to X, clause."
                comma = ctx.text.find(",", mention_end, sent_end)
                bare = _CLAUSE_OPENS.match(ctx.text, mention_end, sent_end)  # "According to X the claim ..."
                if comma < 0 and not bare:
                    continue
                start, end = mention_end if bare else comma + 1, sent_end
            else:  # "Clause, according to X." (not a quotation: that is a direct quote's attribution)
                start, end = sent_start, sent_start + match.start()
                if ctx.text[start] in "“«\"‘'" or actor.actor_type == "media" and any(  # 'X said “...,” according
                        _OWN_REPORT.match(ctx.text, v.start()) for v in verb_pattern().finditer(ctx.text, start, end)):
                    continue  # to Axios': the medium relays X's report (not "reports warning that ...")
            start, end = trim(ctx.text, start, end)
            end = end - 1 if ctx.text[end - 1:end] == "." else end
            if len(ctx.text[start:end].split()) >= 3:
                quotes.append(Quote("indirect", start, end, "according to", sent_start + match.start(), actor))
    return quotes


# A report with a speaker of its own: "said", "told" or "says", or a verb before "that" or a quotation (not
# "reports warning about ...").
_OWN_REPORT = re.compile(r"(?:said|says|told|tells)\b|[a-z]+(?:\s+[a-z]+)?\s+(?:that\b|[:,]?\s*[“\"«])")


# A clause that opens right after the source of "According to X" without a comma: a determiner or a pronoun.
_CLAUSE_OPENS = re.compile(r"\s+(?:the|a|an|this|these|those|it|he|she|they|there|its|his|her|their|we)\s")


# A conjunction or connective right before "according to": what it reports follows ("But according to X, ...").
_CONNECTIVE_BEFORE = re.compile(r"(?:^|[\s,;])(?:[Bb]ut|[Aa]nd|[Yy]et|[Hh]owever|[Ss]o|[Nn]ow|[Ss]till|[Mm]eanwhile|"
                                r"[Ii]nstead|[Tt]hough)\s*,?\s*$")


STATED_BY = re.compile(r"(?:This|That|It|These words|The statement|The remarks?|Such statements?)\s+"
                       r"(?:(?:was|were|has been|had been|is)\s+(?:\w+ly\s+)?(?:stated|said|announced|reported|noted|"
                       r"declared|emphasi[sz]ed|stressed|written|posted|told|voiced|expressed|underlined)\s+"
                       r"(?:[\w’'-]+\s+){0,3}?by|(?:was|is)\s+the\s+(?:\w+\s+)?(?:message|verdict|view|warning|"
                       r"assessment|response|reaction)\s+(?:from|of))\s+")


LEAD_IN = re.compile(r"(?:[Ii]n\s+(?P<pronoun>his|her|their)\s+(?:own\s+)?(?:words|view|opinion|assessment|"
                     r"estimation|judge?ment)\s*,\s*|"
                     r"[Ii]n\s+the\s+words\s+of\s+(?P<named>)|[Aa]s\s+(?P<as>))")


AS_VERB = re.compile(r"(?:,[^,;:“”\"«»]{1,120},)?\s+(?:(?:has|have|had|once|also|long|repeatedly|so\s+often)\s+)*"
                     r"(?:put\s+it|said|says|noted|notes|wrote|writes|observed|observes|explained|explains|argued|argues|remarked|"
                     r"warned|warns|"
                     r"pointed\s+out|points\s+out|reported|reports|predicted|acknowledged|conceded|suggested|"
                     r"told\s+[^,]{1,40}?)(?:\s+(?:in|on|at|during|last|this|to)\s+[^,;:“”\"«»]{1,50}?)?\s*,\s*")
# "As many tax experts, including Mr. Goldberg, have pointed out, ...", "As the report notes, ...": a described
# source before the verb.
AS_DESCRIBED = re.compile(r"((?:(?:many|some|several|most|other|the|a|an|his|her|their|its)\s+)?[a-z][\w’'-]*"
                          r"(?:\s+[a-z][\w’'-]*){0,3}?)(?=(?:,[^,;:“”\"«»]{1,120},)?\s+(?:has|have|had)\s)")
AS_DESCRIBED_VERB = re.compile(r"((?:the|a|an|his|her|their|its)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}?)"
                               r"(?=\s+(?:says|said|notes|noted|writes|wrote|warns|warned|argues|argued|observes|"
                               r"observed|explains|explained|points\s+out|pointed\s+out|reports|reported)\b)")
# "As my colleague David Roberts pointed out": the words of a role before the name.
ROLE_BEFORE_NAME = re.compile(r"(?:(?:my|our|his|her|their|the)\s+)?(?:[a-z][\w’'-]*\s+){1,3}")


def _previous_sentence(sentences: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    return sentences[k - 1] if k > 0 else None


def stated_by(ctx: Context, sentences: list[tuple[int, int]]) -> tuple[list[Quote], list[tuple[int, int]]]:
    """'Peace is possible within days. This was stated by President X.' (state-agency style): the sentence
    before is X's. Returns the quotes and the attribution sentences, which report nothing themselves."""
    quotes, spans = [], []
    for k, (sent_start, sent_end) in enumerate(sentences):
        match = STATED_BY.match(ctx.text, sent_start, sent_end)
        found = [m for m in ctx.mention_at(match.end(), sent_end) if m[0] - match.end() < 40] if match else []
        previous = _previous_sentence(sentences, k)
        if not found or previous is None or ctx.text.count("\n", previous[1], sent_start) > 2:
            continue
        start, end = trim(ctx.text, *previous)
        end = end - 1 if ctx.text[end - 1:end] == "." else end
        if len(ctx.text[start:end].split()) >= 3 and not ctx.inside_quote(start) and ctx.text[start] not in "“«\"‘'":
            quotes.append(Quote("indirect", start, end, match.group().split()[-2], sent_start, found[0][2]))
            spans.append((sent_start, sent_end))
    return quotes, spans


def lead_ins(ctx: Context, sentences: list[tuple[int, int]]) -> list[Quote]:
    """'In his words, ...', 'In the words of X, ...', 'As X put it, ...': the rest of the sentence is X's."""
    quotes = []
    for sent_start, sent_end in sentences:
        match = LEAD_IN.match(ctx.text, sent_start, sent_end)
        if match is None:
            continue
        if match.group("pronoun"):
            actor = resolve_word(ctx, {"his": "he", "her": "she"}.get(match.group("pronoun"), "they"), sent_start)
            start = match.end()
        else:
            found = [m for m in ctx.mention_at(match.end(), sent_end) if m[0] - match.end() < 12 or (
                match.group("as") is not None and ROLE_BEFORE_NAME.fullmatch(ctx.text, match.end(), m[0]))][:1]
            pronoun = re.match(r"(he|she|they)\s", ctx.text[match.end():sent_end]) \
                if not found and match.group("as") is not None else None
            if pronoun:  # "As she pointed out in her speech, ..."
                actor = resolve_word(ctx, pronoun.group(1), match.end())
                found = [(match.end(), match.end() + len(pronoun.group(1)), actor)] if actor is not None else []
            described = (AS_DESCRIBED.match(ctx.text, match.end(), sent_end) or AS_DESCRIBED_VERB.match(
                ctx.text, match.end(), sent_end)) if not found and match.group("as") is not None else None
            if described and (names_a_source(described.group(1)) or names_a_text(described.group(1))):  # "As many
                # tax experts ... have pointed out,", "As the report notes,"
                found = [(described.start(1), described.end(1), unnamed(described.group(1), whole=True))]
            after = AS_VERB.match(ctx.text, found[0][1], sent_end) if found and match.group("as") is not None \
                else re.match(r"\s*,\s*", ctx.text[found[0][1]:sent_end]) if found else None
            if not found or after is None:
                continue
            actor = found[0][2]
            start = after.end() if match.group("as") is not None else found[0][1] + after.end()
        start, end = trim(ctx.text, start, sent_end)
        end = end - 1 if ctx.text[end - 1:end] == "." else end
        if actor is not None and len(ctx.text[start:end].split()) >= 3:
            quotes.append(Quote("indirect", start, end, match.group().strip(" ,"), sent_start, actor))
    return quotes


# The colon after a headline's speaker, perhaps with a verb and its hearer: "Lavrov: ...", "Zelensky tells Biden: ...",
# "Scholz to Macron: ...".
HEADLINE_COLON = re.compile(r"(?:\s+(?P<verb>tells|told|to|warns|urges)\s+(?:the\s+)?[A-Z][\w.’'-]*"
                            r"(?:\s+[A-Z][\w.’'-]*){0,2})?\s*:\s+")


def colon_headlines(ctx: Context, sentences: list[tuple[int, int]]) -> list[Quote]:
    """Agency headlines that give a statement after the speaker's name: "Lavrov: West not ready for talks"."""
    quotes = []
    for sent_start, sent_end in sentences:
        found = ctx.mention_at(sent_start, min(sent_end, sent_start + 40))
        if not found or found[0][0] != sent_start or found[0][2].actor_type != "person":
            continue
        colon = HEADLINE_COLON.match(ctx.text[found[0][1]:sent_end])
        if colon and not ctx.inside_quote(sent_start):
            start, end = trim(ctx.text, found[0][1] + colon.end(), sent_end)
            end = end - 1 if ctx.text[end - 1:end] == "." else end
            cue = colon.group("verb") or ":"
            if len(ctx.text[start:end].split()) >= 3 and ctx.text[start] not in "“«\"‘'":
                quotes.append(Quote("indirect", start, end, cue, found[0][1] + (colon.start("verb") if
                                                                                  colon.group("verb") else 0),
                                    found[0][2]))
    return quotes
