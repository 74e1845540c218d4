"""Validation of frames against gold: primary frames of hand-labelled paragraphs, and generic frames of whole
articles (the narrative-frames format of Frermann et al. 2023) scored as present or absent.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import config, framing, pipeline, segment
from analysis.framing import NONE
from analysis.validate import SUMMARY_COLUMNS, ValidationError, read_gold, score, summary
from analysis.views.framing import primary

__all__ = ["NARRATIVE_FRAME_COLUMNS", "frame_sentence_counts", "paragraph_scores",
           "validation_table", "validation_results", "benchmark_path"]


NARRATIVE_FRAME_COLUMNS = {"CO": "conflict", "HI": "human interest", "EC": "economic consequences",
                           "MO": "morality", "RE": "responsibility"}


def frame_sentence_counts(text: str, *, scheme: str = "generic", path: str | None = None) -> dict[str, int]:
    """How many sentences of a whole text carry each frame of ``scheme``.

    >>> frame_sentence_counts("Prices soared. Investors fled the market.")["economic consequences"]
    2
    """
    counts: dict[str, int] = {}
    for _, start, end in segment.split_text(text):
        for found_scheme, frame, _ in framing.of_text(text[start:end], path=path):
            if found_scheme == scheme:
                counts[frame] = counts.get(frame, 0) + 1
    return counts


def _binary_pairs(gold_sets: list[set[str]], predicted_sets: list[set[str]], labels) -> tuple[list, list]:
    """Flatten multi-label decisions: one (gold, predicted) pair per item and label, "none" when absent."""
    gold, predicted = [], []
    for g, p in zip(gold_sets, predicted_sets, strict=True):
        for label in labels:
            gold.append(label if label in g else NONE)
            predicted.append(label if label in p else NONE)
    return gold, predicted


def _validate_articles(gold: pd.DataFrame) -> dict[str, dict]:
    columns = [c for c in NARRATIVE_FRAME_COLUMNS if c in gold.columns]
    usable = gold[gold["text"].astype(str).str.strip().astype(bool)]
    usable = usable[usable[columns].apply(lambda r: all(str(v).strip(" )").lower() in ("true", "false")
                                                        for v in r), axis=1)]
    gold_sets = [{NARRATIVE_FRAME_COLUMNS[c] for c in columns if str(row[c]).strip(" )").lower() == "true"}
                 for _, row in usable.iterrows()]
    labels = [NARRATIVE_FRAME_COLUMNS[c] for c in columns]
    results = {}
    counts = [frame_sentence_counts(str(t)) for t in usable["text"]]
    for k in (1, 2, 3):
        predicted_sets = [{f for f, n in c.items() if n >= k} for c in counts]
        g, p = _binary_pairs(gold_sets, predicted_sets, labels)
        results[f"generic cues, frame present when >= {k} sentences"] = score(g, p, labels=labels)
    g, p = _binary_pairs(gold_sets, [set(labels)] * len(gold_sets), labels)
    results["baseline: every frame always present"] = score(g, p, labels=labels)
    return results


def _validate_paragraphs(gold: pd.DataFrame, args) -> dict[str, dict]:
    corpus = getattr(args, "corpus", None) if args is not None else None
    if not corpus:
        raise ValidationError("validating frames of paragraphs needs --corpus (the folder the gold "
                                       "file's doc_ids come from)")
    tables = pipeline.compute(corpus, config=config.Config(stages=("framing",)))
    missing = set(gold["doc_id"]) - set(tables["sentences"]["doc_id"])
    if missing:
        raise ValidationError(f"gold doc_ids not in the corpus: {', '.join(sorted(missing)[:5])}")
    return paragraph_scores(gold, tables)


def paragraph_scores(gold: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """Scores of the primary frame of each gold paragraph (columns doc_id, paragraph_id, frame and/or
    generic_frame) against ``primary`` on the tables' frames; one method per scheme."""
    sentences, frames = tables["sentences"], tables["frames"]
    gold = gold.assign(paragraph_id=pd.to_numeric(gold["paragraph_id"], errors="coerce"))
    results = {}
    for scheme, column in (("mfc", "frame"), ("generic", "generic_frame")):
        if column not in gold.columns:
            continue
        rows = gold[gold[column].astype(str).str.strip() != ""]
        predicted = primary(frames, sentences, scheme=scheme).set_index(["doc_id", "paragraph_id"])["frame"]
        labels = [predicted.get((d, int(p)), NONE) if pd.notna(p) else NONE
                  for d, p in zip(rows["doc_id"], rows["paragraph_id"], strict=True)]
        results[f"{scheme} primary frame of a paragraph"] = score(
            rows[column].astype(str).str.strip().tolist(), labels)
    return results


def validation_table(gold_path: str, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Accuracy and macro-F1 of primary frames on the gold paragraphs of the documents in ``tables``
    (columns: method, n, accuracy, macro_f1); empty when the gold file is missing or covers none of them."""
    columns = SUMMARY_COLUMNS
    if not gold_path or not Path(gold_path).is_file():
        return pd.DataFrame(columns=columns)
    gold = read_gold(gold_path)
    if "doc_id" not in gold.columns:
        return pd.DataFrame(columns=columns)
    gold = gold[gold["doc_id"].isin(tables["documents"]["doc_id"])]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    return summary(paragraph_scores(gold, tables))


def validation_results(gold: pd.DataFrame, args=None) -> dict[str, dict]:
    """Score frame detection against gold; two gold formats are recognised by their columns.

    - Paragraph gold (``seeds/annotations/frames.csv``): doc_id, paragraph_id, frame (MFC primary frame),
      generic_frame; needs ``args.corpus``. Predicted: ``primary`` of the paragraph.
    - Article gold with the narrative-frames columns (text, CO, HI, EC, MO, RE as True/False, Frermann et al.
      2023): each generic frame scored as present/absent per article (RE, "resolution", is read as
      Semetko and Valkenburg's responsibility frame); macro-F1 over the five frames.
    """
    if "text" in gold.columns and any(c in gold.columns for c in NARRATIVE_FRAME_COLUMNS):
        return _validate_articles(gold)
    if {"doc_id", "paragraph_id"} <= set(gold.columns):
        return _validate_paragraphs(gold, args)
    raise ValidationError("frames gold needs columns doc_id, paragraph_id, frame (paragraphs) or "
                                   "text, CO, HI, EC, MO, RE (articles)")


def benchmark_path(root: str | Path) -> Path:
    """The narrative-frames article file inside a benchmark folder."""
    return Path(root) / "articles_metadata.tsv"
