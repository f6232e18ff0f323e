"""DICOM Part 10 written straight from a generic DataSet message.

    data = encode(message)      # the bytes of the .dcm file the message stands for

The writer follows the message, not pydicom's writer: group length elements
(gggg,0000) are written back (recomputed, so a group that was edited gets its new
length), command elements (0000,eeee) are written like any other element, and each
element is encoded as the data set was read (the file meta explicit VR little
endian; the data set in the message's encoding, deflated for the Deflated transfer
syntax). Values come from `values.value_bytes`: an element's stored bytes while
they still hold its values, else its values encoded. Every value of defined length
is padded to even length (NUL for UI and bytes, a space for text) except UN, whose
bytes are written exactly as they were stored; what a salvaged message kept verbatim
(`FileMeta.unparsed`) follows the elements unchanged.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterable, Sequence

from dicomproto.v1 import dataset_pb2 as pb

from .errors import ConversionError, first_line
from .values import (
    DEFAULT_ENCODING,
    HANDLERS,
    PIXEL_DATA,
    SPECIFIC_CHARACTER_SET,
    UNDEFINED_LENGTH,
    Context,
    charset_terms,
    element_vr,
    python_encodings,
    stored_bytes_hold,
    value_bytes,
)
from .vrs import LONG_LENGTH_VRS, PAD_WITH_NUL

__all__ = ["DEFLATED", "encode", "encode_elements", "encode_parts"]

DEFLATED = "1.2.840.10008.1.2.1.99"
TRANSFER_SYNTAX = 0x00020010
_PACK = {True: struct.Struct("<HHL").pack, False: struct.Struct(">HHL").pack}
_SHORT = {True: struct.Struct("<HH2sH").pack, False: struct.Struct(">HH2sH").pack}
_LONG = {True: struct.Struct("<HH2sHL").pack, False: struct.Struct(">HH2sHL").pack}
_UL = {True: struct.Struct("<L").pack, False: struct.Struct(">L").pack}
_ITEM = struct.Struct("<HHL").pack  # encapsulated items: little endian (PS3.5 A.4)


def note_group_lengths(message: pb.DataSet, *, file_meta_only: bool = False) -> None:
    """Record, on each Group Length element whose value is not the length its group is
    written with, that length (`group_length_as_read`): the forward paths call this
    once, so an unchanged group is written back with the value it was read with. Only
    the groups that have a Group Length element are encoded to find out (only the file
    meta's, with `file_meta_only`: a reader that saw none elsewhere says so)."""
    fm = message.file_meta
    _note_level(fm.elements, Context([DEFAULT_ENCODING], True, False))
    if not file_meta_only:
        context = Context([DEFAULT_ENCODING], not fm.big_endian, fm.implicit_vr)
        _note_level(message.elements, context)


def _note_level(elements: Sequence[pb.Element], ctx: Context) -> None:
    """note_group_lengths for one data set or item (and the items inside it)."""
    groups = {el.tag >> 16 for el in elements if not el.tag & 0xFFFF}
    if groups:
        chosen = [el for el in elements if el.tag >> 16 in groups]
        if SPECIFIC_CHARACTER_SET >> 16 not in groups:
            chosen.extend(el for el in elements if el.tag == SPECIFIC_CHARACTER_SET)
            chosen.sort(key=lambda el: el.tag)
        encode_elements(chosen, ctx, note=True)  # the items inside these groups too
    for el in elements:
        if el.tag == SPECIFIC_CHARACTER_SET:
            ctx = _with_charset(ctx, el)
        elif el.items and el.tag >> 16 not in groups:
            for item in el.items:
                _note_level(item.elements, ctx)


def encode(
    message: pb.DataSet,
    *,
    bulk_data: Callable[[str], bytes] | None = None,
    offsets: list[tuple[int, int]] | None = None,
) -> bytes:
    """The Part 10 bytes of a generic DataSet (with its file meta: preamble, "DICM",
    group 0002; without: the bare data set, explicit VR little endian). `bulk_data`
    resolves bulk data URIs; `offsets`, if given, receives (tag, byte offset) of each
    top-level element written (not for a deflated data set)."""
    return b"".join(encode_parts(message, bulk_data=bulk_data, offsets=offsets))


def encode_parts(
    message: pb.DataSet,
    *,
    bulk_data: Callable[[str], bytes] | None = None,
    offsets: list[tuple[int, int]] | None = None,
    pixel_data: list[memoryview] | None = None,
) -> list[bytes]:
    """`encode` as the pieces that joined make the file: large values are not copied
    into one buffer (a writer writes the pieces one after the other). `pixel_data`:
    the value of the top-level Pixel Data element, kept out of the message (native:
    the value; encapsulated: the offset table, then the fragments; converters.detached)."""
    parts: list[bytes] = []
    fm = message.file_meta
    implicit, little = fm.implicit_vr, not fm.big_endian
    if implicit and not little:
        raise ConversionError("file meta: implicit VR big endian is not a DICOM encoding")
    deflated = False
    start = 0
    if message.HasField("file_meta"):
        if fm.part10:
            preamble = fm.preamble or b"\x00" * 128
            if len(preamble) != 128:
                raise ConversionError(f"file meta: a preamble of {len(preamble)} bytes, not 128")
            parts += [preamble, b"DICM"]
            start = 132
        meta_context = Context([DEFAULT_ENCODING], True, False, bulk_data)
        start += _encode_elements(fm.elements, meta_context, parts)
        deflated = _transfer_syntax(fm.elements) == DEFLATED
    context = Context([DEFAULT_ENCODING], little, implicit, bulk_data)
    if deflated:
        body: list[bytes] = []
        _encode_elements(message.elements, context, body, pixel_data=pixel_data)
        compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        deflated_body = b"".join([*map(compressor.compress, body), compressor.flush()])
        parts.append(deflated_body)
        if len(deflated_body) % 2:
            parts.append(b"\x00")
    else:
        _encode_elements(
            message.elements, context, parts, offsets=offsets, start=start, pixel_data=pixel_data
        )
    if fm.unparsed:
        parts.append(fm.unparsed)
    return parts


def encode_elements(elements: Iterable[pb.Element], ctx: Context, *, note: bool = False) -> bytes:
    """The elements of one data set or item, encoded in `ctx` (see `_encode_elements`)."""
    parts: list[bytes] = []
    _encode_elements(elements, ctx, parts, note=note)
    return b"".join(parts)


def _encode_elements(
    elements: Iterable[pb.Element],
    ctx: Context,
    parts: list[bytes],
    *,
    note: bool = False,
    offsets: list[tuple[int, int]] | None = None,
    start: int = 0,
    pixel_data: list[memoryview] | None = None,
) -> int:
    """The elements of one data set or item, encoded in `ctx`, appended to `parts`; their
    length. A Group Length gets the length of its group as written, unless the group
    still has the length it had when read (`group_length_as_read`): then the value it
    was read with. `offsets` receives (tag, offset from `start`) of each element."""
    sizes: list[tuple[int, int]] = []  # (tag, size) of each element
    group_lengths: list[tuple[pb.Element, int]] = []  # and the index of its value piece
    total = 0
    for el in elements:
        tag = el.tag
        try:
            size = _element(el, ctx, parts, note, pixel_data if tag == PIXEL_DATA else None)
        except ConversionError:
            raise
        except Exception as exc:  # any failure names the element
            raise ConversionError.at_element(first_line(exc), tag, element_vr(el)) from exc
        sizes.append((tag, size))
        total += size
        if not tag & 0xFFFF and len(el.unsigned_integers) == 1 and element_vr(el) == "UL":
            group_lengths.append((el, len(parts) - 1))
        if tag == SPECIFIC_CHARACTER_SET:
            ctx = _with_charset(ctx, el)
    for el, index in group_lengths:
        group = el.tag >> 16
        length = sum(size for tag, size in sizes if tag >> 16 == group and tag != el.tag)
        stored = el.unsigned_integers[0]
        if note:
            if length != stored:
                el.group_length_as_read = length
            else:
                el.ClearField("group_length_as_read")
        elif el.HasField("group_length_as_read") and el.group_length_as_read == length:
            length = stored  # the group is as it was read: its value as it was
        parts[index] = _UL[ctx.little](length)
    if offsets is not None:
        position = start
        for tag, size in sizes:
            offsets.append((tag, position))
            position += size
    return total


def _with_charset(ctx: Context, el: pb.Element) -> Context:
    """The context after a Specific Character Set element."""
    value = value_bytes(el, "CS", HANDLERS["CS"], ctx)
    encodings = python_encodings(charset_terms(value)) if value else [DEFAULT_ENCODING]
    return Context(list(encodings), ctx.little, ctx.implicit, ctx.bulk_data)


def _transfer_syntax(elements: Iterable[pb.Element]) -> str:
    for el in elements:
        if el.tag == TRANSFER_SYNTAX:
            if el.strings:
                return el.strings[0]
            return el.bytes.rstrip(b"\x00 ").decode("ascii", "replace")
    return ""


def _element(
    el: pb.Element,
    ctx: Context,
    parts: list[bytes],
    note: bool = False,
    given: list[memoryview] | None = None,
) -> int:
    """One element appended to `parts` as header and value pieces (a Group Length's
    value its last piece); its size. `given`: the value kept out of the element (see
    `encode_parts`), written in place of the one it holds."""
    tag = el.tag
    vr = element_vr(el)
    undefined = el.undefined_length
    delimiter = _PACK[ctx.little](0xFFFE, 0xE0DD, 0) if undefined else b""
    if vr == "SQ" and not (el.bytes and stored_bytes_hold(el, vr, ctx)):
        items: list[bytes] = []
        size = _items(el, ctx, items, note) + len(delimiter)
        header = _header(tag, vr, UNDEFINED_LENGTH if undefined else size, ctx)
        parts.append(header)
        parts.extend(items)
        if delimiter:
            parts.append(delimiter)
        return len(header) + size
    if undefined and el.HasField("encapsulated") and vr in HANDLERS:
        header = _header(tag, vr, UNDEFINED_LENGTH, ctx)
        parts.append(header)
        enc = el.encapsulated
        size = _even_items(
            [enc.basic_offset_table, *enc.fragments] if given is None else given, parts
        )
        parts.append(delimiter)
        return len(header) + size + len(delimiter)
    known = vr is not None and vr in HANDLERS
    if not known and not ctx.implicit:
        raise ValueError("an ambiguous VR cannot be written in explicit VR")
    if given is not None:
        value = given[0]  # type: ignore[assignment]
    else:
        value = value_bytes(el, vr, HANDLERS[vr], ctx) if known else el.bytes  # type: ignore[arg-type,index]
    if undefined:  # bytes of undefined length that are not items: as they were
        header = _header(tag, vr, UNDEFINED_LENGTH, ctx)
        parts += [header, value, delimiter]
        return len(header) + len(value) + len(delimiter)
    size = len(value)
    pad = b""
    if size % 2 and vr != "UN":  # UN: the bytes as stored, whatever they are
        pad = b"\x00" if vr in PAD_WITH_NUL or vr is None else b" "
        if size < 64:
            value, pad = value + pad, b""
        size += 1
    header = _header(tag, vr, size, ctx)
    parts.append(header)
    parts.append(value)
    if pad:
        parts.append(pad)
    return len(header) + size


def _even_items(items: Sequence[bytes | memoryview], parts: list[bytes]) -> int:
    """The offset table and fragments of encapsulated data appended to `parts` as items,
    each padded to even length (PS3.5 A.4); their size."""
    total = 0
    for item in items:
        odd = len(item) % 2
        parts.append(_ITEM(0xFFFE, 0xE000, len(item) + odd))
        parts.append(item)
        if odd:
            parts.append(b"\x00")
        total += 8 + len(item) + odd
    return total


def _header(tag: int, vr: str | None, length: int, ctx: Context) -> bytes:
    group, element = tag >> 16, tag & 0xFFFF
    little = ctx.little
    if ctx.implicit:
        return _PACK[little](group, element, length)
    assert vr is not None
    if vr in LONG_LENGTH_VRS:
        return _LONG[little](group, element, vr.encode(), 0, length)
    if length > 0xFFFF:  # too long for a 2-byte length: UN, as pydicom writes it
        return _LONG[little](group, element, b"UN", 0, length)
    return _SHORT[little](group, element, vr.encode(), length)


def _items(el: pb.Element, ctx: Context, parts: list[bytes], note: bool = False) -> int:
    """The items of a sequence appended to `parts`; their size."""
    pack = _PACK[ctx.little]
    total = 0
    for index, item in enumerate(el.items):
        body: list[bytes] = []
        try:
            size = _encode_elements(item.elements, ctx, body, note=note)
        except ConversionError as err:
            raise err.inside(el.tag, "SQ", index) from err.__cause__
        if item.undefined_length:
            parts.append(pack(0xFFFE, 0xE000, UNDEFINED_LENGTH))
            parts.extend(body)
            parts.append(pack(0xFFFE, 0xE00D, 0))
            total += size + 16
        else:
            parts.append(pack(0xFFFE, 0xE000, size))
            parts.extend(body)
            total += size + 8
    return total
