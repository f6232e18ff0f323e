"""`dicomproto generate`: DocBook folder -> OUT/proto, OUT/python, OUT/model.json."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .build import PROTO_DIR, build_schema
from .dictionary import Dictionary
from .docbook import DocBookError
from .expand import expand
from .export import model_json
from .export_rules import RULES_NAME, rules_json
from .load import load_standard
from .numbering import RegistryError, dump_registry, load_registry, number_schema
from .protoc import ProtocError, compile_python
from .render import render, render_buf_config, render_python_index
from .validate import SchemaError, validate

REGISTRY_NAME = "field_numbers.json"
# Hand-written .proto files (services, value types not derived from the standard),
# under their package path; copied into OUT/proto and compiled with the rest.
HAND_WRITTEN_PROTOS = Path(__file__).resolve().parent / "protos"
CHECKOUT_REGISTRY = Path(__file__).resolve().parent.parent / "proto" / REGISTRY_NAME

GeneratorError = (DocBookError, RegistryError, SchemaError, ProtocError)


@dataclass
class Report:
    """What a run produced, how long each stage took, and what it skipped."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    skips: list[str] = field(default_factory=list)
    input_bytes: int = 0

    def text(self) -> str:
        lines = ["dicomproto generate: " + ", ".join(f"{v} {k}" for k, v in self.counts.items())]
        lines.append("time: " + ", ".join(f"{k} {v:.2f} s" for k, v in self.seconds.items()))
        if self.skips:
            lines.append(f"skipped {len(self.skips)}:")
            lines += [f"  {skip}" for skip in self.skips]
        return "\n".join(lines)


def installed_registry() -> Path | None:
    """The registry shipped inside the installed dicomproto.v1 package, if any."""
    spec = importlib.util.find_spec("dicomproto.v1")
    locations = spec.submodule_search_locations if spec else None
    return Path(next(iter(locations))) / REGISTRY_NAME if locations else None


def default_registry(out: Path) -> Path | None:
    """OUT's own registry if it has one, else the checkout's committed one, else the
    one the installed package ships: numbers stay stable however dicomproto came."""
    for candidate in (out / "proto" / REGISTRY_NAME, CHECKOUT_REGISTRY, installed_registry()):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def generate(standard_dir: Path, out: Path, registry_path: Path | None) -> Report:
    """Parse, expand, build, number, render, compile; write OUT atomically."""
    report = Report()
    report.input_bytes = sum(p.stat().st_size for p in standard_dir.glob("part0[346].xml"))
    clock = time.perf_counter()
    standard = load_standard(standard_dir)
    report.seconds["parse"] = time.perf_counter() - clock

    clock = time.perf_counter()
    dictionary = Dictionary(standard.elements)
    expansion = expand(standard.tables, standard.iods, dictionary)
    schema = build_schema(standard, expansion, dictionary)
    registry = load_registry(registry_path)
    schema = number_schema(schema, registry)
    validate(schema)
    files = render(schema, standard.editions)
    files.update(hand_written_protos(set(files)))
    python_files = render_python_index(schema, standard.editions)
    report.seconds["render"] = time.perf_counter() - clock

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".generate-", dir=out) as staging_name:
        staging = Path(staging_name)
        for relative, text in files.items():
            _write(staging / "proto" / relative, text)
        _write(staging / "proto" / REGISTRY_NAME, dump_registry(registry))
        _write(staging / "proto" / "buf.yaml", render_buf_config())
        clock = time.perf_counter()
        compile_python(staging / "proto", sorted(files), staging / "python")
        report.seconds["protoc"] = time.perf_counter() - clock
        for relative, text in python_files.items():
            _write(staging / "python" / relative, text)
        _write(staging / "python" / "dicomproto" / "py.typed", "")
        _write(staging / "python" / PROTO_DIR / REGISTRY_NAME, dump_registry(registry))
        _write(staging / "model.json", model_json(standard, expansion, dictionary))
        rules, rule_counts = rules_json(standard, expansion, dictionary)
        _write(staging / "python" / PROTO_DIR / RULES_NAME, rules)
        for name in ("proto", "python", "model.json"):
            _replace(staging / name, out / name)

    messages = [m for f in schema.files for m in f.messages]
    kinds = [m.kind for m in messages]
    report.counts = {
        "IODs": len(standard.iods),
        "modules": sum(1 for t in standard.tables if t.kind.value == "module"),
        "macros": sum(1 for t in standard.tables if t.kind.value == "macro"),
        "data elements": kinds.count("attribute"),
        "attribute fields": sum(len(m.fields) for m in messages if m.kind in ("module", "macro")),
        "sequence item messages": kinds.count("item"),
        "dictionary fallbacks": len(dictionary.fallbacks),
        "storage SOP classes (PS3.4 B.5-1)": len(standard.sop_classes),
        "of them in the PS3.6 UID registry": sum(s.registered for s in standard.sop_classes),
        "proto files": len(files),
        **rule_counts,
    }
    report.skips = [f"{s.where}: {s.reason}" for s in (*standard.skips, *expansion.skips)]
    return report


def hand_written_protos(generated: set[str]) -> dict[str, str]:
    """Relative path -> text of every hand-written .proto; a name the generator also
    produces is an error, never a silent overwrite."""
    found: dict[str, str] = {}
    for path in sorted(HAND_WRITTEN_PROTOS.rglob("*.proto")):
        relative = path.relative_to(HAND_WRITTEN_PROTOS).as_posix()
        if relative in generated:
            raise SchemaError(f"{path}: the generator also writes {relative}")
        found[relative] = path.read_text(encoding="utf-8")
    return found


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _replace(source: Path, target: Path) -> None:
    """Swap `target` for `source` with renames, so OUT never holds half a result."""
    if target.is_dir():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
        os.replace(source, target)
        shutil.rmtree(old)
    else:
        os.replace(source, target)


def run(standard: Path, out: Path, registry: Path | None = None) -> int:
    """The `generate` command: 0 on success, 1 with one clear message on bad input."""
    try:
        report = generate(standard, out, registry or default_registry(out))
    except GeneratorError as error:
        print(f"dicomproto generate: error: {error}", file=sys.stderr)
        return 1
    print(report.text())
    return 0
