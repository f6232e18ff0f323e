from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class XRayDetectorModule(_message.Message):
    __slots__ = ("physical_detector_size", "position_of_isocenter_projection")
    PHYSICAL_DETECTOR_SIZE_FIELD_NUMBER: _ClassVar[int]
    POSITION_OF_ISOCENTER_PROJECTION_FIELD_NUMBER: _ClassVar[int]
    physical_detector_size: _attributes_pb2.PhysicalDetectorSize
    position_of_isocenter_projection: _attributes_pb2.PositionOfIsocenterProjection
    def __init__(self, physical_detector_size: _Optional[_Union[_attributes_pb2.PhysicalDetectorSize, _Mapping]] = ..., position_of_isocenter_projection: _Optional[_Union[_attributes_pb2.PositionOfIsocenterProjection, _Mapping]] = ...) -> None: ...
