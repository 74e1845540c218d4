"""Attribution: the quotation marks and sentence bounds of a text, and the rules that find who speaks.

The shared layer of the quote rules (``analysis.quotes`` for direct and partial quotes, ``analysis.indirect``
for reported speech): ``quoted_spans`` pairs quotation marks, ``classify`` tells a direct quote from a partial
one, ``Context`` holds a document's text with its mentions and quoted spans, and the attribution rules take
the speaker from the mention next to a reporting verb, a pronoun or role noun resolved to an earlier actor,
or an unnamed source ("two diplomats said"). Method and known limits: see ``analysis.quotes``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from analysis import actors as actors_stage
from analysis.country_subjects import country_before
from analysis.described_sources import (
    described_body_before,
    described_speaker_before,
    document_before,
    document_in_sentence_before,
    document_owner,
    epithet_of_opener,
    plural_opening_before,
    subject_body_before,
)
from analysis.marks import OPEN_CLOSE, classify, is_name, quoted_spans, trim
from analysis.pronoun_agreement import agrees, quoted_before, text_sexes
from analysis.quotes_lexicon import PREPOSITIONS, pronouns, verb_pattern
from analysis.salience import (
    VISITING,
    described_body,
    epithet_subject,
    guest_before,
    previous_subject,
    role_in,
    subject_person_before,
)
from analysis.sentence_bounds import is_abbreviation, sentence_bounds
from analysis.speaker_gaps import (
    AFTER_WHO,
    DESCRIBED_THEN_NAMED,
    EMPLOYED_AT,
    EMPLOYER_KIND,
    GAP,
    INTRODUCTORY,
    POST_NOMINAL,
    SPOKESPERSON,
    before_auxiliary,
    enclosed,
    lead_in_end,
    object_of_lead_in,
    possessed_speech,
)
from analysis.unnamed_sources import agent_of, plural_subject, unnamed, unnamed_before

__all__ = ["OPEN_CLOSE", "Quote", "Context", "quoted_spans", "trim", "is_name", "classify", "sentence_bounds",
           "is_abbreviation", "country_before", "resolve_word", "unnamed", "unnamed_before", "subject_before",
           "role_in", "definite_subject", "epithet_subject", "mention_or_pronoun", "title_gap", "OPENING_PRONOUN"]


# The phrase an indefinite introduction brings a source in with: "A Castellanian official", "said a senior diplomat".
INTRODUCED = r"(?:(?:said|told|according\s+to)\s+)?((?:[\w’'-]+\s+){{1,4}}?{}s?)\b"

_WRITINGS = frozenset(("polls", "surveys", "studies", "reports", "research", "analysis", "findings"))  # sources that
# are read, not people: no "they" argues


@dataclass
class Quote:
    """One quote while it is being built (offsets index the document text)."""

    kind: str
    start: int
    end: int
    cue: str = ""
    cue_start: int = -1
    speaker: actors_stage.Actor | None = None
    via: list[str] = field(default_factory=list)


@dataclass
class Context:
    """One document's text, its mentions and the spans inside quotation marks."""

    text: str
    mentions: list[tuple[int, int, actors_stage.Actor]]
    quoted: list[tuple[int, int]]

    def __post_init__(self):
        self._quote_starts = [s for s, _ in self.quoted]
        self._mention_starts = [m[0] for m in self.mentions]
        self._said_at: list[int] = []  # cue positions of the speakers found so far, in text order
        self._said_by: list[actors_stage.Actor] = []
        self._sexes: dict[str, str] | None = None

    def sexes(self) -> dict[str, str]:
        """The sex the text's own pronouns give persons (``pronoun_agreement.text_sexes``), once per document."""
        if self._sexes is None:
            self._sexes = text_sexes(self.text, self.mentions, self.inside_quote)
        return self._sexes

    def note_speaker(self, position: int, actor: actors_stage.Actor | None) -> None:
        """Remember who speaks at ``position``, so that a later "they said" or "it said" can refer to them."""
        if actor is not None:
            i = bisect.bisect_right(self._said_at, position)
            self._said_at.insert(i, position)
            self._said_by.insert(i, actor)

    def noted_speaker(self, start: int, end: int) -> tuple[int, actors_stage.Actor] | None:
        """The last speaker noted at a position in [start, end), with that position."""
        i = bisect.bisect_left(self._said_at, end) - 1
        return (self._said_at[i], self._said_by[i]) if i >= 0 and self._said_at[i] >= start else None

    def renote(self, actor: actors_stage.Actor, resolved: actors_stage.Actor) -> None:
        """Replace a described speaker noted earlier by the one its description was resolved to."""
        self._said_by = [resolved if a is actor else a for a in self._said_by]

    def body_speaker_before(self, position: int, *, within: int = 400, named: bool = False,
                            writings: bool = True) -> actors_stage.Actor | None:
        """The nearest speaker before ``position`` (at most ``within`` characters back) that is not a person:
        "Russian authorities said ... They said ...", "the emergency service said ... it said"; with ``named``,
        the nearest with a name ("the supermarket chain said ... The company said": the chain named before);
        without ``writings``, not polls, studies or reports ("polls suggest ... They have pressed for ...")."""
        i = bisect.bisect_left(self._said_at, position) - 1
        while i >= 0 and self._said_at[i] >= position - within:
            actor = self._said_by[i]
            head = actor.role.lower().split()[-1] if actor.role.split() else ""
            written = not actor.name and head in _WRITINGS
            if actor.actor_type != "person" and (actor.name or not named) and (writings or not written):
                return self._said_by[i]
            i -= 1
        return None

    def last_described(self, position: int, *, within: int = 600) -> actors_stage.Actor | None:
        """The nearest speaker before ``position`` described, not named ("one Twitter user wrote ... claimed
        another": the user)."""
        i = bisect.bisect_left(self._said_at, position) - 1
        while i >= 0 and self._said_at[i] >= position - within:
            if not self._said_by[i].name and self._said_by[i].role:
                return self._said_by[i]
            i -= 1
        return None

    def described_speaker_before(self, position: int, role: str, *, within: int = 600) -> actors_stage.Actor | None:
        """The nearest unnamed speaker before ``position`` whose description ends in the head noun of ``role``:
        "Sunak's spokesperson said ... Asked about jets, the spokesperson said:" is Sunak's spokesperson."""
        head = role.split()[-1].lower() if role.split() else ""
        i = bisect.bisect_left(self._said_at, position) - 1
        while head and i >= 0 and self._said_at[i] >= position - within:
            actor = self._said_by[i]
            if not actor.name and actor.role.split() and actor.role.split()[-1].lower() == head \
                    and len(actor.role.split()) > len(role.split()):  # a fuller description of the same source
                return actor
            i -= 1
        return None

    def as_described(self, start: int, end: int, actor: actors_stage.Actor) -> actors_stage.Actor:
        """A mention that is a role noun after "the" ("the official") stands for the unnamed source described
        before with that head noun, when there is one, rather than for a named holder of a kindred role."""
        surface = self.text[start:end]
        lead = self.text[max(0, start - 30):start]
        article = re.search(r"\b[Tt]he\s+(?:[\w.-]+\s+){0,2}$", lead)
        if not surface.islower() or not article:
            return actor
        guest = guest_before(self, start) if VISITING.fullmatch(self.text[start - len(article.group()):end]) else None
        if guest is not None:  # "the visiting leader": the counterpart the host received
            return guest
        described = self.described_speaker_before(start, surface)
        if described is not None:
            return described
        # "A Castellanian official ... was more upbeat. “...,” the official said": brought in after the name
        named = [s for s, _, a in self.mention_at(max(0, start - 3000), start) if a == actor and self.text[s].isupper()]
        introduced = self.introduced_before(start, surface, since=named[-1] if named else 0)
        return unnamed(f"the {surface}", whole=True) if introduced else actor  # resolved with the quote's others

    def introduced_before(self, position: int, phrase: str, *, since: int = 0) -> actors_stage.Actor | None:
        """The source an indefinite phrase brought in before ``position`` (and after ``since``) with the head
        noun of ``phrase``, as described there: "A Castellanian official involved in the talks" for "the official"."""
        noun = phrase.split()[-1].lower() if phrase.split() else ""
        at = actors_stage.introduced_unnamed(self.text, noun, max(since, position - 1500), position) if noun else -1
        found = re.compile(INTRODUCED.format(re.escape(noun))).match(self.text, at) if at >= 0 else None
        return unnamed(found.group(1), whole=True) if found else None

    def speaker_before(self, position: int, *, within: int = 300) -> actors_stage.Actor | None:
        """For a he/she that opens its sentence: the person who spoke last, when their attribution is at most
        ``within`` characters back ("“...,” he told the room. He accused the mayor of ...")."""
        if not self.text[position:position + 1].isupper():  # "He accused", not "“...,” he said"
            return None
        i = bisect.bisect_left(self._said_at, position) - 1
        if i >= 0 and self._said_at[i] >= position - within and self._said_by[i].actor_type == "person":
            return self._said_by[i]
        return None

    def inside_quote(self, position: int) -> bool:
        return self.quote_at(position) is not None

    def quote_at(self, position: int) -> tuple[int, int] | None:
        """The quoted span that holds ``position``, or None."""
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return self.quoted[i] if i >= 0 and self.quoted[i][0] <= position < self.quoted[i][1] else None

    def mentions_up_to(self, position: int, *, limit: int = 200, after: bool = False) -> list[tuple]:
        """(start, actor) of the ``limit`` mentions nearest before ``position`` (with ``after``, after it), outside
        quotation marks: the antecedents a description may take, a bounded look so long texts stay linear."""
        at = bisect.bisect_left(self._mention_starts, position + after)
        window = self.mentions[at:at + limit] if after else self.mentions[max(0, at - limit):at]
        return [(s, a) for s, _, a in window if not self.inside_quote(s)]

    def antecedents(self, phrase: str, position: int) -> list[tuple]:
        """``mentions_up_to(position)`` that a description may still take: none from before the text last
        brought in an unnamed holder of its head noun (``actors.introduced_unnamed``: "A senior official said
        ... “...,” the official said" is that official, not a person named before)."""
        before = self.mentions_up_to(position)
        if not before or not phrase.split():
            return before
        since = actors_stage.introduced_unnamed(self.text, phrase.split()[-1].lower(), before[0][0], position)
        return [(s, a) for s, a in before if s > since]

    def person_before(self, position: int, *, kinds: Iterable[str] = ("person",),
                      agreeing: str = "") -> actors_stage.Actor | None:
        """Nearest actor of the given types among the 200 mentions before ``position``, outside quotation marks
        (and whose sex allows the pronoun ``agreeing``, if given)."""
        last = bisect.bisect_left(self._mention_starts, position) - 1
        for i in range(last, max(-1, last - 200), -1):
            start, _, actor = self.mentions[i]
            if actor.actor_type in kinds and not self.inside_quote(start) and agrees(agreeing, actor, self.sexes()):
                return actor
        return None

    def mention_at(self, start: int, end: int) -> list[tuple[int, int, actors_stage.Actor]]:
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_right(self._mention_starts, end)
        return [m for m in self.mentions[first:last] if m[1] <= end]

    def mention_ending_at(self, end: int, *, since: int = 0, within: int = 80) -> tuple | None:
        """The mention that ends exactly at ``end`` and starts at or after ``since`` (the last when several do),
        outside quotation marks: the owner of "X's", the name before a colon."""
        found = [m for m in self.mention_at(max(since, end - within), end) if m[1] == end]
        return found[-1] if found and not self.inside_quote(found[-1][0]) else None

    def mentions_before(self, start: int, end: int) -> list[tuple[int, int, actors_stage.Actor]]:
        """Mentions starting at or after ``start`` and ending by ``end``, nearest to ``end`` first."""
        return self.mention_at(start, end)[::-1]


