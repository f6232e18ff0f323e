"""The *_pb2.py modules, written from the descriptors protoc returns (protoc.py): the
same modules protoc's Python generator writes (the serialized file descriptor handed
to protobuf's pool, then protobuf's own builder), shaped for import cost.

- The files in LAZY_FILES (attributes.proto, sequences.proto: thousands of messages)
  register their whole descriptor and build each message class on first use
  (dicomproto.v1._lazy, generated from templates/lazy.py.jinja2).
- Every other module that imports one of them builds, on import, the classes that its
  own messages can reach, so that no class is ever made by protobuf on the fly (such a
  class would not know its module, and could not be pickled).
- Every module starts with the DO NOT EDIT header naming the generator and the
  editions (the stubs carry it already, from the .proto comments).
- The serialized file descriptor is embedded zlib-compressed (base64 text): a quarter of
  the bytes in the module and in its bytecode, for a few microseconds at import. The two
  LAZY_FILES, nine tenths of all descriptor bytes, would take 5 ms more per process to
  unpack: their modules read it, as is, from a file beside them (DESCRIPTOR_SUFFIX), once
  on disk instead of twice (module and bytecode) as an embedded bytes literal would be.

Under protobuf's pure-Python backend, Descriptor.CopyToProto of a message descriptor
is not available (protoc's modules record where each message sits in the serialized
file for it); everything else behaves as with protoc's own modules.
"""

from __future__ import annotations

import base64
import zlib
from pathlib import Path

from google.protobuf import descriptor_pb2

from .build import ATTRIBUTES, PROTO_DIR, SEQUENCES

LAZY_FILES = (ATTRIBUTES, SEQUENCES)
LAZY_HELPER = f"{PROTO_DIR}/_lazy.py"
DESCRIPTOR_SUFFIX = ".binpb"  # sequences_pb2.binpb: the serialized FileDescriptorProto
# what a module imports to read its descriptor: a lazy one's file, another's embedded text
UNPACKING = {
    True: ("import os as _os",),
    False: ("import binascii as _binascii", "import zlib as _zlib"),
}


def module_of(proto: str) -> str:
    """ "dicomproto/v1/attributes.proto" -> "dicomproto.v1.attributes_pb2"."""
    return proto.removesuffix(".proto").replace("/", ".").replace("-", "_") + "_pb2"


def python_path(proto: str) -> str:
    return module_of(proto).replace(".", "/") + ".py"


def descriptor_path(proto: str) -> str:
    """Where a lazy file's module reads its descriptor: beside the module."""
    return python_path(proto).removesuffix(".py") + DESCRIPTOR_SUFFIX


def _alias(module: str) -> str:
    """protoc's name for an imported module: dicomproto_dot_v1_dot_attributes__pb2."""
    return module.replace("_", "__").replace(".", "_dot_")


def _clear_json_names(messages) -> None:
    for message in messages:
        for field in (*message.field, *message.extension):
            field.ClearField("json_name")
        _clear_json_names(message.nested_type)


def packed(serialized: bytes) -> str:
    """A serialized descriptor as the module embeds it: zlib at level 9, then base64."""
    return base64.b64encode(zlib.compress(serialized, 9)).decode("ascii")


def embedded(file: descriptor_pb2.FileDescriptorProto) -> bytes:
    """The serialized descriptor a module registers: protoc's, without source info
    (comments are for the stubs) or json names (protoc's own modules leave them out)."""
    copy = descriptor_pb2.FileDescriptorProto()
    copy.CopyFrom(file)
    copy.ClearField("source_code_info")
    _clear_json_names(copy.message_type)
    for extension in copy.extension:
        extension.ClearField("json_name")
    return copy.SerializeToString()


def module_text(
    file: descriptor_pb2.FileDescriptorProto,
    header: str,
    version: tuple[int, int, int, str],
) -> str:
    """The *_pb2.py of one .proto file."""
    name = module_of(file.name)
    lazy = file.name in LAZY_FILES
    reaches_lazy = any(d in LAZY_FILES for d in file.dependency)
    major, minor, patch, suffix = version
    lines = [
        header.rstrip("\n"),
        f"# source: {file.name}",
        '"""Generated protocol buffer code'
        + (": each message class is built when first used (dicomproto.v1._lazy)." if lazy else ".")
        + '"""',
        *UNPACKING[lazy],
        "",
        "from google.protobuf import descriptor_pool as _descriptor_pool",
        "from google.protobuf import runtime_version as _runtime_version",
    ]
    if not lazy:
        lines.append("from google.protobuf.internal import builder as _builder")
    lines += [
        "",
        "_runtime_version.ValidateProtobufRuntimeVersion(",
        f"    _runtime_version.Domain.PUBLIC, {major}, {minor}, {patch}, {suffix!r}, {file.name!r}",
        ")",
        "",
    ]
    for dependency in file.dependency:
        imported = module_of(dependency)
        package, _, leaf = imported.rpartition(".")
        lines.append(f"from {package} import {leaf} as {_alias(imported)}")
    if lazy or reaches_lazy:
        lines.append("from dicomproto.v1 import _lazy")
    lines.append("")
    if lazy:
        descriptor = Path(descriptor_path(file.name)).name
        lines += [
            f"with open(_os.path.join(_os.path.dirname(__file__), {descriptor!r}), 'rb') as _file:",
            "    DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(_file.read())",
            "",
            "__getattr__, __dir__ = _lazy.accessors(globals())",
        ]
    else:
        lines += [
            "DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(_zlib.decompress(",
            f"    _binascii.a2b_base64({packed(embedded(file))!r})",
            "))",
            "",
            "_globals = globals()",
            "_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)",
            f"_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, {name!r}, _globals)",
        ]
        if file.service:
            lines.append(f"_builder.BuildServices(DESCRIPTOR, {name!r}, _globals)")
        if reaches_lazy:
            lines.append("_lazy.materialize(DESCRIPTOR)")
    return "\n".join(lines) + "\n"


def write_modules(
    found: descriptor_pb2.FileDescriptorSet,
    files: list[str],
    out: Path,
    header: str,
    version: tuple[int, int, int, str],
) -> None:
    """The *_pb2.py of every file in `files` under `out`, and the descriptors that the
    modules of LAZY_FILES read."""
    wanted = set(files)
    for file in found.file:
        if file.name in wanted:
            path = out / python_path(file.name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(module_text(file, header, version), encoding="utf-8", newline="\n")
            if file.name in LAZY_FILES:
                (out / descriptor_path(file.name)).write_bytes(embedded(file))
