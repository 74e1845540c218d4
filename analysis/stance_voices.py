"""Who holds a position stated in a sentence: each quoted speaker's part of the sentence, actors named with a
speaker as one subject ("Paris and Berlin have pushed for ..."; "a view shared by X"), and the states a
document's actors belong to, which hold positions too. Used by ``analysis.stance``.
"""

from __future__ import annotations

import bisect
import functools
import re
from types import SimpleNamespace

from analysis import resources
from analysis.stance_reading import ASKED

__all__ = ["state_names", "with_states", "sentence_voices", "quote_region", "coordinated_with", "SHARED_BY",
           "FIRST_PERSON", "first_person_narration", "CONTINUATION_WINDOW", "continued_quotes", "signed_sections",
           "AFFIRMING", "affirming_report"]

CONTINUATION_WINDOW = 3  # sentences after a speaker's quote within which an unattributed quote is still theirs


def state_names(mentions: list) -> dict[str, str]:
    """The countries and bodies the document's actors belong to (their affiliations), by name."""
    return {m.affiliation: m.affiliation for m in mentions if isinstance(m.affiliation, str)
            and len(m.affiliation) >= 3 and m.affiliation[:1].isupper() and m.actor_type != "media"}


def with_states(sentence, mentions: list, states: dict[str, str]) -> list:
    """The sentence's mentions plus the states it names that no mention covers ("Russia is insisting on ..."):
    a country holds positions as a state even where the actors stage saw no speaker in it."""
    found = list(mentions)
    for name in sorted(states, key=len, reverse=True):
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?![\w-])", sentence.text):
            start, end = sentence.start + hit.start(), sentence.start + hit.end()
            if all(end <= m.start or start >= m.end for m in found):
                found.append(SimpleNamespace(doc_id=sentence.doc_id, sent_id=sentence.sent_id, start=start, end=end,
                                             actor=states[name], affiliation=states[name],
                                             actor_type="organization"))
    return sorted(found, key=lambda m: m.start)


def sentence_voices(quotes: list, sentence, mentions: list) -> list[tuple[list, tuple[int, int]]]:
    """Per speaker quoted in the sentence: their quotes there and the part of the sentence that is theirs.

    Quotes of news media (a report an outlet carries) are not the outlet's position and are passed over.
    """
    by_speaker: dict[str, list] = {}
    for q in quotes:
        if q.start < sentence.end and q.end > sentence.start and isinstance(q.speaker, str) and q.speaker.strip() \
                and getattr(q, "speaker_type", "") != "media":
            by_speaker.setdefault(q.speaker, []).append(q)
    voices = []
    for speaker_quotes in by_speaker.values():
        regions = [quote_region(q, sentence, mentions) for q in speaker_quotes]
        start = min(r[0] for r in regions)
        asked = ASKED.match(sentence.text)
        if asked and len(by_speaker) == 1 and start >= asked.end():  # "Asked about X, Y said ...": X is Y's topic
            start = 0
        voices.append((speaker_quotes, (start, max(r[1] for r in regions))))
    return voices


# Reporting verbs that say only that a speaker holds to what follows ("Russia maintains that it is defending
# itself"): as a quote's own verb, with the target named only in an earlier sentence, they take no position on it.
# Elsewhere they are stance cues ("maintain sanctions", "insisted on talks", "insists that without the dam ...").
AFFIRMING = re.compile(r"(?:maintain|insist|accept|continue)(?:s|ed|d|ing)?", re.IGNORECASE)


def affirming_report(hit, sentence, quotes: list) -> bool:
    """Whether a cue is the affirming verb that reports one of the speaker's indirect quotes.

    >>> sentence = SimpleNamespace(start=0, text="Russia maintains that it is defending itself.")
    >>> quote = SimpleNamespace(kind="indirect", cue="maintains", start=22, end=44)
    >>> affirming_report(SimpleNamespace(start=7, end=16), sentence, [quote])
    True
    >>> affirming_report(SimpleNamespace(start=7, end=16), sentence, [])
    False
    """
    word = sentence.text[hit.start:hit.end]
    return bool(AFFIRMING.fullmatch(word)) and any(
        q.kind == "indirect" and q.cue == word and sentence.start + hit.end <= q.start for q in quotes)


def quote_region(quote, sentence, mentions: list) -> tuple[int, int]:
    """The part of a sentence (offsets in it) that is the quote's speaker's: the quote and its reporting frame
    (from the speaker's name to the quote, in either order). Text before the frame ("Despite wide opposition
    to X, Brooks said ...") is the narrator's. Without the speaker's name in the sentence, all of it."""
    named = [m for m in mentions if m.actor == quote.speaker]
    if not named:
        return 0, len(sentence.text)
    name = min(named, key=lambda m: max(m.start - quote.end, quote.start - m.end, 0))
    start = min(name.start, quote.start) - sentence.start
    end = max(name.end, quote.end) - sentence.start
    return max(0, start), min(len(sentence.text), end)


def coordinated_with(sentence, mentions: list, speaker: str) -> list[tuple]:
    """Actors named with a quote's speaker as one subject ("Paris and Berlin have pushed for ..."): they hold
    the position too."""
    named = [m for m in mentions if m.actor == speaker]
    if not speaker or not named:
        return []
    found, after = [], named[0]
    for m in reversed([m for m in mentions if m.end <= named[0].start]):
        gap = sentence.text[m.end - sentence.start:after.start - sentence.start]
        joined = r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?" if not found else r"\s*(?:,|and|&)?\s*(?:and\s+)?(?:the\s+)?"
        if m.actor == speaker or not re.fullmatch(joined, gap):  # "A, B and C": the last link is "and"
            break
        found.append((m.actor, m.affiliation, m.actor_type))
        after = m
    for shared in SHARED_BY.finditer(sentence.text):  # "..., a view shared by Chancellor Friedrich Merz"
        at = sentence.start + shared.end()
        by = next((m for m in mentions if at <= m.start and
                   re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+){0,4}", sentence.text[shared.end():m.start - sentence.start])),
                  None)
        if by is not None and by.actor != speaker and named[0].start < at:
            found.append((by.actor, by.affiliation, by.actor_type))
    return found


