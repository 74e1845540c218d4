"""Positions a speaker held before: "who last year voted against the motion ... “I will be voting for the price
floor”". A statement that places its position in the past ("last year", "in 2021", "used to", "at first") gives
way to the same speaker's present statements on the same target when those take the other side: its cue weights
count at ``EARLIER_WEIGHT``, and its cues say so. A statement whose cue is marked "now" ("I now support it") is
a present position: the same speaker's statements on the other side of that target count as earlier ones. A past
position alone is still the speaker's position (nothing says it changed), so a speaker whose statements all agree
keeps their weights, unless a quotation of the speaker says the mind changed ("said she had changed her mind",
"I've come round"): then a past position with no present one on the other side counts for that other side.
Used by ``analysis.stance``.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.stance_reading import EARLIER_WEIGHT, label

__all__ = ["CHANGED_MIND", "EARLIER", "EARLIER_WEIGHT", "changed_minds", "earlier_positions"]

# A position placed in the past: a past year or period, a habit given up, a first view, "then" closing a clause
# ("I was against it then."), a vote cast before ("I voted against the trial"), a part played ("She was the
# strongest opponent of the trial").
EARLIER = re.compile(r"\b(?:last (?:year|month|spring|summer|autumn|fall|winter|time)|in (?:19|20)\d\d|used to|"
                     r"at first|initially|originally|previously|until recently|\w+ years? ago|"
                     r"at the time|(?:back )?then(?=\s*[.,;:!])|"
                     r"(?:I|we)['’]d have (?:told|said)|years of (?:opposing|supporting|backing|fighting)|had once|"
                     r"when (?:\w+ ){1,3}first|first (?:floated|proposed|mooted|suggested|announced|raised)|"
                     r"(?:I|we|he|she|they) voted (?:against|for)|(?:was|were)\b[^.;:]{0,40}?\b(?:opponents?|critics?|"
                     r"supporters?|champions?) of)\b", re.IGNORECASE)  # a vote cast, a part once played

# A speaker's own word that a position changed: "said she had changed her mind", "I've come round", "I was wrong".
CHANGED_MIND = re.compile(r"\b(?:chang(?:ed|es|ing) (?:my|his|her|their|our|its) (?:minds?|views?)|"
                          r"(?:come|came) a?round(?=\s*[.,;:!?”\"]|\s+to (?:it|the idea|\w+ing)\b)|(?:I|we) was wrong|"
                          r"(?:I|we) were wrong|(?:a|his|her|my) change of heart)", re.IGNORECASE)


def changed_minds(quotes: pd.DataFrame | None) -> frozenset[tuple[str, str]]:
    """The (doc_id, speaker) pairs of ``quotes`` whose words say the speaker's mind changed.

    >>> sorted(changed_minds(pd.DataFrame({"doc_id": ["d", "d"], "speaker": ["A", "B"],
    ...                                    "text": ["she had changed her mind", "it came round again"]})))
    [('d', 'A')]
    """
    if quotes is None or quotes.empty or "text" not in quotes:
        return frozenset()
    hits = quotes[quotes["text"].fillna("").str.contains(CHANGED_MIND) & quotes["speaker"].fillna("").ne("")]
    return frozenset(zip(hits["doc_id"], hits["speaker"], strict=True))


def earlier_positions(frame: pd.DataFrame, changed: frozenset[tuple[str, str]] = frozenset()) -> pd.DataFrame:
    """``stance_statements`` with the weights of past positions lowered where the speaker now takes the other side,
    and turned to the other side where the speaker (a pair of ``changed``) says the mind changed and no present
    statement takes a side.

    >>> rows = pd.DataFrame({"doc_id": ["d", "d"], "speaker": ["A", "A"], "target": ["t", "t"],
    ...     "text": ["A voted against it in 2021.", "“I will vote for it,” A said."], "cues": ["x", "y"],
    ...     "favor": [0.0, 1.0], "against": [1.5, 0.0], "neutral": [0.0, 0.0], "stance": ["against", "favor"],
    ...     "score": [-1.0, 1.0]})
    >>> earlier_positions(rows)[["against", "stance", "cues"]].values.tolist()
    [[0.15, 'against', 'x (an earlier position)'], [0.0, 'favor', 'y']]
    """
    if frame.empty:
        return frame
    texts = frame["text"].fillna("").tolist()
    favor, against = frame["favor"].to_numpy(dtype=float), frame["against"].to_numpy(dtype=float)
    keys = list(zip(frame["doc_id"], frame["speaker"], frame["target"], strict=True))
    sides = [int(f > a) - int(f < a) for f, a in zip(favor.tolist(), against.tolist(), strict=True)]
    now = {keys[k]: sides[k] for k, cue in enumerate(frame["cues"].fillna("")) if "(now)" in cue and sides[k]}
    past = [k for k, text in enumerate(texts) if favor[k] + against[k] > 0 and EARLIER.search(text)
            or now.get(keys[k]) == -sides[k] != 0]  # "I now support it": the other side was an earlier position
    if not past:
        return frame
    past_rows = set(past)
    present: dict[tuple, set[int]] = {}
    for k, (key, side) in enumerate(zip(keys, sides, strict=True)):
        if side and k not in past_rows:
            present.setdefault(key, set()).add(side)
    turned = [k for k in past if sides[k] and keys[k][:2] in changed and not present.get(keys[k])]
    changed = [k for k in past if sides[k] and -sides[k] in present.get(keys[k], set())]
    if not changed and not turned:  # the speaker now takes the other side nowhere
        return frame
    frame = frame.copy()
    neutral = frame["neutral"].to_numpy(dtype=float)
    stance, score, cues = frame["stance"].tolist(), frame["score"].tolist(), frame["cues"].tolist()
    favor, against = favor.copy(), against.copy()
    for k in changed:
        favor[k], against[k] = round(float(favor[k]) * EARLIER_WEIGHT, 3), round(float(against[k]) * EARLIER_WEIGHT, 3)
        stance[k], score[k] = label(favor[k], against[k], neutral[k])
        cues[k] = f"{cues[k]} (an earlier position)"
    for k in turned:  # "When they first talked about it, I signed the petition against it" of a changed mind
        favor[k], against[k] = against[k], favor[k]
        stance[k], score[k] = label(favor[k], against[k], neutral[k])
        cues[k] = f"{cues[k]} (an earlier position, since changed)"
    return frame.assign(favor=favor, against=against, stance=stance, score=score, cues=cues)
