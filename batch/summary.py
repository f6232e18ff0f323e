"""Progress bar on a terminal, one line per failure (and per damage salvaged), and the
summary line."""

from __future__ import annotations

import sys
from typing import Any

from .tasks import Result


class _NoBar:
    """The progress bar off a terminal: messages go straight to the stream."""

    def update(self, count: int = 1) -> None:
        pass

    def write(self, text: str, file: object = None) -> None:
        print(text, file=file or sys.stderr)

    def close(self) -> None:
        pass


class Summary:
    """Counts results as they come; `finish` prints the summary and gives the exit code."""

    def __init__(self, total: int):
        self.bar: Any = _NoBar()
        if sys.stderr.isatty():  # tqdm only for a terminal (its import is not free)
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", leave=False)
        self.done = 0
        self.failed = 0
        self.damaged = 0

    def error(self, line: str) -> None:
        self.failed += 1
        self._say(f"dicomproto: error: {line}")

    def _say(self, text: str) -> None:
        self.bar.write(text, file=sys.stderr)

    def result(self, result: Result) -> None:
        self.bar.update(1)
        if result.error is not None:
            self.error(result.error)
            return
        self.done += 1
        if result.damage:  # salvage mode: converted, the damage kept verbatim
            self.damaged += 1
            for line in result.damage:
                self._say(f"dicomproto: warning: {result.source}: damaged: {line}")

    def finish(self, verb: str) -> int:
        self.bar.close()
        salvaged = f" ({self.damaged} damaged, salvaged)" if self.damaged else ""
        print(f"{verb} {self.done}{salvaged}, failed {self.failed}")
        return 1 if self.failed else 0
