"""`dicomproto convert` / `to-dcm` as batch tools: names kept (a DICOMDIR media set round
trip), non-DICOM inputs skipped by content, empty runs warned about, unusable
destinations refused early, the manifest and --resume with the local engine, option
parsing (sizes, counts, --version)."""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pandas
import pydicom
import pytest
from batch_helpers import (
    TEST_FILES,
    command,
    corpus_folder,
    kill_session,
    run,
    shard_contents,
    stream_sources,
    temporary_files,
    wait_for,
)

from dicomproto.batch import manifest
from dicomproto.cli import main
from dicomproto.cli.options import count, size

MEDIA_SET = TEST_FILES / "dicomdirtests"


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def _referenced_files(dicomdir: Path) -> list[str]:
    ds = pydicom.dcmread(dicomdir)
    found = []
    for record in ds.DirectoryRecordSequence:
        if "ReferencedFileID" in record:
            value = record.ReferencedFileID
            parts = [value] if isinstance(value, str) else list(value)
            found.append("/".join(parts))
    return found


@pytest.mark.parametrize("layout", ["pb", "stream", "shards"])
def test_dicomdir_media_set_round_trip_keeps_every_name(tmp_path: Path, layout: str, capsys):
    """A media set (DICOMDIR + 77654033/CR1/6154, ...) comes back under its own names,
    byte for byte; the README files beside it are skipped as not DICOM (by content)."""
    out, back = tmp_path / "out", tmp_path / "back"
    argv = ["convert", str(MEDIA_SET), "--skip-non-dicom", "-j", "2"]
    if layout == "pb":
        argv += ["-o", str(out)]
    elif layout == "stream":
        argv += ["-o", str(out / "set.pbs"), "--stream"]
    else:
        argv += ["-o", str(out), "--stream", "--shard-size", "7"]
    assert main(argv) == 0
    converted = capsys.readouterr().out.strip()
    not_dicom = {"README.txt", "TINY_ALPHA/README"}
    inputs = [n for n in _files(MEDIA_SET) if n not in not_dicom]
    assert converted == f"converted {len(inputs)}, failed 0, skipped 2 (not DICOM)"
    assert main(["to-dcm", str(out), "-o", str(back), "-j", "2"]) == 0
    assert capsys.readouterr().out.strip() == f"converted {len(inputs)}, failed 0"
    assert _files(back) == inputs  # DICOMDIR as DICOMDIR, 6154 as 77654033/CR1/6154
    for name in inputs:
        assert (back / name).read_bytes() == (MEDIA_SET / name).read_bytes(), name
    referenced = _referenced_files(back / "DICOMDIR")
    assert len(referenced) == 31
    assert all((back / name).is_file() for name in referenced)


def test_source_paths_never_leave_the_output_folder(tmp_path: Path, capsys) -> None:
    from dicomproto.converters import files, read_dicom, to_proto

    message = to_proto(read_dicom(TEST_FILES / "CT_small.dcm"))
    message.file_meta.source_path = "../../escaped.dcm"
    files.write_message(tmp_path / "evil.pb", message)
    assert main(["to-dcm", str(tmp_path / "evil.pb"), "-o", str(tmp_path / "back")]) == 1
    assert "would leave the output folder" in capsys.readouterr().err
    assert not (tmp_path / "escaped.dcm").exists() and _files(tmp_path / "back") == []


