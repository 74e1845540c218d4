"""Positions a speaker held before: "who last year voted against the motion ... “I will be voting for the price
floor”". A statement that places its position in the past ("last year", "in 2021", "used to", "at first") gives
way to the same speaker's present statements on the same target when those take the other side: its cue weights
count at ``EARLIER_WEIGHT``, and its cues say so. A past position alone is still the speaker's position (nothing
says it changed), so a speaker whose statements all agree keeps their weights. Used by ``analysis.stance``.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.stance_reading import label

__all__ = ["EARLIER", "EARLIER_WEIGHT", "earlier_positions"]

# A position placed in the past: a past year or period, a habit given up, a first view, a vote cast before.
EARLIER = re.compile(r"\b(?:last (?:year|month|spring|summer|autumn|fall|winter|time)|in (?:19|20)\d\d|used to|"
                     r"at first|initially|originally|previously|until recently|\w+ years? ago|"
                     r"(?:I|we)['’]d have (?:told|said)|years of (?:opposing|supporting|backing|fighting))\b",
                     re.IGNORECASE)
EARLIER_WEIGHT = 0.1


def earlier_positions(frame: pd.DataFrame) -> pd.DataFrame:
    """``stance_statements`` with the weights of past positions lowered where the speaker now takes the other side.

    >>> rows = pd.DataFrame({"doc_id": ["d", "d"], "speaker": ["A", "A"], "target": ["t", "t"],
    ...     "text": ["A voted against it in 2021.", "“I will vote for it,” A said."], "cues": ["x", "y"],
    ...     "favor": [0.0, 1.0], "against": [1.5, 0.0], "neutral": [0.0, 0.0], "stance": ["against", "favor"],
    ...     "score": [-1.0, 1.0]})
    >>> earlier_positions(rows)[["against", "stance", "cues"]].values.tolist()
    [[0.15, 'against', 'x (an earlier position)'], [0.0, 'favor', 'y']]
    """
    if frame.empty:
        return frame
    past = frame["text"].fillna("").str.contains(EARLIER) & (frame["favor"] + frame["against"] > 0)
    if not past.any():
        return frame
    frame = frame.copy()
    keys = ["doc_id", "speaker", "target"]
    sides = frame.assign(side=(frame["favor"] - frame["against"]).apply(lambda d: (d > 0) - (d < 0)))
    present = sides[~past & sides["side"].ne(0)].groupby(keys)["side"].agg(set)
    for i in frame.index[past]:
        now = present.get(tuple(frame.loc[i, keys]), set())
        side = sides.loc[i, "side"]
        if side and -side in now:  # the speaker now takes the other side
            frame.loc[i, ["favor", "against"]] = (frame.loc[i, ["favor", "against"]].to_numpy(dtype=float)
                                                  * EARLIER_WEIGHT).round(3)
            frame.loc[i, ["stance", "score"]] = label(frame.loc[i, "favor"], frame.loc[i, "against"],
                                                      frame.loc[i, "neutral"])
            frame.loc[i, "cues"] = f"{frame.loc[i, 'cues']} (an earlier position)"
    return frame
