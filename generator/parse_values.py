"""PS3.3: the Enumerated Values and Defined Terms of attribute descriptions.

The lists are DocBook variablelists titled "Enumerated Values:" or "Defined Terms:"
(optionally "... for Value N:"), either in the description cell of the attribute's row
(Table C.7-1 Patient's Sex) or in the section the cell links to when that section is
titled with the attribute's name (C.7.6.3.1.2 Photometric Interpretation). Lists with a
condition in their title ("Enumerated Values if ...", "... when Dose Type ... = ERROR")
are not used, and counted.

This module reads part03.xml itself (lxml, ids not collected: part03.xml repeats some),
numbering rows as parse_iods does, so a row is known by (table id, row number).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from .docbook import DOCBOOK, XML_ID, DocBookError, clean, text_of
from .model import Skip, Tag
from .rules_model import AttributeValues, ValueSet

_TITLE = re.compile(
    r"^(?:Value (?P<before>\d+) )?(?P<kind>Enumerated Values|Defined Terms)"
    r"(?: for Value (?P<after>\d+))?:?$",
    re.IGNORECASE,
)
_SECTIONS = {f"{DOCBOOK}section", f"{DOCBOOK}chapter", f"{DOCBOOK}appendix"}


def _title_of(variablelist: etree._Element) -> str:
    title = variablelist.find(f"{DOCBOOK}title")
    return text_of(title) if title is not None else ""


def value_set(variablelist: etree._Element) -> ValueSet | str | None:
    """The list as a ValueSet; its title when the title is not a plain value list."""
    title = _title_of(variablelist)
    match = _TITLE.match(title)
    if not match:
        return title
    terms = tuple(
        clean("".join(term.itertext()))
        for entry in variablelist.iter(f"{DOCBOOK}varlistentry")
        for term in entry.findall(f"{DOCBOOK}term")
    )
    terms = tuple(t for t in terms if t)
    if not terms:
        return None
    kind = "enumerated" if match.group("kind").lower().startswith("enum") else "defined"
    index = int(match.group("before") or match.group("after") or _value_of_context(variablelist))
    return ValueSet(kind, index, terms)


_VALUE_N = re.compile(r"^Value (\d+)\b")


def _value_of_context(variablelist: etree._Element) -> int:
    """N when the list sits in a list item or after a paragraph that starts "Value N"
    (C.7.6.1.1.2 Image Type: "Value 1 shall identify ..." then "Enumerated Values:")."""
    previous = variablelist.getprevious()
    while previous is not None and previous.tag != f"{DOCBOOK}para":
        previous = previous.getprevious()
    candidates = [previous] if previous is not None else []
    parent = variablelist.getparent()
    if parent is not None and parent.tag == f"{DOCBOOK}listitem":
        candidates.append(parent.find(f"{DOCBOOK}para"))
    for para in candidates:
        if para is not None:
            match = _VALUE_N.match(text_of(para))
            if match:
                return int(match.group(1))
    return 0


def _lists_in(element: etree._Element, *, direct: bool) -> list[etree._Element]:
    """Variablelists inside `element`; with `direct`, not those of nested sections."""
    if not direct:
        return list(element.iter(f"{DOCBOOK}variablelist"))
    found = []
    stack = list(element)
    while stack:
        child = stack.pop(0)
        if child.tag in _SECTIONS:
            continue
        if child.tag == f"{DOCBOOK}variablelist":
            found.append(child)
        else:
            stack[0:0] = list(child)
    return found


def _name(cell: etree._Element) -> str:
    return text_of(cell).lstrip(">").strip().lower()


class _Reader:
    def __init__(self, path: Path) -> None:
        parser = etree.XMLParser(collect_ids=False, huge_tree=True, resolve_entities=False)
        try:
            self.root = etree.parse(str(path), parser).getroot()
        except (OSError, etree.XMLSyntaxError) as error:
            raise DocBookError(f"{path}: cannot read: {error}") from None
        self.file = path.name
        self.sections: dict[str, etree._Element] = {}
        for section in self.root.iter(*_SECTIONS):
            self.sections.setdefault(section.get(XML_ID) or "", section)
        self.conditional: list[str] = []
        self.ambiguous: list[str] = []

    def sets_of(self, lists: list[etree._Element], where: str) -> list[ValueSet]:
        """The value sets of these lists; none when several lists hold for every value
        (which value each is for is not said in a way that is read)."""
        found: list[ValueSet] = []
        for variablelist in lists:
            result = value_set(variablelist)
            if isinstance(result, ValueSet):
                found.append(result)
            elif isinstance(result, str) and re.search(
                r"enumerated values|defined terms", result, re.IGNORECASE
            ):
                self.conditional.append(f"{where}: {result!r}")
        if sum(1 for s in found if s.value == 0 and s.kind == "enumerated") > 1:
            self.ambiguous.append(where)
            return []
        return found

    def row_values(
        self, table_id: str, number: int, cells: list[etree._Element]
    ) -> AttributeValues | None:
        if len(cells) < 3:
            return None
        try:
            tag = Tag.parse(text_of(cells[1]))
        except ValueError:
            return None
        where = f"{self.file}: table {table_id}, row {number}"
        description = cells[-1]
        sets = self.sets_of(_lists_in(description, direct=False), where)
        if not sets:
            name = _name(cells[0])
            for link in description.iter(f"{DOCBOOK}xref"):
                section = self.sections.get(link.get("linkend") or "")
                if section is None:
                    continue
                title = section.find(f"{DOCBOOK}title")
                if title is None or text_of(title).lower() != name:
                    continue
                sets = self.sets_of(_lists_in(section, direct=True), where)
                if sets:
                    break
        return AttributeValues(table_id, number, tag, tuple(sets)) if sets else None


def _is_attribute_table(table: etree._Element) -> bool:
    header = table.find(f"{DOCBOOK}thead/{DOCBOOK}tr")
    if header is None:
        return False
    names = [text_of(cell).lower() for cell in header][:2]
    return names == ["attribute name", "tag"]


def parse_values(path: Path) -> tuple[tuple[AttributeValues, ...], list[Skip]]:
    """Every attribute row of part03.xml that lists Enumerated Values or Defined Terms."""
    reader = _Reader(path)
    skips: list[Skip] = []
    found: list[AttributeValues] = []
    seen: set[str] = set()
    for table in reader.root.iter(f"{DOCBOOK}table"):
        table_id = table.get(XML_ID) or ""
        if table_id in seen or not _is_attribute_table(table):
            continue
        seen.add(table_id)
        body = table.find(f"{DOCBOOK}tbody")
        if body is None:
            continue
        for number, row in enumerate(body.iter(f"{DOCBOOK}tr"), start=1):
            values = reader.row_values(table_id, number, list(row))
            if values is not None:
                found.append(values)
    if reader.conditional:
        first = reader.conditional[0]
        reason = f"{len(reader.conditional)} value lists whose title has a condition (not used)"
        skips.append(Skip(first.partition(": table")[0], f"{reason}, e.g. {first}"))
    if reader.ambiguous:
        reason = "several value lists for every value (not used)"
        skips.append(
            Skip(
                reader.file,
                f"{len(reader.ambiguous)} rows with {reason}, e.g. {reader.ambiguous[0]}",
            )
        )
    return tuple(found), skips
