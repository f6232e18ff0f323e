"""`dicomproto convert --format parquet|tfrecord` as users run it: whole processes, the
local engine and the Dask engine (a real `dask scheduler` and two `dask worker`
processes on loopback), the manifest naming the file and the row or record of every
converted input, and `--format-option` checked before anything is written."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from batch_helpers import TEST_FILES, corpus_folder, run, temporary_files
from test_batch_dask import Cluster, cluster

from dicomproto.batch import manifest
from dicomproto.converters import ConversionError, message_from_dicom
from dicomproto.exports.parquet import read_parquet
from dicomproto.exports.tfrecord import TfRecordOptions, example_of, read_tfrecord

pytestmark = pytest.mark.slow

INPUTS = 60  # corpus files: CT, MR, RT, SR, compressed pixel data, broken files
SHARD = ["--shard-size", "8"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_folder(tmp_path_factory.mktemp("corpus"), limit=INPUTS)


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with cluster(2, tmp_path_factory.mktemp("cluster")) as started:
        yield started


def _summary(stdout: str) -> str:
    return stdout.strip().splitlines()[-1]


def _converted(corpus: Path, relative: str) -> object:
    """The message of an input as the runner makes it (source path set)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = corpus / relative
        message = message_from_dicom(path.read_bytes(), str(path))
    message.file_meta.source_path = relative  # type: ignore[attr-defined]
    return message


def _key(row: manifest.Row) -> tuple:
    return (row.relative, row.message, row.shard, row.record, row.status, row.error, row.task)


def _convert_both(fmt: str, corpus: Path, tmp_path: Path, address: str) -> tuple[Path, Path]:
    """The corpus converted by the local pool and by the cluster; the two folders,
    after checking that both runs report and record the same."""
    local, remote = tmp_path / "local", tmp_path / "dask"
    args = ["--format", fmt, *SHARD]
    done_local = run("convert", str(corpus), "-o", str(local), *args, "-j", "2", "--manifest")
    done_dask = run(  # relative paths: the workers run in folders of their own
        "convert",
        os.path.relpath(corpus, tmp_path),
        "-o",
        "dask",
        *args,
        "--engine",
        "dask",
        "--scheduler",
        address,
        cwd=tmp_path,
        timeout=300,
    )
    assert "Traceback" not in done_local.stderr + done_dask.stderr
    assert done_local.returncode == done_dask.returncode == 1  # the corpus has broken files
    assert _summary(done_local.stdout) == _summary(done_dask.stdout)
    local_rows = manifest.read(str(local / manifest.MANIFEST_NAME))
    dask_rows = manifest.read(str(remote / manifest.MANIFEST_NAME))
    assert len(local_rows) == len(dask_rows) == INPUTS
    assert sorted(map(_key, local_rows)) == sorted(map(_key, dask_rows))
    assert {r.worker for r in dask_rows} == {"w0", "w1"}
    for folder in (local, remote):
        assert temporary_files(folder) == []
        assert not (folder / manifest.PARTS_FOLDER).exists()
    return local, remote


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != manifest.MANIFEST_NAME
    }


def test_parquet_local_and_dask(dask_cluster: Cluster, corpus: Path, tmp_path: Path) -> None:
    local, remote = _convert_both("parquet", corpus, tmp_path, dask_cluster.address)
    assert _files(local).keys() == _files(remote).keys()
    for name, data in _files(local).items():  # the same tables, the same pixel files
        other = remote / name
        if name.endswith(".parquet"):
            assert pq.read_table(local / name).equals(pq.read_table(other)), name
        else:
            assert data == other.read_bytes(), name
    rows = manifest.read(str(remote / manifest.MANIFEST_NAME))
    ok = [r for r in rows if r.status == manifest.OK]
    assert len(ok) >= INPUTS * 3 // 4
    tables: dict[str, list[tuple[str, object]]] = {}
    for row in ok:  # the row the manifest names holds that input, equal to its message
        assert row.shard and row.shard.endswith(".parquet") and row.record is not None, row
        assert row.shard.split("/")[0] == row.message.rpartition(".")[2], row
        if row.shard not in tables:
            tables[row.shard] = list(read_parquet(remote / row.shard))
        source, message = tables[row.shard][row.record]
        assert source == row.relative
        assert message == _converted(corpus, row.relative), row.relative
    assert sum(len(t) for t in tables.values()) == len(ok)  # no row without its input
    failed = [r for r in rows if r.status == manifest.FAILED]
    assert failed and all(r.shard is None and r.record is None and r.error for r in failed)


