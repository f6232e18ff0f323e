"""Pixel Data kept out of a message between a Part 10 file and its .pb bytes.

Most of a converted file is its Pixel Data, and each copy of it costs more than the
rest of the conversion: into the generic message, from it into the IOD message, and
out again when the message is serialized. On the way from Part 10 to .pb bytes (as
`dicomproto convert` goes) the value need not be in a message at all. The reader
(`reader.part10_to_proto_detached`) leaves a large top-level Pixel Data value in the
input: the message holds everything else, the element too (without its value, or
with an empty `encapsulated`), and `Detached.parts` serializes the message and places
the value where the message would hold it. The bytes are exactly those of the whole
message (`whole().SerializeToString()`), and the value is never copied.

Wherever typing puts the element (its typed field, or an entry of `elements` or
`other_elements`), its place in the serialized message is found by field numbers.

The way back is the mirror image: `split` finds the value in a serialized message
(a .pb's bytes), parses everything else, and part10.encode_parts writes the value
from where it lies in the .pb (`dicom_to_bytes` of a Detached).
"""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf.message import Message

from dicomproto.v1 import dataset_pb2 as pb

from .wire import LEN, WireError, encode_varint, fields, read_varint

__all__ = ["Detached", "split"]

PIXEL_DATA = 0x7FE00010
# The sizes of the values left out: smaller ones cost less to copy than to place;
# below 1 GiB, far from protobuf's 2 GiB limit.
SIZES = range(16 << 10, 1 << 30)
_ELEMENTS = pb.DataSet.DESCRIPTOR.fields_by_name["elements"].number
_ELEMENT_FIELDS = pb.Element.DESCRIPTOR.fields_by_name
_BYTES = _ELEMENT_FIELDS["bytes"].number
_FRAGMENT_FIELDS = pb.EncapsulatedPixelData.DESCRIPTOR.fields_by_name
# (a field number, which of its entries counting from the last: 0 is the last)
Step = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Detached:
    """A message (generic DataSet or IOD message) whose top-level Pixel Data element
    holds no value, and that value as views of the input: native, the value itself;
    encapsulated (`encapsulated` set, empty), the offset table, then each fragment."""

    message: Message
    pieces: list[memoryview]

    def current_pieces(self) -> list[memoryview] | None:
        """The value to write with the message: its pieces, or None once the message's
        Pixel Data was edited (then the message as it is now wins)."""
        return self.pieces if self.holds_only_the_element() else None

    def parts(self) -> list[bytes | memoryview]:
        """The serialized whole message, in pieces (the value's pieces among them). A
        message whose Pixel Data was edited since (a value set, the element removed or
        repeated) is written as it is now: the edit wins over the value kept aside."""
        body = memoryview(self.message.SerializeToString())
        if not self.holds_only_the_element():
            return [body]
        path, holder, encapsulated, number = self._place()
        if encapsulated:  # the offset table and fragments into the empty message
            path.append((holder.fields_by_name["encapsulated"].number, 0))
            table, *fragments = self.pieces
            content = _field(_FRAGMENT_FIELDS["basic_offset_table"].number, table) if table else []
            for fragment in fragments:
                content += _field(_FRAGMENT_FIELDS["fragments"].number, fragment)
            number = 0
        else:
            content = _field(number, self.pieces[0])
        levels = _descend(body, path)
        low, high = (levels[-1][2], levels[-1][3]) if levels else (0, len(body))
        at = next((start for n, _, start, _, _ in _fields(body, low, high) if n > number), high)
        return _rebuilt(body, levels, at, at, content)

    def whole(self) -> Message:
        """The message with its Pixel Data value in it (a copy)."""
        return type(self.message).FromString(b"".join(self.parts()))

    def holds_only_the_element(self) -> bool:
        """Whether the message holds one top-level Pixel Data element, without a value
        (as a serialized message that repeats or splits fields may not, once cut)."""
        message = self.message
        if isinstance(message, pb.DataSet):
            found = [el for el in message.elements if el.tag == PIXEL_DATA]
        else:
            found = [el for el in message.other_elements if el.tag == PIXEL_DATA]  # type: ignore[attr-defined]
            typed = self._typed_field()
            if typed is not None:
                _, _, value, name = typed
                found.append(value)
                if getattr(value, name, b""):
                    return False
        if len(found) != 1:
            return False
        holder = found[0]
        if isinstance(holder, pb.Element) and holder.bytes:
            return False
        return not (holder.encapsulated.fragments or holder.encapsulated.basic_offset_table)

    def _typed_field(self):  # type: ignore[no-untyped-def]
        """(module field name, attribute plan, value message, the name of its native
        value field) of a typed Pixel Data."""
        from .typed import iod_plan

        found = iod_plan(self.message.DESCRIPTOR).find(PIXEL_DATA)
        if found is None or not self.message.HasField(found[0]):
            return None
        module = getattr(self.message, found[0])
        if not module.HasField(found[1].field_name):
            return None
        value = getattr(module, found[1].field_name)
        return found[0], found[1], value, found[1].value_name or pb.Vr.Name(value.vr)[3:].lower()

    def _place(self) -> tuple[list[Step], object, bool, int]:
        """The path down to the message that takes the value, that message's
        descriptor, whether the value is encapsulated, and the number of the field that
        takes a native value."""
        message = self.message
        if isinstance(message, pb.DataSet):
            el, step = _find(message.elements, _ELEMENTS)
            return [step], pb.Element.DESCRIPTOR, el.HasField("encapsulated"), _BYTES
        typed = self._typed_field()
        if typed is not None:
            module_name, attribute, value, name = typed
            module = getattr(message, module_name)
            module_field = module.DESCRIPTOR.fields_by_name[attribute.field_name]
            path = [
                (message.DESCRIPTOR.fields_by_name[module_name].number, 0),
                (module_field.number, 0),
            ]
            native = value.DESCRIPTOR.fields_by_name[name].number
            return path, value.DESCRIPTOR, value.HasField("encapsulated"), native
        number = message.DESCRIPTOR.fields_by_name["other_elements"].number
        el, step = _find(message.other_elements, number)  # type: ignore[attr-defined]
        return [step], pb.Element.DESCRIPTOR, el.HasField("encapsulated"), _BYTES


