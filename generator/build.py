"""Schema pass: the expanded standard -> proto files, messages and fields (unnumbered)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from .dictionary import Dictionary
from .expand import Attribute, Expansion, Item
from .model import AttributeTable, DataElement, Edition, Iod, SopClass, Standard
from .naming import field_name, file_name, message_name
from .proto_model import Option, ProtoField, ProtoFile, ProtoMessage, Schema

PACKAGE = "dicomproto.v1"
PROTO_DIR = "dicomproto/v1"
OPTIONS = f"{PROTO_DIR}/options.proto"
DATASET = f"{PROTO_DIR}/dataset.proto"
ATTRIBUTES = f"{PROTO_DIR}/attributes.proto"
SEQUENCES = f"{PROTO_DIR}/sequences.proto"

STRING_VRS = frozenset(
    ["AE", "AS", "CS", "DA", "DT", "LO", "LT", "SH", "ST", "TM", "UC", "UI", "UR", "UT"]
)
BYTES_VRS = frozenset(["OB", "OD", "OF", "OL", "OV", "OW", "UN"])
SCALAR_TYPES = {
    "US": "uint32",
    "UL": "uint32",
    "SS": "sint32",
    "SL": "sint32",
    "SV": "sint64",
    "UV": "uint64",
    "FL": "float",
    "FD": "double",
    "AT": "fixed32",
    "DS": "double",
    "IS": "sint64",
}
PIXEL_DATA = 0x7FE00010
# Messages of dataset.proto; an element whose keyword gives one of these names (Person
# Name (0040,A123) -> PersonName) gets the suffix "Attribute".
BUILTIN_MESSAGES = frozenset(
    {
        "Vr",
        "PersonName",
        "PersonNameGroup",
        "EncapsulatedPixelData",
        "Element",
        "DataSet",
        "FileMeta",
        "AttributeOptions",
        "ElementOptions",
        "ModuleOptions",
        "TableOptions",
    }
)
SITE = "https://dicom.nema.org/medical/dicom"


def _sentence(text: str, limit: int = 200) -> str:
    """The first sentence of a description, shortened to `limit` characters."""
    first = re.split(r"(?<=[a-z0-9)])\. ", text, maxsplit=1)[0].rstrip(".")
    return first if len(first) <= limit else first[: limit - 3].rstrip() + "..."


def _condition(text: str) -> str:
    match = re.search(r"(Required if[^.]*(?:\.\d[^.]*)*)\.", text)
    return _sentence(match.group(1), 300) if match else ""


@dataclass
class _Builder:
    standard: Standard
    expansion: Expansion
    dictionary: Dictionary

    def __post_init__(self) -> None:
        editions = {e.part: e for e in self.standard.editions}
        self.part3: Edition = editions["PS3.3"]
        self.part6: Edition = editions["PS3.6"]
        self.tables: dict[str, AttributeTable] = {t.table_id: t for t in self.standard.tables}
        self.iods: dict[str, Iod] = {i.table_id: i for i in self.standard.iods}
        self.items: dict[str, Item] = {i.key: i for i in self.expansion.items}
        self.item_names: dict[str, str] = {}
        self.element_names: dict[tuple[int, int], str] = {}

    # links and comments -------------------------------------------------------------

    def part3_link(self, section_id: str) -> str:
        return f"{SITE}/{self.part3.edition}/output/chtml/part03/{section_id}.html"

    def part6_link(self) -> str:
        return f"{SITE}/{self.part6.edition}/output/chtml/part06/chapter_6.html"

    def element_summary(self, element: DataElement) -> str:
        return f"{element.name} {element.tag}, VR {element.vr}, VM {element.vm}"

    # attributes.proto ---------------------------------------------------------------

    def attribute_messages(self) -> list[ProtoMessage]:
        messages = []
        used: set[str] = set()
        for element in self.dictionary.all_elements():
            name = message_name(element.keyword, element.name)
            if name in BUILTIN_MESSAGES:
                name += "Attribute"
            if name in used:
                name += f"{element.tag.value:08X}"
            used.add(name)
            self.element_names[(element.tag.value, element.tag.mask)] = name
            comments = [self.element_summary(element) + "."]
            if element.retired:
                comments.append("Retired.")
            if element.source != "PS3.6":
                comments.append(
                    f"Not in PS3.6 {self.part6.edition}: taken from {element.source}'s dictionary."
                )
            comments.append(f"PS3.6 {self.part6.edition}: {self.part6_link()}")
            values: list[tuple[str, object]] = [
                ("tag", element.tag.value),
            ]
            if element.tag.is_pattern:
                values.append(("mask", element.tag.mask))
            values += [("vr", element.vr), ("vm", element.vm), ("keyword", element.keyword)]
            if element.retired:
                values.append(("retired", True))
            messages.append(
                ProtoMessage(
                    name=name,
                    kind="attribute",
                    fields=tuple(_value_fields(element)),
                    options=(Option(f"({PACKAGE}.element)", tuple(values)),),
                    deprecated=element.retired,
                    comments=tuple(comments),
                )
            )
        return messages

    # fields of modules, macros and items --------------------------------------------

    def attribute_field(self, attribute: Attribute) -> ProtoField:
        element = self.dictionary.get(attribute.element_key)
        table = self.tables[attribute.table_id]
        values: list[tuple[str, object]] = [("tag", element.tag.value)]
        if element.tag.is_pattern:
            values.append(("mask", element.tag.mask))
        values += [
            ("vr", element.vr),
            ("vm", element.vm),
            ("type", attribute.type),
            ("keyword", element.keyword),
        ]
        comments = [f"{self.element_summary(element)}, Type {attribute.type or '-'}."]
        if attribute.description:
            comments.append(_sentence(attribute.description) + ".")
        condition = _condition(attribute.description)
        if condition and attribute.type.endswith("C") and condition not in comments[-1]:
            comments.append(condition + ".")
        comments.append(
            f"PS3.3 {self.part3.edition} {table.section} {table.name}: "
            f"{self.part3_link(table.section_id)}"
        )
        if attribute.item_key:
            type_name = self.item_names[attribute.item_key] + "s"
        else:
            type_name = self.element_names[attribute.element_key]
        return ProtoField(
            name=field_name(element.keyword, element.name),
            type=type_name,
            label="repeated" if element.tag.is_pattern else "",
            options=(Option(f"({PACKAGE}.attribute)", tuple(values)),),
            comments=tuple(comments),
        )

    # sequences.proto ----------------------------------------------------------------

    def name_items(self) -> dict[str, list[str]]:
        """Give every item content a message name; identical contents share one.

        Contents are compared structurally (tags, types, nested contents), recursion
        included, by refining classes until they are stable.
        """
        items = self.expansion.items
        numbering: dict[object, int] = {}
        classes = {
            item.key: numbering.setdefault(
                (
                    item.sequence_key,
                    tuple((a.element_key, a.type, bool(a.item_key)) for a in item.attributes),
                ),
                len(numbering),
            )
            for item in items
        }
        count = len(numbering)
        while True:
            numbering = {}
            classes = {
                item.key: numbering.setdefault(
                    (
                        classes[item.key],
                        tuple(classes[a.item_key] for a in item.attributes if a.item_key),
                    ),
                    len(numbering),
                )
                for item in items
            }
            if len(numbering) == count:
                break
            count = len(numbering)
        groups: dict[int, list[str]] = defaultdict(list)
        for item in items:
            groups[classes[item.key]].append(item.key)
        by_sequence: dict[tuple[int, int], list[list[str]]] = defaultdict(list)
        for members in groups.values():
            by_sequence[self.items[members[0]].sequence_key].append(members)
        for sequence_key, variants in by_sequence.items():
            sequence = self.dictionary.get(sequence_key)
            base = message_name(sequence.keyword, sequence.name)
            if len(variants) == 1:
                names = [f"{base}Item"]
            else:
                names = []
                for members in variants:
                    first = self.items[members[0]]
                    qualifier = message_name(self.tables[first.table_id].name)
                    if first.iod_table_id:
                        qualifier = self._iod_stem(first.iod_table_id) + qualifier
                    name = f"{qualifier}{base}Item"
                    suffix = 2
                    while name in names:
                        name = f"{qualifier}{base}Item{suffix}"
                        suffix += 1
                    names.append(name)
            for members, name in zip(variants, names, strict=True):
                for key in members:
                    self.item_names[key] = name
        return {self.item_names[members[0]]: members for members in groups.values()}

    def _iod_stem(self, iod_table_id: str) -> str:
        return message_name(self.iods[iod_table_id].name)

    def item_messages(self, groups: dict[str, list[str]]) -> list[ProtoMessage]:
        messages = []
        for name in sorted(groups):
            item = self.items[groups[name][0]]
            sequence = self.dictionary.get(item.sequence_key)
            table = self.tables[item.table_id]
            where = (
                f"{sequence.name} {sequence.tag} as defined in PS3.3 {self.part3.edition} "
                f"{table.section} {table.name}: {self.part3_link(table.section_id)}"
            )
            fields = [self.attribute_field(a) for a in item.attributes]
            fields.append(
                ProtoField(
                    "other_elements",
                    f"{PACKAGE}.Element",
                    "repeated",
                    comments=("Elements of the item that no field above holds.",),
                )
            )
            fields.append(
                ProtoField(
                    "undefined_length",
                    "bool",
                    comments=("The item was encoded with undefined length.",),
                )
            )
            messages.append(
                ProtoMessage(name, "item", tuple(fields), comments=(f"An item of {where}",))
            )
            messages.append(
                ProtoMessage(
                    name + "s",
                    "items",
                    (
                        ProtoField("items", name, "repeated"),
                        ProtoField(
                            "undefined_length",
                            "bool",
                            comments=("The sequence was encoded with undefined length.",),
                        ),
                    ),
                    comments=(
                        f"The items of {where}",
                        "Present with no items when the sequence is present but empty.",
                    ),
                )
            )
        return messages

    # modules, macros and IODs -------------------------------------------------------

    def table_messages(self) -> tuple[list[ProtoMessage], dict[str, str]]:
        messages = []
        names: dict[str, str] = {}
        for expanded in self.expansion.tables:
            table = self.tables[expanded.table_id]
            name = message_name(table.name)
            comments = [f"PS3.3 {self.part3.edition} {table.section} {table.name}."]
            if expanded.iod_table_id:
                name = self._iod_stem(expanded.iod_table_id) + name
                iod = self.iods[expanded.iod_table_id]
                comments = [
                    f"PS3.3 {self.part3.edition} {table.section} {table.name} with the "
                    f"functional group macros of the {iod.name} IOD "
                    f"(Table {iod.functional_groups_table_id.removeprefix('table_')})."
                ]
            comments.append(self.part3_link(table.section_id))
            names[expanded.key] = name
            values = (("name", table.name), ("section", table.section))
            messages.append(
                ProtoMessage(
                    name=name,
                    kind=table.kind.value,
                    fields=tuple(self.attribute_field(a) for a in expanded.attributes),
                    options=(Option(f"({PACKAGE}.table)", values),),
                    comments=tuple(comments),
                )
            )
        return messages, names

    def iod_message(
        self,
        iod: Iod,
        module_keys: tuple[str, ...],
        table_names: dict[str, str],
        sop_classes: list[SopClass],
    ) -> ProtoMessage:
        fields = [
            ProtoField(
                "file_meta",
                f"{PACKAGE}.FileMeta",
                comments=("Preamble and File Meta Information of the Part 10 file.",),
            )
        ]
        for module, key in zip(iod.modules, module_keys, strict=True):
            comments = [f"{module.name} Module ({module.ie} IE), usage {module.usage.value}."]
            if module.condition:
                comments.append(module.condition)
            comments.append(
                f"PS3.3 {self.part3.edition} {module.section}: "
                f"{self.part3_link(self.tables[module.table_id].section_id)}"
            )
            values = (
                ("name", module.name),
                ("ie", module.ie),
                ("usage", module.usage.value),
                ("section", module.section),
            )
            fields.append(
                ProtoField(
                    field_name(self.tables[module.table_id].name),
                    table_names[key],
                    options=(Option(f"({PACKAGE}.module)", values),),
                    comments=tuple(comments),
                )
            )
        fields.append(
            ProtoField(
                "other_elements",
                f"{PACKAGE}.Element",
                "repeated",
                comments=(
                    "Elements that no module field holds: private, retired, unknown, or "
                    "from modules this IOD does not list.",
                ),
            )
        )
        comments = [f"{iod.name} IOD, PS3.3 {self.part3.edition} {iod.section}."]
        for group in iod.functional_groups:
            text = f"Functional group {group.name} ({group.section}), usage {group.usage.value}"
            comments.append(text + (f": {group.condition}" if group.condition else "."))
        for sop_class in sop_classes:
            comments.append(f"SOP Class {sop_class.name}: {sop_class.uid}")
        comments.append(self.part3_link(iod.section_id))
        values = (
            ("name", iod.name),
            ("section", iod.section),
            ("sop_class_uids", tuple(s.uid for s in sop_classes)),
        )
        return ProtoMessage(
            name=message_name(iod.name) + "Iod",
            kind="iod",
            fields=tuple(fields),
            options=(Option(f"({PACKAGE}.iod)", values),),
            comments=tuple(comments),
        )


def sop_classes_of(standard: Standard, iod: Iod) -> list[SopClass]:
    """SOP Classes whose PS3.4 IOD link points at this IOD's section or inside it."""
    return [
        s
        for s in standard.sop_classes
        if s.iod_section_id == iod.section_id or s.iod_section_id.startswith(iod.section_id + ".")
    ]


