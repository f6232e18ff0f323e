"""`dicomproto to-dcm`: .pb files or streams -> DICOM files.

One .pb input and a DEST ending in ``.dcm`` names the output; otherwise DEST is a
folder mirroring the inputs (``x.pb`` -> ``x.dcm``, a stream ``s.pbs`` ->
``s/000001.dcm``, ...).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dicomproto.batch.inputs import collect_inputs, output_name, plan_outputs
from dicomproto.batch.local import run_tasks
from dicomproto.batch.summary import Summary
from dicomproto.batch.tasks import Task, to_dicom_one

from .options import add_jobs


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("to-dcm", help=".pb files or streams -> DICOM files")
    parser.add_argument("sources", nargs="+", metavar="SRC", help=".pb / stream files or folders")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help="a .dcm file (one .pb input) or a folder",
    )
    add_jobs(parser)
    parser.set_defaults(func=run)


def _name(relative: Path) -> Path:
    if relative.suffix.lower() == ".pbs":
        return relative.with_suffix("")
    return output_name(relative, (".pb",), ".dcm")


def run(args: argparse.Namespace) -> int:
    dest = Path(args.output)
    inputs, missing = collect_inputs(args.sources, dest, skip_bulk=True)
    single = len(args.sources) == 1 and Path(args.sources[0]).is_file()
    summary = Summary(len(inputs) + len(missing))
    for line in missing:
        summary.error(line)
    pairs, collisions = plan_outputs(inputs, dest, ".dcm", _name, single)
    for line in collisions:
        summary.error(line)
    tasks = [Task(str(source), str(target), (False, None)) for source, target in pairs]
    for result in run_tasks(to_dicom_one, tasks, args.jobs):
        summary.result(result)
    return summary.finish("converted")
