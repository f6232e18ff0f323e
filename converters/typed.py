"""The typed path: pydicom Dataset <-> IOD messages, driven by the descriptors' options.

Each message type gets one plan (tag -> field), built from the `(dicomproto.v1.attribute)`
and `(dicomproto.v1.module)` options the first time it is used and cached. An element
goes into a typed field only when it fits exactly (same VR, a VM the field can hold,
values that convert without loss); anything else goes to `other_elements` as a generic
Element, so nothing is dropped.

An attribute that several modules of an IOD define (Instance Number in General Image
and Multi-frame Functional Groups, say) is held by the first of them in the IOD's
table order; the other modules leave it unset.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from dicomproto.v1 import dataset_pb2, options_pb2, sop_classes
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.tag import BaseTag

from . import values

PACKAGE = "dicomproto.v1"
STRING_VRS = frozenset(
    ["AE", "AS", "CS", "DA", "DT", "LO", "LT", "SH", "ST", "TM", "UC", "UI", "UR", "UT"]
)
BYTES_VRS = frozenset(["OB", "OD", "OF", "OL", "OV", "OW", "UN"])
INT_VRS = frozenset(["US", "UL", "SS", "SL", "SV", "UV"])
FLOAT_VRS = frozenset({"FL", "FD"})
PIXEL_DATA = 0x7FE00010


class DoesNotFit(Exception):
    """An element that the typed field cannot hold exactly (it goes to other_elements)."""


@dataclass(frozen=True, slots=True)
class AttributePlan:
    """One attribute field: where it lives and how its value is shaped."""

    field_name: str
    tag: int
    mask: int
    vrs: tuple[str, ...]
    single: bool
    items_message: str  # full name of the Items wrapper for SQ, else ""


@dataclass(slots=True)
class MessagePlan:
    """Tag -> field for one module, macro or item message."""

    full_name: str
    by_tag: dict[int, AttributePlan] = field(default_factory=dict)
    masked: list[AttributePlan] = field(default_factory=list)
    by_field: dict[str, AttributePlan] = field(default_factory=dict)
    has_other_elements: bool = False
    has_undefined_length: bool = False

    def find(self, tag: int) -> AttributePlan | None:
        plan = self.by_tag.get(tag)
        if plan is not None:
            return plan
        return next((p for p in self.masked if tag & p.mask == p.tag), None)


@dataclass(frozen=True, slots=True)
class IodPlan:
    """Tag -> (module field, attribute plan) for a whole IOD, first module wins."""

    full_name: str
    modules: tuple[str, ...]
    by_tag: dict[int, tuple[str, AttributePlan]]
    masked: tuple[tuple[str, AttributePlan], ...]

    def find(self, tag: int) -> tuple[str, AttributePlan] | None:
        found = self.by_tag.get(tag)
        if found is not None:
            return found
        return next(((m, p) for m, p in self.masked if tag & p.mask == p.tag), None)


def _attribute_plan(fd: FieldDescriptor) -> AttributePlan | None:
    options = fd.GetOptions()
    if not options.HasExtension(options_pb2.attribute):
        return None
    attribute = options.Extensions[options_pb2.attribute]
    items = fd.message_type.full_name if "SQ" in attribute.vr.split(" or ") else ""
    return AttributePlan(
        field_name=fd.name,
        tag=attribute.tag,
        mask=attribute.mask or 0xFFFFFFFF,
        vrs=tuple(attribute.vr.split(" or ")),
        single=attribute.vm == "1",
        items_message=items,
    )


_PLANS: dict[str, MessagePlan] = {}


def message_plan(descriptor: Descriptor) -> MessagePlan:
    """The cached plan of a module, macro or item message."""
    plan = _PLANS.get(descriptor.full_name)
    if plan is not None:
        return plan
    plan = MessagePlan(descriptor.full_name)
    _PLANS[descriptor.full_name] = plan
    for fd in descriptor.fields:
        attribute = _attribute_plan(fd)
        if attribute is None:
            plan.has_other_elements |= fd.name == "other_elements"
            plan.has_undefined_length |= fd.name == "undefined_length"
            continue
        plan.by_field[fd.name] = attribute
        if attribute.mask != 0xFFFFFFFF:
            plan.masked.append(attribute)
        else:
            plan.by_tag[attribute.tag] = attribute
    return plan


@cache
def iod_plan(descriptor: Descriptor) -> IodPlan:
    """The cached plan of an IOD message: every module's attributes by tag."""
    by_tag: dict[int, tuple[str, AttributePlan]] = {}
    masked: list[tuple[str, AttributePlan]] = []
    modules = []
    for fd in descriptor.fields:
        if not fd.GetOptions().HasExtension(options_pb2.module):
            continue
        modules.append(fd.name)
        plan = message_plan(fd.message_type)
        for tag, attribute in plan.by_tag.items():
            by_tag.setdefault(tag, (fd.name, attribute))
        masked += [(fd.name, attribute) for attribute in plan.masked]
    return IodPlan(descriptor.full_name, tuple(modules), by_tag, tuple(masked))


