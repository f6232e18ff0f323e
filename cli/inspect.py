"""`dicomproto inspect`: show .pb files, streams and DICOM files, whole or element by element.

    dicomproto inspect FILE... [ELEMENT...] [--format text|dump|json|dicom-json]

Arguments that name files or folders (or "-", standard input; no file at all reads
standard input) are inputs; the others are element paths or patterns selecting what
to show (`PatientName`, `(0028,xxxx)`, `ReferencedImageSequence[0].ReferencedSOPInstanceUID`).
Each message shown gets a header naming its file (and record), its message type and
any damage; a damaged input shows everything up to the break and the exit status
is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .options import size

if TYPE_CHECKING:
    from google.protobuf.message import Message

FORMATS = ("text", "dump", "json", "dicom-json")
STDIN = "-"


class _IntermixedParser(argparse.ArgumentParser):
    """Takes options between the positional arguments too (`inspect f.pb -f dump
    PatientName`), which a plain argparse parser refuses for `nargs="*"`."""

    _inner = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        if self._inner:  # parse_known_intermixed_args calls back in here
            return super().parse_known_args(args, namespace)
        self._inner = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inner = False


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "inspect",
        help="show .pb files, streams and DICOM files, whole or element by element",
        description=(
            "Show messages of .pb files, streams and DICOM files. Arguments naming files or"
            " folders are inputs ('-' or none: standard input); the others select elements"
            " by keyword, tag or path, e.g. PatientName, '(0028,xxxx)',"
            " 'ReferencedImageSequence[0].ReferencedSOPInstanceUID'."
        ),
    )
    parser.add_argument("args", nargs="*", metavar="FILE|ELEMENT")
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default=None,
        help="text: protobuf text annotated with tag, VR and length (default); dump: one"
        " line per element, like dcmdump; json: protobuf JSON; dicom-json: the DICOM JSON"
        " model (PS3.18 Annex F)",
    )
    parser.add_argument("--json", action="store_true", help="the same as --format json")
    cut = parser.add_mutually_exclusive_group()
    cut.add_argument(
        "--max-bytes",
        type=int,
        metavar="N",
        help="cut byte values after N bytes, marked in the output (default: 32 for text"
        " and dump, no cut for json and dicom-json)",
    )
    cut.add_argument("--full", action="store_true", help="cut nothing")
    parser.add_argument(
        "--generic",
        action="store_true",
        help="show the schema-free DataSet message, also for typed (IOD) messages",
    )
    parser.add_argument(
        "--bulk-data",
        metavar="DIR",
        help="dicom-json: write binary values of --bulk-data-threshold bytes or more to"
        " files in DIR and refer to them by BulkDataURI",
    )
    parser.add_argument(
        "--bulk-data-threshold",
        type=size,
        default=1024,
        metavar="SIZE",
        help="with --bulk-data: the smallest value kept out of the JSON (default 1KiB)",
    )
    parser.set_defaults(func=run)
    parser.__class__ = _IntermixedParser  # subparsers build plain parsers


@dataclass
class Shown:
    """One message to show, and where it came from."""

    label: str  # "ct.pb", "all.pbs record 2 (CT_small.dcm)"
    message: Message
    source: str  # the input path ("-" for standard input)
    name: str  # the input as errors name it ("<stdin>" for standard input)
    record: int | None = None
    damage: list[str] = field(default_factory=list)  # of the input: exit status 1
    recorded: list[str] = field(default_factory=list)  # of its source, when converted
    item_indexes: dict[tuple[int, ...], list[int]] = field(default_factory=dict)  # selections


class UsageError(Exception):
    """A command line that names neither files nor elements."""


def _split_arguments(args: list[str]) -> tuple[list[str], list[str]]:
    """(inputs, element paths): an argument naming an existing file or folder, or
    "-", is an input; anything else must be an element path or pattern."""
    from dicomproto.converters.lookup import PathError, parse_path

    inputs, paths = [], []
    for arg in args:
        if arg == STDIN or Path(arg).exists():
            inputs.append(arg)
            continue
        try:
            parse_path(arg)
        except PathError as err:
            raise UsageError(f"{arg}: no such file or folder, nor an element path: {err}") from None
        paths.append(arg)
    if not inputs:
        if sys.stdin.isatty():
            raise UsageError("no input: give files or folders, or pipe a file into standard input")
        inputs.append(STDIN)
    return inputs, paths


def _files(inputs: list[str]) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every input file, folders walked in sorted order."""
    from dicomproto.batch.inputs import collect_inputs

    for source in inputs:
        if source == STDIN:
            yield source, None
            continue
        found, missing = collect_inputs([source], None, skip_bulk=True)
        for path, _ in found:
            yield str(path), None
        for line in missing:
            yield source, line


