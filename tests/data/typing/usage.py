"""User code that must type-check under `mypy --strict` against the installed stubs."""

from dicomproto.v1 import attributes_pb2, sequences_pb2
from dicomproto.v1.ct_image_iod_pb2 import CtImageIod

ct = CtImageIod()
ct.patient_module.patient_name.value.alphabetic.family_name = "Doe"
ct.patient_module.patient_id.value = "X"
ct.ct_image_module.kvp.value = 120.0
ct.ct_image_module.image_type.values.extend(["ORIGINAL", "PRIMARY"])
item = ct.general_image_module.referenced_image_sequence.items.add()
item.referenced_sop_instance_uid.value = "1.2.3"
source: sequences_pb2.GeneralImageModuleReferencedImageSequenceItem = item
patient_id = attributes_pb2.PatientId(value="X")
patient_id.ClearField("value")
copy = attributes_pb2.PatientId()
copy.CopyFrom(patient_id)
code = sequences_pb2.AbstractPriorCodeSequenceItem()
code.code_value.value = "T-1"
assert code.HasField("code_value")
parsed: sequences_pb2.AcquisitionMethodCodeSequenceItem = (
    sequences_pb2.AcquisitionMethodCodeSequenceItem.FromString(b"")
)
kvp: float = ct.ct_image_module.kvp.value
