"""`dicomproto validate`: check DICOM files and .pb files against their IOD.

One line per finding on stdout (`FILE: LEVEL: PATH: MESSAGE [MODULE]`; LEVEL error,
warning or not-evaluated; `--level` sets the lowest level printed, warning by default:
not-evaluated conditions are counted in the summary and printed with `--level
not-evaluated`), one line per file that cannot be read on stderr, a progress bar on
a terminal, then the summary line. `--json` prints one JSON document instead (every
finding, whatever `--level`). Exit status 0 when no file has an error, 1 when one has
or cannot be read, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial

from dicomproto.batch.inputs import collect_inputs
from dicomproto.batch.summary import Summary

from .options import add_jobs

LEVELS = ("error", "warning", "not-evaluated")


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("validate", help="check files against their IOD (PS3.3)")
    parser.add_argument("sources", nargs="+", metavar="SRC", help="DICOM or .pb files, folders")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser.add_argument(
        "--level",
        choices=LEVELS,
        default="warning",
        help="the lowest level of finding printed (default: warning; the summary counts all)",
    )
    parser.add_argument(
        "--rules",
        metavar="FILE",
        help="a rules.json(.gz) from `dicomproto generate` (default: the rules shipped)",
    )
    parser.add_argument(
        "--skip-non-dicom",
        action="store_true",
        help="skip inputs that are not DICOM or .pb (told by content) instead of failing on them",
    )
    add_jobs(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dicomproto.rules.batch import ValidateSettings, rules_from, run_files, validate_file
    from dicomproto.rules.model import RulesError

    try:
        rules_from(args.rules)  # read once here: forked workers share it
    except RulesError as error:
        print(f"dicomproto: error: {error}", file=sys.stderr)
        return 2
    shown = set(LEVELS[: LEVELS.index(args.level) + 1])
    inputs, missing = collect_inputs(args.sources, None, skip_bulk=True)
    summary = Summary(len(inputs) + len(missing))
    counts = {
        "files": 0,
        "errors": 0,
        "warnings": 0,
        "not_evaluated": 0,
        "unreadable": 0,
        "skipped": 0,
    }
    with_errors = 0
    documents = []
    for line in missing:
        summary.error(line)
        documents.append({"file": line.split(": ")[0], "error": line})
    worker = partial(validate_file, ValidateSettings(args.rules, args.skip_non_dicom))
    for result in run_files(worker, [str(source) for source, _ in inputs], args.jobs):
        summary.bar.update(1)
        if result.skipped:
            summary.skipped += 1
            continue
        if result.error is not None:
            summary.error(result.error)
            documents.append({"file": result.source, "error": result.error})
            continue
        for name, report in result.reports:
            counts["files"] += 1
            counts["errors"] += report.errors
            counts["warnings"] += report.count("warning")
            counts["not_evaluated"] += report.count("not-evaluated")
            with_errors += report.errors > 0
            if args.json:
                documents.append({"file": name, **report.as_dict()})
                continue
            for finding in report.findings:
                if finding.level in shown:
                    summary.bar.write(finding.line(name), file=sys.stdout)
    summary.bar.close()
    counts["unreadable"] = summary.failed
    counts["skipped"] = summary.skipped
    if args.json:
        json.dump({"files": documents, "summary": counts}, sys.stdout, indent=1)
        print()
    else:
        print(
            f"validated {counts['files']}: {counts['errors']} errors in {with_errors} files, "
            f"{counts['warnings']} warnings, {counts['not_evaluated']} not evaluated, "
            f"{counts['unreadable']} unreadable"
            + (f", skipped {counts['skipped']} (not DICOM)" if counts["skipped"] else "")
        )
    return 1 if counts["errors"] or counts["unreadable"] else 0
