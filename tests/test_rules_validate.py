"""IOD validation from the shipped rules and from rules generated from other editions:
real files, changed one attribute at a time, so each finding is one the rules make."""

from __future__ import annotations

import copy
import json
import shutil
import warnings
from pathlib import Path

import pytest
from converter_helpers import corpus_paths
from lxml import etree
from rules_helpers import DB, EXCERPT, FULL, XML_ID, rules_for, rules_text

from dicomproto.cli import main
from dicomproto.converters import read_dicom, to_proto, write_message
from dicomproto.rules import Rules, validate

warnings.simplefilter("ignore")
FILES = {p.name: p for p in corpus_paths()}


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    return rules_for(FULL, tmp_path_factory.mktemp("rules"))


def ct():
    return read_dicom(FILES["CT_small.dcm"])


def errors(report, path: str) -> list[str]:
    return [f.message for f in report.findings if f.level == "error" and f.path == path]


def new_findings(before, after) -> list:
    seen = {(f.level, f.path, f.message) for f in before.findings}
    return [f for f in after.findings if (f.level, f.path, f.message) not in seen]


class TestTypes:
    @pytest.mark.parametrize("rules_source", ["shipped", "2024c"])
    def test_type_1_missing_and_empty(self, rules_source: str, full: Rules) -> None:
        rules = Rules.default() if rules_source == "shipped" else full
        before = validate(ct(), rules)
        ds = ct()
        del ds.Rows
        ds.SOPInstanceUID = ""
        after = new_findings(before, validate(ds, rules))
        assert {(f.path, f.message) for f in after} == {
            ("Rows(0028,0010)", "missing (Type 1)"),
            ("SOPInstanceUID(0008,0018)", "empty (Type 1 needs a value)"),
        }
        assert all(f.level == "error" for f in after)

    def test_type_2_must_be_present_and_may_be_empty(self, full: Rules) -> None:
        ds = ct()
        ds.PatientName = ""
        assert errors(validate(ds, full), "PatientName(0010,0010)") == []
        del ds.PatientName
        assert errors(validate(ds, full), "PatientName(0010,0010)") == ["missing (Type 2)"]

    def test_enumerated_values_and_defined_terms(self, full: Rules) -> None:
        ds = ct()
        ds.PatientSex = "X"
        ds.PatientPosition = "UPSIDE"
        report = validate(ds, full)
        assert errors(report, "PatientSex(0010,0040)") == [
            "'X' is not an Enumerated Value (M, F, O)"
        ]
        warned = [f for f in report.findings if f.path == "PatientPosition(0018,5100)"]
        assert warned and {f.level for f in warned} == {"warning"}
        assert "is not a Defined Term" in warned[0].message

    def test_value_n_of_a_multi_valued_attribute(self, full: Rules) -> None:
        ds = ct()
        ds.ImageType = ["ORIGINAL", "TERTIARY", "AXIAL"]
        assert errors(validate(ds, full), "ImageType(0008,0008)") == [
            "value 2 'TERTIARY' is not an Enumerated Value (PRIMARY, SECONDARY)"
        ]

    def test_condition_evaluated_and_not_evaluated(self, full: Rules) -> None:
        ds = ct()
        del ds.PixelData
        report = validate(ds, full)
        assert errors(report, "PixelData(7FE0,0010)") == [
            "missing (Type 1C: Required if Pixel Data Provider URL (0028,7FE0) is not present)"
        ]
        ds.PixelDataProviderURL = "http://example.invalid/pixels"
        assert errors(validate(ds, full), "PixelData(7FE0,0010)") == []
        unread = [f for f in report.findings if f.level == "not-evaluated"]
        assert any("non-human organism" in f.message for f in unread)


