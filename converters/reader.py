"""Part 10 bytes straight to the generic DataSet message, without pydicom: the fast path.

    message = part10_to_proto(data)   # None: this file needs pydicom (see below)

The message is exactly the one `generic.dataset_to_proto(pydicom.dcmread(...))` gives:
the same elements, VRs and values, the same stored bytes kept where pydicom's
presentation would not give the value back, the same file meta and encoding. To get
there this module reads the bytes the way pydicom's reader does (`pydicom.filereader`):
the preamble and file meta, the transfer syntax (deflated data sets inflated), element
headers in implicit or explicit VR of either byte order, sequences and items of
defined or undefined length, undefined-length values up to their delimiter; and it
presents each value as pydicom presents it: the VR from pydicom's data dictionary for
implicit VR (repeating groups, and private tags through their private creator and
pydicom's private dictionary), ambiguous VRs resolved as pydicom resolves them on
reading (Pixel Data and Overlay Data OW, "US or SS" from Pixel Representation as
pydicom finds it, through the items of sequences too), values decoded by the raw
decoders of converters.values, which the pydicom route uses as well.

Whatever this reading does not cover it leaves to pydicom, for the whole file: no
"DICM" prefix, command elements, a file whose data set does not start in the encoding
its transfer syntax names, anything cut short or out of tag order, an item that
switches VR encoding, an explicit VR of undefined length that pydicom would read as a
sequence, values whose VR pydicom leaves ambiguous or decodes in its own way (LUT
data, LUT descriptors as SS), odd lengths inside sequence items, a non-default pydicom
configuration (hooks, callbacks, value conversions) when pydicom is loaded. Those files
go through `pydicom.dcmread` and the generic converter, which also give the errors for
files that are not sound.
"""

from __future__ import annotations

import struct
import sys
import zlib
from typing import Any

from dicomproto.v1 import dataset_pb2 as pb

from .config import reads_as_default
from .detached import SIZES as DETACH_SIZES
from .dictionary import dictionary_vr, main_dictionary, private_vr
from .part10 import note_group_lengths
from .values import (
    DEFAULT_ENCODING,
    HANDLERS,
    LUT_DESCRIPTORS,
    PIXEL_DATA,
    SPECIFIC_CHARACTER_SET,
    UNDEFINED_LENGTH,
    Context,
    Fallback,
    charset_terms,
    decode_raw,
    dictionary_vr_number,
    encapsulation_problem,
    fragment_spans,
    put_encapsulated,
    python_encodings,
)
from .vrs import BYTES_VRS, LONG_LENGTH_VRS, STANDARD_VRS, STRING_VRS

__all__ = ["part10_to_proto", "part10_to_proto_detached"]

IMPLICIT_LITTLE = "1.2.840.10008.1.2"
EXPLICIT_LITTLE = "1.2.840.10008.1.2.1"
EXPLICIT_BIG = "1.2.840.10008.1.2.2"
DEFLATED = "1.2.840.10008.1.2.1.99"
TRANSFER_SYNTAX = 0x00020010
PIXEL_REPRESENTATION = 0x00280103
ITEM, ITEM_END, SEQUENCE_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
# Ambiguous VRs pydicom resolves on reading (pydicom.filewriter's correction tables).
US_OR_SS_TAGS = frozenset(
    {
        0x00189810,
        0x00221452,
        0x00280104,
        0x00280105,
        0x00280106,
        0x00280107,
        0x00280108,
        0x00280109,
        0x00280110,
        0x00280111,
        0x00280120,
        0x00280121,
        0x00281101,
        0x00281102,
        0x00281103,
        0x00283002,
        0x00409211,
        0x00409216,
        0x00603004,
        0x00603006,
    }
)
WAVEFORM_OB_OW_TAGS = frozenset({0x54000110, 0x54000112, 0x5400100A, 0x54001010})
OVERLAY_DATA_TAGS = frozenset(group << 16 | 0x3000 for group in range(0x6000, 0x601F, 2))
_VR_CODES = {vr.encode(): vr for vr in STANDARD_VRS}
_LONG_CODES = frozenset(vr.encode() for vr in LONG_LENGTH_VRS)
_UNSIGNED = {True: struct.Struct("<H").unpack_from, False: struct.Struct(">H").unpack_from}
_EXPLICIT = {True: struct.Struct("<HH2sH").unpack_from, False: struct.Struct(">HH2sH").unpack_from}
_IMPLICIT = {True: struct.Struct("<HHL").unpack_from, False: struct.Struct(">HHL").unpack_from}
_LENGTH = {True: struct.Struct("<L").unpack_from, False: struct.Struct(">L").unpack_from}
_TAG = {True: struct.Struct("<HH").unpack_from, False: struct.Struct(">HH").unpack_from}


