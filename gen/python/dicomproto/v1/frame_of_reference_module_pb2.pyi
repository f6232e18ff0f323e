from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class FrameOfReferenceModule(_message.Message):
    __slots__ = ("frame_of_reference_uid", "position_reference_indicator")
    FRAME_OF_REFERENCE_UID_FIELD_NUMBER: _ClassVar[int]
    POSITION_REFERENCE_INDICATOR_FIELD_NUMBER: _ClassVar[int]
    frame_of_reference_uid: _attributes_pb2.FrameOfReferenceUid
    position_reference_indicator: _attributes_pb2.PositionReferenceIndicator
    def __init__(self, frame_of_reference_uid: _Optional[_Union[_attributes_pb2.FrameOfReferenceUid, _Mapping]] = ..., position_reference_indicator: _Optional[_Union[_attributes_pb2.PositionReferenceIndicator, _Mapping]] = ...) -> None: ...
