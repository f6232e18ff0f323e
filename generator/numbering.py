"""Names and field numbers that never change: the registry, committed with the protos.

The registry records every message the generator ever released: its kind, the keys
(stable identities) it was generated from ("(0010,0010)" for an attribute,
"table_C.8-3" for a module, "table_10-5/(0008,2218)" for the items of a sequence
defined in a table), and every field with its number, key, type and label.

- A message keeps its name as long as one of its keys is in the input (names.py).
- A field keeps its number as long as its message exists; it keeps its name when
  the key it came from comes back under another name (a renamed keyword or table).
- A new field gets the next number after every number the message ever used.
- Nothing released disappears: a field or message the input no longer defines stays,
  `deprecated`, with its number, name and type (retain.py), so data written with an
  earlier release still reads back.

A registry written by 0.1.0 (format 1: numbers only) is upgraded on its first run:
names then follow 0.1.0's rules, so run it once on the input it was written from.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from .naming import json_name
from .proto_model import ProtoField, ProtoMessage, Schema

FORMAT = 2
FIRST_RESERVED_RANGE = range(19000, 20000)  # protobuf's own reserved numbers
MAX_FIELD_NUMBER = 536_870_911
GZIP_MAGIC = b"\x1f\x8b"  # the registry the package ships is gzipped


class RegistryError(Exception):
    """A registry file that cannot be used."""


@dataclass(slots=True)
class FieldRecord:
    number: int
    key: str = ""
    type: str = ""
    label: str = ""


@dataclass(slots=True)
class MessageRecord:
    kind: str = ""
    keys: list[str] = field(default_factory=list)
    fields: dict[str, FieldRecord] = field(default_factory=dict)
    title: str = ""  # table and IOD messages: name and section in PS3.3
    section: str = ""


@dataclass(slots=True)
class Registry:
    messages: dict[str, MessageRecord] = field(default_factory=dict)
    legacy: bool = False  # read from a format 1 file: name with 0.1.0's rules
    conflicts: list[str] = field(default_factory=list)  # released fields whose type moved

    def names_by_key(self, kind: str) -> dict[str, str]:
        """key -> registered message name, for the messages of one kind."""
        found: dict[str, str] = {}
        for name, record in sorted(self.messages.items()):
            if record.kind == kind:
                for key in record.keys:
                    found.setdefault(key, name)
        return found


def load_registry(path: Path | None) -> Registry:
    if path is None or not path.is_file():
        return Registry()
    try:
        raw = path.read_bytes()
        data = json.loads(gzip.decompress(raw) if raw[:2] == GZIP_MAGIC else raw)
        if not isinstance(data, dict) or not isinstance(data.get("messages", {}), dict):
            raise ValueError("no 'messages' object")
        if data.get("format", 1) == 1:
            return _format_1(data["messages"])
        return Registry({name: _message(value) for name, value in data["messages"].items()})
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise RegistryError(f"{path}: not a field number registry: {error}") from None


def _format_1(messages: dict) -> Registry:
    registry = Registry(legacy=True)
    for name, fields in messages.items():
        if not isinstance(fields, dict) or not all(isinstance(n, int) for n in fields.values()):
            raise ValueError(f"expected {{field: number}} for {name}")
        registry.messages[name] = MessageRecord(
            fields={f: FieldRecord(n) for f, n in fields.items()}
        )
    return registry


def _message(value: dict) -> MessageRecord:
    fields = {}
    for entry in value["fields"]:
        name, number, key, type_name, label = entry
        if not isinstance(number, int) or not isinstance(name, str):
            raise ValueError(f"bad field {entry!r}")
        fields[name] = FieldRecord(number, key, type_name, label)
    return MessageRecord(
        kind=value["kind"],
        keys=list(value["keys"]),
        fields=fields,
        title=value.get("title", ""),
        section=value.get("section", ""),
    )


def dump_registry(registry: Registry) -> str:
    """Deterministic text: messages sorted by name, fields in number order, one per line."""
    lines = [
        "{",
        ' "about": '
        + json.dumps(
            "Append-only: every message and field number the generator released, with "
            "the keys they came from. Edit only by regenerating; never renumber or delete."
        )
        + ",",
        f' "format": {FORMAT},',
        ' "messages": {',
    ]
    names = sorted(registry.messages)
    for index, name in enumerate(names):
        record = registry.messages[name]
        head = {"kind": record.kind, "keys": sorted(record.keys)}
        if record.title:
            head["title"] = record.title
            head["section"] = record.section
        body = json.dumps(head, ensure_ascii=False)[1:-1]
        fields = sorted(record.fields.items(), key=lambda item: item[1].number)
        rows = [
            "   " + json.dumps([f, r.number, r.key, r.type, r.label], ensure_ascii=False)
            for f, r in fields
        ]
        lines.append(f'  {json.dumps(name)}: {{{body}, "fields": [')
        lines.append(",\n".join(rows)) if rows else None
        lines.append("  ]}" + ("," if index < len(names) - 1 else ""))
    lines += [" }", "}"]
    return "\n".join(line for line in lines if line is not None) + "\n"


def _next_number(used: set[int]) -> int:
    number = max(used, default=0) + 1
    while number in FIRST_RESERVED_RANGE:
        number += 1
    if number > MAX_FIELD_NUMBER:
        raise RegistryError("field numbers exhausted")
    return number


def _key_suffix(key: str) -> str:
    """ "(0018,1234)" -> "0018_1234": what tells two colliding fields apart."""
    return "_".join(part.lower() for part in key.strip("()").split(",")) if key else ""


def field_names(message: ProtoMessage, record: MessageRecord) -> list[str]:
    """A unique name for every field: the name released for its key, else its own; names
    that collide (also as JSON names) get the key as a suffix, all of them alike."""
    released = {r.key: name for name, r in record.fields.items() if r.key}
    names = [released.get(f.stable_key, f.name) for f in message.fields]
    while True:
        seen: dict[str, list[int]] = {}
        for index, name in enumerate(names):
            seen.setdefault(json_name(name), []).append(index)
        clashes = [indexes for indexes in seen.values() if len(indexes) > 1]
        if not clashes:
            return names
        for indexes in clashes:
            for index in indexes:
                keep = released.get(message.fields[index].stable_key) == names[index]
                suffix = _key_suffix(message.fields[index].key) or str(index)
                if not keep and not names[index].endswith(suffix):
                    names[index] = f"{names[index]}_{suffix}"
                elif not keep:
                    names[index] = f"{names[index]}_{index}"


def number_message(message: ProtoMessage, registry: Registry) -> ProtoMessage:
    """Number the fields of one message; the registry learns the new ones."""
    record = registry.messages.setdefault(message.name, MessageRecord())
    record.kind = message.kind
    record.keys = sorted(set(record.keys) | set(message.keys))
    if message.title:
        record.title, record.section = message.title, message.section
    known = record.fields
    used = {r.number for r in known.values()}
    fields: list[ProtoField] = []
    for proto_field, name in zip(message.fields, field_names(message, record), strict=True):
        entry = known.get(name)
        if entry is not None and entry.type and entry.type != proto_field.type:
            registry.conflicts.append(
                f"{message.name}.{name}: type {entry.type} released, now {proto_field.type}"
            )
        if entry is None:
            entry = known[name] = FieldRecord(_next_number(used))
            used.add(entry.number)
        entry.key = proto_field.stable_key
        entry.type, entry.label = proto_field.type, proto_field.label
        fields.append(replace(proto_field, name=name, number=entry.number))
    return replace(message, fields=tuple(fields))


def number_schema(schema: Schema, registry: Registry) -> Schema:
    """Every field numbered from the registry, which gains the new fields."""
    files = tuple(
        replace(file, messages=tuple(number_message(m, registry) for m in file.messages))
        for file in schema.files
    )
    return replace(schema, files=files)
