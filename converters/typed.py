"""The typed path: IOD messages, mapped to and from the generic DataSet.

A data set is first converted by the generic path (converters.generic), which is
lossless; this module then moves each Element into the typed field that holds its
tag, or leaves it in `other_elements`. The way back does the reverse and lets the
generic path rebuild the pydicom data set, so the typed path is exactly as lossless
as the generic one.

The mapping is planned once per message type from the descriptors' options
(`(dicomproto.v1.attribute)` on fields, `(dicomproto.v1.module)` on IOD fields) and
cached. An Element goes into a typed field only when it fits exactly: its VR is the
field's (or one of them), its values are as many as the VM allows, numbers are in
range, DS/IS text parses, and it holds no stored bytes or bulk data the typed field
cannot carry. Anything else stays generic in `other_elements`: nothing is dropped.

An attribute that several modules of an IOD define (Instance Number in General
Image and Multi-frame Functional Groups, say) is held by the first of them in the
IOD's table order; the other modules leave it unset.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from dicomproto.v1 import dataset_pb2 as pb
from dicomproto.v1 import options_pb2, sop_classes

from .values import dictionary_vr_number, element_vr
from .vrs import BYTES_VRS, NUMBER_FIELDS, NUMBER_TEXT_VRS, STRING_VRS

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

# The range of the typed field a VR's numbers go to, where narrower than the Element's
# (uint32 for US and UL, int32 for SS and SL).
TYPED_RANGES: dict[str, tuple[int, int]] = {
    "US": (0, 2**32 - 1),
    "UL": (0, 2**32 - 1),
    "SS": (-(2**31), 2**31 - 1),
    "SL": (-(2**31), 2**31 - 1),
}
SOP_CLASS_UID = 0x00080016
MEDIA_STORAGE_SOP_CLASS_UID = 0x00020002
FULL_MASK = 0xFFFFFFFF
PIXEL_DATA = 0x7FE00010
INT64 = (-(2**63), 2**63 - 1)
# VR -> its number in the Vr enum
VR_NUMBERS: dict[str, int] = {name[3:]: number for name, number in pb.Vr.items()}


@dataclass(frozen=True, slots=True)
class AttributePlan:
    """One attribute field of a module, macro or item message."""

    field_name: str
    tag: int
    mask: int
    vrs: tuple[str, ...]
    single: bool
    deprecated: bool = False  # kept from an earlier release: read, not filled first
    # Derived once, for the per-element paths: a repeating group (mask not all ones),
    # the value field's name for a single VR ("value" or "values"; for several VRs
    # the field is named after the VR), and whether the field is a sequence.
    repeating_group: bool = False
    value_name: str = ""
    sequence: bool = False
    # put(parent, element): the element into this field of `parent` (True), or nothing
    # written (False) when it does not fit; specialized once per field (see `_putter`).
    put: Callable[[Message, pb.Element], bool] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:  # made on first use (most fields never are)
        object.__setattr__(self, "put", self._first_put)

    def _first_put(self, parent: Message, el: pb.Element) -> bool:
        put = _putter(self)
        object.__setattr__(self, "put", put)  # frozen: set once more, here
        return put(parent, el)


@dataclass(slots=True)
class MessagePlan:
    """Tag -> attribute field for one module, macro or item message."""

    by_tag: dict[int, AttributePlan] = field(default_factory=dict)
    masked: list[AttributePlan] = field(default_factory=list)
    fields: list[AttributePlan] = field(default_factory=list)
    # field descriptor (as ListFields gives them) -> (its place among `fields`, its plan)
    by_field: dict[FieldDescriptor, tuple[int, AttributePlan]] = field(default_factory=dict)
    # tag -> what `masked` gives it (None: nothing), found once per tag
    matched: dict[int, AttributePlan | None] = field(default_factory=dict)

    def find(self, tag: int) -> AttributePlan | None:
        plan = self.by_tag.get(tag)
        if plan is None and self.masked:
            if tag in self.matched:
                return self.matched[tag]
            plan = next((p for p in self.masked if tag & p.mask == p.tag), None)
            self.matched[tag] = plan
        return plan


@dataclass(frozen=True, slots=True)
class IodPlan:
    """Tag -> (module field, attribute field) for a whole IOD, first module wins."""

    modules: tuple[str, ...]
    by_tag: dict[int, tuple[str, AttributePlan]]
    masked: tuple[tuple[str, AttributePlan], ...]
    # tag -> what `masked` gives it (None: nothing), found once per tag
    matched: dict[int, tuple[str, AttributePlan] | None] = field(default_factory=dict)

    def find(self, tag: int) -> tuple[str, AttributePlan] | None:
        found = self.by_tag.get(tag)
        if found is None and self.masked:
            if tag in self.matched:
                return self.matched[tag]
            found = next(((m, p) for m, p in self.masked if tag & p.mask == p.tag), None)
            self.matched[tag] = found
        return found


def _attribute_plan(fd: FieldDescriptor) -> AttributePlan | None:
    options = fd.GetOptions()
    if not options.HasExtension(options_pb2.attribute):
        return None
    attribute = options.Extensions[options_pb2.attribute]
    mask = attribute.mask or FULL_MASK
    vrs = tuple(attribute.vr.split(" or "))
    single = attribute.vm == "1"
    return AttributePlan(
        field_name=fd.name,
        tag=attribute.tag,
        mask=mask,
        vrs=vrs,
        single=single,
        deprecated=options.deprecated,
        repeating_group=mask != FULL_MASK,
        value_name="" if len(vrs) > 1 else "value" if single else "values",
        sequence="SQ" in vrs,
    )


@cache
def message_plan(descriptor: Descriptor) -> MessagePlan:
    """The cached plan of a module, macro or item message."""
    plan = MessagePlan()
    for fd in descriptor.fields:
        attribute = _attribute_plan(fd)
        if attribute is None:
            continue
        plan.by_field[fd] = (len(plan.fields), attribute)
        plan.fields.append(attribute)
        if attribute.repeating_group:
            plan.masked.append(attribute)
        else:
            plan.by_tag[attribute.tag] = attribute
    return plan


@cache
def iod_plan(descriptor: Descriptor) -> IodPlan:
    """The cached plan of an IOD message: every module's attributes by tag. Fields the
    schema keeps deprecated (from an earlier release) come after every live one."""
    by_tag: dict[int, tuple[str, AttributePlan]] = {}
    masked: list[tuple[str, AttributePlan]] = []
    modules = [
        fd.name for fd in descriptor.fields if fd.GetOptions().HasExtension(options_pb2.module)
    ]
    for live in (True, False):
        for fd in descriptor.fields:
            if fd.name not in modules:
                continue
            plan = message_plan(fd.message_type)
            dead = fd.GetOptions().deprecated
            for tag, attribute in plan.by_tag.items():
                if (not dead and not attribute.deprecated) == live:
                    by_tag.setdefault(tag, (fd.name, attribute))
            masked += [(fd.name, a) for a in plan.masked if (not dead and not a.deprecated) == live]
    return IodPlan(tuple(modules), by_tag, tuple(masked))


@cache
def iod_class(sop_class_uid: str) -> type[Message] | None:
    """The generated IOD message class for a SOP Class UID, if the schema has one."""
    entry = sop_classes.SOP_CLASS_MESSAGES.get(sop_class_uid)
    if entry is None:
        return None
    module = importlib.import_module(f"dicomproto.v1.{entry[0]}")
    return getattr(module, entry[1])


# -- numbers as DS and IS text ---------------------------------------------------------


def format_number(vr: str, number: float) -> str:
    """Canonical text: integers without a decimal point, else Python's shortest repr."""
    if vr == "IS":
        return str(int(number))
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def _parse_numbers(vr: str, texts: list[str]) -> list[float] | list[int] | None:
    """Numbers of DS/IS texts, or None when one does not parse or fit."""
    try:
        if vr == "DS":
            return [float(text) for text in texts]
        numbers = [int(text) for text in texts]
    except ValueError:
        return None
    if any(not INT64[0] <= n <= INT64[1] for n in numbers):
        return None
    return numbers


