"""Quotes: direct, partial and indirect speech with the speaker who said it and the outlets that relayed it.

A rule-based extractor in the tradition of Krestel, Bergler and Witte (2008, "Minding the source"), Pouliquen,
Steinberger and Best (2007, "Automatic detection of quotations in multilingual news") and the Gender Gap
Tracker's quote extraction (Asr et al. 2021), reworked to run without a parser:

- **direct**: text between quotation marks (curly, straight, «guillemets», „German“ or British single marks,
  across sentences and paragraphs: a paragraph that ends without a closing mark is continued by the next
  paragraph's opening mark) that reads as an utterance of its own: it opens with a capital, or follows a
  colon, a comma or a dash, and has at least three words. Split quotes ("“A,” he said. “B.”") give the second
  half to the speaker of the first.
- **partial**: a shorter or lower-case fragment inside a sentence (stated that membership was “off the table”),
  given to the speaker of the sentence's reporting verb; a scare-quoted word in a sentence without one stays
  unattributed (speaker ''). Quoted names ("‘Lenta.ru’", "Truth Social") are not quotes.
- **indirect**: a reporting verb (``analysis/data/reporting_verbs.csv``) with its subject and the clause it
  reports ("Ushakov stressed that ...", "Hegseth said Washington would ...", "X, a spokesman for Y, said ...",
  ", noting that ...", "described ... as ...", "according to X").

Speakers come from the ``mentions`` table: the mention next to the cue, a pronoun (the nearest preceding person
outside quotation marks), or a role noun ("the defense secretary", even in a typo such as "he defense
secretary") resolved to the nearest actor holding that role. ``via`` names the media a quote was relayed
through ("according to Reuters", "told Izvestia", "spoke with Lenta.ru"), ``chain`` the whole path to the
publishing outlet.

Sources described but not named ("U.S. officials said", "said one resident") get an empty speaker, type unknown,
and the description as ``speaker_role``.

Known failure modes: nested attributions keep only the outer speaker ("According to Chepa, Hegseth confirmed
that ..." is Chepa's); subjects that are neither actors nor role nouns ("Reports in late 2024") give no
indirect quote; pronoun resolution ignores gender and takes the nearest person; a quote whose attribution sits two or
more sentences away is unattributed.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from analysis import actors as actors_stage
from analysis import columns as C
from analysis import pipeline, resources

QUOTE_COLUMNS = (*C.QUOTES, "sent_id", "sent_ids", "via", "chain", "known", "speaker_role")

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "'": "'"}
PREPOSITIONS = frozenset("about with to on for in at by from into over of up off out after before during while "
                         "when as".split())
NEEDS_THAT = frozenset(("tell", "ask", "inform", "urge", "warn", "assure", "remind", "echo"))
OBJECT_THAT = re.compile(r"^\s*(?:(?:his|her|their|its|the|a|an|some|deep|grave|strong)\s+)?(?:hope|hopes|concern|"
                         r"concerns|confidence|fear|fears|belief|view|assurances?|assertion|claim|conviction|"
                         r"doubts?|optimism|regret)\s+that\s")
TOLD_OBJECT = re.compile(r"^\s*(?:reporters|journalists|the press|the media|MPs|lawmakers|parliament|him|her|them|"
                         r"us|me|the (?:newspaper|paper|agency|broadcaster|channel|station) \S+|"
                         r"(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})\s+")
GERUND_AFTER = frozenset(("insist",))  # "insists on maintaining the course"
TO_INFINITIVE = frozenset(("promise", "pledge", "vow", "threaten", "urge"))
CLAUSE_START = re.compile(
    r"^(?:he|she|it|they|we|i|you|there|this|these|those|his|her|its|their|our|the|a|an|only|no|any|all|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:would|will|is|was|are|were|has|had|have|could|should|can|may|"
    r"might|must|did|does|do|remains|wants|needs|plans|intends))\b")
GAP = re.compile(
    r"^\s*(?:\s(?:report|article|story|interview|statement|post|broadcast)s?\s)?"
    r"(?:(?:of|at|from)\s(?:the\s)?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,4}\s)?"
    r"(?:,\s*(?:a|an|the|who|which|during|in|at|on|of|from|for|with|after|before|speaking|[A-Z]|\d)\b"
    r"[^,;“”\"«»]{0,110},)?"
    r"\s*(?:\([^)]{0,80}\)\s*)?"
    r"(?:(?:has|have|had|also|previously|repeatedly|again|already|then|later|earlier|once|recently|further|"
    r"on|last|this|[A-Z][a-z]+day|\w+ly|not|never|reportedly)\s+)*$")
RELAY = re.compile(
    r"(?i:according to|told|spoke (?:with|to)|speaking (?:with|to)|in (?:an )?interview (?:with|to)|"
    r"in remarks (?:made )?to|said to|(?:wrote|posted) (?:in|on)|cited by|quoted by|via)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:media|news)\s+outlet\s+|newspaper\s+|agency\s+|news agency\s+|daily\s+)?[‘'\"“«]?$")


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


# ---------------------------------------------------------------------------------------------- lexicons


@functools.lru_cache(maxsize=1)
def verb_forms() -> dict[str, tuple[str, str]]:
    """Surface form -> (lemma, kind) of the shipped reporting verbs.

    >>> verb_forms()["emphasized"], verb_forms()["pointed out"]
    (('emphasize', 'speech'), ('point out', 'speech'))
    """
    forms = {}
    for row in resources.read_table("reporting_verbs.csv"):
        for form in _split_forms(row["forms"], row["lemma"]):
            forms.setdefault(form, (row["lemma"], row["kind"]))
    return forms


def _split_forms(forms: str, lemma: str) -> list[str]:
    if " " in lemma:  # phrasal verbs: forms are word pairs
        words = forms.split()
        return [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)]
    return forms.split()


@functools.lru_cache(maxsize=1)
def verb_pattern() -> re.Pattern:
    forms = sorted(verb_forms(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(f) for f in forms) + r")\b")


@functools.lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    """Pronoun -> actor type it may stand for.

    >>> pronouns()["she"]
    'person'
    """
    return {row["pronoun"]: row["refers_to"] for row in resources.read_table("pronouns.csv")}


# ---------------------------------------------------------------------------------------------- quote marks


def _is_open(text: str, i: int) -> bool:
    mark = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'‘" and (before.isalnum() or not (after.isalnum() or after in "“\"")):
        return False
    if mark == '"':
        return not before.isalnum() and not after.isspace()
    return True


def _is_close(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'’":
        if before == "s" and re.match(r" [a-z]", text[i + 1:i + 3]):  # plural possessive: "workers’ rights"
            line_end = text.find("\n", i)
            later = text[i + 1:line_end if line_end >= 0 else len(text)]
            if re.search(rf"[.,!?]{re.escape(mark)}", later):
                return False
        return not before.isspace() and not after.isalnum()
    if mark == '"':
        return not before.isspace()
    return True


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the content of every quotation, marks excluded; continued paragraphs are merged.

    >>> t = "He said, “We will go.” Then: «Non.» And ‘off the table’ but Ukraine’s bid."
    >>> [t[s:e] for s, e in quoted_spans(t)]
    ['We will go.', 'Non.', 'off the table']
    >>> t = "“First paragraph.\\n“Second one,” he said."
    >>> [t[s:e] for s, e in quoted_spans(t)]
    ['First paragraph.\\n“Second one,']
    """
    spans, i = [], 0
    while i < len(text):
        mark = text[i]
        if mark not in OPEN_CLOSE or not _is_open(text, i):
            i += 1
            continue
        close = OPEN_CLOSE[mark]
        j, start = i + 1, i + 1
        while j < len(text):
            if text[j] == close and _is_close(text, j, close) and j > start:
                break
            if text[j] == "\n":
                rest = text[j:].lstrip()
                if not rest.startswith(mark):  # an unclosed quote ends with its paragraph unless continued
                    break
                j = len(text) - len(rest)
            j += 1
        if j >= len(text) or text[j] != close:
            if mark in "'‘\"":  # a stray apostrophe or inch mark: not a quote
                i += 1
                continue
        spans.append((start, j))
        i = j + 1
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,\n":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _is_name(content: str, names: frozenset[str]) -> bool:
    words = content.strip(" .,").split()
    return content.strip(" .,") in names or (0 < len(words) <= 4 and all(w[:1].isupper() for w in words)
                                              and not content.rstrip().endswith((".", "!", "?")))


