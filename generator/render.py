"""Render the schema to .proto text (and the small generated Python index) with Jinja2."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import jinja2

from . import __version__
from .build import PACKAGE
from .model import VRS, Edition
from .proto_model import Option, OptionValue, ProtoField, Schema
from .python_code import LAZY_FILES, LAZY_HELPER
from .python_code import module_of as python_module

HEX_KEYS = frozenset({"tag", "mask"})
TEMPLATES = Path(__file__).parent / "templates"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _literal(key: str, value: OptionValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"0x{value:08X}" if key in HEX_KEYS else str(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_quote(v) for v in value) + "]"
    return _quote(value)


def option_text(option: Option) -> str:
    """(dicomproto.v1.attribute) = {tag: 0x00100010, vr: "PN"}"""
    body = ", ".join(f"{key}: {_literal(key, value)}" for key, value in option.values)
    return f"{option.name} = {{{body}}}"


def field_text(field: ProtoField) -> str:
    """`optional string value = 1 [deprecated = true]` without the semicolon."""
    prefix = f"{field.label} " if field.label else ""
    options = [option_text(o) for o in field.options]
    if field.deprecated:
        options.append("deprecated = true")
    suffix = f" [{', '.join(options)}]" if options else ""
    return f"{prefix}{field.type} {field.name} = {field.number}{suffix}"


def comment(lines: Iterable[str], indent: str) -> str:
    """Lines as // comments, each ending in a newline."""
    return "".join(f"{indent}// {line}".rstrip() + "\n" for line in lines)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(option_text=option_text, field_text=field_text, comment=comment)
    return env


def render(schema: Schema, editions: tuple[Edition, ...]) -> dict[str, str]:
    """Relative path -> file text, for proto files and the Python index files."""
    env = environment()
    common = {"generator_version": __version__, "editions": editions, "package": PACKAGE}
    out: dict[str, str] = {}
    static = {"options.proto": "options.proto.jinja2", "dataset.proto": "dataset.proto.jinja2"}
    for file in schema.files:
        base = file.name.rsplit("/", 1)[-1]
        if base in static:
            out[file.name] = env.get_template(static[base]).render(vrs=VRS, **common)
        else:
            out[file.name] = env.get_template("messages.proto.jinja2").render(file=file, **common)
    return out


def python_header(editions: tuple[Edition, ...]) -> str:
    """The DO NOT EDIT lines that start every generated Python module."""
    template = environment().get_template("_python_header.jinja2")
    return template.render(generator_version=__version__, editions=editions)


def render_buf_config() -> str:
    """proto/buf.yaml: `buf lint` and `buf breaking` settings for the generated tree."""
    return environment().get_template("buf.yaml.jinja2").render(generator_version=__version__)


def render_python_index(schema: Schema, editions: tuple[Edition, ...]) -> dict[str, str]:
    """The hand-off to converters: SOP Class UID -> IOD message, as plain Python."""
    env = environment()
    module_of = {}
    iods = []
    for file in schema.files:
        module = file.name.rsplit("/", 1)[-1].removesuffix(".proto") + "_pb2"
        for message in file.messages:
            if message.kind == "iod":
                module_of[message.name] = module
                iods.append((module, message.name))
    sop_classes = [(uid, module_of[name], name) for uid, name in schema.sop_classes]
    common = {"generator_version": __version__, "editions": editions}
    lazy_files = [(proto, python_module(proto)) for proto in LAZY_FILES]
    return {
        "dicomproto/v1/sop_classes.py": env.get_template("sop_classes.py.jinja2").render(
            sop_classes=sop_classes, iods=sorted(iods), **common
        ),
        LAZY_HELPER: env.get_template("lazy.py.jinja2").render(
            lazy_files=lazy_files,
            modules=[module.rsplit(".", 1)[-1] for _, module in lazy_files],
            **common,
        ),
        "dicomproto/__init__.py": env.get_template("package_init.py.jinja2").render(
            docstring="dicomproto: the DICOM standard as Protocol Buffers.", **common
        ),
        "dicomproto/v1/__init__.py": env.get_template("package_init.py.jinja2").render(
            docstring="Generated messages of the dicomproto.v1 schema.", **common
        ),
    }
