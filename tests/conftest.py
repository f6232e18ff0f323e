"""Shared test setup: external tools, the slow marker, and the converter corpus counts
printed at the end of the run."""

from __future__ import annotations

import os
import shutil
from typing import Any

import pytest

# CI sets DICOMPROTO_CI=1: a test whose external tool is missing fails there instead of
# skipping, so a broken install step cannot hide behind a skip.
IN_CI = os.environ.get("DICOMPROTO_CI") == "1"


def require_tool(name: str, found: str | None = None, how: str = "") -> str:
    """The path of an external program (or `found`, an already located one); skips the
    test when it is missing, except in CI, where it fails."""
    path = found if found is not None else shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed" + (f" ({how})" if how else "")
    if IN_CI:
        pytest.fail(message + "; CI must install it (.ci/run)")
    pytest.skip(message)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    try:
        from converter_helpers import COUNTS
    except ImportError:
        return
    if COUNTS:
        line = ", ".join(f"{key} {value}" for key, value in sorted(COUNTS.items()))
        terminalreporter.write_line(f"converter corpus: {line}")
