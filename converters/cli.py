"""The `dicomproto` command.

    dicomproto convert SRC... -o DEST [--generic] [--jobs N] [--stream] [--bulk-data-threshold B]
    dicomproto to-dcm SRC... -o DEST [--jobs N]
    dicomproto inspect FILE [--json] [--full] [--generic]
    dicomproto generate --standard DIR --out OUT [--registry FILE]

SRC are files or folders (walked recursively, hidden names skipped). One input file
and a DEST ending in ``.pb`` (``.dcm`` for to-dcm) names the output file; otherwise
DEST is a folder that mirrors the inputs' paths relative to the folders given
(``x.dcm`` -> ``x.pb``; other names get ``.pb`` appended), and to-dcm maps back
(``x.pb`` -> ``x.dcm``).

Streams: ``convert --stream`` writes every converted input into the one file DEST
as a length-delimited stream (see dicomproto.converters.files), in input order.
``to-dcm`` and ``inspect`` recognise streams by content: a stream ``s.pbs``
becomes ``DEST/s/000001.dcm``, ``DEST/s/000002.dcm``, ...

Each input that fails is reported on one line (file, element, reason); the
others are still converted; nothing is half-written. The last line is
"converted N, failed M"; the exit status is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .errors import ConversionError

DICOM_SUFFIXES = (".dcm", ".dicom", ".dic")


# ------------------------------------------------------------------ inputs


@dataclass(frozen=True)
class Task:
    """One input and where its output goes."""

    source: str
    dest: str
    options: tuple[bool, int | None]  # (generic, bulk threshold)


@dataclass(frozen=True)
class Result:
    source: str
    error: str | None = None
    outputs: int = 0
    payload: bytes | None = None  # a serialized Any, in stream mode


BULK_DATA_NAME = re.compile(r"\.pb\.\d+\.bin$")


def collect_inputs(
    sources: list[str], exclude: Path | None, skip_bulk: bool = False
) -> tuple[list[tuple[Path, Path]], list[str]]:
    """(file, path relative to the folder given) for every input; errors for missing ones.
    Folders are walked recursively, skipping hidden names (and with `skip_bulk` the
    bulk data files beside .pb files)."""
    found: list[tuple[Path, Path]] = []
    errors: list[str] = []
    skip = exclude.resolve() if exclude is not None else None
    for source in sources:
        root = Path(source)
        if root.is_file():
            found.append((root, Path(root.name)))
        elif root.is_dir():
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                here = Path(folder)
                if skip is not None and (here.resolve() == skip or skip in here.resolve().parents):
                    dirs[:] = []
                    continue
                for name in sorted(files):
                    if skip_bulk and BULK_DATA_NAME.search(name):
                        continue
                    if not name.startswith("."):
                        found.append((here / name, (here / name).relative_to(root)))
        else:
            errors.append(f"{source}: no such file or folder")
    return found, errors


def _output_name(relative: Path, suffixes: tuple[str, ...], new_suffix: str) -> Path:
    if relative.suffix.lower() in suffixes:
        return relative.with_suffix(new_suffix)
    return relative.with_name(relative.name + new_suffix)


def plan_outputs(
    inputs: list[tuple[Path, Path]],
    dest: Path,
    single_suffix: str,
    name: Callable[[Path], Path],
    single_source: bool,
) -> tuple[list[tuple[Path, Path]], list[str]]:
    """(input, output) pairs; inputs whose output would collide are errors."""
    if single_source and len(inputs) == 1 and dest.suffix.lower() == single_suffix:
        return [(inputs[0][0], dest)], []
    pairs: list[tuple[Path, Path]] = []
    errors: list[str] = []
    taken: dict[Path, Path] = {}
    for source, relative in inputs:
        target = dest / name(relative)
        if target in taken:
            errors.append(f"{source}: output {target} would overwrite that of {taken[target]}")
            continue
        taken[target] = source
        pairs.append((source, target))
    return pairs, errors


# ----------------------------------------------------------------- workers


def _quiet() -> None:
    """pydicom warns about every odd value; the command reports failures itself."""
    warnings.simplefilter("ignore")


def _describe(exc: BaseException, source: str) -> str:
    if isinstance(exc, ConversionError):
        exc.in_file(source)
        return str(exc)
    if isinstance(exc, OSError):
        return f"{source}: {exc.strerror or exc}"
    return f"{source}: internal error: {type(exc).__name__}: {exc}"


def convert_one(task: Task) -> Result:
    """.dcm -> .pb (or, with dest "", the serialized Any for a stream)."""
    from . import files, to_proto

    generic, bulk = task.options
    try:
        message = to_proto(files.read_dicom(task.source), generic=generic)
        if not task.dest:
            return Result(task.source, outputs=1, payload=files.pack_any(message))
        files.write_message(task.dest, message, bulk_threshold=bulk)
        return Result(task.source, outputs=1)
    except Exception as exc:  # every failure is reported, never raised
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        return Result(task.source, _describe(exc, task.source))


def to_dicom_one(task: Task) -> Result:
    """.pb -> .dcm, or a stream -> a folder of .dcm files."""
    from . import files, from_proto

    try:
        data = files._read_bytes(task.source)
        kind = files.sniff(data)
        if kind == "pb":
            message = files.unpack_any(data, task.source)
            ds = from_proto(message, bulk_data=files.bulk_resolver(task.source))
            files.write_dicom(task.dest, ds)
            return Result(task.source, outputs=1)
        if kind == "stream":
            folder = Path(task.dest)
            if folder.suffix.lower() == ".dcm":
                folder = folder.with_suffix("")
            datasets = []  # convert all first: a bad record leaves nothing written
            for index, record in enumerate(files.iter_stream_records(data, task.source)):
                try:
                    ds = from_proto(files.unpack_any(record, task.source))
                    datasets.append(files.dicom_to_bytes(ds))
                except ConversionError as err:
                    err.reason = f"record {index}: {err.reason}"
                    raise
            for index, encoded in enumerate(datasets, start=1):
                files.write_bytes_atomic(folder / f"{index:06d}.dcm", encoded)
            return Result(task.source, outputs=len(datasets))
        if not data:
            raise ConversionError("empty file")
        raise ConversionError("not a dicomproto .pb file or stream")
    except Exception as exc:
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        return Result(task.source, _describe(exc, task.source))


def run_tasks(worker: Callable[[Task], Result], tasks: list[Task], jobs: int) -> Iterator[Result]:
    """Results in task order, computed in `jobs` processes (in this one for 1)."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield worker(task)
        return
    chunk = max(1, min(16, len(tasks) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_quiet) as pool:
        yield from pool.map(worker, tasks, chunksize=chunk)


class Report:
    """Progress bar on a terminal, one line per failure, and the summary."""

    def __init__(self, total: int):
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="file", disable=not sys.stderr.isatty(), leave=False)
        self.done = 0
        self.failed = 0

    def error(self, line: str) -> None:
        self.failed += 1
        self.bar.write(f"dicomproto: error: {line}", file=sys.stderr)

    def result(self, result: Result) -> None:
        self.bar.update(1)
        if result.error is not None:
            self.error(result.error)
        else:
            self.done += 1

    def finish(self, verb: str) -> int:
        self.bar.close()
        print(f"{verb} {self.done}, failed {self.failed}")
        return 1 if self.failed else 0


