"""The work of one task, the same whichever engine runs it.

A convert task is one shard: a batch of inputs that one worker reads, converts and
writes into the shard's output, published atomically, followed by the shard's manifest
part. A task never raises for bad input: every input ends as a manifest row ("ok",
"failed" or "skipped"). It raises only when it is interrupted (the shard is aborted
first, so nothing partial is left) or cancelled.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

from dicomproto.converters.errors import ConversionError

from . import locations, manifest
from .inputs import Input, looks_like_dicom, safe_relative
from .manifest import FAILED, OK, SKIPPED, Row
from .options import ConvertOptions

NOT_DICOM_HINT = " (--skip-non-dicom skips inputs that are not DICOM)"
STOP_CHECK_SECONDS = 0.3


class Cancelled(Exception):
    """The run was stopped while this task ran; its shard was aborted."""


@dataclass(frozen=True, slots=True)
class ShardTask:
    """One shard of a conversion.

    `name` ("part-00017") names the shard and its manifest part, the same in every
    attempt, so a retried task replaces what a failed attempt may have published.
    `write_manifest_part`: write the rows beside the outputs once the shard is
    published. `stop_event`: the name of a Dask event that, once set, stops the task.
    `funnel`: return the serialized records instead of writing them (a single output
    file written by the client, in input order). `digest`: record each input's SHA-256
    in its row (for the manifest; a run that writes none skips the hashing).
    """

    name: str
    inputs: tuple[Input, ...]
    dest: str
    options: ConvertOptions
    write_manifest_part: bool = False
    stop_event: str | None = None
    funnel: bool = False
    digest: bool = True


@dataclass(frozen=True, slots=True)
class ShardResult:
    name: str
    rows: tuple[Row, ...]
    records: tuple[object, ...] = ()  # the converted messages of a funnel task


def quiet() -> None:
    """pydicom warns about every odd value; the command reports failures itself."""
    warnings.simplefilter("ignore")


def describe(exc: BaseException, source: str) -> str:
    """One line naming the file (and, for conversion errors, the element)."""
    if isinstance(exc, ConversionError):
        exc.in_file(source)
        return str(exc)
    if isinstance(exc, OSError):
        return f"{source}: {exc.strerror or exc}"
    return f"{source}: internal error: {type(exc).__name__}: {exc}"


def worker_name() -> str:
    """The Dask worker's name inside a Dask worker, else host:pid."""
    if "distributed" in sys.modules:
        try:
            from distributed import get_worker

            worker = get_worker()
            return worker.name if isinstance(worker.name, str) else worker.address
        except (ImportError, ValueError):
            pass
    if hasattr(os, "uname"):  # the host name, without importing socket
        return f"{os.uname().nodename}:{os.getpid()}"
    import socket

    return f"{socket.gethostname()}:{os.getpid()}"


# Set when this process was told to stop (see stop_on_signals); running tasks abort.
_STOPPING = threading.Event()


