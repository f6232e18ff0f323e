"""TFRecord output: read back by TensorFlow's own reader and by a reader written here
from the format's description; pixel arrays equal pydicom's, checksums verified."""

from __future__ import annotations

import contextlib
import hashlib
import json
import struct
import subprocess
import warnings
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import google_crc32c
import numpy as np
import pydicom
import pytest
from conftest import require_tool
from converter_helpers import pydicom_read
from exports_helpers import corpus_messages, files_under

from dicomproto.batch.formats import output_format
from dicomproto.batch.options import ConvertOptions
from dicomproto.converters import ConversionError
from dicomproto.exports.tfrecord import (
    TfRecordFormat,
    TfRecordOptions,
    example_of,
    masked_crc32c,
    read_tfrecord,
    write_tfrecord,
)
from dicomproto.v1 import tf_example_pb2

NESTED = "PerFrameFunctionalGroupsSequence/PlanePositionSequence/ImagePositionPatient"

ROOT = Path(__file__).resolve().parent.parent
TF_PYTHON = ROOT / "build" / "tf-venv" / "bin" / "python"

# Runs in the TensorFlow environment: TensorFlow's TFRecordDataset (which verifies
# both checksums of every record), its tf.train.Example, parse_single_example and
# decode_raw; dicomproto's generated Example copy loaded in the same process.
TF_SCRIPT = r"""
import hashlib, json, sys
sys.path.insert(0, sys.argv[2])
import tensorflow as tf
from dicomproto.v1 import tf_example_pb2  # beside tensorflow.Example: no clash
records = []
for raw in tf.data.TFRecordDataset(sys.argv[1]):
    data = raw.numpy()
    example = tf.train.Example.FromString(data)
    ours = tf_example_pb2.Example.FromString(data)
    assert ours.SerializeToString(deterministic=True) == tf_example_pb2.Example.FromString(
        example.SerializeToString(deterministic=True)).SerializeToString(deterministic=True)
    feature = example.features.feature
    record = {"source": feature["source"].bytes_list.value[0].decode(), "keys": sorted(feature)}
    if "pixels/dtype" in feature:
        parsed = tf.io.parse_single_example(raw, {
            "pixels": tf.io.VarLenFeature(tf.string),
            "pixels/shape": tf.io.FixedLenFeature([4], tf.int64),
            "pixels/dtype": tf.io.FixedLenFeature([], tf.string),
        })
        dtype = parsed["pixels/dtype"].numpy().decode()
        # decode_raw has no unsigned 32/64-bit types: the signed ones, reinterpreted
        signed = {"uint32": "int32", "uint64": "int64"}.get(dtype, dtype)
        frames = tf.io.decode_raw(tf.sparse.to_dense(parsed["pixels"]), getattr(tf, signed))
        if signed != dtype:
            frames = tf.bitcast(frames, getattr(tf, dtype))
        array = tf.reshape(frames, parsed["pixels/shape"]).numpy()
        record.update(dtype=dtype, shape=list(array.shape),
                      sha256=hashlib.sha256(array.tobytes()).hexdigest())
    for keyword in ("KVP", "Rows", "ImageType", "PatientName"):
        if keyword in feature:
            kind = feature[keyword].WhichOneof("kind")
            values = list(getattr(feature[keyword], kind).value)
            record[keyword] = [v.decode() if isinstance(v, bytes) else v for v in values]
    nested = sys.argv[3]
    if nested in feature:  # per frame, per item, the values: a ragged tensor
        sequence = nested.rpartition("/")[0]
        spec = tf.io.RaggedFeature(tf.float32, value_key=nested, partitions=[
            tf.io.RaggedFeature.RowLengths(sequence + "/items"),
            tf.io.RaggedFeature.RowLengths(nested + "/lengths"),
        ])
        ragged = tf.io.parse_single_example(raw, {"nested": spec})["nested"]
        record["nested"] = ragged.to_list()
    records.append(record)
print(json.dumps(records))
"""

TF_CORRUPT_SCRIPT = r"""
import sys
import tensorflow as tf
try:
    for _ in tf.data.TFRecordDataset(sys.argv[1]):
        pass
    print("read")
except tf.errors.DataLossError as exc:
    print("DataLossError", str(exc).splitlines()[0])
"""


