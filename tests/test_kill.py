"""A run killed with SIGKILL loses nothing: its workers die with it, the output folder holds the previous
tables or the new ones, and the next run completes and clears what the killed one left.

Each run starts in a session of its own, so every process it started shares its process group; the tests
read the groups from /proc (Linux)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from analysis import pipeline, store

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process groups from /proc")

CITIES = ("Geneva", "Riyadh", "Ankara", "Vienna", "Oslo", "Doha")
N_DOCS = pipeline.PARALLEL_MIN_DOCS + 20  # enough for the pool of worker processes


def make_corpus(folder: Path, tag: str) -> Path:
    """Short articles, different for each ``tag``."""
    folder.mkdir(parents=True)
    for i in range(N_DOCS):
        city = CITIES[i % len(CITIES)]
        (folder / f"{tag}{i:03d}.txt").write_text(
            f"Talks in {city} resumed on day {i} of the {tag} round, officials said.\n\n"
            f"“We are ready to continue,” negotiator Anna Berg told reporters in {city}.\n\n"
            f"Item {i} will be discussed again next week, according to a statement.\n", encoding="utf-8")
    return folder


def start(corpus: Path, out: Path, *args: str) -> subprocess.Popen:
    """``python -m analysis run`` in a session of its own (its pid is its process group)."""
    command = [sys.executable, "-m", "analysis", "run", "--corpus", str(corpus), "--out", str(out), *args]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, "CI": "1"}, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def alive(group: int) -> list[int]:
    """Processes of a process group that have not ended (zombies have ended)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[2]) == group:
            found.append(int(entry.name))
    return found


def wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def kill(run: subprocess.Popen) -> list[int]:
    """SIGKILL the run's own process only; return the processes of its group still alive a little later."""
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=60)
    wait_for(lambda: not alive(run.pid), 10)
    survivors = alive(run.pid)
    for pid in survivors:  # do not leave them to the next test
        os.kill(pid, signal.SIGKILL)
    run.communicate(timeout=60)  # the survivors held its pipes
    return survivors


def files(folder: Path) -> dict[str, bytes]:
    """What a reader of the documented paths sees: each file directly in ``folder``, links followed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("corpora")
    return make_corpus(folder / "alpha", "alpha"), make_corpus(folder / "beta", "beta")


def test_the_workers_of_a_killed_run_die_with_it(corpora, tmp_path):
    run = start(corpora[0], tmp_path / "out", "--workers", "2")
    assert wait_for(lambda: len(alive(run.pid)) >= 3, 120), "the pool of two workers never started"
    assert kill(run) == []


@pytest.mark.slow
def test_a_run_killed_at_random_moments_leaves_old_or_new_tables_and_the_rerun_tidies_up(corpora, tmp_path):
    alpha, beta = corpora
    out = tmp_path / "out"
    began = time.monotonic()
    first = start(alpha, out, "--workers", "2")
    assert first.wait(timeout=300) == 0, first.stderr.read()
    duration = time.monotonic() - began
    reference = {alpha: files(out)}
    pipeline.run(beta, tmp_path / "beta-reference", config=pipeline.Config(), workers=1)
    reference[beta] = files(tmp_path / "beta-reference")
    assert reference[alpha] != reference[beta]
    holds = alpha
    rng = random.Random(16)
    trials = 5
    for trial in range(trials):
        target = beta if holds == alpha else alpha
        run = start(target, out, "--workers", "2")
        time.sleep(1.2 * duration * rng.uniform(trial, trial + 1) / trials)  # from the start to after the end
        assert kill(run) == [], f"trial {trial}: processes of the killed run survive"
        now = files(out)
        assert now in (reference[holds], reference[target]), f"trial {trial}: neither run's tables"
        holds = holds if now == reference[holds] else target
        store.load(out)  # the manifest matches every table
    rerun = start(beta, out)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    assert files(out) == reference[beta]
    assert sorted(p.name for p in (out / ".store").iterdir()) == ["current", "lock", store.committed(out).name]
    assert not list(out.glob(".partial-*"))


@pytest.mark.slow
def test_a_second_run_into_the_same_folder_is_refused_while_the_first_writes(corpora, tmp_path):
    alpha, beta = corpora
    out = tmp_path / "out"
    first = start(alpha, out, "--workers", "1")
    try:
        writing = wait_for(lambda: any((out / ".store").glob("partial-*")) or any(out.glob(".partial-*")), 120)
        assert writing, "the first run never started writing"
        os.kill(first.pid, signal.SIGSTOP)  # keep it writing while the second one starts
        second = start(beta, out)
        _, error = second.communicate(timeout=300)
        assert second.returncode == 2
        assert error.strip().splitlines() == [f"newsframe: error: {out} is being written by another run (pid "
                                              f"{first.pid}); wait for it to finish or choose another --out"]
    finally:
        os.kill(first.pid, signal.SIGCONT)
    assert first.wait(timeout=300) == 0
    assert store.load(out)["documents"]["doc_id"].str.startswith("alpha").all()


@pytest.mark.slow
def test_the_dask_workers_of_a_killed_run_die_with_it(corpora, tmp_path):
    pytest.importorskip("dask.distributed")
    run = start(corpora[0], tmp_path / "out", "--engine", "dask", "--workers", "2")
    assert wait_for(lambda: len(alive(run.pid)) >= 3, 120), "the local cluster never started"
    time.sleep(1)
    assert kill(run) == []
