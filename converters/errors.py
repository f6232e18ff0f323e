"""The one error type the converters raise for bad input."""

from __future__ import annotations

from .dictionary import keyword


def first_line(exc: BaseException | str) -> str:
    """The first line of an error's text (its type name when it has none)."""
    text = str(exc).strip()
    if text:
        return text.splitlines()[0]
    return type(exc).__name__ if isinstance(exc, BaseException) else ""


def describe_tag(tag: int, vr: str | None = None) -> str:
    """'(0010,0010) PatientName PN' for an element; keyword and VR when known."""
    text = f"({tag >> 16:04X},{tag & 0xFFFF:04X})"
    name = keyword(tag) if tag & 0x00010000 == 0 else ""
    if name:
        text += f" {name}"
    elif tag >> 16 & 1:
        text += " (private)"
    if vr:
        text += f" {vr}"
    return text


class ConversionError(ValueError):
    """Input that cannot be converted, named by file and element.

    `where` lists the elements leading to the problem, outermost first, e.g.
    ``["(0008,1115) ReferencedSeriesSequence[0]", "(0008,1155) ... UI"]``.
    """

    def __init__(self, reason: str, *, path: str | None = None, where: list[str] | None = None):
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.where: list[str] = list(where or [])
        self.tags: list[int] = []  # the tags of `where`, outermost first

    @classmethod
    def at_element(
        cls, reason: str, tag: int, vr: str | None = None, item: int | None = None
    ) -> ConversionError:
        """An error for one element (or one item of a sequence element)."""
        location = describe_tag(tag, None if item is not None else vr)
        if item is not None:
            location += f"[{item}]"
        error = cls(reason, where=[location])
        error.tags.append(tag)
        return error

    def inside(self, tag: int, vr: str | None, item: int | None) -> ConversionError:
        """This error, one sequence level further out."""
        location = describe_tag(tag, None if item is not None else vr)
        location += f"[{item}]" if item is not None else ""
        self.where.insert(0, location)
        self.tags.insert(0, tag)
        return self

    def in_file(self, path: str) -> ConversionError:
        """This error, naming the file it came from."""
        if self.path is None:
            self.path = path
        return self

    def __str__(self) -> str:
        parts = [self.path] if self.path else []
        if self.where:
            parts.append(" > ".join(self.where))
        parts.append(self.reason)
        return ": ".join(parts)
