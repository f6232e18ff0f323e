"""pydicom Dataset <-> the schema-free `dicomproto.v1.DataSet` message, losslessly.

Forward, the message holds what pydicom presents for each element: the VR pydicom
assigns and the value in pydicom's terms (text without its padding, DS/IS as
their exact text, PN as groups), plus what writing the same file again needs
(file meta, preamble, encoding, undefined lengths, encapsulated fragments).

Speed: a data set read by pydicom holds its elements raw (undecoded bytes). For
the common VRs this module decodes those bytes itself with the raw decoders of
converters.values, exactly as pydicom's converters would but without building
pydicom value objects, and leaves the rest to pydicom (``ds[tag]``): sequences,
ambiguous VRs ("US or SS"), values it cannot decode the same way, custom pydicom
hooks, non-default configuration. (converters.reader goes further for Part 10
bytes: it reads them without pydicom at all, into the same message.)

Backward, every element becomes a RawDataElement holding the bytes pydicom's
writer would produce for the value, so the restored data set decodes lazily
through pydicom's own code, exactly like the file it came from, and writes the
same bytes.

Conventions beyond the .proto comments:
  * a zero-length value has no value field set; a value that is one empty string
    (e.g. only padding) is ``strings: [""]`` (pydicom reads the two differently
    for DS and IS);
  * ``bytes`` on an element of a non-bytes VR holds the value exactly as stored,
    when it is not what writing the typed values gives back (unusual padding,
    text pydicom could not decode); the typed values are still set when known,
    except for a sequence, whose items are then only in those bytes;
  * ``file_meta.part10`` with an empty preamble stands for 128 zero bytes;
  * an element stored with VR UN that pydicom reinterprets (a known tag, or a
    private tag in its private dictionary) stays UN, with its bytes;
  * ``vr: VR_UNSPECIFIED`` is an element whose VR pydicom left ambiguous
    ("US or SS" without Pixel Representation), with its bytes. Reading, an
    unspecified VR means the dictionary VR of the tag.
"""

from __future__ import annotations

import dataclasses
import struct
from collections.abc import Callable, Iterable, MutableSequence
from dataclasses import dataclass
from io import BufferedIOBase
from typing import Any

import numpy as np
from pydicom.dataelem import DataElement, RawDataElement, empty_value_for_VR
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.hooks import hooks
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag, Tag
from pydicom.uid import UID
from pydicom.valuerep import DA, DT, TM, PersonName

from dicomproto.v1 import dataset_pb2 as pb

from . import config as settings
from .errors import ConversionError, describe_tag, first_line
from .values import (
    BY_NUMBER,
    DEFAULT_ENCODING,
    HANDLERS,
    LUT_DESCRIPTORS,
    PIXEL_DATA,
    SPECIFIC_CHARACTER_SET,
    UNDEFINED_LENGTH,
    Context,
    Fallback,
    ambiguous_choices,
    bytes_of,
    charset_terms,
    decode_raw,
    dictionary_entry,
    dictionary_vr_number,
    element_vr,
    join_items,
    person_name_text,
    put_encapsulated,
    put_person_name,
    python_encodings,
    split_items,
    stored_bytes_hold,
    value_bytes,
)
from .vrs import BYTES_VRS, LONG_LENGTH_VRS

__all__ = [
    "HANDLERS",
    "PIXEL_DATA",
    "VALUE_ENCODERS",
    "dataset_to_proto",
    "element_from_proto",
    "element_to_proto",
    "element_vr",
    "join_items",
    "person_name_text",
    "proto_to_dataset",
    "put_person_name",
    "split_items",
]

BytesLike = bytes | bytearray | memoryview
PIXEL_REPRESENTATION = 0x00280103


def _encodings_of(ds: Dataset) -> list[str]:
    """Python codec names for the text of `ds`, as pydicom decodes them."""
    charset = ds.original_character_set or ds._character_set
    if isinstance(charset, str):
        return [charset]
    return list(charset) or [DEFAULT_ENCODING]


