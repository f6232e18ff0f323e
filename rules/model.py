"""The shipped rules (dicomproto/v1/rules.json.gz, written by the generator) as objects.

`Rules.default()` reads the file the package ships, once; `Rules.load(path)` reads one
generated from another edition (`dicomproto generate --standard DIR --out OUT` writes
OUT/python/dicomproto/v1/rules.json.gz), gzipped or not. Nothing here needs lxml or the
DocBook.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from pydicom import datadict

RULES_FORMAT = 1
SHIPPED = "rules.json.gz"  # in dicomproto.v1: the rules JSON, gzipped
_MISSING = object()
SHARED_FUNCTIONAL_GROUPS = 0x52009229
PER_FRAME_FUNCTIONAL_GROUPS = 0x52009230


class RulesError(Exception):
    """A rules file that cannot be used, with the file named."""


@dataclass(frozen=True, slots=True)
class TagMatch:
    """A tag, or a pattern such as (60xx,3000): `tag & mask == value`."""

    value: int
    mask: int

    @classmethod
    def parse(cls, key: str) -> TagMatch:
        """ "00100010" or "60xx3000"."""
        value = mask = 0
        for char in key:
            value <<= 4
            mask <<= 4
            if char not in "xX":
                value |= int(char, 16)
                mask |= 0xF
        return cls(value, mask)

    @property
    def is_pattern(self) -> bool:
        return self.mask != 0xFFFFFFFF

    def matches(self, tag: int) -> bool:
        return tag & self.mask == self.value


@dataclass(frozen=True, slots=True)
class Condition:
    text: str
    expression: list | None
    forbidden_otherwise: bool


@dataclass(frozen=True, slots=True)
class ValueSet:
    kind: str  # "enumerated" | "defined"
    value: int  # 0: every value; N: Value N
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AttributeRule:
    """An attribute in one context (a module, a macro or a sequence's items)."""

    tag: TagMatch
    type: str
    condition: Condition | None
    value_sets: tuple[ValueSet, ...]
    item_list: int  # index into Rules.lists, -1 when not a sequence
    item_count: str  # "1": at most one item; "1-n": at least one; "" no rule
    include_condition: Condition | None = None  # the attribute comes from a conditional include


@dataclass(frozen=True, slots=True)
class AttributeList:
    """The attributes of one context, with a lookup by tag."""

    attributes: tuple[AttributeRule, ...]
    functional_groups: bool = False
    by_tag: dict[int, AttributeRule] = field(default_factory=dict, compare=False)
    patterns: tuple[AttributeRule, ...] = ()

    def get(self, tag: int) -> AttributeRule | None:
        found = self.by_tag.get(tag)
        if found is None and self.patterns:
            found = next((r for r in self.patterns if r.tag.matches(tag)), None)
        return found


@dataclass(frozen=True, slots=True)
class Module:
    name: str
    section: str
    kind: str
    attributes: AttributeList


@dataclass(frozen=True, slots=True)
class IodModule:
    ie: str
    module: Module
    usage: str
    condition: Condition | None


@dataclass(frozen=True, slots=True)
class FunctionalGroup:
    macro: Module
    usage: str
    condition: Condition | None


@dataclass(frozen=True, slots=True)
class Iod:
    name: str
    section: str
    sop_classes: tuple[str, ...]
    modules: tuple[IodModule, ...]
    functional_groups: tuple[FunctionalGroup, ...]


@dataclass(frozen=True, slots=True)
class ProfileColumn:
    """The Basic Profile or one of its Options (a column of PS3.15 Table E.1-1)."""

    column: str
    name: str
    keyword: str
    code: tuple[str, str, str] | None


@dataclass(frozen=True, slots=True)
class ProfileRow:
    tag: TagMatch | None  # None: the row for all private attributes
    name: str
    retired: bool
    in_standard_iod: bool
    actions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SafePrivate:
    group: int
    element: int  # the element byte (xxEE)
    creator: str
    vr: str
    meaning: str


@dataclass(frozen=True)
class Profile:
    """PS3.15 Annex E: action codes, columns, rows, safe private attributes."""

    edition: str
    codes: dict[str, tuple[tuple[str, str], ...]]
    meanings: dict[str, str]
    columns: tuple[ProfileColumn, ...]
    rows: tuple[ProfileRow, ...]
    safe_private: tuple[SafePrivate, ...]

    def __post_init__(self) -> None:
        exact = {r.tag.value: r for r in self.rows if r.tag is not None and not r.tag.is_pattern}
        object.__setattr__(self, "_exact", exact)
        patterns = tuple(r for r in self.rows if r.tag is not None and r.tag.is_pattern)
        object.__setattr__(self, "_patterns", patterns)
        private = next((r for r in self.rows if r.tag is None), None)
        object.__setattr__(self, "private_row", private)
        safe: dict[tuple[int, int], set[str]] = {}
        for entry in self.safe_private:
            safe.setdefault((entry.group, entry.element), set()).add(entry.creator)
        object.__setattr__(self, "_safe", safe)

    def row(self, tag: int) -> ProfileRow | None:
        """The row of a tag: its own, else the first pattern row it matches."""
        found = self._exact.get(tag, _MISSING)  # type: ignore[attr-defined]
        if found is _MISSING:
            found = next((r for r in self._patterns if r.tag.matches(tag)), None)  # type: ignore[attr-defined,union-attr]
            self._exact[tag] = found  # type: ignore[attr-defined]  # tags seen are few
        return found

    def is_safe_private(self, tag: int, creator: str) -> bool:
        creators = self._safe.get((tag >> 16, tag & 0xFF))  # type: ignore[attr-defined]
        return creators is not None and creator.strip() in creators


class Rules:
    """IODs, their modules and attribute lists, and the de-identification profile."""

    def __init__(self, data: dict, source: str) -> None:
        if data.get("format") != RULES_FORMAT:
            raise RulesError(
                f"{source}: not a rules file (format {data.get('format')!r}, expected 1)"
            )
        self.source = source
        self.editions: dict[str, str] = dict(data["editions"])
        self.elements: dict[int, tuple[str, str, str, str]] = {}
        self.patterns: list[tuple[TagMatch, tuple[str, str, str, str]]] = []
        for key, entry in data["elements"].items():
            match = TagMatch.parse(key)
            if match.is_pattern:
                self.patterns.append((match, tuple(entry)))
            else:
                self.elements[match.value] = tuple(entry)
        conditions = [Condition(t, e, f) for t, e, f in data["conditions"]]
        value_sets = [ValueSet(k, v, tuple(t)) for k, v, t in data["value_sets"]]
        functional = set(data["functional_group_lists"])
        self.lists: list[AttributeList] = []
        for index, entries in enumerate(data["lists"]):
            rules = tuple(
                AttributeRule(
                    TagMatch.parse(tag),
                    type_,
                    conditions[condition] if condition >= 0 else None,
                    tuple(value_sets[i] for i in sets),
                    item_list,
                    item_count,
                    conditions[include] if include >= 0 else None,
                )
                for tag, type_, condition, sets, item_list, item_count, include in entries
            )
            self.lists.append(
                AttributeList(
                    rules,
                    index in functional,
                    {r.tag.value: r for r in rules if not r.tag.is_pattern},
                    tuple(r for r in rules if r.tag.is_pattern),
                )
            )
        modules = [
            Module(name, section, kind, self.lists[index])
            for name, section, kind, index in data["modules"]
        ]
        self.iods: list[Iod] = []
        self.by_sop_class: dict[str, Iod] = {}
        for entry in data["iods"]:
            iod = Iod(
                entry["name"],
                entry["section"],
                tuple(entry["sop_classes"]),
                tuple(
                    IodModule(ie, modules[m], usage, conditions[c] if c >= 0 else None)
                    for ie, m, usage, c in entry["modules"]
                ),
                tuple(
                    FunctionalGroup(modules[m], usage, conditions[c] if c >= 0 else None)
                    for m, usage, c in entry["functional_groups"]
                ),
            )
            self.iods.append(iod)
            for uid in iod.sop_classes:
                self.by_sop_class.setdefault(uid, iod)
        self.profile = _profile(data.get("deidentification"))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Rules:
        """Rules from a rules.json file, or its gzipped form (rules.json.gz)."""
        try:
            data = json.loads(_unpacked(Path(path).read_bytes()))
        except gzip.BadGzipFile as error:
            raise RulesError(f"{path}: not a rules file: {error}") from None
        except OSError as error:
            raise RulesError(f"{path}: cannot read: {error.strerror or error}") from None
        except (ValueError, EOFError) as error:
            raise RulesError(f"{path}: not a rules file: {error}") from None
        try:
            return cls(data, str(path))
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise RulesError(f"{path}: not a rules file: {type(error).__name__}: {error}") from None

    @classmethod
    def default(cls) -> Rules:
        """The rules shipped with the package."""
        return _default()

    def iod_for(self, sop_class_uid: str) -> Iod | None:
        return self.by_sop_class.get(sop_class_uid)

    def keyword(self, tag: int) -> str:
        entry = self.elements.get(tag)
        if entry is None:
            entry = next((e for m, e in self.patterns if m.matches(tag)), None)
        if entry is not None:
            return entry[0]
        return datadict.keyword_for_tag(tag) if tag >> 16 & 1 == 0 else ""

    def item_list(self, rule: AttributeRule) -> AttributeList | None:
        return self.lists[rule.item_list] if rule.item_list >= 0 else None


def _profile(data: dict | None) -> Profile | None:
    if not data:
        return None
    return Profile(
        edition=data["edition"],
        codes={code: tuple((t, a) for t, a in by_type) for code, _, by_type in data["codes"]},
        meanings={code: meaning for code, meaning, _ in data["codes"]},
        columns=tuple(
            ProfileColumn(c, n, k, tuple(code) if code else None)  # type: ignore[arg-type]
            for c, n, k, code in data["columns"]
        ),
        rows=tuple(
            ProfileRow(
                None if key == "private" else TagMatch.parse(key),
                name,
                retired,
                in_iod,
                tuple(actions),
            )
            for key, name, retired, in_iod, actions in data["rows"]
        ),
        safe_private=tuple(
            SafePrivate(
                TagMatch.parse(key).value >> 16,
                TagMatch.parse(key).value & 0xFF,
                creator,
                vr,
                meaning,
            )
            for key, creator, vr, _vm, meaning in data["safe_private"]
        ),
    )


def _unpacked(data: bytes) -> bytes:
    """The JSON bytes of a rules file, gzipped (as shipped) or not."""
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


@functools.cache
def _default() -> Rules:
    resource = resources.files("dicomproto.v1").joinpath(SHIPPED)
    try:
        data = _unpacked(resource.read_bytes())
    except OSError as error:
        raise RulesError(f"{resource}: the package ships no rules: {error}") from None
    return Rules(json.loads(data), str(resource))
