"""Object storage through a real S3 API on loopback (moto in server mode, reached with
s3fs): sources on S3, outputs and manifest on S3, with both engines."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import BIN, corpus_folder, free_port, kill_session, run, stream_sources

from dicomproto.batch import manifest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def s3_env() -> Iterator[dict[str, str]]:
    """A moto S3 server on a free loopback port; the environment that points s3fs
    (botocore's AWS_ENDPOINT_URL) at it, for this process and the commands started."""
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
    }
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "moto server did not start"
                time.sleep(0.1)
        yield {**os.environ}
    finally:
        kill_session(server)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def bucket(s3_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """A bucket holding 24 corpus files under in/; the same files locally."""
    import s3fs

    local = corpus_folder(tmp_path_factory.mktemp("s3corpus"), limit=24)
    fs = s3fs.S3FileSystem()
    fs.mkdir("archive")
    for path in sorted(p for p in local.rglob("*") if p.is_file()):
        fs.pipe_file(f"archive/in/{path.relative_to(local).as_posix()}", path.read_bytes())
    return "s3://archive", local


def _s3():  # type: ignore[no-untyped-def]
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    return s3fs.S3FileSystem()


def test_local_engine_s3_to_s3_equals_local_run(
    s3_env: dict[str, str], bucket: tuple[str, Path], tmp_path: Path
):
    url, local = bucket
    done = run("convert", f"{url}/in", "-o", f"{url}/pb", "-j", "2", "--manifest", env=s3_env)
    reference = run("convert", str(local), "-o", str(tmp_path / "pb"), "-j", "2")
    assert done.returncode == reference.returncode, done.stderr
    assert done.stdout == reference.stdout
    fs = _s3()
    written = {p.removeprefix("archive/pb/"): fs.cat_file(p) for p in fs.find("archive/pb")}
    expected = {
        p.relative_to(tmp_path / "pb").as_posix(): p.read_bytes()
        for p in (tmp_path / "pb").rglob("*.pb")
    }
    assert written.pop(manifest.MANIFEST_NAME)
    assert written == expected  # the same files, byte for byte
    rows = manifest.read(f"{url}/pb/{manifest.MANIFEST_NAME}")
    assert len(rows) == 24 and all(r.source.startswith("s3://archive/in/") for r in rows)
    assert {r.shard for r in rows if r.status == manifest.OK} == set(expected)


def test_dask_engine_shards_and_manifest_on_s3(s3_env: dict[str, str], bucket: tuple[str, Path]):
    url, _ = bucket
    done = run(
        "convert",
        f"{url}/in",
        "-o",
        f"{url}/shards",
        "--stream",
        "--shard-size",
        "6",
        "--engine",
        "dask",
        "--workers",
        "2",
        env=s3_env,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    fs = _s3()
    names = sorted(p.rpartition("/")[2] for p in fs.find("archive/shards"))
    assert names == [manifest.MANIFEST_NAME, *(f"part-{i:05d}.pbs" for i in range(4))]
    contents: Counter[str] = Counter()
    for name in names[1:]:
        contents.update(stream_sources(fs.cat_file(f"archive/shards/{name}")))
    import duckdb

    with fs.open(f"archive/shards/{manifest.MANIFEST_NAME}", "rb") as handle:
        manifest_table = __import__("pyarrow.parquet").parquet.read_table(handle)
    ok = duckdb.sql("select relative from manifest_table where status = 'ok'").fetchall()
    assert sorted(contents) == sorted(r for (r,) in ok)  # each converted input once
    assert max(contents.values()) == 1
    assert manifest_table.num_rows == 24


def test_unusable_bucket_is_one_early_error(s3_env: dict[str, str], bucket: tuple[str, Path]):
    url, _ = bucket
    done = run("convert", f"{url}/in", "-o", "s3://no-such-bucket/out", "-j", "2", env=s3_env)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dicomproto: error: s3://no-such-bucket/out: ")
    assert done.stdout == ""
