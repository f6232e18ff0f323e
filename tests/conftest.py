"""Shared test setup: the converter corpus counts are printed at the end of the run."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    try:
        from converter_helpers import COUNTS
    except ImportError:
        return
    if COUNTS:
        line = ", ".join(f"{key} {value}" for key, value in sorted(COUNTS.items()))
        terminalreporter.write_line(f"converter corpus: {line}")
