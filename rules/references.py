"""The Common Instance Reference Module (PS3.3 C.12.2) kept consistent with the
references that de-identification leaves.

The module is an index: Referenced Series Sequence (0008,1115) lists the instances of
this study that the instance references elsewhere (Source Image Sequence, Referenced
Image Sequence, ...), Studies Containing Other Referenced Instances Sequence (0008,1200)
those of other studies; both are Type 1C, required exactly when such references exist.
When the profile removes or empties the sequences that held the references (X/Z/U* on
a Type 3 or 2 sequence), the index would list instances the instance no longer
references. `ReferenceIndex` notes, before the walk, the index entries that stand for
a reference made elsewhere, and after the walk removes those whose reference is gone
(then the series, studies and sequences they leave empty). Entries that had no
reference elsewhere in the input are left as they were.
"""

from __future__ import annotations

from pydicom.dataset import Dataset

from .values import element_of, values_of

COMMON_INSTANCE_REFERENCE = "C.12.2"
REFERENCED_SERIES = 0x00081115
OTHER_STUDIES = 0x00081200
REFERENCED_INSTANCES = 0x0008114A
REFERENCED_SOP_INSTANCE_UID = 0x00081155
INDEX_TAGS = (REFERENCED_SERIES, OTHER_STUDIES)


def _items(ds: Dataset, tag: int) -> list[Dataset]:
    element = element_of(ds, tag)
    if element is None or element.VR != "SQ":
        return []
    return [item for item in element.value or [] if isinstance(item, Dataset)]


def _instance_uid(item: Dataset) -> str | None:
    element = element_of(item, REFERENCED_SOP_INSTANCE_UID)
    values = values_of(element) if element is not None else []
    return str(values[0]).strip("\0 ") if values else None


def referenced_instances(ds: Dataset) -> set[str]:
    """Referenced SOP Instance UIDs anywhere in `ds`, outside the index sequences."""
    found: set[str] = set()
    stack = [(ds, True)]
    while stack:
        current, top = stack.pop()
        for tag in list(current._dict):
            if top and tag in INDEX_TAGS:
                continue
            if tag == REFERENCED_SOP_INSTANCE_UID:
                uid = _instance_uid(current)
                if uid:
                    found.add(uid)
                continue
            element = element_of(current, tag)
            if element is not None and element.VR == "SQ":
                stack.extend((item, False) for item in _items(current, tag))
    return found


def _series_lists(ds: Dataset) -> list[Dataset]:
    """The data sets that hold a Referenced Series Sequence of the index: the top level
    and each item of Studies Containing Other Referenced Instances Sequence."""
    return [ds, *_items(ds, OTHER_STUDIES)]


class ReferenceIndex:
    """The index entries of one data set that stand for references made elsewhere."""

    def __init__(self, ds: Dataset) -> None:
        self.entries: list[Dataset] = []
        if not any(tag in ds._dict for tag in INDEX_TAGS):
            return
        referenced = referenced_instances(ds)
        for holder in _series_lists(ds):
            for series in _items(holder, REFERENCED_SERIES):
                for entry in _items(series, REFERENCED_INSTANCES):
                    if _instance_uid(entry) in referenced:
                        self.entries.append(entry)

    def prune(self, ds: Dataset) -> int:
        """Remove the entries whose reference the walk removed, and what they leave
        empty; the number of instance entries removed."""
        if not self.entries:
            return 0
        referenced = referenced_instances(ds)
        gone = {id(e) for e in self.entries if _instance_uid(e) not in referenced}
        if not gone:
            return 0
        for holder in _series_lists(ds):
            _remove_entries(holder, gone)
        studies = _items(ds, OTHER_STUDIES)
        kept = [s for s in studies if _items(s, REFERENCED_SERIES)]
        if studies and not kept:
            del ds[OTHER_STUDIES]
        elif len(kept) != len(studies):
            ds[OTHER_STUDIES].value = kept
        return len(gone)


def _remove_entries(holder: Dataset, gone: set[int]) -> None:
    """Drop the gone entries from the Referenced Series Sequence in `holder`, the series
    items they leave without instances, and the sequence when it has no items left."""
    series_items = _items(holder, REFERENCED_SERIES)
    if not series_items:
        return
    kept_series = []
    for series in series_items:
        entries = _items(series, REFERENCED_INSTANCES)
        kept = [e for e in entries if id(e) not in gone]
        if len(kept) == len(entries):
            kept_series.append(series)
        elif kept:
            series[REFERENCED_INSTANCES].value = kept
            kept_series.append(series)
    if not kept_series:
        del holder[REFERENCED_SERIES]
    elif len(kept_series) != len(series_items):
        holder[REFERENCED_SERIES].value = kept_series
