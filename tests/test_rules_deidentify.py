"""De-identification by PS3.15 Table E.1-1 on real files: composite actions by Type in
context, keyed UIDs, options, private elements, messages, the command, and rules from
an edited PS3.15."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from converter_helpers import corpus_paths
from lxml import etree
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from rules_helpers import DB, EXCERPT, FULL, XML_ID, rules_for, rules_text

from dicomproto.cli import main
from dicomproto.converters import read_dicom, read_message, to_proto, write_message
from dicomproto.rules import Deidentifier, DeidentifyError, Rules, deidentify

warnings.simplefilter("ignore")
FILES = {p.name: p for p in corpus_paths()}
KEY = b"k" * 32


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    return rules_for(FULL, tmp_path_factory.mktemp("rules"))


def ct() -> Dataset:
    return read_dicom(FILES["CT_small.dcm"])


class TestActions:
    def test_basic_profile_on_a_ct(self, full: Rules) -> None:
        ds = ct()
        original = ct()
        Deidentifier(full, key=KEY).deidentify(ds)
        assert ds.PatientName == "" and ds.PatientID == ""  # Z, Z/D: Type 2 here -> Z
        assert "InstitutionName" not in ds  # X/Z/D, Type 3 in the CT IOD -> X
        assert ds.SOPInstanceUID != original.SOPInstanceUID  # U
        assert ds.SOPInstanceUID.startswith("2.25.")
        assert ds.file_meta.MediaStorageSOPInstanceUID == ds.SOPInstanceUID
        assert ds.SOPClassUID == original.SOPClassUID
        assert ds.PatientIdentityRemoved == "YES"
        codes = [i.CodeValue for i in ds.DeidentificationMethodCodeSequence]
        assert codes == ["113100"]
        assert ds.LongitudinalTemporalInformationModified == "REMOVED"
        assert not [e for e in ds if e.tag.is_private]

    def test_composite_code_follows_the_type_in_each_context(self, full: Rules) -> None:
        """Patient ID (Z/D) is Type 2 in the Patient Module (-> Z, empty) and Type 1 in
        the items of its Source Patient Group Identification Sequence (-> D, a dummy);
        with no IOD to say, the code's first letter (Z/D: Z; X/Z/D: X)."""
        ds = ct()
        item = Dataset()
        item.PatientID = "SECRET-ID"
        ds.SourcePatientGroupIdentificationSequence = Sequence([item])
        Deidentifier(full, key=KEY).deidentify(ds)
        assert ds.PatientID == ""
        assert ds.SourcePatientGroupIdentificationSequence[0].PatientID == "ANONYMOUS"
        unknown = ct()
        unknown.SOPClassUID = "1.2.3.4"
        unknown.OperatorsName = "Operator^Olga"  # X/Z/D
        Deidentifier(full, key=KEY).deidentify(unknown)
        assert unknown.PatientID == ""
        assert "OperatorsName" not in unknown

    def test_resolution_table(self, full: Rules) -> None:
        d = Deidentifier(full, key=KEY)
        cases = {
            ("X/Z/D", 3): "X",
            ("X/Z/D", 2): "Z",
            ("X/Z/D", 1): "D",
            ("X/Z/D", None): "X",
            ("Z/D", 3): "Z",
            ("Z/D", 1): "D",
            ("X/D", 2): "D",
            ("X/Z", 1): "Z",
            ("X/Z/U*", 1): "U*",
            ("X/Z/U*", 2): "Z",
        }
        assert {k: d.resolve(*k) for k in cases} == cases

    def test_uids_are_keyed_and_consistent(self, full: Rules) -> None:
        one, same, other = (Deidentifier(full, key=k) for k in (KEY, KEY, b"o" * 32))
        uid = "1.2.826.0.1.3680043.8.498.1"
        assert one.uid(uid) == same.uid(uid) != other.uid(uid)
        assert one.uid("1.2.840.10008.5.1.4.1.1.2") == "1.2.840.10008.5.1.4.1.1.2"
        assert len(one.uid(uid)) <= 64

    def test_options(self, full: Rules) -> None:
        ds = ct()
        original = ct()
        Deidentifier(full, ["retain-uids", "retain-long-full-dates"], KEY).deidentify(ds)
        assert ds.SOPInstanceUID == original.SOPInstanceUID
        assert ds.StudyDate == original.StudyDate
        assert ds.LongitudinalTemporalInformationModified == "UNMODIFIED"
        codes = [i.CodeValue for i in ds.DeidentificationMethodCodeSequence]
        assert codes == ["113100", "113110", "113106"]
        with pytest.raises(DeidentifyError, match="exclude each other"):
            Deidentifier(full, ["retain-long-full-dates", "retain-long-modified-dates"])
        with pytest.raises(DeidentifyError, match="is not an option"):
            Deidentifier(full, ["retain-everything"])

    def test_modified_dates_shift_by_whole_days_per_patient(self, full: Rules) -> None:
        ds = ct()
        original = ct()
        Deidentifier(full, ["retain-long-modified-dates"], KEY).deidentify(ds)
        from datetime import datetime

        def day(text: str) -> datetime:
            return datetime.strptime(text, "%Y%m%d")

        assert ds.StudyDate != original.StudyDate
        shift = day(original.StudyDate) - day(ds.StudyDate)
        assert 365 <= shift.days <= 3650
        assert day(original.ContentDate) - day(ds.ContentDate) == shift
        assert ds.StudyTime == original.StudyTime

    def test_clean_descriptors_drops_what_the_profile_removes(self, full: Rules) -> None:
        ds = ct()
        ds.PatientName = "Smith^John"
        ds.StudyDescription = "CT chest smith follow-up"
        Deidentifier(full, ["clean-descriptors"], KEY).deidentify(ds)
        assert ds.StudyDescription == "CT chest follow-up"

    def test_safe_private_attributes(self, full: Rules) -> None:
        ds = ct()
        ds.add_new(0x70530010, "LO", "Philips PET Private Group")
        ds.add_new(0x70531000, "DS", "1.5")  # (7053,xx00) SUV Factor: Table E.3.10-1
        ds.add_new(0x70531001, "LO", "not listed")
        kept = Dataset()
        kept.update(ds)
        Deidentifier(full, key=KEY).deidentify(ds)
        assert not [e for e in ds if e.tag.is_private]
        Deidentifier(full, ["retain-safe-private"], KEY).deidentify(kept)
        private = {int(e.tag) for e in kept if e.tag.is_private}
        assert 0x70531000 in private and 0x70530010 in private
        assert 0x70531001 not in private


