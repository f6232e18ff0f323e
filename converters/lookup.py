"""Elements of a dicomproto message by keyword, tag or path, with values typed by VR.

    from dicomproto.converters.lookup import get, element, find, select

    get(message, "PixelSpacing")                          # [DS('0.661468'), DS('0.661468')]
    get(message, "(0028,0030)")                           # the same, by tag (also 0x00280030)
    get(message, "ReferencedImageSequence[0].ReferencedSOPInstanceUID")
    get(message, "PatientName").family_name               # PN as components
    element(message, "Rows")                              # Attribute: tag, VR, keyword, value
    list(find(message, "(0028,xxxx)"))                    # every element of group 0028
    select(message, ["PatientName", "ReferencedImageSequence[*].ReferencedSOPInstanceUID"])

Messages: the generic `DataSet` (and its items), IOD messages (their modules' typed
fields and `other_elements`), and the typed sequence item messages, all read through
the descriptors' `(dicomproto.v1.attribute)` options. At the top of a message the
group 0002 elements of `file_meta` are found too.

Paths: steps joined by ".", each a keyword (`PixelSpacing`) or a tag (`(0028,0030)`,
`0028,0030`, `00280030`, `0x00280030`), optionally with an index: `[0]` (an item of
a sequence, or a value of a multi-valued element; negative counts from the end).
`find` and `select` also take patterns: `x` for any hex digit in a tag
(`(60xx,3000)`, `(0028,xxxx)`), `[*]` or no index for every item of a sequence.

Values, by VR: text VRs as `str` (DA, TM and DT as their exact text), DS as `DS`
(a float that keeps the exact text in `.text`), IS as `IS` (an int, likewise), PN as
`PersonName` (groups and components, `.text` the exact value), US/SS/UL/SL/UV/SV and
AT as `int`, FL/FD as `float`, OB/OW/... as `bytes` (encapsulated Pixel Data: the
`EncapsulatedPixelData` message; a value kept beside the message: `BulkData`), SQ as
the list of item messages. An element whose dictionary VM is 1 gives one value
(None when it is empty); any other gives a list. A DS or IS text that is not a
number stays a `str`; an empty item of a multi-valued DS or IS is None; a value of
padding only is no value, as pydicom reads it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message
from pydicom.charset import convert_encodings
from pydicom.datadict import dictionary_VM, keyword_for_tag, tag_for_keyword
from pydicom.dataset import Dataset
from pydicom.tag import BaseTag

from dicomproto.v1 import dataset_pb2 as pb

from . import generic, typed
from .vrs import NUMBER_FIELDS, STRING_VRS

__all__ = [
    "DS",
    "IS",
    "Attribute",
    "BulkData",
    "NameGroup",
    "PathError",
    "PersonName",
    "Step",
    "element",
    "encoded_length",
    "find",
    "generic_form",
    "get",
    "keyword_of",
    "parse_path",
    "reinterpreted",
    "select",
    "tag_of",
    "value_count",
    "walk",
]

FULL_MASK = 0xFFFFFFFF
SPECIFIC_CHARACTER_SET = 0x00080005


class PathError(ValueError):
    """A path that cannot be read (bad syntax, unknown keyword) or followed."""


# ------------------------------------------------------------------ dictionary


@cache
def _schema_dictionary() -> dict[str, tuple[int, int, str, str]]:
    """keyword -> (tag, mask, VR, VM) of every data element the schema's PS3.6 has
    (the `(dicomproto.v1.element)` options of attributes.proto)."""
    from dicomproto.v1 import options_pb2

    try:
        from dicomproto.v1 import attributes_pb2
    except ImportError:  # a schema without the attribute messages
        return {}
    table = {}
    for descriptor in attributes_pb2.DESCRIPTOR.message_types_by_name.values():
        options = descriptor.GetOptions()
        if options.HasExtension(options_pb2.element):
            e = options.Extensions[options_pb2.element]
            table[e.keyword] = (e.tag, e.mask or FULL_MASK, e.vr, e.vm)
    return table


@cache
def _schema_by_tag() -> dict[int, tuple[str, str, str]]:
    return {tag: (keyword, vr, vm) for keyword, (tag, _, vr, vm) in _schema_dictionary().items()}


def tag_of(keyword: str) -> int | None:
    """The tag of a keyword (pydicom's dictionary, then the schema's PS3.6), or None."""
    tag = tag_for_keyword(keyword)
    if tag is None:
        entry = _schema_dictionary().get(keyword)
        tag = entry[0] if entry is not None else None
    return tag


def keyword_of(tag: int) -> str:
    """The keyword of a public tag ("" for private and unknown tags)."""
    if tag >> 16 & 1:
        return ""
    keyword = keyword_for_tag(tag)
    if not keyword:
        entry = _schema_by_tag().get(tag)
        keyword = entry[0] if entry is not None else ""
    return keyword


@cache
def _dictionary_vm(tag: int) -> str:
    if tag >> 16 & 1:
        return ""
    try:
        return str(dictionary_VM(tag))
    except KeyError:
        entry = _schema_by_tag().get(tag)
        return entry[2] if entry is not None else ""


def _suggest(keyword: str) -> str:
    from pydicom.datadict import keyword_dict

    words = list(keyword_dict) + list(_schema_dictionary())
    close = difflib.get_close_matches(keyword, words, n=1, cutoff=0.8)
    return f" (did you mean {close[0]}?)" if close else ""


# ----------------------------------------------------------------------- paths

_STEP = re.compile(
    r"""\s*(?:
        \((?P<g1>[0-9A-Fa-fxX]{4}),(?P<e1>[0-9A-Fa-fxX]{4})\)
      | (?P<g2>[0-9A-Fa-fxX]{4}),(?P<e2>[0-9A-Fa-fxX]{4})
      | (?:0[xX])?(?P<t3>[0-9A-Fa-fxX]{8})(?![0-9A-Za-z])
      | (?P<keyword>[A-Za-z][A-Za-z0-9]*)
    )\s*(?:\[\s*(?P<index>-?\d+|\*)\s*\])?\s*""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a path: a tag (a pattern when `mask` is not full) and an index:
    an int, "*" (every item), or None (none given)."""

    tag: int
    mask: int = FULL_MASK
    index: int | str | None = None

    def matches(self, tag: int) -> bool:
        return tag & self.mask == self.tag

    @property
    def exact(self) -> bool:
        return self.mask == FULL_MASK and self.index != "*"


def _hex_pattern(text: str) -> tuple[int, int]:
    value = mask = 0
    for char in text:
        value <<= 4
        mask <<= 4
        if char not in "xX":
            value |= int(char, 16)
            mask |= 0xF
    return value, mask


def parse_path(path: str | int) -> tuple[Step, ...]:
    """A path as steps; raises PathError naming the problem."""
    if isinstance(path, int):
        return (Step(int(path)),)
    steps = []
    for part in _split(path):
        match = _STEP.fullmatch(part)
        if match is None:
            raise PathError(f"not a keyword or tag: {part.strip()!r} in {path!r}")
        keyword = match["keyword"]
        if keyword is not None:
            tag = tag_of(keyword)
            if tag is None:
                raise PathError(f"unknown keyword {keyword!r}{_suggest(keyword)}")
            mask = FULL_MASK
        else:
            digits = match["t3"] or (match["g1"] or match["g2"]) + (match["e1"] or match["e2"])
            tag, mask = _hex_pattern(digits)
        index = match["index"]
        steps.append(Step(tag, mask, index if index in (None, "*") else int(index)))
    if not steps:
        raise PathError("an empty path")
    return tuple(steps)


def _split(path: str) -> list[str]:
    """Steps of a path split at dots outside brackets and parentheses."""
    parts, depth, start = [], 0, 0
    for pos, char in enumerate(path):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "." and depth == 0:
            parts.append(path[start:pos])
            start = pos + 1
    parts.append(path[start:])
    return parts


def _step_text(tag: int, index: int | None) -> str:
    """A step as paths show it: the keyword, or the tag where the keyword does not
    name this tag alone (private tags, repeating groups such as (6002,3000))."""
    name = keyword_of(tag)
    if not name or tag_of(name) != tag:
        name = f"({tag >> 16:04X},{tag & 0xFFFF:04X})"
    return name if index is None else f"{name}[{index}]"


# ---------------------------------------------------------------------- values


class DS(float):
    """A Decimal String value: the number, and `text`, the value exactly as written."""

    __slots__ = ("text",)
    text: str

    def __new__(cls, text: str) -> DS:
        number = super().__new__(cls, text)
        number.text = text.strip()
        return number

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__


class IS(int):
    """An Integer String value: the number, and `text`, the value exactly as written."""

    text: str

    def __new__(cls, text: str) -> IS:
        stripped = text.strip()
        try:
            number = super().__new__(cls, stripped)
        except ValueError:  # "1.0" reads as 1 (as pydicom reads it); "1.5" does not
            real = float(stripped)
            if not real.is_integer():
                raise
            number = super().__new__(cls, int(real))
        number.text = stripped
        return number

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class NameGroup:
    """One component group of a person name (alphabetic, ideographic or phonetic)."""

    family_name: str = ""
    given_name: str = ""
    middle_name: str = ""
    name_prefix: str = ""
    name_suffix: str = ""


@dataclass(frozen=True, slots=True, repr=False)
class PersonName:
    """A PN value: its groups and components, and `text`, the value as written."""

    text: str
    alphabetic: NameGroup = field(default_factory=NameGroup)
    ideographic: NameGroup = field(default_factory=NameGroup)
    phonetic: NameGroup = field(default_factory=NameGroup)

    @property
    def family_name(self) -> str:
        return self.alphabetic.family_name

    @property
    def given_name(self) -> str:
        return self.alphabetic.given_name

    @property
    def middle_name(self) -> str:
        return self.alphabetic.middle_name

    @property
    def name_prefix(self) -> str:
        return self.alphabetic.name_prefix

    @property
    def name_suffix(self) -> str:
        return self.alphabetic.name_suffix

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"PersonName({self.text!r})"

    @classmethod
    def from_message(cls, message: pb.PersonName) -> PersonName:
        """From the schema's PersonName message."""

        def group(g: pb.PersonNameGroup) -> NameGroup:
            return NameGroup(
                g.family_name, g.given_name, g.middle_name, g.name_prefix, g.name_suffix
            )

        text = generic.person_name_text(message)
        if message.text:  # the exact text wins: take the components from it
            parsed = pb.PersonName()
            generic.put_person_name(parsed, message.text)
            message = parsed
        return cls(
            text, group(message.alphabetic), group(message.ideographic), group(message.phonetic)
        )