class NeedsPydicom(Exception):
    """This file is read through pydicom (the reason is for tests and debugging)."""


# An element as read: (tag, stored VR or None, length, value start, value end, items or
# None); items for a sequence read as one (undefined length; a defined length is read
# when converted, as pydicom does).
Raw = tuple[int, str | None, int, int, int, "list[Item] | None"]


class _Source:
    """The bytes being read and how (one data set or item encoding)."""

    __slots__ = ("data", "implicit", "little")

    def __init__(self, data: bytes, implicit: bool, little: bool):
        self.data = data
        self.implicit = implicit
        self.little = little


class Item:
    """One item of a sequence as read."""

    __slots__ = ("declared", "elements", "overruns", "src", "undefined")

    def __init__(
        self, undefined: bool, declared: int, elements: list[Raw], src: _Source, overruns: bool
    ):
        self.undefined = undefined
        self.declared = declared  # the item length it declares
        self.elements = elements
        self.src = src  # its encoding: an item may be in implicit VR in an explicit data set
        self.overruns = overruns  # it declares more than its sequence holds


def _looks_implicit(code: bytes) -> bool:
    """pydicom's test of the two bytes where an explicit VR would be (_is_implicit_vr)."""
    return not (0x40 < code[0] < 0x5B and 0x40 < code[1] < 0x5B)


# ---------------------------------------------------------------- reading


def _read_elements(
    src: _Source, pos: int, end: int, limit: int, item_end: bool
) -> tuple[list[Raw], int]:
    """The elements from `pos` up to `end` (a defined length) or, with `item_end`, up to
    the item delimiter; `limit` bounds what is read (pydicom's file or sequence buffer).
    Returns them and where reading stopped."""
    data, little, implicit = src.data, src.little, src.implicit
    elements: list[Raw] = []
    previous = -1
    explicit_unpack, implicit_unpack, long_unpack = (
        _EXPLICIT[little],
        _IMPLICIT[little],
        _LENGTH[little],
    )
    while pos < end or item_end:
        if pos + 8 > limit:
            raise NeedsPydicom("cut short")
        if implicit:
            group, element, length = implicit_unpack(data, pos)
            vr = None
            header = 8
        else:
            group, element, code, length = explicit_unpack(data, pos)
            if group == 0xFFFE:
                vr, header = None, 8
                length = long_unpack(data, pos + 4)[0]
            else:
                vr = _VR_CODES.get(code)
                if vr is None:
                    raise NeedsPydicom(f"VR {code!r}")
                header = 8
                if code in _LONG_CODES:
                    if pos + 12 > limit:
                        raise NeedsPydicom("cut short")
                    length = long_unpack(data, pos + 8)[0]
                    header = 12
        tag = group << 16 | element
        if group == 0xFFFE:
            if tag == ITEM_END and item_end:
                return elements, pos + 8
            raise NeedsPydicom(f"({group:04X},{element:04X}) among elements")
        if tag <= previous:
            raise NeedsPydicom("tags out of order")
        previous = tag
        start = pos + header
        if length != UNDEFINED_LENGTH:
            stop = start + length
            if stop > limit:
                raise NeedsPydicom("cut short")
            elements.append((tag, vr, length, start, stop, None))
            pos = stop
            continue
        # undefined length: a sequence, or bytes up to the sequence delimiter
        if vr is None:
            vr = dictionary_vr(tag) if not group & 1 else None
            if vr is None:
                if start + 4 <= limit and _tag_at(data, start, little) == ITEM:
                    vr = "SQ"
                else:
                    raise NeedsPydicom("an undefined length of unknown VR")
        if vr == "SQ" or vr == "UN":  # UN of undefined length: a sequence (PS3.5 6.2.2)
            items, pos = _read_items(src, start, None, limit)
            elements.append((tag, vr, length, start, pos, items))
        else:
            value_end, pos = _undefined_value_end(data, start, limit, little)
            elements.append((tag, vr, length, start, value_end, None))
    if pos != end:
        raise NeedsPydicom("an element overruns its item")
    return elements, pos


