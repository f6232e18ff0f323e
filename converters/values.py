"""Element values <-> the bytes DICOM stores them as, for every VR: the codecs that both
directions of the generic path share.

Forward, a raw decoder puts stored value bytes into an Element exactly as pydicom's
own value converters would present them (`pydicom.values`), without building pydicom
value objects; backward, an encoder gives the bytes pydicom's writer produces for an
Element's values. `HANDLERS` maps each VR to its pair.

This module imports no pydicom at start-up: the data dictionary comes from
converters.dictionary, and pydicom's character set code (`pydicom.charset`) is imported
only for what the common case does not cover: ISO 2022 escape sequences, code
extensions, text that does not decode, names pydicom encodes itself.
"""

from __future__ import annotations

import array
import codecs
import struct
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from dicomproto.v1 import dataset_pb2 as pb

from .dictionary import dictionary_vr
from .vrs import BYTES_VRS

__all__ = [
    "DEFAULT_ENCODING",
    "HANDLERS",
    "Context",
    "Fallback",
    "VrHandler",
    "bytes_of",
    "element_vr",
    "encapsulation_problem",
    "join_items",
    "person_name_text",
    "put_encapsulated",
    "put_person_name",
    "python_encodings",
    "split_items",
    "stored_bytes_hold",
    "value_bytes",
]

UNDEFINED_LENGTH = 0xFFFFFFFF
PIXEL_DATA = 0x7FE00010
SPECIFIC_CHARACTER_SET = 0x00080005
# LUT Descriptor tags: pydicom reads their first value as unsigned even for SS.
LUT_DESCRIPTORS = frozenset({0x00281101, 0x00281102, 0x00281103, 0x00283002})
# pydicom.charset.default_encoding: the default character repertoire (ISO-IR 6).
DEFAULT_ENCODING = "iso8859"
# Specific Character Set defined terms (PS3.3 C.12.1.1.2) -> Python codecs: pydicom's
# table (pydicom.charset.python_encoding), with its single-valued terms that allow no
# code extensions and the codecs it encodes with its own encoders (JIS X 0201, 0208,
# 0212); tests/test_converters_vrs.py checks all three against pydicom.
CHARSETS: dict[str, str] = {
    "": DEFAULT_ENCODING,
    "ISO_IR 6": DEFAULT_ENCODING,
    "ISO_IR 13": "shift_jis",
    "ISO_IR 100": "latin_1",
    "ISO_IR 101": "iso8859_2",
    "ISO_IR 109": "iso8859_3",
    "ISO_IR 110": "iso8859_4",
    "ISO_IR 126": "iso_ir_126",
    "ISO_IR 127": "iso_ir_127",
    "ISO_IR 138": "iso_ir_138",
    "ISO_IR 144": "iso_ir_144",
    "ISO_IR 148": "iso_ir_148",
    "ISO_IR 166": "iso_ir_166",
    "ISO 2022 IR 6": DEFAULT_ENCODING,
    "ISO 2022 IR 13": "shift_jis",
    "ISO 2022 IR 87": "iso2022_jp",
    "ISO 2022 IR 100": "latin_1",
    "ISO 2022 IR 101": "iso8859_2",
    "ISO 2022 IR 109": "iso8859_3",
    "ISO 2022 IR 110": "iso8859_4",
    "ISO 2022 IR 126": "iso_ir_126",
    "ISO 2022 IR 127": "iso_ir_127",
    "ISO 2022 IR 138": "iso_ir_138",
    "ISO 2022 IR 144": "iso_ir_144",
    "ISO 2022 IR 148": "iso_ir_148",
    "ISO 2022 IR 149": "euc_kr",
    "ISO 2022 IR 159": "iso2022_jp_2",
    "ISO 2022 IR 166": "iso_ir_166",
    "ISO 2022 IR 58": "iso_ir_58",
    "ISO_IR 192": "UTF8",
    "GB18030": "GB18030",
    "ISO 2022 GBK": "GBK",
    "ISO 2022 58": "GB2312",
    "GBK": "GBK",
}
STAND_ALONE_CHARSETS = frozenset({"ISO_IR 192", "GBK", "GB18030"})
CUSTOM_ENCODED = frozenset({"shift_jis", "iso2022_jp", "iso2022_jp_2"})
# First codecs under which pydicom's encode_string writes ASCII text as those bytes
# (every codec but its JIS X 0208 and 0212 encoders; tests check it against pydicom).
_ASCII_AS_IS = frozenset(CHARSETS.values()) - {"iso2022_jp", "iso2022_jp_2"}
_ITEM = struct.Struct("<HHL")
BytesLike = bytes | bytearray | memoryview


