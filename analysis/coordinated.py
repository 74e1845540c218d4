"""Coordinated reports: the subject that opens a sentence governs a reporting verb after "and" or "but", and a
participle after a comma (", saying ...", ", adding ...").

"The housing secretary stood in front of a tower and declared ...": the speaker of "declared" is the subject the
sentence opened with, not the nearest name before the verb ("... a forum sponsored by NBC News and said"). The
subject is a name within the first words of the sentence, or a definite description ("the minister"), which is
resolved to the person it names when the text allows and kept as a description otherwise. A participle that
follows a quotation's attribution ("“...,” he said, adding ...") goes on with that quotation's speaker.
"""

from __future__ import annotations

import re

from analysis import actors as actors_stage
from analysis.attribution import OPENING_PRONOUN, Context, definite_subject, resolve_word, subject_before
from analysis.described_sources import described_person
from analysis.name_roles import NOT_NAME
from analysis.organizations import INSTITUTIONS
from analysis.quotes_lexicon import verb_forms, verb_pattern
from analysis.salience import OWNER_BEFORE
from analysis.sentence_bounds import sentence_bounds
from analysis.speaker_gaps import DESCRIBED_OPENING, lead_in_end
from analysis.unnamed_sources import names_a_source, unnamed, unnamed_before

__all__ = ["DOCUMENT_NOUNS", "OPENER", "OPENING_DESCRIPTION", "POSSESSED", "REPLIER", "REPLIES",
           "described_subject", "document_participle_subject", "hearer_before", "medium_teller", "opening_subject",
           "participle_subject"]

# What a name owns when it opens the sentence: "Mr Pell's family", "Acme's chief executive".
POSSESSED = re.compile(r"['’]s\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")

# What may open a sentence before its subject: a time, a place or a connective.
OPENER = re.compile(r"(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+\w+|[Oo]n\s+\w+|[Ii]n\s+[\w\s]{1,30}?|[Mm]eanwhile|"
                    r"[Hh]owever|[Yy]esterday|[Tt]oday|[Ee]arlier|[Ll]ater|[Tt]hen|[Bb]ut|[Aa]nd)\s*,?\s+")
# A day or a time of day between a subject and its verb: "The foreign ministry on Thursday brushed aside ...".
_WHEN = (r"(?:(?:(?:late|early)\s+(?:on\s+)?|(?:on|last|this|earlier|later)\s+)(?:[A-Z][a-z]+|week|month|year|night|"
         r"morning|evening|afternoon)(?:\s+(?:night|morning|evening|afternoon))?\s+)?")
OPENING_DESCRIPTION = re.compile(r"((?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+of\s+(?:the\s+)?"
                                 r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=\s+[a-z])|"  # "The Ambassador of Tesmara"
                                 r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)"
                                 rf"\s+{_WHEN}(?:(?:also|then|later|\w+ly)\s+)?(?:[a-z]+(?:ed|s)|stood|went|made|took|gave|came|"
                                 r"met|spoke|wrote|sat|left|held|began|brought|sent|put|set|got|ran|saw|won|lost|led|"
                                 r"paid|rose|fell|became)\b")


# A subordinate clause that holds both coordinated verbs: "after Sen. X walked out of a meeting and told reporters".
_SUBORDINATE = re.compile(r"\b(?:after|when|as|before|because|while|since|once|until)\s+(?=[A-Z])")


