"""Shared helpers for the generator tests.

Two things live here:

- An independent reading of the DocBook with plain lxml (tables found by caption or
  xml:id, cells read directly), so that tests compare the generator's output with
  what the standard says rather than with numbers copied from earlier output.
- One generator run into a temporary folder per test session (`generated`), and small
  helpers to damage a copy of the standard and to read .proto trees through protoc.

Descriptor-level checks read the installed `dicomproto.v1` modules, i.e. the committed
gen/python/; test_generator_registry.py proves that the committed tree equals a fresh run.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import grpc_tools
import pytest
from google.protobuf import descriptor_pb2
from grpc_tools import protoc
from lxml import etree
from pydicom import datadict

from dicomproto.generator.cli import Report, generate

REPO = Path(__file__).resolve().parent.parent
STANDARD = Path(os.environ.get("DICOM_STANDARD_XML") or REPO.parent / "shared" / "standard_xml")
PART_FILES = ("part03.xml", "part04.xml", "part06.xml")
COMMITTED_PROTO = REPO / "proto"
COMMITTED_PYTHON = REPO / "gen" / "python"
COMMITTED_REGISTRY = COMMITTED_PROTO / "field_numbers.json"

DB = "{http://docbook.org/ns/docbook}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
FULL_MASK = 0xFFFFFFFF
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)

Key = tuple[int, int]  # (tag value with wildcard nibbles zero, mask)


def standard_dir() -> Path:
    if not all((STANDARD / name).is_file() for name in PART_FILES):
        pytest.fail(f"the DocBook is not at {STANDARD}; set DICOM_STANDARD_XML to its folder")
    return STANDARD


# --- reading the DocBook --------------------------------------------------------------


def parse_xml(path: Path) -> etree._ElementTree:
    # part03.xml repeats some xml:id values, so ids are not collected.
    parser = etree.XMLParser(collect_ids=False, huge_tree=True, resolve_entities=False)
    return etree.parse(str(path), parser)


def text(element: etree._Element) -> str:
    raw = "".join(element.itertext()).translate(INVISIBLE).replace("\u00a0", " ")
    return " ".join(raw.split())


def parse_tag(cell: str) -> Key:
    """ "(60xx,3000)" -> (0x60003000, 0xFF00FFFF); every "x" nibble is a wildcard."""
    match = re.fullmatch(r"\(([0-9A-Fa-fxX]{4}),([0-9A-Fa-fxX]{4})\)", cell.strip())
    assert match, f"not a tag: {cell!r}"
    digits = match.group(1) + match.group(2)
    value = int("".join("0" if c in "xX" else c for c in digits), 16)
    mask = int("".join("0" if c in "xX" else "F" for c in digits), 16)
    return value, mask


def tag_text(key: Key) -> str:
    value, mask = key
    digits = "".join(
        "x" if (mask >> shift) & 0xF == 0 else f"{(value >> shift) & 0xF:X}"
        for shift in range(28, -1, -4)
    )
    return f"({digits[:4]},{digits[4:]})"


def section_of(element: etree._Element) -> etree._Element:
    """The innermost section, chapter or appendix around an element."""
    for ancestor in element.iterancestors():
        if ancestor.tag in (f"{DB}section", f"{DB}chapter", f"{DB}appendix"):
            return ancestor
    raise AssertionError(f"no section around {element.get(XML_ID)}")


def header(table: etree._Element) -> list[str]:
    row = table.find(f"{DB}thead/{DB}tr")
    return [text(cell) for cell in row] if row is not None else []


def body_rows(table: etree._Element) -> list[list[etree._Element]]:
    body = table.find(f"{DB}tbody")
    return [tr.findall(f"{DB}td") for tr in body.iter(f"{DB}tr")] if body is not None else []


def caption(table: etree._Element) -> str:
    found = table.find(f"{DB}caption")
    return text(found) if found is not None else ""


def is_attribute_table(table: etree._Element) -> bool:
    return header(table)[:2] == ["Attribute Name", "Tag"]


@dataclass(frozen=True)
class DocRow:
    """A body row of a module or macro table as the DocBook writes it."""

    number: int  # 1-based position in the table body
    depth: int  # leading ">" characters
    kind: str  # "attribute", "include", "groups" (functional group macros), "divider", "untagged"
    text: str
    key: Key | None = None
    type: str = ""
    target: str = ""  # include rows: the xml:id of the linked attribute table, if in the file
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocTable:
    table_id: str
    label: str
    caption: str
    name: str  # the caption without "Attributes", "Attributes Description" or "Table"
    section_id: str
    section_label: str
    rows: tuple[DocRow, ...]


def _name_of(table_caption: str) -> str:
    return re.sub(r"\s+(Attributes(\s+Description)?|Table)$", "", table_caption)


@dataclass(frozen=True)
class ModuleRow:
    ie: str
    module: str
    section: str
    section_id: str
    usage: str
    condition: str
    table_id: str  # the first attribute table in the linked section


@dataclass(frozen=True)
class GroupRow:
    name: str
    section: str
    section_id: str
    usage: str
    condition: str
    table_id: str


@dataclass(frozen=True)
class DocIod:
    name: str
    table_id: str
    section_id: str
    modules: tuple[ModuleRow, ...]
    groups: tuple[GroupRow, ...]


@dataclass(frozen=True)
class DocElement:
    key: Key
    name: str
    keyword: str
    vr: str
    vm: str
    retired: bool
    source: str  # "table 6-1 row N" or "pydicom"


@dataclass(frozen=True)
class Part3:
    tables: dict[str, DocTable]  # xml:id -> table (first occurrence)
    iods: tuple[DocIod, ...]
    section_labels: dict[str, str]  # section xml:id -> label
    dividers: tuple[tuple[str, DocRow], ...]  # (table id, row) of italic divider rows


def _usage(cell: str) -> tuple[str, str]:
    match = re.match(r"([MCU])\b\s*[-\u2013]?\s*(.*)", cell)
    assert match, f"usage {cell!r}"
    return match.group(1), match.group(2)


def _first_attribute_table(section: etree._Element) -> str:
    for table in section.iter(f"{DB}table"):
        if is_attribute_table(table):
            return table.get(XML_ID)
    return ""


@functools.cache
def read_part3() -> Part3:
    root = parse_xml(standard_dir() / "part03.xml").getroot()
    sections = {}
    for element in root.iter(f"{DB}section", f"{DB}chapter", f"{DB}appendix"):
        sections.setdefault(element.get(XML_ID), element)
    attribute_ids = {t.get(XML_ID) for t in root.iter(f"{DB}table") if is_attribute_table(t)}
    tables: dict[str, DocTable] = {}
    dividers = []
    for table in root.iter(f"{DB}table"):
        table_id = table.get(XML_ID)
        if not is_attribute_table(table) or table_id in tables:
            continue
        width = len(header(table))
        rows = []
        for number, cells in enumerate(body_rows(table), start=1):
            first = text(cells[0])
            depth = len(first) - len(first.lstrip(">"))
            rest = first[depth:].strip()
            span = int(cells[0].get("colspan") or 1)
            links = tuple(x.get("linkend") for x in cells[0].iter(f"{DB}xref"))
            if rest.lower().startswith("include"):
                if not links and "functional group macro" in rest.lower():
                    row = DocRow(number, depth, "groups", rest)
                else:
                    target = next((link for link in links if link in attribute_ids), "")
                    row = DocRow(number, depth, "include", rest, target=target, links=links)
            elif span >= width:
                row = DocRow(number, depth, "divider", rest)
                dividers.append((table_id, row))
            elif span > 1:
                row = DocRow(number, depth, "untagged", rest)
            else:
                row = DocRow(
                    number, depth, "attribute", rest, parse_tag(text(cells[1])), text(cells[2])
                )
            rows.append(row)
        section = section_of(table)
        tables[table_id] = DocTable(
            table_id=table_id,
            label=table.get("label"),
            caption=caption(table),
            name=_name_of(caption(table)),
            section_id=section.get(XML_ID),
            section_label=section.get("label"),
            rows=tuple(rows),
        )
    iods = tuple(_read_iods(root, sections))
    labels = {key: element.get("label") for key, element in sections.items()}
    return Part3(tables, iods, labels, tuple(dividers))


def _iod_section(table: etree._Element) -> etree._Element:
    for ancestor in table.iterancestors(f"{DB}section"):
        title = ancestor.find(f"{DB}title")
        if title is not None and text(title).endswith("IOD"):
            return ancestor
    raise AssertionError(f"{caption(table)}: not inside an IOD section")


def _read_iods(root: etree._Element, sections: dict[str, etree._Element]) -> Iterator[DocIod]:
    group_tables = {
        _iod_section(t).get(XML_ID): t
        for t in root.iter(f"{DB}table")
        if caption(t).endswith("Functional Group Macros")
    }
    for table in root.iter(f"{DB}table"):
        if not caption(table).endswith(" IOD Modules"):
            continue
        modules = []
        ie, ie_rows_left = "", 0
        for cells in body_rows(table):
            if ie_rows_left == 0:  # this row starts an IE, which spans `rowspan` rows
                ie = text(cells[0])
                ie_rows_left = int(cells[0].get("rowspan") or 1)
                cells = cells[1:]
            ie_rows_left -= 1
            module, reference, usage_cell = cells
            target = next(x.get("linkend") for x in reference.iter(f"{DB}xref", f"{DB}olink"))
            usage, condition = _usage(text(usage_cell))
            modules.append(
                ModuleRow(
                    ie,
                    text(module),
                    sections[target].get("label"),
                    target,
                    usage,
                    condition,
                    _first_attribute_table(sections[target]),
                )
            )
        section = _iod_section(table)
        groups = []
        group_table = group_tables.get(section.get(XML_ID))
        if group_table is not None:
            for name, reference, usage_cell in body_rows(group_table):
                target = next(x.get("linkend") for x in reference.iter(f"{DB}xref"))
                usage, condition = _usage(text(usage_cell))
                groups.append(
                    GroupRow(
                        text(name),
                        sections[target].get("label"),
                        target,
                        usage,
                        condition,
                        _first_attribute_table(sections[target]),
                    )
                )
        yield DocIod(
            name=caption(table).removesuffix(" IOD Modules"),
            table_id=table.get(XML_ID),
            section_id=section.get(XML_ID),
            modules=tuple(modules),
            groups=tuple(groups),
        )


ELEMENT_CAPTIONS = (
    "Registry of DICOM Data Elements",
    "Registry of DICOM File Meta Elements",
    "Registry of DICOM Directory Structuring Elements",
)


@dataclass(frozen=True)
class Part6:
    elements: dict[Key, DocElement]  # rows with a keyword and a VR of two-letter codes
    other_rows: tuple[tuple[str, int, str, str, str], ...]  # (label, row, tag, keyword, VR)


@functools.cache
def read_part6() -> Part6:
    root = parse_xml(standard_dir() / "part06.xml").getroot()
    by_caption = {caption(t): t for t in root.iter(f"{DB}table")}
    elements: dict[Key, DocElement] = {}
    others = []
    for table_caption in ELEMENT_CAPTIONS:
        table = by_caption[table_caption]
        assert header(table)[:5] == ["Tag", "Name", "Keyword", "VR", "VM"]
        for number, cells in enumerate(body_rows(table), start=1):
            tag, name, keyword, vr, vm = (text(c) for c in cells[:5])
            note = text(cells[5]) if len(cells) > 5 else ""
            keyword = keyword.replace(" ", "")
            if keyword and re.fullmatch(r"[A-Z]{2}( or [A-Z]{2})*", vr):
                key = parse_tag(tag)
                assert key not in elements, f"{tag} twice in PS3.6"
                elements[key] = DocElement(
                    key,
                    name,
                    keyword,
                    vr,
                    vm,
                    note.startswith("RET"),
                    f"table {table.get('label')} row {number}",
                )
            else:
                others.append((table.get("label"), number, tag, keyword, vr))
    return Part6(elements, tuple(others))


def pydicom_element(key: Key) -> DocElement | None:
    """A data element from pydicom's dictionary (for attributes newer than the PS3.6)."""
    value, mask = key
    if mask == FULL_MASK:
        entry = datadict.DicomDictionary.get(value)
    else:
        entry = datadict.RepeatersDictionary.get(tag_text(key)[1:-1].replace(",", ""))
    if entry is None or not entry[4]:
        return None
    vr, vm, name, retired, keyword = entry
    return DocElement(key, name, keyword, vr, vm, bool(retired), "pydicom")


