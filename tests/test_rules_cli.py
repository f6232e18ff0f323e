"""`dicomproto validate` and `dicomproto deidentify` at batch scale, as real processes:
jobs, one line per failure, the summary, exit status 0/1/2, a progress bar only on a
terminal, and real signals (INT, TERM; to the command or its whole process group)
that end the run quickly with 128 + the signal's number, leaving no process, no
temporary file and no partial output behind."""

from __future__ import annotations

import fcntl
import os
import pty
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from batch_helpers import session_processes
from converter_helpers import corpus_paths
from rules_helpers import FULL, rules_for

from dicomproto.converters import read_dicom

BIN = Path(sys.executable).parent
FILES = {p.name: p for p in corpus_paths()}
GOOD = ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "liver_1frame.dcm", "image_dfl.dcm")
EXIT_BOUND = 8.0  # seconds from the signal to the exit, on a loaded 2-core machine


def command(*args: str) -> list[str]:
    return [str(BIN / "dicomproto"), *args]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=300)


def temporary_files(root: Path) -> list[Path]:
    return [p for p in root.rglob(".*") if p.is_file()] if root.exists() else []


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five good files in two folders, a truncated one and one that is not DICOM."""
    root = tmp_path_factory.mktemp("mixed")
    for index, name in enumerate(GOOD):
        target = root / ("a" if index % 2 else "b") / name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(FILES[name], target)
    shutil.copyfile(FILES["MR_truncated.dcm"], root / "b" / "MR_truncated.dcm")
    (root / "notes.txt").write_text("not DICOM\n")
    return root


def corpus_links(root: Path, copies: int) -> Path:
    """The corpus's .dcm files `copies` times over (c0/, c1/, ...), as links."""
    for copy in range(copies):
        for path in corpus_paths():
            if path.suffix.lower() != ".dcm" or "DICOMDIR" in path.name:
                continue
            link = root / f"c{copy}" / f"{path.parent.name}-{path.name}"
            link.parent.mkdir(parents=True, exist_ok=True)
            if not link.exists():
                link.symlink_to(path)
    return root


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 1,300 real DICOM files: the corpus six times over."""
    return corpus_links(tmp_path_factory.mktemp("batch"), 6)


class TestOneLinePerFailure:
    def test_deidentify(self, mixed: Path, tmp_path: Path) -> None:
        out = tmp_path / "out"
        done = run("deidentify", str(mixed), "-o", str(out), "-j", "2")
        assert done.returncode == 1, done.stderr
        errors = [line for line in done.stderr.splitlines() if line.startswith("dicomproto:")]
        assert len(errors) == 2, done.stderr
        assert any("MR_truncated.dcm: (7FE0,0010) PixelData" in line for line in errors)
        assert any("notes.txt" in line and "--skip-non-dicom" in line for line in errors)
        assert "Traceback" not in done.stderr
        assert done.stdout.strip().splitlines()[-1] == "de-identified 5, failed 2"
        written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
        expected = [f"{'a' if i % 2 else 'b'}/{n}" for i, n in enumerate(GOOD)]
        assert written == sorted(expected)  # mirrored; nothing for the failures
        for path in out.rglob("*.dcm"):
            assert read_dicom(path).PatientIdentityRemoved == "YES"
        assert temporary_files(out) == []
        converted = run("convert", str(mixed), "-o", str(tmp_path / "pb"), "-j", "2")
        assert converted.returncode == done.returncode  # the same failures, in the same words
        assert sorted(errors) == sorted(
            line for line in converted.stderr.splitlines() if line.startswith("dicomproto:")
        )

    def test_deidentify_clean_run_is_0_and_usage_errors_are_2(
        self, mixed: Path, tmp_path: Path
    ) -> None:
        good = mixed / "b" / "CT_small.dcm"
        assert run("deidentify", str(good), "-o", str(tmp_path / "x.dcm")).returncode == 0
        assert (tmp_path / "x.dcm").is_file()
        for args in (
            ["deidentify", str(good)],  # no -o
            ["deidentify", str(good), "-o", str(tmp_path / "y"), "--option", "retain-all"],
            ["deidentify", str(good), "-o", str(tmp_path / "y"), "-j", "0"],
            ["validate", str(good), "--level", "loud"],
        ):
            done = run(*args)
            assert done.returncode == 2, (args, done.stderr)
            assert "Traceback" not in done.stderr
        assert not (tmp_path / "y").exists()

    def test_skip_non_dicom(self, mixed: Path, tmp_path: Path) -> None:
        """As in convert: inputs that are not DICOM by content are skipped and counted."""
        out = tmp_path / "out"
        done = run("deidentify", str(mixed), "-o", str(out), "--skip-non-dicom")
        assert done.returncode == 1  # the truncated file still fails
        assert done.stdout.strip().splitlines()[-1] == (
            "de-identified 5, failed 1, skipped 1 (not DICOM)"
        )
        assert "notes.txt" not in done.stderr
        checked = run("validate", str(mixed), "--skip-non-dicom", "--level", "error")
        assert checked.stdout.strip().endswith(", 0 unreadable, skipped 1 (not DICOM)")
        assert "notes.txt" not in checked.stderr

    def test_validate(self, mixed: Path, tmp_path: Path) -> None:
        """The file that is not DICOM cannot be read; the truncated one is read, and the
        value it ends inside is an error finding."""
        done = run("validate", str(mixed), "-j", "2", "--level", "error")
        assert done.returncode == 1
        errors = [line for line in done.stderr.splitlines() if line.startswith("dicomproto:")]
        assert len(errors) == 1 and "notes.txt: not a DICOM file" in errors[0], done.stderr
        truncated = f"{mixed / 'b' / 'MR_truncated.dcm'}: error: PixelData(7FE0,0010): value"
        assert truncated + " truncated: 8130 of 8192 bytes (the file ends early)" in done.stdout
        summary = done.stdout.strip().splitlines()[-1]
        assert summary.startswith("validated 6: ") and summary.endswith(", 1 unreadable")
        full = rules_for(FULL, tmp_path)  # CT_small.dcm is valid by PS3.3 2024c
        ok = run("validate", str(mixed / "b" / "CT_small.dcm"), "--rules", full.source)
        assert ok.returncode == 0 and "validated 1: 0 errors in 0 files" in ok.stdout


def test_progress_bar_only_on_a_terminal(mixed: Path, tmp_path: Path) -> None:
    """tqdm's bar on stderr when it is a terminal; none when it is a pipe."""
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        command("deidentify", str(mixed), "-o", str(tmp_path / "tty"), "-j", "1"),
        stdout=subprocess.PIPE,
        stderr=secondary,
    )
    os.close(secondary)
    seen = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the other end closed: the process is done
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=60)
    os.close(primary)
    assert b"file/s" in seen or b"s/file" in seen, seen[-400:]
    piped = run("deidentify", str(mixed), "-o", str(tmp_path / "pipe"), "-j", "1")
    assert "file/s" not in piped.stderr and "s/file" not in piped.stderr


