"""Inputs grouped into tasks: shards of a fixed number of records, or batches of files.

Dask spends about a millisecond on every task and starts slowly with many thousands of
them, so small files go many to a task. Names are deterministic ("part-00017"): the
same task writes the same shard in every attempt.
"""

from __future__ import annotations

import math
import re

from .inputs import Input

SHARD_NAME = re.compile(r"^part-(\d+)(?=\.|$)")
DEFAULT_SHARD_SIZE = 1000
MAX_BATCH_FILES = 64
MAX_BATCH_BYTES = 256 << 20
TASKS_PER_WORKER = 4


def shard_name(index: int) -> str:
    return f"part-{index:05d}"


def shard_index(name: str) -> int | None:
    """17 for "part-00017" or "part-00017.pbs"; None for other names."""
    match = SHARD_NAME.match(name)
    return int(match.group(1)) if match else None


def default_shard_size(total: int, workers: int) -> int:
    """Records per shard when none is given: at most DEFAULT_SHARD_SIZE, and small enough
    that every worker gets a few shards."""
    return max(1, min(DEFAULT_SHARD_SIZE, math.ceil(total / (workers * TASKS_PER_WORKER))))


def shards(inputs: list[Input], size: int) -> list[list[Input]]:
    """Consecutive groups of `size` inputs (the last may be smaller)."""
    return [inputs[start : start + size] for start in range(0, len(inputs), size)]


def batches(inputs: list[Input], workers: int) -> list[list[Input]]:
    """Groups of consecutive inputs for the one-file-per-input format: a few per worker,
    at most MAX_BATCH_FILES files and (past the first file) MAX_BATCH_BYTES bytes each."""
    if not inputs:
        return []
    per_task = max(1, min(MAX_BATCH_FILES, math.ceil(len(inputs) / (workers * TASKS_PER_WORKER))))
    groups: list[list[Input]] = [[]]
    size = 0
    for item in inputs:
        current = groups[-1]
        if current and (len(current) >= per_task or size + item.size > MAX_BATCH_BYTES):
            groups.append([])
            size = 0
        groups[-1].append(item)
        size += item.size
    return groups
