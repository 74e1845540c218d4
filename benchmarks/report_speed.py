"""The sample report build (``make reports``) against the naive way, and a rebuild with nothing changed.

1. Naive: for each report of the plan, one after another, the papermill CLI (the notebook computes its own
   tables) and then the nbconvert CLI to HTML; each notebook's papermill time is printed (target: under
   10 s each).
2. Kit, first build: ``python -m analysis report --plan reports.toml`` into an empty folder (tables computed
   once per corpus, notebooks two at a time, safe HTML export). Target: at most 0.4x the naive time.
3. Kit, second build with nothing changed (the skip-when-unchanged cache). Target: at most 0.1x the first.

Everything runs on a snapshot of the working tree (``analysis/``, ``notebooks/``, ``seeds/``, the plan) copied
to benchmarks/_work/snapshot/ and imported from there, so that edits made to the checkout while the benchmark
runs neither change the code measured nor invalidate the report cache between the two builds.

Usage: ``python benchmarks/report_speed.py [--plan reports.toml]``. Work files go to benchmarks/_work/.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
import tomllib
from pathlib import Path

from _common import PYTHON, WORK, machine, measure, record, snapshot

BIN = Path(PYTHON).parent
COPIED = ("analysis", "notebooks", "seeds", "reports.toml", "pyproject.toml")


def plan_reports(plan: Path) -> list[tuple[str, Path, dict]]:
    """(name, notebook, parameters) of each report, with path parameters made absolute."""
    data = tomllib.loads(plan.read_text(encoding="utf-8"))
    defaults = data.get("defaults", {}).get("parameters", {})
    reports = []
    for item in data.get("report", []):
        params = {**defaults, **item.get("parameters", {})}
        for key in ("corpus", "tables", "actors", "targets"):
            if params.get(key):
                params[key] = str((plan.parent / params[key]).resolve())
        reports.append((item["name"], (plan.parent / item["notebook"]).resolve(), params))
    return reports


def naive(reports: list[tuple[str, Path, dict]], out: Path, env: dict) -> tuple[float, list[tuple[str, float]]]:
    """papermill CLI then nbconvert CLI for each report in turn; total seconds and each notebook's seconds."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    per_notebook = []
    start = time.perf_counter()
    for name, notebook, params in reports:
        executed = out / f"{name}.ipynb"
        command = [str(BIN / "papermill"), str(notebook), str(executed), "--cwd", str(notebook.parent),
                   "-k", "python3", "--no-progress-bar"]
        for key, value in params.items():
            command += ["-r", key, str(value)] if isinstance(value, str) else ["-p", key, str(value)]
        run = measure(command, env=env)
        if run.returncode:
            raise SystemExit(f"papermill failed on {name}")
        per_notebook.append((name, run.seconds))
        html = measure([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed), "--output-dir", str(out)],
                       env=env)
        if html.returncode:
            raise SystemExit(f"nbconvert failed on {name}")
    return time.perf_counter() - start, per_notebook


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", default="reports.toml", help="plan, relative to the repository")
    args = parser.parse_args()
    root = snapshot("snapshot-reports", parts=COPIED)
    env = {"PYTHONPATH": str(root)}
    plan = root / args.plan
    reports = plan_reports(plan)
    print(machine())
    naive_seconds, per_notebook = naive(reports, WORK / "reports-naive", env)
    out = WORK / "reports-kit"
    shutil.rmtree(out, ignore_errors=True)
    command = [PYTHON, "-m", "analysis", "report", "--plan", str(plan), "--out", str(out)]
    first = measure(command, cwd=root, env=env)
    kit_seconds = {name: json.loads((out / f"{name}.build.json").read_text()).get("seconds")
                   for name, _, _ in reports if (out / f"{name}.build.json").is_file()}
    second = measure(command, cwd=root, env=env)
    statuses = [json.loads((out / f"{name}.build.json").read_text()).get("status")
                for name, _, _ in reports if (out / f"{name}.build.json").is_file()]
    if first.returncode or second.returncode:
        raise SystemExit(f"the kit's report build failed (exit {first.returncode}, {second.returncode})")
    print(f"{len(reports)} reports of {plan.name}")
    print(f"  {'report':<40} {'papermill CLI s':>15} {'kit s':>6}  (papermill CLI: kernel start and the notebook "
          "computing its tables; kit: its own execution time, tables precomputed)")
    for name, seconds in per_notebook:
        kit = kit_seconds.get(name)
        print(f"  {name:<40} {seconds:>15.1f} {kit if kit is not None else float('nan'):>6.1f}"
              f"{'  (over 10 s)' if (kit or seconds) > 10 else ''}")
    print(f"naive (papermill + nbconvert CLIs, in turn) {naive_seconds:7.1f} s")
    print(f"kit, first build                            {first.seconds:7.1f} s  ratio to naive "
          f"{first.seconds / naive_seconds:.2f} (target <= 0.4)")
    print(f"kit, rebuild with nothing changed           {second.seconds:7.1f} s  ratio to first "
          f"{second.seconds / first.seconds:.2f} (target <= 0.1); second build statuses: "
          f"{', '.join(sorted(set(map(str, statuses))))}")
    record("report_speed", reports=len(reports), naive_seconds=naive_seconds, per_notebook=per_notebook,
           kit_seconds=kit_seconds, first=first, second=second)


if __name__ == "__main__":
    main()
