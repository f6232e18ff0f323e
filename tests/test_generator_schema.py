"""Model -> schema: the generated messages and model.json against the DocBook itself,
for both inputs (the real 2016c excerpt, the full standard).

Descriptors come from each session run's .proto files (compiled by protoc into a pool
of their own); test_generator_registry.py proves the full run equal to the committed
tree.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from pathlib import Path

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
    excerpt_dir,
    excerpt_run,  # noqa: F401 (fixture)
    flatten,
    full_run,  # noqa: F401 (fixture)
    parse_xml,
    pydicom_element,
    read_part3,
    read_part6,
    read_sop_classes,
    run,  # noqa: F401 (fixture)
    tag_text,
    text,
    top_level_keys,
)
from google.protobuf.descriptor import Descriptor, FieldDescriptor

from dicomproto.generator import __version__, sources
from dicomproto.v1 import options_pb2

EXCERPT_IODS = ["CT Image", "RT Dose", "Enhanced CT Image", "Enhanced X-Ray Angiographic Image"]
MULTI_FRAME_GROUPS = "table_C.7.6.16-1"


def options(descriptor: Descriptor | FieldDescriptor, extension):
    found = descriptor.GetOptions()
    return found.Extensions[extension] if found.HasExtension(extension) else None


def live(run: Run) -> dict[str, Descriptor]:  # noqa: F811
    """The run's messages made from its input (not those kept from earlier releases)."""
    return {name: d for name, d in run.descriptors.items() if name not in run.kept}


@functools.cache
def _table_messages(run: Run) -> dict[tuple[str, str], list[Descriptor]]:  # noqa: F811
    found = defaultdict(list)
    for message in live(run).values():
        option = options(message, options_pb2.table)
        if option is not None:
            found[(option.name, option.section)].append(message)
    return found


def table_message(run: Run, table: DocTable) -> Descriptor:  # noqa: F811
    """The message of a table on its own (an enhanced IOD may have its own variant too,
    named after the IOD)."""
    found = _table_messages(run)[(table.name, table.section_label)]
    assert found, f"no message for table {table.label} {table.name!r}"
    return min(found, key=lambda m: len(m.name))


def iod_message(run: Run, name: str) -> Descriptor:  # noqa: F811
    (found,) = [
        m
        for m in live(run).values()
        if (o := options(m, options_pb2.iod)) is not None and o.name == name
    ]
    return found


def doc_iods(run: Run):  # noqa: F811
    return read_part3(run.input).iods


def attribute_fields(message: Descriptor) -> list[FieldDescriptor]:
    """The fields made from the input's rows (kept ones are deprecated, at the end)."""
    return [
        f
        for f in message.fields
        if options(f, options_pb2.attribute) is not None and not f.GetOptions().deprecated
    ]


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
    return [
        f
        for f in message.fields
        if options(f, options_pb2.module) is not None and not f.GetOptions().deprecated
    ]


def holds_functional_groups(tables: dict[str, DocTable], table_id: str, seen=()) -> bool:
    """The table, or a table it includes, has the row that stands for the IOD's
    functional group macros (such a module gets a variant per enhanced IOD)."""
    for row in tables[table_id].rows:
        if row.kind == "groups":
            return True
        if (
            row.kind == "include"
            and row.target
            and row.target not in seen
            and holds_functional_groups(tables, row.target, (*seen, table_id))
        ):
            return True
    return False


def model(run: Run) -> dict:  # noqa: F811
    return json.loads((run.out / "model.json").read_text(encoding="utf-8"))


# --- IODs ------------------------------------------------------------------------------


def test_the_excerpt_has_its_four_iods(excerpt_run: Run) -> None:  # noqa: F811
    assert [iod.name for iod in doc_iods(excerpt_run)] == EXCERPT_IODS


def test_every_iod_has_a_message(run: Run) -> None:  # noqa: F811
    names = [iod.name for iod in doc_iods(run)]
    got = sorted(
        o.name for m in live(run).values() if (o := options(m, options_pb2.iod)) is not None
    )
    assert got == sorted(names)
    assert run.report.counts["IODs"] == len(names)


