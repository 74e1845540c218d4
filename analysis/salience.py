"""Which person a he/she most likely stands for by salience: the subject of the sentence before, or a person who
opened a recent sentence, over the nearest name. ``analysis.attribution`` tries these in turn. An epithet
("the Swede", "the 58-year-old") stands for the salient person the same way, and so does a role noun in a short
attribution that no holder of the role named before answers ("the diplomat stressed": ``role_in``), and a body
noun that opens a report for the body the sentence before names ("The Ministry stressed": ``named_body_before``).

The context passed in is ``analysis.attribution.Context`` (its text, quoted spans and mentions); it is not
imported here, since attribution imports this module.
"""

from __future__ import annotations

import dataclasses
import re

from analysis import actors as actors_stage
from analysis.organizations import ORG_RUN
from analysis.pronoun_agreement import agrees
from analysis.quotes_lexicon import HEARER_FIRST, quote_words, verb_forms
from analysis.sentence_bounds import sentence_bounds
from analysis.speaker_gaps import TIMESTAMP, lead_in_end
from analysis.unnamed_sources import GENERIC_BODIES, KINDRED, MEDIA_DESCRIPTIONS

__all__ = ["SALIENT_WITHIN", "OWNER_BEFORE", "described_body", "epithet_subject", "previous_subject",
           "subject_before_quote", "subject_person_before", "role_in", "named_next", "VISITING", "guest_before",
           "interrupted_subject", "counterparts", "BODY_OF_NAME"]


def previous_subject(ctx, position: int) -> actors_stage.Actor | None:
    """For a he/she that opens its sentence: the person who opened the sentence before (its subject), which
    centering prefers over the nearest person named ("Blair met Campbell. He said ..." is Blair; "After a break,
    Engoron took on a passive role in policing Trump's statements. He told ..." is Engoron). A he/she right after a
    reporting verb inside its sentence is that report's speaker ("X -- who ... -- said she believes ...": X)."""
    sent_start, _ = sentence_bounds(ctx.text, position, ctx.quoted)
    if len(ctx.text[sent_start:position].split()) > 1 or sent_start < 2:
        return reporter_of(ctx, position) or subject_before_quote(ctx, position)
    previous, _ = sentence_bounds(ctx.text, sent_start - 2, ctx.quoted)
    for start, end, actor in ctx.mention_at(previous, sent_start):
        lead = ctx.text[previous:start]
        owner = re.match(r"['’]s\s", ctx.text[end:end + 3]) is not None or \
            _BODY_AFTER.match(ctx.text, end) is not None  # "The head of Brastova's delegation, X", "the Trump
        # administration's shift": a name that owns or modifies is no subject
        if not ctx.inside_quote(start) and actor.actor_type == "person" and not owner and \
                (len(lead[lead_in_end(lead):].split()) <= 3 or len(lead.split()) <= 12 and COPULA_BEFORE.search(lead)
                 or DESCRIBED_BEFORE.fullmatch(lead) or (POSSESSED_ROLE.fullmatch(lead) and
                                                         actors_stage.is_role_word(lead.split()[-1]))
                 or OWNER_BEFORE.fullmatch(lead)):  # "The New York Times' Nicholas Kristof wrote"
            return _answerer(ctx, end, sent_start) or actor
        if not owner and not (ctx.text[end - 1:end] == "s" and re.match(
                r"['’]\s", ctx.text[end:end + 2])) and not (actor.actor_type != "person" and _IN_DESCRIPTION.fullmatch(
                lead)):  # "Trump's pick to run the EPA, Scott Pruitt, has", "Her counterpart at Lindqvist & Bray,
            break  # Fiona Achebe,": the possessor or employer is no subject; the name set off after it may be
    return None


_OBJECT_LEAD = re.compile(r"\b(?:[a-z]+ing|[Aa]fter|[Bb]efore|[Ww]ith|[Ff]or|[Tt]o|[Aa]gainst|[Uu]nlike)\s+"
                          r"(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\w.’'-]*\s+)?\Z")
_IN_DESCRIPTION = re.compile(r"(?:(?:And|But)\s+)?(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s[^,;:“”\"]*")  # before its comma
# The bodies a name may modify: "the Trump administration", "the Harris campaign", "the Kessely family".
BODY_OF_NAME = r"(?:campaign|administration|government|camp|legal team|team|foundation|family|estate)"
_BODY_AFTER = re.compile(rf"\s+{BODY_OF_NAME}\b")