# -- generic Element -> typed field ---------------------------------------------------


def _put(parent: Message, attribute: AttributePlan, el: pb.Element) -> bool:
    """Move `el` into its typed field of `parent`; False (nothing written) if it does
    not fit exactly."""
    vr = element_vr(el)
    if vr is None or vr not in attribute.vrs or (el.bulk_data_uri and el.tag != PIXEL_DATA):
        return False
    if vr not in BYTES_VRS and el.bytes:
        return False  # stored bytes that the typed values would not give back
    if vr == "SQ":
        _put_items(getattr(parent, attribute.field_name), el)
        return True
    if el.undefined_length and not el.HasField("encapsulated"):
        return False
    writer = _WRITERS.get(vr)
    if writer is None:
        return False
    container = getattr(parent, attribute.field_name)
    message = container.add() if attribute.repeating_group else container
    name = attribute.value_name or vr.lower()
    if not writer(message, name, attribute, el, vr):
        if attribute.repeating_group:
            del container[-1]
        else:
            parent.ClearField(attribute.field_name)
        return False
    if attribute.repeating_group:
        message.tag = el.tag
    if not attribute.value_name:
        message.vr = VR_NUMBERS[vr]
    message.SetInParent()
    return True


def _put_items(items: Message, el: pb.Element) -> None:
    items.SetInParent()
    items.undefined_length = el.undefined_length
    item_type = items.DESCRIPTOR.fields_by_name["items"].message_type
    plan = message_plan(item_type)
    for data in el.items:
        item = items.items.add()
        item.undefined_length = data.undefined_length
        _fill(item, plan, data.elements)


