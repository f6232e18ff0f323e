"""Where outputs go: the one atomic writer, for local paths and fsspec URLs.

    with atomic_open("out/ct.pb") as handle:       # or "s3://bucket/out/ct.pb"
        handle.write(data)

The target appears whole when the block completes and not at all when it raises
(KeyboardInterrupt included): a reader sees the old file or the whole new one.

Local paths (and ``file://`` URLs) are written to a hidden temporary file in the
target's folder, created with mode 0666 so that the process umask applies exactly
as it does to any other program's output (0644 under the usual 022), and renamed
over the target on success. Missing folders are created. There is no fsync: the
guarantee is against errors and interrupts, not power loss.

Other fsspec URLs (``s3://``, ``gs://``, ``memory://``, ...) are written to a local
temporary file first and uploaded only on success (one request up to
`SPOOL_IN_MEMORY` bytes, the file system's own upload beyond), so an object store
never holds a partial object. fsspec is imported only when such a URL is used.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["SPOOL_IN_MEMORY", "atomic_open", "is_url", "write_bytes"]

SPOOL_IN_MEMORY = 64 << 20
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")
_COUNTER = itertools.count()
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
_MODES = ("wb", "w")


def is_url(target: str | os.PathLike[str]) -> bool:
    """Whether `target` is a URL (``scheme://...``) rather than a local path."""
    return isinstance(target, str) and _URL.match(target) is not None


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO[Any]]:
    """A file to write `target` through: binary for "wb", UTF-8 text for "w". The target
    is replaced only when the block completes; on any error (or interrupt) it is left
    as it was and no temporary file remains."""
    if mode not in _MODES:
        raise ValueError(f"atomic_open mode must be one of {_MODES}, not {mode!r}")
    if is_url(target):
        fs, path = _filesystem(str(target))
        context = _local(Path(path)) if _is_local(fs) else _remote(fs, path)
    else:
        context = _local(Path(target))
    with context as binary:
        if mode == "wb":
            yield binary
            return
        text = io.TextIOWrapper(binary, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield text
            text.flush()
        finally:
            text.detach()


def write_bytes(target: str | os.PathLike[str], data: bytes | memoryview) -> None:
    """Write `data` to `target` atomically (see `atomic_open`)."""
    with atomic_open(target) as handle:
        handle.write(data)


@contextlib.contextmanager
def _local(target: Path) -> Iterator[IO[bytes]]:
    fd, temp = _create_temp(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


_TEMPORARY = re.compile(r"^\..+\.\d+\.\d+\.tmp$")


def remove_temporaries(folder: str | os.PathLike[str]) -> list[str]:
    """Delete the temporary files `atomic_open` left in `folder` (not below it): those of
    a writer killed outright (SIGKILL, a lost machine), which could not remove its own.
    Only for a folder no writer is still writing into. The names removed, sorted."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        if _TEMPORARY.match(entry.name) and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
                removed.append(entry.name)
    return sorted(removed)


def _create_temp(target: Path) -> tuple[int, str]:
    """A new hidden file beside `target`, mode 0666 less the umask (folders created)."""
    made_folder = False
    while True:
        temp = os.path.join(target.parent, f".{target.name}.{os.getpid()}.{next(_COUNTER)}.tmp")
        try:
            return os.open(temp, _FLAGS, 0o666), temp
        except FileExistsError:  # left by a process that had the same pid
            continue
        except FileNotFoundError:
            if made_folder:
                raise
            target.parent.mkdir(parents=True, exist_ok=True)
            made_folder = True


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:
        raise OSError(
            f"{url}: writing to URLs needs fsspec (pip install 'dicomproto[fsspec]')"
        ) from None
    return fsspec.core.url_to_fs(url)


def _is_local(fs: Any) -> bool:
    from fsspec.implementations.local import LocalFileSystem

    return isinstance(fs, LocalFileSystem)


@contextlib.contextmanager
def _remote(fs: Any, path: str) -> Iterator[IO[bytes]]:
    import tempfile

    fd, spool = tempfile.mkstemp(prefix=".dicomproto-upload-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            size = handle.tell()
            parent = fs._parent(path)
            if parent:
                with contextlib.suppress(FileExistsError):
                    fs.makedirs(parent, exist_ok=True)
            if size <= SPOOL_IN_MEMORY:  # one request
                handle.seek(0)
                fs.pipe_file(path, handle.read())
        if size > SPOOL_IN_MEMORY:  # the file system's own (multipart) upload
            fs.put_file(spool, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(spool)