class Fallback(Exception):
    """The raw decoder cannot present a value exactly like pydicom: ask pydicom."""


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
    if len(encodings) != 1 or encodings[0] in CUSTOM_ENCODED:
        return None
    try:
        info = codecs.lookup(encodings[0])
    except LookupError:
        return None
    return None if "2022" in info.name else encodings[0]


def python_encodings(terms: str | list[str]) -> list[str]:
    """Specific Character Set value(s) -> Python codecs, as pydicom's
    `convert_encodings` gives them (pydicom converts what the table does not cover:
    unknown or misspelt terms, stand-alone terms used with code extensions)."""
    names = [terms] if isinstance(terms, str) else list(terms) or [""]
    if not names[0]:
        names[0] = "ISO_IR 6"
    found = [CHARSETS.get(name) for name in names]
    if None not in found and (len(names) == 1 or not STAND_ALONE_CHARSETS.intersection(names)):
        return found  # type: ignore[return-value]
    from pydicom.charset import convert_encodings

    return list(convert_encodings(terms))


def charset_terms(value: bytes) -> str | list[str]:
    """The terms of a Specific Character Set value, as pydicom's convert_string reads it."""
    terms = value.decode(DEFAULT_ENCODING).rstrip(" \x00").split("\\")
    return terms[0] if len(terms) == 1 else terms


# ---------------------------------------------------------------- text


def decode_text(value: bytes, encodings: list[str]) -> str:
    """Text bytes -> str exactly as pydicom's `decode_bytes` would."""
    if b"\x1b" not in value:
        try:
            return value.decode(encodings[0])
        except (UnicodeError, LookupError):
            pass
    from pydicom.charset import decode_bytes
    from pydicom.valuerep import TEXT_VR_DELIMS

    return decode_bytes(value, encodings, TEXT_VR_DELIMS)


def _encode_text(values: list[str], ctx: Context, single: bool = False) -> bytes:
    """Text values -> bytes as pydicom's writer encodes them."""
    text = joined(values, single)
    codec = ctx.codec
    if codec is not None:
        try:
            return text.encode(codec)
        except UnicodeError:
            pass
    elif text.isascii() and ctx.encodings[0] in _ASCII_AS_IS:
        return text.encode("ascii")
    from pydicom.charset import encode_string

    return b"\\".join([encode_string(v, ctx.encodings) for v in values])


def joined(values: Any, single: bool = False) -> str:
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


def encapsulation_problem(value: bytes, start: int = 0, end: int | None = None) -> str | None:
    """Why an undefined-length value (`value[start:end]`) is not valid encapsulated
    data (PS3.5 A.4): a run of items of even length; None when it is."""
    end = len(value) if end is None else end
    pos, index = start, 0
    unpack = _ITEM.unpack_from
    while pos < end:
        if pos + 8 > end:
            return f"item {index} is cut short in its header ({end - pos} bytes)"
        group, element, length = unpack(value, pos)
        if group != 0xFFFE or element != 0xE000:
            at = pos - start
            return f"({group:04X},{element:04X}) at value byte {at} where item {index} should be"
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


def put_encapsulated(
    el: pb.Element, data: bytes, start: int = 0, end: int | None = None
) -> str | None:
    """Undefined-length Pixel Data (`data[start:end]`) as its offset table and
    fragments, sliced straight from `data`; when it is not valid encapsulated data,
    nothing is set and the problem is returned."""
    end = len(data) if end is None else end
    problem = encapsulation_problem(data, start, end)
    if problem is None:
        fragments = [data[begin:stop] for begin, stop in fragment_spans(data, start, end)]
        el.encapsulated.basic_offset_table = fragments[0]
        el.encapsulated.fragments.extend(fragments[1:])
    return problem


def fragment_spans(data: bytes | memoryview, start: int, end: int) -> list[tuple[int, int]]:
    """Where the offset table and each fragment of valid encapsulated data
    (`data[start:end]`, see `encapsulation_problem`) lie: (start, stop) of each value."""
    unpack = _ITEM.unpack_from
    pos, spans = start, []
    while pos < end:
        length = unpack(data, pos)[2]
        spans.append((pos + 8, pos + 8 + length))
        pos += 8 + length
    return spans


