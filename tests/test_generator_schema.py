"""Model -> schema: the generated messages and model.json against the DocBook itself.

Descriptors come from the installed dicomproto.v1 (the committed tree, which
test_generator_registry.py proves equal to a fresh run); model.json and the .proto
text come from this session's run.
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import re
from collections import defaultdict

import pytest
from generator_helpers import (
    DB,
    FULL_MASK,
    PART_FILES,
    DocRow,
    DocTable,
    Expander,
    Key,
    Run,
    attribute_key,
    compare_tree,
    element,
    flatten,
    generated,  # noqa: F401 (fixture)
    parse_xml,
    pydicom_element,
    read_part3,
    read_part6,
    read_sop_classes,
    standard_dir,
    tag_text,
    text,
    top_level_keys,
)
from google.protobuf.descriptor import Descriptor, FieldDescriptor

import dicomproto.v1
from dicomproto.generator import __version__
from dicomproto.generator.cli import HAND_WRITTEN_PROTOS
from dicomproto.v1 import options_pb2, sop_classes

IODS = ["CT Image", "RT Dose", "Enhanced CT Image", "Enhanced X-Ray Angiographic Image"]
ENHANCED = ["Enhanced CT Image", "Enhanced X-Ray Angiographic Image"]
MULTI_FRAME_GROUPS = "table_C.7.6.16-1"


@functools.cache
def descriptors() -> dict[str, Descriptor]:
    """Every message of dicomproto.v1 by name."""
    found = {}
    for info in pkgutil.iter_modules(dicomproto.v1.__path__):
        if info.name.endswith("_pb2"):
            module = importlib.import_module(f"dicomproto.v1.{info.name}")
            found.update(module.DESCRIPTOR.message_types_by_name)
    return found


def options(descriptor: Descriptor | FieldDescriptor, extension):
    found = descriptor.GetOptions()
    return found.Extensions[extension] if found.HasExtension(extension) else None


@functools.cache
def table_messages() -> dict[tuple[str, str], list[Descriptor]]:
    """(table name, section) -> messages with that (dicomproto.v1.table) option."""
    found = defaultdict(list)
    for message in descriptors().values():
        option = options(message, options_pb2.table)
        if option is not None:
            found[(option.name, option.section)].append(message)
    return found


def table_message(table: DocTable) -> Descriptor:
    """The message of a table on its own (an enhanced IOD may have its own variant too,
    named after the IOD)."""
    found = table_messages()[(table.name, table.section_label)]
    assert found, f"no message for table {table.label} {table.name!r}"
    return min(found, key=lambda m: len(m.name))


def iod_message(name: str) -> Descriptor:
    (found,) = [
        m
        for m in descriptors().values()
        if (o := options(m, options_pb2.iod)) is not None and o.name == name
    ]
    return found


def doc_iod(name: str):
    (found,) = [iod for iod in read_part3().iods if iod.name == name]
    return found


def attribute_fields(message: Descriptor) -> list[FieldDescriptor]:
    return [f for f in message.fields if options(f, options_pb2.attribute) is not None]


def field_for(message: Descriptor, key: Key) -> FieldDescriptor:
    (found,) = [
        f
        for f in attribute_fields(message)
        if attribute_key(options(f, options_pb2.attribute)) == key
    ]
    return found


def item_of(field: FieldDescriptor) -> Descriptor:
    return field.message_type.fields_by_name["items"].message_type


def module_fields(message: Descriptor) -> list[FieldDescriptor]:
    return [f for f in message.fields if options(f, options_pb2.module) is not None]


# --- IODs ------------------------------------------------------------------------------


def test_the_four_iods_of_the_excerpt() -> None:
    assert [iod.name for iod in read_part3().iods] == IODS


@pytest.mark.parametrize("name", IODS)
def test_iod_modules_match_the_iod_modules_table(name: str) -> None:
    doc = doc_iod(name)
    message = iod_message(name)
    got = [
        (o.name, o.ie, o.usage, o.section)
        for o in (options(f, options_pb2.module) for f in module_fields(message))
    ]
    assert got == [(m.module, m.ie, m.usage, m.section) for m in doc.modules]
    assert message.fields[0].name == "file_meta"
    assert message.fields[-1].name == "other_elements"
    assert len(message.fields) == len(doc.modules) + 2
    tables = read_part3().tables
    for field, module in zip(module_fields(message), doc.modules, strict=True):
        table = tables[module.table_id]
        option = options(field.message_type, options_pb2.table)
        assert (option.name, option.section) == (table.name, table.section_label)
        if module.table_id != MULTI_FRAME_GROUPS or not doc.groups:
            assert field.message_type is table_message(table), module.module


@pytest.mark.parametrize("name", IODS)
def test_model_json_iods(generated: Run, name: str) -> None:  # noqa: F811
    model = json.loads((generated.out / "model.json").read_text(encoding="utf-8"))
    (iod,) = [i for i in model["iods"] if i["name"] == name]
    doc = doc_iod(name)
    assert iod["section"] == read_part3().section_labels[doc.section_id]
    assert iod["modules"] == [
        {
            "name": m.module,
            "section": m.section,
            "ie": m.ie,
            "usage": m.usage,
            "condition": m.condition,
        }
        for m in doc.modules
    ]
    assert iod["functional_groups"] == [
        {"name": g.name, "section": g.section, "usage": g.usage, "condition": g.condition}
        for g in doc.groups
    ]
    assert [i["name"] for i in model["iods"]] == IODS


@pytest.mark.parametrize("name", IODS)
def test_sop_class_uids_come_from_ps3_4_table_b5_1(generated: Run, name: str) -> None:  # noqa: F811
    doc = doc_iod(name)
    expected = [row.uid for row in read_sop_classes() if row.target == doc.section_id]
    assert len(expected) == 1, expected
    message = iod_message(name)
    assert list(options(message, options_pb2.iod).sop_class_uids) == expected
    model = json.loads((generated.out / "model.json").read_text(encoding="utf-8"))
    assert next(i for i in model["iods"] if i["name"] == name)["sop_class_uids"] == expected
    for uid in expected:
        module, message_name = sop_classes.SOP_CLASS_MESSAGES[uid]
        found = importlib.import_module(f"dicomproto.v1.{module}")
        assert getattr(found, message_name).DESCRIPTOR is message
    assert (module, message.name) in sop_classes.IOD_MESSAGES


def test_sop_class_map_covers_exactly_the_iods() -> None:
    sections = {iod.section_id for iod in read_part3().iods}
    expected = {row.uid for row in read_sop_classes() if row.target in sections}
    assert set(sop_classes.SOP_CLASS_MESSAGES) == expected
    assert len(sop_classes.IOD_MESSAGES) == 4


# --- modules and macros ----------------------------------------------------------------


def test_every_attribute_table_has_a_message() -> None:
    assert len(read_part3().tables) > 150
    missing = [
        f"{t.label} {t.name}"
        for t in read_part3().tables.values()
        if not table_messages()[(t.name, t.section_label)]
    ]
    assert missing == []


def test_top_level_fields_are_the_rows_plus_the_included_tables() -> None:
    tables = read_part3().tables
    problems = []
    for table_id, table in tables.items():
        expected = [tag_text(k) for k in top_level_keys(tables, table_id)]
        got = [
            tag_text(attribute_key(options(f, options_pb2.attribute)))
            for f in attribute_fields(table_message(table))
        ]
        if got != expected:
            problems.append(f"{table.label} {table.name}: {got} != {expected}")
    assert problems == []


def test_every_level_of_every_table_matches_the_docbook() -> None:
    """Nested items too, with types; includes at their depth; recursion as a back reference."""
    expander = Expander(read_part3().tables)
    problems: list[str] = []
    for table_id, table in read_part3().tables.items():
        compare_tree(
            expander.table(table_id),
            table_message(table),
            options_pb2.attribute,
            f"table {table.label}",
            problems,
        )
    assert expander.missing == set(), "tags in neither PS3.6 nor pydicom"
    assert problems == []


def test_model_json_modules_match_the_docbook(generated: Run) -> None:  # noqa: F811
    model = json.loads((generated.out / "model.json").read_text(encoding="utf-8"))
    by_name = {(m["name"], m["section"]): m for m in model["modules"]}
    assert len(by_name) == len(model["modules"]) == len(read_part3().tables)
    expander = Expander(read_part3().tables)
    for table_id, table in read_part3().tables.items():
        module = by_name[(table.name, table.section_label)]
        assert module["table"] == table.label
        assert module["kind"] == ("module" if table.name.endswith(" Module") else "macro")
        got = [(tuple(a["path"]), a.get("recursive", False)) for a in module["attributes"]]
        assert got == flatten(expander.table(table_id)), table.label
        for attribute in module["attributes"]:
            value, mask = _key_of(attribute["path"][-1])
            found = element((value, mask))
            assert (attribute["keyword"], attribute["vr"], attribute["vm"]) == (
                found.keyword,
                found.vr,
                found.vm,
            )


def _key_of(tag: str) -> Key:
    digits = tag[1:5] + tag[6:10]
    value = int(digits.replace("x", "0"), 16)
    mask = int("".join("0" if c == "x" else "F" for c in digits), 16)
    return value, mask


def _enclosing_sequences(table: DocTable, index: int) -> list[DocRow] | None:
    """The attribute rows whose items hold row `index`, outermost first (None if a level
    is opened by an include rather than a sequence row, as in Table C.18.4-1)."""
    chain = []
    depth = table.rows[index].depth
    for row in reversed(table.rows[:index]):
        if row.depth < depth:
            if row.kind != "attribute":
                return None
            chain.append(row)
            depth = row.depth
    return chain[::-1]


def _item_message(table: DocTable, chain: list[DocRow]) -> Descriptor:
    message = table_message(table)
    for row in chain:
        message = item_of(field_for(message, row.key))
    return message


def test_nested_rows_become_fields_of_item_messages() -> None:
    """ ">" rows: the item message of the sequence above them has their tags."""
    checked = 0
    for table in read_part3().tables.values():
        for index, row in enumerate(table.rows):
            if row.depth == 0 or row.kind != "attribute":
                continue
            chain = _enclosing_sequences(table, index)
            if chain is None:
                continue
            item = _item_message(table, chain)
            tags = [
                attribute_key(options(f, options_pb2.attribute)) for f in attribute_fields(item)
            ]
            assert row.key in tags, f"{table.label} row {row.number} not in {item.name}"
            checked += 1
    assert checked > 300


def test_includes_expand_at_their_depth() -> None:
    """ ">Include" rows bring the included table's top-level attributes into the item."""
    tables = read_part3().tables
    checked = 0
    for table in tables.values():
        for index, row in enumerate(table.rows):
            if row.depth == 0 or row.kind != "include" or not row.target:
                continue
            chain = _enclosing_sequences(table, index)
            if chain is None:
                continue
            item = _item_message(table, chain)
            tags = {
                attribute_key(options(f, options_pb2.attribute)) for f in attribute_fields(item)
            }
            missing = [tag_text(k) for k in top_level_keys(tables, row.target) if k not in tags]
            assert missing == [], f"{table.label} row {row.number} (depth {row.depth})"
            checked += 1
    assert checked > 100


