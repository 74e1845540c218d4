"""Reported speech named by a noun: "Politifact checked Trump's claim that there have been thousands of
shootings", "Kyiv ignored her warning that the talks would fail".

The owner of the noun is the speaker: a name before "'s", or "his"/"her" resolved like a pronoun. The noun is
one of the ``speech_noun`` and ``that_noun`` words of ``analysis/data/quote_words.csv``, and the clause after
"that" is read as after a reporting verb. Only a noun phrase after other words of its sentence counts: as the
subject ("Her warning that the talks would fail went unheeded") its clause would need a parser to end.
A noun followed by its maker ("warnings from the United States and its allies that Russia was planning an
invasion") is read the same way, the maker being the first person or body named after "from" or "by", or the
country that phrase opens with. Annotated attribution corpora count such nominal cues as attributions (PARC 3.0,
PolNeAR); a noun without "that" ("Trump's comments came ...") reports nothing. So does a text named after
other words of its sentence with a relative clause of finding: "pointed reporters to a recent NOAA report that
found that it is “premature ...”" (the text is the source, as its description).
"""

from __future__ import annotations

import bisect
import functools
import re

from analysis import actors
from analysis.actors import Actor
from analysis.actors_lexicon import affiliation_of
from analysis.attribution import Context, Quote, resolve_word
from analysis.organizations import ORG_RUN
from analysis.quotes_lexicon import alternatives, quote_words, verb_forms
from analysis.reported_clause import clause_after
from analysis.unnamed_sources import unnamed

__all__ = ["nominal_reports"]


@functools.lru_cache(maxsize=1)
def _nominal() -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted({*quote_words("speech_noun"), *quote_words("that_noun")},
                                                  key=len, reverse=True))
    return re.compile(rf"(?:(?<=\w)['’]s|\b(?P<pronoun>[Hh]is|[Hh]er))\s+(?:[a-z][\w-]*\s+)?(?P<noun>{nouns})"
                      r"(?=\s+that\s)")


@functools.lru_cache(maxsize=1)
def _nominal_from() -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted({*quote_words("speech_noun"), *quote_words("that_noun")},
                                                  key=len, reverse=True))
    return re.compile(rf"\b(?P<noun>{nouns})\s+(?:from|by)\s+(?P<owner>[^,;:“”\"]{{2,60}}?)\s+that\s")


def _from_owner(ctx: Context, match: re.Match) -> Actor | None:
    """Who made the warnings of "warnings from the United States and its allies that ...": the first person or
    organization named in the phrase after "from" or "by", or the body or country it opens with."""
    named = [m for m in ctx.mention_at(match.start("owner"), match.end("owner"))
             if m[2].actor_type in ("person", "organization")]
    if named:
        return named[0][2]
    words = re.sub(r"^[Tt]he\s+", "", match.group("owner")).split()
    for n in range(min(4, len(words)), 0, -1):
        name = actors.countries().get(" ".join(words[:n]).lower())
        if name and words[0][:1].isupper():
            return Actor(name, name, "organization", "country")
    body = ORG_RUN.match(match.group("owner"), 4 if match.group("owner").startswith(("the ", "The ")) else 0)
    if body:  # "complaints by the Harbour Residents' Association that ..."
        return Actor(body.group(), affiliation_of(body.group()), "organization", "organization", known=False)
    return None


@functools.lru_cache(maxsize=1)
def _finding_text() -> re.Pattern:
    return re.compile(rf"\b((?:an?|the|this|that)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{alternatives('document_noun')}))\s+"
                      r"(?:that|which)\s+(?:also\s+)?(found|finds|showed|shows|concluded|concludes|said|says|warned|"
                      r"warns|estimated|estimates|suggested|suggests|predicted|predicts)\b")


