"""What a pronoun opening a sentence stands for when it is not a person: "The lawsuit was filed on Monday. It
says ...", "The Kremlin spoke on Monday. It said ...". ``analysis.attribution`` applies these to "it".

The context passed in is ``analysis.attribution.Context`` (its text, quoted spans and mentions); it is not
imported here, since attribution imports this module.
"""

from __future__ import annotations

import functools
import itertools
import re

from analysis import actors as actors_stage
from analysis.actors_lexicon import affiliation_of
from analysis.organizations import INSTITUTIONS, ORG_RUN
from analysis.quotes_lexicon import alternatives, quote_words, verb_pattern
from analysis.sentence_bounds import sentence_bounds
from analysis.unnamed_sources import DESCRIBED_WITHIN, KINDRED, names_a_source, unnamed, unnamed_before

__all__ = ["given_as", "plural_opening_before", "document_before", "document_in_sentence_before", "subject_body_before",
           "document_owner", "epithet_of_opener", "defined_body", "body_run_before",
           "READ_OUT", "described_speaker_before", "described_person", "named_after_lead", "headline_holder",
           "described_body_before", "described_after_lead", "seen_document"]


@functools.lru_cache(maxsize=1)
def _document_opening() -> re.Pattern:
    return re.compile(rf"(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                      rf"(?:(?!(?:an?|the)\s)[\w’'-]+\s+){{0,3}}?"  # not "The ministry released a report"
                      rf"(?:[A-Z][\w’'-]*\s+(?:(?:on|of|for|and)\s+)?){{0,6}}?"  # "the latest UN Panel on X report"
                      rf"(?:{alternatives('document_noun')})\b")


def document_before(ctx, position: int) -> actors_stage.Actor | None:
    """'The lawsuit was filed on Monday. It says ...': a document that opens the sentence before an "it" that
    opens its own sentence is what "it" stands for."""
    text = ctx.text
    if not re.search(r"(?:^|[.!?][”»\"’']?\s+|\n)$", text[max(0, position - 4):position]):
        return None
    sent_start, _ = sentence_bounds(text, len(text[:position].rstrip()) - 2, ctx.quoted)
    opening = _document_opening().match(text, sent_start)
    return unnamed(opening.group(), whole=True) if opening and sent_start < position else None


def document_in_sentence_before(ctx, sent_start: int) -> actors_stage.Actor | None:
    """'Later in the document, the plan imagines ... The deal, it says, shall ...': the last document the sentence
    before names, outside quotation marks, is what a reporting "it" stands for when nothing else answers."""
    if sent_start < 2:
        return None
    before, _ = sentence_bounds(ctx.text, len(ctx.text[:sent_start].rstrip()) - 2, ctx.quoted)
    named = [m for m in _document_opening().finditer(ctx.text, before, sent_start) if not ctx.inside_quote(m.start())]
    return unnamed(named[-1].group(), whole=True) if named else None


def subject_body_before(ctx, sent_start: int) -> actors_stage.Actor | None:
    """The organization that opens the sentence before ("The Kremlin spoke on Monday. It said ...")."""
    before, _ = sentence_bounds(ctx.text, len(ctx.text[:sent_start].rstrip()) - 2, ctx.quoted)
    first = ctx.mention_at(before, sent_start)[:1]
    if first and first[0][2].actor_type == "organization" and \
            re.fullmatch(r"\s*(?:[Tt]he\s+)?", ctx.text[before:first[0][0]]):
        return first[0][2]
    return None


@functools.lru_cache(maxsize=1)
def _body_opening() -> re.Pattern:
    return re.compile(rf"\s*((?:[Tt]he\s+|[A-Z][\w’'-]*['’]s\s+)(?:[\w’'-]+\s+){{0,2}}?"
                      rf"(?:{alternatives('unnamed_body')}))\b")


def described_body_before(ctx, position: int) -> actors_stage.Actor | None:
    """'Kestria's air force shot down 38 drones. The other seven were lost, it said': a body named by its function
    ("unnamed_body" of quote_words.csv), or by a name ending in an institution word ("The Amberhaven Hoteliers'
    Association reacted with dismay. It said ..."), that opens the sentence of ``position`` or the one before is
    the "it"."""
    sent_start, _ = sentence_bounds(ctx.text, position, ctx.quoted)
    for start in (sent_start, sentence_bounds(ctx.text, max(0, len(ctx.text[:sent_start].rstrip()) - 2),
                                              ctx.quoted)[0] if sent_start > 1 else -1):
        opening = _body_opening().match(ctx.text, start) if start >= 0 else None
        if opening:
            return unnamed(opening.group(1), whole=True)
        named = _NAMED_OPENING.match(ctx.text, start) if start >= 0 else None
        definite = _DEFINITE_BODY.match(ctx.text, start) if start >= 0 and not named else None
        if definite and definite.group(2) in INSTITUTIONS:  # "The fund, for its part, is keeping its powder dry. In a
            bodies = {a for _, a in ctx.antecedents(definite.group(1), start)  # statement, it said": the one fund
                      if a.actor_type == "organization" and a.name.lower().split()[-1:] == [definite.group(2)]}
            if len(bodies) == 1:  # named before, however far back
                return bodies.pop()
        if named and len(named.group(1).split()) >= 2:  # "The Amberhaven Hoteliers' Association reacted with
            name = named.group(1)  # dismay. In a statement it said ...": a body named by its name
            return actors_stage.Actor(name, affiliation_of(name), "organization", "organization", known=False)
    return None


# A name ending in an institution word that opens a sentence ("The Amberhaven Hoteliers' Association reacted").
_NAMED_OPENING = re.compile(r"\s*(?:The\s+)?(" + ORG_RUN.pattern.removeprefix(r"(?<![\w.’'-])") + ")")


_DEFINITE_BODY = re.compile(r"\s*([Tt]he\s+([a-z]+))\b")  # "The fund", "The union"


# A document that stands for its author: "its statement read", "their letter said", "the statement added" (after an
# institution spoke in one).
_OWNED = re.compile(r"(?P<det>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)\s+(?:[\w’'-]+\s+){0,2}?"
                    r"(?P<noun>statement|release|communiqu[eé]|letter|message|post|tweet|email|memo|note)s?")
READ_OUT = re.compile(rf"(?P<lead>{_OWNED.pattern})\s+(?P<verb>read)\b")  # "its statement read": "read" reports
# only after a document (a reporting verb elsewhere would take "read the letter" and "read more")
OWNER_WITHIN = 600  # characters back in which an institution's words make "the statement" theirs


def document_owner(ctx, lead: str, position: int, *, determiner: str = "") -> actors_stage.Actor | None:
    """Who wrote the document a subject names: "its statement read" is the institution that opens the sentence
    before (or else the one named last), "her letter said" the person last named, and "the statement said" the
    institution that spoke within ``OWNER_WITHIN`` characters or opens the sentence before; None when the lead
    names no such document. A ``determiner`` given decides for any text the lead names ("its report")."""
    match = None if determiner else _OWNED.fullmatch(lead.strip())
    if match is None and not determiner:
        return None
    determiner = determiner or match.group("det").lower()
    if determiner in ("his", "her"):
        return ctx.person_before(position)
    spoke = ctx.body_speaker_before(position, within=OWNER_WITHIN)
    sent_start, _ = sentence_bounds(ctx.text, position, ctx.quoted)
    if determiner == "the":
        return spoke or subject_body_before(ctx, sent_start)
    return subject_body_before(ctx, sent_start) or \
        ctx.person_before(position, kinds=("organization", "media")) or spoke


_MALE = re.compile(r"(?<!wo)m[ae]n\b|\b(?:father|son|brother|husband|boy)s?\b")  # "spokesman", not "spokeswoman"
_FEMALE = re.compile(r"wom[ae]n\b|\b(?:mother|daughter|sister|wife|wives|girl)s?\b")


def described_speaker_before(ctx, position: int, word: str) -> actors_stage.Actor | None:
    """For a he/she, when nobody is named between the sentence before and the pronoun: the indefinite described
    source that speaks in that sentence ("A spokeswoman for the board said ... “...,” she said"), a nearer speaker
    than any person named further up (not a noun of the other sex: "spokesman" for "she"); else the person a role
    description opening it stands for ("His manager refused to get carried away. “...,” he said": the manager
    named further up)."""
    sent_start, _ = sentence_bounds(ctx.text, position, ctx.quoted)
    if sent_start < 2 or any(not ctx.inside_quote(at) for at, _, _ in ctx.mention_at(sent_start, position)):
        return None
    previous, _ = sentence_bounds(ctx.text, len(ctx.text[:sent_start].rstrip()) - 2, ctx.quoted)
    source = None
    if _INDEFINITE.search(ctx.text, previous, sent_start):
        for verb in itertools.islice(verb_pattern().finditer(ctx.text, previous, sent_start), 3):
            if any(a.actor_type == "person" for _, _, a in ctx.mention_at(previous, verb.start())):
                break  # a person named first is the subject
            source = None if ctx.inside_quote(verb.start()) else unnamed_before(ctx.text[previous:verb.start()])
            if source is not None:  # "One neighbour, who asked not to be named, said": the first verb whose
                break  # subject reads as a source
    if source is not None and _INDEFINITE.match(source.role) and described_person(source, word):
        return source  # not "the candidate", who may be the person named before
    opening = _ROLE_OPENING.match(ctx.text, previous)
    if opening is None or not actors_stage.is_role_word(opening.group("noun")):
        return None
    earlier = ctx.mentions_up_to(previous)
    named = actors_stage.resolve_role_phrase(opening.group("phrase"), earlier)
    noun = opening.group("noun").lower()
    if named is not None or any(actor.actor_type == "person" and (_COURTESY.fullmatch(actor.role) or any(
            noun.startswith(w.rstrip(".")) for w in actor.role.lower().split() if len(w) > 2)) for _, actor in earlier):
        return named  # a person named before without another role may hold this one ("Rear Adm." the admiral)
    kept = unnamed(opening.group("phrase"), whole=True)  # "The mayor has told residents to stay indoors. She said
    return kept if described_person(kept, word) else None  # ...": nobody named holds the role, so the description


_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s|\b[Tt]he\s[^.;:,“”]{1,40}['’]s\sspokes(?:man|woman)\b")


def body_run_before(ctx, phrase: str, position: int) -> actors_stage.Actor | None:
    """'Kessely left Merrow Athletic at nineteen ... a contract the club described as': "the" and an institution
    word stand for the last capitalised name before ending in that word or a kindred one, a body the actors stage
    took as no speaker; the description is kept as its role."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in KINDRED:
        return None
    ends = {words[1], *KINDRED[words[1]]}
    runs = [m for m in ORG_RUN.finditer(ctx.text, max(0, position - DESCRIBED_WITHIN), position)
            if m.group().split()[-1].lower() in ends and len(re.sub(r"^[Tt]he\s+", "", m.group()).split()) > 1
            and not ctx.inside_quote(m.start())]  # not the description's own word ("The Ministry cut ...")
    if not runs:
        return None
    name = re.sub(r"^[Tt]he\s+", "", runs[-1].group())  # the description kept as its role
    return actors_stage.Actor(name, affiliation_of(name), "organization", phrase, known=False)


_NOT_A_NAME = frozenset(("It", "This", "That", "There", "He", "She", "They", "We", "What", "Here"))


def defined_body(ctx, phrase: str, position: int) -> actors_stage.Actor | None:
    """'The Northern Compact is a mutual-defence alliance ... The alliance says': "the" and a noun of a body stand
    for the name a sentence before defined as one ("X is a ... alliance", "X, a ... alliance,"), the nearest such."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or not names_a_source(phrase) or \
            actors_stage.is_role_word(words[1].lower()):
        return None
    defined = list(re.finditer(rf"((?:[Tt]he )?[A-Z][\w’'-]*(?: (?:of )?[A-Z][\w’'-]*){{0,4}})"
                               rf"(?:\s+(?:is|was)|,)\s+(?:a|an)\s+(?:(?!the\s)[\w’'-]+\s+){{0,3}}?{re.escape(words[1].lower())}\b",
                               ctx.text[max(0, position - 3000):position]))
    defined = [d for d in defined if d.group(1) not in _NOT_A_NAME]  # "It was a move the bank called"
    if not defined:
        return None
    at = max(0, position - 3000) + defined[-1].start(1)
    named = [a for s, _, a in ctx.mention_at(at, at + len(defined[-1].group(1))) if a.actor_type != "person"]
    name = re.sub(r"^[Tt]he\s+", "", defined[-1].group(1))
    return named[0] if named else actors_stage.Actor(name, "", "organization", "organization", known=False)


def epithet_of_opener(ctx, phrase: str, position: int) -> actors_stage.Actor | None:
    """'Liam Pennock was more measured. The centre-back said ...': a definite description ending at ``position``
    whose head names no kind of source the kit knows (not an office, a body nor a text) stands for the person who
    opens the sentence before, as a writer's variation on the name."""
    head = phrase.split()[-1].lower()
    if not re.match(r"[Tt]he\s", phrase) or names_a_source(phrase) or head.endswith("s") and not head.endswith("ss"):
        return None
    sent_start, _ = sentence_bounds(ctx.text, position, ctx.quoted)
    if sent_start < 2:
        return None
    previous, _ = sentence_bounds(ctx.text, len(ctx.text[:sent_start].rstrip()) - 2, ctx.quoted)
    opener = [a for at, _, a in ctx.mention_at(previous, previous + 60)
              if not ctx.inside_quote(at) and not ctx.text[previous:at].strip()]
    if not opener or opener[0].actor_type != "person":
        return None
    _, end = sentence_bounds(ctx.text, position, ctx.quoted)  # "The host asked Warren": someone else
    return None if any(a is opener[0] or a.name == opener[0].name for _, _, a in ctx.mention_at(sent_start, end)) \
        else opener[0]


def described_person(actor: actors_stage.Actor, word: str) -> bool:
    """Whether an unnamed source is one person a he or she (``word``) can stand for: "a spokeswoman for the board"
    for "she", not "the council", nor "a spokesman" for "she"."""
    head = re.split(r"\s(?:for|of|at|from|with|in|on|to)\s", actor.role)[0] if not actor.name else ""
    if not head or unnamed(head, whole=True).actor_type == "organization":
        return False
    other = _MALE if word.lower() == "she" else _FEMALE
    return word.lower() in ("he", "she") and not other.search(actor.role.lower())


_ROLE_OPENING = re.compile(r"(?:(?:In|At|On|Later|Earlier|Meanwhile)\b[^,;:“”\"]{0,40},\s+)?"  # "In Port Kessaly, "
                           r"(?P<phrase>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'.-]+\s+){0,2}?"
                           r"(?P<noun>[a-z][\w-]*)(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+(?!also\b)[\w’'-]+){0,2}?)?)"
                           r"(?=\s+(?:(?:also|\w+ly)\s+)?(?:[a-z]+(?:ed|s)|told|said|spoke|gave|wrote|took|made)\b)")


# A lead that describes its source before the next sentence names it: "A former director at Tamar Vale Water told
# a public inquiry ... Keith D. Millward, who ran the works, said", "Estmark's main dockworkers' union said ...
# The Harbour Workers' Federation, which represents 6,200 dockers, said".
LEAD_DESCRIPTION = re.compile(r"(?:[Aa]n?\s|(?:[Tt]he\s+)?[\w’'.-]+['’]s?\s)(?:[\w’'.-]+\s+){0,3}?"
                              r"(?P<noun>[a-z][\w’'-]*)"  # "A former director", "the country's defence minister"
                              r"(?:\s+(?:at|of|for|from|in)\s.*)?")
LEAD_WITHIN = 2  # sentences after a described source in which its name may come


# The end of a line of prose: a sentence's end mark, perhaps inside quotation marks or brackets.
_PROSE_END = re.compile(r"[.!?][”\"’')\]]*$")


def _body_start(text: str, before: int) -> int:
    """Where the text's prose begins: its first line of six words or more that closes with a sentence's end mark
    (a headline, byline or credit line does not), if that line begins before ``before``; else 0."""
    at = 0
    while at < before:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].strip()
        if len(line.split()) >= 6 and _PROSE_END.search(line):
            return at
        at = end + 1
    return 0


def _in_lead(ctx, position: int) -> bool:
    """Whether ``position`` is in the first or second sentence of the text's prose (after its headline, byline and
    credit lines)."""
    sent_start = sentence_bounds(ctx.text, position, ctx.quoted)[0]
    body = _body_start(ctx.text, sent_start + 1)
    if not ctx.text[body:sent_start].strip():
        return True
    previous = sentence_bounds(ctx.text, len(ctx.text[:sent_start].rstrip()) - 1, ctx.quoted)[0]
    return not ctx.text[body:previous].strip()


_INTRODUCED = re.compile(r",\s*(?:\d{1,3},|an?\s|the\s)")  # "Viktor Danek, 54, ...": a name brought in with an age
_COURTESY = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?)?")  # a role that is only a courtesy title


def headline_holder(ctx, quotes: list) -> None:
    """A described person reporting in the sentence right after a heading that names a person before a colon
    ("Stoltenberg: no point discussing ... / Nato's secretary general has said ...", a live blog's entry or an
    agency's headline) is that person."""
    headed = {sentence_bounds(ctx.text, q.end, ctx.quoted)[1]: q.speaker for q in quotes
              if q.cue == ":" and q.speaker is not None and q.speaker.actor_type == "person"}
    if not headed:
        return
    for quote in quotes:
        actor = quote.speaker
        if actor is None or actor.name or quote.cue == ":":
            continue
        described = LEAD_DESCRIPTION.fullmatch(actor.role)
        position = quote.cue_start if quote.cue_start >= 0 else quote.start
        sent_start = sentence_bounds(ctx.text, position, ctx.quoted)[0]
        gap = ctx.text[:sent_start].rstrip()
        if described and actors_stage.is_role_word(described.group("noun")) and len(gap) in headed and \
                "\n" in ctx.text[len(gap):sent_start]:
            quote.speaker = headed[len(gap)]


def _introduced_next(ctx, position: int, role: str, noun: str) -> actors_stage.Actor | None:
    """The person whom the sentence after a described source's report brings in as a speaker, with a role in
    apposition ("Kirill Stremousov, deputy head of ...") and named there for the first time, when the description
    is indefinite ("a Kremlin-installed politician") and not of a source the text means to keep unnamed ("a senior
    official")."""
    if not re.match(r"[Aa]n?\s", role) or noun in quote_words("unnamed_source") or \
            noun.rstrip("s") in quote_words("unnamed_source") or not actors_stage.is_role_word(noun):
        return None
    end = sentence_bounds(ctx.text, position, ctx.quoted)[1]
    start = end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip(" \t\n.”\"’'"))
    if start >= len(ctx.text):
        return None
    stop = sentence_bounds(ctx.text, start, ctx.quoted)[1]
    for m_start, m_end, named in ctx.mention_at(start, stop):
        if ctx.inside_quote(m_start) or named.actor_type != "person":
            continue
        if not _INTRODUCED_ROLE.match(ctx.text, m_end) or not verb_pattern().search(ctx.text, m_end, stop) or \
                any(a == named or a.name == named.name for _, _, a in ctx.mention_at(0, m_start)):
            return None
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]{3,}", ctx.text[m_end:stop])}
        shared = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]{3,}", role)} - {noun} - _FUNCTION_WORDS
        return named if words & shared else None  # "in the southern Kherson region" ... "of the Kherson regional"
    return None


