"""Names and field numbers that never change, and output that only changes when its
input does."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import pytest
from generator_helpers import (
    COMMITTED_PROTO,
    COMMITTED_PYTHON,
    DB,
    REPO,
    XML_ID,
    Run,
    copy_standard,
    descriptor_set,
    edit,
    element,
    excerpt_dir,
    excerpt_run,  # noqa: F401 (fixture)
    files_of,
    full_dir,
    full_run,  # noqa: F401 (fixture)
    generate_once,
    read_part3,
    read_part6,
    row_elements,
    table_element,
    tag_text,
    top_level_keys,
)
from google.protobuf import descriptor_pb2
from google.protobuf.descriptor import FieldDescriptor

from dicomproto.generator.__main__ import main
from dicomproto.generator.build import BUILTIN_MESSAGES
from dicomproto.generator.cli import Report, build, hand_written_protos
from dicomproto.generator.numbering import (
    FieldRecord,
    MessageRecord,
    Registry,
    RegistryError,
    dump_registry,
    load_registry,
    number_message,
)
from dicomproto.generator.proto_model import ProtoField, ProtoMessage
from dicomproto.v1 import options_pb2

DECLARED = re.compile(r"^(?:message|enum) (\w+)", re.MULTILINE)
CT_IMAGE_MODULE = "table_C.8-3"
# The schema of the first release (generated from the 2016c excerpt): every message with
# its fields as [name, number, type, label], read from its descriptors.
RELEASE_0_1_0 = REPO / "tests" / "data" / "schema-0.1.0.json"


def test_two_runs_give_byte_identical_output(
    excerpt_run: Run,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    again = generate_once("excerpt-again", tmp_path_factory, excerpt_dir())
    assert again.out != excerpt_run.out
    for tree in ("proto", "python"):
        first, second = files_of(excerpt_run.out / tree), files_of(again.out / tree)
        assert sorted(first) == sorted(second)
        assert [p for p in first if first[p] != second[p]] == []
    assert (excerpt_run.out / "model.json").read_bytes() == (again.out / "model.json").read_bytes()


def test_committed_output_equals_a_fresh_run(full_run: Run) -> None:  # noqa: F811
    for committed, fresh in (
        (COMMITTED_PROTO, full_run.proto),
        (COMMITTED_PYTHON, full_run.python),
    ):
        want, got = files_of(committed), files_of(fresh)
        assert sorted(want) == sorted(got), committed
        stale = [path for path in want if want[path] != got[path]]
        assert stale == [], f"{committed} is stale: run `make` and commit"


# --- a changed standard ----------------------------------------------------------------


def _attribute_numbers(message) -> dict[tuple[int, int], tuple[str, int, bool]]:
    """tag key -> (field name, number, deprecated) of a DescriptorProto's attribute fields."""
    found = {}
    for field in message.field:
        if field.options.HasExtension(options_pb2.attribute):
            option = field.options.Extensions[options_pb2.attribute]
            key = (option.tag, option.mask or 0xFFFFFFFF)
            found[key] = (field.name, field.number, field.options.deprecated)
    return found


def _set_cell(cell, value: str) -> None:
    para = cell.find(f"{DB}para")
    for child in list(para):
        para.remove(child)
    para.text = value