# ---------------------------------------------------------------- commands


def cmd_convert(args: argparse.Namespace) -> int:
    from . import files

    dest = Path(args.output)
    inputs, missing = collect_inputs(args.sources, dest if not args.stream else None)
    single = len(args.sources) == 1 and Path(args.sources[0]).is_file()
    options = (args.generic, args.bulk_data_threshold)
    report = Report(len(inputs) + len(missing))
    for line in missing:
        report.error(line)
    if args.stream:
        tasks = [Task(str(source), "", options) for source, _ in inputs]
        try:
            with files.StreamWriter(dest) as writer:
                for result in run_tasks(convert_one, tasks, args.jobs):
                    report.result(result)
                    if result.payload is not None:
                        writer.write(result.payload)
        except OSError as exc:
            report.error(f"{dest}: cannot write: {exc.strerror or exc}")
        return report.finish("converted")
    pairs, collisions = plan_outputs(
        inputs, dest, ".pb", lambda p: _output_name(p, DICOM_SUFFIXES, ".pb"), single
    )
    for line in collisions:
        report.error(line)
    tasks = [Task(str(source), str(target), options) for source, target in pairs]
    for result in run_tasks(convert_one, tasks, args.jobs):
        report.result(result)
    return report.finish("converted")


def cmd_to_dcm(args: argparse.Namespace) -> int:
    dest = Path(args.output)
    inputs, missing = collect_inputs(args.sources, dest, skip_bulk=True)
    single = len(args.sources) == 1 and Path(args.sources[0]).is_file()

    def name(relative: Path) -> Path:
        if relative.suffix.lower() in (".pbs",):
            return relative.with_suffix("")
        return _output_name(relative, (".pb",), ".dcm")

    report = Report(len(inputs) + len(missing))
    for line in missing:
        report.error(line)
    pairs, collisions = plan_outputs(inputs, dest, ".dcm", name, single)
    for line in collisions:
        report.error(line)
    tasks = [Task(str(source), str(target), (False, None)) for source, target in pairs]
    for result in run_tasks(to_dicom_one, tasks, args.jobs):
        report.result(result)
    return report.finish("converted")


