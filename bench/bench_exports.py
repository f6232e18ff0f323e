"""Benchmark: the Parquet and TFRecord exports against DICOM JSON lines, on real files.

    python bench/bench_exports.py [--passes N] [FILES_OR_FOLDERS...]

Without arguments the corpus is pydicom's bundled test files plus the pydicom-data
files that the converters take. Everything is measured in this one run:

* sizes of the corpus metadata: the Parquet tables (pixel data out of the table) vs
  DICOM JSON lines (pydicom's `to_json_dict`, pixel data left out), raw and gzipped;
* files/s of Part 10 bytes -> each output (warm, in-process, best of N passes): DICOM
  JSON lines (the incumbent), a protobuf stream, Parquet, TFRecord (pixels decoded,
  on the files whose pixel data pydicom decodes here);
* the time to build the Arrow schema of every IOD message (uncached), the largest first.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pydicom

from dicomproto.converters import ConversionError, dicom_from_bytes, pack_any, to_proto
from dicomproto.exports import arrow, parquet
from dicomproto.exports.parquet import ParquetOptions, ParquetShardWriter
from dicomproto.exports.rows import arrow_schema, row_codec
from dicomproto.exports.tfrecord import TfRecordOptions, TfRecordShardWriter, example_of
from dicomproto.v1 import sop_classes

PIXEL_TAGS = (0x7FE00008, 0x7FE00009, 0x7FE00010)


def default_corpus() -> list[Path]:
    site = Path(pydicom.__file__).resolve().parent.parent
    bundled = (site / "pydicom" / "data" / "test_files").rglob("*")
    extra = (site / "data_store" / "data").glob("*.dcm")
    return sorted(p for p in [*bundled, *extra] if p.is_file())


def expand(arguments: list[str]) -> list[Path]:
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        paths += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return paths


def best(passes: int, run: Callable[[], object]) -> float:
    run()
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def json_line(data: bytes) -> bytes:
    ds = pydicom.dcmread(io.BytesIO(data))
    for tag in PIXEL_TAGS:
        if tag in ds:
            del ds[tag]
    return json.dumps(ds.to_json_dict()).encode() + b"\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    corpus: list[tuple[str, bytes]] = []
    for path in expand(args.paths) if args.paths else default_corpus():
        data = path.read_bytes()
        try:
            to_proto(dicom_from_bytes(data, str(path)))
            json_line(data)
        except (ConversionError, Exception):
            continue
        corpus.append((str(path), data))
    decodable = []
    for source, data in corpus:
        try:
            example_of(source, to_proto(dicom_from_bytes(data, source)), TfRecordOptions())
        except ConversionError:
            continue
        decodable.append((source, data))
    megabytes = sum(len(d) for _, d in corpus) / 1e6
    print(
        f"corpus: {len(corpus)} files ({megabytes:.1f} MB of Part 10),"
        f" {len(decodable)} with pixel data pydicom decodes here (or none)"
    )

    # ---- sizes
    lines = b"".join(json_line(d) for _, d in corpus)
    with tempfile.TemporaryDirectory() as folder:
        writer = ParquetShardWriter(folder, "part-00000", ParquetOptions())
        for source, data in corpus:
            writer.write(source, to_proto(dicom_from_bytes(data, source)))
        writer.commit()
        tables = sum(p.stat().st_size for p in Path(folder).glob("*/*.parquet"))
        counts = {p.parent.name: p.stat().st_size for p in Path(folder).glob("*/*.parquet")}
    gzipped = len(gzip.compress(lines, 6))
    print("\nmetadata size (pixel data left out of both):")
    print(f"  DICOM JSON lines     {len(lines):>12,} bytes")
    print(f"  DICOM JSON lines.gz  {gzipped:>12,} bytes")
    print(
        f"  Parquet (zstd)       {tables:>12,} bytes  = {tables / len(lines):.2f}x JSON lines,"
        f" {tables / gzipped:.2f}x gzipped ({len(counts)} tables: "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items()))
        + ")"
    )

    # ---- footers: shards of a few files carry a footer per table; pyarrow's defaults
    # (Arrow schema copy, dictionary pages, statistics of every leaf) are the incumbent.
    print("\nParquet by shard size (the corpus in shards of N files; footers = Parquet metadata):")
    messages = [(s, to_proto(dicom_from_bytes(d, s))) for s, d in corpus]
    for size in (8, 64, len(messages)):
        ours, theirs = (
            _shard_sizes(messages, size, ParquetShardWriter),
            _shard_sizes(messages, size, _DefaultsShardWriter),
        )
        print(
            f"  {size:>4} files/shard: {ours[0]:>11,} bytes"
            f" ({ours[0] / len(lines):.2f}x JSON lines),"
            f" footers {ours[1]:>10,} ({ours[1] / ours[0]:.0%}) in {ours[2]} files;"
            f" pyarrow defaults {theirs[0]:>11,} bytes ({theirs[0] / len(lines):.2f}x),"
            f" footers {theirs[1]:>10,}: ours {ours[0] / theirs[0]:.2f}x"
        )

    # ---- throughput
    def run_json() -> None:
        buffer = io.BytesIO()
        for _, data in corpus:
            buffer.write(json_line(data))

    def run_stream() -> None:
        buffer = io.BytesIO()
        for source, data in corpus:
            buffer.write(pack_any(to_proto(dicom_from_bytes(data, source))))

    def run_parquet() -> None:
        with tempfile.TemporaryDirectory() as folder:
            writer = ParquetShardWriter(folder, "part-00000", ParquetOptions())
            for source, data in corpus:
                writer.write(source, to_proto(dicom_from_bytes(data, source)))
            writer.commit()

    def run_json_decodable() -> None:
        buffer = io.BytesIO()
        for _, data in decodable:
            buffer.write(json_line(data))

    def run_tfrecord() -> None:
        with tempfile.TemporaryDirectory() as folder:
            writer = TfRecordShardWriter(folder, "part-00000", TfRecordOptions())
            for source, data in decodable:
                writer.write(source, to_proto(dicom_from_bytes(data, source)))
            writer.commit()

    print(f"\nthroughput (Part 10 bytes in memory -> output, best of {args.passes} passes):")
    incumbent = len(corpus) / best(args.passes, run_json)
    print(f"  DICOM JSON lines     {incumbent:8.1f} files/s  1.00x  (incumbent)")
    for name, run in (("protobuf stream", run_stream), ("Parquet", run_parquet)):
        rate = len(corpus) / best(args.passes, run)
        print(f"  {name:<20} {rate:8.1f} files/s  {rate / incumbent:.2f}x")
    json_decodable = len(decodable) / best(args.passes, run_json_decodable)
    rate = len(decodable) / best(args.passes, run_tfrecord)
    print(
        f"  TFRecord (decoded)   {rate:8.1f} files/s  {rate / json_decodable:.2f}x"
        f" JSON lines on the same {len(decodable)} files ({json_decodable:.1f} files/s)"
    )

    # ---- whole processes, as users run them
    print("\nwhole processes (`dicomproto convert FOLDER -o DEST --format F -j 2`, best of 2):")
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder, "in")
        for index, (source, _) in enumerate(corpus):
            link = inputs / f"{index:04d}-{Path(source).name}"
            link.parent.mkdir(exist_ok=True)
            link.symlink_to(source)
        incumbent = 0.0
        for fmt in ("stream", "parquet", "tfrecord"):
            seconds = min(_convert_process(inputs, Path(folder, fmt), fmt) for _ in range(2))
            rate = len(corpus) / seconds
            incumbent = incumbent or rate
            print(f"  --format {fmt:<9} {rate:8.1f} files/s  {rate / incumbent:.2f}x stream")

    # ---- schema building
    print("\nArrow schema build (uncached), per IOD message:")
    timings = []
    for module, name in (*sop_classes.IOD_MESSAGES, ("dataset_pb2", "DataSet")):
        imported = __import__(f"dicomproto.v1.{module}", fromlist=[name])
        cls = getattr(imported, name)
        arrow.struct_codec.cache_clear()
        row_codec.cache_clear()
        start = time.perf_counter()
        schema = arrow_schema(cls)
        timings.append((time.perf_counter() - start, name, _leaves(schema)))
    for seconds, name, leaves in sorted(timings, reverse=True)[:5]:
        print(f"  {name:<40} {seconds * 1000:8.1f} ms  {leaves:6} leaf columns")
    return 0


def _convert_process(inputs: Path, out: Path, fmt: str) -> float:
    """Seconds of one `dicomproto convert` process (exit 1 allowed: undecodable pixel
    data fails those inputs in TFRecord)."""
    import shutil
    import subprocess

    shutil.rmtree(out, ignore_errors=True)
    command = [str(Path(sys.executable).parent / "dicomproto"), "convert", str(inputs)]
    start = time.perf_counter()
    done = subprocess.run(
        [*command, "-o", str(out), "--format", fmt, "-j", "2"], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1) or "Traceback" in done.stderr:
        raise SystemExit(f"convert --format {fmt} failed:\n{done.stderr}")
    return elapsed


class _DefaultsTable(parquet._Table):
    """A table written with pyarrow's default writer settings."""

    @staticmethod
    def settings(codec: object) -> dict[str, object]:
        return {}