def classify(text: str, start: int, end: int) -> str:
    """'direct' for a quotation that reads as an utterance of its own, else 'partial'.

    >>> t = 'He said, "We will not go there." It was "off the table."'
    >>> classify(t, 10, 31), classify(t, 40, 54)
    ('direct', 'partial')
    """
    content = text[start:end].strip()
    words = content.split()
    raw_before = text[max(0, start - 80):max(0, start - 1)]
    before = raw_before.rstrip()
    at_start = not before or raw_before.rstrip(" \t").endswith(("\n", ".", "!", "?", ":", "”", '"', "»"))
    verb = re.search(r"\b(\w+)\s*[,:]$", before)
    after_reporting = bool(verb and verb.group(1) in verb_forms())  # 'Bell said, “but only a start.”'
    opens_utterance = at_start or before[-1] in ",:—–-" or after_reporting
    ends = content[-1:] in ".,!?…"
    if after_reporting and words:
        return "direct"
    if len(words) < 3:  # "“We listened,” Park said." is direct; "the “peace formula”" is not
        return "direct" if words and content[:1].isupper() and ends and at_start else "partial"
    if content[:1].isupper() and (opens_utterance or ends):
        return "direct"
    if opens_utterance and ends and len(words) >= 5:
        return "direct"
    return "partial"


# ---------------------------------------------------------------------------------------------- speakers


