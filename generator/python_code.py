"""protoc's Python, shaped for import cost and labelled: a pass over the *_pb2.py files
protoc wrote (their descriptors are never touched).

- The files in LAZY_FILES (attributes.proto, sequences.proto: thousands of messages)
  keep their descriptors and build each message class on first use (dicomproto.v1._lazy).
- Every other module that imports one of them builds, on import, the classes that its
  own messages can reach, so that no class is ever made by protobuf on the fly (such a
  class would not know its module, and could not be pickled).
- Every module gets the DO NOT EDIT header naming the generator and the editions (the
  stubs carry it already, from the .proto comments).
"""

from __future__ import annotations

import re
from pathlib import Path

from .build import ATTRIBUTES, PROTO_DIR, SEQUENCES

LAZY_FILES = (ATTRIBUTES, SEQUENCES)
LAZY_HELPER = f"{PROTO_DIR}/_lazy.py"
_BUILD_LINE = re.compile(r"^_builder\.BuildTopDescriptorsAndMessages\(DESCRIPTOR, .*\)$", re.M)
_DESCRIPTOR_LINE = re.compile(
    r"^DESCRIPTOR = _descriptor_pool\.Default\(\)\.AddSerializedFile\(", re.M
)


class PythonCodeError(Exception):
    """protoc's Python output is not what this pass knows (a protobuf upgrade?)."""


def module_of(proto: str) -> str:
    """ "dicomproto/v1/attributes.proto" -> "dicomproto.v1.attributes_pb2"."""
    return proto.removesuffix(".proto").replace("/", ".") + "_pb2"


def python_path(proto: str) -> str:
    return proto.removesuffix(".proto") + "_pb2.py"


def lazy_module(text: str, path: str) -> str:
    """protoc's module with the class building replaced by the lazy accessors."""
    start = _DESCRIPTOR_LINE.search(text)
    if start is None:
        raise PythonCodeError(f"{path}: no AddSerializedFile line in protoc's output")
    end = text.index("\n", start.end())
    head = text[: start.start()].replace(
        "from google.protobuf.internal import builder as _builder\n", ""
    )
    return (
        head
        + "from dicomproto.v1 import _lazy\n\n"
        + text[start.start() : end + 1]
        + "__getattr__, __dir__ = _lazy.accessors(globals())\n"
    )


def eager_module(text: str, path: str, imports_lazy: bool) -> str:
    """protoc's module, building the lazy classes its messages reach after its own."""
    if not imports_lazy:
        return text
    found = _BUILD_LINE.search(text)
    if found is None:
        raise PythonCodeError(f"{path}: no BuildTopDescriptorsAndMessages line in protoc's output")
    line = "from dicomproto.v1 import _lazy as _lazy\n_lazy.materialize(DESCRIPTOR)"
    return text[: found.end()] + "\n" + line + text[found.end() :]


def with_header(text: str, header: str) -> str:
    """The header after a coding line, if the file starts with one."""
    first, _, rest = text.partition("\n")
    if first.startswith("# -*- coding"):
        return f"{first}\n{header}{rest}"
    return header + text


def shape(python_root: Path, imports: dict[str, tuple[str, ...]], header: str) -> None:
    """Rewrite protoc's *_pb2.py under `python_root` in place. `imports`: .proto file ->
    the .proto files it imports (to know which modules reach a lazy file)."""
    for proto, dependencies in imports.items():
        path = python_root / python_path(proto)
        text = path.read_text(encoding="utf-8")
        if proto in LAZY_FILES:
            text = lazy_module(text, str(path))
        else:
            text = eager_module(text, str(path), any(d in LAZY_FILES for d in dependencies))
        path.write_text(with_header(text, header), encoding="utf-8", newline="\n")