class _Running:
    """How many shard tasks this process is running."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    def __enter__(self) -> None:
        with self.lock:
            self.count += 1

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.count -= 1


_RUNNING = _Running()


def stop_on_signals(grace: float = 1.5) -> None:
    """For worker processes whose tasks run in threads (Dask workers): on INT, TERM or
    HUP the running tasks abort their shards at their next input, and the process exits
    once they have (or after `grace` seconds)."""

    def stop(signum: int, frame: object) -> None:
        if _STOPPING.is_set():
            return
        _STOPPING.set()

        def exit_when_idle() -> None:
            deadline = time.monotonic() + grace
            while time.monotonic() < deadline and _RUNNING.count:
                time.sleep(0.02)
            os._exit(128 + signum)

        threading.Thread(target=exit_when_idle, daemon=True).start()

    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, stop)


class _StopCheck:
    """Raises Cancelled once this process is stopping or the run's Dask event is set
    (asked now and then: each ask is a round trip to the scheduler)."""

    def __init__(self, event_name: str | None):
        self.event = None
        self.last = 0.0  # the first call asks: a task started after the stop stops at once
        if event_name is not None:
            from distributed import Event

            self.event = Event(event_name)

    def __call__(self) -> None:
        if _STOPPING.is_set():
            raise Cancelled()
        if self.event is None or time.monotonic() - self.last < STOP_CHECK_SECONDS:
            return
        self.last = time.monotonic()
        if self.event.is_set():
            raise Cancelled()


def convert_input(
    item: Input, options: ConvertOptions, digest: bool = True, detach: bool = False
) -> tuple[Row, object | None]:
    """Read and convert one input: its row (without output fields) and its message;
    with `digest`, the row holds the SHA-256 of the input's bytes. With `detach` (for
    a writer that serializes the message as it is), a large Pixel Data value stays in
    the input's bytes: the message comes as a converters.Detached."""
    from dicomproto.converters import (
        Detached,
        damage_of,
        detached_from_dicom,
        message_from_dicom,
        sop_class_uid,
        typed_message_class,
    )

    row = Row(source=item.location, relative=item.relative, size=item.size)
    try:
        data = locations.read_bytes(item.location)
    except Exception as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return replace(row, status=FAILED, error=f"{item.location}: cannot read: {reason}"), None
    digest_hex = None
    if digest:
        import hashlib

        digest_hex = hashlib.sha256(data).hexdigest()
    row = Row(source=item.location, relative=item.relative, size=len(data), sha256=digest_hex)
    dicom = looks_like_dicom(data[:132])
    if not dicom and options.skip_non_dicom:
        return replace(row, status=SKIPPED, error=f"{item.location}: not DICOM"), None
    # A format that splits bulk data off gets the generic message, and types it after
    # (see protobuf_formats.externalize): bulk data is split off before typing.
    generic = options.generic or splits_bulk_data(options)
    try:
        if detach:
            converted = detached_from_dicom(data, item.location, generic=generic)
        else:
            converted = message_from_dicom(
                data, item.location, generic=generic, salvage=options.salvage
            )
    except Exception as exc:
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        error = describe(exc, item.location) + ("" if dicom else NOT_DICOM_HINT)
        return replace(row, status=FAILED, error=error), None
    message = converted.message if isinstance(converted, Detached) else converted
    message.file_meta.source_path = item.relative  # type: ignore[attr-defined]
    name = message.DESCRIPTOR.full_name
    if generic and not options.generic:  # the message it becomes once typed
        iod = typed_message_class(message)  # type: ignore[arg-type]
        name = iod.DESCRIPTOR.full_name if iod is not None else name
    damage = "; ".join(damage_of(message)) if options.salvage else ""
    row = replace(row, sop_class_uid=sop_class_uid(message), message=name, damage=damage or None)
    return row, converted


def splits_bulk_data(options: ConvertOptions) -> bool:
    """Whether the output format splits bulk data off the messages (pb and stream)."""
    return options.bulk_data_threshold is not None and options.format in ("pb", "stream")


def run_shard(task: ShardTask) -> ShardResult:
    """Convert the inputs of one shard and publish it (see the module docstring)."""
    from .formats import output_format

    quiet()
    worker = worker_name()
    stop = _StopCheck(task.stop_event)
    writer = None
    if not task.funnel:
        writer = output_format(task.options.format).open_shard(task.dest, task.name, task.options)
    # pb and stream serialize each message as it is (salvaged and bulk-split ones aside):
    # its Pixel Data can stay in the input
    options = task.options
    detach = (
        writer is not None
        and options.format in ("pb", "stream")
        and not options.salvage
        and not splits_bulk_data(options)
    )
    rows: list[Row] = []
    records: list[object] = []
    with _RUNNING:
        try:
            for item in task.inputs:
                stop()
                row, message = convert_input(item, task.options, task.digest, detach)
                ran = {"worker": worker, "task": task.name}
                if message is not None:
                    if writer is None:
                        records.append(message)
                        ran["record"] = len(records) - 1
                    else:
                        try:
                            ran["record"] = writer.write(item.relative, message)  # type: ignore[arg-type]
                        except ConversionError as exc:
                            ran.update(status=FAILED, error=describe(exc, item.location))
                rows.append(replace(row, **ran))
            if writer is not None:
                rows = _published(task, writer.commit(), rows, writer)
            if task.write_manifest_part:
                manifest.write(manifest.part_location(task.dest, task.name), rows)
        except Cancelled:
            if writer is not None:
                writer.abort()
            raise
        except Exception as exc:  # the shard could not be written: none of it counts
            if writer is not None:
                writer.abort()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            rows = [_not_written(row, f"{task.name}: cannot write: {reason}") for row in rows]
            rows += [
                Row(
                    i.location,
                    i.relative,
                    i.size,
                    status=FAILED,
                    worker=worker,
                    task=task.name,
                    error=f"{i.location}: not converted: {task.name}: {reason}",
                )
                for i in task.inputs[len(rows) :]
            ]
            records = []
        except BaseException:
            if writer is not None:
                writer.abort()
            raise
    return ShardResult(task.name, tuple(rows), tuple(records))


