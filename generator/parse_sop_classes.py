"""PS3.4 table B.5-1: Storage SOP Classes and the PS3.3 section of their IOD."""

from __future__ import annotations

from .docbook import DocBookError, Part
from .model import SopClass

SOP_CLASS_TABLE = "Standard SOP Classes"


def parse_sop_classes(part: Part) -> list[SopClass]:
    """One SopClass per row of table B.5-1 whose IOD column links into PS3.3."""
    table = part.tables.get("table_B.5-1") or part.table(SOP_CLASS_TABLE)
    header = [text.lower() for text in table.header]
    try:
        name_col = header.index("sop class name")
        uid_col = header.index("sop class uid")
        iod_col = next(i for i, text in enumerate(header) if text.startswith("iod specification"))
    except (ValueError, StopIteration):
        raise DocBookError(
            f"{table.where()}: expected SOP Class Name, SOP Class UID and IOD Specification "
            f"columns (header: {list(table.header)})"
        ) from None
    sop_classes = []
    for number, row in enumerate(table.rows, start=1):
        if len(row) <= max(name_col, uid_col, iod_col):
            raise DocBookError(f"{table.where(number)}: {len(row)} cells, expected 3 or more")
        links = [link for link in row[iod_col].links if link.startswith("sect_")]
        if not links:
            continue
        sop_classes.append(
            SopClass(
                uid=row[uid_col].text.replace(" ", ""),
                name=row[name_col].text,
                iod_section_id=links[0],
            )
        )
    return sop_classes
