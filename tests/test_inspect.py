"""`dicomproto inspect` and the views behind it (converters.views, converters.partial):
headers, element selection, several files and stdin, tag/VR/length annotations, cuts
shown in the output, damaged inputs shown up to the break, DICOM JSON."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pydicom
import pytest
from converter_helpers import SITE, corpus_id, corpus_paths, pydicom_read
from google.protobuf import any_pb2, json_format, text_format
from google.protobuf.message import Message

from dicomproto.cli import main
from dicomproto.converters import (
    ConversionError,
    dicom_from_bytes,
    get,
    pack_any,
    read_dicom,
    read_message,
    to_proto,
    write_message,
    write_stream,
)
from dicomproto.converters.views import dump, proto_json, proto_text

TEST_FILES = SITE / "pydicom" / "data" / "test_files"
CT = TEST_FILES / "CT_small.dcm"


def corpus_file(name: str) -> Path:
    return next(p for p in corpus_paths() if corpus_id(p) == name)


MR_OVERLAYS = corpus_file("MR-SIEMENS-DICOM-WithOverlays.dcm")


def inspect(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    code = main(["inspect", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def body(text: str) -> str:
    """The output without its header comment lines."""
    return "".join(line + "\n" for line in text.splitlines() if not line.startswith("# "))


@pytest.fixture
def ct_pb(tmp_path: Path) -> Path:
    path = tmp_path / "ct.pb"
    write_message(path, to_proto(read_dicom(CT)))
    return path


class TestHeaderAndViews:
    def test_header_names_the_file_and_message_type(
        self, ct_pb: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = inspect(capsys, ct_pb)
        assert code == 0 and not err
        assert (
            out.splitlines()[0] == f"# {ct_pb}: dicomproto.v1.CtImageIod (CT Image IOD, PS3.3 A.3)"
        )
        code, out, _ = inspect(capsys, TEST_FILES / "rtplan.dcm", "--generic")
        first = out.splitlines()[0]
        assert first.endswith(": dicomproto.v1.DataSet (SOP Class RT Plan Storage)"), first

    @pytest.mark.parametrize("generic", [False, True])
    def test_every_attribute_line_has_tag_vr_length(
        self, capsys: pytest.CaptureFixture[str], generic: bool
    ) -> None:
        """`grep '(0028,'` finds every group 0028 element, typed or generic, with its VR
        and its value length as stored."""
        raw = pydicom.dcmread(CT)._dict  # the elements as stored, lengths included
        expected = {e.tag: e for e in pydicom.dcmread(CT) if e.tag >> 16 == 0x0028}
        args = [CT, "--generic"] if generic else [CT]
        _, out, _ = inspect(capsys, *args)
        lines = [line for line in out.splitlines() if "# (0028," in line]
        assert len(lines) == len(expected)
        for line in lines:
            tag, vr, keyword, length = re.search(
                r"# \((\w{4},\w{4})\) (\w\w) (\w+), (\d+) bytes", line
            ).groups()
            element = expected[int(tag.replace(",", ""), 16)]
            assert (vr, keyword) == (element.VR, element.keyword)
            assert int(length) == raw[element.tag].length

    def test_full_text_parses_back_to_the_message(
        self, ct_pb: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        message = read_message(ct_pb)
        _, out, _ = inspect(capsys, ct_pb, "--full")
        assert text_format.Parse(out, type(message)()) == message  # comments and all

    def test_cuts_are_shown_and_break_parsing(
        self, ct_pb: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        _, out, err = inspect(capsys, ct_pb)
        assert not err  # nothing said on the side: the output itself says it
        pixel_line = next(line for line in out.splitlines() if "# (7FE0,0010)" in line)
        assert '"...' in pixel_line and "cut: first 32 of 32768 bytes" in pixel_line
        with pytest.raises(text_format.ParseError):
            text_format.Parse(out, type(read_message(ct_pb))())
        _, out, _ = inspect(capsys, ct_pb, "--max-bytes", "4")
        assert "cut: first 4 of 32768 bytes" in out

    def test_json_is_whole_unless_asked_and_cuts_do_not_parse(
        self, ct_pb: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        message = read_message(ct_pb)
        _, out, _ = inspect(capsys, ct_pb, "--json")
        document = json.loads(out)
        assert document["@type"] == "type.googleapis.com/dicomproto.v1.CtImageIod"
        wrapper = json_format.ParseDict(document, any_pb2.Any())
        assert wrapper.value == message.SerializeToString(deterministic=False) or (
            type(message).FromString(wrapper.value) == message
        )
        _, out, _ = inspect(capsys, ct_pb, "--format", "json", "--max-bytes", "16")
        cut = json.loads(out)["imagePixelModule"]["pixelData"]["ow"]  # Pixel Data is OB or OW
        assert cut == {
            "cut": "first 16 of 32768 bytes",
            "base64": base64.b64encode(message.image_pixel_module.pixel_data.ow[:16]).decode(),
        }
        with pytest.raises(json_format.ParseError):
            json_format.ParseDict(json.loads(out), any_pb2.Any())

    def test_dump_lists_every_element_like_dcmdump(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        ds = pydicom.dcmread(MR_OVERLAYS)
        _, out, _ = inspect(capsys, MR_OVERLAYS, "-f", "dump")
        lines = [line for line in out.splitlines() if re.match(r"\s*\([0-9A-F]{4},", line)]
        elements = list(ds.file_meta) + [e for e in ds.iterall()]
        items = sum(len(e.value) for e in ds.iterall() if e.VR == "SQ")
        assert len(lines) == len(elements) + items
        assert "(0028,0030) DS 0.72314049586777\\0.72314049586777" in out
        assert "# 56, 1 ReferencedSOPInstanceUID" in out
        assert "(0008,0016) UI [1.2.840.10008.5.1.4.1.1.4]" in out and "(MR Image Storage)" in out
        overlay = next(line for line in out.splitlines() if line.startswith("(6000,3000) OW"))
        assert overlay.endswith("# 29282, 1 OverlayData (cut: first 32 of 29282 bytes)")


def test_the_readme_session_gives_what_it_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The console block of the README's "Looking at data" section, command by command."""
    import shlex

    readme = (Path(__file__).parent.parent / "README.md").read_text()
    section = readme[readme.index("## Looking at data") :]
    block = section[section.index("```console\n") + 11 :]
    block = block[: block.index("\n```\n")]
    shutil.copy(MR_OVERLAYS, tmp_path / MR_OVERLAYS.name)
    monkeypatch.chdir(tmp_path)
    commands = re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]
    assert len(commands) == 4
    for command in commands:
        line, _, shown = command.partition("\n")
        argv = shlex.split(line)
        assert argv[0] == "dicomproto"
        assert main(argv[1:]) == 0, line
        out = capsys.readouterr().out
        if argv[1] == "inspect":  # a header names the message type, which the schema decides
            if out.startswith("# "):
                assert out.startswith("# mr.pb: dicomproto.v1."), line
            assert body(out).rstrip("\n") == body(shown).rstrip("\n"), line


