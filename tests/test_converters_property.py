"""Property tests: random data sets, written by pydicom in a random encoding, survive
.dcm -> message -> .pb bytes -> .dcm exactly as pydicom reads and writes them."""

from __future__ import annotations

import io
import struct
import warnings
from typing import Any

import pydicom
import pytest
from converter_helpers import assert_same_dataset, converted, pydicom_read, pydicom_write
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
)

from dicomproto.converters import (
    dicom_to_bytes,
    from_proto,
    pack_any,
    to_proto,
    unpack_any,
)

# pydicom warns about the odd values drawn here; odd values are the point.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

# Tags per VR, from the dictionary (so implicit VR encodings know them too).
TAGS: dict[str, list[int]] = {
    "AE": [0x00080055, 0x00080054], "AS": [0x00101010], "AT": [0x00209165, 0x00209167],
    "CS": [0x00080060, 0x00080008, 0x00180015], "DA": [0x00080020, 0x00100030],
    "DS": [0x00101020, 0x00280030, 0x00200032], "DT": [0x0008002A],
    "FD": [0x00081163, 0x00082134], "FL": [0x00089459, 0x00109431],
    "IS": [0x00200013, 0x00081160], "LO": [0x00080070, 0x00100020, 0x00081030],
    "LT": [0x00080108, 0x00204000], "OB": [0x0008041B, 0x00143080], "OD": [0x003A032E],
    "OF": [0x00181638], "OL": [0x00660040], "OV": [0x00720081], "OW": [0x00281201],
    "PN": [0x00100010, 0x00080090, 0x0008009C], "SH": [0x00080050, 0x00080094],
    "SL": [0x00186020], "SS": [0x00189219], "ST": [0x00080081], "SV": [0x00720082],
    "TM": [0x00080030, 0x00080031], "UC": [0x00080119], "UI": [0x00080018, 0x0020000D],
    "UL": [0x00041200, 0x00081161], "UN": [0x0072006D], "UR": [0x0008010E],
    "US": [0x00280010, 0x00280011, 0x00280002], "UT": [0x0008030E], "UV": [0x0008040C],
}  # fmt: skip
SEQUENCES = [0x00081140, 0x00081115, 0x0040A730]
CHARSETS = [None, "ISO_IR 100", "ISO_IR 192"]
SYNTAXES = [
    ImplicitVRLittleEndian,
    ExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    DeflatedExplicitVRLittleEndian,
]
INTS = {
    "US": (0, 2**16 - 1), "SS": (-(2**15), 2**15 - 1), "UL": (0, 2**32 - 1),
    "SL": (-(2**31), 2**31 - 1), "UV": (0, 2**64 - 1), "SV": (-(2**63), 2**63 - 1),
    "AT": (0, 2**32 - 1),
}  # fmt: skip
SIZES = {"OD": 8, "OF": 4, "OL": 4, "OV": 8, "OW": 2, "OB": 1, "UN": 1}
ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
ODD = st.sampled_from(list(" \\^=\x00.+-eE0123456789"))


def texts(alphabet: st.SearchStrategy[str], size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, max_size=size)


def _float32(value: float) -> float:
    return struct.unpack("<f", struct.pack("<f", value))[0]


def value_for(vr: str, charset: str | None) -> st.SearchStrategy[Any]:
    """A pydicom value for an element of `vr` (None: empty)."""
    if charset == "ISO_IR 100":
        wide = st.characters(min_codepoint=0x20, max_codepoint=0xFF)
    elif charset == "ISO_IR 192":
        wide = st.characters(min_codepoint=0x20, max_codepoint=0x2FFF, exclude_categories=["Cs"])
    else:
        wide = ASCII
    if vr in ("LO", "SH", "UC", "PN"):
        one = texts(st.one_of(wide, ODD), 12)
    elif vr in ("LT", "ST", "UT"):
        one = texts(st.one_of(wide, ODD), 40)
    elif vr == "DS":
        number = st.floats(allow_nan=False, allow_infinity=False, width=32)
        one = st.one_of(
            number.map(lambda f: f"{f:.6g}"),
            number.map(lambda f: f"{f:+.3E}"),
            st.integers(-999, 999).map(lambda i: f" {i:04d}"),
        )
    elif vr == "IS":
        integers = st.integers(-(2**31), 2**31 - 1)
        one = st.one_of(integers.map(str), integers.map(lambda i: f"{i:+012d} "))
    elif vr in ("DA", "TM", "DT", "UI", "AS"):
        one = texts(st.sampled_from(list("0123456789.+- ")), 16)
    elif vr in ("AE", "CS", "UR"):
        one = texts(st.one_of(ASCII, ODD), 16)
    elif vr in INTS:
        low, high = INTS[vr]
        one = st.integers(low, high)
    elif vr == "FL":
        one = st.floats(width=32).map(_float32)
    elif vr == "FD":
        one = st.floats()
    else:  # bytes
        return st.one_of(
            st.none(),
            st.binary(max_size=24).map(lambda b: b[: len(b) - len(b) % max(2, SIZES[vr])]),
        )
    if vr in ("LT", "ST", "UT", "UR"):
        return st.one_of(st.none(), one)
    return st.one_of(st.none(), one, st.lists(one, min_size=1, max_size=4))