def test_iod_modules_match_the_iod_modules_table(run: Run) -> None:  # noqa: F811
    tables = read_part3(run.input).tables
    for doc in doc_iods(run):
        message = iod_message(run, doc.name)
        modules = [m for m in doc.modules if m.table_id]  # the others are reported skips
        got = [
            (o.name, o.ie, o.usage, o.section)
            for o in (options(f, options_pb2.module) for f in module_fields(message))
        ]
        assert got == [(m.module, m.ie, m.usage, m.section) for m in modules], doc.name
        assert message.fields[0].name == "file_meta"
        assert "other_elements" in message.fields_by_name
        for field, module in zip(module_fields(message), modules, strict=True):
            table = tables[module.table_id]
            option = options(field.message_type, options_pb2.table)
            assert (option.name, option.section) == (table.name, table.section_label)
            if not doc.groups or not holds_functional_groups(tables, module.table_id):
                assert field.message_type is table_message(run, table), module.module


def test_model_json_iods(run: Run) -> None:  # noqa: F811
    iods = model(run)["iods"]
    assert [i["name"] for i in iods] == [d.name for d in doc_iods(run)]
    for iod, doc in zip(iods, doc_iods(run), strict=True):
        assert iod["section"] == read_part3(run.input).section_labels[doc.section_id]
        assert iod["modules"] == [
            {
                "name": m.module,
                "section": m.section,
                "ie": m.ie,
                "usage": m.usage,
                "condition": m.condition,
            }
            for m in doc.modules
            if m.table_id
        ]
        assert iod["functional_groups"] == [
            {"name": g.name, "section": g.section, "usage": g.usage, "condition": g.condition}
            for g in doc.groups
        ]


def test_sop_class_uids_come_from_ps3_4(run: Run) -> None:  # noqa: F811
    """B.5-1 and I.4-1 rows, and the retired classes of B.6-1 (by their namesake)."""
    index = {}
    exec((run.python / "dicomproto" / "v1" / "sop_classes.py").read_text(), index)
    mapped = index["SOP_CLASS_MESSAGES"]
    rows = read_sop_classes(run.input)
    by_iod = {iod["name"]: iod for iod in model(run)["iods"]}
    for doc in doc_iods(run):
        expected = [
            r.uid
            for r in rows
            if r.target == doc.section_id or r.target.startswith(doc.section_id + ".")
        ]
        message = iod_message(run, doc.name)
        assert list(options(message, options_pb2.iod).sop_class_uids) == expected, doc.name
        assert by_iod[doc.name]["sop_class_uids"] == expected
        for uid in expected:
            assert mapped[uid][1] == message.name
    sections = {d.section_id for d in doc_iods(run)}
    covered = {r.uid for r in rows if r.target in sections}
    assert set(mapped) == covered
    assert run.report.counts["mapped to an IOD message"] == len(covered)
    if any(d.name == "Basic Directory" for d in doc_iods(run)):
        # DICOMDIR files: Media Storage Directory Storage (PS3.4 I.4-1).
        assert mapped["1.2.840.10008.1.3.10"][1] == iod_message(run, "Basic Directory").name


def test_functional_group_macros_are_counted(run: Run) -> None:  # noqa: F811
    groups = {g.table_id for doc in doc_iods(run) for g in doc.groups if g.table_id}
    assert run.report.counts["functional group macros"] == len(groups)
    assert len(groups) > (20 if run.input == excerpt_dir() else 100)


def test_item_messages_are_what_sequence_fields_use(run: Run) -> None:  # noqa: F811
    """Every item message made from the input is the items of some sequence field (each
    checked against the DocBook by test_every_level_of_every_table_matches_the_docbook),
    and the report counts them."""
    used = {
        f.message_type.fields_by_name["items"].message_type.name
        for m in live(run).values()
        for f in m.fields
        if f.message_type is not None and "items" in f.message_type.fields_by_name
    }
    messages = live(run)
    items = {
        name
        for name in messages
        if (wrapper := messages.get(name + "s")) is not None
        and (field := wrapper.fields_by_name.get("items")) is not None
        and field.message_type.name == name
    }
    assert items <= used | {n for n in items if n in run.report.kept}
    assert run.report.counts["sequence item messages"] == len(items)