@cache
def iod_class(sop_class_uid: str) -> type[Message] | None:
    """The generated IOD message class for a SOP Class UID, if the schema has one."""
    entry = sop_classes.SOP_CLASS_MESSAGES.get(sop_class_uid)
    if entry is None:
        return None
    module = importlib.import_module(f"dicomproto.v1.{entry[0]}")
    return getattr(module, entry[1])


# -- Dataset -> message ---------------------------------------------------------------


def _sequence_items(items_message: Message, element: DataElement) -> None:
    items_message.undefined_length = bool(element.is_undefined_length)
    item_descriptor = items_message.DESCRIPTOR.fields_by_name["items"].message_type
    plan = message_plan(item_descriptor)
    for item in element.value:
        _fill_message(items_message.items.add(), plan, item)
        items_message.items[-1].undefined_length = bool(
            getattr(item, "is_undefined_length_sequence_item", False)
        )


def _fill_message(message: Message, plan: MessagePlan, dataset: Dataset) -> None:
    for element in dataset:
        attribute = plan.find(element.tag)
        if attribute is not None and _try_fill(message, attribute, element):
            continue
        if not plan.has_other_elements:
            raise DoesNotFit(f"{plan.full_name} cannot hold {element.tag}")
        message.other_elements.append(values.element_to_proto(element, dataset))


def _try_fill(parent: Message, attribute: AttributePlan, element: DataElement) -> bool:
    """Put `element` in its typed field; False (and nothing written) if it does not fit."""
    if element.VR not in attribute.vrs:
        return False
    if attribute.items_message:
        if element.VR != "SQ":
            return False
        target = getattr(parent, attribute.field_name)
        try:
            _sequence_items(target, element)
        except DoesNotFit:
            parent.ClearField(attribute.field_name)
            return False
        return True
    container = getattr(parent, attribute.field_name)
    message = container.add() if attribute.mask != 0xFFFFFFFF else container
    try:
        _fill_attribute(message, attribute, element)
    except (DoesNotFit, ValueError, TypeError, OverflowError):
        if attribute.mask != 0xFFFFFFFF:
            del container[-1]
        else:
            parent.ClearField(attribute.field_name)
        return False
    if attribute.mask == 0xFFFFFFFF:
        message.SetInParent()
    return True


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "" or value == b"":
        return []
    if isinstance(value, (MultiValue, list, tuple)):
        return list(value)
    return [value]


def _fill_attribute(message: Message, attribute: AttributePlan, element: DataElement) -> None:
    vr = element.VR
    if attribute.mask != 0xFFFFFFFF:
        message.tag = element.tag
    if len(attribute.vrs) > 1:
        message.vr = dataset_pb2.Vr.Value(f"VR_{vr}")
        name = vr.lower()
    else:
        name = "value" if attribute.single else "values"
    if element.tag == PIXEL_DATA and element.is_undefined_length:
        split = values.split_encapsulated(element.value or b"")
        if split is None:
            raise DoesNotFit("encapsulated Pixel Data that is not a run of items")
        message.encapsulated.basic_offset_table = split[0]
        message.encapsulated.fragments.extend(split[1])
        return
    if vr in BYTES_VRS:
        if element.is_undefined_length:
            raise DoesNotFit("undefined length")
        if element.value is not None:
            setattr(message, name, bytes(element.value))
        return
    items = _as_list(element.value)
    single = attribute.single
    if single and len(items) > 1:
        raise DoesNotFit("more values than VM 1")
    if vr in STRING_VRS:
        if any(not isinstance(v, str) for v in items):
            raise DoesNotFit("not text")
        _assign(message, name, single, [str(v) for v in items])
    elif vr == "PN":
        target = getattr(message, name)
        for person in items:
            values.person_name_to_proto(str(person), target if single else target.add())
    elif vr in ("DS", "IS"):
        texts = [values.number_text(v) for v in items]
        numbers = [float(v) if vr == "DS" else int(v) for v in items]
        if vr == "IS" and any(n != float(v) for n, v in zip(numbers, items, strict=True)):
            raise DoesNotFit("IS value is not an integer")
        _assign(message, name, single, numbers)
        written = "\\".join(texts)
        if written != values.format_numbers(vr, numbers):
            message.text = written
    elif vr in INT_VRS or vr in FLOAT_VRS:
        if any(isinstance(v, (bytes, str)) for v in items):
            raise DoesNotFit("raw value")
        _assign(message, name, single, items)
    elif vr == "AT":
        _assign(message, name, single, [int(v) for v in items])
    else:
        raise DoesNotFit(f"VR {vr}")