# A he/she opening its sentence (after a connective too): the same pronoun opening the sentence before is the same.
_CHAIN_OPENER = re.compile(r"\s*(?:(?:Yet|But|And|So|Then|Still|Later|Instead)\s*,?\s+)?")
_AFTER_QUOTATION = re.compile(r"\s*[“\"][^“”\"]{1,400}[”\"]\s*,?\s*")  # "He argued ... “...,” he said": he goes on
_CHAIN = re.compile(r"\s*(?:(?:Yet|But|And|So|Then|Still|Later|Instead)\s*,?\s+)?([Hh]e|[Ss]he)\s")


def resolve_word(ctx: Context, word: str, position: int, *, chain: int = 0) -> actors_stage.Actor | None:
    kind = pronouns().get(word.lower())
    if kind == "person" and word.lower() in ("he", "she"):  # "He blames X for what he calls ...": the "he" that
        sent_start = sentence_bounds(ctx.text, position, ctx.quoted)[0]  # opened the sentence
        opening = re.match(r"\s*(He|She)\s", ctx.text[sent_start:position])
        if opening and opening.group(1).lower() == word.lower() and sent_start + opening.start(1) < position:
            return resolve_word(ctx, opening.group(1), sent_start + opening.start(1), chain=chain)
        quoted = sent_start >= 2 and _AFTER_QUOTATION.fullmatch(ctx.text, sent_start, position)
        if chain < 3 and sent_start >= 2 and (_CHAIN_OPENER.fullmatch(ctx.text, sent_start, position) or quoted):
            before = sentence_bounds(ctx.text, len(ctx.text[:sent_start].rstrip()) - 1, ctx.quoted)[0]
            again = _CHAIN.match(ctx.text, before, sent_start)  # "Carlin spent decades ... He was never assigned
            reports = again and verb_pattern().match(ctx.text, again.end())  # "He argued, however, that ..."
            if again and again.group(1).lower() == word.lower() and (reports or not quoted):  # ... Yet he
                found = resolve_word(ctx, again.group(1), again.start(1), chain=3 if quoted else chain + 1)
                if found is not None or not quoted:  # submitted": one he goes on; "He argued that ... “...,” he
                    return found  # said": the one who argued
    if kind == "person":  # the first candidate whose sex (from a title, role or given name) allows the pronoun
        start = sentence_bounds(ctx.text, position, ctx.quoted)[0] if ctx.text[max(0, position - 3):position].rstrip() \
            .endswith(",") else position  # "Responding to Mr Ashby, he said": "he" read as if it opened the sentence
        people = [s for s, _, a in ctx.mention_at(start, position) if a.actor_type == "person"]
        position = start if people and object_of_lead_in(ctx.text, start, position, people) else position
        for candidate in (previous_subject, lambda c, p: c.speaker_before(p), lambda c, p: quoted_before(c, p, word),
                          lambda c, p: described_speaker_before(c, p, word), subject_person_before):
            actor = candidate(ctx, position)
            if actor is not None and agrees(word, actor, ctx.sexes()):
                return actor
        return ctx.person_before(position, agreeing=word)
    if kind == "organization":
        return ctx.body_speaker_before(position, writings=word.lower() != "they") or \
            ctx.person_before(position, kinds=("organization", "media")) \
            or described_body_before(ctx, position) or \
            (plural_opening_before(ctx, position) if word.lower() == "they" else None)  # "Kestria's air force
    return None  # shot down ... it said"; "Farmers gathered on Monday. They said ..."


