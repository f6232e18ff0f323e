"""Progress bar on a terminal, one line per failure, and the summary line."""

from __future__ import annotations

import sys

from .tasks import Result


class Summary:
    """Counts results as they come; `finish` prints the summary and gives the exit code."""

    def __init__(self, total: int):
        self.bar = None
        if sys.stderr.isatty():  # tqdm only for a terminal (its import is not free)
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", leave=False)
        self.done = 0
        self.failed = 0

    def error(self, line: str) -> None:
        self.failed += 1
        text = f"dicomproto: error: {line}"
        if self.bar is None:
            print(text, file=sys.stderr)
        else:
            self.bar.write(text, file=sys.stderr)

    def result(self, result: Result) -> None:
        if self.bar is not None:
            self.bar.update(1)
        if result.error is not None:
            self.error(result.error)
        else:
            self.done += 1

    def finish(self, verb: str) -> int:
        if self.bar is not None:
            self.bar.close()
        print(f"{verb} {self.done}, failed {self.failed}")
        return 1 if self.failed else 0
