"""The work of one input file for `dicomproto validate` and `dicomproto deidentify`:
never raises for a bad input, always a result the command reports."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dicomproto.batch.tasks import describe

from .deidentify import Deidentifier
from .io import encode, read_inputs, write_output
from .model import Rules
from .validate import Report, validate_dataset


@dataclass(frozen=True)
class DeidentifySettings:
    """What every worker needs: where the rules come from, the options, the key."""

    rules: str | None
    options: tuple[str, ...]
    key: bytes


@dataclass
class FileResult:
    source: str
    error: str | None = None
    reports: list[tuple[str, Report]] = field(default_factory=list)
    outputs: int = 0


_RULES: dict[str | None, Rules] = {}
_DEIDENTIFIERS: dict[DeidentifySettings, Deidentifier] = {}


def rules_from(path: str | None) -> Rules:
    """The rules of a file (or the shipped ones), read once per process."""
    if path not in _RULES:
        _RULES[path] = Rules.load(path) if path else Rules.default()
    return _RULES[path]


def validate_file(rules_path: str | None, source: str) -> FileResult:
    """Validate every data set of one input."""
    result = FileResult(source)
    try:
        rules = rules_from(rules_path)
        for loaded in read_inputs(source):
            result.reports.append((loaded.name, validate_dataset(loaded.dataset, rules)))
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
        for loaded in read_inputs(source):
            deidentifier.deidentify(loaded.dataset)
            records.append(encode(loaded))
            stream = loaded.kind == "stream"
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        write_output(target, records, stream)
        result.outputs = len(records)
    except Exception as exc:
        if os.environ.get("DICOMPROTO_DEBUG"):
            raise
        result.error = describe(exc, source)
    return result
