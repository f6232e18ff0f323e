"""Where the DocBook comes from: finding the folder, the lock file of known files, and
what the lock says about each file (for the header of generated files).

Every entry point finds the DocBook the same way: `$DICOM_STANDARD_XML`, else the
checkout's `standard_xml/` when it holds every part, else the copy beside the checkout
(`../shared/standard_xml_2024c`) when that does, else `standard_xml/` (where `make
fetch` downloads the pinned edition).

The lock file (`standard.lock.json`, beside this module) lists files of the standard by
SHA-256: the parts of the pinned edition as downloaded from the publisher (recorded on
their first download, verified on every later one) and the local copies the committed
schema was generated from, with where each came from when it is not the publisher's
file as published (e.g. PS3.3 2024c rebuilt into DocBook from the publisher's HTML).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

ENVIRONMENT = "DICOM_STANDARD_XML"
LOCK = Path(__file__).resolve().parent / "standard.lock.json"
# The parts the generator reads, and every part a download brings.
GENERATOR_PARTS = ("part03.xml", "part04.xml", "part06.xml")
ALL_PARTS = (*GENERATOR_PARTS, "part15.xml")
CHUNK = 1 << 20


class LockError(Exception):
    """A lock file that cannot be read or written."""


@dataclass(frozen=True, slots=True)
class KnownFile:
    """One file of the standard the lock knows by its SHA-256."""

    name: str  # e.g. "part03.xml"
    edition: str  # e.g. "2024c"
    sha256: str
    source: str  # "publisher" (downloaded as published), "rebuilt", "excerpt"
    note: str = ""  # said in generated headers when the file is not the published one


BESIDE = Path("..", "shared", "standard_xml_2024c")  # relative to the checkout


def locate(checkout: Path) -> Path:
    """The DocBook folder (see the module docstring)."""
    configured = os.environ.get(ENVIRONMENT)
    if configured:
        return Path(configured)
    local, beside = checkout / "standard_xml", checkout / BESIDE
    if missing_parts(local, ALL_PARTS) and not missing_parts(beside, ALL_PARTS):
        return beside
    return local


def missing_parts(folder: Path, parts: tuple[str, ...] = GENERATOR_PARTS) -> list[str]:
    return [name for name in parts if not (folder / name).is_file()]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def load_lock(path: Path = LOCK) -> tuple[str, list[KnownFile]]:
    """(pinned edition, known files) of a lock file; an absent file knows nothing."""
    if not path.is_file():
        return "", []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = [KnownFile(**entry) for entry in data.get("files", [])]
        return str(data.get("pinned_edition", "")), files
    except (OSError, ValueError, TypeError) as error:
        raise LockError(f"{path}: not a standard lock file: {error}") from None


def dump_lock(pinned: str, files: list[KnownFile]) -> str:
    entries = sorted(files, key=lambda f: (f.edition, f.name, f.source, f.sha256))
    data = {
        "about": (
            "Files of the DICOM standard by SHA-256. `make fetch` records the parts of "
            "the pinned edition on their first download from the publisher and verifies "
            "them on every later one: commit this file when it changes."
        ),
        "pinned_edition": pinned,
        "files": [
            {key: value for key, value in asdict(entry).items() if value or key != "note"}
            for entry in entries
        ],
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def write_lock(pinned: str, files: list[KnownFile], path: Path = LOCK) -> None:
    """Replace the lock file whole (temp file + rename)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        temp.write_text(dump_lock(pinned, files), encoding="utf-8", newline="\n")
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise LockError(f"{path}: cannot write: {error}") from None


def notes(folder: Path, lock: Path = LOCK) -> dict[str, str]:
    """File name -> what the lock says about the file in `folder` ("" when nothing)."""
    _, known = load_lock(lock)
    by_digest = {(f.name, f.sha256): f.note for f in known}
    found = {}
    for name in GENERATOR_PARTS:
        path = folder / name
        if path.is_file():
            found[name] = by_digest.get((name, sha256_of(path)), "")
    return found