class TestValidOutput:
    """The output stays a valid instance: references and their index, the file meta."""

    def test_index_of_removed_references_goes_with_them(self, full: Rules) -> None:
        """In a Segmentation, Source Image Sequence (X/Z/U*) is Type 2 in its Derivation
        Image item, so it is emptied; the Common Instance Reference Module, which lists
        those source images, loses them too (Type 1C: only while references exist)."""
        ds = read_dicom(FILES["liver_1frame.dcm"])
        assert len(ds.ReferencedSeriesSequence[0].ReferencedInstanceSequence) == 3
        outcome = Deidentifier(full, key=KEY).deidentify(ds)
        for frame in ds.PerFrameFunctionalGroupsSequence:
            assert len(frame.DerivationImageSequence[0].SourceImageSequence) == 0
        assert "ReferencedSeriesSequence" not in ds
        assert outcome.counts["reference index entries removed"] == 3

    def test_index_kept_while_references_are_kept(self, full: Rules) -> None:
        kept = read_dicom(FILES["liver_1frame.dcm"])
        original = read_dicom(FILES["liver_1frame.dcm"])
        Deidentifier(full, ["retain-uids"], KEY).deidentify(kept)
        assert kept.ReferencedSeriesSequence == original.ReferencedSeriesSequence
        frames = kept.PerFrameFunctionalGroupsSequence
        assert all(len(f.DerivationImageSequence[0].SourceImageSequence) == 1 for f in frames)

    def test_index_entries_without_a_reference_stay_as_they_were(self, full: Rules) -> None:
        """Only what the profile removed goes: an entry the input listed without
        referencing it elsewhere is not the de-identifier's to drop."""
        ds = read_dicom(FILES["liver_1frame.dcm"])
        extra = Dataset()
        extra.ReferencedSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
        extra.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.8.498.99"
        ds.ReferencedSeriesSequence[0].ReferencedInstanceSequence.append(extra)
        Deidentifier(full, key=KEY).deidentify(ds)
        entries = ds.ReferencedSeriesSequence[0].ReferencedInstanceSequence
        assert [i.ReferencedSOPInstanceUID for i in entries] == [
            Deidentifier(full, key=KEY).uid("1.2.826.0.1.3680043.8.498.99")
        ]

    def test_file_meta_group_length_fits_the_rebuilt_meta(self, full: Rules) -> None:
        from dicomproto.converters import dicom_from_bytes, dicom_to_bytes

        ds = read_dicom(FILES["liver_1frame.dcm"])
        before = ds.file_meta.FileMetaInformationGroupLength
        Deidentifier(full, key=KEY).deidentify(ds)
        data = dicom_to_bytes(ds)
        length = int.from_bytes(data[140:144], "little")  # (0002,0000) after preamble, DICM
        assert data[132:136] == b"\x02\x00\x00\x00" and length != before
        meta_end = 144 + length
        assert data[meta_end : meta_end + 2] == b"\x08\x00"  # the data set starts there
        assert dicom_from_bytes(data).file_meta.ImplementationVersionName == "DICOMPROTO"


