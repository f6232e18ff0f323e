"""Progress bar on a terminal, one line per failure (and per damage salvaged), and the
summary line."""

from __future__ import annotations

import sys
from typing import Any

from .manifest import FAILED, SKIPPED, Row


class _NoBar:
    """The progress bar off a terminal: messages go straight to the stream."""

    def update(self, count: int = 1) -> None:
        pass

    def write(self, text: str, file: Any = None) -> None:
        print(text, file=file or sys.stderr)

    def close(self) -> None:
        pass


class Summary:
    """Counts inputs as they finish; `finish` prints the summary and gives the exit code."""

    def __init__(self, total: int, unit: str = "file"):
        self.bar: Any = _NoBar()
        if sys.stderr.isatty():  # tqdm only for a terminal (its import is not free)
            import tqdm

            tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
            self.bar = tqdm.tqdm(total=total, unit=unit, leave=False, file=sys.stderr)
        self.done = 0
        self.failed = 0
        self.skipped = 0
        self.damaged = 0

    def note(self, line: str) -> None:
        """A line on stderr that does not count as a failure."""
        self.bar.write(f"dicomproto: {line}", file=sys.stderr)

    def error(self, line: str) -> None:
        self.failed += 1
        self.bar.write(f"dicomproto: error: {line}", file=sys.stderr)

    def row(self, row: Row) -> None:
        self.bar.update(1)
        if row.status == FAILED:
            self.error(row.error or row.source)
        elif row.status == SKIPPED:
            self.skipped += 1
        else:
            self.done += 1
            if row.damage:  # salvage mode: converted, the damage kept verbatim
                self.damaged += 1
                for line in row.damage.split("; "):
                    self.note(f"warning: {row.source}: damaged: {line}")

    def converted(self, count: int = 1) -> None:
        self.bar.update(count)
        self.done += count

    def close(self) -> None:
        self.bar.close()

    def finish(self, verb: str) -> int:
        self.bar.close()
        line = f"{verb} {self.done}, failed {self.failed}"
        if self.damaged:
            line = f"{verb} {self.done} ({self.damaged} damaged, salvaged), failed {self.failed}"
        if self.skipped:
            line += f", skipped {self.skipped} (not DICOM)"
        print(line)
        return 1 if self.failed else 0
