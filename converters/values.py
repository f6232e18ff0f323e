"""Value conversions shared by the typed and generic paths: person names, DS/IS text,
encapsulated pixel data, and one pydicom DataElement <-> generic Element."""

from __future__ import annotations

from typing import Any

from dicomproto.v1 import dataset_pb2
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.encaps import generate_fragments
from pydicom.multival import MultiValue
from pydicom.tag import BaseTag
from pydicom.valuerep import DSfloat

GROUPS = ("alphabetic", "ideographic", "phonetic")
COMPONENTS = ("family_name", "given_name", "middle_name", "name_prefix", "name_suffix")
STRING_VRS = frozenset(
    ["AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "SH", "ST", "TM", "UC", "UI", "UR", "UT"]
)
BYTES_VRS = frozenset(["OB", "OD", "OF", "OL", "OV", "OW", "UN"])
SIGNED_VRS = frozenset({"SS", "SL", "SV"})
UNSIGNED_VRS = frozenset({"US", "UL", "UV"})


class ConversionError(Exception):
    """A value that cannot be converted, naming the element."""


def describe(element: DataElement) -> str:
    keyword = element.keyword or "private/unknown"
    return f"{element.tag} {keyword} ({element.VR})"


# -- person names ---------------------------------------------------------------------


def _trim(parts: list[str]) -> list[str]:
    while parts and not parts[-1]:
        parts.pop()
    return parts


def person_name_to_proto(text: str, message: dataset_pb2.PersonName) -> None:
    """Split "Family^Given^Middle^Prefix^Suffix=...=..." into groups and components."""
    groups = text.split("=")
    ok = len(groups) <= 3
    for group_name, group_text in zip(GROUPS, groups, strict=False):
        components = group_text.split("^")
        ok &= len(components) <= 5
        group = getattr(message, group_name)
        for component_name, component in zip(COMPONENTS, components, strict=False):
            setattr(group, component_name, component)
        if group_text:
            group.SetInParent()
    if not ok or person_name_text(message) != text:
        message.text = text


def person_name_text(message: dataset_pb2.PersonName) -> str:
    """Groups joined with "^" and "=", trailing empty components and groups dropped."""
    groups = []
    for group_name in GROUPS:
        group = getattr(message, group_name)
        groups.append("^".join(_trim([getattr(group, c) for c in COMPONENTS])))
    return "=".join(_trim(groups))


def person_name_from_proto(message: dataset_pb2.PersonName) -> str:
    return message.text or person_name_text(message)


# -- DS and IS ------------------------------------------------------------------------


def number_text(value: Any) -> str:
    """The exact text pydicom read for a DS or IS value."""
    original = getattr(value, "original_string", None)
    return original if original is not None else str(value)


def format_number(vr: str, number: float | int) -> str:
    """Canonical text of a number: integers without a decimal point, else shortest repr."""
    if vr == "IS":
        return str(int(number))
    number = float(number)
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def format_numbers(vr: str, numbers: list[float] | list[int]) -> str:
    return "\\".join(format_number(vr, n) for n in numbers)


# -- encapsulated pixel data ----------------------------------------------------------


def split_encapsulated(data: bytes) -> tuple[bytes, list[bytes]] | None:
    """(Basic Offset Table, fragments) of encapsulated Pixel Data (PS3.5 A.4), or None
    when the bytes are not exactly a run of items (they are then kept raw)."""
    try:
        items = list(generate_fragments(data))
    except ValueError:
        return None
    if not items or join_encapsulated(items[0], items[1:]) != data:
        return None
    return items[0], items[1:]


def join_encapsulated(offsets: bytes, fragments: list[bytes]) -> bytes:
    """Items back to the encapsulated byte stream as pydicom holds it (no delimiter)."""
    out = bytearray()
    for fragment in (offsets, *fragments):
        out += b"\xfe\xff\x00\xe0" + len(fragment).to_bytes(4, "little") + fragment
    return bytes(out)


# -- generic elements -----------------------------------------------------------------


def _items(value: Any) -> list[Any]:
    if value is None or value == "" or value == b"":
        return []
    if isinstance(value, (MultiValue, list, tuple)):
        return list(value)
    return [value]


def element_to_proto(element: DataElement, dataset: Dataset | None = None) -> dataset_pb2.Element:
    """Any data element as a generic Element, losslessly."""
    proto = dataset_pb2.Element(tag=element.tag)
    vr = element.VR
    try:
        proto.vr = dataset_pb2.Vr.Value(f"VR_{vr}")
    except ValueError:
        raise ConversionError(f"{describe(element)}: unknown VR") from None
    proto.undefined_length = bool(element.is_undefined_length)
    value = element.value
    try:
        if vr == "SQ":
            for item in value or ():
                proto.items.append(dataset_to_generic(item))
        elif vr in BYTES_VRS:
            split = (
                split_encapsulated(value)
                if element.tag == 0x7FE00010 and element.is_undefined_length and value
                else None
            )
            if split is not None:
                proto.encapsulated.basic_offset_table = split[0]
                proto.encapsulated.fragments.extend(split[1])
            elif value is not None:
                proto.bytes = bytes(value)
        elif vr in ("DS", "IS"):
            proto.strings.extend(number_text(v) for v in _items(value))
        elif vr in STRING_VRS:
            proto.strings.extend(str(v) for v in _items(value))
        elif vr == "PN":
            for person in _items(value):
                person_name_to_proto(str(person), proto.person_names.add())
        elif vr in SIGNED_VRS:
            proto.signed_integers.extend(_numbers(element, value))
        elif vr in UNSIGNED_VRS:
            proto.unsigned_integers.extend(_numbers(element, value))
        elif vr == "FL":
            proto.floats.extend(_numbers(element, value))
        elif vr == "FD":
            proto.doubles.extend(_numbers(element, value))
        elif vr == "AT":
            proto.tags.extend(int(v) for v in _items(value))
    except (TypeError, ValueError, OverflowError) as error:
        raise ConversionError(f"{describe(element)}: {error}") from None
    return proto


def _numbers(element: DataElement, value: Any) -> list[Any]:
    items = _items(value)
    if any(isinstance(v, (bytes, str)) for v in items):
        raise ConversionError(f"{describe(element)}: value {value!r} is not numeric")
    return items


def number_element(tag: int, vr: str, texts: list[str]) -> DataElement | RawDataElement:
    """A DS or IS element from its exact text. Text that is not a valid number (pydicom
    reads it leniently as a plain string) goes back as a raw element, which pydicom
    decodes the same lenient way."""
    try:
        if vr == "DS":
            return DataElement(tag, vr, _single([DSfloat(t, auto_format=False) for t in texts], ""))
        return DataElement(tag, vr, _single(texts, ""))
    except ValueError:
        raw = "\\".join(texts).encode("ascii", "surrogateescape")
        return RawDataElement(BaseTag(tag), vr, len(raw), raw, 0, False, True)


def element_from_proto(
    proto: dataset_pb2.Element, dataset: Dataset | None = None
) -> DataElement | RawDataElement:
    """A generic Element back to a pydicom DataElement."""
    vr = dataset_pb2.Vr.Name(proto.vr).removeprefix("VR_")
    if vr in ("DS", "IS"):
        return number_element(proto.tag, vr, list(proto.strings))
    value: Any
    if vr == "SQ":
        value = [dataset_from_generic(item) for item in proto.items]
    elif vr in BYTES_VRS:
        if proto.HasField("encapsulated"):
            value = join_encapsulated(
                proto.encapsulated.basic_offset_table, list(proto.encapsulated.fragments)
            )
        else:
            value = proto.bytes or None
    elif vr in STRING_VRS:
        value = _single(list(proto.strings), "")
    elif vr == "PN":
        value = _single([person_name_from_proto(p) for p in proto.person_names], "")
    elif vr in SIGNED_VRS:
        value = _single(list(proto.signed_integers), None)
    elif vr in UNSIGNED_VRS:
        value = _single(list(proto.unsigned_integers), None)
    elif vr == "FL":
        value = _single(list(proto.floats), None)
    elif vr == "FD":
        value = _single(list(proto.doubles), None)
    elif vr == "AT":
        value = _single([BaseTag(t) for t in proto.tags], None)
    else:
        value = None
    element = DataElement(proto.tag, vr, value)
    element.is_undefined_length = proto.undefined_length
    return element


def _single(items: list[Any], empty: Any) -> Any:
    if not items:
        return empty
    return items[0] if len(items) == 1 else items


def dataset_to_generic(dataset: Dataset) -> dataset_pb2.DataSet:
    message = dataset_pb2.DataSet()
    for element in dataset:
        message.elements.append(element_to_proto(element, dataset))
    message.undefined_length = bool(getattr(dataset, "is_undefined_length_sequence_item", False))
    return message


def dataset_from_generic(message: dataset_pb2.DataSet) -> Dataset:
    dataset = Dataset()
    for proto in message.elements:
        dataset.add(element_from_proto(proto, dataset))
    dataset.is_undefined_length_sequence_item = message.undefined_length
    return dataset


# -- file meta ------------------------------------------------------------------------


def file_meta_to_proto(dataset: Dataset, message: dataset_pb2.FileMeta) -> None:
    meta = getattr(dataset, "file_meta", None)
    preamble = getattr(dataset, "preamble", None)
    if meta is None and preamble is None:
        return
    message.SetInParent()
    message.preamble = preamble or b""
    message.part10 = preamble is not None
    for element in meta or ():
        message.elements.append(element_to_proto(element))
    encoding = getattr(dataset, "original_encoding", None) or (None, None)
    message.implicit_vr = bool(encoding[0])
    message.big_endian = encoding[1] is False


def file_meta_from_proto(dataset: Dataset, message: dataset_pb2.FileMeta) -> Dataset:
    """Wrap `dataset` in a FileDataset when the message carries file meta."""
    if not message.ListFields():
        return dataset
    meta = FileMetaDataset()
    for proto in message.elements:
        meta.add(element_from_proto(proto))
    result = FileDataset(
        "",
        dataset,
        preamble=message.preamble or None,
        file_meta=meta,
        is_implicit_VR=message.implicit_vr,
        is_little_endian=not message.big_endian,
    )
    result.set_original_encoding(message.implicit_vr, not message.big_endian, None)
    return result