def _not_written(row: Row, reason: str) -> Row:
    if row.status != OK:
        return row
    return replace(row, status=FAILED, shard=None, record=None, error=f"{row.source}: {reason}")


def _published(task: ShardTask, written: list[str], rows: list[Row], writer: object) -> list[Row]:
    """Rows with the output file that holds each record (relative to the output folder)
    and the record's index there: the writer's `locate` tells both for formats that
    write several files per shard (a .pb per input, a Parquet table per message type);
    otherwise the shard's one file (its bulk data files aside) holds every record."""
    locate = getattr(writer, "locate", None)
    main_files = [w for w in written if not w.endswith(".bin")]  # not its bulk data
    # the shard's file, or its name when the format wrote it as several files
    shard = _relative_to(task.dest, main_files[0]) if len(main_files) == 1 else task.name
    result = []
    for row in rows:
        if row.status == OK and row.record is not None:
            if locate is not None:
                name, record = locate(row.record)
                row = replace(row, shard=name, record=record)
            else:
                row = replace(row, shard=shard)
        result.append(row)
    return result


def _relative_to(dest: str, location: str) -> str:
    if locations.is_url(dest):
        return location[len(dest.rstrip("/")) + 1 :]
    return Path(location).relative_to(dest).as_posix()


# ------------------------------------------------------------------ to-dcm


@dataclass(frozen=True, slots=True)
class RestoreTask:
    """One .pb or stream file to restore into the folder `dest`: `target` names the
    output of a .pb (or the folder of a stream's numbered records); with
    `use_source_paths`, records that carry FileMeta.source_path are restored under it."""

    source: str
    dest: str
    target: str
    use_source_paths: bool = True


@dataclass(frozen=True, slots=True)
class RestoreResult:
    source: str
    written: tuple[str, ...] = ()
    error: str | None = None


def restore_name(message: object, use_source_paths: bool) -> str | None:
    """The recorded source path of a message, when it is to be used and is safe."""
    if not use_source_paths:
        return None
    meta = getattr(message, "file_meta", None)
    recorded = meta.source_path if meta is not None else ""
    if not recorded:
        return None
    safe = safe_relative(recorded)
    if safe is None:
        raise ConversionError(f"source path {recorded!r} would leave the output folder")
    return safe


def to_dicom(task: RestoreTask) -> RestoreResult:
    """.pb -> .dcm, or a stream -> one .dcm per record; all records are converted before
    any is written, so a bad record leaves nothing behind."""
    from dicomproto.converters import Detached, files

    quiet()
    try:
        with open(task.source, "rb") as handle:
            head = handle.read(256)  # enough to tell a .pb from a stream
        kind = files.sniff(head)
        resolve = files.bulk_resolver(task.source)
        encoded: list[tuple[str, bytes | list[bytes | memoryview]]]
        if kind == "pb":  # a large Pixel Data value goes from the .pb's bytes to the file
            message = files.unpack_any_detached(files._read_bytes(task.source), task.source)
            held = message.message if isinstance(message, Detached) else message
            name = restore_name(held, task.use_source_paths)
            target = str(Path(task.dest, name)) if name else task.target
            encoded = [(target, files.dicom_pieces(message, bulk_data=resolve))]
        elif kind == "stream":
            encoded = []
            for index, message in enumerate(files.iter_stream(task.source)):  # record by record
                try:
                    name = restore_name(message, task.use_source_paths)
                    target = (
                        str(Path(task.dest, name))
                        if name
                        else str(Path(task.target, f"{index + 1:06d}.dcm"))  # as inspect counts
                    )
                    encoded.append((target, files.dicom_to_bytes(message, bulk_data=resolve)))
                except ConversionError as err:
                    err.reason = f"record {index}: {err.reason}"
                    raise
        elif not head:
            raise ConversionError("empty file")
        else:
            raise ConversionError("not a dicomproto .pb file or stream")
        written = []
        for target, content in encoded:
            files.write_bytes_atomic(target, content)
            written.append(target)
        return RestoreResult(task.source, tuple(written))
    except Exception as exc:
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        return RestoreResult(task.source, error=describe(exc, task.source))
