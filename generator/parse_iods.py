"""PS3.3: IOD module tables, functional group macro tables, module and macro attribute tables."""

from __future__ import annotations

import re
from dataclasses import replace

from .docbook import Cell, DocBookError, Part, Table
from .model import (
    AttributeRow,
    AttributeTable,
    FunctionalGroupReference,
    FunctionalGroupsRow,
    IncludeRow,
    Iod,
    ModuleReference,
    Row,
    Skip,
    TableKind,
    Tag,
    Usage,
)

# Compared case-insensitively: Table C.11.5-1 (Image Histogram) writes "Attribute name".
ATTRIBUTE_HEADER = ("attribute name", "tag")
IOD_HEADER = ("IE", "Module", "Reference", "Usage")
# The Basic Directory IOD (Table F.3-1) has no IE column.
IOD_HEADER_WITHOUT_IE = ("Module", "Reference", "Usage")
# Tables of the Conventions chapter illustrate the notation (Table 5.4-1 "Example Module
# Table", with tags such as (AAAA,AAAA)); they define no module or macro.
EXAMPLES_CHAPTER = "Conventions"
FUNCTIONAL_GROUP_HEADER = ("Functional Group Macro", "Section", "Usage")

_CAPTION_SUFFIX = re.compile(r"\s*(Attributes?|Table)?\s*(Description)?\s*$", re.IGNORECASE)
_USAGE = re.compile(r"^\s*([MCU])\b\s*[-\u2013\u2014]?\s*(.*)$", re.DOTALL)


def table_name(caption: str) -> str:
    """ "CT Image Module Attributes" -> "CT Image Module"."""
    return _CAPTION_SUFFIX.sub("", caption).strip()


def is_attribute_table(table: Table) -> bool:
    return tuple(text.lower() for text in table.header[:2]) == ATTRIBUTE_HEADER


def is_example(part: Part, table: Table) -> bool:
    chapter = list(part.ancestors(table.section_id))[-1:]
    return bool(chapter) and chapter[0].title == EXAMPLES_CHAPTER


class _Resolver:
    """Finds the attribute table that a link (table or section id) stands for."""

    def __init__(self, part: Part) -> None:
        self.part = part
        self.usable = {
            t.table_id
            for t in part.tables.values()
            if is_attribute_table(t) and not is_example(part, t)
        }

    def table_id(self, link: str) -> str | None:
        if link in self.part.tables:
            return link if link in self.usable else None
        section = self.part.sections.get(link)
        if section is None:
            return None
        return next((t for t in section.table_ids if t in self.usable), None)

    def section_label(self, link: str, table_id: str) -> str:
        """The section an IOD row names: the linked section, else the table's own."""
        section = self.part.sections.get(link)
        return section.label if section is not None else self.part.tables[table_id].section_label


def _depth_and_text(text: str) -> tuple[int, str]:
    stripped = text.lstrip()
    depth = len(stripped) - len(stripped.lstrip(">"))
    return depth, stripped[depth:].strip()


def parse_attribute_table(table: Table, resolver: _Resolver, skips: list[Skip]) -> AttributeTable:
    """Rows of one module or macro table; includes resolved to table ids, not expanded."""
    header = table.header
    tag_col = 1
    type_col = header.index("Type") if "Type" in header else None
    description_col = len(header) - 1
    rows: list[Row] = []
    for number, cells in enumerate(table.rows, start=1):
        if not cells:
            continue
        depth, text = _depth_and_text(cells[0].text)
        if cells[0].colspan > 1:
            # No Tag cell of its own: an include, a divider or a row standing for
            # attributes. A row with a Tag cell is an attribute whatever its name says
            # ("Includes Imaging Subject" (0034,0008), Table C.7.6.16.2.27-1).
            if text.lower().startswith("include"):
                rows.extend(_include_row(table, number, cells[0], depth, text, resolver, skips))
            elif cells[0].colspan < len(header) or cells[0].links:
                # Table C.12-1 row 62: ">>Any Attribute from the main data set ..."
                skips.append(
                    Skip(table.where(number), f"row without a tag (kept generic): {text[:70]!r}")
                )
            # else an italic divider such as "BASIC CODED ENTRY ATTRIBUTES" (Table 8.8-1a).
            continue
        needed = max(tag_col, type_col or 0) + 1
        if len(cells) < needed:
            raise DocBookError(f"{table.where(number)}: {len(cells)} cells, expected {needed}")
        try:
            tag = Tag.parse(cells[tag_col].text)
        except ValueError as error:
            raise DocBookError(f"{table.where(number)}: {error}") from None
        rows.append(
            AttributeRow(
                depth=depth,
                name=text,
                tag=tag,
                type=cells[type_col].text if type_col is not None else "",
                description=cells[description_col].text if len(cells) > description_col else "",
                row=number,
            )
        )
    name = table_name(table.caption)
    kind = TableKind.MODULE if name.endswith("Module") else TableKind.MACRO
    return AttributeTable(
        table_id=table.table_id,
        label=table.label,
        name=name,
        kind=kind,
        section=table.section_label,
        section_id=table.section_id,
        rows=tuple(rows),
    )


def _include_row(
    table: Table,
    number: int,
    cell: Cell,
    depth: int,
    text: str,
    resolver: _Resolver,
    skips: list[Skip],
) -> list[Row]:
    targets = [t for t in (resolver.table_id(link) for link in cell.links) if t]
    if targets:
        return [IncludeRow(depth=depth, target_id=targets[0], text=text, row=number)]
    if "functional group macro" in text.lower():
        # Table C.7.6.16-1: the IOD's Functional Group Macros table says what goes here.
        return [FunctionalGroupsRow(depth=depth, text=text, row=number)]
    reason = (
        f"include of {cell.links[0]!r}, which is not an attribute table in this file"
        if cell.links
        else "include row without a table reference"
    )
    skips.append(Skip(table.where(number), f"{reason}: {text[:80]!r}"))
    return []