def element(key: Key) -> DocElement | None:
    return read_part6().elements.get(key) or pydicom_element(key)


@dataclass(frozen=True)
class SopClassRow:
    name: str
    uid: str
    target: str  # PS3.3 section id of the IOD


@functools.cache
def read_sop_classes() -> tuple[SopClassRow, ...]:
    root = parse_xml(standard_dir() / "part04.xml").getroot()
    table = next(t for t in root.iter(f"{DB}table") if t.get(XML_ID) == "table_B.5-1")
    assert caption(table) == "Standard SOP Classes"
    rows = []
    for cells in body_rows(table):
        targets = [o.get("targetptr") for o in cells[2].iter(f"{DB}olink")]
        rows.append(SopClassRow(text(cells[0]), text(cells[1]).replace(" ", ""), targets[0]))
    return tuple(rows)


# --- the expected content of every message, expanded from the DocBook -----------------


@dataclass
class Node:
    """An attribute in context; for a sequence, the content of its items."""

    key: Key
    type: str
    items: dict[Key, Node] | None = None  # None: not a sequence
    origin: tuple[str, int] = ("", 0)  # (table id, row) that defines the items
    recursive: bool = False  # the items repeat an enclosing item (origin)


def _merge_into(content: dict[Key, Node], node: Node) -> None:
    """One attribute per tag; a repeated sequence (conditional includes) unites its items."""
    first = content.get(node.key)
    if first is None:
        content[node.key] = node
    elif (
        first.items is not None
        and node.items is not None
        and not first.recursive
        and not node.recursive
    ):
        for child in node.items.values():
            _merge_into(first.items, child)


