"""Reports whose attribution stands after or inside the clause: "Clause, X said on Friday.", "Clause, said X.",
"Part, X said, part." ``analysis.indirect`` tries these for each reporting verb before the forms where the clause
follows the verb.
"""

from __future__ import annotations

import dataclasses
import re

from analysis import actors as actors_stage
from analysis.actors_lexicon import affiliation_of
from analysis.attribution import Context, country_before, definite_subject, resolve_word, trim
from analysis.described_sources import document_in_sentence_before
from analysis.quotes_lexicon import PREPOSITIONS, alternatives, quote_words, verb_forms
from analysis.reported_clause import AGO, NAMED_HEARER
from analysis.salience import interrupted_subject, named_next
from analysis.speaker_gaps import EMPLOYED_AT, GAP, last_comma
from analysis.unnamed_sources import ACCESS, names_a_source, unnamed, unnamed_before

__all__ = ["DEFINITE_HEAD", "PARENTHETICAL_WORDS", "parenthetical", "trailing"]

PARENTHETICAL_WORDS = 6  # longest speaker phrase inside a sentence: "..., a senior State Department official said, ..."
DATELINE = re.compile(r"[A-Z][A-Z .’'-]{2,}(?:,\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?(?=\s*[,(—–-]))?"  # ", Kestria"
                      r"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+))?\.?\s*"
                      r"(?:\([^)]{1,40}\)|/[^/]{1,20}/\.?)?"
                      r"\s*[-—–]+\s*")


# A document and its maker before the maker's name: "a new study by the", "the latest report from".
DOCUMENT_BY = re.compile(rf"\s*((?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{alternatives('document_noun')}))\s+(?:by|from)\s+(?:the\s+)?")
TITLE_WORDS = re.compile(r"^[\s\w.’'-]{0,80}$")
RELAYED_TAIL = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:has\s+|have\s+)?(?:learned|learnt|reported|reports|"
                          r"said|says)\s*$")
TRAILING_ADVERBIAL_WORDS = 30  # longest adverbial after "Clause, X said" when it opens with "as", "in", "after", ...
STANDS_ALONE = frozenset(("allege", "question", "cite", "assess"))  # verbs of description that may end a sentence
TAIL_STARTS = PREPOSITIONS | frozenset(quote_words("tail_start"))

# A clause after the verb's adverbial: "announced in the Rose Garden in June that he would ...".
THAT_AFTER_ADVERBIAL = re.compile(r"\s*(?:[\w.’'-]+\s+){1,8}?that\s+(?:he|she|they|it|we|I|you|there|the|a|an|this|"
                                  r"his|her|their|its|not|no|nobody|nothing|every|all|some|any|many|most|those|these|"
                                  r"[A-Z][\w’'-]*)\b")  # "responded to X's interjection that not paying taxes ..."
# A sentence that opens with a subordinate clause, whose main clause is still to come.
SUBORDINATE = re.compile(r"\s*(?:Though|Although|While|Whereas|If|Unless|When|Whenever|Because|Since|Once|Until|"
                         r"Even\s+(?:if|though))\b")