def _quoted_next(ctx, quotes: list, position: int, role: str) -> actors_stage.Actor | None:
    """The person a definite description stands for when the next sentence quotes them, named there for the first
    time with no role of their own: "the regional governor stressed the need for help. “...,” Vitaliy Kim said."."""
    definite = _DEFINITE_HEAD.fullmatch(role)
    if definite is None or not actors_stage.is_role_word(definite.group(1).lower()):
        return None
    end = sentence_bounds(ctx.text, position, ctx.quoted)[1]
    start = end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip(" \t\n.”\"’'"))
    stop = sentence_bounds(ctx.text, start, ctx.quoted)[1] if start < len(ctx.text) else start
    for named in [q.speaker for q in quotes if q.kind == "direct" and start <= q.start < stop and q.speaker][:1]:
        first = [s for s, _, a in ctx.mention_at(0, stop) if a == named or a.name == named.name]
        return named if first and first[0] >= start and named.actor_type == "person" and not named.role else None
    return None


_FUNCTION_WORDS = frozenset(("with", "from", "that", "their", "this", "there", "which", "where", "when", "about"))


# A name brought in with a role in apposition: "Kirill Stremousov, deputy head of ..., told".
_INTRODUCED_ROLE = re.compile(r",\s*(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*\b")


_DEFINITE_HEAD = re.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}([\w’'-]+)")


def named_after_lead(ctx, quotes: list) -> None:
    """Give the source a lead describes ("A former director at X told ...") the name the next sentences open
    with, a person for a role noun and an organization for a body noun, when the lead is the text's first or
    second sentence and the description names no one; a person named two sentences on must also hold the role
    (or none). Every quote of that description takes the name."""
    done: dict[int, actors_stage.Actor | None] = {}
    named_roles: dict[str, actors_stage.Actor] = {}
    for quote in quotes:
        actor = quote.speaker
        if actor is None or actor.name or id(actor) in done and done[id(actor)] is None:
            continue
        if id(actor) in done:
            quote.speaker = done[id(actor)]
            continue
        done[id(actor)] = None
        position = quote.cue_start if quote.cue_start >= 0 else quote.start
        described = LEAD_DESCRIPTION.fullmatch(actor.role)
        named = _introduced_next(ctx, position, actor.role, described.group("noun")) if described else None
        named = named or _quoted_next(ctx, quotes, position, actor.role)
        if named is None and 0 <= position < ctx.text.find("\n") and \
                actors_stage.is_role_word(actor.role[-30:].split(" ")[-1]):  # a headline's "Enercast chief says":
            named = actors_stage.resolve_role_phrase(actor.role, [], ctx.mentions_up_to(position, after=True))
        if named is not None:  # "a Kremlin-installed politician ... said ... “...,” Kirill Stremousov, deputy head
            done[id(actor)] = quote.speaker = named  # of the region's administration, told ...": named right after
            continue
        if described is None or not _in_lead(ctx, position):
            continue  # only the lead: later, a described source is one the text keeps unnamed
        noun = described.group("noun")
        kept_unnamed = re.match(r"[Aa]n?\s", actor.role) and (noun in quote_words("unnamed_source")
                                                              or noun.rstrip("s") in quote_words("unnamed_source"))
        # "A senior official said": a source the text means to keep unnamed (not "Kestria's chief negotiator said",
        # one office that the next sentence names), unless the very next sentence brings in a name that says
        # nothing ("A former deputy defence minister has told a court ... Viktor Danek, 54, was in charge of ...")
        kind = "person" if actors_stage.is_role_word(noun) else "organization"
        end = sentence_bounds(ctx.text, position, ctx.quoted)[1]
        for following in range(LEAD_WITHIN):
            start = end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip(" \t\n.”\"’'"))
            if start >= len(ctx.text):
                break
            stop = sentence_bounds(ctx.text, start, ctx.quoted)[1]
            opening = [m for m in ctx.mention_at(start, stop)[:1] if len(ctx.text[start:m[0]].split()) <= 4
                       and all(w[:1].isupper() for w in ctx.text[start:m[0]].split())]  # "Prosecutor General X"
            named = opening[0][2] if opening else None
            if kept_unnamed and (following or verb_pattern().search(ctx.text, start, stop) or named is not None and (
                    not _COURTESY.fullmatch(named.role) and noun not in named.role.lower()
                    or not _INTRODUCED.match(ctx.text, opening[0][1]))):
                break
            if named is not None and named.actor_type == kind and (
                    kind != "person" or not named.role or noun in named.role.lower() or following == 0
                    or actors_stage.resolve_role_phrase(actor.role, [(0, named)]) is named):
                done[id(actor)] = quote.speaker = named_roles[actor.role] = named  # the role agrees, or none
                break
            end = stop
    heads = {role.split()[-1].lower(): actor for role, actor in named_roles.items()}
    for quote in quotes:  # "A senior prosecutor told ... X KC said ... “...,” the prosecutor told": the same one,
        actor = quote.speaker  # and so is "its prosecutor"
        if actor is None or actor.name:
            continue
        definite = _DEFINITE_HEAD.fullmatch(actor.role)
        if actor.role in named_roles or definite and definite.group(1).lower() in heads:
            quote.speaker = named_roles.get(actor.role) or heads[definite.group(1).lower()]


# A definite description set off after a lead-in, right before its verb: "After a meeting with X, the US President
# said: “...”".
_AFTER_LEAD = re.compile(r",\s*((?:[Tt]he|[A-Z][\w.-]*['’]s)\s+[^,;:“”\"«»]{1,60}?)\s*$")


def described_after_lead(ctx, sent_start: int, cue_start: int) -> actors_stage.Actor | None:
    """The description that is the subject of a verb after a lead-in, not a person named in the lead-in: in
    "In a post after a meeting with Mark Rutte, the US President said:", "the US President" (to be resolved by the
    caller), not Rutte."""
    match = _AFTER_LEAD.search(ctx.text, sent_start, cue_start)
    if match is None or ctx.mention_at(match.start(1), cue_start) or not names_a_source(match.group(1)):
        return None
    return unnamed(match.group(1), whole=True)


# A document cited with who saw it or what it serves, not who wrote it: "a Pentagon memo seen by Reuters", "new
# modelling that minister X will use to defend ...".
_SEEN = re.compile(r"((?:(?:an?|the|new|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:memo|memorandum|report|document|"
                   r"letter|draft|email|cable|modelling|modeling|analysis|study|poll|survey|data|figures|forecast|"
                   r"estimates?|assessment|review|audit))\s+(?:(?:seen|obtained|reviewed)\s+by|that|which)\s")


def seen_document(ctx, after: int, end: int) -> tuple[int, actors_stage.Actor] | None:
    """The source "according to" names when it is a document that someone else saw or uses: the body the
    document belongs to ("a Pentagon memo seen by Reuters": the Pentagon), else the document itself ("new
    modelling that minister Chris Bowen will use": not Bowen), with where its phrase ends."""
    match = _SEEN.match(ctx.text, after, end)
    if match is None:
        return None
    owner = [a for _, _, a in ctx.mention_at(match.start(1), match.end(1)) if a.actor_type != "media"]
    return match.end(1), owner[0] if owner else unnamed(match.group(1), whole=True)


# A source the text names only as they asked: "One woman, who gave her name only as Marta, told ...", "a soldier,
# identified only by his first name, Oleh,", "a resident who asked to be identified as Ana".
GIVEN_AS = re.compile(r",?\s+(?:who\s+)?(?:(?:gave|giving)\s+(?:(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+"
                      r"(?:only\s+)?as|only\s+(?:his|her|their)\s+first\s+name,?)|(?:asked\s+to\s+be\s+|was\s+)?"
                      r"identified\s+only\s+(?:as|by\s+(?:his|her|their)\s+first\s+name,?))\s+"
                      r"([A-Z][\w’'-]+(?:\s[A-Z]\.)?)(?=[\s,.;)])")


def given_as(ctx, quotes: list) -> None:
    """An unnamed source that the sentence names as it asked ("One woman, who gave her name only as Marta, told
    ...") is a person of that name, keeping the description as the role."""
    for quote in quotes:
        actor = quote.speaker
        if actor is None or actor.name or not actor.role or quote.cue_start < 0:
            continue
        start, end = sentence_bounds(ctx.text, quote.cue_start, ctx.quoted)
        at = ctx.text.find(actor.role, start, end)
        found = GIVEN_AS.match(ctx.text, at + len(actor.role)) if at >= 0 else None
        if found:
            quote.speaker = actors_stage.Actor(found.group(1), actor.affiliation, "person", actor.role, known=False)


# A plural source described without a name that opens a sentence before its verb: "Farmers gathered", "Two new
# studies were published", "Climate models, though, see".
PLURAL_SUBJECT = re.compile(r"((?:(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Tt]he|[Tt]hese|[Tt]wo|[Tt]hree|[Ff]our|"
                            r"\d+)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*s)"
                            r"(?:,\s+(?:though|however|meanwhile),)?\s+"
                            r"(?:(?:also|still|often|\w+ly)\s+)?(?:were|are|have|had|[a-z]+ed|[a-z]+[^s\W])\b")


def plural_opening_before(ctx, position: int) -> actors_stage.Actor | None:
    """The plural source described in the subject of the sentence before the one at ``position``."""
    sent_start = sentence_bounds(ctx.text, position, ctx.quoted)[0]
    if sent_start < 2:
        return None
    before = sentence_bounds(ctx.text, sent_start - 2, ctx.quoted)[0]
    found = PLURAL_SUBJECT.match(ctx.text, before, sent_start)
    if found is None or ctx.mention_at(before, found.end(1)) or not names_a_source(found.group(1)):
        return None
    return unnamed(found.group(1), whole=True)