def subject_before_quote(ctx, position: int) -> actors_stage.Actor | None:
    """For a he/she inside a sentence that names no person before it ("The ferry had been “...”, she said"): the
    person who opened the sentence before, when that sentence quotes no one ("Her friend Nia Pellow, a year
    younger, was not so sure."): a new subject outranks the last speaker."""
    sent_start, _ = sentence_bounds(ctx.text, position, ctx.quoted)
    if sent_start < 2 or any(a.actor_type == "person" for _, _, a in ctx.mention_at(sent_start, position)):
        return None
    previous, _ = sentence_bounds(ctx.text, sent_start - 2, ctx.quoted)
    if re.search(r"[“”\"«»]", ctx.text[previous:sent_start]):
        return None
    first = next((s for s, _, a in ctx.mention_at(previous, sent_start) if a.actor_type == "person"), None)
    if first is not None and _OBJECT_LEAD.search(ctx.text, previous, first):
        return None  # "After questioning Mr Pell at length, Mr Renn told the committee ...": Pell is no subject
    return previous_subject(ctx, sent_start)


# A question put to a person: "Amanpour also asked Zelensky about ...", "The host pressed Maria Voss on whether".
ASKED = re.compile(r"\s+(?:(?:also|then|later|again|repeatedly)\s+)?(?:asked|pressed|questioned)\s+")
_QUESTION = re.compile(r"\s+(?:(?:again|directly|repeatedly)\s+)?"
                       r"(?:about|on|over|whether|if|why|what|how|when|who|which)\b")


def _answerer(ctx, end: int, limit: int) -> actors_stage.Actor | None:
    """The person the subject ending at ``end`` put a question to, who answers in the next sentence ("Amanpour
    asked Zelensky about ... He said" is Zelensky), not one asked to do something ("asked Smith to resign")."""
    asked = ASKED.match(ctx.text, end, limit)
    if asked is None:
        return None
    named = ctx.mention_at(asked.end(), min(limit, asked.end() + 80))
    if not named or named[0][0] != asked.end() or named[0][2].actor_type != "person":
        return None
    return named[0][2] if _QUESTION.match(ctx.text, named[0][1], limit) else None


_AFTER_VERB = re.compile(r"\b([a-z]+)\s+(?:that\s+)?$")


def reporter_of(ctx, position: int) -> actors_stage.Actor | None:
    """The speaker noted for the reporting verb right before ``position`` ("said she believes": who said it)."""
    verb = _AFTER_VERB.search(ctx.text, max(0, position - 20), position)
    noted = ctx.noted_speaker(verb.start(1), verb.end(1)) if verb and verb.group(1) in verb_forms() else None
    return noted[1] if noted and noted[1].actor_type == "person" else None


# A description equated with the name after it is the sentence's subject: "The final witness was Mrs. Dolores
# Yancey, who ... She told the court" is Mrs. Yancey.
COPULA_BEFORE = re.compile(r"^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s[^,;:“”\"]*\s(?:was|is)\s+"
                           r"(?:[A-Z][a-z]{0,4}\.?\s+)?$")


# A description set off before the name that opens a sentence: "The director of the Azotkhim plant, X, told".
# So is a possessed one, with a title after the comma: "Her colleague on the delegation, Water Minister X, was".
DESCRIBED_BEFORE = re.compile(r"(?:(?:And|But)\s+)?(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w-]*['’]s)\s"
                              r"[^,;:“”\"]{1,100},\s*(?:[A-Z][\w.-]*\s+){0,3}")
# A place's or a body's role before the name, without commas: "California's outgoing Democratic governor X visited".
POSSESSED_ROLE = re.compile(r"[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*\s+")


# A named owner before a person's name: "The New York Times' Nicholas Kristof", "Reuters' Jane Doe".
OWNER_BEFORE = re.compile(r"(?:(?:And|But)\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*"
                          r"(?:['’]s|(?<=s)['’])\s+")


SALIENT_WITHIN = 3  # sentences back in which a person who was a sentence's subject outranks a nearer one


