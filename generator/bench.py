"""`make bench-generate`: what a full regeneration costs, and what importing the result
costs a process, each against its incumbent measured in the same run.

1. Regeneration from the DocBook given: seconds per stage, wall time, and the peak
   memory of the whole process tree (the generator and its protoc processes, sampled
   together), against the targets (under 20 s, under 1 GB).
2. Linearity: the same on a PS3.3 with N extra copies of every chapter (ids, links and
   captions renamed so that each copy is a distinct set of IODs, modules and macros):
   time per stage per MB of input should stay flat.
3. Imports, in fresh processes (median of several): one IOD module; every IOD module
   that the SOP classes of the test corpus (pydicom's files and pydicom-data) need;
   every module; the largest modules alone; with bytecode (as pip installs it) and
   without. The incumbent is protoc's own Python output for the same .proto files,
   which builds every message class of a file at import.
4. With `--previous DIR` (a gen/python tree of an earlier schema): the typed round
   trip of the files both schemas cover, CPU time per file against that schema; with
   `--instructions`, also instructions counted by valgrind (steady when the machine is
   busy, but slow: about ten minutes).
"""

from __future__ import annotations

import argparse
import compileall
import copy
import json
import os
import resource
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

from lxml import etree

from .cli import Report, generate
from .docbook import DOCBOOK, XML_ID
from .protoc import protoc_python
from .python_code import LAZY_FILES

LINK_ATTRIBUTES = ("linkend", "targetptr")
TARGET_SECONDS = 20.0
TARGET_BYTES = 1 << 30
IMPORT_TARGET = 0.5
ONE_IOD = "ct_image_iod_pb2"


# -- memory of a process tree -----------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0]) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


class PeakMemory:
    """Samples the resident memory of this process and its children every 20 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _tree_rss(os.getpid()))

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        self.peak = max(self.peak, own)


# -- regeneration -----------------------------------------------------------------------


def enlarge_part3(source: Path, target: Path, copies: int) -> None:
    """Write a PS3.3 with `copies` extra copies of every chapter: ids, links and
    captions renamed so every copy is a distinct set of IODs, modules and macros."""
    parser = etree.XMLParser(collect_ids=False, huge_tree=True)
    tree = etree.parse(str(source), parser)
    root = tree.getroot()
    chapters = [c for c in root if c.tag == f"{DOCBOOK}chapter"]
    for number in range(1, copies + 1):
        for chapter in chapters:
            clone = copy.deepcopy(chapter)
            for element in clone.iter():
                if element.get(XML_ID):
                    element.set(XML_ID, f"{element.get(XML_ID)}_copy{number}")
                for attribute in LINK_ATTRIBUTES:
                    if element.get(attribute):
                        element.set(attribute, f"{element.get(attribute)}_copy{number}")
                if element.tag == f"{DOCBOOK}caption":
                    element.text = f"Copy {number} " + (element.text or "")
            root.append(clone)
    tree.write(str(target), encoding="utf-8", xml_declaration=True)


def timed(standard: Path, out: Path) -> tuple[Report, float, int]:
    """One regeneration with a fresh registry: report, wall seconds, peak bytes."""
    with PeakMemory() as memory:
        start = time.perf_counter()
        report = generate(standard, out, out / "no-registry.json")
        wall = time.perf_counter() - start
    return report, wall, memory.peak


def show(title: str, report: Report, wall: float, peak: int) -> None:
    megabytes = report.input_bytes / 1e6
    stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in report.seconds.items())
    print(f"{title}: {megabytes:.1f} MB of DocBook; {stages}; wall {wall:.2f} s")
    print(f"  peak memory of the process tree {peak / 2**20:.0f} MiB")
    counts = report.counts
    print(
        "  "
        + ", ".join(
            f"{counts[k]} {k}"
            for k in ("IODs", "modules", "macros", "sequence item messages", "proto files")
        )
    )


# -- imports ----------------------------------------------------------------------------

IMPORT_TIMER = """
import importlib, sys, time
sys.path.insert(0, sys.argv[1])
start = time.perf_counter()
for name in sys.argv[2:]:
    importlib.import_module("dicomproto.v1." + name)