def _usage(text: str, where: str) -> tuple[Usage, str]:
    match = _USAGE.match(text)
    if not match:
        raise DocBookError(f"{where}: usage {text!r} is not M, C or U")
    return Usage(match.group(1)), match.group(2).strip()


def _iod_section(part: Part, table: Table) -> tuple[str, str]:
    """The section that defines the IOD: the nearest one titled "... IOD" (e.g. A.3)."""
    for section in part.ancestors(table.section_id):
        if section.title.endswith("IOD"):
            return section.section_id, section.label
    return table.section_id, table.section_label


def _module_rows(
    table: Table, resolver: _Resolver, skips: list[Skip], with_ie: bool = True
) -> list[ModuleReference]:
    modules = []
    ie = ""
    for number, cells in enumerate(table.rows, start=1):
        where = table.where(number)
        if not with_ie:
            if len(cells) < 3:
                raise DocBookError(f"{where}: {len(cells)} cells, expected 3 or more")
        # The IE cell spans several rows (rowspan); continuation rows have one cell less.
        elif len(cells) >= 4:
            ie, cells = cells[0].text, cells[1:]
        elif len(cells) != 3 or not ie:
            raise DocBookError(f"{where}: {len(cells)} cells, expected 4 (or 3 under an IE)")
        module, reference, usage_cell = cells[0], cells[1], cells[2]
        usage, condition = _usage(usage_cell.text, where)
        links = reference.links or module.links
        link, target = next(((k, t) for k in links if (t := resolver.table_id(k))), ("", None))
        if target is None:
            skips.append(Skip(where, f"module {module.text!r}: no attribute table for {links}"))
            continue
        modules.append(
            ModuleReference(
                ie=ie,
                name=module.text,
                section=resolver.section_label(link, target),
                table_id=target,
                usage=usage,
                condition=condition,
            )
        )
    return modules


def _functional_groups(
    table: Table, resolver: _Resolver, skips: list[Skip]
) -> list[FunctionalGroupReference]:
    groups = []
    for number, cells in enumerate(table.rows, start=1):
        where = table.where(number)
        if len(cells) < 3:
            raise DocBookError(f"{where}: {len(cells)} cells, expected 3")
        usage, condition = _usage(cells[2].text, where)
        link, target = next(
            ((k, t) for k in cells[1].links if (t := resolver.table_id(k))), ("", None)
        )
        if target is None:
            skips.append(Skip(where, f"functional group {cells[0].text!r}: no macro table"))
            continue
        groups.append(
            FunctionalGroupReference(
                name=cells[0].text,
                section=resolver.section_label(link, target),
                table_id=target,
                usage=usage,
                condition=condition,
            )
        )
    return groups


def _iods_not_generated(part: Part, iod_sections: set[str]) -> list[Skip]:
    """Composite IODs that are retired (A.9 "Standalone Overlay IOD (Retired)": the title
    stays, the IOD Modules table is gone) and normalized IODs (Annex B, for DIMSE-N
    services: their modules table has no Usage column)."""
    skips = [
        Skip(
            f"{part.file}: section {section.label} ({section.title!r})",
            "retired IOD without an IOD Modules table in this edition",
        )
        for section in part.sections.values()
        if section.label.startswith("A.")
        and section.title.endswith("IOD (Retired)")
        and section.section_id not in iod_sections
    ]
    skips += [
        Skip(table.where(), "a normalized IOD (DIMSE-N services, not stored as files)")
        for table in part.tables.values()
        if table.header[:2] == ("Module", "Reference") and "Usage" not in table.header
    ]
    return skips


def parse_iods(part: Part) -> tuple[list[AttributeTable], list[Iod], list[Skip]]:
    """All attribute tables and IODs of a PS3.3 file."""
    resolver = _Resolver(part)
    skips: list[Skip] = []
    tables = []
    for table in part.tables.values():
        if table.table_id in resolver.usable:
            tables.append(parse_attribute_table(table, resolver, skips))
        elif is_attribute_table(table):
            skips.append(Skip(table.where(), "an example of the notation, not a module or macro"))
    iods: list[Iod] = []
    functional_group_tables = []
    for table in part.tables.values():
        with_ie = table.header[: len(IOD_HEADER)] == IOD_HEADER
        if with_ie or table.header[: len(IOD_HEADER_WITHOUT_IE)] == IOD_HEADER_WITHOUT_IE:
            section_id, section = _iod_section(part, table)
            iods.append(
                Iod(
                    name=re.sub(r"\s*IOD Modules$", "", table.caption),
                    section=section,
                    section_id=section_id,
                    table_id=table.table_id,
                    modules=tuple(_module_rows(table, resolver, skips, with_ie)),
                )
            )
        elif table.header[: len(FUNCTIONAL_GROUP_HEADER)] == FUNCTIONAL_GROUP_HEADER:
            functional_group_tables.append(table)
    skips += _iods_not_generated(part, {iod.section_id for iod in iods})
    for table in functional_group_tables:
        ancestors = {section.section_id for section in part.ancestors(table.section_id)}
        owners = [i for i, iod in enumerate(iods) if iod.section_id in ancestors]
        if len(owners) != 1:
            skips.append(Skip(table.where(), "functional group table without one IOD section"))
            continue
        iods[owners[0]] = replace(
            iods[owners[0]],
            functional_groups=tuple(_functional_groups(table, resolver, skips)),
            functional_groups_table_id=table.table_id,
        )
    return tables, iods, skips
