"""Reading elements of a pydicom Dataset for the rules, whatever state their value is in."""

from __future__ import annotations

from typing import Any

from pydicom import datadict
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.valuerep import PersonName


def element_of(ds: Dataset, tag: int) -> Any:
    """The element, converted by pydicom when it can be (a raw element otherwise), or None."""
    raw = ds._dict.get(tag)
    if raw is None:
        return None
    if isinstance(raw, DataElement):
        return raw
    try:
        return ds[tag]
    except Exception:  # a value pydicom cannot convert: keep its bytes
        return raw


def may_be_sequence(ds: Dataset, tag: int) -> bool:
    """Whether the element at `tag` is (or may turn out to be) a sequence, without
    converting a raw value: VR SQ, an undefined length, or no VR or UN where the
    dictionary says SQ (pydicom reads such an element as the sequence it is)."""
    raw = ds._dict.get(tag)
    if raw is None:
        return False
    if raw.VR == "SQ" or _undefined(raw):
        return True
    if raw.VR not in (None, "UN"):
        return False
    try:
        return datadict.dictionary_VR(tag) == "SQ"
    except KeyError:
        return False


def _undefined(raw: Any) -> bool:
    return isinstance(raw, RawDataElement) and raw.length == 0xFFFFFFFF


def values_of(element: Any) -> list:
    """The element's values as a list ([] when empty)."""
    value = element.value
    if isinstance(element, RawDataElement):
        if not value:
            return []
        return value.decode("latin-1").rstrip("\0 ").split("\\")
    if value is None:
        return []
    if element.VR == "SQ":
        return list(value)
    if isinstance(value, MultiValue | list | tuple):
        return list(value)
    if isinstance(value, str | bytes) and len(value) == 0:
        return []
    return [value]


def is_empty(element: Any) -> bool:
    """Zero length: no value, or a sequence with no items."""
    value = element.value
    if value is None:
        return True
    if element.VR == "SQ" and not isinstance(element, RawDataElement):
        return len(value) == 0
    if isinstance(value, PersonName):
        return str(value).strip() == ""
    if isinstance(value, bytes):
        return len(value) == 0
    if isinstance(value, str):
        return len(value.strip("\0 ")) == 0
    if isinstance(value, MultiValue | list | tuple):
        return len(value) == 0 or all(str(v).strip() == "" for v in value)
    return False
