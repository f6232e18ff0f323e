"""Helpers for the export tests: the converted corpus, once per test session."""

from __future__ import annotations

import warnings
from functools import cache
from pathlib import Path

from converter_helpers import corpus_paths
from google.protobuf.message import Message

from dicomproto.converters import ConversionError, dicom_from_bytes, to_proto


@cache
def corpus_messages(generic: bool = False) -> tuple[tuple[str, Message], ...]:
    """(path, message) of every corpus file the converters take: typed by default (the
    IOD message where the schema has one), or with `generic` the schema-free DataSet."""
    found = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in corpus_paths():
            try:
                ds = dicom_from_bytes(path.read_bytes(), str(path))
                found.append((str(path), to_proto(ds, generic=generic)))
            except ConversionError:
                continue
    return tuple(found)


def shards(items: tuple[tuple[str, Message], ...], size: int) -> list[list[tuple[str, Message]]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())
