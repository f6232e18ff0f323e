"""DICOM <-> Protocol Buffers: pydicom data sets to dicomproto messages and back.

    from dicomproto.converters import read_dicom, to_proto, from_proto, write_message

    message = to_proto(read_dicom("ct.dcm"))   # its IOD message, e.g. CtImageIod
                                               # (generic=True: a dicomproto.v1.DataSet)
    write_message("ct.pb", message)            # one google.protobuf.Any
    ds = from_proto(read_message("ct.pb"))     # a pydicom FileDataset, equal to the file

This package never imports the generator (no lxml needed to convert files).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydicom.dataelem import RawDataElement

from .dicom_json import to_dicom_json
from .errors import ConversionError
from .files import (
    StreamWriter,
    bulk_resolver,
    dicom_from_bytes,
    dicom_to_bytes,
    pack_any,
    read_dicom,
    read_message,
    read_stream,
    sniff,
    unpack_any,
    write_dicom,
    write_message,
    write_stream,
)
from .generic import dataset_to_proto, proto_to_dataset
from .lookup import Attribute, element, find, get, select
from .salvage import damage_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from google.protobuf.message import Message
    from pydicom.dataset import Dataset

__all__ = [
    "Attribute",
    "ConversionError",
    "StreamWriter",
    "bulk_resolver",
    "damage_of",
    "dataset_to_proto",
    "dicom_from_bytes",
    "dicom_to_bytes",
    "element",
    "find",
    "from_proto",
    "get",
    "pack_any",
    "proto_to_dataset",
    "read_dicom",
    "read_message",
    "read_stream",
    "select",
    "sniff",
    "sop_class_uid",
    "to_dicom_json",
    "to_proto",
    "typed_message_class",
    "unpack_any",
    "write_dicom",
    "write_message",
    "write_stream",
]

def typed_message_class(ds: Dataset) -> type[Message] | None:
    """The IOD message class for the data set's SOP Class UID; None means generic."""
    from . import typed

    uid = sop_class_uid(ds)
    return typed.iod_class(uid) if uid else None


def sop_class_uid(ds: Dataset) -> str:
    """The SOP Class UID (0008,0016), else the Media Storage SOP Class UID (0002,0002)
    of the file meta (a DICOMDIR has only the latter), read without converting the
    element: pydicom's conversion would replace a raw element (one stored as UN, say)
    and lose how it was stored."""
    file_meta = getattr(ds, "file_meta", None)
    for dataset, tag in ((ds, 0x00080016), (file_meta, 0x00020002)):
        element = dataset._dict.get(tag) if dataset is not None else None
        if isinstance(element, RawDataElement):
            uid = (element.value or b"").rstrip(b"\0 ").decode("ascii", "replace")
        else:
            uid = str(element.value or "") if element is not None else ""
        if uid:
            return uid
    return ""


def to_proto(ds: Dataset, generic: bool = False) -> Message:
    """A pydicom Dataset as a dicomproto message: the IOD message of its SOP Class
    when the schema has one (and `generic` is false), else the generic DataSet.
    A data set read in salvage mode gives a message that writes back its source byte
    for byte, its damage recorded (see `damage_of`)."""
    cls = None if generic else typed_message_class(ds)
    from . import salvage

    if hasattr(ds, salvage.ATTRIBUTE):
        message = salvage.to_message(ds)
    elif cls is None:
        return dataset_to_proto(ds)
    else:
        message = dataset_to_proto(ds)
    if cls is None:
        return message
    from . import typed

    return typed.generic_to_iod(message, cls)


def from_proto(msg: Message, *, bulk_data: Callable[[str], bytes] | None = None) -> Dataset:
    """A dicomproto message (generic DataSet or IOD message) as a pydicom Dataset.
    `bulk_data` resolves bulk data URIs (see files.bulk_resolver)."""
    from dicomproto.v1 import dataset_pb2

    if isinstance(msg, dataset_pb2.DataSet):
        return proto_to_dataset(msg, bulk_data=bulk_data)
    from . import typed

    return proto_to_dataset(typed.iod_to_generic(msg), bulk_data=bulk_data)
