"""Execution: each report's notebook run by papermill in a worker process with a fixed environment.

``plan_jobs`` turns validated variants into jobs (the tables computed once per corpus, reports whose cache key
is unchanged skipped); ``run_jobs`` builds them two at a time by default in spawned processes. ``build`` runs
one job: execute (``PYTHONHASHSEED=0``, ``SOURCE_DATE_EPOCH``, ``TZ=UTC``), check completeness, normalise,
export, audit and promote. Timeouts, dead kernels, ``sys.exit`` and missing kernels are failures with their
cause. A report is not rebuilt when its notebook, parameters, input tables and the kit (version and source
files) are unchanged; the key is stored beside the HTML in ``NAME.build.json``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from analysis import __version__, interrupts, progress
from analysis.reports.audit import check_complete
from analysis.reports.export import normalize, promote, scrub, scrub_pairs
from analysis.reports.index import Outcome
from analysis.reports.messages import one_line, shown
from analysis.reports.params import coerce, is_path_param, notebook_parameters
from analysis.reports.plan import TABLES_DIR, Job, Variant, prepare_tables, report_path, tables_key
from analysis.reports.processes import kernel_manager, scratch_folder, worker_pool
from analysis.reports.provenance import KIT_DIR, file_sha256, kit_commit
from analysis.store import write_atomic

__all__ = ["EXECUTED_DIR", "DEFAULT_WORKERS", "kit_fingerprint", "build_key", "source_date_epoch",
           "kernel_environment", "plan_jobs", "run_jobs", "build", "execute"]

EXECUTED_DIR = "_executed"
DEFAULT_WORKERS = 2


def kit_fingerprint() -> str:
    """Hash of the kit's version, source files, data files and templates (a code change rebuilds)."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(KIT_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(KIT_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_key(variant: Variant, params: dict, tables_folder: Path | None, fingerprint: str) -> str:
    """The cache key of a report: notebook bytes, parameters, input tables' manifest, kit fingerprint."""
    digest = hashlib.sha256(Path(variant.notebook).read_bytes())
    digest.update(json.dumps(params, sort_keys=True, default=str).encode())
    digest.update(json.dumps([variant.show_code, fingerprint]).encode())
    manifest = tables_folder / "manifest.json" if tables_folder else None
    digest.update(manifest.read_bytes() if manifest and manifest.is_file() else b"")
    return digest.hexdigest()


def source_date_epoch(cwd: Path) -> str:
    """``SOURCE_DATE_EPOCH`` from the environment, else the last commit's time, else 0."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=KIT_DIR, capture_output=True,
                               text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        found = ""
    return found if found.isdigit() else "0"


def kernel_environment(job: Job) -> dict[str, str]:
    """The fixed environment a report's kernel inherits."""
    return {
        "PYTHONHASHSEED": "0",
        "SOURCE_DATE_EPOCH": job.epoch,
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "NEWSFRAME_REPORT_STARTED": repr(time.time()),
        "NEWSFRAME_REPORT_PARAMS": json.dumps(job.shown, default=str),
        "NEWSFRAME_REPRODUCIBLE": "1" if job.reproducible else "",
        "NEWSFRAME_KIT_COMMIT": job.commit,
    }


# ---------------------------------------------------------------------------------------------- planning


def plan_jobs(variants: list[Variant], out: Path, *, force: bool, timeout: int):
    """Tables once per corpus, then a Job per report that must be (re)built; unchanged ones are outcomes."""
    tables = prepare_tables(variants, out)
    fingerprint = kit_fingerprint()
    run = {"epoch": source_date_epoch(Path.cwd()), "reproducible": "SOURCE_DATE_EPOCH" in os.environ,
           "commit": os.environ.get("NEWSFRAME_KIT_COMMIT") or kit_commit()}
    outcomes, jobs = {}, []
    for variant in variants:
        declared = notebook_parameters(variant.notebook)
        params = {k: coerce(v, declared[k]) for k, v in variant.params.items()}
        folder = None
        if "corpus" in params:
            key = tables_key(variant)
            if tables.get(key):
                outcomes[variant.name] = Outcome(variant.name, shown(variant.notebook),
                                                 _shown_params(params, out), "failed", reason=tables[key])
                continue
            folder = out / TABLES_DIR / key
            if "tables" in declared and not params.get("tables"):
                params["tables"] = str(folder.resolve())
        job = _job(variant, out, params, build_key(variant, _shown_params(params, out), folder, fingerprint),
                   timeout=timeout, **run)
        unchanged = None if force else _unchanged(out, variant, job)
        if unchanged:
            outcomes[variant.name] = unchanged
        else:
            jobs.append(job)
    return outcomes, jobs


