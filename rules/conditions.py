"""Evaluating condition expressions (see dicomproto.generator.conditions) on a data set.

An attribute a condition names is looked up where the standard means it: in the data
set or item at hand, then in the items and data set that enclose it, innermost first;
in an enhanced image also inside the functional group items of the frame at hand and
of the shared item ("Frame Type (0008,9007) Value 1 of this frame is ORIGINAL").
The result is True, False, or None when the expression cannot be evaluated.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.tag import BaseTag

from .values import element_of, is_empty, values_of


class Scope:
    """The data sets a condition may look in: `chain` from the top level to the item at
    hand; `groups` the functional group items (frame's, then shared) searched one
    level deep."""

    def __init__(self, chain: Sequence[Dataset], groups: Sequence[Dataset] = ()) -> None:
        self.chain = tuple(chain)
        self.groups = tuple(groups)

    def inner(self, item: Dataset) -> Scope:
        return Scope((*self.chain, item), self.groups)

    def with_groups(self, groups: Sequence[Dataset]) -> Scope:
        return Scope(self.chain, tuple(groups))

    def find(self, tag: int) -> DataElement | None:
        for ds in reversed(self.chain):
            found = element_of(ds, tag)
            if found is not None:
                return found
        for group in self.groups:
            for element in list(group):
                if element.VR != "SQ" or not element.value:
                    continue
                found = element_of(element.value[0], tag)
                if found is not None:
                    return found
        return None


def _number(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def term_matches(value: object, term: str) -> bool:
    """A value equals a term of the standard: as text, as a number, or "0001H" as hex."""
    if isinstance(value, BaseTag):  # AT: "00181063" or "(0018,1063)"
        return f"{value:08X}" == term.strip("()").replace(",", "").upper()
    text = str(value).strip()
    if text == term:
        return True
    if isinstance(value, int | float) and not isinstance(value, bool):
        if term.endswith("H") and len(term) > 1:
            try:
                return int(term[:-1], 16) == value
            except ValueError:
                return False
        number = _number(term)
        return number is not None and number == value
    return False


def _selected(element: DataElement, value: int) -> list:
    found = [v for v in values_of(element) if str(v).strip() != ""]
    if value:
        every = values_of(element)
        return [every[value - 1]] if len(every) >= value else []
    return found


def evaluate(expression: list | None, scope: Scope) -> bool | None:
    """True, False, or None when the expression is None (not a form that is read)."""
    if expression is None:
        return None
    kind = expression[0]
    if kind in ("and", "or"):
        results = [evaluate(e, scope) for e in expression[1:]]
        if kind == "and":
            if False in results:
                return False
            return None if None in results else True
        if True in results:
            return True
        return None if None in results else False
    element = scope.find(expression[1])
    if kind == "present":
        return element is not None
    if kind == "absent":
        return element is None
    if element is None:
        return False
    if kind == "has-value":
        return not is_empty(element)
    if kind == "nonzero":
        numbers = [_number(v) for v in values_of(element)]
        return any(n not in (None, 0) for n in numbers)
    if kind == "gt":
        numbers = [_number(v) for v in _selected(element, expression[2])]
        return any(n is not None and n > expression[3] for n in numbers)
    if kind == "code":
        items = element.value if element.VR == "SQ" else []
        wanted = {(c, s) for c, s in expression[2]}
        for item in items:
            code = element_of(item, 0x00080100)
            scheme = element_of(item, 0x00080102)
            if code is None or scheme is None:
                continue
            if (str(code.value).strip(), str(scheme.value).strip()) in wanted:
                return True
        return False
    if kind in ("in", "not-in"):
        selected = _selected(element, expression[2])
        if not selected:
            return False
        hit = any(term_matches(v, t) for v in selected for t in expression[3])
        return hit if kind == "in" else not hit
    return None
