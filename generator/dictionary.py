"""The data dictionary: PS3.6 first, pydicom's dictionary for attributes newer than it."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydicom import datadict

from .model import DataElement, Skip, Tag
from .parse_dictionary import KNOWN_VRS


@dataclass
class Dictionary:
    """Looks tags up; counts and reports every fallback and every miss."""

    elements: tuple[DataElement, ...]
    fallbacks: dict[tuple[int, int], DataElement] = field(default_factory=dict)
    skips: list[Skip] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key = {(e.tag.value, e.tag.mask): e for e in self.elements}

    def get(self, key: tuple[int, int]) -> DataElement:
        return self._by_key.get(key) or self.fallbacks[key]

    def lookup(self, tag: Tag, name: str, where: str) -> DataElement | None:
        key = (tag.value, tag.mask)
        found = self._by_key.get(key) or self.fallbacks.get(key)
        if found is not None:
            return found
        element = _from_pydicom(tag)
        if element is None:
            self.skips.append(Skip(where, f"{tag} {name!r} is in neither PS3.6 nor pydicom"))
            return None
        self.fallbacks[key] = element
        return element

    def find(self, tag: Tag) -> DataElement | None:
        """The entry of a tag, without counting a fallback (for what the input no longer
        uses, kept from an earlier release)."""
        key = (tag.value, tag.mask)
        return self._by_key.get(key) or self.fallbacks.get(key) or _from_pydicom(tag)

    def all_elements(self) -> tuple[DataElement, ...]:
        """PS3.6 elements followed by the fallbacks, in tag order."""
        combined = {**{(e.tag.value, e.tag.mask): e for e in self.elements}, **self.fallbacks}
        return tuple(sorted(combined.values(), key=lambda e: (e.tag.value, e.tag.mask)))


def _from_pydicom(tag: Tag) -> DataElement | None:
    if tag.is_pattern:
        text = str(tag)[1:-1].replace(",", "").upper().replace("X", "x")
        entry = datadict.RepeatersDictionary.get(text)
    else:
        entry = datadict.DicomDictionary.get(tag.value)
    if entry is None:
        return None
    vr_text, vm, name, retired, keyword = entry
    vrs = tuple(vr.strip() for vr in vr_text.split(" or "))
    if not keyword or any(vr not in KNOWN_VRS for vr in vrs):
        return None
    return DataElement(
        tag=tag,
        name=name,
        keyword=keyword,
        vrs=vrs,
        vm=vm,
        retired=bool(retired),
        source="pydicom",
    )