def test_non_dicom_inputs_fail_with_a_hint_or_are_skipped_by_content(tmp_path: Path, capsys):
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(TEST_FILES / "CT_small.dcm", source / "README.txt")  # DICOM, whatever its name
    (source / "notes.dcm").write_text("not DICOM, whatever its name\n" * 10)
    (source / "profile.icc").write_bytes(b"\x00\x00\x0c\x48" + bytes(200))
    (source / "meta.json").write_text('{"a": 1}')
    assert main(["convert", str(source), "-o", str(tmp_path / "a"), "-j", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == "converted 1, failed 3"
    assert captured.err.count("--skip-non-dicom skips inputs that are not DICOM") == 3
    assert main(["convert", str(source), "-o", str(tmp_path / "b"), "--skip-non-dicom"]) == 0
    assert capsys.readouterr().out.strip() == "converted 1, failed 0, skipped 3 (not DICOM)"
    assert _files(tmp_path / "b") == ["README.txt.pb"]


def test_nothing_found_is_warned_about(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["convert", str(empty), "-o", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "converted 0, failed 0"
    assert captured.err.strip() == f"dicomproto: warning: no input files found in {empty}"
    assert not (tmp_path / "out").exists()
    (empty / "a.txt").write_text("text")
    assert main(["convert", str(empty), "-o", str(tmp_path / "out"), "--skip-non-dicom"]) == 0
    assert "no DICOM files among the 1 inputs found" in capsys.readouterr().err


def test_unusable_destination_is_one_early_error(tmp_path: Path) -> None:
    source = corpus_folder(tmp_path / "in", limit=30)
    (tmp_path / "ct.pb").write_bytes(b"a file")
    cases = {
        "/sys/out": "/sys/out: cannot create the folder: ",
        str(tmp_path / "ct.pb" / "x.pb"): f"{tmp_path / 'ct.pb'} is a file, not a folder",
        str(tmp_path / "ct.pb"): "",  # many inputs: DEST is a folder, and it is a file
    }
    for dest, reason in cases.items():
        done = run("convert", str(source), "-o", dest, "-j", "2")
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and done.stdout == "", done.stderr
        assert len(lines) == 1 and lines[0].startswith(f"dicomproto: error: {dest}"), lines
        assert reason in lines[0]
    read_only = tmp_path / "ro"
    read_only.mkdir()
    read_only.chmod(0o555)
    if os.geteuid() != 0:  # root writes anywhere
        done = run("convert", str(source), "-o", str(read_only / "out"))
        assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("layout", ["one stream", "shards"])
def test_streams_with_bulk_data_round_trip(tmp_path: Path, capsys, layout: str) -> None:
    """--bulk-data-threshold applies to streams too: values beside the stream, read back."""
    source = tmp_path / "in"
    source.mkdir()
    for name in ("JPEG-lossy.dcm", "MR_small.dcm", "CT_small.dcm"):
        shutil.copy(TEST_FILES / name, source / name)
    out, back = tmp_path / "out", tmp_path / "back"
    if layout == "shards":
        argv = ["convert", str(source), "-o", str(out), "--stream", "--shard-size", "2"]
        stream = "part-00000.pbs"
    else:
        argv = ["convert", str(source), "-o", str(out / "all.pbs"), "--stream", "-j", "2"]
        stream = "all.pbs"
    assert main([*argv, "--bulk-data-threshold", "1KiB"]) == 0
    names = _files(out)
    assert names[:2] == [stream, f"{stream}.0.1.bin"]  # record 0's first bulk value
    assert len(names) > 3 and all(n.startswith(("part-", "all.pbs")) for n in names)
    assert main(["to-dcm", str(out), "-o", str(back)]) == 0
    assert _files(back) == sorted(p.name for p in source.iterdir())
    for path in source.iterdir():
        assert (back / path.name).read_bytes() == path.read_bytes()
    capsys.readouterr()


def test_manifest_readable_by_duckdb_and_pandas(tmp_path: Path, capsys) -> None:
    import duckdb

    source = corpus_folder(tmp_path / "in", limit=40)
    (source / "cut.dcm").write_bytes((TEST_FILES / "CT_small.dcm").read_bytes()[:-1000])
    shutil.copy(TEST_FILES / "CT_small.dcm", source / "ct.dcm")
    out = tmp_path / "out"
    assert main(["convert", str(source), "-o", str(out), "--manifest", "-j", "2"]) == 1
    capsys.readouterr()
    frame = pandas.read_parquet(out / "_manifest.parquet")
    assert len(frame) == 42 and set(frame["status"]) == {"ok", "failed"}
    assert list(frame.columns) == [
        "source",
        "relative",
        "size",
        "sha256",
        "sop_class_uid",
        "message",
        "shard",
        "record",
        "status",
        "error",
        "worker",
        "task",
        "damage",
    ]
    path = str(out / "_manifest.parquet")
    [(ok, failed)] = duckdb.sql(
        f"select count(*) filter (status = 'ok'), count(*) filter (status = 'failed') from '{path}'"
    ).fetchall()
    assert (ok, failed) == (sum(frame["status"] == "ok"), sum(frame["status"] == "failed"))
    for row in frame[frame["status"] == "ok"].itertuples():
        assert (out / row.shard).is_file()  # each converted input's own .pb
        assert row.sha256 == __import__("hashlib").sha256(Path(row.source).read_bytes()).hexdigest()
    assert frame[frame["status"] == "failed"]["error"].str.startswith(str(source)).all()
    elsewhere = tmp_path / "runs" / "m.parquet"
    argv = ["convert", str(source), "-o", str(tmp_path / "out2"), "--manifest-path", str(elsewhere)]
    assert main(argv) == 1
    capsys.readouterr()
    assert len(pandas.read_parquet(elsewhere)) == 42
    assert not (tmp_path / "out2" / "_manifest.parquet").exists()
    ct = frame[frame["relative"] == "ct.dcm"].iloc[0]
    assert (
        ct.message == "dicomproto.v1.CtImageIod" and ct.sop_class_uid == "1.2.840.10008.5.1.4.1.1.2"
    )


def test_local_resume_after_an_interrupt_does_only_the_rest(tmp_path: Path) -> None:
    source = corpus_folder(tmp_path / "in", copies=2)
    total = len(list(source.rglob("*.dcm"))) + len(
        [p for p in source.rglob("*") if p.is_symlink() and p.suffix != ".dcm"]
    )
    out = tmp_path / "out"
    argv = [
        "convert",
        str(source),
        "-o",
        str(out),
        "--stream",
        "--shard-size",
        "10",
        "-j",
        "2",
        "--manifest",
    ]
    process = subprocess.Popen(
        command(*argv),
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    parts = out / manifest.PARTS_FOLDER
    try:
        wait_for(lambda: parts.exists() and len(list(parts.iterdir())) >= 4, 60, "four shards")
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    finally:
        kill_session(process)
    assert process.returncode == 143
    done = sum(r.status != "failed" for rs in manifest.read_parts(str(out)).values() for r in rs)
    refused = run(*argv)
    assert refused.returncode == 1 and "--resume continues it" in refused.stderr
    resumed = run(*argv, "--resume")
    assert f"resuming: {done} of {total} inputs already done" in resumed.stderr
    converted, failed = (int(w) for w in resumed.stdout.replace(",", "").split()[1::2][:2])
    assert converted + failed == total - done
    rows = manifest.read(str(out / "_manifest.parquet"))
    assert len(rows) == total
    contents = shard_contents(out)
    assert max(contents.values()) == 1
    assert set(contents) == {r.relative for r in rows if r.status == "ok"}
    assert temporary_files(out) == [] and not parts.exists()
    again = run(*argv, "--overwrite")
    assert again.returncode == 1 and shard_contents(out) == contents


def test_option_values() -> None:
    assert [size(t) for t in ("4096", "64k", "1M", "1MiB", "1.5M", "2GB", "1kB")] == [
        4096,
        65536,
        1 << 20,
        1 << 20,
        3 << 19,
        2_000_000_000,
        1000,
    ]
    for bad in ("abc", "1iB", "-1", "0", "1X"):
        with pytest.raises(argparse.ArgumentTypeError):
            size(bad)
    assert count("3") == 3
    with pytest.raises(argparse.ArgumentTypeError, match="not a whole number: 'abc'"):
        count("abc")


def test_usage_messages_name_the_option(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["convert", "x", "-o", "y", "--jobs", "abc"])
    assert caught.value.code == 2
    assert "argument --jobs/-j: not a whole number: 'abc'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["convert", "x", "-o", "y", "--bulk-data-threshold", "lots"])
    assert "not a size: 'lots'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    from importlib.metadata import version

    assert capsys.readouterr().out.strip() == f"dicomproto {version('dicomproto')}"
    assert run("--version").stdout.strip() == f"dicomproto {version('dicomproto')}"


@pytest.mark.slow
def test_progress_bar_and_dashboard_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal: a progress bar counting files, and the Dask dashboard's address."""
    import fcntl
    import pty
    import struct
    import termios

    source = corpus_folder(tmp_path / "in", limit=60)
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    argv = [
        "convert",
        str(source),
        "-o",
        str(tmp_path / "out"),
        "--engine",
        "dask",
        "--workers",
        "1",
    ]
    process = subprocess.Popen(command(*argv), stdin=follower, stdout=follower, stderr=follower)
    os.close(follower)
    output = b""
    try:
        while chunk := _read(leader):
            output += chunk
        process.wait(timeout=120)
    finally:
        os.close(leader)
        if process.poll() is None:
            kill_session(process)
    lines = output.replace(b"\r", b"\n").decode(errors="replace").splitlines()
    assert any("| 60/60 [" in line and "file/s" in line for line in lines), lines[-5:]
    assert any("dashboard http://127.0.0.1:" in line for line in lines)
    assert [line for line in lines if line.strip()][-1].startswith("converted ")


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal closed with the process
        return b""


def test_a_shard_that_cannot_be_written_fails_its_inputs_only(tmp_path: Path, capsys) -> None:
    """Writing a shard fails (a folder stands where it goes): its inputs are reported
    failed, one line each, the other shards are written, no traceback."""
    source = tmp_path / "in"
    source.mkdir()
    for name in ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm"):
        shutil.copy(TEST_FILES / name, source / name)
    out = tmp_path / "out"
    (out / "part-00000.pbs").mkdir(parents=True)
    (tmp_path / "long").mkdir()
    shutil.copy(TEST_FILES / "CT_small.dcm", tmp_path / "long" / ("x" * 254))  # + ".pb": 257
    argv = ["convert", str(source), "-o", str(out), "--stream", "--shard-size", "2", "-j", "1"]
    assert main([*argv, "--manifest"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == "converted 1, failed 2"
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2 and all("part-00000: cannot write: " in e for e in errors)
    assert stream_sources((out / "part-00001.pbs").read_bytes()) == ["rtplan.dcm"]
    assert temporary_files(out) == []
    # one .pb whose name is too long: that input fails, named, the run goes on
    assert main(["convert", str(tmp_path / "long"), str(source), "-o", str(tmp_path / "pb")]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == "converted 3, failed 1"
    assert "File name too long" in captured.err and "Traceback" not in captured.err