def test_italic_divider_rows_are_not_fields() -> None:
    tables = read_part3().tables
    names = {(t, r.text) for t, r in read_part3().dividers}
    assert ("table_8.8-1a", "BASIC CODED ENTRY ATTRIBUTES") in names
    basic = table_message(tables["table_8.8-1a"])
    assert [f.name for f in basic.fields] == [
        "code_value",
        "coding_scheme_designator",
        "coding_scheme_version",
        "code_meaning",
        "long_code_value",
        "urn_code_value",
    ]
    for table_id, divider in read_part3().dividers:
        message = table_message(tables[table_id])
        assert len(attribute_fields(message)) == len(top_level_keys(tables, table_id))
        assert not any(divider.text.lower().replace(" ", "_") in f.name for f in message.fields)


def test_sr_content_sequence_item_refers_to_itself(generated: Run) -> None:  # noqa: F811
    tables = read_part3().tables
    (sr,) = [t for t in tables.values() if t.name == "SR Document Content Module"]
    (content_row,) = [
        r
        for r in tables["table_C.17-6"].rows
        if r.kind == "attribute" and r.text == "Content Sequence"
    ]
    field = field_for(table_message(sr), content_row.key)
    item = item_of(field)
    inner = field_for(item, content_row.key)
    assert item_of(inner) is item
    assert inner.message_type is field.message_type
    # model.json marks the repetition instead of expanding it forever.
    model = json.loads((generated.out / "model.json").read_text(encoding="utf-8"))
    (module,) = [m for m in model["modules"] if m["name"] == "SR Document Content Module"]
    tag = tag_text(content_row.key)
    assert {"path": [tag, tag], "recursive": True}.items() <= next(
        a for a in module["attributes"] if a["path"] == [tag, tag]
    ).items()