# ------------------------------------------- pydicom value -> message

ValueEncoder = Callable[[pb.Element, Any, "_Forward"], None]


def _as_list(value: Any) -> list[Any]:
    """One value or several -> a list."""
    if isinstance(value, MutableSequence | tuple):
        return list(value)
    if isinstance(value, np.ndarray):
        return value.tolist()
    return [value]


def _text_of(value: Any) -> str:
    """One text value as pydicom writes it: str, or DA/DT/TM formatted."""
    if isinstance(value, str):
        return value
    if hasattr(value, "original_string"):
        return str(value.original_string)
    if isinstance(value, DT):
        return value.strftime("%Y%m%d%H%M%S.%f%z" if value.microsecond else "%Y%m%d%H%M%S%z")
    if isinstance(value, DA):
        return value.strftime("%Y%m%d")
    if isinstance(value, TM):
        return value.strftime("%H%M%S.%f" if value.microsecond else "%H%M%S")
    raise TypeError(f"a {type(value).__name__} value is not text")


def _val_strings(el: pb.Element, value: Any, settings: _Forward) -> None:
    if isinstance(value, str):
        el.strings.append(value)
    else:
        el.strings.extend([_text_of(v) for v in _as_list(value)])


def _number_text(value: Any) -> str:
    """DS/IS text as pydicom's write_number_string writes it."""
    if hasattr(value, "original_string"):
        return str(value.original_string)
    if isinstance(value, str | int | float) or hasattr(value, "__float__"):
        return str(value)
    raise TypeError(f"a {type(value).__name__} value is not a number")


def _val_number_strings(el: pb.Element, value: Any, settings: _Forward) -> None:
    el.strings.extend([_number_text(v) for v in _as_list(value)])


def _val_pn(el: pb.Element, value: Any, settings: _Forward) -> None:
    add = el.person_names.add
    for v in _as_list(value):
        if not isinstance(v, str | PersonName):
            raise TypeError(f"a {type(v).__name__} value is not a person name")
        put_person_name(add(), str(v))


def _val_numbers(field: str, kind: type) -> ValueEncoder:
    def encode(el: pb.Element, value: Any, settings: _Forward) -> None:
        if isinstance(value, str):
            if value:
                raise TypeError("a str value is not a number")
            return
        values = _as_list(value)
        if kind is int and any(isinstance(v, float) for v in values):
            raise TypeError("a float value for an integer VR")
        getattr(el, field).extend(values)

    return encode


def _val_at(el: pb.Element, value: Any, settings: _Forward) -> None:
    el.tags.extend([int(Tag(v)) for v in _as_list(value)])


def _val_bytes(el: pb.Element, value: Any, settings: _Forward | None = None) -> None:
    if isinstance(value, BufferedIOBase):
        position = value.tell()
        value.seek(0)
        data = value.read()
        value.seek(position)
        value = data
    if not isinstance(value, BytesLike):
        raise TypeError(f"a {type(value).__name__} value is not bytes")
    el.bytes = bytes(value)


def _val_sequence(el: pb.Element, value: Any, settings: _Forward) -> None:
    """SQ: each item Dataset -> DataSet message."""
    add = el.items.add
    for index, item in enumerate(value):
        try:
            if not isinstance(item, Dataset):
                raise ValueError(f"a {type(item).__name__} item is not a Dataset")
            msg = add()
            if item.is_undefined_length_sequence_item:
                msg.undefined_length = True
            _elements_to_proto(item, msg.elements, settings)
        except ConversionError as err:
            raise err.inside(el.tag, "SQ", index) from err.__cause__
        except Exception as exc:  # any failure names the item
            raise ConversionError.at_element(first_line(exc), el.tag, "SQ", index) from exc


