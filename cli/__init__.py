"""The `dicomproto` command: one subcommand per module of this package.

    dicomproto convert SRC... -o DEST [--generic] [--stream] [--shard-size N] [--format F]
                       [--engine local|dask] [--jobs N] [--scheduler ADDR] [--workers N]
                       [--manifest] [--resume] [--skip-non-dicom] [--bulk-data-threshold B]
    dicomproto to-dcm SRC... -o DEST [--names source|mirror] [--jobs N]
    dicomproto inspect FILE... [ELEMENT...] [--format text|dump|json|dicom-json]
    dicomproto generate --standard DIR --out OUT [--registry FILE]
    dicomproto schema --arrow IOD [-o FILE] [--max-depth N]
    dicomproto serve [--host H] [--port P] [--tls-cert PEM --tls-key PEM] [--token-file F]
    dicomproto validate SRC... [--json] [--level LEVEL] [--rules FILE]
    dicomproto deidentify SRC... -o DEST [--option NAME]... [--key-file F] [--rules FILE]

Each subcommand module has `add_parser(commands)`, which registers its parser and
sets `func` to the function that runs it; the work itself lives in the library
(`dicomproto.converters`, `dicomproto.batch`, `dicomproto.generator`).

Exit status: 0 done, 1 some inputs failed (or the run could not start), 2 usage,
128 + the signal's number when stopped by one (130 SIGINT, 143 SIGTERM, 129 SIGHUP).
"""

from __future__ import annotations

import argparse
import os
import sys

from . import convert, deidentify, generate, inspect, schema, serve, to_dcm, validate

COMMANDS = (convert, to_dcm, inspect, generate, validate, deidentify, schema, serve)


def version() -> str:
    """The installed distribution's version (the source tree's when not installed)."""
    from importlib import metadata

    try:
        return metadata.version("dicomproto")
    except metadata.PackageNotFoundError:
        from dicomproto.generator import __version__

        return __version__


class _Version(argparse.Action):
    def __init__(self, option_strings: list[str], dest: str, **kwargs: object):
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(f"dicomproto {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dicomproto",
        description="The DICOM standard as Protocol Buffers: convert files, generate the schema.",
    )
    parser.add_argument("--version", "-V", action=_Version)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `dicomproto` console script."""
    from dicomproto.batch.interrupts import Interrupted, signals_raise

    args = build_parser().parse_args(argv)
    if args.command != "generate":
        from dicomproto.batch.tasks import quiet

        quiet()
    from dicomproto.batch.runner import RunError

    try:
        with signals_raise():
            return int(args.func(args))
    except Interrupted as stop:
        print("dicomproto: interrupted", file=sys.stderr)
        return stop.exit_code
    except KeyboardInterrupt:
        print("dicomproto: interrupted", file=sys.stderr)
        return 130
    except RunError as exc:
        print(f"dicomproto: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `dicomproto inspect x.pb | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