def test_field_numbers_survive_a_removed_and_an_added_row(
    excerpt_run: Run,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Remove a Type 3 row of the CT Image Module, add a row for another PS3.6 attribute;
    regenerate with the first run's registry: nothing else moves, the removed field stays
    (deprecated, same name, number and type), the new one gets a number above all."""
    folder = excerpt_dir()
    tables = read_part3(folder).tables
    module = tables[CT_IMAGE_MODULE]
    from_includes = {
        k for r in module.rows if r.kind == "include" for k in top_level_keys(tables, r.target)
    }
    removed = next(
        r
        for r in module.rows
        if r.kind == "attribute"
        and r.depth == 0
        and r.type == "3"
        and element(r.key, folder).vr != "SQ"
        and r.key not in from_includes
        and sum(o.key == r.key for o in module.rows) == 1
    )
    present = set(top_level_keys(tables, CT_IMAGE_MODULE))
    added = next(
        e
        for e in read_part6(folder).elements.values()
        if e.keyword == "ProtocolName" and e.key not in present
    )

    def change(root) -> None:
        table = table_element(root, CT_IMAGE_MODULE)
        row = row_elements(table)[removed.number - 1]
        new = copy.deepcopy(row)
        for node in new.iter():
            node.attrib.pop(XML_ID, None)
        cells = new.findall(f"{DB}td")
        _set_cell(cells[0], added.name)
        _set_cell(cells[1], tag_text(added.key))
        row.addprevious(new)
        row.getparent().remove(row)

    xml = copy_standard(tmp_path / "xml")
    edit(xml / "part03.xml", change)
    registry = tmp_path / "field_numbers.json"
    shutil.copyfile(excerpt_run.proto / "field_numbers.json", registry)
    out = tmp_path / "out"
    status = main(["--standard", str(xml), "--out", str(out), "--registry", str(registry)])
    assert status == 0
    assert registry.read_bytes() == (excerpt_run.proto / "field_numbers.json").read_bytes()

    old = descriptor_set(excerpt_run.proto, tmp_path / "old.pb")
    new = descriptor_set(out / "proto", tmp_path / "new.pb")
    assert sorted(old) == sorted(new)
    for name in old:
        if name == "CtImageModule":
            continue
        assert [(f.name, f.number, f.type_name) for f in new[name].field] == [
            (f.name, f.number, f.type_name) for f in old[name].field
        ], name

    before = _attribute_numbers(old["CtImageModule"])
    after = _attribute_numbers(new["CtImageModule"])
    added_name, added_number, _ = after.pop(added.key)
    removed_name, removed_number, _ = before[removed.key]
    assert after.pop(removed.key) == (removed_name, removed_number, True), "kept, deprecated"
    before.pop(removed.key)
    assert after == before, "every other field keeps its name and number"
    earlier = {f.number for f in old["CtImageModule"].field}
    assert added_number > max(earlier)
    assert added_name == "protocol_name"
    # The new field stands where its row is; the kept one comes after the live ones.
    names = [f.name for f in new["CtImageModule"].field]
    assert names.index(added_name) == [f.name for f in old["CtImageModule"].field].index(
        removed_name
    )
    assert names[-1] == removed_name

    text = (out / "proto" / "dicomproto" / "v1" / "ct_image_module.proto").read_text()
    assert re.search(
        rf"^  \w+ {removed_name} = {removed_number} \[.*deprecated = true\];$", text, re.M
    )
    assert re.search(rf"^  ProtocolName protocol_name = {added_number} \[", text, re.M)
    # The edited part03.xml is not the excerpt the lock file knows: the headers say less.
    before_files, after_files = files_of(excerpt_run.proto), files_of(out / "proto")
    changed = {
        path for path, data in after_files.items() if _body(before_files.get(path)) != _body(data)
    }
    assert changed == {"dicomproto/v1/ct_image_module.proto", "field_numbers.json"}


def _body(data: bytes | None) -> bytes | None:
    """A generated file without its header lines."""
    if data is None:
        return None
    return b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"// Source:"))


# --- names that stay as the standard grows ---------------------------------------------


def _schema_fields(run_or_built) -> dict[str, dict[str, tuple[int, str, str]]]:
    """message -> field -> (number, type, label) of a built schema."""
    return {
        m.name: {
            f.name: (f.number, f.type.removeprefix("dicomproto.v1."), f.label) for f in m.fields
        }
        for file in run_or_built.schema.files
        for m in file.messages
    }


def test_names_and_numbers_stay_when_more_of_the_standard_appears(
    excerpt_run: Run,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The 2016c excerpt first (a fresh registry), then the full standard with that
    run's registry: every message of the first run keeps its name, every field its
    number and type (a message the full input no longer defines stays, deprecated)."""
    registry = tmp_path / "field_numbers.json"
    shutil.copyfile(excerpt_run.proto / "field_numbers.json", registry)
    as_written = BUILTIN_MESSAGES | {  # dataset.proto, options.proto, hand-written files
        name for text in hand_written_protos().values() for name in DECLARED.findall(text)
    }
    first = {
        name: message
        for name, message in descriptor_set(excerpt_run.proto, tmp_path / "first.pb").items()
        if name not in as_written
    }
    report = Report()
    grown = build(full_dir(), registry, report)
    second = _schema_fields(grown)
    problems = []
    for name, message in first.items():
        if name not in second:
            problems.append(f"{name}: gone")
            continue
        for field in message.field:
            got = second[name].get(field.name)
            if got is None or got[0] != field.number:
                problems.append(f"{name}.{field.name} = {field.number}: now {got}")
    assert problems == []
    assert report.conflicts == []
    kept = {name for name in report.kept if "." not in name}
    assert kept < set(first), "only messages of the first run are kept"
    for file in grown.schema.files:
        for message in file.messages:
            assert message.deprecated or message.name not in kept


def test_the_released_schema_survives_in_the_committed_one(full_run: Run) -> None:  # noqa: F811
    """Every message of the first release (0.1.0, generated from the 2016c excerpt) is in
    the committed schema under the same name, every field with the same number, type
    and label; what the full standard no longer defines is there, deprecated."""
    released = json.loads(RELEASE_0_1_0.read_text())
    now = full_run.descriptors
    problems = []
    for name, fields in released.items():
        message = now.get(name)
        if message is None:
            problems.append(f"{name}: gone")
            continue
        for field_name, number, type_name, label in fields:
            field = message.fields_by_name.get(field_name)
            got = (field.number, _type(field), _label(field)) if field else None
            if got != (number, type_name, label):
                problems.append(f"{name}.{field_name}: {(number, type_name, label)} -> {got}")
    assert problems == []
    kept = {name for name in released if name in full_run.kept}
    assert all(now[name].GetOptions().deprecated for name in kept)
    # RT Dose ROI Module and RT Equipment Correlation Macro are not in PS3.3 2024c.
    assert {"RtDoseRoiModule", "RtEquipmentCorrelationMacro"} <= kept


def _type(field: FieldDescriptor) -> str:
    if field.message_type is not None:
        return field.message_type.full_name.removeprefix("dicomproto.v1.")
    if field.enum_type is not None:
        return field.enum_type.full_name.removeprefix("dicomproto.v1.")
    return descriptor_pb2.FieldDescriptorProto.Type.Name(field.type).removeprefix("TYPE_").lower()


def _label(field: FieldDescriptor) -> str:
    if field.is_repeated:
        return "repeated"
    oneof = field.containing_oneof
    return "optional" if oneof is not None and oneof.name == f"_{field.name}" else ""


def test_a_registry_of_0_1_0_is_upgraded_on_the_input_it_came_from(
    tmp_path: Path,
) -> None:
    """A format 1 registry (numbers only) names messages by 0.1.0's rules on its first
    run and comes out as format 2, with the keys every name stands for."""
    released = json.loads(RELEASE_0_1_0.read_text())
    own = {
        name: {f[0]: f[1] for f in fields}
        for name, fields in released.items()
        if name
        not in {
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
    }
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"messages": own}))
    report = Report()
    upgraded = build(excerpt_dir(), old, report)
    names = {m.name for f in upgraded.schema.files for m in f.messages}
    assert names == set(own)
    fields = _schema_fields(upgraded)
    assert all(fields[name][f][0] == n for name, numbers in own.items() for f, n in numbers.items())
    text = dump_registry(upgraded.registry)
    assert '"format": 2' in text
    again = tmp_path / "new.json"
    again.write_text(text)
    reloaded = load_registry(again)
    assert not reloaded.legacy
    assert reloaded.messages["RtDoseModuleReferencedBeamSequenceItem2"].keys


