"""Validate quote, speaker, furniture and stance finding on the development data, half by half.

Two datasets beside the checkout in ``devdata/``: PolNeAR's dev split (84 US election articles of 2016 with
every attribution annotated as source, cue and content spans; Newell, Margolin and Ruths 2018, LREC) and 30
real 2022-2026 articles, 16 of them with hand gold for quotes, page furniture and speakers' stances. The kit
runs once over each corpus, every stage, one document at a time: a document it crashes on is reported as
failed, its gold quotes and stances count as not found and its furniture is not scored. The figures are
split into the tuning and checking halves of ``analysis.validate.quotes.half`` (the sha256 of doc_id).

Matching rules (``devdata/scripts/score.py``): a gold quote is found when a kit quote of the same document
covers at least 60 % of its token bigrams; its speaker is right when the gold speaker's surname (or a content
word of an unnamed source) is in the kit's speaker, role or affiliation; precision is the share of the kit's
quotes matching some gold row. Unlike ``score.py``, a possessive ending of the gold speaker is dropped
(PolNeAR's source spans sometimes hold it: "Trump’s claim that ..."). Furniture: gold strings (their first 60
characters) still in ``sentences``.
Stance: the majority label of the kit's ``stance`` rows for the gold speaker and target; a tie counts as not
right (``score.py`` breaks ties by the order of a set, which changes between processes). The data is read
where it lies and never copied into the repository.

Usage: ``python benchmarks/validate_quotes.py [--devdata DIR]``; DIR defaults to ``../shared/devdata``
beside the checkout.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import pandas as pd
from _common import record

from analysis import config, validate
from analysis.validate import quotes as vq

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "devdata"
COLUMNS = ["dataset", "half", "docs", "kind", "n", "found", "right", "right|found", "kit", "precision"]


def run_kit(corpus: Path, targets: Path | None) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Every table of a corpus, one document at a time, and the documents the kit crashed on."""
    run_config = config.Config(targets=str(targets) if targets else None)
    return vq.compute_by_document(corpus, config=run_config)


def quote_rows(dataset: str, gold: pd.DataFrame, quotes: pd.DataFrame, half: str) -> list[list]:
    """The quote figures of one half, one row per kind."""
    gold = vq.in_half(gold, half)
    figures = vq.token_figures(gold, quotes)
    docs = gold["doc_id"].nunique()
    return [[dataset, half, docs, f.kind, f.n, f.found, f.speaker, f.speaker_of_found, f.n_kit, f.precision]
            for f in figures.itertuples()]


def still_there(furniture: str, sentence: str) -> bool:
    """Whether `sentence` still holds the furniture string: its first 60 characters are in the sentence and the
    two agree from there for as long as both go (a string cut into several sentences agrees with the first).

    The scorer beside the development data stops at the 60 characters, so a pull quote that was cut counts
    as left when the body sentence it repeats starts the same way:

    >>> body = "The minister said the talks in Geneva would go on until every prisoner was home, whatever it took."
    >>> pull = "The minister said the talks in Geneva would go on until every prisoner was home"
    >>> still_there(pull, body), still_there(pull + ", she wrote.", body), still_there(body, body[:70])
    (True, False, True)
    """
    at = sentence.find(furniture[:60])
    if at < 0:
        return False
    rest = sentence[at:]
    return rest[:len(furniture)] == furniture[:len(rest)]


def furniture_rows(gold: pd.DataFrame, sentences: pd.DataFrame, half: str, failed: set[str]) -> list[list]:
    """Gold furniture strings of the half still in the sentences (failed documents left out): the string
    itself, and by the scorer's test (its first 60 characters in a sentence)."""
    gold = vq.in_half(gold, half)
    gold = gold[~gold["doc_id"].isin(failed)]
    by_doc = {doc_id: [vq.normalise(t) for t in texts] for doc_id, texts in sentences.groupby("doc_id")["text"]}
    pairs = [(vq.normalise(text), by_doc.get(doc_id, []))
             for doc_id, text in zip(gold["doc_id"], gold["text"], strict=True)]
    left = sum(any(still_there(text, s) for s in sents) for text, sents in pairs)
    prefix = sum(any(text[:60] in s for s in sents) for text, sents in pairs)
    docs = gold["doc_id"].nunique()
    return [["articles", half, docs, kind, len(gold), _share(count, len(gold)), None, None, None, None]
            for kind, count in (("furniture left", left), ("furniture prefix", prefix))]


