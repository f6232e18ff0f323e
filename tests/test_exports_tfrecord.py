"""TFRecord output: read back by TensorFlow's own reader and by a reader written here
from the format's description; pixel arrays equal pydicom's, checksums verified."""

from __future__ import annotations

import hashlib
import json
import struct
import subprocess
import warnings
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


def _decodable() -> list[tuple[str, Any]]:
    """Corpus messages whose pixel data pydicom decodes here (or that have none)."""
    kept = []
    for source, message in corpus_messages():
        try:
            example_of(source, message, TfRecordOptions())
        except ConversionError:
            continue
        kept.append((source, message))
    return kept


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, Any]]]:
    dest = tmp_path_factory.mktemp("tfrecord")
    items = _decodable()
    writer = output_format("tfrecord").open_shard(str(dest), "part-00000", ConvertOptions())
    for index, (source, message) in enumerate(items):
        assert writer.write(source, message) == index
    assert writer.commit() == [str(dest / "part-00000.tfrecord")]
    return dest / "part-00000.tfrecord", items


def _pixels(source: str) -> np.ndarray:
    """pydicom's pixel_array as (frames, rows, columns, samples), little endian."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ds = pydicom_read(Path(source).read_bytes())
        array = ds.pixel_array
    shape = (int(ds.get("NumberOfFrames") or 1), ds.Rows, ds.Columns, ds.SamplesPerPixel)
    return np.ascontiguousarray(array.reshape(shape), dtype=array.dtype.newbyteorder("<"))


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


def test_features_are_the_numbers_and_text_of_the_data_set(
    records: tuple[Path, list[tuple[str, Any]]],
) -> None:
    path, items = records
    checked = 0
    for example, (source, _) in zip(read_tfrecord(path), items, strict=True):
        feature = example.features.feature
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ds = pydicom_read(Path(source).read_bytes())
            if "ImageType" in feature:
                assert [v.decode() for v in feature["ImageType"].bytes_list.value] == list(
                    ds.ImageType if ds["ImageType"].VM > 1 else [ds.ImageType]
                )
                checked += 1
            if "KVP" in feature and ds.get("KVP") not in (None, ""):
                assert feature["KVP"].float_list.value == [pytest.approx(float(ds.KVP), rel=1e-6)]
            if "Rows" in feature:
                assert feature["Rows"].int64_list.value == [ds.Rows]
    assert checked >= 50


@pytest.mark.slow
def test_tensorflow_reads_the_records(records: tuple[Path, list[tuple[str, Any]]]) -> None:
    python = require_tool(
        "tensorflow", str(TF_PYTHON) if TF_PYTHON.exists() else None, how="make tf-venv"
    )
    path, items = records
    run = subprocess.run(
        [python, "-c", TF_SCRIPT, str(path), str(ROOT / "gen" / "python")],
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


def test_undecodable_pixels_fail_that_record_only(tmp_path: Path) -> None:
    bad = [(s, m) for s, m in corpus_messages() if s.endswith("JPEG2000.dcm")]
    writer = TfRecordFormat().open_shard(str(tmp_path), "part-00000", ConvertOptions())
    try:
        _ = pydicom_read(Path(bad[0][0]).read_bytes()).pixel_array
        pytest.skip("a JPEG 2000 decoder is installed: nothing fails")
    except Exception:
        pass
    with pytest.raises(ConversionError, match=r"\(7FE0,0010\) PixelData: cannot decode"):
        writer.write(*bad[0])
    good = next((s, m) for s, m in corpus_messages() if s.endswith("CT_small.dcm"))
    assert writer.write(*good) == 0
    [written] = writer.commit()
    assert [e.features.feature["source"].bytes_list.value[0] for e in read_tfrecord(written)] == [
        good[0].encode()
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
