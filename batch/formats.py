"""Output formats: each writes converted messages shard by shard, whatever the engine.

A format opens a `ShardWriter` for one shard of the output folder (a path or an fsspec
URL); the writer takes records and publishes them atomically on `commit` (a shard appears
whole or not at all) or leaves nothing on `abort`. Formats are looked up by name in
`FORMATS`, whose entries name the class to import, so this module imports no format's
dependencies until that format is used.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from google.protobuf.message import Message

from .options import ConvertOptions


class ShardWriter(Protocol):
    def write(self, source: str, message: Message) -> int:
        """Add one record; its index in the shard. `source` is the input's path relative
        to the folder it came from ('/'-separated, as in FileMeta.source_path)."""
        ...

    def commit(self) -> list[str]:
        """Publish the shard atomically; the files (paths or URLs) written."""
        ...

    def abort(self) -> None:
        """Discard the shard: nothing partial is left."""
        ...


class OutputFormat(Protocol):
    name: str

    def open_shard(self, dest: str, shard: str, options: ConvertOptions) -> ShardWriter:
        """A writer for shard `shard` (e.g. "part-00017") of the output folder `dest`."""
        ...


# name -> "module:Class" of the format's implementation.
FORMATS: dict[str, str] = {
    "pb": "dicomproto.batch.protobuf_formats:PbFormat",
    "stream": "dicomproto.batch.protobuf_formats:StreamFormat",
    "parquet": "dicomproto.exports.parquet:ParquetFormat",
    "tfrecord": "dicomproto.exports.tfrecord:TfRecordFormat",
}


def output_format(name: str) -> OutputFormat:
    """The format registered under `name`; ValueError naming the known ones otherwise."""
    try:
        module_name, _, class_name = FORMATS[name].partition(":")
    except KeyError:
        known = ", ".join(sorted(FORMATS)) or "none"
        raise ValueError(f"unknown output format {name!r} (known: {known})") from None
    format_class = getattr(importlib.import_module(module_name), class_name)
    return format_class()
