"""Write a benchmark corpus: N distinct, realistic articles recombined from the sample corpus's sentences.

Each article is a headline, a dateline paragraph and four to fourteen paragraphs of one to four sentences
drawn from the seeds (so the pipeline meets the same names, quotes and vocabulary as on real copy), with
now and then a line of page furniture ("Share", "Comments") for the cleaner to remove. Outlets and dates go
into ``metadata.csv``. The output depends only on N and ``--seed``; articles are distinct by construction
(each one's content is checked against the others). Usage:
``python benchmarks/make_corpus.py N OUT [--seed 13]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTLETS = ("Reuters", "Associated Press", "TASS", "RIA Novosti", "The Moscow Times", "Kyiv Independent",
           "Ukrinform", "BBC News", "Al Jazeera", "Deutsche Welle", "Politico Europe", "The Guardian",
           "Meduza", "Novaya Gazeta Europe", "Anadolu Agency", "France 24")
CITIES = ("MOSCOW", "KYIV", "WASHINGTON", "BRUSSELS", "LONDON", "BERLIN", "PARIS", "ISTANBUL", "RIYADH",
          "GENEVA", "WARSAW", "ANKARA")
FURNITURE = ("Share", "Comments", "Advertisement", "Read more", "Subscribe to our newsletter")
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])|(?<=[.!?][\"”’])\s+(?=[A-Z“\"])")
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.|Gen\.|Sen\.|Mr\.|Mrs\.|Dr\.|St\.)$")


def seed_sentences() -> list[str]:
    """The sample corpus's body sentences (split by a plain regex: good enough for recombining)."""
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) < 8:  # headlines, labels, furniture
                continue
            parts: list[str] = []
            for part in _BOUNDARY.split(line.strip()):
                if parts and _ABBREVIATION.search(parts[-1]):
                    parts[-1] += " " + part  # "U.S. Gen. Keith Kellogg" is one sentence
                else:
                    parts.append(part)
            sentences += [s for s in parts if len(s.split()) >= 6 and s[-1] in ".!?\"”’"]
    return list(dict.fromkeys(sentences))


def article(rng: random.Random, sentences: list[str], index: int) -> tuple[str, dict]:
    """One article's text and its metadata row."""
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(180))
    outlet = rng.choice(OUTLETS)
    headline = rng.choice(sentences).rstrip(".!?\"”’")
    words = headline.split()
    headline = " ".join(words[: rng.randint(min(6, len(words)), min(14, len(words)))]).strip(",;:—“\"")
    paragraphs = [f"{rng.choice(CITIES)} — " + rng.choice(sentences)]
    for _ in range(rng.randint(4, 14)):
        paragraphs.append(" ".join(rng.sample(sentences, rng.randint(1, 4))))
        if rng.random() < 0.03:
            paragraphs.append(rng.choice(FURNITURE))
    if rng.random() < 0.3:
        paragraphs.append(rng.choice(FURNITURE))
    text = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    meta = {"doc_id": f"a{index:06d}", "outlet": outlet, "date": day.isoformat(), "url": "",
            "title": headline, "language": "en", "translated": ""}
    return text, meta


def write(n: int, out: Path, *, seed: int = 13) -> None:
    sentences = seed_sentences()
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    rows = []
    for index in range(n):
        while True:
            text, meta = article(rng, sentences, index)
            key = hashlib.sha256(" ".join(text.lower().split()[1:]).encode()).hexdigest()
            if key not in seen:
                seen.add(key)
                break
        (out / f"{meta['doc_id']}.txt").write_text(text, encoding="utf-8")
        rows.append(meta)
    with open(out / "metadata.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["doc_id"])
        writer.writeheader()
        writer.writerows(rows)
    for name in ("actors.csv", "targets.csv"):  # the sample corpus's configuration applies to its sentences
        if (SEEDS / name).is_file():
            (out / name).write_bytes((SEEDS / name).read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if args.n < 1:
        print("make_corpus: N must be at least 1", file=sys.stderr)
        return 2
    write(args.n, args.out, seed=args.seed)
    print(f"{args.n} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
