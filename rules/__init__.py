"""The standard as rules: IOD validation and PS3.15 de-identification.

    from dicomproto.rules import validate, deidentify, Rules

    report = validate(dataset_or_message)         # a Report: findings, errors, json()
    print("\\n".join(f.line() for f in report.findings))

The rules come from the data the generator ships (dicomproto/v1/rules.json): no lxml,
no DocBook at run time. `Rules.load(path)` reads rules generated from another edition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Rules, RulesError
from .validate import ERROR, NOT_EVALUATED, WARNING, Finding, Report, validate_dataset

if TYPE_CHECKING:
    from google.protobuf.message import Message
    from pydicom.dataset import Dataset

__all__ = [
    "ERROR",
    "NOT_EVALUATED",
    "WARNING",
    "Finding",
    "Report",
    "Rules",
    "RulesError",
    "as_dataset",
    "validate",
    "validate_dataset",
]


def as_dataset(obj: Dataset | Message) -> Dataset:
    """A pydicom Dataset for a Dataset (itself) or a dicomproto message."""
    from google.protobuf.message import Message

    if isinstance(obj, Message):
        from dicomproto.converters import from_proto

        return from_proto(obj)
    return obj


def validate(obj: Dataset | Message, rules: Rules | None = None) -> Report:
    """Validate a pydicom Dataset or a dicomproto message (typed or generic)."""
    return validate_dataset(as_dataset(obj), rules)
