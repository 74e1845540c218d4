"""Who wrote a document that speaks: "the report said" is the body or person its introduction names as author ("The
report, produced for the city by Larchmont Advisory, ...", "... is issued by 13 federal agencies and the X Program",
"Coming from the X Program, a team of 13 agencies, the Fourth National Climate Assessment ...", "a new report from
X"), or who published, signed or filed it ("X released a report on Monday. The report warned", "a letter X signed",
"X, Y and Z, a coalition of groups, sued the agency ... the complaint said": a lawsuit, complaint, suit, filing or
petition is one text), or, for an owned document ("Larchmont's report"), the organization named before whose name
begins with its owner."""

from __future__ import annotations

import dataclasses
import functools
import re

from analysis import actors as actors_stage
from analysis.actors_lexicon import affiliation_of
from analysis.described_sources import document_owner
from analysis.organizations import ORG_RUN
from analysis.quotes_lexicon import alternatives
from analysis.sentence_bounds import sentence_bounds
from analysis.unnamed_sources import names_a_source, unnamed

__all__ = ["document_author", "introduced_after", "sender", "AUTHOR_WITHIN"]


@functools.lru_cache(maxsize=1)
def _document_phrase() -> re.Pattern:
    nouns = rf"(?:{alternatives('document_noun')}|analysis|paper|assessment)"
    return re.compile(rf"(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+|(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})['’]s\s+)"
                      rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{nouns})", re.IGNORECASE)


# "The report, produced for the city by Larchmont Advisory, ...", "a study by researchers at Leeds University".
_BY = r"s?\b[^.;!?“”\"]{0,160}?\bby\s+(?:(?:researchers|scientists|economists|a\s+team)\s+(?:at|from)\s+)?"
AUTHOR_WITHIN = 8000  # characters back in which a document's author is named


def _authors_at(ctx, start: int, end: int) -> list[int]:
    """Where the author may start after the "by" that ends an introduction (``start``:``end``), and after each later
    "by" of its sentence, and in the coordinated name after it ("required by Congress ... and is issued by 13
    federal agencies and the U.S. Global Change Research Program")."""
    stop = sentence_bounds(ctx.text, end, ctx.quoted)[1]
    found = [end, *(m.end() for m in _BY_AGAIN.finditer(ctx.text, end, stop))]
    found = sorted(found, key=lambda at: not _AUTHORED.search(ctx.text, max(start, at - 40), at))  # "issued by" first
    return [a for at in found for a in (at, *(m.end() for m in [_AND_THE.search(ctx.text, at, min(stop, at + 60))]
                                              if m))]


_BY_AGAIN = re.compile(r"\bby\s+(?:the\s+)?")
_AUTHORED = re.compile(r"\b(?:issued|produced|published|released|written|prepared|compiled|conducted|commissioned|"
                       r"authored|led|put\s+together|carried\s+out)\s+(?:\w+\s+){0,4}?by\s+(?:the\s+)?$")
# "Coming from the US Global Change Research Program, a team of 13 agencies, the Fourth National Climate
# Assessment ...": the body named first in the sentence that introduces the document.
_COMING_FROM = re.compile(r"\b(?:Coming|Released|Issued|Published|Produced|Prepared|Written)\s+"
                          r"(?:from|by)\s+(?:the\s+)?")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?(?=[A-Z])")


def _author_at(ctx, at: int) -> actors_stage.Actor | None:
    """The author named at ``at``: a mention that starts there, else a run of capitalised words that names a body
    the actors stage has not taken ("issued by the U.S. Global Change Research Program")."""
    authors = [a for start, _, a in ctx.mention_at(at, at + 120) if start == at]
    if authors:
        return authors[0]
    body = ORG_RUN.match(ctx.text, at)
    return actors_stage.Actor(body.group(), affiliation_of(body.group()), "organization", "organization",
                              known=False) if body else None