def subject_person_before(ctx, position: int) -> actors_stage.Actor | None:
    """The nearest person before ``position``, within SALIENT_WITHIN sentences, who opened a sentence (its
    subject); a person named as an object or in a list ("accused Boris Johnson of ...") is less salient."""
    sent_start, _ = sentence_bounds(ctx.text, position, ctx.quoted)
    floor, seen = sent_start, 0
    while seen < SALIENT_WITHIN and floor >= 2:
        floor, _ = sentence_bounds(ctx.text, floor - 2, ctx.quoted)
        seen += 1
    for start, end, actor in ctx.mentions_before(floor, position):
        if actor.actor_type != "person" or ctx.inside_quote(start):
            continue
        opening, closing = sentence_bounds(ctx.text, start, ctx.quoted)
        actor = _answerer(ctx, end, min(closing, position)) or actor
        lead = TIMESTAMP.sub("", ctx.text[opening:start])  # "01:35 – Qureshi-Bell holds ..." in a live blog
        cut = lead_in_end(lead)  # "Speaking after the meeting, Mr Hanley insisted" (not "In her speech she ...,")
        lead = lead[cut:] if cut and not re.search(r"\b(?:he|she|they|it|we|I)\b", lead[:cut]) else lead
        if DESCRIBED_BEFORE.fullmatch(lead):  # "The director of the plant, Vadim Kondratyuk, told ..."
            return actor
        lead = lead.split()
        if len(lead) <= 1 or all(w[:1].isupper() for w in lead):
            return actor
        # '“...,” said Kyiv resident X' and '“...,” X replied': the speaker of an attribution after a quotation
        after_quote = max((e for s, e in ctx.quoted if opening <= s and e <= start), default=-1)
        inverted = ctx.text[after_quote:start].strip(" ,”»\"’'—–").split() if after_quote >= 0 else ["-"]
        if not inverted or inverted[0] in actors_stage.reporting_forms():
            return actor
        inverted = INVERTED_REPORT.search(ctx.text, opening, start)  # "..., said Bob Shrum, a strategist."
        if inverted and inverted.group(1) in actors_stage.reporting_forms() and verb_forms().get(
                inverted.group(1), ("",))[0] not in HEARER_FIRST:  # not "..., told Hallam Sound radio"
            return actor
    return None


# A report whose verb comes before its speaker after the reported clause: "The case is weak, said X".
INVERTED_REPORT = re.compile(r",\s+([a-z]+)\s+\Z")


# An epithet with at most two adjectives: "the 58-year-old", "the Swede", "the veteran Italian".
EPITHET = re.compile(r"[Tt]he\s+(?:(?!(?:of|for|in|at|from|on|with)\s)(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,2}?"
                     r"(\d+-year-old|[A-Z][a-z]+|[a-z][\w-]*)"
                     r"(?:\s+(?:from|of)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?")  # "The senator from Vermont"
# A relative clause after the epithet: "The 54-year-old, who learned to swim there herself, added that".
RELATIVE_TAIL = re.compile(r",\s+(?:who|whose)\b[^,;:“”\"]*,\s*$")


def epithet_subject(ctx, lead: str, position: int) -> actors_stage.Actor | None:
    """The salient person (the one who last opened a sentence, else the one last named), when a sentence's
    subject is an epithet for a person: an age, a demonym, a party or a word of kinship ("Asked about the risk,
    the 58-year-old said", "The Swede said she would", "the Italian insisted", "the great-grandmother said").

    A capitalised head must name a people (``affiliation_cues.csv``) or be a listed epithet (``quote_words``
    epithet), so "the Commission said" stays a description. A role noun ("The governor warned") goes through
    ``role_in``, unless a holder of the role is named later; a body noun ("The Ministry stressed") stands for the
    body the sentence before names (``named_body_before``).
    """
    lead = re.sub(r"(?:\s+(?:also|still|now|then|later|again|once|repeatedly|previously|recently|publicly))+$", "",
                  RELATIVE_TAIL.sub("", lead.strip()))  # "The actor also asked": the actor
    match = EPITHET.fullmatch(lead, lead_in_end(lead))
    if match is None:
        return None
    head = match.group(1)
    if head.lower() in _BODY_NOUNS:  # "Northline Power ... The utility said"
        return named_body_before(ctx, match.group(), position)
    if head[0].islower() and head.lower() in actors_stage.role_nouns():  # "The governor warned": as ``role_in``,
        later = [(s, a) for s, _, a in ctx.mention_at(position, len(ctx.text))]  # unless one named later holds it
        at = ctx.text.rfind(match.group(), max(0, position - len(lead) - 8), position)
        if at < 0 or actors_stage.resolve_role_phrase(match.group(), [], later) is not None:
            return None
        actor = role_in(ctx, at, at + len(match.group()))
        modifiers = [w.lower() for w in lead[match.start():match.start(1)].split()[1:]]  # "the farm minister" is not
        # the trade minister
        if actor is not None and actor.role and "former" not in modifiers and \
                not all(w in actor.role.lower() for w in modifiers):
            return None
        salient = subject_person_before(ctx, position) if actor is None and "former" in modifiers else None
        if salient is not None and head.lower() in salient.role.lower() and "former" not in salient.role.lower():
            salient = None  # a sitting holder of the office is no "former" one
        return actor or salient  # "The former
        # Montana congressman blamed": an office held before, which the text need not name; the salient person
    if head[0].islower() and head not in quote_words("epithet"):
        return None  # "the great-grandmother", "the pensioner", but not "the committee"
    affiliation = actors_stage.affiliation_of(head)
    if not head[0].isdigit() and head not in quote_words("epithet") and \
            not (affiliation and head.lower() not in actors_stage.role_nouns() and head != affiliation):
        return None
    for actor in (subject_person_before(ctx, position), ctx.person_before(position)):  # the salient person first
        if actor is not None and not (head in _PARTIES and any(
                word.startswith(party) for word in actor.role.split() for party in _PARTIES - {head})):
            return actor  # not "the Republican" for the last-named "Democratic Rep. X"
    return None


