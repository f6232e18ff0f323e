"""The package users install stays under 30 MB: the wheel built from this checkout,
installed into a fresh venv, measured with and without bytecode (.ci/installed_size.py,
the same measurement CI prints)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / ".ci" / "installed_size.py"


def _size_module():
    spec = importlib.util.spec_from_file_location("installed_size", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_tree_bytes_counts_every_file_and_folder(tmp_path: Path) -> None:
    size = _size_module()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one").write_bytes(b"x" * 1000)
    (tmp_path / "two").write_bytes(b"y" * 24)
    expected = int(
        subprocess.run(
            ["du", "-sb", tmp_path], capture_output=True, text=True, check=True
        ).stdout.split()[0]
    )
    assert size.tree_bytes(tmp_path) == expected >= 1024


@pytest.mark.slow
def test_the_installed_wheel_is_under_30_mb(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp_path, REPO],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("dicomproto-*.whl")
    size = _size_module()
    installed = size.measure(wheel)
    # the whole generated schema is in it (its largest descriptor and stub included)
    assert installed.source_bytes > 10_000_000
    assert installed.source_bytes < installed.with_bytecode_bytes
    assert size.report(installed) == 0, installed
    assert size.report(installed, limit=installed.with_bytecode_bytes - 1) == 1


def test_a_missing_wheel_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, SCRIPT, tmp_path / "none.whl"], capture_output=True, text=True
    )
    assert result.returncode == 2 and result.stderr == f"{tmp_path / 'none.whl'}: no such wheel\n"
