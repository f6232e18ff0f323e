"""Inputs and outputs of the rules commands: DICOM files, .pb files and streams.

Every output goes through the one atomic writer, `converters.storage.atomic_open` (the
target appears whole, or not at all, also on Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from pydicom.dataset import Dataset

from dicomproto.batch.inputs import looks_like_dicom
from dicomproto.batch.tasks import NOT_DICOM_HINT
from dicomproto.converters import files, from_proto, to_proto
from dicomproto.converters.errors import ConversionError


@dataclass
class Loaded:
    """One data set read from an input: its name, and how it was stored."""

    name: str
    dataset: Dataset
    kind: str  # "dicom", "pb" or "stream"
    generic: bool = False


class NotDicom(Exception):
    """An input that is neither DICOM (by content) nor a .pb file or stream."""


def read_inputs(path: str | os.PathLike[str], skip_non_dicom: bool = False) -> Iterator[Loaded]:
    """The data sets of one input file (a stream gives one per record, named FILE#N).
    With `skip_non_dicom`, an input that is not DICOM by content raises NotDicom."""
    name = str(path)
    data = files._read_bytes(path)
    kind = files.sniff(data)
    dicom = kind in ("pb", "stream") or looks_like_dicom(data[:132])
    if skip_non_dicom and not dicom:
        raise NotDicom(name)
    if kind == "pb":
        message = files.unpack_any(data, name)
        ds = from_proto(message, bulk_data=files.bulk_resolver(path))
        yield Loaded(name, ds, "pb", _is_generic(message))
    elif kind == "stream":
        for index, record in enumerate(files.iter_stream_records(data, name), start=1):
            message = files.unpack_any(record, name)
            yield Loaded(f"{name}#{index}", from_proto(message), "stream", _is_generic(message))
    else:
        try:
            ds = files.dicom_from_bytes(data, name)
        except ConversionError as error:
            if not dicom:
                error.reason += NOT_DICOM_HINT
            raise
        yield Loaded(name, ds, "dicom")


def _is_generic(message: object) -> bool:
    from dicomproto.v1 import dataset_pb2

    return isinstance(message, dataset_pb2.DataSet)


def encode(loaded: Loaded) -> bytes:
    """The data set in the form it came in: Part 10 bytes, or a serialized Any."""
    if loaded.kind == "dicom":
        return files.dicom_to_bytes(loaded.dataset)
    return files.pack_any(to_proto(loaded.dataset, generic=loaded.generic))


def write_output(target: str | os.PathLike[str], records: list[bytes], stream: bool) -> None:
    """Write one output file atomically: one record, or a stream of records."""
    pieces: list[bytes | memoryview] = list(records)
    if stream:
        pieces = [piece for record in records for piece in files.stream_record(record)]
    files.write_bytes_atomic(target, pieces)
