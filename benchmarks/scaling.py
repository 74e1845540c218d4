"""How the pipeline's time and peak memory grow with the corpus: 10x the articles should cost at most 11x.

For each size, writes (or reuses) a benchmark corpus and runs ``python -m analysis run`` (every table) as a
child process, sampling the memory of it and its worker processes. Prints wall time, time per article,
peak memory (PSS summed over the process tree: pages shared by forked workers are split between them, not
counted twice; and the largest single process) and, from the second size on, the ratio of each step to the
last. Usage: ``python benchmarks/scaling.py [SIZE ...] [--format csv|parquet]`` (default 100 1000; the
README's figures use 1000 10000 100000). The kit runs from a copy of ``analysis/`` taken at the start, so
every size measures the same code. ``--backbone`` runs only the shared machinery (loading, cleaning,
segmentation, deduplication, the store) through ``pipeline.run`` with no stage, to measure it at sizes the
whole pipeline cannot reach in a benchmark session.
"""

from __future__ import annotations

import argparse

from _common import GIB, PYTHON, WORK, corpus, machine, measure, record, run_command, snapshot

BACKBONE = ("import sys; from analysis import pipeline; "
            "pipeline.run(sys.argv[1], sys.argv[2], fmt=sys.argv[3], config=pipeline.Config(stages=()), force=True)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000], help="numbers of articles")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--backbone", action="store_true", help="no stages: loading, cleaning, segmentation")
    args = parser.parse_args()
    root = snapshot("snapshot-scaling")  # the same code for every size
    env = {"PYTHONPATH": str(root)}
    print(machine(), "| backbone only" if args.backbone else "| every stage")
    print(f"{'articles':>9} {'wall s':>8} {'ms/article':>11} {'peak PSS GiB':>13} {'largest proc GiB':>17} "
          f"{'size x':>7} {'time x':>7} {'memory x':>9}")
    previous = None
    for n in sorted(args.sizes):
        out = WORK / f"scaling-{n}"
        command = [PYTHON, "-c", BACKBONE, str(corpus(n)), str(out), args.format] if args.backbone else \
            run_command(corpus(n), out, "--format", args.format, "--engine", args.engine)
        run = measure(command, cwd=root, env=env)
        if run.returncode:
            raise SystemExit(f"run failed at {n} articles (exit {run.returncode})")
        steps = ""
        if previous:
            p_n, p_run = previous
            steps = (f"{n / p_n:>7.1f} {run.seconds / p_run.seconds:>7.2f} "
                     f"{run.peak_pss / max(1, p_run.peak_pss):>9.2f}")
        print(f"{n:>9} {run.seconds:>8.1f} {1000 * run.seconds / n:>11.1f} {run.peak_pss / GIB:>13.3f} "
              f"{run.peak_rss_one / GIB:>17.3f} {steps}", flush=True)
        record("scaling", articles=n, format=args.format, engine=args.engine, backbone=args.backbone, run=run)
        previous = (n, run)


if __name__ == "__main__":
    main()