# A person described by a role at a body, before the body's name: "A former director at ", "the head of the ".
EMPLOYEE = re.compile(r"(?:^|(?<=\s))((?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*))"
                      r"\s+(?:of|at|from)\s+(?:the\s+)?$")
APPOSED = re.compile(r",\s+(?:the|a|an|its|his|her|their|[A-Z][\w.-]*['’]s)\s+[^,;:“”\"]{1,80}")  # ", London's mayor"
PLACE_AFTER_NAME = re.compile(r"^\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?=\s*,)")
DESCRIBED_SUBJECT = re.compile(r"((?:[Tt]he|[A-Z][\w-]*['’]s|"
                               r"[Aa]n?(?=\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+(?:for|of|at)\s))\s+"
                               r"(?:[\w-]+\s+){0,3}?([a-z][\w-]*)(?:\s+(?:for|of|at)\s+(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)?)"
                               r"\s+[a-z]+(?:ed|s)\b")  # "the minister stood", "A spokesman for the mayor declined"
AGENT_IN_APPOSITION = re.compile(r",\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|wn)\s+by\s+(?:the\s+)?$")
LIKE_BEFORE = re.compile(r",\s+(?:like|unlike|alongside)\s+(?:[\w.’'-]+\s+){0,4}$")
HEARER_BEFORE = re.compile(r"\b(?:(?:interview|conversation|call|meeting|talks)\s+(?:with|to)|who\s+(?:spoke|talked)\s+"
                           r"(?:to|with))\s+(?:the\s+)?$")  # "Residents who spoke to the BBC said": they speak
