"""The work of one task, the same whichever engine runs it: never raises, always a Result."""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from dicomproto.converters.errors import ConversionError


@dataclass(frozen=True)
class Task:
    """One input and where its output goes."""

    source: str
    dest: str
    options: tuple  # (generic, bulk threshold[, salvage])


@dataclass(frozen=True)
class Result:
    source: str
    error: str | None = None
    outputs: int = 0
    payload: bytes | None = None  # a serialized Any, in stream mode
    damage: tuple[str, ...] = ()  # salvage mode: where and why the input is damaged


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


def convert_one(task: Task) -> Result:
    """.dcm -> .pb (or, with dest "", the serialized Any for a stream)."""
    from dicomproto.converters import damage_of, files, message_from_dicom

    generic, bulk, *rest = task.options
    try:
        data = files._read_bytes(task.source)
        salvage = bool(rest and rest[0])
        if not task.dest:
            message = message_from_dicom(data, task.source, generic=generic, salvage=salvage)
            damage = tuple(damage_of(message)) if salvage else ()
            return Result(task.source, outputs=1, payload=files.pack_any(message), damage=damage)
        # bulk data is split off the generic message before it is typed
        message = message_from_dicom(data, task.source, generic=True, salvage=salvage)
        damage = tuple(damage_of(message)) if salvage else ()
        files.write_message(task.dest, message, bulk_threshold=bulk, as_iod=not generic)
        return Result(task.source, outputs=1, damage=damage)
    except Exception as exc:  # every failure is reported, never raised
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        return Result(task.source, describe(exc, task.source))


def to_dicom_one(task: Task) -> Result:
    """.pb -> .dcm, or a stream -> a folder of .dcm files."""
    from dicomproto.converters import files

    try:
        with open(task.source, "rb") as handle:
            head = handle.read(256)  # enough to tell a .pb from a stream
        kind = files.sniff(head)
        if kind == "pb":
            message = files.unpack_any(files._read_bytes(task.source), task.source)
            files.write_dicom(task.dest, message, bulk_data=files.bulk_resolver(task.source))
            return Result(task.source, outputs=1)
        if kind == "stream":
            folder = Path(task.dest)
            if folder.suffix.lower() == ".dcm":
                folder = folder.with_suffix("")
            datasets = []  # convert all first: a bad record leaves nothing written
            for index, message in enumerate(files.iter_stream(task.source)):
                try:
                    datasets.append(files.dicom_to_bytes(message))
                except ConversionError as err:
                    err.reason = f"record {index}: {err.reason}"
                    raise
            for index, encoded in enumerate(datasets, start=1):
                files.write_bytes_atomic(folder / f"{index:06d}.dcm", encoded)
            return Result(task.source, outputs=len(datasets))
        if not head:
            raise ConversionError("empty file")
        raise ConversionError("not a dicomproto .pb file or stream")
    except Exception as exc:
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        return Result(task.source, describe(exc, task.source))
