"""SIGINT and SIGTERM while a command runs: ``Interrupted`` in the main thread, raised where it cannot be lost.

Python runs a signal handler between two bytecodes of the main thread, wherever that is. An exception raised
inside an at-fork callback (``os.fork`` runs some in the parent), a finalizer or a weak-reference callback is
printed as "Exception ignored" and dropped, and one raised halfway through starting a worker process leaves the
pool's books half written. So:

- ``held()`` marks code that must not be cut short (submitting to a process pool, which forks): a signal that
  arrives inside it is recorded and raised as it ends;
- ``check()``, called where a command's work goes on (between chunks, before a commit), raises a signal whose
  exception was dropped, so no signal is lost however it arrived;
- a second signal ends the process at once (its workers end with it, and the next run removes what it left).

Outside ``interruptible()`` (a notebook, a library call) nothing changes: ``held`` and ``check`` do nothing.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator

__all__ = ["Interrupted", "interruptible", "held", "check"]

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM reached the command; ``status`` is its exit status, 128 plus the signal's number."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.status = 128 + signum


class _State:
    def __init__(self, owner: int):
        self.owner = owner
        self.caught: list[int] = []  # signals received, in order
        self.holding = 0  # depth of ``held`` sections

    def handle(self, signum, _frame) -> None:
        if os.getpid() != self.owner:
            return  # a worker forked before it set its own handlers: the command's process stops it
        if self.caught:
            os._exit(128 + signum)
        self.caught.append(signum)
        if not self.holding:
            raise Interrupted(signum)

    def pending(self) -> bool:
        """A signal was received, and this is the main thread outside any ``held`` block."""
        return bool(self.caught) and not self.holding and threading.current_thread() is threading.main_thread()


_state: _State | None = None


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into ``Interrupted`` in the main thread while the block runs, so the code inside
    stops its workers and removes its partial output on the way out."""
    global _state
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    outer, _state = _state, _State(os.getpid())
    previous = {signum: signal.signal(signum, _state.handle) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _state = outer


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Inside ``interruptible``, hold a signal that arrives in the block until the block has ended."""
    state = _state
    if state is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    state.holding += 1
    try:
        yield
    finally:
        state.holding -= 1
    if state.pending():
        raise Interrupted(state.caught[0])


def check() -> None:
    """Raise ``Interrupted`` if a signal was received whose exception never reached the command."""
    state = _state
    if state is not None and state.pending():
        raise Interrupted(state.caught[0])
