"""Helpers for the batch tests: corpus folders, the command as a real process, session
checks (no process left behind), streams read back, free loopback ports."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from converter_helpers import SITE, corpus_paths

BIN = Path(sys.executable).parent
TEST_FILES = SITE / "pydicom" / "data" / "test_files"


def corpus_folder(root: Path, copies: int = 1, limit: int | None = None) -> Path:
    """A folder of symbolic links to the corpus files (pydicom's test files and
    pydicom-data), `copies` times over in c0/, c1/, ... (or the corpus itself, as
    bundled/... and data/..., for one copy)."""
    paths = corpus_paths()[:limit] if limit else corpus_paths()
    for copy in range(copies):
        for path in paths:
            if path.is_relative_to(TEST_FILES):
                relative = Path("bundled") / path.relative_to(TEST_FILES)
            else:
                relative = Path("data") / path.name
            if copies > 1:
                relative = Path(f"c{copy}") / relative
            link = root / relative
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(path)
    return root


def command(*args: str) -> list[str]:
    return [str(BIN / "dicomproto"), *args]


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120, cwd: Path | None = None
):
    """The command as a process; its CompletedProcess (text)."""
    return subprocess.run(
        command(*args), capture_output=True, text=True, timeout=timeout, env=env, cwd=cwd
    )


def session_processes(session: int) -> list[int]:
    """Processes still in the session `session` (started with start_new_session)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def wait_session_empty(session: int, seconds: float = 3.0) -> list[int]:
    """Waits (bounded) for the session to empty; what is left (orphans)."""
    deadline = time.monotonic() + seconds
    while (left := session_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def kill_session(process: subprocess.Popen, how: int = signal.SIGKILL) -> None:
    """End a test's own process and everything in its session."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, how)
    for pid in session_processes(process.pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


def wait_for(condition, seconds: float, what: str, step: float = 0.05):  # type: ignore[no-untyped-def]
    """Polls `condition()` until it is true (its value) or `seconds` pass (AssertionError)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stream_sources(data: bytes) -> list[str]:
    """FileMeta.source_path of every record of a stream."""
    from dicomproto.converters import files

    return [
        files.unpack_any(record).file_meta.source_path  # type: ignore[attr-defined]
        for record in files.iter_stream_records(data)
    ]


def shard_contents(folder: Path) -> Counter[str]:
    """How many times each source path occurs in the stream shards of `folder`."""
    found: Counter[str] = Counter()
    for shard in sorted(folder.glob("part-*.pbs")):
        found.update(stream_sources(shard.read_bytes()))
    return found


def temporary_files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.tmp")) if folder.exists() else []