@dataclass
class Expander:
    """Flattens includes where they appear; a sequence whose item is already being
    expanded further up refers back to it instead (the SR Content Sequence)."""

    tables: dict[str, DocTable]
    groups: tuple[str, ...] = ()  # functional group macro tables of one IOD
    missing: set[Key] = field(default_factory=set)

    def table(self, table_id: str) -> dict[Key, Node]:
        return self._level(table_id, 0, 0, (), (table_id,))[0]

    def _level(
        self,
        table_id: str,
        start: int,
        depth: int,
        open_items: tuple[tuple[str, int], ...],
        includes: tuple[str, ...],
    ) -> tuple[dict[Key, Node], int]:
        rows = self.tables[table_id].rows
        content: dict[Key, Node] = {}
        last: Node | None = None
        index = start
        while index < len(rows) and rows[index].depth >= depth:
            row = rows[index]
            if row.depth > depth:
                # ">" rows right after an include: they add to the item of the sequence the
                # included table ends with (Table C.18.4-1 after including C.18.3-1).
                if last is not None and last.items is not None and not last.recursive:
                    extra, index = self._level(table_id, index, depth + 1, open_items, ())
                    for child in extra.values():
                        _merge_into(last.items, child)
                else:
                    index = _end(rows, index, depth)
                continue
            index += 1
            if row.kind == "include" and row.target and row.target not in includes:
                nested, _ = self._level(row.target, 0, 0, open_items, (*includes, row.target))
                for node in nested.values():
                    _merge_into(content, node)
                    last = content[node.key]
            elif row.kind == "groups":
                for group in self.groups:
                    for node in self._level(group, 0, 0, open_items, (group,))[0].values():
                        _merge_into(content, node)
                        last = content[node.key]
            elif row.kind == "attribute":
                end = _end(rows, index, depth)
                found = element(row.key)
                if found is None:
                    self.missing.add(row.key)
                else:
                    node = Node(row.key, row.type)
                    if "SQ" in found.vr:
                        node.origin = (table_id, row.number)
                        if node.origin in open_items:
                            node.items, node.recursive = {}, True
                        else:
                            node.items, _ = self._level(
                                table_id, index, depth + 1, (*open_items, node.origin), ()
                            )
                    _merge_into(content, node)
                    last = content[row.key]
                index = end
        return content, index


