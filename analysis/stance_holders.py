"""Who holds the position a sentence states when no quotation carries it: the subject of the cue's clause
("Moscow has viewed any expansion ... as a threat"), the subject a participle goes on with, or the person a
pronoun stands for. ``analysis.stance`` attributes a sentence's own cues with these.
"""

from __future__ import annotations

import re

from analysis.stance_reading import n_words

__all__ = ["clause_subjects", "participle_subject", "previous_person_of"]

_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:with|to|from|for|of|against|about|after|before|between|toward|towards|"
                          r"among|than|on|at|into|over|without)\s+(?:the\s+)?$", re.IGNORECASE)
_AIMED_AT = re.compile(r"\b(?:against|on|onto|toward|towards|into|over)\s+(?:the\s+)?\Z", re.IGNORECASE)  # what a
# measure is aimed at ("sanctions against Russia") holds no position in the clause
# The subject of a clause set before the main one holds nothing the main clause says: "Two months after Russia
# launched its invasion, Americans are stalwart in ... supporting sanctions".
_SUBORDINATE_OPENING = re.compile(r"\W*(?:[\w-]+\s+){0,3}?(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Ww]hen|[Ww]hile|"
                                  r"[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f|[Oo]nce)\s[^,;:“”\"]{3,120},")
# A participle that goes on with the sentence's subject, right before a cue: "..., while regularly tightening".
_PARTICIPLE_CLAUSE = re.compile(r"[,—–]\s*(?:(?:while|by|after|before|when)\s+)?(?:\w+ly\s+)?(\w{3,}ing\s+)?\Z")
# A name opening the sentence before its finite verb.
_OPENING_SUBJECT = re.compile(r"\W*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)(?=\s+(?:(?:has|have|had|also|\w+ly)\s+)*"
                              r"[a-z]+(?:ed|s)\b)")
_POSSESSIVE = re.compile(r"^['’]s?\b(?!\s+(?:position|view|stance|line)\b)")


def clause_subjects(sentence, mentions: list, anchor: int, spans, bounds, previous_person) -> list[tuple]:
    """Actors holding the position stated in the clause that contains ``anchor`` (offset in the sentence)."""
    text, base = sentence.text, sentence.start
    clause_start = max([b for b in bounds if b <= anchor], default=0)
    rows = []
    for m in mentions:
        local = m.start - base
        if not (clause_start <= local < anchor) or any(s <= local < e for _, s, e, _ in spans):
            continue
        if _POSSESSIVE.match(text[m.end - base:]):
            continue
        before = text[max(0, local - 25):local]
        rows.append((local, m.end - base, m.actor, m.affiliation, m.actor_type,
                     bool(re.search(r"according\s+to\s+$", before, re.IGNORECASE)),
                     bool(_PREPOSITION.search(before))))
    pronoun = _PRONOUN.search(text, clause_start, anchor)
    if pronoun and (not rows or pronoun.start() < rows[0][0]) and previous_person is not None:
        return [previous_person]
    rows = [r for r in rows if r[4] != "media" and not r[5]]  # a source reporting, not a position holder
    opening = _SUBORDINATE_OPENING.match(text, clause_start)
    if opening and opening.end() <= anchor:
        rows = [r for r in rows if r[0] >= opening.end()]
    rows = [r for r in rows if not r[6]] or \
        [r for r in rows if not _AIMED_AT.search(text, max(0, r[0] - 16), r[0])]
    # "In talks with Putin, Trump rejected ...": Trump; "a motion from X, who asked ...": X; "a majority supporting
    # sanctions against Russia": nobody named
    if not rows:
        return []
    chosen = [rows[0]]
    for row in rows[1:]:
        last = chosen[-1]
        between = text[last[1]:row[0]]
        if last[4] != "person" and row[4] == "person" and len(chosen) == 1 and n_words(between) <= 3 \
                and "," not in between:
            chosen = [row]
        elif re.fullmatch(r"\s*(?:,|and|&)?\s*(?:and\s+)?(?:the\s+)?", between):
            chosen.append(row)
        else:
            break
    unique = {}
    for row in chosen:
        unique.setdefault(row[2], (row[2], row[3], row[4]))
    return list(unique.values())


def previous_person_of(mentions: list, start: int) -> tuple | None:
    """The first person named in the nearest earlier sentence that names one (its likely subject)."""
    before = [m for m in mentions if m.end <= start and m.actor_type == "person"]
    if not before:
        return None
    first = next(m for m in before if m.sent_id == before[-1].sent_id)
    return first.actor, first.affiliation, first.actor_type


def participle_subject(sentence, mentions: list, anchor: int) -> list[tuple]:
    """The name that opens the sentence before its finite verb, when the cue at ``anchor`` is a participle going on
    with it after a comma or a dash: "Biden has ramped up aid — he asked ... — while regularly tightening sanctions"
    is Biden's."""
    lead = _PARTICIPLE_CLAUSE.search(sentence.text, 0, anchor)
    if lead is None or not (lead.group(1) or re.match(r"\w{3,}ing\b", sentence.text[anchor:])):
        return []
    opener = _OPENING_SUBJECT.match(sentence.text)
    return [(m.actor, m.affiliation, m.actor_type) for m in mentions[:1]
            if opener and opener.start(1) <= m.start - sentence.start < opener.end(1)
            and m.actor_type in ("person", "organization")]
