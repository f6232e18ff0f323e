"""converters.lookup: elements by keyword, tag and path, values typed by VR, for the
generic DataSet and the typed IOD messages alike."""

from __future__ import annotations

import math
import re
import warnings
from pathlib import Path

import pydicom
import pytest
from converter_helpers import SITE, corpus_id, corpus_paths, pydicom_read
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.valuerep import PersonName as PydicomPersonName

from dicomproto.converters import (
    ConversionError,
    dicom_from_bytes,
    get,
    read_dicom,
    to_proto,
)
from dicomproto.converters.lookup import (
    DS,
    IS,
    BulkData,
    PathError,
    PersonName,
    Step,
    element,
    find,
    parse_path,
    select,
    walk,
)
from dicomproto.v1 import dataset_pb2 as pb

TEST_FILES = SITE / "pydicom" / "data" / "test_files"


def corpus_file(name: str) -> Path:
    """A corpus file by name, wherever it is (pydicom's test files or pydicom-data)."""
    return next(p for p in corpus_paths() if corpus_id(p) == name)


MR_OVERLAYS = corpus_file("MR-SIEMENS-DICOM-WithOverlays.dcm")


def _both(path: Path) -> list:
    """The typed message (an IOD message where the schema has one) and the generic one."""
    ds = read_dicom(path)
    return [to_proto(ds), to_proto(ds, generic=True)]


class TestPaths:
    @pytest.mark.parametrize(
        "text", ["PixelSpacing", "(0028,0030)", "0028,0030", "00280030", "0x00280030", 0x00280030]
    )
    def test_keyword_and_tag_spellings(self, text: str | int) -> None:
        assert parse_path(text) == (Step(0x00280030),)

    def test_items_and_patterns(self) -> None:
        steps = parse_path("ReferencedImageSequence[-1].(0008,1155)")
        assert steps == (Step(0x00081140, index=-1), Step(0x00081155))
        assert parse_path("(60xx,3000)") == (Step(0x60003000, 0xFF00FFFF),)
        assert parse_path("PerFrameFunctionalGroupsSequence[*].(0028,XXXX)")[1] == Step(
            0x00280000, 0xFFFF0000
        )
        assert not parse_path("(0028,xxxx)")[0].exact and parse_path("Rows")[0].exact

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("PatientNam", "unknown keyword 'PatientNam' (did you mean PatientName?)"),
            ("(0028,00300)", "not a keyword or tag"),
            ("Rows[x]", "not a keyword or tag"),
            ("", "not a keyword or tag"),
        ],
    )
    def test_bad_paths_say_why(self, text: str, message: str) -> None:
        with pytest.raises(PathError, match=re.escape(message)):
            parse_path(text)

    def test_keywords_the_schema_knows_beyond_pydicom(self) -> None:
        # Repeating-group keywords are in the schema's PS3.6 (attributes.proto), not in
        # pydicom's keyword table: they name the first group, as pydicom's ds.OverlayRows.
        assert pydicom.datadict.tag_for_keyword("OverlayRows") is None
        assert parse_path("OverlayRows") == (Step(0x60000010),)