@dataclass(frozen=True, slots=True)
class BulkData:
    """A value kept outside the message (bulk data), at `uri`."""

    uri: str


def _text_number(kind: type, text: str) -> Any:
    if not text.strip():
        return None
    try:
        return kind(text)
    except (ValueError, OverflowError):
        return text


def values_of(el: pb.Element, vr: str | None, items: list[Message] | None = None) -> list[Any]:
    """The values of an Element as Python values typed by `vr` (see the module)."""
    if vr == "SQ":
        return list(items if items is not None else el.items)
    if vr in STRING_VRS or vr == "DS" or vr == "IS":
        texts = list(el.strings)
        if not texts and el.bytes:
            return [el.bytes]  # text that did not decode: the bytes as stored
        if texts == [""]:
            return []  # padding only: no value, as pydicom reads it
        if vr == "DS" or vr == "IS":
            kind = DS if vr == "DS" else IS
            return [_text_number(kind, text) for text in texts]
        return texts
    if vr == "PN":
        if not el.person_names and el.bytes:
            return [el.bytes]
        names = [PersonName.from_message(p) for p in el.person_names]
        return [] if len(names) == 1 and not names[0].text else names
    if vr in NUMBER_FIELDS:
        numbers = list(getattr(el, NUMBER_FIELDS[vr]))
        return numbers if numbers or not el.bytes else [el.bytes]
    if el.HasField("encapsulated"):
        return [el.encapsulated]
    if el.bulk_data_uri:
        return [BulkData(el.bulk_data_uri)]
    return [el.bytes] if el.bytes else []


