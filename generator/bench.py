"""`make bench-generate`: time each stage of a full regeneration and its peak memory."""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from .cli import default_registry, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dicomproto.generator.bench")
    parser.add_argument("--standard", type=Path, required=True)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        report = generate(args.standard, Path(out), default_registry(Path(out)))
        total = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    parse = report.seconds["parse"]
    megabytes = report.input_bytes / 1e6
    print(f"input: {megabytes:.1f} MB of DocBook in {args.standard}")
    for stage, seconds in report.seconds.items():
        print(f"{stage:>8}: {seconds:6.2f} s")
    print(f"{'total':>8}: {total:6.2f} s (target: under 20 s)")
    print(f"parse throughput: {megabytes / parse:.1f} MB/s")
    print(f"peak memory (max RSS of this process): {peak_mib:.0f} MiB")
    print(", ".join(f"{v} {k}" for k, v in report.counts.items()))
    return 0 if total < 20 else 1


if __name__ == "__main__":
    sys.exit(main())
