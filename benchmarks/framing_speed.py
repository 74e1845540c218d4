"""Time of the framing stage alone (``frames``, ``lexical`` and ``roles``) per article, this checkout against
an earlier commit, on the same input tables.

The input tables (documents, sentences, mentions) of the first N articles of the benchmark corpus are
computed once by this checkout and pickled; then the framing stage of each version runs in its own process
(the earlier commit's ``analysis/`` is taken with ``git archive``), versions alternating, ROUNDS times each.
Each process first runs the stage on one article (the files it reads are loaded then, as in a long run),
then times four passes over all N articles in CPU time (the machine may be shared): the first pass, with every
word new to the process, and per table (frames, lexical, roles) the best of the other three. Prints the
milliseconds per article of each version (median over the rounds) and the ratios this / earlier: at most 1
means the stage costs no more than it did. Usage:
``python benchmarks/framing_speed.py [REVISION] [--articles 120] [--rounds 5]`` (default revision
``8dd30cc^``, the commit before learned cues).
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from _common import ROOT, corpus

STAGE = """
import json, pickle, sys, time
from analysis import framing
tables = pickle.load(open(sys.argv[1], "rb"))
documents, sentences, mentions = tables["documents"], tables["sentences"], tables["mentions"]
def stage(doc_ids):
    docs = documents[documents["doc_id"].isin(doc_ids)]
    sents = sentences[sentences["doc_id"].isin(doc_ids)]
    ments = mentions[mentions["doc_id"].isin(doc_ids)]
    seconds = []
    for step in (lambda: framing.detect(sents), lambda: framing.lexical(docs, sents),
                 lambda: framing.cast(sents, ments)):
        start = time.process_time()
        step()
        seconds.append(time.process_time() - start)
    return seconds
ids = documents["doc_id"].tolist()
stage(ids[:1])
passes = [stage(ids) for _ in range(4)]
print(json.dumps({"first": sum(passes[0]), "frames": min(p[0] for p in passes[1:]),
                  "lexical": min(p[1] for p in passes[1:]), "roles": min(p[2] for p in passes[1:]),
                  "articles": len(ids)}))
"""
PARTS = ("first", "frames", "lexical", "roles", "best")


def inputs(n: int, path: Path) -> None:
    """Pickle the documents, sentences and mentions of the first ``n`` benchmark articles."""
    from analysis import config, pipeline

    folder = corpus(max(n, 300))
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp)
        for source in sorted(folder.glob("*.txt"))[:n]:
            (subset / source.name).write_bytes(source.read_bytes())
        tables = pipeline.compute(subset, config=config.Config(stages=("actors",)))
    path.write_bytes(pickle.dumps({k: tables[k] for k in ("documents", "sentences", "mentions")}))


def checkout(revision: str, folder: Path) -> Path:
    """The ``analysis/`` package of ``revision`` unpacked under ``folder``."""
    archive = folder / "old.tar"
    subprocess.run(["git", "archive", "-o", str(archive), revision, "analysis"], cwd=ROOT, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "old", filter="data")
    return folder / "old"


def once(root: Path, tables: Path) -> dict[str, float]:
    """CPU seconds per article of the first pass and of each table's best later pass (and their sum,
    ``best``), with ``analysis`` imported from ``root``."""
    done = subprocess.run([sys.executable, "-c", STAGE, str(tables)], cwd=root, capture_output=True, text=True,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["best"] = figures["frames"] + figures["lexical"] + figures["roles"]
    return {k: figures[k] / figures["articles"] for k in PARTS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", nargs="?", default="8dd30cc^")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tables = folder / "tables.pickle"
        inputs(args.articles, tables)
        old = checkout(args.revision, folder)
        timings: dict[str, list[dict[str, float]]] = {args.revision: [], "this": []}
        for _ in range(args.rounds):
            timings[args.revision].append(once(old, tables))
            timings["this"].append(once(ROOT, tables))
    print(f"framing stage on {args.articles} articles, CPU ms per article, median of {args.rounds} alternating "
          f"rounds (first pass: all three tables; then each table's best later pass, and their sum)")
    print(f"  {'version':<12}" + "".join(f"{k:>10}" for k in PARTS))
    medians = {}
    for version, rounds in timings.items():
        medians[version] = {k: statistics.median(r[k] for r in rounds) * 1000 for k in PARTS}
        print(f"  {version:<12}" + "".join(f"{medians[version][k]:>10.2f}" for k in PARTS))
    print(f"  {'ratio':<12}" + "".join(f"{medians['this'][k] / medians[args.revision][k]:>10.2f}" for k in PARTS)
          + f"   (this / {args.revision})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
