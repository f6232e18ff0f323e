"""Benchmark: dicomproto vs pydicom's DICOM JSON route, on real files.

    python bench/bench_convert.py [--passes N] [--rounds R] [--profile] [FILES_OR_FOLDERS...]

Without arguments the corpus is pydicom's bundled test files plus the pydicom-data
files (every file pydicom reads and both routes convert).

1. In one warm process: all files are read into memory first; each route then runs
   whole passes over them and the best pass counts (CPU time of this process, which
   other processes on a shared machine disturb less than the wall clock). Throughput
   is files/s and MB/s of Part 10 input.
2. Whole processes (bench/whole_process.py, R interleaved rounds; --rounds 0 skips
   them): `dicomproto convert --jobs 1` (typed and --generic) and `to-dcm --jobs 1`
   against programs running the JSON route over the same files, and the start-up:
   one small file converted, next to `python -c "import pydicom"`.

Prints: throughput of each route and its ratio to the JSON route, where the time
of the .pb routes goes (stage by stage; --profile adds the top functions), output
sizes (.pb vs DICOM JSON vs Part 10, with and without pixel data), the whole-process
table, and whether the targets hold: in one process .dcm -> .pb at least 4x the JSON
route; as whole processes convert (typed and generic) and to-dcm at least 3x theirs;
the protobuf metadata no larger than the Part 10 file's non-pixel bytes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset

from dicomproto.converters import (
    ConversionError,
    dataset_to_proto,
    detached_from_dicom,
    dicom_to_bytes,
    from_proto,
    message_from_dicom,
    pack_any,
    proto_to_dataset,
    typed,
    unpack_any,
)
from dicomproto.converters.files import any_pieces, dicom_pieces, unpack_any_detached
from dicomproto.converters.reader import part10_to_proto
from dicomproto.v1 import dataset_pb2

PIXEL_TAGS = (0x7FE00008, 0x7FE00009, 0x7FE00010)  # Float, Double Float, Pixel Data
DEFLATED = pydicom.uid.DeflatedExplicitVRLittleEndian
SITE = Path(pydicom.__file__).resolve().parent.parent


def default_corpus() -> list[Path]:
    bundled = (SITE / "pydicom" / "data" / "test_files").rglob("*")
    extra = (SITE / "data_store" / "data").glob("*.dcm")
    return sorted(p for p in [*bundled, *extra] if p.is_file())


def expand(arguments: list[str]) -> list[Path]:
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        paths += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return paths


def usable(paths: list[Path]) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(unique name, contents) of the files that pydicom reads and both routes convert."""
    kept, skipped = [], []
    for index, path in enumerate(paths):
        data = path.read_bytes()
        try:
            pydicom.dcmread(io.BytesIO(data))
            json.dumps(pydicom.dcmread(io.BytesIO(data)).to_json_dict())
            pack_any(message_from_dicom(data, str(path)))
        except ConversionError as exc:
            skipped.append(f"{path.name}: {exc.reason}")
            continue
        except Exception as exc:  # not DICOM, or a route cannot take it
            if data[128:132] == b"DICM":
                skipped.append(f"{path.name}: {type(exc).__name__}: {str(exc)[:60]}")
            continue
        kept.append((f"{index:03d}_{path.name}", data))
    return kept, skipped


def corpus_files() -> list[tuple[str, bytes]]:
    """The default corpus, as `usable` keeps it."""
    warnings.simplefilter("ignore")
    return usable(default_corpus())[0]


def small_file() -> bytes:
    """A small CT file of pydicom's test files, for the start-up measurement."""
    return (SITE / "pydicom" / "data" / "test_files" / "CT_small.dcm").read_bytes()


def best(passes: int, run: Callable[[], object]) -> float:
    """CPU seconds of the fastest of `passes` whole passes (after one warm-up pass)."""
    run()
    times = []
    for _ in range(passes):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def read(data: bytes) -> Dataset:
    return pydicom.dcmread(io.BytesIO(data))


def touch(ds: Dataset) -> None:
    for elem in ds.iterall():
        elem.value  # noqa: B018 - touching converts the raw value


