"""IOD validation from the shipped model.

For the IOD of the data set's SOP Class: every module the IOD makes mandatory (usage M,
or C when its condition holds) is present; in every module that applies, Type 1
attributes are present and not empty and Type 2 attributes present, Type 1C/2C when
their condition holds; the same inside every sequence item, by the item content its
context defines, and in enhanced images for every functional group macro (in the
Shared item or in every Per-frame item, not both); values are among the Enumerated
Values (an error) or Defined Terms (a warning) where the standard lists them; sequences
with "Only a single Item" or "One or more Items" have that many items.

Conditions the model has no expression for are reported as "not-evaluated", never
guessed either way. A value the file ends in the middle of (a truncated file) is an
error wherever it is, whatever the IOD.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset

from .conditions import Scope, evaluate, term_matches
from .model import (
    PER_FRAME_FUNCTIONAL_GROUPS,
    SHARED_FUNCTIONAL_GROUPS,
    AttributeList,
    AttributeRule,
    Condition,
    Iod,
    Rules,
)
from .values import element_of, is_empty, values_of

ERROR = "error"
WARNING = "warning"
NOT_EVALUATED = "not-evaluated"
NUMBER_OF_FRAMES = 0x00280008
SOP_CLASS_UID = 0x00080016
MEDIA_STORAGE_SOP_CLASS_UID = 0x00020002


@dataclass(frozen=True, slots=True)
class Finding:
    """One result: its level, where (a path of keyword(tag)[item] steps), what."""

    level: str
    path: str
    message: str
    module: str = ""
    tags: tuple[tuple[int, int], ...] = ()  # (tag, item number or 0) along the path

    def line(self, name: str = "") -> str:
        where = f"{name}: " if name else ""
        path = f"{self.path}: " if self.path else ""
        module = f" [{self.module}]" if self.module else ""
        return f"{where}{self.level}: {path}{self.message}{module}"


@dataclass
class Report:
    """The findings for one data set, and the IOD it was checked against."""

    iod: str = ""
    findings: list[Finding] = field(default_factory=list)

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level == level)

    @property
    def errors(self) -> int:
        return self.count(ERROR)

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def as_dict(self) -> dict:
        return {
            "iod": self.iod,
            "errors": self.errors,
            "warnings": self.count(WARNING),
            "not_evaluated": self.count(NOT_EVALUATED),
            "findings": [
                {k: v for k, v in asdict(f).items() if k != "tags"} for f in self.findings
            ],
        }

    def json(self) -> str:
        return json.dumps(self.as_dict(), indent=1)


_Path = tuple[tuple[int, int], ...]


class _Validator:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.findings: list[Finding] = []

    def path_text(self, path: _Path) -> str:
        steps = []
        for tag, item in path:
            name = self.rules.keyword(tag)
            step = f"{name}({tag >> 16:04X},{tag & 0xFFFF:04X})"
            steps.append(step + (f"[{item}]" if item else ""))
        return "/".join(steps)

    def add(self, level: str, path: _Path, message: str, module: str) -> None:
        self.findings.append(Finding(level, self.path_text(path), message, module, path))

    # attribute lists ------------------------------------------------------------------

    def check_list(
        self,
        attributes: AttributeList,
        ds: Dataset,
        scope: Scope,
        path: _Path,
        module: str,
        skip_missing: bool = False,
    ) -> None:
        for rule in attributes.attributes:
            if rule.tag.is_pattern:
                continue  # repeating groups ((60xx,3000) overlays) are each optional
            self.check_attribute(rule, ds, scope, path, module, skip_missing)

    def required(self, rule: AttributeRule, scope: Scope) -> bool | None:
        kind = rule.type.upper()
        if kind in ("1", "2"):
            own: bool | None = True
        elif kind in ("1C", "2C"):
            own = evaluate(rule.condition.expression if rule.condition else None, scope)
        else:
            return False
        if rule.include_condition is None or own is False:
            return own
        included = evaluate(rule.include_condition.expression, scope)
        return own if included else included

    def check_attribute(
        self,
        rule: AttributeRule,
        ds: Dataset,
        scope: Scope,
        path: _Path,
        module: str,
        skip_missing: bool,
    ) -> None:
        tag = rule.tag.value
        here = (*path, (tag, 0))
        element = element_of(ds, tag)
        kind = rule.type.upper()
        required = self.required(rule, scope)
        if element is None:
            if skip_missing:
                return
            if required:
                self.add(ERROR, here, f"missing (Type {rule.type}{_why(rule)})", module)
            elif required is None:
                condition = rule.condition
                if rule.include_condition is not None and kind in ("1", "2"):
                    condition = rule.include_condition
                self.add(
                    NOT_EVALUATED,
                    here,
                    f"absent; Type {rule.type} condition not evaluated: {_text(condition)}",
                    module,
                )
            return
        if required is False and rule.condition is not None and rule.condition.forbidden_otherwise:
            self.add(
                ERROR, here, f"present, but its condition is false: {rule.condition.text}", module
            )
        empty = is_empty(element)
        if empty and kind.startswith("1"):
            self.add(ERROR, here, f"empty (Type {rule.type} needs a value)", module)
        if element.VR == "SQ":
            self.check_items(rule, element, scope, path, module)
        elif rule.value_sets and not empty:
            self.check_values(rule, element, here, module)

    def check_values(self, rule: AttributeRule, element: object, here: _Path, module: str) -> None:
        every = values_of(element)
        for value_set in rule.value_sets:
            if value_set.value:
                chosen = every[value_set.value - 1 : value_set.value]
                label = f"value {value_set.value} "
            else:
                chosen, label = every, ""
            for value in chosen:
                if str(value).strip() == "" or any(term_matches(value, t) for t in value_set.terms):
                    continue
                terms = ", ".join(value_set.terms[:12]) + (
                    ", ..." if len(value_set.terms) > 12 else ""
                )
                if value_set.kind == "enumerated":
                    self.add(
                        ERROR,
                        here,
                        f"{label}{str(value)!r} is not an Enumerated Value ({terms})",
                        module,
                    )
                else:
                    self.add(
                        WARNING,
                        here,
                        f"{label}{str(value)!r} is not a Defined Term ({terms})",
                        module,
                    )

    def check_items(
        self, rule: AttributeRule, element: object, scope: Scope, path: _Path, module: str
    ) -> None:
        items = list(element.value or [])  # type: ignore[attr-defined]
        tag = rule.tag.value
        if rule.item_count == "1" and len(items) > 1:
            self.add(
                ERROR,
                (*path, (tag, 0)),
                f"{len(items)} items, only a single item is allowed",
                module,
            )
        if (
            rule.item_count == "1-n"
            and not items
            and not rule.type.startswith("1")
            and rule.type.upper() not in ("2", "2C")
        ):
            self.add(ERROR, (*path, (tag, 0)), "no items, one or more are required", module)
        content = self.rules.item_list(rule)
        if content is None or content.functional_groups:
            return  # functional groups are checked against the IOD's macros
        for number, item in enumerate(items, start=1):
            if not isinstance(item, Dataset):
                continue
            self.check_list(content, item, scope.inner(item), (*path, (tag, number)), module)

    # IOD level --------------------------------------------------------------------------

    def check_iod(self, iod: Iod, ds: Dataset) -> None:
        scope = Scope((ds,))
        owners: dict[int, int] = {}
        for module in iod.modules:
            for rule in module.module.attributes.attributes:
                owners[rule.tag.value] = owners.get(rule.tag.value, 0) + 1
        for module in iod.modules:
            name = module.module.name
            attributes = module.module.attributes.attributes
            tags = [r.tag.value for r in attributes if not r.tag.is_pattern]
            own = [t for t in tags if owners[t] == 1] or tags
            present = any(t in ds._dict for t in own)
            if module.usage == "M":
                needed: bool | None = True
            elif module.usage == "C":
                needed = evaluate(module.condition.expression if module.condition else None, scope)
            else:
                needed = False
            if (
                needed is False
                and present
                and module.condition
                and module.condition.forbidden_otherwise
            ):
                self.add(
                    ERROR,
                    (),
                    f"module present, but its condition is false: {module.condition.text}",
                    name,
                )
            if needed is None and not present:
                self.add(
                    NOT_EVALUATED,
                    (),
                    f"module absent; usage C condition not evaluated: {_text(module.condition)}",
                    name,
                )
                continue
            if needed or present:
                self.check_list(module.module.attributes, ds, scope, (), name)
        if iod.functional_groups:
            self.check_functional_groups(iod, ds, scope)

    def check_functional_groups(self, iod: Iod, ds: Dataset, scope: Scope) -> None:
        shared_element = element_of(ds, SHARED_FUNCTIONAL_GROUPS)
        frames_element = element_of(ds, PER_FRAME_FUNCTIONAL_GROUPS)
        shared = _first_item(shared_element)
        frames = (
            [i for i in (frames_element.value or [])]
            if frames_element is not None and frames_element.VR == "SQ"
            else []
        )
        count = element_of(ds, NUMBER_OF_FRAMES)
        numbers = values_of(count) if count is not None else []
        try:
            expected = int(numbers[0]) if numbers else None
        except (TypeError, ValueError):
            expected = None
        if frames and expected is not None and len(frames) != expected:
            self.add(
                ERROR,
                ((PER_FRAME_FUNCTIONAL_GROUPS, 0),),
                f"{len(frames)} items for Number of Frames {expected}",
                "Multi-frame Functional Groups Module",
            )
        for group in iod.functional_groups:
            macro = group.macro
            if group.usage == "M":
                needed: bool | None = True
            elif group.usage == "C":
                needed = evaluate(group.condition.expression if group.condition else None, scope)
            else:
                needed = False
            for rule in macro.attributes.attributes:
                tag = rule.tag.value
                in_shared = shared is not None and tag in shared._dict
                in_frames = [tag in f._dict for f in frames if isinstance(f, Dataset)]
                where = ((tag, 0),)
                if in_shared and any(in_frames):
                    self.add(
                        ERROR,
                        where,
                        "in both the Shared and the Per-frame Functional Groups",
                        macro.name,
                    )
                elif not in_shared and not all(in_frames or [False]):
                    missing = [n for n, found in enumerate(in_frames, start=1) if not found]
                    if any(in_frames):
                        shown = ", ".join(map(str, missing[:10])) + (
                            ", ..." if len(missing) > 10 else ""
                        )
                        self.add(
                            ERROR,
                            where,
                            f"absent from Per-frame items {shown} and from the Shared item",
                            macro.name,
                        )
                    elif needed and rule.type.upper() in ("1", "2"):
                        self.add(
                            ERROR,
                            where,
                            f"functional group absent (usage {group.usage}, Type {rule.type})",
                            macro.name,
                        )
                    elif needed is None and rule.type.upper() in ("1", "2"):
                        self.add(
                            NOT_EVALUATED,
                            where,
                            "functional group absent; usage C condition not evaluated: "
                            + _text(group.condition),
                            macro.name,
                        )
            containers: list[tuple[Dataset, _Path, tuple[Dataset, ...]]] = []
            if shared is not None:
                containers.append((shared, ((SHARED_FUNCTIONAL_GROUPS, 1),), (shared,)))
            for number, frame in enumerate(frames, start=1):
                if isinstance(frame, Dataset):
                    groups = (frame, shared) if shared is not None else (frame,)
                    containers.append((frame, ((PER_FRAME_FUNCTIONAL_GROUPS, number),), groups))
            for container, path, groups in containers:
                self.check_list(
                    macro.attributes,
                    container,
                    scope.inner(container).with_groups(groups),
                    path,
                    macro.name,
                    skip_missing=True,
                )


def _first_text(element: object) -> str:
    found = values_of(element) if element is not None else []
    return str(found[0]).strip() if found else ""


def _first_item(element: object) -> Dataset | None:
    if element is None or getattr(element, "VR", "") != "SQ":
        return None
    items = element.value or []  # type: ignore[attr-defined]
    return items[0] if items and isinstance(items[0], Dataset) else None


def _text(condition: Condition | None) -> str:
    return condition.text if condition and condition.text else "(no condition stated)"


def _why(rule: AttributeRule) -> str:
    return f": {rule.condition.text}" if rule.type.upper().endswith("C") and rule.condition else ""


def truncated_values(ds: Dataset, path: _Path = ()) -> list[tuple[_Path, int, int]]:
    """(path, bytes there, bytes declared) of every value the data ends inside, at any
    depth; raw values are measured, not converted."""
    found = []
    for tag, element in ds._dict.items():
        if isinstance(element, RawDataElement):
            length, value = element.length, element.value
            if length != 0xFFFFFFFF and value is not None and len(value) < length:
                found.append(((*path, (tag, 0)), len(value), length))
        elif element.VR == "SQ":
            for number, item in enumerate(element.value or [], start=1):
                if isinstance(item, Dataset):
                    found += truncated_values(item, (*path, (tag, number)))
    return found


def validate_dataset(ds: Dataset, rules: Rules | None = None) -> Report:
    """Check a pydicom Dataset against the IOD of its SOP Class UID."""
    rules = rules or Rules.default()
    validator = _Validator(rules)
    for path, have, want in truncated_values(ds):
        message = f"value truncated: {have} of {want} bytes (the file ends early)"
        validator.add(ERROR, path, message, "")
    uid = _first_text(element_of(ds, SOP_CLASS_UID))
    meta = getattr(ds, "file_meta", None)
    if not uid and meta is not None:
        uid = _first_text(element_of(meta, MEDIA_STORAGE_SOP_CLASS_UID))
    if not uid:
        validator.add(ERROR, ((SOP_CLASS_UID, 0),), "missing: no IOD to validate against", "")
        return Report("", validator.findings)
    iod = rules.iod_for(uid)
    if iod is None:
        edition = rules.editions.get("PS3.3", "?")
        validator.add(
            NOT_EVALUATED,
            ((SOP_CLASS_UID, 0),),
            f"{uid}: no IOD for this SOP Class in the model (PS3.3 {edition}): not validated",
            "",
        )
        return Report("", validator.findings)
    validator.check_iod(iod, ds)
    return Report(iod.name, validator.findings)
