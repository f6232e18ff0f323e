"""Every real file pydicom can read: .dcm -> .pb bytes -> .dcm, strictly lossless."""

from __future__ import annotations

import warnings
from pathlib import Path

import pydicom
import pytest
from converter_helpers import (
    assert_same_dataset,
    corpus_id,
    corpus_paths,
    count,
    encoding_of,
    pydicom_read,
    pydicom_write,
)

from dicomproto.converters import (
    ConversionError,
    dicom_from_bytes,
    dicom_to_bytes,
    from_proto,
    message_from_dicom,
    pack_any,
    to_proto,
    typed,
    typed_message_class,
    unpack_any,
)
from dicomproto.converters.generic import PIXEL_DATA, split_items
from dicomproto.v1 import dataset_pb2

# pydicom reads these (without complaint, or with a warning) although they end
# inside an element; we refuse them.
TRUNCATED = {
    "MR_truncated.dcm": "value truncated",
    "rtplan_truncated.dcm": "value truncated",
    "emri_small_jpeg_2k_lossless_too_short.dcm": "truncated: end of file reached before delimiter",
}


def _readable(path: Path) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pydicom.dcmread(path)
            return True
        except pydicom.errors.InvalidDicomError:
            pass
        try:
            dicom_from_bytes(path.read_bytes(), str(path))  # a bare data set we accept
            return True
        except ConversionError:
            return False


ALL = corpus_paths()
READABLE = [p for p in ALL if _readable(p)]
UNREADABLE = [p for p in ALL if p not in READABLE]


def test_corpus_is_there() -> None:
    assert len(ALL) > 200, "pydicom's test files and pydicom-data should be installed"
    assert len(READABLE) > 200


def _has_iod(path: Path) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds = dicom_from_bytes(path.read_bytes(), str(path))
        except ConversionError:
            return False
    return typed_message_class(ds) is not None


TYPED = [p for p in READABLE if _has_iod(p)]
ROUTES = [pytest.param(p, "generic", id=f"generic-{corpus_id(p)}") for p in READABLE] + [
    pytest.param(p, "typed", id=f"typed-{corpus_id(p)}") for p in TYPED
]


def test_typed_path_covers_the_iods_of_the_schema() -> None:
    names = {typed_message_class(dicom_from_bytes(p.read_bytes(), str(p))).__name__ for p in TYPED}
    assert {"CtImageIod", "RtDoseIod", "EnhancedCtImageIod"} <= names


@pytest.mark.parametrize(("path", "route"), ROUTES)
def test_round_trip(path: Path, route: str) -> None:
    data = path.read_bytes()
    count(f"{route}: readable")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if path.name in TRUNCATED:
            with pytest.raises(ConversionError, match=TRUNCATED[path.name]) as caught:
                to_proto(dicom_from_bytes(data, str(path)))
            assert str(path) in str(caught.value) or caught.value.where
            with pytest.raises(ConversionError) as again:
                message_from_dicom(data, str(path))
            assert str(again.value) == str(caught.value.in_file(str(path)))
            count(f"{route}: rejected as truncated")
            return
        message = to_proto(
            dicom_from_bytes(data, str(path)), generic=route == "generic", as_read=True
        )
        # the Part 10 reader (or its fallback to pydicom) gives the very same message
        assert message_from_dicom(data, str(path), generic=route == "generic") == message
        if route == "typed":
            assert not isinstance(message, dataset_pb2.DataSet)
            generic_message = typed.iod_to_generic(message)
        else:
            assert isinstance(message, dataset_pb2.DataSet)
            generic_message = message
        parsed = unpack_any(pack_any(message))
        assert parsed == message
        restored = from_proto(parsed)
        ours = dicom_to_bytes(parsed)  # what to-dcm writes
        via_dataset = dicom_to_bytes(from_proto(parsed))  # the same from the Dataset,
        wrong = [  # but for the wrong Group Lengths kept as read: a Dataset may have
            el  # been edited, so its Group Lengths are the lengths written
            for el in [*generic_message.file_meta.elements, *generic_message.elements]
            if el.HasField("group_length_as_read")
        ]
        if not wrong:
            assert via_dataset == ours
        else:
            assert len(via_dataset) == len(ours)
            differ = sum(a != b for a, b in zip(via_dataset, ours, strict=True))
            assert 0 < differ <= 4 * len(wrong)
            count("a Dataset's wrong group lengths recomputed")
    expected = pydicom_read(data)
    assert_same_dataset(expected, restored)
    # the written file, read back: every element, group lengths included
    assert_same_dataset(pydicom_read(data), pydicom_read(ours))
    _assert_message_shape(generic_message, pydicom_read(data))
    count(f"{route}: round trip")
    if any(tag & 0xFFFF == 0 for tag in expected._dict):
        count(f"{route}: group lengths written back")

    theirs = pydicom_write(pydicom_read(data))
    if theirs == data:
        count(f"{route}: pydicom write byte-identical")
        assert ours == data, "pydicom writes the file back byte for byte; so must we"
    if ours == data:
        count(f"{route}: our write byte-identical")
    elif ours == theirs:
        count(f"{route}: our write equals pydicom's, not the input")


def _assert_message_shape(message: dataset_pb2.DataSet, ds: pydicom.Dataset) -> None:
    """Facts about the message itself: tags ascending, file meta, encapsulated pixels."""
    tags = [el.tag for el in message.elements]
    assert tags == sorted(set(tags))
    if isinstance(ds, pydicom.FileDataset):
        assert message.HasField("file_meta")
        assert message.file_meta.part10 == (ds.preamble is not None)
        implicit, little = encoding_of(ds)
        assert (message.file_meta.implicit_vr, message.file_meta.big_endian) == (
            implicit,
            not little,
        )
        meta_tags = [el.tag for el in message.file_meta.elements]
        assert meta_tags == sorted(ds.file_meta.keys())
    pixel = ds.get(PIXEL_DATA)
    if pixel is not None and pixel.is_undefined_length:
        el = next(el for el in message.elements if el.tag == PIXEL_DATA)
        items = split_items(pixel.value)
        if items is not None:
            assert el.HasField("encapsulated")
            assert el.encapsulated.basic_offset_table == items[0]
            assert list(el.encapsulated.fragments) == items[1:]
            count("encapsulated pixel data kept as fragments")


@pytest.mark.parametrize("path", UNREADABLE, ids=corpus_id)
def test_not_dicom_is_refused(path: Path) -> None:
    with pytest.raises(ConversionError) as caught:
        dicom_from_bytes(path.read_bytes(), str(path))
    assert str(path) in str(caught.value)
    count("not DICOM, refused")
