"""TFRecord output: one file per shard of `tf.train.Example` records, one per instance.

Framing (the TFRecord format): each record is

    uint64 length (little endian) | uint32 masked CRC32C of the length bytes |
    data (length bytes)           | uint32 masked CRC32C of the data

where masked(crc) = ((crc >> 15 | crc << 17) + 0xA282EAD8) mod 2**32, CRC32C from
google-crc32c. The data is a serialized Example (dicomproto.v1.Example, wire-identical
to tf.train.Example). Its features:

    source                  bytes   the input the record came from
    message_type            bytes   e.g. "dicomproto.v1.CtImageIod"
    <Keyword>               top-level attributes, all values (multi-valued kept whole):
                            float_list (DS FL FD), int64_list (IS US UL SS SL SV UV AT),
                            bytes_list (text VRs; PN as its DICOM text)
    pixels                  bytes_list, one entry per frame
    pixels/shape            int64_list (frames, rows, columns, samples per pixel)
    pixels/dtype            bytes, the numpy dtype of a decoded frame ("uint16", little endian)
    pixels/encoding         bytes, "raw" (decoded) or the transfer syntax UID (encapsulated)

Format options: `pixels` = "decoded" (default: pydicom's pixel handlers decode every
frame), "encapsulated" (the frames' compressed bytes as stored; native data as raw
frames) or "none"; `keywords` = a list of keywords (default: every numeric and text
attribute at the top level of the data set).
"""

from __future__ import annotations

import contextlib
import os
import struct
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import google_crc32c
import numpy as np
from google.protobuf.message import Message
from pydicom.datadict import keyword_for_tag

from dicomproto.converters.errors import ConversionError
from dicomproto.converters.storage import atomic_open, is_url
from dicomproto.v1 import dataset_pb2, options_pb2
from dicomproto.v1 import tf_example_pb2 as example_pb2
from dicomproto.v1 import tf_feature_pb2 as feature_pb2

TFRECORD_SUFFIX = ".tfrecord"
_MASK_DELTA = 0xA282EAD8
_LENGTH = struct.Struct("<Q")
_CRC = struct.Struct("<I")
PIXEL_MODES = ("decoded", "encapsulated", "none")
FLOAT_VRS = frozenset({"DS", "FL", "FD"})
INT_VRS = frozenset({"IS", "US", "UL", "SS", "SL", "SV", "UV", "AT"})
TEXT_VRS = frozenset(
    {"AE", "AS", "CS", "DA", "DT", "LO", "LT", "SH", "ST", "TM", "UC", "UI", "UR", "UT", "PN"}
)
__all__ = [
    "TfRecordFormat",
    "TfRecordOptions",
    "TfRecordShardWriter",
    "example_of",
    "frame_records",
    "masked_crc32c",
    "read_tfrecord",
    "write_tfrecord",
]


# ------------------------------------------------------------------- framing


def masked_crc32c(data: bytes) -> int:
    """The TFRecord checksum: CRC32C, rotated right by 15 bits, plus a constant."""
    crc = google_crc32c.value(data)
    return (((crc >> 15) | (crc << 17)) + _MASK_DELTA) & 0xFFFFFFFF


def frame_record(data: bytes) -> bytes:
    """One record as the TFRecord framing writes it."""
    length = _LENGTH.pack(len(data))
    return b"".join(
        (length, _CRC.pack(masked_crc32c(length)), data, _CRC.pack(masked_crc32c(data)))
    )


def frame_records(handle: IO[bytes], name: str = "<file>") -> Iterator[bytes]:
    """The data of each record of a TFRecord file, checksums verified."""
    index = 0
    while True:
        header = handle.read(12)
        if not header:
            return
        if len(header) < 12:
            raise ConversionError(f"record {index}: truncated header", path=name)
        length_bytes = header[:8]
        if _CRC.unpack(header[8:])[0] != masked_crc32c(length_bytes):
            raise ConversionError(f"record {index}: length checksum mismatch", path=name)
        (length,) = _LENGTH.unpack(length_bytes)
        data = handle.read(length)
        footer = handle.read(4)
        if len(data) < length or len(footer) < 4:
            raise ConversionError(f"record {index}: truncated data", path=name)
        if _CRC.unpack(footer)[0] != masked_crc32c(data):
            raise ConversionError(f"record {index}: data checksum mismatch", path=name)
        yield data
        index += 1


