"""rules.json: what IOD validation and de-identification read at run time.

The package ships it gzipped (dicomproto/v1/rules.json.gz) so the rules need neither lxml nor the
DocBook. It holds the IODs (modules with IE, usage and condition; functional groups),
every attribute list reachable from them once (a module's or macro's top level, a
sequence's item content; items refer to lists by index, so recursive items such as
the SR Content Sequence stay finite), each attribute's Type, condition (text and, for
the common forms, an expression), value lists and item-count rule, and PS3.15 Annex E.
Lists rather than objects keep it compact; the layout is described by `LAYOUT`.
Output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable

from pydicom import datadict

from . import __version__
from .build import sop_classes_of
from .conditions import condition_text, parse_condition
from .dictionary import Dictionary
from .expand import Attribute, Expansion
from .model import AttributeRow, IncludeRow, Standard, Tag
from .rules_model import ConfidentialityProfile, ValueSet

RULES_NAME = "rules.json"
FORMAT = 1
LAYOUT = {
    "attribute": [
        "tag",
        "type",
        "condition",
        "value_sets",
        "item_list",
        "item_count",
        "include_condition",
    ],
    "condition": ["text", "expression", "forbidden_otherwise"],
    "value_set": ["kind", "value", "terms"],
    "module": ["name", "section", "kind", "list"],
    "iod_module": ["ie", "module", "usage", "condition"],
    "functional_group": ["module", "usage", "condition"],
    "element": ["keyword", "name", "vr", "vm"],
    "profile_row": ["tag", "name", "retired", "in_standard_iod", "actions"],
    "profile_column": ["column", "name", "keyword", "code"],
    "action_code": ["code", "meaning", "by_type"],
    "safe_private": ["tag", "creator", "vr", "vm", "meaning"],
}
_SINGLE_ITEM = re.compile(r"Only a single Item (?:is permitted|shall be included)", re.I)
_SOME_ITEMS = re.compile(r"One or more Items shall be included", re.I)
_FORBIDDEN = re.compile(r"shall not be present otherwise", re.I)
# Table C.17-5: "Include Table C.18.1-1 ... if and only if Value Type (0040,A040) is NUM."
_CONDITIONAL_INCLUDE = re.compile(r"^Include\b.*?\bif\b(?:\s+and\s+only\s+if\b)?\s+(.+)$", re.I)


def tag_key(tag: Tag | tuple[int, int]) -> str:
    """ "00100010" for a tag, "60xx3000" for a pattern."""
    value, mask = (tag.value, tag.mask) if isinstance(tag, Tag) else tag
    return "".join(
        "x" if (mask >> shift) & 0xF == 0 else f"{(value >> shift) & 0xF:X}"
        for shift in range(28, -1, -4)
    )


class _Exporter:
    def __init__(self, standard: Standard, expansion: Expansion, dictionary: Dictionary):
        self.standard = standard
        self.expansion = expansion
        self.dictionary = dictionary
        self.tables = {t.key: t for t in expansion.tables}
        self.items = {i.key: i for i in expansion.items}
        self.lists: list[list] = []
        self.list_index: dict[str, int] = {}
        self.conditions: list[list] = []
        self.condition_index: dict[str, int] = {}
        self.value_sets: list[list] = []
        self.value_set_index: dict[str, int] = {}
        self.tags: set[tuple[int, int]] = set()
        self.functional_group_lists: set[int] = set()
        self.names_by_tag: dict[int, list[str]] = {}
        self.tags_by_name: dict[str, int] = {}
        for element in dictionary.all_elements():
            if not element.tag.is_pattern:
                self.names_by_tag.setdefault(element.tag.value, []).append(element.name)
                self.tags_by_name.setdefault(
                    " ".join(element.name.lower().split()), element.tag.value
                )
        self.values = self._values_by_row()
        self.include_conditions = self._include_conditions()
        self.counts = {"conditions": 0, "conditions evaluable": 0, "value lists": 0}

    # PS3.3 --------------------------------------------------------------------------

    def _values_by_row(self) -> dict[tuple[str, int, int, str], tuple[ValueSet, ...] | None]:
        """(table, tag, mask, description) -> value sets; None where rows that look the
        same in the expansion list different values."""
        by_row = {(v.table_id, v.row): v.value_sets for v in self.standard.attribute_values}
        found: dict[tuple[str, int, int, str], tuple[ValueSet, ...] | None] = {}
        for table in self.standard.tables:
            for row in table.rows:
                if not isinstance(row, AttributeRow):
                    continue
                key = (table.table_id, row.tag.value, row.tag.mask, row.description)
                sets = by_row.get((table.table_id, row.row), ())
                if key in found and found[key] != sets:
                    found[key] = None
                else:
                    found.setdefault(key, sets)
        return found

    def _include_conditions(self) -> dict[str, dict[str, str]]:
        """table -> {table it includes under a condition (and what that one includes
        in turn): the condition as a "Required if" sentence}."""
        by_id = {t.table_id: t for t in self.standard.tables}

        def closure(table_id: str, seen: set[str]) -> set[str]:
            found = {table_id}
            for row in by_id[table_id].rows if table_id in by_id else ():
                if isinstance(row, IncludeRow) and row.depth == 0 and row.target_id not in seen:
                    found |= closure(row.target_id, seen | {row.target_id})
            return found

        def conditional(table_id: str, top_only: bool, seen: set[str]) -> dict[str, str]:
            found: dict[str, str] = {}
            for row in by_id[table_id].rows if table_id in by_id else ():
                if (
                    not isinstance(row, IncludeRow)
                    or (top_only and row.depth)
                    or (row.target_id in seen)
                ):
                    continue
                match = _CONDITIONAL_INCLUDE.match(row.text)
                if match:
                    text = "Required if " + match.group(1).rstrip(" .")
                    for target in closure(row.target_id, {row.target_id}):
                        found.setdefault(target, text)
                else:  # what the included table includes under a condition
                    inner = conditional(row.target_id, True, seen | {row.target_id})
                    for target, text in inner.items():
                        found.setdefault(target, text)
            return found

        return {
            t.table_id: conditional(t.table_id, False, {t.table_id}) for t in self.standard.tables
        }

    def names_of(self, tag: int) -> list[str]:
        names = list(self.names_by_tag.get(tag, []))
        with contextlib.suppress(KeyError):
            names.append(datadict.dictionary_description(tag))
        return names

    def condition(self, text: str) -> int:
        if not text:
            return -1
        if text not in self.condition_index:
            expression = parse_condition(text, self.names_of, self.tags_by_name)
            self.condition_index[text] = len(self.conditions)
            self.conditions.append([text, expression, bool(_FORBIDDEN.search(text))])
            self.counts["conditions"] += 1
            self.counts["conditions evaluable"] += expression is not None
        return self.condition_index[text]

    def value_set(self, value_set: ValueSet) -> int:
        entry = [value_set.kind, value_set.value, list(value_set.terms)]
        key = json.dumps(entry)
        if key not in self.value_set_index:
            self.value_set_index[key] = len(self.value_sets)
            self.value_sets.append(entry)
        return self.value_set_index[key]

    def attribute(self, attribute: Attribute, owner: str) -> list:
        value, mask = attribute.element_key
        self.tags.add(attribute.element_key)
        condition = -1
        if attribute.type.upper().endswith("C"):
            condition = self.condition(condition_text(attribute.description) or "")
        sets = self.values.get((attribute.table_id, value, mask, attribute.description)) or ()
        self.counts["value lists"] += len(sets)
        item_list = self.list_of(attribute.item_key) if attribute.item_key else -1
        item_count = ""
        if attribute.item_key:
            if _SINGLE_ITEM.search(attribute.description):
                item_count = "1"
            elif _SOME_ITEMS.search(attribute.description):
                item_count = "1-n"
        include = self.include_conditions.get(owner, {}).get(attribute.table_id, "")
        return [
            tag_key(attribute.element_key),
            attribute.type,
            condition,
            [self.value_set(s) for s in sets],
            item_list,
            item_count,
            self.condition(include),
        ]

    def list_of(self, key: str) -> int:
        """The index of the list of a table key or item key (assigned before its content
        is exported, so recursive items refer to themselves)."""
        if key in self.list_index:
            return self.list_index[key]
        index = len(self.lists)
        self.list_index[key] = index
        self.lists.append([])
        if key in self.items:
            item = self.items[key]
            attributes: Iterable[Attribute] = item.attributes
            owner = item.table_id
            if item.iod_table_id:
                self.functional_group_lists.add(index)
        else:
            attributes = self.tables[key].attributes
            owner = self.tables[key].table_id
        self.lists[index] = [self.attribute(a, owner) for a in attributes]
        return index

    def modules_and_iods(self) -> tuple[list[list], list[dict]]:
        tables = {t.table_id: t for t in self.standard.tables}
        modules: list[list] = []
        module_index: dict[str, int] = {}

        def module(key: str) -> int:
            if key not in module_index:
                expanded = self.tables[key]
                table = tables[expanded.table_id]
                module_index[key] = len(modules)
                modules.append([table.name, table.section, table.kind.value, -1])
                modules[module_index[key]][3] = self.list_of(key)
            return module_index[key]

        iods = []
        for expanded_iod in self.expansion.iods:
            iod = expanded_iod.iod
            iods.append(
                {
                    "name": iod.name,
                    "section": iod.section,
                    "sop_classes": sorted(s.uid for s in sop_classes_of(self.standard, iod)),
                    "modules": [
                        [m.ie, module(key), m.usage.value, self.condition(m.condition)]
                        for m, key in zip(iod.modules, expanded_iod.module_keys, strict=True)
                    ],
                    "functional_groups": [
                        [module(g.table_id), g.usage.value, self.condition(g.condition)]
                        for g in iod.functional_groups
                        if g.table_id in self.tables
                    ],
                }
            )
        return modules, iods

    # PS3.15 -------------------------------------------------------------------------

    def profile(self, profile: ConfidentialityProfile | None) -> dict | None:
        if profile is None:
            return None
        rows = []
        for row in profile.rows:
            if row.tag is not None:
                self.tags.add((row.tag.value, row.tag.mask))
            key = "private" if row.tag is None else tag_key(row.tag)
            rows.append([key, row.name, row.retired, row.in_standard_iod, list(row.actions)])
        return {
            "edition": profile.edition.edition,
            "codes": [[c.code, c.meaning, [list(p) for p in c.by_type]] for c in profile.codes],
            "columns": [
                [c.column, c.name, c.keyword, list(c.code) if c.code else None]
                for c in profile.columns
            ],
            "rows": rows,
            "safe_private": [
                [tag_key(s.tag), s.creator, s.vr, s.vm, s.meaning] for s in profile.safe_private
            ],
        }

    def elements(self) -> dict[str, list[str]]:
        found = {}
        for key in sorted(self.tags):
            try:
                element = self.dictionary.get(key)
            except KeyError:
                continue
            found[tag_key(key)] = [element.keyword, element.name, element.vr, element.vm]
        return found


def rules_json(
    standard: Standard, expansion: Expansion, dictionary: Dictionary
) -> tuple[str, dict[str, int]]:
    """The rules file's text and counts for the generator's report."""
    exporter = _Exporter(standard, expansion, dictionary)
    modules, iods = exporter.modules_and_iods()
    deidentification = exporter.profile(standard.profile)
    editions = {e.part: e.edition for e in standard.editions}
    if standard.profile is not None:
        editions["PS3.15"] = standard.profile.edition.edition
    data = {
        "format": FORMAT,
        "generator": __version__,
        "editions": editions,
        "layout": LAYOUT,
        "elements": exporter.elements(),
        "conditions": exporter.conditions,
        "value_sets": exporter.value_sets,
        "lists": exporter.lists,
        "functional_group_lists": sorted(exporter.functional_group_lists),
        "modules": modules,
        "iods": iods,
        "deidentification": deidentification,
    }
    text = _lines(data)
    counts = {
        "rules: attribute lists": len(exporter.lists),
        "conditions": exporter.counts["conditions"],
        "of them evaluable": exporter.counts["conditions evaluable"],
        "value lists": exporter.counts["value lists"],
        "de-identification rows (PS3.15 E.1-1)": len(standard.profile.rows)
        if standard.profile
        else 0,
    }
    return text, counts


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _lines(data: dict) -> str:
    """Compact JSON with one top-level key, and one entry of each top-level list or
    object, per line: small, and a change shows as the lines it changes."""
    out = ["{"]
    keys = sorted(data)
    for number, key in enumerate(keys):
        value = data[key]
        end = "," if number + 1 < len(keys) else ""
        if isinstance(value, list) and value:
            entries = [_dump(v) for v in value]
            out.append(f"{_dump(key)}:[")
            out.append(",\n".join(entries))
            out.append("]" + end)
        elif isinstance(value, dict) and value and key != "layout":
            entries = [f"{_dump(k)}:{_dump(value[k])}" for k in sorted(value)]
            out.append(f"{_dump(key)}:{{")
            out.append(",\n".join(entries))
            out.append("}" + end)
        else:
            out.append(f"{_dump(key)}:{_dump(value)}{end}")
    out.append("}")
    return "\n".join(out) + "\n"