NO_SUBJECT_OPENERS = [[w] for w in ("On", "In", "At", "when", "as", "while", "after", "if", "then", "and")]


# A relative clause set off by commas right before a verb: the names inside it are not the verb's subject.
CLOSED_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s[^,;:“”\"«»]{1,150},\s*(?:(?:has|have|had|also|\w+ly)\s+)*\Z")


# "He" or "She" opening a sentence before its finite verb: "He doesn't believe", "Later she visited", "He also
# rejects".
OPENING_PRONOUN = re.compile(r"(?:[A-Z]\w*\s*,?\s+)?([Hh]e|[Ss]he)\s+(?:(?:also|then|later|once|\w+ly)\s+)?"
                             r"(?:[a-z]+(?:ed|s)|[a-z]+n['’]t|stood|went|made|took|gave|came|met|spoke|wrote|left|held|"
                             r"began|sent|put|set|got|ran|saw|won|lost|led|paid|became|told)\b")


# "it" as a reporting verb's subject: "It said", "In 2019, it said", "In a submission to the city it argued".
IT_OPENS = re.compile(r"\s*(?:It|[A-Z][^,;:“”\"«»]{1,80},\s+it|(?:In|Through|Via|On|At|After|Before|During|Since)\s+"
                      r"[^,;:“”\"«»]{1,80}?\s+it)\s+(?:(?:has|had|also|then|later|\w+ly)\s+)*")


