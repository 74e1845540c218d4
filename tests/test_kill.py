"""A run or a report build killed with SIGKILL loses nothing: its workers (and a build's kernels) die with it,
the output folder holds the previous tables or pages or the new ones, and the next run completes and clears
what the killed one left. Ctrl-C or SIGTERM stops a run or a build the same way, in one line.

Each run starts in a session of its own, so every process it started shares its process group; a build's
kernels are started in sessions of their own, so its processes are found by a mark in their environment. The
tests read both from /proc (Linux)."""

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


# ---------------------------------------------------------------------------------------------- interruption

STOPPED = "workers ended, partial output removed, complete outputs kept"


def interrupt(run: subprocess.Popen, signum: int, *, group: bool = False) -> tuple[int, str, list[int]]:
    """Send ``signum`` to the run (to its whole group, as a terminal's Ctrl-C does, with ``group``); return its
    exit status, its stderr and the processes of its group still alive a little later."""
    (os.killpg if group else os.kill)(run.pid, signum)
    _, error = run.communicate(timeout=120)
    wait_for(lambda: not alive(run.pid), 10)
    survivors = alive(run.pid)
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    return run.returncode, error, survivors


def writing(out: Path) -> bool:
    return any((out / ".store").glob("partial-*"))


def test_ctrl_c_stops_a_run_and_its_workers_in_one_line(corpora, tmp_path):
    out = tmp_path / "out"
    run = start(corpora[0], out, "--workers", "2")
    assert wait_for(lambda: len(alive(run.pid)) >= 3 and writing(out), 120), "the pool never started writing"
    status, error, survivors = interrupt(run, signal.SIGINT, group=True)
    assert (status, survivors) == (130, [])
    assert error.splitlines() == [f"newsframe: stopped by SIGINT; {STOPPED}"]
    assert sorted(p.name for p in out.iterdir()) == [".store"]  # no table, and no partial folder
    assert sorted(p.name for p in (out / ".store").iterdir()) == ["lock"]


@pytest.mark.slow
def test_sigterm_stops_a_run_and_keeps_the_previous_tables(corpora, tmp_path):
    alpha, beta = corpora
    out = tmp_path / "out"
    first = start(alpha, out, "--workers", "2")
    assert first.wait(timeout=300) == 0, first.stderr.read()
    previous = files(out)
    run = start(beta, out, "--workers", "2")
    assert wait_for(lambda: len(alive(run.pid)) >= 3 and writing(out), 120), "the pool never started writing"
    status, error, survivors = interrupt(run, signal.SIGTERM)
    assert (status, survivors) == (143, [])
    assert error.splitlines() == [f"newsframe: stopped by SIGTERM; {STOPPED}"]
    assert files(out) == previous
    assert not writing(out)
    store.load(out)



# Python drops an exception raised in an at-fork callback ("Exception ignored"): a signal that reaches the run
# while the pool forks its workers must still stop it. The hook below signals the run from inside the fork.
SIGNAL_IN_FORK = """
import os, signal, sys
sent = []
def signal_once():
    if not sent:
        sent.append(1)
        os.kill(os.getpid(), signal.SIGINT)
os.register_at_fork(after_in_parent=signal_once)
from analysis.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_signal_that_arrives_while_the_pool_forks_still_stops_the_run(corpora, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-c", SIGNAL_IN_FORK, "run", "--corpus", str(corpora[0]), "--out", str(out),
               "--workers", "2"]
    done = subprocess.run(command, cwd=ROOT, env={**os.environ, "CI": "1"}, capture_output=True, text=True,
                          timeout=300)
    assert (done.returncode, done.stderr.splitlines()) == (130, [f"newsframe: stopped by SIGINT; {STOPPED}"])
    assert sorted(p.name for p in (out / ".store").iterdir()) == ["lock"]

# ---------------------------------------------------------------------------------------------- report builds

def pages_plan(folder: Path, label: str, reports: tuple[str, ...]) -> Path:
    """A plan of ``reports`` of one small notebook whose pages show ``label`` (written into ``folder``)."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    notebook = folder / "pages.ipynb"
    if not notebook.exists():
        nb = new_notebook(cells=[
            new_markdown_cell("# Pages"),
            new_code_cell('label: str = "alpha"  # shown on every row\npause: float = 0.3  # seconds a cell waits',
                          metadata={"tags": ["parameters"]}),
            new_code_cell("import time\nimport pandas as pd\ntime.sleep(pause)"),
            new_code_cell("pd.DataFrame({'row': range(300), 'label': [label] * 300})"),
            new_code_cell("time.sleep(pause)\nprint('done', label)")])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        for index, cell in enumerate(nb.cells):
            cell.id = f"cell-{index}"
        nbformat.write(nb, notebook)
    plan = folder / f"{label}.toml"
    plan.write_text("".join(f'[[report]]\nname = "{name}"\nnotebook = "{notebook.as_posix()}"\n'
                            f'parameters = {{ label = "{label}" }}\n' for name in reports), encoding="utf-8")
    return plan


