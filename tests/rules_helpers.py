"""Helpers for the rules tests: rules generated from a DocBook folder, an independent
reading of PS3.15 Table E.1-1 (lxml, here in the tests), dciodvfy runs."""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

from lxml import etree

from dicomproto.generator.dictionary import Dictionary
from dicomproto.generator.expand import expand
from dicomproto.generator.export_rules import rules_json
from dicomproto.generator.load import load_standard
from dicomproto.rules import Rules

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXCERPT = SHARED / "standard_xml"
FULL = SHARED / "standard_xml_2024c"
DB = "{http://docbook.org/ns/docbook}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)


@cache
def rules_text(folder: Path) -> str:
    """The rules.json text the generator writes for a DocBook folder (once a session)."""
    return fresh_rules_text(folder)


def fresh_rules_text(folder: Path) -> str:
    """The rules.json text of a new generator run."""
    standard = load_standard(folder)
    dictionary = Dictionary(standard.elements)
    expansion = expand(standard.tables, standard.iods, dictionary)
    return rules_json(standard, expansion, dictionary)[0]


_RULES: dict[Path, Rules] = {}


def rules_for(folder: Path, tmp_dir: Path) -> Rules:
    """Rules generated from a DocBook folder, through a rules.json file as users get
    them (once per folder in a test session)."""
    if folder not in _RULES:
        path = tmp_dir / f"rules-{folder.name}.json"
        path.write_text(rules_text(folder), encoding="utf-8")
        _RULES[folder] = Rules.load(path)
    return _RULES[folder]


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).translate(INVISIBLE).split())


def table_e11(part15: Path) -> dict[str, tuple[str, list[str]]]:
    """Table E.1-1 read directly: tag text "(GGGG,EEEE)" -> (name, actions of the
    Basic Profile and each option column)."""
    root = etree.parse(str(part15), etree.XMLParser(huge_tree=True)).getroot()
    table = next(t for t in root.iter(f"{DB}table") if t.get(XML_ID) == "table_E.1-1")
    rows = {}
    for tr in table.find(f"{DB}tbody").iter(f"{DB}tr"):
        cells = [_text(td) for td in tr]
        rows[cells[1].upper()] = (cells[0], cells[4:])
    return rows


def tag_text(tag: int) -> str:
    return f"({tag >> 16:04X},{tag & 0xFFFF:04X})"


_STEP = re.compile(r"\(([0-9a-fA-F]{4}),([0-9a-fA-F]{4})(?:,\"[^\"]*\")?\)(?:\[(\d+)\])?")


def dciodvfy(path: Path, tool: str) -> list[tuple[str, str, tuple]]:
    """dciodvfy's findings on a file: (level, message, path as ((tag, item)...))."""
    run = subprocess.run(
        [tool, "-new", str(path)], capture_output=True, text=True, errors="replace", timeout=60
    )
    found = []
    for line in (run.stdout + run.stderr).splitlines():
        level, _, rest = line.partition(" - ")
        if level not in ("Error", "Warning"):
            continue
        steps: tuple = ()
        if rest.startswith("</"):
            where, _, rest = rest[1:].partition("> - ")
            steps = tuple((int(g + e, 16), int(i or 0)) for g, e, i in _STEP.findall(where))
        found.append((level.lower(), rest, steps))
    return found
