"""PS3.15 Annex E: the Application Level Confidentiality Profile tables.

Table E.1-1a (action codes), Table E.1-1 (attributes, one action column for the Basic
Profile and one per Option) and Table E.3.10-1 (safe private attributes), found by xml:id
or caption. Option columns are named in the table by abbreviations ("Rtn. Long. Modif.
Dates Opt."); each is matched to its full name and code in CID 7050 (PS3.16, as pydicom
ships it), which is what De-identification Method Code Sequence records.
"""

from __future__ import annotations

import re

from pydicom.sr.codedict import codes

from .docbook import DocBookError, Part, Table
from .model import Edition, Skip, Tag
from .rules_model import (
    ActionCode,
    ConfidentialityProfile,
    ProfileOption,
    ProfileRow,
    SafePrivateAttribute,
)

ACTION_CODES = ("table_E.1-1a", "De-identification Action Codes")
PROFILE_TABLE = ("table_E.1-1", "Application Level Confidentiality Profile Attributes")
SAFE_PRIVATE = ("table_E.3.10-1", "Safe Private Attributes")
# The columns of Table E.1-1 before the action columns, by how their header starts.
LEADING_COLUMNS = ("Attribute Name", "Tag", "Retd.", "In Std.")
# Table E.1-1 row "Private Attributes": "(gggg,eeee) where gggg is odd".
_PRIVATE_ROW = re.compile(r"^\(gggg,eeee\)\s+where\s+gggg\s+is\s+odd$", re.IGNORECASE)
_TYPE = re.compile(r"Type (\d)")


def find_table(part: Part, table_id: str, caption: str) -> Table:
    """The table with this xml:id, else the one with this caption."""
    table = part.tables.get(table_id)
    if table is not None:
        return table
    return part.table(caption)


def parse_action_codes(table: Table, skips: list[Skip]) -> tuple[ActionCode, ...]:
    """Table E.1-1a: code -> meaning; composite codes paired with the Types their meaning
    names, in order ("(Type 3 versus Type 2 versus Type 1)")."""
    found = []
    for number, cells in enumerate(table.rows, start=1):
        if len(cells) < 2 or not cells[0].text:
            continue
        code, meaning = cells[0].text, cells[1].text
        letters = code.split("/")
        by_type: tuple[tuple[str, str], ...] = ()
        if len(letters) > 1:
            types = _TYPE.findall(meaning)
            if len(types) != len(letters):
                skips.append(
                    Skip(table.where(number), f"code {code!r}: meaning names {types} Types")
                )
                continue
            by_type = tuple(zip(types, letters, strict=True))
        found.append(ActionCode(code, meaning, by_type))
    if not found:
        raise DocBookError(f"{table.where()}: no action codes")
    return tuple(found)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s.]+", text.lower()) if w]


def _abbreviates(short: str, word: str) -> bool:
    """ "rtn" abbreviates "retain": same first letter, its letters in order in the word."""
    if not short or short[0] != word[0]:
        return False
    rest = iter(word)
    return all(char in rest for char in short)


def _matches(header: str, name: str) -> bool:
    """Every word of the header abbreviates a later word of the name, in order
    ("Rtn. Long. Full Dates Opt." -> "Retain Longitudinal Temporal Information Full
    Dates Option")."""
    words = iter(_words(name))
    return all(any(_abbreviates(short, word) for word in words) for short in _words(header))


def keyword_of(name: str) -> str:
    """ "Retain UIDs Option" -> "retain-uids"; "Basic Application ... Profile" -> "basic"."""
    words = re.sub(r"[^a-z0-9]+", " ", name.lower()).split()
    if words and words[-1] in ("option", "profile"):
        words = words[:-1]
    if words[:1] == ["basic"]:
        return "basic"
    return "-".join(words)


def option_column(header: str) -> ProfileOption:
    """An action column named by its header, with its CID 7050 name and code; a header
    that no CID 7050 entry matches keeps its own text as name and gets no code."""
    candidates = []
    for keyword in codes.cid7050.dir():
        code = getattr(codes.cid7050, keyword)
        if _matches(header, code.meaning):
            candidates.append(code)
    if len(candidates) == 1:
        code = candidates[0]
        meaning = str(code.meaning)
        return ProfileOption(
            header,
            meaning,
            keyword_of(meaning),
            (str(code.value), str(code.scheme_designator), meaning),
        )
    return ProfileOption(header, header, keyword_of(header.replace(".", " ")), None)