VALUE_ENCODERS: dict[str, ValueEncoder] = {
    **dict.fromkeys(
        ["AE", "AS", "CS", "DA", "DT", "TM", "UI", "UR", "LO", "SH", "UC", "LT", "ST", "UT"],
        _val_strings,
    ),
    "DS": _val_number_strings,
    "IS": _val_number_strings,
    "PN": _val_pn,
    "AT": _val_at,
    "SQ": _val_sequence,
    **{
        vr: _val_numbers(field, float if vr in ("FL", "FD") else int)
        for vr, field in (
            ("US", "unsigned_integers"),
            ("UL", "unsigned_integers"),
            ("UV", "unsigned_integers"),
            ("SS", "signed_integers"),
            ("SL", "signed_integers"),
            ("SV", "signed_integers"),
            ("FL", "floats"),
            ("FD", "doubles"),
        )
    },
    **dict.fromkeys(BYTES_VRS, _val_bytes),
}
assert set(VALUE_ENCODERS) == set(HANDLERS), "a VR without its pydicom value encoder"


def decoded_by_pydicom(el: pb.Element, vr: str, ctx: Context) -> pb.Element | None:
    """The Element the forward path makes of `el.bytes` when pydicom decodes them."""
    tag = BaseTag(el.tag)
    host = Dataset()
    host._parent_encoding = list(ctx.encodings)
    host.set_original_encoding(ctx.implicit, ctx.little, list(ctx.encodings))
    raw = RawDataElement(tag, vr, len(el.bytes), el.bytes, 0, ctx.implicit, ctx.little)
    host._dict[tag] = raw
    probe = pb.Element()
    try:
        _element_to_proto(probe, tag, raw, host, Context(list(ctx.encodings)), _forward_settings())
    except Exception:  # bytes that no longer decode at all
        return None
    return probe


# ------------------------------------------------------------ Dataset -> message


@dataclass(slots=True)
class _Forward:
    """Per-call settings of the forward walk."""

    fast: bool
    slow_vrs: frozenset[str]
    group_lengths: bool = False  # a Group Length element was seen
    salvage: bool = False
    # salvage mode: (byte offset, tag, reason) of what was kept as it is
    damage: list[tuple[int, int, str]] = dataclasses.field(default_factory=list)


def _forward_settings() -> _Forward:
    """Use the fast path only where it provably matches pydicom's own conversion."""
    return _Forward(settings.decodes_as_default(), settings.slow_vrs())


def dataset_to_proto(ds: Dataset, *, salvage: bool = False, as_read: bool = False) -> pb.DataSet:
    """pydicom Dataset (or FileDataset) -> generic DataSet message.

    Raises ConversionError naming the element (and its sequence path) when a value
    cannot be converted, e.g. a value cut short by a truncated file. With `salvage`,
    damaged encapsulated pixel data is kept as it is and recorded as damage. With
    `as_read` (the data set is exactly as read from its bytes, not edited since), a
    Group Length that does not match its group is kept as read while the group keeps
    its length; otherwise every Group Length is written as its group's length.
    """
    msg = pb.DataSet()
    settings = _forward_settings()
    settings.salvage = salvage
    file_meta = getattr(ds, "file_meta", None)
    if isinstance(ds, FileDataset) or file_meta is not None:
        _file_meta_to_proto(ds, file_meta, msg.file_meta, settings)
    _elements_to_proto(ds, msg.elements, settings)
    if settings.group_lengths and as_read:
        from .part10 import note_group_lengths

        note_group_lengths(msg)
    for offset, tag, reason in settings.damage:
        msg.file_meta.damage.add(offset=offset, element=describe_tag(tag), reason=reason)
    return msg


def element_to_proto(elem: DataElement | RawDataElement, ds: Dataset | None = None) -> pb.Element:
    """One element -> Element. `ds` is the data set holding it, if any: its character
    set and private creators decide how a raw value decodes."""
    host = ds
    if host is None or host._dict.get(elem.tag) is not elem:
        host = Dataset({BaseTag(elem.tag): elem})
        if ds is not None:
            host._parent_encoding = ds._character_set
            implicit, little = ds.original_encoding
            host.set_original_encoding(implicit, little, ds.original_character_set)
    el = pb.Element()
    _element_to_proto(
        el, BaseTag(elem.tag), elem, host, Context(_encodings_of(host)), _forward_settings()
    )
    return el