@cache
def _pydicom_pixels(source: str) -> np.ndarray | str | None:
    """pydicom's pixel_array as (frames, rows, columns, samples), little endian; None
    for a file without pixel data; the reason when pydicom cannot decode it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ds = pydicom_read(Path(source).read_bytes())
        if not any(k in ds for k in ("PixelData", "FloatPixelData", "DoubleFloatPixelData")):
            return None
        try:
            array = ds.pixel_array
            shape = (int(ds.get("NumberOfFrames") or 1), ds.Rows, ds.Columns, ds.SamplesPerPixel)
        except Exception as exc:
            return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return np.ascontiguousarray(array.reshape(shape), dtype=array.dtype.newbyteorder("<"))


def _decodable() -> list[tuple[str, Any]]:
    """Corpus messages whose pixel data pydicom decodes here (or that have none)."""
    return [(s, m) for s, m in corpus_messages() if not isinstance(_pydicom_pixels(s), str)]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, Any]]]:
    """Every corpus file pydicom decodes, as one shard: writing fails if any one of
    them does not decode here."""
    dest = tmp_path_factory.mktemp("tfrecord")
    items = _decodable()
    writer = output_format("tfrecord").open_shard(str(dest), "part-00000", ConvertOptions())
    for index, (source, message) in enumerate(items):
        assert writer.write(source, message) == index
    assert writer.commit() == [str(dest / "part-00000.tfrecord")]
    return dest / "part-00000.tfrecord", items


def _pixels(source: str) -> np.ndarray:
    array = _pydicom_pixels(source)
    assert isinstance(array, np.ndarray), array
    return array


def spec_records(data: bytes) -> list[bytes]:
    """TFRecord framing read from its description: uint64 length, uint32 masked
    CRC32C of the length, the data, uint32 masked CRC32C of the data (little endian);
    masked = ((crc >> 15) | (crc << 17)) + 0xA282EAD8, modulo 2**32."""

    def masked(chunk: bytes) -> int:
        crc = google_crc32c.value(chunk)
        return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF

    out, pos = [], 0
    while pos < len(data):
        (length,) = struct.unpack_from("<Q", data, pos)
        (length_crc,) = struct.unpack_from("<I", data, pos + 8)
        assert length_crc == masked(data[pos : pos + 8]), f"length CRC of record {len(out)}"
        body = data[pos + 12 : pos + 12 + length]
        (data_crc,) = struct.unpack_from("<I", data, pos + 12 + length)
        assert data_crc == masked(body), f"data CRC of record {len(out)}"
        out.append(body)
        pos += 16 + length
    assert pos == len(data)
    return out


def test_format_is_registered() -> None:
    assert isinstance(output_format("tfrecord"), TfRecordFormat)


def test_masked_crc_of_the_format() -> None:
    # CRC32C("123456789") is 0xE3069283 (the check value of the Castagnoli CRC).
    assert google_crc32c.value(b"123456789") == 0xE3069283
    crc = 0xE3069283
    assert masked_crc32c(b"123456789") == ((((crc >> 15) | (crc << 17)) + 0xA282EAD8) % 2**32)


def test_spec_reader_reads_every_record(records: tuple[Path, list[tuple[str, Any]]]) -> None:
    path, items = records
    bodies = spec_records(path.read_bytes())
    assert len(bodies) == len(items) >= 150
    for body, (source, message), ours in zip(bodies, items, read_tfrecord(path), strict=True):
        example = tf_example_pb2.Example.FromString(body)
        assert example == ours
        feature = example.features.feature
        assert feature["source"].bytes_list.value == [source.encode()]
        assert feature["message_type"].bytes_list.value == [message.DESCRIPTOR.full_name.encode()]


_FLOATS, _INTS = {"DS", "FL", "FD"}, {"IS", "US", "UL", "SS", "SL", "SV", "UV", "AT"}
_TEXT = {"AE", "AS", "CS", "DA", "DT", "LO", "LT", "SH", "ST", "TM", "UC", "UI", "UR", "UT"}


def _name(elem: pydicom.DataElement) -> str:
    """The feature name of an element as pydicom names it: its keyword, with the group
    for repeating group elements (pydicom's dictionary has their keyword, though
    `DataElement.keyword` is empty for them)."""
    keyword = pydicom.datadict.keyword_for_tag(elem.tag)
    if not keyword or elem.tag.is_private:
        return ""
    if pydicom.datadict.tag_for_keyword(keyword) != elem.tag:
        return f"{keyword}@{elem.tag.group:04X}"
    return keyword


def _values(elem: pydicom.DataElement) -> list[Any] | None:
    """pydicom's values of a numeric or text element (None: not a feature)."""
    vr = elem.VR.split(" or ")[0]
    raw = elem.value
    values = list(raw) if isinstance(raw, list | pydicom.multival.MultiValue) else [raw]
    values = [v for v in values if v is not None] if vr not in _FLOATS | _INTS else values
    if raw in (None, "") or values == [""]:
        values = []
    try:
        if vr in _FLOATS:
            return [float(np.float32(float(v))) for v in values]
        if vr in _INTS:
            return [int(v) for v in values]
    except (TypeError, ValueError):
        return None
    if vr == "PN":
        return [str(v) for v in values]
    if vr in _TEXT:
        return [str(v) for v in values]
    return None


