"""Advisory locks on output folders: one writer at a time, released when its process ends however it ends.

``flock`` on a small file in the folder (the store's ``.store/lock``, the report builder's ``.lock``), taken
without waiting so a second writer is refused in one line, with the holder's pid written in the file.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

__all__ = ["take_lock", "release_lock"]


def take_lock(path: Path) -> tuple[int, str]:
    """Open ``path`` and take its exclusive lock without waiting: (descriptor, "") with this process's pid
    written in it, or (-1, the holder's pid) when another process holds it. The lock ends with the process."""
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(handle, 32, 0).decode(errors="replace").strip()
        os.close(handle)
        return -1, holder
    os.ftruncate(handle, 0)
    os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
    return handle, ""


def release_lock(handle: int) -> None:
    os.ftruncate(handle, 0)
    os.close(handle)  # releases the lock