def document_author(ctx, phrase: str, position: int, *, named: bool = False) -> actors_stage.Actor | None:
    """Who wrote the document a described speaker names: "the report said" is the body or person named as its
    author ("The report, produced for the city by Larchmont Advisory, ...") in the last introduction of such a
    document before ``position``; "Larchmont's report" is the organization named before whose name begins with
    its owner; "the report" of a text named by its title ("the Fourth National Climate Assessment") is that text's
    author when one is named (``named``: the phrase is already such a title), else the title. None when the phrase
    names no document or no author is named."""
    match = _document_phrase().fullmatch(phrase.strip())
    if match is None:
        return None
    before = ctx.mentions_up_to(position)
    owner = match.group("owner")
    if owner:
        named = [a for _, a in reversed(before) if a.actor_type == "organization" and
                 (a.name == owner or a.name.startswith(owner + " "))]
        return named[0] if named else None
    since = max(0, position - AUTHOR_WITHIN)
    noun = _kin(match.group("noun"))
    introductions = list(re.finditer(rf"\b{noun}(?:s?\s+from\s+|{_BY})(?:the\s+)?",
                                     ctx.text[since:position], re.IGNORECASE))
    for intro in reversed(introductions):
        for at in _authors_at(ctx, since + intro.start(), since + intro.end()):
            if ctx.inside_quote(at):
                continue
            author = _author_at(ctx, at)
            if author is not None:
                return author
    signed = rf"\b{noun}s?\s+(?:that\s+)?(?=((?:[A-Z][\w.’'-]*\s+){{1,4}})(?:has\s+|had\s+)?{_PUBLISHED}\b)"
    for intro in reversed(list(re.finditer(signed, ctx.text[since:position]))):
        at = since + intro.end()  # "a letter X signed on Monday": the subject of the verb after the noun, titles
        authors = [a for start, _, a in ctx.mention_at(at, at + 80)  # before it too ("a directive Minister X issued")
                   if start == at or at < start < at + len(intro.group(1)) and a.actor_type == "person"]
        if authors:
            return authors[0]
    for intro in reversed(list(re.finditer(rf"\b[Ii]n\s+(?:an?|the|its|his|her|their)\s+(?:[\w’'-]+\s+){{0,4}}?"
                                           rf"{noun}s?\b[^.;!?“”\"]{{0,120}}?,\s+", ctx.text[since:position]))):
        at = since + intro.end()  # "in a new paper published in X, he brings a warning": the sentence's subject
        at += 4 if ctx.text[at:at + 4] in ("the ", "The ") else 0
        authors = [a for start, _, a in ctx.mention_at(at, at + 80) if start == at] or \
            [a for a in [ctx.person_before(at)] if a and re.match(r"(?:he|she)\s", ctx.text[at:at + 4])] or \
            [noted[1] for noted in [ctx.noted_speaker(at, at + 80)] if noted]  # "In a statement, his family said"
        if authors and not ctx.inside_quote(at):
            return authors[0]
    for intro in reversed(list(_COMING_FROM.finditer(ctx.text, since, position))):
        stop = sentence_bounds(ctx.text, intro.end(), ctx.quoted)[1]
        if re.search(rf"\b{re.escape(match.group('noun'))}\b", ctx.text[intro.end():stop], re.IGNORECASE):
            author = _author_at(ctx, intro.end())
            if author is not None:
                return author
    for intro in reversed(list(re.finditer(rf"\b{_PUBLISHED}\s+(?:a|an|its|their|the)\s+(?:{_MODIFIER}\s+){{0,3}}?"
                                           rf"{noun}s?\b|{_SUED if noun == _LEGAL else '(?!)'}",
                                           ctx.text[since:position], re.IGNORECASE))):
        at = since + intro.start()
        named = [a for _, e, a in ctx.mention_at(max(0, at - 200), at) if _SUBJECT_GAP.fullmatch(ctx.text, e, at)]
        if named:
            return named[0]
        run = [m for m in ORG_RUN.finditer(ctx.text, max(0, at - 200), at)
               if _SUBJECT_GAP.fullmatch(ctx.text, m.end(), at)]
        if run and not ctx.inside_quote(at):  # a body the actors stage has not taken
            name = re.sub(r"^[Tt]he\s+", "", run[0].group())
            return actors_stage.Actor(name, affiliation_of(name), "organization", "organization", known=False)
        described = _DESCRIBED_SUBJECT.search(ctx.text, max(0, at - 80), at)  # "the Trump administration released
        if described and names_a_source(described.group(1)) and not ctx.inside_quote(at):  # its report"
            return unnamed(described.group(1), whole=True)
    for intro in reversed(list(re.finditer(rf"(?<=\s)(?:[a-z][\w-]*\s+){{0,2}}(?i:{noun})s?\b",
                                           ctx.text[since:position]))):  # "a new Pentagon report", "a UN study"
        at = since + intro.start()
        bodies = [a for s, e, a in ctx.mention_at(max(0, at - 80), at) if e == at - 1 and a.actor_type != "person"
                  and not ctx.inside_quote(s)]
        if bodies:
            return bodies[-1]
    if match.group("noun").lower() in ("report", "assessment", "study", "survey", "review"):  # "the 4th National
        titled = list(_NAMED_TEXT.finditer(ctx.text, since, position))  # Climate Assessment says ... The report
        titled = [t for t in titled if not ctx.inside_quote(t.start())]  # says": the text named last, or its
        if not titled or named:  # author ("Coming from the X Program, ..., the Fourth National Climate Assessment")
            return None
        title = titled[-1].group(1)
        return document_author(ctx, title if title[:4].lower() == "the " else "the " + title, titled[-1].end(),
                               named=True) or unnamed(title, whole=True)
    return introduced_after(ctx, match.group("noun"), position)


