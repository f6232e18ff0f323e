"""Arrow schemas derived from the message descriptors, and messages <-> Arrow rows.

Every message type gets one Arrow schema, built from its descriptor alone (never from
data), so every file and every partition of a dataset has the same schema. The rules
(docs/exports.md has the full table):

* a message field is a struct (null when the message is absent), a repeated field a
  list; scalars are typed leaves of the field's protobuf type, enums their value name;
* an attribute field (one with the `(dicomproto.v1.attribute)` option) is its value,
  unwrapped: `kvp` is a float64, `image_type` a list of strings, `patient_name` a
  struct of groups, a sequence a list of item structs. What the unwrapped value
  cannot show is kept in three columns of the struct that holds the attributes:
  `_text` (DS/IS field name -> exact text, where formatting the numbers would not give
  it back), `_no_value` (attributes present with no value where a null would also
  mean absence) and `_undefined_length` (sequences encoded with undefined length);
* attribute messages with several value fields (multi-VR elements such as "US or SS",
  repeating groups) stay structs of their fields;
* recursion (the SR Content Sequence, the items of a generic Element) is expanded
  until a message type appears `max_depth` times on a path; deeper, the field holds
  the serialized protobuf message (binary, or a list of binary), so nothing is lost;
* fields that cannot hold data where they stand are kept serialized too, as one
  binary leaf instead of a tree of columns that are always null: the file meta of an
  item's data set (only a file has one) and the items of a file meta element (group
  0002 has no sequences);
* a sequence item's undefined-length flag is an entry `name[index]` in the
  `_undefined_length` column of the struct holding the sequence (beside `name`, the
  sequence's own flag), not a column of every item struct;
* a message type without fields (a module whose attributes all live elsewhere) is a
  boolean: true when the message is present.

`RowCodec` turns a message into a row (a dict for `pyarrow.RecordBatch.from_pylist`)
and a row back into an equal message. Codecs and schemas are cached per message type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyarrow as pa
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from dicomproto.v1 import options_pb2

DEFAULT_MAX_DEPTH = 2
ELEMENT = "dicomproto.v1.Element"
DATA_SET = "dicomproto.v1.DataSet"
FILE_META = "dicomproto.v1.FileMeta"
LEVELS = "#levels"  # sequence levels on a path, beside the message type counts
MARKERS = (LEVELS, FILE_META)  # path entries that are part of every context
ITEM_FLAG = "undefined_length"  # a sequence item's own flag (hoisted, see above)
TEXT = "_text"
NO_VALUE = "_no_value"
UNDEFINED_LENGTH = "_undefined_length"
SIDE_COLUMNS = (TEXT, NO_VALUE, UNDEFINED_LENGTH)
# Schema metadata keys.
MESSAGE_KEY = b"dicomproto.message"
DEPTH_KEY = b"dicomproto.max_depth"

_F = FieldDescriptor
_SCALARS: dict[int, pa.DataType] = {
    _F.TYPE_DOUBLE: pa.float64(),
    _F.TYPE_FLOAT: pa.float32(),
    _F.TYPE_INT64: pa.int64(),
    _F.TYPE_SINT64: pa.int64(),
    _F.TYPE_SFIXED64: pa.int64(),
    _F.TYPE_UINT64: pa.uint64(),
    _F.TYPE_FIXED64: pa.uint64(),
    _F.TYPE_INT32: pa.int32(),
    _F.TYPE_SINT32: pa.int32(),
    _F.TYPE_SFIXED32: pa.int32(),
    _F.TYPE_UINT32: pa.uint32(),
    _F.TYPE_FIXED32: pa.uint32(),
    _F.TYPE_BOOL: pa.bool_(),
    _F.TYPE_STRING: pa.string(),
    _F.TYPE_BYTES: pa.binary(),
    _F.TYPE_ENUM: pa.string(),
}

Out = dict[str, Any]


def list_of(item: pa.DataType) -> pa.ListType:
    """A list type whose item field is named as Parquet names it ("element"), so a
    schema read back from a file equals the one written."""
    return pa.list_(pa.field("element", item))


@cache
def text_map() -> pa.DataType:
    """map<string, string> as a Parquet reader gives it back (its entries field named
    after the column): the files carry no Arrow schema of their own (see parquet.py),
    so the schema read from a file is the one Parquet's own schema describes."""
    import io

    import pyarrow.parquet as pq

    written = pa.schema([pa.field(TEXT, pa.map_(pa.string(), pa.string()))])
    buffer = io.BytesIO()
    pq.write_table(written.empty_table(), buffer, store_schema=False)
    return pq.read_schema(io.BytesIO(buffer.getvalue())).field(TEXT).type