def opening_subject(ctx: Context, sent_start: int, cue_start: int) -> actors_stage.Actor | None:
    """The subject that opens a sentence whose reporting verb is coordinated with an earlier one: "the housing
    secretary stood in front of a tower and declared ...", "Its spokeswoman, Laura Melis, declined to ... but
    insisted ..."; a name, or a definite description kept as a description."""
    head = ctx.text[sent_start:cue_start]
    if not re.search(r"\s(?:and|but)\s+(?:(?:has|have|had|also|then|later|once|even|still|again|\w+ly)\s+){0,3}$",
                     head) or re.search(r"[;:]", head):  # "... and declared", "... but has also acknowledged"
        return None
    found = _opening(ctx, sent_start, cue_start, head)
    clause = None if found else _SUBORDINATE.search(head)  # "... fell apart after Sen. X walked out and told"
    if clause and not re.search(r"[,;]\s+(?:and|but)\s", head[clause.end():]):
        found = _opening(ctx, sent_start + clause.end(), cue_start, head[clause.end():])
    pronoun = None if found else OPENING_PRONOUN.match(head)  # "He doesn't believe in ..., compares ... and once said"
    if pronoun:
        return resolve_word(ctx, pronoun.group(1), sent_start + pronoun.start(1))
    plural = None if found else PLURAL_OPENING.match(head)  # "Many experts see X as a factor but admit ..."
    return unnamed(plural.group(1), whole=True) if plural and names_a_source(plural.group(1)) else found


# A description set before the name it goes with: "A spokeswoman for the campaign, ".
DESCRIBED_THEN_NAMED = re.compile(r"(?:[Aa]n?|[Tt]he)\s+[^,;:“”\"]{1,160},\s+")


# A plural source described without a name that opens a sentence, before a verb in the present or past: "Many
# experts see", "Tangier residents are happy", "The farmers like".
PLURAL_OPENING = re.compile(r"((?:(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Tt]he)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?"
                            r"[a-z][\w’'-]*s)\s+(?:(?:also|still|often|\w+ly)\s+)?(?!and\b|but\b)[a-z]+\b")


def _opening(ctx: Context, sent_start: int, cue_start: int, head: str, *, finite: bool = False):
    opener = OPENER.match(head)
    begin = lead_in_end(head) or (opener.end() if opener and len(head[:opener.end()].split()) <= 4 else 0)
    dateline = WIRE_DATELINE.match(head)  # "BRISKHAVEN, Oct 8 (Meridian Newswire) - "
    begin = max(begin, dateline.end() if dateline else 0)
    for start, end, actor in ctx.mention_at(sent_start + begin, cue_start):
        if re.match(r"['’]s?\s+[A-Z]", ctx.text[end:end + 4]) and (ctx.text[end + 1:end + 2] == "s" or
                                                                  ctx.text[end - 1:end] == "s"):
            continue  # "The New York Times' Nicholas Kristof ..., writing that": the owner is no subject
        before = ctx.text[sent_start + begin:start]
        if re.search(r"\b(?:for|of|at|from|with|by)\s+(?:the\s+)?$", before) and "," in ctx.text[end:cue_start]:
            continue  # "A spokeswoman for Harris' campaign, Kate Waters, declined ... but said": not Harris
        if not ctx.inside_quote(start) and (len(before.split()) <= 3 or OWNER_BEFORE.fullmatch(before) or
                                            DESCRIBED_THEN_NAMED.fullmatch(before)) and \
                actor.actor_type in ("person", "organization"):
            owned = POSSESSED.match(ctx.text, end, cue_start)  # "Mr Pell's family thanked ... and said": the family
            if finite and not (owned or FINITE.match(ctx.text, end, cue_start)):
                return _described_opening(head, begin)  # "Top Trump administration officials have dodged"
            words = owned.group(1).split() if owned else []
            noun = next((" ".join(words[:k]) for k in range(len(words), 0, -1)
                         if names_a_source(" ".join(words[:k]))), "")
            return unnamed(f"{ctx.text[start:owned.start(1)]}{noun}", whole=True) if noun else actor
        break
    named = OPENING_NAME.match(head, begin)  # "Tessaline Energy (TSL.BR) cut its forecast and said": a body the
    # kit does not know
    words = named.group(1).split() if named else []
    if named and (not finite or len(words) > 1) and (len(words) > 1 or words[0].lower() not in NOT_NAME) and \
            (words[0] in ("The", "the") or words[0].lower() not in NOT_NAME):  # "The Justice Department objected
        body = words[1:] if words[0] in ("The", "the") else words  # ..., saying"; a body's name: "The Harrow
        # Residents Association sued"
        if finite and len(body) > 1 and body[-1].lower() in INSTITUTIONS:
            return actors_stage.Actor(" ".join(body), "", "organization", "organization", known=False)
        return unnamed(named.group(1), whole=True)
    description = OPENING_DESCRIPTION.match(head, begin)
    if description is None:
        return _described_opening(head, begin) if finite else None  # "Top officials have dodged ..., saying"
    phrase = description.group(1)
    if " of " in phrase:  # a role of a place or body, kept as described: not the last person named
        held = phrase.split(" of ")[0]
        return unnamed(phrase, whole=True) if names_a_source(held) else None
    return definite_subject(ctx, phrase, sent_start + begin) or unnamed(phrase, whole=True)


