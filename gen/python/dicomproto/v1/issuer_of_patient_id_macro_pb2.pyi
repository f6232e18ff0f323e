from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IssuerOfPatientIdMacro(_message.Message):
    __slots__ = ("issuer_of_patient_id", "issuer_of_patient_id_qualifiers_sequence")
    ISSUER_OF_PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_QUALIFIERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    issuer_of_patient_id: _attributes_pb2.IssuerOfPatientId
    issuer_of_patient_id_qualifiers_sequence: _sequences_pb2.IssuerOfPatientIdQualifiersSequenceItems
    def __init__(self, issuer_of_patient_id: _Optional[_Union[_attributes_pb2.IssuerOfPatientId, _Mapping]] = ..., issuer_of_patient_id_qualifiers_sequence: _Optional[_Union[_sequences_pb2.IssuerOfPatientIdQualifiersSequenceItems, _Mapping]] = ...) -> None: ...