ToRow = Callable[[Out, Any], None]  # (struct dict, field value from ListFields)
FromRow = Callable[[Message, Any], None]  # (parent message, column value)


def _repeated(fd: FieldDescriptor) -> bool:
    return bool(fd.is_repeated)


def _is_message(fd: FieldDescriptor) -> bool:
    return fd.type in (_F.TYPE_MESSAGE, _F.TYPE_GROUP)


def is_attribute(fd: FieldDescriptor) -> bool:
    """Whether a field holds a DICOM attribute (has the attribute option)."""
    return fd.GetOptions().HasExtension(options_pb2.attribute)


@cache
def _reachable(descriptor: Descriptor) -> frozenset[str]:
    """Full names of the message types reachable from `descriptor` (itself excluded
    unless it reaches itself)."""
    seen: set[str] = set()
    stack = [descriptor]
    while stack:
        current = stack.pop()
        for fd in current.fields:
            if _is_message(fd) and fd.message_type.full_name not in seen:
                seen.add(fd.message_type.full_name)
                stack.append(fd.message_type)
    return frozenset(seen)


# ------------------------------------------------------------------- scalars


def _enum_names(fd: FieldDescriptor) -> tuple[dict[int, str], dict[str, int]]:
    values = fd.enum_type.values
    return {v.number: v.name for v in values}, {v.name: v.number for v in values}


def _scalar_codec(
    fd: FieldDescriptor,
) -> tuple[pa.DataType, Callable[[Any], Any] | None, Callable[[Any], Any] | None]:
    """Arrow type and (to, back) value conversions of a scalar field (None: as is)."""
    if fd.type == _F.TYPE_ENUM:
        names, numbers = _enum_names(fd)

        def to_name(value: int) -> str:
            return names.get(value, str(value))

        def to_number(name: str) -> int:
            return numbers[name] if name in numbers else int(name)

        return pa.string(), to_name, to_number
    return _SCALARS[fd.type], None, None


# ------------------------------------------------------------------- structs


@dataclass(slots=True)
class StructCodec:
    """The Arrow struct of one message type (in one recursion context) and the
    conversions both ways."""

    descriptor: Descriptor
    fields: list[pa.Field]
    to_row: dict[int, ToRow]  # field number -> writer into the struct dict
    from_row: dict[str, FromRow]  # column name -> setter on the message
    side: tuple[str, ...]  # which side columns the struct has

    @property
    def arrow_type(self) -> pa.StructType:
        return pa.struct(self.fields)

    def encode(self, message: Message) -> Out:
        """A message as a struct dict (only the columns that are set)."""
        out: Out = {}
        writers = self.to_row
        for fd, value in message.ListFields():
            writers[fd.number](out, value)
        return out

    def decode(self, row: Out, message: Message) -> None:
        """Fill `message` from a struct dict."""
        setters = self.from_row
        for name, value in row.items():
            if value is None or name in SIDE_COLUMNS:
                continue
            setter = setters.get(name)
            if setter is not None:
                setter(message, value)
        if not self.side:
            return
        for name in row.get(NO_VALUE) or ():
            getattr(message, name).SetInParent()
        for name, text in _pairs(row.get(TEXT)):
            getattr(message, name).text = text
        for name in row.get(UNDEFINED_LENGTH) or ():
            name, _, index = name.partition("[")
            target = getattr(message, name)
            if index:  # "name[3]": item 3 of the sequence
                target = target.items[int(index[:-1])]
            target.undefined_length = True


def _pairs(value: Any) -> list[tuple[str, str]]:
    """Map entries as pyarrow gives them back (a list of pairs) or as written."""
    if not value:
        return []
    return list(value.items()) if isinstance(value, dict) else list(value)


