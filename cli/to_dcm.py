"""`dicomproto to-dcm`: .pb files or streams -> DICOM files.

A record restores under the name it was converted from (FileMeta.source_path, relative
to DEST: ``77654033/CR1/6154``, ``DICOMDIR``), so a converted media set comes back
with its DICOMDIR's names. ``--names mirror`` (and records without a source path)
mirror the inputs instead: ``x.pb`` -> ``x.dcm``, a stream ``s.pbs`` ->
``s/000001.dcm``, ... numbered from 1 like `inspect`'s records. One .pb input and a
DEST ending in ``.dcm`` names the output.
"""

from __future__ import annotations

import argparse

from .options import add_jobs


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "to-dcm",
        help=".pb files or streams -> DICOM files",
        description=__doc__.split("\n\n", 1)[1].replace("``", "") if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("sources", nargs="+", metavar="SRC", help=".pb / stream files or folders")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help="a .dcm file (one .pb input) or a folder",
    )
    parser.add_argument(
        "--names",
        choices=("source", "mirror"),
        default="source",
        help="source: the names the files were converted from (default); mirror: the"
        " names of the .pb files and numbered stream records",
    )
    add_jobs(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dicomproto.batch.local import LocalEngine
    from dicomproto.batch.runner import restore

    with LocalEngine(args.jobs) as engine:
        return restore(args.sources, args.output, engine, use_source_paths=args.names == "source")
