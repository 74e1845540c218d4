"""Views of the sentiment report (``notebooks/02-sentiment``): findings, group means with intervals, the most
positive and negative sentences explained, sentiment about and by actors, and their figures.

Group means carry percentile bootstrap intervals (Efron and Tibshirani 1993) with a fixed seed, so a report
is the same on every run. Every figure is computed from the ``sentiment``, ``sentences``, ``documents`` and
``actor_sentiment`` tables and can be traced to its sentences in ``evidence``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis.sentiment import ACTOR_SENTIMENT_COLUMNS
from analysis.vader import EXPLANATION_COLUMNS, THRESHOLD, explain, summarize
from analysis.views import plots

__all__ = ["SEED", "N_BOOT", "SUMMARY_COLUMNS", "explain_sentence", "bootstrap_interval", "summarize_groups",
           "with_context", "aggregate", "extremes", "actor_summary", "evidence", "actors_table", "findings",
           "plot_distribution", "plot_outlets", "plot_along", "plot_actors"]


SEED = 2014
N_BOOT = 1000
SUMMARY_COLUMNS = ("n", "mean", "ci_low", "ci_high", "share_positive", "share_negative")


def explain_sentence(tables: dict[str, pd.DataFrame], doc_id: str, sent_id: int) -> pd.DataFrame:
    """``explain`` for one sentence of the corpus, with start and end as offsets into ``documents.text``.

    Returns:
        doc_id, sent_id, then the columns of ``explain``; empty when the sentence does not exist.

    >>> sentences = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [4], "end": [13],
    ...                           "text": ["Not good."]})
    >>> explain_sentence({"sentences": sentences}, "a", 0)[["token", "start", "end"]].values.tolist()
    [['Not', 4, 7], ['good', 8, 12]]
    """
    sentences = tables["sentences"]
    hit = sentences[(sentences["doc_id"] == doc_id) & (sentences["sent_id"] == sent_id)]
    if hit.empty:
        return pd.DataFrame(columns=["doc_id", "sent_id", *EXPLANATION_COLUMNS])
    row = hit.iloc[0]
    rows = explain(str(row["text"]))
    rows[["start", "end"]] = rows[["start", "end"]] + int(row["start"])
    rows.insert(0, "sent_id", sent_id)
    rows.insert(0, "doc_id", doc_id)
    return rows


def bootstrap_interval(values: Iterable[float], *, key: str = "", n_boot: int = N_BOOT, seed: int = SEED,
                       level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of a mean; the generator is seeded by ``seed`` and the group ``key``.

    >>> bootstrap_interval([0.5, 0.5, 0.5])
    (0.5, 0.5)
    >>> bootstrap_interval([1.0, -1.0], key="a") == bootstrap_interval([1.0, -1.0], key="a")
    True
    """
    data = np.asarray(list(values), dtype=float)
    if data.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])
    means = data[rng.integers(0, data.size, size=(n_boot, data.size))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return (round(float(low), 4), round(float(high), 4))


def _summary(values: pd.Series, key: str, *, n_boot: int, seed: int) -> dict:
    low, high = bootstrap_interval(values, key=key, n_boot=n_boot, seed=seed)
    return {"n": int(values.size), "mean": round(float(values.mean()), 4) if values.size else float("nan"),
            "ci_low": low, "ci_high": high,
            "share_positive": round(float((values >= THRESHOLD).mean()), 4) if values.size else float("nan"),
            "share_negative": round(float((values <= -THRESHOLD).mean()), 4) if values.size else float("nan")}


def summarize_groups(frame: pd.DataFrame, by: list[str], *, column: str = "compound", n_boot: int = N_BOOT,
                     seed: int = SEED) -> pd.DataFrame:
    """Mean, bootstrap interval and shares positive/negative of ``column`` per group of ``by``.

    Returns:
        The ``by`` columns, then n, mean, ci_low, ci_high, share_positive, share_negative.

    >>> frame = pd.DataFrame({"outlet": ["x", "x", "y"], "compound": [0.5, -0.5, 0.2]})
    >>> summarize_groups(frame, ["outlet"])[["outlet", "n", "mean", "share_positive"]].values.tolist()
    [['x', 2, 0.0, 0.5], ['y', 1, 0.2, 1.0]]
    """
    rows = []
    for key, group in frame.groupby(by, sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        summary = _summary(group[column].astype(float), "|".join(map(str, key)), n_boot=n_boot, seed=seed)
        rows.append({**dict(zip(by, key, strict=True)), **summary})
    return pd.DataFrame(rows, columns=[*by, *SUMMARY_COLUMNS])


def with_context(sentiment: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The sentiment table joined with paragraph_id, text, position in the article and outlet_label.

    Returns:
        sentiment's columns plus paragraph_id, text, position (sent_id / (n sentences - 1), 0 to 1),
        outlet_label.
    """
    context = sentences[["doc_id", "sent_id", "paragraph_id", "text"]]
    frame = sentiment.merge(context, on=["doc_id", "sent_id"], how="left")
    n = frame.groupby("doc_id")["sent_id"].transform("max").replace(0, 1)
    frame["position"] = (frame["sent_id"] / n).round(3)
    outlets = documents.set_index("doc_id")["outlet_label"] if "outlet_label" in documents else \
        documents.set_index("doc_id")["outlet"]
    frame["outlet_label"] = frame["doc_id"].map(outlets).fillna("(unknown)")
    return frame


def aggregate(sentiment: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *,
              level: str = "outlet", n_boot: int = N_BOOT, seed: int = SEED) -> pd.DataFrame:
    """Sentiment per paragraph, document or outlet, for the standard and the news score side by side.

    Args:
        sentiment, sentences, documents: the pipeline's tables.
        level: "paragraph", "document" or "outlet" (documents.outlet_label).

    Returns:
        One row per group and score ("compound" or "compound_news"): the group columns, score, n, mean,
        ci_low, ci_high (95% percentile bootstrap of the mean), share_positive, share_negative.

    >>> from analysis.sentiment import score
    >>> sentences = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": [0, 1], "paragraph_id": [0, 0],
    ...                           "text": ["Peace is good.", "War is bad."]})
    >>> documents = pd.DataFrame({"doc_id": ["a"], "outlet_label": ["Wire"]})
    >>> table = aggregate(score(sentences), sentences, documents)
    >>> table[["outlet_label", "score", "n", "share_negative"]].values.tolist()
    [['Wire', 'compound', 2, 0.5], ['Wire', 'compound_news', 2, 0.5]]
    """
    by = {"paragraph": ["outlet_label", "doc_id", "paragraph_id"], "document": ["outlet_label", "doc_id"],
          "outlet": ["outlet_label"]}.get(level)
    if by is None:
        raise ValueError(f"level must be paragraph, document or outlet, not {level!r}")
    frame = with_context(sentiment, sentences, documents)
    parts = [summarize_groups(frame, by, column=column, n_boot=n_boot, seed=seed).assign(score=column)
             for column in ("compound", "compound_news")]
    table = pd.concat(parts, ignore_index=True).sort_values([*by, "score"], kind="stable")
    return table[[*by, "score", *SUMMARY_COLUMNS]].reset_index(drop=True)


def extremes(sentiment: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *, n: int = 2,
             column: str = "compound") -> pd.DataFrame:
    """The ``n`` most positive and most negative sentences per outlet, each with its word-level evidence.

    Returns:
        outlet_label, side ("most positive"/"most negative"), doc_id, sent_id, compound, compound_news,
        text, evidence (``summarize``).
    """
    frame = with_context(sentiment, sentences, documents)
    parts = []
    for _, group in frame.groupby("outlet_label", sort=True):
        ranked = group.sort_values([column, "doc_id", "sent_id"], kind="stable")
        positive = ranked[ranked[column] >= THRESHOLD].tail(n).iloc[::-1].assign(side="most positive")
        negative = ranked[ranked[column] <= -THRESHOLD].head(n).assign(side="most negative")
        parts.extend([positive, negative])
    columns = ["outlet_label", "side", "doc_id", "sent_id", "compound", "compound_news", "text"]
    if not parts:
        return pd.DataFrame(columns=[*columns, "evidence"])
    table = pd.concat(parts, ignore_index=True)[columns]
    table["evidence"] = [summarize(text) for text in table["text"]]
    return table


def actor_summary(actor_sentiment: pd.DataFrame, documents: pd.DataFrame, *, per_outlet: bool = True,
                  column: str = "compound", n_boot: int = N_BOOT, seed: int = SEED) -> pd.DataFrame:
    """Per actor (and outlet), the mean sentiment about them and of their own words, with intervals.

    Returns:
        actor, affiliation, [outlet_label,] role, n, mean, ci_low, ci_high, share_positive, share_negative.

    >>> rows = pd.DataFrame({"doc_id": ["d", "d"], "actor": ["A", "A"], "affiliation": ["X", "X"],
    ...                      "role": ["about", "by"], "compound": [-0.5, 0.4]})
    >>> actor_summary(rows, pd.DataFrame({"doc_id": ["d"], "outlet_label": ["W"]}))[["role", "mean"]].values.tolist()
    [['about', -0.5], ['by', 0.4]]
    """
    outlets = documents.set_index("doc_id")["outlet_label"]
    frame = actor_sentiment.assign(outlet_label=actor_sentiment["doc_id"].map(outlets).fillna("(unknown)"))
    by = ["actor", "affiliation", "outlet_label", "role"] if per_outlet else ["actor", "affiliation", "role"]
    return summarize_groups(frame, by, column=column, n_boot=n_boot, seed=seed)


def evidence(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every sentence with both scores, labels, topic words and its place in the article (a filterable view).

    Returns:
        outlet_label, doc_id, sent_id, paragraph_id, position, compound, compound_news, label, label_news,
        topic_words, text.
    """
    frame = with_context(tables["sentiment"], tables["sentences"], tables["documents"])
    columns = ["outlet_label", "doc_id", "sent_id", "paragraph_id", "position", "compound", "compound_news",
               "label", "label_news", "topic_words", "text"]
    return frame[columns].sort_values(["outlet_label", "doc_id", "sent_id"]).reset_index(drop=True)


def actors_table(tables: dict[str, pd.DataFrame], *, per_outlet: bool = True, min_n: int = 1,
                 column: str = "compound") -> pd.DataFrame:
    """Sentiment about and by each actor, from the ``actor_sentiment`` table.

    Returns:
        actor_summary's columns for groups with at least ``min_n`` rows; empty when the tables have no
        ``actor_sentiment`` (the actors and quotes stages did not run).
    """
    rows = tables.get("actor_sentiment")
    if rows is None:
        rows = pd.DataFrame(columns=list(ACTOR_SENTIMENT_COLUMNS))
    summary = actor_summary(rows, tables["documents"], per_outlet=per_outlet, column=column)
    return summary[summary["n"] >= min_n].reset_index(drop=True)


def findings(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Plain-language key figures of the sentiment tables.

    >>> from analysis.sentiment import score
    >>> sentences = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "paragraph_id": [0], "text": ["War."]})
    >>> tables = {"sentences": sentences, "sentiment": score(sentences),
    ...           "documents": pd.DataFrame({"doc_id": ["a"], "outlet_label": ["W"]})}
    >>> findings(tables)[0]
    '1 sentence scored: 0% positive, 100% negative, 0% neutral by standard VADER.'
    """
    sentiment = tables["sentiment"]
    n = len(sentiment)
    if not n:
        return ["No sentences to score."]
    share = sentiment["label"].value_counts(normalize=True)
    lines = [f"{n} sentence{'s' if n != 1 else ''} scored: {share.get('positive', 0):.0%} positive, "
             f"{share.get('negative', 0):.0%} negative, {share.get('neutral', 0):.0%} neutral by standard VADER."]
    changed = sentiment["label"] != sentiment["label_news"]
    lines.append(f"The news reading changes the label of {int(changed.sum())} sentences ({changed.mean():.0%}); "
                 f"{int((sentiment['topic_words'] != '').sum())} sentences contain a topic word such as "
                 "'war' or 'peace'.")
    outlets = aggregate(sentiment, tables["sentences"], tables["documents"], level="outlet")
    standard = outlets[outlets["score"] == "compound"].sort_values("mean")
    if len(standard) > 1:
        low, high = standard.iloc[0], standard.iloc[-1]
        overlap = low["ci_high"] >= high["ci_low"]
        lines.append(f"Most negative outlet on average: {low['outlet_label']} ({low['mean']:+.2f}); most positive: "
                     f"{high['outlet_label']} ({high['mean']:+.2f}); their 95% intervals "
                     f"{'overlap, so the difference may be chance' if overlap else 'do not overlap'}.")
    return lines


def _figure(height: float = 3.5):
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(8, height))


def _empty(ax, title: str, xlabel: str, ylabel: str, *, note: str = "no sentences to show"):
    ax.text(0.5, 0.5, note, ha="center", va="center", transform=ax.transAxes)
    return plots.finish(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def plot_distribution(tables: dict[str, pd.DataFrame]):
    """Box plots of sentence compound scores per outlet, standard and news side by side; returns the figure."""
    frame = evidence(tables)
    outlets = sorted(frame["outlet_label"].unique())
    fig, ax = _figure(max(3.0, 0.6 * len(outlets) + 1.5))
    if frame.empty:
        return _empty(ax, "Sentence sentiment per outlet", "compound score (-1 to 1)", "outlet")
    positions = np.arange(len(outlets))
    for shift, column, colour in ((-0.18, "compound", "#4c72b0"), (0.18, "compound_news", "#dd8452")):
        data = [frame.loc[frame["outlet_label"] == o, column].to_numpy() for o in outlets]
        parts = ax.boxplot(data, positions=positions + shift, widths=0.3, vert=False, patch_artist=True,
                           manage_ticks=False)
        for box in parts["boxes"]:
            box.set_facecolor(colour)
        parts["boxes"][0].set_label("standard VADER" if column == "compound" else "news reading")
    ax.set_yticks(positions, outlets)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    return plots.finish(ax, title="Sentence sentiment per outlet", xlabel="compound score (-1 to 1)",
                        ylabel="outlet")


def plot_outlets(summary: pd.DataFrame):
    """Mean compound per outlet with 95% bootstrap intervals, for both scores; returns the figure."""
    outlets = sorted(summary["outlet_label"].unique())
    fig, ax = _figure(max(3.0, 0.5 * len(outlets) + 1.5))
    if summary.empty:
        return _empty(ax, "Mean sentence sentiment per outlet", "mean compound score", "outlet")
    for shift, score_name, colour in ((-0.15, "compound", "#4c72b0"), (0.15, "compound_news", "#dd8452")):
        rows = summary[summary["score"] == score_name].set_index("outlet_label").reindex(outlets)
        _interval_dots(ax, rows, shift, colour=colour,
                       label="standard VADER" if score_name == "compound" else "news reading")
    _dot_axes(ax, outlets)
    return plots.finish(ax, title="Mean sentence sentiment per outlet (95% bootstrap interval)",
                        xlabel="mean compound score", ylabel="outlet")


def _interval_dots(ax, rows: pd.DataFrame, shift: float, *, colour: str, label: str) -> None:
    """Means with their bootstrap intervals as dots and error bars, one row per y position."""
    y = np.arange(len(rows)) + shift
    ax.errorbar(rows["mean"], y, xerr=[rows["mean"] - rows["ci_low"], rows["ci_high"] - rows["mean"]],
                fmt="o", color=colour, capsize=3, label=label)


def _dot_axes(ax, labels: list[str]) -> None:
    ax.set_yticks(np.arange(len(labels)), labels)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)


def plot_along(tables: dict[str, pd.DataFrame]):
    """Compound score of each sentence along its article (0 = first sentence, 1 = last); returns the figure."""
    frame = evidence(tables)
    fig, ax = _figure(4.0)
    if frame.empty:
        return _empty(ax, "Sentiment along each article (standard VADER)",
                      "position in the article (0 = start, 1 = end)", "compound score")
    for doc_id, group in frame.groupby("doc_id", sort=True):
        ax.plot(group["position"], group["compound"], marker="o", markersize=3, linewidth=1, label=doc_id)
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return plots.finish(ax, title="Sentiment along each article (standard VADER)",
                        xlabel="position in the article (0 = start, 1 = end)", ylabel="compound score")


def plot_actors(summary: pd.DataFrame, *, top: int = 12):
    """Mean sentiment about each actor and of their own words, with 95% intervals; returns the figure."""
    fig, ax = _figure(4.0)
    if summary.empty:
        return _empty(ax, "Sentiment about and by actors", "mean compound score", "actor",
                      note="no actor mentions or quotes in this corpus")
    pooled = summary.groupby(["actor", "role"], as_index=False).agg(n=("n", "sum"))
    actors = pooled.groupby("actor")["n"].sum().sort_values(ascending=False).head(top).index.tolist()
    fig.set_size_inches(8, max(3.0, 0.45 * len(actors) + 1.5))
    for shift, role, colour in ((-0.15, "about", "#4c72b0"), (0.15, "by", "#c44e52")):
        rows = summary[summary["role"] == role].groupby("actor").agg(
            mean=("mean", "mean"), ci_low=("ci_low", "min"), ci_high=("ci_high", "max")).reindex(actors)
        _interval_dots(ax, rows, shift, colour=colour,
                       label="about them (clause around mention)" if role == "about" else "their own quoted words")
    _dot_axes(ax, actors)
    return plots.finish(ax, title="Sentiment about and by actors (95% bootstrap interval)",
                        xlabel="mean compound score", ylabel="actor")
