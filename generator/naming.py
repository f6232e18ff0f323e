"""One naming scheme for everything generated: DICOM names -> protobuf identifiers.

Abbreviations are words ("SOPInstanceUID" -> SopInstanceUid / sop_instance_uid), a
digit run joins the single letter after it ("XRay3DFrameTypeSequence" ->
x_ray_3d_frame_type_sequence), and anything that is not a letter or digit splits
words ("Plane Position (Patient)" -> PlanePositionPatient).
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
        if joined and joined[-1].isdigit() and len(word) == 1 and word.isalpha():
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def message_name(text: str) -> str:
    """TitleCase message name: "CT Image Module" -> "CtImageModule"."""
    name = "".join(word[:1].upper() + word[1:].lower() for word in words(text))
    if not name or name[0].isdigit():
        name = "X" + name
    return name


def field_name(text: str) -> str:
    """lower_snake_case field name: "SOPInstanceUID" -> "sop_instance_uid"."""
    name = "_".join(word.lower() for word in words(text))
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