def without_pixels(message: dataset_pb2.DataSet) -> dataset_pb2.DataSet:
    """The message without its pixel data elements."""
    copy = dataset_pb2.DataSet()
    copy.CopyFrom(message)
    kept = [el for el in copy.elements if el.tag not in PIXEL_TAGS]
    del copy.elements[:]
    copy.elements.extend(kept)
    return copy


def part10_without_pixels(data: bytes) -> int:
    """Bytes of a Part 10 file that are not pixel data elements (header and value).
    A deflated file is written again without them, deflated, and measured."""
    ds = read(data)
    if ds.file_meta.get(0x00020010) and ds.file_meta[0x00020010].value == DEFLATED:
        for tag in PIXEL_TAGS:
            if tag in ds._dict:
                del ds[tag]
        buffer = io.BytesIO()
        ds.save_as(buffer, enforce_file_format=False)
        return len(buffer.getvalue())
    size = len(data)
    for tag in PIXEL_TAGS:
        raw = ds._dict.get(tag)
        if raw is not None:
            header = 8 if raw.is_implicit_VR else 12
            undefined = raw.length == 0xFFFFFFFF
            size -= header + (len(raw.value) + 8 if undefined else raw.length)
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="files or folders (default: the corpus)")
    parser.add_argument("--passes", type=int, default=5, help="timed passes per route")
    parser.add_argument("--rounds", type=int, default=9, help="whole-process rounds (0: none)")
    parser.add_argument("--profile", action="store_true", help="top functions per .pb route")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")

    paths = expand(args.paths) if args.paths else default_corpus()
    named, skipped = usable(paths)
    if not named:
        print("no usable DICOM files", file=sys.stderr)
        return 1
    datas = [data for _, data in named]
    megabytes = sum(map(len, datas)) / 1e6
    count = len(datas)
    fast = sum(part10_to_proto(d) is not None for d in datas)
    print(
        f"dicomproto bench: {count} files, {megabytes:.1f} MB; best of {args.passes} passes,"
        f" one process (Python {sys.version.split()[0]}, pydicom {pydicom.__version__})"
    )
    print(
        f"  read without pydicom (converters.reader): {fast} files, through pydicom: {count - fast}"
    )
    for line in skipped:
        print(f"  skipped {line}")

    messages = [message_from_dicom(d, generic=True) for d in datas]
    pbs = [pack_any(m) for m in messages]
    # the default route: the IOD message where the schema has the SOP Class
    typed_messages = [message_from_dicom(d) for d in datas]
    typed_pbs = [pack_any(m) for m in typed_messages]
    typed_count = sum(not isinstance(m, dataset_pb2.DataSet) for m in typed_messages)
    jsons = [json.dumps(read(d).to_json_dict()) for d in datas]
    writable = []  # the JSON the reverse JSON route can rebuild and write
    for index, text in enumerate(jsons):
        try:
            write_json_dataset(Dataset.from_json(json.loads(text)))
        except Exception:
            continue
        writable.append(index)
    json_rev = [jsons[i] for i in writable]
    typed_rev = [typed_pbs[i] for i in writable]

    def forward_pb() -> None:
        for d in datas:
            pack_any(message_from_dicom(d, generic=True))

    def forward_typed() -> None:
        for d in datas:
            pack_any(message_from_dicom(d))

    def forward_convert(generic: bool) -> Callable[[], None]:
        def run() -> None:  # what `convert` writes: pieces, the pixel data not copied
            for d in datas:
                any_pieces(detached_from_dicom(d, generic=generic))

        return run

    def forward_pydicom() -> None:
        for d in datas:
            pack_any(dataset_to_proto(read(d)))

    def forward_json() -> None:
        for d in datas:
            json.dumps(read(d).to_json_dict())

    def reverse_json() -> None:
        for j in jsons:
            Dataset.from_json(json.loads(j))

    def reverse_json_dcm() -> None:
        for j in json_rev:
            write_json_dataset(Dataset.from_json(json.loads(j)))

    def reverse_pb() -> None:
        for p in pbs:
            proto_to_dataset(unpack_any(p))

    def reverse_pb_touch() -> None:
        for p in pbs:
            touch(proto_to_dataset(unpack_any(p)))

    def reverse_pb_dcm() -> None:
        for p in typed_rev:
            dicom_to_bytes(unpack_any(p))

    def reverse_to_dcm() -> None:  # what `to-dcm` writes, from the .pb's bytes
        for p in typed_rev:
            dicom_pieces(unpack_any_detached(p))

    def reverse_default() -> None:
        for p in typed_pbs:
            from_proto(unpack_any(p))

    forward, reverse = "JSON: dcmread + to_json_dict + dumps", "JSON: loads + Dataset.from_json"
    reverse_dcm = "JSON: loads + from_json + dcmwrite"
    routes: list[tuple[str, Callable[[], None], str]] = [
        ("pydicom dcmread", lambda: [read(d) for d in datas] and None, forward),
        ("dcmread + touch every value", lambda: [touch(read(d)) for d in datas] and None, forward),
        (forward, forward_json, forward),
        ("dicomproto: .dcm -> .pb bytes", forward_pb, forward),
        ("dicomproto typed: .dcm -> .pb bytes", forward_typed, forward),
        ("dicomproto: .dcm -> .pb, as convert", forward_convert(True), forward),
        ("dicomproto typed: .dcm -> .pb, as convert", forward_convert(False), forward),
        ("dicomproto: pydicom Dataset -> .pb", forward_pydicom, forward),
        (reverse, reverse_json, reverse),
        ("dicomproto: .pb bytes -> Dataset", reverse_pb, reverse),
        ("dicomproto: .pb -> Dataset + touch", reverse_pb_touch, reverse),
        ("dicomproto typed: .pb bytes -> Dataset", reverse_default, reverse),
        (reverse_dcm, reverse_json_dcm, reverse_dcm),
        ("dicomproto typed: .pb bytes -> .dcm bytes", reverse_pb_dcm, reverse_dcm),
        ("dicomproto typed: .pb -> .dcm, as to-dcm", reverse_to_dcm, reverse_dcm),
    ]
    seconds = {name: best(args.passes, run) for name, run, _ in routes}
    print(f"\n{'route':42s} {'files/s':>9s} {'MB/s':>8s} {'vs JSON':>8s}")
    for name, _, reference in routes:
        value = seconds[name]
        ratio = seconds[reference] / value
        files = len(json_rev) if reference == reverse_dcm else count
        print(f"{name:42s} {files / value:9.0f} {megabytes / value:8.1f} {ratio:7.2f}x")
    print("  (forward routes against the JSON forward route, reverse ones against the JSON")
    print("   reverse route; .pb -> Dataset is lazy like dcmread, '+ touch' decodes every")
    print("   value as from_json does; 'typed' is the default route: the IOD message for")
    print(f"   the {typed_count} files whose SOP Class the schema has, the DataSet for the rest;")
    print(f"   the routes to .dcm bytes over the {len(json_rev)} files from_json rebuilds;")
    print("   'as convert' and 'as to-dcm' give the pieces those commands write, a large")
    print("   Pixel Data value left where it lies in the input: converters.detached)")

    # where the time goes: each stage alone, per pass
    stages = {
        "forward: Part 10 -> message": best(
            args.passes, lambda: [message_from_dicom(d, generic=True) for d in datas]
        ),
        "forward: message -> .pb bytes": best(args.passes, lambda: [pack_any(m) for m in messages]),
        "forward: generic -> typed message": best(
            args.passes,
            lambda: [typed.generic_to_iod(m, type(t)) for m, t in _typed(messages, typed_messages)],
        ),
        "reverse: .pb bytes -> message": best(args.passes, lambda: [unpack_any(p) for p in pbs]),
        "reverse: typed -> generic message": best(
            args.passes,
            lambda: [typed.iod_to_generic(t) for _, t in _typed(messages, typed_messages)],
        ),
        "reverse: message -> .dcm bytes": best(
            args.passes, lambda: [dicom_to_bytes(m) for m in messages]
        ),
    }
    print("\nwhere the time goes (ms per pass):")
    for name, value in stages.items():
        print(f"  {name:36s} {value * 1000:8.1f}")

    if args.profile:
        for name, run in (
            ("forward .dcm -> .pb", forward_typed),
            ("reverse .pb -> .dcm", reverse_pb_dcm),
        ):
            profiler = cProfile.Profile()
            profiler.enable()
            run()
            profiler.disable()
            print(f"\nprofile, {name} (top functions by own time):")
            stream = io.StringIO()
            pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(12)
            lines = [line for line in stream.getvalue().splitlines() if line.strip()]
            start = next(i for i, line in enumerate(lines) if "ncalls" in line)
            for line in lines[start : start + 13]:
                print("  " + line)

    part10 = sum(map(len, datas))
    no_pixels = sum(part10_without_pixels(d) for d in datas)
    pb_all = sum(map(len, pbs))
    pb_meta = sum(len(pack_any(without_pixels(m))) for m in messages)
    typed_all = sum(map(len, typed_pbs))
    typed_meta = sum(
        len(pack_any(typed.generic_to_iod(without_pixels(typed.iod_to_generic(m)), type(m))))
        if not isinstance(m, dataset_pb2.DataSet)
        else len(pack_any(without_pixels(m)))
        for m in typed_messages
    )
    json_all = sum(len(j.encode()) for j in jsons)
    json_meta = 0
    for d in datas:
        ds = read(d)
        for tag in PIXEL_TAGS:
            if tag in ds:
                del ds[tag]
        json_meta += len(json.dumps(ds.to_json_dict()).encode())
    print(f"\n{'output sizes (all files)':40s} {'with pixels':>14s} {'without pixels':>16s}")
    print(f"{'  Part 10 (.dcm)':40s} {part10:14,d} {no_pixels:16,d}")
    print(f"{'  dicomproto (.pb, generic)':40s} {pb_all:14,d} {pb_meta:16,d}")
    print(f"{'  dicomproto (.pb, typed where covered)':40s} {typed_all:14,d} {typed_meta:16,d}")
    print(f"{'  DICOM JSON (pydicom, base64 inline)':40s} {json_all:14,d} {json_meta:16,d}")

    whole: dict[str, float] = {}
    if args.rounds:
        from whole_process import run as run_processes

        whole = run_processes(named, args.rounds, small_file())

    print("\ntargets:")
    for label, route in (
        ("generic", "dicomproto: .dcm -> .pb, as convert"),
        ("typed", "dicomproto typed: .dcm -> .pb, as convert"),
    ):
        speedup = seconds[forward] / seconds[route]
        verdict = "OK" if speedup >= 4 else "MISSED"
        print(
            f"  in one process, .dcm -> .pb ({label}) at least 4x the JSON route:"
            f" {speedup:.2f}x  {verdict}"
        )
    for label in (
        "convert (typed) vs JSON route",
        "convert --generic vs JSON route",
        "to-dcm vs JSON reverse route",
    ):
        if label in whole:
            verdict = "OK" if whole[label] >= 3 else "MISSED"
            print(f"  whole process, {label}, at least 3x: {whole[label]:.2f}x  {verdict}")
    for label, size in (("generic", pb_meta), ("typed", typed_meta)):
        verdict = "OK" if size <= no_pixels else "MISSED"
        print(
            f"  .pb metadata ({label}) <= Part 10 non-pixel bytes: {size:,d} <= {no_pixels:,d}"
            f" ({size / no_pixels:.0%})  {verdict}"
        )
    return 0


def _typed(
    messages: list[dataset_pb2.DataSet], typed_messages: list[object]
) -> list[tuple[dataset_pb2.DataSet, object]]:
    """(generic, IOD message) of the files the typed route gives an IOD message."""
    return [
        (m, t)
        for m, t in zip(messages, typed_messages, strict=True)
        if not isinstance(t, dataset_pb2.DataSet)
    ]


def write_json_dataset(ds: Dataset) -> bytes:
    """What the reverse JSON route writes: the rebuilt data set as explicit VR little endian."""
    buffer = io.BytesIO()
    pydicom.dcmwrite(buffer, ds, implicit_vr=False, little_endian=True)
    return buffer.getvalue()


if __name__ == "__main__":
    sys.exit(main())
