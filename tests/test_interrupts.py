"""``analysis.interrupts``: a signal becomes ``Interrupted`` in the main thread, is held through code that must
not be cut short, and is raised again where work goes on when its first exception was dropped."""

from __future__ import annotations

import signal
import sys

import pytest

from analysis import interrupts
from analysis.interrupts import Interrupted


def test_a_signal_raises_interrupted_with_the_exit_status_of_its_number():
    with interrupts.interruptible(), pytest.raises(Interrupted) as caught:
        signal.raise_signal(signal.SIGTERM)
    assert (caught.value.args, caught.value.status) == (("SIGTERM",), 143)


def test_a_signal_inside_a_held_block_is_raised_as_the_block_ends():
    steps = []
    with interrupts.interruptible(), pytest.raises(Interrupted):
        with interrupts.held():
            signal.raise_signal(signal.SIGINT)
            steps.append("rest of the block")
        steps.append("after the block")
    assert steps == ["rest of the block"]


def test_a_dropped_exception_is_raised_at_the_next_check(monkeypatch):
    dropped = []
    monkeypatch.setattr(sys, "unraisablehook", dropped.append)

    class Finalised:
        def __del__(self):
            signal.raise_signal(signal.SIGINT)  # its exception is dropped

    with interrupts.interruptible(), pytest.raises(Interrupted):
        Finalised()
        assert [type(d.exc_value) for d in dropped] == [Interrupted]
        interrupts.check()


def test_outside_a_command_held_and_check_change_nothing():
    with interrupts.held():
        pass
    interrupts.check()
    with interrupts.interruptible():
        interrupts.check()  # no signal yet
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