def value_count(el: pb.Element, vr: str | None) -> int:
    """The value multiplicity of an Element as stored (items for a sequence)."""
    if vr == "SQ":
        return len(el.items)
    return len(values_of(el, vr))


def _shape(values: list[Any], vm: str, vr: str | None) -> Any:
    """One value for VM 1 (None if empty), a list otherwise."""
    if vr == "SQ":
        return values
    single = vm == "1" or (not vm and len(values) == 1)
    if single and len(values) <= 1:
        return values[0] if values else None
    return values


# ----------------------------------------------------------------------- nodes


@dataclass(slots=True)
class _Context:
    """How the values of a data set were encoded: what decoding stored bytes needs."""

    implicit: bool = False
    little: bool = True
    charset: list[str] = field(default_factory=lambda: ["iso8859"])


@dataclass(slots=True)
class _Slot:
    """One element of a data set message, wherever it is held."""

    tag: int
    vr: str | None
    vm: str
    context: _Context
    el: pb.Element | None = None  # a generic Element
    # A typed field's value message (a repeating group's entry; a sequence's
    # XxxSequenceItems), with the field's plan.
    held: Message | None = None
    plan: typed.AttributePlan | None = None

    def element(self) -> pb.Element:
        """The generic Element (for a typed sequence: without its items)."""
        if self.el is None:
            assert self.held is not None and self.plan is not None
            if self.vr == "SQ":
                undefined = self.held.undefined_length
                self.el = pb.Element(tag=self.tag, vr=pb.VR_SQ, undefined_length=undefined)
            else:
                self.el = typed._element_of(self.held, self.plan, self.tag)
        return self.el

    def items(self) -> list[Message]:
        """The item messages of a sequence: typed items for a typed field."""
        if self.held is not None:
            return list(self.held.items)
        return list(self.element().items)

    def values(self) -> list[Any]:
        return values_of(self.element(), self.vr, self.items() if self.vr == "SQ" else None)


