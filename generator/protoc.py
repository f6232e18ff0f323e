"""Compile .proto files to Python with grpcio-tools' protoc: *_pb2.py, and *_pb2.pyi
stubs from mypy-protobuf, which carry the .proto comments as docstrings."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import grpc_tools
from grpc_tools import protoc

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
    """Run protoc once on `files` (relative to `proto_root`), writing into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    include = Path(grpc_tools.__file__).parent / "_proto"
    args = [
        "protoc",
        f"--plugin=protoc-gen-mypy={_stub_plugin()}",
        f"--proto_path={proto_root}",
        f"--proto_path={include}",
        f"--python_out={out}",
        f"--mypy_out=quiet:{out}",
        *files,
    ]
    status = protoc.main(args)
    if status != 0:
        raise ProtocError(f"protoc failed with status {status} on {proto_root}")
