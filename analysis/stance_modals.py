"""Deontic modals in stance reading: a modal ("must", "has to") is favor for the proposition of its clause unless
another cue states what it requires ("must renounce X" is the cue "renounce"). ``analysis.stance_reading`` calls
``without_governing_modals`` before it attaches cues to targets.
"""

from __future__ import annotations

import re

__all__ = ["MODAL_WINDOW", "n_words", "without_governing_modals", "imperative_mentions", "hypothetical"]

MODAL_WINDOW = 4  # words within which a cue or negator after a modal states what the modal requires


def n_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


_WHO = re.compile(r"\b[Ww]ho\s+$")


def without_governing_modals(text, stance_cues, modifiers, spans, clause) -> list:
    """Stance cues without the deontic modals whose requirement another cue states: "must renounce X" is the
    cue "renounce", "must not join X" the negated target; a modal that governs the target itself ("need to
    negotiate", "talks must resume") stays."""
    kept = []
    for start, end, cue in stance_cues:
        if cue.scope == "modal" and _WHO.search(text, max(0, start - 8), start):
            continue  # "villagers, who must drive": what people must do, not what a proposal should be
        if cue.scope == "modal":
            after = sorted([(s, True) for s, _, c in (*stance_cues, *modifiers)
                            if s >= end and c.scope != "modal" and c.stance != "hedge"]
                           + [(s, False) for _, s, _, _ in spans if s >= end])
            first = after[0] if after else None
            if first and first[1] and clause(first[0]) == clause(start) and \
                    n_words(text[end:first[0]]) <= MODAL_WINDOW:
                continue
        kept.append((start, end, cue))
    return kept


# An imperative opening a sentence with the act a target's pattern names: "Keep the voting age at 18." (with an
# inverse pattern, against), "Give us the vote!" (favor). The verb takes a determiner or pronoun; a gerund, a
# participle or a third-person form opens no imperative ("Keeping the age at 18 is wise").
_IMPERATIVE = re.compile(r"([A-Za-z]+)\s+(?:the|a|an|us|them|it|our|their|this|that|these|those|every|all)\b")
_NOT_BASE_FORM = re.compile(r"\w+(?:ing|ed|[^s]s)", re.IGNORECASE)
# "Sell it, and the first thing a new owner cuts is ...", "Ban the cars and the town will be empty": a condition
_AND_THEN = re.compile(r"[^.;:!?]*?,?\s+and\s+(?:you|we|they|people|the|it|there|your|our|their|a|an)\s")


def imperative_mentions(text: str, spans) -> list:
    """The target mentions (target, start, end, inverse?) that open ``text`` as an imperative, unless it asks or
    states a condition whose outcome follows "and".

    >>> imperative_mentions("“Keep the age at 18,” he said.", [("t", 1, 16, True)])
    [('t', 1, 16, True)]
    >>> imperative_mentions("Keeping the age at 18 is wise.", [("t", 0, 21, True)])
    []
    >>> imperative_mentions("Sell it, and the new owner cuts jobs.", [("t", 0, 7, False)])
    []
    """
    if text.rstrip(" ”\"’'").endswith("?"):
        return []
    found = []
    for span in spans:
        verb = _IMPERATIVE.match(text, span[1]) if not text[:span[1]].strip(" “\"‘'") else None
        if verb and verb.end() <= span[2] and not _NOT_BASE_FORM.fullmatch(verb.group(1)) and \
                not _AND_THEN.match(text, span[2]):
            found.append(span)
    return found


# A supposition, after a transcript's label and a name it may address: "SR: Greta Lindqvist, suppose parliament
# passes the sale. What then?"
_SUPPOSING = re.compile(r"\W*(?-i:[A-Z]{1,4}:\s*)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+)?"
                        r"(?:suppose|supposing|what\s+if|let['’]s\s+say|hypothetically)\b", re.IGNORECASE)


def hypothetical(text: str) -> bool:
    """Whether ``text`` opens by supposing what it says, which states no one's position.

    >>> hypothetical("SR: Greta Lindqvist, suppose parliament passes the sale."), hypothetical("Pass the sale.")
    (True, False)
    """
    return _SUPPOSING.match(text) is not None