def _end(rows: tuple[DocRow, ...], index: int, depth: int) -> int:
    while index < len(rows) and rows[index].depth > depth:
        index += 1
    return index


def top_level_keys(
    tables: dict[str, DocTable], table_id: str, seen: tuple[str, ...] = ()
) -> list[Key]:
    """Tags of a table's non-nested attribute rows and, recursively, of its includes."""
    keys: list[Key] = []
    for row in tables[table_id].rows:
        if row.depth:
            continue
        if row.kind == "attribute":
            keys.append(row.key)
        elif row.kind == "include" and row.target and row.target not in (*seen, table_id):
            keys.extend(top_level_keys(tables, row.target, (*seen, table_id)))
    return list(dict.fromkeys(keys))


# --- descriptors -----------------------------------------------------------------------


def attribute_key(options) -> Key:
    return options.tag, options.mask or FULL_MASK


def compare_tree(
    expected: dict[Key, Node],
    message,
    option,
    where: str,
    problems: list[str],
    ancestors: dict[tuple[str, int], str] | None = None,
) -> None:
    """Compare expected content with a message descriptor's attribute fields, recursively.

    `option` is options_pb2.attribute; works on Descriptor objects.
    """
    ancestors = ancestors or {}
    fields = [f for f in message.fields if f.GetOptions().HasExtension(option)]
    got = [attribute_key(f.GetOptions().Extensions[option]) for f in fields]
    if got != list(expected):
        missing = [tag_text(k) for k in expected if k not in got]
        extra = [tag_text(k) for k in got if k not in expected]
        problems.append(
            f"{where} ({message.name}): tags differ; missing {missing}, extra {extra}"
            + ("" if missing or extra else " (order)")
        )
        return
    for descriptor_field, node in zip(fields, expected.values(), strict=True):
        options = descriptor_field.GetOptions().Extensions[option]
        here = f"{where} > {tag_text(node.key)}"
        if options.type != node.type:
            problems.append(f"{here}: type {options.type!r}, expected {node.type!r}")
        if node.items is None:
            if descriptor_field.message_type.fields_by_name.get("items") is not None:
                problems.append(f"{here}: a sequence field for a non-sequence")
            continue
        items = descriptor_field.message_type.fields_by_name.get("items")
        if items is None:
            problems.append(f"{here}: not a sequence field ({descriptor_field.message_type.name})")
            continue
        item = items.message_type
        if node.recursive:
            if ancestors.get(node.origin) != item.full_name:
                problems.append(
                    f"{here}: item {item.full_name} should be the enclosing "
                    f"{ancestors.get(node.origin)}"
                )
            continue
        compare_tree(
            node.items, item, option, here, problems, {**ancestors, node.origin: item.full_name}
        )


