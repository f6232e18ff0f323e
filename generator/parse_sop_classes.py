"""PS3.4: the SOP Classes stored in files, and the PS3.3 section of their IOD.

- Table B.5-1 (Standard SOP Classes): the Storage SOP Classes and their IODs.
- Table I.4-1 (Media Storage Standard SOP Classes): Media Storage Directory Storage,
  whose IOD is the Basic Directory IOD (PS3.3 F.3) of DICOMDIR files.
- Table B.6-1 (Retired Standard SOP Classes): "replaced by new Standard SOP Classes
  shown in Table B.5-1" -- a retired class has the IOD of the current class of the
  same name (Ultrasound Image Storage 1.2.840.10008.5.1.4.1.1.6 -> 1.2.840.10008.5.1.4.1.1.6.1).
  One without a current namesake (X-Ray Angiographic Bi-plane Image Storage) has none.
"""

from __future__ import annotations

from .docbook import DocBookError, Part, Table
from .model import SopClass

SOP_CLASS_TABLE = "Standard SOP Classes"
MEDIA_STORAGE_TABLE = "table_I.4-1"
RETIRED_TABLE = "table_B.6-1"


def _columns(table: Table, with_iod: bool = True) -> tuple[int, int, int]:
    header = [text.lower() for text in table.header]
    try:
        name_col = header.index("sop class name")
        uid_col = header.index("sop class uid")
        iod_col = (
            next(i for i, text in enumerate(header) if text.startswith("iod specification"))
            if with_iod
            else -1
        )
    except (ValueError, StopIteration):
        expected = "SOP Class Name, SOP Class UID" + (" and IOD Specification" if with_iod else "")
        raise DocBookError(
            f"{table.where()}: expected {expected} columns (header: {list(table.header)})"
        ) from None
    return name_col, uid_col, iod_col


def _rows(table: Table) -> list[SopClass]:
    """One SopClass per row whose IOD column links into PS3.3."""
    name_col, uid_col, iod_col = _columns(table)
    found = []
    for number, row in enumerate(table.rows, start=1):
        if len(row) <= max(name_col, uid_col, iod_col):
            raise DocBookError(f"{table.where(number)}: {len(row)} cells, expected 3 or more")
        links = [link for link in row[iod_col].links if link.startswith("sect_")]
        if links:
            uid = row[uid_col].text.replace(" ", "")
            found.append(SopClass(uid=uid, name=row[name_col].text, iod_section_id=links[0]))
    return found


def parse_sop_classes(part: Part) -> list[SopClass]:
    """Storage and media storage SOP Classes, then the retired ones that map to an IOD."""
    storage = _rows(part.tables.get("table_B.5-1") or part.table(SOP_CLASS_TABLE))
    media = part.tables.get(MEDIA_STORAGE_TABLE)
    current = storage + (_rows(media) if media is not None else [])
    retired = part.tables.get(RETIRED_TABLE)
    if retired is None:
        return current
    by_name = {s.name: s for s in current}
    name_col, uid_col, _ = _columns(retired, with_iod=False)
    for number, row in enumerate(retired.rows, start=1):
        if len(row) <= max(name_col, uid_col):
            raise DocBookError(f"{retired.where(number)}: {len(row)} cells, expected 2")
        namesake = by_name.get(row[name_col].text)
        uid = row[uid_col].text.replace(" ", "")
        if namesake is not None and uid != namesake.uid:
            current.append(SopClass(uid, namesake.name, namesake.iod_section_id, retired=True))
    return current
