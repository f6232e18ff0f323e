"""Expansion pass: includes flattened at their depth, sequence items keyed by where they
are defined, recursion turned into references, IOD functional groups put in place."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dictionary import Dictionary
from .model import (
    AttributeRow,
    AttributeTable,
    FunctionalGroupReference,
    FunctionalGroupsRow,
    IncludeRow,
    Iod,
    Row,
    Skip,
)


@dataclass(frozen=True, slots=True)
class Attribute:
    """An attribute in context: the element, its type there, and (SQ) its item content."""

    element_key: tuple[int, int]
    type: str
    description: str
    table_id: str
    item_key: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """The content of a sequence's items in one context. `key` says where the content is
    defined ("table_10-5/(0008,2218)": the table and the row's path in it), and stays
    the same when other tables, rows or editions appear."""

    key: str
    sequence_key: tuple[int, int]
    table_id: str
    attributes: tuple[Attribute, ...]
    iod_table_id: str = ""  # set when the IOD's functional groups fill this item
    parents: tuple[tuple[int, int], ...] = ()  # enclosing sequences in the defining table


@dataclass(frozen=True, slots=True)
class ExpandedTable:
    """A module or macro with every include flattened into its rows."""

    key: str
    table_id: str
    iod_table_id: str
    attributes: tuple[Attribute, ...]


@dataclass(frozen=True, slots=True)
class ExpandedIod:
    iod: Iod
    module_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Expansion:
    tables: tuple[ExpandedTable, ...]
    items: tuple[Item, ...]
    iods: tuple[ExpandedIod, ...]
    skips: tuple[Skip, ...]


@dataclass
class _Context:
    """What differs between expansions of the same table: the IOD's functional groups."""

    iod_table_id: str = ""
    functional_groups: tuple[FunctionalGroupReference, ...] = ()
    used_functional_groups: bool = False


Key = tuple[int, int]


def row_paths(table: AttributeTable) -> dict[int, tuple[str, tuple[Key, ...]]]:
    """Row number -> (the row's place in its table, the tags of the sequence rows that
    enclose it). The place is a path that survives rows being added elsewhere:
    "table_C.8-3/(0018,9346)" for a top-level row, the tags of the enclosing rows (or
    "+target" for an include) before a nested row's own."""
    paths: dict[int, tuple[str, tuple[Key, ...]]] = {}
    seen: dict[str, int] = {}
    stack: list[tuple[int, str, Key | None]] = []
    for row in table.rows:
        while stack and stack[-1][0] >= row.depth:
            stack.pop()
        tag: Key | None = None
        if isinstance(row, AttributeRow):
            segment = str(row.tag)
            tag = (row.tag.value, row.tag.mask)
        elif isinstance(row, IncludeRow):
            segment = f"+{row.target_id}"
        else:
            segment = "+functional-groups"
        path = "/".join([table.table_id, *(s for _, s, _ in stack), segment])
        seen[path] = seen.get(path, 0) + 1
        # The same tag twice at one place (alternative definitions): the second is ~2.
        if seen[path] > 1:
            path = f"{path}~{seen[path]}"
        paths[row.row] = (path, tuple(t for _, _, t in stack if t is not None))
        stack.append((row.depth, segment, tag))
    return paths


@dataclass
class _Expander:
    tables: dict[str, AttributeTable]
    dictionary: Dictionary
    items: dict[str, Item] = field(default_factory=dict)
    in_progress: set[str] = field(default_factory=set)
    skips: list[Skip] = field(default_factory=list)
    _skip_seen: set[tuple[str, str]] = field(default_factory=set)
    _paths: dict[str, dict[int, tuple[str, tuple[Key, ...]]]] = field(default_factory=dict)

    def path(self, table: AttributeTable, row: int) -> tuple[str, tuple[Key, ...]]:
        paths = self._paths.get(table.table_id)
        if paths is None:
            paths = self._paths[table.table_id] = row_paths(table)
        return paths[row]

    def skip(self, where: str, reason: str) -> None:
        if (where, reason) not in self._skip_seen:
            self._skip_seen.add((where, reason))
            self.skips.append(Skip(where, reason))

    def where(self, table_id: str, row: int) -> str:
        table = self.tables[table_id]
        return f"table {table.label} ({table.name}), row {row}"

    def table(self, table_id: str, context: _Context) -> tuple[Attribute, ...]:
        table = self.tables[table_id]
        return self._level(table, table.rows, 0, 0, context, (table_id,))[0]

    def _level(
        self,
        table: AttributeTable,
        rows: tuple[Row, ...],
        start: int,
        depth: int,
        context: _Context,
        stack: tuple[str, ...],
    ) -> tuple[tuple[Attribute, ...], int]:
        """Attributes of rows[start:] at `depth`, and the index where the level ends."""
        attributes: list[Attribute] = []
        index = start
        while index < len(rows):
            row = rows[index]
            if row.depth < depth:
                break
            if row.depth > depth and attributes and attributes[-1].item_key:
                # Table C.18.4-1: ">" rows after an include add to the item of the
                # sequence that the included table ends with (Referenced SOP Sequence).
                end = index
                while end < len(rows) and rows[end].depth > depth:
                    end += 1
                attributes[-1] = self._extend_item(
                    attributes[-1], table, rows, index, depth + 1, context
                )
                index = end
                continue
            if row.depth > depth:
                self.skip(
                    self.where(table.table_id, row.row),
                    "nested row ('>') without an enclosing sequence",
                )
                index += 1
                continue
            index += 1
            if isinstance(row, IncludeRow):
                attributes.extend(self._include(table, row, context, stack))
            elif isinstance(row, FunctionalGroupsRow):
                attributes.extend(self._functional_groups(context))
            elif isinstance(row, AttributeRow):
                end = index
                while end < len(rows) and rows[end].depth > depth:
                    end += 1
                attribute = self._attribute(table, rows, row, index, end, depth, context)
                if attribute is not None:
                    attributes.append(attribute)
                index = end
        return self._merge(tuple(attributes), table.table_id), index

    def _include(
        self, table: AttributeTable, row: IncludeRow, context: _Context, stack: tuple[str, ...]
    ) -> tuple[Attribute, ...]:
        if row.target_id in stack:
            self.skip(
                self.where(table.table_id, row.row),
                f"include cycle through {row.target_id} outside any sequence",
            )
            return ()
        target = self.tables[row.target_id]
        return self._level(target, target.rows, 0, 0, context, (*stack, row.target_id))[0]

    def _functional_groups(self, context: _Context) -> list[Attribute]:
        context.used_functional_groups = True
        attributes: list[Attribute] = []
        for group in context.functional_groups:
            attributes.extend(self.table(group.table_id, _Context()))
        return attributes

    def _attribute(
        self,
        table: AttributeTable,
        rows: tuple[Row, ...],
        row: AttributeRow,
        first_child: int,
        end: int,
        depth: int,
        context: _Context,
    ) -> Attribute | None:
        element = self.dictionary.lookup(row.tag, row.name, self.where(table.table_id, row.row))
        if element is None:
            return None
        key = (element.tag.value, element.tag.mask)
        if "SQ" not in element.vrs:
            if end > first_child:
                self.skip(
                    self.where(table.table_id, row.row),
                    f"nested rows under {element.tag} {element.keyword}, which "
                    f"{element.source} gives VR {element.vr}, not SQ: its items stay generic",
                )
            return Attribute(key, row.type, row.description, table.table_id)
        children = rows[first_child:end]
        item_key, parents = self.path(table, row.row)
        filled_by_iod = context.iod_table_id and any(
            isinstance(child, FunctionalGroupsRow) and child.depth == depth + 1
            for child in children
        )
        if filled_by_iod:
            item_key += f"@{context.iod_table_id}"
        if item_key not in self.items and item_key not in self.in_progress:
            self.in_progress.add(item_key)
            # A new item level: includes may name tables again (recursion stops at item keys).
            content, _ = self._level(table, rows, first_child, depth + 1, context, ())
            self.in_progress.discard(item_key)
            iod_table_id = context.iod_table_id if filled_by_iod else ""
            self.items[item_key] = Item(
                item_key, key, table.table_id, content, iod_table_id, parents
            )
        return Attribute(key, row.type, row.description, table.table_id, item_key)

    def _extend_item(
        self,
        sequence: Attribute,
        table: AttributeTable,
        rows: tuple[Row, ...],
        start: int,
        depth: int,
        context: _Context,
    ) -> Attribute:
        key = f"{sequence.item_key}&{self.path(table, rows[start].row)[0]}"
        if key not in self.items and key not in self.in_progress:
            self.in_progress.add(key)
            extra, _ = self._level(table, rows, start, depth, context, ())
            self.in_progress.discard(key)
            base = self.items[sequence.item_key]
            content = self._merge(base.attributes + extra, table.table_id)
            self.items[key] = Item(
                key, base.sequence_key, table.table_id, content, parents=base.parents
            )
        return Attribute(
            sequence.element_key, sequence.type, sequence.description, sequence.table_id, key
        )

    def _merge(self, attributes: tuple[Attribute, ...], table_id: str) -> tuple[Attribute, ...]:
        """One attribute per tag: where conditional includes repeat a tag (Table C.17-5
        includes several content macros that all define Referenced SOP Sequence), the
        first definition wins and sequence items are united."""
        merged: dict[tuple[int, int], Attribute] = {}
        for attribute in attributes:
            first = merged.get(attribute.element_key)
            if first is None:
                merged[attribute.element_key] = attribute
            elif first.item_key != attribute.item_key:
                merged[attribute.element_key] = self._unite(first, attribute, table_id)
        return tuple(merged.values())

    def _unite(self, first: Attribute, second: Attribute, table_id: str) -> Attribute:
        if first.item_key in self.in_progress or second.item_key in self.in_progress:
            return first
        united_key = f"{first.item_key}+{second.item_key}"
        if united_key not in self.items:
            a, b = self.items[first.item_key], self.items[second.item_key]
            content = self._merge(a.attributes + b.attributes, table_id)
            self.items[united_key] = Item(
                united_key, a.sequence_key, table_id, content, parents=a.parents
            )
        return Attribute(
            first.element_key, first.type, first.description, first.table_id, united_key
        )


def expand(
    tables: tuple[AttributeTable, ...], iods: tuple[Iod, ...], dictionary: Dictionary
) -> Expansion:
    """Flatten every table and every IOD's modules."""
    by_id = {table.table_id: table for table in tables}
    expander = _Expander(by_id, dictionary)
    expanded: dict[str, ExpandedTable] = {}
    holds_functional_groups = set()  # tables whose expansion meets the placeholder row
    for table in tables:
        context = _Context()
        attributes = expander.table(table.table_id, context)
        expanded[table.table_id] = ExpandedTable(table.table_id, table.table_id, "", attributes)
        if context.used_functional_groups:
            holds_functional_groups.add(table.table_id)
    expanded_iods = []
    for iod in iods:
        module_keys = []
        for module in iod.modules:
            key = module.table_id
            if iod.functional_groups and module.table_id in holds_functional_groups:
                context = _Context(iod.table_id, iod.functional_groups)
                attributes = expander.table(module.table_id, context)
                key = f"{module.table_id}@{iod.table_id}"
                expanded[key] = ExpandedTable(key, module.table_id, iod.table_id, attributes)
            module_keys.append(key)
        expanded_iods.append(ExpandedIod(iod, tuple(module_keys)))
    return Expansion(
        tables=tuple(expanded.values()),
        items=tuple(expander.items.values()),
        iods=tuple(expanded_iods),
        skips=tuple(expander.skips + dictionary.skips),
    )
