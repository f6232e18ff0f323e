"""PS3.15 Annex E de-identification: the Basic Application Level Confidentiality Profile
and its Options, from Table E.1-1 as the package ships it.

For every element, at every depth (sequence items, functional groups): the action of
its row (the Basic Profile's, overridden by a selected Option's: "A requirement for an
Option, when implemented, overrides any requirement for the underlying Profile");
composite codes (X/Z, X/D, Z/D, X/Z/D, X/Z/U*) resolved by the attribute's Type in the
context at hand (the IOD's modules at the top level, the item content of the sequence
it is in below), with the pairing of letters and Types that Table E.1-1a states; Type
1C/2C count as 1/2 unless their condition is known to be false; an attribute the IOD
does not define gets the first letter (X). The standard asks that the result stay a
valid instance (E.1.1), so an X or Z on an attribute its context requires becomes Z or
D (counted as `kept valid`); a dummy never carries the original value. For the same
reason the Common Instance Reference Module loses the entries of the references the
profile removed (see references.py).

Actions: X removes; Z empties (a dummy where Type 1); D puts a dummy consistent with the
VR (sequences keep their items, de-identified); K keeps (sequences: items de-identified);
U replaces UIDs by `2.25.<HMAC-SHA256(key, UID)>`, so the same UID gives the same
replacement in every file and run that uses the same key (DICOM-defined UIDs,
1.2.840.10008.*, are never replaced); C cleans: dates shift by a whole number of days
per patient (Retain Longitudinal Temporal Information with Modified Dates), text loses
every word of the values that the profile removes or replaces in the same instance,
sequences are de-identified item by item; a binary value cannot be cleaned and gets the
Basic Profile's action. Private elements are removed, except with Retain Safe Private
those Table E.3.10-1 lists for their private creator, or that the instance's Private
Data Element Characteristics Sequence marks SAFE, with their private creators.

Patient Identity Removed (YES), De-identification Method and De-identification Method
Code Sequence (CID 7050 codes of the profile and options) and Longitudinal Temporal
Information Modified are added.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from .conditions import Scope, evaluate
from .model import AttributeList, AttributeRule, Profile, ProfileColumn, Rules, RulesError
from .references import COMMON_INSTANCE_REFERENCE, ReferenceIndex
from .values import element_of, may_be_sequence, values_of

PATIENT_ID = 0x00100020
PATIENT_NAME = 0x00100010
PRIVATE_CHARACTERISTICS = 0x00080300
DIRECTORY_RECORDS = 0x00041220
DICOM_ROOT = "1.2.840.10008."
STRING_VRS = frozenset({"AE", "CS", "LO", "LT", "PN", "SH", "ST", "UC", "UT"})
DATE_VRS = frozenset({"DA", "DT", "TM"})
BINARY_VRS = frozenset({"OB", "OD", "OF", "OL", "OV", "OW", "UN"})
NUMBER_VRS = frozenset({"DS", "IS", "FL", "FD", "SS", "US", "SL", "UL", "SV", "UV", "AT"})
DUMMY = {
    "AE": "ANONYMOUS",
    "AS": "000Y",
    "CS": "ANONYMOUS",
    "DA": "19000101",
    "DT": "19000101000000",
    "TM": "000000",
    "DS": "0",
    "IS": "0",
    "LO": "ANONYMOUS",
    "LT": "ANONYMOUS",
    "PN": "ANONYMOUS^ANONYMOUS",
    "SH": "ANONYMOUS",
    "ST": "ANONYMOUS",
    "UC": "ANONYMOUS",
    "UT": "ANONYMOUS",
    "UR": "urn:oid:2.25.0",
}
ACTION_NAMES = {
    "X": "removed",
    "Z": "emptied",
    "D": "dummy",
    "K": "kept",
    "U": "UIDs replaced",
    "U*": "sequence kept, UIDs in it replaced",
    "C": "cleaned",
}
# Minimum shift of "modified dates": at least a year back, at most ten.
SHIFT_DAYS = (365, 3650)


class DeidentifyError(Exception):
    """Options or rules that cannot be used (an unknown option, no profile)."""


@dataclass
class Outcome:
    """What de-identifying one data set did: counts per action."""

    counts: Counter = field(default_factory=Counter)

    def add(self, what: str, number: int = 1) -> None:
        self.counts[what] += number


def choose_columns(profile: Profile, names: Iterable[str]) -> tuple[ProfileColumn, ...]:
    """The Basic Profile and the Options named (by keyword, e.g. "retain-uids", by a
    unique abbreviation word by word, e.g. "retain-long-full-dates", or by name)."""
    chosen = [profile.columns[0]]
    for name in names:
        found = [c for c in profile.columns[1:] if _names(name, c)]
        if len(found) != 1:
            known = ", ".join(c.keyword for c in profile.columns[1:])
            what = "matches several options" if found else "is not an option"
            raise DeidentifyError(f"option {name!r} {what} (options: {known})")
        if found[0] not in chosen:
            chosen.append(found[0])
    longitudinal = [c for c in chosen if "longitudinal" in c.keyword]
    if len(longitudinal) > 1:
        raise DeidentifyError(
            "the Retain Longitudinal Temporal Information options exclude each other"
        )
    return tuple(chosen)


def _names(given: str, column: ProfileColumn) -> bool:
    given = given.strip().lower()
    if given in (column.keyword, column.name.lower(), column.column.lower()):
        return True
    words = iter(column.keyword.split("-"))
    wanted = [w for w in re.split(r"[-\s]+", given) if w]
    return bool(wanted) and all(any(w.startswith(part) for w in words) for part in wanted)


def _level(type_: str) -> int | None:
    kind = type_.upper()
    if kind.startswith("1"):
        return 1
    if kind.startswith("2"):
        return 2
    if kind.startswith("3"):
        return 3
    return None


class Deidentifier:
    """De-identifies data sets in place with one set of options and one key."""

    def __init__(
        self,
        rules: Rules | None = None,
        options: Iterable[str] = (),
        key: bytes | None = None,
    ) -> None:
        self.rules = rules or Rules.default()
        if self.rules.profile is None:
            raise DeidentifyError(
                f"{self.rules.source}: no PS3.15 profile in these rules "
                "(generated without part15.xml)"
            )
        self.profile: Profile = self.rules.profile
        self.columns = choose_columns(self.profile, options)
        self.column_index = [self.profile.columns.index(c) for c in self.columns]
        self.key = key if key is not None else secrets.token_bytes(32)
        keywords = {c.keyword for c in self.columns}
        self.modified_dates = any("modified-dates" in k for k in keywords)
        self.full_dates = any("full-dates" in k for k in keywords)
        self.safe_private = "retain-safe-private" in keywords
        self.cleans = any(self.action_of(r.actions) == "C" for r in self.profile.rows)

    # the table ---------------------------------------------------------------------

    def action_of(self, row_actions: tuple[str, ...]) -> str:
        """The row's action for the chosen columns: an option's overrides the profile's;
        where two options differ, C (clean) wins over K (keep)."""
        base = row_actions[0]
        chosen = [row_actions[i] for i in self.column_index[1:] if row_actions[i]]
        if not chosen:
            return base
        return "C" if "C" in chosen else chosen[0]

    def resolve(self, code: str, level: int | None) -> str:
        """A composite code's letter for an attribute of this Type level (None: not in
        the context, "X otherwise")."""
        pairs = self.profile.codes.get(code, ())
        if not pairs:
            return code
        by_level = {int(t): letter for t, letter in pairs}
        if level is None:
            return pairs[0][1]
        for wanted in (level, *range(level - 1, 0, -1), *range(level + 1, 4)):
            if wanted in by_level:
                return by_level[wanted]
        return pairs[0][1]

    # UIDs, dates, text -----------------------------------------------------------------

    def uid(self, original: str) -> str:
        """The replacement of a UID: the same for the same UID and key."""
        original = original.strip("\0 ")
        if not original or original.startswith(DICOM_ROOT):
            return original
        digest = hmac.new(self.key, original.encode("ascii", "replace"), hashlib.sha256)
        return "2.25." + str(int.from_bytes(digest.digest()[:16], "big"))

    def date_shift(self, ds: Dataset) -> int:
        """Days to shift this patient's dates back by (from the key and Patient ID)."""
        patient = element_of(ds, PATIENT_ID)
        text = str(values_of(patient)[0]) if patient is not None and values_of(patient) else ""
        digest = hmac.new(self.key, b"dates:" + text.encode("utf-8", "replace"), hashlib.sha256)
        low, high = SHIFT_DAYS
        return low + int.from_bytes(digest.digest()[:4], "big") % (high - low)

    # the walk ---------------------------------------------------------------------------

    def deidentify(self, ds: Dataset) -> Outcome:
        """De-identify `ds` in place (its file meta too, when it has one)."""
        if DIRECTORY_RECORDS in ds._dict:
            raise DeidentifyError(
                "a DICOMDIR is not de-identified: build a new one from the de-identified files"
            )
        outcome = Outcome()
        iod = None
        sop = element_of(ds, 0x00080016)
        if sop is not None and values_of(sop):
            iod = self.rules.iod_for(str(values_of(sop)[0]).strip())
        context: tuple[AttributeList, ...] = (
            tuple(m.module.attributes for m in iod.modules) if iod else ()
        )
        outcome.add("IOD known" if iod else "IOD not in the model")
        index = None
        if iod and any(m.module.section == COMMON_INSTANCE_REFERENCE for m in iod.modules):
            index = ReferenceIndex(ds)
        walk = _Walk(self, ds, outcome)
        walk.dataset(ds, context, Scope((ds,)))
        pruned = index.prune(ds) if index is not None else 0
        if pruned:
            outcome.add("reference index entries removed", pruned)
        self._mark(ds)
        self._file_meta(ds)
        return outcome

    def _mark(self, ds: Dataset) -> None:
        ds.PatientIdentityRemoved = "YES"
        ds.DeidentificationMethod = [c.name[:64] for c in self.columns]
        items = []
        for column in self.columns:
            if column.code is None:
                continue
            item = Dataset()
            item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = column.code
            items.append(item)
        ds.DeidentificationMethodCodeSequence = Sequence(items)
        if self.full_dates:
            ds.LongitudinalTemporalInformationModified = "UNMODIFIED"
        elif self.modified_dates:
            ds.LongitudinalTemporalInformationModified = "MODIFIED"
        else:
            ds.LongitudinalTemporalInformationModified = "REMOVED"

    def _file_meta(self, ds: Dataset) -> None:
        meta = getattr(ds, "file_meta", None)
        if meta is None or not meta._dict:
            return  # a bare data set stays one
        if hasattr(ds, "preamble") and ds.preamble is not None:
            ds.preamble = b"\0" * 128
        kept = {0x00020000, 0x00020001, 0x00020002, 0x00020010, 0x00020012, 0x00020013}
        for tag in list(meta._dict):
            if tag not in kept:
                del meta[tag]
        instance = element_of(ds, 0x00080018)
        if instance is not None and values_of(instance):
            meta.MediaStorageSOPInstanceUID = str(values_of(instance)[0])
        from pydicom.uid import PYDICOM_IMPLEMENTATION_UID

        meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
        meta.ImplementationVersionName = "DICOMPROTO"
        meta.FileMetaInformationGroupLength = _group_length(meta)


