"""Salvage mode on damaged copies of real files: each converts, comes back byte for byte,
and is marked damaged with where and why. Strict mode still refuses them."""

from __future__ import annotations

import random
import struct
import warnings

import pytest
from converter_helpers import SITE, corpus_paths

from dicomproto.converters import (
    ConversionError,
    damage_of,
    dicom_from_bytes,
    dicom_to_bytes,
    message_from_dicom,
    pack_any,
    to_proto,
    unpack_any,
)
from dicomproto.v1 import dataset_pb2 as pb

FILES = SITE / "pydicom" / "data" / "test_files"
DATA = SITE / "data_store" / "data"
# Real files of several kinds: explicit and implicit VR, big endian, encapsulated,
# sequences, typed (CT) and generic.
SOURCES = [
    FILES / "CT_small.dcm",
    FILES / "MR_small.dcm",
    FILES / "rtplan.dcm",
    FILES / "MR_small_bigendian.dcm",
    FILES / "SC_rgb_rle.dcm",
    DATA / "JPEG-LL.dcm",
]


def _elements(data: bytes) -> list[tuple[int, int, int]]:
    """(tag, header offset, value offset) of the top-level elements of a source, from
    pydicom's own reading (value_tell)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import io

        import pydicom

        ds = pydicom.dcmread(io.BytesIO(data))
    found = []
    for tag, raw in ds._dict.items():
        tell = getattr(raw, "value_tell", None)
        if tell is None:
            continue
        long = raw.is_implicit_VR or raw.VR in {"OB", "OW", "SQ", "UN", "UT", "UC", "UR", "OF"}
        found.append((tag, tell - (8 if raw.is_implicit_VR else 12 if long else 8), tell))
    return sorted(found, key=lambda e: e[1])


def damaged_copies() -> list[tuple[str, bytes]]:
    """Damaged copies of the sources: cut at several places, bytes flipped in element
    headers, garbage appended, lengths made too long and too short."""
    copies: list[tuple[str, bytes]] = []
    rng = random.Random(8)
    for path in SOURCES:
        data = path.read_bytes()
        elements = _elements(data)
        name = path.stem
        for fraction in (0.3, 0.6, 0.95):
            copies.append((f"{name}-cut-{fraction}", data[: int(len(data) * fraction)]))
        copies.append((f"{name}-cut-in-header", data[: elements[len(elements) // 2][1] + 5]))
        for index in (len(elements) // 3, 2 * len(elements) // 3):
            _, header, _ = elements[index]
            flipped = bytearray(data)
            flipped[header + rng.choice([0, 1, 4, 5])] ^= 0xFF  # tag or VR bytes
            copies.append((f"{name}-flipped-{index}", bytes(flipped)))
        copies.append((f"{name}-garbage", data + bytes(rng.randrange(256) for _ in range(77))))
        copies.append((f"{name}-zeros-appended", data + b"\x00" * 6))
        _, header, value = elements[len(elements) // 2]
        little = not name.endswith("bigendian")
        short = value - header == 8 and not _implicit(data, header)
        fmt = ("<" if little else ">") + ("H" if short else "L")
        at = value - (2 if short else 4)
        (length,) = struct.unpack_from(fmt, data, at)
        for label, new in (("long", 0xFFF0 if short else len(data)), ("short", max(0, length - 3))):
            bad = bytearray(data)
            struct.pack_into(fmt, bad, at, new)
            copies.append((f"{name}-length-{label}", bytes(bad)))
    return copies


def _implicit(data: bytes, header: int) -> bool:
    return not (65 <= data[header + 4] <= 90 and 65 <= data[header + 5] <= 90)


COPIES = damaged_copies()


@pytest.mark.parametrize(("name", "data"), COPIES, ids=[name for name, _ in COPIES])
@pytest.mark.parametrize("generic", [True, False], ids=["generic", "typed"])
def test_damaged_copy_converts_and_comes_back_byte_for_byte(
    name: str, data: bytes, generic: bool
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        message = to_proto(dicom_from_bytes(data, name, salvage=True), generic=generic)
        parsed = unpack_any(pack_any(message))
        assert dicom_to_bytes(parsed) == data
    assert parsed.file_meta.part10 or data[128:132] != b"DICM" or parsed.file_meta.unparsed
    lines = damage_of(parsed)
    if "zeros" in name or "garbage" in name or "cut" in name or "length" in name:
        assert lines, f"{name}: not marked damaged"
    for line in lines:
        assert line.startswith("byte ") and line.count(": ") >= 1, line
    if lines:
        first = parsed.file_meta.damage[0]
        assert first.reason and first.offset <= len(data)


def test_damage_names_the_element_and_the_reason() -> None:
    data = (FILES / "CT_small.dcm").read_bytes()
    cut = data[: len(data) - 1000]
    message = to_proto(dicom_from_bytes(cut, "cut", salvage=True))
    assert type(message).__name__ == "CtImageIod"  # the sound part is typed as usual
    assert message.patient_module.patient_name.value.alphabetic.family_name == "CompressedSamples"
    pixels = next(offset for tag, _, offset in _elements(data) if tag == 0x7FE00010)
    length = struct.unpack_from("<L", data, pixels - 4)[0]
    assert damage_of(message) == [
        f"byte {pixels}: (7FE0,0010) PixelData:"
        f" value cut short: {len(cut) - pixels} of {length} bytes (the file ends early)"
    ]
    assert message.file_meta.unparsed == cut[pixels - 12 :]  # the element, header included
    with pytest.raises(ConversionError, match="truncated"):
        to_proto(dicom_from_bytes(cut, "cut"))  # strict stays the default


def test_intact_files_have_no_damage_in_salvage_mode() -> None:
    for path in SOURCES:
        data = path.read_bytes()
        message = to_proto(dicom_from_bytes(data, path.name, salvage=True), generic=True)
        assert damage_of(message) == [] and not message.file_meta.unparsed
        assert message == to_proto(dicom_from_bytes(data, path.name), generic=True)


def _strict_exact(data: bytes) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return dicom_to_bytes(message_from_dicom(data, generic=True)) == data
    except ConversionError:
        return False


def test_salvage_changes_nothing_for_any_file_strict_mode_gives_back() -> None:
    """Every corpus file that strict mode converts and writes back byte for byte gets
    the same message in salvage mode, with no damage recorded."""
    exact = [p for p in corpus_paths() if _strict_exact(p.read_bytes())]
    assert len(exact) > 200, len(exact)
    marked = []
    for path in exact:
        data = path.read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            message = message_from_dicom(data, path.name, generic=True, salvage=True)
        if damage_of(message) or message != message_from_dicom(data, generic=True):
            marked.append(path.name)
    assert marked == []


def test_not_dicom_is_refused_even_in_salvage_mode() -> None:
    with pytest.raises(ConversionError, match="not a DICOM file"):
        dicom_from_bytes(b"just some text, not DICOM at all" * 10, "notes.txt", salvage=True)


def test_damage_of_an_intact_message_is_empty() -> None:
    assert damage_of(pb.DataSet()) == []


def _strict_refuses(data: bytes) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            message = to_proto(dicom_from_bytes(data, "x"), generic=True)
            return dicom_to_bytes(message) != data
    except ConversionError:
        return True


def test_most_damaged_copies_were_refused_or_changed_by_strict_mode() -> None:
    """The set really is damaged: strict mode refuses most of it (or would not give it
    back as it was); salvage mode gives every one back."""
    assert sum(_strict_refuses(data) for _, data in COPIES) > len(COPIES) // 2
