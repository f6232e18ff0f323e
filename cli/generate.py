"""`dicomproto generate`: the DocBook of the standard -> .proto files and Python."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("generate", help="DocBook of the standard -> .proto and Python")
    parser.add_argument(
        "--standard",
        metavar="DIR",
        help="folder with part03.xml, part04.xml, part06.xml "
        "(default: $DICOM_STANDARD_XML, else ./standard_xml)",
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="OUT",
        help="writes OUT/proto, OUT/python, OUT/model.json; refuses when they hold files "
        "it did not write",
    )
    parser.add_argument("--registry", metavar="FILE", help="field number registry (JSON)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from dicomproto.generator import sources
        from dicomproto.generator.cli import run as generate
    except ImportError as exc:
        print(
            f"dicomproto: error: the generator is not available ({exc}); "
            "install it with: pip install 'dicomproto[generate]'",
            file=sys.stderr,
        )
        return 1
    registry = Path(args.registry) if args.registry else None
    standard = Path(args.standard) if args.standard else sources.locate(Path.cwd())
    return generate(standard, Path(args.out), registry)
