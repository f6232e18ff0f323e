from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class FrameVoiLutWithLutMacro(_message.Message):
    __slots__ = ("frame_voi_lut_sequence",)
    FRAME_VOI_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    frame_voi_lut_sequence: _sequences_pb2.FrameVoiLutWithLutMacroFrameVoiLutSequenceItems
    def __init__(self, frame_voi_lut_sequence: _Optional[_Union[_sequences_pb2.FrameVoiLutWithLutMacroFrameVoiLutSequenceItems, _Mapping]] = ...) -> None: ...
