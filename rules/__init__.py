"""The standard as rules: IOD validation and PS3.15 de-identification.

    from dicomproto.rules import validate, deidentify, Rules

    report = validate(dataset_or_message)         # a Report: findings, errors, json()
    print("\\n".join(f.line() for f in report.findings))

The rules come from the data the generator ships (dicomproto/v1/rules.json.gz): no lxml,
no DocBook at run time. `Rules.load(path)` reads rules generated from another edition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .deidentify import Deidentifier, DeidentifyError, Outcome, deidentify_dataset
from .model import Rules, RulesError
from .validate import ERROR, NOT_EVALUATED, WARNING, Finding, Report, validate_dataset

if TYPE_CHECKING:
    from google.protobuf.message import Message
    from pydicom.dataset import Dataset

__all__ = [
    "ERROR",
    "NOT_EVALUATED",
    "WARNING",
    "Deidentifier",
    "DeidentifyError",
    "Finding",
    "Outcome",
    "Report",
    "Rules",
    "RulesError",
    "as_dataset",
    "deidentify",
    "deidentify_dataset",
    "deidentify_message",
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


def deidentify(
    obj: Dataset | Message,
    rules: Rules | None = None,
    options: tuple[str, ...] = (),
    key: bytes | None = None,
) -> Dataset | Message:
    """De-identify a pydicom Dataset (in place, returned) or a dicomproto message (a new
    message of the same kind: typed stays typed, generic stays generic)."""
    from google.protobuf.message import Message

    deidentifier = Deidentifier(rules, options, key)
    if not isinstance(obj, Message):
        deidentifier.deidentify(obj)
        return obj
    return deidentify_message(obj, deidentifier)


def deidentify_message(message: Message, deidentifier: Deidentifier) -> Message:
    """A de-identified copy of a dicomproto message, of the same kind."""
    from dicomproto.converters import from_proto, to_proto
    from dicomproto.v1 import dataset_pb2

    ds = from_proto(message)
    deidentifier.deidentify(ds)
    return to_proto(ds, generic=isinstance(message, dataset_pb2.DataSet))


def validate(obj: Dataset | Message, rules: Rules | None = None) -> Report:
    """Validate a pydicom Dataset or a dicomproto message (typed or generic)."""
    return validate_dataset(as_dataset(obj), rules)
