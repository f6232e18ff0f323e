"""Messages as the DICOM JSON Model (PS3.18 Annex F), as pydicom's `to_json_dict` gives it.

    from dicomproto.converters.dicom_json import to_dicom_json

    to_dicom_json(message)                      # {"00080005": {"vr": "CS", "Value": [...]}, ...}
    to_dicom_json(message, bulk_data_uri=lambda a: f"{base}/bulk/{a.tag:08X}")
    to_dicom_json(message, cut=32)              # long binary values shortened, visibly

The data set only: group 0002 (file meta) is not part of it, as in pydicom. Values
come from the message itself, not through pydicom's value objects: text VRs as
strings, DS and IS as JSON numbers, PN as {"Alphabetic", "Ideographic", "Phonetic"},
AT as "ggggeeee", binary values as base64 "InlineBinary" (the bytes as stored, byte
order included) or a "BulkDataURI".

Where the standard and pydicom part ways, the result follows pydicom (so that both
give the same document), except where pydicom raises:
  * an empty item of a multi-valued DS or IS is null (pydicom fails on it);
  * a DS or IS text that is not a number stays a JSON string;
  * an element whose VR stayed ambiguous ("US or SS" without Pixel Representation)
    is "UN" with its bytes inline.

Binary values: without `bulk_data_uri` every value is inline. With it, values of
`bulk_data_threshold` bytes or more are given as "BulkDataURI": the function gets
the element as a lookup.Attribute (path, tag, VR, value) and returns the URI. A value
the message keeps beside it (a bulk data file of a .pb) is read with `bulk_data`
when given, else named by its stored URI (or `bulk_data_uri`'s answer).

`cut=N` shortens inline values over N bytes to their first N, and says so in place
of the value: ``"InlineBinary": {"cut": "first 32 of 32768 bytes", "base64": "..."}``,
which no DICOM JSON reader takes for the value.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from google.protobuf.message import Message

from dicomproto.v1 import dataset_pb2 as pb

from . import generic, lookup
from .vrs import NUMBER_FIELDS

__all__ = ["cut_marker", "to_dicom_json"]

BulkDataUri = Callable[[lookup.Attribute], str]


class _Settings:
    __slots__ = ("bulk_data", "bulk_data_uri", "cut", "threshold")

    def __init__(
        self,
        bulk_data_uri: BulkDataUri | None,
        threshold: int,
        bulk_data: Callable[[str], bytes] | None,
        cut: int | None,
    ) -> None:
        self.bulk_data_uri = bulk_data_uri
        self.threshold = threshold
        self.bulk_data = bulk_data
        self.cut = cut


def to_dicom_json(
    message: Message,
    *,
    bulk_data_uri: BulkDataUri | None = None,
    bulk_data_threshold: int = 1024,
    bulk_data: Callable[[str], bytes] | None = None,
    cut: int | None = None,
) -> dict[str, Any]:
    """The data set of a message (DataSet, IOD or item message) as a DICOM JSON object."""
    data = lookup.generic_form(message)
    context = lookup._top_context(message)
    settings = _Settings(bulk_data_uri, bulk_data_threshold, bulk_data, cut)
    return _data_set(data.elements, context, settings, "")


def cut_marker(value: bytes, cut: int) -> dict[str, str]:
    """What stands for a binary value shortened to its first `cut` bytes."""
    return {
        "cut": f"first {cut} of {len(value)} bytes",
        "base64": base64.b64encode(value[:cut]).decode("ascii"),
    }


def _data_set(
    elements: Any, context: lookup._Context, settings: _Settings, prefix: str
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for el in elements:
        if el.tag == lookup.SPECIFIC_CHARACTER_SET:
            context = _charset_context(el, context)
        if el.vr == pb.VR_UN:  # as pydicom reads it, if it knows a better VR
            el = lookup.reinterpreted(el, elements, context) or el
        out[f"{el.tag:08X}"] = _element(el, context, settings, prefix)
    return out


def _charset_context(el: pb.Element, context: lookup._Context) -> lookup._Context:
    holder = pb.DataSet(elements=[el])
    return lookup._with_charset(holder, context)


def _element(
    el: pb.Element, context: lookup._Context, settings: _Settings, prefix: str
) -> dict[str, Any]:
    vr = generic.element_vr(el)
    if vr is None:  # ambiguous and unresolved: the bytes, as of unknown VR
        return _binary({"vr": "UN"}, el, el.bytes, settings, prefix, "UN")
    out: dict[str, Any] = {"vr": vr}
    if vr == "SQ":
        items = el.items
        name = prefix + lookup._step_text(el.tag, None)
        out["Value"] = [
            _data_set(item.elements, context, settings, f"{name}[{index}].")
            for index, item in enumerate(items)
        ]
        return out
    if vr in generic.BYTES_VRS:
        if el.HasField("encapsulated"):
            enc = el.encapsulated
            value: bytes | None = generic.join_items([enc.basic_offset_table, *enc.fragments])
        elif el.bulk_data_uri:
            value = settings.bulk_data(el.bulk_data_uri) if settings.bulk_data else None
        else:
            value = el.bytes
        return _binary(out, el, value, settings, prefix, vr)
    values = _values(el, vr)
    if values is None:  # stored bytes only (text that did not decode): as pydicom reads them
        return _through_pydicom(el, context)
    if values:
        out["Value"] = values
    return out


def _values(el: pb.Element, vr: str) -> list[Any] | None:
    """The "Value" array ([] for none), or None when only stored bytes are known."""
    if vr == "PN":
        if not el.person_names:
            return None if el.bytes else []
        names = [generic.person_name_text(p) for p in el.person_names]
        if names == [""]:
            return []
        return [_person_name(text) for text in names]
    if vr == "AT":
        return None if not el.tags and el.bytes else [f"{tag:08X}" for tag in el.tags]
    if vr in NUMBER_FIELDS:
        numbers = list(getattr(el, NUMBER_FIELDS[vr]))
        return None if not numbers and el.bytes else numbers
    texts = list(el.strings)
    if not texts:
        return None if el.bytes else []
    if texts == [""]:
        return []
    if vr == "DS":
        return [_number(float, text) for text in texts]
    if vr == "IS":
        return [_number(_integer, text) for text in texts]
    return texts


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:  # "1.0", as pydicom reads IS
        real = float(text)
        if not real.is_integer():
            raise
        return int(real)


def _number(kind: Callable[[str], Any], text: str) -> Any:
    if not text.strip():
        return None
    try:
        return kind(text)
    except (ValueError, OverflowError):
        return text


def _person_name(text: str) -> dict[str, str]:
    groups = text.split("=")
    out = {"Alphabetic": groups[0]}
    if len(groups) > 1:
        out["Ideographic"] = groups[1]
    if len(groups) > 2:
        out["Phonetic"] = groups[2]
    return out


def _binary(
    out: dict[str, Any],
    el: pb.Element,
    value: bytes | None,
    settings: _Settings,
    prefix: str,
    vr: str,
) -> dict[str, Any]:
    if value is None:  # kept beside the message and not read
        uri = el.bulk_data_uri
        if settings.bulk_data_uri is not None:
            uri = settings.bulk_data_uri(_attribute(el, lookup.BulkData(uri), prefix, vr))
        out["BulkDataURI"] = uri
        return out
    if not value:
        return out
    if settings.bulk_data_uri is not None and len(value) >= settings.threshold:
        out["BulkDataURI"] = settings.bulk_data_uri(_attribute(el, value, prefix, vr))
    elif settings.cut is not None and len(value) > settings.cut:
        out["InlineBinary"] = cut_marker(value, settings.cut)
    else:
        out["InlineBinary"] = base64.b64encode(value).decode("ascii")
    return out


def _attribute(el: pb.Element, value: Any, prefix: str, vr: str) -> lookup.Attribute:
    path = prefix + lookup._step_text(el.tag, None)
    return lookup.Attribute(path, el.tag, vr, lookup.keyword_of(el.tag), value, el)


def _through_pydicom(el: pb.Element, context: lookup._Context) -> dict[str, Any]:
    """An element whose value only its stored bytes hold, decoded by pydicom."""
    from pydicom.dataset import Dataset
    from pydicom.tag import BaseTag

    host = Dataset()
    host.set_original_encoding(context.implicit, context.little, context.charset)
    host[BaseTag(el.tag)] = generic.element_from_proto(el, host)  # type: ignore[assignment]
    return host[el.tag].to_json_dict(None, 0)