def _finding_reports(ctx: Context, sent_start: int, sent_end: int) -> list[Quote]:
    """'a recent NOAA report that found that ...', 'a study which concluded the dredging had no impact': the
    text's report, as its description, when other words of the sentence stand before it."""
    quotes = []
    for match in _finding_text().finditer(ctx.text, sent_start, sent_end):
        if ctx.inside_quote(match.start()) or not ctx.text[sent_start:match.start()].strip():
            continue
        clause = clause_after(ctx, match.end(), sent_end, *verb_forms()[match.group(2)])
        speaker = unnamed(match.group(1), whole=True) if clause else None
        if speaker is not None:
            quotes.append(Quote("indirect", clause[0], clause[1], match.group(2), match.start(2), speaker))
    return quotes


@functools.lru_cache(maxsize=1)
def _owning_text() -> re.Pattern:
    return re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives('document_noun')})\Z")


def _owner(ctx: Context, match: re.Match) -> tuple[int, Actor | None]:
    """Where the noun's owner starts, and who it is: a name before "'s", "his"/"her" resolved like a pronoun, or
    a document ("rejected the report's conclusion that ...": the report)."""
    if match.group("pronoun"):
        pronoun = "he" if match.group("pronoun").lower() == "his" else "she"
        return match.start("pronoun"), resolve_word(ctx, pronoun, match.start())
    named = ctx.mention_ending_at(match.start())
    text = None if named else _owning_text().search(ctx.text, max(0, match.start() - 60), match.start())
    if text:
        return text.start(), unnamed(text.group(), whole=True)
    if named:
        return named[0], named[2] if named[2].actor_type in ("person", "organization") else None
    return match.start(), None


def nominal_reports(ctx: Context, sentences: list[tuple[int, int]], found: list[Quote]) -> list[Quote]:
    """Indirect quotes reported by a noun, outside the spans of the quotes ``found`` so far.

    >>> from analysis import actors
    >>> t = "Politifact checked Donald Trump's claim that there were thousands of shootings in Chicago."
    >>> trump = actors.Actor("Donald Trump", "", "person")
    >>> ctx = Context(t, [(19, 31, trump)], [])
    >>> [(q.speaker.name, q.cue, t[q.start:q.end]) for q in nominal_reports(ctx, [(0, len(t))], [])]
    [('Donald Trump', 'claim', 'there were thousands of shootings in Chicago')]
    """
    spans = sorted((q.start, q.end) for q in found if q.kind == "indirect")
    starts = [s for s, _ in spans]
    quotes = []
    for sent_start, sent_end in sentences:
        for match in _nominal().finditer(ctx.text, sent_start, sent_end):
            k = bisect.bisect_right(starts, match.end()) - 1
            if ctx.inside_quote(match.start()) or (k >= 0 and spans[k][1] > match.end()):
                continue  # inside a quotation, or inside a clause already reported ("said Trump's claim that")
            clause = clause_after(ctx, match.end("noun"), sent_end, "claim", "speech")
            start, speaker = _owner(ctx, match) if clause else (match.start(), None)
            lead = ctx.text[sent_start:start].strip()
            if speaker is not None and lead and not lead.endswith(","):  # an object: the clause ends the sentence
                quotes.append(Quote("indirect", clause[0], clause[1], match.group("noun"), start, speaker))
        for match in _nominal_from().finditer(ctx.text, sent_start, sent_end):  # "warnings from X that ..."
            k = bisect.bisect_right(starts, match.end()) - 1
            if ctx.inside_quote(match.start()) or (k >= 0 and spans[k][1] > match.end()) or \
                    not ctx.text[sent_start:match.start()].strip():
                continue
            clause = clause_after(ctx, match.end() - 5, sent_end, "claim", "speech")
            speaker = _from_owner(ctx, match) if clause else None
            if speaker is not None:
                quotes.append(Quote("indirect", clause[0], clause[1], match.group("noun"), match.start("owner"),
                                    speaker))
        quotes += [q for q in _finding_reports(ctx, sent_start, sent_end)  # not a clause already reported
                   if not any(s <= q.cue_start < e or (s, e) == (q.start, q.end) for s, e in spans)]
    return quotes