def described_body(ctx, phrase: str, position: int) -> actors_stage.Actor | None:
    """The organization a body noun with its own "of" phrase stands for: "The organization of some 80 utilities
    warned" after a sentence that names the Utility Solid Waste Activities Group (``named_body_before``)."""
    body = re.fullmatch(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+of\s+[^,;:“”\"]{1,60}", phrase.strip())
    return named_body_before(ctx, body.group(1), position) if body and body.group(1) in _BODY_NOUNS else None


def named_body_before(ctx, phrase: str, position: int) -> actors_stage.Actor | None:
    """The organization a description by a body noun that opens its sentence stands for ("The number of homes
    without power has risen, according to Northline Power. The utility said ..."): of the organizations the
    sentence before names outside quotation marks, the one whose name holds the noun ("the Ministry of Foreign
    Affairs of X issued a statement. The Ministry stressed") or a kindred word ("The agency" for a department),
    else the only one, if its name holds no other body
    noun ("the defence ministry said ... The army said" is another body) or the description fits any body ("The
    Sierra Club sued ... The group said")."""
    head = phrase.split()[-1].lower()
    sent_start, _ = sentence_bounds(ctx.text, position, ctx.quoted)
    if sent_start < 2:
        return None
    previous, _ = sentence_bounds(ctx.text, len(ctx.text[:sent_start].rstrip()) - 2, ctx.quoted)
    kind = "media" if head in MEDIA_DESCRIPTIONS else "organization"  # "the BBC reported ... The broadcaster said"
    bodies = {a.name: a for s, _, a in ctx.mention_at(previous, sent_start)
              if a.actor_type == kind and a.name and not ctx.inside_quote(s)}
    if not bodies and kind == "organization":  # a body the actors stage has not taken: a name ending in an
        for run in ORG_RUN.finditer(ctx.text, previous, sent_start):  # institution word ("the Ministry of Foreign
            name = re.sub(r"^[Tt]he\s+", "", run.group())  # Affairs of X issued a statement")
            if not ctx.inside_quote(run.start()):
                bodies[name] = actors_stage.Actor(name, actors_stage.affiliation_of(name), "organization",
                                                  "organization", known=False)
    holding = [a for name, a in bodies.items() if {head, *KINDRED.get(head, ())} & set(name.lower().split())]
    if len(holding) == 1:
        return holding[0]
    if len(bodies) == 1:
        only = next(iter(bodies.values()))
        return None if head not in GENERIC_BODIES and _BODY_NOUNS.intersection(only.name.lower().split()) else only
    return None


_BODY_NOUNS = frozenset(noun for noun in quote_words("unnamed_body") if " " not in noun and not noun.endswith("s"))
_PARTIES = frozenset(("Republican", "Democrat", "Conservative", "Tory", "Liberal", "Socialist", "Labour"))


def _compatible(phrase: str, noun: str, actor: actors_stage.Actor) -> bool:
    """Whether a role phrase can describe an actor who has another role: a generic noun ("the leader"), or the
    same affiliation ("the Belarusian leader" for "Belarusian President Aleksandr Lukashenko")."""
    affiliation = actors_stage.affiliation_of(phrase)
    return noun.lower() in quote_words("generic_role") or bool(affiliation and affiliation == actor.affiliation)


VISITING = re.compile(r"[Tt]he\s+visiting\s+(?:[\w’'-]+\s+)?(?:president|leader|premier|prime\s+minister|"
                      r"chancellor|minister|head\s+of\s+state|king|queen|guest)(?![\w-])")
COUNTERPART = re.compile(r"\bcounterpart,\s+$")


def guest_before(ctx, position: int) -> actors_stage.Actor | None:
    """The person last named as someone's counterpart before ``position`` ("welcomed his Pelmark counterpart,
    Halvard Ostby,")."""
    for start, _, actor in reversed(ctx.mention_at(max(0, position - 10000), position)):
        if actor.actor_type == "person" and COUNTERPART.search(ctx.text, max(0, start - 14), start):
            return actor
    return None


# "Her Ervanian counterpart", "his counterpart": the person who holds the owner's office for the other side.
OWNED_COUNTERPART = re.compile(r"(?P<own>[Hh]is|[Hh]er)\s+(?:(?P<side>[A-Z][\w-]+)\s+)?counterpart")
COUNTERPART_WITHIN = 3  # sentences back in which the two sides are sought


def counterparts(ctx, quotes) -> None:
    """'Ms. Nurpeisova told journalists ... Her Ervanian counterpart said': a source described as "his/her
    [people's adjective] counterpart" is a person named in the last ``COUNTERPART_WITHIN`` sentences who is not
    the owner (the last person named whom the pronoun can stand for), of the side the adjective names (by its
    affiliation, or a role naming a place that shares its first five letters: "Ervanian", "of Ervania") when it
    names one, else the last other person named."""
    for quote in quotes:
        actor = quote.speaker
        match = OWNED_COUNTERPART.fullmatch(actor.role) if actor is not None and not actor.name else None
        if match is None:
            continue
        position = quote.cue_start if quote.cue_start >= 0 else quote.start
        begin = position
        for _ in range(COUNTERPART_WITHIN + 1):
            begin = sentence_bounds(ctx.text, max(0, begin - 2), ctx.quoted)[0] if begin > 1 else 0
        named = [a for s, _, a in ctx.mention_at(begin, position) if a.actor_type == "person" and
                 not ctx.inside_quote(s)]
        pronoun = "he" if match.group("own").lower() == "his" else "she"
        owner = next((a for a in reversed(named) if agrees(pronoun, a, ctx.sexes())), None)
        others = [a for a in dict.fromkeys(reversed(named)) if a is not owner]
        side = match.group("side")
        if side:
            stem, place = side[:5].lower(), actors_stage.affiliation_of(side)
            others = [a for a in others if place and a.affiliation == place or
                      any(w[:5].lower() == stem for w in re.findall(r"[A-Z][\w-]+", a.role))]
        if others:
            quote.speaker = dataclasses.replace(others[0], role=others[0].role or actor.role)
            _goes_on(ctx, quotes, quote, owner)


def _goes_on(ctx, quotes, quote, owner) -> None:
    """Quotations later in the paragraph of a resolved counterpart that a bare he or she gave to the owner (found
    before the counterpart was): '“We are not signing papers for the archive,” she added' is the counterpart's."""
    for later in quotes:
        if owner is None or later.start <= quote.end or "\n" in ctx.text[quote.end:later.start] or \
                later.speaker != owner or later.cue_start < 0:
            continue
        pronoun = re.search(r"\b(?:he|she)\b", ctx.text[max(0, later.cue_start - 12):later.cue_start + 12])
        if pronoun and agrees(pronoun.group(), quote.speaker, ctx.sexes()):
            later.speaker = quote.speaker


def role_in(ctx, start: int, end: int) -> actors_stage.Actor | None:
    """An actor named by a role noun in a short attribution ("he defense secretary Thursday")."""
    words = re.findall(r"[A-Za-z.-]+", ctx.text[start:end])
    nouns = actors_stage.role_nouns()
    visiting = VISITING.match(ctx.text, start + len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip()), end)
    if visiting:
        guest = guest_before(ctx, start)  # "the visiting president": the counterpart the host received
        if guest is not None:
            return guest
    for i, word in enumerate(words):
        if word.lower() in nouns:
            phrase = " ".join(w for w in words[max(0, i - 2):i + 1] if w.lower() not in ("the", "he", "she", "a"))
            before = ctx.antecedents(word, start)
            definite = re.search(rf"\b[Tt]he\s+(?:[\w.-]+\s+){{0,2}}{re.escape(word)}\b", ctx.text[start:end])
            # "A Castellanian official said ... “...,” the official said": the source described before with the
            # same head noun, before a named person whose role the noun might also cover
            actor = (definite and ctx.described_speaker_before(start, word)) or \
                actors_stage.resolve_role_phrase(phrase, before) or \
                actors_stage.resolve_role_phrase(("former " if "former" in phrase.split() else "") + word, before)
            # "the presidential aide" -> an "aide"; "the former Russian president" is no sitting president
            if actor is None and definite and len(before) == len(ctx.mentions_up_to(start)):
                introduced = ctx.introduced_before(start, word)  # "A senior prosecutor told ... the prosecutor"
                if introduced is not None:
                    return introduced
                actor = previous_subject(ctx, start) or ctx.person_before(start)  # "the diplomat stressed": a
                # generic role for the person the text is about (who opened a recent sentence), else the last named
                if actor is not None and actor.role and not _compatible(phrase, word, actor):
                    actor = None  # ... unless the text gave that person another role
            if actor is None and "former" in phrase.split():  # "the former Russian president added": an office
                actor = subject_person_before(ctx, start)  # held before, which the text need not name
                if actor is not None and word.lower() in actor.role.lower() and "former" not in actor.role.lower():
                    actor = None  # not the sitting president
            if actor:
                return actor
    return None