def _generic_slot(el: pb.Element, context: _Context, siblings: Iterable[pb.Element] = ()) -> _Slot:
    if el.vr == pb.VR_UN:
        el = reinterpreted(el, siblings, context) or el
    vr = generic.element_vr(el)
    return _Slot(el.tag, vr, _dictionary_vm(el.tag), context, el=el)


def reinterpreted(
    el: pb.Element, siblings: Iterable[pb.Element], context: _Context
) -> pb.Element | None:
    """An element stored as UN as pydicom reads it when it knows a better VR (a public
    tag of the dictionary, a private tag of its private dictionary, given the private
    creator among `siblings`); None when it stays UN. The message keeps UN and the
    bytes (so that the file is written back as it was); lookups and DICOM JSON give
    the values, as pydicom does."""
    tag = el.tag
    private = bool(tag >> 16 & 1)
    if not private and generic.element_vr(pb.Element(tag=tag)) in (None, "UN"):
        return None
    host = Dataset()
    host.set_original_encoding(context.implicit, context.little, context.charset)
    if private:
        creator_tag = (tag & 0xFFFF0000) | (tag >> 8 & 0xFF)
        if tag & 0xFFFF >= 0x1000:  # a private element: its creator decides
            creator = next((e for e in siblings if e.tag == creator_tag), None)
            if creator is None:
                return None
            host[BaseTag(creator_tag)] = generic.element_from_proto(creator, host)  # type: ignore[assignment]
    host[BaseTag(tag)] = generic.element_from_proto(el, host)  # type: ignore[assignment]
    try:
        read = host[tag]
        if read.VR == "UN":
            return None
        return generic.element_to_proto(read, host)
    except Exception:  # pydicom cannot read it with that VR either: it stays UN
        return None


