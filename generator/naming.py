"""One naming scheme for everything generated: DICOM names -> protobuf identifiers.

Abbreviations are words ("SOPInstanceUID" -> SopInstanceUid / sop_instance_uid). A
keyword is split where its PS3.6 name splits when the name's words spell the keyword
("CT X-Ray Details Sequence" -> ct_x_ray_details_sequence, not ctx_ray_...); else by
case. A digit run joins an abbreviation before it ("HL7"), a single lower-case letter
before it ("v2") or a single letter after it ("3D"); anything that is not a letter or
digit splits words ("Plane Position (Patient)" -> PlanePositionPatient).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|\d+")

# protoc rejects these as field names in some target languages; none is a DICOM keyword
# today, but a future edition could bring one.
RESERVED_FIELD_NAMES = frozenset({"descriptor", "extensions", "syntax", "package", "import"})


def words(text: str) -> list[str]:
    """Split a keyword or a caption into words, digits joined to a following letter."""
    raw: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", text):
        raw.extend(_WORD.findall(chunk))
    joined: list[str] = []
    for word in raw:
        previous = joined[-1] if joined else ""
        if (
            word.isdigit()
            and (
                (len(previous) >= 2 and previous.isalpha() and previous.isupper())
                or (len(previous) == 1 and previous.islower())
            )
        ) or (previous.isdigit() and len(word) == 1 and word.isalpha()):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def keyword_words(keyword: str, name: str = "") -> list[str]:
    """Words of a keyword, split like its PS3.6 name where the name spells it
    ("Patient's Name" spells PatientName once the possessive is dropped)."""
    hint = [w for w in re.split(r"[^A-Za-z0-9]+", re.sub(r"'s\b", "", name)) if w]
    if hint and "".join(hint).lower() == keyword.lower():
        return hint
    return words(keyword)


def message_name(text: str, hint: str = "") -> str:
    """TitleCase message name: "CT Image Module" -> "CtImageModule"; with `hint` (the
    PS3.6 name), `text` is a keyword split like the name."""
    parts = keyword_words(text, hint) if hint else words(text)
    name = "".join(word[:1].upper() + word[1:].lower() for word in parts)
    if not name or name[0].isdigit():
        name = "X" + name
    return name


def field_name(text: str, hint: str = "") -> str:
    """lower_snake_case field name: "SOPInstanceUID" -> "sop_instance_uid"."""
    parts = keyword_words(text, hint) if hint else words(text)
    name = "_".join(word.lower() for word in parts)
    if not name or name[0].isdigit():
        name = "x_" + name
    if name in RESERVED_FIELD_NAMES:
        name += "_value"
    return name


def file_name(message: str) -> str:
    """ "CtImageModule" -> "ct_image_module.proto"."""
    return field_name(message) + ".proto"


def json_name(field: str) -> str:
    """The JSON name protoc derives from a field name (to find collisions)."""
    parts = field.split("_")
    return parts[0] + "".join(part[:1].upper() + part[1:] for part in parts[1:])
