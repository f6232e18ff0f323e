from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MultiFrameOverlayModule(_message.Message):
    __slots__ = ("number_of_frames_in_overlay", "image_frame_origin")
    NUMBER_OF_FRAMES_IN_OVERLAY_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FRAME_ORIGIN_FIELD_NUMBER: _ClassVar[int]
    number_of_frames_in_overlay: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.NumberOfFramesInOverlay]
    image_frame_origin: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.ImageFrameOrigin]
    def __init__(self, number_of_frames_in_overlay: _Optional[_Iterable[_Union[_attributes_pb2.NumberOfFramesInOverlay, _Mapping]]] = ..., image_frame_origin: _Optional[_Iterable[_Union[_attributes_pb2.ImageFrameOrigin, _Mapping]]] = ...) -> None: ...