class _DefaultsShardWriter(ParquetShardWriter):
    """The same shards, each table written with pyarrow's default settings."""

    table_class = _DefaultsTable


def _shard_sizes(
    messages: list[tuple[str, object]], size: int, writer_class: type[ParquetShardWriter]
) -> tuple[int, int, int]:
    """Bytes of the tables, bytes of their footers and the number of table files when
    the messages are written in shards of `size`."""
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory() as folder:
        for index in range(0, len(messages), size):
            writer = writer_class(folder, f"part-{index // size:05d}", ParquetOptions())
            for source, message in messages[index : index + size]:
                writer.write(source, message)  # type: ignore[arg-type]
            writer.commit()
        tables = list(Path(folder).glob("*/*.parquet"))
        total = sum(p.stat().st_size for p in tables)
        footers = sum(pq.ParquetFile(p).metadata.serialized_size for p in tables)
    return total, footers, len(tables)


def _leaves(schema: object) -> int:
    import pyarrow as pa

    def count(kind: pa.DataType) -> int:
        if pa.types.is_struct(kind):
            return sum(count(f.type) for f in kind)
        if pa.types.is_list(kind):
            return count(kind.value_type)
        if pa.types.is_map(kind):
            return 2
        return 1

    return sum(count(f.type) for f in schema)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
