"""The incremental Part 10 frame reader (dicomproto.service.frames) and the per-frame
facts (dicomproto.service.pixels), against pydicom's own reading of the corpus."""

from __future__ import annotations

import io
import random
import struct
import warnings
from pathlib import Path

import numpy as np
import pydicom
import pytest
from converter_helpers import corpus_id, corpus_paths
from pydicom.encaps import generate_frames
from service_helpers import corpus_file, element, part10

from dicomproto.converters import ConversionError
from dicomproto.service.frames import FrameReader, Header, LimitError, StoredFrame
from dicomproto.service.pixels import FrameInfo


def read_in_chunks(data: bytes, sizes: list[int], max_header: int = 1 << 30) -> tuple:
    """Feed `data` in chunks of the given sizes (cycled); the header and frames."""
    reader = FrameReader("test.dcm", max_header)
    header, frames, pos, turn = None, [], 0, 0
    while pos < len(data):
        size = sizes[turn % len(sizes)]
        events = list(reader.feed(data[pos : pos + size]))
        pos, turn = pos + size, turn + 1
        for event in events:
            if isinstance(event, Header):
                header = event
            else:
                frames.append(event)
    frames += list(reader.close())
    assert all(isinstance(f, StoredFrame) for f in frames)
    return header, [f.data for f in frames]


def pydicom_frames(ds: pydicom.Dataset) -> list[bytes] | None:
    """The stored frames as pydicom splits them (None for 1-bit native data)."""
    count = int(ds.get("NumberOfFrames", 1) or 1)
    if ds.file_meta.TransferSyntaxUID.is_encapsulated:
        return list(generate_frames(ds.PixelData, number_of_frames=count))
    if ds.BitsAllocated == 1:
        return None
    size = len(ds.PixelData) // count
    return [ds.PixelData[i * size : (i + 1) * size] for i in range(count)]


def image_files() -> list[Path]:
    found = []
    for path in corpus_paths():
        with path.open("rb") as handle:
            handle.seek(128)
            if handle.read(4) != b"DICM":
                continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ds = pydicom.dcmread(path)
                if "PixelData" in ds and ds.get("Rows") and pydicom_frames(ds) is not None:
                    found.append(path)
            except Exception:
                continue
    return found


@pytest.mark.parametrize("path", image_files(), ids=corpus_id)
def test_frames_match_pydicom_for_every_corpus_image(path: Path) -> None:
    data = path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ds = pydicom.dcmread(io.BytesIO(data))
        expected = pydicom_frames(ds)
    assert expected is not None
    sizes = random.Random(path.name).choices([1, 7, 100, 4096, 65536, 1 << 20], k=64)
    try:
        header, frames = read_in_chunks(data, sizes)
    except ConversionError as error:  # only for files that really are cut short
        assert "truncated" in str(error) and "(7FE0,0010)" in str(error), str(error)
        assert len(ds.PixelData) < len(b"".join(expected)) or path.name == "MR_truncated.dcm"
        return
    assert header is not None and header.number_of_frames == len(expected)
    assert len(frames) == len(expected)
    for index, (got, want) in enumerate(zip(frames, expected, strict=True)):
        # native values may carry a pad byte after the last frame; frames never do
        assert got == want[: len(got)], f"frame {index}"


@pytest.mark.parametrize("sizes", [[1], [3, 5000], [1 << 22]])
def test_chunk_boundaries_do_not_matter(sizes: list[int]) -> None:
    data = corpus_file("emri_small.dcm").read_bytes()
    reference = read_in_chunks(data, [len(data)])
    header, frames = read_in_chunks(data, sizes)
    assert frames == reference[1] and len(frames) == 10
    assert header.data == reference[0].data


def test_one_bit_frames_unpack_to_pydicoms_pixels() -> None:
    path = corpus_file("liver.dcm")
    ds = pydicom.dcmread(path)
    assert ds.BitsAllocated == 1 and int(ds.NumberOfFrames) == 3
    _, frames = read_in_chunks(path.read_bytes(), [999])
    pixels = ds.pixel_array
    for index, frame in enumerate(frames):
        bits = np.unpackbits(np.frombuffer(frame, np.uint8), bitorder="little")
        assert np.array_equal(
            bits[: ds.Rows * ds.Columns].reshape(ds.Rows, ds.Columns), pixels[index]
        )