def start_report(plan: Path, out: Path, marker: str, workers: int = 2) -> subprocess.Popen:
    """``python -m analysis report`` in a session of its own; every process it starts (its workers, and their
    kernels, which jupyter_client starts in sessions of their own) inherits ``marker`` in its environment."""
    command = [sys.executable, "-m", "analysis", "report", "--plan", str(plan), "--out", str(out),
               "--workers", str(workers)]
    environment = {**os.environ, "CI": "1", "SOURCE_DATE_EPOCH": "1700000000", "NEWSFRAME_TEST_MARK": marker}
    return subprocess.Popen(command, cwd=ROOT, env=environment, start_new_session=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def marked(marker: str, *, kernels: bool = False) -> list[int]:
    """Processes alive (not zombies) whose environment carries ``marker``; with ``kernels``, only kernels."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            environment = (entry / "environ").read_bytes().split(b"\0")
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError):
            continue
        if state != "Z" and f"NEWSFRAME_TEST_MARK={marker}".encode() in environment and (
                not kernels or b"ipykernel" in command):
            found.append(int(entry.name))
    return found


def stop_report(build: subprocess.Popen, marker: str, signum: int) -> tuple[int, str, list[int]]:
    """Signal the build's own process; return its exit status, stderr and its processes alive a little later."""
    os.kill(build.pid, signum)
    _, error = build.communicate(timeout=120)
    wait_for(lambda: not marked(marker), 10)
    survivors = marked(marker)
    for pid in survivors:  # do not leave them to the next test
        os.kill(pid, signal.SIGKILL)
    return build.returncode, error, survivors


def pages(out: Path) -> dict[str, bytes]:
    """Every HTML page of a report folder (the reports and the index) by name."""
    return {page.name: page.read_bytes() for page in sorted(out.glob("*.html"))}


def litter(out: Path) -> list[str]:
    """Partial files and folders of a build (temporary pages, scratch folders, partial tables)."""
    return sorted(p.name for p in [*out.rglob(".*.partial"), *out.rglob(".partial-*"), *out.rglob("partial-*")])


@pytest.mark.slow
def test_a_report_build_killed_at_random_moments_leaves_whole_pages_and_no_process(tmp_path):
    out = tmp_path / "reports"
    plans = {label: pages_plan(tmp_path, label, ("first",)) for label in ("alpha", "beta")}
    began = time.monotonic()
    first = start_report(plans["alpha"], out, "reference", workers=1)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    duration = time.monotonic() - began
    previous = pages(out)
    seen = []
    build = start_report(plans["beta"], out, "kernels", workers=1)  # killed while its kernel runs
    assert wait_for(lambda: marked("kernels", kernels=True), 120), "the kernel never started"
    assert stop_report(build, "kernels", signal.SIGKILL)[2] == []
    seen.append(pages(out))
    rng = random.Random(16)
    for trial, label in enumerate(("alpha", "beta")):
        build = start_report(plans[label], out, f"trial-{trial}", workers=1)
        time.sleep(duration * rng.uniform(0.2, 1.1))
        assert stop_report(build, f"trial-{trial}", signal.SIGKILL)[2] == [], f"trial {trial}: processes survive"
        seen.append(pages(out))
    rerun = start_report(plans["beta"], out, "rerun", workers=1)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    assert litter(out) == []
    final = pages(out)
    assert sorted(final) == sorted(previous) == ["first.html", "index.html"]
    assert final["first.html"] != previous["first.html"] and b"beta" in final["first.html"]
    for name, page in final.items():
        assert page.endswith(b"</html>\n"), name
        assert all(state[name] in (previous[name], page) or name == "index.html" and state[name].endswith(b"</html>\n")
                   for state in seen), name  # the old page or the new one, whole (the index shows run times)


@pytest.mark.slow
def test_sigterm_stops_a_report_build_its_workers_and_kernels(tmp_path):
    out = tmp_path / "reports"
    build = start_report(pages_plan(tmp_path, "alpha", ("first", "second")), out, "term")
    assert wait_for(lambda: len(marked("term", kernels=True)) == 2, 120), "the kernels never started"
    status, error, survivors = stop_report(build, "term", signal.SIGTERM)
    assert (status, survivors) == (143, [])
    assert error.splitlines() == [f"newsframe: stopped by SIGTERM; {STOPPED}"]
    assert litter(out) == []
    assert all(page.endswith(b"</html>\n") for page in pages(out).values())
