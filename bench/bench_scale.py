"""`make bench-scale`: the Dask engine against the local process pool, as users run them.

Whole processes (`dicomproto convert ...`), the same inputs (the corpus, several times
over), best of `--repeat` runs: files/s with 1 and 2 Dask workers (the embedded
cluster, its start included) against the local pool with 1 and 2 jobs, measured in this
run. Then, in-process on one embedded cluster: the cluster's start, the scheduler's
rate for empty tasks (its limit), and the engine's overhead per file (a batch of files
per task). Ends with what a cluster of N machines would give and what limits it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from batch_helpers import command, corpus_folder  # noqa: E402


def timed_run(argv: list[str], out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run(command(*argv, "-o", str(out)), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1) or "Traceback" in done.stderr:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr}")
    return elapsed


def steady_rates(inputs: Path, out: Path) -> dict[str, float]:
    """files/s in this process with each engine already started (a first run warms the
    workers' imports and caches): the engine's cost without its start."""
    from dicomproto.batch.dask_engine import DaskEngine
    from dicomproto.batch.local import LocalEngine
    from dicomproto.batch.options import ConvertOptions
    from dicomproto.batch.runner import ConvertRun, convert

    files = sum(1 for p in inputs.rglob("*") if p.is_symlink())
    rates = {}
    engines = {
        "local pool, 1 job": lambda: LocalEngine(1),
        "local pool, 2 jobs": lambda: LocalEngine(2),
        "dask, 1 worker": lambda: DaskEngine(workers=1),
        "dask, 2 workers": lambda: DaskEngine(workers=2),
    }
    for name, make in engines.items():
        with make() as engine:
            best = float("inf")
            for _ in range(2):
                shutil.rmtree(out, ignore_errors=True)
                run = ConvertRun((str(inputs),), str(out), ConvertOptions())
                start = time.perf_counter()
                with open(os.devnull, "w") as sink:
                    saved = sys.stdout, sys.stderr
                    sys.stdout = sys.stderr = sink
                    try:
                        convert(run, engine)
                    finally:
                        sys.stdout, sys.stderr = saved
                best = min(best, time.perf_counter() - start)
        rates[name] = files / best
    return rates


def noop(batch: list[int]) -> int:
    return len(batch)


def scheduler_numbers(tasks: int, files_per_task: int) -> tuple[float, float, float]:
    """(cluster start seconds, empty tasks per second, engine seconds per file)."""
    import logging

    from distributed import Client, LocalCluster

    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter() - start
        client.gather(client.map(noop, [[0]] * 50, pure=False))  # warm
        begin = time.perf_counter()
        batches = [list(range(files_per_task))] * tasks
        client.gather(client.map(noop, batches, pure=False))
        elapsed = time.perf_counter() - begin
    return started, tasks / elapsed, elapsed / (tasks * files_per_task)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=4, help="corpus copies (244 files each)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per setting (best kept)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dicomproto-bench-scale-"))
    try:
        inputs = corpus_folder(work / "in", copies=args.copies)
        files = sum(1 for p in inputs.rglob("*") if p.is_symlink())
        size = sum(p.stat().st_size for p in inputs.rglob("*") if p.is_symlink())
        print(f"inputs: {files} files, {size / 1e6:.0f} MB (the corpus x{args.copies}), pb format")
        print("whole commands (`dicomproto convert ...`, engine start included):")
        settings = {
            "local pool, 1 job": ["convert", str(inputs), "-j", "1"],
            "local pool, 2 jobs": ["convert", str(inputs), "-j", "2"],
            "dask, 1 worker": ["convert", str(inputs), "--engine", "dask", "--workers", "1"],
            "dask, 2 workers": ["convert", str(inputs), "--engine", "dask", "--workers", "2"],
        }
        times: dict[str, list[float]] = {name: [] for name in settings}
        for _ in range(args.repeat):  # interleaved: a busy spell hits every setting alike
            for name, argv in settings.items():
                times[name].append(timed_run(argv, work / "out"))
        rates = {}
        for name, measured in times.items():
            rates[name] = files / min(measured)
            print(
                f"  {name:20s} {min(measured):6.2f} s  {rates[name]:7.1f} files/s (best of"
                f" {len(measured)})"
            )
        for workers in (1, 2):
            local = rates[f"local pool, {workers} job{'s' * (workers > 1)}"]
            dask = rates[f"dask, {workers} worker{'s' * (workers > 1)}"]
            print(f"  dask / local with {workers}: {dask / local:.2f}x")
        local_scaling = rates["local pool, 2 jobs"] / rates["local pool, 1 job"]
        dask_scaling = rates["dask, 2 workers"] / rates["dask, 1 worker"]
        print(f"  2 / 1 workers: local {local_scaling:.2f}x, dask {dask_scaling:.2f}x")

        print("engines already started (in this process, best of 2 after a first run):")
        steady = steady_rates(inputs, work / "out")
        for name, rate in steady.items():
            print(f"  {name:20s} {rate:7.1f} files/s")
        for workers in (1, 2):
            local = steady[f"local pool, {workers} job{'s' * (workers > 1)}"]
            dask = steady[f"dask, {workers} worker{'s' * (workers > 1)}"]
            print(f"  dask / local with {workers}: {dask / local:.2f}x")

        from dicomproto.batch.sharding import MAX_BATCH_FILES

        started, task_rate, per_file = scheduler_numbers(2000, MAX_BATCH_FILES)
        conversion = 1 / rates["local pool, 1 job"]
        print(f"embedded cluster start: {started:.2f} s")
        print(f"scheduler: {task_rate:,.0f} empty tasks/s (2 workers on this machine)")
        print(
            f"engine overhead: {per_file * 1e6:.1f} us per file at {MAX_BATCH_FILES} files"
            f" per task, {per_file / conversion * 100:.2f}% of a file's conversion"
            f" ({conversion * 1e3:.1f} ms)"
        )
        per_core = steady["dask, 1 worker"]
        print(
            "a cluster of N machines of C cores: about N x C x"
            f" {per_core:.0f} files/s (this machine's rate per worker) until a limit is hit:\n"
            f"  scheduler: {task_rate:,.0f} tasks/s here x {MAX_BATCH_FILES} files per task ="
            f" {task_rate * MAX_BATCH_FILES:,.0f} files/s (one scheduler, whatever N);\n"
            "  object storage: one GET per input and one PUT per .pb (a PUT per shard with"
            " --stream --shard-size), within the store's request rate per prefix;\n"
            "  manifest: rows come back to the client (a few hundred bytes per input) and one"
            " Parquet file is written at the end."
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