@pytest.mark.parametrize("name", ENHANCED)
def test_functional_group_macros_are_fields_of_the_iod_specific_items(name: str) -> None:
    doc = doc_iod(name)
    tables = read_part3().tables
    (field,) = [
        f
        for f, m in zip(module_fields(iod_message(name)), doc.modules, strict=True)
        if m.table_id == MULTI_FRAME_GROUPS
    ]
    message = field.message_type
    assert message is not table_message(tables[MULTI_FRAME_GROUPS])
    groups = tuple(g.table_id for g in doc.groups)
    assert all(groups) and len(groups) == len(doc.groups)
    # The item of Shared and of Per-frame Functional Groups Sequence: every macro's
    # top-level attributes, in the order of the IOD's Functional Group Macros table.
    expected = list(dict.fromkeys(k for g in groups for k in top_level_keys(tables, g)))
    sequences = [
        r for r in tables[MULTI_FRAME_GROUPS].rows if r.kind == "attribute" and r.depth == 0
    ][:2]
    assert [r.text for r in sequences] == [
        "Shared Functional Groups Sequence",
        "Per-frame Functional Groups Sequence",
    ]
    for sequence in sequences:
        item = item_of(field_for(message, sequence.key))
        got = [attribute_key(options(f, options_pb2.attribute)) for f in attribute_fields(item)]
        assert [tag_text(k) for k in got] == [tag_text(k) for k in expected]
    problems: list[str] = []
    compare_tree(
        Expander(tables, groups).table(MULTI_FRAME_GROUPS),
        message,
        options_pb2.attribute,
        name,
        problems,
    )
    assert problems == []