@functools.lru_cache(maxsize=64)
def _introduction(noun: str) -> re.Pattern:
    return re.compile(rf"(?:(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?i:{_kin(noun)})\s*,?\s+(?:(?:issued|produced|published|released|written|prepared|compiled)"
                      rf"\s+)?(?:by|from)\s+(?:(?:researchers|scientists|economists|a\s+team)\s+(?:at|from)\s+)?(?:the\s+)?")


INTRODUCED_WITHIN = 400  # characters after a document's first words in which a sentence may name its author


def introduced_after(ctx, noun: str, position: int) -> actors_stage.Actor | None:
    """The author a later sentence names by opening with the document: "..., according to a report published on
    Thursday. The report by the Netherlands Organisation for Applied Scientific Research (TNO) ...": TNO. Only a
    sentence that starts with "The" (or "This") and the same noun within ``INTRODUCED_WITHIN`` characters."""
    intro = _introduction(noun.lower()).search(ctx.text, position, position + INTRODUCED_WITHIN)
    if intro is None or ctx.inside_quote(intro.start()):
        return None
    return _author_at(ctx, intro.end())


# A text named by its title: "the 4th National Climate Assessment", "the Global Risks Report".
_NAMED_TEXT = re.compile(r"\b((?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*\s+){1,5}"
                         r"(?:Report|Assessment|Study|Survey|Review))\b")


# Verbs that bring a document out: its subject wrote it ("The bank published a report").
_PUBLISHED = r"(?:released|published|issued|unveiled|produced|put\s+out|commissioned|presented|filed|signed|drafted|" \
             r"submitted|distributed|circulated|sent\s+out|adopted|passed|approved|tabled|wrote|posted)"
# A word between the determiner and the document noun: not another determiner or preposition ("issued a statement
# criticizing the report" brings out a statement, not the report).
_MODIFIER = r"(?!(?:the|a|an|its|their|his|her|this|that|of|on|in|to|for|about|with|against)\s)[\w’'-]+"
# A court filing goes by several names: "sued the agency ... the lawsuit argued ... the complaint said".
_LEGAL = r"(?:complaint|lawsuit|suit|filing|petition)"
_SUED = r"\bsued\b"
# A described body right before the verb: "the Trump administration released its report".
_DESCRIBED_SUBJECT = re.compile(r"(?<![\w’'-])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                                r"\s+(?:has\s+|had\s+)?$")
_NAME = r"(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,3}"
# Between a subject and its verb: other names of a list and an apposition ("X, Greenpeace and Y, a coalition of
# Alaska native groups, sued").
_SUBJECT_GAP = re.compile(rf"(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?(?:,\s+(?:a|an|the)\s+[^,;.“”\"]{{1,80}},)?\s*")


def _kin(noun: str) -> str:
    """The pattern of a document noun and the nouns that name the same kind of text."""
    return _LEGAL if re.fullmatch(_LEGAL, noun, re.IGNORECASE) else re.escape(noun)


# A text someone sent or wrote as a sentence's subject: "Her statement said", "His new book argues", "Its report
# found", "A statement issued after the meeting said".
_SENT = re.compile(r"\s*([Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\w’'-]+\s+){0,2}?"
                   r"(?:(statement|release|communiqu[eé]|letter|message|post|tweet|email|memo|note)|"
                   r"report|study|analysis|book|article|essay|column|op-ed|paper|review|survey)s?"
                   r"(?:\s+(?:issued|released|sent|posted|published)\s+[^,;:“”\"]{1,60}?)?\s+"
                   r"(?:(?:also|has|have|had|\w+ly)\s+)*")


def sender(ctx, lead: str, position: int) -> actors_stage.Actor | None:
    """Who sent or wrote the text that ``lead`` (the words before a reporting verb) names, as
    ``described_sources.document_owner`` finds the owner of "his", "her", "its", "their" or "the statement" (a
    message brought in by "a" or "an" is owned as "the statement" is, the message kept as the role); else the
    text as an unnamed source. None when ``lead`` names no such text ("A report said" is a source of its own)."""
    match = _SENT.fullmatch(lead)
    if match is None or match.group(1).lower() in ("a", "an") and not match.group(2):
        return None
    determiner, phrase = match.group(1).lower(), match.group().strip()
    sent = determiner in ("a", "an")  # a message sent: owned as "the statement" is
    owner = document_owner(ctx, phrase, position, determiner="the" if sent else determiner)
    owner = dataclasses.replace(owner, role=phrase) if owner is not None and sent else owner
    return owner if owner is not None and owner.name else unnamed(phrase, whole=True)
