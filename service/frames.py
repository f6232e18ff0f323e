"""A Part 10 file read incrementally, as it arrives in chunks: the bytes before Pixel
Data (the header) as soon as they are complete, then each frame as soon as its bytes
are in. Memory is bounded by the header and one frame, whatever the file's size.

Native pixel data is split by the frame size the header gives (Rows, Columns,
Samples per Pixel, Bits Allocated; packed 1-bit frames need not start on a byte);
encapsulated pixel data by the Basic Offset Table or the Extended Offset Table, else
(several frames, no offsets) at each fragment that starts a new compressed image,
else one fragment per frame (PS3.5 A.4).
"""

from __future__ import annotations

import itertools
import struct
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from pydicom.dataset import Dataset

from dicomproto.converters import ConversionError, dicom_from_bytes
from dicomproto.converters.errors import describe_tag

PIXEL_DATA = 0x7FE00010
PIXEL_TAGS = (PIXEL_DATA, 0x7FE00008, 0x7FE00009)  # Pixel, Float, Double Float Pixel Data
EXTENDED_OFFSET_TABLE = 0x7FE00001
ITEM, ITEM_END, SEQUENCE_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
UNDEFINED = 0xFFFFFFFF
VRS = frozenset(
    b"AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL"
    b" UN UR US UT UV".split()
)
LONG_VRS = frozenset({b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"UC", b"UN", b"UR", b"UT"})
IMPLICIT_LITTLE = "1.2.840.10008.1.2"
EXPLICIT_BIG = "1.2.840.10008.1.2.2"
DEFLATED = "1.2.840.10008.1.2.1.99"
# How a compressed image starts: JPEG and JPEG-LS (SOI), JPEG 2000 codestream, JP2.
IMAGE_STARTS = (b"\xff\xd8", b"\xff\x4f\xff\x51", b"\x00\x00\x00\x0cjP  ")
MAX_DEPTH = 64


# dicom_from_bytes records warnings with warnings.catch_warnings, which is process-wide
# state: parses in concurrent threads could see each other's warnings. One at a time.
_PARSE_LOCK = threading.Lock()


def parse_dicom(data: bytes, name: str) -> Dataset:
    """dicom_from_bytes, safe to call from the server's threads."""
    with _PARSE_LOCK:
        return dicom_from_bytes(data, name)


class LimitError(Exception):
    """Input over one of the reader's limits."""


@dataclass(frozen=True)
class Header:
    """Everything before the pixel data: the Part 10 bytes (a readable file without
    its pixel data) and the data set pydicom reads from them."""

    data: bytes
    dataset: Dataset
    pixel_tag: int
    encapsulated: bool
    number_of_frames: int
    transfer_syntax_uid: str


@dataclass(frozen=True)
class StoredFrame:
    """One frame as stored: native pixels, or the fragments of a compressed frame joined."""

    index: int
    data: bytes


Event = Header | StoredFrame


