"""One table row per message: the message's columns, its source, and its pixel data
kept out of the table.

A row holds `source` (the input it came from), every field of the message as
`arrow.struct_codec` maps it, and `pixel_data`: where the value of the data set's
pixel data element went (a byte range of a file beside the table), its frame count,
shape, bits allocated and transfer syntax. The pixel data element itself stays in the
row with its value emptied, so putting the bytes back gives the message again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyarrow as pa
from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message

from dicomproto.converters.generic import join_items, split_items
from dicomproto.v1 import dataset_pb2, options_pb2

from .arrow import DEFAULT_MAX_DEPTH, DEPTH_KEY, MESSAGE_KEY, StructCodec, list_of, struct_codec

SOURCE = "source"
PIXEL_DATA = "pixel_data"
FORMAT_KEY = b"dicomproto.format"
# 2: item undefined-length flags in the parent's _undefined_length, file meta of items
# and items of file meta elements serialized, message types without fields as booleans.
FORMAT_VERSION = b"2"
# Module attributes whose Parquet statistics (min/max per row group) are written: the
# ones queries filter whole files by. Statistics of the thousands of other leaves would
# add to every file's footer for little use.
STATISTICS_KEYWORDS = frozenset(
    {
        "PatientID",
        "StudyInstanceUID",
        "SeriesInstanceUID",
        "SOPInstanceUID",
        "SOPClassUID",
        "Modality",
        "StudyDate",
        "SeriesDate",
        "AcquisitionDate",
        "ContentDate",
    }
)
# Pixel Data, Float Pixel Data, Double Float Pixel Data: the first one present goes out.
PIXEL_TAGS = (0x7FE00010, 0x7FE00008, 0x7FE00009)
NUMBER_OF_FRAMES = 0x00280008
ROWS, COLUMNS, SAMPLES_PER_PIXEL, BITS_ALLOCATED = 0x00280010, 0x00280011, 0x00280002, 0x00280100
TRANSFER_SYNTAX_UID = 0x00020010
ELEMENT = dataset_pb2.Element.DESCRIPTOR.full_name

PIXEL_REFERENCE = pa.struct(
    [
        pa.field("tag", pa.uint32()),
        pa.field("frames", pa.int64()),
        # (frames, rows, columns, samples per pixel)
        pa.field("shape", list_of(pa.int64())),
        pa.field("bits_allocated", pa.int64()),
        pa.field("transfer_syntax", pa.string()),
        pa.field("encapsulated", pa.bool_()),
        # The value's bytes (for encapsulated data, its items as stored) are bytes
        # [offset, offset + length) of `file`, a path relative to the output folder.
        pa.field("file", pa.string()),
        pa.field("offset", pa.int64()),
        pa.field("length", pa.int64()),
        # Where in the row the value was: "<column>.<field>" or "<column>.<index>",
        # and which field of it held the bytes ("" for the column itself).
        pa.field("path", pa.string()),
        pa.field("field", pa.string()),
    ]
)


@dataclass(frozen=True, slots=True)
class Pixels:
    """The pixel data value taken out of a row, and its reference (without file,
    offset and length, which the writer fills in)."""

    data: bytes
    reference: dict[str, Any]


@dataclass(slots=True)
class RowCodec:
    """Rows of one message type: its Arrow schema and the conversions both ways."""

    message_class: type[Message]
    schema: pa.Schema
    codec: StructCodec
    # tag -> (column, field) of the typed attribute holding it, first module wins
    typed: dict[int, tuple[str, str]]
    element_lists: tuple[str, ...]  # columns holding generic Elements (other_elements)
    statistics: tuple[str, ...]  # leaf paths whose Parquet statistics are written

    def encode(self, message: Message, source: str) -> tuple[dict[str, Any], Pixels | None]:
        """The row of a message, and its pixel data value if it has one."""
        row = self.codec.encode(message)
        row[SOURCE] = source
        pixels = self._take_pixels(row)
        return row, pixels

    def decode(
        self, row: dict[str, Any], pixel_bytes: Callable[[dict[str, Any]], bytes]
    ) -> Message:
        """The message of a row; `pixel_bytes` reads a pixel data reference's bytes."""
        reference = row.get(PIXEL_DATA)
        if reference is not None:
            _put_back(row, reference, pixel_bytes(reference))
        message = self.message_class()
        self.codec.decode(row, message)
        return message

    # -- pixel data ----------------------------------------------------------------

    def _take_pixels(self, row: dict[str, Any]) -> Pixels | None:
        for tag in PIXEL_TAGS:
            found = self._find(row, tag)
            if found is None:
                continue
            holder, key, path = found
            taken = _take_value(holder, key)
            if taken is None:
                return None
            field, data, encapsulated = taken
            frames = self._number(row, NUMBER_OF_FRAMES)
            frames = frames if frames and frames > 0 else 1
            dims = [self._number(row, t) for t in (ROWS, COLUMNS, SAMPLES_PER_PIXEL)]
            shape = [frames, *dims] if all(d is not None for d in dims) else None
            reference = {
                "tag": tag,
                "frames": frames,
                "shape": shape,
                "bits_allocated": self._number(row, BITS_ALLOCATED),
                "transfer_syntax": _transfer_syntax(row),
                "encapsulated": encapsulated,
                "path": path,
                "field": field,
            }
            row[PIXEL_DATA] = reference
            return Pixels(data, reference)
        return None

    def _find(self, row: dict[str, Any], tag: int) -> tuple[dict[str, Any], str, str] | None:
        """(dict holding the value, key of the value, path) of a top-level element."""
        location = self.typed.get(tag)
        if location is not None:
            column, field = location
            holder = row.get(column)
            if holder is not None and holder.get(field) is not None:
                return holder, field, f"{column}.{field}"
        for column in self.element_lists:
            for index, element in enumerate(row.get(column) or ()):
                if element.get("tag") == tag:
                    return {"": element}, "", f"{column}.{index}"
        return None

    def _number(self, row: dict[str, Any], tag: int) -> int | None:
        found = self._find(row, tag)
        if found is None:
            return None
        holder, key, _ = found
        value = holder[key]
        if isinstance(value, dict):  # a generic Element or a multi-VR attribute
            for name in ("unsigned_integers", "signed_integers", "strings"):
                if value.get(name):
                    value = value[name][0]
                    break
            else:
                value = next((v for k, v in value.items() if k != "vr" and v is not None), None)
        if isinstance(value, list):
            value = value[0] if value else None
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None