class _Builder:
    """Builds the codecs of one root message type, sharing those of sub-messages
    whose recursion context is the same."""

    def __init__(self, max_depth: int):
        self.max_depth = max_depth
        self.memo: dict[tuple[str, bool, tuple[tuple[str, int], ...]], StructCodec] = {}
        self.item_types: set[str] = set()  # the item messages of typed sequences

    def struct(self, descriptor: Descriptor, path: dict[str, int]) -> StructCodec:
        reach = _reachable(descriptor)
        root = not path
        context = tuple(
            sorted((name, n) for name, n in path.items() if name in reach or name in MARKERS)
        )
        key = (descriptor.full_name, root, context)
        codec = self.memo.get(key)
        if codec is None:
            inner = dict(path)
            inner[descriptor.full_name] = inner.get(descriptor.full_name, 0) + 1
            codec = self._build(descriptor, inner, root)
            self.memo[key] = codec
        return codec

    def too_deep(self, descriptor: Descriptor, path: dict[str, int]) -> bool:
        return path.get(descriptor.full_name, 0) >= self.max_depth

    def nest(self, path: dict[str, int]) -> dict[str, int] | None:
        """The path one sequence level further in; None past `max_depth` levels."""
        levels = path.get(LEVELS, 0) + 1
        if levels > self.max_depth:
            return None
        return {**path, LEVELS: levels}

    def _kept_serialized(
        self, parent: Descriptor, fd: FieldDescriptor, path: dict[str, int], root: bool
    ) -> bool:
        """Message fields kept as serialized bytes: past the depth; generic Elements
        inside a module or an item (`other_elements` below the top level, or each item
        struct would carry the whole generic Element tree); and fields that never hold
        data where they stand: an item data set's file meta, a file meta element's
        items."""
        kind = fd.message_type.full_name
        if self.too_deep(fd.message_type, path):
            return True
        if kind == ELEMENT and any(is_attribute(f) for f in parent.fields):
            return True
        if kind == FILE_META and parent.full_name == DATA_SET and not root:
            return True
        return parent.full_name == ELEMENT and fd.name == "items" and FILE_META in path

    def _build(self, descriptor: Descriptor, path: dict[str, int], root: bool) -> StructCodec:
        fields: list[pa.Field] = []
        to_row: dict[int, ToRow] = {}
        from_row: dict[str, FromRow] = {}
        side: set[str] = set()
        item = descriptor.full_name in self.item_types and _has_item_flag(descriptor)
        for fd in descriptor.fields:
            if fd.name in SIDE_COLUMNS:
                raise ValueError(f"{descriptor.full_name}.{fd.name}: a reserved column name")
            if item and fd.name == ITEM_FLAG:  # in the parent's _undefined_length
                to_row[fd.number] = _ignore
                continue
            if _is_message(fd) and self._kept_serialized(descriptor, fd, path, root):
                field, to, back = _serialized_field(fd)
            elif is_attribute(fd) and _is_message(fd) and not _repeated(fd):
                field, to, back, needs = self._attribute(fd, path)
                side |= needs
            elif _is_message(fd):
                field, to, back = self._message_field(fd, path)
            else:
                field, to, back = _scalar_field(fd)
            fields.append(field)
            to_row[fd.number] = to
            from_row[fd.name] = back
        order = tuple(name for name in SIDE_COLUMNS if name in side)
        for name in order:
            fields.append(_SIDE_FIELDS[name])
        return StructCodec(descriptor, fields, to_row, from_row, order)

    def _message_field(
        self, fd: FieldDescriptor, path: dict[str, int]
    ) -> tuple[pa.Field, ToRow, FromRow]:
        if _repeated(fd) and fd.message_type.full_name == DATA_SET:  # generic items
            inner = self.nest(path)
            if inner is None:
                return _serialized_field(fd)
            path = inner
        if not fd.message_type.fields:
            return _presence_field(fd)
        codec = self.struct(fd.message_type, path)
        name = fd.name
        encode, decode = codec.encode, codec.decode
        if _repeated(fd):

            def to_list(out: Out, value: Any) -> None:
                out[name] = [encode(m) for m in value]

            def from_list(message: Message, rows: Any) -> None:
                container = getattr(message, name)
                for row in rows:
                    decode(row, container.add())

            return pa.field(name, list_of(codec.arrow_type)), to_list, from_list

        def to_struct(out: Out, value: Message) -> None:
            out[name] = encode(value)

        def from_struct(message: Message, row: Out) -> None:
            sub = getattr(message, name)
            sub.SetInParent()
            decode(row, sub)

        return pa.field(name, codec.arrow_type), to_struct, from_struct

    def _attribute(
        self, fd: FieldDescriptor, path: dict[str, int]
    ) -> tuple[pa.Field, ToRow, FromRow, set[str]]:
        """An attribute field: its value unwrapped where the attribute message is just
        a value (and DS/IS text), a sequence's items, else the struct of its fields."""
        attribute = fd.message_type
        names = {f.name for f in attribute.fields}
        if names == {"items", "undefined_length"}:
            return self._sequence(fd, path)
        value_name = "value" if "value" in names else "values" if "values" in names else None
        if value_name is None or not names <= {value_name, "text"}:
            field, to, back = self._message_field(fd, path)
            return field, to, back, set()
        value_fd = attribute.fields_by_name[value_name]
        has_text = "text" in names
        name = fd.name
        needs: set[str] = {TEXT} if has_text else set()
        if _is_message(value_fd):
            codec = self.struct(value_fd.message_type, path)
            arrow_type: pa.DataType = codec.arrow_type
            to_value: Callable[[Any], Any] | None = codec.encode
            encode_value, decode_value = codec.encode, codec.decode
        else:
            arrow_type, to_value, back_value = _scalar_codec(value_fd)
        if _repeated(value_fd):
            arrow_type = list_of(arrow_type)
        elif value_fd.has_presence:
            needs.add(NO_VALUE)

        if _repeated(value_fd):
            if _is_message(value_fd):

                def to(out: Out, value: Message) -> None:
                    out[name] = [encode_value(v) for v in value.values]
                    if has_text and value.text:
                        out.setdefault(TEXT, []).append((name, value.text))

                def back(message: Message, column: Any) -> None:
                    target = getattr(message, name)
                    target.SetInParent()
                    for row in column:
                        decode_value(row, target.values.add())

            else:

                def to(out: Out, value: Message) -> None:
                    values = value.values
                    out[name] = list(values) if to_value is None else [to_value(v) for v in values]
                    if has_text and value.text:
                        out.setdefault(TEXT, []).append((name, value.text))

                def back(message: Message, column: Any) -> None:
                    target = getattr(message, name)
                    target.SetInParent()
                    if back_value is None:
                        target.values.extend(column)
                    else:
                        target.values.extend([back_value(v) for v in column])

        elif value_fd.has_presence:
            is_message = _is_message(value_fd)

            def to(out: Out, value: Message) -> None:
                if value.HasField("value"):
                    inner = value.value
                    out[name] = inner if to_value is None else to_value(inner)
                else:
                    out.setdefault(NO_VALUE, []).append(name)
                if has_text and value.text:
                    out.setdefault(TEXT, []).append((name, value.text))

            def back(message: Message, column: Any) -> None:
                target = getattr(message, name)
                if is_message:
                    target.value.SetInParent()
                    decode_value(column, target.value)
                else:
                    target.value = column if back_value is None else back_value(column)

        else:  # a string or bytes value: "" is a present, empty value

            def to(out: Out, value: Message) -> None:
                out[name] = value.value
                if has_text and value.text:
                    out.setdefault(TEXT, []).append((name, value.text))

            def back(message: Message, column: Any) -> None:
                target = getattr(message, name)
                target.SetInParent()
                target.value = column

        return pa.field(name, arrow_type), to, back, needs

    def _sequence(
        self, fd: FieldDescriptor, path: dict[str, int]
    ) -> tuple[pa.Field, ToRow, FromRow, set[str]]:
        """A sequence attribute: the list of its item structs."""
        items_fd = fd.message_type.fields_by_name["items"]
        wrapper = fd.message_type
        name = fd.name
        inner = self.nest(path)
        if inner is not None:
            inner[wrapper.full_name] = inner.get(wrapper.full_name, 0) + 1
        if inner is None or self.too_deep(items_fd.message_type, inner):
            field, to_bytes, from_bytes = _serialized_field(fd)
            return field, to_bytes, from_bytes, set()
        self.item_types.add(items_fd.message_type.full_name)
        codec = self.struct(items_fd.message_type, inner)
        encode, decode = codec.encode, codec.decode
        flagged = _has_item_flag(items_fd.message_type)

        def to(out: Out, value: Message) -> None:
            items = value.items
            out[name] = [encode(item) for item in items]
            flags = (
                [f"{name}[{i}]" for i, item in enumerate(items) if item.undefined_length]
                if flagged
                else []
            )
            if value.undefined_length:
                flags.insert(0, name)
            if flags:
                out.setdefault(UNDEFINED_LENGTH, []).extend(flags)

        def back(message: Message, column: Any) -> None:
            target = getattr(message, name)
            target.SetInParent()
            for row in column:
                decode(row, target.items.add())

        return pa.field(name, list_of(codec.arrow_type)), to, back, {UNDEFINED_LENGTH}