def _tag_at(data: bytes, pos: int, little: bool) -> int:
    group, element = _TAG[little](data, pos)
    return group << 16 | element


def _read_items(src: _Source, pos: int, end: int | None, limit: int) -> tuple[list[Item], int]:
    """The items of a sequence value starting at `pos`: up to `end` (defined length) or
    the sequence delimiter. Returns them and where the sequence ends."""
    data, little = src.data, src.little
    unpack = _IMPLICIT[little]
    implicit_src = src if src.implicit else _Source(data, True, little)
    items: list[Item] = []
    while end is None or pos < end:
        if pos + 8 > limit:
            raise NeedsPydicom("cut short")
        group, element, length = unpack(data, pos)
        tag = group << 16 | element
        if tag == SEQUENCE_END:
            if end is not None:
                raise NeedsPydicom("a sequence delimiter in a defined length")
            return items, pos + 8
        if tag != ITEM:
            raise NeedsPydicom("no item where an item should be")
        pos += 8
        item_src = src
        if pos + 6 <= limit and _looks_implicit(data[pos + 4 : pos + 6]):
            item_src = implicit_src  # pydicom reads such an item in implicit VR
        if length == UNDEFINED_LENGTH:
            elements, pos = _read_elements(item_src, pos, pos, limit, True)
            items.append(Item(True, length, elements, item_src, False))
        else:
            overruns = pos + length > limit
            elements, pos = _read_elements(item_src, pos, min(pos + length, limit), limit, False)
            items.append(Item(False, length, elements, item_src, overruns))
    if pos != end:
        raise NeedsPydicom("an item overruns its sequence")
    return items, pos


def _undefined_value_end(data: bytes, start: int, limit: int, little: bool) -> tuple[int, int]:
    """(value end, element end) of bytes of undefined length, found as pydicom finds
    them: walking items when they are a run of items, else the first sequence delimiter."""
    order = "<" if little else ">"
    delimiter = struct.pack(order + "HH", 0xFFFE, 0xE0DD)
    item = struct.pack(order + "HH", 0xFFFE, 0xE000)
    lengths = _LENGTH[little]
    pos = start
    while True:
        if pos + 4 > limit:
            break
        marker = data[pos : pos + 4]
        if marker == delimiter:
            if pos + 8 > limit:
                raise NeedsPydicom("cut short")
            return pos, pos + 8
        if marker != item or pos + 8 > limit:
            break
        pos += 8 + lengths(data, pos + 4)[0]
    found = data.find(delimiter, start, limit)
    if found < 0 or found + 8 > limit:
        raise NeedsPydicom("no sequence delimiter")
    return found, found + 8


# ------------------------------------------------------------- converting


class _Level:
    """What presenting the elements of one data set or item needs from around it."""

    __slots__ = (
        "ctx",
        "detached",
        "elements",
        "encodings",
        "implicit_as_read",
        "parent_encodings",
        "pixel_rep",
        "src",
    )

    def __init__(
        self,
        elements: list[Raw],
        src: _Source,
        parent_encodings: list[str],
        pixel_rep: int | None = None,
        implicit_as_read: bool | None = None,
    ):
        self.elements = elements
        self.src = src
        self.parent_encodings = parent_encodings
        own = _charset_of(src, elements)
        self.encodings = own if own is not None else parent_encodings
        self.pixel_rep = pixel_rep  # pydicom's `_pixel_rep` of the data set, if set
        # pydicom's original_encoding[0]: for the top level, the transfer syntax's
        self.implicit_as_read = src.implicit if implicit_as_read is None else implicit_as_read
        self.ctx = Context(self.encodings, src.little, src.implicit)
        # A list (the top level only, when detaching): the Pixel Data value goes here,
        # as views of the input, not into the message (see converters.detached).
        self.detached: list[memoryview] | None = None


