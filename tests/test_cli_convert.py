"""The `dicomproto` command: convert, to-dcm, streams, inspect, generate wiring."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from converter_helpers import SITE
from google.protobuf import any_pb2, timestamp_pb2

from dicomproto.cli import main

TEST_FILES = SITE / "pydicom" / "data" / "test_files"
GOOD = {
    "CT_small.dcm": TEST_FILES / "CT_small.dcm",
    "sub/MR_small.dcm": TEST_FILES / "MR_small.dcm",
    "sub/deeper/JPEG-lossy.dcm": TEST_FILES / "JPEG-lossy.dcm",
    "sub/IM0001": TEST_FILES / "rtplan.dcm",  # no suffix: the output gets ".pb" appended
}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of good DICOM files and bad ones of every kind."""
    source = tmp_path / "in"
    for name, original in GOOD.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(original, source / name)
    (source / "notes.txt").write_text("not DICOM at all\n" * 20)
    (source / "empty.dcm").write_bytes(b"")
    (source / "sub" / "cut.dcm").write_bytes((TEST_FILES / "CT_small.dcm").read_bytes()[:-1000])
    other = any_pb2.Any()
    other.Pack(timestamp_pb2.Timestamp(seconds=1))
    (source / "foreign.pb").write_bytes(other.SerializeToString())
    (source / ".hidden.dcm").write_bytes(b"skipped")
    return source


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_convert_folder_reports_bad_files_and_converts_the_rest(
    mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(mixed), "-o", str(out), "--jobs", jobs]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip().splitlines()[-1] == "converted 4, failed 4"
    errors = captured.err.strip().splitlines()
    assert len(errors) == 4, errors
    assert all(line.startswith("dicomproto: error: ") for line in errors)
    assert "Traceback" not in captured.err
    by_file = {line.split(": ")[2]: line for line in errors}
    assert by_file.keys() == {
        str(mixed / "notes.txt"),
        str(mixed / "empty.dcm"),
        str(mixed / "sub" / "cut.dcm"),
        str(mixed / "foreign.pb"),
    }
    assert "(7FE0,0010) PixelData OW: value truncated" in by_file[str(mixed / "sub" / "cut.dcm")]
    assert "empty file" in by_file[str(mixed / "empty.dcm")]
    assert "not a DICOM file" in by_file[str(mixed / "notes.txt")]
    # good inputs mirrored, bad ones left no output, no temporary files anywhere
    assert _files(out) == sorted(
        ["CT_small.pb", "sub/MR_small.pb", "sub/deeper/JPEG-lossy.pb", "sub/IM0001.pb"]
    )

    back = tmp_path / "back"
    assert main(["to-dcm", str(out), "-o", str(back), "--jobs", jobs]) == 0
    assert capsys.readouterr().out.strip() == "converted 4, failed 0"
    for name, original in GOOD.items():  # restored under the names they came from
        assert (back / name).read_bytes() == original.read_bytes(), name
    assert _files(back) == sorted(GOOD)


