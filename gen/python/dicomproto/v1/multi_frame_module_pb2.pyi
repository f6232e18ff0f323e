from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MultiFrameModule(_message.Message):
    __slots__ = ("number_of_frames", "frame_increment_pointer", "stereo_pairs_present")
    NUMBER_OF_FRAMES_FIELD_NUMBER: _ClassVar[int]
    FRAME_INCREMENT_POINTER_FIELD_NUMBER: _ClassVar[int]
    STEREO_PAIRS_PRESENT_FIELD_NUMBER: _ClassVar[int]
    number_of_frames: _attributes_pb2.NumberOfFrames
    frame_increment_pointer: _attributes_pb2.FrameIncrementPointer
    stereo_pairs_present: _attributes_pb2.StereoPairsPresent
    def __init__(self, number_of_frames: _Optional[_Union[_attributes_pb2.NumberOfFrames, _Mapping]] = ..., frame_increment_pointer: _Optional[_Union[_attributes_pb2.FrameIncrementPointer, _Mapping]] = ..., stereo_pairs_present: _Optional[_Union[_attributes_pb2.StereoPairsPresent, _Mapping]] = ...) -> None: ...
