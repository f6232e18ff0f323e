from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ModalityLutModule(_message.Message):
    __slots__ = ("modality_lut_sequence", "rescale_intercept", "rescale_slope", "rescale_type")
    MODALITY_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    RESCALE_INTERCEPT_FIELD_NUMBER: _ClassVar[int]
    RESCALE_SLOPE_FIELD_NUMBER: _ClassVar[int]
    RESCALE_TYPE_FIELD_NUMBER: _ClassVar[int]
    modality_lut_sequence: _sequences_pb2.ModalityLutSequenceItems
    rescale_intercept: _attributes_pb2.RescaleIntercept
    rescale_slope: _attributes_pb2.RescaleSlope
    rescale_type: _attributes_pb2.RescaleType
    def __init__(self, modality_lut_sequence: _Optional[_Union[_sequences_pb2.ModalityLutSequenceItems, _Mapping]] = ..., rescale_intercept: _Optional[_Union[_attributes_pb2.RescaleIntercept, _Mapping]] = ..., rescale_slope: _Optional[_Union[_attributes_pb2.RescaleSlope, _Mapping]] = ..., rescale_type: _Optional[_Union[_attributes_pb2.RescaleType, _Mapping]] = ...) -> None: ...