def test_single_file_to_named_pb_and_back(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = TEST_FILES / "MR_small_bigendian.dcm"
    assert main(["convert", str(source), "-o", str(tmp_path / "one.pb"), "-j", "1"]) == 0
    assert main(["to-dcm", str(tmp_path / "one.pb"), "-o", str(tmp_path / "one.dcm")]) == 0
    assert (tmp_path / "one.dcm").read_bytes() == source.read_bytes()
    assert _files(tmp_path) == ["one.dcm", "one.pb"]
    assert capsys.readouterr().out.splitlines() == ["converted 1, failed 0"] * 2


def test_salvage_reports_the_damage_as_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """--salvage converts a cut file, says where and why it is damaged (a warning, not
    a failure), and to-dcm gives it back byte for byte."""
    cut = tmp_path / "in" / "cut.dcm"
    cut.parent.mkdir()
    cut.write_bytes((TEST_FILES / "CT_small.dcm").read_bytes()[:-1000])
    shutil.copy(TEST_FILES / "MR_small.dcm", tmp_path / "in" / "mr.dcm")
    assert main(["convert", str(cut.parent), "-o", str(tmp_path / "out"), "-j", "1"]) == 1
    capsys.readouterr()
    assert main(["convert", str(cut.parent), "-o", str(tmp_path / "out"), "--salvage"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "converted 2 (1 damaged, salvaged), failed 0"
    warnings = [line for line in captured.err.splitlines() if "warning" in line]
    assert warnings and all(f"dicomproto: warning: {cut}: damaged: byte " in w for w in warnings)
    assert "(7FE0,0010) PixelData" in warnings[0]
    assert main(["to-dcm", str(tmp_path / "out"), "-o", str(tmp_path / "back")]) == 0
    assert (tmp_path / "back" / "cut.dcm").read_bytes() == cut.read_bytes()


def test_stream_convert_and_back(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    sources = [TEST_FILES / "CT_small.dcm", TEST_FILES / "rtplan.dcm", tmp_path / "missing.dcm"]
    stream = tmp_path / "all.pbs"
    assert main(["convert", *map(str, sources), "-o", str(stream), "--stream"]) == 1
    captured = capsys.readouterr()
    assert "missing.dcm: no such file or folder" in captured.err
    assert captured.out.strip() == "converted 2, failed 1"
    assert main(["to-dcm", str(stream), "-o", str(tmp_path / "back")]) == 0
    assert capsys.readouterr().out.strip() == "converted 2, failed 0"  # records, not streams
    assert _files(tmp_path / "back") == ["CT_small.dcm", "rtplan.dcm"]  # their source names
    for source in sources[:2]:
        assert (tmp_path / "back" / source.name).read_bytes() == source.read_bytes()
    mirror = tmp_path / "mirror"
    assert main(["to-dcm", str(stream), "-o", str(mirror), "--names", "mirror"]) == 0
    assert _files(mirror) == ["all/000001.dcm", "all/000002.dcm"]  # numbered like inspect
    for index, source in enumerate(sources[:2], start=1):
        assert (mirror / "all" / f"{index:06d}.dcm").read_bytes() == source.read_bytes()
    capsys.readouterr()

    assert main(["inspect", str(stream)]) == 0  # records numbered as to-dcm names them
    text = capsys.readouterr().out
    assert text.count(f"# {stream} record ") == 2
    assert f"# {stream} record 2 (rtplan.dcm): dicomproto.v1.RtPlanIod" in text


def test_output_collisions_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(TEST_FILES / "CT_small.dcm", source / "a.dcm")
    shutil.copy(TEST_FILES / "CT_small.dcm", source / "a.DICOM")
    assert main(["convert", str(source), "-o", str(tmp_path / "out"), "-j", "1"]) == 1
    captured = capsys.readouterr()
    assert "would overwrite that of" in captured.err
    assert _files(tmp_path / "out") == ["a.pb"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["convert", "x.dcm"], ["convert", "x", "-o", "y", "--jobs", "0"], []):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2
    capsys.readouterr()


def test_generate_is_wired_to_the_generator(tmp_path: Path, capsys) -> None:
    assert main(["generate", "--standard", str(tmp_path / "none"), "--out", str(tmp_path)]) == 1
    assert "missing part03.xml" in capsys.readouterr().err


def test_console_entry_point_without_generator_imports(tmp_path: Path) -> None:
    """Converting needs neither lxml nor the generator; errors are one line, no traceback."""
    (tmp_path / "x.dcm").write_bytes(b"nope")
    code = (
        "import sys; from dicomproto.cli import main; rc = main(sys.argv[1:]);"
        "assert 'dicomproto.generator' not in sys.modules and 'lxml' not in sys.modules;"
        "sys.exit(rc)"
    )
    argv = ["convert", str(tmp_path / "x.dcm"), "-o", str(tmp_path / "out")]
    run = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert run.stderr.strip().startswith("dicomproto: error: ")
    assert "Traceback" not in run.stderr and run.stdout.strip() == "converted 0, failed 1"


def test_bulk_data_files_beside_the_pb_and_back(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(TEST_FILES / "JPEG-lossy.dcm", source / "j.dcm")
    out, back = tmp_path / "out", tmp_path / "back"
    assert main(["convert", str(source), "-o", str(out), "--bulk-data-threshold", "1k"]) == 0
    assert _files(out) == ["j.pb", "j.pb.1.bin"]
    assert main(["to-dcm", str(out), "-o", str(back)]) == 0
    assert _files(back) == ["j.dcm"]
    assert (back / "j.dcm").read_bytes() == (TEST_FILES / "JPEG-lossy.dcm").read_bytes()
    assert capsys.readouterr().out.splitlines() == ["converted 1, failed 0"] * 2


@pytest.mark.parametrize("stream", [False, True], ids=["pb", "stream"])
def test_bulk_data_is_split_off_before_typing(tmp_path: Path, stream: bool) -> None:
    """The typed route with bulk data: the IOD message, its Pixel Data a typed field
    naming the file beside it, and the file back byte for byte."""
    from dicomproto.converters import iter_stream, read_message

    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(TEST_FILES / "CT_small.dcm", source / "ct.dcm")
    out = tmp_path / "out"
    options = ["--stream"] if stream else []
    assert (
        main(["convert", str(source), "-o", str(out), "--bulk-data-threshold", "1k", *options]) == 0
    )
    pb_files = [p for p in out.rglob("*.pb*") if not p.name.endswith(".bin")]
    assert len(pb_files) == 1
    message = next(iter_stream(pb_files[0])) if stream else read_message(pb_files[0])
    assert message.DESCRIPTOR.name == "CtImageIod"
    uri = message.image_pixel_module.pixel_data.bulk_data_uri
    assert uri and (pb_files[0].parent / uri).stat().st_size == 32768
    assert main(["to-dcm", str(out), "-o", str(tmp_path / "back")]) == 0
    restored = [p for p in (tmp_path / "back").rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in restored] == [(TEST_FILES / "CT_small.dcm").read_bytes()]
