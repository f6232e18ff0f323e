"""Pixel Data kept out of the message between Part 10 and .pb bytes (converters.detached):
the bytes are exactly those of the whole message, both ways, and the value is never
copied out of the input."""

from __future__ import annotations

import io
import warnings
from collections import Counter
from pathlib import Path

import pydicom
import pytest
from converter_helpers import SITE, corpus_paths

from dicomproto.converters import (
    ConversionError,
    Detached,
    detached_from_dicom,
    files,
    message_from_dicom,
)
from dicomproto.converters.detached import SIZES, split
from dicomproto.v1 import dataset_pb2

CT_SMALL = SITE / "pydicom" / "data" / "test_files" / "CT_small.dcm"
JPEG_LOSSLESS = SITE / "data_store" / "data" / "JPEG-LL.dcm"
DEFLATED = "1.2.840.10008.1.2.1.99"


def _where(detached: Detached) -> tuple[str, str]:
    """Which message holds the element, and how (for the counts below)."""
    path, _, encapsulated, _ = detached._place()
    if isinstance(detached.message, dataset_pb2.DataSet):
        holder = "generic"
    else:
        holder = "typed field" if len(path) == 2 else "other_elements"
    return holder, "encapsulated" if encapsulated else "native"


def _pieces_share(pieces: list[bytes | memoryview], source: bytes, deflated: bool) -> bool:
    """Whether the pieces hold the value as views of `source` itself, not a copy (of a
    deflated file: views of the inflated data set)."""
    views = [p for p in pieces if isinstance(p, memoryview) and (p.obj is source or deflated)]
    return sum(len(view) for view in views) >= SIZES.start


def _deflated(message: dataset_pb2.DataSet) -> bool:
    syntax = [el.strings for el in message.file_meta.elements if el.tag == 0x00020010]
    return bool(syntax) and list(syntax[0]) == [DEFLATED]


def test_the_corpus_gives_the_same_bytes_with_its_pixel_data_detached():
    """Forward: the .pb bytes of a Detached are those of the whole message (typed and
    generic); back: the Part 10 bytes from a .pb read detached are those of the whole
    message. Every kind of place is met: typed field and generic entry, native and
    encapsulated, Pixel Data last or followed by other elements."""
    seen: Counter[tuple[str, str]] = Counter()
    not_last = 0
    for path in corpus_paths():
        data = path.read_bytes()
        for generic in (False, True):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    whole = message_from_dicom(data, str(path), generic=generic)
                except ConversionError:
                    continue
                converted = detached_from_dicom(data, str(path), generic=generic)
            expected_pb = files.pack_any(whole)
            pieces = files.any_pieces(converted)
            assert b"".join(pieces) == expected_pb, path.name
            if isinstance(converted, Detached):
                seen[_where(converted)] += 1
                assert _pieces_share(pieces, data, _deflated(whole)), path.name
                assert converted.whole() == whole, path.name
                if generic and whole.elements[-1].tag != 0x7FE00010:
                    not_last += 1
            back = files.unpack_any_detached(expected_pb, path.name)
            expected_dcm = files.dicom_to_bytes(whole)
            back_pieces = files.dicom_pieces(back)
            assert b"".join(back_pieces) == expected_dcm, path.name
            if isinstance(back, Detached):
                assert back.whole() == whole, path.name
                if not _deflated(whole):  # (a deflated data set is compressed whole)
                    assert _pieces_share(back_pieces, expected_pb, False), path.name
    for kind in ("native", "encapsulated"):
        assert seen["typed field", kind] >= 10, seen
        assert seen["generic", kind] >= 10, seen
    assert not_last >= 3, "Pixel Data followed by Trailing Padding, detached"


def test_pixel_data_the_typed_field_does_not_take_is_detached_from_other_elements():
    """Pixel Data written as UN goes to `other_elements` of the IOD message; it is
    detached from there, both ways, with the same bytes as the whole message."""
    ds = pydicom.dcmread(CT_SMALL)
    ds["PixelData"].VR = "UN"
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    data = buffer.getvalue()
    whole = message_from_dicom(data)
    assert any(el.tag == 0x7FE00010 for el in whole.other_elements)
    converted = detached_from_dicom(data)
    assert isinstance(converted, Detached)
    assert _where(converted) == ("other_elements", "native")
    serialized = b"".join(files.any_pieces(converted))
    assert serialized == files.pack_any(whole)
    back = files.unpack_any_detached(serialized)
    assert isinstance(back, Detached)
    assert b"".join(files.dicom_pieces(back)) == files.dicom_to_bytes(whole)