print(time.perf_counter() - start)
"""


def import_seconds(tree: Path, modules: list[str], bytecode: bool, runs: int) -> float:
    """Median wall time of importing `modules` in a fresh interpreter."""
    environment = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    environment.pop("PYTHONPATH", None)
    times = []
    for _ in range(runs):
        if not bytecode:
            for cache in tree.rglob("__pycache__"):
                shutil.rmtree(cache)
        result = subprocess.run(
            [sys.executable, "-c", IMPORT_TIMER, str(tree), *modules],
            capture_output=True,
            text=True,
            check=True,
            env=environment,
        )
        times.append(float(result.stdout.split()[-1]))
    return statistics.median(times)


def corpus_sop_classes() -> set[str]:
    """SOP Class UIDs of the test corpus: (0008,0016), else (0002,0002)."""
    import pydicom

    site = Path(pydicom.__file__).resolve().parent.parent
    paths = [*(site / "pydicom" / "data" / "test_files").rglob("*")]
    paths += (site / "data_store" / "data").glob("*.dcm")
    found = set()
    for path in paths:
        if not path.is_file():
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ds = pydicom.dcmread(path, stop_before_pixels=True, force=True)
            except Exception:
                continue
        uid = str(ds.get("SOPClassUID", "") or "")
        meta = getattr(ds, "file_meta", None)
        found.add(uid or str(meta.get("MediaStorageSOPClassUID", "") if meta else ""))
    return found - {""}


def eager_tree(proto_root: Path, lazy_tree: Path, target: Path) -> Path:
    """protoc's plain Python for the same .proto files, with the generated index."""
    files = sorted(p.relative_to(proto_root).as_posix() for p in proto_root.rglob("*.proto"))
    protoc_python(proto_root, files, target)
    for path in lazy_tree.rglob("*.py"):
        relative = path.relative_to(lazy_tree)
        if not (target / relative).exists():
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target / relative)
    return target


def bench_imports(out: Path, runs: int) -> None:
    lazy = out / "python"
    index = runpy.run_path(str(lazy / "dicomproto" / "v1" / "sop_classes.py"))
    wanted = corpus_sop_classes()
    needed = sorted({m for uid, (m, _) in index["SOP_CLASS_MESSAGES"].items() if uid in wanted})
    every = sorted(p.stem for p in (lazy / "dicomproto" / "v1").glob("*_pb2.py"))
    largest = sorted(
        (
            p
            for p in (lazy / "dicomproto" / "v1").glob("*_pb2.py")
            if p.stem not in {Path(f).stem + "_pb2" for f in LAZY_FILES}
        ),
        key=lambda p: p.stat().st_size,
    )[-1].stem
    lazy_names = [Path(f).stem + "_pb2" for f in LAZY_FILES]
    cases = [
        (f"one IOD ({ONE_IOD})", [ONE_IOD]),
        (f"the {len(needed)} IOD modules of the corpus's SOP classes", needed),
        (f"every module ({len(every)})", every),
        *((f"{name} alone", [name]) for name in lazy_names),
        (f"{largest} alone (the largest other)", [largest]),
    ]
    with tempfile.TemporaryDirectory() as folder:
        eager = eager_tree(out / "proto", lazy, Path(folder) / "eager")
        print(f"imports in a fresh process (median of {runs}; protoc's own output in brackets):")
        for bytecode in (True, False):
            if bytecode:
                for tree in (lazy, eager):
                    compileall.compile_dir(str(tree), quiet=1)
            label = "with bytecode (as pip installs)" if bytecode else "without bytecode"
            print(f"  {label}:")
            for title, modules in cases:
                ours = import_seconds(lazy, modules, bytecode, runs)
                theirs = import_seconds(eager, modules, bytecode, runs)
                target = ""
                if modules == [ONE_IOD]:
                    target = f"; target under {IMPORT_TARGET} s: " + (
                        "met" if ours < IMPORT_TARGET else "MISSED"
                    )
                print(
                    f"    {title}: {ours:.3f} s [{theirs:.3f} s], "
                    f"{theirs / ours:.1f}x faster{target}"
                )


# -- conversion against an earlier schema ---------------------------------------------

CONVERT_TIMER = """
import json, sys, time, warnings
sys.path.insert(0, sys.argv[1])
from dicomproto.converters import dicom_from_bytes, from_proto, to_proto, typed_message_class
warnings.simplefilter("ignore")
paths = json.load(sys.stdin)
covered = []
for path in paths:
    data = open(path, "rb").read()
    try:
        ds = dicom_from_bytes(data, path)
        if typed_message_class(ds) is not None:
            from_proto(to_proto(ds))
            covered.append((path, data))
    except Exception:
        pass
print(json.dumps([path for path, _ in covered]))
best = None
for _ in range(int(sys.argv[2])):
    start = time.process_time()
    for path, data in covered:
        message = to_proto(dicom_from_bytes(data, path))
        message.SerializeToString()
        from_proto(message)
    took = time.process_time() - start
    best = took if best is None else min(best, took)
print(best)
"""


