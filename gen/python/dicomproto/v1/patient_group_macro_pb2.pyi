from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PatientGroupMacro(_message.Message):
    __slots__ = ("source_patient_group_identification_sequence", "group_of_patients_identification_sequence")
    SOURCE_PATIENT_GROUP_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    GROUP_OF_PATIENTS_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    source_patient_group_identification_sequence: _sequences_pb2.SourcePatientGroupIdentificationSequenceItems
    group_of_patients_identification_sequence: _sequences_pb2.GroupOfPatientsIdentificationSequenceItems
    def __init__(self, source_patient_group_identification_sequence: _Optional[_Union[_sequences_pb2.SourcePatientGroupIdentificationSequenceItems, _Mapping]] = ..., group_of_patients_identification_sequence: _Optional[_Union[_sequences_pb2.GroupOfPatientsIdentificationSequenceItems, _Mapping]] = ...) -> None: ...
