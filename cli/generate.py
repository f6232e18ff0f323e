"""`dicomproto generate`: the DocBook of the standard -> .proto files and Python."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("generate", help="DocBook of the standard -> .proto and Python")
    parser.add_argument(
        "--standard",
        required=True,
        metavar="DIR",
        help="folder with part03.xml, part04.xml, part06.xml",
    )
    parser.add_argument("--out", required=True, metavar="OUT", help="output folder")
    parser.add_argument("--registry", metavar="FILE", help="field number registry (JSON)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from dicomproto.generator.cli import run as generate
    except ImportError as exc:
        print(
            f"dicomproto: error: the generator is not available ({exc}); "
            "install it with: pip install 'dicomproto[generate]'",
            file=sys.stderr,
        )
        return 1
    registry = Path(args.registry) if args.registry else None
    return generate(Path(args.standard), Path(args.out), registry)