def _value_fields(element: DataElement) -> list[ProtoField]:
    """The value fields of an attribute message, chosen by VR and VM."""
    single = element.vm == "1"
    fields: list[ProtoField] = []
    if element.tag.is_pattern:
        fields.append(
            ProtoField("tag", "fixed32", comments=("The tag in this instance, e.g. 0x60023000.",))
        )
    if len(element.vrs) > 1:
        fields.append(ProtoField("vr", f"{PACKAGE}.Vr", comments=("The VR used.",)))
        for vr in element.vrs:
            fields.append(_value_field(vr, single, vr.lower()))
    else:
        vr = element.vrs[0]
        fields.append(_value_field(vr, single, "value" if single else "values"))
        if vr in ("DS", "IS"):
            fields.append(
                ProtoField(
                    "text",
                    "string",
                    comments=(
                        "The value exactly as written, set only when formatting the numbers "
                        'would not give it back (e.g. "1.50"); it wins over them.',
                    ),
                )
            )
    if element.tag.value == PIXEL_DATA and not element.tag.is_pattern:
        # PS3.5 A.4: only Pixel Data carries encapsulated (compressed) frames.
        fields.append(ProtoField("encapsulated", f"{PACKAGE}.EncapsulatedPixelData"))
        fields.append(
            ProtoField(
                "bulk_data_uri", "string", comments=("The value lives outside this message.",)
            )
        )
    return fields


