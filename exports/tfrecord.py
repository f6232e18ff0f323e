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
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any

import google_crc32c
import numpy as np
from google.protobuf.message import Message
from pydicom.datadict import RepeatersDictionary, mask_match

from dicomproto.converters import lookup
from dicomproto.converters.errors import ConversionError
from dicomproto.converters.storage import atomic_open, is_url
from dicomproto.v1 import dataset_pb2
from dicomproto.v1 import tf_example_pb2 as example_pb2
from dicomproto.v1 import tf_feature_pb2 as feature_pb2

TFRECORD_SUFFIX = ".tfrecord"
LENGTHS = "/lengths"  # values per item of a path inside sequences
ITEMS = "/items"  # items per holding data set of a sequence
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
        if chosen is not None:
            if not chosen:
                raise ValueError("tfrecord option keywords: no keyword given")
            for entry in chosen:
                for step in entry.split("/"):
                    if lookup.tag_of(step.partition("@")[0]) is None:
                        raise ValueError(f"tfrecord option keywords: unknown keyword {step!r}")
        return cls(pixels, chosen)


@cache
def feature_name(tag: int) -> str:
    """The name of an element's feature: its keyword; for a repeating group element
    (60xx, 50xx) the keyword and the group ("OverlayRows@6002"); "" for private and
    unknown tags."""
    if tag >> 16 & 1:
        return ""
    mask = mask_match(tag)
    if mask is None:
        return lookup.keyword_of(tag)
    return f"{RepeatersDictionary[mask][4]}@{tag >> 16:04X}"


def _chosen(path: str, wanted: frozenset[str] | None) -> bool:
    """Whether a feature path is among the chosen keywords: an entry names the path
    itself, a sequence path above it, or (without "/") a keyword anywhere on it."""
    if wanted is None:
        return True
    if path in wanted:
        return True
    steps = path.split("/")
    for index in range(1, len(steps)):
        if "/".join(steps[:index]) in wanted:
            return True
    return any(step in wanted for step in steps)


def _feature_of(el: dataset_pb2.Element, vr: str, feature: Any) -> bool:
    """Fill `feature` with the element's values; False if they are not numbers or text."""
    from dicomproto.converters.generic import person_name_text

    if el.bulk_data_uri or (el.bytes and not _typed_values(el)):
        return False  # only stored bytes: the values did not decode as their VR
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
        if list(el.strings) != [""]:  # one empty value: no value (VM 0)
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


_TYPED = (
    "strings",
    "person_names",
    "floats",
    "doubles",
    "tags",
    "unsigned_integers",
    "signed_integers",
)


def _typed_values(el: dataset_pb2.Element) -> bool:
    """Whether the element has typed values (beside the stored bytes an element keeps
    when the values alone would not write them back, e.g. unusual padding)."""
    return any(len(getattr(el, name)) for name in _TYPED)


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


@dataclass(slots=True)
class _Node:
    """The features of one data set: its leaves by feature name, its sequences by
    name (a node per item)."""

    leaves: dict[str, Any] = field(default_factory=dict)  # name -> feature_pb2.Feature
    sequences: dict[str, list[_Node]] = field(default_factory=dict)


def _node(data: dataset_pb2.DataSet, prefix: str, wanted: frozenset[str] | None) -> _Node:
    """The chosen numeric and text leaves of a data set and of its items."""
    from dicomproto.converters.generic import element_vr

    node = _Node()
    for el in data.elements:
        name = feature_name(el.tag)
        if not name:
            continue
        path = prefix + name
        vr = element_vr(el)
        if vr == "SQ" or el.items:
            items = [_node(item, path + "/", wanted) for item in el.items]
            if _chosen(path, wanted) or any(i.leaves or i.sequences for i in items):
                node.sequences[name] = items
            continue
        if vr is None or not _chosen(path, wanted):
            continue
        feature = feature_pb2.Feature()
        if _feature_of(el, vr, feature):
            node.leaves[name] = feature
    return node


@dataclass(slots=True)
class _Layout:
    """Every feature path of a data set, by the sequence path holding it ("" for the
    top level): leaf names with their kind (the first seen), sequence names."""

    leaves: dict[str, dict[str, str]] = field(default_factory=dict)
    sequences: dict[str, dict[str, None]] = field(default_factory=dict)

    def add(self, node: _Node, at: str) -> None:
        leaves = self.leaves.setdefault(at, {})
        for name, feature in node.leaves.items():
            leaves.setdefault(name, feature.WhichOneof("kind"))
        sequences = self.sequences.setdefault(at, {})
        for name, items in node.sequences.items():
            sequences[name] = None
            for item in items:
                self.add(item, _join(at, name))


def _join(at: str, name: str) -> str:
    return f"{at}/{name}" if at else name


def _emit(node: _Node, at: str, layout: _Layout, features: Any) -> None:
    """Append a data set's values to the features, depth first: a path's values, and
    inside sequences the count of values per item (`/lengths`, 0 where the item lacks
    the path) and of items per holding data set (`/items`)."""
    for name, kind in layout.leaves.get(at, {}).items():
        path = _join(at, name)
        feature = node.leaves.get(name)
        count = 0
        if feature is not None and feature.WhichOneof("kind") == kind:
            values = getattr(feature, kind).value
            getattr(features[path], kind).value.extend(values)
            count = len(values)
        elif path not in features:
            getattr(features[path], kind).SetInParent()
        if at:
            features[path + LENGTHS].int64_list.value.append(count)
    for name in layout.sequences.get(at, {}):
        path = _join(at, name)
        items = node.sequences.get(name, [])
        features[path + ITEMS].int64_list.value.append(len(items))
        for item in items:
            _emit(item, path, layout, features)


def example_of(source: str, message: Message, options: TfRecordOptions) -> example_pb2.Example:
    """The Example record of one converted instance."""
    example = example_pb2.Example()
    features = example.features.feature
    features["source"].bytes_list.value.append(source.encode())
    features["message_type"].bytes_list.value.append(message.DESCRIPTOR.full_name.encode())
    data = _generic(message)
    wanted = frozenset(options.keywords) if options.keywords is not None else None
    root = _node(data, "", wanted)
    layout = _Layout()
    layout.add(root, "")
    _emit(root, "", layout, features)
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

    def check_options(self, options: Mapping[str, object]) -> None:
        """ValueError (one line) for an unknown or bad format option."""
        TfRecordOptions.from_mapping(options)

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
