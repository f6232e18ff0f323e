"""The generated Python: every module of a fresh run imports on its own, and messages work."""

from __future__ import annotations

import re
import subprocess
import sys

from generator_helpers import (
    Run,
    generated,  # noqa: F401 (fixture)
    read_part3,
)
from google.protobuf import json_format

from dicomproto.v1 import ct_image_iod_pb2, dataset_pb2, options_pb2

IMPORT_ALL = """
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[1])
import dicomproto.v1
assert dicomproto.v1.__file__.startswith(sys.argv[1]), dicomproto.v1.__file__
count = 0
for info in pkgutil.iter_modules(dicomproto.v1.__path__):
    module = importlib.import_module("dicomproto.v1." + info.name)
    for name in getattr(getattr(module, "DESCRIPTOR", None), "message_types_by_name", {}):
        message = getattr(module, name)()
        assert type(message).FromString(message.SerializeToString()) == message
        count += 1
from dicomproto.v1 import sop_classes
for uid, (module, name) in sop_classes.SOP_CLASS_MESSAGES.items():
    getattr(importlib.import_module("dicomproto.v1." + module), name)
print(len(list(pkgutil.iter_modules(dicomproto.v1.__path__))), count)
"""


def test_every_generated_module_imports(generated: Run) -> None:  # noqa: F811
    """In a fresh interpreter, from the fresh run's folder (not the installed package)."""
    python = generated.python
    protos = sorted(generated.proto.rglob("*.proto"))
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, str(python)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    modules, messages = map(int, result.stdout.split())
    services = sorted(python.rglob("*_pb2_grpc.py"))
    assert [p.name for p in services] == ["service_pb2_grpc.py"]
    assert modules == len(protos) + 1 + len(services)  # every *_pb2, sop_classes, gRPC stubs
    assert messages > 4000
    stubs = sorted(python.rglob("*_pb2.pyi"))
    assert len(stubs) == len(protos)
    assert len(sorted(python.rglob("*_pb2_grpc.pyi"))) == len(services)


def test_generated_code_imports_nothing_hand_written(generated: Run) -> None:  # noqa: F811
    # grpc (and the standard modules its stubs use) only in the gRPC stubs of services
    allowed = re.compile(r"(google\.protobuf|dicomproto\.v1|typing|collections|builtins|sys)\b")
    allowed_in_grpc = re.compile(r"(grpc|warnings|abc)\b")
    for path in generated.python.rglob("*.py*"):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"(?:from|import) ([\w.]+)", line)
            if match:
                module = match.group(1)
                in_grpc_stub = "_pb2_grpc." in path.name and allowed_in_grpc.match(module)
                assert allowed.match(module) or in_grpc_stub, f"{path.name}: {line}"


def _tag(message, field: str) -> int:
    return (
        message.DESCRIPTOR.fields_by_name[field].GetOptions().Extensions[options_pb2.attribute].tag
    )


def test_a_ct_image_iod_round_trips() -> None:
    """Nested module, typed attributes, a sequence item, a repeating group, an empty Type 2
    attribute and an element the schema has no field for."""
    iod = ct_image_iod_pb2.CtImageIod()
    iod.patient_module.patient_name.value.alphabetic.family_name = "Doe"
    iod.patient_module.patient_name.value.alphabetic.given_name = "Jane"
    iod.ct_image_module.kvp.value = 120.0
    iod.ct_image_module.image_type.values.extend(["ORIGINAL", "PRIMARY", "AXIAL"])
    iod.ct_image_module.acquisition_number.SetInParent()  # Type 2: present, empty
    item = iod.ct_image_module.ctdi_phantom_type_code_sequence.items.add()
    item.code_value.value = "113691"
    item.coding_scheme_designator.value = "DCM"
    item.code_meaning.value = "IEC Body Dosimetry Phantom"
    overlay = iod.overlay_plane_module.overlay_rows.add()
    overlay.tag = 0x60020010
    overlay.value = 512
    iod.other_elements.add(tag=0x00091001, vr=dataset_pb2.VR_LO, strings=["private"])

    data = iod.SerializeToString()
    back = ct_image_iod_pb2.CtImageIod.FromString(data)
    assert back == iod
    assert back.SerializeToString() == data
    assert back.ct_image_module.HasField("acquisition_number")
    assert not back.ct_image_module.acquisition_number.HasField("value")
    assert back.ct_image_module.kvp.HasField("value")
    assert (
        back.ct_image_module.ctdi_phantom_type_code_sequence.items[0].code_value.value == "113691"
    )
    assert json_format.Parse(json_format.MessageToJson(iod), ct_image_iod_pb2.CtImageIod()) == iod

    # The fields used above are the attributes the DocBook rows name.
    table = read_part3().tables["table_C.8-3"]
    rows = {r.text: r.key[0] for r in table.rows if r.kind == "attribute" and r.depth == 0}
    module = iod.ct_image_module
    assert _tag(module, "kvp") == rows["KVP"]
    assert _tag(module, "acquisition_number") == rows["Acquisition Number"]
    assert (
        _tag(module, "ctdi_phantom_type_code_sequence") == rows["CTDI Phantom Type Code Sequence"]
    )
    assert _tag(iod.overlay_plane_module, "overlay_rows") == 0x60000010