def _charset_of(src: _Source, elements: list[Raw]) -> list[str] | None:
    """The codecs of a data set's own Specific Character Set (None: it has none)."""
    for tag, _, _, start, stop, _ in elements:
        if tag == SPECIFIC_CHARACTER_SET:  # empty: the default repertoire, as pydicom reads it
            return python_encodings(charset_terms(src.data[start:stop]))
        if tag > SPECIFIC_CHARACTER_SET:
            break
    return None


def _convert_level(out: Any, level: _Level, converted: frozenset[int] = frozenset()) -> int:
    """Elements of one level -> `out`. Returns where Group Length elements were seen:
    _META_GROUP_LENGTH (only this level's (0002,0000)), _GROUP_LENGTHS (others), or 0.
    `converted`: tags pydicom converts while reading (their stored bytes are not kept)."""
    src = level.src
    data, little, ctx = src.data, src.little, level.ctx
    main = main_dictionary()
    number_of = dictionary_vr_number
    add = out.add
    group_lengths = 0
    own_pr: int | bool | None = None  # found when first needed
    for tag, stored_vr, length, start, stop, items in level.elements:
        if not tag & 0xFFFF:
            group_lengths |= _META_GROUP_LENGTH if tag == 0x00020000 else _GROUP_LENGTHS
        el = add()
        el.tag = tag
        if stored_vr is None:
            entry = main.get(tag)
            vr = entry[0] if entry is not None else _implicit_vr(tag, level)
        else:
            vr = stored_vr
            if vr == "UN" and tag in converted:  # converted: pydicom's VR for it
                vr = dictionary_vr(tag) or "UN"
        if vr == "SQ" or items is not None:
            if own_pr is None:
                own_pr = _own_pixel_representation(src, level.elements)
            group_lengths |= _sequence(el, tag, start, stop, items, level, own_pr)
            continue
        if " or " in vr:
            if own_pr is None:
                own_pr = _own_pixel_representation(src, level.elements)
            vr = _resolved_vr(tag, vr, length, level, own_pr)
        handler = HANDLERS.get(vr)
        if handler is None:
            raise NeedsPydicom(f"VR {vr}")
        if handler.number != number_of(tag):  # unset: the dictionary's VR
            el.vr = handler.number
        if length == UNDEFINED_LENGTH:
            if vr not in BYTES_VRS:
                raise NeedsPydicom("an undefined length that is not bytes")
            el.undefined_length = True
            if tag == PIXEL_DATA and little:
                if level.detached is not None:
                    if encapsulation_problem(data, start, stop) is not None:
                        raise NeedsPydicom("damaged encapsulated pixel data")
                    view = memoryview(data)
                    level.detached += [view[a:b] for a, b in fragment_spans(data, start, stop)]
                    el.encapsulated.SetInParent()  # its offset table and fragments aside
                elif put_encapsulated(el, data, start, stop) is not None:
                    raise NeedsPydicom("damaged encapsulated pixel data")
            else:
                el.bytes = data[start:stop]
        elif length:
            if level.detached is not None and tag == PIXEL_DATA and vr in BYTES_VRS:
                level.detached.append(memoryview(data)[start:stop])
                continue
            value = data[start:stop]
            try:
                decode_raw(el, vr, handler, value, ctx)
                if vr == "SS" and tag in LUT_DESCRIPTORS:
                    _lut_descriptor(el, value, ctx, stored_vr is not None)
            except Fallback:
                raise NeedsPydicom(f"a {vr} value pydicom decodes itself") from None
            if converted and tag in converted and vr not in BYTES_VRS:
                el.ClearField("bytes")  # pydicom's converted value keeps no bytes
        elif converted and tag in converted and vr in STRING_VRS:
            el.strings.append("")  # an empty text value pydicom converted
    return group_lengths


_META_GROUP_LENGTH, _GROUP_LENGTHS = 1, 2


