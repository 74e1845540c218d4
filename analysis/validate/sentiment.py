"""Validation of sentiment against gold sentences: every method of the kit against hand or public labels.

Methods: ``plain`` (nltk VADER's compound, labelled at +-0.05), ``news`` (the news reading), and
``actor_window`` / ``actor_window_news`` (the clause around a named target, when the gold row names one).
"""

from __future__ import annotations

import re

import pandas as pd

from analysis import sentiment
from analysis.validate import ValidationError, read_gold, score

__all__ = ["METHODS", "GOLD_LABELS", "predict", "validation_results", "validation_table"]
METHODS = ("plain", "news", "actor_window", "actor_window_news")
GOLD_LABELS = {"negative": "negative", "neutral": "neutral", "positive": "positive", "-1": "negative",
               "0": "neutral", "1": "positive", "neg": "negative", "neu": "neutral", "pos": "positive",
               "-1.0": "negative", "0.0": "neutral", "1.0": "positive", "+1": "positive"}


def _target_span(text: str, target: str) -> tuple[int, int] | None:
    """Offsets of ``target`` in ``text`` (case-insensitive), else of its last word; None when absent."""
    for needle in (target, target.split()[-1] if target.split() else ""):
        if needle:
            match = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE)
            if match:
                return match.span()
    return None


def predict(gold: pd.DataFrame) -> pd.DataFrame:
    """Labels of every method for a gold frame (text, optional target).

    Returns:
        gold's rows with plain, news, actor_window and actor_window_news labels; the window methods score
        (standard or news reading) the clause around the target where one is given and found, else the
        whole text; has_target marks the rows whose target was found.

    >>> gold = pd.DataFrame({"text": ["Kyiv was praised, but Moscow was condemned."], "target": ["Moscow"]})
    >>> predict(gold)[["plain", "actor_window", "has_target"]].values.tolist()
    [['negative', 'negative', True]]
    """
    texts = gold["text"].astype(str).tolist()
    targets = gold["target"].astype(str).tolist() if "target" in gold else [""] * len(texts)
    scored = sentiment.score(pd.DataFrame({"doc_id": "gold", "sent_id": range(len(texts)), "text": texts}))
    window, window_news, has_target = [], [], []
    for text, target, plain, news in zip(texts, targets, scored["label"], scored["label_news"], strict=True):
        span = _target_span(text, target.strip()) if target.strip() else None
        has_target.append(span is not None)
        if span is None:
            window.append(plain)
            window_news.append(news)
            continue
        left, right = sentiment.clause_span(text, *span)
        clause = sentiment.of_text(text[left:right])
        window.append(clause["label"])
        window_news.append(clause["label_news"])
    return gold.assign(plain=scored["label"].to_numpy(), news=scored["label_news"].to_numpy(),
                       actor_window=window, actor_window_news=window_news, has_target=has_target)


def _gold_labels(gold: pd.DataFrame):
    missing = {"text", "label"} - set(gold.columns)
    if missing:
        raise ValidationError(f"gold file needs columns text and label (missing: {', '.join(sorted(missing))})")
    labels = gold["label"].astype(str).str.strip().str.lower().map(GOLD_LABELS)
    if labels.isna().any():
        bad = gold.loc[labels.isna(), "label"].iloc[0]
        raise ValidationError(f"gold label {bad!r} is not negative/neutral/positive or -1/0/1")
    return labels.tolist()


def validation_results(gold: pd.DataFrame, args=None) -> dict[str, dict]:
    """Score every method (plain, news, actor windows) against a gold frame (``validate sentiment``).

    When some gold rows name a target, the sentence and window methods are also compared on those rows
    only ("plain@target", "actor_window@target", ...): the fair test of the window.

    >>> gold = pd.DataFrame({"text": ["A wonderful day.", "The war goes on."], "label": ["positive", "0"]})
    >>> {m: r["accuracy"] for m, r in validation_results(gold).items()}
    {'plain': 0.5, 'news': 1.0, 'actor_window': 0.5, 'actor_window_news': 1.0}
    """
    labels = _gold_labels(gold)
    predicted = predict(gold)
    order = ["negative", "neutral", "positive"]
    results = {method: score(labels, predicted[method].tolist(), labels=order)
               for method in METHODS}
    mask = predicted["has_target"].to_numpy()
    if mask.any():
        targeted = [label for label, keep in zip(labels, mask, strict=True) if keep]
        for method in METHODS:
            results[f"{method}@target"] = score(targeted, predicted.loc[mask, method].tolist(),
                                                       labels=order)
    return results


def validation_table(gold_path: str) -> pd.DataFrame:
    """Macro-F1, accuracy and n of every method on a gold file (method, n, accuracy, macro_f1)."""
    results = validation_results(read_gold(gold_path))
    return pd.DataFrame([{"method": m, "n": r["n"], "accuracy": round(r["accuracy"], 3),
                          "macro_f1": round(r["macro_f1"], 3)} for m, r in results.items()])
