"""Validation against hand-labelled gold: macro-F1, accuracy, per-class precision and recall, confusion.

``python -m analysis validate TASK --gold FILE`` dispatches to the task's module (``validate/quotes.py``,
``sentiment.py``, ``stance.py``, ``frames.py``), which returns, per method, the gold and predicted labels; this
module scores them the same way for every task (macro-F1 as the mean of per-class F1 over the classes present
in gold or predictions, as scikit-learn's ``f1_score(average="macro")``). ``agreement.py`` holds agreement
between two annotators (Cohen's kappa).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pandas as pd

__all__ = ["TASKS", "ValidationError", "read_gold", "score", "SUMMARY_COLUMNS", "summary", "format_report",
           "as_json", "main"]

TASKS = ("sentiment", "stance", "frames", "quotes")


def __getattr__(name: str):
    """The task modules on first use (``validate.quotes``), so that importing the scores stays light."""
    if name in (*TASKS, "agreement"):
        import importlib

        return importlib.import_module(f"analysis.validate.{name}")
    raise AttributeError(f"module 'analysis.validate' has no attribute {name!r}")


class ValidationError(RuntimeError):
    """The gold file cannot be used; the message is one line for the user."""


def read_gold(path: str | Path) -> pd.DataFrame:
    """Read a gold CSV or TSV as strings; only the comment lines that open the file are left out.

    Comment lines start with ``#`` and come before the header or right after it; a row further down is read
    even when its first field starts with ``#`` (a hashtag, a "#1" ranking). Blank lines are skipped; their
    count is printed to stderr and kept in ``attrs["skipped_rows"]`` (reason -> count).
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"gold file not found: {path}")
    sep = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    try:
        before_header, blank = _comment_and_blank_lines(path, sep)
        gold = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, comment=None, skiprows=before_header)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError, csv.Error) as exc:
        raise ValidationError(f"cannot read gold file {path}: {str(exc).splitlines()[0]}") from exc
    opening = gold.iloc[:, 0].astype(str).str.startswith("#").astype(bool).cummin()
    gold = gold[~opening].reset_index(drop=True)
    gold.attrs["skipped_rows"] = {"blank line": blank} if blank else {}
    if blank:
        print(f"newsframe: {path.name}: {blank} blank line{'s' * (blank != 1)} skipped", file=sys.stderr)
    return gold


def _comment_and_blank_lines(path: Path, sep: str) -> tuple[int, int]:
    """Lines of comments and blank lines before the header, and blank lines after it (pandas skips those)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=sep)
        before_header = 0
        for row in reader:
            if row and not row[0].startswith("#"):
                break
            before_header = reader.line_num
        return before_header, sum(1 for row in reader if not row)


def score(gold: list[str], predicted: list[str], *, labels: list[str] | None = None) -> dict:
    """Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix.

    >>> s = score(["pos", "neg", "neu", "pos"], ["pos", "neg", "pos", "pos"])
    >>> round(s["accuracy"], 2), round(s["macro_f1"], 3)
    (0.75, 0.6)
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    labels = labels or sorted(set(gold) | set(predicted))
    per_class = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    n = len(gold)
    confusion = pd.crosstab(pd.Series(gold, name="gold"), pd.Series(predicted, name="predicted")).reindex(
        index=labels, columns=labels, fill_value=0)
    return {
        "n": n,
        "accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / n if n else 0.0,
        "macro_f1": sum(c["f1"] for c in per_class.values()) / len(per_class) if per_class else 0.0,
        "per_class": per_class,
        "confusion": confusion,
    }


SUMMARY_COLUMNS = ["method", "n", "accuracy", "macro_f1"]


def summary(results: dict[str, dict]) -> pd.DataFrame:
    """One row per method: method, n, accuracy, macro_f1 (rounded to three places), for reports.

    >>> summary({"lexicon": score(["a", "b"], ["a", "a"])}).values.tolist()
    [['lexicon', 2, 0.5, 0.333]]
    """
    return pd.DataFrame([{"method": m, "n": r["n"], "accuracy": round(r["accuracy"], 3),
                          "macro_f1": round(r["macro_f1"], 3)} for m, r in results.items()], columns=SUMMARY_COLUMNS)


def format_report(task: str, results: dict[str, dict]) -> str:
    """Human-readable figures of every method."""
    lines = []
    for method, figures in results.items():
        lines.append(f"{task} / {method}: n={figures['n']}  accuracy={figures['accuracy']:.3f}  "
                     f"macro-F1={figures['macro_f1']:.3f}")
        for label, c in figures["per_class"].items():
            lines.append(f"    {label:<28} P={c['precision']:.2f} R={c['recall']:.2f} F1={c['f1']:.2f} "
                         f"(n={c['support']})")
        lines.append("    confusion (rows gold, columns predicted):")
        lines.extend("    " + line for line in figures["confusion"].to_string().splitlines())
    return "\n".join(lines)


def as_json(results: dict[str, dict]) -> str:
    """The figures as JSON: method -> macro_f1, accuracy, n, per_class."""
    return json.dumps({m: {"macro_f1": f["macro_f1"], "accuracy": f["accuracy"], "n": f["n"],
                           "per_class": f["per_class"], **({"micro_f1": f["micro_f1"]} if "micro_f1" in f else {})}
                       for m, f in results.items()}, indent=2, sort_keys=True)


def main(args) -> int:
    """Dispatch ``validate TASK`` to ``analysis.validate.TASK.validation_results(gold, args)``."""
    import importlib

    if args.task not in TASKS:
        raise ValidationError(f"unknown task {args.task!r}: choose one of {', '.join(TASKS)}")
    task_module = importlib.import_module(f"analysis.validate.{args.task}")
    gold = read_gold(args.gold)
    results = task_module.validation_results(gold, args)
    formatter = getattr(task_module, "format_results", None)  # a task may lay its figures out itself
    print(as_json(results) if args.json else formatter(results) if formatter else format_report(args.task, results))
    return 0
