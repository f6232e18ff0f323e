"""converters.dicom_json: the DICOM JSON model (PS3.18 Annex F) of messages, equal to
pydicom's `Dataset.to_json_dict` on every corpus file pydicom can encode."""

from __future__ import annotations

import base64
import json
import math
import warnings
from pathlib import Path
from typing import Any

import pytest
from converter_helpers import SITE, corpus_id, corpus_paths, pydicom_read
from pydicom.dataset import Dataset

from dicomproto.converters import (
    ConversionError,
    dicom_from_bytes,
    read_message,
    to_dicom_json,
    to_proto,
    write_message,
)
from dicomproto.converters.files import bulk_resolver
from dicomproto.converters.lookup import BulkData
from dicomproto.v1 import dataset_pb2 as pb

TEST_FILES = SITE / "pydicom" / "data" / "test_files"
# pydicom's to_json_dict raises on these; the reason, and what we give instead.
PYDICOM_CANNOT = {"badVR.dcm": "invalid literal for int() with base 10: '1A'"}


def _normal(document: Any) -> Any:
    """A comparable form: JSON text of it, NaN spelled out (NaN != NaN)."""
    return json.loads(json.dumps(document, sort_keys=True), parse_constant=str)


def _same(ours: Any, theirs: Any) -> bool:
    """Equal as JSON documents (the slow comparison only where NaN makes == fail)."""
    return ours == theirs or _normal(ours) == _normal(theirs)


def _readable() -> list[Path]:
    paths = []
    for path in corpus_paths():
        try:
            to_proto(dicom_from_bytes(path.read_bytes(), str(path)), generic=True)
        except ConversionError:
            continue
        paths.append(path)
    return paths


