"""`dicomproto generate`: DocBook folder -> OUT/proto, OUT/python, OUT/model.json."""

from __future__ import annotations

import gzip
import importlib.util
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import output, sources
from .build import PROTO_DIR, build_schema, with_imports
from .dictionary import Dictionary
from .docbook import DocBookError
from .expand import Expansion, expand
from .export import model_json
from .export_rules import RULES_NAME, rules_json
from .load import PART_FILES, load_standard
from .model import Edition, Standard
from .numbering import Registry, RegistryError, dump_registry, load_registry, number_schema
from .proto_model import Schema
from .protoc import (
    GRPC_STUB_PLUGIN,
    ProtocError,
    descriptors,
    finish_stubs,
    gencode_version,
    grpc_modules,
    start_stubs,
)
from .python_code import write_modules
from .render import python_header, render, render_buf_config, render_python_index
from .retain import retain
from .validate import SchemaError, validate

REGISTRY_NAME = "field_numbers.json"
# The package ships its data gzipped (OUT/python/dicomproto/v1/*.json.gz): a fifth of
# the installed size; proto/field_numbers.json, the lock that reviews read, stays text.
PACKED = ".gz"
# Hand-written .proto files (services, value types not derived from the standard),
# under their package path; copied into OUT/proto and compiled with the rest.
HAND_WRITTEN_PROTOS = Path(__file__).resolve().parent / "protos"
CHECKOUT_REGISTRY = Path(__file__).resolve().parent.parent / "proto" / REGISTRY_NAME

GeneratorError = (
    output.OutputError,
    DocBookError,
    RegistryError,
    SchemaError,
    ProtocError,
    sources.LockError,
)


