"""Shared helpers for the generator tests.

Two inputs, both real:

- EXCERPT, the real DocBook of a PS3.3 2016c excerpt (4 IODs): the reference for the
  standard's real markup ($DICOM_STANDARD_XML_EXCERPT, else ../shared/standard_xml);
- FULL, the whole standard that the committed schema is generated from, found as every
  target finds it ($DICOM_STANDARD_XML, else standard_xml/): the reference for scale.

What lives here:

- An independent reading of the DocBook with plain lxml (tables found by caption or
  xml:id, cells read directly), so that tests compare the generator's output with
  what the standard says rather than with numbers copied from earlier output.
- One generator run per input and session (`excerpt_run` from a fresh registry,
  `full_run` from the committed one, equal to the committed tree), the runs' messages
  as Descriptors in a pool of their own, and small helpers to damage a copy of the
  standard.
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
from conftest import IN_CI
from google.protobuf import descriptor_pb2, descriptor_pool
from google.protobuf.descriptor import Descriptor
from grpc_tools import protoc
from lxml import etree
from pydicom import datadict

from dicomproto.generator import sources
from dicomproto.generator.cli import Report, generate

REPO = Path(__file__).resolve().parent.parent
EXCERPT = Path(
    os.environ.get("DICOM_STANDARD_XML_EXCERPT") or REPO.parent / "shared" / "standard_xml"
)
FULL = sources.locate(REPO)
PART_FILES = ("part03.xml", "part04.xml", "part06.xml")
COMMITTED_PROTO = REPO / "proto"
COMMITTED_PYTHON = REPO / "gen" / "python"
COMMITTED_REGISTRY = COMMITTED_PROTO / "field_numbers.json"
QUIRKS = REPO / "tests" / "data" / "quirks"

DB = "{http://docbook.org/ns/docbook}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
FULL_MASK = 0xFFFFFFFF
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)

Key = tuple[int, int]  # (tag value with wildcard nibbles zero, mask)


def excerpt_dir() -> Path:
    """The 2016c excerpt; a missing copy skips the test here and fails it in CI."""
    if not all((EXCERPT / name).is_file() for name in PART_FILES):
        message = f"the DocBook excerpt is not at {EXCERPT}; set DICOM_STANDARD_XML_EXCERPT"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return EXCERPT


def full_dir() -> Path:
    missing = sources.missing_parts(FULL)
    if missing:
        pytest.fail(
            f"the DocBook is not at {FULL} (missing {', '.join(missing)}): set "
            f"{sources.ENVIRONMENT} to its folder, or run `make fetch`"
        )
    return FULL


def standard_dir(which: str) -> Path:
    return excerpt_dir() if which == "excerpt" else full_dir()


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
    return [h.lower() for h in header(table)[:2]] == ["attribute name", "tag"]


def chapter_title(element: etree._Element) -> str:
    chapters = list(element.iterancestors(f"{DB}chapter", f"{DB}appendix"))
    title = chapters[-1].find(f"{DB}title") if chapters else None
    return text(title) if title is not None else ""


def is_module_or_macro(table: etree._Element) -> bool:
    """An attribute table outside the Conventions chapter (whose tables are examples)."""
    return is_attribute_table(table) and chapter_title(table) != "Conventions"


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


@functools.cache
def read_part3(folder: Path) -> Part3:
    root = parse_xml(folder / "part03.xml").getroot()
    sections = {}
    for element in root.iter(f"{DB}section", f"{DB}chapter", f"{DB}appendix"):
        sections.setdefault(element.get(XML_ID), element)
    attribute_ids = {t.get(XML_ID) for t in root.iter(f"{DB}table") if is_module_or_macro(t)}
    tables: dict[str, DocTable] = {}
    dividers = []
    for table in root.iter(f"{DB}table"):
        table_id = table.get(XML_ID)
        if table_id not in attribute_ids or table_id in tables:
            continue
        columns = header(table)
        width = len(columns)
        type_column = columns.index("Type") if "Type" in columns else None
        rows = []
        for number, cells in enumerate(body_rows(table), start=1):
            first = text(cells[0])
            depth = len(first) - len(first.lstrip(">"))
            rest = first[depth:].strip()
            span = int(cells[0].get("colspan") or 1)
            links = tuple(x.get("linkend") for x in cells[0].iter(f"{DB}xref"))
            if span == 1:
                # A cell of its own for the tag: an attribute, whatever its name
                # ("Includes Imaging Subject" (0034,0008) is one).
                kind_type = text(cells[type_column]) if type_column is not None else ""
                row = DocRow(number, depth, "attribute", rest, parse_tag(text(cells[1])), kind_type)
            elif rest.lower().startswith("include"):
                if not links and "functional group macro" in rest.lower():
                    row = DocRow(number, depth, "groups", rest)
                else:
                    target = next((link for link in links if link in attribute_ids), "")
                    row = DocRow(number, depth, "include", rest, target=target, links=links)
            elif span >= width and not links:
                row = DocRow(number, depth, "divider", rest)
                dividers.append((table_id, row))
            else:
                row = DocRow(number, depth, "untagged", rest)
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
    iods = tuple(_read_iods(root, sections, attribute_ids))
    labels = {key: element.get("label") for key, element in sections.items()}
    return Part3(tables, iods, labels, tuple(dividers))


def _iod_section(table: etree._Element) -> etree._Element:
    for ancestor in table.iterancestors(f"{DB}section"):
        title = ancestor.find(f"{DB}title")
        if title is not None and text(title).endswith("IOD"):
            return ancestor
    raise AssertionError(f"{caption(table)}: not inside an IOD section")


def _link(cell: etree._Element) -> str:
    found = next(cell.iter(f"{DB}xref", f"{DB}olink"))
    return found.get("linkend") or found.get("targetptr")


def _read_iods(
    root: etree._Element, sections: dict[str, etree._Element], attribute_ids: set[str]
) -> Iterator[DocIod]:
    def first_table(section_id: str) -> str:
        for table in sections[section_id].iter(f"{DB}table"):
            if table.get(XML_ID) in attribute_ids:
                return table.get(XML_ID)
        return ""

    group_tables = {
        _iod_section(t).get(XML_ID): t
        for t in root.iter(f"{DB}table")
        if caption(t).endswith("Functional Group Macros")
    }
    for table in root.iter(f"{DB}table"):
        # IOD Modules tables with a Usage column: composite IODs (Annex A) and the
        # Basic Directory IOD (F.3, no IE column); normalized IODs (Annex B) have none.
        if not caption(table).endswith(" IOD Modules") or "Usage" not in header(table):
            continue
        with_ie = header(table)[0] == "IE"
        modules = []
        ie, ie_rows_left = "", 0
        for cells in body_rows(table):
            if with_ie and ie_rows_left == 0:  # a row that starts an IE spans `rowspan` rows
                ie = text(cells[0])
                ie_rows_left = int(cells[0].get("rowspan") or 1)
                cells = cells[1:]
            ie_rows_left -= 1
            module, reference, usage_cell = cells[:3]
            target = _link(reference)
            usage, condition = _usage(text(usage_cell))
            modules.append(
                ModuleRow(
                    ie,
                    text(module),
                    sections[target].get("label"),
                    target,
                    usage,
                    condition,
                    first_table(target),
                )
            )
        section = _iod_section(table)
        groups = []
        group_table = group_tables.get(section.get(XML_ID))
        if group_table is not None:
            for name, reference, usage_cell in (row[:3] for row in body_rows(group_table)):
                target = _link(reference)
                usage, condition = _usage(text(usage_cell))
                groups.append(
                    GroupRow(
                        text(name),
                        sections[target].get("label"),
                        target,
                        usage,
                        condition,
                        first_table(target),
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
def read_part6(folder: Path) -> Part6:
    root = parse_xml(folder / "part06.xml").getroot()
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


def element(key: Key, folder: Path) -> DocElement | None:
    return read_part6(folder).elements.get(key) or pydicom_element(key)


@dataclass(frozen=True)
class SopClassRow:
    name: str
    uid: str
    target: str  # PS3.3 section id of the IOD


@functools.cache
def read_sop_classes(folder: Path) -> tuple[SopClassRow, ...]:
    """PS3.4 B.5-1 (Storage) and I.4-1 (Media Storage) rows with the PS3.3 section of
    their IOD; then B.6-1's retired classes, which have the IOD of the current class of
    the same name ("replaced by new Standard SOP Classes shown in Table B.5-1")."""
    root = parse_xml(folder / "part04.xml").getroot()
    by_id = {t.get(XML_ID): t for t in root.iter(f"{DB}table")}
    assert caption(by_id["table_B.5-1"]) == "Standard SOP Classes"
    rows = []
    for table_id in ("table_B.5-1", "table_I.4-1"):
        for cells in body_rows(by_id[table_id]):
            targets = [o.get("targetptr") for o in cells[2].iter(f"{DB}olink")]
            uid = text(cells[1]).replace(" ", "")
            if targets:
                rows.append(SopClassRow(text(cells[0]), uid, targets[0]))
    by_name = {row.name: row for row in rows}
    for cells in body_rows(by_id["table_B.6-1"]):
        current = by_name.get(text(cells[0]))
        if current is not None:
            rows.append(SopClassRow(current.name, text(cells[1]).replace(" ", ""), current.target))
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
    folder: Path
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
                found = element(row.key, self.folder)
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
    # Deprecated fields are kept from an earlier release, not made from these rows.
    fields = [
        f
        for f in message.fields
        if f.GetOptions().HasExtension(option) and not f.GetOptions().deprecated
    ]
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


def compile_descriptors(proto_root: Path, out: Path) -> descriptor_pb2.FileDescriptorSet:
    """protoc on a generated .proto tree (imports included): its FileDescriptorSet."""
    include = Path(grpc_tools.__file__).parent / "_proto"
    files = sorted(str(p.relative_to(proto_root)) for p in proto_root.rglob("*.proto"))
    status = protoc.main(
        [
            "protoc",
            f"--proto_path={proto_root}",
            f"--proto_path={include}",
            "--include_imports",
            f"--descriptor_set_out={out}",
            *files,
        ]
    )
    assert status == 0, f"protoc failed on {proto_root}"
    return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())


def descriptor_set(proto_root: Path, out: Path) -> dict[str, descriptor_pb2.DescriptorProto]:
    """Message name -> DescriptorProto of every message of a generated .proto tree."""
    found = compile_descriptors(proto_root, out)
    return {m.name: m for f in found.file if f.package == "dicomproto.v1" for m in f.message_type}


# --- running the generator -------------------------------------------------------------


@dataclass(eq=False)
class Run:
    """One generator run: its output folder, its report, and its messages as Descriptors
    in a pool of their own (the installed dicomproto.v1 stays untouched)."""

    out: Path
    report: Report
    input: Path
    _descriptors: dict[str, Descriptor] | None = None

    @property
    def proto(self) -> Path:
        return self.out / "proto"

    @property
    def python(self) -> Path:
        return self.out / "python"

    @property
    def descriptors(self) -> dict[str, Descriptor]:
        """Message name -> Descriptor, from protoc on this run's .proto files."""
        if self._descriptors is None:
            found = compile_descriptors(self.proto, self.out / "descriptors.binpb")
            pool = descriptor_pool.DescriptorPool()
            for file in found.file:
                pool.Add(file)
            self._descriptors = {
                m.name: pool.FindMessageTypeByName(f"{f.package}.{m.name}")
                for f in found.file
                if f.package == "dicomproto.v1"
                for m in f.message_type
            }
        return self._descriptors

    @property
    def kept(self) -> set[str]:
        """Messages kept (deprecated) from earlier releases, not made from this input."""
        return {name for name in self.report.kept if "." not in name}