def _pydicom_json(data: bytes, **options: Any) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pydicom_read(data).to_json_dict(**options)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore")
def test_equal_to_pydicom_on_every_corpus_file_it_can_encode() -> None:
    """Typed and generic messages, values inline and by BulkDataURI."""
    equal: list[str] = []
    cannot: dict[str, str] = {}
    for path in _readable():
        data = path.read_bytes()
        ds = dicom_from_bytes(data, str(path))
        messages = [to_proto(ds), to_proto(ds, generic=True)]
        try:
            inline = _pydicom_json(data)
            by_uri = _pydicom_json(
                data,
                bulk_data_threshold=1024,
                bulk_data_element_handler=lambda e: f"bulk:{e.tag:08X}:{len(e.value)}",
            )
        except Exception as exc:
            cannot[corpus_id(path)] = str(exc)
            continue
        for message in messages:
            assert _same(to_dicom_json(message), inline), corpus_id(path)
        ours = to_dicom_json(
            messages[1],
            # pydicom's threshold counts base64 characters: > (1024 // 4) * 3 bytes
            bulk_data_threshold=(1024 // 4) * 3 + 1,
            bulk_data_uri=lambda a: f"bulk:{a.tag:08X}:{len(a.value)}",
        )
        assert _same(ours, by_uri), corpus_id(path)
        equal.append(corpus_id(path))
    assert cannot == PYDICOM_CANNOT
    assert len(equal) >= 230, len(equal)
    print(f"DICOM JSON equal to pydicom's on {len(equal)} files; pydicom cannot encode {cannot}")


@pytest.mark.filterwarnings("ignore")
def test_what_pydicom_cannot_encode_is_still_given() -> None:
    path = next(p for p in corpus_paths() if p.name == "badVR.dcm")
    document = to_dicom_json(to_proto(dicom_from_bytes(path.read_bytes(), str(path))))
    bad = [e for e in document.values() if e["vr"] == "IS" and "1A" in e.get("Value", [])]
    assert len(bad) == 1  # the text that is not a number stays a string


def test_values_by_vr() -> None:
    from dicomproto.converters.generic import put_person_name

    data = pb.DataSet()
    data.elements.add(tag=0x00080008, strings=["ORIGINAL", "", "AXIAL"])  # CS
    data.elements.add(tag=0x00100020, strings=[""])  # LO, padding only: no Value
    name = data.elements.add(tag=0x00100010)
    put_person_name(name.person_names.add(), "Yamada^Tarou=山田^太郎=やまだ^たろう")
    data.elements.add(tag=0x00200013, strings=["0012"])  # IS
    data.elements.add(tag=0x00281050, strings=["40.50", "", "1e2"])  # DS, an empty item
    data.elements.add(tag=0x00280010, unsigned_integers=[512])  # US
    data.elements.add(tag=0x00209165, tags=[0x00209057])  # AT
    data.elements.add(tag=0x00280106, vr=pb.VR_UNSPECIFIED, bytes=b"\x01\x00")  # US or SS
    data.elements.add(tag=0x00091001, vr=pb.VR_OB, bytes=b"\x00\xff")
    item = data.elements.add(tag=0x00081140, vr=pb.VR_SQ).items.add()
    item.elements.add(tag=0x00081155, strings=["1.2.3"])
    assert to_dicom_json(data) == {
        "00080008": {"vr": "CS", "Value": ["ORIGINAL", "", "AXIAL"]},
        "00081140": {"vr": "SQ", "Value": [{"00081155": {"vr": "UI", "Value": ["1.2.3"]}}]},
        "00091001": {"vr": "OB", "InlineBinary": "AP8="},
        "00100010": {
            "vr": "PN",
            "Value": [
                {
                    "Alphabetic": "Yamada^Tarou",
                    "Ideographic": "山田^太郎",
                    "Phonetic": "やまだ^たろう",
                }
            ],
        },
        "00100020": {"vr": "LO"},
        "00200013": {"vr": "IS", "Value": [12]},
        "00209165": {"vr": "AT", "Value": ["00209057"]},
        "00280010": {"vr": "US", "Value": [512]},
        "00280106": {"vr": "UN", "InlineBinary": "AQA="},
        "00281050": {"vr": "DS", "Value": [40.5, None, 100.0]},
    }


def test_cut_values_say_so_and_are_not_read_as_data() -> None:
    message = to_proto(dicom_from_bytes((TEST_FILES / "CT_small.dcm").read_bytes()))
    document = to_dicom_json(message, cut=32)
    pixels = document["7FE00010"]["InlineBinary"]
    assert pixels["cut"] == "first 32 of 32768 bytes"
    whole = base64.b64decode(to_dicom_json(message)["7FE00010"]["InlineBinary"])
    assert base64.b64decode(pixels["base64"]) == whole[:32]
    with pytest.raises(TypeError):  # a DICOM JSON reader refuses it: never silent data
        Dataset.from_json(document)
    assert "cut" not in json.dumps(to_dicom_json(message))


def test_round_trip_through_pydicom_from_json() -> None:
    """What we write, pydicom reads back to the file's values."""
    path = TEST_FILES / "MR_small.dcm"
    ds = pydicom_read(path.read_bytes())
    back = Dataset.from_json(
        json.dumps(to_dicom_json(to_proto(dicom_from_bytes(path.read_bytes()))))
    )
    for elem in ds:
        other = back[elem.tag]
        assert other.VR == elem.VR
        if isinstance(elem.value, float):
            assert math.isclose(other.value, elem.value)
        else:
            assert other.value == elem.value, elem.keyword


def test_bulk_data_beside_a_pb(tmp_path: Path) -> None:
    source = TEST_FILES / "CT_small.dcm"
    pb_file = tmp_path / "ct.pb"
    generic = to_proto(dicom_from_bytes(source.read_bytes()), generic=True)
    write_message(pb_file, generic, bulk_threshold=20000, as_iod=True)  # split, then typed
    message = read_message(pb_file)
    resolved = to_dicom_json(message, bulk_data=bulk_resolver(pb_file))
    assert _normal(resolved) == _normal(_pydicom_json(source.read_bytes()))
    kept = to_dicom_json(message)  # not read: named by the URI stored in the message
    assert kept["7FE00010"] == {"vr": "OW", "BulkDataURI": "ct.pb.1.bin"}
    seen: list[Any] = []
    to_dicom_json(message, bulk_data_uri=lambda a: seen.append(a.value) or "x")
    assert [v for v in seen if isinstance(v, BulkData)] == [BulkData("ct.pb.1.bin")]
