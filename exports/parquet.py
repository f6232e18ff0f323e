"""Parquet output: one dataset per message type, one file per shard, one row per instance.

    DEST/CtImageIod/part-00017.parquet     rows of CT Image instances
    DEST/DataSet/part-00017.parquet        rows of files with no IOD message (generic)
    DEST/pixels/part-00017.bin             the pixel data values of the shard's rows

Every file of a dataset has the schema `arrow_schema(message type)`, whatever the rows
hold. A row's `pixel_data` column names the byte range of its pixel data value in the
shard's `.bin` file, so the tables stay small; `read_parquet` puts the bytes back and
gives the messages again, equal to those written.

Format options (`ConvertOptions.format_options`): `max_depth` (sequence levels shown as
structs, default 2), `row_group_size` (rows per row group, default 1024), `compression`
(default "zstd"; "none" or any codec pyarrow has).

Footers: a table has thousands of leaf columns, and every file's footer describes each
of them (its path, types, offsets, sizes). The files are written to keep that small:
no Arrow schema copy in the footer (the Parquet schema gives the same Arrow schema back,
see `arrow.text_map`; the dicomproto keys are key-value metadata), no dictionary pages
(zstd does as well on these values), and statistics only for `source` and a few
attributes queries filter by (`rows.STATISTICS_KEYWORDS`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from google.protobuf.message import Message

from dicomproto.converters.errors import ConversionError
from dicomproto.converters.storage import atomic_open, is_url

from .arrow import DEFAULT_MAX_DEPTH, DEPTH_KEY, MESSAGE_KEY
from .rows import FORMAT_KEY, FORMAT_VERSION, PIXEL_DATA, SOURCE, RowCodec, row_codec

PIXELS_FOLDER = "pixels"
PARQUET_SUFFIX = ".parquet"
PIXELS_SUFFIX = ".bin"
# Rows per shard when --shard-size is not given: every file's footer describes every
# leaf column whatever the rows hold, so few large files beat many small ones.
SHARD_ROWS = 1000
__all__ = ["ParquetFormat", "ParquetOptions", "ParquetShardWriter", "read_parquet", "write_parquet"]


@dataclass(frozen=True, slots=True)
class ParquetOptions:
    max_depth: int = DEFAULT_MAX_DEPTH
    row_group_size: int = 1024
    compression: str = "zstd"

    @classmethod
    def from_mapping(cls, options: Mapping[str, object]) -> ParquetOptions:
        """Options from `format_options`; a ValueError names an unknown or bad one."""
        known = {"max_depth": int, "row_group_size": int, "compression": str}
        values: dict[str, Any] = {}
        for key, value in options.items():
            if key not in known:
                raise ValueError(
                    f"unknown parquet option {key!r} (known: {', '.join(sorted(known))})"
                )
            try:
                values[key] = known[key](value)
            except (TypeError, ValueError):
                kind = "an integer" if known[key] is int else "text"
                raise ValueError(f"parquet option {key}: not {kind}: {value!r}") from None
        result = cls(**values)
        for key in ("max_depth", "row_group_size"):
            if getattr(result, key) < 1:
                raise ValueError(f"parquet option {key}: at least 1, not {getattr(result, key)}")
        if result.compression.lower() not in ("none", "uncompressed") and not (
            _codec_available(result.compression)
        ):
            raise ValueError(f"parquet option compression: no codec {result.compression!r}")
        return result


def _codec_available(name: str) -> bool:
    try:
        return bool(pa.Codec.is_available(name))
    except (ValueError, TypeError):
        return False


def _join(dest: str, *parts: str) -> str:
    if is_url(dest):
        return "/".join([dest.rstrip("/"), *parts])
    return os.path.join(dest, *parts)


class _Table:
    """The rows of one message type in one shard: row groups written as they fill."""

    def __init__(self, target: str, codec: RowCodec, options: ParquetOptions):
        self.codec = codec
        self.options = options
        self.rows: list[dict[str, Any]] = []
        self._context = atomic_open(target)
        self._handle: IO[bytes] = self._context.__enter__()
        self._writer = pq.ParquetWriter(
            self._handle, codec.schema, compression=options.compression, **self.settings(codec)
        )
        self._writer.add_key_value_metadata(codec.schema.metadata)
        self.count = 0  # rows added

    @staticmethod
    def settings(codec: RowCodec) -> dict[str, Any]:
        """The pyarrow writer settings that keep the footer small (module docstring)."""
        return {
            "use_dictionary": False,
            "write_statistics": list(codec.statistics),
            "store_schema": False,
        }

    def add(self, row: dict[str, Any]) -> int:
        """Add a row; its index in the file."""
        self.rows.append(row)
        self.count += 1
        if len(self.rows) >= self.options.row_group_size:
            self.flush()
        return self.count - 1

    def flush(self) -> None:
        if not self.rows:
            return
        struct = pa.array(self.rows, type=pa.struct(list(self.codec.schema)))
        batch = pa.RecordBatch.from_struct_array(struct).replace_schema_metadata(
            self.codec.schema.metadata
        )
        self._writer.write_batch(batch, row_group_size=len(self.rows))
        self.rows = []

    def close(self) -> None:
        self.flush()
        self._writer.close()
        self._context.__exit__(None, None, None)

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        with contextlib.suppress(Exception):
            error = RuntimeError("shard aborted")
            self._context.__exit__(RuntimeError, error, None)


class _Pixels:
    """The shard's pixel data file, written as values arrive."""

    def __init__(self, target: str, relative: str):
        self.relative = relative
        self._context = atomic_open(target)
        self._handle: IO[bytes] = self._context.__enter__()
        self.offset = 0

    def append(self, data: bytes) -> tuple[int, int]:
        self._handle.write(data)
        start = self.offset
        self.offset += len(data)
        return start, len(data)

    def close(self) -> None:
        self._context.__exit__(None, None, None)

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self._context.__exit__(RuntimeError, RuntimeError("shard aborted"), None)