def flatten(
    content: dict[Key, Node], path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], bool]]:
    """(tag path, recursive) of every attribute, depth first, as model.json lists them."""
    rows = []
    for node in content.values():
        own = (*path, tag_text(node.key))
        rows.append((own, node.recursive))
        if node.items and not node.recursive:
            rows.extend(flatten(node.items, own))
    return rows


def descriptor_set(proto_root: Path, out: Path) -> dict[str, descriptor_pb2.DescriptorProto]:
    """Compile a generated .proto tree with protoc: message name -> DescriptorProto."""
    include = Path(grpc_tools.__file__).parent / "_proto"
    files = sorted(str(p.relative_to(proto_root)) for p in proto_root.rglob("*.proto"))
    status = protoc.main(
        [
            "protoc",
            f"--proto_path={proto_root}",
            f"--proto_path={include}",
            f"--descriptor_set_out={out}",
            *files,
        ]
    )
    assert status == 0, f"protoc failed on {proto_root}"
    found = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())
    return {m.name: m for f in found.file for m in f.message_type}


# --- running the generator -------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    out: Path
    report: Report

    @property
    def proto(self) -> Path:
        return self.out / "proto"

    @property
    def python(self) -> Path:
        return self.out / "python"


_RUNS: dict[str, Run] = {}


def generate_once(name: str, factory: pytest.TempPathFactory) -> Run:
    """One generator run from the real DocBook per session and name, with the committed
    registry (the tests never write into the checkout)."""
    if name not in _RUNS:
        out = factory.mktemp(name)
        report = generate(standard_dir(), out, COMMITTED_REGISTRY)
        _RUNS[name] = Run(out, report)
    return _RUNS[name]


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return generate_once("generated", tmp_path_factory)


def copy_standard(target: Path) -> Path:
    """A writable copy of the three parts."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PART_FILES:
        shutil.copyfile(standard_dir() / name, target / name)
    return target


def edit(path: Path, change: Callable[[etree._Element], None]) -> None:
    """Parse a part, change it in place, write it back."""
    tree = parse_xml(path)
    change(tree.getroot())
    tree.write(str(path), xml_declaration=True, encoding="utf-8")


def table_element(root: etree._Element, table_id: str) -> etree._Element:
    return next(t for t in root.iter(f"{DB}table") if t.get(XML_ID) == table_id)


def row_elements(table: etree._Element) -> list[etree._Element]:
    return list(table.find(f"{DB}tbody").iter(f"{DB}tr"))


def files_of(folder: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every file under a folder (no __pycache__)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