def _sequence(
    el: pb.Element,
    tag: int,
    start: int,
    stop: int,
    items: list[Item] | None,
    level: _Level,
    own_pr: int | bool,
) -> int:
    """A sequence element -> `el`, its items converted; the Group Lengths seen."""
    if items is None:  # defined length: read as pydicom converts it, on access
        items, _ = _read_items(level.src, start, stop, stop)
        item_rep = own_pr if own_pr is not False else level.pixel_rep
        item_encodings = level.encodings
        if not _rewrites_same(items):  # the items, and the bytes while they hold
            el.bytes = level.src.data[start:stop]
    else:  # undefined length: read eagerly, before a later character set
        item_rep = None
        item_encodings = level.encodings if tag > SPECIFIC_CHARACTER_SET else level.parent_encodings
        el.undefined_length = True
    if dictionary_vr_number(tag) != pb.VR_SQ:
        el.vr = pb.VR_SQ
    group_lengths = 0
    add = el.items.add
    for read in items:
        item = add()
        if read.undefined:
            item.undefined_length = True
        child = _Level(read.elements, read.src, item_encodings, item_rep)
        if _convert_level(item.elements, child):
            group_lengths = _GROUP_LENGTHS
    return group_lengths


def sequence_from_bytes(tag: int, value: bytes, ctx: Context) -> pb.Element | None:
    """The Element the forward path makes of a sequence's stored value bytes (its items),
    read as pydicom converts a sequence of a data set holding nothing else; None when
    pydicom must read them."""
    src = _Source(value, ctx.implicit, ctx.little)
    el = pb.Element()
    el.tag = tag
    try:
        _sequence(el, tag, 0, len(value), None, _Level([], src, list(ctx.encodings)), False)
    except NeedsPydicom:
        return None
    return el


def _lut_descriptor(el: pb.Element, value: bytes, ctx: Context, explicit: bool) -> None:
    """An SS LUT Descriptor as pydicom presents it: stored as SS, its first value read
    as unsigned when it has several (pydicom's raw_element_value hook); resolved to SS
    from "US or SS", as read. Its bytes are kept when writing would not give them back."""
    numbers = el.signed_integers
    if explicit and len(numbers) > 1 and numbers[0] < 0:
        numbers[0] += 65536
    try:
        same = HANDLERS["SS"].encode(el, ctx) == value
    except ValueError:
        same = False
    if not same:
        el.bytes = value


def _rewrites_same(items: list[Item]) -> bool:
    """Whether writing a defined-length sequence gives its items back byte for byte, as
    generic._rewrites_same decides it for pydicom's reading: every item declares the
    length its elements are written with (odd lengths padded)."""
    return all(
        not item.overruns and (item.undefined or item.declared == _written_length(item) - 8)
        for item in items
    )


def _written_length(item: Item) -> int:
    """The length of an item as written (generic._item_length)."""
    total = 16 if item.undefined else 8
    implicit = item.src.implicit
    for _, vr, length, start, stop, nested in item.elements:
        if nested is not None:
            vr = "SQ"
            size = sum(_written_length(i) for i in nested) + 8
        elif length == UNDEFINED_LENGTH:
            size = stop - start + 8
        else:
            size = length + (length & 1)
        total += size + (8 if implicit or vr not in LONG_LENGTH_VRS else 12)
    return total


def _implicit_vr(tag: int, level: _Level) -> str:
    """The VR pydicom gives an element stored without one (hooks.raw_element_vr)."""
    vr = dictionary_vr(tag)
    if vr is not None:
        return vr
    if tag >> 16 & 1:  # private
        element = tag & 0xFFFF
        if 0x0010 <= element < 0x0100:
            return "LO"  # a private creator
        if element & 0xFF00:
            creator = _private_creator(tag >> 16 << 16 | element >> 8, level)
            if creator is not None:
                return private_vr(tag, creator) or "UN"
        return "UN"
    return "UL" if not tag & 0xFFFF else "UN"


def _private_creator(tag: int, level: _Level) -> str | None:
    """The private creator of a block as pydicom reads it (one LO value), if any."""
    for element in level.elements:
        if element[0] == tag:
            _, stored_vr, length, start, stop, _ = element
            if stored_vr not in (None, "LO"):
                raise NeedsPydicom("a private creator that is not LO")
            if not length:
                return ""
            probe = pb.Element()
            try:
                data = level.src.data[start:stop]
                HANDLERS["LO"].raw(probe, data, level.src.little, level.encodings)  # type: ignore[misc]
            except Fallback:
                raise NeedsPydicom("a private creator pydicom decodes itself") from None
            return probe.strings[0] if len(probe.strings) == 1 else None
        if element[0] > tag:
            break
    return None


