"""Where inputs and outputs live: local paths or fsspec URLs (s3://, gs://, file://, ...).

Local paths stay plain strings and go through the operating system; a URL goes through
fsspec, imported only when a URL is used. Every function takes and gives either kind,
so the batch runner never needs to know which one it holds.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_PROBES = itertools.count()
INSTALL_HINT = "install object storage support with: pip install 'dicomproto[dask]'"


class LocationError(OSError):
    """A location that cannot be used, with the reason in one line."""


def is_url(location: str) -> bool:
    """True for `scheme://...` (a local path never looks like that)."""
    return bool(_URL.match(location))


def filesystem(url: str) -> tuple[Any, str]:
    """(fsspec filesystem, path inside it) for a URL."""
    try:
        import fsspec
    except ImportError:
        raise LocationError(f"{url}: URLs need fsspec ({INSTALL_HINT})") from None
    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise LocationError(f"{url}: {exc}") from None


def join(base: str, relative: str) -> str:
    """`relative` ('/'-separated) inside the folder `base`."""
    if not relative:
        return base
    if is_url(base):
        return base.rstrip("/") + "/" + relative
    return str(Path(base, *relative.split("/")))


def absolute(location: str) -> str:
    """A local path made absolute (the same file from any working folder); URLs as they are."""
    return location if is_url(location) else os.path.abspath(location)


def parent(location: str) -> str:
    """The folder holding `location`."""
    if is_url(location):
        return location.rstrip("/").rpartition("/")[0]
    return str(Path(location).parent)


def name(location: str) -> str:
    """The last component of `location`."""
    if is_url(location):
        return location.rstrip("/").rpartition("/")[2]
    return Path(location).name


def read_bytes(location: str) -> bytes:
    """The whole content of a file."""
    if is_url(location):
        fs, path = filesystem(location)
        return fs.cat_file(path)
    return Path(location).read_bytes()


def exists(location: str) -> bool:
    if is_url(location):
        fs, path = filesystem(location)
        return fs.exists(path)
    return os.path.exists(location)


def remove(locations: list[str]) -> None:
    """Delete files; those already gone are ignored."""
    local = [p for p in locations if not is_url(p)]
    for path in local:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    urls = [u for u in locations if is_url(u)]
    if urls:
        fs, _ = filesystem(urls[0])
        paths = [filesystem(u)[1] for u in urls]
        with contextlib.suppress(FileNotFoundError):
            fs.rm(paths)


def remove_tree(location: str) -> None:
    """Delete a folder and everything in it, if it exists."""
    if is_url(location):
        fs, path = filesystem(location)
        with contextlib.suppress(FileNotFoundError):
            if fs.exists(path):
                fs.rm(path, recursive=True)
        return
    import shutil

    shutil.rmtree(location, ignore_errors=True)


def walk_files(root: str) -> Iterator[tuple[str, str, int]]:
    """(location, path relative to `root` '/'-separated, size) of every file under the
    folder `root`, sorted, skipping hidden names (those starting with '.')."""
    if is_url(root):
        fs, base = filesystem(root)
        base = base.rstrip("/")
        found = fs.find(base, detail=True)
        for path in sorted(found):
            relative = path[len(base) :].lstrip("/")
            if not relative or any(part.startswith(".") for part in relative.split("/")):
                continue
            info = found[path]
            if info.get("type", "file") != "file":
                continue
            yield fs.unstrip_protocol(path), relative, int(info.get("size") or 0)
        return
    top = Path(root)
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        for file_name in sorted(files):
            if file_name.startswith("."):
                continue
            path = here / file_name
            try:
                size = path.stat().st_size
            except OSError:
                continue
            yield str(path), path.relative_to(top).as_posix(), size


def kind(location: str) -> str:
    """ "file", "folder" or "missing"."""
    if is_url(location):
        fs, path = filesystem(location)
        try:
            if fs.isdir(path):
                return "folder"
            return "file" if fs.isfile(path) else "missing"
        except (FileNotFoundError, PermissionError):
            return "missing"
    if os.path.isdir(location):
        return "folder"
    return "file" if os.path.isfile(location) else "missing"


def file_size(location: str) -> int:
    if is_url(location):
        fs, path = filesystem(location)
        return int(fs.size(path) or 0)
    return os.path.getsize(location)


def list_folder(location: str) -> list[str]:
    """Names of the files directly in the folder `location` (none if it is missing)."""
    if is_url(location):
        fs, path = filesystem(location)
        try:
            entries = fs.ls(path, detail=True, refresh=True)
        except FileNotFoundError:
            return []
        return sorted(
            e["name"].rstrip("/").rpartition("/")[2] for e in entries if e.get("type") == "file"
        )
    try:
        return sorted(e.name for e in os.scandir(location) if e.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []


def prepare_folder(location: str) -> None:
    """Make sure `location` is a folder the run can write into, or raise LocationError
    with the reason: created if missing, then a probe file is written and removed."""
    if is_url(location):
        fs, path = filesystem(location)
        try:
            if fs.isfile(path):
                raise LocationError(f"{location}: is a file, not a folder")
            probe = path.rstrip("/") + f"/.dicomproto-probe-{os.getpid()}"
            fs.pipe_file(probe, b"")
            fs.rm_file(probe)
        except LocationError:
            raise
        except Exception as exc:  # the storage's own error types: reason in one line
            raise LocationError(f"{location}: cannot write: {_reason(exc)}") from None
        return
    folder = Path(location)
    for ancestor in [folder, *folder.parents]:
        if ancestor.exists() and not ancestor.is_dir():
            raise LocationError(f"{location}: {ancestor} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LocationError(f"{location}: cannot create the folder: {_reason(exc)}") from None
    try:
        while True:  # a probe left by a process that had the same pid is skipped
            probe = folder / f".dicomproto-probe-{os.getpid()}-{next(_PROBES)}"
            with contextlib.suppress(FileExistsError):
                os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                break
        os.unlink(probe)
    except OSError as exc:
        raise LocationError(f"{location}: cannot write: {_reason(exc)}") from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def atomic_open(target: str) -> contextlib.AbstractContextManager[IO[bytes]]:
    """The converters' atomic writer: `target` appears whole on success, never partly."""
    from dicomproto.converters.storage import atomic_open as shared_atomic_open

    return shared_atomic_open(target, "wb")
