"""Download the pinned edition of the standard's DocBook, checked by SHA-256.

`python -m dicomproto.generator.fetch [--out DIR] [--edition E] [--lock FILE]`

Downloads each part (PS3.3, PS3.4, PS3.6, PS3.15) that DIR lacks from the publisher
(`$DICOM_STANDARD_URL`, default https://dicom.nema.org/medical/dicom). The lock file
records the SHA-256 of every part on its first download and checks it on every later
one; a file appears in DIR only once its checksum is known good (temp file + rename).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from .sources import ALL_PARTS, ENVIRONMENT, LOCK, KnownFile, LockError, load_lock, write_lock

BASE_URL = "https://dicom.nema.org/medical/dicom"
URL_ENVIRONMENT = "DICOM_STANDARD_URL"
PINNED_EDITION = "2024c"
CHUNK = 1 << 20
TIMEOUT = 60.0


class FetchError(Exception):
    """A download that failed or did not match its recorded checksum."""


def base_url() -> str:
    return os.environ.get(URL_ENVIRONMENT) or BASE_URL


def part_url(base: str, edition: str, name: str) -> str:
    """Where the publisher keeps one part: BASE/EDITION/source/docbook/partNN/partNN.xml."""
    part = name.removesuffix(".xml")
    return f"{base.rstrip('/')}/{edition}/source/docbook/{part}/{part}.xml"


def download(url: str, target: Path, expected_sha256: str | None) -> str:
    """Fetch `url` into `target` atomically; return the SHA-256 seen."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out, urllib.request.urlopen(url, timeout=TIMEOUT) as r:
            while chunk := r.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
        seen = digest.hexdigest()
        if expected_sha256 is not None and seen != expected_sha256:
            raise FetchError(
                f"{url}: SHA-256 {seen} differs from {expected_sha256} recorded in {LOCK.name}"
                " at its first download; the file was not kept"
            )
        os.replace(temp_name, target)
        return seen
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise FetchError(
            f"cannot download {url} ({reason}); without network, put "
            f"{', '.join(ALL_PARTS)} of the standard in {target.parent} or point "
            f"{ENVIRONMENT} at their folder"
        ) from None
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)


def fetch_edition(
    out: Path, edition: str = PINNED_EDITION, base: str | None = None, lock: Path = LOCK
) -> dict[str, tuple[str, bool]]:
    """Download every part `out` lacks; part -> (SHA-256, recorded now for the first time).

    Parts already in `out` are left alone (a local copy wins over a download)."""
    pinned, known = load_lock(lock)
    recorded = {f.name: f for f in known if f.edition == edition and f.source == "publisher"}
    base = base or base_url()
    seen: dict[str, tuple[str, bool]] = {}
    for name in ALL_PARTS:
        if (out / name).is_file():
            continue
        entry = recorded.get(name)
        digest = download(part_url(base, edition, name), out / name, entry and entry.sha256)
        if entry is None:
            known.append(KnownFile(name, edition, digest, "publisher"))
            # Recorded part by part, so a failure later on keeps what was verified.
            write_lock(pinned or edition, known, lock)
        seen[name] = (digest, entry is None)
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dicomproto.generator.fetch")
    parser.add_argument("--out", type=Path, default=Path("standard_xml"))
    parser.add_argument("--edition", default=PINNED_EDITION)
    parser.add_argument("--lock", type=Path, default=LOCK, help="the lock file of checksums")
    args = parser.parse_args(argv)
    try:
        seen = fetch_edition(args.out, args.edition, lock=args.lock)
    except (FetchError, LockError) as error:
        print(f"dicomproto fetch: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dicomproto fetch: interrupted; nothing partial was kept", file=sys.stderr)
        return 130
    for name, (digest, first) in seen.items():
        how = f"first download: recorded in {args.lock}" if first else "verified"
        print(f"{digest}  {args.out / name}  ({how})")
    if any(first for _, first in seen.values()):
        print(f"commit {args.lock}: later downloads are checked against it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
