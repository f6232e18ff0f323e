from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class X3dSpatialCoordinatesMacro(_message.Message):
    __slots__ = ("referenced_frame_of_reference_uid", "graphic_data", "graphic_type", "fiducial_uid")
    REFERENCED_FRAME_OF_REFERENCE_UID_FIELD_NUMBER: _ClassVar[int]
    GRAPHIC_DATA_FIELD_NUMBER: _ClassVar[int]
    GRAPHIC_TYPE_FIELD_NUMBER: _ClassVar[int]
    FIDUCIAL_UID_FIELD_NUMBER: _ClassVar[int]
    referenced_frame_of_reference_uid: _attributes_pb2.ReferencedFrameOfReferenceUid
    graphic_data: _attributes_pb2.GraphicData
    graphic_type: _attributes_pb2.GraphicType
    fiducial_uid: _attributes_pb2.FiducialUid
    def __init__(self, referenced_frame_of_reference_uid: _Optional[_Union[_attributes_pb2.ReferencedFrameOfReferenceUid, _Mapping]] = ..., graphic_data: _Optional[_Union[_attributes_pb2.GraphicData, _Mapping]] = ..., graphic_type: _Optional[_Union[_attributes_pb2.GraphicType, _Mapping]] = ..., fiducial_uid: _Optional[_Union[_attributes_pb2.FiducialUid, _Mapping]] = ...) -> None: ...