def bench_previous(current: Path, previous: Path, passes: int, instructions: bool) -> None:
    import pydicom

    site = Path(pydicom.__file__).resolve().parent.parent
    paths = sorted(
        str(p)
        for p in [
            *(site / "pydicom" / "data" / "test_files").rglob("*"),
            *(site / "data_store" / "data").glob("*.dcm"),
        ]
        if p.is_file()
    )

    def run(
        tree: Path, chosen: list[str], runs: int, valgrind: bool = False
    ) -> tuple[list[str], float]:
        """(files covered, best CPU seconds of a pass), or with valgrind the
        instructions of the whole process."""
        command = [sys.executable, "-c", CONVERT_TIMER, str(tree), str(runs)]
        if valgrind:
            command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command]
        result = subprocess.run(
            command, input=json.dumps(chosen), capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"timing the conversion with {tree} failed: {result.stderr[-500:]}")
        covered, seconds = result.stdout.strip().splitlines()[-2:]
        if valgrind:
            collected = next(line for line in result.stderr.splitlines() if "Collected" in line)
            return json.loads(covered), float(collected.split()[-1])
        return json.loads(covered), float(seconds)

    both, _ = run(previous, paths, 1)
    _, old_seconds = run(previous, both, passes)
    new_covered, new_seconds = run(current, both, passes)
    if new_covered != both:
        print(f"  the new schema types {len(new_covered)} of the {len(both)} files: MISSED")
    per_old, per_new = old_seconds / len(both) * 1e3, new_seconds / len(both) * 1e3
    print(
        f"typed round trip (to_proto, serialize, from_proto) of the {len(both)} files both "
        f"schemas cover, best of {passes} passes: {per_new:.2f} ms/file of CPU "
        f"[previous schema {per_old:.2f}], {per_old / per_new:.2f}x"
    )
    if instructions and shutil.which("valgrind"):
        counts = {}
        for label, tree in (("previous", previous), ("current", current)):
            one = run(tree, both, 1, valgrind=True)[1]
            four = run(tree, both, 4, valgrind=True)[1]
            counts[label] = ((four - one) / 3, one)
        (old_pass, old_process), (new_pass, new_process) = counts["previous"], counts["current"]
        print(
            f"  instructions (callgrind) per pass: {new_pass / 1e6:.0f} M "
            f"[previous {old_pass / 1e6:.0f} M], {new_pass / old_pass:.3f}x; whole process "
            f"with one pass: {new_process / 1e6:.0f} M [previous {old_process / 1e6:.0f} M]"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dicomproto.generator.bench")
    parser.add_argument("--standard", type=Path, required=True)
    parser.add_argument("--scale", type=int, default=1, help="extra copies of PS3.3 (0: skip)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per import case")
    parser.add_argument("--previous", type=Path, help="gen/python tree of an earlier schema")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions with valgrind (slow; steady on a busy machine)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        report, wall, peak = timed(args.standard, out)
        show("regeneration", report, wall, peak)
        met = wall < TARGET_SECONDS and peak < TARGET_BYTES
        print(f"  targets: under {TARGET_SECONDS:.0f} s and 1 GiB -> {'met' if met else 'MISSED'}")
        if args.scale:
            big = Path(folder) / "big"
            big.mkdir()
            for name in ("part04.xml", "part06.xml"):
                shutil.copy(args.standard / name, big / name)
            enlarge_part3(args.standard / "part03.xml", big / "part03.xml", args.scale)
            big_report, big_wall, big_peak = timed(big, Path(folder) / "big-out")
            show(f"PS3.3 x{args.scale + 1}", big_report, big_wall, big_peak)
            part3 = (big / "part03.xml").stat().st_size / (
                args.standard / "part03.xml"
            ).stat().st_size
            files = big_report.counts["proto files"] / report.counts["proto files"]
            print(f"  PS3.3 {part3:.2f}x the size; output {files:.2f}x the proto files")
            for stage, seconds in report.seconds.items():
                print(f"  {stage}: {big_report.seconds[stage] / seconds:.2f}x the time")
            print(f"  wall: {big_wall / wall:.2f}x; peak memory: {big_peak / peak:.2f}x")
        bench_imports(out, args.runs)
        if args.previous:
            bench_previous(out / "python", args.previous, passes=10, instructions=args.instructions)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
