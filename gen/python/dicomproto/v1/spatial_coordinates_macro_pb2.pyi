from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SpatialCoordinatesMacro(_message.Message):
    __slots__ = ("graphic_data", "graphic_type", "pixel_origin_interpretation", "fiducial_uid")
    GRAPHIC_DATA_FIELD_NUMBER: _ClassVar[int]
    GRAPHIC_TYPE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_ORIGIN_INTERPRETATION_FIELD_NUMBER: _ClassVar[int]
    FIDUCIAL_UID_FIELD_NUMBER: _ClassVar[int]
    graphic_data: _attributes_pb2.GraphicData
    graphic_type: _attributes_pb2.GraphicType
    pixel_origin_interpretation: _attributes_pb2.PixelOriginInterpretation
    fiducial_uid: _attributes_pb2.FiducialUid
    def __init__(self, graphic_data: _Optional[_Union[_attributes_pb2.GraphicData, _Mapping]] = ..., graphic_type: _Optional[_Union[_attributes_pb2.GraphicType, _Mapping]] = ..., pixel_origin_interpretation: _Optional[_Union[_attributes_pb2.PixelOriginInterpretation, _Mapping]] = ..., fiducial_uid: _Optional[_Union[_attributes_pb2.FiducialUid, _Mapping]] = ...) -> None: ...
