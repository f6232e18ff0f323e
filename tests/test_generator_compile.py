"""The generated Python: every module of a fresh run imports on its own, messages work,
and the largest modules build their classes on first use without anyone noticing
(class identity, modules, pickling, both protobuf backends)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from generator_helpers import (
    Run,
    excerpt_run,  # noqa: F401 (fixture)
    full_run,  # noqa: F401 (fixture)
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
names = [info.name for info in pkgutil.iter_modules(dicomproto.v1.__path__)]
for name in names:
    module = importlib.import_module("dicomproto.v1." + name)
    for message_name in getattr(getattr(module, "DESCRIPTOR", None), "message_types_by_name", {}):
        message = getattr(module, message_name)()
        assert type(message).FromString(message.SerializeToString()) == message
        assert type(message).__module__ == module.__name__, (type(message), module)
        count += 1
from dicomproto.v1 import sop_classes
for uid, (module, name) in sop_classes.SOP_CLASS_MESSAGES.items():
    getattr(importlib.import_module("dicomproto.v1." + module), name)
print(len(names), count)
"""


def test_every_generated_module_imports(full_run: Run) -> None:  # noqa: F811
    """In a fresh interpreter, from the fresh run's folder (not the installed package)."""
    protos = sorted(full_run.proto.rglob("*.proto"))
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, str(full_run.python)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    modules, messages = map(int, result.stdout.split())
    services = sorted(full_run.python.rglob("*_pb2_grpc.py"))
    assert [p.name for p in services] == ["service_pb2_grpc.py"]
    assert modules == len(protos) + 2 + len(services)  # every *_pb2, sop_classes, _lazy, gRPC
    assert messages == len(full_run.descriptors) > 8000
    stubs = sorted(full_run.python.rglob("*_pb2.pyi"))
    assert len(stubs) == len(protos)
    assert len(sorted(full_run.python.rglob("*_pb2_grpc.pyi"))) == len(services)


def test_generated_code_imports_nothing_hand_written(excerpt_run: Run) -> None:  # noqa: F811
    # grpc (and the standard modules its stubs use) only in the gRPC stubs of services
    allowed = re.compile(
        r"(google\.protobuf|dicomproto\.v1|typing|collections|builtins|sys|threading"
        r"|binascii|zlib|os)\b"
    )
    allowed_in_grpc = re.compile(r"(grpc|warnings|abc)\b")
    for path in excerpt_run.python.rglob("*.py*"):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"(?:from|import) ([\w.]+)", line)
            if match:
                module = match.group(1)
                in_grpc_stub = "_pb2_grpc." in path.name and allowed_in_grpc.match(module)
                assert allowed.match(module) or in_grpc_stub, f"{path.name}: {line}"


LAZY_CLASSES = """
import pickle, sys
sys.path.insert(0, sys.argv[1])
from google.protobuf.internal import api_implementation
from dicomproto.v1 import ct_image_iod_pb2
import dicomproto.v1._lazy as lazy
reached = len(lazy._reached)
ct = ct_image_iod_pb2.CtImageIod()
ct.patient_module.patient_name.value.alphabetic.family_name = "Doe"
item = ct.general_image_module.referenced_image_sequence.items.add()
item.referenced_sop_instance_uid.value = "1.2.3"
from dicomproto.v1 import attributes_pb2, sequences_pb2
for value, module in ((ct.patient_module.patient_name, attributes_pb2), (item, sequences_pb2)):
    cls = type(value)
    assert cls.__module__ == module.__name__, cls.__module__
    assert getattr(module, cls.__name__) is cls
    assert pickle.loads(pickle.dumps(value)) == value
assert pickle.loads(pickle.dumps(ct)) == ct
# a class nothing imported has reached yet: built on access, the same class afterwards
first = attributes_pb2.PatientComments
assert first is attributes_pb2.PatientComments and first().DESCRIPTOR.name == "PatientComments"
assert "PatientComments" in dir(attributes_pb2)
try:
    attributes_pb2.NoSuchMessage
except AttributeError:
    pass
else:
    raise AssertionError("no AttributeError")
from dicomproto.v1.attributes_pb2 import PatientId
assert PatientId is attributes_pb2.PatientId
# `__all__` lists every message, made when `import *` first asks for it
assert "__all__" not in vars(attributes_pb2) and "__all__" not in vars(sequences_pb2)
namespace = {}
exec("from dicomproto.v1.attributes_pb2 import *", namespace)
assert namespace["PatientId"] is PatientId and len(namespace) > 3000
assert attributes_pb2.__all__ == sorted(attributes_pb2.DESCRIPTOR.message_types_by_name)
assert set(namespace) - {"__builtins__"} == set(attributes_pb2.__all__)
total = len(attributes_pb2.DESCRIPTOR.message_types_by_name)
total += len(sequences_pb2.DESCRIPTOR.message_types_by_name)
print(api_implementation.Type(), reached, total)
"""


@pytest.mark.parametrize("backend", ["upb", "python"])
def test_lazy_classes_behave_like_protocs_own(excerpt_run: Run, backend: str) -> None:  # noqa: F811
    """Importing one IOD builds the classes it can reach, not the thousands of the two
    largest files; each is the class of its own module, and pickles."""
    environment = {"PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION": backend}
    result = subprocess.run(
        [sys.executable, "-c", LAZY_CLASSES, str(excerpt_run.python)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, **environment},
    )
    assert result.returncode == 0, result.stderr
    implementation, reached, total = result.stdout.split()
    assert implementation == backend
    assert 100 < int(reached) < int(total) / 2


def _tag(message, field: str) -> int:
    return (
        message.DESCRIPTOR.fields_by_name[field].GetOptions().Extensions[options_pb2.attribute].tag
    )


def test_a_ct_image_iod_round_trips(full_run: Run) -> None:  # noqa: F811
    """Nested module, typed attributes, a sequence item, a repeating group, an empty Type 2
    attribute and an element the schema has no field for (the committed schema)."""
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
    table = read_part3(full_run.input).tables["table_C.8-3"]
    rows = {r.text: r.key[0] for r in table.rows if r.kind == "attribute" and r.depth == 0}
    module = iod.ct_image_module
    assert _tag(module, "kvp") == rows["KVP"]
    assert _tag(module, "acquisition_number") == rows["Acquisition Number"]
    assert (
        _tag(module, "ctdi_phantom_type_code_sequence") == rows["CTDI Phantom Type Code Sequence"]
    )
    assert _tag(iod.overlay_plane_module, "overlay_rows") == 0x60000010