def named_next(ctx, phrase: str, position: int) -> actors_stage.Actor | None:
    """The person a description that opens a report stands for when the text names them only in the next sentence
    ("The head of the fire service has told reporters that her crews are “working at the limit”. Marta Solvik,
    speaking outside the station, said ..."): the person who opens that sentence, brought in there for the first
    time, with no role of their own that the description would not cover (a generic head noun, "the official",
    covers any)."""
    words = re.split(r"\s+(?:of|who|which|in|at|for|from|with)\s+", phrase)[0].split()  # "The head (of the police)"
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an") or words[-1].lower() in _BODY_NOUNS or \
            re.search(r"[^su]s$", words[-1].lower()):  # "The rebels": no one person
        return None
    indefinite = words[0].lower() != "the"  # "..., a U.S. judge said. U.S. District Judge Sharon Gleason ...":
    _, sent_end = sentence_bounds(ctx.text, position, ctx.quoted)  # only a holder of the very role, by its title
    nxt, nxt_end = sentence_bounds(ctx.text, min(len(ctx.text) - 1, sent_end + 1), ctx.quoted)
    for start, _, actor in ctx.mention_at(nxt, nxt_end)[:1]:
        lead = ctx.text[nxt:start].split()
        earlier = any(a is actor for _, _, a in ctx.mention_at(0, position))
        if indefinite:
            if actor.actor_type == "person" and not earlier and nxt > position and actor.role and \
                    words[-1].lower() in actor.role.lower().split() and \
                    all(w[:1].isupper() or w.lower() in actor.role.lower().split() for w in lead):
                return actor
            continue
        if actor.actor_type == "person" and not lead and not earlier and nxt > position and (
                not actor.role or words[-1].lower() in quote_words("generic_role") or
                any(w.lower() in actor.role.lower().split() for w in words[1:])):
            return actor
    return None


