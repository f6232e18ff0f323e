"""Benchmark: `dicomproto serve` under load, and a large multi-frame streamed.

    python bench/bench_serve.py [--clients 8] [--calls 200] [--frames-gib 1.0]

1. Convert: a `dicomproto serve` process on loopback; CLIENTS threads, each with its
   own channel, make CALLS Convert calls each over the corpus files (pydicom's test
   files and pydicom-data, those up to 2 MB that convert). Prints errors, calls/s,
   p50/p99 latency, and the ratio to the incumbent measured in the same run: the
   same conversions in-process, one thread, without gRPC.
2. StreamFrames: a synthetic native multi-frame of at least FRAMES_GIB GiB (2 MiB
   frames with per-frame functional groups) sent in 1 MiB chunks to a fresh server,
   every frame checked as it arrives. Prints the server's peak RSS (VmHWM) against
   the file's size and against the incumbent's: pydicom reading the same file and its
   pixel data in a process of its own.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import statistics
import struct
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from dicomproto.converters import ConversionError, dicom_from_bytes, pack_any, to_proto
from dicomproto.service.client import DicomClient

ROOT = Path(__file__).resolve().parent.parent
MiB = 1 << 20
ROWS = COLUMNS = 1024  # 2 MiB frames of 16-bit pixels


def corpus() -> list[tuple[str, bytes]]:
    site = Path(pydicom.__file__).resolve().parent.parent
    paths = [
        *(site / "pydicom" / "data" / "test_files").rglob("*"),
        *(site / "data_store" / "data").glob("*.dcm"),
    ]
    files = []
    for path in sorted(p for p in paths if p.is_file() and p.stat().st_size <= 2 * MiB):
        data = path.read_bytes()
        try:
            to_proto(dicom_from_bytes(data, path.name))
        except ConversionError:
            continue
        files.append((path.name, data))
    return files


def start_server(*args: str) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "dicomproto.cli", "serve", "--port", "0", *args]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if "listening on" not in line:
        process.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    port = line.split("listening on ", 1)[1].split()[0].rsplit(":", 1)[1]
    return process, f"127.0.0.1:{port}"


def stop_server(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(60)


def peak_rss(pid: int) -> int:
    """VmHWM of a process, in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def bench_convert(clients: int, calls: int) -> None:
    files = corpus()
    print(f"Convert: {clients} clients x {calls} calls over {len(files)} corpus files (<= 2 MB)")
    plan = [[files[(c * calls + i) % len(files)] for i in range(calls)] for c in range(clients)]

    started = time.perf_counter()
    for sequence in plan:  # the incumbent: the same conversions in-process, no gRPC
        for name, data in sequence:
            pack_any(to_proto(dicom_from_bytes(data, name)))
    direct = clients * calls / (time.perf_counter() - started)

    process, address = start_server("--max-calls", str(clients))
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def run(sequence: list[tuple[str, bytes]]) -> None:
        with DicomClient.connect(address) as client:
            for name, data in sequence:
                begin = time.perf_counter()
                try:
                    client.convert(data, name=name, timeout=120)
                except Exception as error:
                    with lock:
                        errors.append(f"{name}: {error}")
                    continue
                with lock:
                    latencies.append(time.perf_counter() - begin)

    with DicomClient.connect(address) as warm:  # connections and imports, not measured
        warm.convert(files[0][1], name=files[0][0])
    threads = [threading.Thread(target=run, args=(sequence,)) for sequence in plan]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    rss = peak_rss(process.pid)
    status = stop_server(process)
    served = len(latencies) / elapsed
    cut = statistics.quantiles(latencies, n=100)
    print(
        f"  calls: {len(latencies)} ok, {len(errors)} errors"
        + (f" (first: {errors[0]})" if errors else "")
    )
    print(
        f"  served: {served:.0f} calls/s;"
        f" latency p50 {cut[49] * 1000:.1f} ms, p99 {cut[98] * 1000:.1f} ms"
    )
    print(
        f"  in-process, one thread, no gRPC: {direct:.0f} calls/s;"
        f" service / in-process = {served / direct:.2f}x"
    )
    print(f"  server peak RSS {rss / MiB:.0f} MiB; exit status after SIGTERM {status}")


