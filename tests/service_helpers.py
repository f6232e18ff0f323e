"""Helpers for the service tests: a real `dicomproto serve` process on loopback, and
small DICOM files built byte by byte."""

from __future__ import annotations

import os
import queue
import signal
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from converter_helpers import SITE

TEST_FILES = SITE / "pydicom" / "data" / "test_files"
DATA_STORE = SITE / "data_store" / "data"
START_TIMEOUT = 30.0


def corpus_file(name: str) -> Path:
    """A file of pydicom's test files or of pydicom-data."""
    for folder in (TEST_FILES, DATA_STORE):
        if (folder / name).is_file():
            return folder / name
    pytest.fail(f"{name} is not in the corpus")


@dataclass
class Server:
    """A running `dicomproto serve`; `lines` collects what it prints."""

    process: subprocess.Popen[str]
    port: int
    address: str
    lines: list[str] = field(default_factory=list)

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM, then wait (bounded) for the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            raise


@contextmanager
def running_server(*args: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    """`dicomproto serve --port 0 ARGS` on 127.0.0.1, stopped at the end."""
    command = [sys.executable, "-m", "dicomproto.cli", "serve", "--port", "0", *args]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, **(env or {})},
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    port = None
    try:
        while port is None:
            line = lines.get(timeout=START_TIMEOUT)
            if line is None:
                pytest.fail("dicomproto serve exited: " + " | ".join(seen))
            seen.append(line)
            if "listening on" in line:
                port = int(line.split("listening on ", 1)[1].split()[0].rsplit(":", 1)[1])
        server = Server(process, port, f"127.0.0.1:{port}", seen)

        def collect() -> None:
            while (line := lines.get()) is not None:
                seen.append(line)

        threading.Thread(target=collect, daemon=True).start()
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)


# ------------------------------------------------------------------ DICOM bytes


def element(tag: int, vr: str, value: bytes) -> bytes:
    """One explicit VR little endian element."""
    head = struct.pack("<HH", tag >> 16, tag & 0xFFFF) + vr.encode()
    if vr in ("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UN", "UR", "UT"):
        return head + b"\0\0" + struct.pack("<L", len(value)) + value
    return head + struct.pack("<H", len(value)) + value


def part10(body: bytes, syntax: str = "1.2.840.10008.1.2.1") -> bytes:
    """A Part 10 file: preamble, file meta for `syntax`, then `body`."""
    uid = syntax.encode() + (b"\0" if len(syntax) % 2 else b"")
    meta = (
        element(0x00020001, "OB", b"\0\1")
        + element(0x00020002, "UI", b"1.2.840.10008.5.1.4.1.1.7\0")
        + element(0x00020003, "UI", b"1.2.3.4\0")
        + element(0x00020010, "UI", uid)
    )
    group_length = element(0x00020000, "UL", struct.pack("<L", len(meta)))
    return b"\0" * 128 + b"DICM" + group_length + meta + body
