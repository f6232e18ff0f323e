"""Reading DocBook: loading a part, cleaning cell text, indexing tables and sections once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

DOCBOOK = "{http://docbook.org/ns/docbook}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# Zero-width spaces and non-breaking spaces appear inside tags, keywords and UIDs
# (e.g. "Length\u200bTo\u200bEnd" in PS3.6 table 6-1), soft hyphens inside UIDs
# (PS3.6 2013 table A-1: "1.\u00ad2.840.10008.3.1.2.3.3").
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)


class DocBookError(Exception):
    """A DocBook file that cannot be used, with the file and the place named."""


def clean(text: str) -> str:
    """Collapse whitespace and remove zero-width characters."""
    return " ".join(text.translate(_INVISIBLE).replace("\u00a0", " ").split())


def text_of(element: etree._Element) -> str:
    return clean("".join(element.itertext()))


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: its text, the ids it links to, and how many columns it spans."""

    text: str
    links: tuple[str, ...]
    colspan: int


def _cell(element: etree._Element) -> Cell:
    links = tuple(
        link.get("linkend") or link.get("targetptr") or ""
        for link in element.iter(f"{DOCBOOK}xref", f"{DOCBOOK}olink")
    )
    return Cell(text=text_of(element), links=links, colspan=int(element.get("colspan") or 1))


@dataclass(frozen=True, slots=True)
class Table:
    """A DocBook table with its header texts and body rows of cells."""

    table_id: str
    label: str
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    section_id: str
    section_label: str
    file: str

    def where(self, row: int | None = None) -> str:
        place = f"{self.file}: table {self.label} ({self.caption!r})"
        return place if row is None else f"{place}, row {row}"


@dataclass(frozen=True, slots=True)
class Section:
    section_id: str
    label: str
    title: str
    parent_id: str
    table_ids: tuple[str, ...]


class Part:
    """One parsed part of the standard, with tables and sections indexed once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = path.name
        parser = etree.XMLParser(collect_ids=False, huge_tree=True, resolve_entities=False)
        try:
            tree = etree.parse(str(path), parser)
        except OSError as error:
            raise DocBookError(f"{path}: cannot read: {error}") from None
        except etree.XMLSyntaxError as error:
            raise DocBookError(f"{path}: not well-formed XML: {error}") from None
        root = tree.getroot()
        if root.tag != f"{DOCBOOK}book":
            raise DocBookError(f"{path}: not a DocBook book (root element is {root.tag!r})")
        subtitle = root.find(f"{DOCBOOK}subtitle")
        self.subtitle = text_of(subtitle) if subtitle is not None else ""
        self.label = root.get("label") or ""
        self.tables: dict[str, Table] = {}
        self.tables_by_caption: dict[str, list[Table]] = {}
        self.sections: dict[str, Section] = {}
        self._index(root)

    def _index(self, root: etree._Element) -> None:
        """Walk the document once, recording every section and table."""
        containers = {f"{DOCBOOK}chapter", f"{DOCBOOK}section", f"{DOCBOOK}appendix"}

        def walk(element: etree._Element, section: tuple[str, str]) -> list[str]:
            table_ids: list[str] = []
            for child in element:
                if child.tag in containers:
                    child_id = child.get(XML_ID) or ""
                    title = child.find(f"{DOCBOOK}title")
                    inner = walk(child, (child_id, child.get("label") or ""))
                    table_ids.extend(inner)
                    self.sections.setdefault(
                        child_id,
                        Section(
                            section_id=child_id,
                            label=child.get("label") or "",
                            title=text_of(title) if title is not None else "",
                            parent_id=section[0],
                            table_ids=tuple(inner),
                        ),
                    )
                elif child.tag == f"{DOCBOOK}table":
                    table = self._table(child, section)
                    if table.table_id not in self.tables:
                        self.tables[table.table_id] = table
                        self.tables_by_caption.setdefault(table.caption, []).append(table)
                    table_ids.append(table.table_id)
                elif isinstance(child.tag, str):
                    table_ids.extend(walk(child, section))
            return table_ids

        walk(root, ("", ""))

    def _table(self, element: etree._Element, section: tuple[str, str]) -> Table:
        caption = element.find(f"{DOCBOOK}caption")
        header_row = element.find(f"{DOCBOOK}thead/{DOCBOOK}tr")
        header = tuple(text_of(cell) for cell in header_row) if header_row is not None else ()
        body = element.find(f"{DOCBOOK}tbody")
        rows = (
            tuple(tuple(_cell(cell) for cell in tr) for tr in body.iter(f"{DOCBOOK}tr"))
            if body is not None
            else ()
        )
        return Table(
            table_id=element.get(XML_ID) or "",
            label=element.get("label") or "",
            caption=text_of(caption) if caption is not None else "",
            header=header,
            rows=rows,
            section_id=section[0],
            section_label=section[1],
            file=self.file,
        )

    def table(self, caption: str) -> Table:
        """The one table with this caption, or a DocBookError naming the file."""
        found = self.tables_by_caption.get(caption)
        if not found:
            raise DocBookError(f"{self.path}: table {caption!r} not found")
        return found[0]

    def ancestors(self, section_id: str) -> Iterator[Section]:
        """The section and its enclosing sections, innermost first."""
        seen = set()
        while section_id and section_id in self.sections and section_id not in seen:
            seen.add(section_id)
            section = self.sections[section_id]
            yield section
            section_id = section.parent_id