def trailing(ctx: Context, sent_start: int, sent_end: int, cue_start: int, cue_end: int):
    """'Clause, X said on Friday.' or 'Clause, said X.': the clause before the attribution and its speaker."""
    text = ctx.text
    lemma, kind = verb_forms().get(text[cue_start:cue_end], ("", ""))
    if kind == "description" and lemma not in STANDS_ALONE and not text[cue_end:sent_end].strip(" .!?”»\"’'"):
        return None  # "..., harmful to the GOP brand.": a verb of description needs an object; a noun ends there
    tail = re.sub(r"(?<=[.!?])\s*[“\"]$", "", text[cue_end:sent_end])  # 'says Lovelock." It is ...': a mark glued on
    named_after = [m for m in ctx.mention_at(cue_end, sent_end) if TITLE_WORDS.match(text[cue_end:m[0]])]
    if named_after and re.match(r",\s+(?:a|an|the|who|(?:[A-Za-z][\w’'-]*\s+){1,4}?(?:of|for|at))\b",
                                text[named_after[0][1]:sent_end]):
        tail = text[cue_end:named_after[0][1]]  # "Clause, said Brian Baker, a longtime adviser to ..."
    # "Clause, X said, BelTA has learned.", "Clause, X said on Monday, blaming ...": the tail ends there
    cut = RELAYED_TAIL.search(tail) or re.search(r",\s+(?:\w+ly\s+)?[a-z]+ing\b", tail)
    if cut and SUBORDINATE.match(text, sent_start) and len(tail[cut.end():].split()) >= 3:
        return None  # "Though the move was seamless, he said, replacing her would be ...": the main clause follows
    tail = tail[:cut.start()] if cut else tail
    if re.match(r"\s*:\s*[^\s“«\"‘']", tail):  # "Clause, she said: her daughter would ...": both are hers
        tail = ""
    first = tail.split()[0].lower().strip(".,;") if tail.split() else ""
    # "X said as he met envoys in Minsk on ...", but not "X said in a report, and Y ...", a parenthetical
    longest = TRAILING_ADVERBIAL_WORDS if first in TAIL_STARTS and "," not in tail else 6
    if len(tail.split()) > longest or re.match(r"^\s*(?:that\b|[,:“«\"])", tail) or re.search(r"[“”«»\"]", tail) \
            or THAT_AFTER_ADVERBIAL.match(tail):  # "After some delay, X announced on Friday that he ...": the
        return None  # clause follows the verb
    heard = verb_forms().get(text[cue_start:cue_end], ("",))[0] == "tell" and (  # "..., X told reporters / CNN"
        first in ("the", "a", "an", "reporters", "journalists", "us", "me") or NAMED_HEARER.match(tail))
    infinitive = first == "to" and verb_forms().get(text[cue_start:cue_end], ("",))[0] in quote_words("to_infinitive")
    adverbial = not infinitive and (not first or first in TAIL_STARTS or AGO.match(tail) or heard)  # not "...,
    # Ortega said the state", nor "As he often does, Sanders pledged to fight back": what was pledged follows
    subject, comma = None, -1
    for start, end, actor in ctx.mentions_before(sent_start, cue_start):  # "Clause, spokeswoman X said"
        if adverbial and GAP.match(text[end:cue_start]):
            comma = text.rfind(",", sent_start, start)
            lead = text[comma + 1:start]  # not "Clause, a move Nato welcomed": the clause is what was welcomed
            authored = DOCUMENT_BY.fullmatch(lead) if comma > sent_start else None
            if authored:  # "Clause, a new study by the Kolm Institute warned": the body, through its study
                subject = dataclasses.replace(actor, role=" ".join(authored.group(1).split()))
            elif comma > sent_start and TITLE_WORDS.match(lead) and not (
                    re.match(r"\s*(?:a|an)\s", lead) and not names_a_source(lead)):
                subject = actor
                employee = [a for s, e, a in ctx.mention_at(comma + 1, start) if a.actor_type == "person"
                            and EMPLOYED_AT.fullmatch(text, e, start)] if actor.actor_type != "person" else []
                subject = employee[-1] if employee else subject  # "Clause, X of the NRDC told reporters": X
            break
    if subject is None and re.search(r",[”»\"’']?\s*$", text[sent_start:cue_start]):  # "Clause, said X"
        comma = last_comma(text, sent_start, cue_start)
        after = [m for m in ctx.mention_at(cue_end, sent_end) if TITLE_WORDS.match(text[cue_end:m[0]])
                 and (not text[cue_start:cue_end].endswith("ing") or not text[cue_end:m[0]].strip()
                      or text[cue_end:m[0]].split()[0][:1].isupper())]  # not "Clause, arguing they hurt Moscow"
        goes_on = after and re.match(r"\s+([a-z][\w’'-]*)", text[after[0][1]:sent_end])
        if goes_on and goes_on.group(1) not in TAIL_STARTS:  # "X, a Republican, said Herbster reached ...":
            after = []  # the name opens the reported clause
        subject = after[0][2] if after else None
        if subject is None and lemma and kind != "description" and lemma not in quote_words("object_then_clause"):
            subject = _inverted_source(text[cue_end:sent_end])  # "Clause, notes Scientific American."
    if subject is None and adverbial and (comma := last_comma(text, sent_start, cue_start)) > sent_start \
            and len(text[comma + 1:cue_start].split()) <= (9 if OWNED_END.search(text, comma, cue_start)
                                                           or " who " in text[comma:cue_start]
                                                           or ACCESS.search(text, comma, cue_start) else 6):
        # "Clause, Ukrainian authorities said.", "Clause, the prime minister Rishi Sunak's spokesperson said."
        who = re.search(r"\s+who\s", text[comma + 1:cue_start])
        head = unnamed_before(text[comma + 1:comma + 1 + who.start()] + " ") if who else None
        subject = dataclasses.replace(head, role=" ".join(text[comma + 1:cue_start].split())) if head else \
            unnamed_before(text[comma + 1:cue_start])  # "..., the mediators who hosted the talks announced"
        if subject is not None and not subject.name:  # "..., a U.S. judge said. U.S. District Judge X threw out"
            subject = named_next(ctx, text[comma + 1:cue_start].strip(), cue_start) or subject
        if subject is None and re.fullmatch(r"\s*the\s+[a-z][\w-]*\s+", text[comma + 1:cue_start]):
            subject = definite_subject(ctx, text[comma + 1:cue_start], comma + 1)  # "..., the carmaker said"
    if subject is None and adverbial and re.search(r",\s*(?:he|she|it|they)\s+$", text[sent_start:cue_start],
                                                   flags=re.IGNORECASE):
        comma = last_comma(text, sent_start, cue_start)  # "Clause, he said."
        subject = resolve_word(ctx, text[comma + 1:cue_start].strip(), comma)
    if subject is None:
        return None
    start, end = trim(text, sent_start, comma)
    dateline = DATELINE.match(text, start, end)
    start = dateline.end() if dateline else start
    if len(text[start:end].split()) < 3 or ctx.inside_quote(start) or text[start] in "“«\"‘'":
        return None
    return start, end, subject