def element_from_proto(
    el: pb.Element,
    ds: Dataset | None = None,
    *,
    bulk_data: Callable[[str], bytes] | None = None,
) -> RawDataElement | DataElement:
    """One Element -> a pydicom element for the data set `ds` (its character set and
    encoding decide the bytes; without `ds`: default character set, explicit VR
    little endian). Sequences come back as DataElements, everything else raw."""
    encodings = _encodings_of(ds) if ds is not None else [DEFAULT_ENCODING]
    implicit, little = ds.original_encoding if ds is not None else (False, True)
    ctx = Context(
        encodings,
        True if little is None else little,
        bool(implicit),
        bulk_data,
    )
    elements, _ = _elements_to_dict([el], ctx)
    return elements[BaseTag(el.tag)]


def _file_meta_to_proto(
    ds: Dataset, file_meta: Dataset | None, out: pb.FileMeta, settings: _Forward
) -> None:
    out.SetInParent()
    preamble = getattr(ds, "preamble", None)
    if preamble is not None:
        out.part10 = True
        if preamble.strip(b"\x00"):  # an all-zero preamble is implied by part10
            out.preamble = preamble
    if file_meta:
        _elements_to_proto(file_meta, out.elements, settings)
    # How the data set really was encoded: its raw elements tell, even where pydicom's
    # original_encoding follows a transfer syntax that the data does not.
    implicit, little = ds.original_encoding
    first = next((e for e in ds._dict.values() if e.__class__ is RawDataElement), None)
    if first is not None:
        implicit, little = first.is_implicit_VR, first.is_little_endian
    if implicit is None or little is None:
        syntax = file_meta.get(0x00020010) if file_meta else None
        uid = UID(str(syntax.value)) if syntax is not None else None
        if uid is not None and uid.is_transfer_syntax:
            implicit, little = uid.is_implicit_VR, uid.is_little_endian
        else:
            implicit, little = False, True
    out.implicit_vr = bool(implicit)
    out.big_endian = not little


def _elements_to_proto(ds: Dataset, out: Any, settings: _Forward) -> None:
    elements = ds._dict
    ctx = Context(_encodings_of(ds)) if elements else None
    add = out.add
    for tag in sorted(elements):
        if not tag & 0xFFFF:
            settings.group_lengths = True
        el = add()
        _element_to_proto(el, tag, elements[tag], ds, ctx, settings)  # type: ignore[arg-type]
        if el.vr and el.vr == dictionary_vr_number(tag):
            el.ClearField("vr")  # unset means the dictionary's VR


def _element_to_proto(
    el: pb.Element,
    tag: int,
    elem: DataElement | RawDataElement,
    ds: Dataset,
    ctx: Context,
    settings: _Forward,
) -> None:
    vr = None
    try:
        if elem.__class__ is not RawDataElement:
            vr = elem.VR
            _value_to_proto(el, elem, settings)  # type: ignore[arg-type]
            return
        if settings.fast:
            vr = _raw_to_proto(el, elem, ds, ctx, settings)  # type: ignore[arg-type]
            if vr is not None:
                return
            el.Clear()
        _check_length(elem)  # type: ignore[arg-type]
        vr = elem.VR
        converted = ds[tag]  # pydicom converts (and may correct an ambiguous VR)
        vr = converted.VR
        if vr == "SQ" and not _rewrites_same(elem, converted):
            # Items that would not be written back the same way (item lengths that
            # do not match their content): the items, and the stored bytes, which
            # are written while they still hold those items.
            _value_to_proto(el, converted, settings)
            el.bytes = elem.value
            return
        _value_to_proto(el, converted, settings)
        _keep_stored_bytes(el, elem, ctx)  # type: ignore[arg-type]
    except ConversionError:
        raise
    except Exception as exc:  # any failure names the element
        raise ConversionError.at_element(first_line(exc), tag, vr) from exc