_RUNS: dict[str, Run] = {}


def generate_once(
    name: str,
    factory: pytest.TempPathFactory,
    folder: Path,
    registry: Path | None = None,
) -> Run:
    """One generator run per session and name. Without a registry, numbers start
    afresh (the tests never write into the checkout)."""
    if name not in _RUNS:
        out = factory.mktemp(name)
        registry = registry or out / "no-registry.json"
        _RUNS[name] = Run(out, generate(folder, out, registry), folder)
    return _RUNS[name]


@pytest.fixture(scope="session")
def excerpt_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The 2016c excerpt from a fresh registry: the schema of the real markup."""
    return generate_once("excerpt", tmp_path_factory, excerpt_dir())


@pytest.fixture(scope="session")
def full_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The whole standard from the committed registry: equal to the committed tree."""
    return generate_once("full", tmp_path_factory, full_dir(), COMMITTED_REGISTRY)


@pytest.fixture(scope="session", params=["excerpt", "full"])
def run(request: pytest.FixtureRequest) -> Run:
    """Each input in turn, for the tests that hold for both."""
    return request.getfixturevalue(f"{request.param}_run")


def copy_standard(target: Path, source: Path | None = None) -> Path:
    """A writable copy of the three parts (of the excerpt unless told otherwise)."""
    source = source or excerpt_dir()
    target.mkdir(parents=True, exist_ok=True)
    for name in PART_FILES:
        shutil.copyfile(source / name, target / name)
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