class TestSelection:
    def test_one_element_or_a_path(self, capsys: pytest.CaptureFixture[str]) -> None:
        ds = pydicom.dcmread(MR_OVERLAYS)
        path = "ReferencedImageSequence[0].ReferencedSOPInstanceUID"
        _, out, _ = inspect(capsys, MR_OVERLAYS, path, "-f", "dump")
        uid = ds.ReferencedImageSequence[0].ReferencedSOPInstanceUID
        sequence = "(0008,1140) SQ (Sequence, 1 item)"
        assert body(out).splitlines() == [
            f"{sequence:54}  # -, 1 ReferencedImageSequence",
            "  (FFFE,E000) na (Item [0], 1 element)",
            f"    (0008,1155) UI [{uid}]  # 56, 1 ReferencedSOPInstanceUID",
        ]
        _, out, _ = inspect(capsys, MR_OVERLAYS, path, "-f", "dicom-json")
        assert json.loads(out) == {
            "00081140": {"vr": "SQ", "Value": [{"00081155": {"vr": "UI", "Value": [uid]}}]}
        }

    def test_selected_items_keep_their_index(self, capsys: pytest.CaptureFixture[str]) -> None:
        path = corpus_file("dicomdirtests/DICOMDIR")
        records = pydicom.dcmread(path).DirectoryRecordSequence
        wanted = ["DirectoryRecordSequence[1].DirectoryRecordType", "(0004,1220)[-1].(0004,1430)"]
        _, out, _ = inspect(capsys, path, *wanted, "-f", "dump")
        last = len(records) - 1
        assert body(out).splitlines()[1:] == [
            "  (FFFE,E000) na (Item [1], 1 element)",
            f"    (0004,1430) CS [{records[1].DirectoryRecordType}]".ljust(54)
            + "  # 6, 1 DirectoryRecordType",
            f"  (FFFE,E000) na (Item [{last}], 1 element)",
            f"    (0004,1430) CS [{records[last].DirectoryRecordType}]".ljust(54)
            + "  # 6, 1 DirectoryRecordType",
        ]
        _, out, _ = inspect(capsys, path, *wanted)
        assert [line.split("# ")[1] for line in out.splitlines() if "items {" in line] == [
            "item [1]",
            f"item [{last}]",
        ]

    def test_filter_by_tag_pattern_and_keyword(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = inspect(capsys, CT, "(0028,xxxx)", "PatientName", "-f", "dump")
        tags = [line[:11] for line in body(out).splitlines()]
        ds = pydicom.dcmread(CT)
        wanted = [e.tag for e in ds if e.tag >> 16 == 0x0028 or e.keyword == "PatientName"]
        assert tags == [f"({t >> 16:04X},{t & 0xFFFF:04X})" for t in wanted]
        _, out, _ = inspect(capsys, CT, "PatientName")  # typed view, only that field
        assert body(out).splitlines()[0] == "patient_module {"
        assert 'family_name: "CompressedSamples"' in out and "image_pixel_module" not in out

    def test_nothing_selected_is_said(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = inspect(capsys, CT, "ReferencedImageSequence", "-f", "dump")
        assert code == 0 and out.splitlines()[-1] == "# no element selected"

    def test_usage_errors(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        code, _, err = inspect(capsys, CT, "PatientNam")
        assert code == 2
        assert err == (
            "dicomproto: error: PatientNam: no such file or folder, nor an element path:"
            " unknown keyword 'PatientNam' (did you mean PatientName?)\n"
        )
        code, _, err = inspect(capsys, tmp_path / "missing.pb")
        assert code == 2 and "missing.pb: no such file or folder" in err
        code, _, err = inspect(capsys, CT, "--bulk-data", tmp_path)
        assert code == 2 and "--bulk-data works with --format dicom-json" in err


class TestInputs:
    def test_several_files_and_folders(
        self, ct_pb: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        folder = tmp_path / "more"
        folder.mkdir()
        shutil.copy(TEST_FILES / "MR_small.dcm", folder / "b.dcm")
        shutil.copy(TEST_FILES / "rtplan.dcm", folder / "a.dcm")
        _, out, _ = inspect(capsys, ct_pb, folder, "SOPInstanceUID", "-f", "dump")
        headers = [line for line in out.splitlines() if line.startswith("# ") and ": " in line]
        assert [h.split(":")[0] for h in headers] == [
            f"# {ct_pb}",
            f"# {folder / 'a.dcm'}",
            f"# {folder / 'b.dcm'}",
        ]
        _, out, _ = inspect(capsys, ct_pb, folder, "SOPInstanceUID", "-f", "dicom-json")
        assert [d["00080018"]["Value"][0] for d in json.loads(out)] == [
            pydicom.dcmread(p).SOPInstanceUID
            for p in (CT, TEST_FILES / "rtplan.dcm", TEST_FILES / "MR_small.dcm")
        ]

    def test_standard_input(self, ct_pb: Path) -> None:
        command = [sys.executable, "-m", "dicomproto.cli", "inspect"]
        for args in ([], ["-"]):
            run = subprocess.run(
                [*command, *args, "PatientID", "-f", "dump"],
                input=ct_pb.read_bytes(),
                capture_output=True,
                timeout=60,
                check=False,
            )
            assert run.returncode == 0, run.stderr
            lines = run.stdout.decode().splitlines()
            assert lines[0] == "# <stdin>: dicomproto.v1.CtImageIod (CT Image IOD, PS3.3 A.3)"
            assert lines[1].startswith("(0010,0020) LO [1CT1]")
        run = subprocess.run(
            [*command, "-", "-f", "dump"],
            input=CT.read_bytes(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert run.returncode == 0 and b"(0010,0010) PN [CompressedSamples^CT1]" in run.stdout

    def test_stream_records_count_from_one_as_to_dcm_names_them(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        sources = [CT, TEST_FILES / "rtplan.dcm", TEST_FILES / "MR_small.dcm"]
        stream = tmp_path / "all.pbs"
        assert main(["convert", *map(str, sources), "-o", str(stream), "--stream", "-j", "1"]) == 0
        back = ["-o", str(tmp_path / "back"), "--names", "mirror", "-j", "1"]  # numbered
        assert main(["to-dcm", str(stream), *back]) == 0
        capsys.readouterr()
        _, out, _ = inspect(capsys, stream, "SOPInstanceUID", "-f", "dump")
        shown = re.findall(r"# \S+ record (\d+)\D.*\n\(0008,0018\) UI \[([\d.]+)\]", out)
        restored = {
            str(int(p.stem)): pydicom.dcmread(p).SOPInstanceUID
            for p in (tmp_path / "back" / "all").glob("*.dcm")
        }
        assert dict(shown) == restored and len(restored) == 3
        _, out, _ = inspect(capsys, stream, "-f", "dicom-json", "SOPInstanceUID")
        assert len(json.loads(out)) == 3

    def test_a_record_that_carries_its_source_name_shows_it(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        named = to_proto(read_dicom(CT))
        named.file_meta.source_path = "77654033/CR1/6154"
        stream = tmp_path / "s.pbs"
        write_stream(stream, [named, to_proto(read_dicom(TEST_FILES / "MR_small.dcm"))])
        _, out, _ = inspect(capsys, stream, "PatientID")
        headers = [line.split(":")[0] for line in out.splitlines() if " record " in line]
        assert headers == [f"# {stream} record 1 (77654033/CR1/6154)", f"# {stream} record 2"]


class TestDamaged:
    def test_truncated_dicom_shows_everything_before_the_break(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = TEST_FILES / "MR_truncated.dcm"
        code, out, err = inspect(capsys, path, "-f", "dump")
        assert code == 1
        assert err.splitlines() == [
            f"dicomproto: error: {path}: byte 1500: (7FE0,0010) PixelData: value cut short:"
            " 8130 of 8192 bytes (the file ends early); shown: the elements before the break;"
            " the 8142 bytes from there on are kept verbatim (FileMeta.unparsed)"
        ]
        assert out.splitlines()[1].startswith("# damaged: byte 1500: (7FE0,0010) PixelData")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ds = pydicom.dcmread(path)
        before = [e.tag for e in ds if e.tag != 0x7FE00010]
        shown = [
            int(line[1:5] + line[6:10], 16)
            for line in out.splitlines()
            if line.startswith("(") and not line.startswith("(0002")
        ]
        assert shown == before

    def test_a_pb_of_a_salvaged_file_names_the_damage_of_its_source(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        pb_file = tmp_path / "mr.pb"
        source = TEST_FILES / "MR_truncated.dcm"
        assert main(["convert", str(source), "-o", str(pb_file), "--salvage", "-j", "1"]) == 0
        capsys.readouterr()
        code, out, err = inspect(capsys, pb_file, "PatientName")
        assert code == 0 and not err  # the .pb itself is whole
        assert out.splitlines()[1] == (
            "# damaged source (recorded when converted): byte 1500: (7FE0,0010) PixelData:"
            " value cut short: 8130 of 8192 bytes (the file ends early)"
        )

    def test_cut_pb_shows_the_elements_before_the_break(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        message = to_proto(read_dicom(TEST_FILES / "rtplan.dcm"), generic=True)
        data = pack_any(message)
        cut = tmp_path / "cut.pb"
        cut.write_bytes(data[: len(data) * 2 // 3])
        code, out, err = inspect(capsys, cut, "-f", "dump")
        assert code == 1 and "cut short: " in err and "shown: the fields before the break" in err
        shown = [line for line in body(out).splitlines() if not line.startswith(" ")]
        tops = [f"({e.tag >> 16:04X},{e.tag & 0xFFFF:04X})" for e in message.elements]
        assert 0 < len(shown) < len(tops)
        assert [line[:11] for line in shown] == tops[: len(shown)]

    def test_cut_stream_shows_whole_records_then_the_cut_one(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        messages = [
            to_proto(read_dicom(p), generic=True) for p in (CT, TEST_FILES / "MR_small.dcm")
        ]
        stream = tmp_path / "s.pbs"
        write_stream(stream, messages)
        data = stream.read_bytes()
        stream.write_bytes(data[: len(data) - 5000])
        code, out, err = inspect(capsys, stream, "SOPInstanceUID", "-f", "dump")
        assert code == 1
        assert "record 2 (at byte" in err and "cut short" in err
        assert out.count("(0008,0018) UI") == 2  # record 2 is cut in its pixel data
        assert f"# {stream} record 2: dicomproto.v1.DataSet" in out

    def test_bad_files_are_one_line_each_and_the_rest_is_shown(
        self, ct_pb: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        bad = tmp_path / "bad.pb"
        bad.write_bytes(b"\x0a\x03abc")
        text = tmp_path / "notes.txt"
        text.write_text("not DICOM\n" * 30)
        code, out, err = inspect(capsys, bad, ct_pb, text, "PatientID", "-f", "dump")
        assert code == 1
        lines = err.splitlines()
        assert len(lines) == 2 and all(line.startswith("dicomproto: error: ") for line in lines)
        assert lines[0].startswith(f"dicomproto: error: {bad}: ")
        assert lines[1].startswith(f"dicomproto: error: {text}: not a DICOM file")
        assert "(0010,0020) LO [1CT1]" in out


class TestDicomJson:
    def test_bulk_data_folder(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        bulk = tmp_path / "bulk"
        code, out, _ = inspect(
            capsys, CT, "-f", "dicom-json", "--bulk-data", bulk, "--bulk-data-threshold", "1k"
        )
        assert code == 0
        document = json.loads(out)
        ds = pydicom.dcmread(CT)
        binary = {f"{e.tag:08X}": e.value for e in ds if e.VR in ("OB", "OW", "UN")}
        large = {tag for tag, value in binary.items() if len(value) >= 1024}
        uris = {tag: e["BulkDataURI"] for tag, e in document.items() if "BulkDataURI" in e}
        assert set(uris) == large and "7FE00010" in large
        for tag, uri in uris.items():
            path = Path(uri.removeprefix("file://"))
            assert path.parent == bulk.resolve() and path.read_bytes() == binary[tag]
        for tag in set(binary) - large:
            assert base64.b64decode(document[tag]["InlineBinary"]) == binary[tag]
        # a .pb's own bulk data files are named, not copied
        pb_file = tmp_path / "ct.pb"
        generic = to_proto(read_dicom(CT), generic=True)  # bulk data split off, then typed
        write_message(pb_file, generic, bulk_threshold=20000, as_iod=True)
        code, out, _ = inspect(capsys, pb_file, "-f", "dicom-json", "--bulk-data", bulk)
        uri = json.loads(out)["7FE00010"]["BulkDataURI"]
        assert uri == (tmp_path / "ct.pb.1.bin").resolve().as_uri()
        code, out, _ = inspect(capsys, pb_file, "-f", "dicom-json")  # inline: read from it
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert json.loads(out) == json.loads(json.dumps(pydicom.dcmread(CT).to_json_dict()))

    @pytest.mark.slow
    @pytest.mark.filterwarnings("ignore")
    def test_equal_to_pydicom_for_every_corpus_file(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        equal, cannot = 0, []
        for path in corpus_paths():
            data = path.read_bytes()
            try:
                to_proto(dicom_from_bytes(data, str(path)), generic=True)
            except ConversionError:
                continue
            try:
                expected = pydicom_read(data).to_json_dict()
            except Exception:
                cannot.append(corpus_id(path))
                continue
            code, out, _ = inspect(capsys, path, "--format", "dicom-json")
            assert code == 0
            assert json.loads(out) == json.loads(json.dumps(expected)), corpus_id(path)
            equal += 1
        assert cannot == ["badVR.dcm"] and equal >= 230, (equal, cannot)


class TestViewsApi:
    @pytest.mark.slow
    @pytest.mark.filterwarnings("ignore")
    def test_text_and_json_views_parse_back_on_the_corpus(self) -> None:
        """Uncut, the text and JSON views are the message (files under 16 KiB, to
        keep text_format.Parse's time down; typed and generic messages among them)."""
        checked = 0
        for path in corpus_paths():
            data = path.read_bytes()
            if len(data) > 16 << 10:
                continue
            try:
                ds = dicom_from_bytes(data, str(path))
                messages: list[Message] = [to_proto(ds), to_proto(ds, generic=True)]
            except ConversionError:
                continue
            for message in messages:
                text = proto_text(message, max_bytes=None)
                assert text_format.Parse(text, type(message)()) == message, corpus_id(path)
                parsed = json_format.ParseDict(proto_json(message), type(message)())
                assert parsed == message, corpus_id(path)
                assert dump(message)
                checked += 1
        assert checked > 250, checked

    def test_views_of_a_typed_item(self) -> None:
        item = get(to_proto(read_dicom(CT)), "OtherPatientIDsSequence[0]")
        assert "# (0010,0020) LO PatientID, 8 bytes" in proto_text(item)
        assert dump(item).startswith("(0010,0020) LO [ABCD1234]")
