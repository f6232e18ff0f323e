"""`make bench-generate`: time each stage of a full regeneration and its peak memory, on
the DocBook given and on a copy of it whose PS3.3 is N times larger (to show that the
generator stays linear in the size of the input: the full PS3.3 is 15-20 times the
excerpt)."""

from __future__ import annotations

import argparse
import copy
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from .cli import Report, default_registry, generate
from .docbook import DOCBOOK, XML_ID

LINK_ATTRIBUTES = ("linkend", "targetptr")


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


def timed(standard: Path) -> tuple[Report, float]:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        report = generate(standard, Path(out), default_registry(Path(out)))
        return report, time.perf_counter() - start


def show(title: str, report: Report, total: float) -> None:
    megabytes = report.input_bytes / 1e6
    stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in report.seconds.items())
    print(f"{title}: {megabytes:.1f} MB of DocBook; {stages}; total {total:.2f} s")
    print(
        f"  parse throughput {megabytes / report.seconds['parse']:.1f} MB/s; "
        + ", ".join(f"{v} {k}" for k, v in report.counts.items())
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dicomproto.generator.bench")
    parser.add_argument("--standard", type=Path, required=True)
    parser.add_argument(
        "--scale",
        type=int,
        default=5,
        help="also run on a PS3.3 with this many extra copies (0: skip)",
    )
    args = parser.parse_args(argv)
    report, total = timed(args.standard)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    show("shared DocBook", report, total)
    print(
        f"  peak memory (max RSS of this process) {peak_mib:.0f} MiB; target: whole "
        f"regeneration under 20 s -> {'met' if total < 20 else 'MISSED'}"
    )
    if args.scale:
        with tempfile.TemporaryDirectory() as folder:
            big = Path(folder)
            for name in ("part04.xml", "part06.xml"):
                shutil.copy(args.standard / name, big / name)
            enlarge_part3(args.standard / "part03.xml", big / "part03.xml", args.scale)
            big_report, big_total = timed(big)
        show(f"PS3.3 x{args.scale + 1}", big_report, big_total)
        for stage in ("parse", "render"):
            ratio = big_report.seconds[stage] / report.seconds[stage]
            size = big_report.input_bytes / report.input_bytes
            print(f"  {stage}: {ratio:.1f}x the time for {size:.1f}x the input")
    return 0 if total < 20 else 1


if __name__ == "__main__":
    sys.exit(main())