@dataclass
class Context:
    """One document's text, its mentions and the spans inside quotation marks."""

    text: str
    mentions: list[tuple[int, int, actors_stage.Actor]]
    quoted: list[tuple[int, int]]

    def __post_init__(self):
        self._quote_starts = [s for s, _ in self.quoted]
        self._mention_starts = [m[0] for m in self.mentions]

    def inside_quote(self, position: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i >= 0 and self.quoted[i][0] <= position < self.quoted[i][1]

    def person_before(self, position: int, *, kinds: Iterable[str] = ("person",)) -> actors_stage.Actor | None:
        """Nearest actor of the given types mentioned before ``position``, outside quotation marks."""
        for i in range(bisect.bisect_left(self._mention_starts, position) - 1, -1, -1):
            start, _, actor = self.mentions[i]
            if actor.actor_type in kinds and not self.inside_quote(start):
                return actor
        return None

    def mention_at(self, start: int, end: int) -> list[tuple[int, int, actors_stage.Actor]]:
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_right(self._mention_starts, end)
        return [m for m in self.mentions[first:last] if m[1] <= end]

    def mentions_before(self, start: int, end: int) -> list[tuple[int, int, actors_stage.Actor]]:
        """Mentions starting at or after ``start`` and ending by ``end``, nearest to ``end`` first."""
        return self.mention_at(start, end)[::-1]


_BOUNDARY_CHARS = frozenset("\n.!?”»\"’'")
_ABBREVIATION_BEFORE_STOP = re.compile(r"\b(?:[A-Z]|U\.S|Mr|Mrs|Dr|Gen|St)\.$")
_ABBREVIATION_AT_STOP = re.compile(r"\b(?:[A-Z]|U\.S|Mr|Mrs|Dr|Gen|St)$")


@functools.lru_cache(maxsize=64)
def _boundary_marks(text: str) -> tuple[int, ...]:
    """Positions of the characters at which a sentence can end (line breaks, stops, closing quotes)."""
    return tuple(i for i, ch in enumerate(text) if ch in _BOUNDARY_CHARS)


def _sentence_bounds(text: str, position: int, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """Start and end of the sentence around ``position``, ignoring full stops inside quotation marks.

    Only the characters that can end a sentence are visited (found once per text), not every character.

    >>> text = "He left. “We will not stop,” Peskov said. Talks resume."
    >>> s, e = _sentence_bounds(text, 12, []); text[s:e]  # the end stops before the full stop
    '“We will not stop,” Peskov said'
    """
    starts = [s for s, _ in quoted]

    def is_boundary(i: int) -> bool:
        j = bisect.bisect_right(starts, i) - 1
        return not (j >= 0 and quoted[j][0] <= i < quoted[j][1])

    marks = _boundary_marks(text)
    start = 0
    for k in range(bisect.bisect_left(marks, position) - 1, -1, -1):
        i = marks[k]  # the character before a candidate start i + 1
        ch = text[i]
        if ch in "”»\"’'" and text[i - 1:i] in (".", "!", "?") and text[i + 1:i + 2].isspace():
            start = i + 1
            break
        if ch == "\n" or (ch in ".!?" and i + 1 < len(text) and text[i + 1].isspace() and is_boundary(i)
                          and not _ABBREVIATION_BEFORE_STOP.search(text[max(0, i - 4):i + 1])):
            start = i + 1
            break
    end = len(text)
    for k in range(bisect.bisect_left(marks, position), len(marks)):
        i = marks[k]
        ch = text[i]
        closes = i + 1 >= len(text) or text[i + 1].isspace()
        if ch in "”»\"’'" and text[i - 1:i] in (".", "!", "?") and closes:
            end = i + 1
            break
        if ch == "\n" or (ch in ".!?" and closes and is_boundary(i)
                          and not _ABBREVIATION_AT_STOP.search(text[max(0, i - 4):i])):
            end = i
            break
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _resolve_word(ctx: Context, word: str, position: int) -> actors_stage.Actor | None:
    kind = pronouns().get(word.lower())
    if kind == "person":
        return ctx.person_before(position)
    if kind == "organization":
        return ctx.person_before(position, kinds=("organization", "media"))
    return None


SPOKESPERSON = re.compile(r"^\s+(?:senior\s+)?(?:spokes(?:man|woman|person|people)|officials?|sources?|"
                          r"representatives?|press (?:office|service|secretary)|statement)\s+$")


UNNAMED_NOUNS = (r"(?:officials?|diplomats?|sources?|analysts?|experts?|residents?|witnesses?|observers?|insiders?|"
                 r"reports|aides?|lawmakers?|leaders?|critics?|spokes(?:man|woman|person)|"
                 r"people familiar with (?:the |this )?\w+)")
UNNAMED_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(]))((?:(?:an?|the|one|two|three|four|several|some|many|other)\s+)?(?:[\w.’'-]+\s+){0,3}?"
    + UNNAMED_NOUNS + r")(?:,[^,;“”\"]{1,100},)?\s*(?:(?:has|have|had|also|reportedly|\w+ly)\s+)*$",
    flags=re.IGNORECASE)
UNNAMED_AFTER = re.compile(r"^\s*((?:an?|the|one|two|several|some)\s+(?:[\w.’'-]+\s+){0,3}?" + UNNAMED_NOUNS + r")\b",
                           flags=re.IGNORECASE)


UNNAMED_BARE = re.compile(r"(?:a statement from\s+)?((?:[\w.’'-]+\s+){0,3}?(?:police|authorities|prosecutors|"
                          r"investigators|officials|sources|diplomats|people familiar with (?:the |this )?\w+|"
                          r"(?:an?|the)\s+(?:[\w.’'-]+\s+){0,3}?" + UNNAMED_NOUNS + r"))(?=[\s,.]|$)",
                          flags=re.IGNORECASE)


def _unnamed(phrase: str | None) -> actors_stage.Actor | None:
    """A source the copy describes but does not name ("a senior European diplomat", "U.S. officials")."""
    if not phrase:
        return None
    phrase = " ".join(phrase.split())
    if not re.match(r"people familiar", phrase, flags=re.IGNORECASE):  # "remarks from U.S. officials"
        phrase = re.sub(r"^.*\b(?:from|of|by|with|to|for|in|at|on|about)\s+", "", phrase)
    return actors_stage.Actor("", actors_stage.affiliation_of(phrase), "unknown", phrase, known=False)


def _unnamed_before(text: str) -> actors_stage.Actor | None:
    match = UNNAMED_BEFORE.search(text[-160:])
    return _unnamed(match.group(1)) if match else None


def _enclosed(text: str, sent_start: int, start: int) -> bool:
    """A name set off by commas with only title words before it: "The plan's author, council member X, said"."""
    comma = text.rfind(",", sent_start, start)
    between = text[comma + 1:start].split() if comma >= 0 else ["-"]
    return len(between) <= 4 and not any(w.lower() in PREPOSITIONS or w.endswith("ing") for w in between) and \
        all(re.fullmatch(r"[\w.’'-]+", w) for w in between)


def _subject_before(ctx: Context, sent_start: int, cue_start: int) -> actors_stage.Actor | None:
    """The actor whose mention (or pronoun) ends right before the cue, allowing appositions and adverbs."""
    for start, end, actor in ctx.mentions_before(sent_start, cue_start):
        if not ctx.inside_quote(start):
            gap = ctx.text[end:cue_start]
            employer = re.search(r"\s(?:of|at|from)\s+(?:the\s+)?$", ctx.text[max(0, start - 12):start])
            if employer and GAP.match(gap):  # "analyst Raj Mehta of CFRA Research said": the person speaks
                person = [a for s, e, a in ctx.mention_at(sent_start, start) if a.actor_type == "person"
                          and re.fullmatch(r"\s+(?:of|at|from)\s+(?:the\s+)?", ctx.text[e:start])]
                if person:
                    return person[-1]
            if actor.actor_type != "person" and SPOKESPERSON.match(gap):
                return actor  # "A Kremlin spokesman said", "a State Department official said": the institution
            if GAP.match(gap) or (gap.strip() == "," and _enclosed(ctx.text, sent_start, start)):
                return actor  # the second form: "The shadow chancellor, Mel Stride, called ..."
    head = ctx.text[sent_start:cue_start]
    match = re.search(r"\b(he|she|they|He|She|They)\s+(?:(?:has|have|had|also|previously|then|later|\w+ly)\s+)*$",
                      head)
    if match:
        return _resolve_word(ctx, match.group(1), sent_start + match.start())
    return None


def _role_in(ctx: Context, start: int, end: int) -> actors_stage.Actor | None:
    """An actor named by a role noun in a short attribution ("he defense secretary Thursday")."""
    words = re.findall(r"[A-Za-z.-]+", ctx.text[start:end])
    nouns = actors_stage.role_nouns()
    for i, word in enumerate(words):
        if word.lower() in nouns:
            phrase = " ".join(w for w in words[max(0, i - 2):i + 1] if w.lower() not in ("the", "he", "she", "a"))
            before = [(s, a) for s, _, a in ctx.mentions if s < start and not ctx.inside_quote(s)]
            actor = actors_stage._resolve_role_phrase(phrase, before) or \
                actors_stage._resolve_role_phrase(word, before)  # "the presidential aide" -> an "aide"
            if actor is None and re.search(rf"\b[Tt]he\s+(?:[\w.-]+\s+){{0,2}}{re.escape(word)}\b",
                                           ctx.text[start:end]):
                actor = ctx.person_before(start)  # "the diplomat stressed": a generic role for the last person
            if actor:
                return actor
    return None


# ---------------------------------------------------------------------------------------------- direct


NOT_PERSON_NOUNS = ("statement|report|document|letter|ministry|government|company|agency|court|party|council|"
                    "office|department|kremlin|embassy|army|police|union|website|post|article|survey|poll|study|"
                    "memo|note|spokesperson|official|source|sources|resident|witness|one")
DEFINITE_PERSON = re.compile(rf"[Tt]he\s+(?:[\w-]+\s+){{0,2}}(?!(?:{NOT_PERSON_NOUNS})\b)[\w-]+")


def _attribution_after(ctx: Context, end: int) -> tuple[str, int, actors_stage.Actor | None] | None:
    """Cue and speaker in the attribution after a closing mark: ',” he said.' / '” — the aide noted'."""
    text = ctx.text
    region_end = end + 1
    while region_end < len(text) and text[region_end] not in ".!?\n“«\"":
        region_end += 1
    region = text[end:region_end]
    separated = re.match(r"^[”»\"’']?\s*[,—–-]", region) or text[end - 1:end] in ("!", "?", ",")
    if not region.strip(" ”»\"’'") or len(region) > 200:
        return None
    first = re.match(r"^[”»\"’']?\s*[,—–-]*\s*", region).end()
    head = region[first:first + 60]
    verb = verb_pattern().search(head)
    lead = head[:verb.start()] if verb else head
    if verb and (len(lead.split()) > (6 if separated else 2) or lead.split()[:1] in (["On"], ["In"], ["At"])):
        verb = None
    if verb and not separated and len(region.split()) > 5:  # '“...” He added that ...' starts a new report
        verb = None
    if verb:
        cue_start = end + first + verb.start()
        subject = _mention_or_pronoun(ctx, end + first, cue_start)  # "he said", "Trump told"
        if subject is None:  # "said Peskov", "said John Smith, a spokesman"
            cue_end = cue_start + len(verb.group())
            subject = _mention_or_pronoun(ctx, cue_end, min(region_end, cue_end + 40), after=True)
        if subject is None and DEFINITE_PERSON.fullmatch(lead.strip()):  # "the 45-year-old said"
            subject = ctx.person_before(end)
        if subject is None:  # "one resident said", "said a senior official"
            named = UNNAMED_AFTER.match(text[cue_start + len(verb.group()):region_end])
            subject = _unnamed(named.group(1)) if named else _unnamed_before(lead)
        return verb.group(), cue_start, subject
    actor = _role_in(ctx, end + first, end + first + min(len(head), 40))
    if actor is not None:  # a missing verb: '“...,” he defense secretary Thursday.'
        return "", -1, actor
    return None


def _title_gap(gap: str) -> bool:
    """Only titles between a verb and a name: "said Mr", "said union leader", "said Foreign Minister"."""
    words = gap.split()
    return len(words) <= 4 and "," not in gap and not any(
        w.lower() in PREPOSITIONS - {"of", "for"} or w.lower() in ("that", "and", "but") for w in words)


def _mention_or_pronoun(ctx: Context, start: int, end: int, *, after: bool = False):
    found = ctx.mention_at(start, end)
    if after:  # only a mention right after the verb: "said Peskov", not a name further on
        found = [m for m in found if _title_gap(ctx.text[start:m[0]])]
    if found:
        return (found[0] if after else found[-1])[2]
    pattern = r"^\s*(he|she|they)\b" if after else r"\b(he|she|they|it)\b"
    match = re.search(pattern, ctx.text[start:end], flags=re.IGNORECASE)
    if match:
        return _resolve_word(ctx, match.group(1), start + match.start())
    return _role_in(ctx, start, end)


def _attribution_before(ctx: Context, start: int) -> tuple[str, int, actors_stage.Actor | None] | None:
    """Cue and speaker before an opening mark: 'Peskov said, “' / 'saying: “' / 'Grushko stated, “'."""
    text = ctx.text
    opening = start - 1
    sent_start, _ = _sentence_bounds(text, max(0, opening - 1), ctx.quoted)
    head = text[sent_start:opening]
    if not re.search(r"[,:—–-]\s*$", head):
        return None
    verbs = list(verb_pattern().finditer(head))
    if not verbs:  # "Peskov was blunt: “...”": the subject of a sentence that introduces the quote with a colon
        named = [a for s, _, a in ctx.mention_at(sent_start, opening) if not ctx.inside_quote(s)]
        persons = [a for a in named if a.actor_type == "person"] or named
        return ("", -1, persons[0]) if head.rstrip().endswith(":") and persons else None
    verb = verbs[-1]
    cue_start = sent_start + verb.start()
    subject = _subject_before(ctx, sent_start, cue_start)
    if subject is None and verb.group().endswith("ing"):
        subject = ctx.person_before(cue_start)
    if subject is None:
        subject = _mention_or_pronoun(ctx, sent_start, cue_start)
    return verb.group(), cue_start, subject


def _direct_and_partial(ctx: Context, names: frozenset[str]) -> list[Quote]:
    quotes: list[Quote] = []
    for start, end in ctx.quoted:
        s, e = _trim(ctx.text, start, end)
        content = ctx.text[s:e]
        kind = classify(ctx.text, start, end)
        if not content or (_is_name(content, names) and (kind == "partial" or content in names)):
            continue  # "spoke with ‘Lenta.ru’"; but "“No,” he said." is a quote
        while kind == "partial" and e > s and ctx.text[e - 1] in ".,;:":
            e -= 1
        quote = Quote(kind, s, e)
        if kind == "direct":
            found = _attribution_after(ctx, end) if content.endswith((",", "!", "?")) or \
                ctx.text[end:end + 3].lstrip("”»\"’' ").startswith((",", "—", "–")) else None
            found = found or _attribution_before(ctx, start) or _attribution_after(ctx, end)
            if found:
                quote.cue, quote.cue_start, quote.speaker = found
        quotes.append(quote)
    _continue_split_quotes(ctx, quotes)
    return quotes


def _continue_split_quotes(ctx: Context, quotes: list[Quote]) -> None:
    """An unattributed direct quote right after an attributed one (within 200 characters) is the same speaker's."""
    previous = None
    for quote in quotes:
        if quote.kind != "direct":
            continue
        if quote.speaker is None and not quote.cue and previous is not None and quote.start - previous.end < 200:
            between = [a for s, _, a in ctx.mention_at(previous.end, quote.start) if a.actor_type == "person"]
            if all(a == previous.speaker for a in between):
                quote.speaker, quote.cue = previous.speaker, previous.cue
        if quote.speaker is not None:
            previous = quote
        elif quote.start - (previous.end if previous else 0) >= 200:
            previous = None


def _attribute_partials(ctx: Context, quotes: list[Quote], indirect: list[Quote]) -> None:
    """A partial quote takes the speaker of the reporting clause it sits in; otherwise it stays unattributed."""
    for quote in quotes:
        if quote.kind != "partial" or quote.speaker is not None:
            continue
        for other in indirect:
            if other.start <= quote.start and quote.end <= other.end + 2:
                quote.speaker, quote.cue, quote.cue_start = other.speaker, other.cue, other.cue_start
                break
        else:
            sent_start, _ = _sentence_bounds(ctx.text, quote.start, ctx.quoted)
            head = ctx.text[sent_start:quote.start]
            for verb in reversed(list(verb_pattern().finditer(head))):
                subject = _subject_before(ctx, sent_start, sent_start + verb.start())
                if subject is not None:
                    quote.speaker, quote.cue, quote.cue_start = subject, verb.group(), sent_start + verb.start()
                    break


# ---------------------------------------------------------------------------------------------- indirect


def _clause_after(ctx: Context, cue_end: int, sent_end: int, lemma: str, kind: str) -> tuple[int, int] | None:
    """The reported clause after a verb, or None when the verb does not report one."""
    text = ctx.text
    rest = text[cue_end:sent_end]
    match = re.match(r"^\s*", rest)
    offset = match.end()
    if not rest[offset:] or rest[offset] in "“«\"‘:,—–" or rest.lstrip().startswith(("“", "«")):
        return None
    words = rest[offset:].split()
    first = words[0].lower().strip(",") if words else ""
    that = re.match(r"^\s*(?:(?:[\w’'.-]+\s+){0,5}?)(that)\s", rest) if lemma in NEEDS_THAT else \
        re.match(r"^\s*(?:(?:in|on|at|during|via|through)\s+[^,.;“”\"]{1,60}?\s+)?(that)\s", rest)
    that = that or OBJECT_THAT.match(rest)
    gerund = lemma in GERUND_AFTER and re.match(r"^\s*on\s+(?=\w+ing\b)", rest)
    if that:
        offset = that.end()
    elif gerund:
        offset = gerund.end()
    elif lemma in NEEDS_THAT:  # "told reporters the government was ..." (object, then a clause)
        heard = TOLD_OBJECT.match(rest)
        told = rest[heard.end():] if heard else ""
        if not heard or not CLAUSE_START.match(told) or re.match(r"(?:this|so)\b", told):
            return None
        offset = heard.end()
    elif lemma in TO_INFINITIVE and first == "to":
        pass
    elif kind == "description" and first == "as":  # "what he described as a growing focus"
        offset += len(words[0])
    elif first in PREPOSITIONS or first in ("this", "so", "what", "how", "whether", "journalists", "reporters"):
        return None
    elif lemma == "call":  # "called the plan a disaster", "called it ‘a disaster’", not "called Putin on Friday"
        if not (re.search(r"[‘“\"«]|\sas\s", rest[:150]) or (
                len(words) > 2 and words[1].lower() not in PREPOSITIONS
                and re.search(r"\s(?:a|an)\s", " ".join(words[:12])))):
            return None
    elif kind == "description":
        if not re.search(r"\s(?:as|of)\s", rest):
            return None
    elif kind == "opinion" and not CLAUSE_START.match(rest[offset:]):
        return None
    start, end = cue_end + offset, sent_end
    dash = re.search(r"\s[—–]\s", text[start:end])  # "... on the table — a position long opposed by Moscow"
    end = start + dash.start() if dash else end
    if not that:
        comma = text.find(", ", start, end)
        end = comma if comma > 0 else end
    for qs, _ in ctx.quoted:  # the clause stops where a direct quote begins ("adding, “...")
        if start < qs - 1 < end and classify(text, qs, _) == "direct":
            end = qs - 1
    end = cue_end + len(re.sub(r"(?:,\s*(?:\w+ing|and)?\s*[:,]?\s*)$", "", text[cue_end:end].rstrip(" ,:—–")))
    start, end = _trim(text, start, end)
    end = end - 1 if end > start and text[end - 1] == "." else end
    if len(text[start:end].split()) < 3:
        return None
    return start, end


def _according_to(ctx: Context, sentences: list[tuple[int, int]]) -> list[Quote]:
    quotes = []
    for sent_start, sent_end in sentences:
        sentence = ctx.text[sent_start:sent_end]
        for match in re.finditer(r"\b[Aa]ccording to\s+", sentence):
            after = sent_start + match.end()
            found = [m for m in ctx.mention_at(after, sent_end) if m[0] - after < 60]
            pronoun = re.match(r"(him|her|them)\b", ctx.text[after:after + 5])
            if pronoun:  # "According to him, ..." (state-media style)
                actor = _resolve_word(ctx, {"him": "he", "her": "she"}.get(pronoun.group(1), "they"), after)
                found = [(after, after + pronoun.end(), actor)] if actor else []
            if not found:  # "according to people familiar with the matter", "according to police"
                unnamed = UNNAMED_BARE.match(ctx.text, after, sent_end)
                if unnamed:
                    found = [(after, unnamed.end(1), _unnamed(unnamed.group(1)))]
            if not found:
                continue
            mention_end, actor = found[0][1], found[0][2]
            if match.start() == 0:  # "According to X, clause."
                comma = ctx.text.find(",", mention_end, sent_end)
                if comma < 0:
                    continue
                start, end = comma + 1, sent_end
            else:  # "Clause, according to X."
                start, end = sent_start, sent_start + match.start()
            start, end = _trim(ctx.text, start, end)
            end = end - 1 if ctx.text[end - 1:end] == "." else end
            if len(ctx.text[start:end].split()) >= 3:
                quotes.append(Quote("indirect", start, end, "according to", sent_start + match.start(), actor))
    return quotes


DATELINE = re.compile(r"[A-Z][A-Z .’'-]{2,}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\.?\s*(?:\([^)]{1,40}\)|/[^/]{1,20}/\.?)?"
                      r"\s*[-—–]+\s*")
TITLE_WORDS = re.compile(r"^[\s\w.’'-]{0,80}$")


TAIL_STARTS = PREPOSITIONS | frozenset(("yesterday", "today", "tonight", "earlier", "later", "last", "this",
                                       "late", "recently", "again", "also", "previously", "separately"))


def _trailing(ctx: Context, sent_start: int, sent_end: int, cue_start: int, cue_end: int):
    """'Clause, X said on Friday.' or 'Clause, said X.': the clause before the attribution and its speaker."""
    text = ctx.text
    tail = text[cue_end:sent_end]
    if len(tail.split()) > 6 or re.match(r"^\s*(?:that\b|[,:“«\"])", tail) or re.search(r"[“”«»\"]", tail):
        return None
    first = tail.split()[0].lower().strip(".,;") if tail.split() else ""
    adverbial = not first or first in TAIL_STARTS or (  # not "..., Ortega said the state would sue"
        verb_forms().get(text[cue_start:cue_end], ("",))[0] == "tell" and first in ("the", "a", "an", "reporters",
                                                                                      "journalists"))
    subject, comma = None, -1
    for start, end, actor in ctx.mentions_before(sent_start, cue_start):  # "Clause, spokeswoman X said"
        if adverbial and GAP.match(text[end:cue_start]):
            comma = text.rfind(",", sent_start, start)
            if comma > sent_start and TITLE_WORDS.match(text[comma + 1:start]):
                subject = actor
            break
    if subject is None and re.search(r",\s*$", text[sent_start:cue_start]):  # "Clause, said X"
        comma = text.rfind(",", sent_start, cue_start)
        after = [m for m in ctx.mention_at(cue_end, sent_end) if TITLE_WORDS.match(text[cue_end:m[0]])]
        subject = after[0][2] if after else None
    if subject is None and adverbial and re.search(r",\s*(?:he|she)\s+$", text[sent_start:cue_start],
                                                   flags=re.IGNORECASE):
        comma = text.rfind(",", sent_start, cue_start)  # "Clause, he said."
        subject = _resolve_word(ctx, text[comma + 1:cue_start].strip(), comma)
    if subject is None:
        return None
    start, end = _trim(text, sent_start, comma)
    dateline = DATELINE.match(text, start, end)
    start = dateline.end() if dateline else start
    if len(text[start:end].split()) < 3 or ctx.inside_quote(start) or text[start] in "“«\"‘'":
        return None
    return start, end, subject


def _connector(text: str, start: int, cue_start: int) -> str:
    match = re.search(r"(?:,\s*|,?\s+(?:and|but)\s+(?:also\s+)?)$", text[start:cue_start])
    return match.group() if match else ""


def _coordinated_host(ctx: Context, quotes: list[Quote], cue_start: int) -> Quote | None:
    """The indirect quote whose clause a coordinated or participial reporting verb continues with a new report.

    "X said that A, adding that B" and "X asserted that A and remarked that B" are two reports by X.
    """
    for quote in quotes:
        if quote.cue != "according to" and quote.start < cue_start < quote.end and \
                _connector(ctx.text, quote.start, cue_start):
            return quote
    return None


def _colon_headlines(ctx: Context, sentences: list[tuple[int, int]]) -> list[Quote]:
    """Agency headlines that give a statement after the speaker's name: "Lavrov: West not ready for talks"."""
    quotes = []
    for sent_start, sent_end in sentences:
        found = ctx.mention_at(sent_start, min(sent_end, sent_start + 40))
        if not found or found[0][0] != sent_start or found[0][2].actor_type != "person":
            continue
        colon = re.match(r"\s*:\s+", ctx.text[found[0][1]:sent_end])
        if colon and not ctx.inside_quote(sent_start):
            start, end = _trim(ctx.text, found[0][1] + colon.end(), sent_end)
            end = end - 1 if ctx.text[end - 1:end] == "." else end
            if len(ctx.text[start:end].split()) >= 3 and ctx.text[start] not in "“«\"‘'":
                quotes.append(Quote("indirect", start, end, ":", found[0][1], found[0][2]))
    return quotes


def _indirect(ctx: Context, sentences: list[tuple[int, int]], taken: list[Quote]) -> list[Quote]:
    quotes = _according_to(ctx, sentences) + _colon_headlines(ctx, sentences)
    covered = [(q.start, q.end) for q in [*taken, *quotes]]
    attribution_cues = {q.cue_start for q in taken}
    for sent_start, sent_end in sentences:
        for verb in verb_pattern().finditer(ctx.text, sent_start, sent_end):
            cue_start, cue_end = verb.start(), verb.end()
            if ctx.inside_quote(cue_start):
                continue
            lemma, kind = verb_forms()[verb.group()]
            trailing = None if cue_start in attribution_cues or any(s <= cue_start < e for s, e in covered) \
                else _trailing(ctx, sent_start, sent_end, cue_start, cue_end)
            if trailing is not None:
                quotes.append(Quote("indirect", trailing[0], trailing[1], verb.group(), cue_start, trailing[2]))
                covered.append(trailing[:2])
                continue
            host = _coordinated_host(ctx, quotes, cue_start)
            if host is None and any(s <= cue_start < e for s, e in covered):
                continue
            subject = host.speaker if host else _subject_before(ctx, sent_start, cue_start)
            if subject is None and not (verb.group().endswith("ing") and
                                        ctx.text[sent_start:cue_start].rstrip().endswith(",")):
                subject = _unnamed_before(ctx.text[sent_start:cue_start])  # "U.S. officials indicating that"
            if subject is None and verb.group().endswith("ing") and re.search(r",\s*$", ctx.text[sent_start:cue_start]):
                subject = ctx.person_before(cue_start) or ctx.person_before(cue_start, kinds=("organization",))
                if subject is not None and not any(a == subject for _, _, a in ctx.mention_at(sent_start, cue_start)):
                    subject = None
            if subject is None:
                continue
            clause = _clause_after(ctx, cue_end, sent_end, lemma, kind)
            if clause is None:
                continue
            if cue_start in attribution_cues:
                continue
            if host is not None:
                host.end = _trim(ctx.text, host.start, cue_start - len(_connector(ctx.text, host.start, cue_start)))[1]
            quotes.append(Quote("indirect", clause[0], clause[1], verb.group(), cue_start, subject))
            covered.append(clause)
    return quotes


# ---------------------------------------------------------------------------------------------- relays


def _relays(ctx: Context, quote: Quote, sentence: tuple[int, int],
            standing: dict[actors_stage.Actor, list[tuple[int, str]]]) -> list[str]:
    """Media that relayed a quote: a relay cue in its sentence, or one earlier in the document for its speaker."""
    if quote.speaker is not None and quote.speaker.actor_type == "media":
        return []
    found = []
    for start, _, actor in ctx.mention_at(*sentence):
        if actor.actor_type == "media" and actor != quote.speaker and \
                RELAY.search(ctx.text[max(sentence[0], start - 60):start]):
            found.append(actor.name)
    if not found and quote.speaker is not None:  # "Chepa spoke with Lenta.ru": his quotes came that way
        found = list(dict.fromkeys(m for _, m in standing.get(quote.speaker, [])))
    return found


def _standing_relays(ctx: Context) -> dict[actors_stage.Actor, list[tuple[int, str]]]:
    """Speaker -> (position, medium) they spoke to ("Chepa spoke with ‘Lenta.ru’").

    Valid for the whole document: a news lede usually summarises the interview its later paragraphs quote.
    """
    standing: dict[actors_stage.Actor, list[tuple[int, str]]] = {}
    persons = [(s, e, a) for s, e, a in ctx.mentions if a.actor_type == "person"]
    for start, _, actor in ctx.mentions:
        cue = RELAY.search(ctx.text[max(0, start - 60):start])
        if actor.actor_type != "media" or not cue or cue.group().lower().startswith("according"):
            continue
        sent_start, sent_end = _sentence_bounds(ctx.text, start, ctx.quoted)
        before = [a for s, _, a in persons if sent_start <= s < start and not ctx.inside_quote(s)]
        after = [a for s, _, a in persons if start < s < sent_end and not ctx.inside_quote(s)]
        if before or after:
            standing.setdefault(before[-1] if before else after[0], []).append((start, actor.name))
    return standing


# ---------------------------------------------------------------------------------------------- extract


def extract_text(text: str, mentions: list[tuple[int, int, actors_stage.Actor]], *,
                 media_names: frozenset[str] = frozenset()) -> list[Quote]:
    """Quotes of one text, sorted by position.

    >>> t = "“We will not go,” Smith said. Smith said that the talks failed."
    >>> actor = actors_stage.Actor("John Smith", "", "person")
    >>> [(q.kind, q.speaker.name, t[q.start:q.end]) for q in extract_text(t, [(18, 23, actor), (30, 35, actor)])]
    [('direct', 'John Smith', 'We will not go'), ('indirect', 'John Smith', 'the talks failed')]
    """
    ctx = Context(text, sorted(mentions, key=lambda m: m[0]), quoted_spans(text))
    marked = _direct_and_partial(ctx, media_names)
    sentences = _sentences(ctx)
    indirect = _indirect(ctx, sentences, [q for q in marked if q.kind == "direct"])
    _attribute_partials(ctx, marked, indirect)
    quotes = sorted([*marked, *indirect], key=lambda q: (q.start, q.kind))
    standing = _standing_relays(ctx)
    for quote in quotes:
        quote.via = _relays(ctx, quote, _sentence_bounds(text, quote.cue_start if quote.cue_start >= 0
                                                          else quote.start, ctx.quoted), standing)
    return quotes


def _sentences(ctx: Context) -> list[tuple[int, int]]:
    spans, position = [], 0
    while position < len(ctx.text):
        if ctx.text[position].isspace():
            position += 1
            continue
        start, end = _sentence_bounds(ctx.text, position, ctx.quoted)
        spans.append((start, end))
        position = max(end + 1, position + 1)
    return spans


def _normal(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


@functools.lru_cache(maxsize=1)
def _media_names() -> dict[str, frozenset[str]]:
    return {actor.name: frozenset(_normal(n) for n in names)
            for actor, names in actors_stage._shipped() if actor.actor_type == "media"}


def _same_outlet(medium: str, outlet: str) -> bool:
    """Whether a relaying medium is the publishing outlet itself.

    >>> _same_outlet("Associated Press", "AP"), _same_outlet("Reuters", "The Moscow Times")
    (True, False)
    """
    names = _media_names().get(medium, frozenset()) | {_normal(medium)}
    return _normal(outlet) in names


def _rows(doc_id: str, outlet: str, text: str, quotes: list[Quote], sentences: pd.DataFrame) -> list[dict]:
    rows = []
    offsets = [p for q in quotes for p in (q.start, max(q.start, q.end - 1))]
    ids = actors_stage.sentence_ids(sentences, doc_id, offsets) if quotes else []
    for n, quote in enumerate(quotes, 1):
        actor = quote.speaker
        first = ids[2 * n - 2:2 * n]
        relayed = [name for name in quote.via if not _same_outlet(name, outlet)]  # "told The Associated Press"
        via = " > ".join(relayed)                                                   # in AP copy is first-hand
        source = actor.name if actor and actor.name else f"(unnamed) {actor.role}" if actor else "(unattributed)"
        chain = [source, *relayed, outlet]
        rows.append({
            "doc_id": doc_id, "quote_id": f"{doc_id}:q{n:03d}", "kind": quote.kind,
            "speaker": actor.name if actor else "", "affiliation": actor.affiliation if actor else "",
            "speaker_type": actor.actor_type if actor else "unknown", "cue": quote.cue,
            "text": text[quote.start:quote.end], "start": quote.start, "end": quote.end,
            "sent_id": first[0], "sent_ids": " ".join(str(i) for i in range(first[0], first[1] + 1)),
            "via": via, "chain": " > ".join(chain), "known": bool(actor.known) if actor else False,
            "speaker_role": actor.role if actor else "",
        })
    return rows


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _actor_of(row) -> actors_stage.Actor:
    """An Actor from a mentions row (tolerates tables read back from CSV, where empty strings become NaN)."""
    return actors_stage.Actor(_text(row.actor), _text(row.affiliation), _text(row.actor_type) or "person",
                              _text(getattr(row, "role", "")), str(getattr(row, "known", False)) == "True")


def extract(documents: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Quotes of every document.

    Args:
        documents: doc_id, text, outlet_label (optional).
        sentences: doc_id, sent_id, start.
        mentions: doc_id, actor, affiliation, actor_type, role, known, start, end (the actors stage).

    Returns:
        quotes: doc_id, quote_id, kind, speaker, affiliation, speaker_type, cue, text, start, end, sent_id,
        sent_ids, via, chain, known, speaker_role.

    >>> docs = pd.DataFrame({"doc_id": ["d"], "text": ['"It is over," Smith said.'], "outlet_label": ["Wire"]})
    >>> sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "start": [0]})
    >>> ments = pd.DataFrame({"doc_id": ["d"], "actor": ["Ann Smith"], "affiliation": [""], "role": [""],
    ...                       "actor_type": ["person"], "known": [False], "start": [14], "end": [19]})
    >>> extract(docs, sents, ments)[["kind", "speaker", "text", "chain"]].values.tolist()
    [['direct', 'Ann Smith', 'It is over', 'Ann Smith > Wire']]
    """
    media_names = frozenset(name for actor, names in actors_stage._shipped() if actor.actor_type == "media"
                            for name in names)
    by_doc = {doc_id: frame for doc_id, frame in mentions.groupby("doc_id")} if len(mentions) else {}
    outlets = documents["outlet_label"] if "outlet_label" in documents else documents["doc_id"]
    rows = []
    for doc_id, text, outlet in zip(documents["doc_id"], documents["text"], outlets, strict=True):
        doc_mentions = by_doc.get(doc_id)
        spans = [] if doc_mentions is None else [
            (int(r.start), int(r.end), _actor_of(r)) for r in doc_mentions.itertuples()]
        rows.extend(_rows(doc_id, outlet, text, extract_text(text, spans, media_names=media_names), sentences))
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))


@pipeline.register("quotes")
def stage(tables: dict, config: pipeline.Config) -> dict:
    """Pipeline stage: the ``quotes`` table from documents, sentences and mentions."""
    mentions = tables.get("mentions")
    if mentions is None:
        mentions = actors_stage.find(tables["documents"], tables["sentences"],
                                     lexicon=actors_stage.load(config.actors))
    return {"quotes": extract(tables["documents"], tables["sentences"], mentions)}


# ---------------------------------------------------------------------------------------------- validation


def _gold_spans(gold: pd.DataFrame, documents: pd.DataFrame) -> list[tuple[int, int] | None]:
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    used: set[tuple[str, int]] = set()
    spans = []
    for doc_id, content in zip(gold["doc_id"], gold["text"], strict=True):
        text, start = texts.get(doc_id, ""), -1
        position = text.find(content) if content else -1
        while position >= 0 and (doc_id, position) in used:
            position = text.find(content, position + 1)
        start = position
        used.add((doc_id, start))
        spans.append((start, start + len(content)) if start >= 0 else None)
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / max(1, min(a[1] - a[0], b[1] - b[0])) if shared > 0 else 0.0


def match_gold(gold: pd.DataFrame, quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Pair gold quotes with extracted ones: same document and kind, spans overlapping by half the shorter one.

    Args:
        gold: doc_id, kind, speaker, text (the text as it appears in documents.text).
        quotes: the quotes table.
        documents: doc_id, text.

    Returns:
        One row per gold quote and per unmatched extracted quote: doc_id, kind, gold_speaker,
        predicted_speaker, gold_text, predicted_text, status (matched, missed, spurious, not_found).

    >>> docs = pd.DataFrame({"doc_id": ["d"], "text": ["“We go,” she said."]})
    >>> gold = pd.DataFrame({"doc_id": ["d"], "kind": ["direct"], "speaker": ["Ann"], "text": ["We go"]})
    >>> quotes = pd.DataFrame({"doc_id": ["d"], "kind": ["direct"], "speaker": ["Ann"], "text": ["We go"],
    ...                        "start": [1], "end": [6]})
    >>> match_gold(gold, quotes, docs)[["status", "predicted_speaker"]].values.tolist()
    [['matched', 'Ann']]
    """
    rows, taken = [], set()
    for (_, g), span in zip(gold.iterrows(), _gold_spans(gold, documents), strict=True):
        row = {"doc_id": g["doc_id"], "kind": g["kind"], "gold_speaker": g["speaker"], "predicted_speaker": "",
               "gold_text": g["text"], "predicted_text": "", "status": "missed" if span else "not_found"}
        candidates = quotes[(quotes["doc_id"] == g["doc_id"]) & (quotes["kind"] == g["kind"])]
        best, best_overlap = None, 0.5
        for index, q in candidates.iterrows():
            overlap = _overlap(span, (q["start"], q["end"])) if span else 0.0
            if index not in taken and overlap >= best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            taken.add(best)
            row.update(predicted_speaker=quotes.at[best, "speaker"], predicted_text=quotes.at[best, "text"],
                       status="matched")
        rows.append(row)
    for index, q in quotes.iterrows():
        if index not in taken and q["doc_id"] in set(gold["doc_id"]):
            rows.append({"doc_id": q["doc_id"], "kind": q["kind"], "gold_speaker": "", "gold_text": "",
                         "predicted_speaker": q["speaker"], "predicted_text": q["text"], "status": "spurious"})
    return pd.DataFrame(rows, columns=["doc_id", "kind", "gold_speaker", "predicted_speaker", "gold_text",
                                       "predicted_text", "status"])


def gold_labels(matches: pd.DataFrame, *, speaker: bool = True) -> tuple[list[str], list[str]]:
    """Gold and predicted labels for ``validate.score``: per-kind precision and recall of quote finding.

    A gold quote counts as found when an extracted quote of its kind overlaps it (and, with ``speaker``, names the
    same speaker); label 'none' stands for "no quote here".

    >>> m = pd.DataFrame({"kind": ["direct", "direct"], "gold_speaker": ["A", ""],
    ...                   "predicted_speaker": ["B", "C"], "status": ["matched", "spurious"]})
    >>> gold_labels(m), gold_labels(m, speaker=False)
    ((['direct', 'none'], ['none', 'direct']), (['direct', 'none'], ['direct', 'direct']))
    """
    gold, predicted = [], []
    for kind, g_speaker, p_speaker, status in zip(matches["kind"], matches["gold_speaker"],
                                                  matches["predicted_speaker"], matches["status"], strict=True):
        if status == "spurious":
            gold.append("none")
            predicted.append(kind)
            continue
        gold.append(kind)
        right = status == "matched" and (not speaker or g_speaker == p_speaker)
        predicted.append(kind if right else "none")
    return gold, predicted


def validation_results(gold: pd.DataFrame, args) -> dict:
    """``python -m analysis validate quotes --gold F --corpus DIR``: scores with and without the speaker."""
    from pathlib import Path

    from analysis import validate

    missing = {"doc_id", "kind", "speaker", "text"} - set(gold.columns)
    if missing:
        raise validate.ValidationError(f"quotes gold needs the columns doc_id, kind, speaker, text; "
                                       f"missing {', '.join(sorted(missing))}")
    if not getattr(args, "corpus", None):
        raise validate.ValidationError("validate quotes needs --corpus (the articles the gold refers to)")
    corpus = Path(args.corpus)
    actors = getattr(args, "actors", None)
    beside = (corpus if corpus.is_dir() else corpus.parent) / "actors.csv"
    actors = actors or (str(beside) if beside.is_file() else None)
    tables = pipeline.compute(corpus, config=pipeline.Config(actors=actors, stages=("actors", "quotes")))
    matches = match_gold(gold, tables["quotes"], tables["documents"])
    kinds = list(C.QUOTE_KINDS)
    return {
        "span and speaker": validate.score(*gold_labels(matches), labels=kinds),
        "span only": validate.score(*gold_labels(matches, speaker=False), labels=kinds),
    }


def of_text(text: str, *, lexicon=None, outlet: str = "") -> pd.DataFrame:
    """The quotes table of one text (handy for trying the rules on a paragraph).

    >>> of_text("“We are ready,” Kremlin spokesman Dmitry Peskov told reporters.")[["kind", "speaker"]].values.tolist()
    [['direct', 'Dmitry Peskov']]
    """
    from analysis import segment

    documents = pd.DataFrame({"doc_id": ["text"], "text": [text], "outlet_label": [outlet or "(text)"]})
    sentences = segment.split(documents)
    mentions = actors_stage.find(documents, sentences, lexicon=lexicon)
    return extract(documents, sentences, mentions)


def gold_scores(gold: str | pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Precision, recall and F1 per quote kind against a gold file (empty when there is none).

    Args:
        gold: path of a gold CSV (doc_id, kind, speaker, text) or its frame; "" for none.
        tables: computed tables with ``quotes`` and ``documents``.

    Returns:
        method ("span and speaker", "span only"), kind, precision, recall, f1, n_gold.
    """
    from pathlib import Path

    from analysis import validate

    columns = ["method", "kind", "precision", "recall", "f1", "n_gold"]
    if isinstance(gold, str):
        if not gold or not Path(gold).is_file():
            return pd.DataFrame(columns=columns)
        gold = validate.read_gold(gold)
    gold = gold[gold["doc_id"].isin(set(tables["documents"]["doc_id"]))]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    matches = match_gold(gold, tables["quotes"], tables["documents"])
    rows = []
    for method, speaker in (("span and speaker", True), ("span only", False)):
        figures = validate.score(*gold_labels(matches, speaker=speaker), labels=list(C.QUOTE_KINDS))
        for kind, c in figures["per_class"].items():
            rows.append([method, kind, c["precision"], c["recall"], c["f1"], c["support"]])
    return pd.DataFrame(rows, columns=columns)


def gold_errors(gold: str | pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The gold comparison's disagreements: missed and spurious quotes and wrong speakers (empty without gold)."""
    from pathlib import Path

    from analysis import validate

    if isinstance(gold, str):
        if not gold or not Path(gold).is_file():
            return match_gold(pd.DataFrame(columns=["doc_id", "kind", "speaker", "text"]), tables["quotes"].iloc[:0],
                              tables["documents"])
        gold = validate.read_gold(gold)
    gold = gold[gold["doc_id"].isin(set(tables["documents"]["doc_id"]))]
    matches = match_gold(gold, tables["quotes"], tables["documents"])
    wrong = (matches["status"] == "matched") & (matches["gold_speaker"] != matches["predicted_speaker"])
    return matches[(matches["status"] != "matched") | wrong].reset_index(drop=True)