def read_tfrecord(path: str | os.PathLike[str]) -> Iterator[example_pb2.Example]:
    """The Example records of a TFRecord file, checksums verified."""
    name = os.fspath(path)
    if is_url(name):
        import fsspec

        opener: Any = fsspec.open(name, "rb")
    else:
        opener = contextlib.nullcontext(None)
    with opener as remote, remote or Path(name).open("rb") as handle:
        for data in frame_records(handle, name):
            yield example_pb2.Example.FromString(data)


# ------------------------------------------------------------------ features


@dataclass(frozen=True, slots=True)
class TfRecordOptions:
    pixels: str = "decoded"
    keywords: tuple[str, ...] | None = None

    @classmethod
    def from_mapping(cls, options: Mapping[str, object]) -> TfRecordOptions:
        """Options from `format_options`; a ValueError names an unknown or bad one."""
        unknown = set(options) - {"pixels", "keywords"}
        if unknown:
            raise ValueError(
                f"unknown tfrecord option {sorted(unknown)[0]!r} (known: keywords, pixels)"
            )
        pixels = str(options.get("pixels", "decoded"))
        if pixels not in PIXEL_MODES:
            raise ValueError(
                f"tfrecord option pixels: one of {', '.join(PIXEL_MODES)}, not {pixels!r}"
            )
        keywords = options.get("keywords")
        if isinstance(keywords, str):
            keywords = [k for k in keywords.replace(",", " ").split() if k]
        chosen = tuple(str(k) for k in keywords) if keywords is not None else None  # type: ignore[union-attr]
        return cls(pixels, chosen)


def _keywords_of(descriptor: Any, found: dict[int, str] | None = None) -> dict[int, str]:
    """tag -> keyword of every attribute field reachable through modules (descriptors'
    options), for the message types whose schema names them."""
    if found is None:
        found = {}
    for fd in descriptor.fields:
        if fd.message_type is None:
            continue
        options = fd.GetOptions()
        if options.HasExtension(options_pb2.attribute):
            attribute = options.Extensions[options_pb2.attribute]
            if not attribute.mask:
                found.setdefault(attribute.tag, attribute.keyword)
        elif options.HasExtension(options_pb2.module):
            _keywords_of(fd.message_type, found)
    return found


_KEYWORDS: dict[str, dict[int, str]] = {}


def _keyword(message: Message, tag: int) -> str:
    name = message.DESCRIPTOR.full_name
    table = _KEYWORDS.get(name)
    if table is None:
        table = _KEYWORDS[name] = _keywords_of(message.DESCRIPTOR)
    return table.get(tag) or (keyword_for_tag(tag) if not tag >> 16 & 1 else "")


def _feature_of(el: dataset_pb2.Element, vr: str, feature: Any) -> bool:
    """Fill `feature` with the element's values; False if they are not numbers or text."""
    from dicomproto.converters.generic import person_name_text

    if el.bytes or el.bulk_data_uri:
        return False  # stored bytes: the values did not decode as their VR
    if vr in FLOAT_VRS:
        if vr == "DS":
            try:
                values = [float(s) for s in el.strings]
            except ValueError:
                return False
        else:
            values = list(el.floats if vr == "FL" else el.doubles)
        feature.float_list.value.extend(values)
    elif vr in INT_VRS:
        if vr == "IS":
            try:
                numbers = [int(s) if s.strip() else None for s in el.strings]
            except ValueError:
                return False
            if None in numbers:
                return False
            values = numbers
        elif vr == "AT":
            values = list(el.tags)
        else:
            values = list(el.unsigned_integers) + list(el.signed_integers)
        if any(not -(2**63) <= v < 2**63 for v in values):
            return False
        feature.int64_list.value.extend(values)
    elif vr == "PN":
        feature.bytes_list.value.extend(person_name_text(p).encode() for p in el.person_names)
    elif vr in TEXT_VRS:
        feature.bytes_list.value.extend(s.encode() for s in el.strings)
    else:
        return False
    if not feature.WhichOneof("kind"):
        if vr in FLOAT_VRS:
            feature.float_list.SetInParent()
        elif vr in INT_VRS:
            feature.int64_list.SetInParent()
        else:
            feature.bytes_list.SetInParent()
    return True


def _generic(message: Message) -> dataset_pb2.DataSet:
    if isinstance(message, dataset_pb2.DataSet):
        return message
    from dicomproto.converters import typed

    return typed.iod_to_generic(message)


