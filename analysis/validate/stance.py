"""Validation of stance against gold rows (doc_id, speaker, target, stance) on a corpus.

A gold row is matched to the kit's ``stance`` row of the same document and target whose speaker is the same
actor (``same_actor``: the same name, an alias seen in the mentions, or the same surname of a full name).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis import columns as C
from analysis import config, pipeline
from analysis.validate import SUMMARY_COLUMNS, ValidationError, read_gold, score, summary

__all__ = ["same_actor", "match_gold", "validation_results", "scores", "validation_table"]


def _norm(name: str) -> str:
    return " ".join(re.sub(r"^the\s+", "", str(name).strip().lower()).split())


def same_actor(gold: str, predicted: str, surfaces: frozenset[str] = frozenset()) -> bool:
    """Whether a gold speaker name and a predicted canonical name denote the same actor.

    >>> same_actor("Hegseth", "Pete Hegseth"), same_actor("the Kremlin", "Kremlin"), same_actor("Kyiv", "Ukraine")
    (True, True, False)
    """
    g, p = _norm(gold), _norm(predicted)
    if not g or not p:
        return False
    if g == p or g in {_norm(s) for s in surfaces}:
        return True
    g_last, p_last = g.split()[-1], p.split()[-1]
    return g_last == p_last and len(g_last) > 3 and (" " in g or " " in p)


def match_gold(gold: pd.DataFrame, stance: pd.DataFrame, mentions: pd.DataFrame | None = None) -> list[str]:
    """The predicted stance for each gold row (doc_id, speaker, target); "none" when the kit has no row."""
    surfaces: dict[tuple[str, str], frozenset[str]] = {}
    if mentions is not None and not mentions.empty:
        for (doc_id, actor), group in mentions.groupby(["doc_id", "actor"]):
            surfaces[(doc_id, actor)] = frozenset(group["surface"].astype(str))
    predicted = []
    for row in gold.itertuples(index=False):
        candidates = stance[(stance["doc_id"] == row.doc_id) & (stance["target"] == row.target)]
        found = [c.stance for c in candidates.itertuples(index=False)
                 if same_actor(row.speaker, c.speaker, surfaces.get((row.doc_id, c.speaker), frozenset()))]
        predicted.append(found[0] if found else "none")
    return predicted


def validation_results(gold: pd.DataFrame, args) -> dict[str, dict]:
    """Score the kit's stance against gold rows (doc_id, speaker, target, stance) on ``args.corpus``.

    Methods: ``lexicon`` (this module; "none" when the kit has no row for the gold speaker, which counts as
    an error; macro-F1 over favor, against and neutral), ``lexicon, attributed rows only`` (the gold rows the kit found
    a row for: how good the labels are once the speaker is found) and ``majority`` (every row labelled with the
    most common gold stance), for reference.
    """
    missing = [c for c in ("doc_id", "speaker", "target", "stance") if c not in gold.columns]
    if missing:
        raise ValidationError(f"the stance gold file lacks the column(s) {', '.join(missing)}")
    if not getattr(args, "corpus", None):
        raise ValidationError("validate stance needs --corpus (the articles the gold refers to)")
    corpus = Path(args.corpus)
    targets = config.input_file(corpus, "targets", getattr(args, "targets", None))
    if targets is None:
        raise ValidationError(f"no targets file: pass --targets or put targets.csv in {config.folder_of(corpus)}")
    tables = pipeline.compute(corpus, config=config.Config(
        actors=config.input_file(corpus, "actors", getattr(args, "actors", None)), targets=targets,
        recursive=bool(getattr(args, "recursive", False))))
    return scores(gold, tables)


def scores(gold: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """``score`` figures of the three methods of ``validation_results`` on computed tables."""
    gold_labels = gold["stance"].str.strip().tolist()
    predicted = match_gold(gold, tables["stance"], tables.get("mentions"))
    majority = max(C.STANCE_LABELS, key=gold_labels.count)
    found = [i for i, label_ in enumerate(predicted) if label_ != "none"]
    lexicon = score(gold_labels, predicted, labels=list(C.STANCE_LABELS))
    lexicon["confusion"] = score(gold_labels, predicted, labels=[*C.STANCE_LABELS, "none"])["confusion"]
    return {"lexicon": lexicon,
            "lexicon, attributed rows only": score([gold_labels[i] for i in found],
                                                            [predicted[i] for i in found],
                                                            labels=list(C.STANCE_LABELS)),
            "majority": score(gold_labels, [majority] * len(gold_labels), labels=list(C.STANCE_LABELS))}


def validation_table(gold_path: str, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Accuracy and macro-F1 on the gold rows of the documents in ``tables`` (method, n, accuracy, macro_f1)."""
    columns = SUMMARY_COLUMNS
    if not gold_path or not Path(gold_path).is_file():
        return pd.DataFrame(columns=columns)
    gold = read_gold(gold_path)
    gold = gold[gold["doc_id"].isin(tables["documents"]["doc_id"])]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    return summary(scores(gold, tables))
