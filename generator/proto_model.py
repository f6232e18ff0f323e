"""The schema to render: proto files, messages and fields, frozen, no formatting."""

from __future__ import annotations

from dataclasses import dataclass

OptionValue = int | str | bool | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Option:
    """A custom option such as (dicomproto.v1.attribute) = {tag: 0x00100010, ...}."""

    name: str
    values: tuple[tuple[str, OptionValue], ...]


@dataclass(frozen=True, slots=True)
class ProtoField:
    name: str
    type: str
    label: str = ""  # "", "optional" or "repeated"
    number: int = 0
    options: tuple[Option, ...] = ()
    deprecated: bool = False
    comments: tuple[str, ...] = ()
    key: str = ""  # what the field stands for: a tag "(0010,0010)", a table id; else its name

    @property
    def stable_key(self) -> str:
        return self.key or self.name


@dataclass(frozen=True, slots=True)
class ProtoMessage:
    name: str
    kind: str  # attribute, item, items, module, macro, iod
    fields: tuple[ProtoField, ...]
    options: tuple[Option, ...] = ()
    deprecated: bool = False
    comments: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()  # the stable identities the message was generated from
    title: str = ""  # table and IOD messages: the PS3.3 name and section
    section: str = ""


@dataclass(frozen=True, slots=True)
class ProtoFile:
    name: str
    messages: tuple[ProtoMessage, ...]
    imports: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Schema:
    files: tuple[ProtoFile, ...]
    sop_classes: tuple[tuple[str, str], ...]  # (SOP Class UID, IOD message name)
    united: tuple[str, ...] = ()  # item messages holding several contents (see build.py)
