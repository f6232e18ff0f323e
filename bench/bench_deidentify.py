"""De-identification next to dicognito and pydicom's deid on the same files, one run.

The files: every corpus file pydicom reads that is not a DICOMDIR and has a complete
file meta (dicognito's command stops the whole run at the first file it cannot save
with one), copied `--copies` times into one folder. The other tools live in their own
environment, build/deid-venv (`make bench-deidentify` builds it), beside the same
pydicom.

- whole processes, as users run them: `dicomproto deidentify SRC -o OUT` (default jobs,
  and -j 1), `python -m dicognito --in-place` on a copy of SRC (0.19's console script
  cannot start), `deid --outfolder OUT identifiers --input SRC --action all` (its
  default recipe); wall time of each command.
- in process: one pass over fresh copies of the data sets, read before timing
  (dicognito and deid in their environment's interpreter).
- what each leaves, on the outputs of the commands: original values of the attributes
  PS3.15 Table E.1-1 protects (every row whose Basic Profile action is not K, read
  here with lxml) still in the output, private elements left, inputs without an
  output, and files where dciodvfy (when installed) finds errors the input did not have.

The dicomproto rules are the shipped ones when they come from PS3.3 2024c, else rules
generated from ../shared/standard_xml_2024c (passed with --rules).

    make bench-deidentify [ARGS="--copies 4"]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
warnings.simplefilter("ignore")

from converter_helpers import corpus_paths  # noqa: E402
from rules_helpers import FULL, dciodvfy, rules_text, table_e11, tag_text  # noqa: E402

from dicomproto.converters import read_dicom  # noqa: E402
from dicomproto.rules import Deidentifier, Rules  # noqa: E402

WORK = REPO / "build" / "bench-deidentify"
OTHERS = REPO / "build" / "deid-venv" / "bin"
KEY = b"bench-key-0123456789abcdef"
TOOLS = ("dicomproto", "dicognito", "deid")
UNREADABLE = "read failed|Seek failed|out of order"  # dciodvfy cannot read the input


def values(ds, found: set) -> set:
    for element in ds:
        if element.VR == "SQ":
            for item in element.value or []:
                values(item, found)
        elif element.value not in (None, "", b"") and not isinstance(element.value, bytes):
            found.add((int(element.tag), str(element.value)))
    return found


def corpus() -> list[Path]:
    """Corpus files with a complete file meta, not DICOMDIRs."""
    found = []
    for path in corpus_paths():
        try:
            ds = read_dicom(path)
        except Exception:
            continue
        meta = getattr(ds, "file_meta", None)
        complete = meta is not None and all(
            str(meta.get(k, "")).strip()
            for k in ("MediaStorageSOPClassUID", "MediaStorageSOPInstanceUID", "TransferSyntaxUID")
        )
        if complete and 0x00041220 not in ds._dict:
            found.append(path)
    return found


def timed(command: list[str], log: Path) -> tuple[float, int]:
    with log.open("w") as handle:
        start = time.perf_counter()
        code = subprocess.run(command, stdout=handle, stderr=subprocess.STDOUT).returncode
        return time.perf_counter() - start, code


def _errors(found: list) -> set:
    return {
        (re.sub(r"<[^>]*>|= .*$", "", message), steps)
        for level, message, steps in found
        if level == "error"
    }


def main() -> int:
    import pydicom

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="copies of the corpus (default 4)")
    args = parser.parse_args()
    if not (OTHERS / "python").is_file():
        print("bench-deidentify: no build/deid-venv (run `make bench-deidentify`)")
        return 2
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "out").mkdir(parents=True)
    shipped = Rules.default()
    rules_args: list[str] = []
    rules = shipped
    if shipped.editions.get("PS3.3") != "2024c" and (FULL / "part03.xml").is_file():
        path = WORK / "rules-2024c.json"
        path.write_text(rules_text(FULL), encoding="utf-8")
        rules, rules_args = Rules.load(path), ["--rules", str(path)]
    part15 = FULL / "part15.xml" if (FULL / "part15.xml").is_file() else None
    protected = {t for t, (_, a) in table_e11(part15).items() if a[0] != "K"} if part15 else set()

    files = corpus()
    src = WORK / "src"
    src.mkdir()
    first: list[Path] = []  # copy 0: what each tool leaves is counted on these
    for number in range(args.copies):
        for index, path in enumerate(files):
            target = src / f"c{number}-{index:03d}-{path.name}"
            shutil.copyfile(path, target)
            if number == 0:
                first.append(target)
    total = len(files) * args.copies
    key = WORK / "key"
    key.write_bytes(KEY)
    listing = WORK / "files.txt"
    listing.write_text("\n".join(map(str, first)) + "\n")

    # in process ---------------------------------------------------------------------
    inproc: dict[str, float] = {}
    failed: dict[str, int] = {}
    originals = [read_dicom(p) for p in first]
    copies = [copy.deepcopy(ds) for ds in originals]
    ours = Deidentifier(rules, key=KEY)
    start = time.perf_counter()
    failed["dicomproto"] = 0
    for ds in copies:
        try:
            ours.deidentify(ds)
        except Exception:
            failed["dicomproto"] += 1
    inproc["dicomproto"] = len(copies) / (time.perf_counter() - start)
    for tool in TOOLS[1:]:
        result = WORK / f"{tool}.json"
        subprocess.run(
            [str(OTHERS / "python"), str(REPO / "bench" / "deidentify_others.py"), tool,
             str(listing), str(result)],
            check=True,
        )  # fmt: skip
        measured = json.loads(result.read_text())
        inproc[tool] = measured["files"] / measured["seconds"]
        failed[tool] = measured["failed"]

    # whole processes ------------------------------------------------------------------
    out = WORK / "out"
    dicomproto = str(REPO / ".venv" / "bin" / "dicomproto")
    runs: dict[str, tuple[float, int]] = {}
    base = [dicomproto, "deidentify", str(src), "--key-file", str(key), *rules_args]
    runs["dicomproto"] = timed([*base, "-o", str(out / "dicomproto")], WORK / "dicomproto.log")
    runs["dicomproto -j 1"] = timed(
        [*base, "-o", str(out / "dicomproto-j1"), "-j", "1"], WORK / "dicomproto-j1.log"
    )
    shutil.copytree(src, out / "dicognito")
    runs["dicognito"] = timed(
        [str(OTHERS / "python"), "-m", "dicognito", "--in-place", "--seed", "bench", "--quiet",
         str(out / "dicognito")],
        WORK / "dicognito.log",
    )  # fmt: skip
    (out / "deid").mkdir()
    runs["deid"] = timed(
        [str(OTHERS / "deid"), "--quiet", "--outfolder", str(out / "deid"), "identifiers",
         "--input", str(src), "--action", "all"],
        WORK / "deid.log",
    )  # fmt: skip

    # what each leaves -------------------------------------------------------------------
    tool_path = shutil.which("dciodvfy")
    before_errors = {}
    for path in first if tool_path else []:
        found = dciodvfy(path, tool_path)
        if not any(re.search(UNREADABLE, m) for _, m, _ in found):
            before_errors[path] = _errors(found)  # else nothing to compare with
    left: dict[str, tuple[int, int, int, int | None, int]] = {}
    examples: dict[str, tuple[str, str]] = {}
    for tool in TOOLS:
        protected_left = private = missing = new_error_files = written = 0
        for path in first:
            output = out / tool / path.name
            if not output.is_file():
                missing += 1
                continue
            try:
                after = pydicom.dcmread(output, force=True)
                kept = values(after, set())
            except Exception:
                missing += 1
                continue
            written += 1
            protected_left += sum(
                1
                for tag, value in values(pydicom.dcmread(path, force=True), set())
                if tag_text(tag) in protected
                and (tag, value) in kept
                and not value.startswith("1.2.840.10008.")
            )
            private += sum(1 for e in after if e.tag.is_private)
            if path in before_errors:
                added = _errors(dciodvfy(output, tool_path)) - before_errors[path]
                if added:
                    new_error_files += 1
                    examples.setdefault(tool, (path.name, sorted(added)[0][0]))
        left[tool] = (
            protected_left,
            private,
            missing,
            new_error_files if tool_path else None,
            written,
        )

    edition = rules.profile.edition if rules.profile else "-"
    print(
        f"de-identification, {len(files)} corpus files x {args.copies} = {total} files; "
        f"dicomproto rules: PS3.3 {rules.editions.get('PS3.3')}, PS3.15 {edition}"
    )
    print("\nwhole processes (wall time of the command, as users run it):")
    print(f"  {'command':16} {'seconds':>8} {'files/s':>8} {'exit':>5} {'written':>8}")
    written_by = {"dicomproto -j 1": "dicomproto-j1"}
    for name, (seconds, code) in runs.items():
        folder = out / written_by.get(name, name)
        count = sum(1 for p in folder.rglob("*") if p.is_file())
        print(f"  {name:16} {seconds:8.2f} {total / seconds:8.1f} {code:5d} {count:8d}")
    print("\nin process (one pass over fresh copies of the first copy's data sets):")
    print(f"  {'tool':16} {'files/s':>8} {'failed':>7}")
    for tool in TOOLS:
        print(f"  {tool:16} {inproc[tool]:8.1f} {failed[tool]:7d}")
    print(f"\nwhat each leaves ({len(first)} files of the first copy, from the commands' outputs):")
    header = f"  {'tool':12} {'protected values left':>22} {'private left':>13} {'no output':>10}"
    print(f"{header} {'new dciodvfy errors (files)':>28}")
    for tool in TOOLS:
        protected_left, private, missing, new_errors, _ = left[tool]
        shown = "-" if new_errors is None else f"{new_errors} of {len(before_errors)}"
        print(f"  {tool:12} {protected_left:22d} {private:13d} {missing:10d} {shown:>28}")
    for tool, (name, message) in examples.items():
        print(f"  e.g. {tool}: {name}: {message.strip(' -')}")
    print("\nratios (dicomproto / other; above 1: dicomproto faster):")
    for tool in TOOLS[1:]:
        whole = runs[tool][0] / runs["dicomproto"][0]
        single = runs[tool][0] / runs["dicomproto -j 1"][0]
        print(
            f"  vs {tool:10} whole process {whole:5.2f} (-j 1: {single:5.2f}), "
            f"in process {inproc['dicomproto'] / inproc[tool]:5.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
