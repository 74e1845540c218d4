"""Validate quotes, speakers, stance and furniture on the project's own fresh test texts, half by half.

The texts in ``tests/data`` whose folder names end in ``_fresh_a`` to ``_fresh_z`` and ``_fresh_aa`` to
``_fresh_ah`` (and ``furniture_fresh``) were written apart from the rules: the ``a``, ``c``, ``d``, ``g``, ``i``,
``k``, ``m``, ``n``, ``p``, ``r``, ``t``, ``v``, ``x``, ``z``, ``aa``, ``ac``, ``ae`` and ``ag`` sets (and the
odd-numbered furniture pages) are for development, the ``b``, ``e``, ``f``, ``h``, ``j``, ``l``, ``o``, ``q``,
``s``, ``u``, ``w``, ``y``, ``ab``, ``ad``, ``af`` and ``ah`` sets (even pages) for checking; a set's role was fixed
before the kit first read it. The stance sets ``d`` and ``e`` were written apart from each other but on one debate
(votes at 16 and compulsory voting), so ``e`` checks the stance rules' reach to new writing, not to a new topic.
Matching:

- quotes: a gold quote is found when one kit quote covers 60 % of its token bigrams, or when the kit's quotes
  that lie inside it (a quotation split by its attribution) cover 60 % together; the speaker is right by
  ``analysis.validate.quotes.speaker_right``; precision is the share of the kit's quotes matching a gold row;
- stance: the majority label of the kit's rows for the gold speaker and target (a tie is not right);
- furniture: a gold string is left when a sentence equals it, or contains it and it has four words or more;
  body lines (headlines and quote sentences) are lost when their words are in neither the sentences nor the
  title.

Usage: ``python benchmarks/validate_fresh.py``.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import config, pipeline  # noqa: E402
from analysis.validate import quotes as vq  # noqa: E402

DATA = ROOT / "tests" / "data"
DEVELOPMENT = (*"acdgikmnprtvxz", "aa", "ac", "ae", "ag", "ai")
CHECKING = (*"befhjloqsuwy", "ab", "ad", "af", "ah", "aj")


def _gold(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)


def quote_figures(folder: Path) -> list[dict]:
    q = pipeline.compute(folder, config=config.Config(stages=("actors", "quotes")), workers=1)["quotes"]
    counts, used = collections.Counter(), set()
    for g in _gold(folder / "gold.csv").itertuples():
        kit = q[q["doc_id"] == g.doc_id]
        found = [r for r in kit.itertuples() if vq.coverage((g.text,), r.text) >= 0.6]
        inside = [r for r in kit.itertuples() if len(r.text.split()) >= 2 and vq.coverage((r.text,), g.text) >= 0.8]
        if not found and inside and vq.coverage((g.text,), " ".join(r.text for r in inside)) >= 0.6:
            found = inside
        counts[g.kind, "n"] += 1
        if found:
            used.update(r.Index for r in found)
            counts[g.kind, "found"] += 1
            counts[g.kind, "right"] += any(vq.speaker_right(g.speaker, r.speaker, r.speaker_role, r.affiliation)
                                           for r in found)
    rows = []
    for kind in ("direct", "partial", "indirect"):
        n, mine = counts[kind, "n"], q[q["kind"] == kind]
        rows.append({"folder": folder.name, "kind": kind, "n": n, "found": counts[kind, "found"] / max(n, 1),
                     "right": counts[kind, "right"] / max(n, 1),
                     "precision": float(mine.index.isin(used).mean()) if len(mine) else float("nan")})
    return rows


def stance_figure(folder: Path) -> dict:
    st = pipeline.compute(folder, config=config.Config(targets=str(folder / "targets.csv")), workers=1)["stance"]
    right = found = 0
    gold = _gold(folder / "gold.csv")
    for g in gold.itertuples():
        rows = st[(st["doc_id"] == g.doc_id) & (st["target"] == g.target)] if len(st) else st
        labels = [r.stance for r in rows.itertuples()
                  if vq.speaker_right(g.speaker, r.speaker, r.speaker_role, r.affiliation)]
        top = collections.Counter(labels).most_common(2)
        found += bool(labels)
        right += bool(top) and top[0][0] == g.stance and (len(top) == 1 or top[0][1] > top[1][1])
    return {"folder": folder.name, "kind": "stance", "n": len(gold), "found": found / len(gold),
            "right": right / len(gold), "precision": _decided_precision(st, gold),
            "tone precision": _decided_precision(st[st["decided_by"] == "tone"], gold) if len(st) else float("nan")}


def _decided_precision(st, gold) -> float:
    """Share of the kit's favor / against rows that a gold row of the same document, target and speaker
    confirms (a decided row without any gold row counts as wrong: the gold lists every clear position)."""
    decided = st[st["stance"] != "neutral"] if len(st) else st
    if not len(decided):
        return float("nan")
    right = 0
    for r in decided.itertuples():
        rows = gold[(gold["doc_id"] == r.doc_id) & (gold["target"] == r.target)]
        right += any(g.stance == r.stance and vq.speaker_right(g.speaker, r.speaker, r.speaker_role, r.affiliation)
                     for g in rows.itertuples())
    return right / len(decided)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def furniture_figures(folder: Path) -> list[dict]:
    tables = pipeline.compute(folder, config=config.Config(stages=("actors",)), workers=1)
    sentences = collections.defaultdict(list)
    for r in tables["sentences"].itertuples():
        sentences[r.doc_id].append(_norm(r.text))
    titles = {d: _norm(t) for d, t in zip(tables["documents"]["doc_id"], tables["documents"]["title"].fillna(""),
                                          strict=True)}
    rows = []
    for half, parity in (("development (odd pages)", 1), ("checking (even pages)", 0)):
        furniture = _gold(folder / "furniture.csv")
        furniture = furniture[furniture["doc_id"].str[:2].astype(int) % 2 == parity]
        left = sum(any(s == f or (len(f.split()) >= 4 and f in s) for s in sentences[r.doc_id])
                   for r in furniture.itertuples() if (f := _norm(r.text)))
        body = _gold(folder / "body.csv")
        body = body[body["doc_id"].str[:2].astype(int) % 2 == parity]
        lost = sum(_norm(r.text) not in " ".join(sentences[r.doc_id]) + " " + titles.get(r.doc_id, "")
                   for r in body.itertuples())
        rows.append({"half": half, "furniture": len(furniture), "left": left, "left share": left / len(furniture),
                     "body lines": len(body), "lost": lost})
    return rows


def main() -> None:
    pd.set_option("display.width", 200)
    quotes = [row for half in DEVELOPMENT + CHECKING if (DATA / f"quotes_fresh_{half}" / "gold.csv").is_file()
              for row in quote_figures(DATA / f"quotes_fresh_{half}")]
    stance = [stance_figure(DATA / f"stance_fresh_{half}") for half in DEVELOPMENT + CHECKING
              if (DATA / f"stance_fresh_{half}" / "gold.csv").is_file()]
    print(pd.DataFrame(quotes + stance).round(2).to_string(index=False))
    print()
    print(pd.DataFrame(furniture_figures(DATA / "furniture_fresh")).round(3).to_string(index=False))
    print(f"{', '.join(DEVELOPMENT)} = development sets, {', '.join(CHECKING)} = checking sets; "
          "stance found: a kit row for the gold speaker and target")


if __name__ == "__main__":
    main()
