"""The protobuf output formats: one .pb per input ("pb") and length-delimited streams
of `shard_size` records ("stream"), written through the one atomic writer."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from google.protobuf.message import Message

from . import locations
from .inputs import DICOM_SUFFIXES, output_name
from .options import ConvertOptions

if TYPE_CHECKING:
    from dicomproto.converters import Detached

STREAM_SUFFIX = ".pbs"


def externalize(
    message: Message, target: str, threshold: int, as_iod: bool
) -> tuple[Message, list[str]]:
    """The generic `message` with its byte values of `threshold` bytes or more in files
    `<target name>.<n>.bin` beside `target` (named in their elements' bulk_data_uri),
    then typed with `as_iod` (bulk data is split off before typing), and the locations
    of those files."""
    from dicomproto.converters import files, typed_message

    moved, _ = files.split_bulk_data(message, target, threshold)  # type: ignore[arg-type]
    written = [locations.join(locations.parent(target), uri) for uri in _bulk_uris(moved.elements)]
    return (typed_message(moved) if as_iod else moved), written


def _bulk_uris(elements: Iterable[Any]) -> Iterator[str]:
    for element in elements:
        if element.bulk_data_uri:
            yield element.bulk_data_uri
        for item in element.items:
            yield from _bulk_uris(item.elements)


class PbShardWriter:
    """Writes each record as its own .pb (atomically), named from its source path; a
    record's file is whole as soon as `write` returns."""

    def __init__(self, dest: str, options: ConvertOptions):
        self.dest = dest
        self.threshold = options.bulk_data_threshold
        self.as_iod = not options.generic
        self.file_name = options.format_options.get("file_name")
        self.written: list[str] = []
        self.outputs: list[str] = []  # the .pb of each record, relative to dest

    def write(self, source: str, message: Message | Detached) -> int:
        from dicomproto.converters import files

        relative = str(self.file_name or output_name(source, DICOM_SUFFIXES, ".pb"))
        target = locations.join(self.dest, relative)
        bulk: list[str] = []
        if self.threshold is not None:
            message, bulk = externalize(message, target, self.threshold, self.as_iod)
        try:
            files.write_message(target, message)
        except BaseException:
            locations.remove(bulk)  # no bulk data file without its .pb
            raise
        self.written.extend([target, *bulk])
        self.outputs.append(relative)
        return len(self.outputs) - 1

    def locate(self, record: int) -> tuple[str, int]:
        """The .pb of a record (relative to the output folder); its only record."""
        return self.outputs[record], 0

    def commit(self) -> list[str]:
        return list(self.written)

    def abort(self) -> None:
        """Nothing to undo: every file written is whole, and no other is started."""


class PbFormat:
    name = "pb"

    def open_shard(self, dest: str, shard: str, options: ConvertOptions) -> PbShardWriter:
        return PbShardWriter(dest, options)


class StreamShardWriter:
    """Appends records (varint length + serialized Any) to a temporary file that the
    atomic writer publishes as `<dest>/<shard>.pbs` on commit."""

    def __init__(self, dest: str, shard: str, options: ConvertOptions):
        self.target = locations.join(dest, shard + STREAM_SUFFIX)
        self.threshold = options.bulk_data_threshold
        self.as_iod = not options.generic
        self.count = 0
        self.bulk_files: list[str] = []
        self._stack = contextlib.ExitStack()
        self._handle: IO[bytes] | None = None

    def write(self, source: str, message: Message | Detached) -> int:
        from dicomproto.converters import files

        if self.threshold is not None:  # <shard>.pbs.<record>.<n>.bin
            message, bulk = externalize(
                message, f"{self.target}.{self.count}", self.threshold, self.as_iod
            )
            self.bulk_files.extend(bulk)
        record = files.stream_record(message)
        if self._handle is None:
            self._handle = self._stack.enter_context(locations.atomic_open(self.target))
        self._handle.writelines(record)
        self.count += 1
        return self.count - 1

    def commit(self) -> list[str]:
        if self._handle is None:
            return []
        self._stack.close()
        self._handle = None
        return [self.target, *self.bulk_files]

    def abort(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(RuntimeError):
                self._stack.__exit__(RuntimeError, RuntimeError("aborted"), None)
            self._handle = None
        locations.remove(self.bulk_files)


class StreamFormat:
    name = "stream"

    def open_shard(self, dest: str, shard: str, options: ConvertOptions) -> StreamShardWriter:
        return StreamShardWriter(dest, shard, options)