def test_the_module_on_its_own_has_no_functional_groups() -> None:
    tables = read_part3().tables
    message = table_message(tables[MULTI_FRAME_GROUPS])
    for field in attribute_fields(message):
        if field.message_type.fields_by_name.get("items") is not None:
            assert attribute_fields(item_of(field)) == []


# --- attributes.proto ------------------------------------------------------------------


@functools.cache
def element_messages() -> dict[Key, Descriptor]:
    found = {}
    for message in descriptors().values():
        option = options(message, options_pb2.element)
        if option is not None:
            key = (option.tag, option.mask or FULL_MASK)
            assert key not in found, message.name
            found[key] = message
    return found


def test_every_ps3_6_element_has_a_message() -> None:
    problems = []
    for key, doc in read_part6().elements.items():
        message = element_messages().get(key)
        if message is None:
            problems.append(f"{tag_text(key)} {doc.keyword}: no message")
            continue
        option = options(message, options_pb2.element)
        got = (option.keyword, option.vr, option.vm, option.retired)
        if got != (doc.keyword, doc.vr, doc.vm, doc.retired):
            problems.append(f"{tag_text(key)}: {got} != {doc}")
        if message.GetOptions().deprecated != doc.retired:
            problems.append(f"{tag_text(key)} {doc.keyword}: deprecated must equal retired")
        if (option.mask != 0) != (key[1] != FULL_MASK):
            problems.append(f"{tag_text(key)}: mask {option.mask:#x}")
    assert len(read_part6().elements) > 3700
    assert problems == []


def test_attributes_newer_than_ps3_6_come_from_pydicom_and_are_counted(generated: Run) -> None:  # noqa: F811
    """The only other element messages: tags PS3.3 uses that this PS3.6 lacks."""
    used = {
        row.key
        for table in read_part3().tables.values()
        for row in table.rows
        if row.kind == "attribute"
    }
    newer = {key for key in used if key not in read_part6().elements}
    assert len(newer) > 40  # the README: about 50 attributes are newer than PS3.6 2013
    assert set(element_messages()) == set(read_part6().elements) | newer
    for key in newer:
        expected = pydicom_element(key)
        option = options(element_messages()[key], options_pb2.element)
        assert (option.keyword, option.vr, option.vm) == (
            expected.keyword,
            expected.vr,
            expected.vm,
        )
    assert generated.report.counts["dictionary fallbacks"] == len(newer)
    assert generated.report.counts["data elements"] == len(element_messages())


def test_attribute_fields_carry_the_dictionary_entry() -> None:
    """Every module, macro and item field: tag, VR, VM and keyword as PS3.6 (or pydicom)."""
    problems = []
    checked = 0
    for message in descriptors().values():
        for field in attribute_fields(message):
            option = options(field, options_pb2.attribute)
            found = element(attribute_key(option))
            got = (option.keyword, option.vr, option.vm)
            if found is None or got != (found.keyword, found.vr, found.vm):
                problems.append(f"{message.name}.{field.name}: {got}")
            elif (
                field.message_type.fields_by_name.get("items") is None
                and field.message_type is not element_messages()[attribute_key(option)]
            ):
                # Not a sequence: the field's type must be the element's message.
                problems.append(f"{message.name}.{field.name}: {field.message_type.name}")
            checked += 1
    assert checked > 2000
    assert problems == []


