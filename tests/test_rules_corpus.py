"""The rules on the whole corpus (slow): validate next to dciodvfy, de-identify and
check the result against an independent reading of PS3.15 Table E.1-1 and dciodvfy."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

import pytest
from conftest import require_tool
from converter_helpers import corpus_paths
from pydicom.dataset import Dataset
from rules_helpers import FULL, dciodvfy, rules_for, table_e11, tag_text

from dicomproto.converters import dicom_from_bytes, dicom_to_bytes, read_dicom
from dicomproto.converters.errors import ConversionError
from dicomproto.rules import Deidentifier, DeidentifyError, Rules, validate

warnings.simplefilter("ignore")
pytestmark = pytest.mark.slow
KEY = b"corpus-key-0123456789abcdef"
HOW = "Debian package dicom3tools"


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    return rules_for(FULL, tmp_path_factory.mktemp("rules"))


def readable(directories: bool = True) -> list[tuple[Path, Dataset]]:
    found = []
    for path in corpus_paths():
        try:
            ds = read_dicom(path)
        except Exception:
            continue
        if directories or 0x00041220 not in ds._dict:
            found.append((path, ds))
    return found


# Why dicomproto and dciodvfy disagree, by the message of the finding.
DCIODVFY_ONLY = (
    (
        "encoding, VR syntax and value checks (not IOD rules)",
        r"Value invalid for this VR|"
        r"Illegal|read failed|Invalid Value Representation|incorrect value length|"
        r"Value is zero|not unit vector|same value as|Bad private owner|Bad Explicit Value Length|"
        r"Value Multiplicity|MediaStorage|Leading zeroes",
    ),
    (
        "references and consistency across the instance (not IOD rules)",
        r"Referenced SOP Instance is not listed|Shall not be present for Referenced|"
        r"does not match Num",
    ),
    (
        "IOD-specific rules written by hand in dciodvfy, not value lists in PS3.3",
        r"Unrecognized enumerated value|Attribute present when condition unsatisfied",
    ),
    (
        "no IOD chosen by dciodvfy (dicomproto uses Media Storage SOP Class UID)",
        r"Information Object Not found",
    ),
)


MODULES = "module usage, presence and Types: PS3.3 2024c here, dciodvfy's own tables"


def classify(ours: dict, theirs: dict, not_evaluated: set, iod: str) -> Counter:
    """Each finding of either tool on one file, counted by class."""
    classes: Counter = Counter()
    for key in set(ours) | set(theirs):
        if key in ours and key in theirs:
            classes["both"] += 1
        elif key in theirs:
            message = theirs[key]
            reason = next((r for r, p in DCIODVFY_ONLY if re.search(p, message)), None)
            if reason is None and "Conditional" in message and key in not_evaluated:
                reason = "condition not evaluated by dicomproto (its text is not a common form)"
            if reason is None and key[-1:] in ((0x52009230,), (0x52009229,)):
                reason = "functional groups: dicomproto reports each absent macro"
            if reason is None and not iod:
                reason = "no IOD for the SOP Class in dicomproto's model"
            if reason is None and theirs.get("read-failed"):
                reason = "dciodvfy could not read the file to its end"
            if reason is None and re.search(r"Missing attribute for Type [12] Required", message):
                reason = MODULES
            classes[f"dciodvfy only: {reason or 'unexplained: ' + message[:60]}"] += 1
        else:
            message = ours[key]
            if "functional group absent" in message:
                reason = "functional groups: dciodvfy reports the missing Shared/Per-frame item"
            elif theirs.get("read-failed"):
                reason = "dciodvfy stopped reading the file"
            elif theirs.get("no-iod"):
                reason = "no IOD chosen by dciodvfy (dicomproto uses Media Storage SOP Class UID)"
            else:
                reason = MODULES
            classes[f"dicomproto only: {reason}"] += 1
    return classes


def test_validate_next_to_dciodvfy(full: Rules, tmp_path: Path, capsys) -> None:
    tool = require_tool("dciodvfy", how=HOW)
    files = readable()
    assert len(files) > 200
    total: Counter = Counter()
    lines = []
    for path, ds in files:
        report = validate(ds, full)  # must not raise on any corpus file
        ours = {
            tuple(t for t, _ in f.tags): f.message for f in report.findings if f.level == "error"
        }
        not_evaluated = {
            tuple(t for t, _ in f.tags) for f in report.findings if f.level == "not-evaluated"
        }
        found = dciodvfy(path, tool)
        theirs: dict = {tuple(t for t, _ in s): m for level, m, s in found if level == "error"}
        messages = " ".join(m for _, m, _ in found)
        if "read failed" in messages or "Illegal zero bytes" in messages:
            theirs["read-failed"] = "read failed"
        if "Information Object Not found" in messages:
            theirs["no-iod"] = "Information Object Not found"
        classes = classify(ours, theirs, not_evaluated, report.iod)
        total.update(classes)
        lines.append(
            f"{path.name}: {report.iod or '-'}: "
            + ", ".join(f"{k} {v}" for k, v in sorted(classes.items()))
        )
    (tmp_path / "validate-vs-dciodvfy.txt").write_text("\n".join(lines) + "\n")
    with capsys.disabled():
        print(f"\nvalidate vs dciodvfy, {len(files)} files (errors): per file in {tmp_path}")
        for key, value in sorted(total.items()):
            print(f"  {value:5d}  {key}")
    assert total["both"] > 1000
    unexplained = {k: v for k, v in total.items() if "unexplained" in k}
    assert not unexplained, unexplained


def _walk(ds: Dataset, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    for element in ds:
        if element.VR == "SQ":
            for item in element.value or []:
                _walk(item, found)
        elif element.value not in (None, "", b"") and not isinstance(element.value, bytes):
            found.append((int(element.tag), str(element.value)))
    return found


def test_a_dicomdir_is_refused(full: Rules) -> None:
    directories = [ds for _, ds in readable() if 0x00041220 in ds._dict]
    assert directories
    for ds in directories:
        with pytest.raises(DeidentifyError, match="DICOMDIR"):
            Deidentifier(full, key=KEY).deidentify(ds)


def test_deidentify_the_corpus(full: Rules) -> None:
    """Every protected value is gone from the written output; one new Study Instance
    UID per study (with studies of several files); the same key gives the same bytes."""
    table = table_e11(FULL / "part15.xml")  # read here with lxml, not by the rules
    protected = {text for text, (_, actions) in table.items() if actions[0] != "K"}
    files = readable(directories=False)
    outputs = {}
    studies: dict[str, set[str]] = {}
    per_study: Counter = Counter()
    refused = []
    for path, ds in files:
        original = _walk(read_dicom(path), [])  # a read of its own: ds keeps raw values
        study = str(ds.get("StudyInstanceUID", ""))
        Deidentifier(full, key=KEY).deidentify(ds)
        try:
            data = dicom_to_bytes(ds)
        except ConversionError:  # refused as `convert` refuses it (a truncated value)
            with pytest.raises(ConversionError):
                dicom_to_bytes(read_dicom(path))
            refused.append(path.name)
            continue
        out = dicom_from_bytes(data, path.name)
        assert not [e for e in out if e.tag.is_private], path.name
        after = set(_walk(out, []))
        dummies = {"ANONYMOUS", "19000101", "19000101000000", "000000", "0", "000Y"}
        leaked = [
            (tag_text(tag), value)
            for tag, value in original
            if tag_text(tag) in protected
            and (tag, value) in after
            and value not in dummies
            and not value.startswith("1.2.840.10008.")
        ]
        assert not leaked, f"{path.name}: {leaked[:5]}"
        outputs[path] = data
        if study:
            studies.setdefault(study, set()).add(str(out.StudyInstanceUID))
            per_study[study] += 1
    assert sorted(refused) == ["MR_truncated.dcm", "rtplan_truncated.dcm"]
    assert all(len(new) == 1 for new in studies.values())  # one new UID per study
    assert max(per_study.values()) >= 10  # consistency across the files of a study
    again = {}
    for path, ds in readable(directories=False)[:40]:
        Deidentifier(full, key=KEY).deidentify(ds)
        again[path] = dicom_to_bytes(ds)
    assert all(outputs[p] == data for p, data in again.items())  # same key, same bytes


def _normal(found: list, level: str = "error") -> set[tuple[str, tuple]]:
    return {
        (re.sub(r"<[^>]*>|= .*$", "", message), tuple(t for t, _ in steps))
        for kind, message, steps in found
        if kind == level
    }


# The one kind of warning de-identification is expected to add: Patient ID, Study Date,
# Study Time and Study ID emptied (Z, Type 2) are values a DICOMDIR record would need.
EXPECTED_WARNING = "Missing attribute or value that would be needed to build DICOMDIR"


def test_deidentified_files_add_no_dciodvfy_errors(full: Rules, tmp_path: Path, capsys) -> None:
    tool = require_tool("dciodvfy", how=HOW)
    new: Counter = Counter()
    warned: Counter = Counter()
    checked = 0
    pruned = 0
    for path, ds in readable(directories=False):
        found = dciodvfy(path, tool)
        if any(re.search("read failed|Seek failed|out of order", m) for _, m, _ in found):
            continue  # dciodvfy cannot read the input to its end: nothing to compare
        outcome = Deidentifier(full, key=KEY).deidentify(ds)
        pruned += outcome.counts["reference index entries removed"]
        out = tmp_path / f"{checked}.dcm"
        out.write_bytes(dicom_to_bytes(ds))
        after = dciodvfy(out, tool)
        checked += 1
        for message, steps in _normal(after) - _normal(found):
            new[(path.name, message, steps)] += 1
        for message, steps in _normal(after, "warning") - _normal(found, "warning"):
            if message.strip(" -") != EXPECTED_WARNING:
                warned[(path.name, message, steps)] += 1
    assert checked > 200
    assert pruned > 0  # the liver segmentations: Source Image Sequence emptied (Type 2)
    with capsys.disabled():
        print(
            f"\nde-identified {checked} files: {len(new)} new dciodvfy errors, {len(warned)} "
            f"new warnings other than the DICOMDIR ones; {pruned} reference index entries removed"
        )
    assert not new, sorted(new)[:20]
    assert not warned, sorted(warned)[:20]