# A source described without a determiner that opens the sentence before its finite verb: "Top Trump
# administration officials have repeatedly dodged questions ..., saying".
PLAIN_SUBJECT = re.compile(rf"((?:[\w’'-]+\s+){{0,5}}?[a-z][\w’'-]*)\s+{_WHEN}(?:(?:have|has|had)\s+)?"
                           r"(?:(?:also|\w+ly)\s+)?[a-z]+ed\b")


def _described_opening(head: str, begin: int) -> actors_stage.Actor | None:
    plain = PLAIN_SUBJECT.match(head, begin)
    return unnamed(plain.group(1), whole=True) if plain and names_a_source(plain.group(1)) else None


# A name of two to five capitalised words that opens a sentence, with a ticker or an abbreviation in brackets, and
# its verb: "Tessaline Energy (TSL.BR) cut", "Northwind Capital Partners agreed".
OPENING_NAME = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*)(?:\s+\([^()]{1,20}\))?\s+"
                          r"(?:(?:also|then|later|\w+ly)\s+)?(?:[a-z]+ed|cut|met|made|took|set|put|won|lost|left|"
                          r"held|sold|paid|led|said)\b")


WIRE_DATELINE = re.compile(r"[A-Z][A-Z .’'-]{2,}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^()]{1,40}\))?"
                           r"\s*[-–—]+\s*")


# A finite verb right after an opening name: "Trump is defending", "Merkel met", "the party has long opposed".
FINITE = re.compile(r"\s+(?:(?:also|then|later|\w+ly)\s+)?(?:(?:is|was|are|were|has|had|have|will|would)\s+|"
                    r"[a-z]+(?:ed|s)\b|(?:stood|went|made|took|gave|came|met|spoke|wrote|sat|left|held|began|"
                    r"brought|sent|put|set|got|ran|saw|won|lost|led|paid|rose|fell|became|told|said)\b)")

# What may lie between a quotation's attribution and a participle that goes on with it: "said, adding",
# "told reporters on Monday, adding".
_AFTER_ATTRIBUTION = re.compile(r"\w+(?:\s+[\w.’'-]+){0,5},\s*")


