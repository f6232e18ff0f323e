"""The rules' own inputs, beside what load.py reads: PS3.3 value lists and PS3.15 Annex E."""

from __future__ import annotations

from pathlib import Path

from .docbook import Part
from .model import Skip
from .parse_profile import parse_profile
from .parse_values import parse_values
from .rules_model import AttributeValues, ConfidentialityProfile

PROFILE_FILE = "part15.xml"


def load_rule_sources(
    folder: Path,
) -> tuple[tuple[AttributeValues, ...], ConfidentialityProfile | None, list[Skip]]:
    """Value lists of folder/part03.xml and the profile of folder/part15.xml; without
    part15.xml there is no profile (the report counts 0 de-identification rows), and
    de-identification refuses to run with such rules."""
    from .load import edition_of

    values, skips = parse_values(folder / "part03.xml")
    path = folder / PROFILE_FILE
    if not path.is_file():
        return values, None, skips
    part = Part(path)
    profile, profile_skips = parse_profile(part, edition_of(part, "PS3.15"))
    return values, profile, skips + profile_skips
