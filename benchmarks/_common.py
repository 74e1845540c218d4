"""Shared by the speed benchmarks: benchmark corpora, timed runs with peak memory, a line about the machine."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "_work"
PYTHON = sys.executable
GIB = 1024 ** 3


def corpus(n: int) -> Path:
    """The benchmark corpus of ``n`` articles under benchmarks/_work/ (written once, then reused)."""
    folder = WORK / f"corpus-{n}"
    if not (folder / "metadata.csv").is_file():
        subprocess.run([PYTHON, str(ROOT / "benchmarks" / "make_corpus.py"), str(n), str(folder)], check=True,
                       stdout=subprocess.DEVNULL)
    return folder


@dataclass
class Measured:
    seconds: float
    peak_pss: int  # bytes: proportional set size summed over the process tree (shared pages split)
    peak_rss_sum: int  # bytes: resident set size summed over the tree (shared pages counted per process)
    peak_rss_one: int  # bytes: RSS of the largest single process in the tree
    returncode: int


def _tree_memory(process: psutil.Process) -> tuple[int, int, int]:
    pss = rss = largest = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0, 0, 0
    for member in members:
        try:
            info = member.memory_full_info()
            pss += getattr(info, "pss", info.rss)
            rss += info.rss
            largest = max(largest, info.rss)
        except psutil.Error:
            continue
    return pss, rss, largest


def measure(command: list[str], *, cwd: Path = ROOT, interval: float = 0.25, env: dict | None = None) -> Measured:
    """Run a command; its wall time and the peak memory of it and its children (sampled every ``interval``)."""
    environment = {**os.environ, "CI": "1", **(env or {})}  # no progress bars in the timings
    start = time.perf_counter()
    process = psutil.Popen(command, cwd=cwd, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_pss = peak_rss = peak_one = 0
    while process.poll() is None:
        pss, rss, one = _tree_memory(process)
        peak_pss, peak_rss, peak_one = max(peak_pss, pss), max(peak_rss, rss), max(peak_one, one)
        time.sleep(interval)
    seconds = time.perf_counter() - start
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode:
        print(stderr[-2000:], file=sys.stderr)
    return Measured(seconds, peak_pss, peak_rss, peak_one, process.returncode)


def machine() -> str:
    """One line about the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {os.cpu_count()} cores, {psutil.virtual_memory().total / GIB:.0f} GiB RAM, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
            f"load average {load:.1f} at start")


def record(benchmark: str, **figures) -> None:
    """Append one result line to benchmarks/_work/results.jsonl (what the README's tables are made from)."""
    WORK.mkdir(parents=True, exist_ok=True)
    row = {"benchmark": benchmark, "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "machine": machine(), **{k: asdict(v) if isinstance(v, Measured) else v for k, v in figures.items()}}
    with open(WORK / "results.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")


def snapshot(name: str = "snapshot", *, parts: tuple[str, ...] = ("analysis",)) -> Path:
    """A copy of the kit (and other ``parts`` of the repository) under benchmarks/_work/NAME, to run from with
    ``cwd`` and ``PYTHONPATH`` set to it: every size of one benchmark then measures the same code, even while
    the checkout is being edited."""
    root = WORK / name
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "_work")
    for part in parts:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, root / part, ignore=ignore)
        elif source.is_file():
            shutil.copy2(source, root / part)
    return root


def run_command(corpus_dir: Path, out: Path, *extra: str) -> list[str]:
    """``python -m analysis run`` over a benchmark corpus, recomputing."""
    return [PYTHON, "-m", "analysis", "run", "--corpus", str(corpus_dir), "--out", str(out), "--force", *extra]