# What an inverted attribution may name at the end of its sentence without a mention: a capitalised name
# ("..., says Scientific American.") or a description of a source or an outlet ("..., notes the magazine.").
INVERTED_NAME = re.compile(r"\s+((?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.’'&-]*){0,4})"
                           r"\s*[.!?]?[”»\"’']?\s*")
INVERTED_DESCRIPTION = re.compile(r"\s+((?:the|a|an|one|two|three|several|some)\s+"
                                  r"(?:(?!(?:had|has|have|is|was|were|are|will|would|could|can|may|might|must|did|"
                                  r"does|do)\s)[a-z][\w’'-]*\s+){0,5}[a-z][\w’'-]*)"  # no clause ("the plan had")
                                  r"\s*[.!?]?[”»\"’']?\s*")
OUTLET_NOUNS = frozenset("magazine newspaper paper website site broadcaster channel network outlet journal "
                         "newsletter blog".split())


def _inverted_source(rest: str) -> actors_stage.Actor | None:
    """The source an inverted attribution names after its verb when no mention stands there."""
    named = INVERTED_NAME.fullmatch(rest)
    if named and not re.match(r"(?:The\s+)?(?:He|She|It|They|We|I|You|This|That|On|In|At|Last|Monday|Tuesday|"
                              r"Wednesday|Thursday|Friday|Saturday|Sunday)\b", named.group(1)):
        name = re.sub(r"^[Tt]he\s+|^.*['’]s\s+", "", named.group(1))  # "Sierra Club's Athan Manuel": the person
        return actors_stage.Actor(name, affiliation_of(name), "unknown", known=False)
    described = INVERTED_DESCRIPTION.fullmatch(rest)
    if described and (names_a_source(described.group(1)) or described.group(1).split()[-1] in OUTLET_NOUNS):
        return unnamed(described.group(1), whole=True)
    return None


