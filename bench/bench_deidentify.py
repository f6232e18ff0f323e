"""De-identification next to dicognito on the same files (one run, one machine).

For each tool: files per second in this process (read once before timing, a fresh
copy per file), and what each leaves: original values of the attributes that PS3.15
Table E.1-1 protects (every row whose Basic Profile action is not K) still present in
the output, and private elements left. The rules are the 2024c ones when
../shared/standard_xml_2024c is there, else the shipped ones.

    make bench-deidentify
"""

from __future__ import annotations

import copy
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
warnings.simplefilter("ignore")

from converter_helpers import corpus_paths  # noqa: E402
from rules_helpers import EXCERPT, FULL, rules_text, table_e11, tag_text  # noqa: E402

from dicomproto.converters import read_dicom  # noqa: E402
from dicomproto.rules import Deidentifier, Rules  # noqa: E402


def values(ds, found):
    for element in ds:
        if element.VR == "SQ":
            for item in element.value or []:
                values(item, found)
        elif element.value not in (None, "", b"") and not isinstance(element.value, bytes):
            found.add((int(element.tag), str(element.value)))
    return found


def main() -> int:
    import logging

    from dicognito.anonymizer import Anonymizer

    logging.disable(logging.WARNING)
    source = FULL if (FULL / "part03.xml").is_file() else EXCERPT
    rules_path = REPO / "build" / "bench-rules.json"
    rules_path.parent.mkdir(exist_ok=True)
    rules_path.write_text(rules_text(source), encoding="utf-8")
    rules = Rules.load(rules_path)
    protected = {t for t, (_, a) in table_e11(source / "part15.xml").items() if a[0] != "K"}
    files = []
    for path in corpus_paths():
        try:
            ds = read_dicom(path)
        except Exception:
            continue
        if 0x00041220 not in ds._dict:
            files.append(ds)
    ours = Deidentifier(rules, key=b"bench-key-0123456789")
    theirs = Anonymizer(seed="bench")
    results = {}
    for name, run in (("dicomproto", ours.deidentify), ("dicognito", theirs.anonymize)):
        copies = [copy.deepcopy(ds) for ds in files]
        start = time.perf_counter()
        failed = 0
        for ds in copies:
            try:
                run(ds)
            except Exception:
                failed += 1
        seconds = time.perf_counter() - start
        left = private = 0
        for before, after in zip(files, copies, strict=True):
            kept = values(after, set())
            left += sum(
                1
                for tag, value in values(before, set())
                if tag_text(tag) in protected
                and (tag, value) in kept
                and not value.startswith("1.2.840.10008.")
            )
            private += sum(1 for e in after if e.tag.is_private)
        results[name] = (len(files) / seconds, left, private, failed)
    print(f"de-identification, {len(files)} corpus files, rules PS3.15 {rules.profile.edition}")
    header = f"{'tool':12} {'files/s':>9} {'protected values left':>22} {'private left':>13}"
    print(f"{header} {'failed':>7}")
    for name, (rate, left, private, failed) in results.items():
        print(f"{name:12} {rate:9.1f} {left:22d} {private:13d} {failed:7d}")
    ratio = results["dicomproto"][0] / results["dicognito"][0]
    print(f"speed ratio dicomproto / dicognito: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
