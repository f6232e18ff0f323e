"""`dicomproto validate`: check DICOM files and .pb files against their IOD.

One line per finding (`FILE: LEVEL: PATH: MESSAGE [MODULE]`, LEVEL error, warning or
not-evaluated), then a summary; `--json` prints one JSON document instead. Exit status
1 when any file has an error or cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial

from dicomproto.batch.inputs import collect_inputs
from dicomproto.batch.local import run_tasks

from .options import add_jobs


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("validate", help="check files against their IOD (PS3.3)")
    parser.add_argument("sources", nargs="+", metavar="SRC", help="DICOM or .pb files, folders")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser.add_argument(
        "--errors-only", action="store_true", help="print errors only (the summary counts all)"
    )
    parser.add_argument(
        "--rules",
        metavar="FILE",
        help="a rules.json(.gz) from `dicomproto generate` (default: the rules shipped)",
    )
    add_jobs(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dicomproto.rules.batch import validate_file
    from dicomproto.rules.model import Rules, RulesError

    if args.rules:
        try:
            Rules.load(args.rules)
        except RulesError as error:
            print(f"dicomproto: error: {error}", file=sys.stderr)
            return 2
    inputs, missing = collect_inputs(args.sources, None, skip_bulk=True)
    counts = {"files": 0, "errors": 0, "warnings": 0, "not_evaluated": 0, "unreadable": 0}
    documents = []
    for line in missing:
        print(f"dicomproto: error: {line}", file=sys.stderr)
        counts["unreadable"] += 1
    worker = partial(validate_file, args.rules)
    for result in run_tasks(worker, [str(source) for source, _ in inputs], args.jobs):
        if result.error is not None:
            counts["unreadable"] += 1
            print(f"dicomproto: error: {result.error}", file=sys.stderr)
            documents.append({"file": result.source, "error": result.error})
            continue
        for name, report in result.reports:
            counts["files"] += 1
            counts["errors"] += report.errors
            counts["warnings"] += report.count("warning")
            counts["not_evaluated"] += report.count("not-evaluated")
            if args.json:
                documents.append({"file": name, **report.as_dict()})
                continue
            for finding in report.findings:
                if not args.errors_only or finding.level == "error":
                    print(finding.line(name))
    failed = counts["errors"] > 0 or counts["unreadable"] > 0
    if args.json:
        json.dump({"files": documents, "summary": counts}, sys.stdout, indent=1)
        print()
    else:
        print(
            f"validated {counts['files']}: {counts['errors']} errors, {counts['warnings']} "
            f"warnings, {counts['not_evaluated']} not evaluated, "
            f"{counts['unreadable']} unreadable"
        )
    return 1 if failed else 0
