"""`dicomproto deidentify`: PS3.15 Basic Application Level Confidentiality Profile.

DEST mirrors the inputs (a .dcm stays a .dcm, a .pb a .pb, a stream a stream); one
input file and a DEST with a file suffix names the output. `--option` adds an Option of
Table E.1-1 (`--list-options` shows them). UIDs are replaced by a keyed hash: with
`--key-file` the same input UID gives the same output UID in every run; without it a
key is drawn for this run, so the files of one run stay consistent with each other.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from dicomproto.batch.inputs import collect_inputs, plan_outputs
from dicomproto.batch.summary import Summary

from .options import add_jobs

MIN_KEY_BYTES = 16


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "deidentify", help="de-identify files (PS3.15 Basic Profile and Options)"
    )
    parser.add_argument("sources", nargs="*", metavar="SRC", help="DICOM or .pb files, folders")
    parser.add_argument("-o", "--output", metavar="DEST", help="a folder (or one output file)")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME",
        help="an Option of PS3.15 Table E.1-1, e.g. retain-uids (repeat for more)",
    )
    parser.add_argument(
        "--key-file",
        metavar="FILE",
        help=f"secret key (at least {MIN_KEY_BYTES} bytes) for UIDs and date shifts",
    )
    parser.add_argument(
        "--rules",
        metavar="FILE",
        help="a rules.json(.gz) from `dicomproto generate` (default: the rules shipped)",
    )
    parser.add_argument("--list-options", action="store_true", help="list the options and exit")
    parser.add_argument(
        "--skip-non-dicom",
        action="store_true",
        help="skip inputs that are not DICOM or .pb (told by content) instead of failing on them",
    )
    add_jobs(parser)
    parser.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"dicomproto: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from dicomproto.rules.batch import DeidentifySettings, deidentify_file, rules_from, run_files
    from dicomproto.rules.deidentify import Deidentifier, DeidentifyError
    from dicomproto.rules.model import RulesError

    try:
        rules = rules_from(args.rules)
        deidentifier = Deidentifier(rules, args.option, b"\0" * MIN_KEY_BYTES)
    except (RulesError, DeidentifyError) as error:
        return _fail(str(error))
    if args.list_options:
        profile = deidentifier.profile
        print(f"PS3.15 {profile.edition} Table E.1-1: {profile.columns[0].name}, and options:")
        for column in profile.columns[1:]:
            print(f"  {column.keyword:55} {column.name}")
        return 0
    if not args.sources or not args.output:
        return _fail("deidentify needs SRC... and -o DEST (or --list-options)")
    if args.key_file:
        try:
            key = Path(args.key_file).read_bytes()
        except OSError as error:
            return _fail(f"{args.key_file}: cannot read the key: {error.strerror or error}")
        if len(key) < MIN_KEY_BYTES:
            return _fail(f"{args.key_file}: a key needs at least {MIN_KEY_BYTES} bytes")
    else:
        import secrets

        key = secrets.token_bytes(32)
    dest = Path(args.output)
    inputs, missing = collect_inputs(args.sources, dest, skip_bulk=True)
    single = len(args.sources) == 1 and Path(args.sources[0]).is_file()
    summary = Summary(len(inputs) + len(missing))
    for line in missing:
        summary.error(line)
    suffix = dest.suffix.lower() if single and dest.suffix else ".dcm"
    pairs, collisions = plan_outputs(inputs, dest, suffix, lambda p: p, single)
    for line in collisions:
        summary.error(line)
    settings = DeidentifySettings(args.rules, tuple(args.option), key, args.skip_non_dicom)
    worker = partial(deidentify_file, settings)
    for result in run_files(worker, [(str(s), str(t)) for s, t in pairs], args.jobs):
        summary.bar.update(1)
        if result.skipped:
            summary.skipped += 1
        elif result.error is not None:
            summary.error(result.error)
        else:
            summary.done += 1
    if not args.key_file and summary.done:
        print("note: no --key-file: UIDs are consistent within this run only", file=sys.stderr)
    return summary.finish("de-identified")
