"""What a frame is, beside its bytes: the functional groups that apply to it, the
dtype and shape of native pixels, and decoded pixels through pydicom's handlers."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.pixels import get_decoder

from dicomproto.converters import ConversionError, dataset_to_proto
from dicomproto.converters.errors import describe_tag
from dicomproto.v1 import dataset_pb2

from .frames import PIXEL_DATA, Header

SHARED_GROUPS = 0x52009229
PER_FRAME_GROUPS = 0x52009230
# The Image Pixel module elements a decoder needs (PS3.3 C.7.6.3), and Float Pixel
# Data's companions.
IMAGE_PIXEL_TAGS = (
    0x00280002,  # Samples per Pixel
    0x00280004,  # Photometric Interpretation
    0x00280006,  # Planar Configuration
    0x00280010,  # Rows
    0x00280011,  # Columns
    0x00280100,  # Bits Allocated
    0x00280101,  # Bits Stored
    0x00280102,  # High Bit
    0x00280103,  # Pixel Representation
)


class DecodeError(Exception):
    """A frame that the installed pixel data handlers cannot decode."""


@dataclass(frozen=True)
class NativeLayout:
    """dtype and shape of a stored native frame (None where they do not apply)."""

    dtype: str
    shape: tuple[int, ...]


class FrameInfo:
    """The per-frame facts of one image, worked out once from its header."""

    def __init__(self, header: Header, name: str):
        self.header = header
        self.name = name
        ds = header.dataset
        self._shared = _item_elements(ds, SHARED_GROUPS, 0)
        groups = ds.get(PER_FRAME_GROUPS)
        self._per_frame = groups.value if groups is not None and groups.VR == "SQ" else None
        self.native = None if header.encapsulated else _native_layout(ds, header)
        self._decode_base = _decode_dataset(ds, header)

    def functional_groups(self, index: int) -> dataset_pb2.DataSet | None:
        """Shared and per-frame functional groups of frame `index`, merged by tag."""
        per_frame: list[dataset_pb2.Element] = []
        if self._per_frame is not None and index < len(self._per_frame):
            per_frame = list(dataset_to_proto(self._per_frame[index]).elements)
        if not per_frame and not self._shared:
            return None
        elements = sorted([*self._shared, *per_frame], key=lambda e: e.tag)
        return dataset_pb2.DataSet(elements=elements)

    def decode(self, data: bytes) -> tuple[np.ndarray, str]:
        """The frame's pixels as an array, and their photometric interpretation."""
        ds = Dataset()
        ds.update(self._decode_base)
        ds.file_meta = self._decode_base.file_meta
        encapsulated = self.header.encapsulated
        value = encapsulate([data]) if encapsulated else data
        ds.add_new(self.header.pixel_tag, "OB" if encapsulated else "OW", value)
        if encapsulated:
            ds[self.header.pixel_tag].is_undefined_length = True
        syntax = self.header.transfer_syntax_uid
        try:
            decoder = get_decoder(syntax)
        except NotImplementedError as exc:
            raise DecodeError(f"no pixel data decoder for transfer syntax {syntax}") from exc
        if not decoder.is_available:
            raise DecodeError(
                f"no pixel data handler for transfer syntax {syntax} is installed on the"
                " server (pydicom's plugins: pylibjpeg, pillow, ...)"
            )
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                array, meta = decoder.as_array(ds, index=0)
        except Exception as exc:  # the handlers raise many kinds for damaged data
            text = str(exc).strip().splitlines()
            raise DecodeError(
                f"{describe_tag(self.header.pixel_tag)}: cannot decode:"
                f" {text[0] if text else type(exc).__name__}"
            ) from exc
        if array.dtype.byteorder == ">":
            array = array.astype(array.dtype.newbyteorder("<"))
        photometric = str(meta.get("photometric_interpretation", ""))
        return np.ascontiguousarray(array), photometric


def _item_elements(ds: Dataset, tag: int, index: int) -> list[dataset_pb2.Element]:
    element = ds.get(tag)
    if element is None or element.VR != "SQ" or len(element.value) <= index:
        return []
    return list(dataset_to_proto(element.value[index]).elements)


def _native_layout(ds: Dataset, header: Header) -> NativeLayout | None:
    """dtype and shape of stored native frames; None for packed bits and for chroma
    subsampled YBR_FULL_422, which are not arrays as stored."""
    rows, columns = int(ds.Rows), int(ds.Columns)
    order = ">" if header.transfer_syntax_uid == "1.2.840.10008.1.2.2" else "<"
    if header.pixel_tag != PIXEL_DATA:
        kind, size, samples = "f", 4 if header.pixel_tag == 0x7FE00008 else 8, 1
    else:
        bits = int(ds.BitsAllocated)
        if bits % 8 or str(ds.get("PhotometricInterpretation", "")).strip() == "YBR_FULL_422":
            return None
        kind = "i" if int(ds.get("PixelRepresentation", 0) or 0) == 1 else "u"
        size, samples = bits // 8, int(ds.get("SamplesPerPixel", 1) or 1)
    dtype = np.dtype(f"{order}{kind}{size}").str
    if samples == 1:
        return NativeLayout(dtype, (rows, columns))
    if int(ds.get("PlanarConfiguration", 0) or 0) == 1:
        return NativeLayout(dtype, (samples, rows, columns))
    return NativeLayout(dtype, (rows, columns, samples))


def _decode_dataset(ds: Dataset, header: Header) -> Dataset:
    """A one-frame data set with the image's pixel description, for the decoders."""
    base = Dataset()
    for tag in IMAGE_PIXEL_TAGS:
        if tag in ds:
            base.add(ds[tag])
    base.NumberOfFrames = 1
    base.file_meta = FileMetaDataset()
    base.file_meta.TransferSyntaxUID = header.transfer_syntax_uid
    return base


def check_decodable(info: FrameInfo) -> None:
    """Refuse early, before any frame, what no installed handler decodes."""
    syntax = info.header.transfer_syntax_uid
    try:
        decoder = get_decoder(syntax)
    except NotImplementedError:
        raise DecodeError(f"no pixel data decoder for transfer syntax {syntax}") from None
    if not decoder.is_available:
        raise DecodeError(
            f"no pixel data handler for transfer syntax {syntax} is installed on the server"
        )


__all__ = ["ConversionError", "DecodeError", "FrameInfo", "check_decodable"]