VERB_GOES_ON = frozenset(("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
                           "should", "must", "remains", "remained", "do", "does", "did", "may", "might"))


def parenthetical(ctx: Context, sent_start: int, sent_end: int, cue_start: int, cue_end: int):
    """'Part, X said, part.' or 'Part, X noted, that ...': the whole sentence is X's, the attribution inside it.

    The speaker stands between a comma and the cue (a mention, a pronoun or an unnamed source, at most
    PARENTHETICAL_WORDS words), and a comma closes the attribution within a few words after the cue.
    """
    text, comma = ctx.text, last_comma(ctx.text, sent_start, cue_start)
    after = re.match(r"[^,.;:“”\"«»]{0,25},(?!\d)|\s+(?:during|in|at|on|after|before|later|earlier|last|this)\s"
                     r"[^,.;:“”\"«»]{0,60},(?!\d)", text[cue_end:sent_end])  # "..., X said during a news conference,
    # ...", not the comma of a number ("27,000")
    if comma <= sent_start or after is None or ctx.inside_quote(cue_start) or text[cue_start:cue_end].endswith("ing") \
            or _OBJECT_AFTER.match(text, cue_end):
        return None  # "X, a former head of policy planning at ...," is no attribution; "As drafted, the bill says
        # nothing of the kind, and ...": the verb's object, not an aside
    between = text[comma + 1:cue_start]
    opener = re.fullmatch(r"\s*(?:But|And|Yet|Still|So|Now|Often|Sometimes|Usually|Instead|[A-Z][a-z]+ly)\s*",
                          text[sent_start:comma])  # "But, X said, ...", "Clearly, she said, ..."
    if re.match(r"\s*(?:something|which|what|whom)\s", between):
        return None  # "..., something Biden has said is off the table, ...": a relative clause, not an aside
    rest = text[cue_end + after.end():sent_end].split()
    verb = bool(rest) and rest[0] in VERB_GOES_ON  # "The plan, she says, is flawed", "This, he says, is part of"
    if not 1 <= len(between.split()) <= PARENTHETICAL_WORDS or len(rest) < (2 if verb else 3) or len(
            text[sent_start:comma].split()) < 2 and not opener and not (verb and re.fullmatch(
                r"This|That|These|Those|[A-Z][a-z]+s", text[sent_start:comma].strip())):  # "Residents, he said, do"
        return None
    subject = next((actor for start, end, actor in ctx.mentions_before(comma + 1, cue_start)
                    if GAP.match(text[end:cue_start])), None)
    if subject is None and (pronoun := re.fullmatch(r"\s*(he|she|they)\s+", between, flags=re.IGNORECASE)):
        subject = interrupted_subject(ctx, pronoun[1], sent_start, comma) or resolve_word(ctx, pronoun[1], comma + 1)
    if subject is None and re.fullmatch(r"\s*it\s+", between):  # "The deal, it says, shall ...": the document
        subject = ctx.body_speaker_before(comma, named=True) or document_in_sentence_before(ctx, sent_start)
    subject = subject or unnamed_before(between) or country_before(between)  # "The test, North Korea said, was"
    if subject is None and DEFINITE_HEAD.fullmatch(between.lstrip()):  # "The collapse, the resolution states, could"
        subject = definite_subject(ctx, between, comma + 1)
    if subject is None:
        return None
    start, end = trim(text, sent_start, sent_end)
    return start, (end - 1 if end > start and text[end - 1] == "." else end), subject


_OBJECT_AFTER = re.compile(r"\s+(?:nothing|something|anything|it|so|little|much)\b")
DEFINITE_HEAD = re.compile(r"(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,4}"
                           r"(?!(?:and|or|but|that|which|who)\s)[a-z][\w’'-]*\s+(?:(?:also|has|have|had|\w+ly)\s+)?")
OWNED_END = re.compile(r"[A-Z][\w.-]*['’]s\s+[a-z][\w-]*\s+$")
