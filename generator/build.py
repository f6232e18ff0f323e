"""Schema pass: the expanded standard -> proto files, messages and fields (unnumbered)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .dictionary import Dictionary
from .expand import Attribute, Expansion, Item
from .model import AttributeTable, DataElement, Edition, Iod, SopClass, Standard
from .names import TABLE_KINDS, Namer
from .naming import field_name, file_name, message_name
from .numbering import Registry
from .proto_model import Option, ProtoField, ProtoFile, ProtoMessage, Schema

PACKAGE = "dicomproto.v1"
PROTO_DIR = "dicomproto/v1"
OPTIONS = f"{PROTO_DIR}/options.proto"
DATASET = f"{PROTO_DIR}/dataset.proto"
ATTRIBUTES = f"{PROTO_DIR}/attributes.proto"
SEQUENCES = f"{PROTO_DIR}/sequences.proto"
GENERATED_FILES = (OPTIONS, DATASET, ATTRIBUTES, SEQUENCES)

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
_TEMPLATES = Path(__file__).parent / "templates"


def _declared_in_templates(*names: str) -> frozenset[str]:
    """The messages and enums that the hand-written templates declare."""
    declared = re.compile(r"^(?:message|enum) (\w+)", re.MULTILINE)
    return frozenset(
        name
        for template in names
        for name in declared.findall((_TEMPLATES / template).read_text(encoding="utf-8"))
    )


# Messages of dataset.proto and options.proto; an element whose keyword gives one of
# these names (Person Name (0040,A123) -> PersonName) gets the suffix "Attribute".
BUILTIN_MESSAGES = _declared_in_templates("dataset.proto.jinja2", "options.proto.jinja2")
SITE = "https://dicom.nema.org/medical/dicom"


def _sentence(text: str, limit: int = 200) -> str:
    """The first sentence of a description, shortened to `limit` characters."""
    first = re.split(r"(?<=[a-z0-9)])\. ", text, maxsplit=1)[0].rstrip(".")
    return first if len(first) <= limit else first[: limit - 3].rstrip() + "..."


def _section(label: str) -> str:
    """ "C.8.2.1" -> "SectionC821": what tells two tables of one name apart."""
    return message_name(f"Section {label}")


def _condition(text: str) -> str:
    match = re.search(r"(Required if[^.]*(?:\.\d[^.]*)*)\.", text)
    return _sentence(match.group(1), 300) if match else ""


@dataclass
class _Builder:
    standard: Standard
    expansion: Expansion
    dictionary: Dictionary
    namer: Namer

    def __post_init__(self) -> None:
        editions = {e.part: e for e in self.standard.editions}
        self.part3: Edition = editions["PS3.3"]
        self.part6: Edition = editions["PS3.6"]
        self.tables: dict[str, AttributeTable] = {t.table_id: t for t in self.standard.tables}
        self.iods: dict[str, Iod] = {i.table_id: i for i in self.standard.iods}
        self.items: dict[str, Item] = {i.key: i for i in self.expansion.items}
        self.item_names: dict[str, str] = {}
        self.element_names: dict[tuple[int, int], str] = {}
        self.table_names: dict[str, str] = {}  # expanded table key -> message name
        self.item_groups: dict[str, list[str]] = {}  # item message name -> its keys
        self.contributors: dict[str, list[str]] = {}  # ... -> other keys it holds too
        self.item_class: dict[str, int] = {}  # item key -> class of identical contents
        self.united: set[str] = set()  # item messages that hold several contents
        self.pending_items: list[str] = []
        self.iod_names: dict[str, str] = {}  # IOD table id -> message name

    # links and comments -------------------------------------------------------------

    def part3_link(self, section_id: str) -> str:
        return f"{SITE}/{self.part3.edition}/output/chtml/part03/{section_id}.html"

    def part6_link(self) -> str:
        return f"{SITE}/{self.part6.edition}/output/chtml/part06/chapter_6.html"

    def element_summary(self, element: DataElement) -> str:
        return f"{element.name} {element.tag}, VR {element.vr}, VM {element.vm}"

    def row_links(self, own: str, attributes: Iterable[Attribute]) -> list[str]:
        """A field names the section its row comes from; the message links each such
        section once: a line per section other than its own (`own`, a section id)."""
        names: dict[str, list[str]] = {}
        labels: dict[str, str] = {}
        for attribute in attributes:
            table = self.tables[attribute.table_id]
            if table.section_id == own:
                continue
            labels.setdefault(table.section_id, table.section)
            if table.name not in names.setdefault(table.section_id, []):
                names[table.section_id].append(table.name)
        return [f"Rows from {labels[s]} {', '.join(names[s])}: {self.part3_link(s)}" for s in names]

    # attributes.proto ---------------------------------------------------------------

    def name_attributes(self) -> None:
        """Element messages: the keyword's name; "Attribute" after it when that name is
        taken (Person Name (0040,A123) -> PersonNameAttribute), then the tag."""
        ladders = {}
        for element in self.dictionary.all_elements():
            base = message_name(element.keyword, element.name)
            ladders[str(element.tag)] = [base, base + "Attribute", f"{base}{element.tag.value:08X}"]
        names = self.namer.assign({"attribute"}, ladders)
        for element in self.dictionary.all_elements():
            self.element_names[(element.tag.value, element.tag.mask)] = names[str(element.tag)]

    def attributes_comments(self) -> tuple[str, ...]:
        """What attributes.proto says once for all its messages (each names its element)."""
        return (f"One message per data element of PS3.6 {self.part6.edition}: {self.part6_link()}",)

    def attribute_messages(self) -> list[ProtoMessage]:
        messages = []
        for element in self.dictionary.all_elements():
            name = self.element_names[(element.tag.value, element.tag.mask)]
            comments = [self.element_summary(element) + "."]
            if element.retired:
                comments.append("Retired.")
            if element.source != "PS3.6":
                comments.append(
                    f"Not in PS3.6 {self.part6.edition}: taken from {element.source}'s dictionary."
                )
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
                    keys=(str(element.tag),),
                )
            )
        return messages

    # fields of modules, macros and items --------------------------------------------

    def sequence_type(self, owner: str, attribute: Attribute) -> str:
        """The Items message of a sequence field of `owner`. A released field keeps its
        type: when the input now defines the field's items elsewhere (Enhanced CT Image
        Module including a macro for Referenced Raw Data Sequence, where it once had
        rows of its own), the released item message takes that content in too."""
        computed = self.item_names[attribute.item_key] + "s"
        record = self.namer.registry.messages.get(owner)
        key = str(self.dictionary.get(attribute.element_key).tag)
        fields = record.fields.values() if record else ()
        released = next((r.type for r in fields if r.key == key), "")
        if not released or released == computed or not released.endswith("Items"):
            return computed
        self.contribute(released[:-1], attribute.item_key)
        return released

    def contribute(self, name: str, item_key: str) -> None:
        """Make the item message `name` hold the content of `item_key` too."""
        keys = self.contributors.setdefault(name, [])
        if item_key not in keys and item_key not in self.item_groups.get(name, ()):
            keys.append(item_key)
            if name not in self.pending_items:
                self.pending_items.append(name)

    def attribute_field(self, attribute: Attribute, owner: str) -> ProtoField:
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
        comments.append(f"PS3.3 {table.section} {table.name}.")
        if attribute.item_key:
            type_name = self.sequence_type(owner, attribute)
        else:
            type_name = self.element_names[attribute.element_key]
        return ProtoField(
            name=field_name(element.keyword, element.name),
            type=type_name,
            label="repeated" if element.tag.is_pattern else "",
            options=(Option(f"({PACKAGE}.attribute)", tuple(values)),),
            comments=tuple(comments),
            key=str(element.tag),
        )

    # sequences.proto ----------------------------------------------------------------

    def name_items(self) -> None:
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
        self.item_class = dict(classes)
        variants = list(groups.values())
        if self.namer.registry.legacy:
            named = self._legacy_item_names(variants)
        else:
            named = self._item_names(variants)
        for name, members in named:
            self.item_groups[name] = members
            for key in members:
                self.item_names[key] = name

    def _item_names(self, variants: list[list[str]]) -> list[tuple[str, list[str]]]:
        """(name, member keys) per item message. A key the registry knows keeps its
        name, whatever its content now: where the keys of one released name now have
        different contents, the message holds them all (item_messages). Other keys join
        a released name of their content, else get a new name for it."""
        released = self.namer.released({"item"})
        per_sequence = Counter(self.items[members[0]].sequence_key for members in variants)
        members_of: dict[str, list[str]] = defaultdict(list)
        ladders: dict[str, list[str]] = {}
        fresh: dict[str, list[str]] = {}
        for members in variants:
            names = sorted({released[k] for k in members if k in released})
            if not names:
                primary = min(members)
                ladders[primary] = self._item_ladder(self.items[primary], per_sequence)
                fresh[primary] = members
                continue
            for key in members:
                members_of[released.get(key, names[0])].append(key)
        named = list(members_of.items())
        for primary, name in self.namer.assign((), ladders, ("", "s")).items():
            named.append((name, fresh[primary]))
        return named

    def _item_ladder(self, item: Item, per_sequence: Counter) -> list[str]:
        """Candidate names of a new item message, most plain first: the sequence's own
        name (when it has one content only), then qualified by the defining table (and
        IOD), by the enclosing sequences, by the table's section."""
        sequence = self.dictionary.get(item.sequence_key)
        base = message_name(sequence.keyword, sequence.name) + "Item"
        table = self.tables[item.table_id]
        qualifier = message_name(table.name)
        if item.iod_table_id:
            qualifier = self._iod_stem(item.iod_table_id) + qualifier
        parents = "".join(
            message_name(p.keyword, p.name)
            for p in (self.dictionary.get(key) for key in item.parents)
        )
        ladder = [
            f"{qualifier}{base}",
            f"{qualifier}{parents}{base}",
            f"{qualifier}{_section(table.section)}{parents}{base}",
        ]
        if per_sequence[item.sequence_key] == 1:
            ladder.insert(0, base)
        return list(dict.fromkeys(ladder))

    def _legacy_item_names(self, variants: list[list[str]]) -> list[tuple[str, list[str]]]:
        """0.1.0's names, used when upgrading its registry: the sequence's name when it
        has one content, else qualified by the first defining table, then numbered."""
        by_sequence: dict[tuple[int, int], list[list[str]]] = defaultdict(list)
        for members in variants:
            by_sequence[self.items[members[0]].sequence_key].append(members)
        named = []
        for sequence_key, group in by_sequence.items():
            sequence = self.dictionary.get(sequence_key)
            base = message_name(sequence.keyword, sequence.name)
            if len(group) == 1:
                named.append((f"{base}Item", group[0]))
                continue
            names: list[str] = []
            for members in group:
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
                named.append((name, members))
        for name, _ in named:
            self.namer.take(name, ("", "s"), False)
        return named

    def _iod_stem(self, iod_table_id: str) -> str:
        return message_name(self.iods[iod_table_id].name)

    def item_messages(self) -> list[ProtoMessage]:
        """Every item message, each holding the content of all its keys and of what
        released fields brought to it (sequence_type); built again when that grows."""
        built: dict[str, list[ProtoMessage]] = {}
        self.pending_items = sorted(set(self.item_groups) | set(self.contributors))
        while self.pending_items:
            name = self.pending_items.pop(0)
            built[name] = self._item_message(name)
        return [message for name in sorted(built) for message in built[name]]

    def _content(self, name: str) -> tuple[list[str], tuple[Attribute, ...]]:
        """The keys a message holds and their attributes united by tag, in order."""
        keys = [*self.item_groups.get(name, ()), *self.contributors.get(name, ())]
        merged: dict[tuple[int, int], Attribute] = {}
        for key in keys:
            for attribute in self.items[key].attributes:
                merged.setdefault(attribute.element_key, attribute)
        contents = {self.item_class[key] for key in keys}
        if len(contents) > 1:
            self.united.add(name)
        return keys, tuple(merged.values())

    def _item_message(self, name: str) -> list[ProtoMessage]:
        messages = []
        keys, attributes = self._content(name)
        item = self.items[keys[0]]
        fields = [self.attribute_field(a, name) for a in attributes]
        # A sequence that the united keys define with different items: the field's
        # message holds the items of each.
        for key in keys[1:]:
            for attribute in self.items[key].attributes:
                first = next(a for a in attributes if a.element_key == attribute.element_key)
                if attribute.item_key and first.item_key and attribute.item_key != first.item_key:
                    target = next(
                        f.type
                        for f in fields
                        if f.key == str(self.dictionary.get(first.element_key).tag)
                    )
                    self.contribute(target[:-1], attribute.item_key)
        sequence = self.dictionary.get(item.sequence_key)
        table = self.tables[item.table_id]
        where = (
            f"{sequence.name} {sequence.tag} as defined in PS3.3 {self.part3.edition} "
            f"{table.section} {table.name}: {self.part3_link(table.section_id)}"
        )
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
        # The keys that carry the name (a message that released fields brought content
        # to keeps those it was released with).
        own = tuple(sorted(self.item_groups.get(name, ())))
        comments = [f"An item of {where}", *self.row_links(table.section_id, attributes)]
        if name in self.united:
            comments.append(
                f"Also holds the attributes that {len(keys) - 1} other definitions of this "
                "sequence give its items: they had this message in an earlier release."
            )
        messages.append(
            ProtoMessage(name, "item", tuple(fields), comments=tuple(comments), keys=own)
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
                keys=keys,
            )
        )
        return messages

    # modules, macros and IODs -------------------------------------------------------

    def name_tables(self) -> None:
        """Module and macro messages: the table's name; an IOD's own variant of a table
        after the IOD; on a clash, with the section."""
        ladders = {}
        for expanded in self.expansion.tables:
            table = self.tables[expanded.table_id]
            name = message_name(table.name)
            if expanded.iod_table_id:
                name = self._iod_stem(expanded.iod_table_id) + name
            ladders[expanded.key] = [name, name + _section(table.section)]
        self.table_names = self.namer.assign(TABLE_KINDS, ladders, own_file=True)

    def name_iods(self) -> None:
        ladders = {
            iod.table_id: [
                message_name(iod.name) + "Iod",
                message_name(iod.name) + _section(iod.section) + "Iod",
            ]
            for iod in self.standard.iods
        }
        self.iod_names = self.namer.assign({"iod"}, ladders, own_file=True)

    def table_messages(self) -> list[ProtoMessage]:
        messages = []
        for expanded in self.expansion.tables:
            table = self.tables[expanded.table_id]
            comments = [f"PS3.3 {self.part3.edition} {table.section} {table.name}."]
            if expanded.iod_table_id:
                iod = self.iods[expanded.iod_table_id]
                comments = [
                    f"PS3.3 {self.part3.edition} {table.section} {table.name} with the "
                    f"functional group macros of the {iod.name} IOD "
                    f"(Table {iod.functional_groups_table_id.removeprefix('table_')})."
                ]
            comments.append(self.part3_link(table.section_id))
            comments += self.row_links(table.section_id, expanded.attributes)
            values = (("name", table.name), ("section", table.section))
            messages.append(
                ProtoMessage(
                    name=self.table_names[expanded.key],
                    kind=table.kind.value,
                    fields=tuple(
                        self.attribute_field(a, self.table_names[expanded.key])
                        for a in expanded.attributes
                    ),
                    options=(Option(f"({PACKAGE}.table)", values),),
                    comments=tuple(comments),
                    keys=(expanded.key,),
                    title=table.name,
                    section=table.section,
                )
            )
        return messages

    def iod_message(
        self, iod: Iod, module_keys: tuple[str, ...], sop_classes: list[SopClass]
    ) -> ProtoMessage:
        fields = [
            ProtoField(
                "file_meta",
                f"{PACKAGE}.FileMeta",
                comments=("Preamble and File Meta Information of the Part 10 file.",),
            )
        ]
        for module, key in zip(iod.modules, module_keys, strict=True):
            comments = [
                f"{module.name} Module (PS3.3 {module.section}, {module.ie} IE), "
                f"usage {module.usage.value}."
            ]
            if module.condition:
                comments.append(module.condition)
            values = (
                ("name", module.name),
                ("ie", module.ie),
                ("usage", module.usage.value),
                ("section", module.section),
            )
            fields.append(
                ProtoField(
                    field_name(self.tables[module.table_id].name),
                    self.table_names[key],
                    options=(Option(f"({PACKAGE}.module)", values),),
                    comments=tuple(comments),
                    key=module.table_id,
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
            retired = " (retired)" if sop_class.retired else ""
            comments.append(f"SOP Class {sop_class.name}{retired}: {sop_class.uid}")
        comments.append(self.part3_link(iod.section_id))
        values = (
            ("name", iod.name),
            ("section", iod.section),
            ("sop_class_uids", tuple(s.uid for s in sop_classes)),
        )
        return ProtoMessage(
            name=self.iod_names[iod.table_id],
            kind="iod",
            fields=tuple(fields),
            options=(Option(f"({PACKAGE}.iod)", values),),
            comments=tuple(comments),
            keys=(iod.table_id,),
            title=iod.name,
            section=iod.section,
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


def build_schema(
    standard: Standard,
    expansion: Expansion,
    dictionary: Dictionary,
    registry: Registry,
    hand_written: dict[str, str] | None = None,
) -> Schema:
    """All proto files: options, dataset, attributes, sequences, modules, IODs.

    Message names come from the registry where it knows their keys; new ones are
    chosen so that they clash with no released, built-in or hand-written message."""
    hand_written = hand_written or {}
    reserved = set(BUILTIN_MESSAGES)
    for text in hand_written.values():
        reserved.update(re.findall(r"^\s*(?:message|enum|service)\s+(\w+)", text, re.MULTILINE))
    files_taken = {path.rsplit("/", 1)[-1] for path in (*GENERATED_FILES, *hand_written)}
    builder = _Builder(standard, expansion, dictionary, Namer(registry, reserved, files_taken))
    builder.name_attributes()
    builder.name_tables()
    builder.name_iods()
    builder.name_items()
    attributes = builder.attribute_messages()
    tables = builder.table_messages()
    items = builder.item_messages()
    files = [
        ProtoFile(OPTIONS, ()),
        ProtoFile(DATASET, ()),
        ProtoFile(ATTRIBUTES, tuple(attributes), comments=builder.attributes_comments()),
        ProtoFile(SEQUENCES, tuple(items)),
    ]
    for message in sorted(tables, key=lambda m: m.name):
        files.append(ProtoFile(f"{PROTO_DIR}/{file_name(message.name)}", (message,)))
    sop_map = []
    for expanded in expansion.iods:
        sop_classes = sop_classes_of(standard, expanded.iod)
        message = builder.iod_message(expanded.iod, expanded.module_keys, sop_classes)
        files.append(ProtoFile(f"{PROTO_DIR}/{file_name(message.name)}", (message,)))
        sop_map += [(s.uid, message.name) for s in sop_classes]
    return Schema(
        files=tuple(files),
        sop_classes=tuple(sorted(sop_map)),
        united=tuple(sorted(builder.united)),
    )


def with_imports(files: list[ProtoFile] | tuple[ProtoFile, ...]) -> tuple[ProtoFile, ...]:
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
