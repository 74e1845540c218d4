"""Wall time of the whole pipeline against a plain loop of nltk VADER over the same sentences.

For each size, writes (or reuses) a benchmark corpus, times ``python -m analysis run`` (every table, both
cores by default) from the shell, then times ``SentimentIntensityAnalyzer.polarity_scores`` in a plain loop
in one process over the sentences that run produced. Prints both and the ratio pipeline / VADER (the target
is at most 1: the whole kit costs no more than VADER alone), and the same in CPU seconds (the run's processes
summed, against the loop's process), which a machine shared with other work disturbs less. Usage:
``python benchmarks/pipeline_speed.py [SIZE ...]`` (default 200 articles; the README's figures use 1000
10000 100000). The kit runs from a copy of ``analysis/`` taken at the start.
"""

from __future__ import annotations

import argparse
import resource
import time

import pandas as pd
from _common import WORK, corpus, machine, measure, record, run_command, snapshot

from analysis import resources


def vader_loop(sentences: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds for nltk's VADER over every sentence, one call each, analyzer built once (included)."""
    start, cpu = time.perf_counter(), time.process_time()
    analyzer = resources.vader()
    for text in sentences:
        analyzer.polarity_scores(text)
    return time.perf_counter() - start, time.process_time() - cpu


def children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes of this one and their descendants."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[200], help="numbers of articles")
    parser.add_argument("--workers", type=int, default=None, help="passed to run (default: both cores)")
    args = parser.parse_args()
    root = snapshot("snapshot-speed")  # the same code for every size
    print(machine())
    print(f"{'articles':>9} {'sentences':>10} {'pipeline s':>11} {'VADER s':>8} {'pipeline/VADER':>15} "
          f"{'pipeline CPU s':>15} {'VADER CPU s':>12} {'CPU ratio':>10}")
    for n in args.sizes:
        folder, out = corpus(n), WORK / f"speed-{n}"
        extra = ["--workers", str(args.workers)] if args.workers else []
        cpu = children_cpu()
        run = measure(run_command(folder, out, *extra), cwd=root, env={"PYTHONPATH": str(root)})
        run_cpu = children_cpu() - cpu
        if run.returncode:
            raise SystemExit(f"run failed at {n} articles (exit {run.returncode})")
        sentences = pd.read_csv(out / "sentences.csv", usecols=["text"], dtype=str, keep_default_na=False)["text"]
        loop, loop_cpu = vader_loop(sentences.tolist())
        print(f"{n:>9} {len(sentences):>10} {run.seconds:>11.1f} {loop:>8.1f} {run.seconds / loop:>15.2f} "
              f"{run_cpu:>15.1f} {loop_cpu:>12.1f} {run_cpu / loop_cpu:>10.2f}")
        record("pipeline_speed", articles=n, sentences=len(sentences), run=run, vader_seconds=loop,
               ratio=run.seconds / loop, run_cpu_seconds=run_cpu, vader_cpu_seconds=loop_cpu)


if __name__ == "__main__":
    main()
