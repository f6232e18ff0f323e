"""Compile .proto files to Python (*_pb2.py and *_pb2.pyi) with grpcio-tools' protoc."""

from __future__ import annotations

from pathlib import Path

import grpc_tools
from grpc_tools import protoc


class ProtocError(Exception):
    """protoc refused the generated files."""


def compile_python(proto_root: Path, files: list[str], out: Path) -> None:
    """Run protoc once on `files` (relative to `proto_root`), writing into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    include = Path(grpc_tools.__file__).parent / "_proto"
    args = [
        "protoc",
        f"--proto_path={proto_root}",
        f"--proto_path={include}",
        f"--python_out={out}",
        f"--pyi_out={out}",
        *files,
    ]
    status = protoc.main(args)
    if status != 0:
        raise ProtocError(f"protoc failed with status {status} on {proto_root}")
