"""Real signals (INT, TERM; to the main process and to the whole process group) on real
batches: the run ends within seconds with 128 + the signal's number, leaves no process
and no temporary file behind, and what it published is whole."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from batch_helpers import (
    command,
    corpus_folder,
    kill_session,
    stream_sources,
    temporary_files,
    wait_for,
    wait_session_empty,
)

# Seconds from the signal to the exit of the command; the runner's own bound is about
# two (workers get STOP_SECONDS to abort); a loaded 2-core machine needs the margin.
EXIT_BOUND = 8.0


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 1,500 real DICOM files (the corpus six times over, as links)."""
    return corpus_folder(tmp_path_factory.mktemp("batch"), copies=6)


def _started(out: Path) -> bool:
    return out.exists() and any(p.is_file() for p in out.rglob("*"))


def interrupt(argv: list[str], out: Path, signum: int, to_group: bool) -> tuple[int, float, str]:
    """Start the command, signal it once it has written something; (exit status,
    seconds from the signal to the exit, stderr)."""
    process = subprocess.Popen(
        command(*argv),
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: _started(out) or process.poll() is not None, 60, "first output")
        assert process.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.2)
        sent = time.monotonic()
        (os.killpg if to_group else os.kill)(process.pid, signum)
        _, err = process.communicate(timeout=30)
        elapsed = time.monotonic() - sent
        orphans = wait_session_empty(process.pid)
        assert not orphans, f"processes left behind: {orphans}"
        return process.returncode, elapsed, err
    finally:
        kill_session(process)


CASES = [
    # (signal, to the group?, jobs, output)
    (signal.SIGINT, True, 2, "pb"),
    (signal.SIGINT, False, 1, "pb"),
    (signal.SIGTERM, False, 2, "pb"),
    (signal.SIGTERM, False, 1, "pb"),
    (signal.SIGTERM, True, 2, "shards"),
    (signal.SIGINT, False, 2, "shards"),
    (signal.SIGTERM, True, 1, "stream"),
    (signal.SIGINT, True, 2, "stream"),
]


@pytest.mark.parametrize(
    ("signum", "to_group", "jobs", "output"),
    CASES,
    ids=[f"{s.name}-{'group' if g else 'main'}-j{j}-{o}" for s, g, j, o in CASES],
)
def test_signal_ends_the_run_cleanly(
    batch: Path, tmp_path: Path, signum: int, to_group: bool, jobs: int, output: str
) -> None:
    out = tmp_path / "out"
    argv = ["convert", str(batch), "--jobs", str(jobs), "-o"]
    if output == "pb":
        argv += [str(out)]
    elif output == "shards":
        argv += [str(out), "--stream", "--shard-size", "50", "--manifest"]
    else:
        out.mkdir()
        argv += [str(out / "all.pbs"), "--stream"]
    code, elapsed, err = interrupt(argv, out, signum, to_group)
    print(f"stopped in {elapsed:.2f} s")
    assert code == 128 + signum, err
    assert elapsed < EXIT_BOUND, f"took {elapsed:.1f} s to stop"
    assert err.rstrip().endswith("dicomproto: interrupted"), err
    assert "Traceback" not in err, err
    assert temporary_files(out) == []
    if output == "pb":
        from dicomproto.converters import read_message

        for written in out.rglob("*.pb"):  # every published file is whole
            read_message(written)
    elif output == "shards":
        for shard in out.glob("part-*.pbs"):
            assert stream_sources(shard.read_bytes())
    else:
        assert not (out / "all.pbs").exists()  # one stream: nothing, never a part of it


@pytest.mark.slow
def test_a_killed_local_worker_is_replaced_and_every_input_is_once(batch: Path, tmp_path: Path):
    """SIGKILL to one worker process of the local pool (not a stop of the run): its task
    is retried on a new worker; every input ends in the outputs exactly once."""
    from batch_helpers import shard_contents

    from dicomproto.batch import manifest

    out = tmp_path / "out"
    argv = [
        "convert",
        str(batch),
        "-o",
        str(out),
        "-j",
        "2",
        "--stream",
        "--shard-size",
        "40",
        "--manifest",
    ]
    process = subprocess.Popen(
        command(*argv),
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: _started(out), 60, "first output")
        children = [
            int(p.name)
            for p in Path("/proc").iterdir()
            if p.name.isdigit() and _parent_of(p) == process.pid
        ]
        assert len(children) == 2
        os.kill(children[0], signal.SIGKILL)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        kill_session(process)
    assert process.returncode == 1, stderr  # the corpus has broken files; nothing else failed
    assert "not converted" not in stderr and "Traceback" not in stderr
    rows = manifest.read(str(out / "_manifest.parquet"))
    contents = shard_contents(out)
    assert max(contents.values()) == 1
    assert set(contents) == {r.relative for r in rows if r.status == "ok"}
    assert (
        len(rows)
        == len({r.source for r in rows})
        == int(stdout.split()[1].rstrip(",")) + int(stdout.split()[3])
    )


def _parent_of(proc: Path) -> int:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return -1
