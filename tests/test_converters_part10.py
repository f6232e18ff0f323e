"""The Part 10 writer: command elements written, group lengths back, invalid encapsulation
never written; what it writes parses in an independent parser (dcmtk's dcmdump)."""

from __future__ import annotations

import struct
import subprocess
import warnings
from pathlib import Path

import pytest
from conftest import require_tool
from converter_helpers import SITE, assert_same_dataset, pydicom_read

from dicomproto.converters import (
    ConversionError,
    damage_of,
    dicom_from_bytes,
    dicom_to_bytes,
    from_proto,
    to_proto,
    write_dicom,
)
from dicomproto.v1 import dataset_pb2 as pb

FILES = SITE / "pydicom" / "data" / "test_files"
DATA = SITE / "data_store" / "data"


def _convert(data: bytes, **options: bool) -> pb.DataSet:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return to_proto(dicom_from_bytes(data, "source", **options), generic=True, as_read=True)


def dcmdump(path: Path) -> str:
    """dcmdump's reading of a file; fails the test when dcmtk cannot parse it."""
    tool = require_tool("dcmdump", how="apt-get install dcmtk")
    result = subprocess.run(
        [tool, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "E: " not in result.stderr, result.stderr
    return result.stdout


def test_command_elements_are_written(tmp_path: Path) -> None:
    """A data set holding command elements (0000,eeee) converts and is written back."""
    message = _convert((FILES / "CT_small.dcm").read_bytes())
    commands = [
        pb.Element(tag=0x00000000, unsigned_integers=[0]),
        pb.Element(tag=0x00000002, strings=["1.2.840.10008.5.1.4.1.1.2"]),
        pb.Element(tag=0x00000100, unsigned_integers=[1]),
    ]
    elements = commands + list(message.elements)
    del message.elements[:]
    message.elements.extend(elements)
    target = tmp_path / "commands.dcm"
    write_dicom(target, message)
    data = target.read_bytes()
    back = pydicom_read(data)
    assert back[0x00000002].value == "1.2.840.10008.5.1.4.1.1.2"
    assert back[0x00000100].value == 1
    # the command group length is the length of the group as written
    group = struct.pack("<HH", 0, 2) + b"UI" + struct.pack("<H", 26)
    assert back[0x00000000].value == 8 + 26 + 8 + 2 and group in data
    # what convert accepts, to-dcm writes: the file converts again, the same
    again = _convert(data)
    assert dicom_to_bytes(again) == data
    assert "(0000,0100) US 1" in dcmdump(target)


@pytest.mark.parametrize(
    "name", ["693_J2KI.dcm", "ExplVR_BigEnd.dcm", "OT-PAL-8-face.dcm", "color-pl.dcm"]
)
def test_group_lengths_written_back_and_recomputed_once_edited(name: str, tmp_path: Path) -> None:
    path = DATA / name if (DATA / name).exists() else FILES / name
    data = path.read_bytes()
    message = _convert(data)
    assert any(el.tag & 0xFFFF == 0 for el in message.elements)
    assert dicom_to_bytes(message) == data  # unchanged: as read, wrong values included
    # the group changes: a Series Description of a new length
    kept = [el for el in message.elements if el.tag != 0x0008103E]
    kept.append(pb.Element(tag=0x0008103E, strings=["A description of some length"]))
    del message.elements[:]
    message.elements.extend(sorted(kept, key=lambda el: el.tag))
    target = tmp_path / name
    write_dicom(target, message)
    written = target.read_bytes()
    back = pydicom_read(written)
    if 0x00080000 in back:
        # the recomputed group 0008 length is the bytes of group 0008 as written
        group_length = back.get_item(0x00080000)
        last = back.get_item(max(t for t in back._dict if t >> 16 == 8))
        if hasattr(last, "value_tell"):  # not a sequence pydicom already parsed
            end = last.value_tell + last.length
            assert back[0x00080000].value == end - group_length.value_tell - 4
    assert back.SeriesDescription == "A description of some length"
    dcmdump(target)


def _cut_short_last_item(data: bytes) -> bytes:
    """GDCM's 00191113.dcm kind of damage, made from a real file: the last fragment of
    the encapsulated pixel data is one byte shorter than its item says."""
    delimiter = b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"
    end = data.rindex(delimiter)
    return data[: end - 1] + data[end:]


def test_cut_short_last_item_is_refused_in_strict_mode_and_kept_in_salvage(
    tmp_path: Path,
) -> None:
    source = FILES / "JPEG-lossy.dcm"
    damaged = _cut_short_last_item(source.read_bytes())
    with pytest.raises(ConversionError, match=r"\(7FE0,0010\) PixelData.*item \d+ is cut short"):
        _convert(damaged)
    message = _convert(damaged, salvage=True)
    assert damage_of(message) and "cut short" in damage_of(message)[0]
    assert dicom_to_bytes(message) == damaged  # salvage: the exact bytes
    # strict output of the intact source: valid for an independent parser
    target = tmp_path / "intact.dcm"
    write_dicom(target, _convert(source.read_bytes()))
    assert target.read_bytes() == source.read_bytes()
    dcmdump(target)


def test_odd_fragments_given_by_a_user_are_written_padded(tmp_path: Path) -> None:
    message = _convert((FILES / "JPEG-lossy.dcm").read_bytes())
    pixels = next(el for el in message.elements if el.tag == 0x7FE00010)
    pixels.encapsulated.fragments[-1] += b"\xd9"  # an odd fragment
    target = tmp_path / "odd.dcm"
    write_dicom(target, message)
    back = pydicom_read(target.read_bytes())
    assert len(back.PixelData) % 2 == 0
    dcmdump(target)


@pytest.mark.parametrize(
    "name",
    ["CT_small.dcm", "MR_small_bigendian.dcm", "rtplan.dcm", "SC_rgb_rle.dcm", "image_dfl.dcm"],
)
def test_written_files_parse_in_dcmdump(name: str, tmp_path: Path) -> None:
    data = (FILES / name).read_bytes()
    target = tmp_path / name
    write_dicom(target, _convert(data))
    dcmdump(target)
    assert_same_dataset(pydicom_read(data), from_proto(_convert(target.read_bytes())))