def _fill(message: Message, plan: MessagePlan, elements: list[pb.Element]) -> None:
    for el in elements:
        attribute = plan.find(el.tag)
        if attribute is None or not attribute.put(message, el):
            message.other_elements.append(el)


def _assign(msg: Message, name: str, a: AttributePlan, values: Sequence[object]) -> bool:
    """Values into the value field (singular for VM 1); False if they are too many."""
    if not a.single:
        getattr(msg, name).extend(values)
    elif len(values) > 1:
        return False
    elif values and isinstance(values[0], Message):
        getattr(msg, name).CopyFrom(values[0])
    elif values:
        setattr(msg, name, values[0])
    return True


def _write_strings(msg: Message, name: str, a: AttributePlan, el: pb.Element, vr: str) -> bool:
    strings = el.strings
    if not a.single:
        getattr(msg, name).extend(strings)
    elif len(strings) > 1:
        return False
    elif strings:
        if not strings[0]:
            return False  # "" and no value are one thing in a single string field
        setattr(msg, name, strings[0])
    return True


def _write_number_text(msg: Message, name: str, a: AttributePlan, el: pb.Element, vr: str) -> bool:
    texts = list(el.strings)
    if a.single and texts == [""]:
        return False
    numbers = _parse_numbers(vr, texts)
    if numbers is None or not _assign(msg, name, a, numbers):
        return False
    written = "\\".join(texts)
    if written != "\\".join(format_number(vr, n) for n in numbers):
        msg.text = written
    return True


def _write_person_names(msg: Message, name: str, a: AttributePlan, el: pb.Element, vr: str) -> bool:
    return _assign(msg, name, a, el.person_names)


def _write_numbers(msg: Message, name: str, a: AttributePlan, el: pb.Element, vr: str) -> bool:
    bounds = TYPED_RANGES.get(vr)
    numbers = getattr(el, NUMBER_FIELDS[vr])
    if bounds is not None and numbers and (min(numbers) < bounds[0] or max(numbers) > bounds[1]):
        return False
    return _assign(msg, name, a, numbers)


def _write_bytes(msg: Message, name: str, a: AttributePlan, el: pb.Element, vr: str) -> bool:
    if el.HasField("encapsulated") or el.bulk_data_uri:
        if el.tag != PIXEL_DATA or a.repeating_group:
            return False
        if el.HasField("encapsulated"):
            msg.encapsulated.CopyFrom(el.encapsulated)
        msg.bulk_data_uri = el.bulk_data_uri
        return True
    data = el.bytes  # a copy of the value: taken once
    if data:
        setattr(msg, name, data)
    return True


Writer = Callable[[Message, str, AttributePlan, pb.Element, str], bool]
_WRITERS: dict[str, Writer] = {
    **dict.fromkeys(STRING_VRS, _write_strings),
    "DS": _write_number_text,
    "IS": _write_number_text,
    "PN": _write_person_names,
    **dict.fromkeys(NUMBER_FIELDS, _write_numbers),
    **dict.fromkeys(BYTES_VRS, _write_bytes),
}


# -- the same, specialized once per field ---------------------------------------------


