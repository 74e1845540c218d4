"""The parallel engines write the same tables as one process: a pool of processes, and a real Dask cluster."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import distributed, pipeline, store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


REPEATED = "The Evening Digest lands in your inbox at six"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Thirteen articles over two chunks: the seeds, the seeds with paragraphs reversed, an exact duplicate
    in the second chunk of an article in the first (different white space and case), and an empty file. The
    seeds carry one line of furniture that only their repetition across documents gives away."""
    folder = tmp_path_factory.mktemp("corpus")
    seeds = sorted(SEEDS.glob("*.txt"))
    for i, path in enumerate(seeds):
        text = path.read_text(encoding="utf-8")
        (folder / f"a{i}.txt").write_text(f"{text}\n{REPEATED}\n", encoding="utf-8")
        paragraphs = [p for p in text.split("\n") if p.strip()]
        (folder / f"b{i}.txt").write_text("\n\n".join(reversed(paragraphs)) + "\n", encoding="utf-8")
    (folder / "c0.txt").write_text("Wire copy from Geneva.\n\nThe talks ended without a deal, officials said.\n")
    (folder / "c1.txt").write_text("   \n")
    duplicate = (folder / "a1.txt").read_text(encoding="utf-8")
    (folder / "z1.txt").write_text("  " + duplicate.replace("\n", "\n\n").upper(), encoding="utf-8")
    for name in ("actors.csv", "targets.csv"):
        if (SEEDS / name).is_file():
            shutil.copy(SEEDS / name, folder / name)
    return folder


def _config(folder: Path) -> pipeline.Config:
    def beside(name):
        return str(folder / name) if (folder / name).is_file() else None

    return pipeline.Config(actors=beside("actors.csv"), targets=beside("targets.csv"))


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("single")
    pipeline.run(corpus, out, config=_config(corpus), workers=1)
    return out


@pytest.fixture(scope="module")
def single_parquet(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("single-parquet")
    pipeline.run(corpus, out, fmt="parquet", config=_config(corpus), workers=1)
    return out


def assert_same_tables(expected: Path, actual: Path) -> None:
    want, got = store.load(expected), store.load(actual)
    assert sorted(want) == sorted(got)
    for name in want:
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)
    assert store.read_manifest(expected) == store.read_manifest(actual)
    written = {path.name: path.read_bytes() for path in sorted(actual.iterdir()) if path.is_file()}
    assert written == {path.name: path.read_bytes() for path in sorted(expected.iterdir()) if path.is_file()}
    assert [path.name for path in (actual / store.STORE_DIR).iterdir() if path.name.startswith("partial-")] == []


@pytest.mark.slow
def test_single_process_keeps_lowest_doc_id_of_duplicates(single):
    tables = store.load(single)
    assert pipeline.chunk_size(13) < 13  # the duplicate pair spans two chunks
    assert "a1" in set(tables["documents"]["doc_id"]) and "z1" not in set(tables["documents"]["doc_id"])
    reasons = dict(zip(tables["skipped"]["doc_id"], tables["skipped"]["reason"], strict=True))
    assert reasons["z1"] == "exact duplicate of a1"
    assert "c1" in reasons
    assert not (tables["sentences"]["doc_id"] == "z1").any()
    repeated = tables["removed"][tables["removed"]["reason"] == "repeated_line"]
    assert sorted(repeated["doc_id"]) == sorted(f"a{i}" for i in range(len(list(SEEDS.glob("*.txt")))))
    assert not tables["documents"]["text"].str.contains(REPEATED).any()


@pytest.mark.slow
def test_process_pool_matches_single_process(corpus, single, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_DOCS", 1)
    pipeline.run(corpus, tmp_path, config=_config(corpus), workers=2)
    assert_same_tables(single, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_dask_cluster_matches_single_process(corpus, single, single_parquet, tmp_path, fmt):
    """Workers write the chunks as partitions, decide duplicates by partition and concatenate the tables: the
    committed files are the local engine's, byte for byte (duplicates across chunks included)."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        distributed.run(corpus, tmp_path, fmt=fmt, config=_config(corpus), scheduler=cluster.scheduler_address,
                        force=False)
    assert_same_tables(single if fmt == "csv" else single_parquet, tmp_path)


class _Done:
    def __init__(self, value, log):
        self.value, self.log = value, log

    def result(self):
        self.log.append(("result", self.value))
        return self.value


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_in_order_bounds_chunks_in_flight(limit):
    log: list = []

    def submit(chunk):
        log.append(("submit", chunk[0]))
        return _Done(chunk[0], log)

    chunks = [[i] for i in range(7)]
    results = [value for _, value in pipeline.in_order(submit, chunks, limit=limit)]
    assert results == list(range(7))
    outstanding = peak = 0
    for event, _ in log:
        outstanding += 1 if event == "submit" else -1
        peak = max(peak, outstanding)
    assert peak == limit


def test_chunks_do_not_depend_on_workers():
    sizes = [pipeline.chunk_size(n) for n in (1, 99, 100, 1_000, 1_000_000)]
    assert sizes == sorted(sizes)
    assert all(pipeline.MIN_CHUNK_SIZE <= size <= pipeline.CHUNK_SIZE for size in sizes)
