"""Compile .proto files to Python with grpcio-tools' protoc: *_pb2.py, and *_pb2.pyi
stubs from mypy-protobuf, which carry the .proto comments as docstrings.

The two outputs come from two protoc processes running side by side (protoc itself is
single-threaded; the stub plugin is a Python program of its own).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grpc_tools

STUB_PLUGIN = "protoc-gen-mypy"


class ProtocError(Exception):
    """protoc refused the generated files, or a tool it needs is missing."""


def _stub_plugin() -> str:
    """mypy-protobuf's protoc plugin, beside this Python or on PATH."""
    beside = Path(sys.executable).parent / STUB_PLUGIN
    found = str(beside) if beside.is_file() else shutil.which(STUB_PLUGIN)
    if found is None:
        raise ProtocError(
            f"{STUB_PLUGIN} not found: install the generator's dependencies "
            "(pip install 'dicomproto[generate]')"
        )
    return found


def compile_python(proto_root: Path, files: list[str], out: Path) -> None:
    """protoc on `files` (relative to `proto_root`), writing *_pb2.py and *_pb2.pyi
    into `out`; a refusal is one ProtocError with protoc's first message."""
    out.mkdir(parents=True, exist_ok=True)
    include = Path(grpc_tools.__file__).parent / "_proto"
    common = [
        sys.executable,
        "-m",
        "grpc_tools.protoc",
        f"--proto_path={proto_root}",
        f"--proto_path={include}",
    ]
    # protoc reads the file list from an argument file: 900 paths stay off the command line.
    listing = out / ".protoc-files"
    listing.write_text("\n".join(files) + "\n", encoding="utf-8")
    jobs = [
        [*common, f"--python_out={out}", f"@{listing}"],
        [
            *common,
            f"--plugin={STUB_PLUGIN}={_stub_plugin()}",
            f"--mypy_out=quiet:{out}",
            f"@{listing}",
        ],
    ]
    processes = [
        subprocess.Popen(job, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for job in jobs
    ]
    try:
        errors = [process.communicate()[1] for process in processes]
    finally:
        for process in processes:  # interrupted: nothing keeps running
            if process.poll() is None:
                process.kill()
                process.wait()
        listing.unlink(missing_ok=True)
    for process, error in zip(processes, errors, strict=True):
        if process.returncode != 0:
            lines = error.decode("utf-8", "replace").strip().splitlines()
            shown = lines[0] if lines else f"status {process.returncode}"
            raise ProtocError(f"protoc failed on {proto_root}: {shown}")