def _is_iod(descriptor: Descriptor) -> bool:
    return bool(typed.iod_plan(descriptor).modules)


def _kind(message: Message) -> str:
    descriptor = message.DESCRIPTOR
    if descriptor is pb.DataSet.DESCRIPTOR:
        return "dataset"
    if _is_iod(descriptor):
        return "iod"
    if typed.message_plan(descriptor).fields:
        return "item"
    raise TypeError(f"{descriptor.full_name} is not a data set, IOD or item message")


def _top_context(message: Message) -> _Context:
    context = _Context()
    if "file_meta" in message.DESCRIPTOR.fields_by_name and message.HasField("file_meta"):
        context.implicit = message.file_meta.implicit_vr
        context.little = not message.file_meta.big_endian
    return _with_charset(message, context)


def _with_charset(message: Message, context: _Context) -> _Context:
    """The context for the values of `message`: its own character set, if it has one."""
    slot = _find_slot(message, SPECIFIC_CHARACTER_SET, context, with_meta=False)
    if slot is None:
        return context
    terms = [t for t in slot.element().strings if t.strip()]
    try:
        charset = convert_encodings(terms or [""])
    except (LookupError, ValueError):
        return context
    return _Context(context.implicit, context.little, list(charset))


def _typed_slot(holder: Message, plan: typed.AttributePlan, context: _Context) -> list[_Slot]:
    """The slots of a typed attribute field that is set (several for a repeating group)."""
    vm = "1" if plan.single else "n"
    if plan.repeating_group:
        entries = list(getattr(holder, plan.field_name))
    elif holder.HasField(plan.field_name):
        entries = [getattr(holder, plan.field_name)]
    else:
        return []
    slots = []
    for entry in entries:
        vr = plan.vrs[0] if len(plan.vrs) == 1 else pb.Vr.Name(entry.vr)[3:]
        tag = entry.tag if plan.repeating_group else plan.tag
        slots.append(_Slot(tag, vr, vm, context, held=entry, plan=plan))
    return slots


def _typed_slots(message: Message, context: _Context) -> list[_Slot]:
    slots: list[_Slot] = []
    for plan in typed.message_plan(message.DESCRIPTOR).fields:
        slots += _typed_slot(message, plan, context)
    return slots


def _slots(message: Message, context: _Context, with_meta: bool = True) -> list[_Slot]:
    """Every element of a data set message, in tag order."""
    kind = _kind(message)
    slots: list[_Slot] = []
    if with_meta and kind != "item" and message.HasField("file_meta"):
        meta = message.file_meta.elements
        slots += [_generic_slot(el, context, meta) for el in meta]
    if kind == "dataset":
        slots += [_generic_slot(el, context, message.elements) for el in message.elements]
    else:
        if kind == "iod":
            for name in typed.iod_plan(message.DESCRIPTOR).modules:
                if message.HasField(name):
                    slots += _typed_slots(getattr(message, name), context)
        else:
            slots += _typed_slots(message, context)
        others = message.other_elements
        slots += [_generic_slot(el, context, others) for el in others]
    slots.sort(key=lambda s: s.tag)
    return slots