def _read(source: str) -> bytes:
    from dicomproto.converters import files

    if source == STDIN:
        return sys.stdin.buffer.read()
    return files._read_bytes(source)


def _load(source: str, generic: bool) -> tuple[str, list[Shown]]:
    """What the input is (pb, stream, dicom) and its messages, as much as is readable."""
    from dicomproto.converters import damage_of, files, partial
    from dicomproto.converters.errors import ConversionError

    name = "<stdin>" if source == STDIN else source
    data = _read(source)
    if not data:
        raise ConversionError("empty file", path=name)
    kind = files.sniff(data)
    if kind == "pb":
        message, damage = partial.partial_message(data, name)
        shown = [Shown(name, message, source, name, None, damage)]
    elif kind == "stream":
        messages, damage = partial.partial_stream(data, name)
        shown = []
        for number, message in enumerate(messages, start=1):
            origin = _source_path(message)
            label = f"{name} record {number}" + (f" ({origin})" if origin else "")
            shown.append(Shown(label, message, source, name, number))
        if damage:
            if shown:
                shown[-1].damage = damage
            else:
                raise ConversionError(damage[0], path=name)
    else:
        message, damage = _dicom(data, name, generic)
        shown = [Shown(name, message, source, name, None, damage)]
    if kind in ("pb", "stream"):
        for each in shown:
            each.recorded = damage_of(each.message)
    if generic:
        from dicomproto.converters.lookup import generic_form

        for each in shown:
            each.message = generic_form(each.message)
    return kind, shown


def _dicom(data: bytes, name: str, generic: bool) -> tuple[Message, list[str]]:
    """A DICOM file's message; one that does not convert, read in salvage mode as far
    as it is sound, with its damage."""
    from dicomproto.converters import damage_of, files, to_proto
    from dicomproto.converters.errors import ConversionError

    try:
        return to_proto(files.dicom_from_bytes(data, name), generic=generic, as_read=True), []
    except ConversionError as err:
        first = err
    try:
        message = to_proto(files.dicom_from_bytes(data, name, salvage=True), generic=generic)
    except ConversionError:
        raise first from None
    damage = damage_of(message) or [first.reason]
    damage[-1] += f"; {_kept_note(message)}"
    return message, damage


def _kept_note(message: Message) -> str:
    """What a salvaged message shows of its damaged source."""
    unparsed = len(message.file_meta.unparsed)
    note = "shown: the elements before the break"
    if unparsed:
        note += f"; the {unparsed} bytes from there on are kept verbatim (FileMeta.unparsed)"
    return note


def _source_path(message: Message) -> str:
    """The source name a record carries (FileMeta.source_path), if any."""
    if "file_meta" not in message.DESCRIPTOR.fields_by_name or not message.HasField("file_meta"):
        return ""
    return message.file_meta.source_path


def _header(shown: Shown) -> list[str]:
    """The comment lines above a message: file, record, type, damage."""
    from dicomproto.converters.lookup import get
    from dicomproto.v1 import options_pb2

    message = shown.message
    descriptor = message.DESCRIPTOR
    what = descriptor.full_name
    options = descriptor.GetOptions()
    if options.HasExtension(options_pb2.iod):
        iod = options.Extensions[options_pb2.iod]
        what += f" ({iod.name} IOD, PS3.3 {iod.section})"
    else:
        try:
            uid = get(message, "SOPClassUID")
        except (TypeError, KeyError):
            uid = None
        if isinstance(uid, str) and uid:
            from pydicom.uid import UID

            name = UID(uid).name
            what += f" (SOP Class {name})" if name != uid else f" (SOP Class {uid})"
    lines = [f"# {shown.label}: {what}"]
    lines += [f"# damaged: {line}" for line in shown.damage]
    lines += [f"# damaged source (recorded when converted): {line}" for line in shown.recorded]
    return lines


class _BulkFiles:
    """Writes the values DICOM JSON gives by BulkDataURI to files in a folder, named
    after their input (and record): ct.pb.1.bin, all.pbs.3.1.bin, ..."""

    def __init__(self, folder: str) -> None:
        self.folder = Path(folder)
        self.used: set[str] = set()
        self.stem = ""
        self.beside: Path | None = None
        self.count = 0

    def start(self, shown: Shown) -> None:
        """Name the files of the next message."""
        base = "stdin" if shown.source == STDIN else Path(shown.source).name
        stem = base if shown.record is None else f"{base}.{shown.record}"
        unique, suffix = stem, 1
        while unique in self.used:  # same file names in different folders
            suffix += 1
            unique = f"{stem}-{suffix}"
        self.used.add(unique)
        self.stem = unique
        self.beside = None if shown.source == STDIN else Path(shown.source).resolve().parent
        self.count = 0

    def __call__(self, attribute: Any) -> str:
        from dicomproto.converters import files
        from dicomproto.converters.lookup import BulkData

        value = attribute.value
        if isinstance(value, BulkData):  # a bulk data file beside the .pb: named, not copied
            if self.beside is None:
                return value.uri
            return (self.beside / value.uri.removeprefix("file:")).as_uri()
        self.count += 1
        target = self.folder / f"{self.stem}.{self.count}.bin"
        files.write_bytes_atomic(target, value)
        return target.resolve().as_uri()