class TestMessagesAndEditions:
    @pytest.mark.parametrize("generic", [False, True])
    def test_messages_stay_of_their_kind(self, generic: bool, full: Rules) -> None:
        message = to_proto(ct(), generic)
        out = deidentify(message, full, key=KEY)
        assert type(out) is type(message)
        expected = ct()
        Deidentifier(full, key=KEY).deidentify(expected)
        assert to_proto(expected, generic) == out

    def test_rules_from_an_edited_ps3_15(self, tmp_path: Path) -> None:
        """Patient's Age X -> K and Study ID Z -> K in a copy of Table E.1-1."""
        for name in ("part03.xml", "part04.xml", "part06.xml"):
            (tmp_path / name).symlink_to(EXCERPT / name)
        tree = etree.parse(str(EXCERPT / "part15.xml"), etree.XMLParser(huge_tree=True))
        table = next(t for t in tree.iter(f"{DB}table") if t.get(XML_ID) == "table_E.1-1")
        for row in table.find(f"{DB}tbody").iter(f"{DB}tr"):
            cells = list(row)
            tag = "".join(cells[1].itertext()).strip()
            new = {"(0010,1010)": "K", "(0020,0010)": "K"}.get(tag)
            if new:
                next(cells[4].iter(f"{DB}para")).text = new
        tree.write(str(tmp_path / "part15.xml"))
        (tmp_path / "rules.json").write_text(rules_text(tmp_path), encoding="utf-8")
        edited, shipped = ct(), ct()
        Deidentifier(Rules.load(tmp_path / "rules.json"), key=KEY).deidentify(edited)
        Deidentifier(Rules.default(), key=KEY).deidentify(shipped)
        assert "PatientAge" not in shipped and shipped.StudyID == ""
        assert edited.PatientAge == ct().PatientAge and edited.StudyID == ct().StudyID


class TestCommand:
    def test_folder_key_file_and_pb(self, tmp_path: Path, capsys) -> None:
        src = tmp_path / "src"
        src.mkdir()
        (src / "ct.dcm").write_bytes(FILES["CT_small.dcm"].read_bytes())
        write_message(src / "ct.pb", to_proto(ct()))
        key = tmp_path / "key"
        key.write_bytes(KEY)
        for out in ("a", "b"):
            code = main(
                [
                    "deidentify",
                    str(src),
                    "-o",
                    str(tmp_path / out),
                    "--key-file",
                    str(key),
                    "-j",
                    "1",
                ]
            )
            assert code == 0
        assert "de-identified 2, failed 0" in capsys.readouterr().out
        first = read_dicom(tmp_path / "a" / "ct.dcm")
        again = read_dicom(tmp_path / "b" / "ct.dcm")
        from_pb = read_message(tmp_path / "a" / "ct.pb")
        assert first.SOPInstanceUID == again.SOPInstanceUID != ct().SOPInstanceUID
        assert from_pb.sop_common_module.sop_instance_uid.value == first.SOPInstanceUID

    def test_errors(self, tmp_path: Path, capsys) -> None:
        short = tmp_path / "key"
        short.write_bytes(b"abc")
        args = ["deidentify", str(FILES["CT_small.dcm"]), "-o", str(tmp_path / "o")]
        assert main([*args, "--key-file", str(short)]) == 2
        assert "at least 16 bytes" in capsys.readouterr().err
        assert main([*args, "--option", "nonsense"]) == 2
        assert "is not an option" in capsys.readouterr().err
        (tmp_path / "bad.dcm").write_bytes(b"junk")
        assert main(["deidentify", str(tmp_path / "bad.dcm"), "-o", str(tmp_path / "x")]) == 1
        assert not (tmp_path / "x").exists() or not any((tmp_path / "x").iterdir())