SCALARS = {
    "US": FieldDescriptor.TYPE_UINT32,
    "UL": FieldDescriptor.TYPE_UINT32,
    "SS": FieldDescriptor.TYPE_SINT32,
    "SL": FieldDescriptor.TYPE_SINT32,
    "FL": FieldDescriptor.TYPE_FLOAT,
    "FD": FieldDescriptor.TYPE_DOUBLE,
    "AT": FieldDescriptor.TYPE_FIXED32,
    "DS": FieldDescriptor.TYPE_DOUBLE,
    "IS": FieldDescriptor.TYPE_SINT64,
}
STRINGS = set(["AE", "AS", "CS", "DA", "DT", "LO", "LT", "SH", "ST", "TM", "UC", "UI", "UR", "UT"])
BYTES = set(["OB", "OD", "OF", "OL", "OV", "OW", "UN"])


def test_value_fields_follow_vr_and_vm() -> None:
    problems = []
    for key, doc in read_part6().elements.items():
        fields = element_messages()[key].fields_by_name
        vrs = doc.vr.split(" or ")
        if len(vrs) > 1:
            # Multi-VR elements ("US or SS", "OB or OW"): one field per VR, and the VR used.
            if not {"vr", *(vr.lower() for vr in vrs)} <= set(fields):
                problems.append(f"{doc.keyword} {doc.vr}: {sorted(fields)}")
            continue
        (vr,) = vrs
        single = doc.vm == "1"
        value = fields.get("value" if single else "values")
        if value is None:
            problems.append(f"{doc.keyword} VM {doc.vm}: {sorted(fields)}")
            continue
        repeated = value.is_repeated
        if vr in BYTES:
            ok = value.type == FieldDescriptor.TYPE_BYTES and not repeated
        elif vr == "SQ":
            ok = value.message_type.name == "DataSet" and repeated
        elif vr in STRINGS:
            ok = value.type == FieldDescriptor.TYPE_STRING and repeated != single
        elif vr == "PN":
            ok = value.message_type.name == "PersonName" and repeated != single
        else:
            ok = value.type == SCALARS[vr] and repeated != single
            # Presence matters for single numbers: proto3 `optional`.
            ok = ok and (not single or value.has_presence)
        if vr in ("DS", "IS") and "text" not in fields:
            ok = False
        if not ok:
            problems.append(f"{doc.keyword} {vr} VM {doc.vm}: {value.name} {value.type}")
        if (key[1] != FULL_MASK) != ("tag" in fields):
            problems.append(f"{doc.keyword}: a repeating-group element records its tag")
    assert problems == []


def test_repeating_group_attributes_are_repeated_fields() -> None:
    """(60xx,eeee) Overlay Plane attributes: one entry per overlay group."""
    (overlay,) = [t for t in read_part3().tables.values() if t.name == "Overlay Plane Module"]
    fields = attribute_fields(table_message(overlay))
    masked = [f for f in fields if options(f, options_pb2.attribute).mask]
    assert len(masked) == len([r for r in overlay.rows if r.key and r.key[1] != FULL_MASK]) > 5
    assert all(f.is_repeated for f in masked)
    data = field_for(table_message(overlay), (0x60003000, 0xFF00FFFF))
    assert options(data, options_pb2.attribute).mask == 0xFF00FFFF


# --- the files -------------------------------------------------------------------------


def test_every_file_says_do_not_edit_with_version_and_editions(generated: Run) -> None:  # noqa: F811
    subtitles = [
        text(parse_xml(standard_dir() / name).getroot().find(f"{DB}subtitle"))
        for name in PART_FILES
    ]
    first_line = f"// Code generated by dicomproto-generate {__version__}. DO NOT EDIT."
    source = f"// Source: the DICOM standard (NEMA), {', '.join(subtitles)}."
    hand_written = {
        p.relative_to(HAND_WRITTEN_PROTOS) for p in HAND_WRITTEN_PROTOS.rglob("*.proto")
    }
    protos = sorted(generated.proto.rglob("*.proto"))
    assert len(protos) > 150
    for path in protos:
        if path.relative_to(generated.proto) in hand_written:  # copied as written
            assert (
                path.read_bytes()
                == (HAND_WRITTEN_PROTOS / path.relative_to(generated.proto)).read_bytes()
            )
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[:2] == [first_line, source], path.name
        assert not re.search(r"\d{4}-\d{2}-\d{2}|\d\d:\d\d:\d\d", "\n".join(lines[:3]))
    index = (generated.python / "dicomproto" / "v1" / "sop_classes.py").read_text()
    assert index.startswith(first_line.replace("//", "#"))
