"""What the wheel takes once installed: install it into a fresh venv (without its
dependencies), measure the dicomproto package tree as `du -sb` does (every file and
folder, apparent size), compile its bytecode as pip does by default, and measure again.

    python .ci/installed_size.py WHEEL [--limit BYTES]

Prints one line per figure; exits 1 when either is over the limit (30 MB by default:
30,000,000 bytes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import venv
from dataclasses import dataclass
from pathlib import Path

LIMIT = 30_000_000  # bytes: the installed package, with its bytecode


@dataclass(frozen=True)
class Installed:
    """The installed dicomproto tree's size, before and after bytecode compilation."""

    source_bytes: int
    with_bytecode_bytes: int


def tree_bytes(root: Path) -> int:
    """The apparent size of a tree, folders included (what `du -sb` prints)."""
    total = root.lstat().st_size
    for folder, folders, files in os.walk(root):
        for name in folders + files:
            total += (Path(folder) / name).lstat().st_size
    return total


def measure(wheel: Path) -> Installed:
    """Install `wheel` into a fresh venv and measure the installed package."""
    with tempfile.TemporaryDirectory(prefix="dicomproto-size-") as temporary:
        environment = Path(temporary) / "venv"
        venv.create(environment, with_pip=True)
        python = environment / "bin" / "python"
        subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile", wheel],
            check=True,
        )
        site = subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        package = Path(site) / "dicomproto"
        source = tree_bytes(package)
        subprocess.run([python, "-m", "compileall", "-q", package], check=True)
        return Installed(source, tree_bytes(package))


def report(size: Installed, limit: int = LIMIT) -> int:
    """Print both figures; 1 when the installed tree with bytecode is over `limit`."""
    print(f"installed: {size.source_bytes:,} bytes ({size.source_bytes / 1e6:.1f} MB)")
    print(
        f"installed with bytecode: {size.with_bytecode_bytes:,} bytes "
        f"({size.with_bytecode_bytes / 1e6:.1f} MB)"
    )
    if size.with_bytecode_bytes > limit:
        print(f"over the limit of {limit:,} bytes", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path)
    parser.add_argument("--limit", type=int, default=LIMIT, help="bytes (default 30 MB)")
    options = parser.parse_args(argv)
    if not options.wheel.is_file():
        print(f"{options.wheel}: no such wheel", file=sys.stderr)
        return 2
    return report(measure(options.wheel), options.limit)


if __name__ == "__main__":
    sys.exit(main())
