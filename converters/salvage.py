"""Salvage mode: damaged files converted as far as they parse, and given back byte for byte.

    ds = read_dicom("cut.dcm", salvage=True)
    message = to_proto(ds)           # the elements that parse, the rest kept verbatim
    damage_of(message)               # ["byte 8812: (7FE0,0010) PixelData: value cut short ..."]
    dicom_to_bytes(message) == open("cut.dcm", "rb").read()    # True

The top level of the data set is walked first (element headers, lengths, the items
and delimiters of undefined lengths): it stops at the first element that is cut
short, has an invalid VR, is out of tag order, or overruns the file. pydicom reads
the part before it, which is converted as usual, except that encapsulated pixel data
that is not a run of even items is kept as it is. The message is then written back
and compared with the source: from the first top-level element that would not come
back the same (or that does not convert) to the end, the source's bytes are kept
verbatim in `FileMeta.unparsed`, and each such place is recorded in
`FileMeta.damage` with its byte offset, element and reason. A file that strict mode
converts and writes back byte for byte is converted as strict mode does, with no
damage.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from google.protobuf.message import Message

from dicomproto.v1 import dataset_pb2 as pb

from .errors import ConversionError, describe_tag, first_line
from .reader import DEFLATED, EXPLICIT_BIG, IMPLICIT_LITTLE
from .vrs import LONG_LENGTH_VRS, STANDARD_VRS

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

__all__ = ["Salvage", "damage_of", "read", "to_message"]

UNDEFINED = 0xFFFFFFFF
_VRS = frozenset(vr.encode() for vr in STANDARD_VRS)
_LONG = frozenset(vr.encode() for vr in LONG_LENGTH_VRS)
_MAX_DEPTH = 64
ATTRIBUTE = "_dicomproto_salvage"


@dataclass
class Salvage:
    """What salvage mode knows about a source while converting it."""

    data: bytes
    name: str
    start: int  # where the data set starts
    elements: list[tuple[int, int]]  # (tag, offset) of the top-level elements walked
    cut: int  # the source from here on is kept verbatim
    deflated: bool
    damage: list[tuple[int, str, str]] = field(default_factory=list)


class _Broken(Exception):
    def __init__(self, reason: str, offset: int):
        super().__init__(reason)
        self.reason, self.offset = reason, offset


def damage_of(message: Message) -> list[str]:
    """The damage a salvaged message records, one line each ("byte N: element: why");
    empty for an intact file (or a message not converted in salvage mode)."""
    if not message.HasField("file_meta"):  # type: ignore[attr-defined]
        return []
    lines = []
    for damage in message.file_meta.damage:  # type: ignore[attr-defined]
        parts = [f"byte {damage.offset}", damage.element, damage.reason]
        lines.append(": ".join(p for p in parts if p))
    return lines


# -------------------------------------------------------------- the walk


def _layout(data: bytes) -> Salvage:
    """Where the data set starts, its encoding, and how far its top level is sound."""
    salvage = Salvage(data, "", 0, [], 0, False)
    pos, syntax = 0, ""
    if data[128:132] == b"DICM":
        pos = 132
        while pos + 8 <= len(data) and data[pos : pos + 2] == b"\x02\x00":
            try:
                tag, end = _element_end(data, pos, False, True, 0)
            except _Broken as broken:
                salvage.start = salvage.cut = pos
                salvage.damage.append((broken.offset, "file meta", broken.reason))
                return salvage
            if tag == 0x00020010:
                header = 12 if data[pos + 4 : pos + 6] in _LONG else 8
                syntax = data[pos + header : end].rstrip(b"\x00 ").decode("ascii", "replace")
            pos = end
    salvage.start = pos
    if syntax == DEFLATED:
        salvage.deflated = True
        salvage.cut = len(data)
        return salvage
    implicit = syntax == IMPLICIT_LITTLE
    little = syntax != EXPLICIT_BIG
    if not implicit and data[pos + 4 : pos + 6] not in _VRS:
        implicit, little = True, True  # as pydicom reads it
    previous = -1
    while pos < len(data):
        if pos + 4 > len(data):
            reason = f"{len(data) - pos} bytes after the last element"
            salvage.damage.append((pos, "", reason))
            break
        group, element = struct.unpack_from("<HH" if little else ">HH", data, pos)
        tag = group << 16 | element
        try:
            if tag <= previous:
                raise _Broken(f"out of tag order (after {describe_tag(previous)})", pos)
            _, end = _element_end(data, pos, implicit, little, 0)
        except _Broken as broken:
            salvage.damage.append((broken.offset, describe_tag(tag), broken.reason))
            break
        salvage.elements.append((tag, pos))
        previous, pos = tag, end
    salvage.cut = pos
    return salvage


def _element_end(
    data: bytes, pos: int, implicit: bool, little: bool, depth: int
) -> tuple[int, int]:
    """(tag, end) of the element at `pos`; _Broken when it is not whole and sound."""
    size = len(data)
    if pos + 8 > size:
        raise _Broken(f"the file ends inside an element header ({size - pos} bytes)", pos)
    order = "<" if little else ">"
    group, element = struct.unpack_from(order + "HH", data, pos)
    vr = b""
    if implicit:
        (length,) = struct.unpack_from(order + "L", data, pos + 4)
        header = 8
    else:
        vr = data[pos + 4 : pos + 6]
        if vr not in _VRS:
            raise _Broken(f"invalid VR {vr!r}", pos + 4)
        if vr in _LONG:
            if pos + 12 > size:
                raise _Broken("the file ends inside an element header", pos)
            (length,) = struct.unpack_from(order + "L", data, pos + 8)
            header = 12
        else:
            (length,) = struct.unpack_from(order + "H", data, pos + 6)
            header = 8
    start = pos + header
    tag = group << 16 | element
    if length == UNDEFINED and (vr in (b"OB", b"OW", b"UN") or tag == 0x7FE00010):
        # as pydicom reads bytes of undefined length: up to the sequence delimiter
        end = data.find(b"\xfe\xff\xdd\xe0" if little else b"\xff\xfe\xe0\xdd", start)
        if end < 0 or end + 8 > size:
            raise _Broken("the file ends before the sequence delimiter", start)
        return tag, end + 8
    if length == UNDEFINED:
        return tag, _undefined_end(data, start, implicit, little, depth)
    if start + length > size:
        raise _Broken(
            f"value cut short: {size - start} of {length} bytes (the file ends early)", start
        )
    return group << 16 | element, start + length


def _undefined_end(data: bytes, pos: int, implicit: bool, little: bool, depth: int) -> int:
    """The end of an undefined-length value (items, then the sequence delimiter)."""
    if depth > _MAX_DEPTH:
        raise _Broken("sequences nested too deep", pos)
    order = "<" if little else ">"
    size = len(data)
    while True:
        if pos + 8 > size:
            raise _Broken("the file ends before the sequence delimiter", pos)
        group, element, length = struct.unpack_from(order + "HHL", data, pos)
        if (group, element) == (0xFFFE, 0xE0DD):
            return pos + 8
        if (group, element) != (0xFFFE, 0xE000):
            raise _Broken(f"({group:04X},{element:04X}) where an item should start", pos)
        pos += 8
        if length != UNDEFINED:
            if pos + length > size:
                raise _Broken(f"item cut short: {size - pos} of {length} bytes", pos)
            pos += length
            continue
        while True:  # an undefined-length item: elements up to the item delimiter
            if pos + 8 > size:
                raise _Broken("the file ends before the item delimiter", pos)
            if struct.unpack_from(order + "HH", data, pos) == (0xFFFE, 0xE00D):
                pos += 8
                break
            _, pos = _element_end(data, pos, implicit, little, depth + 1)


# ------------------------------------------------------------- reading


def read(data: bytes, name: str) -> Dataset:
    """The sound part of `data` as a pydicom data set, carrying what salvage knows."""
    salvage = _layout(data)
    salvage.name = name
    return _read_prefix(salvage)


def _read_prefix(salvage: Salvage) -> Dataset:
    """pydicom's reading of the source up to `salvage.cut`, cutting back on failure."""
    import pydicom
    from pydicom.dataset import FileDataset, FileMetaDataset

    while True:
        prefix = salvage.data[: salvage.cut]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    ds = pydicom.dcmread(io.BytesIO(prefix))
                except pydicom.errors.InvalidDicomError:
                    ds = pydicom.dcmread(io.BytesIO(prefix), force=True)
        except Exception as exc:
            if _cut_back(salvage, salvage.cut, f"pydicom cannot read it: {first_line(exc)}"):
                continue
            ds = FileDataset(salvage.name, {}, preamble=None, file_meta=FileMetaDataset())
        setattr(ds, ATTRIBUTE, salvage)
        return ds


