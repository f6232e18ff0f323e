"""The *_pb2.pyi stubs as mypy-protobuf writes them, with the bodies that many message
classes repeat written once.

Thousands of attribute messages are alike but for their name and docstring (a single
string `value`, a repeated float and its text, ...), and so are the items of hundreds of
code sequences (the Code Sequence Macro's fields, comments included). Such classes share
a private base class that only type checkers see (`typing.type_check_only`): its body
is the one they all had, word for word, and each message keeps its own `final` class
with its own docstring. Type checkers see the same fields, constructor and methods for
every message; the stubs of attributes_pb2 and sequences_pb2 take about 60% and 30%
less room. A base is named by a digest of its body, so it keeps its name however the
schema grows around it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

MESSAGE_BASE = "(_message.Message):"
HIDDEN = "@_typing.type_check_only"


@dataclass(frozen=True, slots=True)
class _Class:
    """A top-level message class: decorator lines, its name, docstring lines, body."""

    decorators: tuple[str, ...]
    name: str
    docstring: tuple[str, ...]
    body: str  # what follows the docstring (and the blank line after it)
    text: str  # the whole class as written


def _docstring_end(lines: list[str], start: int) -> int:
    """The index after the docstring that starts at lines[start] (mypy-protobuf writes
    `\"\"\"text\"\"\"` on one line, or the closing quotes alone on the last line; quotes
    inside the text are escaped)."""
    first = lines[start].strip()
    if len(first) >= 6 and first.endswith('"""'):
        return start + 1
    end = start + 1
    while lines[end].strip() != '"""':
        end += 1
    return end + 1


def _parse(lines: list[str], start: int) -> tuple[_Class, int] | None:
    """The message class whose decorators start at lines[start], and the index after
    it; None when the block there is not a message class."""
    index = start
    while lines[index].startswith("@"):
        index += 1
    header = lines[index]
    if not (header.startswith("class ") and header.endswith(MESSAGE_BASE)):
        return None
    name = header[len("class ") : -len(MESSAGE_BASE)]
    index += 1
    docstring_start = index
    if index < len(lines) and lines[index].startswith('    """'):
        index = _docstring_end(lines, index)
    docstring = tuple(lines[docstring_start:index])
    body_start = index
    while index < len(lines) and (not lines[index] or lines[index].startswith(" ")):
        index += 1
    end = index
    while end > body_start and not lines[end - 1]:
        end -= 1  # blank lines after the class belong to the module
    while body_start < end and not lines[body_start]:
        body_start += 1  # the blank line after a docstring
    decorators = tuple(lines[start : docstring_start - 1])
    body = "\n".join(lines[body_start:end])
    return _Class(decorators, name, docstring, body, "\n".join(lines[start:end])), end


def share_bodies(text: str) -> str:
    """The stub `text` with every message class body that two or more classes have in
    common moved into one type-check-only base class, placed before the first of them."""
    lines = text.split("\n")
    blocks: list[str | _Class] = []  # module lines and message classes, in order
    index = 0
    while index < len(lines):
        parsed = _parse(lines, index) if lines[index].startswith("@") else None
        if parsed is None:
            blocks.append(lines[index])
            index += 1
            continue
        found, index = parsed
        blocks.append(found)
    counts: dict[str, int] = {}
    for block in blocks:
        if isinstance(block, _Class):
            counts[block.body] = counts.get(block.body, 0) + 1
    names: dict[str, str] = {}
    out: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block)
            continue
        if counts[block.body] < 2:
            out.append(block.text)
            continue
        base = names.get(block.body)
        if base is None:
            base = names[block.body] = _base_name(block.body, set(names.values()))
            out += [HIDDEN, f"class {base}{MESSAGE_BASE}", block.body, ""]
        out += [*block.decorators, f"class {block.name}({base}):"]
        out += block.docstring or ["    ..."]
    return "\n".join(out)


def _base_name(body: str, taken: set[str]) -> str:
    """`_Shape_` and the first hex digits of the body's SHA-256 that no other base has."""
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    length = 8
    while f"_Shape_{digest[:length]}" in taken:
        length += 1
    return f"_Shape_{digest[:length]}"
