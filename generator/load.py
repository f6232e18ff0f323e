"""Load the three parts of the standard from a folder into one Standard."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .docbook import DocBookError, Part
from .load_rules import load_rule_sources
from .model import Edition, Standard
from .parse_dictionary import parse_elements, parse_uids
from .parse_iods import parse_iods
from .parse_sop_classes import parse_sop_classes

PART_FILES = {"PS3.3": "part03.xml", "PS3.4": "part04.xml", "PS3.6": "part06.xml"}
_EDITION = re.compile(r"\b(\d{4}[a-e]?)\b")


def edition_of(part: Part, name: str) -> Edition:
    """The edition named in the part's <subtitle>, e.g. "2016c"."""
    match = _EDITION.search(part.subtitle)
    if not match:
        raise DocBookError(f"{part.path}: no edition in subtitle {part.subtitle!r}")
    return Edition(part=name, edition=match.group(1), title=part.subtitle)


def load_standard(folder: Path) -> Standard:
    """Parse part03.xml, part04.xml and part06.xml from `folder`."""
    missing = [f for f in PART_FILES.values() if not (folder / f).is_file()]
    if missing:
        raise DocBookError(
            f"{folder}: missing {', '.join(missing)}; point DICOM_STANDARD_XML (or --standard)"
            " at a folder with the DocBook, or run `make fetch` to download it into standard_xml/"
        )
    parts = {name: Part(folder / file) for name, file in PART_FILES.items()}
    for name, part in parts.items():
        if part.label.replace(" ", "") not in ("", name):
            raise DocBookError(f"{part.path}: this is {part.label}, expected {name}")
    elements, element_skips = parse_elements(parts["PS3.6"])
    tables, iods, iod_skips = parse_iods(parts["PS3.3"])
    uids = parse_uids(parts["PS3.6"])
    values, profile, rule_skips = load_rule_sources(folder)
    sop_classes = [
        replace(s, registered=uids.get(s.uid, ("", ""))[1] == "SOP Class")
        for s in parse_sop_classes(parts["PS3.4"])
    ]
    return Standard(
        editions=tuple(edition_of(part, name) for name, part in parts.items()),
        elements=tuple(elements),
        tables=tuple(tables),
        iods=tuple(iods),
        sop_classes=tuple(sop_classes),
        skips=tuple(element_skips + iod_skips + rule_skips),
        attribute_values=values,
        profile=profile,
    )
