"""DocBook -> model: the parsers against an independent lxml reading of the same files,
for both inputs (the real 2016c excerpt and the full standard)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from generator_helpers import (
    DB,
    FULL_MASK,
    PART_FILES,
    REPO,
    XML_ID,
    body_rows,
    caption,
    header,
    parse_xml,
    read_part3,
    read_part6,
    read_sop_classes,
    standard_dir,
    tag_text,
    text,
)
from hypothesis import given
from hypothesis import strategies as st

from dicomproto.generator.docbook import Part
from dicomproto.generator.load import load_standard
from dicomproto.generator.model import (
    AttributeRow,
    FunctionalGroupsRow,
    IncludeRow,
    Standard,
    Tag,
)
from dicomproto.generator.parse_dictionary import parse_uids

INPUTS = ["excerpt", "full"]


@functools.cache
def _loaded(folder: Path) -> Standard:
    return load_standard(folder)


@pytest.fixture(scope="module", params=INPUTS)
def which(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def folder(which: str) -> Path:
    return standard_dir(which)


@pytest.fixture(scope="module")
def standard(folder: Path) -> Standard:
    return _loaded(folder)


def skip_texts(standard: Standard) -> list[str]:
    return [f"{s.where}: {s.reason}" for s in standard.skips]


class TestTag:
    @pytest.mark.parametrize(
        ("text", "value", "mask"),
        [
            ("(0010,0010)", 0x00100010, FULL_MASK),
            ("(7FE0,0010)", 0x7FE00010, FULL_MASK),
            ("(fffe,e000)", 0xFFFEE000, FULL_MASK),
            ("(60xx,3000)", 0x60003000, 0xFF00FFFF),
            ("(0020,31xx)", 0x00203100, 0xFFFFFF00),
            ("(0028,04x0)", 0x00280400, 0xFFFFFF0F),
            ("(1000,xxx0)", 0x10000000, 0xFFFF000F),
            ("(1010,xxxx)", 0x10100000, 0xFFFF0000),
            ("(60XX,3000)", 0x60003000, 0xFF00FFFF),
            (" (0008,0018) ", 0x00080018, FULL_MASK),
        ],
    )
    def test_parse(self, text: str, value: int, mask: int) -> None:
        tag = Tag.parse(text)
        assert (tag.value, tag.mask) == (value, mask)
        assert tag.is_pattern == (mask != FULL_MASK)
        assert tag.group == value >> 16
        assert tag.element == value & 0xFFFF

    @pytest.mark.parametrize(
        ("pattern", "tag", "matches"),
        [
            ("(60xx,3000)", 0x60003000, True),
            ("(60xx,3000)", 0x601E3000, True),
            ("(60xx,3000)", 0x61003000, False),
            ("(60xx,3000)", 0x60003001, False),
            ("(0020,31xx)", 0x002031FF, True),
            ("(0020,31xx)", 0x00203200, False),
            ("(0010,0010)", 0x00100010, True),
            ("(0010,0010)", 0x00100020, False),
        ],
    )
    def test_matches(self, pattern: str, tag: int, matches: bool) -> None:
        assert Tag.parse(pattern).matches(tag) is matches

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "0010,0010",
            "(0010,001)",
            "(0010,00100)",
            "(GGGG,0010)",
            "(0010 0010)",
            "(0010,0010",
            "(0010,y010)",
        ],
    )
    def test_not_a_tag(self, text: str) -> None:
        with pytest.raises(ValueError, match="not a DICOM tag"):
            Tag.parse(text)

    @given(st.text(alphabet="0123456789ABCDEFx", min_size=8, max_size=8))
    def test_text_round_trip(self, digits: str) -> None:
        written = f"({digits[:4]},{digits[4:]})"
        tag = Tag.parse(written.lower().replace("X", "x"))
        assert str(tag) == written
        assert Tag.parse(str(tag)) == tag
        assert tag.value & ~tag.mask & FULL_MASK == 0
        concrete = int(digits.replace("x", "7"), 16)
        assert tag.matches(concrete)


class TestDictionary:
    def test_every_keyworded_element_of_tables_6_1_7_1_8_1(
        self, folder: Path, standard: Standard
    ) -> None:
        expected = {
            key: (e.name, e.keyword, e.vr, e.vm, e.retired)
            for key, e in read_part6(folder).elements.items()
        }
        parsed = {
            (e.tag.value, e.tag.mask): (e.name, e.keyword, e.vr, e.vm, e.retired)
            for e in standard.elements
        }
        assert len(parsed) == len(standard.elements)
        assert parsed == expected
        assert all(e.source == "PS3.6" for e in standard.elements)

    def test_multi_vr_retired_and_masked_examples(self, standard: Standard) -> None:
        by_keyword = {e.keyword: e for e in standard.elements}
        assert by_keyword["PixelPaddingValue"].vrs == ("US", "SS")
        assert by_keyword["OverlayData"].vrs == ("OB", "OW")
        assert str(by_keyword["OverlayData"].tag) == "(60xx,3000)"
        assert str(by_keyword["SourceImageIDs"].tag) == "(0020,31xx)"
        assert by_keyword["SourceImageIDs"].retired
        assert not by_keyword["PatientName"].retired
        # Zero-width spaces inside keywords are gone (PS3.6 has "Length\u200bTo\u200bEnd").
        assert by_keyword["LengthToEnd"].retired

    def test_rows_without_keyword_or_vr_are_reported(
        self, folder: Path, standard: Standard
    ) -> None:
        skips = skip_texts(standard)
        assert read_part6(folder).other_rows, "PS3.6 2013 has rows without a keyword or VR"
        for label, row, tag, _keyword, _vr in read_part6(folder).other_rows:
            assert any(
                f"table {label} (" in skip and f"row {row} {tag}" in skip for skip in skips
            ), f"PS3.6 table {label} row {row} {tag} is neither an element nor a skip"


class TestAttributeTables:
    def test_every_attribute_table_is_parsed(self, folder: Path, standard: Standard) -> None:
        parsed = {t.table_id: t for t in standard.tables}
        assert set(parsed) == set(read_part3(folder).tables)
        for table_id, table in read_part3(folder).tables.items():
            got = parsed[table_id]
            assert (got.label, got.name, got.section, got.section_id) == (
                table.label,
                table.name,
                table.section_label,
                table.section_id,
            )
            kind = "module" if table.name.endswith(" Module") else "macro"
            assert got.kind.value == kind, table.caption

    def test_rows_as_written(self, folder: Path, standard: Standard) -> None:
        """Attribute rows, includes (resolved to their table) and functional group rows."""
        parsed = {t.table_id: t for t in standard.tables}
        skips = skip_texts(standard)
        for table_id, table in read_part3(folder).tables.items():
            expected = []
            for row in table.rows:
                if row.kind == "attribute":
                    expected.append(("attribute", row.number, row.depth, row.key, row.type))
                elif row.kind == "include" and row.target:
                    expected.append(("include", row.number, row.depth, row.target, ""))
                elif row.kind == "groups":
                    expected.append(("groups", row.number, row.depth, None, ""))
                elif row.kind in ("include", "untagged"):
                    # An include of a table this file lacks, a row without a tag: reported.
                    place = f"table {table.label} ({table.caption!r}), row {row.number}:"
                    assert any(place in skip for skip in skips), place
            got = []
            for row in parsed[table_id].rows:
                if isinstance(row, AttributeRow):
                    key = (row.tag.value, row.tag.mask)
                    got.append(("attribute", row.row, row.depth, key, row.type))
                elif isinstance(row, IncludeRow):
                    got.append(("include", row.row, row.depth, row.target_id, ""))
                else:
                    assert isinstance(row, FunctionalGroupsRow)
                    got.append(("groups", row.row, row.depth, None, ""))
            assert got == expected, table.caption

    def test_italic_divider_rows_are_not_attributes(self, folder: Path, standard: Standard) -> None:
        """E.g. "BASIC CODED ENTRY ATTRIBUTES" in Table 8.8-1a: a spanning italic row."""
        dividers = read_part3(folder).dividers
        texts = {(table_id, row.text) for table_id, row in dividers}
        assert ("table_8.8-1a", "BASIC CODED ENTRY ATTRIBUTES") in texts
        parsed = {t.table_id: t for t in standard.tables}
        for table_id, divider in dividers:
            numbers = {row.row for row in parsed[table_id].rows}
            assert divider.number not in numbers, (table_id, divider.text)
        basic = parsed["table_8.8-1a"]
        assert [str(r.tag) for r in basic.rows] == [
            tag_text(r.key) for r in read_part3(folder).tables["table_8.8-1a"].rows if r.key
        ]
        assert len(basic.rows) == 6

    def test_functional_group_rows(self, standard: Standard) -> None:
        rows = {t.table_id: t for t in standard.tables}["table_C.7.6.16-1"].rows
        groups = [r for r in rows if isinstance(r, FunctionalGroupsRow)]
        assert [r.depth for r in groups] == [1, 1]


class TestIods:
    def test_the_iods(self, which: str, folder: Path, standard: Standard) -> None:
        names = [iod.name for iod in read_part3(folder).iods]
        assert [iod.name for iod in standard.iods] == names
        if which == "excerpt":
            assert names == [
                "CT Image",
                "RT Dose",
                "Enhanced CT Image",
                "Enhanced X-Ray Angiographic Image",
            ]
        else:
            assert len(names) > 170 and "Basic Directory" in names

    def test_modules_with_ie_usage_and_condition(self, folder: Path, standard: Standard) -> None:
        skips = skip_texts(standard)
        for doc, iod in zip(read_part3(folder).iods, standard.iods, strict=True):
            assert iod.table_id == doc.table_id
            assert iod.section_id == doc.section_id
            # A module whose section has no attribute table is a reported skip.
            expected = []
            for number, m in enumerate(doc.modules, start=1):
                if m.table_id:
                    expected.append((m.ie, m.module, m.usage, m.condition, m.section, m.table_id))
                else:
                    place = f"({caption_of(folder, doc.table_id)!r}), row {number}: module"
                    assert any(place in skip for skip in skips), place
            assert [
                (m.ie, m.name, m.usage.value, m.condition, m.section, m.table_id)
                for m in iod.modules
            ] == expected, doc.name

    def test_ie_rowspan(self, folder: Path) -> None:
        """The IE cell spans its modules: e.g. CT Image has two Patient IE modules."""
        (ct,) = [iod for iod in read_part3(folder).iods if iod.name == "CT Image"]
        patient = [m.module for m in ct.modules if m.ie == "Patient"]
        assert patient[:2] == ["Patient", "Clinical Trial Subject"]
        assert {"Patient", "Study", "Series", "Frame of Reference", "Equipment", "Image"} <= {
            m.ie for m in ct.modules
        }

    def test_functional_groups(self, which: str, folder: Path, standard: Standard) -> None:
        for doc, iod in zip(read_part3(folder).iods, standard.iods, strict=True):
            assert [
                (g.name, g.section, g.table_id, g.usage.value, g.condition)
                for g in iod.functional_groups
            ] == [(g.name, g.section, g.table_id, g.usage, g.condition) for g in doc.groups]
        if which == "excerpt":
            assert [len(iod.functional_groups) for iod in standard.iods] == [0, 0, 24, 27]

    def test_the_image_histogram_module_with_its_lower_case_header(
        self, which: str, standard: Standard
    ) -> None:
        """Table C.11.5-1 writes "Attribute name": three IODs keep the module."""
        if which == "excerpt":
            pytest.skip("the excerpt has no Image Histogram Module")
        using = [
            iod.name
            for iod in standard.iods
            if any(m.table_id == "table_C.11.5-1" for m in iod.modules)
        ]
        assert {
            "Digital X-Ray Image",
            "Digital Mammography X-Ray Image",
            "Digital Intra-Oral X-Ray Image",
        } <= set(using)

    def test_what_is_not_an_iod_here_is_reported(self, which: str, standard: Standard) -> None:
        """Retired IODs keep a section without a modules table; normalized IODs (Annex B)
        have no Usage column; tables of the Conventions chapter are examples."""
        if which == "excerpt":
            pytest.skip("the excerpt has none of these")
        skips = skip_texts(standard)
        assert any("A.9 ('Standalone Overlay IOD (Retired)')" in s for s in skips)
        assert any("Basic Film Session IOD Modules" in s and "normalized" in s for s in skips)
        assert any("table 5.4-1 ('Example Module Table')" in s for s in skips)
        assert not any(iod.section.startswith("B.") for iod in standard.iods)


def caption_of(folder: Path, table_id: str) -> str:
    root = parse_xml(folder / "part03.xml").getroot()
    return caption(next(t for t in root.iter(f"{DB}table") if t.get(XML_ID) == table_id))


def test_sop_classes(folder: Path, standard: Standard) -> None:
    """PS3.4 B.5-1 and I.4-1 rows with their PS3.3 IOD section, then the retired
    classes of B.6-1 with the section of their current namesake."""
    expected = [(r.uid, r.name, r.target) for r in read_sop_classes(folder)]
    got = [(s.uid, s.name, s.iod_section_id) for s in standard.sop_classes]
    assert got == expected
    assert ("1.2.840.10008.5.1.4.1.1.2", "CT Image Storage", "sect_A.3") in got
    assert ("1.2.840.10008.1.3.10", "Media Storage Directory Storage", "sect_F.3") in got
    # Ultrasound Image Storage (Retired) has the IOD of today's Ultrasound Image Storage.
    retired = {s.uid: s for s in standard.sop_classes if s.retired}
    assert retired["1.2.840.10008.5.1.4.1.1.6"].iod_section_id == next(
        s.iod_section_id for s in standard.sop_classes if s.uid == "1.2.840.10008.5.1.4.1.1.6.1"
    )
    assert "1.2.840.10008.5.1.4.1.1.12.3" not in retired  # Bi-plane: no current namesake
    assert all(re.fullmatch(r"[0-9.]+", uid) for uid, _, _ in got)


def test_uid_registry(folder: Path) -> None:
    """PS3.6 table A-1, read as written (zero-width spaces and soft hyphens inside UIDs)."""
    root = parse_xml(folder / "part06.xml").getroot()
    (table,) = [t for t in root.iter(f"{DB}table") if caption(t) == "UID Values"]
    assert header(table)[:3] == ["UID Value", "UID Name", "UID Type"]
    expected = {
        text(cells[0]).replace(" ", ""): (text(cells[1]), text(cells[2]))
        for cells in body_rows(table)
    }
    parsed = parse_uids(Part(folder / "part06.xml"))
    assert parsed == expected
    assert all(re.fullmatch(r"[0-9]+(\.[0-9]+)*", uid) for uid in parsed)
    assert parsed["1.2.840.10008.3.1.2.3.3"] == (
        "Modality Performed Procedure Step SOP Class",
        "SOP Class",
    )
    sections = {iod.section_id for iod in read_part3(folder).iods}
    for row in read_sop_classes(folder):
        if row.target in sections and row.uid in parsed:
            assert parsed[row.uid][1] == "SOP Class"


SHARED_2024C = REPO.parent / "shared" / "standard_xml_2024c"
EDITIONS = {
    "excerpt": {"PS3.3": "2016c", "PS3.4": "2020c", "PS3.6": "2013"},
    "full": {"PS3.3": "2024c", "PS3.4": "2024c", "PS3.6": "2013"},
}


def test_editions_come_from_the_subtitles(which: str, folder: Path, standard: Standard) -> None:
    editions = {e.part: e for e in standard.editions}
    for part, name in zip(("PS3.3", "PS3.4", "PS3.6"), PART_FILES, strict=True):
        root = parse_xml(folder / name).getroot()
        subtitle = text(root.find(f"{DB}subtitle"))
        assert editions[part].title == subtitle
        assert re.search(rf"\b{editions[part].edition}\b", subtitle)
    if which == "excerpt" or folder.resolve() == SHARED_2024C.resolve():
        assert {p: e.edition for p, e in editions.items()} == EDITIONS[which]
