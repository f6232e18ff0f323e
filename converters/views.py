"""Views of messages for people: annotated protobuf text, a dcmdump-like listing, and
protobuf JSON, with long byte values cut where the output itself says so.

    from dicomproto.converters.views import proto_text, dump, proto_json

    print(proto_text(message))     # protobuf text format; each attribute annotated
    print(dump(message))           # one line per element, as dcmdump prints them
    proto_json(message, max_bytes=64)   # json_format's dict, long bytes values cut

proto_text: every field that holds an attribute (a typed field, or an Element of
`elements`/`other_elements`) ends its first line with a comment naming the tag, the
VR, the keyword and the value length, so ``grep '(0028,'`` finds group 0028 in the
typed and the generic view alike:

    pixel_spacing { values: 0.661468 values: 0.661468 }  # (0028,0030) DS PixelSpacing, 18 bytes

Each item of a sequence says its index on its `items {` line.

A bytes value over `max_bytes` shows its first `max_bytes` bytes followed by ``...``
(outside the quotes, so the text no longer parses as the message) and a comment
with the full length. With `max_bytes=None` nothing is cut and the text parses back
with `text_format.Parse`.

dump: ``(gggg,eeee) VR value  # length, VM Keyword``, sequences and items indented,
file meta first; byte values as hex, cut like above.

proto_json: `json_format.MessageToDict`, where a cut bytes value becomes
``{"cut": "first 32 of 32768 bytes", "base64": "..."}`` (json_format.Parse refuses
it: a cut value cannot be read back as data).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from google.protobuf import json_format, text_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from pydicom.uid import UID

from dicomproto.v1 import dataset_pb2 as pb

from . import generic, lookup, typed
from .dicom_json import cut_marker

__all__ = ["dump", "proto_json", "proto_text"]

COMMENT_COLUMN = 56
_ELEMENT = pb.Element.DESCRIPTOR


def _keyword(tag: int) -> str:
    """The keyword; PrivateCreator, private or unknown for tags without one."""
    if tag >> 16 & 1:
        return "PrivateCreator" if 0x10 <= tag & 0xFFFF <= 0xFF else "private"
    return lookup.keyword_of(tag) or "unknown"


def _describe(tag: int, vr: str, length: str) -> str:
    """The annotation of an attribute: "(0028,0030) DS PixelSpacing, 18 bytes"."""
    keyword = _keyword(tag)
    return f"({tag >> 16:04X},{tag & 0xFFFF:04X}) {vr or '??'} {keyword}, {length}"


def _length_text(el: pb.Element, vr: str | None, charset: tuple[str, ...]) -> str:
    if vr == "SQ":
        count = len(el.items)
        return f"{count} item{'s' if count != 1 else ''}"
    if el.bulk_data_uri:
        return f"bulk data at {el.bulk_data_uri}"
    if el.HasField("encapsulated"):
        return f"encapsulated, {len(el.encapsulated.fragments)} fragments"
    length = lookup.encoded_length(el, vr, charset)
    if el.undefined_length:
        return "undefined length"
    return f"{length} bytes" if length is not None else "length unknown"


def _with_comment(line: str, comment: str) -> str:
    return f"{line.ljust(COMMENT_COLUMN - 2)}  # {comment}"


# ---------------------------------------------------------------- proto text


class _Text:
    """Writes protobuf text format with attribute annotations and visible cuts."""

    def __init__(
        self, max_bytes: int | None, charset: tuple[str, ...], item_indexes: lookup.ItemIndexes
    ) -> None:
        self.max_bytes = max_bytes
        self.charset = charset
        self.item_indexes = item_indexes
        self.where: list[int] = []  # tag, item index, ... of the item being written
        self.lines: list[str] = []
        self.cuts: list[str] = []  # cut notes of the line being written

    def scalar(self, field: FieldDescriptor, value: Any, in_element: bool) -> str:
        if in_element and field.name in ("tag", "tags"):
            return f"0x{value:08X}"
        limit = self.max_bytes
        if field.type == FieldDescriptor.TYPE_BYTES and limit is not None and len(value) > limit:
            self.cuts.append(f"cut: first {limit} of {len(value)} bytes")
            return self._printed(field, value[:limit]) + "..."
        return self._printed(field, value)

    @staticmethod
    def _printed(field: FieldDescriptor, value: Any) -> str:
        out = io.StringIO()
        text_format.PrintFieldValue(field, value, out, as_one_line=True)
        return out.getvalue()

    def one_line(self, message: Message) -> str:
        """The fields of a message on one line."""
        parts = []
        in_element = message.DESCRIPTOR is _ELEMENT
        for field, value in message.ListFields():
            for each in value if field.is_repeated else [value]:
                if field.type == FieldDescriptor.TYPE_MESSAGE:
                    parts.append(f"{field.name} {{ {self.one_line(each)} }}".replace("{  }", "{ }"))
                else:
                    parts.append(f"{field.name}: {self.scalar(field, each, in_element)}")
        return " ".join(parts)

    def emit(self, line: str, comment: str = "") -> None:
        notes = [comment] if comment else []
        notes += self.cuts
        self.cuts = []
        self.lines.append(_with_comment(line, "; ".join(notes)) if notes else line)

    def message(self, message: Message, indent: int, sequence: int | None = None) -> None:
        """The fields of a message; in a sequence (its tag), each item says its index."""
        pad = "  " * indent
        descriptor = message.DESCRIPTOR
        plans = _plans_by_field(descriptor)
        in_element = descriptor is _ELEMENT
        for field, value in message.ListFields():
            values = value if field.is_repeated else [value]
            if sequence is not None and field.name == "items":
                indexes = _original_indexes(self.item_indexes, self.where, sequence, len(values))
                for index, item in zip(indexes, values, strict=True):
                    self.emit(f"{pad}items {{", f"item [{index}]")
                    self.where += [sequence, index]
                    self.message(item, indent + 1)
                    del self.where[-2:]
                    self.emit(f"{pad}}}")
                continue
            if field.type != FieldDescriptor.TYPE_MESSAGE:
                for each in values:
                    self.emit(f"{pad}{field.name}: {self.scalar(field, each, in_element)}")
                continue
            plan = plans.get(field.name)
            for each in values:
                if plan is not None:
                    self.attribute(field.name, each, plan, indent)
                elif field.message_type is _ELEMENT:
                    self.element(field.name, each, indent)
                else:
                    self.emit(f"{pad}{field.name} {{")
                    self.message(each, indent + 1)
                    self.emit(f"{pad}}}")

    def attribute(self, name: str, value: Message, plan: typed.AttributePlan, indent: int) -> None:
        pad = "  " * indent
        tag = value.tag if plan.repeating_group else plan.tag
        if "SQ" in plan.vrs:
            count = len(value.items)
            self.emit(f"{pad}{name} {{", _describe(tag, "SQ", f"{count} item{'s' * (count != 1)}"))
            self.message(value, indent + 1, sequence=tag)
            self.emit(f"{pad}}}")
            return
        el = typed._element_of(value, plan, tag)
        vr = generic.element_vr(el) or ""
        body = self.one_line(value)
        line = f"{pad}{name} {{ {body} }}" if body else f"{pad}{name} {{ }}"
        self.emit(line, _describe(tag, vr, _length_text(el, vr, self.charset)))

    def element(self, name: str, el: pb.Element, indent: int) -> None:
        pad = "  " * indent
        vr = generic.element_vr(el)
        self.emit(
            f"{pad}{name} {{", _describe(el.tag, vr or "", _length_text(el, vr, self.charset))
        )
        self.message(el, indent + 1, sequence=el.tag)
        self.emit(f"{pad}}}")


def _plans_by_field(descriptor: Descriptor) -> dict[str, typed.AttributePlan]:
    return {plan.field_name: plan for plan in typed.message_plan(descriptor).fields}


def _original_indexes(
    item_indexes: lookup.ItemIndexes, where: list[int], tag: int, count: int
) -> list[int]:
    """The index each item of a sequence had before a selection left some out."""
    kept = item_indexes.get((*where, tag))
    return kept if kept is not None and len(kept) == count else list(range(count))


def proto_text(
    message: Message,
    *,
    max_bytes: int | None = 32,
    item_indexes: lookup.ItemIndexes | None = None,
) -> str:
    """Protobuf text format of a message, annotated (see the module). `item_indexes`
    (from lookup.select) gives the items of a selection their original indexes."""
    charset = _charset_of(message)
    writer = _Text(max_bytes, charset, item_indexes or {})
    writer.message(message, 0)
    return "".join(line + "\n" for line in writer.lines)


def _charset_of(message: Message) -> tuple[str, ...]:
    try:
        return tuple(lookup._top_context(message).charset)
    except TypeError:  # not a data set message
        return ("iso8859",)


# ---------------------------------------------------------------------- dump


def dump(
    message: Message,
    *,
    max_bytes: int | None = 32,
    item_indexes: lookup.ItemIndexes | None = None,
) -> str:
    """A dcmdump-like listing of a data set message (see the module). `item_indexes`
    (from lookup.select) gives the items of a selection their original indexes."""
    lines: list[str] = []
    data = lookup.generic_form(message)
    context = lookup._top_context(message)
    dumper = _Dump(max_bytes, item_indexes or {})
    if message.DESCRIPTOR.fields_by_name.get("file_meta") and message.HasField("file_meta"):
        meta = message.file_meta
        lines.append(f"# file meta ({_encoding(meta)})")
        lines += dumper.elements(meta.elements, context, 0, [])
        lines.append("# data set")
    lines += dumper.elements(data.elements, context, 0, [])
    return "".join(line + "\n" for line in lines)


def _encoding(meta: pb.FileMeta) -> str:
    kind = "Part 10 file" if meta.part10 else "no Part 10 header"
    vr = "implicit VR" if meta.implicit_vr else "explicit VR"
    order = "big endian" if meta.big_endian else "little endian"
    return f"{kind}; data set: {vr} {order}"


class _Dump:
    """Writes the dump lines of elements, items indented under their sequence."""

    def __init__(self, max_bytes: int | None, item_indexes: lookup.ItemIndexes) -> None:
        self.max_bytes = max_bytes
        self.item_indexes = item_indexes

    def elements(
        self, elements: Any, context: lookup._Context, depth: int, where: list[int]
    ) -> list[str]:
        lines = []
        max_bytes = self.max_bytes
        pad = "  " * depth
        for el in elements:
            if el.tag == lookup.SPECIFIC_CHARACTER_SET:
                context = lookup._with_charset(pb.DataSet(elements=[el]), context)
            vr = generic.element_vr(el)
            tag = f"({el.tag >> 16:04X},{el.tag & 0xFFFF:04X})"
            keyword = _keyword(el.tag)
            if vr == "SQ":
                items = el.items
                count = len(items)
                flags = ", undefined length" if el.undefined_length else ""
                text = f"{pad}{tag} SQ (Sequence, {count} item{'s' * (count != 1)}{flags})"
                size = "u/l" if el.undefined_length else "-"
                lines.append(_with_comment(text, f"{size}, 1 {keyword}"))
                indexes = _original_indexes(self.item_indexes, where, el.tag, count)
                for index, item in zip(indexes, items, strict=True):
                    flags = ", undefined length" if item.undefined_length else ""
                    number = len(item.elements)
                    size = f"{number} element{'s' * (number != 1)}{flags}"
                    lines.append(f"{pad}  (FFFE,E000) na (Item [{index}], {size})")
                    inner = [*where, el.tag, index]
                    lines += self.elements(item.elements, context, depth + 2, inner)
                continue
            value, count, note = _dump_value(el, vr, max_bytes)
            length = lookup.encoded_length(el, vr, context.charset)
            size = "u/l" if el.undefined_length else ("?" if length is None else str(length))
            comment = f"{size}, {count} {keyword}" + (f" {note}" if note else "")
            lines.append(_with_comment(f"{pad}{tag} {vr or '??'} {value}", comment))
            if el.HasField("encapsulated"):
                enc = el.encapsulated
                for fragment in [enc.basic_offset_table, *enc.fragments]:
                    shown, cut = _hex(fragment, max_bytes)
                    text = f"{pad}  (FFFE,E000) pi {shown or '(no value)'}"
                    lines.append(_with_comment(text, f"{len(fragment)}{cut}"))
        return lines


def _hex(value: bytes, max_bytes: int | None) -> tuple[str, str]:
    """Hex bytes "01\\02\\..." and a note when cut."""
    if max_bytes is not None and len(value) > max_bytes:
        shown = "\\".join(f"{b:02x}" for b in value[:max_bytes]) + "\\..."
        return shown, f" (cut: first {max_bytes} of {len(value)} bytes)"
    return "\\".join(f"{b:02x}" for b in value), ""


def _dump_value(el: pb.Element, vr: str | None, max_bytes: int | None) -> tuple[str, int, str]:
    """(value as shown, VM, a note for the comment)."""
    if vr is None or vr in generic.BYTES_VRS:
        if el.HasField("encapsulated"):
            count = len(el.encapsulated.fragments)
            return f"(encapsulated, offset table and {count} fragments)", 1, ""
        if el.bulk_data_uri:
            return f"(bulk data at {el.bulk_data_uri})", 1, ""
        if not el.bytes:
            return "(no value)", 0, ""
        shown, cut = _hex(el.bytes, max_bytes)
        return shown, 1, cut.strip()
    values = lookup.values_of(el, vr)
    if not values or values == [""]:
        return "(no value)", 0, ""
    if vr == "AT":
        texts = [f"({v >> 16:04X},{v & 0xFFFF:04X})" for v in values]
    elif isinstance(values[0], bytes):
        shown, cut = _hex(values[0], max_bytes)
        return f"(stored bytes) {shown}", 1, cut.strip()
    else:
        texts = ["" if v is None else str(v) for v in values]
    note = ""
    if vr == "UI" and len(texts) == 1:
        name = UID(texts[0]).name
        if name != texts[0]:
            note = f"({name})"
    if vr in ("US", "SS", "UL", "SL", "UV", "SV", "FL", "FD", "AT", "DS", "IS"):
        return "\\".join(texts), len(values), note
    return "[" + "\\".join(texts) + "]", len(values), note


# ---------------------------------------------------------------- proto json


def proto_json(message: Message, *, max_bytes: int | None = None) -> dict[str, Any]:
    """json_format.MessageToDict, with bytes values over `max_bytes` cut visibly."""
    if max_bytes is None:
        return json_format.MessageToDict(message)
    copy = type(message)()
    copy.CopyFrom(message)
    cuts = list(_cut_bytes(copy, max_bytes, []))
    document = json_format.MessageToDict(copy)
    for path, original in cuts:
        holder: Any = document
        for key in path[:-1]:
            holder = holder[key]
        holder[path[-1]] = cut_marker(original, max_bytes)
    return document


def _cut_bytes(
    message: Message, limit: int, path: list[str | int]
) -> Iterator[tuple[list[str | int], bytes]]:
    """Cut bytes values over `limit` in place; yield (JSON path, original value)."""
    for field, value in message.ListFields():
        key = field.json_name
        if field.type == FieldDescriptor.TYPE_BYTES:
            if field.is_repeated:
                for index, item in enumerate(value):
                    if len(item) > limit:
                        value[index] = item[:limit]
                        yield [*path, key, index], item
            elif len(value) > limit:
                setattr(message, field.name, value[:limit])
                yield [*path, key], value
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            if field.is_repeated:
                for index, item in enumerate(value):
                    yield from _cut_bytes(item, limit, [*path, key, index])
            else:
                yield from _cut_bytes(value, limit, [*path, key])