# ------------------------------------------- raw bytes -> Element
# Each mirrors the pydicom.values converter named in its docstring.

RawDecoder = Callable[[pb.Element, bytes, bool, list[str]], None]


def _canonical(el: pb.Element, text: str, joined_text: str, value: bytes, pad: str = " ") -> None:
    """Keep the stored bytes when they are not `joined_text` padded as pydicom pads it
    (single-byte text: one character per byte)."""
    if text != (joined_text + pad if len(joined_text) % 2 else joined_text):
        el.bytes = value


def _raw_string(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """AS CS DA DT TM (convert_string)."""
    text = value.decode(DEFAULT_ENCODING)
    body = text.rstrip(" \x00")
    el.strings.extend(body.split("\\"))
    _canonical(el, text, body, value)


def _raw_ae(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """AE (convert_AE_string)."""
    text = value.decode(DEFAULT_ENCODING)
    values = [s.strip() for s in text.split("\\")]
    el.strings.extend(values)
    _canonical(el, text, "\\".join(values), value)


def _raw_ui(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """UI (convert_UI)."""
    text = value.decode(DEFAULT_ENCODING)
    body = text.rstrip("\0 ")
    el.strings.extend(body.split("\\"))
    _canonical(el, text, body, value, "\0")


def _raw_ur(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """UR (convert_UR_string)."""
    text = value.decode(DEFAULT_ENCODING)
    body = text.rstrip()
    el.strings.append(body)
    _canonical(el, text, body, value)


def _raw_text(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """LO SH UC (convert_text)."""
    el.strings.extend([s.rstrip("\0 ") for s in decode_text(value, enc).split("\\")])


def _raw_single_text(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """LT ST UT (convert_single_string)."""
    el.strings.append(decode_text(value, enc).rstrip("\0 "))


def _raw_pn(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """PN (convert_PN; PersonName drops trailing empty groups)."""
    add = el.person_names.add
    for text in decode_text(value.rstrip(b"\x00 "), enc).split("\\"):
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
                raise Fallback from None
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
    text = value.decode(DEFAULT_ENCODING)
    values = _number_strings(text.strip().rstrip(" \x00").split("\\"), float)
    el.strings.extend(values)
    _canonical(el, text, "\\".join(values), value)


def _raw_is(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """IS (convert_IS_string)."""
    text = value.decode(DEFAULT_ENCODING)
    values = _number_strings(text.rstrip(" \x00").split("\\"), _parse_is)
    el.strings.extend(values)
    _canonical(el, text, "\\".join(values), value)


def _raw_at(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """AT (convert_ATvalue)."""
    count, rest = divmod(len(value), 4)
    if rest:
        raise Fallback
    halves = struct.unpack(f"{'<' if little else '>'}{2 * count}H", value)
    el.tags.extend([g << 16 | e for g, e in zip(halves[::2], halves[1::2], strict=True)])


def _raw_bytes(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
    """OB OD OF OL OV OW UN (convert_OBvalue, convert_OWvalue, ...)."""
    el.bytes = value


# Numbers: struct codes, and the array module's codes of the same size.
_ARRAY_CODES = {"H": "H", "h": "h", "L": "I", "l": "i", "Q": "Q", "q": "q", "f": "f", "d": "d"}
_SWAP = sys.byteorder == "little"  # big-endian values must be byte-swapped here


def _array_code(code: str) -> str:
    candidate = _ARRAY_CODES[code]
    if array.array(candidate).itemsize != struct.calcsize("<" + code):
        raise AssertionError(f"no array type of the size of struct {code!r}")
    return candidate


def _raw_numbers(code: str, field: str) -> RawDecoder:
    """US SS UL SL UV SV FL FD (convert_numbers)."""
    size = struct.calcsize("<" + code)
    single = {True: struct.Struct("<" + code).unpack, False: struct.Struct(">" + code).unpack}
    kind = _array_code(code)

    def decode(el: pb.Element, value: bytes, little: bool, enc: list[str]) -> None:
        count, rest = divmod(len(value), size)
        if rest:
            raise Fallback
        target = getattr(el, field)
        if count == 1:
            target.extend(single[little](value))
        elif count < 32:
            target.extend(struct.unpack(f"{'<' if little else '>'}{count}{code}", value))
        else:
            numbers = array.array(kind, value)
            if little != _SWAP:
                numbers.byteswap()
            target.extend(numbers.tolist())

    return decode


# ------------------------------------------- Element -> value bytes

Encoder = Callable[[pb.Element, Context], bytes]


def _enc_strings(pad: bytes, single: bool = False) -> Encoder:
    """AE AS CS DA DT TM UI UR DS IS: default character repertoire."""

    def encode(el: pb.Element, ctx: Context) -> bytes:
        return _pad(joined(el.strings, single).encode(DEFAULT_ENCODING), pad)

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
            return _pad(joined(texts).encode(ctx.codec))
        except UnicodeError:
            pass
    elif all(t.isascii() for t in texts) and ctx.encodings[0] in _ASCII_AS_IS:
        return _pad(joined(texts).encode("ascii"))
    from pydicom.valuerep import PersonName

    return _pad(b"\\".join([PersonName(t, ctx.encodings).encode() for t in texts]))


def _limits(code: str) -> tuple[float, float]:
    """The range of a struct number code."""
    if code == "f":
        return (-3.4028234663852886e38, 3.4028234663852886e38)
    if code == "d":
        return (-sys.float_info.max, sys.float_info.max)
    bits = 8 * struct.calcsize("<" + code)
    if code.isupper():
        return (0, 2**bits - 1)
    return (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)


def _shown(limit: float) -> str:
    return str(limit) if isinstance(limit, int) else f"{limit:.8g}"


def _enc_numbers(code: str, field: str, vr: str) -> Encoder:
    kind = _array_code(code)
    low, high = _limits(code)

    def encode(el: pb.Element, ctx: Context) -> bytes:
        values = getattr(el, field)
        count = len(values)
        if not count:
            return b""
        order = "<" if ctx.little else ">"
        try:
            if vr == "SS" and el.tag in LUT_DESCRIPTORS:  # as pydicom writes them
                return struct.pack(f"{order}H{count - 1}h", *values)
            if count < 64:
                return struct.pack(f"{order}{count}{code}", *values)
            numbers = array.array(kind, values)
            if ctx.little != _SWAP:
                numbers.byteswap()
            return numbers.tobytes()
        except (struct.error, OverflowError):
            bad = next((v for v in values if not low <= v <= high), values[0])
            raise ValueError(
                f"value {bad} does not fit VR {vr} ({_shown(low)}..{_shown(high)})"
            ) from None

    return encode


def _enc_at(el: pb.Element, ctx: Context) -> bytes:
    tags = el.tags
    halves = [half for tag in tags for half in (tag >> 16, tag & 0xFFFF)]
    return struct.pack(f"{'<' if ctx.little else '>'}{len(halves)}H", *halves)


def bytes_of(el: pb.Element, ctx: Context) -> bytes:
    """The bytes of an Element of a bytes VR: fragments joined, bulk data resolved."""
    if el.HasField("encapsulated"):
        enc = el.encapsulated
        return join_items([enc.basic_offset_table, *enc.fragments])
    if el.bulk_data_uri:
        if ctx.bulk_data is None:
            raise ValueError(f"bulk data at {el.bulk_data_uri!r} was not resolved")
        return ctx.bulk_data(el.bulk_data_uri)
    return el.bytes


def _enc_sequence(el: pb.Element, ctx: Context) -> bytes:
    raise AssertionError("sequences are built as items, not bytes")


# ------------------------------------------------------------- the table


class VrHandler(NamedTuple):
    """How one VR converts. `raw` decodes stored bytes into the Element (None: pydicom
    decodes them); `encode` gives the bytes pydicom's writer produces for the Element's
    values; `check` says whether stored bytes can differ from `encode`'s (padding,
    spacing) and must be compared."""

    number: int
    raw: RawDecoder | None
    encode: Encoder
    check: bool


def _handlers() -> dict[str, VrHandler]:
    text = _enc_strings(b" ")
    table: dict[str, tuple[RawDecoder | None, Encoder, bool]] = {
        "AE": (_raw_ae, text, False),
        "AS": (_raw_string, text, False),
        "CS": (_raw_string, text, False),
        "DA": (_raw_string, text, False),
        "DT": (_raw_string, text, False),
        "TM": (_raw_string, text, False),
        "UI": (_raw_ui, _enc_strings(b"\0"), False),
        "UR": (_raw_ur, _enc_strings(b" ", single=True), False),
        "DS": (_raw_ds, text, False),
        "IS": (_raw_is, text, False),
        "LO": (_raw_text, _enc_text, True),
        "SH": (_raw_text, _enc_text, True),
        "UC": (_raw_text, _enc_text, True),
        "LT": (_raw_single_text, _enc_single_text, True),
        "ST": (_raw_single_text, _enc_single_text, True),
        "UT": (_raw_single_text, _enc_single_text, True),
        "PN": (_raw_pn, _enc_pn, True),
        "AT": (_raw_at, _enc_at, False),
        "SQ": (None, _enc_sequence, False),
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
        table[vr] = (
            _raw_numbers(code, field),
            _enc_numbers(code, field, vr),
            vr == "FL",  # a float32 NaN payload may not survive a float64 trip
        )
    for vr in BYTES_VRS:
        table[vr] = (_raw_bytes, bytes_of, False)
    return {vr: VrHandler(pb.Vr.Value(f"VR_{vr}"), *fns) for vr, fns in table.items()}


HANDLERS: dict[str, VrHandler] = _handlers()
BY_NUMBER: dict[int, tuple[str, VrHandler]] = {h.number: (vr, h) for vr, h in HANDLERS.items()}
_missing = sorted(set(pb.Vr.keys()) - {"VR_UNSPECIFIED"} - {f"VR_{vr}" for vr in HANDLERS})
assert not _missing, f"VRs without a handler: {_missing}"


def decode_raw(el: pb.Element, vr: str, handler: VrHandler, value: bytes, ctx: Context) -> None:
    """Stored bytes of defined, non-zero length -> the Element's values (its `bytes` too
    when they are not what encoding the values gives back); raises Fallback when
    pydicom must decode them."""
    handler.raw(el, value, ctx.little, ctx.encodings)  # type: ignore[misc]
    if handler.check and handler.encode(el, ctx) != value:
        el.bytes = value


# ------------------------------------------------ the dictionary's VRs


@cache
def dictionary_entry(tag: int) -> tuple[str, VrHandler] | None:
    """(VR, handler) of a public tag whose dictionary VR is a single VR, else None."""
    if tag >> 16 & 1:
        return None
    vr = dictionary_vr(tag)
    handler = HANDLERS.get(vr) if vr is not None else None
    return (vr, handler) if handler is not None else None  # type: ignore[return-value]


@cache
def dictionary_vr_number(tag: int) -> int:
    """The Vr number of a tag's single dictionary VR (0 when it has none)."""
    entry = dictionary_entry(tag)
    return entry[1].number if entry is not None else 0


def element_vr(el: pb.Element) -> str | None:
    """The VR an Element stands for: its own, else the dictionary's (None when the
    dictionary has no single VR for the tag)."""
    number = el.vr
    if number:
        known = BY_NUMBER.get(number)
        return known[0] if known is not None else pb.Vr.Name(number)[3:]
    entry = dictionary_entry(el.tag)
    return entry[0] if entry is not None else None


@cache
def ambiguous_choices(tag: int) -> tuple[str, ...]:
    """The VRs of a tag whose dictionary VR is ambiguous ("US or SS"), else ()."""
    vr = dictionary_vr(tag)
    return tuple(vr.split(" or ")) if vr is not None and " or " in vr else ()


# --------------------------------------------- stored bytes or values


def value_bytes(el: pb.Element, vr: str, handler: VrHandler, ctx: Context) -> bytes:
    """The value of an Element as written (SQ only when its stored bytes hold): its
    stored bytes while they still hold its values, else its values encoded."""
    if vr in BYTES_VRS or el.bulk_data_uri or el.HasField("encapsulated"):
        return bytes_of(el, ctx)
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
    if vr == "SQ":
        from .reader import sequence_from_bytes

        read = sequence_from_bytes(el.tag, el.bytes, ctx)
        if read is not None:
            return _value_key(read) == expected
    elif handler.raw is not None and el.tag not in LUT_DESCRIPTORS:
        probe = pb.Element()
        try:
            handler.raw(probe, el.bytes, ctx.little, ctx.encodings)
        except Exception:  # Fallback, or bytes the raw decoder does not take
            pass
        else:
            if _value_key(probe) == expected:
                return True
    from .generic import decoded_by_pydicom

    probe = decoded_by_pydicom(el, vr, ctx)
    return probe is not None and _value_key(probe) == expected
