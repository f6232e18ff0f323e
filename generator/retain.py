"""Retention pass: what an earlier release defined and the input no longer does stays in
the schema, `deprecated`, with its name, number and type, so that data written with
that release still reads back (and converts back: the DICOM options are kept)."""

from __future__ import annotations

from dataclasses import replace

from .build import ATTRIBUTES, PACKAGE, PROTO_DIR, SEQUENCES
from .dictionary import Dictionary
from .model import DataElement, Edition, Tag
from .naming import file_name
from .numbering import MessageRecord, Registry, RegistryError
from .proto_model import Option, ProtoField, ProtoFile, ProtoMessage, Schema


def _element(dictionary: Dictionary, key: str) -> DataElement | None:
    try:
        return dictionary.find(Tag.parse(key))
    except ValueError:
        return None


def _attribute_option(element: DataElement) -> Option:
    values: list[tuple[str, object]] = [("tag", element.tag.value)]
    if element.tag.is_pattern:
        values.append(("mask", element.tag.mask))
    values += [("vr", element.vr), ("vm", element.vm), ("type", ""), ("keyword", element.keyword)]
    return Option(f"({PACKAGE}.attribute)", tuple(values))


class _Retainer:
    def __init__(self, registry: Registry, dictionary: Dictionary, part3: Edition) -> None:
        self.registry = registry
        self.dictionary = dictionary
        self.note = f"Deprecated: PS3.3 {part3.edition} does not define this."

    def field(self, owner: str, name: str, record: MessageRecord) -> ProtoField:
        entry = record.fields[name]
        if not entry.type:
            raise RegistryError(
                f"{owner}.{name}: the input no longer defines it, and the registry (format 1, "
                "numbers only) cannot say what it was; upgrade the registry by generating "
                "once from the input it was written from"
            )
        options: tuple[Option, ...] = ()
        element = _element(self.dictionary, entry.key) if entry.key.startswith("(") else None
        if element is not None:
            options = (_attribute_option(element),)
        elif record.kind == "iod" and entry.type in self.registry.messages:
            module = self.registry.messages[entry.type]
            values = (("name", module.title.removesuffix(" Module")), ("section", module.section))
            options = (Option(f"({PACKAGE}.module)", values),)
        return ProtoField(
            name=name,
            type=entry.type,
            label=entry.label,
            number=entry.number,
            options=options,
            deprecated=True,
            comments=(self.note, "Kept so that data written with an earlier release reads back."),
            key=entry.key,
        )

    def message(self, name: str, record: MessageRecord) -> ProtoMessage:
        fields = tuple(
            self.field(name, field_name, record)
            for field_name, _ in sorted(record.fields.items(), key=lambda item: item[1].number)
        )
        options: tuple[Option, ...] = ()
        if record.kind == "attribute":
            element = _element(self.dictionary, record.keys[0]) if record.keys else None
            if element is not None:
                values: tuple[tuple[str, object], ...] = (
                    ("tag", element.tag.value),
                    *((("mask", element.tag.mask),) if element.tag.is_pattern else ()),
                    ("vr", element.vr),
                    ("vm", element.vm),
                    ("keyword", element.keyword),
                )
                options = (Option(f"({PACKAGE}.element)", values),)
        elif record.kind in ("module", "macro", "iod") and record.title:
            values = (("name", record.title), ("section", record.section))
            option = "iod" if record.kind == "iod" else "table"
            options = (Option(f"({PACKAGE}.{option})", values),)
        return ProtoMessage(
            name=name,
            kind=record.kind,
            fields=fields,
            options=options,
            deprecated=True,
            comments=(self.note, "Kept so that data written with an earlier release reads back."),
            keys=tuple(record.keys),
            title=record.title,
            section=record.section,
        )


def file_of(name: str, kind: str) -> str:
    if kind == "attribute":
        return ATTRIBUTES
    if kind in ("item", "items"):
        return SEQUENCES
    return f"{PROTO_DIR}/{file_name(name)}"


def retain(
    schema: Schema, registry: Registry, dictionary: Dictionary, part3: Edition
) -> tuple[Schema, list[str]]:
    """The schema with every released message and field; and the names kept that way."""
    retainer = _Retainer(registry, dictionary, part3)
    kept: list[str] = []
    files: dict[str, ProtoFile] = {}
    present: set[str] = set()
    for file in schema.files:
        messages = []
        for message in file.messages:
            present.add(message.name)
            record = registry.messages.get(message.name)
            names = {f.name for f in message.fields}
            missing = [n for n in (record.fields if record else {}) if n not in names]
            if missing:
                extra = sorted(
                    (retainer.field(message.name, n, record) for n in missing),
                    key=lambda f: f.number,
                )
                kept += [f"{message.name}.{f.name}" for f in extra]
                message = replace(message, fields=message.fields + tuple(extra))
            messages.append(message)
        files[file.name] = replace(file, messages=tuple(messages))
    for name, record in sorted(registry.messages.items()):
        if name in present:
            continue
        path = file_of(name, record.kind)
        file = files.get(path) or ProtoFile(path, ())
        files[path] = replace(file, messages=(*file.messages, retainer.message(name, record)))
        kept.append(name)
    return replace(schema, files=tuple(files.values())), kept
