"""The Dask engine's client: its own CPU time per article, here and at another commit, on the same cluster setup.

For each version of the kit (``--ref``, checked out into a temporary worktree, and the working tree), starts a
scheduler and two single-threaded workers as separate processes (so their work is not the client's), then
runs ``distributed.run`` over a benchmark corpus in a client process of its own and prints that process's
CPU time (user + system, ``time.process_time``), split into planning (listing the corpus and hashing its
inputs for the manifest, the same code in both) and the rest (submitting, receiving, deduplicating, writing,
committing), per article, with the ratio of the two versions. Usage:
``python benchmarks/client_cpu.py [--ref REV] [--size N ...] [--format csv|parquet] [--stages]``
(default 1000 articles, every stage; ``--stages none`` runs the backbone only, where the client's share is
largest). With two sizes, each version runs at both, and the client's CPU besides planning is split into a
fixed part (importing Dask, connecting, the bounded sample of documents read for repeated lines) and a part
per article, the slope between the two sizes: what an article more costs the client, which is what grows
with a corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PYTHON, ROOT, WORK, corpus, machine, record, snapshot

CLIENT = r"""
import json, sys, time
from analysis import distributed, pipeline
corpus, out, fmt, address, stages = sys.argv[1:6]
config = pipeline.Config(actors=f"{corpus}/actors.csv", targets=f"{corpus}/targets.csv",
                         **({"stages": ()} if stages == "none" else {}))
start, wall = time.process_time(), time.perf_counter()
inputs, wanted = pipeline.plan(corpus, config, fmt=fmt)
planned = time.process_time()
distributed.run(corpus, out, fmt=fmt, config=config, scheduler=address, force=True)
done = time.process_time()
rest = done - planned - (planned - start)
print(json.dumps({"plan": planned - start, "rest": rest, "wall": time.perf_counter() - wall}))
"""


def cluster(code: Path, port: int) -> list[subprocess.Popen]:
    """A scheduler on ``port`` and two single-threaded workers, running the kit in ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code), "CI": "1"}
    dask = [PYTHON, "-m", "distributed.cli.dask_scheduler"]
    processes = [subprocess.Popen([*dask, "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"],
                                  cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    time.sleep(3)
    for _ in range(2):
        processes.append(subprocess.Popen([PYTHON, "-m", "distributed.cli.dask_worker", f"tcp://127.0.0.1:{port}",
                                           "--nthreads", "1", "--nworkers", "1", "--no-dashboard"], cwd=code,
                                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    time.sleep(6)
    return processes


def client_cpu(code: Path, corpus_dir: Path, out: Path, fmt: str, stages: str, port: int) -> dict:
    processes = cluster(code, port)
    try:
        env = {**os.environ, "PYTHONPATH": str(code), "CI": "1"}
        done = subprocess.run([PYTHON, "-c", CLIENT, str(corpus_dir), str(out), fmt, f"tcp://127.0.0.1:{port}",
                               stages], cwd=code, env=env, check=True, capture_output=True, text=True)
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="HEAD", help="git revision to compare with (default HEAD)")
    parser.add_argument("--size", type=int, nargs="+", default=[1000], help="articles in the benchmark corpus (one "
                        "or two sizes)")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv")
    parser.add_argument("--stages", choices=("all", "none"), default="all")
    args = parser.parse_args()
    sizes = args.size[:2]
    now = snapshot("snapshot-client")
    print(machine(), f"| {', '.join(map(str, sizes))} articles, {args.format}, stages: {args.stages}")
    figures: dict[tuple[str, int], dict] = {}
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        before = Path(tmp) / "ref"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(before), args.ref], cwd=ROOT,
                       check=True)
        try:
            port = 18786
            for size in sizes:
                for name, code in (("ref", before), ("now", now)):
                    found = client_cpu(code, corpus(size), Path(tmp) / f"out-{name}-{size}", args.format,
                                       args.stages, port)
                    figures[name, size] = found
                    port += 1
                    per = {key: 1000 * value / size for key, value in found.items()}
                    print(f"{name:>4} ({args.ref if name == 'ref' else 'working tree'}), {size} articles: client CPU "
                          f"ms/article: plan {per['plan']:.3f}, rest {per['rest']:.3f}; wall {found['wall']:.1f} s",
                          flush=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(before)], cwd=ROOT, check=False)
    for size in sizes:
        ratio = figures["ref", size]["rest"] / max(1e-9, figures["now", size]["rest"])
        print(f"{size} articles: client CPU besides planning, {args.ref} / now: {ratio:.1f}x")
    if len(sizes) == 2:
        small, large = sorted(sizes)
        slope = {name: (figures[name, large]["rest"] - figures[name, small]["rest"]) / (large - small)
                 for name in ("ref", "now")}
        fixed = {name: figures[name, small]["rest"] - slope[name] * small for name in ("ref", "now")}
        for name in ("ref", "now"):
            print(f"{name:>4}: besides planning, fixed {fixed[name]:.2f} s + {1000 * slope[name]:.3f} ms per article")
        print(f"per article (slope {small} -> {large}), {args.ref} / now: "
              f"{slope['ref'] / max(1e-9, slope['now']):.1f}x")
    record("client_cpu", articles=sizes, format=args.format, stages=args.stages, revision=args.ref,
           **{f"{name}_{size}": value for (name, size), value in figures.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
