"""`dicomproto convert`: DICOM files -> .pb files (folders mirrored) or one stream.

One input file and a DEST ending in ``.pb`` names the output file; otherwise DEST is
a folder that mirrors the inputs' paths relative to the folders given (``x.dcm`` ->
``x.pb``; other names get ``.pb`` appended). ``--stream`` writes every converted
input into the one file DEST as a length-delimited stream, in input order.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dicomproto.batch.inputs import DICOM_SUFFIXES, collect_inputs, output_name, plan_outputs
from dicomproto.batch.local import run_tasks
from dicomproto.batch.summary import Summary
from dicomproto.batch.tasks import Task, convert_one

from .options import add_jobs, size


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("convert", help="DICOM files -> .pb (or one stream)")
    parser.add_argument("sources", nargs="+", metavar="SRC", help="DICOM files or folders")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help="a .pb file (one input), a folder, or with --stream a stream file",
    )
    parser.add_argument(
        "--generic",
        action="store_true",
        help="always the schema-free DataSet message, never an IOD message",
    )
    parser.add_argument(
        "--stream",
        action="store_true",
        help="write all messages into DEST as one length-delimited stream",
    )
    parser.add_argument(
        "--salvage",
        action="store_true",
        help="convert damaged files as far as they are sound, keeping the rest verbatim",
    )
    add_jobs(parser)
    parser.add_argument(
        "--bulk-data-threshold",
        type=size,
        metavar="SIZE",
        help="store byte values of at least SIZE (e.g. 1M) in files beside the .pb",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dicomproto.converters import files

    dest = Path(args.output)
    inputs, missing = collect_inputs(args.sources, dest if not args.stream else None)
    single = len(args.sources) == 1 and Path(args.sources[0]).is_file()
    options = (args.generic, args.bulk_data_threshold, args.salvage)
    summary = Summary(len(inputs) + len(missing))
    for line in missing:
        summary.error(line)
    if args.stream:
        tasks = [Task(str(source), "", options) for source, _ in inputs]
        try:
            with files.StreamWriter(dest) as writer:
                for result in run_tasks(convert_one, tasks, args.jobs):
                    summary.result(result)
                    if result.payload is not None:
                        writer.write(result.payload)
        except OSError as exc:
            summary.error(f"{dest}: cannot write: {exc.strerror or exc}")
        return summary.finish("converted")
    pairs, collisions = plan_outputs(
        inputs, dest, ".pb", lambda p: output_name(p, DICOM_SUFFIXES, ".pb"), single
    )
    for line in collisions:
        summary.error(line)
    tasks = [Task(str(source), str(target), options) for source, target in pairs]
    for result in run_tasks(convert_one, tasks, args.jobs):
        summary.result(result)
    return summary.finish("converted")