# A position another holds too: "a view shared by X", "an assessment echoed by X".
SHARED_BY = re.compile(r"\b(?:a|an|the)\s+(?:view|position|assessment|stance|concern|sentiment|line)\s+(?:also\s+)?"
                       r"(?:shared|echoed|backed|held|endorsed)\s+by\s+(?:the\s+)?")


def first_person_narration(sentences, quote_starts: list[int], reach: list[int]) -> int:
    """How many first-person words (I, my, me) the narrator uses outside the quotations."""
    count = 0
    for sentence in sentences:
        for m in FIRST_PERSON.finditer(sentence.text):
            at = sentence.start + m.start()
            k = bisect.bisect_right(quote_starts, at) - 1
            count += not (k >= 0 and reach[k] > at)
    return count


FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|d|ll|ve)|[Mm]y|[Mm]e)\b")


_UNNAMED_LEAD = re.compile(r"^(?:(?:but|and|while|as|yet)\s+)+", re.IGNORECASE)


def continued_quotes(quotes: list, sentences: list) -> list:
    """The quotes of a document, each a record with a ``basis``. An unnamed source speaks as its description
    (basis "quote (unnamed source)"); a direct quote without a speaker that follows a
    speaker's quote within ``CONTINUATION_WINDOW`` sentences is theirs (the next paragraph of an interview
    answer), with basis "quote (continued)"."""
    starts = [s.start for s in sentences]

    def sent_at(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    records, last = [], None
    for quote in sorted(quotes, key=lambda q: q.start):
        record = SimpleNamespace(**quote._asdict(), basis="quote")
        role = getattr(record, "speaker_role", "")
        if not (isinstance(record.speaker, str) and record.speaker.strip()) and isinstance(role, str) \
                and role.strip() and getattr(record, "speaker_type", "") != "media":
            record.speaker = _UNNAMED_LEAD.sub("", role.strip())  # "Ukrainian officials said": the description
            record.basis = "quote (unnamed source)"
        named = isinstance(record.speaker, str) and record.speaker.strip()
        if named and getattr(record, "speaker_type", "") != "media":
            last = record
        elif not named and getattr(record, "kind", "") == "direct" and last is not None \
                and sent_at(record.start) - sent_at(max(last.start, last.end - 1)) <= CONTINUATION_WINDOW:
            record = SimpleNamespace(**{**vars(record), "speaker": last.speaker, "basis": "quote (continued)",
                                        **{k: getattr(last, k, "") for k in ("affiliation", "speaker_type",
                                                                              "speaker_role")}})
        records.append(record)
    return records


# A letter's signature, a line of its own after the letter: "Miriam Aske, Fenwick", "Father Anselm Doyle, Harlow
# Cross", "Dr Jo Kemble". The name is two to four words; a town may follow a comma.
_SIGNATURE = re.compile(
    r"(?:(?P<title>Dr|Prof|Rev|Revd|Father|Fr|Sister|Mr|Mrs|Ms|Miss|Cllr|Sir|Dame|Lord|Lady)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|(?:de|van|von|da|di|del|der|le|la|bin|al)(?=\s+[A-Z]))){1,3})"
    r"(?P<town>\s*,\s*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})?[.\s]*")


def signed_sections(sentences, mentions: list, quote_starts: list[int], reach: list[int]) -> dict[int, str]:
    """The writer of each sentence of a letters page or a set of signed contributions: sent_id -> the name that
    signs the run of sentences before it (since the last heading), when the signature line is a heading of its
    own naming a person (a person mention, a title, a listed given name or a town after a comma) and the writer
    speaks in the first person outside quotation marks in that run.

    >>> from types import SimpleNamespace as S
    >>> lines = [("A modest sacrifice", True), ("I back the tax.", False), ("It is overdue.", False),
    ...          ("Eleanor Voss, Caddon", True), ("Related stories", True)]
    >>> sentences, at = [], 0
    >>> for i, (text, heading) in enumerate(lines):
    ...     sentences.append(S(sent_id=i, start=at, end=at + len(text), text=text, is_heading=heading))
    ...     at += len(text) + 1
    >>> signed_sections(sentences, [], [], [])
    {1: 'Eleanor Voss', 2: 'Eleanor Voss'}
    """
    signed, section = {}, []
    for sentence in sentences:
        if not getattr(sentence, "is_heading", False):
            section.append(sentence)
            continue
        match = _SIGNATURE.fullmatch(sentence.text.strip())
        if match and section and _names_a_person(match, sentence, mentions) and \
                first_person_narration(section, quote_starts, reach):
            signed.update((s.sent_id, match.group("name")) for s in section)
        section = []  # a heading ends a letter or opens the next
    return signed


def _names_a_person(match, sentence, mentions: list) -> bool:
    at = sentence.start + match.start("name")
    return bool(match.group("title") or match.group("town")) or \
        match.group("name").split()[0].lower() in _given_names() or any(
        m.actor_type == "person" and at <= m.start < sentence.start + match.end("name") for m in mentions)


_given_names = functools.lru_cache(maxsize=1)(lambda: frozenset(resources.read_word_list("given_names.txt")))