def subject_before(ctx: Context, sent_start: int, cue_start: int) -> actors_stage.Actor | None:
    """The actor whose mention (or pronoun) ends right before the cue, allowing appositions, adverbs and
    auxiliaries (a form of "be" only before an -ing form: "X is warning that", not "X is said to")."""
    verb = re.match(r"\w*", ctx.text[cue_start:cue_start + 30]).group()
    cue_start = sent_start + before_auxiliary(ctx.text[sent_start:cue_start], verb)
    near = ctx.text[max(sent_start, cue_start - 200):cue_start]
    clause = CLOSED_RELATIVE.search(near) if ", wh" in near else None
    inside = cue_start - len(clause.group()) if clause else cue_start  # ", who is on loan from X, told": not X
    for start, end, actor in ctx.mentions_before(sent_start, cue_start):
        if start >= inside or ctx.text[start - 1:start] == "-" and start > 1 and ctx.text[start - 2].isalpha():
            continue  # "an anti-Trump protest": a name inside a compound modifier is no subject
        if INTRODUCTORY.match(ctx.text, sent_start, start) or HEARER_BEFORE.search(ctx.text, max(0, start - 40), start):
            continue  # "Speaking to Al Jazeera from Doha, the official said", "in an interview with CNN": it listens
        if AGENT_IN_APPOSITION.search(ctx.text, max(0, start - 60), start) or LIKE_BEFORE.search(ctx.text, max(
                0, start - 30), start):  # "Hillary Clinton, like Obama, has encouraged": Clinton, not Obama
            continue  # "The company, now owned by the Delmarre Group, said": the owner is no subject
        if not ctx.inside_quote(start):
            gap = POST_NOMINAL.sub("", ctx.text[end:cue_start])
            if possessed_speech().fullmatch(gap):
                return actor  # "Vance's speech accused Europe of ...": the speaker of the speech
            employer = re.search(rf"\s(?:of|at|from)\s+(?:the\s+{EMPLOYER_KIND})?$", ctx.text[max(0, start - 50):start])
            if employer and (GAP.match(gap) or gap.strip() == ","):  # "analyst Raj Mehta of CFRA Research said",
                # "Myles Allen, another author from the University of Oxford, told": the person speaks
                person = [a for s, e, a in ctx.mention_at(sent_start, start) if a.actor_type == "person"
                          and EMPLOYED_AT.fullmatch(ctx.text[e:start])]
                if person:
                    return person[-1]
                holder = GAP.match(gap) and EMPLOYEE.search(ctx.text, sent_start, start)  # "A former director
                if holder and actors_stage.is_role_word(holder.group(2)):  # at X told": the director, not X
                    return unnamed(ctx.text[holder.start(1):end], whole=True)
            if actor.actor_type != "person" and SPOKESPERSON.match(gap):
                return actor  # "A Kremlin spokesman said", "a State Department official said": the institution
            closed = PLACE_AFTER_NAME.sub("", gap, count=1)  # "The chairman, Jim Jordan of Ohio, said"
            if GAP.match(gap) or (closed.lstrip().startswith(",") and GAP.match(closed.lstrip()[1:])
                                  and enclosed(ctx.text, sent_start, start)):  # "The head of X, Name, has said"
                if actor.actor_type != "person":  # "X, the attorney general of a state suing the EPA, said": X
                    person = next((a for s, e, a in ctx.mentions_before(sent_start, start) if a.actor_type == "person"
                                   and not ctx.inside_quote(s) and GAP.match(ctx.text[e:cue_start])), None)
                    actor = person or actor
                return agent_of(ctx.text[sent_start:start], actor, ctx.text[start:end]) or \
                    ctx.as_described(start, end, actor)
    head = ctx.text[sent_start:cue_start]
    coordinated = re.search(r"\s(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$", head)
    if coordinated and not re.search(r"[;:]", head):  # "X thanked Y for his support and said ...": X
        begin = lead_in_end(head)  # "In a speech in Berlin, Olaf Scholz promised ... and said": Scholz
        first = [m for m in ctx.mention_at(sent_start + begin, cue_start) if not ctx.inside_quote(m[0])][:1]
        pronoun = OPENING_PRONOUN.match(head, begin)
        if pronoun and not (first and first[0][0] < sent_start + pronoun.start(1)):  # "He thanked X but urged"
            return resolve_word(ctx, pronoun.group(1), sent_start + pronoun.start(1))
        if first and len(head[begin:first[0][0] - sent_start].split()) <= 3 and \
                re.match(r"\s+[a-z]+(?:ed|s)\b", ctx.text[first[0][1]:cue_start]) and \
                first[0][2].actor_type in ("person", "organization"):
            return first[0][2]
        described = DESCRIBED_SUBJECT.match(head, begin)  # "..., the finance minister stood on a pallet and promised"
        if described and not first and actors_stage.is_role_word(described.group(2)):
            return definite_subject(ctx, described.group(1), sent_start + described.end(1)) or \
                unnamed(described.group(1), whole=True)
        if not first and plural_subject(head[begin:]):  # "Protesters booed and called for him to “resign”"
            return plural_subject(head[begin:])
    relative = re.search(r"(?:,\s+|\s+\()who\s+" + AFTER_WHO + "$", head)
    if relative:  # "Zelensky, who described the plan as ...": the antecedent of "who"
        at = sent_start + relative.start()  # "X, the member for Tarrow Bay, who said": X, past the apposition
        named = [m for m in ctx.mention_at(sent_start, at) if not ctx.inside_quote(m[0]) and
                 (m[1] == at or m[2].actor_type == "person" and APPOSED.fullmatch(ctx.text, m[1], at))]
        if named:
            return named[-1][2]
        epithet = epithet_subject(ctx, ctx.text[sent_start:at], at)  # "The 30-year-old, who has said she will"
        if epithet is not None:
            return epithet
    which = re.search(r",\s+which\s+" + AFTER_WHO + "$", head)  # "an operator, Vitalis Ltd, which told X": the body
    named = [m for m in ctx.mention_at(sent_start, sent_start + which.start()) if m[1] == sent_start + which.start()
             and m[2].actor_type != "person" and not ctx.inside_quote(m[0])] if which else []
    if named:
        return named[-1][2]
    match = re.search(r"\b(he|she|they|He|She|They)(?:\s+(?:(?:has|have|had|also|previously|then|later|now|still|"
                      r"\w+ly)\s+)*)?$",
                      head)
    if match:
        return resolve_word(ctx, match.group(1), sent_start + match.start())
    if IT_OPENS.fullmatch(head):  # "The lawsuit ... It says"; "The X Association reacted ... In a statement it said"
        return document_before(ctx, sent_start) or subject_body_before(ctx, sent_start) or \
            described_body_before(ctx, sent_start) or ctx.body_speaker_before(sent_start, named=True) or \
            _body_said_before(ctx, sent_start) or document_in_sentence_before(ctx, sent_start)  # "..., the report
    # said. It said ...": the report; "Later in the document, X imagines ... It says ...": the document
    return country_before(head)