# --- modules and macros ----------------------------------------------------------------


def test_every_attribute_table_has_a_message(run: Run) -> None:  # noqa: F811
    tables = read_part3(run.input).tables
    assert len(tables) > 150
    missing = [
        f"{t.label} {t.name}"
        for t in tables.values()
        if not _table_messages(run)[(t.name, t.section_label)]
    ]
    assert missing == []
    kinds = [t.name.endswith(" Module") for t in tables.values()]
    assert (run.report.counts["modules"], run.report.counts["macros"]) == (
        kinds.count(True),
        kinds.count(False),
    )


def test_top_level_fields_are_the_rows_plus_the_included_tables(run: Run) -> None:  # noqa: F811
    tables = read_part3(run.input).tables
    problems = []
    for table_id, table in tables.items():
        expected = [tag_text(k) for k in top_level_keys(tables, table_id)]
        expected = [k for k in expected if element(_key_of(k), run.input)]
        got = [
            tag_text(attribute_key(options(f, options_pb2.attribute)))
            for f in attribute_fields(table_message(run, table))
        ]
        if got != expected:
            problems.append(f"{table.label} {table.name}: {got} != {expected}")
    assert problems == []


def test_every_level_of_every_table_matches_the_docbook(run: Run) -> None:  # noqa: F811
    """Nested items too, with types; includes at their depth; recursion as a back reference."""
    expander = Expander(read_part3(run.input).tables, run.input)
    problems: list[str] = []
    for table_id, table in read_part3(run.input).tables.items():
        compare_tree(
            expander.table(table_id),
            table_message(run, table),
            options_pb2.attribute,
            f"table {table.label}",
            problems,
        )
    # Tags in neither PS3.6 nor pydicom: reported skips (the full standard has one).
    for key in expander.missing:
        assert any(tag_text(key) in skip for skip in run.report.skips), tag_text(key)
    assert problems == []


def test_model_json_modules_match_the_docbook(run: Run) -> None:  # noqa: F811
    modules = model(run)["modules"]
    tables = read_part3(run.input).tables
    by_name = {(m["name"], m["section"]): m for m in modules}
    assert len(by_name) == len(modules) == len(tables)
    expander = Expander(tables, run.input)
    for table_id, table in tables.items():
        module = by_name[(table.name, table.section_label)]
        assert module["table"] == table.label
        assert module["kind"] == ("module" if table.name.endswith(" Module") else "macro")
        got = [(tuple(a["path"]), a.get("recursive", False)) for a in module["attributes"]]
        assert got == flatten(expander.table(table_id)), table.label
        for attribute in module["attributes"]:
            found = element(_key_of(attribute["path"][-1]), run.input)
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


def _item_message(run: Run, table: DocTable, chain: list[DocRow]) -> Descriptor | None:  # noqa: F811
    message = table_message(run, table)
    for row in chain:
        found = element(row.key, run.input)
        if found is None or "SQ" not in found.vr:
            return None  # not a sequence in PS3.6 (a reported skip): no item message
        message = item_of(field_for(message, row.key))
    return message


def test_nested_rows_become_fields_of_item_messages(run: Run) -> None:  # noqa: F811
    """ ">" rows: the item message of the sequence above them has their tags."""
    checked = 0
    for table in read_part3(run.input).tables.values():
        for index, row in enumerate(table.rows):
            if row.depth == 0 or row.kind != "attribute" or element(row.key, run.input) is None:
                continue
            chain = _enclosing_sequences(table, index)
            item = _item_message(run, table, chain) if chain is not None else None
            if item is None:
                continue
            tags = [
                attribute_key(options(f, options_pb2.attribute)) for f in attribute_fields(item)
            ]
            assert row.key in tags, f"{table.label} row {row.number} not in {item.name}"
            checked += 1
    assert checked > 300


