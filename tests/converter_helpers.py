"""Helpers for the converter tests: the real-file corpus and a strict comparison
of two pydicom data sets as pydicom presents them."""

from __future__ import annotations

import io
import math
import struct
import warnings
from pathlib import Path
from typing import Any

import pydicom
from google.protobuf.message import Message
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset, FileDataset
from pydicom.multival import MultiValue
from pydicom.tag import BaseTag
from pydicom.valuerep import PersonName

SITE = Path(pydicom.__file__).resolve().parent.parent
# Outcomes of the corpus tests, printed at the end of the run (see conftest.py).
COUNTS: dict[str, int] = {}


def count(key: str) -> None:
    COUNTS[key] = COUNTS.get(key, 0) + 1


def corpus_paths() -> list[Path]:
    """pydicom's bundled test files and the pydicom-data files (found by globbing:
    pydicom.data.get_testdata_files() may try to download)."""
    bundled = (SITE / "pydicom" / "data" / "test_files").rglob("*")
    extra = (SITE / "data_store" / "data").glob("*.dcm")
    return sorted(p for p in [*bundled, *extra] if p.is_file())


def corpus_id(path: Path) -> str:
    return path.name if path.parent.name != "dicomdirtests" else f"dicomdirtests/{path.name}"


def pydicom_read(data: bytes) -> Dataset:
    """How pydicom itself reads the bytes (bare data sets need force)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pydicom.dcmread(io.BytesIO(data))
        except pydicom.errors.InvalidDicomError:
            return pydicom.dcmread(io.BytesIO(data), force=True)


def pydicom_write(ds: Dataset) -> bytes | None:
    """pydicom's own write of a data set as read (None when pydicom cannot write it)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ds.save_as(buffer, enforce_file_format=False)
        except Exception:
            return None
    return buffer.getvalue()


def converted(data: bytes, name: str = "<bytes>", *, generic: bool = False) -> Message:
    """`to_proto(dicom_from_bytes(data, name), generic, as_read=True)`, checked against
    `message_from_dicom`: the Part 10 reader (or its fallback to pydicom) must give the
    very same message, or raise the very same error."""
    from dicomproto.converters import (
        ConversionError,
        dicom_from_bytes,
        message_from_dicom,
        to_proto,
    )

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            expected = to_proto(dicom_from_bytes(data, name), generic, as_read=True)
        except ConversionError as error:
            try:
                message_from_dicom(data, name, generic=generic)
            except ConversionError as again:
                assert str(again) == str(error.in_file(name)), "the reader refuses differently"
                raise error from None
            raise AssertionError(f"the reader accepts what pydicom refuses: {error}") from None
        assert message_from_dicom(data, name, generic=generic) == expected
    return expected


def _norm(value: Any) -> Any:
    """A comparable form of a pydicom value that keeps its type and exact text."""
    if isinstance(value, MultiValue | list | tuple):
        return ("multi", type(value).__name__ == "MultiValue", [_norm(v) for v in value])
    if isinstance(value, PersonName):
        return ("PN", str(value))
    if isinstance(value, BaseTag):
        return ("tag", int(value))
    if hasattr(value, "original_string"):  # DS, IS, DA, DT, TM: the exact text
        return (type(value).__name__, str(value.original_string))
    if isinstance(value, float):
        return ("float", struct.pack("<d", value) if math.isnan(value) else value)
    return (type(value).__name__, value)


def encoding_of(ds: Dataset) -> tuple[bool | None, bool | None]:
    """How the data set is encoded: its raw elements say so even where pydicom's
    original_encoding follows a transfer syntax the data does not (SC_rgb_jpeg.dcm)."""
    for elem in ds._dict.values():
        if isinstance(elem, RawDataElement):
            return elem.is_implicit_VR, elem.is_little_endian
    return ds.original_encoding


def _charset(ds: Dataset) -> list[str]:
    charset = ds._character_set
    return [charset] if isinstance(charset, str) else list(charset)


def assert_same_dataset(expected: Dataset, actual: Dataset, where: str = "") -> None:
    """Equal element by element, as pydicom presents them: same tags in the same
    order, VRs, values (exact DS/IS text, value types), undefined-length flags of
    elements and items, and for files: preamble, file meta and encoding."""
    if isinstance(expected, FileDataset):
        assert isinstance(actual, FileDataset), f"{where}: not a FileDataset"
        assert expected.preamble == actual.preamble, f"{where}: preamble differs"
        assert encoding_of(expected) == encoding_of(actual), f"{where}: encoding"
        _assert_elements(expected.file_meta, actual.file_meta, f"{where}file meta: ")
    _assert_elements(expected, actual, where)


def _assert_elements(expected: Dataset, actual: Dataset, where: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tags = [e.tag for e in expected]
        got = [e.tag for e in actual]
        assert tags == got, (
            f"{where}tags differ: missing {sorted(set(tags) - set(got))},"
            f" extra {sorted(set(got) - set(tags))}"
        )
        assert _charset(expected) == _charset(actual), f"{where}character set"
        for a in expected:
            b = actual[a.tag]
            at = f"{where}{a.tag} {a.keyword or 'private'}"
            assert a.VR == b.VR, f"{at}: VR {a.VR} != {b.VR}"
            assert a.is_undefined_length == b.is_undefined_length, f"{at}: undefined length"
            if a.VR == "SQ":
                assert len(a.value) == len(b.value), f"{at}: item count"
                for index, (x, y) in enumerate(zip(a.value, b.value, strict=True)):
                    flag = x.is_undefined_length_sequence_item
                    assert flag == y.is_undefined_length_sequence_item, (
                        f"{at}[{index}]: item length"
                    )
                    _assert_elements(x, y, f"{at}[{index}] > ")
            else:
                assert _norm(a.value) == _norm(b.value), f"{at}: {a.value!r} != {b.value!r}"
