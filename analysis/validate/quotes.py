"""Validation of quotes against gold: pairs gold quotes with extracted ones and scores kind and speaker.

A gold quote is found when an extracted quote of the same document overlaps its span by at least half of the
shorter of the two; it is right when the kind (direct, partial, indirect) and, for "span and speaker", the
speaker agree. ``gold_scores`` and ``gold_errors`` are the sources report's validation tables.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import columns as C
from analysis import config, pipeline
from analysis.validate import ValidationError, read_gold, score

__all__ = ["match_gold", "gold_labels", "validation_results", "gold_scores", "gold_errors"]


def _gold_spans(gold: pd.DataFrame, documents: pd.DataFrame) -> list[tuple[int, int] | None]:
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    used: set[tuple[str, int]] = set()
    spans = []
    for doc_id, content in zip(gold["doc_id"], gold["text"], strict=True):
        text, start = texts.get(doc_id, ""), -1
        position = text.find(content) if content else -1
        while position >= 0 and (doc_id, position) in used:
            position = text.find(content, position + 1)
        start = position
        used.add((doc_id, start))
        spans.append((start, start + len(content)) if start >= 0 else None)
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / max(1, min(a[1] - a[0], b[1] - b[0])) if shared > 0 else 0.0


def match_gold(gold: pd.DataFrame, quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Pair gold quotes with extracted ones: same document and kind, spans overlapping by half the shorter one.

    Args:
        gold: doc_id, kind, speaker, text (the text as it appears in documents.text).
        quotes: the quotes table.
        documents: doc_id, text.

    Returns:
        One row per gold quote and per unmatched extracted quote: doc_id, kind, gold_speaker,
        predicted_speaker, gold_text, predicted_text, status (matched, missed, spurious, not_found).

    >>> docs = pd.DataFrame({"doc_id": ["d"], "text": ["“We go,” she said."]})
    >>> gold = pd.DataFrame({"doc_id": ["d"], "kind": ["direct"], "speaker": ["Ann"], "text": ["We go"]})
    >>> quotes = pd.DataFrame({"doc_id": ["d"], "kind": ["direct"], "speaker": ["Ann"], "text": ["We go"],
    ...                        "start": [1], "end": [6]})
    >>> match_gold(gold, quotes, docs)[["status", "predicted_speaker"]].values.tolist()
    [['matched', 'Ann']]
    """
    rows, taken = [], set()
    for (_, g), span in zip(gold.iterrows(), _gold_spans(gold, documents), strict=True):
        row = {"doc_id": g["doc_id"], "kind": g["kind"], "gold_speaker": g["speaker"], "predicted_speaker": "",
               "gold_text": g["text"], "predicted_text": "", "status": "missed" if span else "not_found"}
        candidates = quotes[(quotes["doc_id"] == g["doc_id"]) & (quotes["kind"] == g["kind"])]
        best, best_overlap = None, 0.5
        for index, q in candidates.iterrows():
            overlap = _overlap(span, (q["start"], q["end"])) if span else 0.0
            if index not in taken and overlap >= best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            taken.add(best)
            row.update(predicted_speaker=quotes.at[best, "speaker"], predicted_text=quotes.at[best, "text"],
                       status="matched")
        rows.append(row)
    for index, q in quotes.iterrows():
        if index not in taken and q["doc_id"] in set(gold["doc_id"]):
            rows.append({"doc_id": q["doc_id"], "kind": q["kind"], "gold_speaker": "", "gold_text": "",
                         "predicted_speaker": q["speaker"], "predicted_text": q["text"], "status": "spurious"})
    return pd.DataFrame(rows, columns=["doc_id", "kind", "gold_speaker", "predicted_speaker", "gold_text",
                                       "predicted_text", "status"])