def _value_field(vr: str, single: bool, name: str) -> ProtoField:
    if vr == "SQ":
        return ProtoField(name, f"{PACKAGE}.DataSet", "repeated")
    if vr in BYTES_VRS:
        return ProtoField(name, "bytes")
    label = "" if single else "repeated"
    if vr in STRING_VRS:
        return ProtoField(name, "string", label)
    if vr == "PN":
        return ProtoField(name, f"{PACKAGE}.PersonName", label)
    return ProtoField(name, SCALAR_TYPES[vr], "optional" if single else "repeated")


def build_schema(standard: Standard, expansion: Expansion, dictionary: Dictionary) -> Schema:
    """All proto files: options, dataset, attributes, sequences, modules, IODs."""
    builder = _Builder(standard, expansion, dictionary)
    attributes = builder.attribute_messages()
    groups = builder.name_items()
    items = builder.item_messages(groups)
    tables, table_names = builder.table_messages()
    files = [
        ProtoFile(OPTIONS, ()),
        ProtoFile(DATASET, ()),
        ProtoFile(ATTRIBUTES, tuple(attributes)),
        ProtoFile(SEQUENCES, tuple(items)),
    ]
    for message in sorted(tables, key=lambda m: m.name):
        files.append(ProtoFile(f"{PROTO_DIR}/{file_name(message.name)}", (message,)))
    sop_map = []
    for expanded in expansion.iods:
        sop_classes = sop_classes_of(standard, expanded.iod)
        message = builder.iod_message(expanded.iod, expanded.module_keys, table_names, sop_classes)
        files.append(ProtoFile(f"{PROTO_DIR}/{file_name(message.name)}", (message,)))
        sop_map += [(s.uid, message.name) for s in sop_classes]
    return Schema(files=_with_imports(files), sop_classes=tuple(sorted(sop_map)))


def _with_imports(files: list[ProtoFile]) -> tuple[ProtoFile, ...]:
    """Each file imports exactly the files that define the types and options it uses."""
    defined_in = {m.name: f.name for f in files for m in f.messages}
    defined_in.update({name: DATASET for name in BUILTIN_MESSAGES if not name.endswith("Options")})
    result = []
    for file in files:
        needed = set()
        for message in file.messages:
            if message.options or any(field.options for field in message.fields):
                needed.add(OPTIONS)
            for field in message.fields:
                source = defined_in.get(field.type.removeprefix(PACKAGE + "."))
                if source:
                    needed.add(source)
        needed.discard(file.name)
        result.append(replace(file, imports=tuple(sorted(needed))))
    return tuple(result)
