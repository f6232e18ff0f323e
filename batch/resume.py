"""What an earlier run into the same output folder finished, for `--resume`.

An input is done when the manifest (or a task's manifest part, for an interrupted run)
says it was converted or skipped and the output that holds it is there. Shards that no
manifest row refers to were published by a task that never finished (its manifest part
is missing): they are removed, so that every input ends in the outputs exactly once.
Shard files are known by their shard name ("part-00017", anywhere under the output
folder: formats may write a shard as several files, in subfolders).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import locations, manifest
from .manifest import OK, SKIPPED, Row
from .sharding import shard_index


@dataclass
class Previous:
    """The finished inputs of earlier runs (by source) and where numbering goes on."""

    done: dict[str, Row] = field(default_factory=dict)
    next_index: int = 0
    removed: list[str] = field(default_factory=list)


def earlier_rows(dest: str, manifest_location: str) -> dict[str, Row]:
    """Rows of the manifest and of any manifest parts (newer, so they win), by source."""
    rows: dict[str, Row] = {}
    if locations.exists(manifest_location):
        rows.update((r.source, r) for r in manifest.read(manifest_location))
    for part in manifest.read_parts(dest).values():
        rows.update((r.source, r) for r in part)
    return rows


def output_files(dest: str) -> set[str]:
    """Every output file under `dest`, relative to it (the state folder is hidden)."""
    return {relative for _, relative, _ in locations.walk_files(dest)}


def shard_of(relative: str) -> int | None:
    """The shard index of an output file (its name starts with "part-NNNNN")."""
    return shard_index(relative.rpartition("/")[2])


def unreferenced_shards(dest: str, rows: dict[str, Row]) -> list[str]:
    """Shard files under `dest` (bulk data files included) that no ok row refers to."""
    kept = {shard_of(r.shard or "") for r in rows.values() if r.status == OK}
    return [
        locations.join(dest, relative)
        for relative in sorted(output_files(dest))
        if shard_of(relative) is not None and shard_of(relative) not in kept
    ]


def load(dest: str, manifest_location: str, one_per_input: bool) -> Previous:
    """What is done; removes orphaned shards (see the module docstring)."""
    rows = earlier_rows(dest, manifest_location)
    present = output_files(dest)
    shards_present = {shard_of(name) for name in present} - {None}

    def there(row: Row) -> bool:
        if not row.shard:
            return False
        if one_per_input:
            return row.shard in present
        return shard_of(row.shard) in shards_present

    done = {
        source: row
        for source, row in rows.items()
        if row.status == SKIPPED or (row.status == OK and there(row))
    }
    previous = Previous(done=done)
    if not one_per_input:
        previous.removed = unreferenced_shards(dest, done)
        locations.remove(previous.removed)
    numbers = [shard_index(r.task or "") for r in rows.values()]
    numbers += [shard_of(name) for name in present]
    numbers += [shard_index(name) for name in manifest.read_parts(dest)]
    known = [n for n in numbers if n is not None]
    previous.next_index = max(known) + 1 if known else 0
    return previous
