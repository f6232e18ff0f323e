from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RtDvhModule(_message.Message):
    __slots__ = ("referenced_structure_set_sequence", "dvh_normalization_point", "dvh_normalization_dose_value", "dvh_sequence")
    REFERENCED_STRUCTURE_SET_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DVH_NORMALIZATION_POINT_FIELD_NUMBER: _ClassVar[int]
    DVH_NORMALIZATION_DOSE_VALUE_FIELD_NUMBER: _ClassVar[int]
    DVH_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    referenced_structure_set_sequence: _sequences_pb2.ReferencedStructureSetSequenceItems
    dvh_normalization_point: _attributes_pb2.DvhNormalizationPoint
    dvh_normalization_dose_value: _attributes_pb2.DvhNormalizationDoseValue
    dvh_sequence: _sequences_pb2.DvhSequenceItems
    def __init__(self, referenced_structure_set_sequence: _Optional[_Union[_sequences_pb2.ReferencedStructureSetSequenceItems, _Mapping]] = ..., dvh_normalization_point: _Optional[_Union[_attributes_pb2.DvhNormalizationPoint, _Mapping]] = ..., dvh_normalization_dose_value: _Optional[_Union[_attributes_pb2.DvhNormalizationDoseValue, _Mapping]] = ..., dvh_sequence: _Optional[_Union[_sequences_pb2.DvhSequenceItems, _Mapping]] = ...) -> None: ...