def _pixel_features(data: dataset_pb2.DataSet, mode: str, features: Any) -> None:
    from dicomproto.converters import from_proto
    from dicomproto.converters.generic import PIXEL_DATA

    if mode == "none" or not any(el.tag == PIXEL_DATA for el in data.elements):
        return
    ds = from_proto(data)
    meta = getattr(ds, "file_meta", None)
    syntax = str(meta.get("TransferSyntaxUID", "")) if meta is not None else ""
    try:
        frames = int(ds.get("NumberOfFrames") or 1)
        shape = [frames, int(ds.Rows), int(ds.Columns), int(ds.get("SamplesPerPixel") or 1)]
        pixel = ds[PIXEL_DATA]
        if mode == "encapsulated" and pixel.is_undefined_length:
            from pydicom.encaps import generate_frames

            encoded = list(generate_frames(pixel.value, number_of_frames=frames))
            encoding, dtype = syntax, None
        else:
            array = ds.pixel_array
            array = np.ascontiguousarray(array.reshape(shape), dtype=array.dtype.newbyteorder("<"))
            encoded = [frame.tobytes() for frame in array]
            encoding, dtype = "raw", array.dtype.name
    except Exception as exc:  # pydicom's handlers raise many types
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        reason = " ".join(lines) or type(exc).__name__
        raise ConversionError(
            f"(7FE0,0010) PixelData: cannot decode ({syntax or 'no transfer syntax'}): {reason}"
        ) from exc
    features["pixels"].bytes_list.value.extend(encoded)
    features["pixels/shape"].int64_list.value.extend(shape)
    features["pixels/encoding"].bytes_list.value.append(encoding.encode())
    if dtype is not None:
        features["pixels/dtype"].bytes_list.value.append(dtype.encode())


def example_of(source: str, message: Message, options: TfRecordOptions) -> example_pb2.Example:
    """The Example record of one converted instance."""
    example = example_pb2.Example()
    features = example.features.feature
    features["source"].bytes_list.value.append(source.encode())
    features["message_type"].bytes_list.value.append(message.DESCRIPTOR.full_name.encode())
    data = _generic(message)
    wanted = set(options.keywords) if options.keywords is not None else None
    from dicomproto.converters.generic import element_vr

    for el in data.elements:
        keyword = _keyword(message, el.tag)
        if not keyword or (wanted is not None and keyword not in wanted):
            continue
        vr = element_vr(el)
        if vr is None:
            continue
        feature = feature_pb2.Feature()
        if _feature_of(el, vr, feature):
            features[keyword].CopyFrom(feature)
    _pixel_features(data, options.pixels, features)
    return example


# -------------------------------------------------------------------- shards


class TfRecordShardWriter:
    """Writes one shard as one TFRecord file, published on commit."""

    def __init__(self, dest: str, shard: str, options: TfRecordOptions):
        if is_url(dest):
            self.target = f"{dest.rstrip('/')}/{shard}{TFRECORD_SUFFIX}"
        else:
            self.target = os.path.join(dest, shard + TFRECORD_SUFFIX)
        self.options = options
        self._context: Any = None
        self._handle: IO[bytes] | None = None
        self._count = 0

    def write(self, source: str, message: Message) -> int:
        record = frame_record(example_of(source, message, self.options).SerializeToString())
        if self._handle is None:
            self._context = atomic_open(self.target)
            self._handle = self._context.__enter__()
        self._handle.write(record)
        index = self._count
        self._count += 1
        return index

    def commit(self) -> list[str]:
        if self._context is None:
            return []
        context, self._context, self._handle = self._context, None, None
        context.__exit__(None, None, None)
        return [self.target]

    def abort(self) -> None:
        if self._context is not None:
            context, self._context, self._handle = self._context, None, None
            with contextlib.suppress(Exception):
                context.__exit__(RuntimeError, RuntimeError("shard aborted"), None)


class TfRecordFormat:
    """`--format tfrecord` for the batch runner."""

    name = "tfrecord"

    def open_shard(self, dest: str, shard: str, options: Any) -> TfRecordShardWriter:
        return TfRecordShardWriter(
            dest, shard, TfRecordOptions.from_mapping(options.format_options)
        )


def write_tfrecord(
    dest: str | os.PathLike[str],
    messages: Iterable[tuple[str, Message]],
    shard: str = "part-00000",
    **options: object,
) -> list[str]:
    """Write (source, message) pairs as one TFRecord shard under `dest`; the files written."""
    writer = TfRecordShardWriter(os.fspath(dest), shard, TfRecordOptions.from_mapping(options))
    try:
        for source, message in messages:
            writer.write(source, message)
    except BaseException:
        writer.abort()
        raise
    return writer.commit()