def _rewrites_same(raw: RawDataElement, elem: DataElement) -> bool:
    """Whether writing gives a defined-length sequence back byte for byte:
    every item header in the stored bytes must match the item as re-encoded."""
    value = raw.value or b""
    unpack = struct.Struct("<HHL" if raw.is_little_endian else ">HHL").unpack_from
    pos = 0
    for item in elem.value:
        length = _item_length(item)
        if length is None or pos + 8 > len(value):
            return False
        _, _, declared = unpack(value, pos)
        content = length - (16 if item.is_undefined_length_sequence_item else 8)
        if declared != (UNDEFINED_LENGTH if item.is_undefined_length_sequence_item else content):
            return False
        pos += length
    return pos == len(value)


def _sequence_length(elem: DataElement) -> int | None:
    """Value length of a sequence element as pydicom's writer encodes it (None: unknown)."""
    total = 0
    for item in elem.value:
        length = _item_length(item)
        if length is None:
            return None
        total += length
    return total + 8 if elem.is_undefined_length else total


def _item_length(item: Dataset) -> int | None:
    implicit = item.original_encoding[0]
    total = 16 if item.is_undefined_length_sequence_item else 8
    for elem in item._dict.values():
        if elem.__class__ is RawDataElement:
            vr, length, value = elem.VR, elem.length, elem.value
            if length == UNDEFINED_LENGTH:
                if value is None:
                    return None
                length = len(value) + 8
            else:
                length += length & 1  # an odd length is written padded
        elif elem.VR == "SQ":
            vr, length = "SQ", _sequence_length(elem)
            if length is None:
                return None
        else:
            return None
        total += length + (8 if implicit or vr not in LONG_LENGTH_VRS else 12)
    return total


def _check_length(raw: RawDataElement) -> None:
    value, length = raw.value, raw.length
    if value is not None and length != UNDEFINED_LENGTH and len(value) != length:
        raise ValueError(f"value truncated: {len(value)} of {length} bytes (the file ends early)")


def _raw_to_proto(
    el: pb.Element, raw: RawDataElement, ds: Dataset, ctx: Context, settings: _Forward
) -> str | None:
    """Fast path: a raw element -> Element; its VR, or None to let pydicom decode it."""
    tag, stored_vr, length, value, _, _, little = raw[:7]
    vr = stored_vr
    if vr is None or vr == "UN":
        data: dict[str, Any] = {}
        hooks.raw_element_vr(raw, data, encoding=ctx.encodings, ds=ds, **hooks.raw_element_kwargs)
        vr = data["VR"]
    if value is None:
        if length:
            return None  # deferred read: pydicom fetches the value
    elif length != UNDEFINED_LENGTH and len(value) != length:
        raise ConversionError.at_element(
            f"value truncated: {len(value)} of {length} bytes (the file ends early)", tag, vr
        )
    if stored_vr == "UN" and vr != "UN":
        vr = "UN"  # stored as UN: keep it so; pydicom reinterprets it the same way later
    handler = HANDLERS.get(vr)
    if (
        handler is None
        or handler.raw is None
        or vr in settings.slow_vrs
        or tag in LUT_DESCRIPTORS
        or (length == UNDEFINED_LENGTH and vr not in BYTES_VRS)
    ):
        return None
    el.tag = tag
    el.vr = handler.number
    if not length:
        return vr
    if length == UNDEFINED_LENGTH:
        el.undefined_length = True
        _put_bytes(el, value, tag, little, settings, raw.value_tell)
        return vr
    ctx.little = little
    try:
        decode_raw(el, vr, handler, value, ctx)
    except Fallback:
        return None
    return vr


def _keep_stored_bytes(el: pb.Element, raw: RawDataElement, ctx: Context) -> None:
    """After pydicom decoded a raw value: keep the stored bytes if re-encoding differs."""
    value = raw.value
    if not value or raw.length == UNDEFINED_LENGTH or el.bytes or el.vr == 0:
        return
    vr = pb.Vr.Name(el.vr)[3:]
    if vr in BYTES_VRS or vr == "SQ":
        return
    ctx.little = raw.is_little_endian
    try:
        same = HANDLERS[vr].encode(el, ctx) == value
    except Exception:  # a value pydicom's writer could not encode either
        same = False
    if not same:
        el.bytes = value