def _job(variant: Variant, out: Path, params: dict, key: str, **run) -> Job:
    """The job of a variant: path parameters passed relative to the notebook's folder, shown relative."""
    nb_dir = Path(variant.notebook).parent
    passed = {k: (os.path.relpath(v, nb_dir) if is_path_param(k) and v else v) for k, v in params.items()}
    return Job(variant=variant, out=str(out.resolve()), params=passed, shown=_shown_params(params, out), key=key,
               cwd=str(Path.cwd()), **run)


def _unchanged(out: Path, variant: Variant, job: Job) -> Outcome | None:
    """The outcome of a report whose last build had the same key and whose HTML is intact, else None."""
    previous = _previous(out, variant.name)
    if (previous.get("key") == job.key and previous.get("html_sha256")
            and previous["html_sha256"] == file_sha256(report_path(out, variant.name))):
        return Outcome(variant.name, shown(variant.notebook), job.shown, "unchanged",
                       seconds=previous.get("seconds", 0.0), files=previous.get("files", {}))
    return None


def _previous(out: Path, name: str) -> dict:
    try:
        return json.loads(report_path(out, name, ".build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _shown_params(params: dict, out: Path) -> dict:
    result = {}
    for key, value in params.items():
        if key == "tables" and value and Path(value).resolve().is_relative_to(out.resolve()):
            result[key] = Path(value).resolve().relative_to(out.resolve()).as_posix()
        elif is_path_param(key) and value:
            result[key] = Path(shown(value)).as_posix()
        else:
            result[key] = value
    return result


def run_jobs(jobs: list[Job], *, workers: int) -> dict[str, Outcome]:
    """Build the jobs in worker processes (spawned, so each has its own environment and kernel).

    The workers, and their kernels, end with this process (``processes``); on an error or an interruption
    here they are killed at once rather than left to finish their reports.
    """
    from analysis.pipeline import stop_workers

    results: dict[str, Outcome] = {}
    if not jobs:
        return results
    pool = worker_pool(max(1, min(workers, len(jobs))))
    with contextlib.ExitStack() as stack:
        stack.push(functools.partial(stop_workers, pool))
        bar = stack.enter_context(progress.bar(len(jobs), "reports", unit="report", minimum=2))
        with interrupts.held():  # submitting spawns the workers
            futures = {pool.submit(build, job): job for job in jobs}
        for future, job in futures.items():
            interrupts.check()
            try:
                results[job.variant.name] = future.result()
            except BrokenProcessPool:
                results[job.variant.name] = Outcome(job.variant.name, shown(job.variant.notebook), job.shown,
                                                    "failed", reason="the report's worker process died")
            bar.update(1)
    return results


# ---------------------------------------------------------------------------------------------- one report


def build(job: Job) -> Outcome:
    """Execute, check, normalise, export, audit and promote one report (runs in a worker process).

    The kernel's own chatter (stdout and stderr of the worker and the kernel) goes to
    ``_executed/NAME.log`` instead of the terminal.
    """
    variant = job.variant
    outcome = Outcome(variant.name, _shown_from(variant.notebook, job.cwd), job.shown, "failed")
    started = time.monotonic()
    scratch = scratch_folder(job.out, variant.name)
    try:
        outcome.reason = _run(job, scratch, outcome)
        outcome.status = "failed" if outcome.reason else "built"
    except Exception as exc:  # noqa: BLE001 - one broken report must not stop the others
        outcome.reason = f"{exc.__class__.__name__}: {one_line(exc)}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    outcome.seconds = round(time.monotonic() - started, 1)
    write_atomic(report_path(job.out, variant.name, ".build.json"), json.dumps({
        "key": job.key if outcome.status == "built" else "", "status": outcome.status, "reason": outcome.reason,
        "seconds": outcome.seconds, "notebook": outcome.notebook, "params": job.shown, "files": outcome.files,
        "html_sha256": file_sha256(report_path(job.out, variant.name)) if outcome.status == "built" else "",
    }, indent=1, sort_keys=True, default=str) + "\n")
    return outcome


def _run(job: Job, scratch: Path, outcome: Outcome) -> str:
    """Execute in ``scratch``, keep the log and the executed notebook, promote the HTML; '' or the reason."""
    name = job.variant.name
    log = report_path(Path(job.out) / EXECUTED_DIR, name, ".log")
    with _redirected(scratch / "kernel.log"):
        os.environ.update(kernel_environment(job))
        nb, reason = execute(job, scratch / "executed.ipynb")
    write_atomic(log, scrub((scratch / "kernel.log").read_text(encoding="utf-8", errors="replace"),
                            scrub_pairs(job, machine=True)))
    if nb is not None:
        nb = normalize(nb, scrub=scrub_pairs(job))
        write_atomic(report_path(Path(job.out) / EXECUTED_DIR, name, ".ipynb"), _dumps_notebook(nb))
        outcome.files["ipynb"] = f"{EXECUTED_DIR}/{report_path(job.out, name, '.ipynb').name}"
    outcome.files["log"] = f"{EXECUTED_DIR}/{log.name}"
    return reason or promote(nb, job, outcome)


def _dumps_notebook(nb) -> str:
    import nbformat

    return nbformat.writes(nb) + "\n"


@contextlib.contextmanager
def _redirected(path: Path):
    """Point file descriptors 1 and 2 (inherited by the kernel) and Python's logging at ``path``."""
    import logging

    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    handler = logging.StreamHandler(open(path, "a", encoding="utf-8"))  # noqa: SIM115 - closed below
    logging.getLogger().addHandler(handler)
    try:
        os.dup2(handle, 1)
        os.dup2(handle, 2)
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, handle):
            os.close(fd)
        logging.getLogger().removeHandler(handler)
        handler.stream.close()


def _shown_from(path: str, cwd: str) -> str:
    try:
        return os.path.relpath(path, cwd)
    except ValueError:
        return Path(path).name


def execute(job: Job, target: Path):
    """Run the notebook with papermill; return (executed notebook or None, failure reason or '')."""
    import nbformat
    import papermill

    source = nbformat.read(job.variant.notebook, as_version=4)
    try:
        papermill.execute_notebook(source, str(target), parameters=job.params,
                                   cwd=str(Path(job.variant.notebook).parent), progress_bar=False,
                                   record_timing=False, execution_timeout=job.timeout, start_timeout=60,
                                   request_save_on_cell_execute=True,
                                   kernel_manager_class=kernel_manager(target.parent))
        reason = ""
    except Exception as exc:  # noqa: BLE001 - each known failure becomes its reason, others propagate
        reason = _execution_failure(exc, job.timeout)
        if reason is None:
            raise
    nb = nbformat.read(target, as_version=4) if target.is_file() else None
    if nb is None:
        return None, reason or "papermill wrote no output notebook"
    found = check_complete(nb)
    if reason.startswith("cell ") and found:
        reason = found  # the same error, numbered as the reader counts cells
    return nb, reason or found


def _execution_failure(exc: Exception, timeout: int) -> str | None:
    """The one-line reason of a papermill failure, or None for an exception that is not one."""
    from jupyter_client.kernelspec import NoSuchKernel
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        return f"cell {exc.exec_count or exc.cell_index} raised {exc.ename}: {one_line(exc.evalue)}"
    if isinstance(exc, CellTimeoutError):
        return f"timed out: a cell ran longer than {timeout} s"
    if isinstance(exc, DeadKernelError):
        return "the kernel died (killed, or out of memory)"
    if isinstance(exc, NoSuchKernel):
        return f"no such kernel: {exc.name!r} (install it, or set the notebook's kernelspec)"
    if isinstance(exc, RuntimeError):
        if "kernel died" in str(exc).lower() or "dead" in str(exc).lower():
            return "the kernel died (killed, or out of memory)"
        return f"{exc.__class__.__name__}: {one_line(exc)}"
    return None