def _find_slot(
    message: Message, tag: int, context: _Context, with_meta: bool = True
) -> _Slot | None:
    """The element with `tag` in a data set message, or None."""
    kind = _kind(message)
    if tag >> 16 == 0x0002 and kind != "item":
        if not with_meta or not message.HasField("file_meta"):
            return None
        meta = message.file_meta.elements
        found = next((el for el in meta if el.tag == tag), None)
        return _generic_slot(found, context, meta) if found is not None else None
    if kind == "dataset":
        found = next((el for el in message.elements if el.tag == tag), None)
        return _generic_slot(found, context, message.elements) if found is not None else None
    if kind == "iod":
        located = typed.iod_plan(message.DESCRIPTOR).find(tag)
        if located is not None and message.HasField(located[0]):
            holder, plan = getattr(message, located[0]), located[1]
            slot = next((s for s in _typed_slot(holder, plan, context) if s.tag == tag), None)
            if slot is not None:
                return slot
    else:
        plan = typed.message_plan(message.DESCRIPTOR).find(tag)
        if plan is not None:
            slot = next((s for s in _typed_slot(message, plan, context) if s.tag == tag), None)
            if slot is not None:
                return slot
    others = message.other_elements
    found = next((el for el in others if el.tag == tag), None)
    return _generic_slot(found, context, others) if found is not None else None


# ------------------------------------------------------------------ attributes


@dataclass(frozen=True, slots=True)
class Attribute:
    """One element found in a message: where it is, what it is, its value.

    `element` is its generic Element (for a sequence: without its items, which are
    `value`); `value` is shaped as `get` returns it."""

    path: str
    tag: int
    vr: str
    keyword: str
    value: Any
    element: pb.Element = field(repr=False)
    charset: tuple[str, ...] = field(default=("iso8859",), repr=False)

    @property
    def vm(self) -> int:
        """How many values it holds (items for a sequence)."""
        if isinstance(self.value, list):
            return len(self.value)
        return 0 if self.value is None or self.value == "" else 1

    @property
    def length(self) -> int | None:
        """The value length in bytes as written to DICOM (None: undefined or unknown)."""
        if self.vr == "SQ":
            return None
        return encoded_length(self.element, self.vr or None, self.charset)

    def __str__(self) -> str:
        """ "ReferencedImageSequence[0].ReferencedSOPInstanceUID (0008,1155) UI"."""
        return f"{self.path} ({self.tag >> 16:04X},{self.tag & 0xFFFF:04X}) {self.vr or '??'}"


def _attribute(slot: _Slot, path: str) -> Attribute:
    values = slot.values()
    return Attribute(
        path=path,
        tag=slot.tag,
        vr=slot.vr or "",
        keyword=keyword_of(slot.tag),
        value=_shape(values, slot.vm, slot.vr),
        element=slot.element(),
        charset=tuple(slot.context.charset),
    )


def encoded_length(
    el: pb.Element, vr: str | None = None, charset: Iterable[str] = ("iso8859",)
) -> int | None:
    """The value length of an Element as pydicom writes it (even), or None when it is
    undefined (encapsulated data), a sequence, or kept outside the message."""
    vr = vr or generic.element_vr(el)
    if vr == "SQ" or el.undefined_length or el.bulk_data_uri or el.HasField("encapsulated"):
        return None
    if el.bytes or vr is None:
        return len(el.bytes) + len(el.bytes) % 2
    handler = generic.HANDLERS.get(vr)
    if handler is None:
        return None
    try:
        return len(handler.encode(el, generic.Context(list(charset))))
    except Exception:  # a value that does not fit its VR: no length to show
        return None


# -------------------------------------------------------------------- lookups

_MISSING = object()