def synthetic_multiframe(path: Path, gib: float) -> int:
    """Write (once) a native 16-bit multi-frame of at least `gib` GiB; frame i holds i."""
    frames = max(
        1,
        int(gib * (1 << 30) // (ROWS * COLUMNS * 2))
        + (1 if gib * (1 << 30) % (ROWS * COLUMNS * 2) else 0),
    )
    size = frames * ROWS * COLUMNS * 2
    if path.is_file() and path.stat().st_size > size:
        return frames
    ds = Dataset()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7.3"  # Multi-frame Grayscale Word SC
    ds.SOPInstanceUID = generate_uid()
    ds.Modality = "OT"
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.NumberOfFrames, ds.Rows, ds.Columns = frames, ROWS, COLUMNS
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    per_frame = []
    for index in range(frames):
        content = Dataset()
        content.InStackPositionNumber = index + 1
        item = Dataset()
        item.FrameContentSequence = [content]
        per_frame.append(item)
    ds.PerFrameFunctionalGroupsSequence = per_frame
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        ds.save_as(handle, enforce_file_format=True)
        handle.write(struct.pack("<HH2sHL", 0x7FE0, 0x0010, b"OW", 0, size))
        for index in range(frames):
            handle.write(np.full(ROWS * COLUMNS, index, dtype="<u2").tobytes())
    os.replace(temporary, path)
    return frames


def incumbent_rss(path: Path) -> tuple[int, float]:
    """Peak RSS and seconds of pydicom reading the file and its pixel data."""
    code = (
        "import resource, sys, time, pydicom\n"
        "t = time.perf_counter()\n"
        "ds = pydicom.dcmread(sys.argv[1])\n"
        "assert len(ds.PixelData) > 0\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
        "print(peak, time.perf_counter() - t)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    rss, seconds = done.stdout.split()
    return int(rss), float(seconds)


def bench_frames(gib: float) -> None:
    path = ROOT / "build" / "bench" / f"multiframe_{gib:g}gib.dcm"
    frames = synthetic_multiframe(path, gib)
    size = path.stat().st_size
    print(
        f"StreamFrames: {path.name}, {size / (1 << 30):.2f} GiB,"
        f" {frames} frames of {ROWS}x{COLUMNS} 16-bit"
    )
    process, address = start_server()
    before = peak_rss(process.pid)
    received = 0
    started = time.perf_counter()
    first_frame = None
    with DicomClient.connect(address) as client:
        header, stream = client.stream_frames(path, timeout=3600)
        assert header.number_of_frames == frames
        for frame in stream:
            if first_frame is None:
                first_frame = time.perf_counter() - started
            pixels = np.frombuffer(frame.data, dtype=frame.dtype)
            if (
                frame.index != received
                or pixels[0] != frame.index % 65536
                or len(frame.data) != ROWS * COLUMNS * 2
            ):
                raise SystemExit(f"frame {frame.index}: wrong content")
            received += 1
    elapsed = time.perf_counter() - started
    rss = peak_rss(process.pid)
    stop_server(process)
    assert received == frames
    print(
        f"  {received} frames in {elapsed:.1f} s ({size / MiB / elapsed:.0f} MiB/s),"
        f" first frame after {first_frame * 1000:.0f} ms"
    )
    print(
        f"  server peak RSS {rss / MiB:.0f} MiB (idle {before / MiB:.0f} MiB);"
        f" file / server peak = {size / rss:.1f}x"
    )
    incumbent, seconds = incumbent_rss(path)
    print(
        f"  incumbent (pydicom dcmread + PixelData): peak RSS {incumbent / MiB:.0f} MiB"
        f" in {seconds:.1f} s; incumbent / server peak = {incumbent / rss:.1f}x"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--frames-gib", type=float, default=1.0)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    bench_convert(args.clients, args.calls)
    bench_frames(args.frames_gib)
    print(
        "bench process peak RSS"
        f" {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
