"""User code that must NOT type-check: each line marked `# error: CODE` is one mypy
error of that code, and mypy reports no other. (protobuf ships no type information for
google.protobuf.message.Message, the base of every message class: mypy cannot tell one
message type from another in an assignment, nor catch an attribute no stub declares.)"""

from dicomproto.v1 import attributes_pb2, sequences_pb2
from dicomproto.v1.ct_image_iod_pb2 import CtImageIod

ct = CtImageIod()
ct.patient_module.patient_id.value = 5  # error: assignment
ct.ct_image_module.kvp.value = "120"  # error: assignment
attributes_pb2.PatientId(value=3)  # error: arg-type
attributes_pb2.PatientId().HasField("value")  # error: arg-type
attributes_pb2.PatientName().HasField("values")  # error: arg-type
sequences_pb2.AbstractPriorCodeSequenceItem().ClearField("kvp")  # error: arg-type


class Mine(attributes_pb2.PatientId):  # error: misc
    pass
