"""What a batch conversion does, as one frozen value that every engine and format reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True, slots=True)
class ConvertOptions:
    """Options of `dicomproto convert`, independent of the engine that runs it.

    `format` names an output format of `dicomproto.batch.formats`; `shard_size` is the
    number of records per output shard for the formats that group records (None: the
    runner's default); `skip_non_dicom` turns inputs that are not DICOM (told by content)
    into "skipped" instead of failures; `format_options` carries the options only one
    format reads (read-only; the pb format reads "file_name", the one output file's name).
    Options are pickled to worker processes and Dask workers.
    """

    generic: bool = False
    salvage: bool = False
    bulk_data_threshold: int | None = None
    format: str = "pb"
    shard_size: int | None = None
    skip_non_dicom: bool = False
    format_options: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "format_options", MappingProxyType(dict(self.format_options)))

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["format_options"] = dict(self.format_options)
        return (_rebuild, (values,))


def _rebuild(values: dict[str, Any]) -> ConvertOptions:
    return ConvertOptions(**values)