def test_includes_expand_at_their_depth(run: Run) -> None:  # noqa: F811
    """ ">Include" rows bring the included table's top-level attributes into the item."""
    tables = read_part3(run.input).tables
    checked = 0
    for table in tables.values():
        for index, row in enumerate(table.rows):
            if row.depth == 0 or row.kind != "include" or not row.target:
                continue
            chain = _enclosing_sequences(table, index)
            item = _item_message(run, table, chain) if chain is not None else None
            if item is None:
                continue
            tags = {
                attribute_key(options(f, options_pb2.attribute)) for f in attribute_fields(item)
            }
            missing = [
                tag_text(k)
                for k in top_level_keys(tables, row.target)
                if k not in tags and element(k, run.input) is not None
            ]
            assert missing == [], f"{table.label} row {row.number} (depth {row.depth})"
            checked += 1
    assert checked > 100


def test_italic_divider_rows_are_not_fields(run: Run) -> None:  # noqa: F811
    part3 = read_part3(run.input)
    names = {(t, r.text) for t, r in part3.dividers}
    assert ("table_8.8-1a", "BASIC CODED ENTRY ATTRIBUTES") in names
    basic = table_message(run, part3.tables["table_8.8-1a"])
    assert [f.name for f in basic.fields] == [
        "code_value",
        "coding_scheme_designator",
        "coding_scheme_version",
        "code_meaning",
        "long_code_value",
        "urn_code_value",
    ]
    for table_id, divider in part3.dividers:
        message = table_message(run, part3.tables[table_id])
        assert len(attribute_fields(message)) == len(top_level_keys(part3.tables, table_id))
        assert not any(divider.text.lower().replace(" ", "_") in f.name for f in message.fields)


def test_sr_content_sequence_item_refers_to_itself(run: Run) -> None:  # noqa: F811
    tables = read_part3(run.input).tables
    (sr,) = [t for t in tables.values() if t.name == "SR Document Content Module"]
    (content_row,) = [
        r
        for r in tables["table_C.17-6"].rows
        if r.kind == "attribute" and r.text == "Content Sequence"
    ]
    field = field_for(table_message(run, sr), content_row.key)
    item = item_of(field)
    inner = field_for(item, content_row.key)
    assert item_of(inner) is item
    assert inner.message_type is field.message_type
    # model.json marks the repetition instead of expanding it forever.
    (module,) = [m for m in model(run)["modules"] if m["name"] == "SR Document Content Module"]
    tag = tag_text(content_row.key)
    assert {"path": [tag, tag], "recursive": True}.items() <= next(
        a for a in module["attributes"] if a["path"] == [tag, tag]
    ).items()


def test_functional_group_macros_are_fields_of_the_iod_specific_items(run: Run) -> None:  # noqa: F811
    tables = read_part3(run.input).tables
    enhanced = [doc for doc in doc_iods(run) if doc.groups]
    assert len(enhanced) >= 2
    sequences = [
        r for r in tables[MULTI_FRAME_GROUPS].rows if r.kind == "attribute" and r.depth == 0
    ][:2]
    assert [r.text.lower() for r in sequences] == [
        "shared functional groups sequence",
        "per-frame functional groups sequence",
    ]
    for doc in enhanced:
        fields = [
            f
            for f, m in zip(
                module_fields(iod_message(run, doc.name)),
                [m for m in doc.modules if m.table_id],
                strict=True,
            )
            if m.table_id == MULTI_FRAME_GROUPS
        ]
        if not fields:
            continue
        (field,) = fields
        message = field.message_type
        assert message is not table_message(run, tables[MULTI_FRAME_GROUPS])
        groups = tuple(g.table_id for g in doc.groups if g.table_id)
        # The items of Shared and Per-frame Functional Groups Sequence: every macro's
        # top-level attributes, in the order of the IOD's Functional Group Macros table.
        expected = list(
            dict.fromkeys(
                k
                for g in groups
                for k in top_level_keys(tables, g)
                if element(k, run.input) is not None
            )
        )
        for sequence in sequences:
            item = item_of(field_for(message, sequence.key))
            got = [attribute_key(options(f, options_pb2.attribute)) for f in attribute_fields(item)]
            assert [tag_text(k) for k in got] == [tag_text(k) for k in expected], doc.name
        problems: list[str] = []
        compare_tree(
            Expander(tables, run.input, groups).table(MULTI_FRAME_GROUPS),
            message,
            options_pb2.attribute,
            doc.name,
            problems,
        )
        assert problems == []


