"""Views of the stance report (``notebooks/03-stance``): the speaker x target matrix, per-outlet views,
actors reported differently by two outlets, the evidence table, a worked example, findings and figures.

Computed from the ``stance`` and ``stance_statements`` tables; each cell of the matrix can be traced to the
statements (quote or sentence, with the cues that fired) in ``evidence``.
"""

from __future__ import annotations

import pandas as pd

from analysis import columns as C
from analysis.stance import THRESHOLD, label, parse_cues
from analysis.views import plots

__all__ = ["matrix", "by_outlet", "outlet_differences", "evidence", "worked_example", "findings",
           "plot_matrix", "outlet_grid", "plot_outlets", "explain_statement"]


_NUMERIC = ("score", "favor", "against", "neutral", "n_statements")


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Numbers as numbers and text without NaN, also for tables read back from CSV (where all is text)."""
    frame = frame.copy()
    for column in frame.columns:
        if column in _NUMERIC:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(0.0)
        elif column in ("cues", "quote_id", "evidence", "basis", "affiliation", "speaker_type"):
            frame[column] = frame[column].fillna("").astype(str)
    return frame


def matrix(stance: pd.DataFrame, *, min_statements: int = 1) -> pd.DataFrame:
    """Actor x target score over the corpus, from the cue weights summed over all documents.

    Args:
        stance: the ``stance`` table (speaker, target, favor, against, neutral, n_statements).
        min_statements: leave a cell empty when fewer statements support it.

    Returns:
        A frame indexed by speaker with one column per target, each cell the score in [-1, 1] (NaN: no
        statement). Rows are ordered by mean score.

    >>> st = pd.DataFrame({"speaker": ["A", "A", "B"], "target": ["t", "t", "t"], "favor": [1.0, 0.0, 0.0],
    ...                    "against": [0.0, 3.0, 1.5], "neutral": [0.0, 0.0, 0.0], "n_statements": [1, 1, 1]})
    >>> matrix(st).to_dict()
    {'t': {'B': -1.0, 'A': -0.5}}
    """
    if stance.empty:
        return pd.DataFrame()
    stance = _typed(stance)
    sums = stance.groupby(["speaker", "target"])[["favor", "against", "neutral", "n_statements"]].sum()
    total = sums[["favor", "against", "neutral"]].sum(axis=1)
    score = ((sums["favor"] - sums["against"]) / total.where(total > 0)).fillna(0.0).round(3)
    score = score[sums["n_statements"] >= min_statements]
    table = score.unstack("target")
    return table.loc[table.mean(axis=1).sort_values(kind="stable").index]


def by_outlet(stance: pd.DataFrame, documents: pd.DataFrame, *, target: str) -> pd.DataFrame:
    """Per outlet, the stance of each voice it carries on one target (cue weights summed over its articles).

    Output columns: outlet_label, speaker, stance, score, n_documents, evidence (doc_id:evidence).

    >>> st = pd.DataFrame({"doc_id": ["d1"], "speaker": ["A"], "target": ["t"], "favor": [0.0],
    ...     "against": [1.5], "neutral": [0.0], "evidence": ["sent:3"]})
    >>> docs = pd.DataFrame({"doc_id": ["d1"], "outlet_label": ["Wire"]})
    >>> by_outlet(st, docs, target="t")[["outlet_label", "speaker", "stance"]].values.tolist()
    [['Wire', 'A', 'against']]
    """
    columns = ["outlet_label", "speaker", "stance", "score", "n_documents", "evidence"]
    rows = _typed(stance)[stance["target"] == target].merge(documents[["doc_id", "outlet_label"]], on="doc_id")
    out = []
    for (outlet, speaker), group in rows.groupby(["outlet_label", "speaker"], sort=True):
        stance_label, score = label(group["favor"].sum(), group["against"].sum(), group["neutral"].sum())
        out.append((outlet, speaker, stance_label, score, group["doc_id"].nunique(),
                    " ".join(f"{d}:{e}" for d, e in zip(group["doc_id"], group["evidence"], strict=True))))
    return pd.DataFrame(out, columns=columns)


def outlet_differences(stance: pd.DataFrame, documents: pd.DataFrame, *, target: str | None = None) -> pd.DataFrame:
    """Actors whose stance on a target differs between outlets: the same voice reported differently.

    Output columns: speaker, target, n_outlets, stances ("outlet: stance (score)" joined by "; ").

    >>> st = pd.DataFrame({"doc_id": ["d1", "d2"], "speaker": ["A", "A"], "target": ["t", "t"],
    ...     "favor": [1.0, 0.0], "against": [0.0, 1.0], "neutral": [0.0, 0.0], "evidence": ["sent:1", "sent:2"]})
    >>> docs = pd.DataFrame({"doc_id": ["d1", "d2"], "outlet_label": ["X", "Y"]})
    >>> outlet_differences(st, docs)["stances"].tolist()
    ['X: favor (1.0); Y: against (-1.0)']
    """
    columns = ["speaker", "target", "n_outlets", "stances"]
    targets = [target] if target else sorted(stance["target"].unique())
    rows = []
    for target_id in targets:
        views = by_outlet(stance, documents, target=target_id)
        for speaker, group in views.groupby("speaker", sort=True):
            if group["outlet_label"].nunique() > 1 and group["stance"].nunique() > 1:
                rows.append((speaker, target_id, group["outlet_label"].nunique(),
                             "; ".join(f"{o}: {s} ({sc})" for o, s, sc in
                                       zip(group["outlet_label"], group["stance"], group["score"], strict=True))))
    return pd.DataFrame(rows, columns=columns)


def evidence(statements: pd.DataFrame, *, target: str, speaker: str | None = None) -> pd.DataFrame:
    """The statements behind the stance of one target (optionally one speaker), strongest first.

    Output columns: doc_id, speaker, stance, score, basis, quote_id, sent_id, cues, text.
    """
    rows = _typed(statements)[statements["target"] == target]
    if speaker:
        rows = rows[rows["speaker"] == speaker]
    rows = rows.assign(_weight=rows[["favor", "against", "neutral"]].sum(axis=1))
    rows = rows.sort_values(["_weight", "doc_id", "sent_id"], ascending=[False, True, True], kind="stable")
    return rows[["doc_id", "speaker", "stance", "score", "basis", "quote_id", "sent_id", "cues", "text"]] \
        .reset_index(drop=True)


def worked_example(statements: pd.DataFrame, *, target: str) -> tuple[pd.Series, pd.DataFrame]:
    """The statement on ``target`` with the most cues, and its cues as a table (cue, stance, weight).

    The cue table is what the label was computed from: score = (favor - against) / (favor + against + neutral).
    """
    statements = _typed(statements)
    rows = statements[(statements["target"] == target) & statements["cues"].ne("")]
    if rows.empty:
        return pd.Series(dtype=object), parse_cues("")
    n_cues = rows["cues"].str.count(r" \| ") + 1
    best = rows.loc[n_cues.sort_values(ascending=False, kind="stable").index[0]]
    return best, parse_cues(best["cues"])


def findings(tables: dict[str, pd.DataFrame], *, target: str) -> list[str]:
    """Plain-language key figures of the stance tables for one target.

    >>> st = pd.DataFrame({"doc_id": ["d", "d"], "speaker": ["A", "B"], "target": ["t", "t"],
    ...     "stance": ["against", "favor"], "score": [-1.0, 1.0], "favor": [0, 1.5], "against": [1.5, 0],
    ...     "neutral": [0, 0], "n_statements": [1, 1], "evidence": ["sent:1", "sent:2"]})
    >>> findings({"stance": st, "documents": pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]})}, target="t")[0]
    '2 voices take a position on t in 1 articles: 1 against, 1 favor, 0 neutral.'
    """
    rows = _typed(tables["stance"])[tables["stance"]["target"] == target]
    if rows.empty:
        known = sorted(tables["stance"]["target"].unique())
        return [f"No statement about {target!r} was found" + (f" (targets with statements: {', '.join(known)})."
                                                              if known else " (no stance rows at all).")]
    grid = matrix(rows)[target]
    counts = {label_: int(((grid >= THRESHOLD) if label_ == "favor" else (grid <= -THRESHOLD) if
                           label_ == "against" else grid.abs().lt(THRESHOLD)).sum()) for label_ in C.STANCE_LABELS}
    lines = [f"{len(grid)} voices take a position on {target} in {rows['doc_id'].nunique()} articles: "
             f"{counts['against']} against, {counts['favor']} favor, {counts['neutral']} neutral."]
    if counts["against"]:
        lines.append("Against: " + ", ".join(grid[grid <= -THRESHOLD].index) + ".")
    if counts["favor"]:
        lines.append("Favor: " + ", ".join(grid[grid >= THRESHOLD].index) + ".")
    differing = outlet_differences(tables["stance"], tables["documents"], target=target)
    lines.append(f"{len(differing)} {'voice is' if len(differing) == 1 else 'voices are'} reported with "
                 "different stances by different outlets"
                 + (": " + ", ".join(differing["speaker"]) + "." if len(differing) else "."))
    return lines


def _heatmap(frame: pd.DataFrame, *, title: str, xlabel: str, ylabel: str):
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots(figsize=(max(5.0, 1.3 * frame.shape[1] + 3), max(2.5, 0.32 * frame.shape[0] + 1.5)))
    values = frame.to_numpy(dtype=float)
    image = ax.imshow(np.ma.masked_invalid(values), cmap="RdBu", vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(frame.shape[1]), [str(c) for c in frame.columns], rotation=30, ha="right")
    ax.set_yticks(range(frame.shape[0]), [str(i) for i in frame.index])
    for (i, j), value in np.ndenumerate(values):
        if not np.isnan(value):
            ax.text(j, i, f"{value:+.1f}", ha="center", va="center", fontsize=8,
                    color="white" if abs(value) > 0.6 else "black")
    fig.colorbar(image, ax=ax, label="score: -1 against, +1 favor")
    return plots.finish(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def plot_matrix(grid: pd.DataFrame, *, target: str | None = None):
    """Heat map of the actor x target matrix (rows sorted by the chosen target's score); returns the figure."""
    if grid.empty:
        return None
    if target in grid.columns:
        grid = grid.loc[grid[target].sort_values(na_position="last", kind="stable").index]
        grid = grid[[target, *[c for c in grid.columns if c != target]]]
    return _heatmap(grid, title="Who stands where: stance score per actor and target", xlabel="target",
                    ylabel="speaker")


def outlet_grid(views: pd.DataFrame) -> pd.DataFrame:
    """The ``by_outlet`` rows of one target as a speaker x outlet table of scores."""
    if views.empty:
        return pd.DataFrame()
    return views.pivot(index="speaker", columns="outlet_label", values="score")


def plot_outlets(views: pd.DataFrame, *, target: str):
    """Heat map of the voices each outlet carries on one target; returns the figure."""
    grid = outlet_grid(views)
    if grid.empty:
        return None
    return _heatmap(grid, title=f"Voices on {target}, per outlet", xlabel="outlet", ylabel="speaker")


def explain_statement(statement: pd.Series) -> str:
    """A plain-language account of how one statement got its label (Markdown-safe text)."""
    if statement.empty:
        return "No statement with cues for this target."
    cues = parse_cues(statement["cues"])
    sums = {label_: cues.loc[cues["stance"] == label_, "weight"].sum() for label_ in C.STANCE_LABELS}
    parts = [f"'{row.cue}' counts {row.weight:g} toward {row.stance}" for row in cues.itertuples(index=False)]
    quote_id = "" if pd.isna(statement["quote_id"]) else str(statement["quote_id"])
    where = f"quote {quote_id}" if quote_id else f"sentence {statement['sent_id']}"
    return (f"In {statement['doc_id']} ({where}, {statement['basis']}), {statement['speaker']}: "
            + "; ".join(parts) + f". Score = (favor {sums['favor']:g} - against {sums['against']:g}) / "
            f"(favor + against + neutral = {sum(sums.values()):g}) = {statement['score']:+.2f}, so "
            f"{statement['stance']} (favor at +{THRESHOLD} or more, against at -{THRESHOLD} or less).")
