"""Argument types and options shared by the subcommands."""

from __future__ import annotations

import argparse
import os
import re

# K, M, G (and KiB, MiB, GiB) are powers of 1024; kB, MB, GB (a unit with B and no i)
# powers of 1000.
_SIZE = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*([kmgt]?)(i?)(b?)\s*$", re.IGNORECASE)
_POWERS = {"": 0, "k": 1, "m": 2, "g": 3, "t": 4}


def count(text: str) -> int:
    """A whole number of at least 1 (`--jobs`, `--workers`, `--shard-size`)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


count.__name__ = "number"


def size(text: str) -> int:
    """A size in bytes: 4096, 1.5M, 1MiB, 64k, 2GB (K/M/G/KiB/MiB/GiB = 1024^n,
    kB/MB/GB = 1000^n)."""
    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(
            f"not a size: {text!r} (examples: 4096, 64k, 1M, 1MiB, 2GB)"
        )
    number, unit, binary, byte = match.groups()
    power = _POWERS[unit.lower()]
    base = 1000 if unit and byte and not binary else 1024
    if binary and not unit:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    value = int(float(number) * base**power)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 byte, not {text!r}")
    return value


size.__name__ = "size"


def add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        "-j",
        type=count,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes of the local engine (default: CPU count)",
    )
