"""`dicomproto inspect`: show a .pb, a stream or a DICOM file as a message."""

from __future__ import annotations

import argparse
import json
import re
import sys

_TAG_LINE = re.compile(r"^(\s*)(tag|tags): (\d+)$", re.MULTILINE)


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("inspect", help="show a .pb, stream or DICOM file as a message")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="JSON instead of protobuf text format")
    parser.add_argument("--full", action="store_true", help="show long byte values whole")
    parser.add_argument(
        "--generic", action="store_true", help="for DICOM input: the schema-free DataSet message"
    )
    parser.set_defaults(func=run)


def _shorten(message: object, limit: int) -> int:
    """Cut byte values longer than `limit` in place; how many were cut."""
    from google.protobuf.descriptor import FieldDescriptor

    count = 0
    for field, value in message.ListFields():  # type: ignore[attr-defined]
        if field.type == FieldDescriptor.TYPE_BYTES:
            if field.is_repeated:
                container = getattr(message, field.name)
                for index, item in enumerate(container):
                    if len(item) > limit:
                        container[index] = item[:limit]
                        count += 1
            elif len(value) > limit:
                setattr(message, field.name, value[:limit])
                count += 1
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            items = value if field.is_repeated else [value]
            for item in items:
                count += _shorten(item, limit)
    return count


def _text(message: object) -> str:
    from google.protobuf import text_format
    from pydicom.datadict import keyword_for_tag

    def tag_line(match: re.Match[str]) -> str:
        tag = int(match.group(3))
        keyword = keyword_for_tag(tag) if match.group(2) == "tag" else ""
        comment = f"  # {keyword}" if keyword else ""
        return f"{match.group(1)}{match.group(2)}: 0x{tag:08X}{comment}"

    return _TAG_LINE.sub(tag_line, text_format.MessageToString(message))  # type: ignore[arg-type]


def run(args: argparse.Namespace) -> int:
    from google.protobuf import json_format

    from dicomproto.batch.tasks import describe
    from dicomproto.converters import files, to_proto

    try:
        data = files._read_bytes(args.file)
        kind = files.sniff(data)
        if kind == "pb":
            messages = [files.unpack_any(data, args.file)]
        elif kind == "stream":
            records = files.iter_stream_records(data, args.file)
            messages = [files.unpack_any(record, args.file) for record in records]
        else:
            ds = files.dicom_from_bytes(data, args.file)
            messages = [to_proto(ds, generic=args.generic)]
    except Exception as exc:
        print(f"dicomproto: error: {describe(exc, args.file)}", file=sys.stderr)
        return 1
    shortened = 0 if args.full else sum(_shorten(m, 32) for m in messages)
    if args.json:
        objects = [json_format.MessageToDict(m) for m in messages]
        print(json.dumps(objects[0] if kind != "stream" else objects, indent=2))
    else:
        for index, message in enumerate(messages):
            if kind == "stream":
                print(f"# record {index}: {message.DESCRIPTOR.full_name}")
            print(_text(message), end="")
    if shortened:
        print(
            f"dicomproto: {shortened} byte values shown cut to 32 bytes (--full shows all)",
            file=sys.stderr,
        )
    return 0
