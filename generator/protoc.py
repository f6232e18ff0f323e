"""Compile the .proto files with grpcio-tools' protoc, once: it checks every file and
returns their descriptors (with comments). From those descriptors come the *_pb2.py
modules (python_code.py) and the *_pb2.pyi stubs, written by mypy-protobuf's protoc
plugin (which carries the .proto comments into docstrings), run the way protoc runs it;
message classes that repeat one body share it in the stubs (stubs.py).

One protoc run instead of two (python_out, mypy_out) halves the parsing, and the
stubs are written while the modules are: a third of the time and of the memory of
running protoc's own Python generator beside the plugin.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import grpc_tools
from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2

from .stubs import share_bodies

STUB_PLUGIN = "protoc-gen-mypy"
GRPC_STUB_PLUGIN = "protoc-gen-mypy_grpc"  # *_pb2_grpc.pyi for files with services
_GENCODE = re.compile(
    r"ValidateProtobufRuntimeVersion\(\s*[\w.]+,\s*(\d+),\s*(\d+),\s*(\d+),\s*'([^']*)'"
)


class ProtocError(Exception):
    """protoc refused the generated files, or a tool it needs is missing."""


def _stub_plugin(name: str = STUB_PLUGIN) -> str:
    """One of mypy-protobuf's protoc plugins, beside this Python or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        raise ProtocError(
            f"{name} not found: install the generator's dependencies "
            "(pip install 'dicomproto[generate]')"
        )
    return found


def _protoc(proto_root: Path, arguments: list[str], files: list[str]) -> None:
    """protoc in a process of its own; a refusal is one ProtocError with its message."""
    include = Path(grpc_tools.__file__).parent / "_proto"
    with tempfile.TemporaryDirectory() as folder:
        # The file list goes in an argument file: 900 paths stay off the command line.
        listing = Path(folder) / "files"
        listing.write_text("\n".join(files) + "\n", encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "grpc_tools.protoc",
            f"--proto_path={proto_root}",
            f"--proto_path={include}",
            *arguments,
            f"@{listing}",
        ]
        result = subprocess.run(command, capture_output=True, check=False)
    if result.returncode != 0:
        lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
        shown = lines[0] if lines else f"status {result.returncode}"
        raise ProtocError(f"protoc failed on {proto_root}: {shown}")


def descriptors(proto_root: Path, files: list[str]) -> descriptor_pb2.FileDescriptorSet:
    """protoc on `files` (relative to `proto_root`): the descriptors of every file and of
    its imports, in dependency order, with the comments."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "descriptors.binpb"
        arguments = ["--include_imports", "--include_source_info", f"--descriptor_set_out={target}"]
        _protoc(proto_root, arguments, files)
        return descriptor_pb2.FileDescriptorSet.FromString(target.read_bytes())


@cache
def gencode_version() -> tuple[int, int, int, str]:
    """The protobuf version protoc's own Python output names (and requires at run time)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "probe.proto").write_text('syntax = "proto3";\nmessage Probe {}\n')
        _protoc(root, [f"--python_out={root}"], ["probe.proto"])
        match = _GENCODE.search((root / "probe_pb2.py").read_text())
    if match is None:
        raise ProtocError("protoc's Python output names no protobuf version")
    return int(match[1]), int(match[2]), int(match[3]), match[4]


def start_stubs(
    found: descriptor_pb2.FileDescriptorSet,
    files: list[str],
    processes: int = 1,
    plugin: str = STUB_PLUGIN,
) -> list[subprocess.Popen]:
    """mypy-protobuf on `files`, fed as protoc feeds it, in `processes` processes that
    each write about as much; collect with `finish_stubs`. One is the default: it runs
    while this process writes the modules, and a second (each reads the whole request)
    costs more memory than it saves time on two cores."""
    sizes = {f.name: f.ByteSize() for f in found.file}
    shares: list[list[str]] = [[] for _ in range(max(1, min(processes, len(files))))]
    totals = [0] * len(shares)
    for name in sorted(files, key=lambda n: -sizes.get(n, 0)):
        smallest = totals.index(min(totals))
        shares[smallest].append(name)
        totals[smallest] += sizes.get(name, 0)
    started = []
    for share in shares:
        request = plugin_pb2.CodeGeneratorRequest(
            file_to_generate=sorted(share), parameter="quiet", proto_file=found.file
        )
        process = subprocess.Popen(
            [_stub_plugin(plugin)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            process.stdin.write(request.SerializeToString())  # type: ignore[union-attr]
            process.stdin.close()  # type: ignore[union-attr]
        except BrokenPipeError:
            pass  # the plugin stopped early: finish_stubs reports why
        process.stdin = None  # written whole: communicate() only reads
        started.append(process)
    return started


def finish_stubs(processes: list[subprocess.Popen], out: Path) -> None:
    """Write the stubs the plugin processes made into `out`; a failure is one ProtocError."""
    try:
        results = [(process, *process.communicate()) for process in processes]
    finally:
        for process in processes:  # interrupted: no plugin outlives the run
            if process.poll() is None:
                process.kill()
                process.wait()
    for process, data, error in results:
        response = plugin_pb2.CodeGeneratorResponse.FromString(data) if data else None
        if process.returncode != 0 or response is None or response.error:
            reason = response.error if response else error.decode("utf-8", "replace").strip()
            first = reason.splitlines()[0] if reason else f"status {process.returncode}"
            raise ProtocError(f"{STUB_PLUGIN} failed: {first}")
        for file in response.file:
            path = out / file.name
            path.parent.mkdir(parents=True, exist_ok=True)
            text = share_bodies(file.content) if file.name.endswith("_pb2.pyi") else file.content
            path.write_text(text, encoding="utf-8", newline="\n")


def protoc_python(proto_root: Path, files: list[str], out: Path) -> None:
    """protoc's own Python generator (what `make bench-generate` measures against)."""
    out.mkdir(parents=True, exist_ok=True)
    _protoc(proto_root, [f"--python_out={out}"], files)


def grpc_modules(proto_root: Path, files: list[str], out: Path, header: str) -> None:
    """*_pb2_grpc.py (grpcio-tools' own generator) for the files that define services
    (hand-written ones), with the DO NOT EDIT header."""
    if not files:
        return
    _protoc(proto_root, [f"--grpc_python_out={out}"], files)
    for name in files:
        path = out / (name.removesuffix(".proto") + "_pb2_grpc.py")
        path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8", newline="\n")
