"""Inputs found under the sources given (paths or URLs), and the names their outputs get."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from . import locations

DICOM_SUFFIXES = (".dcm", ".dicom", ".dic")
# Bulk data files beside a .pb (x.pb.1.bin) or a stream shard (part-00000.pbs.3.1.bin).
BULK_DATA_NAME = re.compile(r"\.pbs?(\.\d+)+\.bin$")


@dataclass(frozen=True, slots=True)
class Input:
    """One input file: where it is, its path relative to the folder given ('/'-separated;
    its name for a file given directly) and its size in bytes."""

    location: str
    relative: str
    size: int


def find_inputs(
    sources: Iterable[str],
    exclude: str | None = None,
    skip_name: Callable[[str], bool] | None = None,
) -> tuple[list[Input], list[str]]:
    """Every input under `sources` (folders walked recursively, hidden names skipped,
    the folder `exclude` and names for which `skip_name(relative)` is true left out),
    and one error line per source that does not exist."""
    found: list[Input] = []
    errors: list[str] = []
    for source in sources:
        kind = locations.kind(source)
        if kind == "file":
            found.append(Input(source, locations.name(source), locations.file_size(source)))
        elif kind == "folder":
            for location, relative, size in locations.walk_files(source):
                if exclude is not None and _inside(location, exclude):
                    continue
                if skip_name is not None and skip_name(relative):
                    continue
                found.append(Input(location, relative, size))
        else:
            errors.append(f"{source}: no such file or folder")
    return found, errors


def collect_inputs(
    sources: Iterable[str], exclude: Path | None = None, skip_bulk: bool = False
) -> tuple[list[tuple[Path, Path]], list[str]]:
    """Local inputs as (file, path relative to the folder given) pairs, for commands
    that work on local files one by one (see find_inputs); with `skip_bulk`, bulk data
    files beside .pb files and streams are left out."""

    def skip(relative: str) -> bool:
        return skip_bulk and bool(BULK_DATA_NAME.search(relative))

    found, errors = find_inputs(
        [str(s) for s in sources], str(exclude) if exclude is not None else None, skip
    )
    return [(Path(i.location), Path(i.relative)) for i in found], errors


def plan_outputs(
    inputs: list[tuple[Path, Path]],
    dest: Path,
    single_suffix: str,
    name: Callable[[Path], Path],
    single_source: bool,
) -> tuple[list[tuple[Path, Path]], list[str]]:
    """(input, output) pairs under `dest`, named by `name(relative)`; one input and a
    `dest` with `single_suffix` names the output itself; colliding outputs are errors."""
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


def _inside(location: str, folder: str) -> bool:
    if locations.is_url(location) or locations.is_url(folder):
        return location.startswith(folder.rstrip("/") + "/")
    here = Path(os.path.abspath(location))
    return Path(os.path.abspath(folder)) in here.parents


def looks_like_dicom(head: bytes) -> bool:
    """Whether the first bytes of a file are DICOM: a Part 10 file ("DICM" at byte 128)
    or a bare data set starting with a group 0002 or 0008 element (as ACR-NEMA files and
    raw data sets do), either byte order. Decided by content, never by name."""
    if head[128:132] == b"DICM":
        return True
    if len(head) < 8:
        return False
    little = int.from_bytes(head[0:2], "little")
    big = int.from_bytes(head[0:2], "big")
    return little in (0x0002, 0x0008) or big in (0x0002, 0x0008)


def output_name(relative: str, suffixes: tuple[str, ...], new_suffix: str) -> str:
    """`a/x.dcm` -> `a/x.pb` for a known suffix; other names get `new_suffix` appended."""
    path = PurePosixPath(relative)
    if path.suffix.lower() in suffixes:
        return path.with_suffix(new_suffix).as_posix()
    return path.with_name(path.name + new_suffix).as_posix()


def safe_relative(relative: str) -> str | None:
    """`relative` as a '/'-separated path that stays inside a folder, or None when it
    would not (absolute, '..', empty)."""
    parts = [p for p in relative.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or relative.startswith("/") or ".." in parts or ":" in parts[0]:
        return None
    return "/".join(parts)


def find_collisions(
    inputs: list[Input], name: Callable[[str], str]
) -> tuple[list[Input], list[str]]:
    """Inputs whose output name is not taken by an earlier one, and an error line for
    each that would overwrite another's output."""
    kept: list[Input] = []
    errors: list[str] = []
    taken: dict[str, str] = {}
    for item in inputs:
        target = name(item.relative)
        key = target.lower() if os.name == "nt" else target
        if key in taken:
            errors.append(f"{item.location}: output {target} would overwrite that of {taken[key]}")
            continue
        taken[key] = item.location
        kept.append(item)
    return kept, errors