class ParquetShardWriter:
    """Writes one shard: a Parquet file per message type seen, and the pixel file."""

    table_class = _Table

    def __init__(self, dest: str, shard: str, options: ParquetOptions):
        self.dest = dest
        self.shard = shard
        self.options = options
        self._tables: dict[str, _Table] = {}
        self._pixels: _Pixels | None = None
        self._records: list[tuple[str, int]] = []  # (table file, row index) of each record

    def write(self, source: str, message: Message) -> int:
        """Add an instance to its message type's table; its record number in the shard
        (`locate` tells the file and row)."""
        codec = row_codec(message.DESCRIPTOR, self.options.max_depth)
        row, pixels = codec.encode(message, source)
        name = message.DESCRIPTOR.name
        table = self._tables.get(name)
        if table is None:
            target = _join(self.dest, name, self.shard + PARQUET_SUFFIX)
            table = self._tables[name] = self.table_class(target, codec, self.options)
        if pixels is not None:
            if self._pixels is None:
                relative = f"{PIXELS_FOLDER}/{self.shard}{PIXELS_SUFFIX}"
                self._pixels = _Pixels(
                    _join(self.dest, PIXELS_FOLDER, self.shard + PIXELS_SUFFIX), relative
                )
            offset, length = self._pixels.append(pixels.data)
            reference = row[PIXEL_DATA]
            reference.update(file=self._pixels.relative, offset=offset, length=length)
        self._records.append((f"{name}/{self.shard}{PARQUET_SUFFIX}", table.add(row)))
        return len(self._records) - 1

    def locate(self, record: int) -> tuple[str, int]:
        """The table file (relative to the output folder) and row of a record."""
        return self._records[record]

    def commit(self) -> list[str]:
        """Publish the pixel file first, then the tables that point into it; the tables
        are listed first."""
        written: list[str] = []
        pixels_first = self._pixels is not None
        try:
            if self._pixels is not None:
                self._pixels.close()
                written.append(_join(self.dest, *self._pixels.relative.split("/")))
            for name, table in self._tables.items():
                table.close()
                written.append(_join(self.dest, name, self.shard + PARQUET_SUFFIX))
        except BaseException:
            self.abort()
            for path in written:  # nothing of a failed shard stays
                with contextlib.suppress(Exception):
                    _remove(path)
            raise
        self._tables.clear()
        self._pixels = None
        return written[1:] + written[:1] if pixels_first else written

    def abort(self) -> None:
        for table in self._tables.values():
            table.discard()
        if self._pixels is not None:
            self._pixels.discard()
        self._tables.clear()
        self._pixels = None


def _remove(path: str) -> None:
    if is_url(path):
        import fsspec

        fs, inner = fsspec.core.url_to_fs(path)
        fs.rm(inner)
    else:
        os.unlink(path)


