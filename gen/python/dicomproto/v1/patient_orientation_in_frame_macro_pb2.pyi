from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PatientOrientationInFrameMacro(_message.Message):
    __slots__ = ("patient_orientation_in_frame_sequence",)
    PATIENT_ORIENTATION_IN_FRAME_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    patient_orientation_in_frame_sequence: _sequences_pb2.PatientOrientationInFrameSequenceItems
    def __init__(self, patient_orientation_in_frame_sequence: _Optional[_Union[_sequences_pb2.PatientOrientationInFrameSequenceItems, _Mapping]] = ...) -> None: ...