def interrupted_subject(ctx, pronoun: str, start: int, end: int) -> actors_stage.Actor | None:
    """The person a pronoun in an aside stands for when the clause it interrupts names one before it: "Griffith
    spoke out against “alarmism” that, he claimed, displaced ...": Griffith, not the last one quoted. The first
    person named between ``start`` (the sentence's) and ``end`` (the aside's comma) whom the pronoun can stand for.
    """
    return next((actor for s, _, actor in ctx.mention_at(start, end) if actor.actor_type == "person"
                 and ctx.text[s].isupper() and not ctx.inside_quote(s) and agrees(pronoun, actor, ctx.sexes())),
                None)  # a name, not a description read as one ("the leader of the federal agency")


_CALLED = re.compile(r"\b[Aa]n?\s+(?:[a-z][\w-]*\s+)?([a-z]+)\s+(?:calling\s+(?:itself|themselves)|known\s+as|"
                     r"called)\s+(?=[A-Z])")


def called_before(ctx, phrase: str, position: int) -> actors_stage.Actor | None:
    """The body a description's head noun was brought in with by name: "A group calling itself Black Heron
    claimed ... “...,” the group wrote" (Black Heron)."""
    head = phrase.split()[-1].lower() if phrase.split() else ""
    for match in reversed(list(_CALLED.finditer(ctx.text, max(0, position - 3000), position))):
        named = ctx.mention_at(match.end(), match.end() + 60)
        if match.group(1) == head and named and named[0][0] == match.end():
            return named[0][2]
    return None
