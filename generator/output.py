"""The output folder: the generator writes only what it owns, all at once.

`generate --out OUT` owns OUT/proto, OUT/python and OUT/model.json, and lists every
file it wrote there in OUT/.dicomproto-generate.json. It refuses to run when those hold
a file it did not write (your own .proto beside the generated ones, say): nothing is
replaced or deleted that it did not create. Anything else in OUT is never touched.
The new output is built in a staging folder inside OUT and swapped in by renames, so
an interrupted or failed run leaves the previous output as it was.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

MANIFEST = ".dicomproto-generate.json"
OWNED = ("proto", "python", "model.json")
DERIVED = "__pycache__"  # bytecode Python writes beside generated modules: not foreign


class OutputError(Exception):
    """OUT holds files the generator did not write."""


def _listed(out: Path) -> set[str]:
    path = out / MANIFEST
    if not path.is_file():
        return set()
    try:
        return set(json.loads(path.read_text(encoding="utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise OutputError(f"{path}: not a list of generated files ({error})") from None


def files_under(root: Path, names: tuple[str, ...] = OWNED) -> list[str]:
    """Relative paths of the files under root/NAME for each owned NAME."""
    found = []
    for name in names:
        path = root / name
        if path.is_file():
            found.append(name)
        elif path.is_dir():
            found += [
                p.relative_to(root).as_posix()
                for p in sorted(path.rglob("*"))
                if p.is_file() and DERIVED not in p.relative_to(root).parts
            ]
    return found


def check(out: Path) -> None:
    """Refuse an OUT whose owned entries hold a file this generator did not write."""
    listed = _listed(out)
    foreign = [f for f in files_under(out) if f not in listed]
    if foreign:
        raise OutputError(
            f"{out / foreign[0]}: not written by dicomproto generate"
            + (f" (and {len(foreign) - 1} more)" if len(foreign) > 1 else "")
            + f"; nothing was replaced: move it away or choose another --out than {out}"
        )


def _write_manifest(out: Path, files: set[str]) -> None:
    temp = out / f".{MANIFEST}.{os.getpid()}"
    temp.write_text(json.dumps({"files": sorted(files)}, indent=0) + "\n", encoding="utf-8")
    os.replace(temp, out / MANIFEST)


def _replace(source: Path, target: Path) -> None:
    """Swap `target` for `source` with renames, so OUT never holds half a result."""
    if target.is_dir():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
        os.replace(source, target)
        shutil.rmtree(old)
    else:
        os.replace(source, target)


def publish(staging: Path, out: Path) -> None:
    """Move the owned entries of `staging` into `out`. The manifest lists old and new
    files while the renames run, so an interruption leaves nothing unaccounted for."""
    check(out)
    written = set(files_under(staging))
    _write_manifest(out, _listed(out) | written)
    for name in OWNED:
        if (staging / name).exists():
            _replace(staging / name, out / name)
    _write_manifest(out, written)