class TestValues:
    def test_the_issue_examples_on_an_mr_file(self) -> None:
        ds = pydicom.dcmread(MR_OVERLAYS)
        for message in _both(MR_OVERLAYS):
            spacing = get(message, "PixelSpacing")
            assert spacing == [0.72314049586777, 0.72314049586777]
            assert all(isinstance(v, DS) and v.text == "0.72314049586777" for v in spacing)
            uid = get(message, "ReferencedImageSequence[0].ReferencedSOPInstanceUID")
            assert uid == ds.ReferencedImageSequence[0].ReferencedSOPInstanceUID
            name = get(message, "PatientName")
            assert isinstance(name, PersonName)
            assert (name.family_name, name.given_name, str(name)) == (
                "Sssssss",
                "Jsssss",
                str(ds.PatientName),
            )
            assert get(message, "(6000,3000)") == ds[0x60003000].value
            assert get(message, "OverlayRows") == 484

    def test_the_readme_examples_run(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """The Python block of the README's "Looking at data" section, on the MR file."""
        from dicomproto.converters import write_message

        readme = (Path(__file__).parent.parent / "README.md").read_text()
        section = readme[readme.index("## Looking at data") :]
        block = section[
            section.index("```python\n") + 10 : section.index("\n```", section.index("```python"))
        ]
        write_message(tmp_path / "mr.pb", to_proto(read_dicom(MR_OVERLAYS)))
        monkeypatch.chdir(tmp_path)
        names: dict[str, object] = {}
        exec(compile(block, "README.md", "exec"), names)
        mr = names["mr"]
        checked = 0
        for line in block.splitlines():  # each "# value" comment that starts with a literal
            code, _, comment = line.partition("#")
            shown = comment.strip().split(":")[0]
            if code.strip().startswith("get(") and shown and shown[0] in "[0123456789'":
                value = eval(code, names)
                assert repr(value) == shown or str(value) == shown.strip("'"), line
                checked += 1
        assert checked >= 4
        assert get(mr, "Rows") == 484

    def test_ds_and_is_keep_their_exact_text(self) -> None:
        data = pb.DataSet()
        data.elements.add(tag=0x00180050, strings=["1.50"])  # SliceThickness DS VM 1
        data.elements.add(tag=0x00200013, strings=["0012"])  # InstanceNumber IS VM 1
        data.elements.add(tag=0x00281050, strings=["40", "", "1e2"])  # WindowCenter 1-n
        data.elements.add(tag=0x00281051, strings=["x1"])  # WindowWidth: not a number
        data.elements.add(tag=0x00200012, strings=["3.0"])  # AcquisitionNumber IS as pydicom reads
        thickness = get(data, "SliceThickness")
        assert isinstance(thickness, DS) and thickness == 1.5 and thickness.text == "1.50"
        assert repr(thickness) == "1.50" and thickness * 2 == 3.0
        number = get(data, "InstanceNumber")
        assert isinstance(number, IS) and number == 12 and number.text == "0012"
        assert get(data, "WindowCenter") == [40.0, None, 100.0]
        assert get(data, "WindowWidth") == ["x1"]
        assert get(data, "AcquisitionNumber") == 3

    def test_person_names_as_components(self) -> None:
        data = pb.DataSet()
        el = data.elements.add(tag=0x00100010)
        lookup_name = "Yamada^Tarou^^Dr=山田^太郎=やまだ^たろう"
        from dicomproto.converters.generic import put_person_name

        put_person_name(el.person_names.add(), lookup_name)
        name = get(data, "PatientName")
        assert name.family_name == "Yamada" and name.name_prefix == "Dr"
        assert name.ideographic.family_name == "山田" and name.phonetic.given_name == "たろう"
        assert str(name) == lookup_name
        odd = data.elements.add(tag=0x00081050)  # PerformingPhysicianName, VM 1-n
        put_person_name(odd.person_names.add(), "Doe^John^^^")
        assert [str(n) for n in get(data, "PerformingPhysicianName")] == ["Doe^John^^^"]

    def test_vm_decides_one_value_or_a_list(self) -> None:
        data = pb.DataSet()
        data.elements.add(tag=0x00280010, unsigned_integers=[512])  # Rows, VM 1
        data.elements.add(tag=0x00080008, strings=["ORIGINAL"])  # ImageType, VM 2-n
        data.elements.add(tag=0x00100030)  # PatientBirthDate, present and empty
        data.elements.add(tag=0x00201041)  # SliceLocation DS, empty
        assert get(data, "Rows") == 512
        assert get(data, "ImageType") == ["ORIGINAL"] and get(data, "ImageType[0]") == "ORIGINAL"
        assert get(data, "ImageType[-1]") == "ORIGINAL"
        assert element(data, "PatientBirthDate").value is None
        assert get(data, "SliceLocation") is None
        assert get(data, "PatientName") is None and get(data, "PatientName", "absent") == "absent"

    def test_binary_values(self) -> None:
        data = pb.DataSet()
        data.elements.add(tag=0x7FE00010, bulk_data_uri="ct.pb.1.bin")
        assert get(data, "PixelData") == BulkData("ct.pb.1.bin")
        jpeg = read_dicom(TEST_FILES / "JPEG-lossy.dcm")
        for message in (to_proto(jpeg), to_proto(jpeg, generic=True)):
            pixels = get(message, "PixelData")
            assert isinstance(pixels, pb.EncapsulatedPixelData) and len(pixels.fragments) == 1

    def test_file_meta_at_the_top(self) -> None:
        for message in _both(TEST_FILES / "CT_small.dcm"):
            assert get(message, "TransferSyntaxUID") == "1.2.840.10008.1.2.1"
            assert get(message, "(0002,0001)") == b"\x00\x01"


class TestMessages:
    def test_typed_fields_other_elements_and_typed_items(self) -> None:
        typed, generic = _both(TEST_FILES / "CT_small.dcm")
        assert type(typed).__name__ == "CtImageIod"
        assert typed.image_plane_module.HasField("pixel_spacing")
        assert any(el.tag == 0x00431028 for el in typed.other_elements)  # a private element
        private = get(typed, "(0043,1028)")
        assert isinstance(private, bytes) and private == get(generic, "(0043,1028)")
        items = get(typed, "OtherPatientIDsSequence")
        item_type = typed.patient_module.DESCRIPTOR.fields_by_name["other_patient_ids_sequence"]
        item_type = item_type.message_type.fields_by_name["items"].message_type
        assert [i.DESCRIPTOR for i in items] == [item_type] * 2  # typed items, not DataSet
        assert get(items[1], "PatientID") == "1234ABCD"
        assert get(typed, "OtherPatientIDsSequence[1].PatientID") == "1234ABCD"
        assert [type(i).__name__ for i in get(generic, "OtherPatientIDsSequence")] == [
            "DataSet"
        ] * 2

    def test_enhanced_ct_per_frame_items(self) -> None:
        path = corpus_file("eCT_Supplemental.dcm")
        ds = pydicom.dcmread(path)
        expected = [
            [float(v) for v in item.PlanePositionSequence[0].ImagePositionPatient]
            for item in ds.PerFrameFunctionalGroupsSequence
        ]
        for message in _both(path):
            found = list(
                find(
                    message,
                    "PerFrameFunctionalGroupsSequence[*].PlanePositionSequence[0].ImagePositionPatient",
                )
            )
            assert [a.path for a in found] == [
                f"PerFrameFunctionalGroupsSequence[{i}].PlanePositionSequence[0].ImagePositionPatient"
                for i in range(len(expected))
            ]
            assert [a.value for a in found] == expected
            assert all(a.vr == "DS" and a.tag == 0x00200032 for a in found)

    def test_repeating_groups_in_typed_fields(self) -> None:
        ds = read_dicom(TEST_FILES / "CT_small.dcm")
        ds.add_new(0x60020010, "US", 4)
        ds.add_new(0x60020011, "US", 8)
        ds.add_new(0x60020040, "CS", "G")
        ds.add_new(0x60023000, "OW", b"\x01\x02" * 2)
        typed = to_proto(ds)
        # the overlay lives in the IOD's Overlay Plane module, not in other_elements
        assert not any(el.tag >> 16 == 0x6002 for el in typed.other_elements)
        for message in (typed, to_proto(ds, generic=True)):
            assert get(message, "(6002,0010)") == 4
            assert get(message, "(6002,3000)") == b"\x01\x02\x01\x02"
            assert get(message, "OverlayRows") is None  # group 6000 is absent
            found = [(a.path, a.value) for a in find(message, "(60xx,001x)")]
            assert found == [("(6002,0010)", 4), ("(6002,0011)", 8)]

    def test_sequence_with_its_stored_bytes(self) -> None:
        path = corpus_file("dicomdirtests/DICOMDIR-nooffset")
        message = to_proto(read_dicom(path), generic=True)
        stored = next(el for el in message.elements if el.tag == 0x00041220)
        assert stored.bytes and stored.items  # items, and the bytes as stored beside them
        ds = pydicom.dcmread(path)
        records = ds.DirectoryRecordSequence
        assert [
            get(message, f"DirectoryRecordSequence[{i}].DirectoryRecordType") for i in range(3)
        ] == [records[i].DirectoryRecordType for i in range(3)]
        assert len(get(message, "DirectoryRecordSequence")) == len(records)

    def test_errors_name_the_path(self) -> None:
        typed, _ = _both(TEST_FILES / "CT_small.dcm")
        with pytest.raises(KeyError, match="ReferencedImageSequence: not present"):
            element(typed, "ReferencedImageSequence[0].ReferencedSOPInstanceUID")
        with pytest.raises(
            KeyError, match=r"OtherPatientIDsSequence\[5\]: the sequence has 2 items"
        ):
            element(typed, "OtherPatientIDsSequence[5].PatientID")
        with pytest.raises(PathError, match=r"give an item, e.g. OtherPatientIDsSequence\[0\]"):
            element(typed, "OtherPatientIDsSequence.PatientID")
        with pytest.raises(PathError, match="PatientName is not a sequence"):
            element(typed, "PatientName[0].PatientID")
        with pytest.raises(PathError, match="is a pattern"):
            element(typed, "(0028,xxxx)")
        with pytest.raises(TypeError, match="not a data set"):
            get(pb.Element(), "Rows")


class TestSelect:
    def test_select_keeps_the_way_to_the_selected_elements(self) -> None:
        for message in _both(MR_OVERLAYS):
            chosen = select(
                message, ["PatientName", "ReferencedImageSequence[0].ReferencedSOPInstanceUID"]
            )
            assert type(chosen) is type(message)
            paths = [a.path for _, a in walk(chosen)]
            assert paths == [  # in tag order: (0008,1140) before (0010,0010)
                "ReferencedImageSequence",
                "ReferencedImageSequence[0].ReferencedSOPInstanceUID",
                "PatientName",
            ]
            assert get(chosen, "ReferencedImageSequence[0].ReferencedSOPInstanceUID") == get(
                message, "ReferencedImageSequence[0].ReferencedSOPInstanceUID"
            )

    def test_select_items_and_file_meta(self) -> None:
        typed, generic = _both(TEST_FILES / "CT_small.dcm")
        for message in (typed, generic):
            chosen = select(message, ["OtherPatientIDsSequence[1]", "TransferSyntaxUID"])
            assert [get(i, "PatientID") for i in get(chosen, "OtherPatientIDsSequence")] == [
                "1234ABCD"
            ]
            assert [el.tag for el in chosen.file_meta.elements] == [0x00020010]
            assert chosen.file_meta.part10
            nothing = select(message, ["ReferencedImageSequence"])
            assert list(walk(nothing)) == []


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore")
def test_every_element_of_the_corpus_reads_as_pydicom_presents_it() -> None:
    """For each corpus file, each top-level element (and each in the first item of each
    sequence): our typed value equals pydicom's value, DS/IS text exact, the typed and
    the generic message agree, and the value length is the stored one."""
    checked = files = 0
    for path in corpus_paths():
        data = path.read_bytes()
        try:
            ds_ours = dicom_from_bytes(data, str(path))
            messages = [to_proto(ds_ours), to_proto(ds_ours, generic=True)]
        except ConversionError:
            continue
        ds = pydicom_read(data)
        files += 1
        for elem, where in _pydicom_elements(ds):
            expected = elem.value
            for message in messages:
                attribute = element(message, where)
                assert attribute.vr == elem.VR, f"{corpus_id(path)} {where}: VR {attribute.vr}"
                _assert_value(attribute.value, expected, f"{corpus_id(path)} {where}")
                checked += 1
        for attribute, raw in _stored_lengths(ds, messages[1]):
            assert attribute.length == raw.length, f"{corpus_id(path)} {attribute.path}: length"
    assert files >= 230 and checked > 25000, (files, checked)


def _pydicom_elements(ds: Dataset, prefix: str = "") -> list:
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for elem in ds:
            name = f"{prefix}({elem.tag >> 16:04X},{elem.tag & 0xFFFF:04X})"
            out.append((elem, name))
            if elem.VR == "SQ" and elem.value and not prefix:
                out += _pydicom_elements(elem.value[0], f"{name}[0].")
    return out


def _assert_value(ours: object, theirs: object, where: str) -> None:
    if isinstance(theirs, pydicom.Sequence):
        assert isinstance(ours, list) and len(ours) == len(theirs), where
        return
    if isinstance(ours, list) and not isinstance(theirs, MultiValue | list):
        # a multi-valued element (VM 1-n) with one value: pydicom gives the value, we
        # a list of one; an empty one: pydicom "" or None, we []
        theirs = [theirs] if theirs not in ("", None) else []
    if isinstance(theirs, MultiValue | list):
        theirs_list = list(theirs)
        ours_list = ours if isinstance(ours, list) else [ours]
        assert len(ours_list) == len(theirs_list), f"{where}: {ours!r} != {theirs!r}"
        for a, b in zip(ours_list, theirs_list, strict=True):
            _assert_value(a, b, where)
        return
    if theirs is None or (theirs == "" and not isinstance(ours, str)):
        assert ours is None or ours == [] or ours == "", f"{where}: {ours!r} != {theirs!r}"
        return
    if isinstance(theirs, PydicomPersonName):
        assert isinstance(ours, PersonName) and str(ours) == str(theirs), f"{where}: {ours!r}"
        return
    if hasattr(theirs, "original_string"):  # DS / IS: the number and the exact text
        assert isinstance(ours, DS | IS), f"{where}: {ours!r} is not DS/IS"
        assert ours.text == str(theirs.original_string).strip(), f"{where}: {ours.text!r}"
        assert ours == theirs or (math.isnan(ours) and math.isnan(theirs)), where
        return
    if isinstance(theirs, bytes) and isinstance(ours, pb.EncapsulatedPixelData):
        from dicomproto.converters.generic import join_items

        assert join_items([ours.basic_offset_table, *ours.fragments]) == theirs, where
        return
    if isinstance(theirs, float) and math.isnan(theirs):
        assert isinstance(ours, float) and math.isnan(ours), where
        return
    assert ours == theirs, f"{where}: {ours!r:.80} != {theirs!r:.80}"


def _stored_lengths(ds: Dataset, message: pb.DataSet) -> list:
    """(Attribute, RawDataElement) of top-level elements kept as read: defined length."""
    out = []
    for tag, raw in ds._dict.items():
        if not isinstance(raw, RawDataElement) or raw.length == 0xFFFFFFFF:
            continue
        if raw.VR in ("SQ", None) or raw.VR == "UN":
            continue
        attribute = element(message, int(tag))
        if attribute.vr != raw.VR or attribute.vr == "SQ":
            continue
        out.append((attribute, raw))
    return out