def _transfer_syntax(row: dict[str, Any]) -> str | None:
    for element in (row.get("file_meta") or {}).get("elements") or ():
        if element.get("tag") == TRANSFER_SYNTAX_UID and element.get("strings"):
            return str(element["strings"][0])
    return None


def _take_value(holder: dict[str, Any], key: str) -> tuple[str, bytes, bool] | None:
    """Empty the value at holder[key] in place: (field that held it, bytes, encapsulated)."""
    value = holder[key]
    if isinstance(value, bytes):
        if not value:
            return None
        holder[key] = b""
        return "", value, False
    encapsulated = value.get("encapsulated")
    if encapsulated is not None:
        value["encapsulated"] = None
        parts = [
            encapsulated.get("basic_offset_table") or b"",
            *(encapsulated.get("fragments") or ()),
        ]
        return "encapsulated", join_items(parts), True
    for name in ("bytes", "ob", "ow", "value"):
        data = value.get(name)
        if isinstance(data, bytes) and data:
            del value[name]
            return name, data, False
    return None


def _put_back(row: dict[str, Any], reference: dict[str, Any], data: bytes) -> None:
    """Put a pixel data value back where `_take_value` took it from."""
    column, _, key = reference["path"].partition(".")
    container = row[column]
    field = reference["field"]
    if isinstance(container, list):
        holder, key = container[int(key)], field
    elif field:
        holder, key = container[key], field
    else:
        holder = container
    if field == "encapsulated":
        items = split_items(data)
        if items is None:
            raise ValueError("the pixel data bytes are not an encapsulated value")
        holder[key] = {"basic_offset_table": items[0], "fragments": items[1:]}
    else:
        holder[key] = data