def _body_said_before(ctx: Context, sent_start: int) -> actors_stage.Actor | None:
    """A speaker that is not a person and reported in the sentence right before ``sent_start``."""
    if sent_start < 2:
        return None
    noted = ctx.noted_speaker(sentence_bounds(ctx.text, sent_start - 2, ctx.quoted)[0], sent_start)
    return noted[1] if noted and noted[1].actor_type != "person" else None


AGED = re.compile(r"[Tt]he\s+\d+-year-old(?:\s+[a-z]|,)")
DEFINITE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,4}([\w’'-]+)")


def definite_subject(ctx: Context, lead: str, position: int) -> actors_stage.Actor | None:
    """The speaker of "the 45-year-old said" (the last person) or of "the book said" (the description itself).

    An age or a capitalised noun ("the Republican") stands for the person last named; a role noun does so only
    through ``role_in``, which checks the role; any other noun phrase is a source described, not resolved.
    """
    lead = re.sub(r"(?:\s+(?:also|still|now|then|later|again|has|have|had|reportedly|repeatedly|recently))+$", "",
                  lead.strip())  # "The White House hopeful also promises": no adverb in the description
    begin = lead_in_end(lead)  # "Asked about pressure, the 66-year-old former judge said": after the lead-in
    match = DEFINITE.fullmatch(lead, begin)
    if match is None:  # "The 31-year-old care worker and mother of two says": the person last named
        return ctx.person_before(position) if AGED.match(lead, begin) and len(lead[begin:].split()) <= 10 else None
    head = match.group(1)  # "its statement read", "the statement added": who issued it; "the visiting leader
    owner = document_owner(ctx, lead, position) or (  # said": the counterpart the host received
        guest_before(ctx, position) if VISITING.fullmatch(match.group()) else None)
    if owner is not None:  # "The summary said": its author, with the document kept as the role
        return replace(owner, role=match.group()) if owner.name and match.group()[:4].lower() == "the " \
            and not VISITING.fullmatch(match.group()) else owner
    if re.search(r"\b\d+-year-old\b", match.group()) or \
            (head[:1].isupper() and head.lower() not in actors_stage.role_nouns()):  # "the 41-year-old said": the
        return unnamed(match.group(), whole=True) if re.fullmatch(  # person last named; "the 4th National Climate
            r"Assessment|Report|Study|Survey|Review|Agreement|Accord|Resolution|Declaration", head) \
            else ctx.person_before(position)  # Assessment says": the text named
    return actors_stage.resolve_role_phrase(match.group(), ctx.antecedents(match.group(), position)) or \
        (epithet_subject(ctx, lead, position + len(lead)) if "former" in match.group().split() else None) or \
        described_body(ctx, match.group(), position) or epithet_of_opener(ctx, match.group(), position) or \
        unnamed(match.group(), whole=True)  # incl. a role the last person does not hold: "the New York businessman";
    # "The former vice president dismissed ..., telling": an office held before, the salient person


def title_gap(gap: str) -> bool:
    """Only titles between a verb and a name: "said Mr", "said union leader", "said Foreign Minister"; not "says
    of Clinton", whose name is the topic."""
    words = gap.split()
    return len(words) <= 4 and "," not in gap and words[:1] not in (["of"], ["for"]) and not any(
        w.lower() in PREPOSITIONS - {"of", "for"} or w.lower() in ("that", "and", "but") for w in words)


_PARTY_TAG = re.compile(r"^\s*\([^()]{1,30}\)")  # "Bob Inglis (R-S.C.), now the executive director of ..."


def mention_or_pronoun(ctx: Context, start: int, end: int, *, after: bool = False):
    found = [m for m in ctx.mention_at(start, end) if not AGENT_IN_APPOSITION.search(ctx.text, max(0, m[0] - 60), m[0])]
    if after:  # only a mention right after the verb: "said Peskov", not a name further on, nor an owner
        found = [m for m in found if (title_gap(ctx.text[start:m[0]]) or  # ("said Mr Danek's lawyer")
                                      DESCRIBED_THEN_NAMED.fullmatch(ctx.text[start:m[0]]))  # "said one resident, X"
                 and not re.match(r"['’]s\s", ctx.text[m[1]:m[1] + 3])]
        persons = [m for m in found if m[2].actor_type == "person"]
        found = persons[:1] + found if persons else found  # "said Kyiv resident Svitlana O.": the person
    if found and not after and found[-1][2].actor_type != "person":  # '“...,” X, the attorney general of a
        person = [m for m in found if m[2].actor_type == "person" and (GAP.match(ctx.text[m[1]:end]) or EMPLOYED_AT.
                                                                        fullmatch(_PARTY_TAG.sub("", POST_NOMINAL.sub(
                                                                            "", ctx.text[m[1]:found[-1][0]]))))]
        found = person[:1] or found  # state suing the EPA, said', 'X, a writer for The Atlantic, said': X
    if found:
        start_m, end_m, actor = found[0] if after else found[-1]
        if not after and actor.actor_type != "person" and re.fullmatch(  # "the Kremlin spokesman told": a person
                r"\s+(?:[a-z]+\s+)?(?:" + "|".join(map(re.escape, sorted(actors_stage.role_nouns()))) + r")\s*",
                ctx.text[end_m:end]) and re.search(r"\b[Tt]he\s+$", ctx.text[max(0, start_m - 5):start_m + 4]):
            return role_in(ctx, start, end) or actor
        return ctx.as_described(start_m, end_m, actor)
    pattern = r"^\s*(he|she|they)\b" if after else r"\b(he|she|they|it)\b"
    match = re.search(pattern, ctx.text[start:end], flags=re.IGNORECASE)
    if match:
        return resolve_word(ctx, match.group(1), start + match.start())
    return role_in(ctx, start, end)
