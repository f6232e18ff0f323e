"""Field numbers that never change: an append-only registry, committed with the protos.

The registry maps message name -> field name -> number. A field keeps its number for
as long as the message exists; a new field gets the next number after every number the
message ever used; a field that disappears becomes `reserved` (number and name).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from .proto_model import ProtoField, ProtoMessage, Schema

FIRST_RESERVED_RANGE = range(19000, 20000)  # protobuf's own reserved numbers
MAX_FIELD_NUMBER = 536_870_911

Registry = dict[str, dict[str, int]]


class RegistryError(Exception):
    """A registry file that cannot be used."""


def load_registry(path: Path | None) -> Registry:
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RegistryError(f"{path}: not a field number registry: {error}") from None
    if not isinstance(data, dict) or not all(
        isinstance(fields, dict) and all(isinstance(n, int) for n in fields.values())
        for fields in data.get("messages", {}).values()
    ):
        raise RegistryError(f"{path}: expected {{'messages': {{message: {{field: number}}}}}}")
    return {name: dict(fields) for name, fields in data.get("messages", {}).items()}


def dump_registry(registry: Registry) -> str:
    """Deterministic text: sorted messages, fields in number order."""
    ordered = {
        name: dict(sorted(fields.items(), key=lambda item: item[1]))
        for name, fields in sorted(registry.items())
    }
    header = (
        "Append-only: field numbers of every generated message. Edit only by "
        "regenerating; never renumber or delete."
    )
    return json.dumps({"about": header, "messages": ordered}, indent=1, ensure_ascii=False) + "\n"


def _next_number(used: set[int]) -> int:
    number = max(used, default=0) + 1
    while number in FIRST_RESERVED_RANGE:
        number += 1
    if number > MAX_FIELD_NUMBER:
        raise RegistryError("field numbers exhausted")
    return number


def number_message(message: ProtoMessage, registry: Registry) -> ProtoMessage:
    known = registry.setdefault(message.name, {})
    used = set(known.values())
    fields: list[ProtoField] = []
    for field in message.fields:
        number = known.get(field.name)
        if number is None:
            number = _next_number(used)
            known[field.name] = number
            used.add(number)
        fields.append(replace(field, number=number))
    present = {field.name for field in message.fields}
    removed = sorted((n, name) for name, n in known.items() if name not in present)
    return replace(
        message,
        fields=tuple(fields),
        reserved_numbers=tuple(n for n, _ in removed),
        reserved_names=tuple(name for _, name in removed),
    )


def number_schema(schema: Schema, registry: Registry) -> Schema:
    """Every field numbered from the registry, which gains the new fields."""
    files = tuple(
        replace(file, messages=tuple(number_message(m, registry) for m in file.messages))
        for file in schema.files
    )
    return replace(schema, files=files)
