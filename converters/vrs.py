"""VR categories, in one place: pydicom's own sets (pydicom.valuerep) as plain strings,
and the few groupings the converters dispatch on that pydicom does not name."""

from __future__ import annotations

from pydicom.valuerep import (
    AMBIGUOUS_VR,
    BYTES_VR,
    CUSTOMIZABLE_CHARSET_VR,
    EXPLICIT_VR_LENGTH_32,
    STANDARD_VR,
)

__all__ = [
    "AMBIGUOUS_VRS",
    "BYTES_VRS",
    "LONG_LENGTH_VRS",
    "NUMBER_FIELDS",
    "NUMBER_TEXT_VRS",
    "PAD_WITH_NUL",
    "SINGLE_VALUE_TEXT_VRS",
    "STANDARD_VRS",
    "STRING_VRS",
    "TEXT_VRS",
]


def _names(vrs: set) -> frozenset[str]:
    return frozenset(str(vr) for vr in vrs)


STANDARD_VRS = _names(STANDARD_VR)
# "US or SS", "OB or OW", ...: resolved from the data set (pixel representation, ...).
AMBIGUOUS_VRS = _names(AMBIGUOUS_VR)
# OB OD OF OL OV OW UN: the value is bytes, in the data set's byte order.
BYTES_VRS = _names(BYTES_VR)
# VRs whose explicit VR header has a 4-byte length (PS3.5 7.1.2).
LONG_LENGTH_VRS = _names(EXPLICIT_VR_LENGTH_32)
# LO LT PN SH ST UC UT: text in the data set's character set.
TEXT_VRS = _names(CUSTOMIZABLE_CHARSET_VR)
# One value that may hold a backslash (PS3.5 6.2).
SINGLE_VALUE_TEXT_VRS = frozenset({"LT", "ST", "UT", "UR"})
# Text kept exactly as written (the default character repertoire, or the data set's).
STRING_VRS = frozenset(
    {"AE", "AS", "CS", "DA", "DT", "LO", "LT", "SH", "ST", "TM", "UC", "UI", "UR", "UT"}
)
# Numbers written as text.
NUMBER_TEXT_VRS = frozenset({"DS", "IS"})
# VR -> the Element field holding its binary numbers.
NUMBER_FIELDS: dict[str, str] = {
    "US": "unsigned_integers",
    "UL": "unsigned_integers",
    "UV": "unsigned_integers",
    "SS": "signed_integers",
    "SL": "signed_integers",
    "SV": "signed_integers",
    "FL": "floats",
    "FD": "doubles",
    "AT": "tags",
}
# Values padded to even length with NUL rather than a space (PS3.5 6.2).
PAD_WITH_NUL = frozenset({"UI"}) | BYTES_VRS
