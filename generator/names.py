"""Message names that never move.

A message is generated from keys that survive more input (an attribute's tag, a table's
xml:id, the table and sequence path that define a sequence's items). A key the
registry knows gets the name it was released with. A new key gets the first name of
its ladder of candidates (plain, then more and more qualified) that no released
message, built-in message or other new key wants: when two new keys want one name,
neither gets it, so the outcome does not depend on the order the input lists them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from .naming import file_name
from .numbering import Registry

# Kinds of message that one registry key space holds.
TABLE_KINDS = frozenset({"module", "macro"})


class Namer:
    """Hands out unique message names, released names first."""

    def __init__(
        self, registry: Registry, reserved: Iterable[str], reserved_files: Iterable[str]
    ) -> None:
        self.registry = registry
        # Every name released with its keys stays taken, whether or not a key is still
        # here (a format 1 registry has no keys: its names are found again by 0.1.0's rules).
        released = {name: r for name, r in registry.messages.items() if r.keys}
        self.taken: set[str] = set(reserved) | set(released)
        self.files: set[str] = set(reserved_files) | {
            file_name(name) for name, r in released.items() if r.kind in TABLE_KINDS | {"iod"}
        }

    def released(self, kinds: Iterable[str]) -> dict[str, str]:
        """key -> released name, for the messages of these kinds."""
        found: dict[str, str] = {}
        for kind in sorted(kinds):
            for key, name in self.registry.names_by_key(kind).items():
                found.setdefault(key, name)
        return found

    def free(self, name: str, suffixes: tuple[str, ...], own_file: bool) -> bool:
        names = [name + suffix for suffix in suffixes]
        if any(n in self.taken for n in names):
            return False
        return not own_file or file_name(name) not in self.files

    def take(self, name: str, suffixes: tuple[str, ...], own_file: bool) -> None:
        self.taken.update(name + suffix for suffix in suffixes)
        if own_file:
            self.files.add(file_name(name))

    def assign(
        self,
        kinds: Iterable[str],
        ladders: Mapping[str, list[str]],
        suffixes: tuple[str, ...] = ("",),
        own_file: bool = False,
    ) -> dict[str, str]:
        """key -> name for every key of `ladders` (key -> candidate names, most plain
        first). `suffixes`: names that come with each name ("Item" also takes "Items").
        `own_file`: the message gets a file named after it, which must be free too."""
        released = self.released(kinds)
        names: dict[str, str] = {}
        given: set[str] = set()
        for key in sorted(ladders):
            # A released name goes to one key (the first, if it was released for several).
            if key in released and released[key] not in given:
                names[key] = released[key]
                given.add(released[key])
        pending = sorted(key for key in ladders if key not in names)
        level = 0
        while pending:
            wanted: dict[str, list[str]] = defaultdict(list)
            for key in pending:
                ladder = ladders[key]
                if level < len(ladder):
                    wanted[ladder[level]].append(key)
            left = [key for key in pending if level >= len(ladders[key])]
            for candidate, keys in sorted(wanted.items()):
                if len(keys) == 1 and self.free(candidate, suffixes, own_file):
                    names[keys[0]] = candidate
                    self.take(candidate, suffixes, own_file)
                else:
                    left.extend(keys)
            pending = sorted(left)
            level += 1
            if pending and all(level >= len(ladders[key]) for key in pending):
                for key in pending:  # past every ladder: the last candidate with a number
                    base = ladders[key][-1]
                    number = 2
                    while not self.free(f"{base}{number}", suffixes, own_file):
                        number += 1
                    names[key] = f"{base}{number}"
                    self.take(names[key], suffixes, own_file)
                pending = []
        return names