@contextlib.contextmanager
def _un_as_stored() -> Iterator[None]:
    """pydicom reading UN elements as UN (by default it reads them with the
    dictionary's VR): their values are not features, as they are not in the export."""
    config = pydicom.config
    saved = config.replace_un_with_known_vr, config.settings.infer_sq_for_un_vr
    config.replace_un_with_known_vr = config.settings.infer_sq_for_un_vr = False
    try:
        yield
    finally:
        config.replace_un_with_known_vr, config.settings.infer_sq_for_un_vr = saved


def pydicom_features(ds: pydicom.Dataset) -> dict[str, list[Any]]:
    """The features of a data set read from pydicom: values by path, and inside
    sequences `/lengths` (values per item, in depth-first item order, 0 where an item
    lacks the path) and `/items` (items per data set holding the sequence)."""
    values: dict[str, list[Any]] = defaultdict(list)
    visits: dict[str, list[dict[str, int]]] = defaultdict(list)  # sequence -> items seen
    sequences: dict[str, list[dict[str, int]]] = defaultdict(list)

    def walk(data: pydicom.Dataset, at: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for elem in data:
            name = _name(elem)
            if not name:
                continue
            path = f"{at}/{name}" if at else name
            if elem.VR == "SQ":
                counts[name] = len(elem.value)
                for item in elem.value:
                    visits[path].append(walk(item, path))
                continue
            found = _values(elem)
            if found is not None:
                values[path].extend(found)
                counts[name] = len(found)
        return counts

    with warnings.catch_warnings(), _un_as_stored():
        warnings.simplefilter("ignore")
        top = walk(ds, "")
    sequences[""] = [top]
    out = dict(values)
    leaf_paths = set(values)
    for path in [*visits, *(k for k, v in top.items() if k not in leaf_paths)]:
        if path in leaf_paths:
            continue
        holder, _, name = path.rpartition("/")
        seen = visits[holder] if holder else [top]
        out[f"{path}/items"] = [visit.get(name, 0) for visit in seen]
    for path in leaf_paths:
        holder, _, name = path.rpartition("/")
        if holder:
            out[f"{path}/lengths"] = [visit.get(name, 0) for visit in visits[holder]]
    return out


def _ours(example: tf_example_pb2.Example) -> dict[str, list[Any]]:
    out = {}
    for key, feature in example.features.feature.items():
        if key in ("source", "message_type") or key.startswith("pixels"):
            continue
        kind = feature.WhichOneof("kind")
        found = list(getattr(feature, kind).value) if kind else []
        out[key] = [v.decode() if isinstance(v, bytes) else v for v in found]
    return out


def test_features_are_every_number_and_text_leaf_equal_to_pydicom(
    records: tuple[Path, list[tuple[str, Any]]],
) -> None:
    """Every feature of every record, top level and inside sequences (values, values
    per item, items per data set), equals the same reading done with pydicom."""
    path, items = records
    nested = compared = 0
    for example, (source, _) in zip(read_tfrecord(path), items, strict=True):
        expected = pydicom_features(pydicom_read(Path(source).read_bytes()))
        ours = _ours(example)
        assert ours.keys() == expected.keys(), (source, set(ours) ^ set(expected))
        for key, values in expected.items():
            assert ours[key] == values, (source, key)
        compared += len(expected)
        nested += sum("/" in key for key in expected)
    assert compared > 10_000 and nested > 2_000, (compared, nested)


def test_sequence_leaves_keep_item_boundaries() -> None:
    ct = next(m for s, m in corpus_messages() if s.endswith("CT_small.dcm"))
    rt = next(m for s, m in corpus_messages() if s.endswith("rtdose.dcm"))
    feature = example_of("ct", ct, TfRecordOptions(pixels="none")).features.feature
    assert list(feature["OtherPatientIDsSequence/items"].int64_list.value) == [2]
    assert [v.decode() for v in feature["OtherPatientIDsSequence/PatientID"].bytes_list.value] == [
        "ABCD1234",
        "1234ABCD",
    ]
    assert list(feature["OtherPatientIDsSequence/PatientID/lengths"].int64_list.value) == [1, 1]
    feature = example_of("rt", rt, TfRecordOptions(pixels="none")).features.feature
    beams = "ReferencedRTPlanSequence/ReferencedFractionGroupSequence/ReferencedBeamSequence"
    assert list(feature[f"{beams}/ReferencedBeamNumber"].int64_list.value) == [1]
    assert list(feature[f"{beams}/items"].int64_list.value) == [1]  # per fraction group


@pytest.mark.slow
def test_tensorflow_reads_the_records(records: tuple[Path, list[tuple[str, Any]]]) -> None:
    python = require_tool(
        "tensorflow", str(TF_PYTHON) if TF_PYTHON.exists() else None, how="make tf-venv"
    )
    path, items = records
    run = subprocess.run(
        [python, "-c", TF_SCRIPT, str(path), str(ROOT / "gen" / "python"), NESTED],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert [r["source"] for r in found] == [s for s, _ in items]
    with_pixels = 0
    for record in found:
        if "sha256" not in record:
            continue
        expected = _pixels(record["source"])
        assert record["dtype"] == expected.dtype.name
        assert record["shape"] == list(expected.shape)
        assert record["sha256"] == hashlib.sha256(expected.tobytes()).hexdigest(), record["source"]
        with_pixels += 1
    assert with_pixels >= 100
    ct = next(r for r in found if "CT_small.dcm" in r["source"])
    assert ct["KVP"] == [120.0] and ct["PatientName"] == ["CompressedSamples^CT1"]
    ragged = [r for r in found if "nested" in r]
    assert ragged
    for record in ragged:  # frames x items x values, as pydicom reads them
        ds = pydicom_read(Path(record["source"]).read_bytes())
        expected = [
            [[float(np.float32(v)) for v in item.ImagePositionPatient]]
            for item in (f.PlanePositionSequence[0] for f in ds.PerFrameFunctionalGroupsSequence)
        ]
        assert record["nested"] == expected, record["source"]

    corrupt = path.parent / "corrupt.tfrecord"
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF
    corrupt.write_bytes(bytes(data))
    run = subprocess.run(
        [python, "-c", TF_CORRUPT_SCRIPT, str(corrupt)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.stdout.startswith("DataLossError"), (run.stdout, run.stderr[-2000:])
    with pytest.raises(ConversionError, match="checksum mismatch"):
        list(read_tfrecord(corrupt))


def test_pixel_frames_equal_pydicom(records: tuple[Path, list[tuple[str, Any]]]) -> None:
    path, items = records
    compared = 0
    for example, (source, _) in zip(read_tfrecord(path), items, strict=True):
        feature = example.features.feature
        if "pixels/dtype" not in feature:
            continue
        expected = _pixels(source)
        dtype = np.dtype(feature["pixels/dtype"].bytes_list.value[0].decode()).newbyteorder("<")
        frames = [np.frombuffer(f, dtype) for f in feature["pixels"].bytes_list.value]
        array = np.stack(frames).reshape(list(feature["pixels/shape"].int64_list.value))
        assert np.array_equal(array, expected), source
        compared += 1
    assert compared >= 100


def test_encapsulated_frames_by_option(tmp_path: Path) -> None:
    items = [
        (s, m)
        for s, m in corpus_messages()
        if s.endswith(("SC_rgb_jpeg_dcmtk.dcm", "JPEG2000.dcm", "emri_small_jpeg_2k_lossless.dcm"))
    ]
    assert len(items) == 3
    [written] = write_tfrecord(tmp_path, items, pixels="encapsulated")
    for example, (source, _) in zip(read_tfrecord(written), items, strict=True):
        ds = pydicom_read(Path(source).read_bytes())
        frames = list(
            pydicom.encaps.generate_frames(
                ds.PixelData, number_of_frames=ds.get("NumberOfFrames") or 1
            )
        )
        feature = example.features.feature
        assert list(feature["pixels"].bytes_list.value) == frames
        assert feature["pixels/encoding"].bytes_list.value == [
            str(ds.file_meta.TransferSyntaxUID).encode()
        ]


def test_chosen_keywords_only(tmp_path: Path) -> None:
    items = [(s, m) for s, m in corpus_messages() if s.endswith("CT_small.dcm")]
    [written] = write_tfrecord(
        tmp_path, items, keywords=["KVP", "ImagePositionPatient"], pixels="none"
    )
    [example] = list(read_tfrecord(written))
    feature = example.features.feature
    assert set(feature) == {"source", "message_type", "KVP", "ImagePositionPatient"}
    ds = pydicom_read(Path(items[0][0]).read_bytes())
    assert list(feature["ImagePositionPatient"].float_list.value) == pytest.approx(
        [float(v) for v in ds.ImagePositionPatient], rel=1e-6
    )  # multi-valued kept whole


def test_pixels_of_every_file_pydicom_decodes_are_decoded() -> None:
    """The files pydicom cannot decode here fail as one line naming the element and
    the transfer syntax; every other corpus file with pixel data is decoded (the
    records fixture writes them all)."""
    undecodable = {s: r for s, _ in corpus_messages() if isinstance(r := _pydicom_pixels(s), str)}
    decoded = [s for s, _ in _decodable() if _pydicom_pixels(s) is not None]
    assert len(decoded) >= 150
    syntaxes = set()
    for source in decoded:
        ds = pydicom_read(Path(source).read_bytes())
        syntaxes.add(str(getattr(ds.get("file_meta"), "TransferSyntaxUID", "")))
    assert {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80"} | {
        "1.2.840.10008.1.2.4.90",
        "1.2.840.10008.1.2.4.91",
        "1.2.840.10008.1.2.5",
    } <= syntaxes  # JPEG baseline, lossless, JPEG-LS, JPEG 2000 (both), RLE
    for source, message in corpus_messages():
        if source not in undecodable:
            continue
        with pytest.raises(ConversionError, match=r"\(7FE0,0010\) PixelData: cannot decode"):
            example_of(source, message, TfRecordOptions())
        print(f"pydicom cannot decode {Path(source).name}: {undecodable[source]}")
    assert len(undecodable) <= 8


def test_undecodable_pixels_fail_that_record_only(tmp_path: Path) -> None:
    source, message = next((s, m) for s, m in corpus_messages() if s.endswith("CT_small.dcm"))
    mislabelled = type(message)()
    mislabelled.CopyFrom(message)  # native pixel bytes, labelled JPEG 2000
    syntax = next(e for e in mislabelled.file_meta.elements if e.tag == 0x00020010)
    syntax.strings[:] = ["1.2.840.10008.1.2.4.90"]
    writer = TfRecordFormat().open_shard(str(tmp_path), "part-00000", ConvertOptions())
    with pytest.raises(
        ConversionError, match=r"PixelData: cannot decode \(1\.2\.840\.10008\.1\.2\.4\.90\)"
    ):
        writer.write("mislabelled", mislabelled)
    assert writer.write(source, message) == 0
    [written] = writer.commit()
    assert [e.features.feature["source"].bytes_list.value[0] for e in read_tfrecord(written)] == [
        source.encode()
    ]


def test_abort_and_bad_options(tmp_path: Path) -> None:
    good = next((s, m) for s, m in corpus_messages() if s.endswith("CT_small.dcm"))
    writer = TfRecordFormat().open_shard(str(tmp_path), "part-00000", ConvertOptions())
    writer.write(*good)
    writer.abort()
    assert files_under(tmp_path) == []
    with pytest.raises(ValueError, match="unknown tfrecord option 'pixel'"):
        TfRecordOptions.from_mapping({"pixel": "none"})
    with pytest.raises(ValueError, match="decoded, encapsulated, none"):
        TfRecordOptions.from_mapping({"pixels": "png"})
    truncated = tmp_path / "t.tfrecord"
    write_tfrecord(tmp_path, [good], shard="t", pixels="none")
    truncated.write_bytes(truncated.read_bytes()[:-3])
    with pytest.raises(ConversionError, match="record 0: truncated data"):
        list(read_tfrecord(truncated))