def _assign(message: Message, name: str, single: bool, items: list[Any]) -> None:
    if single:
        if items:
            setattr(message, name, items[0])
    else:
        getattr(message, name).extend(items)


def dataset_to_iod(dataset: Dataset, message_class: type[Message]) -> Message:
    """Fill an IOD message from a data set (file meta included)."""
    message = message_class()
    plan = iod_plan(message.DESCRIPTOR)
    values.file_meta_to_proto(dataset, message.file_meta)
    for element in dataset:
        found = plan.find(element.tag)
        if found is not None:
            module = getattr(message, found[0])
            if _try_fill(module, found[1], element):
                module.SetInParent()
                continue
        message.other_elements.append(values.element_to_proto(element, dataset))
    return message


# -- message -> Dataset ---------------------------------------------------------------


def _attribute_elements(message: Message, attribute: AttributePlan) -> list[DataElement]:
    if attribute.items_message:
        items = getattr(message, attribute.field_name)
        sequence = [_dataset_from_item(item) for item in items.items]
        element = DataElement(attribute.tag, "SQ", sequence)
        element.is_undefined_length = items.undefined_length
        return [element]
    container = getattr(message, attribute.field_name)
    if attribute.mask != 0xFFFFFFFF:
        return [_element_from_attribute(m, attribute, m.tag) for m in container]
    return [_element_from_attribute(container, attribute, attribute.tag)]


def _element_from_attribute(message: Message, attribute: AttributePlan, tag: int) -> DataElement:
    if len(attribute.vrs) > 1:
        vr = dataset_pb2.Vr.Name(message.vr).removeprefix("VR_")
        name = vr.lower()
    else:
        vr = attribute.vrs[0]
        name = "value" if attribute.single else "values"
    if tag == PIXEL_DATA and message.HasField("encapsulated"):
        data = values.join_encapsulated(
            message.encapsulated.basic_offset_table, list(message.encapsulated.fragments)
        )
        element = DataElement(tag, vr, data)
        element.is_undefined_length = True
        return element
    if vr in BYTES_VRS:
        data = getattr(message, name)
        return DataElement(tag, vr, data if data else None)
    if attribute.single:
        # Strings have no presence: an empty string is an empty value in DICOM too.
        present = bool(getattr(message, name)) if vr in STRING_VRS else message.HasField(name)
        items = [getattr(message, name)] if present else []
    else:
        items = list(getattr(message, name))
    if vr in STRING_VRS:
        value: Any = _from_list(items, "")
    elif vr == "PN":
        value = _from_list([values.person_name_from_proto(p) for p in items], "")
    elif vr in ("DS", "IS"):
        texts = (
            message.text.split("\\")
            if message.text
            else [values.format_number(vr, n) for n in items]
        )
        return values.number_element(tag, vr, texts)
    elif vr == "AT":
        value = _from_list([BaseTag(t) for t in items], None)
    else:
        value = _from_list(items, None)
    return DataElement(tag, vr, value)


def _from_list(items: list[Any], empty: Any) -> Any:
    if not items:
        return empty
    return items[0] if len(items) == 1 else items


def _fill_dataset(dataset: Dataset, message: Message, plan: MessagePlan) -> None:
    for fd, _ in message.ListFields():
        attribute = plan.by_field.get(fd.name)
        if attribute is not None:
            for element in _attribute_elements(message, attribute):
                dataset.add(element)
    if plan.has_other_elements:
        for proto in message.other_elements:
            dataset.add(values.element_from_proto(proto, dataset))


def _dataset_from_item(item: Message) -> Dataset:
    dataset = Dataset()
    _fill_dataset(dataset, item, message_plan(item.DESCRIPTOR))
    dataset.is_undefined_length_sequence_item = item.undefined_length
    return dataset


def iod_to_dataset(message: Message) -> Dataset:
    """A pydicom Dataset (a FileDataset when the message has file meta) from an IOD message."""
    dataset = Dataset()
    for fd in message.DESCRIPTOR.fields:
        if fd.GetOptions().HasExtension(options_pb2.module) and message.HasField(fd.name):
            module = getattr(message, fd.name)
            _fill_dataset(dataset, module, message_plan(fd.message_type))
    for proto in message.other_elements:
        dataset.add(values.element_from_proto(proto, dataset))
    return values.file_meta_from_proto(dataset, message.file_meta)
