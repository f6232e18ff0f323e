"""Bad input: one clear error naming the file (and table and row), or a reported skip;
never a bare traceback, never half an output folder."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from generator_helpers import (
    DB,
    Run,
    copy_standard,
    edit,
    excerpt_dir,
    excerpt_run,  # noqa: F401 (fixture)
    files_of,
    read_part3,
    read_part6,
    row_elements,
    table_element,
    tag_text,
    top_level_keys,
)

from dicomproto.generator.cli import Report, generate, run
from dicomproto.generator.output import MANIFEST

CT_IMAGE_MODULE = "table_C.8-3"


def fails(
    standard: Path,
    out: Path,
    capsys: pytest.CaptureFixture[str],
    *names: str,
    registry: Path | None = None,
) -> str:
    """Run the generate command; it must fail with one error line naming `names`."""
    status = run(standard, out, registry or out.parent / "no-registry.json")
    captured = capsys.readouterr()
    assert status == 1
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("dicomproto generate: error: ")
    assert "Traceback" not in captured.err + captured.out
    for name in names:
        assert name in lines[0]
    # Nothing half-written.
    assert not any((out / name).exists() for name in ("proto", "python", "model.json"))
    return lines[0]


def ct_row(text: str) -> int:
    """1-based body row of an attribute of the CT Image Module."""
    table = read_part3(excerpt_dir()).tables[CT_IMAGE_MODULE]
    (row,) = [r for r in table.rows if r.text == text and r.depth == 0]
    return row.number


def test_not_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xml = copy_standard(tmp_path / "xml")
    (xml / "part06.xml").write_text("PS3.6, but not XML\n")
    line = fails(xml, tmp_path / "out", capsys, "part06.xml")
    assert "not well-formed XML" in line


def test_xml_but_not_docbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xml = copy_standard(tmp_path / "xml")
    (xml / "part03.xml").write_text("<?xml version='1.0'?><html><body/></html>\n")
    line = fails(xml, tmp_path / "out", capsys, "part03.xml")
    assert "not a DocBook book" in line


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xml = copy_standard(tmp_path / "xml")
    (xml / "part04.xml").unlink()
    fails(xml, tmp_path / "out", capsys, "part04.xml", str(xml))


def test_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fails(tmp_path / "nowhere", tmp_path / "out", capsys, "part03.xml", "part06.xml")


def test_a_missing_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """PS3.6 table 6-1 without its caption cannot be found."""
    xml = copy_standard(tmp_path / "xml")

    def drop_caption(root) -> None:
        table = table_element(root, "table_6-1")
        table.remove(table.find(f"{DB}caption"))

    edit(xml / "part06.xml", drop_caption)
    fails(xml, tmp_path / "out", capsys, "part06.xml", "'Registry of DICOM Data Elements'")


@pytest.mark.parametrize("keep", [2, 1], ids=["name and tag only", "name only"])
def test_a_row_with_too_few_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], keep: int
) -> None:
    xml = copy_standard(tmp_path / "xml")
    number = ct_row("Scan Options")

    def truncate(root) -> None:
        row = row_elements(table_element(root, CT_IMAGE_MODULE))[number - 1]
        for cell in row.findall(f"{DB}td")[keep:]:
            row.remove(cell)

    edit(xml / "part03.xml", truncate)
    line = fails(
        xml, tmp_path / "out", capsys, "part03.xml", "table C.8-3 ", f"row {number}:", "cells"
    )
    assert "CT Image Module Attributes" in line


def test_a_row_with_a_bad_tag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xml = copy_standard(tmp_path / "xml")
    number = ct_row("KVP")

    def damage(root) -> None:
        row = row_elements(table_element(root, CT_IMAGE_MODULE))[number - 1]
        row.findall(f"{DB}td")[1].find(f"{DB}para").text = "(0018,006O)"

    edit(xml / "part03.xml", damage)
    line = fails(xml, tmp_path / "out", capsys, "part03.xml", "table C.8-3 ", f"row {number}:")
    assert "(0018,006O)" in line


def test_a_broken_registry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry = tmp_path / "field_numbers.json"
    registry.write_text('{"messages": {"CtImageModule": {"kvp": "ten"}}}')
    fails(excerpt_dir(), tmp_path / "out", capsys, str(registry), registry=registry)


# --- reported skips --------------------------------------------------------------------


@dataclass(frozen=True)
class Damaged:
    report: Report
    out: Path
    include_row: int
    unused_element: tuple[int, str, str]  # row in table 6-1, tag, keyword
    used_element: tuple[int, str, str]


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> Damaged:
    """One run on a standard with an include pointing nowhere and two unknown VRs."""
    tables = read_part3(excerpt_dir()).tables
    (include,) = [
        r for r in tables[CT_IMAGE_MODULE].rows if r.kind == "include" and "table_10-25" in r.links
    ]
    used = {r.key for t in tables.values() for r in t.rows if r.kind == "attribute"}
    elements = list(read_part6(excerpt_dir()).elements.values())
    unused = next(e for e in elements if e.vr == "LO" and e.key not in used and not e.retired)
    kvp = next(e for e in elements if e.keyword == "KVP")
    assert kvp.key in used

    def break_include(root) -> None:
        row = row_elements(table_element(root, CT_IMAGE_MODULE))[include.number - 1]
        (link,) = row.iter(f"{DB}xref")
        link.set("linkend", "table_NOWHERE")

    rows = {}

    def break_vrs(root) -> None:
        table = table_element(root, "table_6-1")
        for number, row in enumerate(row_elements(table), start=1):
            cells = row.findall(f"{DB}td")
            keyword = "".join(cells[2].itertext()).replace("\u200b", "").strip()
            if keyword in (unused.keyword, kvp.keyword):
                para = cells[3].find(f"{DB}para")
                for child in list(para):
                    para.remove(child)
                para.text = "ZZ"
                rows[keyword] = number

    xml = copy_standard(tmp_path_factory.mktemp("damaged-xml"))
    edit(xml / "part03.xml", break_include)
    edit(xml / "part06.xml", break_vrs)
    out = tmp_path_factory.mktemp("damaged-out")
    report = generate(xml, out, out / "no-registry.json")
    return Damaged(
        report,
        out,
        include.number,
        (rows[unused.keyword], tag_text(unused.key), unused.keyword),
        (rows[kvp.keyword], tag_text(kvp.key), kvp.keyword),
    )


def test_an_include_pointing_nowhere_is_a_reported_skip(damaged: Damaged) -> None:
    place = f"part03.xml: table C.8-3 ('CT Image Module Attributes'), row {damaged.include_row}: "
    (skip,) = [s for s in damaged.report.skips if s.startswith(place)]
    assert "'table_NOWHERE'" in skip
    assert skip in damaged.report.text()
    # The rest of the module is there; only what the include stood for is missing.
    model = json.loads((damaged.out / "model.json").read_text(encoding="utf-8"))
    (module,) = [m for m in model["modules"] if m["name"] == "CT Image Module"]
    got = {tuple(a["path"]) for a in module["attributes"] if len(a["path"]) == 1}
    tables = read_part3(excerpt_dir()).tables
    included = set(top_level_keys(tables, "table_10-25"))
    others = [k for k in top_level_keys(tables, CT_IMAGE_MODULE) if k not in included]
    assert got == {(tag_text(k),) for k in others}


@pytest.mark.parametrize("which", ["unused_element", "used_element"])
def test_an_unknown_vr_is_a_reported_skip(damaged: Damaged, which: str) -> None:
    row, tag, keyword = getattr(damaged, which)
    place = f"part06.xml: table 6-1 ('Registry of DICOM Data Elements'), row {row} {tag} {keyword}"
    assert f"{place}: unknown VR 'ZZ'" in damaged.report.skips
    attributes = (damaged.out / "proto" / "dicomproto" / "v1" / "attributes.proto").read_text()
    if which == "unused_element":
        assert f'keyword: "{keyword}"' not in attributes
    else:
        # Used by PS3.3: taken from pydicom's dictionary instead, and counted.
        assert f'keyword: "{keyword}"' in attributes
        assert "Not in PS3.6 2013: taken from pydicom's dictionary." in attributes


def test_unknown_vr_fallbacks_are_counted(excerpt_run: Run, damaged: Damaged) -> None:  # noqa: F811
    before = excerpt_run.report.counts["dictionary fallbacks"]
    assert damaged.report.counts["dictionary fallbacks"] == before + 1
    data_elements = excerpt_run.report.counts["data elements"]
    assert damaged.report.counts["data elements"] == data_elements - 1
    assert len(damaged.report.skips) == len(excerpt_run.report.skips) + 3


# --- the output folder -----------------------------------------------------------------


def test_files_it_did_not_write_are_never_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .proto of one's own in OUT/proto: the run refuses, naming it, and leaves OUT as
    it was (generate writes only what it owns)."""
    out = tmp_path / "out"
    mine = out / "proto" / "mine" / "service.proto"
    mine.parent.mkdir(parents=True)
    mine.write_text('syntax = "proto3";\n')
    assert run(excerpt_dir(), out, tmp_path / "no-registry.json") == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"dicomproto generate: error: {mine}: not written by dicomproto")
    assert "nothing was replaced" in line
    assert mine.read_text() == 'syntax = "proto3";\n'
    assert sorted(p.name for p in out.iterdir()) == ["proto"]


