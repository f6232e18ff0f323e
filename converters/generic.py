"""pydicom Dataset <-> the schema-free `dicomproto.v1.DataSet` message, losslessly.

Forward, the message holds what pydicom presents for each element: the VR pydicom
assigns and the value in pydicom's terms (text without its padding, DS/IS as
their exact text, PN as groups), plus what writing the same file again needs
(file meta, preamble, encoding, undefined lengths, encapsulated fragments).

Speed: a data set read by pydicom holds its elements raw (undecoded bytes). For
the common VRs this module decodes those bytes itself, exactly as pydicom's
converters would but without building pydicom value objects, and leaves the
rest to pydicom (``ds[tag]``): sequences, ambiguous VRs ("US or SS"), values it
cannot decode the same way, custom pydicom hooks, non-default configuration.

Backward, every element becomes a RawDataElement holding the bytes pydicom's
writer would produce for the value, so the restored data set decodes lazily
through pydicom's own code, exactly like the file it came from, and writes the
same bytes.

The table `HANDLERS` maps each VR to its conversions (raw bytes -> message,
pydicom value -> message, message -> value bytes).

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

import codecs
import dataclasses
import struct
from collections.abc import Callable, Iterable, MutableSequence
from dataclasses import dataclass
from functools import cache
from io import BufferedIOBase
from typing import Any, NamedTuple

import numpy as np
from pydicom import config
from pydicom.charset import (
    convert_encodings,
    custom_encoders,
    decode_bytes,
    default_encoding,
    encode_string,
)
from pydicom.datadict import dictionary_VR
from pydicom.dataelem import DataElement, RawDataElement, empty_value_for_VR
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.hooks import hooks
from pydicom.hooks import raw_element_value as _default_raw_element_value
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag, Tag
from pydicom.uid import UID
from pydicom.valuerep import DA, DT, TEXT_VR_DELIMS, TM, PersonName

from dicomproto.v1 import dataset_pb2 as pb

from .errors import ConversionError, describe_tag
from .vrs import BYTES_VRS, LONG_LENGTH_VRS

__all__ = [
    "HANDLERS",
    "dataset_to_proto",
    "element_from_proto",
    "element_to_proto",
    "proto_to_dataset",
]

UNDEFINED_LENGTH = 0xFFFFFFFF
PIXEL_DATA = 0x7FE00010
SPECIFIC_CHARACTER_SET = 0x00080005
# LUT Descriptor tags: pydicom reads their first value as unsigned even for SS.
_LUT_DESCRIPTORS = frozenset({0x00281101, 0x00281102, 0x00281103, 0x00283002})
_ITEM = struct.Struct("<HHL")
# struct format code -> numpy type code of the same size (numpy's "L" is 8 bytes).
_NUMPY = {"H": "u2", "h": "i2", "L": "u4", "l": "i4", "Q": "u8", "q": "i8", "f": "f4", "d": "f8"}
BytesLike = bytes | bytearray | memoryview


class _Fallback(Exception):
    """The fast path cannot decode a raw value exactly like pydicom: ask pydicom."""


@dataclass(slots=True)
class Context:
    """What (de)coding values needs from the data set around them."""

    encodings: list[str]
    little: bool = True
    implicit: bool = False
    bulk_data: Callable[[str], bytes] | None = None
    # The one stateless codec text uses, or None when pydicom must encode it.
    codec: str | None = None

    def __post_init__(self) -> None:
        self.codec = _plain_codec(tuple(self.encodings))


@cache
def _plain_codec(encodings: tuple[str, ...]) -> str | None:
    if len(encodings) != 1 or encodings[0] in custom_encoders:
        return None
    try:
        info = codecs.lookup(encodings[0])
    except LookupError:
        return None
    return None if "2022" in info.name else encodings[0]


# ---------------------------------------------------------------- text


def _decode(value: bytes, encodings: list[str]) -> str:
    """Text bytes -> str exactly as pydicom's `decode_bytes` would."""
    if b"\x1b" not in value:
        try:
            return value.decode(encodings[0])
        except (UnicodeError, LookupError):
            pass
    return decode_bytes(value, encodings, TEXT_VR_DELIMS)


