"""DICOM <-> Protocol Buffers: DICOM files and pydicom data sets to dicomproto messages
and back.

    from dicomproto.converters import message_from_dicom, to_proto, from_proto, write_message

    message = message_from_dicom(data, "ct.dcm")   # Part 10 bytes -> its IOD message,
                                                   # e.g. CtImageIod (generic=True: a
                                                   # dicomproto.v1.DataSet)
    message = to_proto(read_dicom("ct.dcm"))       # the same, from a pydicom data set
    write_message("ct.pb", message)                # one google.protobuf.Any
    ds = from_proto(read_message("ct.pb"))         # a pydicom FileDataset, equal to the file

This package never imports the generator (no lxml needed to convert files), and
imports pydicom only when it is used: `message_from_dicom` reads most Part 10 files
without it (converters.reader), and what a name below needs is imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from google.protobuf.message import Message
    from pydicom.dataset import Dataset

    from dicomproto.v1 import dataset_pb2

    from .detached import Detached
    from .dicom_json import to_dicom_json
    from .errors import ConversionError
    from .files import (
        StreamWriter,
        bulk_resolver,
        dicom_from_bytes,
        dicom_to_bytes,
        iter_stream,
        pack_any,
        read_dicom,
        read_message,
        read_stream,
        sniff,
        split_bulk_data,
        unpack_any,
        write_dicom,
        write_message,
        write_stream,
    )
    from .generic import dataset_to_proto, proto_to_dataset
    from .lookup import Attribute, element, find, get, select
    from .salvage import damage_of

# name -> the module of this package that defines it (imported on first use)
_LAZY = {
    "ConversionError": "errors",
    "Detached": "detached",
    "StreamWriter": "files",
    "bulk_resolver": "files",
    "dicom_from_bytes": "files",
    "dicom_to_bytes": "files",
    "iter_stream": "files",
    "pack_any": "files",
    "read_dicom": "files",
    "read_message": "files",
    "read_stream": "files",
    "sniff": "files",
    "split_bulk_data": "files",
    "unpack_any": "files",
    "write_dicom": "files",
    "write_message": "files",
    "write_stream": "files",
    "dataset_to_proto": "generic",
    "proto_to_dataset": "generic",
    "damage_of": "salvage",
    "to_dicom_json": "dicom_json",
    "Attribute": "lookup",
    "element": "lookup",
    "find": "lookup",
    "get": "lookup",
    "select": "lookup",
}

__all__ = [
    "Attribute",
    "ConversionError",
    "Detached",
    "StreamWriter",
    "bulk_resolver",
    "damage_of",
    "dataset_to_proto",
    "detached_from_dicom",
    "dicom_from_bytes",
    "dicom_to_bytes",
    "element",
    "find",
    "from_proto",
    "get",
    "iter_stream",
    "message_from_dicom",
    "pack_any",
    "proto_to_dataset",
    "read_dicom",
    "read_message",
    "read_stream",
    "select",
    "sniff",
    "sop_class_uid",
    "split_bulk_data",
    "to_dicom_json",
    "to_proto",
    "typed_message",
    "typed_message_class",
    "unpack_any",
    "write_dicom",
    "write_message",
    "write_stream",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


SOP_CLASS_UID = 0x00080016
MEDIA_STORAGE_SOP_CLASS_UID = 0x00020002


def sop_class_uid(source: Dataset | Message) -> str:
    """The SOP Class UID (0008,0016) of a pydicom data set or a message, else the Media
    Storage SOP Class UID (0002,0002) of its file meta (a DICOMDIR has only the latter);
    "" when it has neither. From a data set it is read without converting the element:
    pydicom's conversion would replace a raw element (one stored as UN, say) and lose
    how it was stored."""
    from google.protobuf.message import Message

    if isinstance(source, Message):
        from . import typed

        return typed.sop_class_uid_of(source)
    from pydicom.dataelem import RawDataElement

    file_meta = getattr(source, "file_meta", None)
    for dataset, tag in ((source, SOP_CLASS_UID), (file_meta, MEDIA_STORAGE_SOP_CLASS_UID)):
        element = dataset._dict.get(tag) if dataset is not None else None
        if isinstance(element, RawDataElement):
            uid = (element.value or b"").rstrip(b"\0 ").decode("ascii", "replace")
        else:
            uid = str(element.value or "") if element is not None else ""
        if uid:
            return uid
    return ""


def typed_message_class(source: Dataset | dataset_pb2.DataSet) -> type[Message] | None:
    """The IOD message class for the SOP Class UID of a data set or generic message;
    None means generic (the schema has no IOD message for it)."""
    from . import typed

    uid = sop_class_uid(source)
    return typed.iod_class(uid) if uid else None


def typed_message(message: dataset_pb2.DataSet) -> Message:
    """A generic DataSet as the IOD message of its SOP Class when the schema has one,
    else the DataSet itself."""
    cls = typed_message_class(message)
    if cls is None:
        return message
    from . import typed

    return typed.generic_to_iod(message, cls)


def message_from_dicom(
    data: bytes, name: str = "<bytes>", *, generic: bool = False, salvage: bool = False
) -> Message:
    """DICOM bytes (a Part 10 file, or a bare data set) as a dicomproto message: the
    same message as ``to_proto(dicom_from_bytes(data, name, salvage=salvage),
    generic, as_read=True)``, read without pydicom where converters.reader can (most Part 10 files),
    through pydicom otherwise. Raises ConversionError naming `name` for bad input."""
    from .errors import ConversionError

    message = None
    if not salvage:
        from .reader import part10_to_proto

        message = part10_to_proto(data)
    try:
        if message is None:
            from .files import dicom_from_bytes

            return to_proto(dicom_from_bytes(data, name, salvage=salvage), generic, as_read=True)
        return message if generic else typed_message(message)
    except ConversionError as err:
        raise err.in_file(name) from err.__cause__


def detached_from_dicom(
    data: bytes, name: str = "<bytes>", *, generic: bool = False
) -> Message | Detached:
    """`message_from_dicom` for a message on its way to .pb bytes (`write_message`,
    `StreamWriter.write`, `files.any_pieces`): a large top-level Pixel Data value
    stays where it lies in `data`, not copied into the message (see
    converters.detached); the message itself when there is none to leave out."""
    from .detached import Detached
    from .reader import part10_to_proto_detached

    read = part10_to_proto_detached(data)
    if read is None:  # a file pydicom must read
        return message_from_dicom(data, name, generic=generic)
    from .errors import ConversionError

    message, pieces = read
    try:
        message = message if generic else typed_message(message)
    except ConversionError as err:
        raise err.in_file(name) from err.__cause__
    return message if pieces is None else Detached(message, pieces)


def to_proto(ds: Dataset, generic: bool = False, *, as_read: bool = False) -> Message:
    """A pydicom Dataset as a dicomproto message: the IOD message of its SOP Class
    when the schema has one (and `generic` is false), else the generic DataSet.
    A data set read in salvage mode gives a message that writes back its source byte
    for byte, its damage recorded (see `damage_of`). `as_read` says the data set is
    exactly as read, not edited since: Group Lengths are then kept as read while their
    groups keep their length (see generic.dataset_to_proto); edited, they are
    recomputed."""
    from . import salvage
    from .generic import dataset_to_proto

    if hasattr(ds, salvage.ATTRIBUTE):
        message = salvage.to_message(ds)
    else:
        message = dataset_to_proto(ds, as_read=as_read)
    return message if generic else typed_message(message)


def from_proto(msg: Message, *, bulk_data: Callable[[str], bytes] | None = None) -> Dataset:
    """A dicomproto message (generic DataSet or IOD message) as a pydicom Dataset.
    `bulk_data` resolves bulk data URIs (see files.bulk_resolver)."""
    from dicomproto.v1 import dataset_pb2

    from .generic import proto_to_dataset

    if isinstance(msg, dataset_pb2.DataSet):
        return proto_to_dataset(msg, bulk_data=bulk_data)
    from . import typed

    return proto_to_dataset(typed.iod_to_generic(msg), bulk_data=bulk_data)
