"""storage.atomic_open: whole or nothing, umask modes, fsspec URLs committed on success."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import fsspec
import pytest

from dicomproto.converters import storage
from dicomproto.converters.files import write_bytes_atomic
from dicomproto.converters.storage import atomic_open, is_url, write_bytes


@pytest.fixture
def umask() -> Iterator[None]:
    """Restore the process umask after a test that sets it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_local_output_mode_follows_the_umask(
    tmp_path: Path, umask: None, mask: int, mode: int
) -> None:
    os.umask(mask)
    target = tmp_path / "out.pb"
    with atomic_open(target) as handle:
        handle.write(b"data")
    assert target.stat().st_mode & 0o777 == mode
    assert target.read_bytes() == b"data"
    # what any other program's new file gets under the same umask
    other = tmp_path / "other"
    other.write_bytes(b"")
    assert other.stat().st_mode & 0o777 == mode


def test_replacing_a_file_keeps_nothing_but_the_new_content(tmp_path: Path) -> None:
    target = tmp_path / "x.pb"
    target.write_bytes(b"old content, longer than the new")
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pb"]


def test_missing_folders_are_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "c.pb"
    write_bytes(target, b"x")
    assert target.read_bytes() == b"x"


def test_failure_leaves_no_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "new.pb"
    with pytest.raises(KeyboardInterrupt), atomic_open(target) as handle:
        handle.write(b"partial")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_an_oserror_and_a_conversion_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(OSError):
        write_bytes(blocker / "x.pb", b"x")
    with pytest.raises(Exception, match=r"file/x\.pb: cannot write"):
        write_bytes_atomic(blocker / "x.pb", b"x")


def test_text_mode_writes_utf8(tmp_path: Path) -> None:
    target = tmp_path / "summary.txt"
    with atomic_open(target, "w") as handle:
        handle.write("Ünïcode\n")
    assert target.read_bytes() == "Ünïcode\n".encode()
    with pytest.raises(ValueError, match="mode"):
        atomic_open(target, "ab").__enter__()


def test_sigterm_while_writing_leaves_nothing(tmp_path: Path) -> None:
    """A process ended by SIGTERM (turned into an exception, as the command does) while
    writing leaves neither the target nor a temporary file."""
    target = tmp_path / "big.pb"
    script = textwrap.dedent(
        f"""
        import signal, sys, time
        from dicomproto.converters.storage import atomic_open
        def stop(signum, frame):
            raise SystemExit(143)
        signal.signal(signal.SIGTERM, stop)
        with atomic_open({str(target)!r}) as handle:
            handle.write(b"x" * 1000)
            handle.flush()
            print("writing", flush=True)
            for _ in range(600):
                time.sleep(0.05)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "writing"
        assert any(p.name.startswith(".big.pb.") for p in tmp_path.iterdir())
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 143
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert list(tmp_path.iterdir()) == []


def test_the_temporary_of_a_killed_writer_is_swept_and_nothing_else(tmp_path: Path) -> None:
    """SIGKILL leaves the writer no chance to clean up; remove_temporaries takes its
    temporary file away afterwards and leaves finished files and look-alikes alone."""
    target = tmp_path / "part-00003.pbs"
    script = textwrap.dedent(
        f"""
        import time
        from dicomproto.converters.storage import atomic_open
        with atomic_open({str(target)!r}) as handle:
            handle.write(b"x" * 1000)
            handle.flush()
            print("writing", flush=True)
            time.sleep(60)
        """
    )
    (tmp_path / "part-00001.pbs").write_bytes(b"done")
    (tmp_path / ".hidden.tmp").write_bytes(b"not ours")
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "writing"
        process.kill()
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(".part-00003.pbs.")]
    assert len(left) == 1 and left[0].endswith(".tmp")
    assert storage.remove_temporaries(tmp_path) == left
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hidden.tmp", "part-00001.pbs"]
    assert storage.remove_temporaries(tmp_path / "missing") == []


def test_urls_are_told_from_paths() -> None:
    assert is_url("s3://bucket/key.pb") and is_url("memory://x/y.pb")
    assert is_url("file:///tmp/x.pb")
    assert not is_url("/tmp/x.pb") and not is_url("C:/x.pb") and not is_url(Path("a://b"))


def test_memory_url_is_committed_only_on_success() -> None:
    fs = fsspec.filesystem("memory")
    url = "memory://atomic-open-test/out/ct.pb"
    if fs.exists(url):
        fs.rm(url)
    with pytest.raises(RuntimeError), atomic_open(url) as handle:
        handle.write(b"partial")
        assert not fs.exists(url)  # nothing visible while writing
        raise RuntimeError("stop")
    assert not fs.exists(url)
    with atomic_open(url) as handle:
        handle.write(b"whole")
        assert not fs.exists(url)
    assert fs.cat_file(url) == b"whole"
    fs.rm(url)


def test_large_memory_url_goes_through_the_file_system_upload(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(storage, "SPOOL_IN_MEMORY", 1000)
    fs = fsspec.filesystem("memory")
    url = "memory://atomic-open-test/large.bin"
    data = os.urandom(5000)
    with atomic_open(url) as handle:
        handle.write(data)
    assert fs.cat_file(url) == data
    fs.rm(url)


def test_file_url_is_a_local_path_with_the_umask(tmp_path: Path, umask: None) -> None:
    os.umask(0o022)
    target = tmp_path / "sub" / "x.pb"
    with atomic_open(target.as_uri()) as handle:
        handle.write(b"local")
    assert target.read_bytes() == b"local"
    assert target.stat().st_mode & 0o777 == 0o644
    with pytest.raises(ValueError), atomic_open(target.as_uri()) as handle:
        handle.write(b"partial")
        raise ValueError
    assert target.read_bytes() == b"local"
    assert [p.name for p in target.parent.iterdir()] == ["x.pb"]


def test_convert_and_to_dcm_outputs_follow_the_umask(tmp_path: Path, umask: None) -> None:
    """The outputs of `dicomproto convert` and `to-dcm` (bulk data files included) get
    0644 under umask 022, like any other tool's output."""
    from converter_helpers import SITE

    from dicomproto.cli import main

    os.umask(0o022)
    source = SITE / "pydicom" / "data" / "test_files" / "JPEG-lossy.dcm"
    pb_dir, dcm_dir = tmp_path / "pb", tmp_path / "dcm"
    convert = ["convert", str(source), "-o", str(pb_dir), "--jobs", "1"]
    assert main([*convert, "--bulk-data-threshold", "1k"]) == 0
    assert main(["to-dcm", str(pb_dir), "-o", str(dcm_dir), "--jobs", "1"]) == 0
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert [p.name for p in written] == ["JPEG-lossy.dcm", "JPEG-lossy.pb", "JPEG-lossy.pb.1.bin"]
    assert {p.stat().st_mode & 0o777 for p in written} == {0o644}
    assert (dcm_dir / "JPEG-lossy.dcm").read_bytes() == source.read_bytes()
