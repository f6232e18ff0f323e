"""VR categories, in one place (PS3.5 6.2 and 7.1.2).

The sets are pydicom's own (`pydicom.valuerep`: STANDARD_VR, AMBIGUOUS_VR, BYTES_VR,
EXPLICIT_VR_LENGTH_32, CUSTOMIZABLE_CHARSET_VR), written out as plain strings so that
the converters' fast path needs no pydicom import; tests/test_converters_vrs.py checks
that they still equal pydicom's. The rest are the groupings the converters dispatch on
that pydicom does not name.
"""

from __future__ import annotations

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

# "US or SS", "OB or OW", ...: resolved from the data set (pixel representation, ...).
AMBIGUOUS_VRS = frozenset({"OB or OW", "US or OW", "US or SS", "US or SS or OW"})
# OB OD OF OL OV OW UN: the value is bytes, in the data set's byte order.
BYTES_VRS = frozenset({"OB", "OD", "OF", "OL", "OV", "OW", "UN"})
# VRs whose explicit VR header has a 4-byte length (PS3.5 7.1.2).
LONG_LENGTH_VRS = BYTES_VRS | {"SQ", "SV", "UC", "UR", "UT", "UV"}
# LO LT PN SH ST UC UT: text in the data set's character set.
TEXT_VRS = frozenset({"LO", "LT", "PN", "SH", "ST", "UC", "UT"})
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
# All the VRs of PS3.5 6.2.
STANDARD_VRS = STRING_VRS | NUMBER_TEXT_VRS | {"PN", "SQ"} | set(NUMBER_FIELDS) | BYTES_VRS
