"""Deontic modals in stance reading: a modal ("must", "has to") is favor for the proposition of its clause unless
another cue states what it requires ("must renounce X" is the cue "renounce"). ``analysis.stance_reading`` calls
``without_governing_modals`` before it attaches cues to targets.
"""

from __future__ import annotations

import re

__all__ = ["MODAL_WINDOW", "n_words", "without_governing_modals"]

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
