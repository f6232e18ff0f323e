"""Final pass: invariants the rendered schema must hold, checked before anything is written."""

from __future__ import annotations

from .build import BUILTIN_MESSAGES, PACKAGE
from .naming import json_name
from .proto_model import Schema

SCALARS = frozenset(
    [
        "double",
        "float",
        "int32",
        "int64",
        "uint32",
        "uint64",
        "sint32",
        "sint64",
        "fixed32",
        "fixed64",
        "sfixed32",
        "sfixed64",
        "bool",
        "string",
        "bytes",
    ]
)


class SchemaError(Exception):
    """The generated schema breaks an invariant (a generator bug or a hostile input)."""


def validate(schema: Schema) -> None:
    """Unique names and numbers, known types, numbers in range."""
    problems: list[str] = []
    declared: dict[str, str] = {}
    for file in schema.files:
        for message in file.messages:
            if message.name in declared:
                problems.append(
                    f"message {message.name} in {file.name} and {declared[message.name]}"
                )
            declared[message.name] = file.name
    for name in sorted(BUILTIN_MESSAGES & set(declared)):
        problems.append(f"message {name} in {declared[name]} shadows a built-in message")
    known = set(declared) | BUILTIN_MESSAGES
    for file in schema.files:
        for message in file.messages:
            names: set[str] = set()
            json_names: set[str] = set()
            numbers: set[int] = set()
            for field in message.fields:
                where = f"{file.name}: {message.name}.{field.name}"
                if field.name in names:
                    problems.append(f"{where}: duplicate field name")
                if json_name(field.name) in json_names:
                    problems.append(f"{where}: duplicate JSON name {json_name(field.name)}")
                if field.number in numbers or field.number <= 0:
                    problems.append(f"{where}: number {field.number} reused or unset")
                names.add(field.name)
                json_names.add(json_name(field.name))
                numbers.add(field.number)
                type_name = field.type.removeprefix(PACKAGE + ".")
                if type_name not in SCALARS and type_name not in known:
                    problems.append(f"{where}: unknown type {field.type}")
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise SchemaError(f"generated schema is inconsistent:\n  {shown}{more}")
