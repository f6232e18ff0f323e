"""The pinned-edition download and the lock file of checksums, against a real HTTP server
on loopback; and the one way every make target finds the DocBook."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from generator_helpers import REPO

from dicomproto.generator import sources
from dicomproto.generator.fetch import (
    PINNED_EDITION,
    URL_ENVIRONMENT,
    FetchError,
    fetch_edition,
    main,
    part_url,
)
from dicomproto.generator.sources import ALL_PARTS, KnownFile, load_lock, write_lock

EDITION = "2099z"


class Site:
    """A publisher tree served on loopback, with the requests it saw."""

    def __init__(self, root: Path, base: str, checksums: dict[str, str]) -> None:
        self.root = root
        self.base = base
        self.checksums = checksums
        self.requests: list[str] = []

    def path(self, name: str) -> Path:
        part = name.removesuffix(".xml")
        return self.root / EDITION / "source" / "docbook" / part / name


@pytest.fixture()
def site(tmp_path: Path) -> Iterator[Site]:
    root = tmp_path / "site"
    checksums = {}
    for name in ALL_PARTS:
        body = f"<book>{name}</book>".encode() * 1000
        path = root / EDITION / "source" / "docbook" / name.removesuffix(".xml") / name
        path.parent.mkdir(parents=True)
        path.write_bytes(body)
        checksums[name] = hashlib.sha256(body).hexdigest()
    seen: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            seen.append(self.path)

    handler = partial(Handler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    served = Site(root, f"http://127.0.0.1:{httpd.server_address[1]}", checksums)
    served.requests = seen
    try:
        yield served
    finally:
        httpd.shutdown()
        thread.join(timeout=10)


def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_part_url_follows_the_publisher_layout() -> None:
    assert part_url("https://example.org/dicom/", "2024c", "part03.xml") == (
        "https://example.org/dicom/2024c/source/docbook/part03/part03.xml"
    )
    assert PINNED_EDITION == "2024c"


def test_the_first_download_records_every_part_and_later_ones_verify(
    site: Site, tmp_path: Path
) -> None:
    out, lock = tmp_path / "standard_xml", tmp_path / "standard.lock.json"
    seen = fetch_edition(out, EDITION, site.base, lock)
    assert seen == {name: (site.checksums[name], True) for name in ALL_PARTS}
    pinned, known = load_lock(lock)
    recorded = {f.name: f.sha256 for f in known if f.edition == EDITION}
    assert recorded == site.checksums
    assert all(f.source == "publisher" for f in known)
    for name in ALL_PARTS:
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == site.checksums[name]
    # A later download (here: of a part that went missing) is checked, not recorded.
    (out / "part04.xml").unlink()
    assert fetch_edition(out, EDITION, site.base, lock) == {
        "part04.xml": (site.checksums["part04.xml"], False)
    }
    assert load_lock(lock) == (pinned, known)


def test_a_local_copy_wins_over_a_download(site: Site, tmp_path: Path) -> None:
    out = tmp_path / "standard_xml"
    out.mkdir()
    (out / "part03.xml").write_text("<book>my own</book>")
    seen = fetch_edition(out, EDITION, site.base, tmp_path / "lock.json")
    assert "part03.xml" not in seen
    assert (out / "part03.xml").read_text() == "<book>my own</book>"
    assert not any("part03" in request for request in site.requests)


def test_a_checksum_that_differs_from_the_lock_keeps_no_file(site: Site, tmp_path: Path) -> None:
    lock = tmp_path / "lock.json"
    write_lock(
        EDITION,
        [
            KnownFile(n, EDITION, "0" * 64 if n == "part04.xml" else site.checksums[n], "publisher")
            for n in ALL_PARTS
        ],
        lock,
    )
    out = tmp_path / "out"
    with pytest.raises(FetchError, match=r"part04\.xml: SHA-256 .* differs from 0{64}"):
        fetch_edition(out, EDITION, site.base, lock)
    assert not (out / "part04.xml").exists()
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_without_network_one_line_says_what_to_do(tmp_path: Path) -> None:
    """No server, no local copy: one line naming the URL, the folder and the variable."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "dicomproto.generator.fetch",
            "--out",
            str(tmp_path / "xml"),
            "--lock",
            str(tmp_path / "lock.json"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, URL_ENVIRONMENT: closed_port()},
        check=False,
    )
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("dicomproto fetch: error: cannot download http://127.0.0.1:")
    assert str(tmp_path / "xml") in line and sources.ENVIRONMENT in line
    assert "Traceback" not in result.stderr
    assert not list((tmp_path / "xml").glob("*.xml"))
    assert not (tmp_path / "lock.json").exists()


def test_the_cli_prints_each_checksum_and_asks_for_the_lock_to_be_committed(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv(URL_ENVIRONMENT, site.base)
    lock = tmp_path / "lock.json"
    status = main(["--out", str(tmp_path / "xml"), "--edition", EDITION, "--lock", str(lock)])
    assert status == 0
    printed = capsys.readouterr().out
    assert all(site.checksums[name] in printed for name in ALL_PARTS)
    assert f"commit {lock}" in printed
    assert json.loads(lock.read_text())["pinned_edition"] == EDITION


def test_the_committed_lock_knows_the_inputs_of_the_committed_schema() -> None:
    """The rebuilt PS3.3 and PS3.4 2024c and the 2016c excerpt, by SHA-256, with what
    generated headers say about them."""
    pinned, known = load_lock()
    assert pinned == PINNED_EDITION
    notes = {(f.name, f.edition): f for f in known}
    assert notes[("part03.xml", "2024c")].source == "rebuilt"
    assert notes[("part04.xml", "2024c")].source == "rebuilt"
    assert "HTML rendering" in notes[("part03.xml", "2024c")].note
    shared = REPO.parent / "shared" / "standard_xml_2024c" / "part03.xml"
    if shared.is_file():
        assert sources.sha256_of(shared) == notes[("part03.xml", "2024c")].sha256


def make_dry_run(target: str, environment: dict[str, str]) -> str:
    env = {k: v for k, v in os.environ.items() if k != sources.ENVIRONMENT}
    result = subprocess.run(
        ["make", "-n", "-C", str(REPO), target],
        capture_output=True,
        text=True,
        env={**env, **environment},
        timeout=60,
        check=True,
    )
    return result.stdout


@pytest.mark.parametrize("target", ["generate", "check-generated", "test", "bench-generate"])
def test_every_target_finds_the_docbook_the_same_way(target: str, tmp_path: Path) -> None:
    """$DICOM_STANDARD_XML wins; without it, standard_xml/ when complete, else the copy
    beside the checkout when complete, else standard_xml/, fetched; as sources.locate."""
    configured = make_dry_run(target, {sources.ENVIRONMENT: str(tmp_path)})
    assert "dicomproto.generator.fetch" not in configured
    if target != "test":
        assert f"--standard {tmp_path}" in configured
    default = make_dry_run(target, {})
    environment = {k: v for k, v in os.environ.items() if k != sources.ENVIRONMENT}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "environ", environment)
        found = sources.locate(REPO)
    if found == REPO / "standard_xml" and sources.missing_parts(found, ALL_PARTS):
        assert "dicomproto.generator.fetch --out standard_xml" in default
    else:
        assert "dicomproto.generator.fetch" not in default
    if target != "test":
        assert f"--standard {found.relative_to(REPO)}" in default
