"""Quirks of the standard's DocBook, one each, in a small DocBook of their own
(tests/data/quirks): what each becomes, and that protoc never sees a clash.

- a header written "Attribute name" (Table C.11.5-1 of 2024c);
- attributes named "Includes ..." / "Include ..." (rows with a tag of their own), beside
  a real include (a first cell spanning the Tag and Type columns);
- two tables with one caption ("Alpha Macro Attributes");
- a module and a macro with one name ("Bar Module Attributes" in C.2 and in 10.3);
- a table named like a keyword's message ("Patient Name Attributes");
- two keywords that make one message and one field name (ROIName, RoiName);
- a retired IOD that keeps its section but no IOD Modules table;
- a retired SOP Class (PS3.4 B.6-1) with the IOD of its current namesake;
- an example table of the Conventions chapter.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from generator_helpers import (
    DB,
    QUIRKS,
    XML_ID,
    Run,
    edit,
    generate_once,
)

from dicomproto.generator.names import Namer
from dicomproto.generator.numbering import FieldRecord, MessageRecord, Registry
from dicomproto.v1 import options_pb2


@pytest.fixture(scope="module")
def quirks(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return generate_once("quirks", tmp_path_factory, QUIRKS)


def table_names(run: Run) -> dict[str, str]:
    """Table id (from the table option's section) -> message name."""
    found = {}
    for name, message in run.descriptors.items():
        options = message.GetOptions()
        if options.HasExtension(options_pb2.table):
            option = options.Extensions[options_pb2.table]
            found[f"{option.name} {option.section}"] = name
    return found


def fields(run: Run, message: str) -> list[tuple[str, str, int]]:
    """(field name, type, tag) of the attribute fields of a message."""
    found = []
    for field in run.descriptors[message].fields:
        options = field.GetOptions()
        if options.HasExtension(options_pb2.attribute):
            found.append(
                (field.name, field.message_type.name, options.Extensions[options_pb2.attribute].tag)
            )
    return found


def test_the_quirks_compile(quirks: Run) -> None:
    """No clash reached protoc: the run compiled every file (and validate agreed)."""
    assert (quirks.python / "dicomproto" / "v1" / "quirk_image_iod_pb2.py").is_file()
    assert quirks.report.counts["IODs"] == 1
    assert quirks.report.counts["modules"] + quirks.report.counts["macros"] == 6


def test_a_lower_case_header_and_rows_named_include(quirks: Run) -> None:
    got = fields(quirks, "FooModule")
    assert got[:3] == [
        ("includes_imaging_subject", "IncludesImagingSubject", 0x00340008),
        ("include_display_application", "IncludeDisplayApplication", 0x22000009),
        ("referenced_image_sequence", "ReferencedImageSequenceItems", 0x00081140),
    ]
    # The spanning ">Include Table 10-1" row brought Code Value into the item.
    assert fields(quirks, "ReferencedImageSequenceItem") == [
        ("code_value", "CodeValue", 0x00080100)
    ]


def test_two_tables_with_one_caption_are_told_apart_by_their_section(quirks: Run) -> None:
    names = table_names(quirks)
    assert names["Alpha Macro 10.1"] == "AlphaMacroSection101"
    assert names["Alpha Macro 10.2"] == "AlphaMacroSection102"


def test_a_module_and_a_macro_with_one_name(quirks: Run) -> None:
    names = table_names(quirks)
    assert names["Bar Module C.2"] == "BarModuleSectionC2"
    assert names["Bar Module 10.3"] == "BarModuleSection103"
    iod = quirks.descriptors["QuirkImageIod"]
    assert iod.fields_by_name["bar_module"].message_type.name == "BarModuleSectionC2"
    assert fields(quirks, "BarModuleSectionC2") == [("code_meaning", "CodeMeaning", 0x00080104)], (
        "Code Meaning once, though the included Table 10-2 repeats it"
    )


def test_a_table_named_like_a_keyword_leaves_the_keyword_its_name(quirks: Run) -> None:
    assert "PatientName" in quirks.descriptors  # the attribute (0010,0010)
    assert table_names(quirks)["Patient Name 10.4"] == "PatientNameSection104"
    assert fields(quirks, "PatientNameSection104") == [("patient_name", "PatientName", 0x00100010)]


def test_keywords_that_clash_after_naming(quirks: Run) -> None:
    """ROIName and RoiName both give RoiName (and roi_name): neither keeps it."""
    assert "RoiName" not in quirks.descriptors
    assert fields(quirks, "FooModule")[3:] == [
        ("roi_name_3006_0026", "RoiName30060026", 0x30060026),
        ("roi_name_0071_0026", "RoiName00710026", 0x00710026),
    ]


def test_what_is_not_generated_is_reported(quirks: Run) -> None:
    skips = quirks.report.skips
    assert any("section A.2 ('Old Thing IOD (Retired)')" in s for s in skips)
    assert any("table 5.4-1 ('Example Module Table'): an example" in s for s in skips)
    # ("Example" alone is the hand-written tf.train.Example copy, not an example table)
    assert not [n for n in quirks.descriptors if n.startswith(("OldThing", "ExampleModule"))]


def test_a_retired_sop_class_gets_the_iod_of_its_namesake(quirks: Run) -> None:
    iod = quirks.descriptors["QuirkImageIod"].GetOptions().Extensions[options_pb2.iod]
    assert list(iod.sop_class_uids) == ["1.2.840.10008.99.5", "1.2.840.10008.99.4"]
    index: dict = {}
    exec((quirks.python / "dicomproto" / "v1" / "sop_classes.py").read_text(), index)
    assert set(index["SOP_CLASS_MESSAGES"]) == {"1.2.840.10008.99.5", "1.2.840.10008.99.4"}


def test_names_do_not_depend_on_the_order_of_the_tables(
    quirks: Run, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The same DocBook with the two Alpha tables swapped: the same names."""
    folder = tmp_path / "swapped"
    folder.mkdir()
    for name in ("part03.xml", "part04.xml", "part06.xml"):
        (folder / name).write_bytes((QUIRKS / name).read_bytes())

    def swap(root) -> None:
        first, second = (
            next(s for s in root.iter(f"{DB}section") if s.get(XML_ID) == f"sect_10.{n}")
            for n in (1, 2)
        )
        moved = copy.deepcopy(second)
        second.getparent().remove(second)
        first.addprevious(moved)

    edit(folder / "part03.xml", swap)
    swapped = generate_once("quirks-swapped", tmp_path_factory, folder)
    assert table_names(swapped) == table_names(quirks)


# --- the namer on its own --------------------------------------------------------------


def test_a_contested_name_goes_to_no_one_and_a_released_one_stays() -> None:
    ladders = {"b": ["Same", "SameB"], "a": ["Same", "SameA"], "c": ["Other"]}
    names = Namer(Registry(), {"Reserved"}, set()).assign({"module"}, ladders)
    assert names == {"a": "SameA", "b": "SameB", "c": "Other"}
    reversed_order = dict(reversed(list(ladders.items())))
    assert Namer(Registry(), {"Reserved"}, set()).assign({"module"}, reversed_order) == names
    released = Registry({"Same": MessageRecord("module", ["b"], {"x": FieldRecord(1)})})
    names = Namer(released, set(), set()).assign({"module"}, ladders)
    assert names == {"a": "SameA", "b": "Same", "c": "Other"}


def test_a_released_name_stays_taken_when_its_key_is_gone() -> None:
    released = Registry({"Same": MessageRecord("module", ["gone"], {})})
    names = Namer(released, set(), set()).assign({"module"}, {"new": ["Same", "SameNew"]})
    assert names == {"new": "SameNew"}


def test_a_name_whose_file_is_taken_is_not_free() -> None:
    """A table named "Attributes" would write attributes.proto."""
    names = Namer(Registry(), set(), {"attributes.proto"}).assign(
        {"module"}, {"t": ["Attributes", "AttributesSection1"]}, own_file=True
    )
    assert names == {"t": "AttributesSection1"}


SERVICE = """syntax = "proto3";

package dicomproto.v1;

import "dicomproto/v1/dataset.proto";

// A hand-written message whose name a generated table would take.
message FooModule {
  string note = 1;
}

service Echo {
  rpc Echo(DataSet) returns (DataSet);
}
"""

IMPORT_SERVICE = """
import sys
sys.path.insert(0, sys.argv[1])
from dicomproto.v1 import echo_pb2, echo_pb2_grpc, foo_module_section_c_1_pb2
assert echo_pb2.DESCRIPTOR.services_by_name["Echo"].methods_by_name["Echo"]
assert hasattr(echo_pb2_grpc, "EchoStub") and hasattr(echo_pb2_grpc, "EchoServicer")
assert foo_module_section_c_1_pb2.FooModuleSectionC1.DESCRIPTOR.fields_by_name["roi_name_3006_0026"]
print("ok")
"""


def test_hand_written_protos_compile_with_the_schema_and_keep_their_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hand-written .proto (a gRPC service, say) is copied into the schema and compiled
    with it, services included; its message names are taken before generated ones."""
    import subprocess
    import sys

    from dicomproto.generator import cli

    protos = tmp_path / "protos" / "dicomproto" / "v1"
    protos.mkdir(parents=True)
    (protos / "echo.proto").write_text(SERVICE)
    monkeypatch.setattr(cli, "HAND_WRITTEN_PROTOS", tmp_path / "protos")
    out = tmp_path / "out"
    report = cli.generate(QUIRKS, out, out / "no-registry.json")
    assert report.counts["IODs"] == 1
    assert (out / "proto" / "dicomproto" / "v1" / "echo.proto").read_text() == SERVICE
    grpc_module = (out / "python" / "dicomproto" / "v1" / "echo_pb2_grpc.py").read_text()
    assert grpc_module.startswith("# Code generated by dicomproto-generate")
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_SERVICE, str(out / "python")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.strip() == "ok", result.stderr
