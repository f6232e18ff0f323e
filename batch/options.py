"""What a batch conversion does, as one frozen value that every engine and format reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class ConvertOptions:
    """Options of `dicomproto convert`, independent of the engine that runs it.

    `format` names an output format of `dicomproto.batch.formats`; `shard_size` is the
    number of records per output shard for the formats that group records (None: one
    shard per task); `format_options` carries the options only one format reads.
    """

    generic: bool = False
    salvage: bool = False
    bulk_data_threshold: int | None = None
    format: str = "pb"
    shard_size: int | None = None
    skip_non_dicom: bool = False
    format_options: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
