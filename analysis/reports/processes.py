"""The processes of a report build end with it, and the next build removes what a killed one left.

A build runs its reports in worker processes (spawned, see ``execute.run_jobs``); each worker starts a kernel
through papermill and jupyter_client, which puts the kernel in a session of its own. Both are bound to their
parent on Linux with ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` (kept across ``exec``): the workers by
``pipeline.die_with_parent``, the kernels by the kernel manager of ``kernel_manager`` (a ``preexec_fn`` of
the kernel's ``Popen``). So a build killed at any moment (``kill -9`` included) leaves no process behind:
the workers end with the build, then the kernels with their workers. Elsewhere the workers watch their parent
and ipykernel's own parent poller ends the kernel.

Each page is written with ``store.write_atomic`` (a temporary ``.NAME.*.partial`` file moved over the page),
and each report executes in a scratch folder ``_executed/.partial-*`` that also holds the kernel's connection
file. A build holds a lock on its output folder (``OUT/.lock``, an ``flock`` that ends with its holder), so
whatever partial files and folders it finds there on taking the lock were left by a killed build and are
removed; a second build into the same folder is refused in one line.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from analysis import store
from analysis.locking import release_lock, take_lock
from analysis.reports.messages import ReportError

__all__ = ["LOCK", "SCRATCH_PREFIX", "lock", "tidy", "scratch_folder", "worker_pool", "kernel_manager"]

LOCK = ".lock"  # in the output folder
SCRATCH_PREFIX = ".partial-"  # scratch folders of reports being executed, in ``_executed``
_EXECUTED = "_executed"  # as execute.EXECUTED_DIR (which imports this module)
_TABLES = "_tables"  # as plan.TABLES_DIR
_PR_SET_PDEATHSIG = 1  # prctl(2), Linux


@contextlib.contextmanager
def lock(out: Path) -> Iterator[None]:
    """Hold the build's lock on ``out`` (refused in one line while another build holds it); on taking it,
    remove what a killed build left (``tidy``), and on leaving, what this one leaves after an interruption."""
    try:
        handle, holder = take_lock(Path(out) / LOCK)
    except OSError as exc:
        raise ReportError(f"--out {out}: cannot write to the folder ({exc.strerror or exc})") from None
    if handle < 0:
        raise ReportError(f"{out} is being built by another report run{f' (pid {holder})' if holder else ''}; "
                          "wait for it to finish or choose another --out")
    try:
        tidy(Path(out))
        yield
    finally:
        tidy(Path(out))  # the workers are stopped by now: nothing of this build is still writing
        release_lock(handle)


def tidy(out: Path) -> list[Path]:
    """Remove the partial files and folders in ``out`` (call it only while holding the lock); return them.

    They are the temporary files of pages and logs (``.NAME.*.partial``), the scratch folders of reports
    (``_executed/.partial-*``) and, through the store's own lock, the partial tables under ``_tables``.
    """
    removed = []
    for folder in (out, out / _EXECUTED):
        for path in sorted(folder.glob(".*")) if folder.is_dir() else ():
            if path.name.endswith(".partial") or path.name.startswith(SCRATCH_PREFIX):
                _remove(path)
                removed.append(path)
    for tables in sorted((out / _TABLES).iterdir()) if (out / _TABLES).is_dir() else ():
        if (tables / store.STORE_DIR).is_dir():
            with contextlib.suppress(store.StoreError), store.lock(tables):  # taking it tidies the folder
                pass
    return removed


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def scratch_folder(out: str | Path, name: str) -> Path:
    """A new scratch folder for executing report ``name`` (``OUT/_executed/.partial-NAME-*``)."""
    folder = Path(out) / _EXECUTED
    folder.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{name}-", dir=folder))


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """Spawned worker processes (each with its own environment and kernel) that end with this process."""
    import multiprocessing

    from analysis import pipeline

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=pipeline.die_with_parent, initargs=(os.getpid(),))


def kernel_manager(folder: Path):
    """The kernel manager class papermill is given: jupyter_client's, with kernels that end with this process
    and their connection file in ``folder`` (a report's scratch folder, so that a killed build leaves none in
    the temporary folder).

    The kernel is started in a session of its own (jupyter_client's choice, so that an interrupt reaches its
    whole group), out of reach of a signal to the build's process group; on Linux it is bound to the worker
    that starts it by ``PR_SET_PDEATHSIG``, set between ``fork`` and ``exec``.
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Unicode

    class DyingKernelManager(AsyncKernelManager):
        connection_file = Unicode(str(Path(folder) / "kernel.json"), config=True)

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            if sys.platform.startswith("linux"):
                kw.setdefault("preexec_fn", _bound_to(os.getpid()))
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return DyingKernelManager


def _bound_to(parent: int):
    """A ``preexec_fn``: the child gets SIGKILL when ``parent`` ends (and ends now if it already has)."""
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork, called after it

    def bind() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL))
        if os.getppid() != parent:
            os._exit(1)

    return bind
