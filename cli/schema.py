"""`dicomproto schema --arrow IOD`: the Arrow schema of an IOD's Parquet table.

Prints the schema (pyarrow's text form), or with ``-o FILE`` writes it as an Arrow IPC
stream holding only the schema (``pyarrow.ipc.read_schema`` reads it; so does any
Arrow implementation). IOD is a message name (``CtImageIod``, ``DataSet``), an IOD
name as in PS3.3 (``"CT Image"``) or a SOP Class UID.
"""

from __future__ import annotations

import argparse
import sys


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("schema", help="the Arrow schema of an IOD's Parquet table")
    parser.add_argument("iod", metavar="IOD", help="message name, IOD name or SOP Class UID")
    parser.add_argument(
        "--arrow", action="store_true", required=True, help="the Arrow schema (Parquet output)"
    )
    parser.add_argument(
        "--max-depth",
        type=int,
        default=None,
        metavar="N",
        help="sequence levels shown as structs (default: the Parquet format's)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write an Arrow IPC schema file")
    parser.set_defaults(func=run)


def schema_lines(schema: object) -> list[str]:
    """One line per column and nested field, indented by depth: `name: type`, where
    a struct shows as `struct`, a list of structs as `list<struct>`."""
    import pyarrow as pa

    lines = [
        f"# {key.decode()}: {value.decode()}" for key, value in (schema.metadata or {}).items()
    ]  # type: ignore[attr-defined]

    def visit(field: pa.Field, indent: str) -> None:
        kind, inner = field.type, None
        wrappers = ""
        while pa.types.is_list(kind):
            wrappers += "list<"
            kind = kind.value_type
        if pa.types.is_struct(kind):
            shown, inner = "struct", kind
        else:
            shown = str(kind)
        lines.append(f"{indent}{field.name}: {wrappers}{shown}{'>' * wrappers.count('<')}")
        if inner is not None:
            for child in inner:
                visit(child, indent + "  ")

    for field in schema:  # type: ignore[attr-defined]
        visit(field, "")
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        from dicomproto.exports.arrow import DEFAULT_MAX_DEPTH
        from dicomproto.exports.rows import arrow_schema, message_class_named
    except ImportError as exc:
        print(
            f"dicomproto: error: {exc.name} is not installed (pip install 'dicomproto[parquet]')",
            file=sys.stderr,
        )
        return 1
    depth = DEFAULT_MAX_DEPTH if args.max_depth is None else args.max_depth
    if depth < 1:
        print("dicomproto: error: --max-depth: must be at least 1", file=sys.stderr)
        return 2
    try:
        cls = message_class_named(args.iod)
    except KeyError as exc:
        print(f"dicomproto: error: {exc.args[0]}", file=sys.stderr)
        return 1
    schema = arrow_schema(cls, depth)
    if args.output is None:
        sys.stdout.writelines(f"{line}\n" for line in schema_lines(schema))
        return 0
    from dicomproto.converters.storage import atomic_open

    try:
        with atomic_open(args.output) as handle:
            handle.write(schema.serialize().to_pybytes())
    except OSError as exc:
        print(
            f"dicomproto: error: {args.output}: cannot write: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    print(f"wrote the Arrow schema of {cls.DESCRIPTOR.full_name} to {args.output}")
    return 0