@cache
def row_codec(descriptor: Descriptor, max_depth: int = DEFAULT_MAX_DEPTH) -> RowCodec:
    """The cached row codec of a message type (an IOD message or the generic DataSet)."""
    from dicomproto.converters import files, typed

    codec = struct_codec(descriptor, max_depth)
    taken = {f.name for f in codec.fields}
    for name in (SOURCE, PIXEL_DATA):
        if name in taken:
            raise ValueError(f"{descriptor.full_name}.{name}: a reserved column name")
    locations: dict[int, tuple[str, str]] = {}
    plan = typed.iod_plan(descriptor)
    for tag in (*PIXEL_TAGS, NUMBER_OF_FRAMES, ROWS, COLUMNS, SAMPLES_PER_PIXEL, BITS_ALLOCATED):
        found = plan.find(tag)
        if found is not None:
            locations[tag] = (found[0], found[1].field_name)
    element_lists = tuple(
        fd.name
        for fd in descriptor.fields
        if fd.message_type is not None and fd.message_type.full_name == ELEMENT
    )
    metadata = {
        MESSAGE_KEY: descriptor.full_name.encode(),
        DEPTH_KEY: str(max_depth).encode(),
        FORMAT_KEY: FORMAT_VERSION,
    }
    fields = [pa.field(SOURCE, pa.string()), *codec.fields, pa.field(PIXEL_DATA, PIXEL_REFERENCE)]
    schema = pa.schema(fields, metadata=metadata)
    return RowCodec(
        files.message_class(descriptor.full_name),
        schema,
        codec,
        locations,
        element_lists,
        (SOURCE, *_statistics_columns(descriptor, schema)),
    )


def _statistics_columns(descriptor: Descriptor, schema: pa.Schema) -> list[str]:
    """Leaf paths ("general_study_module.study_date") of the STATISTICS_KEYWORDS
    attributes of the message's modules that are single values."""
    found = []
    for module in descriptor.fields:
        if module.message_type is None or module.name not in schema.names:
            continue
        column = schema.field(module.name).type
        if not pa.types.is_struct(column):
            continue
        for fd in module.message_type.fields:
            options = fd.GetOptions()
            if not options.HasExtension(options_pb2.attribute):
                continue
            if options.Extensions[options_pb2.attribute].keyword not in STATISTICS_KEYWORDS:
                continue
            index = column.get_field_index(fd.name)
            kind = column.field(index).type if index >= 0 else None
            if kind is not None and (pa.types.is_primitive(kind) or pa.types.is_string(kind)):
                found.append(f"{module.name}.{fd.name}")
    return found


def arrow_schema(
    message: type[Message] | Descriptor, max_depth: int = DEFAULT_MAX_DEPTH
) -> pa.Schema:
    """The Arrow schema of the table of a message type (an IOD message class or
    dataset_pb2.DataSet): the same for every file and partition."""
    descriptor = message if isinstance(message, Descriptor) else message.DESCRIPTOR
    return row_codec(descriptor, max_depth).schema


def message_class_named(name: str) -> type[Message]:
    """The message type of a table, by message name ("CtImageIod", "DataSet"), full
    name, IOD name as in PS3.3 ("CT Image") or SOP Class UID; KeyError lists the known
    IOD messages."""
    import importlib

    from dicomproto.v1 import sop_classes

    if name in ("DataSet", dataset_pb2.DataSet.DESCRIPTOR.full_name):
        return dataset_pb2.DataSet
    if name in sop_classes.SOP_CLASS_MESSAGES:
        module, message = sop_classes.SOP_CLASS_MESSAGES[name]
        return getattr(importlib.import_module(f"dicomproto.v1.{module}"), message)
    wanted = name.rpartition(".")[2] if name.startswith("dicomproto.") else name
    folded = "".join(wanted.lower().split())
    for module, message in sop_classes.IOD_MESSAGES:
        if wanted == message or folded in (message.lower(), message.lower().removesuffix("iod")):
            return getattr(importlib.import_module(f"dicomproto.v1.{module}"), message)
    for module, message in sop_classes.IOD_MESSAGES:
        cls = getattr(importlib.import_module(f"dicomproto.v1.{module}"), message)
        options = cls.DESCRIPTOR.GetOptions()
        iod = options.Extensions[options_pb2.iod] if options.HasExtension(options_pb2.iod) else None
        if iod is not None and "".join(iod.name.lower().split()) == folded:
            return cls
    known = ", ".join(m for _, m in sop_classes.IOD_MESSAGES)
    raise KeyError(f"no IOD message {name!r} (known: DataSet, {known})")
