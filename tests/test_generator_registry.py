"""Field numbers that never change, and output that only changes when its input does."""

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
    COMMITTED_REGISTRY,
    DB,
    XML_ID,
    Run,
    copy_standard,
    descriptor_set,
    edit,
    element,
    files_of,
    generate_once,
    generated,  # noqa: F401 (fixture)
    read_part3,
    read_part6,
    row_elements,
    table_element,
    tag_text,
    top_level_keys,
)

from dicomproto.generator.__main__ import main
from dicomproto.generator.numbering import (
    RegistryError,
    dump_registry,
    load_registry,
    number_message,
)
from dicomproto.generator.proto_model import ProtoField, ProtoMessage
from dicomproto.v1 import options_pb2

CT_IMAGE_MODULE = "table_C.8-3"


def test_two_runs_give_byte_identical_output(
    generated: Run,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    again = generate_once("again", tmp_path_factory)
    assert again.out != generated.out
    for tree in ("proto", "python"):
        first, second = files_of(generated.out / tree), files_of(again.out / tree)
        assert sorted(first) == sorted(second)
        assert [p for p in first if first[p] != second[p]] == []
    assert (generated.out / "model.json").read_bytes() == (again.out / "model.json").read_bytes()


def test_committed_output_equals_a_fresh_run(generated: Run) -> None:  # noqa: F811
    for committed, fresh in (
        (COMMITTED_PROTO, generated.proto),
        (COMMITTED_PYTHON, generated.python),
    ):
        want, got = files_of(committed), files_of(fresh)
        assert sorted(want) == sorted(got), committed
        stale = [path for path in want if want[path] != got[path]]
        assert stale == [], f"{committed} is stale: run `make` and commit"


# --- a changed standard ----------------------------------------------------------------


def _attribute_numbers(message) -> dict[tuple[int, int], tuple[str, int]]:
    """tag key -> (field name, number) of a DescriptorProto's attribute fields."""
    found = {}
    for field in message.field:
        if field.options.HasExtension(options_pb2.attribute):
            option = field.options.Extensions[options_pb2.attribute]
            found[(option.tag, option.mask or 0xFFFFFFFF)] = (field.name, field.number)
    return found


def _reserved(message) -> set[int]:
    return {n for r in message.reserved_range for n in range(r.start, r.end)}


def _set_cell(cell, value: str) -> None:
    para = cell.find(f"{DB}para")
    for child in list(para):
        para.remove(child)
    para.text = value


def test_field_numbers_survive_a_removed_and_an_added_row(tmp_path: Path) -> None:
    """Remove a Type 3 row of the CT Image Module, add a row for another PS3.6 attribute;
    regenerate with the committed registry: nothing else moves, the removed field is
    reserved, the new one gets a number above every earlier one."""
    tables = read_part3().tables
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
        and element(r.key).vr != "SQ"
        and r.key not in from_includes
        and sum(o.key == r.key for o in module.rows) == 1
    )
    present = set(top_level_keys(tables, CT_IMAGE_MODULE))
    added = next(
        e
        for e in read_part6().elements.values()
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
    shutil.copyfile(COMMITTED_REGISTRY, registry)
    out = tmp_path / "out"
    status = main(["--standard", str(xml), "--out", str(out), "--registry", str(registry)])
    assert status == 0
    assert registry.read_bytes() == COMMITTED_REGISTRY.read_bytes(), "the input registry is kept"

    old = descriptor_set(COMMITTED_PROTO, tmp_path / "old.pb")
    new = descriptor_set(out / "proto", tmp_path / "new.pb")
    assert sorted(old) == sorted(new)
    for name in old:
        if name == "CtImageModule":
            continue
        assert [(f.name, f.number) for f in new[name].field] == [
            (f.name, f.number) for f in old[name].field
        ], name
        assert _reserved(new[name]) == _reserved(old[name]), name

    before = _attribute_numbers(old["CtImageModule"])
    after = _attribute_numbers(new["CtImageModule"])
    removed_name, removed_number = before.pop(removed.key)
    added_name, added_number = after.pop(added.key)
    assert after == before, "every other field keeps its name and number"
    message = new["CtImageModule"]
    assert removed_number in _reserved(message)
    assert removed_name in message.reserved_name
    earlier = {f.number for f in old["CtImageModule"].field} | _reserved(old["CtImageModule"])
    assert added_number > max(earlier)
    assert added_name == "protocol_name"
    # The new field stands where its row is; the number says nothing about the order.
    names = [f.name for f in message.field]
    assert names.index(added_name) == [f.name for f in old["CtImageModule"].field].index(
        removed_name
    )

    text = (out / "proto" / "dicomproto" / "v1" / "ct_image_module.proto").read_text()
    assert re.search(rf"^  reserved (\d+, )*{removed_number}(, \d+)*;$", text, re.MULTILINE)
    assert re.search(rf'^  reserved (".*", )*"{removed_name}"(, ".*")*;$', text, re.MULTILINE)
    assert re.search(rf"^  ProtocolName protocol_name = {added_number} \[", text, re.MULTILINE)

    changed = {
        path
        for path, data in files_of(out / "proto").items()
        if files_of(COMMITTED_PROTO).get(path) != data
    }
    assert changed == {"dicomproto/v1/ct_image_module.proto", "field_numbers.json"}
    numbers = json.loads((out / "proto" / "field_numbers.json").read_text())["messages"]
    committed = json.loads(COMMITTED_REGISTRY.read_text())["messages"]
    assert numbers["CtImageModule"] == {**committed["CtImageModule"], added_name: added_number}
    assert {k: v for k, v in numbers.items() if k != "CtImageModule"} == {
        k: v for k, v in committed.items() if k != "CtImageModule"
    }


# --- the numbering pass on small messages ----------------------------------------------


def message(*names: str) -> ProtoMessage:
    return ProtoMessage("Example", "module", tuple(ProtoField(n, "string") for n in names))


def numbers(numbered: ProtoMessage) -> dict[str, int]:
    return {f.name: f.number for f in numbered.fields}


def test_new_message_is_numbered_in_order() -> None:
    registry: dict[str, dict[str, int]] = {}
    numbered = number_message(message("a", "b", "c"), registry)
    assert numbers(numbered) == {"a": 1, "b": 2, "c": 3}
    assert registry == {"Example": {"a": 1, "b": 2, "c": 3}}
    assert numbered.reserved_numbers == ()


def test_removed_field_is_reserved_and_never_reused() -> None:
    registry = {"Example": {"a": 1, "b": 2, "c": 3}}
    numbered = number_message(message("c", "a", "d"), registry)
    assert numbers(numbered) == {"c": 3, "a": 1, "d": 4}
    assert numbered.reserved_numbers == (2,)
    assert numbered.reserved_names == ("b",)
    # The field comes back: it gets its old number again and is no longer reserved.
    again = number_message(message("a", "b", "c", "d"), registry)
    assert numbers(again) == {"a": 1, "b": 2, "c": 3, "d": 4}
    assert again.reserved_numbers == ()


def test_numbers_skip_protobufs_reserved_range() -> None:
    registry = {"Example": {"a": 18999}}
    assert numbers(number_message(message("a", "b"), registry)) == {"a": 18999, "b": 20000}


def test_registry_text_is_sorted_and_round_trips(tmp_path: Path) -> None:
    registry = {"Zeta": {"b": 2, "a": 1}, "Alpha": {"x": 7}}
    text = dump_registry(registry)
    assert text == dump_registry({"Alpha": {"x": 7}, "Zeta": {"a": 1, "b": 2}})
    assert list(json.loads(text)["messages"]) == ["Alpha", "Zeta"]
    path = tmp_path / "field_numbers.json"
    path.write_text(text)
    assert load_registry(path) == registry
    assert load_registry(tmp_path / "absent.json") == {}


@pytest.mark.parametrize(
    "content", ["{not json", '{"messages": {"A": {"x": "one"}}}', '{"messages": {"A": [1]}}']
)
def test_a_broken_registry_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "field_numbers.json"
    path.write_text(content)
    with pytest.raises(RegistryError, match=re.escape(str(path))):
        load_registry(path)