def _ignore(out: Out, value: Any) -> None:
    """The writer of a field kept elsewhere (an item's flag, written by its sequence)."""


def _has_item_flag(descriptor: Descriptor) -> bool:
    flag = descriptor.fields_by_name.get(ITEM_FLAG)
    return flag is not None and flag.type == _F.TYPE_BOOL and not _repeated(flag)


_SIDE_FIELDS = {
    TEXT: pa.field(TEXT, text_map()),
    NO_VALUE: pa.field(NO_VALUE, list_of(pa.string())),
    UNDEFINED_LENGTH: pa.field(UNDEFINED_LENGTH, list_of(pa.string())),
}


def _scalar_field(fd: FieldDescriptor) -> tuple[pa.Field, ToRow, FromRow]:
    arrow_type, to_value, back_value = _scalar_codec(fd)
    name = fd.name
    if _repeated(fd):

        def to_list(out: Out, value: Any) -> None:
            out[name] = list(value) if to_value is None else [to_value(v) for v in value]

        def from_list(message: Message, column: Any) -> None:
            target = getattr(message, name)
            target.extend(column if back_value is None else [back_value(v) for v in column])

        return pa.field(name, list_of(arrow_type)), to_list, from_list

    def to(out: Out, value: Any) -> None:
        out[name] = value if to_value is None else to_value(value)

    def back(message: Message, column: Any) -> None:
        setattr(message, name, column if back_value is None else back_value(column))

    return pa.field(name, arrow_type), to, back