def _group_length(meta: Dataset) -> int:
    """The length of the file meta elements after (0002,0000), as written (explicit VR
    little endian): the value read would no longer fit the rebuilt group."""
    from pydicom.filebase import DicomBytesIO
    from pydicom.filewriter import write_data_element

    buffer = DicomBytesIO()
    buffer.is_little_endian, buffer.is_implicit_VR = True, False
    for tag in sorted(meta._dict):
        if tag != 0x00020000:
            write_data_element(buffer, meta[tag])
    return len(buffer.getvalue())


class _Walk:
    """One data set's walk: the text to clean out is gathered from it first."""

    def __init__(self, deidentifier: Deidentifier, ds: Dataset, outcome: Outcome) -> None:
        self.d = deidentifier
        self.outcome = outcome
        self.shift = deidentifier.date_shift(ds) if deidentifier.modified_dates else 0
        self.words: set[str] = set()
        if deidentifier.cleans:
            self._gather(ds)
        self.pattern = (
            re.compile(
                r"\b("
                + "|".join(map(re.escape, sorted(self.words, key=len, reverse=True)))
                + r")\b",
                re.IGNORECASE,
            )
            if self.words
            else None
        )

    def _gather(self, ds: Dataset) -> None:
        """Words of the string values the profile removes or replaces, at any depth."""
        for tag in list(ds._dict):
            element = element_of(ds, tag)
            if element is None:
                continue
            if element.VR == "SQ":
                for item in element.value or []:
                    if isinstance(item, Dataset):
                        self._gather(item)
                continue
            row = self.d.profile.row(tag)
            if row is None or self.d.action_of(row.actions) in ("K", "C"):
                continue
            if element.VR in STRING_VRS or element.VR in DATE_VRS:
                for value in values_of(element):
                    for word in re.split(r"[\s^=,;/\\]+", str(value)):
                        if len(word.strip(".-_")) >= 2:
                            self.words.add(word.strip(".-_"))

    # context ----------------------------------------------------------------------------

    def rules_for(self, tag: int, context: tuple[AttributeList, ...]) -> list[AttributeRule]:
        return [r for r in (c.get(tag) for c in context) if r is not None]

    def level(self, rules: list[AttributeRule], scope: Scope) -> int | None:
        """The strictest Type the attribute has in the context (conditions evaluated:
        a 1C/2C whose condition is false counts as 3)."""
        levels = []
        for rule in rules:
            level = _level(rule.type)
            conditional = level in (1, 2) and rule.type.upper().endswith("C")
            if conditional and rule.condition is not None:
                level = 3 if evaluate(rule.condition.expression, scope) is False else level
            if level is not None:
                levels.append(level)
        return min(levels) if levels else None

    def item_context(self, rules: list[AttributeRule]) -> tuple[AttributeList, ...]:
        found = []
        for rule in rules:
            content = self.d.rules.item_list(rule)
            if content is not None and content not in found:
                found.append(content)
        return tuple(found)

    # the data set -------------------------------------------------------------------------

    def dataset(self, ds: Dataset, context: tuple[AttributeList, ...], scope: Scope) -> None:
        creators = self._private_creators(ds)
        safe_blocks = self._safe_blocks(ds) if self.d.safe_private else {}
        kept_blocks: set[tuple[int, int]] = set()
        for tag in sorted(ds._dict):
            group, number = tag >> 16, tag & 0xFFFF
            if number == 0 and group != 0x0002:
                del ds[tag]  # group lengths would be wrong after the changes
                self.outcome.add("group length removed")
                continue
            if group % 2 == 1:
                if 0x0010 <= number <= 0x00FF:
                    continue  # private creators: decided below
                block = (group, number >> 8)
                creator = creators.get(block, "")
                if self._private_is_safe(tag, creator, safe_blocks):
                    kept_blocks.add(block)
                    self.outcome.add("private kept (safe)")
                    element = element_of(ds, tag)
                    if element is not None and element.VR == "SQ":
                        for item in element.value or []:
                            if isinstance(item, Dataset):
                                self.dataset(item, (), scope.inner(item))
                else:
                    del ds[tag]
                    self.outcome.add("private removed")
                continue
            self.element(ds, tag, context, scope)
        for (group, block), _ in creators.items():
            creator_tag = (group << 16) | block
            if (group, block) not in kept_blocks and creator_tag in ds._dict:
                del ds[creator_tag]
                self.outcome.add("private creator removed")

    def _private_creators(self, ds: Dataset) -> dict[tuple[int, int], str]:
        found = {}
        for tag in ds._dict:
            group, number = tag >> 16, tag & 0xFFFF
            if group % 2 == 1 and 0x0010 <= number <= 0x00FF:
                element = element_of(ds, tag)
                values = values_of(element) if element is not None else []
                found[(group, number)] = str(values[0]).strip() if values else ""
        return found

    def _safe_blocks(self, ds: Dataset) -> dict[tuple[int, str], set[int] | None]:
        """(group, creator) -> element bytes marked safe (None: the whole block) from
        Private Data Element Characteristics Sequence (0008,0300)."""
        found: dict[tuple[int, str], set[int] | None] = {}
        element = element_of(ds, PRIVATE_CHARACTERISTICS)
        for item in (element.value or []) if element is not None and element.VR == "SQ" else []:
            group = element_of(item, 0x00080301)
            creator = element_of(item, 0x00080302)
            status = element_of(item, 0x00080303)
            if group is None or creator is None or status is None:
                continue
            key = (int(values_of(group)[0]), str(values_of(creator)[0]).strip())
            state = str(values_of(status)[0]).strip() if values_of(status) else ""
            if state == "SAFE":
                found[key] = None
            elif state == "MIXED":
                listed = element_of(item, 0x00080304)
                found[key] = {int(v) & 0xFF for v in values_of(listed)} if listed else set()
        return found

    def _private_is_safe(
        self, tag: int, creator: str, safe_blocks: dict[tuple[int, str], set[int] | None]
    ) -> bool:
        if not self.d.safe_private or not creator:
            return False
        if self.d.profile.is_safe_private(tag, creator):
            return True
        key = (tag >> 16, creator)
        if key in safe_blocks:
            listed = safe_blocks[key]
            return listed is None or (tag & 0xFF) in listed
        return False

    def element(
        self, ds: Dataset, tag: int, context: tuple[AttributeList, ...], scope: Scope
    ) -> None:
        row = self.d.profile.row(tag)
        if row is None and not may_be_sequence(ds, tag):
            return  # nothing to do: the value is not even converted
        element = element_of(ds, tag)
        if element is None:
            return
        rules = self.rules_for(tag, context)
        if row is None:
            if element.VR == "SQ":
                self.items(element, self.item_context(rules), scope)
            return
        code = self.d.action_of(row.actions)
        level = self.level(rules, scope) if rules else None
        action = self.d.resolve(code, level)
        if action == "C" and element.VR in BINARY_VRS:
            action = self.d.resolve(row.actions[0], level)
            self.outcome.add("clean fell back to the Basic Profile (binary value)")
        if action == "X" and level in (1, 2):
            action = "D" if level == 1 else "Z"
            self.outcome.add("kept valid")
        if action == "Z" and level == 1:
            action = "D"
            self.outcome.add("kept valid")
        self.apply(ds, tag, element, action, rules, scope)

    def apply(
        self,
        ds: Dataset,
        tag: int,
        element: DataElement,
        action: str,
        rules: list[AttributeRule],
        scope: Scope,
    ) -> None:
        vr = element.VR
        if action == "X":
            del ds[tag]
        elif action == "Z":
            ds[tag] = DataElement(tag, vr, _empty(vr))
        elif action in ("D", "K", "U*") and vr == "SQ":
            self.items(element, self.item_context(rules), scope)
        elif action == "D":
            ds[tag] = DataElement(tag, vr, self.dummy(element))
        elif action == "K":
            pass
        elif action == "U":
            self.replace_uids(ds, tag, element)
        elif action == "C":
            self.clean(ds, tag, element, rules, scope)
        else:
            del ds[tag]  # an action this version does not know: the safe one
            action = "X"
        self.outcome.add(ACTION_NAMES.get(action, action))

    def items(self, element: DataElement, context: tuple[AttributeList, ...], scope: Scope) -> None:
        if element.VR != "SQ":
            return
        for item in element.value or []:
            if isinstance(item, Dataset):
                self.dataset(item, context, scope.inner(item))

    def dummy(self, element: DataElement) -> object:
        vr = element.VR
        if vr == "UI":
            return [self.d.uid(str(v)) for v in values_of(element)] or self.d.uid("dummy")
        if vr in DUMMY:
            return DUMMY[vr]
        if vr in BINARY_VRS:
            length = len(element.value or b"") if isinstance(element.value, bytes) else 2
            return b"\0" * max(2, length + (length % 2))
        if vr in NUMBER_VRS:
            return 0
        return DUMMY["LO"]

    def replace_uids(self, ds: Dataset, tag: int, element: DataElement) -> None:
        values = [self.d.uid(str(v)) for v in values_of(element)]
        ds[tag] = DataElement(tag, element.VR, values if len(values) != 1 else values[0])

    def clean(
        self,
        ds: Dataset,
        tag: int,
        element: DataElement,
        rules: list[AttributeRule],
        scope: Scope,
    ) -> None:
        vr = element.VR
        if vr == "SQ":
            self.items(element, self.item_context(rules), scope)
            return
        if vr in ("DA", "DT") and self.d.modified_dates:
            ds[tag] = DataElement(
                tag, vr, [self.shifted(str(v), vr) for v in values_of(element)] or None
            )
            return
        if vr == "TM":
            return  # a shift by whole days leaves times as they are
        if vr in STRING_VRS or vr in ("DA", "DT"):
            cleaned = [self.clean_text(str(v)) for v in values_of(element)]
            ds[tag] = DataElement(tag, vr, cleaned if len(cleaned) != 1 else cleaned[0])
            return
        ds[tag] = DataElement(tag, vr, self.dummy(element))

    def clean_text(self, text: str) -> str:
        if self.pattern is None:
            return text
        return " ".join(self.pattern.sub(" ", text).split())

    def shifted(self, text: str, vr: str) -> str:
        from datetime import date, timedelta

        text = text.strip()
        try:
            day = date(int(text[0:4]), int(text[4:6] or 1), int(text[6:8] or 1))
        except ValueError:
            return DUMMY[vr]
        moved = (day - timedelta(days=self.shift)).strftime("%Y%m%d")
        return moved[: len(text)] if vr == "DA" else moved[: min(len(text), 8)] + text[8:]


def _empty(vr: str) -> object:
    """A zero-length value of this VR."""
    if vr == "SQ":
        return Sequence([])
    if vr in STRING_VRS or vr in DATE_VRS or vr in ("AS", "UI", "UR"):
        return ""
    return None


def deidentify_dataset(
    ds: Dataset,
    rules: Rules | None = None,
    options: Iterable[str] = (),
    key: bytes | None = None,
) -> Outcome:
    """De-identify one pydicom Dataset in place."""
    try:
        return Deidentifier(rules, options, key).deidentify(ds)
    except RulesError as error:
        raise DeidentifyError(str(error)) from None
