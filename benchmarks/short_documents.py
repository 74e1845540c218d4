"""Memory against the number of documents: one CSV of N one-line documents, here and at another commit.

Writes (once) ``benchmarks/_work/short-N.csv``: N distinct one-line documents of 12 to 30 words drawn from the
sample corpus's sentences, a few of them exact copies of earlier ones. Runs the backbone (loading, cleaning,
segmentation, deduplication, the store; no stage) over it with the code of ``--ref`` (a temporary worktree)
and of the working tree, and prints wall time and peak memory (PSS summed over the process tree, and the
largest process) for each. Usage: ``python benchmarks/short_documents.py [N ...] [--ref REV]``
(default 100000).
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import GIB, PYTHON, ROOT, WORK, machine, measure, record, snapshot
from make_corpus import seed_sentences

BACKBONE = ("import sys; from analysis import pipeline; "
            "pipeline.run(sys.argv[1], sys.argv[2], config=pipeline.Config(stages=()), force=True)")


def short_corpus(n: int) -> Path:
    path = WORK / f"short-{n}.csv"
    if not path.is_file():
        WORK.mkdir(parents=True, exist_ok=True)
        rng, words = random.Random(13), " ".join(seed_sentences()).split()
        with open(path, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["id", "text"])
            texts: list[str] = []
            for i in range(n):
                if texts and rng.random() < 0.01:
                    text = rng.choice(texts[-1000:])
                else:
                    start = rng.randrange(len(words) - 30)
                    text = f"{i} " + " ".join(words[start:start + rng.randint(12, 30)])
                texts.append(text)
                writer.writerow([f"d{i:07d}", text])
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100_000])
    parser.add_argument("--ref", default=None, help="git revision to compare with (default: none)")
    args = parser.parse_args()
    now = snapshot("snapshot-short")
    print(machine())
    print(f"{'documents':>10} {'code':>10} {'wall s':>8} {'peak PSS GiB':>13} {'largest proc GiB':>17}")
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        codes = {"now": now}
        if args.ref:
            codes[args.ref] = Path(tmp) / "ref"
            subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(codes[args.ref]), args.ref],
                           cwd=ROOT, check=True)
        try:
            for n in args.sizes:
                path = short_corpus(n)
                for name, code in codes.items():
                    run = measure([PYTHON, "-c", BACKBONE, str(path), str(Path(tmp) / f"out-{name}-{n}")], cwd=code,
                                  env={"PYTHONPATH": str(code)})
                    if run.returncode:
                        raise SystemExit(f"run failed ({name}, {n} documents)")
                    print(f"{n:>10} {name:>10} {run.seconds:>8.1f} {run.peak_pss / GIB:>13.3f} "
                          f"{run.peak_rss_one / GIB:>17.3f}", flush=True)
                    record("short_documents", documents=n, code=name, run=run)
        finally:
            if args.ref:
                subprocess.run(["git", "worktree", "remove", "--force", str(codes[args.ref])], cwd=ROOT, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
