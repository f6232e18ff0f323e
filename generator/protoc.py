"""Compile .proto files to Python with grpcio-tools' protoc: *_pb2.py, and *_pb2.pyi
stubs from mypy-protobuf, which carry the .proto comments as docstrings; files that
define a service also get gRPC stubs (*_pb2_grpc.py and *_pb2_grpc.pyi)."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import grpc_tools
from grpc_tools import protoc

STUB_PLUGIN = "protoc-gen-mypy"
GRPC_STUB_PLUGIN = "protoc-gen-mypy_grpc"
SERVICE = re.compile(r"^service\s", re.MULTILINE)


class ProtocError(Exception):
    """protoc refused the generated files, or a tool it needs is missing."""


def _stub_plugin(name: str = STUB_PLUGIN) -> str:
    """A mypy-protobuf protoc plugin, beside this Python or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        raise ProtocError(
            f"{name} not found: install the generator's dependencies "
            "(pip install 'dicomproto[generate]')"
        )
    return found


def compile_python(proto_root: Path, files: list[str], out: Path) -> None:
    """Run protoc on `files` (relative to `proto_root`), writing into `out`; a second
    run writes the gRPC stubs of the files that define a service."""
    out.mkdir(parents=True, exist_ok=True)
    _protoc(
        proto_root,
        [
            f"--plugin=protoc-gen-mypy={_stub_plugin()}",
            f"--python_out={out}",
            f"--mypy_out=quiet:{out}",
        ],
        files,
    )
    services = [f for f in files if SERVICE.search((proto_root / f).read_text(encoding="utf-8"))]
    if services:
        _protoc(
            proto_root,
            [
                f"--plugin=protoc-gen-mypy_grpc={_stub_plugin(GRPC_STUB_PLUGIN)}",
                f"--grpc_python_out={out}",
                f"--mypy_grpc_out=quiet:{out}",
            ],
            services,
        )


def _protoc(proto_root: Path, options: list[str], files: list[str]) -> None:
    include = Path(grpc_tools.__file__).parent / "_proto"
    args = ["protoc", f"--proto_path={proto_root}", f"--proto_path={include}", *options, *files]
    status = protoc.main(args)
    if status != 0:
        raise ProtocError(f"protoc failed with status {status} on {proto_root}")