def element(message: Message, path: str | int) -> Attribute:
    """The element at `path` (no patterns); KeyError when it is absent, PathError
    when the path is bad or passes through something that is not a sequence item."""
    steps = parse_path(path)
    for step in steps:
        if not step.exact:
            raise PathError(f"{path!r} is a pattern: use find() or select()")
    node, context = message, _top_context(message)
    walked: list[str] = []
    for position, step in enumerate(steps):
        slot = _find_slot(node, step.tag, context)
        if slot is None:
            where = ".".join([*walked, _step_text(step.tag, None)])
            raise KeyError(f"{where}: not present")
        last = position == len(steps) - 1
        index = step.index
        if last:
            attr = _attribute(slot, ".".join([*walked, _step_text(step.tag, None)]))
            if index is None:
                return attr
            values = slot.values()
            assert isinstance(index, int)
            if not -len(values) <= index < len(values):
                raise KeyError(f"{attr.path}[{index}]: only {len(values)} values")
            value = values[index]
            return Attribute(
                f"{attr.path}[{index}]",
                attr.tag,
                attr.vr,
                attr.keyword,
                value,
                attr.element,
                attr.charset,
            )
        if slot.vr != "SQ":
            name = _step_text(step.tag, None)
            raise PathError(f"{'.'.join([*walked, name])} is not a sequence ({slot.vr})")
        items = slot.items()
        if index is None:
            name = _step_text(step.tag, None)
            raise PathError(f"{name} is a sequence: give an item, e.g. {name}[0]")
        assert isinstance(index, int)
        if not -len(items) <= index < len(items):
            where = ".".join([*walked, _step_text(step.tag, index)])
            raise KeyError(f"{where}: the sequence has {len(items)} items")
        index %= len(items)
        walked.append(_step_text(step.tag, index))
        node = items[index]
        context = _with_charset(node, context)
    raise AssertionError("unreachable")


def get(message: Message, path: str | int, default: Any = None) -> Any:
    """The value at `path` typed by VR (see the module), or `default` when absent."""
    try:
        return element(message, path).value
    except KeyError:
        return default


def find(message: Message, path: str | int) -> Iterator[Attribute]:
    """Every element matching `path`, which may hold patterns, in data set order."""
    yield from _find(message, parse_path(path), _top_context(message), "")


def _find(
    node: Message, steps: tuple[Step, ...], context: _Context, prefix: str
) -> Iterator[Attribute]:
    step, rest = steps[0], steps[1:]
    if step.mask == FULL_MASK:
        slot = _find_slot(node, step.tag, context)
        candidates = [slot] if slot is not None else []
    else:
        candidates = [s for s in _slots(node, context) if step.matches(s.tag)]
    for slot in candidates:
        name = prefix + _step_text(slot.tag, None)
        if not rest:
            attr = _attribute(slot, name)
            if isinstance(step.index, int):
                values = slot.values()
                if -len(values) <= step.index < len(values):
                    yield Attribute(
                        f"{name}[{step.index}]",
                        attr.tag,
                        attr.vr,
                        attr.keyword,
                        values[step.index],
                        attr.element,
                        attr.charset,
                    )
            else:
                yield attr
            continue
        if slot.vr != "SQ":
            continue
        items = slot.items()
        for index in _indexes(step.index, len(items)):
            item = items[index]
            yield from _find(
                item, rest, _with_charset(item, context), f"{prefix}{_step_text(slot.tag, index)}."
            )


def _indexes(index: int | str | None, count: int) -> range | list[int]:
    if index is None or index == "*":
        return range(count)
    assert isinstance(index, int)
    return [index % count] if -count <= index < count else []


def walk(message: Message) -> Iterator[tuple[int, Attribute]]:
    """(depth, Attribute) for every element, depth first: a sequence, then the
    elements of each of its items at depth + 1 (file meta first, at the top)."""
    yield from _walk(message, _top_context(message), "", 0)


def _walk(
    node: Message, context: _Context, prefix: str, depth: int
) -> Iterator[tuple[int, Attribute]]:
    for slot in _slots(node, context):
        name = prefix + _step_text(slot.tag, None)
        yield depth, _attribute(slot, name)
        if slot.vr == "SQ":
            for index, item in enumerate(slot.items()):
                yield from _walk(
                    item,
                    _with_charset(item, context),
                    f"{prefix}{_step_text(slot.tag, index)}.",
                    depth + 1,
                )


