"""Inputs found on disk and the outputs they map to."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

DICOM_SUFFIXES = (".dcm", ".dicom", ".dic")
BULK_DATA_NAME = re.compile(r"\.pb\.\d+\.bin$")


def collect_inputs(
    sources: list[str], exclude: Path | None, skip_bulk: bool = False
) -> tuple[list[tuple[Path, Path]], list[str]]:
    """(file, path relative to the folder given) for every input; errors for missing ones.
    Folders are walked recursively, skipping hidden names (and with `skip_bulk` the
    bulk data files beside .pb files)."""
    found: list[tuple[Path, Path]] = []
    errors: list[str] = []
    skip = exclude.resolve() if exclude is not None else None
    for source in sources:
        root = Path(source)
        if root.is_file():
            found.append((root, Path(root.name)))
        elif root.is_dir():
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                here = Path(folder)
                if skip is not None and (here.resolve() == skip or skip in here.resolve().parents):
                    dirs[:] = []
                    continue
                for name in sorted(files):
                    if skip_bulk and BULK_DATA_NAME.search(name):
                        continue
                    if not name.startswith("."):
                        found.append((here / name, (here / name).relative_to(root)))
        else:
            errors.append(f"{source}: no such file or folder")
    return found, errors


def output_name(relative: Path, suffixes: tuple[str, ...], new_suffix: str) -> Path:
    """`x.dcm` -> `x.pb` for a known suffix; other names get `new_suffix` appended."""
    if relative.suffix.lower() in suffixes:
        return relative.with_suffix(new_suffix)
    return relative.with_name(relative.name + new_suffix)


def plan_outputs(
    inputs: list[tuple[Path, Path]],
    dest: Path,
    single_suffix: str,
    name: Callable[[Path], Path],
    single_source: bool,
) -> tuple[list[tuple[Path, Path]], list[str]]:
    """(input, output) pairs; inputs whose output would collide are errors."""
    if single_source and len(inputs) == 1 and dest.suffix.lower() == single_suffix:
        return [(inputs[0][0], dest)], []
    pairs: list[tuple[Path, Path]] = []
    errors: list[str] = []
    taken: dict[Path, Path] = {}
    for source, relative in inputs:
        target = dest / name(relative)
        if target in taken:
            errors.append(f"{source}: output {target} would overwrite that of {taken[target]}")
            continue
        taken[target] = source
        pairs.append((source, target))
    return pairs, errors