def _cut_back(salvage: Salvage, before: int, reason: str) -> bool:
    """Keep verbatim from the last top-level element starting before `before`; False
    when there is none left (the whole source is then kept verbatim)."""
    kept = [(tag, offset) for tag, offset in salvage.elements if offset < before]
    if kept and kept[-1][1] >= salvage.start:
        tag, offset = kept[-1]
        salvage.elements = kept[:-1]
        salvage.damage.append((offset, describe_tag(tag), reason))
        salvage.cut = offset
        return True
    if salvage.cut > salvage.start:
        salvage.damage.append((salvage.start, "", reason))
        salvage.cut = salvage.start
        salvage.elements = []
        return True
    return False


# ---------------------------------------------------------- converting


def to_message(ds: Dataset) -> pb.DataSet:
    """The generic message of a data set read in salvage mode, verified to write back
    its source byte for byte."""
    from .generic import dataset_to_proto
    from .part10 import encode

    salvage: Salvage = getattr(ds, ATTRIBUTE)
    data = salvage.data
    if (strict := _strict_message(data, salvage.name)) is not None:
        return strict
    for _ in range(len(salvage.elements) + 3):
        try:
            message = dataset_to_proto(ds, salvage=True, as_read=True)
        except ConversionError as err:
            offset = _offset_of(salvage, err.tags[0] if err.tags else None)
            if not _cut_back(salvage, offset + 1, err.reason):
                return _verbatim(salvage)
            ds = _read_prefix(salvage)
            continue
        fm = message.file_meta
        fm.unparsed = data[salvage.cut :]
        for offset, element, reason in sorted(salvage.damage):
            fm.damage.add(offset=offset, element=element, reason=reason)
        offsets: list[tuple[int, int]] = []
        try:
            written = encode(message, offsets=offsets)
        except ConversionError as err:
            written, offsets = b"", []
            reason = err.reason
        else:
            reason = "written back, it would not be the same bytes"
        if written == data:
            return message
        first = next(
            (i for i, (a, b) in enumerate(zip(written, data, strict=False)) if a != b),
            min(len(written), len(data)),
        )
        at = [offset for _, offset in offsets if offset <= first]
        if salvage.deflated:
            reason = "the deflated data set does not come back the same when deflated again"
        if not _cut_back(salvage, (at[-1] + 1) if at else salvage.start + 1, reason):
            return _verbatim(salvage)
        ds = _read_prefix(salvage)
    return _verbatim(salvage)


def _strict_message(data: bytes, name: str) -> pb.DataSet | None:
    """The strict conversion of `data` when it writes the source back byte for byte (a
    sound file: salvage changes nothing for it), else None."""
    from . import message_from_dicom
    from .part10 import encode

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            message = message_from_dicom(data, name, generic=True)
            return message if encode(message) == data else None  # type: ignore[arg-type]
    except Exception:  # damaged input may break the strict path anywhere: salvage it
        return None


def _offset_of(salvage: Salvage, tag: int | None) -> int:
    for element, offset in salvage.elements:
        if element == tag:
            return offset
    return salvage.cut - 1


def _verbatim(salvage: Salvage) -> pb.DataSet:
    """The last resort: a message holding the whole source verbatim."""
    message = pb.DataSet()
    fm = message.file_meta
    fm.unparsed = salvage.data
    damage = sorted(salvage.damage) or [(0, "", "no part of the file could be converted")]
    for offset, element, reason in damage:
        fm.damage.add(offset=offset, element=element, reason=reason)
    return message