# A reporting word read as a noun: "his early-morning tweets", "the claims".
_NOUN_AFTER = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[\w.]+['’]s)\s+(?:[\w-]+\s+){0,2}$")
# A word before an "-s" form that makes it a plural noun, the object of a verb or of a preposition: "brushed aside
# demands from X", "rejected claims", "amid calls for".
OBJECT_AFTER = re.compile(r"\b(?:[a-z]+ed|aside|off|down|of|for|from|with|against|over|about|amid|despite|new|"
                           r"fresh|repeated|growing|renewed)\s+$")


def participle_subject(ctx: Context, sent_start: int, cue_start: int) -> actors_stage.Actor | None:
    """The subject of a reporting participle after a comma: the speaker of the quotation whose attribution it
    follows ("“...,” he said, adding he would never vote for her"), else the subject that opens the sentence
    before its finite verb ("Trump is defending his posts about a former Miss Universe, saying ..."), not the
    name that ends right before the comma. None when the sentence reports before the participle (the
    participle may go on with what is reported: "X said the Kremlin had replied, saying ...")."""
    noted = ctx.noted_speaker(sent_start, cue_start)
    if noted is not None and _AFTER_ATTRIBUTION.fullmatch(ctx.text, noted[0], cue_start):
        return noted[1]
    head = ctx.text[sent_start:cue_start]
    if not head.rstrip().endswith(",") or re.search(r"[;:“”\"]|\bthat\b", head) or \
            any(verb_forms()[v.group()][1] in ("speech", "opinion") and not _NOUN_AFTER.search(head, 0, v.start())
                and not (v.group().endswith("s") and OBJECT_AFTER.search(head, 0, v.start()))
                for v in verb_pattern().finditer(head)):
        return None
    found = _opening(ctx, sent_start, cue_start, head, finite=True)
    opener = re.match(r"(?:On|In|At|By|Last|Earlier|Later|This|That)\s+", head)
    pronoun = None if found else OPENING_PRONOUN.match(head, opener.end() if opener else 0)  # "On Thursday he was more
    return resolve_word(ctx, pronoun.group(1), sent_start + pronoun.start(1)) if pronoun else found  # guarded,
    # telling one analyst that ..."


# A document or post right before a reporting participle, with a few words of time or place between: "issued a
# statement calling ...", "a series of tweets early Friday saying that ...".
DOCUMENT_NOUNS = (r"(?:statement|tweet|post|letter|video|message|release|communiqu[eé]|memo|email|note|report|op-ed|"
                  r"resolution|declaration)s?")
DOCUMENT_BEFORE = re.compile(rf"\b{DOCUMENT_NOUNS}(?:\s+(?:in|on|to|for)\s+(?:[Tt]he\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"
                             rf"[A-Z][\w.’'-]*"
                             rf"(?:\s+[A-Z][\w.’'-]*){{0,4}})?(?:\s+(?!and\b|that\b)[\w’'-]+){{0,3}}\s+$")
# ("an op-ed in The Wall Street Journal calling for ...")
_PUBLISHING = frozenset(("post", "issue", "release", "publish", "tweet", "send", "write"))


def document_participle_subject(ctx: Context, sent_start: int, cue_start: int) -> actors_stage.Actor | None:
    """The subject of a reporting participle that describes a document the sentence's subject put out: "the
    Security Council issued a statement calling the test ...", "Trump unleashed tweets early Friday saying
    ..."; None unless a document comes right before the participle and nothing in the sentence reports first."""
    head = ctx.text[sent_start:cue_start]
    if DOCUMENT_BEFORE.search(head) and not re.search(r"[;:“”\"]|\bthat\b", head):
        for start, end, actor in ctx.mentions_before(sent_start, cue_start):  # "On April 20, the day before the
            if not ctx.inside_quote(start) and PUBLISHED.match(ctx.text, end, cue_start):  # March for Science
                return actor  # protest, X published an op-ed in Y calling for ...": the one who published it
        pronoun = re.match(r"(?:(?:Yet|But|And|Then|Later|So|Instead)\s*,?\s+)?([Hh]e|[Ss]he|[Tt]hey|It)\b", head)
        if pronoun and PUBLISHED.match(ctx.text, sent_start + pronoun.end(), cue_start):  # "Yet he submitted the
            return resolve_word(ctx, pronoun.group(1), sent_start + pronoun.start(1))  # report suggesting ..."
    if not DOCUMENT_BEFORE.search(head) or re.search(r"[;:“”\"]|\bthat\b", head) or \
            any(verb_forms()[v.group()][1] in ("speech", "opinion") and verb_forms()[v.group()][0] not in _PUBLISHING
                and not _NOUN_AFTER.search(head, 0, v.start()) for v in verb_pattern().finditer(head)):
        return None
    return _opening(ctx, sent_start, cue_start, head)


PUBLISHED = re.compile(r"\s+(?:(?:also|then|later|\w+ly)\s+)?(?:published|wrote|issued|released|posted|sent|tweeted|"
                       r"penned|signed|submitted|filed|presented|approved|adopted|passed|unveiled)\s+"
                       r"(?:an?|the|its|his|her|their)\s")


def described_subject(ctx: Context, sent_start: int):
    """The source a sentence opens with when it is described, not named: the subject of "..., saying"."""
    opening = DESCRIBED_OPENING.match(ctx.text, sent_start)
    head = re.sub(r"\s+(?:in|at|from|with|for|of)\s.*", "", opening.group(1)) if opening else ""
    if opening is None or not names_a_source(head):  # "A senior official in one Union capital": the official
        return None
    if head != opening.group(1) and ctx.mention_at(sent_start, opening.end(1)):
        return None  # "A spokesperson for the Emergencies Ministry": the body named, by the rules for names
    return definite_subject(ctx, opening.group(1), sent_start) or unnamed(opening.group(1), whole=True)


REPLIES = frozenset(("reply", "respond", "answer", "retort", "counter"))
REPLIER = re.compile(r"\s*(?:[A-Z][a-z]+,?\s+)?([Hh]e|[Ss]he)\s+(?:\w+ly\s+)?")  # "He replied", "But she countered"
_TOLD = re.compile(r"\b(?:told|asked|urged|pressed|questioned|warned|reminded|assured)\s+"
                   r"(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){0,5}")


def hearer_before(ctx: Context, sent_start: int):
    """The person addressed in the sentence before ("Y" of "X told President Y that ..."), when it names one."""
    start = sentence_bounds(ctx.text, max(0, len(ctx.text[:sent_start].rstrip()) - 1), ctx.quoted)[0]
    for told in _TOLD.finditer(ctx.text, start, sent_start):
        named = [m for m in ctx.mention_at(told.start(), sent_start) if m[0] <= told.end() + 1 and
                 m[2].actor_type == "person"][:1]
        if named:
            return named[0][2]
    return None


# A medium told something, then a relative clause on it: "an official told Axios, who added that ..." (the
# official added it, not the medium).
_TOLD_MEDIUM = re.compile(r"\s+told\s+(?:the\s+)?[A-Z][^,;:“”\"]{0,40},\s+who\s+(?:also\s+|later\s+|\w+ly\s+)?\Z")


def medium_teller(ctx: Context, sent_start: int, cue_start: int, subject: actors_stage.Actor | None):
    """The one who told a medium that a "who" after it stands for ("A top official told Axios, who added that ..."),
    else ``subject``."""
    told = _TOLD_MEDIUM.search(ctx.text, sent_start, cue_start) if subject and subject.actor_type == "media" else None
    return (subject_before(ctx, sent_start, told.start()) or unnamed_before(ctx.text[sent_start:told.start()])) \
        if told else subject


_PRONOUN_LEAD = re.compile(r"(?:[^,.;“”\"]{1,80},\s+|(?:Later|Then|But|And|Yet|Still)\s+)?([Hh]e|[Ss]he)\s+"
                           r"(?:\w+ly\s+|also\s+|later\s+|then\s+)?")


def described_before(ctx: Context, sent_start: int, cue_start: int):
    """The described speaker who spoke last, up to three sentences before, for a he or she that no named person
    answers to, when no person is named since: "The head of the agency told reporters that ... Asked about the
    video, she said ..." (the head of the agency)."""
    lead = _PRONOUN_LEAD.fullmatch(ctx.text, sent_start, cue_start)
    start = sent_start
    for _ in range(3 if lead else 0):
        start = sentence_bounds(ctx.text, max(0, start - 2), ctx.quoted)[0]
    noted = ctx.noted_speaker(start, sent_start) if lead else None
    if noted is None or not described_person(noted[1], lead.group(1)) or any(
            a.actor_type == "person" and not ctx.inside_quote(s) for s, _, a in ctx.mention_at(noted[0], cue_start)):
        return None
    return noted[1]
