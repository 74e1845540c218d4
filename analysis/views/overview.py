"""Corpus overview: what the corpus holds, what cleaning removed and why, and how long the documents are.

Plain summaries of the ``documents``, ``removed``, ``sentences``, ``skipped`` and ``warnings`` tables for the
overview report; every figure here can be traced back to rows of those tables.
"""

from __future__ import annotations

import pandas as pd

from analysis.views import plots

__all__ = ["DOCUMENT_VIEW", "documents", "removed_by_reason", "removed_evidence", "sentence_lengths", "problems",
           "findings", "plot_lengths", "plot_removed"]

DOCUMENT_VIEW = ("doc_id", "outlet_label", "title", "date", "language", "translated", "n_paragraphs",
                 "n_sentences", "n_tokens", "chars_removed")


def documents(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per document with its metadata and lengths, sorted by doc_id.

    >>> docs = pd.DataFrame({"doc_id": ["b", "a"], "n_tokens": [5, 7]})
    >>> documents({"documents": docs})["doc_id"].tolist()
    ['a', 'b']
    """
    frame = tables["documents"]
    return frame[[c for c in DOCUMENT_VIEW if c in frame.columns]].sort_values("doc_id").reset_index(drop=True)


def removed_by_reason(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Spans and characters removed per reason and document (columns: reason, doc_id, spans, chars).

    >>> removed = pd.DataFrame({"doc_id": ["a", "a"], "start_raw": [0, 10], "end_raw": [5, 12],
    ...                         "text": ["Title", "ok"], "reason": ["title", "share_buttons"]})
    >>> removed_by_reason({"removed": removed})[["reason", "chars"]].values.tolist()
    [['share_buttons', 2], ['title', 5]]
    """
    removed = tables["removed"]
    if removed.empty:
        return pd.DataFrame(columns=["reason", "doc_id", "spans", "chars"])
    chars = removed["end_raw"].astype(int) - removed["start_raw"].astype(int)
    return (removed.assign(chars=chars).groupby(["reason", "doc_id"], as_index=False)
            .agg(spans=("text", "size"), chars=("chars", "sum")).sort_values(["reason", "doc_id"])
            .reset_index(drop=True))


def removed_evidence(tables: dict[str, pd.DataFrame], *, width: int = 120) -> pd.DataFrame:
    """Every removed span with its reason, the text shortened to ``width`` characters."""
    removed = tables["removed"]
    shortened = removed["text"].astype(str).str.strip().map(
        lambda t: t if len(t) <= width else t[: width - 1] + "…")
    return removed.assign(text=shortened)[["doc_id", "reason", "start_raw", "end_raw", "text"]]


def sentence_lengths(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per document: sentences, median and longest sentence in tokens, headings."""
    sentences = tables["sentences"]
    if sentences.empty:
        return pd.DataFrame(columns=["doc_id", "sentences", "median_tokens", "max_tokens", "headings"])
    return (sentences.groupby("doc_id", as_index=False)
            .agg(sentences=("sent_id", "size"), median_tokens=("n_tokens", "median"),
                 max_tokens=("n_tokens", "max"), headings=("is_heading", "sum")))


def problems(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Skipped inputs and warnings in one table (columns: doc_id, kind, message)."""
    skipped = tables.get("skipped", pd.DataFrame(columns=["doc_id", "reason"]))
    warnings = tables.get("warnings", pd.DataFrame(columns=["doc_id", "message"]))
    rows = [skipped.assign(kind="skipped").rename(columns={"reason": "message"})[["doc_id", "kind", "message"]],
            warnings.assign(kind="warning")[["doc_id", "kind", "message"]]]
    return pd.concat(rows, ignore_index=True)


def findings(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Three to five sentences of what the overview shows, computed from the tables.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet_label": ["X", "Y"], "n_tokens": [100, 300],
    ...                      "n_sentences": [5, 9], "chars_removed": [0, 40], "raw_chars": [600, 1800]})
    >>> removed = pd.DataFrame({"doc_id": ["b"], "start_raw": [0], "end_raw": [40], "text": ["x"],
    ...                         "reason": ["publisher_appeal"]})
    >>> findings({"documents": docs, "removed": removed, "skipped": pd.DataFrame(columns=["doc_id"])})[0]
    '2 documents from 2 outlets: 14 sentences, 400 word tokens.'
    """
    docs = tables["documents"]
    removed = tables["removed"]
    skipped = tables.get("skipped", pd.DataFrame())
    out = [f"{len(docs)} documents from {docs['outlet_label'].nunique()} outlets: "
           f"{int(docs['n_sentences'].sum())} sentences, {int(docs['n_tokens'].sum())} word tokens."]
    if len(docs):
        longest = docs.loc[docs["n_tokens"].astype(int).idxmax()]
        out.append(f"The longest document is {longest['doc_id']} ({int(longest['n_tokens'])} tokens); the median "
                   f"is {int(docs['n_tokens'].astype(int).median())} tokens.")
    if not removed.empty:
        by_reason = removed_by_reason(tables).groupby("reason")["chars"].sum().sort_values(ascending=False)
        share = docs["chars_removed"].astype(int).sum() / max(1, docs["raw_chars"].astype(int).sum())
        out.append(f"Cleaning removed {len(removed)} spans ({share:.0%} of the raw characters); the largest "
                   f"reason is {by_reason.index[0]} ({int(by_reason.iloc[0])} characters).")
    else:
        out.append("Cleaning removed nothing: no page furniture was recognised.")
    out.append({0: "No input was skipped.", 1: "1 input was skipped."}.get(len(skipped),
                                                                          f"{len(skipped)} inputs were skipped."))
    return out


def plot_lengths(tables: dict[str, pd.DataFrame]):
    """Bar chart of word tokens per document, coloured by outlet; returns the figure."""
    import matplotlib.pyplot as plt

    docs = documents(tables)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(docs) + 1)))
    outlets = sorted(docs["outlet_label"].unique())
    colours = {o: plt.cm.tab10(i % 10) for i, o in enumerate(outlets)}
    ax.barh(docs["doc_id"], docs["n_tokens"].astype(int), color=[colours[o] for o in docs["outlet_label"]])
    ax.invert_yaxis()
    plots.finish(ax, title="Length of each document after cleaning", xlabel="word tokens", ylabel="document")
    return fig


def plot_removed(tables: dict[str, pd.DataFrame]):
    """Stacked bars of characters removed per document and reason; returns the figure."""
    import matplotlib.pyplot as plt

    table = removed_by_reason(tables)
    fig, ax = plt.subplots(figsize=(8, 3.5))
    if table.empty:
        ax.text(0.5, 0.5, "nothing removed", ha="center", va="center", transform=ax.transAxes)
    else:
        wide = table.pivot_table(index="doc_id", columns="reason", values="chars", aggfunc="sum", fill_value=0)
        wide.plot.barh(stacked=True, ax=ax, colormap="tab20")
        ax.invert_yaxis()
        ax.legend(title="reason", fontsize=8, loc="lower right")
    plots.finish(ax, title="What cleaning removed, by reason", xlabel="characters removed", ylabel="document")
    return fig
