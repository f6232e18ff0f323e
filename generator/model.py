"""The parsed DICOM standard as frozen data: no XML types, no rendering concerns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules_model import AttributeValues, ConfidentialityProfile

# Value Representations (PS3.5 table 6.2-1).
# fmt: off
VRS: tuple[str, ...] = (
    "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD", "OF",
    "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN",
    "UR", "US", "UT", "UV",
)
# fmt: on

_TAG_TEXT = re.compile(r"^\(([0-9A-Fx]{4}),([0-9A-Fx]{4})\)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, order=True)
class Tag:
    """A data element tag, possibly with repeating-group wildcards such as (60xx,3000).

    `value` holds the tag with every wildcard nibble set to zero; `mask` has 0xF in
    each nibble that must match, so a concrete tag t matches when
    `t & mask == value`.
    """

    value: int
    mask: int = 0xFFFFFFFF

    @classmethod
    def parse(cls, text: str) -> Tag:
        """Parse "(GGGG,EEEE)", where any nibble may be "x" (a wildcard)."""
        match = _TAG_TEXT.match(text.strip())
        if not match:
            raise ValueError(f"not a DICOM tag: {text!r}")
        digits = match.group(1) + match.group(2)
        value = mask = 0
        for char in digits:
            value <<= 4
            mask <<= 4
            if char not in "xX":
                value |= int(char, 16)
                mask |= 0xF
        return cls(value, mask)

    @property
    def is_pattern(self) -> bool:
        return self.mask != 0xFFFFFFFF

    @property
    def group(self) -> int:
        return self.value >> 16

    @property
    def element(self) -> int:
        return self.value & 0xFFFF

    def matches(self, tag: int) -> bool:
        return tag & self.mask == self.value

    def __str__(self) -> str:
        digits = []
        for shift in range(28, -1, -4):
            nibble_mask = (self.mask >> shift) & 0xF
            digits.append("x" if nibble_mask == 0 else f"{(self.value >> shift) & 0xF:X}")
        text = "".join(digits)
        return f"({text[:4]},{text[4:]})"


@dataclass(frozen=True, slots=True)
class DataElement:
    """One row of the PS3.6 registry (tables 6-1, 7-1, 8-1)."""

    tag: Tag
    name: str
    keyword: str
    vrs: tuple[str, ...]
    vm: str
    retired: bool
    source: str = "PS3.6"

    @property
    def vr(self) -> str:
        """The VR as the standard writes it, e.g. "US or SS"."""
        return " or ".join(self.vrs)


class Usage(StrEnum):
    """Module usage in an IOD (PS3.3 A.1.3)."""

    MANDATORY = "M"
    CONDITIONAL = "C"
    USER_OPTION = "U"


@dataclass(frozen=True, slots=True)
class AttributeRow:
    """A row of a module or macro table that names an attribute."""

    depth: int
    name: str
    tag: Tag
    type: str
    description: str
    row: int


@dataclass(frozen=True, slots=True)
class IncludeRow:
    """An "Include Table X" row: the target table's rows go here, at this depth."""

    depth: int
    target_id: str
    text: str
    row: int


@dataclass(frozen=True, slots=True)
class FunctionalGroupsRow:
    """The italic row of the Multi-frame Functional Groups Module that stands for the
    functional group macros the IOD selects (e.g. Table C.7.6.16-1)."""

    depth: int
    text: str
    row: int


Row = AttributeRow | IncludeRow | FunctionalGroupsRow


class TableKind(StrEnum):
    MODULE = "module"
    MACRO = "macro"


@dataclass(frozen=True, slots=True)
class AttributeTable:
    """A PS3.3 module or macro attribute table, rows as written (includes unexpanded)."""

    table_id: str
    label: str
    name: str
    kind: TableKind
    section: str
    section_id: str
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class ModuleReference:
    """A row of an IOD Modules table."""

    ie: str
    name: str
    section: str
    table_id: str
    usage: Usage
    condition: str


@dataclass(frozen=True, slots=True)
class FunctionalGroupReference:
    """A row of an enhanced IOD's Functional Group Macros table."""

    name: str
    section: str
    table_id: str
    usage: Usage
    condition: str


@dataclass(frozen=True, slots=True)
class Iod:
    name: str
    section: str
    section_id: str
    table_id: str
    modules: tuple[ModuleReference, ...]
    functional_groups: tuple[FunctionalGroupReference, ...] = ()
    functional_groups_table_id: str = ""


@dataclass(frozen=True, slots=True)
class SopClass:
    """A SOP Class stored in files (PS3.4 B.5-1, I.4-1, B.6-1) and the PS3.3 section of
    its IOD; `registered` when the PS3.6 UID registry lists it."""

    uid: str
    name: str
    iod_section_id: str
    retired: bool = False  # from PS3.4 B.6-1, with the IOD of its current namesake
    registered: bool = False


@dataclass(frozen=True, slots=True)
class Edition:
    part: str
    edition: str
    title: str
    note: str = ""  # where the file came from, when not as published (sources.py)


@dataclass(frozen=True, slots=True)
class Skip:
    """A construct the generator met and did not use, with the reason."""

    where: str
    reason: str


@dataclass(frozen=True, slots=True)
class Standard:
    """Everything parsed from PS3.3, PS3.4 and PS3.6."""

    editions: tuple[Edition, ...]
    elements: tuple[DataElement, ...]
    tables: tuple[AttributeTable, ...]
    iods: tuple[Iod, ...]
    sop_classes: tuple[SopClass, ...]
    skips: tuple[Skip, ...] = field(default=())
    attribute_values: tuple[AttributeValues, ...] = ()
    profile: ConfidentialityProfile | None = None
