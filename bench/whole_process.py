"""Whole processes, as users meet them: `dicomproto convert` and `to-dcm` against
programs running pydicom's DICOM JSON route (bench/json_route.py) over the same files.

Every command runs once to warm up (bytecode caches written, files in the page cache),
then ROUNDS times, the commands interleaved (their order rotated each round); the best
round of each counts, by wall clock and by CPU time (user + system of the process, which
other processes on a shared machine disturb less). Outputs go to fresh folders each run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
DICOMPROTO = [sys.executable, "-m", "dicomproto.cli"]
JSON_ROUTE = [sys.executable, str(BENCH / "json_route.py")]


@dataclass
class Command:
    """One program to time: its arguments (OUT is replaced by a fresh folder)."""

    name: str
    argv: list[str]
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def _environment() -> dict[str, str]:
    """The user's environment, with bytecode caches on (as an installed package has)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(command: Command, scratch: Path, env: dict[str, str]) -> tuple[float, float]:
    out = scratch / "out"
    shutil.rmtree(out, ignore_errors=True)
    argv = [str(out) if a == "OUT" else a for a in command.argv]
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{command.name} failed ({process.returncode}): {error.strip()[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(commands: list[Command], rounds: int, scratch: Path) -> None:
    """Warm-up, then `rounds` interleaved rounds of every command."""
    env = _environment()
    for command in commands:
        _run(command, scratch, env)
    for index in range(rounds):
        shift = index % len(commands)
        for command in commands[shift:] + commands[:shift]:
            wall, cpu = _run(command, scratch, env)
            command.wall.append(wall)
            command.cpu.append(cpu)


def _prepare(datas: list[tuple[str, bytes]], scratch: Path) -> dict[str, Path]:
    """The input folders: the corpus, its DICOM JSON, its .pb (typed and generic);
    and for the reverse routes the files that pydicom's from_json can rebuild."""
    import io
    import json
    import warnings

    import pydicom
    from pydicom.dataset import Dataset

    folders = {name: scratch / name for name in ("dcm", "json", "pb", "json_rev", "pb_rev")}
    for folder in folders.values():
        folder.mkdir()
    for name, data in datas:
        (folders["dcm"] / name).write_bytes(data)
    env = _environment()
    for argv in (
        [*JSON_ROUTE, "forward", str(folders["dcm"]), str(folders["json"])],
        [*DICOMPROTO, "convert", str(folders["dcm"]), "-o", str(folders["pb"]), "--jobs", "1"],
    ):
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    warnings.simplefilter("ignore")
    for name, _ in datas:
        text = (folders["json"] / f"{name}.json").read_text()
        try:  # the reverse incumbent must be able to rebuild and write the file
            ds = Dataset.from_json(json.loads(text))
            pydicom.dcmwrite(io.BytesIO(), ds, implicit_vr=False, little_endian=True)
        except Exception:
            continue
        shutil.copy(folders["json"] / f"{name}.json", folders["json_rev"])
        pb = name[: -len(".dcm")] if name.endswith(".dcm") else name
        shutil.copy(folders["pb"] / f"{pb}.pb", folders["pb_rev"])
    return folders


def run(datas: list[tuple[str, bytes]], rounds: int, small: bytes) -> dict[str, float]:
    """Times the whole-process routes over `datas` ((file name, Part 10 bytes)) and the
    start-up on `small`; prints the table and returns the ratios."""
    with tempfile.TemporaryDirectory(prefix="dicomproto-bench-") as temp:
        scratch = Path(temp)
        folders = _prepare(datas, scratch)
        (scratch / "small.dcm").write_bytes(small)
        (scratch / "one").mkdir()
        (scratch / "one" / "small.dcm").write_bytes(small)
        dcm, rev = str(folders["dcm"]), str(folders["json_rev"])
        reverse_count = len(list(folders["pb_rev"].iterdir()))
        commands = [
            Command(
                "JSON route: dcmread + to_json_dict + dumps", [*JSON_ROUTE, "forward", dcm, "OUT"]
            ),
            Command(
                "dicomproto convert --jobs 1", [*DICOMPROTO, "convert", dcm, "-o", "OUT", "-j", "1"]
            ),
            Command(
                "dicomproto convert --jobs 1 --generic",
                [*DICOMPROTO, "convert", dcm, "-o", "OUT", "-j", "1", "--generic"],
            ),
            Command(
                "JSON route: loads + from_json + dcmwrite", [*JSON_ROUTE, "reverse", rev, "OUT"]
            ),
            Command(
                "dicomproto to-dcm --jobs 1",
                [*DICOMPROTO, "to-dcm", str(folders["pb_rev"]), "-o", "OUT", "-j", "1"],
            ),
            Command("python -c 'import pydicom'", [sys.executable, "-c", "import pydicom"]),
            Command(
                "JSON route, one small file",
                [*JSON_ROUTE, "forward", str(scratch / "one"), "OUT"],
            ),
            Command(
                "dicomproto convert, one small file",
                [*DICOMPROTO, "convert", str(scratch / "small.dcm"), "-o", "OUT", "-j", "1"],
            ),
        ]
        measure(commands, rounds, scratch)
    best = {c.name: (min(c.wall), min(c.cpu)) for c in commands}
    print(
        f"\nwhole processes: {len(datas)} files ({reverse_count} for the reverse routes,"
        f" those pydicom's from_json rebuilds); best of {rounds} interleaved rounds"
    )
    print(f"  {'process':44s} {'wall s':>8s} {'cpu s':>8s}")
    for name, (wall, cpu) in best.items():
        print(f"  {name:44s} {wall:8.3f} {cpu:8.3f}")
    names = [c.name for c in commands]
    ratios = {}
    print("  ratios (incumbent / dicomproto; wall, and cpu):")
    for label, incumbent, ours in (
        ("convert (typed) vs JSON route", names[0], names[1]),
        ("convert --generic vs JSON route", names[0], names[2]),
        ("to-dcm vs JSON reverse route", names[3], names[4]),
        ("one small file vs JSON route", names[6], names[7]),
        ("one small file vs import pydicom", names[5], names[7]),
    ):
        wall = best[incumbent][0] / best[ours][0]
        cpu = best[incumbent][1] / best[ours][1]
        ratios[label] = wall
        print(f"    {label:40s} {wall:6.2f}x {cpu:6.2f}x")
    return ratios


def main(argv: list[str] | None = None) -> int:
    """Run on its own: `python bench/whole_process.py [--rounds N]` (the corpus)."""
    import argparse

    sys.path.insert(0, str(BENCH))
    from bench_convert import corpus_files, small_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    run(corpus_files(), args.rounds, small_file())
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