def gold_labels(matches: pd.DataFrame, *, speaker: bool = True) -> tuple[list[str], list[str]]:
    """Gold and predicted labels for ``score``: per-kind precision and recall of quote finding.

    A gold quote counts as found when an extracted quote of its kind overlaps it (and, with ``speaker``, names the
    same speaker); label 'none' stands for "no quote here".

    >>> m = pd.DataFrame({"kind": ["direct", "direct"], "gold_speaker": ["A", ""],
    ...                   "predicted_speaker": ["B", "C"], "status": ["matched", "spurious"]})
    >>> gold_labels(m), gold_labels(m, speaker=False)
    ((['direct', 'none'], ['none', 'direct']), (['direct', 'none'], ['direct', 'direct']))
    """
    gold, predicted = [], []
    for kind, g_speaker, p_speaker, status in zip(matches["kind"], matches["gold_speaker"],
                                                  matches["predicted_speaker"], matches["status"], strict=True):
        if status == "spurious":
            gold.append("none")
            predicted.append(kind)
            continue
        gold.append(kind)
        right = status == "matched" and (not speaker or g_speaker == p_speaker)
        predicted.append(kind if right else "none")
    return gold, predicted


def validation_results(gold: pd.DataFrame, args) -> dict:
    """``python -m analysis validate quotes --gold F --corpus DIR``: scores with and without the speaker."""
    missing = {"doc_id", "kind", "speaker", "text"} - set(gold.columns)
    if missing:
        raise ValidationError(f"quotes gold needs the columns doc_id, kind, speaker, text; "
                                       f"missing {', '.join(sorted(missing))}")
    if not getattr(args, "corpus", None):
        raise ValidationError("validate quotes needs --corpus (the articles the gold refers to)")
    corpus = Path(args.corpus)
    actors = config.input_file(corpus, "actors", getattr(args, "actors", None))
    tables = pipeline.compute(corpus, config=config.Config(actors=actors, stages=("actors", "quotes")))
    matches = match_gold(gold, tables["quotes"], tables["documents"])
    kinds = list(C.QUOTE_KINDS)
    return {
        "span and speaker": score(*gold_labels(matches), labels=kinds),
        "span only": score(*gold_labels(matches, speaker=False), labels=kinds),
    }


def gold_scores(gold: str | pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Precision, recall and F1 per quote kind against a gold file (empty when there is none).

    Args:
        gold: path of a gold CSV (doc_id, kind, speaker, text) or its frame; "" for none.
        tables: computed tables with ``quotes`` and ``documents``.

    Returns:
        method ("span and speaker", "span only"), kind, precision, recall, f1, n_gold.
    """
    columns = ["method", "kind", "precision", "recall", "f1", "n_gold"]
    if isinstance(gold, str):
        if not gold or not Path(gold).is_file():
            return pd.DataFrame(columns=columns)
        gold = read_gold(gold)
    gold = gold[gold["doc_id"].isin(set(tables["documents"]["doc_id"]))]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    matches = match_gold(gold, tables["quotes"], tables["documents"])
    rows = []
    for method, speaker in (("span and speaker", True), ("span only", False)):
        figures = score(*gold_labels(matches, speaker=speaker), labels=list(C.QUOTE_KINDS))
        for kind, c in figures["per_class"].items():
            rows.append([method, kind, c["precision"], c["recall"], c["f1"], c["support"]])
    return pd.DataFrame(rows, columns=columns)


def gold_errors(gold: str | pd.DataFrame, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The gold comparison's disagreements: missed and spurious quotes and wrong speakers (empty without gold)."""
    if isinstance(gold, str):
        if not gold or not Path(gold).is_file():
            return match_gold(pd.DataFrame(columns=["doc_id", "kind", "speaker", "text"]), tables["quotes"].iloc[:0],
                              tables["documents"])
        gold = read_gold(gold)
    gold = gold[gold["doc_id"].isin(set(tables["documents"]["doc_id"]))]
    matches = match_gold(gold, tables["quotes"], tables["documents"])
    wrong = (matches["status"] == "matched") & (matches["gold_speaker"] != matches["predicted_speaker"])
    return matches[(matches["status"] != "matched") | wrong].reset_index(drop=True)
