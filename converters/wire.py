"""The protobuf wire format, as far as the converters read it themselves: varints and
the fields of a serialized message, found without parsing it (a .pb's Any, a stream's
record lengths, a damaged .pb read up to its break, a Pixel Data value located in place).
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["LEN", "WireError", "encode_varint", "fields", "read_varint"]

LEN = 2  # the wire type of bytes, strings and messages


class WireError(ValueError):
    """The bytes end inside a varint, or hold what is not a message's field here."""


def encode_varint(value: int) -> bytes:
    """A non-negative integer as a base-128 varint."""
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def read_varint(data: bytes | memoryview, position: int) -> tuple[int, int]:
    """(value, position after it) of the varint at `position`."""
    value = shift = 0
    while True:
        if position >= len(data) or shift > 63:
            raise WireError("the bytes end inside a varint")
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, position
        shift += 7


def fields(
    data: bytes | memoryview, low: int = 0, high: int | None = None
) -> Iterator[tuple[int, int, int, int, int]]:
    """(number, wire type, start, payload start, end) of each field of data[low:high],
    offsets in `data`. The last field may end past `high` (a message cut short): the
    caller looks at its end. Groups (wire types 3 and 4) raise WireError."""
    position, size = low, len(data) if high is None else high
    while position < size:
        start = position
        key = data[position]
        if key < 0x80:  # one-byte keys and lengths, by far the most: read inline
            position += 1
        else:
            key, position = read_varint(data, position)
        wire = key & 7
        payload = position
        if wire == LEN:
            if position < len(data) and data[position] < 0x80:
                length, payload = data[position], position + 1
            else:
                length, payload = read_varint(data, position)
            end = payload + length
        elif wire == 0:
            _, end = read_varint(data, position)
        elif wire == 1 or wire == 5:
            end = position + (8 if wire == 1 else 4)
        else:
            raise WireError(f"wire type {wire} in a serialized message")
        yield key >> 3, wire, start, payload, end
        position = end
