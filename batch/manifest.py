"""The manifest: one Parquet row per input, readable by DuckDB, pandas and any Arrow tool.

Each task writes the rows of its shard as a part file (`.dicomproto/manifest/<shard>.parquet`
in the output folder) right after publishing the shard: a shard without a part file was
never finished. At the end of the run the rows are written as one file
(`_manifest.parquet`) and the part files are removed; an interrupted run keeps them, and
`--resume` reads both.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields

from . import locations

MANIFEST_NAME = "_manifest.parquet"
STATE_FOLDER = ".dicomproto"
PARTS_FOLDER = f"{STATE_FOLDER}/manifest"
OK, FAILED, SKIPPED = "ok", "failed", "skipped"


@dataclass(frozen=True, slots=True)
class Row:
    """What became of one input.

    `source` is where the input was read (path or URL), `relative` its path relative to
    the folder given (FileMeta.source_path), `sha256` the digest of its bytes, `message`
    the full name of the message it became, `shard` the output file holding it (relative
    to the output folder), `record` its index there, `status` "ok", "failed" or
    "skipped" (not DICOM, with --skip-non-dicom), `error` the reason for a failure,
    `worker` the process that converted it, `task` the shard task it belonged to,
    `damage` (salvage mode) where and why the input is damaged, "; "-separated.
    """

    source: str
    relative: str
    size: int
    sha256: str | None = None
    sop_class_uid: str | None = None
    message: str | None = None
    shard: str | None = None
    record: int | None = None
    status: str = OK
    error: str | None = None
    worker: str | None = None
    task: str | None = None
    damage: str | None = None  # salvage mode: where and why the input is damaged


def _schema():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.schema(
        [
            ("source", pa.string()),
            ("relative", pa.string()),
            ("size", pa.int64()),
            ("sha256", pa.string()),
            ("sop_class_uid", pa.string()),
            ("message", pa.string()),
            ("shard", pa.string()),
            ("record", pa.int64()),
            ("status", pa.string()),
            ("error", pa.string()),
            ("worker", pa.string()),
            ("task", pa.string()),
            ("damage", pa.string()),
        ]
    )


def require_pyarrow() -> None:
    """Raise ImportError with the install hint when pyarrow is missing."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ImportError(
            "the manifest needs pyarrow; install it with: pip install 'dicomproto[dask]'"
        ) from None


def to_parquet(rows: Iterable[Row]) -> bytes:
    """Rows as the bytes of a Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = [f.name for f in fields(Row)]
    columns: dict[str, list[object]] = {name: [] for name in names}
    for row in rows:
        for name, value in asdict(row).items():
            columns[name].append(value)
    table = pa.Table.from_pydict(columns, schema=_schema())
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def from_parquet(data: bytes) -> list[Row]:
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(data))
    names = {f.name for f in fields(Row)}
    columns = [c for c in table.column_names if c in names]
    return [Row(**{c: record[c] for c in columns}) for record in table.select(columns).to_pylist()]


def write(location: str, rows: Iterable[Row]) -> None:
    """Write rows as one Parquet file, atomically."""
    data = to_parquet(rows)
    with locations.atomic_open(location) as handle:
        handle.write(data)


def read(location: str) -> list[Row]:
    return from_parquet(locations.read_bytes(location))


def part_location(dest: str, task: str) -> str:
    return locations.join(dest, f"{PARTS_FOLDER}/{task}.parquet")


def read_parts(dest: str) -> dict[str, list[Row]]:
    """The part files left in an output folder: task name -> its rows."""
    folder = locations.join(dest, PARTS_FOLDER)
    parts: dict[str, list[Row]] = {}
    for file_name in locations.list_folder(folder):
        if file_name.endswith(".parquet"):
            rows = read(locations.join(folder, file_name))
            parts[file_name.removesuffix(".parquet")] = rows
    return parts


def remove_parts(dest: str) -> None:
    locations.remove_tree(locations.join(dest, STATE_FOLDER))
