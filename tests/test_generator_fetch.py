"""The pinned-edition download, against a real HTTP server on loopback."""

from __future__ import annotations

import hashlib
import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from dicomproto.generator.fetch import PARTS, FetchError, fetch_edition, main, part_url

EDITION = "2099z"


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """Serve a fake publisher tree; yield its base URL and each part's SHA-256."""
    root = tmp_path / "site"
    checksums = {}
    for part in PARTS:
        body = f"<book>{part}</book>".encode() * 1000
        path = root / EDITION / "source" / "docbook" / part / f"{part}.xml"
        path.parent.mkdir(parents=True)
        path.write_bytes(body)
        checksums[part] = hashlib.sha256(body).hexdigest()
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", checksums
    finally:
        httpd.shutdown()


def test_part_url_follows_the_publisher_layout() -> None:
    assert part_url("https://example.org/dicom/", "2016c", "part03") == (
        "https://example.org/dicom/2016c/source/docbook/part03/part03.xml"
    )


def test_download_verifies_every_part(server, tmp_path: Path) -> None:
    base, checksums = server
    out = tmp_path / "out"
    seen = fetch_edition(out, EDITION, base, checksums={EDITION: checksums})
    assert seen == checksums
    for part in PARTS:
        assert hashlib.sha256((out / f"{part}.xml").read_bytes()).hexdigest() == checksums[part]


def test_checksum_mismatch_leaves_no_file(server, tmp_path: Path) -> None:
    base, checksums = server
    wrong = {**checksums, "part04": "0" * 64}
    out = tmp_path / "out"
    with pytest.raises(FetchError, match=r"part04.*SHA-256"):
        fetch_edition(out, EDITION, base, checksums={EDITION: wrong})
    assert not (out / "part04.xml").exists()
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_unknown_edition_is_refused_without_network(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="no recorded SHA-256"):
        fetch_edition(tmp_path, "1999a", "http://127.0.0.1:9", checksums={})
    assert list(tmp_path.iterdir()) == []


def test_missing_file_is_a_clear_error(server, tmp_path: Path, capsys) -> None:
    base, _ = server
    status = main(
        [
            "--out",
            str(tmp_path / "o"),
            "--edition",
            "2000a",
            "--base-url",
            base,
            "--accept-unverified",
        ]
    )
    assert status == 1
    error = capsys.readouterr().err
    assert "download failed" in error and "2000a" in error
    assert not list((tmp_path / "o").glob("*.xml"))


def test_accept_unverified_prints_checksums(server, tmp_path: Path, capsys) -> None:
    base, checksums = server
    status = main(
        ["--out", str(tmp_path), "--edition", EDITION, "--base-url", base, "--accept-unverified"]
    )
    assert status == 0
    printed = capsys.readouterr().out
    assert all(checksums[part] in printed for part in PARTS)