_TAG_LINE = re.compile(r"^(\s*)(tag|tags): (\d+)$", re.MULTILINE)


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


def cmd_inspect(args: argparse.Namespace) -> int:
    from google.protobuf import json_format

    from . import files, to_proto

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
        print(f"dicomproto: error: {_describe(exc, args.file)}", file=sys.stderr)
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


def cmd_generate(args: argparse.Namespace) -> int:
    try:
        from dicomproto.generator.cli import run
    except ImportError as exc:
        print(
            f"dicomproto: error: the generator is not available ({exc}); "
            "install it with: pip install 'dicomproto[generate]'",
            file=sys.stderr,
        )
        return 1
    registry = Path(args.registry) if args.registry else None
    return run(Path(args.standard), Path(args.out), registry)


# -------------------------------------------------------------------- main


def _jobs(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _size(text: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    text = text.strip().lower().removesuffix("b") or "0"
    factor = units.get(text[-1], 1)
    number = text[:-1] if text[-1] in units else text
    try:
        value = int(float(number) * factor)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1 byte")
    return value


def _add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: CPU count)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dicomproto",
        description="The DICOM standard as Protocol Buffers: convert files, generate the schema.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    convert = commands.add_parser("convert", help="DICOM files -> .pb (or one stream)")
    convert.add_argument("sources", nargs="+", metavar="SRC", help="DICOM files or folders")
    convert.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help="a .pb file (one input), a folder, or with --stream a stream file",
    )
    convert.add_argument(
        "--generic",
        action="store_true",
        help="always the schema-free DataSet message, never an IOD message",
    )
    convert.add_argument(
        "--stream",
        action="store_true",
        help="write all messages into DEST as one length-delimited stream",
    )
    _add_jobs(convert)
    convert.add_argument(
        "--bulk-data-threshold",
        type=_size,
        metavar="SIZE",
        help="store byte values of at least SIZE (e.g. 1M) in files beside the .pb",
    )
    convert.set_defaults(func=cmd_convert)

    to_dcm = commands.add_parser("to-dcm", help=".pb files or streams -> DICOM files")
    to_dcm.add_argument("sources", nargs="+", metavar="SRC", help=".pb / stream files or folders")
    to_dcm.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help="a .dcm file (one .pb input) or a folder",
    )
    _add_jobs(to_dcm)
    to_dcm.set_defaults(func=cmd_to_dcm)

    inspect = commands.add_parser("inspect", help="show a .pb, stream or DICOM file as a message")
    inspect.add_argument("file", metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="JSON instead of protobuf text format")
    inspect.add_argument("--full", action="store_true", help="show long byte values whole")
    inspect.add_argument(
        "--generic", action="store_true", help="for DICOM input: the schema-free DataSet message"
    )
    inspect.set_defaults(func=cmd_inspect)

    generate = commands.add_parser("generate", help="DocBook of the standard -> .proto and Python")
    generate.add_argument(
        "--standard",
        required=True,
        metavar="DIR",
        help="folder with part03.xml, part04.xml, part06.xml",
    )
    generate.add_argument("--out", required=True, metavar="OUT", help="output folder")
    generate.add_argument("--registry", metavar="FILE", help="field number registry (JSON)")
    generate.set_defaults(func=cmd_generate)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `dicomproto` console script."""
    args = build_parser().parse_args(argv)
    if args.command != "generate":
        _quiet()
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("dicomproto: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `dicomproto inspect x.pb | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
