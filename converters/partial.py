"""What a damaged .pb or stream holds up to the break: for showing it, never for
converting it (damaged DICOM files have salvage mode, converters.salvage).

    message, damage = partial_message(data, name)   # a cut .pb: the fields before the cut
    records, damage = partial_stream(data, name)    # a cut stream: the whole records, and
                                                    # what the cut one holds

`damage` is an empty list for an intact input, else lines saying what is wrong and
what was kept. A protobuf message is read field by field (recursing into the field
the break falls in), so a cut .pb keeps every element before the break.
"""

from __future__ import annotations

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import DecodeError, Message

from . import files
from .errors import ConversionError
from .wire import WireError, fields, read_varint

__all__ = ["partial_message", "partial_stream"]


def _salvage(message: Message, data: bytes | memoryview) -> bool:
    """Merge into `message` every whole field of `data`, and what the cut one holds;
    True when `data` was whole."""
    descriptor = message.DESCRIPTOR
    try:
        for number, wire, start, value_start, end in fields(data):
            if end > len(data):  # the break falls inside this field
                field = descriptor.fields_by_number.get(number)
                if field is not None and field.type == FieldDescriptor.TYPE_MESSAGE and wire == 2:
                    _salvage_into(message, field, data[value_start:])
                return False
            try:
                message.MergeFromString(bytes(data[start:end]))
            except (DecodeError, RuntimeError):
                return False
    except WireError:
        return False
    return True


def _salvage_into(parent: Message, field: FieldDescriptor, data: bytes | memoryview) -> None:
    """The part of a cut sub-message that is readable, added to `parent`."""
    if field.is_repeated:
        container = getattr(parent, field.name)
        child = container.add()
        _salvage(child, data)
        if not child.ListFields():
            del container[-1]
    else:
        child = type(getattr(parent, field.name))()
        _salvage(child, data)
        if child.ListFields():
            getattr(parent, field.name).MergeFrom(child)


def partial_message(data: bytes | memoryview, name: str) -> tuple[Message, list[str]]:
    """The message of a .pb (a serialized Any), as much as is readable."""
    try:
        return files.unpack_any(data, name), []
    except ConversionError as err:
        first = err
    type_url, value, declared = "", b"", 0
    try:
        for number, wire, _, value_start, end in fields(data):
            if wire != 2:
                raise WireError
            chunk = bytes(data[value_start:end])
            if number == 1:
                type_url = chunk.decode("utf-8", "replace")
            elif number == 2:
                value, declared = chunk, end - value_start
    except WireError:
        pass
    full_name = type_url.rpartition("/")[2]
    if not type_url.startswith(files.TYPE_URL_PREFIX) or not full_name.startswith(files.PACKAGE):
        raise first
    try:
        message = files.message_class(full_name)()
    except KeyError:
        raise first from None
    if _salvage(message, value) and len(value) == declared:
        raise first  # nothing is cut short: the damage is of another kind
    if len(value) < declared:
        reason = f"cut short: {len(value)} of the message's {declared} bytes"
    else:
        reason = f"{first.reason} (unreadable from some point on)"
    return message, [f"{reason}; shown: the fields before the break"]


def partial_stream(data: bytes, name: str) -> tuple[list[Message], list[str]]:
    """The records of a stream: every whole one, then what the cut one holds.
    Records are counted from 1, as `to-dcm` numbers the files it restores."""
    records: list[Message] = []
    pos = 0
    while pos < len(data):
        number = len(records) + 1
        try:
            length, start = read_varint(data, pos)
        except WireError:
            return records, [f"record {number} (at byte {pos}) is cut short inside its length"]
        end = start + length
        try:
            if end > len(data):
                raise ConversionError(f"is cut short: {len(data) - start} of its {length} bytes")
            records.append(files.unpack_any(data[start:end], name))
        except ConversionError as err:
            reason = f"record {number} (at byte {pos}) {err.reason}"
            try:
                records.append(partial_message(data[start:end], name)[0])
                reason += "; shown as far as it goes"
            except ConversionError:
                pass
            return records, [reason]
        pos = end
    return records, []
