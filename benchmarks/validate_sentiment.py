"""Validate the kit's sentiment methods on the public VADER NYT editorial gold (Hutto and Gilbert 2014).

5,190 New York Times opinion sentences, each with the mean of about 20 human ratings on -4..4. Label rule
of the paper: mean > 0.05 positive, < -0.05 negative, else neutral. Published: VADER F1 0.55, a single human
rater 0.65 (their table 4). The data is read where it lies and never copied into the repository.

Usage: ``python benchmarks/validate_sentiment.py [FOLDER] [--json]``; FOLDER defaults to
``../shared/benchmarks/vader_nyt_editorials`` beside the checkout. Prints the figures of every method and
the Pearson correlation of each score with the human means (published for VADER: 0.492). The paper's F1
is not said to be macro-averaged; the support-weighted F1 is printed beside the macro-F1 for comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from analysis import sentiment, validate

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "benchmarks" / "vader_nyt_editorials"
GOLD_FILE = "nytEditorialSnippets_GroundTruth.txt"


def read_gold(folder: Path) -> pd.DataFrame:
    """The gold as text, label (by the paper's rule) and mean rating."""
    rows = []
    for line in (folder / GOLD_FILE).read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        mean = float(parts[1])
        rows.append({"id": parts[0], "mean": mean, "text": "\t".join(parts[2:]),
                     "label": "positive" if mean > 0.05 else "negative" if mean < -0.05 else "neutral"})
    return pd.DataFrame(rows)


def weighted_f1(figures: dict) -> float:
    """Per-class F1 weighted by gold support (scikit-learn's average="weighted")."""
    classes = figures["per_class"].values()
    return sum(c["f1"] * c["support"] for c in classes) / max(1, sum(c["support"] for c in classes))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="the vader_nyt_editorials folder (default: beside the checkout)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = Path(args.folder or DEFAULT)
    if not (folder / GOLD_FILE).is_file():
        if args.folder:
            print(f"gold not found: {GOLD_FILE} in {folder.name}/", file=sys.stderr)
            return 2
        print("skipped: the public NYT editorial gold is not beside this checkout (pass its folder)")
        return 0
    gold = read_gold(folder)
    results = validate.sentiment.validation_results(gold)
    scored = sentiment.score(gold.assign(doc_id="nyt", sent_id=range(len(gold))))
    correlation = {column: round(float(scored[column].corr(gold["mean"])), 3)
                   for column in ("compound", "compound_news")}
    if args.json:
        figures = json.loads(validate.as_json(results))
        print(json.dumps({"methods": figures, "pearson_r": correlation}, indent=2, sort_keys=True))
    else:
        print(validate.format_report("sentiment (NYT editorials)", results))
        for method, figures in results.items():
            print(f"{method}: support-weighted F1 {weighted_f1(figures):.3f}")
        print(f"Pearson r with the human means: plain {correlation['compound']}, news "
              f"{correlation['compound_news']} (published for VADER: 0.492)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