@dataclass
class Report:
    """What a run produced, how long each stage took, and what it skipped."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    skips: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # kept from earlier releases, deprecated
    united: list[str] = field(default_factory=list)  # item messages holding several contents
    input_bytes: int = 0

    def text(self) -> str:
        lines = ["dicomproto generate: " + ", ".join(f"{v} {k}" for k, v in self.counts.items())]
        lines.append("time: " + ", ".join(f"{k} {v:.2f} s" for k, v in self.seconds.items()))
        if self.skips:
            lines.append(f"skipped {len(self.skips)}:")
            lines += [f"  {skip}" for skip in self.skips]
        if self.conflicts:
            lines.append(f"released fields whose type changed ({len(self.conflicts)}):")
            lines += [f"  {conflict}" for conflict in self.conflicts]
        return "\n".join(lines)


def installed_registry() -> Path | None:
    """The registry shipped inside the installed dicomproto.v1 package, if any."""
    spec = importlib.util.find_spec("dicomproto.v1")
    locations = spec.submodule_search_locations if spec else None
    return Path(next(iter(locations))) / (REGISTRY_NAME + PACKED) if locations else None


def default_registry(out: Path) -> Path | None:
    """OUT's own registry if it has one, else the checkout's committed one, else the
    one the installed package ships: numbers stay stable however dicomproto came."""
    for candidate in (out / "proto" / REGISTRY_NAME, CHECKOUT_REGISTRY, installed_registry()):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class Built:
    """Everything a run decides before it writes: the numbered schema, the rendered
    files, the registry as it now stands, and the parsed standard."""

    standard: Standard
    editions: tuple[Edition, ...]
    expansion: Expansion
    dictionary: Dictionary
    schema: Schema
    registry: Registry
    kept: tuple[str, ...]
    protos: dict[str, str]
    python: dict[str, str]
    hand_written: dict[str, str]
    rules: str  # the validation and de-identification rules the package ships


def build(standard_dir: Path, registry_path: Path | None, report: Report) -> Built:
    """Parse, expand, build, number, keep what was released, validate, render."""
    report.input_bytes = sum(p.stat().st_size for p in standard_dir.glob("part0[346].xml"))
    clock = time.perf_counter()
    standard = load_standard(standard_dir)
    notes = sources.notes(standard_dir)
    editions = tuple(replace(e, note=notes.get(PART_FILES[e.part], "")) for e in standard.editions)
    report.seconds["parse"] = time.perf_counter() - clock

    clock = time.perf_counter()
    dictionary = Dictionary(standard.elements)
    expansion = expand(standard.tables, standard.iods, dictionary)
    registry = load_registry(registry_path)
    hand_written = hand_written_protos()
    schema = build_schema(standard, expansion, dictionary, registry, hand_written)
    schema = number_schema(schema, registry)
    part3 = next(e for e in standard.editions if e.part == "PS3.3")
    schema, kept = retain(schema, registry, dictionary, part3)
    schema = replace(schema, files=with_imports(schema.files))
    validate(schema)
    protos = render(schema, editions)
    clashes = sorted(set(protos) & set(hand_written))
    if clashes:
        raise SchemaError(f"{HAND_WRITTEN_PROTOS / clashes[0]}: the generator also writes it")
    protos.update(hand_written)
    python = render_python_index(schema, editions)
    rules, rule_counts = rules_json(standard, expansion, dictionary)
    report.seconds["render"] = time.perf_counter() - clock
    report.counts = _counts(standard, dictionary, schema, protos, kept) | rule_counts
    report.skips = [f"{s.where}: {s.reason}" for s in (*standard.skips, *expansion.skips)]
    report.conflicts = list(registry.conflicts)
    report.kept = list(kept)
    report.united = list(schema.united)
    return Built(
        standard,
        editions,
        expansion,
        dictionary,
        schema,
        registry,
        tuple(kept),
        protos,
        python,
        hand_written,
        rules,
    )


def _counts(
    standard: Standard,
    dictionary: Dictionary,
    schema: Schema,
    protos: dict[str, str],
    kept: list[str],
) -> dict[str, int]:
    retained = set(kept)  # messages (and "Message.field" names) kept from earlier releases
    live = [m for f in schema.files for m in f.messages if m.name not in retained]
    kinds = [m.kind for m in live]
    return {
        "IODs": len(standard.iods),
        "modules": sum(1 for t in standard.tables if t.kind.value == "module"),
        "macros": sum(1 for t in standard.tables if t.kind.value == "macro"),
        "functional group macros": len(
            {g.table_id for iod in standard.iods for g in iod.functional_groups}
        ),
        "data elements": kinds.count("attribute"),
        "attribute fields": sum(
            1 for m in live if m.kind in ("module", "macro") for f in m.fields if not f.deprecated
        ),
        "sequence item messages": kinds.count("item"),
        "dictionary fallbacks": len(dictionary.fallbacks),
        "SOP classes (PS3.4 B.5-1, I.4-1, B.6-1)": len(standard.sop_classes),
        "of them retired": sum(s.retired for s in standard.sop_classes),
        "of them in the PS3.6 UID registry": sum(s.registered for s in standard.sop_classes),
        "mapped to an IOD message": len(schema.sop_classes),
        "proto files": len(protos),
        "kept from earlier releases (deprecated)": len(kept),
    }


def generate(standard_dir: Path, out: Path, registry_path: Path | None) -> Report:
    """Build, compile, and publish OUT/proto, OUT/python and OUT/model.json at once."""
    report = Report()
    output.check(out)
    built = build(standard_dir, registry_path, report)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".generate-", dir=out) as staging_name:
        staging = Path(staging_name)
        registry_text = dump_registry(built.registry)
        for relative, text in built.protos.items():
            _write(staging / "proto" / relative, text)
        _write(staging / "proto" / REGISTRY_NAME, registry_text)
        _write(staging / "proto" / "buf.yaml", render_buf_config())
        clock = time.perf_counter()
        compile_python(staging / "proto", sorted(built.protos), staging / "python", built)
        report.seconds["protoc"] = time.perf_counter() - clock
        for relative, text in built.python.items():
            _write(staging / "python" / relative, text)
        _write(staging / "python" / "dicomproto" / "py.typed", "")
        _write_packed(staging / "python" / PROTO_DIR / (REGISTRY_NAME + PACKED), registry_text)
        _write(
            staging / "model.json",
            model_json(built.standard, built.expansion, built.dictionary),
        )
        _write_packed(staging / "python" / PROTO_DIR / (RULES_NAME + PACKED), built.rules)
        output.publish(staging, out)
    return report


def hand_written_protos() -> dict[str, str]:
    """Relative path -> text of every hand-written .proto (their message names and file
    names are kept free of generated ones; a clash left is an error, never an overwrite)."""
    return {
        path.relative_to(HAND_WRITTEN_PROTOS).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(HAND_WRITTEN_PROTOS.rglob("*.proto"))
    }


def compile_python(proto_root: Path, files: list[str], out: Path, built: Built) -> None:
    """protoc once; the stubs (mypy-protobuf, a process of its own) written while the
    modules are; *_pb2_grpc.py for files that define services."""
    found = descriptors(proto_root, files)
    services = [f.name for f in found.file if f.service and f.name in set(files)]
    stubs = start_stubs(found, files)
    if services:
        stubs += start_stubs(found, services, plugin=GRPC_STUB_PLUGIN)
    header = python_header(built.editions)
    try:
        write_modules(found, files, out, header, gencode_version())
        grpc_modules(proto_root, services, out, header)
    finally:
        finish_stubs(stubs, out)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _write_packed(path: Path, text: str) -> None:
    """`text` gzipped, reproducibly: no file name, time 0, the highest level."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


class Terminated(Exception):
    """SIGTERM arrived: unwind like Ctrl-C, so the staging folder and protoc go away."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def run(standard: Path, out: Path, registry: Path | None = None) -> int:
    """The `generate` command: 0 on success, 1 with one clear message on bad input,
    130 on Ctrl-C and 143 on SIGTERM (with nothing left behind in OUT)."""
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if main else None
    try:
        report = generate(standard, out, registry or default_registry(out))
    except GeneratorError as error:
        print(f"dicomproto generate: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dicomproto generate: interrupted; the output folder is as it was", file=sys.stderr)
        return 130
    except Terminated:
        print("dicomproto generate: terminated; the output folder is as it was", file=sys.stderr)
        return 143
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
    print(report.text())
    return 0
