"""PS3.6: the data element registry (tables 6-1, 7-1, 8-1) and the UID registry (A-1)."""

from __future__ import annotations

from .docbook import DocBookError, Part, Table
from .model import VRS, DataElement, Skip, Tag

ELEMENT_TABLES = (
    "Registry of DICOM Data Elements",
    "Registry of DICOM File Meta Elements",
    "Registry of DICOM Directory Structuring Elements",
)
UID_TABLE = "UID Values"

KNOWN_VRS = frozenset(VRS)


def _columns(table: Table, names: tuple[str, ...]) -> dict[str, int]:
    """Column index of each named header, or a DocBookError naming the table."""
    found = {}
    for name in names:
        try:
            found[name] = table.header.index(name)
        except ValueError:
            raise DocBookError(
                f"{table.where()}: no {name!r} column (header: {list(table.header)})"
            ) from None
    return found


def parse_elements(part: Part) -> tuple[list[DataElement], list[Skip]]:
    """Every data element of the three PS3.6 registries, with the rows skipped and why."""
    elements: list[DataElement] = []
    skips: list[Skip] = []
    for caption in ELEMENT_TABLES:
        table = part.table(caption)
        columns = _columns(table, ("Tag", "Name", "Keyword", "VR", "VM"))
        width = max(columns.values()) + 1
        for number, row in enumerate(table.rows, start=1):
            where = table.where(number)
            if len(row) < width:
                raise DocBookError(f"{where}: {len(row)} cells, expected at least {width}")
            cells = [cell.text for cell in row]
            try:
                tag = Tag.parse(cells[columns["Tag"]])
            except ValueError as error:
                raise DocBookError(f"{where}: {error}") from None
            keyword = cells[columns["Keyword"]].replace(" ", "")
            vr_text = cells[columns["VR"]]
            notes = cells[width] if len(cells) > width else ""
            if not keyword or not vr_text:
                # e.g. (0028,0020): retired with no name, keyword or VR ("RET - See Note").
                skips.append(Skip(f"{where} {tag}", "no keyword or VR in PS3.6"))
                continue
            vrs = tuple(vr.strip() for vr in vr_text.split(" or "))
            if vr_text.startswith("See Note"):
                # (FFFE,E000) Item and the delimiters: encoding constructs, not attributes.
                skips.append(Skip(f"{where} {tag} {keyword}", "item/delimiter without a VR"))
                continue
            unknown = [vr for vr in vrs if vr not in KNOWN_VRS]
            if unknown:
                skips.append(Skip(f"{where} {tag} {keyword}", f"unknown VR {vr_text!r}"))
                continue
            elements.append(
                DataElement(
                    tag=tag,
                    name=cells[columns["Name"]],
                    keyword=keyword,
                    vrs=vrs,
                    vm=cells[columns["VM"]],
                    retired=notes.startswith("RET"),
                )
            )
    return elements, skips


def parse_uids(part: Part) -> dict[str, tuple[str, str]]:
    """UID -> (name, type) from the PS3.6 UID registry (table A-1)."""
    table = part.table(UID_TABLE)
    columns = _columns(table, ("UID Value", "UID Name", "UID Type"))
    registry = {}
    for row in table.rows:
        if len(row) <= max(columns.values()):
            continue
        uid = row[columns["UID Value"]].text.replace(" ", "")
        registry[uid] = (row[columns["UID Name"]].text, row[columns["UID Type"]].text)
    return registry
