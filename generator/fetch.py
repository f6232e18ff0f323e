"""Download a pinned edition of the DocBook (PS3.3, PS3.4, PS3.6), checked by SHA-256.

`python -m dicomproto.generator.fetch --out DIR [--edition E] [--base-url URL]`

A file is written only after its checksum matched (temp file + rename). An edition
with no recorded checksum is refused unless `--accept-unverified` is given, which
prints the checksums seen so they can be pinned in CHECKSUMS.
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

BASE_URL = "https://dicom.nema.org/medical/dicom"
PARTS = ("part03", "part04", "part06")
PINNED_EDITION = "2016c"
# edition -> part -> SHA-256 of the published file. Only checksums measured from a
# real download belong here; an edition without them is refused unless the caller
# accepts unverified files.
CHECKSUMS: dict[str, dict[str, str]] = {}
CHUNK = 1 << 20


class FetchError(Exception):
    """A download that failed or did not match its checksum."""


def part_url(base_url: str, edition: str, part: str) -> str:
    """Where the publisher keeps one part: BASE/EDITION/source/docbook/partNN/partNN.xml."""
    return f"{base_url.rstrip('/')}/{edition}/source/docbook/{part}/{part}.xml"


def download(url: str, target: Path, expected_sha256: str | None, timeout: float = 60) -> str:
    """Fetch `url` into `target` atomically; return the SHA-256 seen."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as r:
            while chunk := r.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
        seen = digest.hexdigest()
        if expected_sha256 is not None and seen != expected_sha256:
            raise FetchError(f"{url}: SHA-256 {seen}, expected {expected_sha256}")
        os.replace(temp_name, target)
        return seen
    except (urllib.error.URLError, OSError) as error:
        raise FetchError(f"{url}: download failed: {error}") from None
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)


def fetch_edition(
    out: Path,
    edition: str = PINNED_EDITION,
    base_url: str = BASE_URL,
    accept_unverified: bool = False,
    checksums: dict[str, dict[str, str]] | None = None,
) -> dict[str, str]:
    """Download the three parts of `edition` into `out`; return part -> SHA-256."""
    known = (CHECKSUMS if checksums is None else checksums).get(edition, {})
    missing = [part for part in PARTS if part not in known]
    if missing and not accept_unverified:
        raise FetchError(
            f"no recorded SHA-256 for edition {edition} ({', '.join(missing)}); point "
            "DICOM_STANDARD_XML at a local copy, or pass --accept-unverified to download "
            "and print the checksums to pin"
        )
    return {
        part: download(part_url(base_url, edition, part), out / f"{part}.xml", known.get(part))
        for part in PARTS
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dicomproto.generator.fetch")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--edition", default=PINNED_EDITION)
    parser.add_argument("--base-url", default=BASE_URL)
    parser.add_argument("--accept-unverified", action="store_true")
    args = parser.parse_args(argv)
    try:
        seen = fetch_edition(args.out, args.edition, args.base_url, args.accept_unverified)
    except FetchError as error:
        print(f"dicomproto fetch: error: {error}", file=sys.stderr)
        return 1
    for part, digest in seen.items():
        print(f"{digest}  {args.out / (part + '.xml')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