def split(body: memoryview, cls: type[Message]) -> Detached | None:
    """The serialized message `body` of class `cls` as a Detached: its top-level Pixel
    Data value (of a size in `SIZES`) left where it lies, the rest parsed; None when it
    holds no such value (the caller parses it whole)."""
    found = _locate(body, cls.DESCRIPTOR)
    if found is None:
        return None
    levels, (cut_from, cut_to), pieces = found
    if sum(len(piece) for piece in pieces) not in SIZES:
        return None
    rest = b"".join(_rebuilt(body, levels, cut_from, cut_to, []))
    detached = Detached(cls.FromString(rest), pieces)
    return detached if detached.holds_only_the_element() else None


# (field number, key start, payload start, end) of one message field on the way down
_Level = tuple[int, int, int, int]


def _locate(body: memoryview, descriptor: object):  # type: ignore[no-untyped-def]
    """Where the Pixel Data value lies in a serialized DataSet or IOD message: the
    fields down to the message holding it, the span to cut, and the value's pieces."""
    if descriptor is pb.DataSet.DESCRIPTOR:
        return _in_elements(body, 0, len(body), _ELEMENTS)
    fields = descriptor.fields_by_name  # type: ignore[attr-defined]
    from .typed import iod_plan

    found = iod_plan(descriptor).find(PIXEL_DATA)
    if found is not None:
        module_number = fields[found[0]].number
        module_field = fields[found[0]].message_type.fields_by_name[found[1].field_name]
        for level in _spans(body, 0, len(body), module_number)[-1:]:
            for inner in _spans(body, level[2], level[3], module_field.number)[-1:]:
                value = module_field.message_type.fields_by_name
                names = {value[name].number for name in ("ob", "ow", "value") if name in value}
                located = _value_in(body, inner, names, value["encapsulated"].number)
                if located is not None:
                    return [level, inner, *located[0]], located[1], located[2]
    if "other_elements" in fields:
        return _in_elements(body, 0, len(body), fields["other_elements"].number)
    return None