class _Buffer:
    """Bytes waiting to be consumed, taken from the front without moving the rest."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._start = 0

    def __len__(self) -> int:
        return len(self._data) - self._start

    def append(self, chunk: bytes | memoryview) -> None:
        if self._start and self._start >= len(self._data) // 2:
            del self._data[: self._start]
            self._start = 0
        self._data += chunk

    def peek(self, size: int) -> bytes:
        return bytes(self._data[self._start : self._start + size])

    def take(self, size: int) -> bytes:
        data = bytes(self._data[self._start : self._start + size])
        self._start += len(data)
        return data

    def skip(self, size: int) -> None:
        self._start += min(size, len(self))


class FrameReader:
    """Feed a Part 10 file chunk by chunk; get the Header, then every StoredFrame."""

    def __init__(self, name: str, max_header: int, slice_size: int = 1 << 20):
        self.name = name
        self.max_header = max_header
        self.slice_size = slice_size
        self.header: Header | None = None
        self.frames_read = 0
        self._head = bytearray()  # header stage: every byte so far (inflated if deflated)
        self._meta_end = 0
        self._pos = 0
        self._retry_at = 132
        self._syntax = ""
        self._implicit = False
        self._little = True
        self._inflater: zlib._Decompress | None = None
        self._pixels = _Buffer()
        self._pixel_reader: _NativeFrames | _EncapsulatedFrames | None = None
        self._done = False

    # ---------------------------------------------------------------- input

    def feed(self, chunk: bytes | memoryview) -> Iterator[Event]:
        """The events the chunk completes, produced one by one (a deflated chunk is
        inflated a slice at a time, so one chunk never fills memory)."""
        if self._done:
            return
        if self._inflater is None:
            yield from self._take(chunk)
            return
        data = self._inflater.decompress(chunk, self.slice_size)
        while True:
            yield from self._take(data)
            if not self._inflater.unconsumed_tail or self._done:
                return
            data = self._inflater.decompress(self._inflater.unconsumed_tail, self.slice_size)

    def close(self) -> Iterator[Event]:
        """The end of the input: the last events, or an error saying what is missing."""
        if self._inflater is not None and not self._done:
            yield from self._take(self._inflater.flush())
        if self.header is None:
            if self._meta_end and self._pos < len(self._head):
                self._retry_at = 0
                yield from self._parse_header()
            if self.header is None:
                self._missing_header()
        if not self._done:
            assert self._pixel_reader is not None
            yield from self._pixel_reader.close()

    def _missing_header(self) -> None:
        if not self._meta_end:
            if len(self._head) < 132 or self._head[128:132] == b"DICM":
                raise self._error("truncated: the file ends inside its file meta information")
            raise self._error("not a DICOM Part 10 file (no 'DICM' prefix at byte 128)")
        if self._pos < len(self._head):
            raise self._error(f"truncated: the file ends inside the element at byte {self._pos}")
        raise self._error("no Pixel Data (7FE0,0010): nothing to stream as frames")

    def _take(self, data: bytes | memoryview) -> Iterator[Event]:
        if self.header is not None:
            if not self._done:
                self._pixels.append(data)
                yield from self._pixel_events()
            return
        if self._inflater is not None:
            self._head += data
        else:
            self._head += data
            if not self._meta_end:
                self._parse_meta()
                if self._inflater is not None:  # the rest of what came is deflated
                    rest = bytes(self._head[self._meta_end :])
                    del self._head[self._meta_end :]
                    yield from self.feed(rest)
                    return
        if self._meta_end:
            yield from self._parse_header()

    # ----------------------------------------------------------- file meta

    def _parse_meta(self) -> None:
        head = self._head
        if len(head) < 132:
            return
        if head[128:132] != b"DICM":
            raise self._error("not a DICOM Part 10 file (no 'DICM' prefix at byte 128)")
        pos, syntax = 132, None
        while True:
            if len(head) < pos + 8:
                return
            group, element = struct.unpack_from("<HH", head, pos)
            if group != 0x0002:
                break
            vr = bytes(head[pos + 4 : pos + 6])
            if vr in LONG_VRS:
                if len(head) < pos + 12:
                    return
                (length,) = struct.unpack_from("<L", head, pos + 8)
                start = pos + 12
            else:
                (length,) = struct.unpack_from("<H", head, pos + 6)
                start = pos + 8
            if length == UNDEFINED:
                raise self._error(
                    "undefined length in the file meta information", (0x00020000 | element, vr)
                )
            if len(head) < start + length:
                return
            if element == 0x0010:
                syntax = (
                    bytes(head[start : start + length]).rstrip(b"\0 ").decode("ascii", "replace")
                )
            pos = start + length
        if syntax is None:
            raise self._error("missing from the file meta information", (0x00020010, b"UI"))
        self._syntax = syntax
        self._implicit = syntax == IMPLICIT_LITTLE
        self._little = syntax != EXPLICIT_BIG
        self._meta_end = self._pos = pos
        if syntax == DEFLATED:
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)

    # -------------------------------------------------------------- data set

    def _parse_header(self) -> Iterator[Event]:
        """Walk the top-level elements to Pixel Data; retried as more bytes arrive
        (geometrically, so a long sequence is not rescanned for every chunk)."""
        head = self._head
        if len(head) < self._retry_at:
            return
        if self._pos == self._meta_end and len(head) >= self._pos + 6:
            self._sense_encoding()
        while True:
            parsed = _element_header(head, self._pos, self._implicit, self._little)
            if parsed is None:
                self._retry_at = self._pos + 12
                break
            tag, vr, length, size = parsed
            if tag in PIXEL_TAGS:
                self._check_header_size(self._pos)
                yield self._start_pixels(tag, vr, length, size)
                yield from self._pixel_events()
                return
            if tag >> 16 == 0xFFFE:
                raise self._error(f"an item tag at the top level (byte {self._pos})", (tag, None))
            if length != UNDEFINED:
                end: int | None = self._pos + size + length
            else:
                implicit = self._implicit or vr == b"UN"
                little = self._little or vr == b"UN"
                end = _skip_items(head, self._pos + size, implicit, little, tag, 0, self)
            if end is None or end > len(head):
                waiting = len(head) - self._pos
                self._retry_at = end if end is not None else len(head) + max(waiting // 2, 1 << 16)
                break
            self._pos = end
        self._check_header_size(len(head))

    def _check_header_size(self, size: int) -> None:
        if size > self.max_header:
            raise LimitError(
                f"{self.name}: the data set before Pixel Data is over the server's limit"
                f" of {self.max_header} bytes"
            )

    def _sense_encoding(self) -> None:
        """Follow the data set's own encoding where it contradicts the transfer syntax,
        as pydicom does: explicit VR if the first element has a VR, else implicit."""
        group = struct.unpack_from("<H" if self._little else ">H", self._head, self._pos)[0]
        if group == 0xFFFE:
            return
        explicit = bytes(self._head[self._pos + 4 : self._pos + 6]) in VRS
        self._implicit = not explicit

    def _start_pixels(self, tag: int, vr: bytes | None, length: int, size: int) -> Header:
        head = self._head
        if self._inflater is not None:
            packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            body = packer.compress(bytes(head[self._meta_end : self._pos])) + packer.flush()
            data = bytes(head[: self._meta_end]) + body
        else:
            data = bytes(head[: self._pos])
        dataset = parse_dicom(data, self.name)
        frames = number_of_frames(dataset, self.name)
        encapsulated = length == UNDEFINED
        self.header = Header(data, dataset, tag, encapsulated, frames, self._syntax)
        rest = bytes(head[self._pos + size :])
        self._head = bytearray()
        if encapsulated:
            offsets = _extended_offsets(dataset)
            self._pixel_reader = _EncapsulatedFrames(self, frames, offsets)
        else:
            bits = frame_bits(dataset, tag, self.name)
            self._pixel_reader = _NativeFrames(self, frames, bits)
            needed = (frames * bits + 7) // 8
            if needed > length:
                raise self._error(
                    f"{frames} frames of {bits // 8} bytes need {needed} bytes,"
                    f" the value has {length}",
                    (tag, vr),
                )
        self._pixels.append(rest)
        return self.header

    def _pixel_events(self) -> Iterator[Event]:
        assert self._pixel_reader is not None
        for frame in self._pixel_reader.frames(self._pixels):
            self.frames_read += 1
            yield frame

    def _error(
        self, reason: str, element: tuple[int, bytes | None] | None = None
    ) -> ConversionError:
        where = []
        if element is not None:
            tag, vr = element
            where = [describe_tag(tag, vr.decode("ascii", "replace") if vr else None)]
        return ConversionError(reason, path=self.name, where=where)


# ------------------------------------------------------------------ elements


def _element_header(
    data: bytearray, pos: int, implicit: bool, little: bool
) -> tuple[int, bytes | None, int, int] | None:
    """(tag, VR or None, value length, header size) of the element at `pos`, or None
    when its header has not arrived yet."""
    if len(data) < pos + 8:
        return None
    order = "<" if little else ">"
    group, element = struct.unpack_from(order + "HH", data, pos)
    tag = group << 16 | element
    if implicit or group == 0xFFFE:
        (length,) = struct.unpack_from(order + "L", data, pos + 4)
        return tag, None, length, 8
    vr = bytes(data[pos + 4 : pos + 6])
    if vr in LONG_VRS:
        if len(data) < pos + 12:
            return None
        (length,) = struct.unpack_from(order + "L", data, pos + 8)
        return tag, vr, length, 12
    (length,) = struct.unpack_from(order + "H", data, pos + 6)
    return tag, vr, length, 8


def _skip_items(
    data: bytearray,
    pos: int,
    implicit: bool,
    little: bool,
    owner: int,
    depth: int,
    reader: FrameReader,
) -> int | None:
    """The end of the undefined-length value starting at `pos` (items up to the
    sequence delimiter), or None when it has not all arrived."""
    if depth > MAX_DEPTH:
        raise reader._error(f"sequences nested over {MAX_DEPTH} deep", (owner, None))
    order = "<" if little else ">"
    while True:
        if len(data) < pos + 8:
            return None
        group, element, length = struct.unpack_from(order + "HHL", data, pos)
        tag = group << 16 | element
        if tag == SEQUENCE_END:
            return pos + 8
        if tag != ITEM:
            reason = f"expected an item or the sequence delimiter, found {describe_tag(tag)}"
            raise reader._error(reason, (owner, None))
        if length != UNDEFINED:
            pos += 8 + length
            continue
        pos += 8
        while True:  # the item's elements, up to the item delimiter
            parsed = _element_header(data, pos, implicit, little)
            if parsed is None:
                return None
            tag, vr, length, size = parsed
            if tag == ITEM_END:
                pos += 8
                break
            if length == UNDEFINED:
                inner_implicit, inner_little = implicit or vr == b"UN", little or vr == b"UN"
                end = _skip_items(
                    data, pos + size, inner_implicit, inner_little, tag, depth + 1, reader
                )
                if end is None:
                    return None
                pos = end
            else:
                pos += size + length
            if pos > len(data):
                return None


# -------------------------------------------------------------------- frames


def number_of_frames(ds: Dataset, name: str) -> int:
    """Number of Frames (0028,0008); 1 when absent."""
    value = ds.get(0x00280008)
    if value is None or value.value in (None, ""):
        return 1
    try:
        frames = int(value.value)
    except (TypeError, ValueError):
        frames = 0
    if frames < 1:
        raise ConversionError(
            f"not a number of frames: {value.value!r}",
            path=name,
            where=[describe_tag(0x00280008, "IS")],
        )
    return frames


def frame_bits(ds: Dataset, pixel_tag: int, name: str) -> int:
    """The size of one native frame in bits (PS3.5 8.1.1)."""
    values = {}
    for tag, keyword in ((0x00280010, "Rows"), (0x00280011, "Columns"), (0x00280100, "Bits")):
        element = ds.get(tag)
        value = element.value if element is not None else None
        if not isinstance(value, int) or value < 1:
            reason = "missing" if value in (None, b"", "") else f"not usable: {value!r}"
            raise ConversionError(
                f"{reason} (needed to split the pixel data into frames)",
                path=name,
                where=[describe_tag(tag, "US")],
            )
        values[keyword] = value
    if pixel_tag != PIXEL_DATA:  # float pixel data: one sample per pixel
        samples, bits = 1, {0x7FE00008: 32, 0x7FE00009: 64}[pixel_tag]
    else:
        samples = int(ds.get("SamplesPerPixel", 1) or 1)
        bits = values["Bits"]
    pixels = values["Rows"] * values["Columns"]
    if str(ds.get("PhotometricInterpretation", "")).strip() == "YBR_FULL_422":
        return pixels * 2 * bits  # two samples per pixel once the chroma is subsampled
    return pixels * samples * bits


def _extended_offsets(ds: Dataset) -> list[int] | None:
    element = ds.get(EXTENDED_OFFSET_TABLE)
    if element is None or not element.value:
        return None
    data = bytes(element.value)
    return list(struct.unpack(f"<{len(data) // 8}Q", data[: len(data) // 8 * 8]))


class _NativeFrames:
    """Frames of native pixel data: `frames` frames of `bits` bits in `length` bytes."""

    def __init__(self, reader: FrameReader, frames: int, bits: int):
        self.reader, self.frames_total, self.bits = reader, frames, bits
        self.index = 0
        self.consumed_bits = 0  # bits taken from the front of the buffer so far

    def frames(self, buffer: _Buffer) -> Iterator[StoredFrame]:
        while self.index < self.frames_total:
            start_bit = self.index * self.bits - self.consumed_bits
            end_bit = start_bit + self.bits
            if len(buffer) < (end_bit + 7) // 8:
                return
            if self.bits % 8 == 0:
                data = buffer.take(self.bits // 8)
                self.consumed_bits += self.bits
            else:
                data = _bit_slice(buffer.peek((end_bit + 7) // 8), start_bit, end_bit)
                buffer.skip(end_bit // 8)
                self.consumed_bits += end_bit // 8 * 8
            yield StoredFrame(self.index, data)
            self.index += 1
        self.reader._done = True

    def close(self) -> Iterator[StoredFrame]:
        if self.index < self.frames_total:
            raise self.reader._error(
                f"truncated: the file ends inside frame {self.index + 1} of {self.frames_total}",
                (self.reader.header.pixel_tag if self.reader.header else PIXEL_DATA, None),
            )
        return iter(())


def _bit_slice(data: bytes, start: int, end: int) -> bytes:
    """Bits [start, end) of packed little-endian-bit-order bytes, repacked from bit 0."""
    bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder="little")[start:end]
    return np.packbits(bits, bitorder="little").tobytes()


class _EncapsulatedFrames:
    """Frames of encapsulated pixel data: the offset table item, then fragments."""

    def __init__(self, reader: FrameReader, frames: int, offsets: list[int] | None):
        self.reader, self.frames_total = reader, frames
        self.offsets = offsets
        self.table_read = False
        self.position = 0  # of the next fragment's item, from the first fragment's
        self.index = 0
        self.parts: list[bytes] = []
        self.by_marker: bool | None = None

    def frames(self, buffer: _Buffer) -> Iterator[StoredFrame]:
        while True:
            if len(buffer) < 8:
                return
            group, element, length = struct.unpack("<HHL", buffer.peek(8))
            tag = group << 16 | element
            if tag == SEQUENCE_END:
                buffer.skip(8)
                yield from self._finish()
                return
            if tag != ITEM or length == UNDEFINED:
                found = describe_tag(tag) if tag != ITEM else "an item of undefined length"
                raise self._error(f"expected a fragment item, found {found}")
            if len(buffer) < 8 + length:
                return
            buffer.skip(8)
            fragment = buffer.take(length)
            if not self.table_read:
                self.table_read = True
                self._use_table(fragment)
                continue
            if self.parts and self._starts_frame(fragment):
                yield self._emit()
            self.parts.append(fragment)
            self.position += 8 + length

    def _use_table(self, table: bytes) -> None:
        if self.offsets is None and table:
            self.offsets = list(struct.unpack(f"<{len(table) // 4}L", table[: len(table) // 4 * 4]))
        offsets = self.offsets
        if offsets is not None and (
            len(offsets) != self.frames_total
            or offsets[0] != 0
            or any(b <= a for a, b in itertools.pairwise(offsets))
        ):
            self.offsets = None  # an unusable table: find the frames as if there were none

    def _starts_frame(self, fragment: bytes) -> bool:
        if self.offsets is not None:
            following = self.index + 1
            return following < len(self.offsets) and self.position >= self.offsets[following]
        if self.frames_total == 1:
            return False
        if self.by_marker is None:  # decided by the first fragment
            self.by_marker = self.parts[0].startswith(IMAGE_STARTS)
        return fragment.startswith(IMAGE_STARTS) if self.by_marker else True

    def _emit(self) -> StoredFrame:
        if self.index >= self.frames_total:
            raise self._error(f"more frames than Number of Frames ({self.frames_total})")
        frame = StoredFrame(self.index, b"".join(self.parts))
        self.parts = []
        self.index += 1
        return frame

    def _finish(self) -> Iterator[StoredFrame]:
        if self.parts:
            yield self._emit()
        self.reader._done = True
        if self.index != self.frames_total:
            raise self._error(
                f"{self.index} frames found, Number of Frames (0028,0008) is {self.frames_total}"
            )

    def close(self) -> Iterator[StoredFrame]:
        raise self._error(
            f"truncated: the file ends inside the encapsulated pixel data after"
            f" {self.index} of {self.frames_total} frames"
        )

    def _error(self, reason: str) -> ConversionError:
        header = self.reader.header
        return self.reader._error(reason, (header.pixel_tag if header else PIXEL_DATA, b"OB"))