def test_its_own_output_is_replaced_whole(excerpt_run: Run, tmp_path: Path) -> None:  # noqa: F811
    """A second run into the same OUT replaces what the first wrote; bytecode Python left
    beside the modules is not a file of anyone's; other files in OUT stay."""
    out = tmp_path / "out"
    first = generate(excerpt_dir(), out, out / "no-registry.json")
    assert first.counts == excerpt_run.report.counts
    (out / "python" / "dicomproto" / "__pycache__").mkdir()
    (out / "python" / "dicomproto" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"")
    (out / "notes.txt").write_text("mine\n")
    stale = out / "proto" / "dicomproto" / "v1" / "ct_image_module.proto"
    stale.write_text("// an edit\n")
    generate(excerpt_dir(), out, out / "no-registry.json")
    assert files_of(out / "proto") == files_of(excerpt_run.proto)
    assert (out / "notes.txt").read_text() == "mine\n"
    assert (out / MANIFEST).is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".generate")]


def test_sigterm_leaves_the_previous_output_and_nothing_else(
    excerpt_run: Run,  # noqa: F811
    tmp_path: Path,
) -> None:
    """SIGTERM while protoc runs: exit 143, the previous output intact, no staging
    folder left, no protoc still running."""
    out = tmp_path / "out"
    generate(excerpt_dir(), out, out / "no-registry.json")
    before = files_of(out / "proto")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dicomproto.generator",
            "--standard",
            str(excerpt_dir()),
            "--out",
            str(out),
            "--registry",
            str(out / "no-registry.json"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    staging = []
    while time.monotonic() < deadline and process.poll() is None:
        staging = [p for p in out.iterdir() if p.name.startswith(".generate-")]
        if staging and (staging[0] / "python").exists():
            break
        time.sleep(0.02)
    assert staging, "the run never reached protoc"
    children = _children(process.pid)
    process.send_signal(signal.SIGTERM)
    _, error = process.communicate(timeout=60)
    assert process.returncode == 143, error
    assert error.strip().splitlines() == [
        "dicomproto generate: terminated; the output folder is as it was"
    ]
    assert files_of(out / "proto") == before
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != MANIFEST]
    for pid in children:
        assert not Path(f"/proc/{pid}").exists() or _zombie(pid), f"process {pid} still runs"


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")
    except OSError:
        return True