# --- the numbering pass on small messages ----------------------------------------------


def message(*names: str) -> ProtoMessage:
    return ProtoMessage(
        "Example", "module", tuple(ProtoField(n, "string", key=f"({n})") for n in names)
    )


def numbers(numbered: ProtoMessage) -> dict[str, int]:
    return {f.name: f.number for f in numbered.fields}


def test_new_message_is_numbered_in_order() -> None:
    registry = Registry()
    numbered = number_message(message("a", "b", "c"), registry)
    assert numbers(numbered) == {"a": 1, "b": 2, "c": 3}
    assert {n: r.number for n, r in registry.messages["Example"].fields.items()} == numbers(
        numbered
    )


def test_a_new_field_gets_a_number_above_every_earlier_one() -> None:
    registry = Registry(
        {
            "Example": MessageRecord(
                "module", ["k"], {"a": FieldRecord(1, "(a)"), "z": FieldRecord(7, "(z)")}
            )
        }
    )
    assert numbers(number_message(message("a", "b"), registry)) == {"a": 1, "b": 8}


def test_a_key_that_comes_back_renamed_keeps_its_released_name() -> None:
    """A keyword or table renamed by a later edition: same key, same field."""
    registry = Registry(
        {"Example": MessageRecord("module", ["k"], {"old_name": FieldRecord(3, "(x)", "string")})}
    )
    renamed = ProtoMessage("Example", "module", (ProtoField("new_name", "string", key="(x)"),))
    assert numbers(number_message(renamed, registry)) == {"old_name": 3}


