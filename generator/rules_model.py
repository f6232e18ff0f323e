"""What the rules need beyond the schema, as frozen data: the PS3.15 Annex E profile
(Tables E.1-1, E.1-1a, E.3.10-1) and the value lists of PS3.3 attribute descriptions."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Edition, Tag


@dataclass(frozen=True, slots=True)
class ActionCode:
    """A row of Table E.1-1a. `by_type` pairs each letter of a composite code with the
    attribute Type it keeps conformance for, as the meaning states it ("X/Z/D": X for
    Type 3, Z for Type 2, D for Type 1); empty for the single-letter codes."""

    code: str
    meaning: str
    by_type: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ProfileOption:
    """An action column of Table E.1-1: the Basic Profile or one of its Options.

    `name` is the option's name in CID 7050 (e.g. "Retain UIDs Option"), `keyword` the
    name used on the command line ("retain-uids"), `code` its (value, scheme, meaning)
    for De-identification Method Code Sequence, when CID 7050 has it."""

    column: str
    name: str
    keyword: str
    code: tuple[str, str, str] | None


@dataclass(frozen=True, slots=True)
class ProfileRow:
    """A row of Table E.1-1: the attribute (a tag or tag pattern; `private` for the
    "(gggg,eeee) where gggg is odd" row) and one action per column ("" when blank)."""

    name: str
    tag: Tag | None
    private: bool
    retired: bool
    in_standard_iod: bool
    actions: tuple[str, ...]
    row: int


@dataclass(frozen=True, slots=True)
class SafePrivateAttribute:
    """A row of Table E.3.10-1: a private element, by group, element byte and creator."""

    tag: Tag
    creator: str
    vr: str
    vm: str
    meaning: str


@dataclass(frozen=True, slots=True)
class ConfidentialityProfile:
    """PS3.15 Annex E as parsed: action codes, the profile and option columns, the rows."""

    edition: Edition
    codes: tuple[ActionCode, ...]
    columns: tuple[ProfileOption, ...]  # the Basic Profile first, then its Options
    rows: tuple[ProfileRow, ...]
    safe_private: tuple[SafePrivateAttribute, ...]


@dataclass(frozen=True, slots=True)
class ValueSet:
    """Enumerated Values or Defined Terms listed for an attribute; `value` is 0 when the
    list holds for every value, N for "... for Value N"."""

    kind: str  # "enumerated" or "defined"
    value: int
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AttributeValues:
    """The value lists of one attribute row of a PS3.3 table (row numbers as in
    parse_iods: body rows counted from 1)."""

    table_id: str
    row: int
    tag: Tag
    value_sets: tuple[ValueSet, ...]