def _tag_of(text: str) -> tuple[Tag | None, bool]:
    if _PRIVATE_ROW.match(text):
        return None, True
    return Tag.parse(text), False


def parse_profile_rows(
    table: Table, codes_known: set[str], skips: list[Skip]
) -> tuple[tuple[ProfileOption, ...], tuple[ProfileRow, ...]]:
    """Table E.1-1: its action columns and rows."""
    header = table.header
    leading = header[: len(LEADING_COLUMNS)]
    if len(header) <= len(LEADING_COLUMNS) or any(
        not cell.startswith(expected)
        for cell, expected in zip(leading, LEADING_COLUMNS, strict=True)
    ):
        raise DocBookError(
            f"{table.where()}: header {list(header[:4])} does not start with {LEADING_COLUMNS}"
        )
    columns = tuple(option_column(text) for text in header[len(LEADING_COLUMNS) :])
    if columns[0].keyword != "basic":
        raise DocBookError(f"{table.where()}: first action column {header[4]!r} is not Basic")
    for column in columns:
        if column.code is None:
            skips.append(Skip(table.where(), f"column {column.column!r}: not in CID 7050"))
    rows: list[ProfileRow] = []
    seen: dict[tuple[int, int] | str, int] = {}
    for number, cells in enumerate(table.rows, start=1):
        where = table.where(number)
        if len(cells) != len(header):
            raise DocBookError(f"{where}: {len(cells)} cells, expected {len(header)}")
        try:
            tag, private = _tag_of(cells[1].text)
        except ValueError:
            skips.append(Skip(where, f"tag {cells[1].text!r} is not a tag or tag pattern"))
            continue
        actions = tuple(cell.text for cell in cells[len(LEADING_COLUMNS) :])
        unknown = sorted({a for a in actions if a and a not in codes_known})
        if unknown or not actions[0]:
            reason = f"unknown action codes {unknown}" if unknown else "no Basic Profile action"
            skips.append(Skip(where, f"{cells[0].text!r}: {reason}"))
            continue
        key: tuple[int, int] | str = "private" if tag is None else (tag.value, tag.mask)
        if key in seen:
            skips.append(Skip(where, f"{cells[1].text} repeats row {seen[key]}; first kept"))
            continue
        seen[key] = number
        rows.append(
            ProfileRow(
                name=cells[0].text,
                tag=tag,
                private=private,
                retired=cells[2].text.upper().startswith("Y"),
                in_standard_iod=cells[3].text.upper().startswith("Y"),
                actions=actions,
                row=number,
            )
        )
    return columns, tuple(rows)


def parse_safe_private(table: Table, skips: list[Skip]) -> tuple[SafePrivateAttribute, ...]:
    """Table E.3.10-1: (gggg,xxee), private creator, VR, VM, meaning."""
    found = []
    for number, cells in enumerate(table.rows, start=1):
        if len(cells) < 4:
            skips.append(Skip(table.where(number), f"{len(cells)} cells, expected 5"))
            continue
        try:
            tag = Tag.parse(cells[0].text)
        except ValueError:
            skips.append(Skip(table.where(number), f"{cells[0].text!r} is not a tag"))
            continue
        if tag.mask != 0xFFFF00FF or tag.group % 2 == 0:
            skips.append(Skip(table.where(number), f"{cells[0].text} is not (odd,xxEE)"))
            continue
        meaning = cells[4].text if len(cells) > 4 else ""
        found.append(
            SafePrivateAttribute(tag, cells[1].text, cells[2].text, cells[3].text, meaning)
        )
    return tuple(found)


def parse_profile(part: Part, edition: Edition) -> tuple[ConfidentialityProfile, list[Skip]]:
    """The three Annex E tables of a PS3.15 file."""
    skips: list[Skip] = []
    codes_ = parse_action_codes(find_table(part, *ACTION_CODES), skips)
    columns, rows = parse_profile_rows(
        find_table(part, *PROFILE_TABLE), {c.code for c in codes_}, skips
    )
    safe = parse_safe_private(find_table(part, *SAFE_PRIVATE), skips)
    return ConfidentialityProfile(edition, codes_, columns, rows, safe), skips
