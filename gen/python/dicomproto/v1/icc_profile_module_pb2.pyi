from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IccProfileModule(_message.Message):
    __slots__ = ("icc_profile", "color_space")
    ICC_PROFILE_FIELD_NUMBER: _ClassVar[int]
    COLOR_SPACE_FIELD_NUMBER: _ClassVar[int]
    icc_profile: _attributes_pb2.IccProfile
    color_space: _attributes_pb2.ColorSpace
    def __init__(self, icc_profile: _Optional[_Union[_attributes_pb2.IccProfile, _Mapping]] = ..., color_space: _Optional[_Union[_attributes_pb2.ColorSpace, _Mapping]] = ...) -> None: ...