def _encode_text(values: list[str], ctx: Context, single: bool = False) -> bytes:
    """Text values -> bytes as pydicom's writer encodes them."""
    text = _joined(values, single)
    codec = ctx.codec
    if codec is not None:
        try:
            return text.encode(codec)
        except UnicodeError:
            pass
    return b"\\".join([encode_string(v, ctx.encodings) for v in values])


def _joined(values: Any, single: bool = False) -> str:
    """Values joined with backslashes. A single-valued VR (LT ST UT UR) may hold a
    backslash but only one value; in the others a backslash would split a value."""
    if single:
        if len(values) > 1:
            raise ValueError(f"{len(values)} values for a single-valued VR")
        return values[0] if values else ""
    text = "\\".join(values)
    if values and text.count("\\") != len(values) - 1:
        raise ValueError("a value contains '\\', the value separator")
    return text


def _pad(data: bytes, pad: bytes = b" ") -> bytes:
    return data + pad if len(data) % 2 else data


def _encodings_of(ds: Dataset) -> list[str]:
    """Python codec names for the text of `ds`, as pydicom decodes them."""
    charset = ds.original_character_set or ds._character_set
    if isinstance(charset, str):
        return [charset]
    return list(charset) or [default_encoding]


# ------------------------------------------------------------ person names

_PN_FIELDS = ("family_name", "given_name", "middle_name", "name_prefix", "name_suffix")


def put_person_name(msg: pb.PersonName, text: str) -> None:
    """'Doe^John=...' -> groups and components; also `text` when re-joining differs."""
    groups = text.split("=")
    exact = len(groups) <= 3 and not text.endswith("=")
    targets = (msg.alphabetic, msg.ideographic, msg.phonetic)
    for group_text, group in zip(groups, targets, strict=False):
        if not group_text:
            continue
        components = group_text.split("^")
        if len(components) > 5 or group_text.endswith("^"):
            exact = False
        for name, component in zip(_PN_FIELDS, components, strict=False):
            if component:
                setattr(group, name, component)
    if not exact:
        msg.text = text


def person_name_text(msg: pb.PersonName) -> str:
    """The PN value a PersonName message stands for: `text` while it still gives the
    groups and components (an edit of a component wins), else the groups joined."""
    if msg.text and _text_gives_groups(msg):
        return msg.text
    return _joined_groups(msg)


def _text_gives_groups(msg: pb.PersonName) -> bool:
    probe = pb.PersonName()
    put_person_name(probe, msg.text)
    return all(
        getattr(probe, group) == getattr(msg, group)
        for group in ("alphabetic", "ideographic", "phonetic")
    )


def _joined_groups(msg: pb.PersonName) -> str:
    groups = []
    for group in (msg.alphabetic, msg.ideographic, msg.phonetic):
        components = [
            group.family_name,
            group.given_name,
            group.middle_name,
            group.name_prefix,
            group.name_suffix,
        ]
        while components and not components[-1]:
            components.pop()
        groups.append("^".join(components))
    while groups and not groups[-1]:
        groups.pop()
    return "=".join(groups)


# ------------------------------------------------------ encapsulated data


def split_items(value: bytes) -> list[bytes] | None:
    """Encapsulated value -> its items (offset table first), or None if it is not
    exactly a run of little-endian items with defined lengths."""
    items = []
    pos, end = 0, len(value)
    unpack = _ITEM.unpack_from
    while pos < end:
        if pos + 8 > end:
            return None
        group, element, length = unpack(value, pos)
        pos += 8
        if group != 0xFFFE or element != 0xE000 or pos + length > end:
            return None
        items.append(value[pos : pos + length])
        pos += length
    return items or None


def join_items(items: Iterable[bytes]) -> bytes:
    """Items -> the encapsulated value (inverse of `split_items`)."""
    parts: list[bytes] = []
    for item in items:
        parts.append(_ITEM.pack(0xFFFE, 0xE000, len(item)))
        parts.append(item)
    return b"".join(parts)


# ------------------------------------------- raw bytes -> message (fast path)
# Each mirrors the pydicom.values converter named in its docstring.

RawDecoder = Callable[[pb.Element, bytes, bool, list[str]], None]


def _canonical(el: pb.Element, text: str, joined: str, value: bytes, pad: str = " ") -> None:
    """Keep the stored bytes when they are not `joined` padded as pydicom pads it
    (single-byte text: one character per byte)."""
    if text != (joined + pad if len(joined) % 2 else joined):
        el.bytes = value