def _in_elements(body: memoryview, low: int, high: int, number: int):  # type: ignore[no-untyped-def]
    """The Pixel Data value of an entry of the repeated Element field `number`."""
    for field, wire, start, payload, end in _fields(body, low, high):
        if field != number or wire != LEN or body[payload : payload + 1] != b"\x08":
            continue
        tag, _ = read_varint(body, payload + 1)
        if tag == PIXEL_DATA:
            level = (number, start, payload, end)
            located = _value_in(
                body,
                level,
                {_BYTES},
                _ELEMENT_FIELDS["encapsulated"].number,
            )
            if located is not None:
                return [level, *located[0]], located[1], located[2]
    return None


def _value_in(body: memoryview, level: _Level, native: set[int], encapsulated: int):  # type: ignore[no-untyped-def]
    """In the message at `level`: a native value (one of the fields `native`: cut
    whole) or an encapsulated one (its message's content cut, the message kept)."""
    for field, wire, start, payload, end in _fields(body, level[2], level[3]):
        if wire != LEN:
            continue
        if field in native:
            return [], (start, end), [body[payload:end]]
        if field == encapsulated:
            table = body[payload:payload]  # absent: empty
            fragments = []
            for inner, _, _, begin, stop in _fields(body, payload, end):
                if inner == _FRAGMENT_FIELDS["basic_offset_table"].number:
                    table = body[begin:stop]
                elif inner == _FRAGMENT_FIELDS["fragments"].number:
                    fragments.append(body[begin:stop])
            return [(field, start, payload, end)], (payload, end), [table, *fragments]
    return None


def _spans(body: memoryview, low: int, high: int, number: int) -> list[_Level]:
    """The message fields `number` in body[low:high], in order."""
    return [
        (field, start, payload, end)
        for field, wire, start, payload, end in _fields(body, low, high)
        if field == number and wire == LEN
    ]


def _descend(body: memoryview, path: list[Step]) -> list[_Level]:
    """The fields down `path` (each step: a field number, which entry from the last)."""
    levels: list[_Level] = []
    low, high = 0, len(body)
    for number, back in path:
        spans = _spans(body, low, high, number)
        if back >= len(spans):
            raise ValueError(f"no entry {back} from the last of field {number}")
        levels.append(spans[-1 - back])
        low, high = levels[-1][2], levels[-1][3]
    return levels


def _rebuilt(
    body: memoryview,
    levels: list[_Level],
    cut_from: int,
    cut_to: int,
    content: list[bytes | memoryview],
) -> list[bytes | memoryview]:
    """`body` with body[cut_from:cut_to], inside the message at the end of `levels`,
    replaced by `content`: the pieces, each enclosing length rewritten."""
    grow = sum(len(piece) for piece in content) - (cut_to - cut_from)
    heads: list[bytes] = []  # each level's new key and length, found inside out
    for number, start, payload, end in reversed(levels):
        head = encode_varint(number << 3 | LEN) + encode_varint(end - payload + grow)
        heads.insert(0, head)
        grow += len(head) - (payload - start)
    out: list[bytes | memoryview] = []
    position = 0
    for (_, start, payload, _), head in zip(levels, heads, strict=True):
        out += [body[position:start], head]
        position = payload
    out += [body[position:cut_from], *content]
    position = cut_to
    for *_, end in reversed(levels):
        out.append(body[position:end])
        position = end
    out.append(body[position:])
    return out


def _find(elements: list[pb.Element], number: int) -> tuple[pb.Element, Step]:
    """The Pixel Data entry of a repeated Element field (`holds_only_the_element` has
    found it there, alone and without a value), and its step."""
    back = next(i for i, el in enumerate(reversed(elements)) if el.tag == PIXEL_DATA)
    return elements[-1 - back], (number, back)


def _field(number: int, value: memoryview) -> list[bytes | memoryview]:
    """A bytes field, in pieces."""
    return [encode_varint(number << 3 | LEN) + encode_varint(len(value)), value]


def _fields(body: memoryview, low: int, high: int) -> list[tuple[int, int, int, int, int]]:
    """`wire.fields` of a whole message: a field running past its end is an error."""
    found = list(fields(body, low, high))
    if found and found[-1][4] > high:
        raise WireError("a field runs past the end of its message")
    return found
