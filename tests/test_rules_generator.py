"""The rules data from the DocBook: PS3.15 Annex E, PS3.3 value lists, conditions, and
the rules.json the package ships (deterministic, compact, the same as a fresh run)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from generator_helpers import full_dir
from rules_helpers import EXCERPT, FULL, REPO, fresh_rules_text, rules_text, table_e11

from dicomproto.generator.conditions import condition_text, parse_condition
from dicomproto.generator.docbook import Part
from dicomproto.generator.model import Edition, Tag
from dicomproto.generator.parse_profile import parse_profile
from dicomproto.generator.parse_values import parse_values

SHIPPED = REPO / "gen" / "python" / "dicomproto" / "v1" / "rules.json.gz"


@pytest.fixture(scope="module")
def profile():
    part = Part(EXCERPT / "part15.xml")
    return parse_profile(part, Edition("PS3.15", "2024c", part.subtitle))[0]


class TestProfile:
    def test_rows_and_columns_match_the_table(self, profile) -> None:
        direct = table_e11(EXCERPT / "part15.xml")
        assert len(profile.rows) == len(direct) == 623
        assert [c.keyword for c in profile.columns][:3] == [
            "basic",
            "retain-safe-private",
            "retain-uids",
        ]
        assert len(profile.columns) == 11
        for row in profile.rows:
            key = "(GGGG,EEEE) WHERE GGGG IS ODD" if row.private else str(row.tag).upper()
            assert direct[key][1] == list(row.actions), key

    def test_composite_codes_pair_letters_with_types(self, profile) -> None:
        codes = {c.code: c.by_type for c in profile.codes}
        assert codes["X/Z/D"] == (("3", "X"), ("2", "Z"), ("1", "D"))
        assert codes["Z/D"] == (("2", "Z"), ("1", "D"))
        assert codes["X/Z/U*"] == (("3", "X"), ("2", "Z"), ("1", "U*"))
        assert codes["X"] == ()

    def test_options_carry_cid_7050_codes(self, profile) -> None:
        by_keyword = {c.keyword: c for c in profile.columns}
        assert by_keyword["basic"].code == (
            "113100",
            "DCM",
            "Basic Application Confidentiality Profile",
        )
        assert by_keyword["retain-uids"].code[0] == "113110"
        assert all(c.code is not None for c in profile.columns)

    def test_tag_patterns_and_the_private_row(self, profile) -> None:
        rows = {r.name: r for r in profile.rows}
        assert rows["Overlay Data"].tag == Tag.parse("(60xx,3000)")
        assert rows["Curve Data"].tag.matches(0x50123000)
        assert rows["Private Attributes"].private and rows["Private Attributes"].tag is None

    def test_safe_private_attributes(self, profile) -> None:
        assert len(profile.safe_private) == 479
        first = profile.safe_private[0]
        assert (str(first.tag), first.creator) == ("(7053,xx00)", "Philips PET Private Group")


@pytest.fixture(scope="module")
def values():
    return {(v.table_id, v.tag.value): v for v in parse_values(FULL / "part03.xml")[0]}


class TestValues:
    def test_values_in_the_description_cell(self, values) -> None:
        sex = values[("table_C.7-1", 0x00100040)]
        assert sex.value_sets[0].kind == "enumerated"
        assert sex.value_sets[0].terms == ("M", "F", "O")

    def test_values_in_the_linked_section_by_value_number(self, values) -> None:
        image_type = values[("table_C.7-9", 0x00080008)]
        by_value = {s.value: s.terms for s in image_type.value_sets}
        assert by_value[1] == ("ORIGINAL", "DERIVED")
        assert by_value[2] == ("PRIMARY", "SECONDARY")

    def test_defined_terms(self, values) -> None:
        kinds = {s.kind for v in values.values() for s in v.value_sets}
        assert kinds == {"enumerated", "defined"}


NAMES = {
    0x00200052: ["Frame of Reference UID"],
    0x00080008: ["Image Type"],
    0x00180037: ["Cardiac Synchronization Technique"],
    0x00189037: ["Cardiac Synchronization Technique"],
    0x00280002: ["Samples per Pixel"],
    0x00200032: ["Image Position (Patient)"],
    0x00200037: ["Image Orientation (Patient)"],
    0x00220015: ["Acquisition Device Type Code Sequence"],
}
BY_NAME = {"number of frames": 0x00280008}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Required if Frame of Reference UID (0020,0052) is present.", ["present", 0x00200052]),
        (
            "Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present"
            " otherwise.",
            ["in", 0x00080008, 1, ["ORIGINAL", "MIXED"]],
        ),
        (
            "Required if Cardiac Synchronization Technique (0018,9037) equals other than NONE"
            " and if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED.",
            [
                "and",
                ["not-in", 0x00189037, 0, ["NONE"]],
                ["in", 0x00080008, 1, ["ORIGINAL", "MIXED"]],
            ],
        ),
        (
            "Required if Samples per Pixel (0028,0002) has a value greater than 1.",
            ["gt", 0x00280002, 0, 1.0],
        ),
        (
            "Required if Image Position (Patient) (0020,0032) or Image Orientation (Patient)"
            " (0020,0037) are present.",
            ["or", ["present", 0x00200032], ["present", 0x00200037]],
        ),
        ("Required if Number of Frames is greater than 1", ["gt", 0x00280008, 0, 1.0]),
        (
            "Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item"
            ' with the value (392012008, SCT, "Optical Coherence Tomography Scanner").',
            ["code", 0x00220015, [["392012008", "SCT"]]],
        ),
        ("Required if the Patient is a non-human organism.", None),
        (
            "Required if Image Type (0008,0008) is A or Frame of Reference UID (0020,0052) is"
            " present and Samples per Pixel (0028,0002) is 3.",
            None,
        ),
    ],
)
def test_condition_forms(text: str, expected: list | None) -> None:
    assert parse_condition(text, lambda tag: NAMES.get(tag, []), BY_NAME) == expected


def test_condition_sentence_keeps_uids_whole() -> None:
    text = 'Text. Required if SOP Class UID is not "1.2.840.10008.5.1.4.1.1.4.4". More.'
    assert condition_text(text) == 'Required if SOP Class UID is not "1.2.840.10008.5.1.4.1.1.4.4"'


def schema_iod_names() -> set[str]:
    """The IOD name of every IOD message in the committed schema."""
    import importlib

    from dicomproto.v1 import options_pb2, sop_classes

    names = set()
    for module, message in sop_classes.IOD_MESSAGES:
        descriptor = getattr(importlib.import_module(f"dicomproto.v1.{module}"), message).DESCRIPTOR
        names.add(descriptor.GetOptions().Extensions[options_pb2.iod].name)
    return names


class TestShippedRules:
    def test_shipped_rules_are_a_fresh_run(self) -> None:
        # the committed schema comes from the full standard, as found by every target
        assert gzip.decompress(SHIPPED.read_bytes()).decode("utf-8") == rules_text(full_dir())

    def test_deterministic_and_compact_for_2024c(self, capsys) -> None:
        first, second = rules_text(FULL), fresh_rules_text(FULL)
        assert first == second
        data = json.loads(first)
        # one entry per IOD of the schema (the IOD messages name their IOD in options)
        assert {iod["name"] for iod in data["iods"]} == schema_iod_names()
        assert data["editions"]["PS3.15"] == "2024c"
        size = len(first.encode())
        with capsys.disabled():
            print(f"\nrules.json from 2024c: {size / 1e6:.2f} MB, {len(data['lists'])} lists")
        assert size < 3_000_000

    def test_without_part15_there_is_no_profile(self, tmp_path: Path) -> None:
        for name in ("part03.xml", "part04.xml", "part06.xml"):
            (tmp_path / name).symlink_to(EXCERPT / name)
        assert json.loads(rules_text(tmp_path))["deidentification"] is None