def test_the_module_on_its_own_has_no_functional_groups(run: Run) -> None:  # noqa: F811
    message = table_message(run, read_part3(run.input).tables[MULTI_FRAME_GROUPS])
    for field in attribute_fields(message):
        if field.message_type.fields_by_name.get("items") is not None:
            assert attribute_fields(item_of(field)) == []


def test_rows_named_include_with_a_tag_are_attributes(full_run: Run) -> None:  # noqa: F811
    """Includes Imaging Subject (0034,0008), Includes Information (0034,000C) of the
    Frame Usefulness Macro; Include Non-DICOM Objects (2200,0008), Include Display
    Application (2200,0009) of the Media Creation Management Module."""
    tables = read_part3(full_run.input).tables
    found: dict[Key, DocTable] = {}
    for table in tables.values():
        for row in table.rows:
            if row.kind == "attribute" and row.text.lower().startswith("include"):
                found[row.key] = table
    assert {tag_text(k) for k in found} >= {
        "(0034,0008)",
        "(0034,000C)",
        "(2200,0008)",
        "(2200,0009)",
    }
    for table in set(found.values()):
        for index, row in enumerate(table.rows):
            if row.key not in found or row.kind != "attribute":
                continue
            chain = _enclosing_sequences(table, index)
            message = _item_message(full_run, table, chain)
            field = field_for(message, row.key)
            assert field.name.startswith("include"), field.name


# --- attributes.proto ------------------------------------------------------------------


@functools.cache
def element_messages(run: Run) -> dict[Key, Descriptor]:  # noqa: F811
    found = {}
    for message in live(run).values():
        option = options(message, options_pb2.element)
        if option is not None:
            key = (option.tag, option.mask or FULL_MASK)
            assert key not in found, message.name
            found[key] = message
    return found


def test_every_ps3_6_element_has_a_message(run: Run) -> None:  # noqa: F811
    problems = []
    for key, doc in read_part6(run.input).elements.items():
        message = element_messages(run).get(key)
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
    assert len(read_part6(run.input).elements) > 3700
    assert problems == []


def test_attributes_newer_than_ps3_6_come_from_pydicom_and_are_counted(run: Run) -> None:  # noqa: F811
    """The only other element messages: tags PS3.3 uses that this PS3.6 lacks."""
    used = {
        row.key
        for table in read_part3(run.input).tables.values()
        for row in table.rows
        if row.kind == "attribute"
    }
    elements = read_part6(run.input).elements
    newer = {key for key in used if key not in elements and pydicom_element(key) is not None}
    assert len(newer) > 40  # about 50 in the excerpt, about 1,300 in the full standard
    assert set(element_messages(run)) == set(elements) | newer
    for key in newer:
        expected = pydicom_element(key)
        option = options(element_messages(run)[key], options_pb2.element)
        assert (option.keyword, option.vr, option.vm) == (
            expected.keyword,
            expected.vr,
            expected.vm,
        )
    assert run.report.counts["dictionary fallbacks"] == len(newer)
    assert run.report.counts["data elements"] == len(element_messages(run))


