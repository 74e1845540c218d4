"""Court reports: what "a jury heard" was said by the counsel who opened the case.

Court copy gives the charge first and the speaker later: "A former fund manager 'lied to everyone', a jury at
X Crown Court heard on Monday." and, in a headline, "Firm 'knew price rise would hurt patients', trial told".
The court heard it from someone, and the next sentences say from whom: "Opening the case for the prosecution,
Jane Roe KC said ...", "Jane Roe, opening the Crown's case, said ...", "Jane Roe told the jury that ...". The
words before "heard" are then that person's report, whatever their grammatical subject ("Executives at the firm
knew that ..." is the prosecution's case, not the executives' statement), and their quoted words are hers.

``court_heard`` gives every quote of such a sentence, before the "heard" clause, the speaker named in the
sentences after it, and adds the report itself as indirect speech when no report covers it. When the sentences
after it name no such speaker, nothing changes.
"""

from __future__ import annotations

import re

from analysis.attribution import Context, Quote
from analysis.marks import trim
from analysis.sentence_bounds import sentence_bounds
from analysis.trailing import DATELINE

__all__ = ["HEARD", "court_heard"]

_HEARERS = r"(?:court|jury|trial|inquest|inquiry|tribunal|hearing|jurors|magistrates)"
# ", a jury at Ravensmoor Crown Court heard on Monday.", ", pricing trial told", ", jury told as fraud trial opens"
HEARD = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){{0,2}}?{_HEARERS}(?:\s+(?:at|in)\s+(?:[A-Z][\w’'-]*\s+){{1,5}})?"
    rf"\s*(?:has\s+)?(?:heard|hears|was\s+told|were\s+told|told|is\s+told)"
    r"(?=\s*(?:$|\n|[.;]|\s(?:on|as|this|last|yesterday|today|after|when|in)\b|,\s))")
# "Opening the case for the prosecution, Jane Roe KC said": the name right after the comma
OPENING = re.compile(r"(?:Opening|Outlining|Presenting|Summing\s+up)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
                     r"(?:case|prosecution|evidence)\b[^,.;]{0,80},\s+")
# "Jane Roe, opening the Crown's case at X, said", "Jane Roe, prosecuting, said"
OPENER_AFTER = re.compile(r"(?:\s+[KQS]C)?,\s+(?:opening|outlining|presenting|prosecuting|"
                          r"for\s+the\s+(?:prosecution|Crown))\b")
# "Jane Roe told the jury that", "Jane Roe KC, for the authority, told jurors"
TOLD_HEARERS = re.compile(rf"(?:\s+[KQS]C)?(?:\s*,[^,.;]{{1,80}},)?\s+(?:[a-z]+ly\s+)?(?:told|tells)\s+"
                          rf"(?:the\s+|a\s+)?{_HEARERS}\b")
WITHIN = 3  # sentences after the "heard" sentence that may name the speaker


def _speaker_after(ctx: Context, end: int):
    """The first person the ``WITHIN`` sentences after ``end`` give as the one who put the case to the court."""
    for _ in range(WITHIN):
        start = end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip(" \t\n.”\"’'"))
        if start >= len(ctx.text):
            return None
        end = sentence_bounds(ctx.text, start, ctx.quoted)[1]
        if end <= start:
            return None
        persons = [m for m in ctx.mention_at(start, end) if m[2].actor_type == "person"]
        opening = OPENING.match(ctx.text, start, end)
        for m in persons:
            if opening and m[0] == opening.end() or OPENER_AFTER.match(ctx.text, m[1]) or \
                    TOLD_HEARERS.match(ctx.text, m[1]):
                return m[2]
    return None


def court_heard(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """The quotes with the speakers of "..., a jury heard" sentences set, and their reports added (sorted)."""
    added = []
    for heard in HEARD.finditer(ctx.text):
        if ctx.inside_quote(heard.start()):
            continue
        start, end = sentence_bounds(ctx.text, heard.start(), ctx.quoted)
        if not start <= heard.start() < end:
            continue
        speaker = _speaker_after(ctx, end)
        if speaker is None:
            continue
        lead = DATELINE.match(ctx.text, start)
        report = trim(ctx.text, lead.end() if lead else start, heard.start())
        covered = False
        for quote in quotes:
            if start <= quote.start < heard.start():
                quote.speaker = speaker
                if quote.kind == "indirect":  # the whole clause before "heard" is the case put to the court
                    quote.start, quote.end, covered = report[0], report[1], True
        if not covered and len(ctx.text[report[0]:report[1]].split()) >= 3:
            added.append(Quote("indirect", *report, cue="heard", cue_start=heard.start() + 2, speaker=speaker))
    return sorted([*quotes, *added], key=lambda q: (q.start, q.kind)) if added else quotes