def _putter(a: AttributePlan) -> Callable[[Message, pb.Element], bool]:
    """`put` of an attribute field: `_put` with what the field fixes decided once (its
    VR, the dictionary's VR of its tag, its value field), then the same writer. Bytes
    VRs, repeating groups and fields of several VRs use `_put` itself."""
    vr = a.vrs[0]
    writer = _WRITERS.get(vr)
    simple = not a.repeating_group and len(a.vrs) == 1 and vr not in BYTES_VRS
    if not simple or (writer is None and vr != "SQ"):
        return lambda parent, el: _put(parent, a, el)
    number = VR_NUMBERS[vr]
    # An Element without a VR of its own stands for the dictionary's VR of its tag.
    dictionary_fits = dictionary_vr_number(a.tag) == number
    name, value_name = a.field_name, a.value_name

    def put(parent: Message, el: pb.Element) -> bool:
        own = el.vr
        if ((own != number) if own else not dictionary_fits) or el.bytes or el.bulk_data_uri:
            return False  # another VR, or stored bytes the typed values would not give
        if writer is None:  # a sequence
            _put_items(getattr(parent, name), el)
            return True
        if el.undefined_length:
            return False
        target = getattr(parent, name)
        if not writer(target, value_name, a, el, vr):
            return False
        target.SetInParent()
        return True

    return put


# -- typed field -> generic Element ---------------------------------------------------

# One entry of a data set level on the way back: (tag, an Element of other_elements to
# copy as it is, or (attribute plan, the field's value message) to build in place).
_Entry = tuple[int, "pb.Element | tuple[AttributePlan, Message]"]


def value_per_entry(attribute: AttributePlan) -> bool:
    """Whether the field holds one value message per element (a repeating group)."""
    return attribute.repeating_group and not attribute.sequence


def _held(message: Message) -> list[tuple[AttributePlan, Message]]:
    """The attribute fields a module or item message holds, in the plan's field order,
    each with its value message (one per entry of a repeating group)."""
    by_field = message_plan(message.DESCRIPTOR).by_field
    present = []
    for fd, value in message.ListFields():  # only the fields that are set
        found = by_field.get(fd)
        if found is not None:
            present.append((found[0], found[1], value))
    present.sort(key=lambda entry: entry[0])
    held: list[tuple[AttributePlan, Message]] = []
    for _, attribute, value in present:
        if value_per_entry(attribute):
            held += [(attribute, entry) for entry in value]
        else:
            held.append((attribute, value))
    return held


def _entries(held: list[tuple[AttributePlan, Message]]) -> list[_Entry]:
    return [
        (value.tag if value_per_entry(attribute) else attribute.tag, (attribute, value))
        for attribute, value in held
    ]


def _write_level(out: Sequence[pb.Element], entries: list[_Entry]) -> None:
    """Fill the repeated Element field `out` with a level's entries, sorted by tag (a
    stable sort: equal tags keep their order); typed fields are built in place."""
    entries.sort(key=lambda entry: entry[0])
    for tag, source in entries:
        if isinstance(source, tuple):
            _fill_element(out.add(), source[1], source[0], tag)  # type: ignore[attr-defined]
        else:
            out.append(source)  # type: ignore[attr-defined]


def _fill_sequence(el: pb.Element, items: Message, attribute: AttributePlan) -> None:
    """A typed sequence field into the (empty) Element `el`, its items built in place."""
    el.tag = attribute.tag
    el.undefined_length = items.undefined_length
    if dictionary_vr_number(attribute.tag) != pb.VR_SQ:
        el.vr = pb.VR_SQ  # unset means the dictionary's VR, as on the generic path
    for item in items.items:
        data = el.items.add()
        data.undefined_length = item.undefined_length
        entries = _entries(_held(item))
        entries += [(other.tag, other) for other in item.other_elements]
        _write_level(data.elements, entries)


def _take(message: Message, attribute: AttributePlan) -> list[pb.Element]:
    """The Elements an attribute field holds (several for a repeating group)."""
    container = getattr(message, attribute.field_name)
    if attribute.sequence:
        el = pb.Element()
        _fill_sequence(el, container, attribute)
        return [el]
    if attribute.repeating_group:
        return [_element_of(m, attribute, m.tag) for m in container]
    return [_element_of(container, attribute, attribute.tag)]


def _element_of(message: Message, attribute: AttributePlan, tag: int) -> pb.Element:
    """The generic Element of a typed field's value message."""
    el = pb.Element()
    _fill_element(el, message, attribute, tag)
    return el