def test_a_value_below_the_size_is_left_in_the_message():
    ds = pydicom.dcmread(CT_SMALL)
    ds.PixelData = ds.PixelData[: SIZES.start - 2]
    ds.Rows = 1
    ds.Columns = len(ds.PixelData) // 2
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    data = buffer.getvalue()
    assert not isinstance(detached_from_dicom(data), Detached)
    message = message_from_dicom(data)
    assert split(memoryview(message.SerializeToString()), type(message)) is None
    assert not isinstance(files.unpack_any_detached(files.pack_any(message)), Detached)


def test_write_message_and_write_dicom_take_a_detached_message(tmp_path: Path):
    data = JPEG_LOSSLESS.read_bytes()
    converted = detached_from_dicom(data, "JPEG-LL.dcm")
    assert isinstance(converted, Detached)
    files.write_message(tmp_path / "a.pb", converted)
    assert (tmp_path / "a.pb").read_bytes() == files.pack_any(message_from_dicom(data))
    back = files.unpack_any_detached((tmp_path / "a.pb").read_bytes())
    files.write_dicom(tmp_path / "a.dcm", back)
    assert (tmp_path / "a.dcm").read_bytes() == data
    with files.StreamWriter(tmp_path / "a.pbs") as stream:
        stream.write(converted)
    assert list(files.iter_stream(tmp_path / "a.pbs")) == [message_from_dicom(data)]
    with pytest.raises(ConversionError, match="written as it is"):
        files.write_message(tmp_path / "b.pb", converted, bulk_threshold=1024)
    assert not (tmp_path / "b.pb").exists()


def test_a_corrupt_pb_read_detached_fails_as_it_does_whole():
    message = message_from_dicom(CT_SMALL.read_bytes())
    serialized = files.pack_any(message)
    cut = serialized[: len(serialized) - 20_000]  # into the Pixel Data value
    with pytest.raises(ConversionError) as whole:
        files.unpack_any(cut, "cut.pb")
    with pytest.raises(ConversionError) as detached:
        files.unpack_any_detached(cut, "cut.pb")
    assert str(detached.value) == str(whole.value)
    assert "cut.pb" in str(detached.value)


def test_a_pb_that_repeats_pixel_data_is_read_whole():
    """A .pb the protobuf way allows but this project never writes: two Pixel Data
    elements, or the Image Pixel module written twice (merged when parsed, the last
    value winning). Read detached, it gives exactly what reading it whole gives."""
    data = CT_SMALL.read_bytes()
    generic = message_from_dicom(data, generic=True)
    pixel = next(el for el in generic.elements if el.tag == 0x7FE00010)
    generic.elements.add().CopyFrom(pixel)
    twice = files.pack_any(generic)
    assert not isinstance(files.unpack_any_detached(twice), Detached)

    typed = message_from_dicom(data)
    later = type(typed)()
    later.image_pixel_module.pixel_data.CopyFrom(typed.image_pixel_module.pixel_data)
    later.image_pixel_module.pixel_data.ow = bytes(len(typed.image_pixel_module.pixel_data.ow))
    body = typed.SerializeToString() + later.SerializeToString()
    split_twice = b"".join(files._any_parts(typed, body))
    whole = files.unpack_any(split_twice)
    assert whole.image_pixel_module.pixel_data.ow == later.image_pixel_module.pixel_data.ow
    read = files.unpack_any_detached(split_twice)
    assert not isinstance(read, Detached)  # the first value is still in the message
    assert b"".join(files.dicom_pieces(read)) == files.dicom_to_bytes(whole)


def test_an_edit_of_the_pixel_data_after_detaching_wins_both_ways():
    """A value set in the message, or the element removed, after the value was kept
    aside: the message as it is now is written, not the value kept aside."""
    data = CT_SMALL.read_bytes()
    edited = bytes(range(256)) * 128  # 32 KiB, as large as the original
    converted = detached_from_dicom(data)
    assert isinstance(converted, Detached)
    converted.message.image_pixel_module.pixel_data.ow = edited
    parsed = files.unpack_any(b"".join(files.any_pieces(converted)))
    assert parsed.image_pixel_module.pixel_data.ow == edited
    assert parsed == converted.message

    back = files.unpack_any_detached(files.pack_any(message_from_dicom(data)))
    assert isinstance(back, Detached)
    back.message.image_pixel_module.pixel_data.ow = edited
    written = pydicom.dcmread(io.BytesIO(files.dicom_to_bytes(back)))
    assert written.PixelData == edited

    generic = detached_from_dicom(data, generic=True)
    assert isinstance(generic, Detached)
    kept = [el for el in generic.message.elements if el.tag != 0x7FE00010]
    del generic.message.elements[:]
    generic.message.elements.extend(kept)
    parsed = files.unpack_any(b"".join(files.any_pieces(generic)))
    assert not any(el.tag == 0x7FE00010 for el in parsed.elements)
    assert "PixelData" not in pydicom.dcmread(io.BytesIO(files.dicom_to_bytes(generic)))