def test_deflated_file_is_inflated_incrementally() -> None:
    path = corpus_file("image_dfl.dcm")
    ds = pydicom.dcmread(path)
    header, frames = read_in_chunks(path.read_bytes(), [777])
    assert header.transfer_syntax_uid == pydicom.uid.DeflatedExplicitVRLittleEndian
    assert frames == [ds.PixelData[: len(frames[0])]]
    assert pydicom.dcmread(io.BytesIO(header.data)).PatientName == ds.PatientName


def test_header_is_the_file_without_its_pixel_data() -> None:
    path = corpus_file("CT_small.dcm")
    header, _ = read_in_chunks(path.read_bytes(), [4096])
    before = pydicom.dcmread(io.BytesIO(header.data))
    original = pydicom.dcmread(path)
    assert "PixelData" not in before
    assert [e.tag for e in before] == [e.tag for e in original if e.tag < 0x7FE00010]


def multiframe(frames: int, rows: int = 4, columns: int = 4, groups: bool = True) -> bytes:
    """A native 8-bit multi-frame whose frame i is filled with byte i, with per-frame
    functional groups (Frame Content Sequence > In-Stack Position Number = i + 1)."""
    body = element(0x00080016, "UI", b"1.2.840.10008.5.1.4.1.1.7\0")
    body += element(0x00280002, "US", struct.pack("<H", 1))
    body += element(0x00280004, "CS", b"MONOCHROME2 ")
    text = str(frames).encode()
    body += element(0x00280008, "IS", text + b" " * (len(text) % 2))
    body += element(0x00280010, "US", struct.pack("<H", rows))
    body += element(0x00280011, "US", struct.pack("<H", columns))
    for tag in (0x00280100, 0x00280101):
        body += element(tag, "US", struct.pack("<H", 8))
    body += element(0x00280102, "US", struct.pack("<H", 7))
    body += element(0x00280103, "US", struct.pack("<H", 0))
    if groups:
        shared = element(0x00289110, "SQ", _item(element(0x00280030, "DS", b"0.5\\0.5 ")))
        body += element(0x52009229, "SQ", _item(shared))
        per_frame = b"".join(
            _item(
                element(
                    0x00209111, "SQ", _item(element(0x00209057, "UL", struct.pack("<L", i + 1)))
                )
            )
            for i in range(frames)
        )
        body += element(0x52009230, "SQ", per_frame)
    pixels = b"".join(bytes([i % 256]) * rows * columns for i in range(frames))
    return part10(body + element(0x7FE00010, "OB", pixels + b"\0" * (len(pixels) % 2)))


def _item(content: bytes) -> bytes:
    return struct.pack("<HHL", 0xFFFE, 0xE000, len(content)) + content


def test_functional_groups_per_frame_merge_shared_and_per_frame_items() -> None:
    header, frames = read_in_chunks(multiframe(5), [50])
    assert [f[0] for f in frames] == [0, 1, 2, 3, 4]
    info = FrameInfo(header, "mf.dcm")
    assert info.native is not None and info.native.shape == (4, 4) and info.native.dtype == "|u1"
    for index in range(5):
        groups = info.functional_groups(index)
        assert groups is not None
        tags = [e.tag for e in groups.elements]
        assert tags == [0x00209111, 0x00289110]  # Frame Content, Pixel Measures, by tag
        content = groups.elements[0].items[0].elements[0]
        assert content.tag == 0x00209057 and list(content.unsigned_integers) == [index + 1]
    array, photometric = info.decode(frames[3])
    assert photometric == "MONOCHROME2" and array.shape == (4, 4) and (array == 3).all()


def test_truncated_pixel_data_names_the_element() -> None:
    data = multiframe(5)[:-30]
    with pytest.raises(ConversionError) as caught:
        read_in_chunks(data, [64])
    text = str(caught.value)
    assert text.startswith("test.dcm: (7FE0,0010) PixelData") and "frame 4 of 5" in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not dicom at all" * 20, "not a DICOM Part 10 file"),
        (b"\0" * 128 + b"DICM" + b"\2\0", "truncated"),
        (part10(element(0x00100010, "PN", b"Doe^John")), "no Pixel Data (7FE0,0010)"),
        (part10(element(0x00100010, "PN", b"Doe^John"))[:-3], "truncated"),
    ],
)
def test_bad_input_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ConversionError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_in_chunks(data, [10])


def test_a_header_over_the_limit_is_refused() -> None:
    with pytest.raises(LimitError, match="over the server's limit of 2000 bytes"):
        read_in_chunks(multiframe(200, groups=True), [100], max_header=2000)