def _raw_string(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """AS CS DA DT TM (convert_string)."""
    text = value.decode(default_encoding)
    body = text.rstrip(" \x00")
    el.strings.extend(body.split("\\"))
    _canonical(el, text, body, value)


def _raw_ae(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """AE (convert_AE_string)."""
    text = value.decode(default_encoding)
    values = [s.strip() for s in text.split("\\")]
    el.strings.extend(values)
    _canonical(el, text, "\\".join(values), value)


def _raw_ui(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """UI (convert_UI)."""
    text = value.decode(default_encoding)
    body = text.rstrip("\0 ")
    el.strings.extend(body.split("\\"))
    _canonical(el, text, body, value, "\0")


def _raw_ur(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """UR (convert_UR_string)."""
    text = value.decode(default_encoding)
    body = text.rstrip()
    el.strings.append(body)
    _canonical(el, text, body, value)


def _raw_text(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """LO SH UC (convert_text)."""
    el.strings.extend([s.rstrip("\0 ") for s in _decode(value, enc).split("\\")])


def _raw_single_text(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """LT ST UT (convert_single_string)."""
    el.strings.append(_decode(value, enc).rstrip("\0 "))


def _raw_pn(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """PN (convert_PN; PersonName drops trailing empty groups)."""
    add = el.person_names.add
    for text in _decode(value.rstrip(b"\x00 "), enc).split("\\"):
        put_person_name(add(), text.rstrip("="))


def _number_strings(items: list[str], parse: Callable[[str], object]) -> list[str]:
    """DS/IS items -> the text pydicom keeps (`original_string`, or the blank item)."""
    out = []
    for item in items:
        stripped = item.strip()
        if stripped:
            try:
                parse(stripped)
            except (ValueError, OverflowError):
                raise _Fallback from None
            out.append(stripped)
        else:
            out.append(item)
    return out


def _parse_is(text: str) -> object:
    try:
        return int(text)
    except ValueError:
        return int(float(text))


def _raw_ds(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """DS (convert_DS_string, DSfloat)."""
    text = value.decode(default_encoding)
    values = _number_strings(text.strip().rstrip(" \x00").split("\\"), float)
    el.strings.extend(values)
    _canonical(el, text, "\\".join(values), value)


def _raw_is(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """IS (convert_IS_string)."""
    text = value.decode(default_encoding)
    values = _number_strings(text.rstrip(" \x00").split("\\"), _parse_is)
    el.strings.extend(values)
    _canonical(el, text, "\\".join(values), value)


def _raw_at(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """AT (convert_ATvalue)."""
    count, rest = divmod(len(value), 4)
    if rest:
        raise _Fallback
    halves = struct.unpack(f"{'<' if little else '>'}{2 * count}H", value)
    el.tags.extend([g << 16 | e for g, e in zip(halves[::2], halves[1::2], strict=True)])


def _raw_bytes(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """OB OD OF OL OV OW UN (convert_OBvalue, convert_OWvalue, ...)."""
    el.bytes = value


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
            raise ConversionError.at_element(_reason(exc), el.tag, "SQ", index) from exc


# ------------------------------------------- message -> value bytes

Encoder = Callable[[pb.Element, Context], bytes]


def _enc_strings(pad: bytes, single: bool = False) -> Encoder:
    """AE AS CS DA DT TM UI UR DS IS: default character repertoire."""

    def encode(el: pb.Element, ctx: Context) -> bytes:
        return _pad(_joined(el.strings, single).encode(default_encoding), pad)

    return encode


def _enc_text(el: pb.Element, ctx: Context) -> bytes:
    """LO SH UC: the data set's character set."""
    return _pad(_encode_text(list(el.strings), ctx))


def _enc_single_text(el: pb.Element, ctx: Context) -> bytes:
    """LT ST UT: the data set's character set, one value."""
    return _pad(_encode_text(list(el.strings), ctx, single=True))


def _enc_pn(el: pb.Element, ctx: Context) -> bytes:
    texts = [person_name_text(p).rstrip("=") for p in el.person_names]
    if ctx.codec is not None:
        try:
            return _pad(_joined(texts).encode(ctx.codec))
        except UnicodeError:
            pass
    return _pad(b"\\".join([PersonName(t, ctx.encodings).encode() for t in texts]))


def _enc_numbers(code: str, field: str, vr: str) -> Encoder:
    dtypes = {True: np.dtype("<" + _NUMPY[code]), False: np.dtype(">" + _NUMPY[code])}

    def encode(el: pb.Element, ctx: Context) -> bytes:
        values = getattr(el, field)
        count = len(values)
        if not count:
            return b""
        order = "<" if ctx.little else ">"
        try:
            if vr == "SS" and el.tag in _LUT_DESCRIPTORS:  # as pydicom writes them
                return struct.pack(f"{order}H{count - 1}h", *values)
            if count < 64:
                return struct.pack(f"{order}{count}{code}", *values)
            return np.array(values, dtype=dtypes[ctx.little]).tobytes()
        except (struct.error, OverflowError):
            limits = np.iinfo(dtypes[True]) if vr not in ("FL", "FD") else np.finfo(dtypes[True])
            bad = next((v for v in values if not limits.min <= v <= limits.max), values[0])
            raise ValueError(
                f"value {bad} does not fit VR {vr} ({limits.min}..{limits.max})"
            ) from None

    return encode


def _enc_at(el: pb.Element, ctx: Context) -> bytes:
    tags = el.tags
    halves = [half for tag in tags for half in (tag >> 16, tag & 0xFFFF)]
    return struct.pack(f"{'<' if ctx.little else '>'}{len(halves)}H", *halves)


def _enc_bytes(el: pb.Element, ctx: Context) -> bytes:
    if el.HasField("encapsulated"):
        enc = el.encapsulated
        return join_items([enc.basic_offset_table, *enc.fragments])
    if el.bulk_data_uri:
        if ctx.bulk_data is None:
            raise ValueError(f"bulk data at {el.bulk_data_uri!r} was not resolved")
        return ctx.bulk_data(el.bulk_data_uri)
    return el.bytes


def value_bytes(el: pb.Element, vr: str, handler: VrHandler, ctx: Context) -> bytes:
    """The value of an Element as written (SQ only when its stored bytes hold): its
    stored bytes while they still hold its values, else its values encoded."""
    if vr in BYTES_VRS or el.bulk_data_uri or el.HasField("encapsulated"):
        return _enc_bytes(el, ctx)
    if el.bytes and stored_bytes_hold(el, vr, ctx):
        return el.bytes
    return handler.encode(el, ctx)


# What an Element says about how it was stored, not what its value is.
_ENCODING_FIELDS = ("tag", "vr", "bytes", "undefined_length", "bulk_data_uri", "encapsulated")


def _value_key(el: pb.Element) -> bytes:
    probe = pb.Element()
    probe.CopyFrom(el)
    for name in _ENCODING_FIELDS:
        probe.ClearField(name)
    return probe.SerializeToString(deterministic=True)


def stored_bytes_hold(el: pb.Element, vr: str, ctx: Context) -> bool:
    """Whether the stored bytes of an element of a non-bytes VR still decode to the
    values it holds. They are kept only for fidelity (unusual padding, text that does
    not decode, item lengths): once the values were edited, the values win."""
    expected = _value_key(el)
    handler = HANDLERS[vr]
    if handler.raw is not None and el.tag not in _LUT_DESCRIPTORS:
        probe = pb.Element()
        try:
            handler.raw(probe, el.bytes, ctx.little, ctx.encodings)
        except Exception:  # _Fallback, or bytes the fast decoder does not take
            pass
        else:
            if _value_key(probe) == expected:
                return True
    probe = _decoded_by_pydicom(el, vr, ctx)
    return probe is not None and _value_key(probe) == expected


def _decoded_by_pydicom(el: pb.Element, vr: str, ctx: Context) -> pb.Element | None:
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


def _enc_sequence(el: pb.Element, ctx: Context) -> bytes:
    raise AssertionError("sequences are built as items, not bytes")


# ------------------------------------------------------------- the table


class VrHandler(NamedTuple):
    """How one VR converts. `raw` decodes stored bytes into the message (None: pydicom
    decodes them); `value` puts a pydicom value in the message; `encode` gives the
    bytes pydicom's writer produces for the message's value; `check` says whether
    stored bytes can differ from `encode`'s (padding, spacing) and must be compared."""

    number: int
    raw: RawDecoder | None
    value: ValueEncoder
    encode: Encoder
    check: bool


def _handlers() -> dict[str, VrHandler]:
    text = _enc_strings(b" ")
    table: dict[str, tuple[RawDecoder | None, ValueEncoder, Encoder, bool]] = {
        "AE": (_raw_ae, _val_strings, text, False),
        "AS": (_raw_string, _val_strings, text, False),
        "CS": (_raw_string, _val_strings, text, False),
        "DA": (_raw_string, _val_strings, text, False),
        "DT": (_raw_string, _val_strings, text, False),
        "TM": (_raw_string, _val_strings, text, False),
        "UI": (_raw_ui, _val_strings, _enc_strings(b"\0"), False),
        "UR": (_raw_ur, _val_strings, _enc_strings(b" ", single=True), False),
        "DS": (_raw_ds, _val_number_strings, text, False),
        "IS": (_raw_is, _val_number_strings, text, False),
        "LO": (_raw_text, _val_strings, _enc_text, True),
        "SH": (_raw_text, _val_strings, _enc_text, True),
        "UC": (_raw_text, _val_strings, _enc_text, True),
        "LT": (_raw_single_text, _val_strings, _enc_single_text, True),
        "ST": (_raw_single_text, _val_strings, _enc_single_text, True),
        "UT": (_raw_single_text, _val_strings, _enc_single_text, True),
        "PN": (_raw_pn, _val_pn, _enc_pn, True),
        "AT": (_raw_at, _val_at, _enc_at, False),
        "SQ": (None, _val_sequence, _enc_sequence, False),
    }
    for vr, code, field in (
        ("US", "H", "unsigned_integers"),
        ("UL", "L", "unsigned_integers"),
        ("UV", "Q", "unsigned_integers"),
        ("SS", "h", "signed_integers"),
        ("SL", "l", "signed_integers"),
        ("SV", "q", "signed_integers"),
        ("FL", "f", "floats"),
        ("FD", "d", "doubles"),
    ):
        kind = float if vr in ("FL", "FD") else int
        table[vr] = (
            _raw_numbers(code, field),
            _val_numbers(field, kind),
            _enc_numbers(code, field, vr),
            vr == "FL",  # a float32 NaN payload may not survive a float64 trip
        )
    for vr in BYTES_VRS:
        table[vr] = (_raw_bytes, _val_bytes, _enc_bytes, False)
    return {vr: VrHandler(pb.Vr.Value(f"VR_{vr}"), *fns) for vr, fns in table.items()}


def _raw_numbers(code: str, field: str) -> RawDecoder:
    """US SS UL SL UV SV FL FD (convert_numbers)."""
    size = struct.calcsize("<" + code)
    single = {True: struct.Struct("<" + code).unpack, False: struct.Struct(">" + code).unpack}
    dtypes = {True: np.dtype("<" + _NUMPY[code]), False: np.dtype(">" + _NUMPY[code])}

    def decode(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
        count, rest = divmod(len(value), size)
        if rest:
            raise _Fallback
        target = getattr(el, field)
        if count == 1:
            target.extend(single[little](value))
        elif count < 32:
            target.extend(struct.unpack(f"{'<' if little else '>'}{count}{code}", value))
        else:
            target.extend(np.frombuffer(value, dtypes[little]).tolist())

    return decode


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
    fast = (
        hooks.raw_element_value is _default_raw_element_value
        and not config.data_element_callback
        and config.settings.reading_validation_mode != config.RAISE
    )
    slow: set[str] = set()
    if config.datetime_conversion:
        slow |= {"DA", "DT", "TM"}
    if config.use_DS_numpy or config.use_DS_decimal:
        slow.add("DS")
    if config.use_IS_numpy:
        slow.add("IS")
    return _Forward(fast, frozenset(slow))


def dataset_to_proto(ds: Dataset, *, salvage: bool = False) -> pb.DataSet:
    """pydicom Dataset (or FileDataset) -> generic DataSet message.

    Raises ConversionError naming the element (and its sequence path) when a value
    cannot be converted, e.g. a value cut short by a truncated file. With `salvage`,
    damaged encapsulated pixel data is kept as it is and recorded as damage.
    """
    msg = pb.DataSet()
    settings = _forward_settings()
    settings.salvage = salvage
    file_meta = getattr(ds, "file_meta", None)
    if isinstance(ds, FileDataset) or file_meta is not None:
        _file_meta_to_proto(ds, file_meta, msg.file_meta, settings)
    _elements_to_proto(ds, msg.elements, settings)
    if settings.group_lengths:
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
    encodings = _encodings_of(ds) if ds is not None else [default_encoding]
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
        if el.vr and el.vr == _dictionary_vr_number(tag):
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
        raise ConversionError.at_element(_reason(exc), tag, vr) from exc


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
        or tag in _LUT_DESCRIPTORS
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
    try:
        handler.raw(el, value, little, ctx.encodings)
    except _Fallback:
        return None
    if handler.check:
        ctx.little = little
        if handler.encode(el, ctx) != value:
            el.bytes = value
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


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _put_bytes(
    el: pb.Element, value: bytes, tag: int, little: bool, settings: _Forward, offset: int = 0
) -> None:
    """Bytes of an element; undefined-length Pixel Data as offset table + fragments.
    Encapsulated Pixel Data that is not a run of even-length items is refused (it
    could not be written validly); in salvage mode it is kept exactly as it is."""
    if el.undefined_length and tag == PIXEL_DATA and little:
        problem = encapsulation_problem(value)
        if problem is None:
            items = split_items(value)
            assert items is not None
            el.encapsulated.basic_offset_table = items[0]
            el.encapsulated.fragments.extend(items[1:])
            return
        if not settings.salvage:
            raise ConversionError.at_element(
                f"encapsulated pixel data: {problem} (damaged; salvage mode keeps it as it is)",
                tag,
                pb.Vr.Name(el.vr)[3:] if el.vr else None,
            )
        settings.damage.append((offset, tag, f"encapsulated pixel data: {problem}"))
    el.bytes = value


def encapsulation_problem(value: bytes) -> str | None:
    """Why an undefined-length value is not valid encapsulated data (PS3.5 A.4): a run
    of items of even length; None when it is."""
    pos, end, index = 0, len(value), 0
    unpack = _ITEM.unpack_from
    while pos < end:
        if pos + 8 > end:
            return f"item {index} is cut short in its header ({end - pos} bytes)"
        group, element, length = unpack(value, pos)
        if group != 0xFFFE or element != 0xE000:
            return f"({group:04X},{element:04X}) at value byte {pos} where item {index} should be"
        if pos + 8 + length > end:
            return (
                f"item {index} is cut short: it declares {length} bytes,"
                f" {end - pos - 8} come before the sequence delimiter"
            )
        if length % 2:
            return f"item {index} has an odd length ({length} bytes)"
        pos += 8 + length
        index += 1
    return None if index else "no items"


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
    handler.value(el, value, settings)


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
        ctx = Context([default_encoding], bulk_data=bulk_data)
        elements, _ = _elements_to_dict(msg.elements, ctx)
        return Dataset(elements)
    fm = msg.file_meta
    implicit, little = fm.implicit_vr, not fm.big_endian
    if implicit and not little:
        raise ConversionError("file meta: implicit VR big endian is not a DICOM encoding")
    meta_elements, _ = _elements_to_dict(
        fm.elements, Context([default_encoding], bulk_data=bulk_data)
    )
    try:
        file_meta = FileMetaDataset(meta_elements)
    except ValueError as exc:
        raise ConversionError(f"file meta: {_reason(exc)}") from exc
    file_meta.set_original_encoding(False, True, default_encoding)
    ctx = Context([default_encoding], little, implicit, bulk_data)
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
    elements: Iterable[pb.Element], ctx: Context, charset: str | list[str] = default_encoding
) -> tuple[dict[BaseTag, RawDataElement | DataElement], str | list[str]]:
    """Elements -> a pydicom element dict, and the character set of the data set
    (`charset` when it has no Specific Character Set, as pydicom's reader does:
    the default for a top-level data set, the parent's for an item)."""
    out: dict[BaseTag, RawDataElement | DataElement] = {}
    implicit, little = ctx.implicit, ctx.little
    for el in elements:
        tag = el.tag
        vr: str | None = None
        try:
            key = BaseTag(tag)
            if key in out:
                raise ValueError("element appears twice")
            entry = _BY_NUMBER.get(el.vr)
            if entry is None and not el.vr:
                entry = _dictionary_entry(tag)  # no VR: the dictionary's, if it has one
                if entry is None and not implicit:
                    raise ValueError("no VR, and the dictionary has none for explicit VR")
            if entry is None:
                if el.vr:
                    raise ValueError(f"unknown VR number {el.vr}")
                value = el.bytes or _enc_bytes(el, ctx)  # ambiguous VR: pydicom resolves it
            else:
                vr, handler = entry
                if vr == "SQ" and not (el.bytes and stored_bytes_hold(el, vr, ctx)):
                    out[key] = DataElement(
                        key, "SQ", _items_to_sequence(el, ctx), None, el.undefined_length, True
                    )
                    continue
                value = value_bytes(el, vr, handler, ctx)
            if implicit and vr is not None and vr in _ambiguous_choices(tag):
                vr = None  # as pydicom's reader holds it: pydicom resolves it the same way
            if el.undefined_length:
                length = UNDEFINED_LENGTH
            else:
                length = len(value)
                if not length:  # as pydicom's reader holds an empty value
                    value = empty_value_for_VR(vr, raw=True)
            out[key] = RawDataElement(key, vr, length, value, 0, implicit, little)
            if tag == SPECIFIC_CHARACTER_SET:
                charset = convert_encodings(_charset_terms(value))
                ctx = Context(list(charset), little, implicit, ctx.bulk_data)
        except ConversionError:
            raise
        except Exception as exc:  # any failure names the element
            raise ConversionError.at_element(_reason(exc), tag, vr) from exc
    return out, charset


@cache
def _dictionary_entry(tag: int) -> tuple[str, VrHandler] | None:
    """(VR, handler) of a public tag whose dictionary VR is a single VR, else None."""
    if tag >> 16 & 1:
        return None
    try:
        vr = dictionary_VR(tag)
    except KeyError:
        return None
    handler = HANDLERS.get(vr)
    return (vr, handler) if handler is not None else None


@cache
def _dictionary_vr_number(tag: int) -> int:
    """The Vr number of a tag's single dictionary VR (0 when it has none)."""
    entry = _dictionary_entry(tag)
    return entry[1].number if entry is not None else 0


def element_vr(el: pb.Element) -> str | None:
    """The VR an Element stands for: its own, else the dictionary's (None when the
    dictionary has no single VR for the tag)."""
    if el.vr:
        return pb.Vr.Name(el.vr)[3:]
    entry = _dictionary_entry(el.tag)
    return entry[0] if entry is not None else None


@cache
def _ambiguous_choices(tag: int) -> tuple[str, ...]:
    """The VRs of a tag whose dictionary VR is ambiguous ("US or SS"), else ()."""
    try:
        vr = dictionary_VR(tag)
    except KeyError:
        return ()
    return tuple(vr.split(" or ")) if " or " in vr else ()


def _charset_terms(value: bytes) -> str | list[str]:
    terms = value.decode(default_encoding).rstrip(" \x00").split("\\")
    return terms[0] if len(terms) == 1 else terms


def _items_to_sequence(el: pb.Element, ctx: Context) -> Sequence:
    items = []
    for index, item in enumerate(el.items):
        try:
            elements, charset = _elements_to_dict(item.elements, ctx, list(ctx.encodings))
        except ConversionError as err:
            raise err.inside(el.tag, "SQ", index) from err.__cause__
        ds = Dataset(elements, parent_encoding=list(ctx.encodings))
        ds.set_original_encoding(ctx.implicit, ctx.little, charset)
        ds.is_undefined_length_sequence_item = item.undefined_length
        items.append(ds)
    sequence = Sequence(items)
    sequence.is_undefined_length = el.undefined_length
    return sequence


HANDLERS: dict[str, VrHandler] = _handlers()
_BY_NUMBER: dict[int, tuple[str, VrHandler]] = {h.number: (vr, h) for vr, h in HANDLERS.items()}
_missing = sorted(set(pb.Vr.keys()) - {"VR_UNSPECIFIED"} - {f"VR_{vr}" for vr in HANDLERS})
assert not _missing, f"VRs without a handler: {_missing}"
