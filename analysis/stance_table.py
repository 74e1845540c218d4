"""The ``stance`` table: the statements of one speaker on one target in one document summed into one position,
decided by their cues, else by the tone of the speaker's own words (``analysis.stance_tone``)."""

from __future__ import annotations

import math

import pandas as pd

from analysis import columns as C
from analysis.stance_headlines import HEADLINE
from analysis.stance_reading import label
from analysis.stance_tone import decide

__all__ = ["STANCE_COLUMNS", "aggregate"]


STANCE_COLUMNS = (*C.STANCE, "affiliation", "speaker_type", "n_statements", "cues", "speaker_role", "decided_by",
                  "tone")


def aggregate(statements: pd.DataFrame) -> pd.DataFrame:
    """The ``stance`` table: one row per document, speaker and target, from summed cue weights.

    Output columns: doc_id, speaker, target, stance, score, evidence ("quote:ID", "sent:ID" or "title",
    space-separated), affiliation, speaker_type, n_statements, cues, speaker_role, favor, against, neutral.

    >>> st = pd.DataFrame({"doc_id": ["d", "d"], "speaker": ["A", "A"], "target": ["t", "t"],
    ...     "quote_id": ["q1", ""], "sent_id": [1, 2], "cues": ["x -> against 1.5", "y -> favor 1"],
    ...     "affiliation": ["", ""], "speaker_type": ["person", "person"],
    ...     "favor": [0.0, 1.0], "against": [1.5, 0.0], "neutral": [0.0, 0.0]})
    >>> aggregate(st)[["stance", "score", "evidence"]].values.tolist()
    [['neutral', -0.2, 'quote:q1 sent:2']]
    """
    columns = [*STANCE_COLUMNS, "favor", "against", "neutral"]
    if statements.empty:
        return pd.DataFrame(columns=columns)
    quote_ids = statements["quote_id"].fillna("").astype(str)
    tokens = ("quote:" + quote_ids).where(quote_ids.ne("") & quote_ids.ne("nan"),
                                          "sent:" + statements["sent_id"].astype(str))
    if "basis" in statements.columns:
        tokens = tokens.where(statements["basis"].ne(HEADLINE), "title")
    roles = statements["speaker_role"].fillna("").astype(str) if "speaker_role" in statements.columns else \
        [""] * len(statements)
    tones = statements["tone"] if "tone" in statements.columns else [math.nan] * len(statements)
    out = _grouped(zip(statements["doc_id"], statements["speaker"], statements["target"], statements["favor"],
                       statements["against"], statements["neutral"], statements["affiliation"],
                       statements["speaker_type"], roles, tokens, statements["cues"].fillna(""), tones,
                       strict=True))
    if out.empty:  # every statement without a speaker
        return pd.DataFrame(columns=columns)
    decided = [decide(*label(f, a, n), cues, f + a + n, tone) for f, a, n, cues, tone in zip(
        out["favor"], out["against"], out["neutral"], out["cues"], out["tone"], strict=True)]
    for k, name in enumerate(("stance", "score", "cues", "decided_by")):
        out[name] = [row[k] for row in decided]
    return out[columns]


def _grouped(rows) -> pd.DataFrame:
    """One row per (doc_id, speaker, target) in order of first appearance, as pandas' groupby would give it:
    keys with a missing value left out, weights summed and tones averaged with its compensated (Kahan) sums
    over present values, the first present affiliation and speaker type, the first non-empty role, the
    distinct evidence tokens and the non-empty cues joined."""
    groups: dict[tuple, list] = {}
    for doc_id, speaker, target, favor, against, neutral, affiliation, kind, role, token, cues, tone in rows:
        if pd.isna(doc_id) or pd.isna(speaker) or pd.isna(target):
            continue
        group = groups.get((doc_id, speaker, target))
        if group is None:  # sums, compensations, tone count, size, affiliation, type, role, evidence, cues
            group = groups[(doc_id, speaker, target)] = [[0.0] * 4, [0.0] * 4, 0, 0, None, None, "", {}, []]
        for k, value in enumerate((favor, against, neutral, tone)):
            if value == value:
                _kahan_add(group, k, value)
                group[2] += k == 3
        group[3] += 1
        group[4] = affiliation if group[4] is None and not pd.isna(affiliation) else group[4]
        group[5] = kind if group[5] is None and not pd.isna(kind) else group[5]
        group[6] = group[6] or role
        group[7][token] = None
        if cues:
            group[8].append(cues)
    return pd.DataFrame(
        [{"doc_id": key[0], "speaker": key[1], "target": key[2], "favor": g[0][0], "against": g[0][1],
          "neutral": g[0][2], "n_statements": g[3], "affiliation": g[4], "speaker_type": g[5], "speaker_role": g[6],
          "evidence": " ".join(g[7]), "cues": " | ".join(g[8]), "tone": g[0][3] / g[2] if g[2] else math.nan}
         for key, g in groups.items()])


def _kahan_add(group: list, k: int, value: float) -> None:
    y = value - group[1][k]
    t = group[0][k] + y
    group[1][k] = t - group[0][k] - y
    if group[1][k] != group[1][k]:
        group[1][k] = 0.0  # an infinite value
    group[0][k] = t
