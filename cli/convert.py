"""`dicomproto convert`: DICOM files -> .pb files (folders mirrored), streams, shards.

SRC and DEST are paths or fsspec URLs (s3://bucket/prefix, gs://..., file://...). One
input file and a DEST ending in ``.pb`` names the output file; otherwise DEST is a
folder that mirrors the inputs' paths relative to the folders given (``x.dcm`` ->
``x.pb``; other names get ``.pb`` appended). ``--stream`` with a DEST ending in
``.pbs`` writes every converted input into that one stream, in input order; with
``--shard-size N`` (or a DEST folder) the records go into shards
``DEST/part-00000.pbs``, ... of N records each, written by the workers.
``--format parquet`` writes one Parquet table per IOD message type and shard
(``DEST/CtImageIod/part-00000.parquet``, pixel data in ``DEST/pixels/``);
``--format tfrecord`` one TFRecord file of tf.train.Example records per shard.
``--format-option KEY=VALUE`` (repeatable) sets an option of the format: parquet
max_depth, row_group_size, compression; tfrecord pixels (decoded, encapsulated,
none), keywords (comma-separated).
"""

from __future__ import annotations

import argparse
from typing import Any

from dicomproto.batch.formats import FORMATS

from .options import add_jobs, count, size


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "convert",
        help="DICOM files -> .pb files, streams or shards",
        description=__doc__.split("\n\n", 1)[1].replace("``", "") if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("sources", nargs="+", metavar="SRC", help="DICOM files or folders")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help="a .pb file (one input), a .pbs stream file, or a folder",
    )
    parser.add_argument(
        "--generic",
        action="store_true",
        help="always the schema-free DataSet message, never an IOD message",
    )
    parser.add_argument(
        "--salvage",
        action="store_true",
        help="convert damaged files as far as they are sound, keeping the rest verbatim",
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default=None,
        help="pb: one .pb per input (default); stream: length-delimited streams;"
        " parquet: a table per IOD message type; tfrecord: tf.train.Example records",
    )
    out.add_argument(
        "--format-option",
        action="append",
        type=format_option,
        default=[],
        metavar="KEY=VALUE",
        help="an option of the output format (repeatable), e.g. max_depth=3 (parquet),"
        " pixels=encapsulated or keywords=KVP,PixelSpacing (tfrecord)",
    )
    out.add_argument("--stream", action="store_true", help="the same as --format stream")
    out.add_argument(
        "--shard-size",
        type=count,
        metavar="N",
        help="records per output shard (formats that group records; DEST is a folder)",
    )
    out.add_argument(
        "--bulk-data-threshold",
        type=size,
        metavar="SIZE",
        help="store byte values of at least SIZE (e.g. 1M, 256KiB) in files beside the output",
    )
    out.add_argument(
        "--skip-non-dicom",
        action="store_true",
        help="skip inputs that are not DICOM (told by content) instead of failing on them",
    )
    run = parser.add_argument_group("engine and manifest")
    run.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: a process pool on this machine (default); dask: a Dask cluster",
    )
    add_jobs(run)
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: an existing cluster (tcp://HOST:8786); default: one"
        " started and stopped on this machine",
    )
    run.add_argument(
        "--workers",
        type=count,
        metavar="N",
        help="with --engine dask and no --scheduler: worker processes (default: CPU count)",
    )
    run.add_argument(
        "--manifest",
        action="store_true",
        help="write the manifest (Parquet, one row per input) to DEST/_manifest.parquet;"
        " on by default with --engine dask",
    )
    run.add_argument(
        "--manifest-path",
        metavar="PATH",
        help="write the manifest to PATH (a path or URL) instead",
    )
    run.add_argument("--no-manifest", action="store_true", help="write no manifest")
    run.add_argument(
        "--resume",
        action="store_true",
        help="continue an earlier run into DEST: skip the inputs it finished",
    )
    run.add_argument(
        "--overwrite",
        action="store_true",
        help="replace the shards of an earlier run in DEST instead of refusing",
    )
    parser.set_defaults(func=run_command, parser=parser)


def format_option(text: str) -> tuple[str, str]:
    """KEY=VALUE of --format-option."""
    key, equals, value = text.partition("=")
    key = key.strip()
    if not equals or not key:
        raise argparse.ArgumentTypeError(f"not KEY=VALUE: {text!r}")
    return key, value.strip()


format_option.__name__ = "format option"


def _format_options(pairs: list[tuple[str, str]]) -> dict[str, str] | str:
    """The options as a mapping, or the usage error of a key given twice."""
    options: dict[str, str] = {}
    for key, value in pairs:
        if key in options:
            return f"--format-option {key} given twice"
        options[key] = value
    return options


def _manifest_location(args: argparse.Namespace, dest: str) -> str | None:
    from dicomproto.batch import locations
    from dicomproto.batch.manifest import MANIFEST_NAME

    if args.no_manifest:
        return None
    wanted = args.manifest or args.manifest_path or args.resume or args.engine == "dask"
    if not wanted:
        return None
    return args.manifest_path or locations.join(dest, MANIFEST_NAME)


def _usage_errors(args: argparse.Namespace) -> str | None:
    if args.stream and args.format not in (None, "stream"):
        return f"--stream and --format {args.format} contradict each other"
    if args.engine != "dask" and (args.scheduler or args.workers):
        return "--scheduler and --workers go with --engine dask"
    if args.scheduler and args.workers:
        return "--workers sizes a cluster started here; a --scheduler cluster has its own"
    if args.no_manifest and (args.manifest or args.manifest_path or args.resume):
        return "--no-manifest contradicts --manifest, --manifest-path and --resume"
    return None


def engine_for(args: argparse.Namespace) -> Any:
    """The engine the options ask for, as a context manager."""
    if args.engine == "dask":
        from dicomproto.batch.dask_engine import DaskEngine

        return DaskEngine(scheduler=args.scheduler, workers=args.workers)
    from dicomproto.batch.local import LocalEngine

    return LocalEngine(args.jobs)


def run_command(args: argparse.Namespace) -> int:
    from dicomproto.batch.options import ConvertOptions
    from dicomproto.batch.runner import ConvertRun, RunError, check_format, execute, prepare

    if problem := _usage_errors(args):
        args.parser.error(problem)
    format_options = _format_options(args.format_option)
    if isinstance(format_options, str):
        args.parser.error(format_options)
    fmt = "stream" if args.stream else (args.format or "pb")
    dest = args.output
    options = ConvertOptions(
        generic=args.generic,
        salvage=args.salvage,
        bulk_data_threshold=args.bulk_data_threshold,
        format=fmt,
        shard_size=args.shard_size,
        skip_non_dicom=args.skip_non_dicom,
        format_options=format_options,
    )
    if args.format_option:
        try:
            check_format(options)
        except RunError as exc:
            args.parser.error(str(exc))
    run = ConvertRun(
        sources=tuple(args.sources),
        dest=dest.rstrip("/") if len(dest) > 1 else dest,
        options=options,
        manifest=_manifest_location(args, dest),
        resume=args.resume,
        overwrite=args.overwrite,
    )
    plan = prepare(run, args.engine)  # before a cluster starts: bad destinations fail fast
    with engine_for(args) as engine:
        return execute(plan, engine)