# --------------------------------------------------------------------- select


def generic_form(message: Message) -> pb.DataSet:
    """Any data set message as the generic DataSet (the message itself if it is one)."""
    kind = _kind(message)
    if kind == "dataset":
        return message  # type: ignore[return-value]
    if kind == "iod":
        return typed.iod_to_generic(message)
    elements = typed._typed_elements(message) + list(message.other_elements)
    out = pb.DataSet(undefined_length=getattr(message, "undefined_length", False))
    out.elements.extend(sorted(elements, key=lambda el: el.tag))
    return out


ItemIndexes = dict[tuple[int, ...], list[int]]


def select(
    message: Message, paths: Iterable[str | int], *, item_indexes: ItemIndexes | None = None
) -> Message:
    """A copy of a DataSet or IOD message holding only the elements `paths` match
    (patterns allowed), with the sequences and items that lead to them; items not
    on a path are left out. The message type stays the same.

    `item_indexes`, when given, is filled with where the kept items were: for each
    sequence that lost items, keyed by its place (tag, item index, tag, ..., tag,
    the indexes being the original ones), the original index of each kept item."""
    parsed = [parse_path(p) for p in paths]
    kept = item_indexes if item_indexes is not None else {}
    if message.DESCRIPTOR is pb.DataSet.DESCRIPTOR:
        return _select(message, parsed, _top_context(message), kept)  # type: ignore[arg-type]
    if not _is_iod(message.DESCRIPTOR):
        raise TypeError(
            f"select() takes a DataSet or an IOD message, not {message.DESCRIPTOR.full_name}"
        )
    chosen = _select(typed.iod_to_generic(message), parsed, _top_context(message), kept)
    return typed.generic_to_iod(chosen, type(message))


def _select(
    data: pb.DataSet, paths: list[tuple[Step, ...]], context: _Context, kept: ItemIndexes
) -> pb.DataSet:
    out = pb.DataSet(undefined_length=data.undefined_length)
    if data.HasField("file_meta"):
        meta = [el for el in data.file_meta.elements if any(p[0].matches(el.tag) for p in paths)]
        if meta:
            out.file_meta.CopyFrom(data.file_meta)
            del out.file_meta.elements[:]
            out.file_meta.elements.extend(meta)
    out.elements.extend(_select_elements(data.elements, paths, context, (), kept))
    return out


def _select_elements(
    elements: Iterable[pb.Element],
    paths: list[tuple[Step, ...]],
    context: _Context,
    where: tuple[int, ...],
    kept_items: ItemIndexes,
) -> list[pb.Element]:
    kept = []
    for el in elements:
        matching = [p for p in paths if p[0].matches(el.tag)]
        if not matching:
            continue
        sequence = generic.element_vr(el) == "SQ"
        if any(len(p) == 1 and (p[0].index is None or not sequence) for p in matching):
            kept.append(el)  # the element itself is selected: all of it
            continue
        if not sequence:
            continue
        items = list(el.items)
        chosen = pb.Element(tag=el.tag, vr=el.vr, undefined_length=el.undefined_length)
        indexes = []
        for index, item in enumerate(items):
            chosen_here = [p for p in matching if index in _indexes(p[0].index, len(items))]
            if any(len(p) == 1 for p in chosen_here):
                chosen.items.append(item)  # a whole item is selected
                indexes.append(index)
                continue
            deeper = [p[1:] for p in chosen_here]
            if not deeper:
                continue
            inner = _select_elements(
                item.elements,
                deeper,
                _with_charset(item, context),
                (*where, el.tag, index),
                kept_items,
            )
            if inner:
                chosen.items.add(undefined_length=item.undefined_length).elements.extend(inner)
                indexes.append(index)
        if chosen.items:
            kept.append(chosen)
            if indexes != list(range(len(items))):
                kept_items[(*where, el.tag)] = indexes
    return kept