class TestDepth:
    def test_inside_sequence_items(self, full: Rules) -> None:
        ds = read_dicom(FILES["rtplan.dcm"])
        before = validate(ds, full)
        del ds.BeamSequence[0].BeamNumber
        after = new_findings(before, validate(ds, full))
        assert [(f.path, f.message) for f in after] == [
            ("BeamSequence(300A,00B0)[1]/BeamNumber(300A,00C0)", "missing (Type 1)")
        ]

    def test_functional_groups_shared_or_per_frame(self, full: Rules) -> None:
        ds = read_dicom(FILES["eCT_Supplemental.dcm"])
        before = validate(ds, full)
        assert before.iod == "Enhanced CT Image"
        moved = copy.deepcopy(ds)
        del moved.SharedFunctionalGroupsSequence[0].PixelMeasuresSequence
        after = new_findings(before, validate(moved, full))
        assert [(f.path, f.message, f.module) for f in after] == [
            (
                "PixelMeasuresSequence(0028,9110)",
                "functional group absent (usage M, Type 1)",
                "Pixel Measures Macro",
            )
        ]
        both = copy.deepcopy(ds)
        measures = both.SharedFunctionalGroupsSequence[0].PixelMeasuresSequence
        for frame in both.PerFrameFunctionalGroupsSequence:
            frame.PixelMeasuresSequence = copy.deepcopy(measures)
        after = new_findings(before, validate(both, full))
        assert [f.message for f in after] == [
            "in both the Shared and the Per-frame Functional Groups"
        ]
        inner = copy.deepcopy(ds)
        del inner.SharedFunctionalGroupsSequence[0].PixelMeasuresSequence[0].PixelSpacing
        after = new_findings(before, validate(inner, full))
        assert [f.path for f in after] == [
            "SharedFunctionalGroupsSequence(5200,9229)[1]/PixelMeasuresSequence(0028,9110)[1]"
            "/PixelSpacing(0028,0030)"
        ]


class TestMessages:
    @pytest.mark.parametrize("generic", [False, True])
    def test_a_message_validates_as_its_dataset(self, generic: bool, full: Rules) -> None:
        ds = ct()
        del ds.Rows
        expected = [(f.level, f.path, f.message) for f in validate(ds, full).findings]
        got = [(f.level, f.path, f.message) for f in validate(to_proto(ds, generic), full).findings]
        assert got == expected


class TestEditions:
    def test_rules_follow_an_edited_ps3_3(self, tmp_path: Path) -> None:
        """Patient's Sex made Type 1 in a copy of PS3.3: an empty value becomes an error."""
        for name in ("part04.xml", "part06.xml", "part15.xml"):
            (tmp_path / name).symlink_to(EXCERPT / name)
        tree = etree.parse(
            str(EXCERPT / "part03.xml"), etree.XMLParser(huge_tree=True, collect_ids=False)
        )
        table = next(t for t in tree.iter(f"{DB}table") if t.get(XML_ID) == "table_C.7-1")
        for row in table.iter(f"{DB}tr"):
            cells = list(row)
            if len(cells) > 2 and "(0010,0040)" in "".join(cells[1].itertext()):
                next(cells[2].iter(f"{DB}para")).text = "1"
        tree.write(str(tmp_path / "part03.xml"))
        edited = tmp_path / "rules.json"
        edited.write_text(rules_text(tmp_path), encoding="utf-8")
        ds = ct()
        ds.PatientSex = ""
        assert errors(validate(ds, Rules.default()), "PatientSex(0010,0040)") == []
        assert errors(validate(ds, Rules.load(edited)), "PatientSex(0010,0040)") == [
            "empty (Type 1 needs a value)"
        ]


class TestCommand:
    def test_lines_summary_json_and_exit_status(self, tmp_path: Path, capsys, full) -> None:
        good, bad = tmp_path / "good.dcm", tmp_path / "bad.pb"
        shutil.copyfile(FILES["CT_small.dcm"], good)
        ds = ct()
        del ds.Rows
        write_message(bad, to_proto(ds))
        (tmp_path / "junk.dcm").write_bytes(b"not dicom")
        rules = ["--rules", full.source]
        assert main(["validate", str(good), "--level", "error", *rules]) == 0
        assert capsys.readouterr().out.startswith("validated 1: 0 errors")
        assert main(["validate", str(tmp_path), "--level", "error", "--jobs", "1", *rules]) == 1
        captured = capsys.readouterr()
        assert (
            f"{bad}: error: Rows(0028,0010): missing (Type 1) [Image Pixel Module]" in captured.out
        )
        assert "1 unreadable" in captured.out
        assert f"dicomproto: error: {tmp_path / 'junk.dcm'}:" in captured.err
        assert main(["validate", str(bad), "--json", *rules]) == 1
        document = json.loads(capsys.readouterr().out)
        assert document["summary"]["errors"] == 1
        assert document["files"][0]["iod"] == "CT Image"

    def test_a_bad_rules_file_is_a_usage_error(self, tmp_path: Path, capsys) -> None:
        (tmp_path / "rules.json").write_text("{}")
        assert (
            main(["validate", str(FILES["CT_small.dcm"]), "--rules", str(tmp_path / "rules.json")])
            == 2
        )
        assert "not a rules file" in capsys.readouterr().err
