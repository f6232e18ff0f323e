from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class XRayImageIntensifierModule(_message.Message):
    __slots__ = ("intensifier_size", "intensifier_active_shape", "intensifier_active_dimension_s")
    INTENSIFIER_SIZE_FIELD_NUMBER: _ClassVar[int]
    INTENSIFIER_ACTIVE_SHAPE_FIELD_NUMBER: _ClassVar[int]
    INTENSIFIER_ACTIVE_DIMENSION_S_FIELD_NUMBER: _ClassVar[int]
    intensifier_size: _attributes_pb2.IntensifierSize
    intensifier_active_shape: _attributes_pb2.IntensifierActiveShape
    intensifier_active_dimension_s: _attributes_pb2.IntensifierActiveDimensionS
    def __init__(self, intensifier_size: _Optional[_Union[_attributes_pb2.IntensifierSize, _Mapping]] = ..., intensifier_active_shape: _Optional[_Union[_attributes_pb2.IntensifierActiveShape, _Mapping]] = ..., intensifier_active_dimension_s: _Optional[_Union[_attributes_pb2.IntensifierActiveDimensionS, _Mapping]] = ...) -> None: ...
