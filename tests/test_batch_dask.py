"""The Dask engine against real processes on loopback: a `dask scheduler` and two
`dask worker` processes converting the corpus (equal, record for record, to the local
engine), a worker killed in the middle of a run, an interrupted client resumed, and the
embedded cluster stopped by signals."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import (
    BIN,
    command,
    corpus_folder,
    free_port,
    kill_session,
    run,
    shard_contents,
    temporary_files,
    wait_for,
    wait_session_empty,
)

from dicomproto.batch import manifest

pytestmark = pytest.mark.slow


class Cluster:
    """A scheduler and worker processes, each in its own session (killable as a whole)."""

    def __init__(self, workers: int, cwd: Path):
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.cwd = cwd
        self.scheduler = self._start(
            "scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard"
        )
        self.workers = [self.start_worker(f"w{i}") for i in range(workers)]
        self.wait_workers(workers)

    def _start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [str(BIN / "dask"), *args],
            cwd=self.cwd,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start_worker(self, name: str) -> subprocess.Popen:
        return self._start(
            "worker",
            self.address,
            "--name",
            name,
            "--nthreads",
            "1",
            "--no-dashboard",
            "--host",
            "127.0.0.1",
            "--local-directory",
            str(self.cwd / name),
        )

    def wait_workers(self, count: int) -> None:
        from distributed import Client

        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(self.address, timeout="5s") as client:
                    client.wait_for_workers(count, timeout=30)
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def stop(self) -> None:
        for process in [*self.workers, self.scheduler]:
            kill_session(process, signal.SIGTERM)


@contextlib.contextmanager
def cluster(workers: int, cwd: Path) -> Iterator[Cluster]:
    started = Cluster(workers, cwd)
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="module")
def shared_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with cluster(2, tmp_path_factory.mktemp("cluster")) as started:
        yield started


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_folder(tmp_path_factory.mktemp("corpus"))


def _rows(location: Path) -> list[manifest.Row]:
    return manifest.read(str(location))


def _without_worker(rows: list[manifest.Row]) -> list[tuple]:
    return sorted(
        (
            r.source,
            r.relative,
            r.size,
            r.sha256,
            r.sop_class_uid,
            r.message,
            r.shard,
            r.record,
            r.status,
            r.error,
            r.task,
        )
        for r in rows
    )


def _summary(out: str) -> tuple[int, int]:
    words = out.strip().splitlines()[-1].replace(",", "").split()
    return int(words[1]), int(words[3])


def assert_exactly_once(out: Path, inputs: int) -> list[manifest.Row]:
    """Every input has one manifest row; every converted one is in exactly one shard
    record (the one its row names), no other record exists."""
    rows = _rows(out / manifest.MANIFEST_NAME)
    assert len(rows) == inputs == len({r.source for r in rows}), (len(rows), inputs)
    ok = {r.relative for r in rows if r.status == manifest.OK}
    contents = shard_contents(out)
    assert {name for name, times in contents.items() if times > 1} == set(), "duplicates"
    assert set(contents) == ok, (set(contents) ^ ok, sorted(p.name for p in out.iterdir()))
    assert not (out / manifest.PARTS_FOLDER).exists()
    assert temporary_files(out) == []
    return rows


def test_two_workers_equal_the_local_engine(shared_cluster: Cluster, corpus: Path, tmp_path: Path):
    total = len(list(p for p in corpus.rglob("*") if p.is_file() or p.is_symlink()))
    local, remote = tmp_path / "local", tmp_path / "dask"
    shards = ["--stream", "--shard-size", "8"]
    done_local = run("convert", str(corpus), "-o", str(local), *shards, "-j", "2", "--manifest")
    done_dask = run(  # relative paths: the workers run in folders of their own
        "convert",
        os.path.relpath(corpus, tmp_path),
        "-o",
        "dask",
        *shards,
        "--engine",
        "dask",
        "--scheduler",
        shared_cluster.address,
        cwd=tmp_path,
    )
    assert done_local.returncode == done_dask.returncode == 1  # the corpus has broken files
    assert _summary(done_local.stdout) == _summary(done_dask.stdout)
    assert f"Dask: 2 worker threads on {shared_cluster.address}" in done_dask.stderr
    names = sorted(p.name for p in local.iterdir())
    assert names == sorted(p.name for p in remote.iterdir())
    for name in names:  # record for record: the same shards, byte for byte
        if name.startswith("part-"):
            assert (local / name).read_bytes() == (remote / name).read_bytes(), name
    local_rows, dask_rows = _rows(local / "_manifest.parquet"), _rows(remote / "_manifest.parquet")
    assert _without_worker(local_rows) == _without_worker(dask_rows)
    assert {r.worker for r in dask_rows} == {"w0", "w1"}
    assert len(dask_rows) == total
    assert_exactly_once(remote, total)

    pb_local, pb_dask = tmp_path / "pb-local", tmp_path / "pb-dask"
    assert run("convert", str(corpus / "bundled"), "-o", str(pb_local), "-j", "2").returncode == 1
    assert (
        run(
            "convert",
            str(corpus / "bundled"),
            "-o",
            str(pb_dask),
            "--engine",
            "dask",
            "--scheduler",
            shared_cluster.address,
            "--no-manifest",
        ).returncode
        == 1
    )
    files_local = sorted(p.relative_to(pb_local) for p in pb_local.rglob("*.pb"))
    assert files_local == sorted(p.relative_to(pb_dask) for p in pb_dask.rglob("*.pb"))
    for relative in files_local:
        assert (pb_local / relative).read_bytes() == (pb_dask / relative).read_bytes()


def _parts(out: Path) -> int:
    folder = out / manifest.PARTS_FOLDER
    return len(list(folder.glob("*.parquet"))) if folder.exists() else 0


def test_a_killed_worker_leaves_every_input_exactly_once(corpus: Path, tmp_path: Path):
    total = len([p for p in corpus.rglob("*") if p.is_file()])
    out = tmp_path / "out"
    with cluster(2, tmp_path) as started:
        client = subprocess.Popen(
            command(
                "convert",
                str(corpus),
                "-o",
                str(out),
                "--stream",
                "--shard-size",
                "4",
                "--engine",
                "dask",
                "--scheduler",
                started.address,
            ),
            start_new_session=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(lambda: _parts(out) >= 3, 120, "three finished shards")
            os.killpg(started.workers[1].pid, signal.SIGKILL)  # the worker and its nanny
            killed_at = _parts(out)
            stdout, stderr = client.communicate(timeout=180)
        finally:
            kill_session(client)
    assert killed_at < total // 4, "the kill came after the run"
    assert client.returncode == 1, stdout + stderr
    converted, failed = _summary(stdout)
    assert converted + failed == total, stdout + stderr
    rows = assert_exactly_once(out, total)
    assert sum(r.status == manifest.OK for r in rows) == converted
    by_worker = {w: sum(r.worker == w for r in rows) for w in ("w0", "w1")}
    print(f"killed w1 after {killed_at} of {total // 4 + 1} shards; rows by worker {by_worker}")
    assert by_worker["w0"] > by_worker["w1"], by_worker  # w0 did the rest


def test_resume_after_an_interrupted_client_does_only_the_rest(
    shared_cluster: Cluster, corpus: Path, tmp_path: Path
):
    total = len([p for p in corpus.rglob("*") if p.is_file()])
    out = tmp_path / "out"
    argv = [
        "convert",
        str(corpus),
        "-o",
        str(out),
        "--stream",
        "--shard-size",
        "4",
        "--engine",
        "dask",
        "--scheduler",
        shared_cluster.address,
    ]
    client = subprocess.Popen(
        command(*argv),
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: _parts(out) >= 3, 120, "three finished shards")
        client.send_signal(signal.SIGINT)
        _, stderr = client.communicate(timeout=30)
    finally:
        kill_session(client)
    assert client.returncode == 130, stderr
    assert not (out / manifest.MANIFEST_NAME).exists()  # written at the end only
    finished = [r for part in manifest.read_parts(str(out)).values() for r in part]
    done = sum(r.status != manifest.FAILED for r in finished)
    assert 0 < done < total

    resumed = run(*argv, "--resume")
    assert f"resuming: {done} of {total} inputs already done" in resumed.stderr
    converted, failed = _summary(resumed.stdout)
    assert converted + failed == total - done  # only the rest
    rows = assert_exactly_once(out, total)
    assert sum(r.status == manifest.FAILED for r in rows) == failed


@pytest.mark.parametrize(
    ("signum", "to_group"),
    [(signal.SIGINT, True), (signal.SIGTERM, False)],
    ids=["INT-group", "TERM-main"],
)
def test_embedded_cluster_stops_on_signals(
    corpus: Path, tmp_path: Path, signum: int, to_group: bool
):
    out = tmp_path / "out"
    client = subprocess.Popen(
        command(
            "convert",
            str(corpus),
            "-o",
            str(out),
            "--stream",
            "--shard-size",
            "2",
            "--engine",
            "dask",
            "--workers",
            "2",
        ),
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: _parts(out) >= 2 or client.poll() is not None, 120, "two shards")
        assert client.poll() is None, "the run ended before it could be interrupted"
        sent = time.monotonic()
        (os.killpg if to_group else os.kill)(client.pid, signum)
        _, stderr = client.communicate(timeout=30)
        elapsed = time.monotonic() - sent
        orphans = wait_session_empty(client.pid)
    finally:
        kill_session(client)
    print(f"stopped in {elapsed:.2f} s")
    assert client.returncode == 128 + signum, stderr
    assert elapsed < 8.0, f"took {elapsed:.1f} s to stop"
    assert orphans == [], f"processes left behind: {orphans}"
    assert temporary_files(out) == []
    assert "Traceback" not in stderr, stderr
    assert stderr.rstrip().endswith("dicomproto: interrupted"), stderr
    assert sum(shard_contents(out).values()) > 0  # what was published is whole