def test_attribute_fields_carry_the_dictionary_entry(run: Run) -> None:  # noqa: F811
    """Every module, macro and item field: tag, VR, VM and keyword as PS3.6 (or pydicom)."""
    problems = []
    checked = 0
    for message in live(run).values():
        for field in attribute_fields(message):
            option = options(field, options_pb2.attribute)
            found = element(attribute_key(option), run.input)
            got = (option.keyword, option.vr, option.vm)
            if found is None or got != (found.keyword, found.vr, found.vm):
                problems.append(f"{message.name}.{field.name}: {got}")
            elif (
                field.message_type.fields_by_name.get("items") is None
                and field.message_type is not element_messages(run)[attribute_key(option)]
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


def test_value_fields_follow_vr_and_vm(run: Run) -> None:  # noqa: F811
    problems = []
    for key, doc in read_part6(run.input).elements.items():
        fields = element_messages(run)[key].fields_by_name
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


def test_repeating_group_attributes_are_repeated_fields(run: Run) -> None:  # noqa: F811
    """(60xx,eeee) Overlay Plane attributes: one entry per overlay group."""
    tables = read_part3(run.input).tables
    (overlay,) = [t for t in tables.values() if t.name == "Overlay Plane Module"]
    message = table_message(run, overlay)
    masked = [f for f in attribute_fields(message) if options(f, options_pb2.attribute).mask]
    assert len(masked) == len([r for r in overlay.rows if r.key and r.key[1] != FULL_MASK]) > 5
    assert all(f.is_repeated for f in masked)
    data = field_for(message, (0x60003000, 0xFF00FFFF))
    assert options(data, options_pb2.attribute).mask == 0xFF00FFFF


# --- the files -------------------------------------------------------------------------


def test_every_file_says_do_not_edit_with_version_and_editions(run: Run) -> None:  # noqa: F811
    subtitles = [
        text(parse_xml(run.input / name).getroot().find(f"{DB}subtitle")) for name in PART_FILES
    ]
    notes = sources.notes(run.input)
    named = [
        f"{subtitle} ({notes[name]})" if notes.get(name) else subtitle
        for subtitle, name in zip(subtitles, PART_FILES, strict=True)
    ]
    first_line = f"// Code generated by dicomproto-generate {__version__}. DO NOT EDIT."
    source = f"// Source: the DICOM standard (NEMA), {', '.join(named)}."
    protos = sorted(run.proto.rglob("*.proto"))
    assert len(protos) > 150
    hand_written = {p.relative_to(run.proto) for p in protos} & {
        p.relative_to(Path(sources.__file__).parent / "protos")
        for p in (Path(sources.__file__).parent / "protos").rglob("*.proto")
    }
    for path in protos:
        if path.relative_to(run.proto) in hand_written:  # copied as written
            source_file = Path(sources.__file__).parent / "protos" / path.relative_to(run.proto)
            assert path.read_bytes() == source_file.read_bytes()
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[:2] == [first_line, source], path.name
        assert not re.search(r"\d{4}-\d{2}-\d{2}|\d\d:\d\d:\d\d", "\n".join(lines[:3]))
    python_lines = [line.replace("//", "#", 1) for line in (first_line, source)]
    modules = sorted(run.python.rglob("*.py"))
    for path in modules:
        lines = path.read_text(encoding="utf-8").splitlines()
        start = 1 if lines[0].startswith("# -*- coding") else 0
        assert lines[start : start + 2] == python_lines, path.name


def test_the_rebuilt_input_says_so_in_every_header(full_run: Run) -> None:  # noqa: F811
    """PS3.3 and PS3.4 2024c here are rebuilt from the publisher's HTML rendering; the
    lock file knows them by their SHA-256 and the header of every file says so."""
    notes = sources.notes(full_run.input)
    if not notes.get("part03.xml"):
        pytest.skip(f"{full_run.input} holds a DocBook the lock file does not know")
    header = (full_run.proto / "dicomproto" / "v1" / "ct_image_iod.proto").read_text()
    assert f"2024c - Information Object Definitions ({notes['part03.xml']})" in header
    assert "rebuilt into DocBook from the publisher's HTML rendering" in header
