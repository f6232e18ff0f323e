"""The work of one input file for `dicomproto validate` and `dicomproto deidentify`:
never raises for a bad input, always a result the command reports."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from dicomproto.batch.tasks import describe

from .deidentify import Deidentifier
from .io import NotDicom, encode, read_inputs, write_output
from .model import Rules
from .validate import Report, validate_dataset


@dataclass(frozen=True)
class DeidentifySettings:
    """What every worker needs: where the rules come from, the options, the key."""

    rules: str | None
    options: tuple[str, ...]
    key: bytes
    skip_non_dicom: bool = False


@dataclass
class FileResult:
    source: str
    error: str | None = None
    reports: list[tuple[str, Report]] = field(default_factory=list)
    outputs: int = 0
    skipped: bool = False  # not DICOM, and asked to skip such inputs


_RULES: dict[str | None, Rules] = {}
_DEIDENTIFIERS: dict[DeidentifySettings, Deidentifier] = {}


def rules_from(path: str | None) -> Rules:
    """The rules of a file (or the shipped ones), read once per process."""
    if path not in _RULES:
        _RULES[path] = Rules.load(path) if path else Rules.default()
    return _RULES[path]


@dataclass(frozen=True)
class ValidateSettings:
    rules: str | None
    skip_non_dicom: bool = False


def validate_file(settings: ValidateSettings, source: str) -> FileResult:
    """Validate every data set of one input."""
    result = FileResult(source)
    try:
        rules = rules_from(settings.rules)
        for loaded in read_inputs(source, settings.skip_non_dicom):
            result.reports.append((loaded.name, validate_dataset(loaded.dataset, rules)))
    except NotDicom:
        result.skipped = True
    except Exception as exc:  # every failure is reported, never raised
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        result.error = describe(exc, source)
    return result


def deidentify_file(settings: DeidentifySettings, pair: tuple[str, str]) -> FileResult:
    """De-identify one input into its output (a stream stays one stream)."""
    source, target = pair
    result = FileResult(source)
    try:
        deidentifier = _DEIDENTIFIERS.get(settings)
        if deidentifier is None:
            deidentifier = Deidentifier(rules_from(settings.rules), settings.options, settings.key)
            _DEIDENTIFIERS[settings] = deidentifier
        records = []
        stream = False
        for loaded in read_inputs(source, settings.skip_non_dicom):
            deidentifier.deidentify(loaded.dataset)
            records.append(encode(loaded))
            stream = loaded.kind == "stream"
        write_output(target, records, stream)
        result.outputs = len(records)
    except NotDicom:
        result.skipped = True
    except Exception as exc:
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        result.error = describe(exc, source)
    return result


def _died(task: Any, reason: str) -> FileResult:
    source = task if isinstance(task, str) else task[0]
    return FileResult(source, error=f"{source}: {reason}")


def run_files(
    function: Callable[[Any], FileResult], tasks: list[Any], jobs: int
) -> Iterator[FileResult]:
    """`function(task)` for every task (a source, or a (source, target) pair) on the
    local engine, in task order; an input whose worker process died twice is a failure
    of that input (as in `convert`), never the end of the run."""
    from dicomproto.batch.local import run_tasks

    results = run_tasks(function, tasks, jobs, _died)
    try:
        yield from results
    finally:
        results.close()  # the workers are gone: sweep what one killed outright left
        from dicomproto.converters.storage import remove_temporaries

        for folder in sorted({os.path.dirname(t[1]) for t in tasks if not isinstance(t, str)}):
            with contextlib.suppress(OSError):
                remove_temporaries(folder)