def stance_row(gold: pd.DataFrame, stance: pd.DataFrame, half: str) -> list:
    """Gold stances of the half with a kit row for the speaker and target (found) and the majority label right."""
    gold = vq.in_half(gold, half)
    fields = [c for c in ("speaker", "speaker_role", "affiliation") if c in stance.columns]
    covered = right = 0
    for g in gold.itertuples():
        rows = stance[(stance["doc_id"] == g.doc_id) & (stance["target"] == g.target)]
        votes = [vq.normalise(r["stance"]) for _, r in rows.iterrows() if vq.speaker_right(g.speaker, *r[fields])]
        covered += bool(votes)
        ranked = collections.Counter(votes).most_common(2)
        # A tie is not right: the scorer beside the gold breaks it by set order, which varies with the process.
        right += bool(votes) and ranked[0][0] == g.stance and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
    return ["articles", half, gold["doc_id"].nunique(), "stance", len(gold), _share(covered, len(gold)),
            _share(right, len(gold)), _share(right, covered), None, None]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", help="the devdata folder (default: ../shared/devdata beside the checkout)")
    args = parser.parse_args()
    devdata = Path(args.devdata or DEFAULT)
    polnear, articles, gold_dir = devdata / "polnear_dev", devdata / "articles", devdata / "articles_gold"
    if not (polnear / "attributions.csv").is_file() or not (gold_dir / "quotes.csv").is_file():
        if args.devdata:
            print(f"development data not found in {devdata}", file=sys.stderr)
            return 2
        print("skipped: the development data is not beside this checkout (pass --devdata DIR)")
        return 0
    rows, failures = [], []
    for dataset, corpus, gold_file, targets in (
            ("articles", articles, gold_dir / "quotes.csv", devdata / "targets.csv"),
            ("polnear", polnear / "texts", polnear / "attributions.csv", None)):
        raw = validate.read_gold(gold_file)
        gold, _ = vq.token_gold(raw, vq.gold_format(raw))
        tables, failed = run_kit(corpus, targets)
        failures += [(dataset, doc_id, error) for doc_id, error in zip(failed["doc_id"], failed["error"], strict=True)]
        for half in vq.HALVES:
            rows += quote_rows(dataset, gold, tables["quotes"], half)
            if dataset == "articles":
                rows += furniture_rows(validate.read_gold(gold_dir / "furniture.csv"), tables["sentences"], half,
                                       set(failed["doc_id"]))
                rows.append(stance_row(validate.read_gold(gold_dir / "stance.csv"), tables["stance"], half))
    table = pd.DataFrame(rows, columns=COLUMNS)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}", na_rep="",
                          formatters={"kit": lambda v: "" if pd.isna(v) else f"{v:.0f}"}))
    print("found: a kit quote covers >= 60% of the gold text's token bigrams, or of each part of a split quotation "
          "(furniture left: share of the gold "
          "strings still in sentences; furniture prefix: the scorer's test, a gold string's first 60 characters "
          "in a sentence; stance: a kit stance row for the gold speaker and target); right: found "
          "with the right speaker (stance: the right position), over n (polnear: over rows with a source); "
          "precision: share of the kit's quotes of that kind matching a gold row (quoted = direct + partial)")
    for dataset, doc_id, error in failures:
        print(f"failed: {dataset} {doc_id} ({error}); its gold counts as not found")
    if not failures:
        print("failed: no document")
    record("validate_quotes", rows=table.astype(object).where(table.notna(), None).values.tolist(),
           failed=failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