def _interrupt(args: list[str], out: Path | None, signum: int, to_group: bool):
    process = subprocess.Popen(
        command(*args),
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        if out is None:  # validate: its first finding is printed
            assert process.stdout is not None
            process.stdout.readline()
        deadline = time.monotonic() + 60
        while out is not None and time.monotonic() < deadline and process.poll() is None:
            if out.exists() and any(out.rglob("*.dcm")):
                break
            time.sleep(0.05)
        time.sleep(0.5)  # well inside the run (the workers are busy)
        assert process.poll() is None, "the run ended before it could be interrupted"
        sent = time.monotonic()
        (os.killpg if to_group else os.kill)(process.pid, signum)
        _, err = process.communicate(timeout=30)
        elapsed = time.monotonic() - sent
        time.sleep(0.2)
        assert session_processes(process.pid) == [], "processes left behind"
        return process.returncode, elapsed, err
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


CASES = [
    ("deidentify", signal.SIGINT, True, 2),
    ("deidentify", signal.SIGTERM, False, 2),
    ("deidentify", signal.SIGTERM, True, 1),
    ("deidentify", signal.SIGINT, False, 1),
    ("validate", signal.SIGTERM, False, 2),
    ("validate", signal.SIGINT, True, 2),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "signum", "to_group", "jobs"),
    CASES,
    ids=[f"{n}-{s.name}-{'group' if g else 'main'}-j{j}" for n, s, g, j in CASES],
)
def test_a_signal_ends_the_run_cleanly(
    batch: Path, tmp_path: Path, name: str, signum: int, to_group: bool, jobs: int
) -> None:
    out = tmp_path / "out"
    args = [name, str(batch), "-j", str(jobs)]
    if name == "deidentify":
        args += ["-o", str(out)]
    code, elapsed, err = _interrupt(args, out if name == "deidentify" else None, signum, to_group)
    assert code == 128 + signum, err[-2000:]
    assert elapsed < EXIT_BOUND, f"took {elapsed:.1f} s to stop"
    assert err.rstrip().endswith("dicomproto: interrupted"), err[-2000:]
    assert "Traceback" not in err
    assert temporary_files(out) == []
    written = list(out.rglob("*.dcm")) if out.exists() else []
    if name == "deidentify":
        assert written  # it was stopped in the middle, not before or after
        total = sum(1 for p in batch.rglob("*.dcm"))
        assert len(written) < total
    for path in written:  # every published output is whole
        assert read_dicom(path).PatientIdentityRemoved == "YES"


@pytest.mark.slow
def test_a_killed_worker_is_replaced(tmp_path: Path) -> None:
    """SIGKILL to one worker process (not a stop of the run): its input is retried on a
    new worker, and every input ends with an output or its own failure line."""
    out = tmp_path / "out"
    two = corpus_links(tmp_path / "in", 2)
    sources = [p.relative_to(two).as_posix() for p in two.rglob("*.dcm")]
    process = subprocess.Popen(
        command("deidentify", str(two), "-o", str(out), "-j", "2"),
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.exists() and any(out.rglob("*.dcm"))):
            time.sleep(0.05)
        workers = [pid for pid in session_processes(process.pid) if int(pid) != process.pid]
        assert workers, "no worker process to kill"
        os.kill(int(workers[0]), signal.SIGKILL)
        stdout, stderr = process.communicate(timeout=240)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert "Traceback" not in stderr and "died" not in stderr, stderr[-2000:]
    failures = [line for line in stderr.splitlines() if line.startswith("dicomproto: error:")]
    written = {p.relative_to(out).as_posix() for p in out.rglob("*.dcm")}
    failed = {line.split(": ")[2].removeprefix(f"{two}/") for line in failures}
    assert written | failed == set(sources) and not written & failed  # each input once
    assert len(failures) == len(failed)
    assert stdout.strip().splitlines()[-1] == (
        f"de-identified {len(written)}, failed {len(failed)}"
    )
    assert temporary_files(out) == []
