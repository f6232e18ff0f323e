"""`python -m dicomproto.generator [--standard DIR] --out OUT [--registry FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import sources
from .cli import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dicomproto generate", description=__doc__)
    parser.add_argument(
        "--standard",
        type=Path,
        default=None,
        help="folder with part03.xml, part04.xml and part06.xml "
        f"(default: ${sources.ENVIRONMENT}, else ./standard_xml)",
    )
    parser.add_argument(
        "--out", type=Path, required=True, help="writes OUT/proto, OUT/python and OUT/model.json"
    )
    parser.add_argument(
        "--registry",
        type=Path,
        default=None,
        help="field number registry to start from "
        "(default: OUT/proto/field_numbers.json, else the committed one)",
    )
    args = parser.parse_args(argv)
    return run(args.standard or sources.locate(Path.cwd()), args.out, args.registry)


if __name__ == "__main__":
    sys.exit(main())