def _presence_field(fd: FieldDescriptor) -> tuple[pa.Field, ToRow, FromRow]:
    """A message type without fields: whether it is present (a list of trues when
    repeated)."""
    name = fd.name
    if _repeated(fd):

        def to_list(out: Out, value: Any) -> None:
            out[name] = [True] * len(value)

        def from_list(message: Message, column: Any) -> None:
            container = getattr(message, name)
            for _ in column:
                container.add()

        return pa.field(name, list_of(pa.bool_())), to_list, from_list

    def to(out: Out, value: Message) -> None:
        out[name] = True

    def back(message: Message, column: bool) -> None:
        if column:
            getattr(message, name).SetInParent()

    return pa.field(name, pa.bool_()), to, back


def _serialized_field(fd: FieldDescriptor) -> tuple[pa.Field, ToRow, FromRow]:
    """A message field past the recursion depth: the serialized message(s)."""
    name = fd.name
    if _repeated(fd):

        def to_list(out: Out, value: Any) -> None:
            out[name] = [m.SerializeToString() for m in value]

        def from_list(message: Message, column: Any) -> None:
            container = getattr(message, name)
            for data in column:
                container.add().ParseFromString(data)

        return pa.field(name, list_of(pa.binary())), to_list, from_list

    def to(out: Out, value: Message) -> None:
        out[name] = value.SerializeToString()

    def back(message: Message, column: bytes) -> None:
        sub = getattr(message, name)
        sub.SetInParent()
        sub.ParseFromString(column)

    return pa.field(name, pa.binary()), to, back


@cache
def struct_codec(descriptor: Descriptor, max_depth: int = DEFAULT_MAX_DEPTH) -> StructCodec:
    """The cached codec of a message type as the root of a row."""
    if max_depth < 1:
        raise ValueError(f"max_depth must be at least 1, not {max_depth}")
    return _Builder(max_depth).struct(descriptor, {})
