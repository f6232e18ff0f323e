"""The `dicomproto` command: one subcommand per module of this package.

    dicomproto convert SRC... -o DEST [--generic] [--jobs N] [--stream] [--bulk-data-threshold B]
    dicomproto to-dcm SRC... -o DEST [--jobs N]
    dicomproto inspect FILE... [ELEMENT...] [--format text|dump|json|dicom-json]
    dicomproto generate --standard DIR --out OUT [--registry FILE]
    dicomproto schema --arrow IOD [-o FILE] [--max-depth N]
    dicomproto serve [--host H] [--port P] [--tls-cert PEM --tls-key PEM] [--token-file F]
    dicomproto validate SRC... [--json] [--level LEVEL] [--rules FILE]
    dicomproto deidentify SRC... -o DEST [--option NAME]... [--key-file F] [--rules FILE]

Each subcommand module has `add_parser(commands)`, which registers its parser and
sets `func` to the function that runs it; the work itself lives in the library
(`dicomproto.converters`, `dicomproto.batch`, `dicomproto.generator`).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from . import convert, deidentify, generate, inspect, schema, serve, to_dcm, validate

COMMANDS = (convert, to_dcm, inspect, generate, validate, deidentify, schema, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dicomproto",
        description="The DICOM standard as Protocol Buffers: convert files, generate the schema.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the process is (worker processes forked during
    the command inherit the handler), so that every `with` block on the way out, the
    atomic writer's among them, cleans up."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _ignore(signum: int, frame: object) -> None:
    """Later signals while the first is handled (a no-op, not SIG_IGN, which fails
    for a signal already on its way)."""


def _stop(signum: int, frame: object) -> None:
    for number in STOP_SIGNALS:
        signal.signal(number, _ignore)
    raise Stopped(signum)


STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `dicomproto` console script."""
    args = build_parser().parse_args(argv)
    if args.command != "generate":
        from dicomproto.batch.tasks import quiet

        quiet()
    previous = {number: signal.signal(number, _stop) for number in STOP_SIGNALS}
    try:
        return int(args.func(args))
    except Stopped as stop:
        print("dicomproto: interrupted", file=sys.stderr)
        return 128 + stop.signum
    except KeyboardInterrupt:
        print("dicomproto: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `dicomproto inspect x.pb | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