def _own_pixel_representation(src: _Source, elements: list[Raw]) -> int | bool:
    """A data set's Pixel Representation as pydicom converts it; False when it has none."""
    for tag, stored_vr, length, start, _, _ in elements:
        if tag == PIXEL_REPRESENTATION:
            if stored_vr not in (None, "US") or length != 2:
                raise NeedsPydicom("an unusual Pixel Representation")
            return int(_UNSIGNED[src.little](src.data, start)[0])
        if tag > PIXEL_REPRESENTATION:
            break
    return False


def _resolved_vr(tag: int, vr: str, length: int, level: _Level, own_pr: int | bool) -> str:
    """An ambiguous dictionary VR as pydicom resolves it when reading
    (pydicom.filewriter.correct_ambiguous_vr_element, for one data set)."""
    if tag == PIXEL_DATA and length == UNDEFINED_LENGTH:
        return "OB"  # encapsulated
    if tag == PIXEL_DATA or tag in WAVEFORM_OB_OW_TAGS:
        if not level.implicit_as_read:  # pydicom then decides by Bits Allocated
            raise NeedsPydicom(f"{vr} in a data set read as explicit VR")
        return "OW"
    if tag in OVERLAY_DATA_TAGS:
        return "OW"
    if tag in US_OR_SS_TAGS:
        if length & 1:
            raise NeedsPydicom("an odd length for US or SS")
        if own_pr is not False:
            rep = own_pr
        elif level.pixel_rep is not None:
            rep = level.pixel_rep
        elif own_pr is False and not any(e[0] == PIXEL_DATA for e in level.elements):
            rep = 0
        else:
            raise NeedsPydicom("US or SS without a Pixel Representation")
        return "US" if rep == 0 else "SS"
    raise NeedsPydicom(f"a {vr} pydicom does not resolve")


# -------------------------------------------------------------------- files


def part10_to_proto(data: bytes) -> pb.DataSet | None:
    """The generic message of a Part 10 file, read without pydicom; None when the file
    is one that pydicom must read (see the module docstring)."""
    try:
        return _part10_to_proto(data)[0]
    except NeedsPydicom:
        return None


def part10_to_proto_detached(data: bytes) -> tuple[pb.DataSet, list[memoryview] | None] | None:
    """As `part10_to_proto`, but a large top-level Pixel Data value stays out of the
    message: (the message, views of the value in `data` (native: the value;
    encapsulated: the offset table, then each fragment), or None when the value is in
    the message). See converters.detached."""
    try:
        return _part10_to_proto(data, detach=True)
    except NeedsPydicom:
        return None


def explain(data: bytes) -> str:
    """Why a file is read through pydicom ("" when it is not): for tests and debugging."""
    try:
        _part10_to_proto(data)
    except NeedsPydicom as exc:
        return str(exc)
    return ""