class ParquetFormat:
    """`--format parquet` for the batch runner."""

    name = "parquet"

    def check_options(self, options: Mapping[str, object]) -> None:
        """ValueError (one line) for an unknown or bad format option."""
        ParquetOptions.from_mapping(options)

    def default_shard_size(self, inputs: int, workers: int) -> int:
        """SHARD_ROWS, or fewer so that every worker writes a shard."""
        return max(1, min(SHARD_ROWS, -(-inputs // max(1, workers))))

    def open_shard(self, dest: str, shard: str, options: Any) -> ParquetShardWriter:
        return ParquetShardWriter(dest, shard, ParquetOptions.from_mapping(options.format_options))


# ------------------------------------------------------------------------ API


def write_parquet(
    dest: str | os.PathLike[str],
    messages: Iterator[tuple[str, Message]] | list[tuple[str, Message]],
    shard: str = "part-00000",
    **options: object,
) -> list[str]:
    """Write (source, message) pairs as one shard of the Parquet output under `dest`;
    the files written."""
    writer = ParquetShardWriter(os.fspath(dest), shard, ParquetOptions.from_mapping(options))
    try:
        for source, message in messages:
            writer.write(source, message)
    except BaseException:
        writer.abort()
        raise
    return writer.commit()


def _open(path: str) -> IO[bytes]:
    if is_url(path):
        import fsspec

        return fsspec.open(path, "rb").open()
    return open(path, "rb")


def _pixel_reader(root: str) -> Any:
    """Reads pixel data references against the output folder `root`."""
    handles: dict[str, IO[bytes]] = {}

    def read(reference: dict[str, Any]) -> bytes:
        relative = reference["file"]
        if not relative or ".." in relative.split("/") or relative.startswith("/"):
            raise ConversionError(f"pixel data reference {relative!r} is not inside {root}")
        handle = handles.get(relative)
        if handle is None:
            handle = handles[relative] = _open(_join(root, *relative.split("/")))
        handle.seek(reference["offset"])
        data = handle.read(reference["length"])
        if len(data) != reference["length"]:
            raise ConversionError(
                f"{relative}: {reference['length']} bytes at {reference['offset']} expected,"
                f" {len(data)} there (truncated?)"
            )
        return data

    read.handles = handles  # type: ignore[attr-defined]
    return read


def read_parquet(
    path: str | os.PathLike[str], root: str | os.PathLike[str] | None = None
) -> Iterator[tuple[str, Message]]:
    """(source, message) of every row of a Parquet file written by dicomproto, in order.
    Pixel data is read back from the files its references name, relative to `root`
    (default: the folder above the file's dataset folder)."""
    name = os.fspath(path)
    base = os.fspath(root) if root is not None else _parent(_parent(name))
    try:
        parquet = pq.ParquetFile(_open(name))
    except (OSError, pa.ArrowInvalid) as exc:
        raise ConversionError(f"not a readable Parquet file: {exc}", path=name) from exc
    metadata = parquet.schema_arrow.metadata or {}
    if MESSAGE_KEY not in metadata:
        raise ConversionError("not a dicomproto Parquet file (no message type)", path=name)
    version = metadata.get(FORMAT_KEY, b"")
    if version != FORMAT_VERSION:
        raise ConversionError(
            f"written in dicomproto's Parquet layout {version.decode() or '?'};"
            f" this version reads layout {FORMAT_VERSION.decode()}",
            path=name,
        )
    from dicomproto.converters import files

    descriptor = files.message_class(metadata[MESSAGE_KEY].decode()).DESCRIPTOR
    depth = int(metadata.get(DEPTH_KEY, str(DEFAULT_MAX_DEPTH).encode()))
    codec = row_codec(descriptor, depth)
    reader = _pixel_reader(base)
    try:
        for batch in parquet.iter_batches():
            for row in batch.to_pylist():
                try:
                    yield row[SOURCE], codec.decode(row, reader)
                except ConversionError as err:
                    raise err.in_file(name) from err
                except (ValueError, KeyError, TypeError) as exc:
                    raise ConversionError(f"row of {row[SOURCE]}: {exc}", path=name) from exc
    finally:
        for handle in reader.handles.values():
            handle.close()


def _parent(path: str) -> str:
    if is_url(path):
        return path.rstrip("/").rpartition("/")[0]
    return str(Path(path).resolve().parent)