def test_fields_that_clash_get_their_key_as_suffix_all_alike() -> None:
    """Two attributes whose names clash (also as JSON names): neither keeps the plain
    name, so the outcome does not depend on their order; a released one keeps it."""
    clash = ProtoMessage(
        "Example",
        "module",
        (
            ProtoField("x_ray", "string", key="(0018,1234)"),
            ProtoField("xRay", "string", key="(0018,5678)"),
        ),
    )
    assert [f.name for f in number_message(clash, Registry()).fields] == [
        "x_ray_0018_1234",
        "xRay_0018_5678",
    ]
    released = Registry(
        {
            "Example": MessageRecord(
                "module", ["k"], {"x_ray": FieldRecord(1, "(0018,1234)", "string")}
            )
        }
    )
    assert [f.name for f in number_message(clash, released).fields] == [
        "x_ray",
        "xRay_0018_5678",
    ]


def test_numbers_skip_protobufs_reserved_range() -> None:
    registry = Registry(
        {"Example": MessageRecord("module", ["k"], {"a": FieldRecord(18999, "(a)")})}
    )
    assert numbers(number_message(message("a", "b"), registry)) == {"a": 18999, "b": 20000}


def test_registry_text_is_sorted_and_round_trips(tmp_path: Path) -> None:
    registry = Registry(
        {
            "Zeta": MessageRecord(
                "item",
                ["t/(b)", "t/(a)"],
                {"b": FieldRecord(2, "(b)", "B"), "a": FieldRecord(1, "(a)", "A", "repeated")},
            ),
            "Alpha": MessageRecord(
                "module", ["table_X"], {"x": FieldRecord(7, "(x)", "X")}, "X Module", "C.1"
            ),
        }
    )
    text = dump_registry(registry)
    data = json.loads(text)
    assert list(data["messages"]) == ["Alpha", "Zeta"]
    assert data["messages"]["Zeta"]["keys"] == ["t/(a)", "t/(b)"]
    assert [f[0] for f in data["messages"]["Zeta"]["fields"]] == ["a", "b"]
    path = tmp_path / "field_numbers.json"
    path.write_text(text)
    assert dump_registry(load_registry(path)) == text
    assert load_registry(tmp_path / "absent.json").messages == {}


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '{"messages": {"A": {"x": "one"}}}',
        '{"messages": {"A": [1]}}',
        '{"format": 2, "messages": {"A": {"kind": "module", "keys": [], "fields": [["x"]]}}}',
        '{"format": 2, "messages": {"A": {"keys": []}}}',
    ],
)
def test_a_broken_registry_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "field_numbers.json"
    path.write_text(content)
    with pytest.raises(RegistryError, match=re.escape(str(path))):
        load_registry(path)