def _part10_to_proto(
    data: bytes, detach: bool = False
) -> tuple[pb.DataSet, list[memoryview] | None]:
    if data[128:132] != b"DICM":
        raise NeedsPydicom("no DICM prefix")
    if "pydicom" in sys.modules and not reads_as_default():
        raise NeedsPydicom("pydicom is configured")
    meta_src = _Source(data, False, True)
    pos = 132
    if pos + 6 <= len(data) and _looks_implicit(data[pos + 4 : pos + 6]):
        raise NeedsPydicom("file meta in implicit VR")
    end = pos
    while end + 8 <= len(data) and data[end : end + 2] == b"\x02\x00":  # group 0002
        end = _skip_element(data, end)
    meta, _ = _read_elements(meta_src, pos, end, end, False)
    if not meta or meta[0][0] >> 16 != 2:
        raise NeedsPydicom("no file meta")
    syntax = _transfer_syntax(data, meta)
    if syntax is None:  # as pydicom guesses: explicit if the first VR is one (big endian
        if end + 6 > len(data):  # if its group reads >= 1024), else implicit little
            raise NeedsPydicom("no data set")
        explicit = data[end + 4 : end + 6] in _VR_CODES
        implicit = not explicit
        little = not (explicit and _UNSIGNED[True](data, end)[0] >= 1024)
    else:
        implicit, little = syntax == IMPLICIT_LITTLE, syntax != EXPLICIT_BIG
    body = data
    if syntax == DEFLATED:
        try:
            body = zlib.decompress(data[end:], -zlib.MAX_WBITS)
        except zlib.error:
            raise NeedsPydicom("deflated data that does not inflate") from None
        end = 0
    if end + 8 > len(body):
        raise NeedsPydicom("no data set")
    if _tag_at(body, end, True) >> 16 == 0:
        raise NeedsPydicom("command elements")
    # pydicom reads the data set in the encoding its first element looks like, whatever
    # the transfer syntax says (its original_encoding keeps the syntax's)
    src = _Source(body, _looks_implicit(body[end + 4 : end + 6]), little)
    elements, _ = _read_elements(src, end, len(body), len(body), False)

    message = pb.DataSet()
    fm = message.file_meta
    fm.part10 = True
    preamble = data[:128]
    if preamble.strip(b"\x00"):
        fm.preamble = preamble
    default = [DEFAULT_ENCODING]
    # pydicom converts these while reading: the first, the group length and the syntax
    first_meta = frozenset({meta[0][0], 0x00020000, TRANSFER_SYNTAX})
    meta_lengths = _convert_level(fm.elements, _Level(meta, meta_src, default), first_meta)
    fm.implicit_vr = src.implicit
    fm.big_endian = not little
    level = _Level(elements, src, default, implicit_as_read=implicit)
    if detach and _detachable(elements):
        level.detached = []
    if _convert_level(message.elements, level, frozenset({SPECIFIC_CHARACTER_SET})):
        note_group_lengths(message)
    elif meta_lengths and not _meta_length_holds(data, meta, fm.elements):
        note_group_lengths(message, file_meta_only=True)
    return message, level.detached or None


def _detachable(elements: list[Raw]) -> bool:
    """Whether the data set holds one Pixel Data value worth leaving out, its group
    without a Group Length (whose check would need the value)."""
    sizes = []
    for tag, _, _, start, stop, _ in elements:
        if tag == PIXEL_DATA:
            sizes.append(stop - start)
        elif tag == PIXEL_DATA & 0xFFFF0000:
            return False
    return len(sizes) == 1 and sizes[0] in DETACH_SIZES


def _meta_length_holds(data: bytes, meta: list[Raw], elements: Any) -> bool:
    """Whether the File Meta Information Group Length is the length the group is written
    with (then there is nothing to note): every element writes back as stored (even
    lengths; the values pydicom converts while reading in their canonical form) and the
    value is the stored length of the rest of the group."""
    tag, _, length, _, _, _ = meta[0]
    if tag != 0x00020000 or length != 4 or not elements[0].unsigned_integers:
        return False
    if any(length & 1 or length == UNDEFINED_LENGTH for _, _, length, *_ in meta):
        return False
    ctx = Context([DEFAULT_ENCODING])
    for el, (tag, vr, _, begin, stop, _) in zip(elements, meta, strict=True):
        if tag == TRANSFER_SYNTAX or tag == meta[0][0]:
            handler = HANDLERS.get(vr or "")
            if handler is None or handler.encode(el, ctx) != data[begin:stop]:
                return False
    return bool(elements[0].unsigned_integers[0] == meta[-1][4] - meta[0][4])


def _skip_element(data: bytes, pos: int) -> int:
    """The end of the explicit VR little endian element at `pos` (file meta)."""
    code = data[pos + 4 : pos + 6]
    if code not in _VR_CODES:
        raise NeedsPydicom(f"VR {code!r} in the file meta")
    if code in _LONG_CODES:
        if pos + 12 > len(data):
            raise NeedsPydicom("cut short")
        length = _LENGTH[True](data, pos + 8)[0]
        if length == UNDEFINED_LENGTH:
            raise NeedsPydicom("an undefined length in the file meta")
        return pos + 12 + length
    return pos + 8 + _UNSIGNED[True](data, pos + 6)[0]


def _transfer_syntax(data: bytes, meta: list[Raw]) -> str | None:
    """The Transfer Syntax UID of the file meta; None when it has none."""
    for tag, vr, _, start, stop, _ in meta:
        if tag == TRANSFER_SYNTAX:
            uid = data[start:stop].decode(DEFAULT_ENCODING).rstrip("\0 ")
            if vr != "UI" or not uid or "\\" in uid:
                raise NeedsPydicom("an unusual transfer syntax")
            return uid
    return None