def _put_bytes(
    el: pb.Element, value: bytes, tag: int, little: bool, settings: _Forward, offset: int = 0
) -> None:
    """Bytes of an element; undefined-length Pixel Data as offset table + fragments.
    Encapsulated Pixel Data that is not a run of even-length items is refused (it
    could not be written validly); in salvage mode it is kept exactly as it is."""
    if el.undefined_length and tag == PIXEL_DATA and little:
        problem = put_encapsulated(el, value)
        if problem is None:
            return
        if not settings.salvage:
            raise ConversionError.at_element(
                f"encapsulated pixel data: {problem} (damaged; salvage mode keeps it as it is)",
                tag,
                pb.Vr.Name(el.vr)[3:] if el.vr else None,
            )
        settings.damage.append((offset, tag, f"encapsulated pixel data: {problem}"))
    el.bytes = value


def _value_to_proto(el: pb.Element, elem: DataElement, settings: _Forward) -> None:
    """A converted pydicom DataElement -> Element."""
    tag = elem.tag
    vr = elem.VR
    el.tag = tag
    if elem.is_undefined_length:
        el.undefined_length = True
    value = elem.value
    handler = HANDLERS.get(vr)
    if handler is None:
        if " or " not in str(vr):
            raise ValueError(f"unknown VR {vr!r}")
        if value is not None:  # an ambiguous VR pydicom could not resolve: the bytes
            _val_bytes(el, value)
        return
    el.vr = handler.number
    if value is None:
        return
    if vr in BYTES_VRS:
        if isinstance(value, BytesLike):
            _put_bytes(el, bytes(value), tag, True, settings)
            return
    elif isinstance(value, BytesLike) and vr != "SQ":
        el.bytes = bytes(value)  # a value pydicom could not decode
        return
    VALUE_ENCODERS[vr](el, value, settings)


# ------------------------------------------------------------ message -> Dataset


def proto_to_dataset(
    msg: pb.DataSet, *, bulk_data: Callable[[str], bytes] | None = None
) -> Dataset:
    """Generic DataSet message -> pydicom FileDataset (when it has file meta) or Dataset.

    Elements come back raw, holding the bytes pydicom's writer gives for their
    values, so pydicom decodes them like a file it read. `bulk_data` resolves an
    element's bulk_data_uri to its value bytes. Raises ConversionError naming the
    element for values that do not fit their VR.
    """
    if not msg.HasField("file_meta"):
        ctx = Context([DEFAULT_ENCODING], bulk_data=bulk_data)
        elements, _ = _elements_to_dict(msg.elements, ctx)
        return Dataset(elements)
    fm = msg.file_meta
    implicit, little = fm.implicit_vr, not fm.big_endian
    if implicit and not little:
        raise ConversionError("file meta: implicit VR big endian is not a DICOM encoding")
    meta_elements, _ = _elements_to_dict(
        fm.elements, Context([DEFAULT_ENCODING], bulk_data=bulk_data)
    )
    try:
        file_meta = FileMetaDataset(meta_elements)
    except ValueError as exc:
        raise ConversionError(f"file meta: {first_line(exc)}") from exc
    file_meta.set_original_encoding(False, True, DEFAULT_ENCODING)
    ctx = Context([DEFAULT_ENCODING], little, implicit, bulk_data)
    elements, charset = _elements_to_dict(msg.elements, ctx)
    preamble: bytes | None = fm.preamble or (b"\x00" * 128 if fm.part10 else None)
    if preamble is not None and len(preamble) != 128:
        raise ConversionError(f"file meta: a preamble of {len(preamble)} bytes, not 128")
    ds = FileDataset(
        "",
        elements,
        preamble=preamble,
        file_meta=file_meta,
        is_implicit_VR=implicit,
        is_little_endian=little,
    )
    ds.set_original_encoding(implicit, little, charset)
    return ds