def _fill_element(el: pb.Element, message: Message, attribute: AttributePlan, tag: int) -> None:
    """A typed field's value message into the (empty) Element `el`."""
    if attribute.sequence:
        _fill_sequence(el, message, attribute)
        return
    if attribute.value_name:
        vr = attribute.vrs[0]
        name = attribute.value_name
    else:
        vr = pb.Vr.Name(message.vr)[3:]
        name = vr.lower()
    el.tag = tag
    number = VR_NUMBERS[vr]
    if number != dictionary_vr_number(tag):
        el.vr = number  # unset means the dictionary's VR, as on the generic path
    if vr in BYTES_VRS:
        if tag == PIXEL_DATA and (message.HasField("encapsulated") or message.bulk_data_uri):
            if message.HasField("encapsulated"):
                el.encapsulated.CopyFrom(message.encapsulated)
                el.undefined_length = True
            el.bulk_data_uri = message.bulk_data_uri
        else:
            el.bytes = getattr(message, name)
        return
    if attribute.single:
        present = bool(getattr(message, name)) if vr in STRING_VRS else message.HasField(name)
        values = [getattr(message, name)] if present else []
    else:
        values = list(getattr(message, name))
    if vr in STRING_VRS:
        el.strings.extend(values)
    elif vr in NUMBER_TEXT_VRS:
        if message.text and _text_holds(vr, message.text, values):
            el.strings.extend(message.text.split("\\"))
        else:
            el.strings.extend(format_number(vr, n) for n in values)
    elif vr == "PN":
        el.person_names.extend(values)
    else:
        getattr(el, NUMBER_FIELDS[vr]).extend(values)


def _text_holds(vr: str, text: str, values: list[float] | list[int]) -> bool:
    """Whether the exact DS/IS text kept for fidelity still gives the numbers the
    field holds: once the numbers were edited, they win over the old text."""
    numbers = _parse_numbers(vr, text.split("\\"))
    if numbers is None or len(numbers) != len(values):
        return False
    return all(
        a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))
        for a, b in zip(numbers, values, strict=True)
    )


def _typed_elements(message: Message) -> list[pb.Element]:
    """The Elements held by the attribute fields of a module or item message."""
    return [
        _element_of(value, attribute, tag) for tag, (attribute, value) in _entries(_held(message))
    ]  # type: ignore[misc]


# -- public ---------------------------------------------------------------------------


def generic_to_iod(data: pb.DataSet, message_class: type[Message]) -> Message:
    """A generic DataSet as the IOD message `message_class`."""
    message = message_class()
    if data.HasField("file_meta"):
        message.file_meta.CopyFrom(data.file_meta)
    plan = iod_plan(message.DESCRIPTOR)
    modules: dict[str, Message] = {}
    others = message.other_elements
    for el in data.elements:
        found = plan.find(el.tag)
        if found is None:
            others.append(el)
            continue
        module = modules.get(found[0])
        if module is None:
            module = modules[found[0]] = getattr(message, found[0])
        if not found[1].put(module, el):
            others.append(el)
    return message


def iod_to_generic(message: Message) -> pb.DataSet:
    """An IOD message as the generic DataSet it was made from."""
    data = pb.DataSet()
    if message.HasField("file_meta"):
        data.file_meta.CopyFrom(message.file_meta)
    entries: list[_Entry] = [(el.tag, el) for el in message.other_elements]
    for module_name in iod_plan(message.DESCRIPTOR).modules:
        if message.HasField(module_name):
            entries += _entries(_held(getattr(message, module_name)))
    _write_level(data.elements, entries)
    return data


def dataset_to_iod(dataset: Dataset, message_class: type[Message]) -> Message:
    """A pydicom data set as an IOD message (file meta included)."""
    from .generic import dataset_to_proto

    return generic_to_iod(dataset_to_proto(dataset), message_class)


def sop_class_uid_of(message: Message) -> str:
    """The SOP Class UID a generic DataSet or an IOD message holds ("" if none)."""
    if isinstance(message, pb.DataSet):
        elements: list[pb.Element] = [el for el in message.elements if el.tag == SOP_CLASS_UID]
    else:
        elements = [el for el in message.other_elements if el.tag == SOP_CLASS_UID]  # type: ignore[attr-defined]
        found = iod_plan(message.DESCRIPTOR).find(SOP_CLASS_UID)
        if not elements and found is not None:
            module = getattr(message, found[0])
            if message.HasField(found[0]) and module.HasField(found[1].field_name):
                elements = _take(module, found[1])
    if not elements:  # else the file meta's Media Storage SOP Class UID (a DICOMDIR)
        meta = message.file_meta.elements  # type: ignore[attr-defined]
        elements = [el for el in meta if el.tag == MEDIA_STORAGE_SOP_CLASS_UID]
    if not elements:
        return ""
    el = elements[0]
    if el.strings:
        return "\\".join(el.strings)
    return el.bytes.rstrip(b"\0 ").decode("ascii", "replace")