def test_tfrecord_local_and_dask(dask_cluster: Cluster, corpus: Path, tmp_path: Path) -> None:
    local, remote = _convert_both("tfrecord", corpus, tmp_path, dask_cluster.address)
    files = _files(local)
    assert files.keys() == _files(remote).keys()
    assert all(name.endswith(".tfrecord") for name in files)
    for name in files:  # record for record, the same Examples
        assert list(read_tfrecord(local / name)) == list(read_tfrecord(remote / name)), name
    rows = manifest.read(str(remote / manifest.MANIFEST_NAME))
    ok = [r for r in rows if r.status == manifest.OK]
    assert len(ok) >= INPUTS // 2
    records = {name: list(read_tfrecord(remote / name)) for name in files}
    for row in ok:  # the record the manifest names is that input's Example
        assert row.shard in records and row.record is not None, row
        example = records[row.shard][row.record]
        assert example == example_of(
            row.relative, _converted(corpus, row.relative), TfRecordOptions()
        ), row.relative
    assert sum(len(r) for r in records.values()) == len(ok)
    undecodable = [r for r in rows if r.status == manifest.FAILED and "cannot decode" in r.error]
    for row in undecodable:  # pixel data pydicom cannot decode here: that input only
        assert "(7FE0,0010) PixelData: cannot decode" in row.error and row.shard is None
        with pytest.raises(ConversionError):
            example_of(row.relative, _converted(corpus, row.relative), TfRecordOptions())


def test_format_options_reach_the_writers(tmp_path: Path) -> None:
    out = tmp_path / "tf"
    done = run(
        "convert",
        str(TEST_FILES / "CT_small.dcm"),
        str(TEST_FILES / "MR_small.dcm"),
        "-o",
        str(out),
        "--format",
        "tfrecord",
        "--format-option",
        "pixels=none",
        "--format-option",
        "keywords=KVP,Rows",
    )
    assert done.returncode == 0, done.stderr
    keys = [set(e.features.feature) for p in out.glob("*.tfrecord") for e in read_tfrecord(p)]
    assert len(keys) == 2 and all(k <= {"source", "message_type", "KVP", "Rows"} for k in keys)
    assert any("KVP" in k for k in keys) and all("Rows" in k for k in keys)

    out = tmp_path / "pq"
    done = run(
        "convert",
        str(TEST_FILES / "CT_small.dcm"),
        "-o",
        str(out),
        "--format",
        "parquet",
        "--format-option",
        "compression=none",
        "--format-option",
        "max_depth=1",
    )
    assert done.returncode == 0, done.stderr
    [table] = list(out.glob("CtImageIod/*.parquet"))
    meta = pq.ParquetFile(table).metadata
    assert meta.row_group(0).column(0).compression == "UNCOMPRESSED"
    assert pq.ParquetFile(table).schema_arrow.metadata[b"dicomproto.max_depth"] == b"1"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--format", "parquet", "--format-option", "colour=red"],
            "unknown parquet option 'colour'",
        ),
        (
            ["--format", "parquet", "--format-option", "max_depth=deep"],
            "parquet option max_depth: not an integer: 'deep'",
        ),
        (
            ["--format", "parquet", "--format-option", "row_group_size=0"],
            "parquet option row_group_size: at least 1, not 0",
        ),
        (
            ["--format", "parquet", "--format-option", "compression=zip"],
            "parquet option compression: no codec 'zip'",
        ),
        (
            ["--format", "tfrecord", "--format-option", "pixels=jpeg"],
            "tfrecord option pixels: one of decoded, encapsulated, none, not 'jpeg'",
        ),
        (
            ["--format", "tfrecord", "--format-option", "keywords=KVP,SliceThicknes"],
            "tfrecord option keywords: unknown keyword 'SliceThicknes'",
        ),
        (["--format-option", "pixels=none"], "--format-option pixels: the pb format takes no"),
        (["--format", "tfrecord", "--format-option", "pixels"], "not KEY=VALUE: 'pixels'"),
        (
            [
                "--format",
                "tfrecord",
                "--format-option",
                "pixels=none",
                "--format-option",
                "pixels=none",
            ],
            "--format-option pixels given twice",
        ),
    ],
)
def test_bad_format_options_are_one_line_usage_errors(
    tmp_path: Path, options: list[str], message: str
) -> None:
    out = tmp_path / "out"
    done = run("convert", str(TEST_FILES / "CT_small.dcm"), "-o", str(out), *options)
    assert done.returncode == 2
    assert message in done.stderr.strip().splitlines()[-1], done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
