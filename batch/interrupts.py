"""SIGINT, SIGTERM and SIGHUP as one exception, raised where the process is, so that
every `with` block on the way out (atomic writers, shard writers, engines) cleans up."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupted(KeyboardInterrupt):
    """The run was stopped by a signal; `exit_code` is 128 + its number."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def _ignore(signum: int, frame: FrameType | None) -> None:
    """A Python-level no-op (SIG_IGN would make a signal already on its way raise
    "OSError: Signal N ignored due to race condition")."""


def _raise(signum: int, frame: FrameType | None) -> None:
    # Later signals are ignored while the first one is being handled: the clean-up on
    # the way out is bounded, and a second Ctrl-C must not cut it short.
    for number in SIGNALS:
        signal.signal(number, _ignore)
    raise Interrupted(signum)


def raise_on_signals() -> None:
    """From now on INT, TERM and HUP raise Interrupted (in the main thread)."""
    for number in SIGNALS:
        signal.signal(number, _raise)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """INT, TERM and HUP raise Interrupted inside the block; the old handlers after it."""
    previous = {number: signal.getsignal(number) for number in SIGNALS}
    raise_on_signals()
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def ignore_signals() -> None:
    """Leave INT, TERM and HUP to the parent (a process that the parent stops itself)."""
    for number in SIGNALS:
        signal.signal(number, signal.SIG_IGN)


def die_with_parent(signum: int = signal.SIGTERM) -> None:
    """Ask Linux to send `signum` to this process when its parent dies (no orphans
    even when the parent is killed with SIGKILL); a no-op elsewhere."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signum, 0, 0, 0)