def _elements_to_dict(
    elements: Iterable[pb.Element],
    ctx: Context,
    charset: str | list[str] = DEFAULT_ENCODING,
    pixel_rep: int | None = None,
) -> tuple[dict[BaseTag, RawDataElement | DataElement], str | list[str]]:
    """Elements -> a pydicom element dict, and the character set of the data set
    (`charset` when it has no Specific Character Set, as pydicom's reader does:
    the default for a top-level data set, the parent's for an item). `pixel_rep` is
    the data set's `_pixel_rep`, as pydicom's reading would have set it."""
    out: dict[BaseTag, RawDataElement | DataElement] = {}
    implicit, little = ctx.implicit, ctx.little
    own = next((el for el in elements if el.tag == PIXEL_REPRESENTATION), None)
    if own is not None and len(own.unsigned_integers) == 1:
        pixel_rep = own.unsigned_integers[0]
    for el in elements:
        tag = el.tag
        vr: str | None = None
        try:
            key = BaseTag(tag)
            if key in out:
                raise ValueError("element appears twice")
            entry = BY_NUMBER.get(el.vr)
            if entry is None and not el.vr:
                entry = dictionary_entry(tag)  # no VR: the dictionary's, if it has one
                if entry is None and not implicit:
                    raise ValueError("no VR, and the dictionary has none for explicit VR")
            if entry is None:
                if el.vr:
                    raise ValueError(f"unknown VR number {el.vr}")
                value = el.bytes or bytes_of(el, ctx)  # ambiguous VR: pydicom resolves it
            else:
                vr, handler = entry
                if vr == "SQ" and not (el.bytes and stored_bytes_hold(el, vr, ctx)):
                    # pydicom gives the items of a sequence it converts on access (one of
                    # defined length) the Pixel Representation around them
                    inherited = None if el.undefined_length else pixel_rep
                    sequence = _items_to_sequence(el, ctx, inherited)
                    out[key] = DataElement(key, "SQ", sequence, None, el.undefined_length, True)
                    continue
                value = value_bytes(el, vr, handler, ctx)
            if implicit and vr is not None and vr in ambiguous_choices(tag):
                vr = None  # as pydicom's reader holds it: pydicom resolves it the same way
            if el.undefined_length:
                length = UNDEFINED_LENGTH
            else:
                length = len(value)
                if not length:  # as pydicom's reader holds an empty value
                    value = empty_value_for_VR(vr, raw=True)
            out[key] = RawDataElement(key, vr, length, value, 0, implicit, little)
            if tag == SPECIFIC_CHARACTER_SET:
                charset = python_encodings(charset_terms(value))
                ctx = Context(list(charset), little, implicit, ctx.bulk_data)
        except ConversionError:
            raise
        except Exception as exc:  # any failure names the element
            raise ConversionError.at_element(first_line(exc), tag, vr) from exc
    return out, charset


def _items_to_sequence(el: pb.Element, ctx: Context, pixel_rep: int | None) -> Sequence:
    items = []
    for index, item in enumerate(el.items):
        rep = pixel_rep
        own = next((e for e in item.elements if e.tag == PIXEL_REPRESENTATION), None)
        if pixel_rep is not None and own is not None and not own.unsigned_integers:
            rep = 0  # an empty one: Dataset._set_pixel_representation's int(b"\x01" in b"")
        try:
            elements, charset = _elements_to_dict(item.elements, ctx, list(ctx.encodings), rep)
        except ConversionError as err:
            raise err.inside(el.tag, "SQ", index) from err.__cause__
        ds = Dataset(elements, parent_encoding=list(ctx.encodings))
        if rep is not None:
            ds._pixel_rep = rep
        ds.set_original_encoding(ctx.implicit, ctx.little, charset)
        ds.is_undefined_length_sequence_item = item.undefined_length
        items.append(ds)
    sequence = Sequence(items)
    sequence.is_undefined_length = el.undefined_length
    return sequence