@st.composite
def data_sets(draw: st.DrawFn, depth: int = 0, charset: str | None = None) -> Dataset:
    ds = Dataset()
    if depth == 0:
        charset = draw(st.sampled_from(CHARSETS))
        if charset:
            ds.SpecificCharacterSet = charset
    size = 1 if depth == 0 else 0  # an empty top-level data set is not a DICOM file
    for vr in draw(st.lists(st.sampled_from(sorted(TAGS)), min_size=size, max_size=8, unique=True)):
        tag = draw(st.sampled_from(TAGS[vr]))
        ds.add_new(tag, vr, draw(value_for(vr, charset)))
    if draw(st.booleans()):  # Pixel Representation, and a "US or SS" it decides
        ds.add_new(0x00280103, "US", draw(st.sampled_from([0, 1])))
    if draw(st.booleans()):
        ds.add_new(0x00280106, draw(st.sampled_from(["US", "SS"])), draw(st.integers(0, 999)))
    if draw(st.booleans()):  # a block of pydicom's private dictionary: its VRs in implicit VR
        ds.add_new(0x00290010, "LO", "SIEMENS CSA HEADER")
        ds.add_new(0x00291008, "CS", draw(value_for("CS", charset)))
        ds.add_new(0x00291009, "LO", draw(value_for("LO", charset)))
    if draw(st.booleans()):  # a private block
        ds.add_new(0x00410010, "LO", "DICOMPROTO TEST")
        ds.add_new(
            0x00411001, "UN", draw(st.binary(max_size=6).map(lambda b: b[: len(b) // 2 * 2]))
        )
    if depth < 2 and draw(st.booleans()):
        items = draw(st.lists(data_sets(depth + 1, charset), max_size=3))
        for item in items:
            item.is_undefined_length_sequence_item = draw(st.booleans())
        tag = draw(st.sampled_from(SEQUENCES))
        ds.add_new(tag, "SQ", Sequence(items))
        ds[tag].is_undefined_length = draw(st.booleans())
    return ds


def encode(ds: Dataset, syntax: str) -> bytes | None:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    meta.MediaStorageSOPInstanceUID = "1.2.3.4"
    meta.TransferSyntaxUID = syntax
    meta.ImplementationClassUID = "1.2.3.4"
    file = FileDataset("", ds, file_meta=meta, preamble=b"\x00" * 128)
    buffer = io.BytesIO()
    try:
        pydicom.dcmwrite(buffer, file, enforce_file_format=True)
    except Exception:
        return None  # a value pydicom cannot write: not our concern
    return buffer.getvalue()


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(data_sets(), st.sampled_from(SYNTAXES))
def test_random_data_sets_round_trip(ds: Dataset, syntax: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = encode(ds, syntax)
        assume(data is not None and pydicom_write(pydicom_read(data)) is not None)
        message = converted(data)
        parsed = unpack_any(pack_any(message))
        written = dicom_to_bytes(from_proto(parsed))
        restored = from_proto(parsed)
        assert_same_dataset(pydicom_read(data), restored)
        assert written == pydicom_write(pydicom_read(data))
        # and the message is a fixed point: converting the restored data set again
        # gives the same message
        assert to_proto(from_proto(parsed)) == message


TYPED_SOP_CLASSES = {
    "1.2.840.10008.5.1.4.1.1.2": "CtImageIod",
    "1.2.840.10008.5.1.4.1.1.481.2": "RtDoseIod",
    "1.2.840.10008.5.1.4.1.1.2.1": "EnhancedCtImageIod",
}


@settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(data_sets(), st.sampled_from(SYNTAXES), st.sampled_from(sorted(TYPED_SOP_CLASSES)))
def test_random_data_sets_round_trip_typed(ds: Dataset, syntax: str, sop_class: str) -> None:
    """The same, by the typed path: the random elements land in module fields, items
    and other_elements, and come back exactly."""
    ds.SOPClassUID = sop_class
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = encode(ds, syntax)
        assume(data is not None and pydicom_write(pydicom_read(data)) is not None)
        message = converted(data)
        assert message.DESCRIPTOR.name == TYPED_SOP_CLASSES[sop_class]
        assert message.sop_common_module.sop_class_uid.value == sop_class
        assert all(el.tag != 0x00080016 for el in message.other_elements)
        parsed = unpack_any(pack_any(message))
        assert parsed == message
        restored = from_proto(parsed)
        assert_same_dataset(pydicom_read(data), restored)
        assert dicom_to_bytes(from_proto(parsed)) == pydicom_write(pydicom_read(data))
        assert to_proto(from_proto(parsed)) == message
