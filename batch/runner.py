"""The batch runner: plan, run the tasks on an engine, report, write the manifest.

One runner for every engine and every output format: the engine only runs task
functions (`tasks.run_shard`, `tasks.to_dicom`) and hands back their results; the
format only writes shards. Everything that can be checked before the first task runs
is checked first (the output format, the destination, colliding output names), so an
unusable destination is one early error, not one error per input.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from dicomproto.converters.storage import remove_temporaries

from . import locations, manifest, resume, sharding
from .formats import output_format
from .inputs import BULK_DATA_NAME, DICOM_SUFFIXES, Input, find_collisions, find_inputs
from .inputs import output_name as mirrored_name
from .manifest import OK, Row
from .options import ConvertOptions
from .protobuf_formats import STREAM_SUFFIX
from .summary import Summary
from .tasks import RestoreResult, RestoreTask, ShardResult, ShardTask, run_shard, to_dicom


class RunError(Exception):
    """A problem found before any input was converted: one line, exit status 1."""


class Engine(Protocol):
    name: str
    workers: int
    stop_event: str | None

    def run(
        self, function: Any, tasks: list[Any], failed: Callable[[Any, str], Any]
    ) -> Iterator[Any]: ...

    def describe(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class ConvertRun:
    """What `dicomproto convert` was asked to do.

    `manifest` is where the manifest goes (None: no manifest); `resume` continues an
    earlier run into the same folder; `overwrite` replaces the shards of one.
    """

    sources: tuple[str, ...]
    dest: str
    options: ConvertOptions
    manifest: str | None = None
    resume: bool = False
    overwrite: bool = False


def single_output_file(run: ConvertRun) -> bool:
    """Whether DEST names the one output file: one input file and a DEST ending in .pb
    (the pb format), or a DEST ending in .pbs without --shard-size (streams)."""
    dest = run.dest.lower()
    if run.options.format == "pb":
        one_file = len(run.sources) == 1 and locations.kind(run.sources[0]) == "file"
        return one_file and dest.endswith(".pb")
    return (
        run.options.format == "stream"
        and run.options.shard_size is None
        and dest.endswith(STREAM_SUFFIX)
    )


def check_format(options: ConvertOptions) -> None:
    """The format exists, its dependencies import, and it takes the options given;
    RunError (one line) otherwise."""
    try:
        fmt = output_format(options.format)
    except (ValueError, ImportError, AttributeError) as exc:
        raise RunError(str(exc)) from None
    check = getattr(fmt, "check_options", None)
    if check is None:
        if options.format_options:
            key = sorted(options.format_options)[0]
            raise RunError(f"--format-option {key}: the {options.format} format takes no options")
        return
    try:
        check(options.format_options)
    except ValueError as exc:
        raise RunError(f"--format-option: {exc}") from None


def _prepare(folder: str) -> None:
    try:
        locations.prepare_folder(folder)
    except OSError as exc:
        raise RunError(str(exc)) from None


def _earlier_output(run: ConvertRun) -> list[str]:
    """Shards and state of an earlier run in DEST (for the formats that shard)."""
    names = locations.list_folder(run.dest)
    found = [n for n in resume.output_files(run.dest) if resume.shard_of(n) is not None]
    if manifest.MANIFEST_NAME in names:
        found.append(manifest.MANIFEST_NAME)
    elif run.manifest and locations.exists(run.manifest):
        found.append(locations.name(run.manifest))
    if locations.list_folder(locations.join(run.dest, manifest.PARTS_FOLDER)):
        found.append(manifest.PARTS_FOLDER)
    return found


@dataclass(frozen=True, slots=True)
class Plan:
    """A run checked and its inputs found, ready for an engine."""

    run: ConvertRun
    single: bool
    folder: str
    inputs: tuple[Input, ...]
    missing: tuple[str, ...]


def prepare(run: ConvertRun, engine_name: str = "local") -> Plan:
    """Check everything that can be checked before converting (the format, the
    destination, the options that go together) and find the inputs; RunError with one
    line naming the problem otherwise."""
    check_format(run.options)
    if run.manifest is not None or run.resume:
        try:
            manifest.require_pyarrow()
        except ImportError as exc:
            raise RunError(str(exc)) from None
    single = single_output_file(run)
    if single and engine_name != "local" and run.options.format != "pb":
        raise RunError(
            f"{run.dest}: one stream file is written by this process alone; with --engine"
            f" {engine_name} give --shard-size N and a folder, whose shards the workers write"
        )
    if run.resume and single:
        raise RunError(f"{run.dest}: --resume needs a folder as output")
    try:
        if single and locations.kind(run.dest) == "folder":
            raise RunError(f"{run.dest}: is a folder, not a file")
        folder = locations.parent(run.dest) if single else run.dest
        inputs, missing = find_inputs(run.sources, exclude=None if single else run.dest)
        if inputs:
            _prepare(folder)
    except OSError as exc:  # listing object storage: no such bucket, no access
        raise RunError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
    if engine_name != "local":  # workers elsewhere, in other folders: absolute paths
        inputs = [replace(i, location=locations.absolute(i.location)) for i in inputs]
        folder = locations.absolute(folder)
        run = replace(run, dest=locations.absolute(run.dest))
        if run.manifest is not None:
            run = replace(run, manifest=locations.absolute(run.manifest))
    return Plan(run, single, folder, tuple(inputs), tuple(missing))


def convert(run: ConvertRun, engine: Engine) -> int:
    """Prepare and execute a run (see `prepare` and `execute`)."""
    return execute(prepare(run, engine.name), engine)


def execute(plan: Plan, engine: Engine) -> int:
    """Run the conversion; the exit status (0 all converted, 1 some failed). Raises
    Interrupted when stopped by a signal, after cleaning up."""
    summary = Summary(len(plan.inputs) + len(plan.missing))
    try:
        return _convert(
            plan.run,
            engine,
            plan.single,
            plan.folder,
            list(plan.inputs),
            list(plan.missing),
            summary,
        )
    finally:
        summary.close()


def _convert(
    run: ConvertRun,
    engine: Engine,
    single: bool,
    folder: str,
    inputs: list[Input],
    missing: list[str],
    summary: Summary,
) -> int:
    for line in missing:
        summary.error(line)
    one_per_input = run.options.format == "pb"
    options = run.options
    if one_per_input and single:
        options = replace(
            options,
            format_options={**options.format_options, "file_name": locations.name(run.dest)},
        )
    elif one_per_input:
        inputs, collisions = find_collisions(
            inputs, lambda r: mirrored_name(r, DICOM_SUFFIXES, ".pb")
        )
        for line in collisions:
            summary.error(line)

    previous = resume.Previous()
    if not single:
        if run.resume:
            previous = resume.load(run.dest, run.manifest or "", one_per_input)
        elif not one_per_input and (earlier := _earlier_output(run)):
            if not run.overwrite:
                raise RunError(
                    f"{run.dest}: holds the output of an earlier run ({', '.join(earlier[:3])}"
                    f"{', ...' if len(earlier) > 3 else ''}): --resume continues it,"
                    " --overwrite replaces it"
                )
            locations.remove(resume.unreferenced_shards(run.dest, {}))
            locations.remove([locations.join(run.dest, manifest.MANIFEST_NAME)])
            manifest.remove_parts(run.dest)
    todo = [item for item in inputs if item.location not in previous.done]
    if previous.done:
        summary.bar.update(len(inputs) - len(todo))
        summary.note(f"resuming: {len(inputs) - len(todo)} of {len(inputs)} inputs already done")
    if dashboard := engine.describe():
        summary.note(dashboard)

    if one_per_input:
        groups = sharding.batches(todo, engine.workers)
    else:
        fmt = output_format(options.format)
        default = getattr(fmt, "default_shard_size", sharding.default_shard_size)
        size = options.shard_size or default(len(todo), engine.workers)
        groups = (
            sharding.shards(todo, size) if not single else sharding.batches(todo, engine.workers)
        )
    funnel = single and not one_per_input
    tasks = [
        ShardTask(
            sharding.shard_name(previous.next_index + index),
            tuple(group),
            folder,
            options,
            write_manifest_part=run.manifest is not None and not single,
            stop_event=engine.stop_event,
            funnel=funnel,
            digest=run.manifest is not None,
        )
        for index, group in enumerate(groups)
    ]

    rows: dict[str, Row] = {}
    writer = None
    if funnel:
        stem = locations.name(run.dest)[: -len(STREAM_SUFFIX)]
        writer = output_format(options.format).open_shard(folder, stem, options)
    results = engine.run(run_shard, tasks, _shard_failed)
    try:
        waiting: dict[int, ShardResult] = {}
        order = {task.name: index for index, task in enumerate(tasks)}
        next_to_write = 0
        for result in results:
            if writer is None:
                _report(result.rows, rows, summary)
                continue
            waiting[order[result.name]] = result
            while next_to_write in waiting:  # one file, in input order
                _report(_write_funnelled(waiting.pop(next_to_write), writer, run), rows, summary)
                next_to_write += 1
        if writer is not None:
            writer.commit()
    except BaseException:
        if writer is not None:
            writer.abort()
        getattr(results, "close", lambda: None)()  # stops the engine's workers first
        if engine.name == "local":  # its workers are gone: sweep what a killed one left
            with contextlib.suppress(OSError):
                _remove_temporaries(folder, todo if one_per_input else [])
        raise
    getattr(results, "close", lambda: None)()
    _remove_temporaries(folder, todo if one_per_input else [])

    if run.manifest is not None:
        final = {**previous.done, **rows}
        manifest.write(run.manifest, [final[s] for s in sorted(final)])
        if not single:
            manifest.remove_parts(run.dest)
            if not one_per_input:
                locations.remove(resume.unreferenced_shards(run.dest, final))
    if summary.done == 0 and summary.failed == 0 and not previous.done:
        if summary.skipped:
            summary.note(f"warning: no DICOM files among the {summary.skipped} inputs found")
        else:
            summary.note(f"warning: no input files found in {', '.join(run.sources)}")
    return summary.finish("converted")


def _remove_temporaries(folder: str, outputs: list[Input]) -> None:
    """After every task ended: the temporary files of workers killed outright (their
    tasks ran again elsewhere) in the output folders, so none is left behind."""
    if locations.is_url(folder):
        return  # object storage is written whole, without temporary files
    folders = {Path(folder), Path(folder, manifest.PARTS_FOLDER)}
    folders.update(
        Path(folder, mirrored_name(i.relative, DICOM_SUFFIXES, ".pb")).parent for i in outputs
    )
    for path in sorted(folders):
        remove_temporaries(path)


def _shard_failed(task: ShardTask, reason: str) -> ShardResult:
    rows = tuple(
        Row(
            item.location,
            item.relative,
            item.size,
            status="failed",
            task=task.name,
            error=f"{item.location}: not converted: {reason}",
        )
        for item in task.inputs
    )
    return ShardResult(task.name, rows)


def _restore_failed(task: RestoreTask, reason: str) -> RestoreResult:
    return RestoreResult(task.source, error=f"{task.source}: not converted: {reason}")


def _report(result_rows: tuple[Row, ...], rows: dict[str, Row], summary: Summary) -> None:
    for row in result_rows:
        rows[row.source] = row
        summary.row(row)


def _write_funnelled(result: ShardResult, writer: Any, run: ConvertRun) -> tuple[Row, ...]:
    """Write the records a funnel task returned; its rows with their record index."""
    from dicomproto.converters.errors import ConversionError

    from .tasks import describe

    out = []
    records = iter(result.records)
    shard = locations.name(run.dest)
    for row in result.rows:
        if row.record is None or row.status != OK:
            out.append(row)
            continue
        message = next(records)
        try:
            out.append(replace(row, shard=shard, record=writer.write(row.relative, message)))
        except ConversionError as exc:
            out.append(replace(row, status="failed", error=describe(exc, row.source), record=None))
    return tuple(out)


# ------------------------------------------------------------------ to-dcm


def restore(sources: list[str], dest: str, engine: Engine, use_source_paths: bool = True) -> int:
    """.pb files and streams -> DICOM files under `dest` (see cli/to_dcm.py)."""
    single = (
        len(sources) == 1 and locations.kind(sources[0]) == "file" and dest.lower().endswith(".dcm")
    )
    if any(locations.is_url(s) for s in [*sources, dest]):
        raise RunError("to-dcm reads and writes local files only")
    _prepare(str(Path(dest).parent) if single else dest)

    def skip(relative: str) -> bool:
        return bool(BULK_DATA_NAME.search(relative)) or relative == manifest.MANIFEST_NAME

    inputs, missing = find_inputs(sources, exclude=None if single else dest, skip_name=skip)
    summary = Summary(len(inputs) + len(missing), unit="input")
    try:
        for line in missing:
            summary.error(line)
        tasks = []
        for item in inputs:
            if single:
                tasks.append(RestoreTask(item.location, str(Path(dest).parent), dest, False))
                continue
            relative = item.relative
            target = (
                relative.removesuffix(STREAM_SUFFIX)
                if relative.lower().endswith(STREAM_SUFFIX)
                else mirrored_name(relative, (".pb",), ".dcm")
            )
            tasks.append(
                RestoreTask(item.location, dest, str(Path(dest, target)), use_source_paths)
            )
        written: dict[str, str] = {}
        results = engine.run(to_dicom, tasks, _restore_failed)
        try:
            for result in results:
                _report_restore(result, written, summary)
        finally:
            getattr(results, "close", lambda: None)()
        targets = {task.target for task in tasks}  # a stream's target is a folder
        for target_folder in sorted(targets | {os.path.dirname(t) for t in targets}):
            remove_temporaries(target_folder)
        if not inputs and not missing:
            summary.note(f"warning: no input files found in {', '.join(sources)}")
        return summary.finish("converted")
    finally:
        summary.close()


def _report_restore(result: RestoreResult, written: dict[str, str], summary: Summary) -> None:
    summary.bar.update(1)
    if result.error is not None:
        summary.error(result.error)
        return
    for target in result.written:
        if target in written:
            summary.error(f"{result.source}: restored {target}, which {written[target]} also did")
        written[target] = result.source
    summary.done += len(result.written)