def _resolver(shown: Shown) -> Any:
    from dicomproto.converters import files

    return None if shown.source == STDIN else files.bulk_resolver(shown.source)


def _render(shown: Shown, args: argparse.Namespace, fmt: str, max_bytes: int | None) -> Any:
    """The text (text, dump) or JSON value (json, dicom-json) of one message."""
    from dicomproto.converters import views
    from dicomproto.converters.dicom_json import to_dicom_json

    message = shown.message
    if fmt == "text":
        return views.proto_text(message, max_bytes=max_bytes, item_indexes=shown.item_indexes)
    if fmt == "dump":
        return views.dump(message, max_bytes=max_bytes, item_indexes=shown.item_indexes)
    if fmt == "json":
        document = views.proto_json(message, max_bytes=max_bytes)
        return {"@type": f"type.googleapis.com/{message.DESCRIPTOR.full_name}", **document}
    bulk = args.bulk_files
    if bulk is not None:
        bulk.start(shown)
        return to_dicom_json(
            message, bulk_data_uri=bulk, bulk_data_threshold=args.bulk_data_threshold
        )
    return to_dicom_json(message, bulk_data=_resolver(shown), cut=max_bytes)


class _JsonOut:
    """Prints JSON documents as they come: one object, or an array of them."""

    def __init__(self, array: bool) -> None:
        self.array = array
        self.count = 0

    def add(self, document: Any) -> None:
        text = json.dumps(document, indent=2)
        if self.array:
            text = ("[\n" if not self.count else ",\n") + _indented(text)
        elif self.count:
            raise AssertionError("one JSON object only")
        print(text, end="" if self.array else "\n")
        self.count += 1

    def close(self) -> None:
        if self.array:
            print("\n]")


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def run(args: argparse.Namespace) -> int:
    from dicomproto.batch.tasks import describe
    from dicomproto.converters.lookup import select

    fmt = "json" if args.json and args.format is None else (args.format or "text")
    if args.json and args.format not in (None, "json"):
        return _usage(f"--json and --format {args.format} ask for two formats")
    if args.bulk_data is not None and fmt != "dicom-json":
        return _usage("--bulk-data works with --format dicom-json")
    if args.max_bytes is not None and args.max_bytes < 0:
        return _usage("--max-bytes must be 0 or more")
    max_bytes = None if args.full else args.max_bytes
    if max_bytes is None and not args.full and fmt in ("text", "dump"):
        max_bytes = 32
    args.bulk_files = _BulkFiles(args.bulk_data) if args.bulk_data is not None else None
    try:
        inputs, paths = _split_arguments(args.args)
    except UsageError as err:
        return _usage(str(err))

    status = 0
    listed = list(_files(inputs))
    json_out: _JsonOut | None = None
    shown_count = 0
    for source, missing in listed:
        if missing is not None:
            print(f"dicomproto: error: {missing}", file=sys.stderr)
            status = 1
            continue
        try:
            kind, messages = _load(source, args.generic)
            for shown in messages:
                header = _header(shown)
                if paths:
                    shown.message = select(shown.message, paths, item_indexes=shown.item_indexes)
                rendered = _render(shown, args, fmt, max_bytes)
                if fmt in ("text", "dump"):
                    if shown_count:
                        print()
                    print("\n".join(header))
                    print(rendered, end="" if rendered else "# no element selected\n")
                else:
                    if json_out is None:  # an array for a stream or several files
                        json_out = _JsonOut(len(listed) > 1 or kind == "stream")
                    json_out.add(rendered)
                shown_count += 1
                for line in shown.damage:
                    print(f"dicomproto: error: {shown.name}: {line}", file=sys.stderr)
                    status = 1
        except BrokenPipeError:
            raise
        except Exception as exc:  # one line per failing input, the others still shown
            name = "<stdin>" if source == STDIN else source
            print(f"dicomproto: error: {describe(exc, name)}", file=sys.stderr)
            status = 1
    if json_out is not None:
        json_out.close()
    return status


def _usage(message: str) -> int:
    print(f"dicomproto: error: {message}", file=sys.stderr)
    return 2
