from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class VoiLutMacro(_message.Message):
    __slots__ = ("voilut_sequence", "window_center", "window_width", "window_center_width_explanation", "voilut_function")
    VOILUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_FIELD_NUMBER: _ClassVar[int]
    WINDOW_WIDTH_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_WIDTH_EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    VOILUT_FUNCTION_FIELD_NUMBER: _ClassVar[int]
    voilut_sequence: _sequences_pb2.VoilutSequenceItems
    window_center: _attributes_pb2.WindowCenter
    window_width: _attributes_pb2.WindowWidth
    window_center_width_explanation: _attributes_pb2.WindowCenterWidthExplanation
    voilut_function: _attributes_pb2.VoilutFunction
    def __init__(self, voilut_sequence: _Optional[_Union[_sequences_pb2.VoilutSequenceItems, _Mapping]] = ..., window_center: _Optional[_Union[_attributes_pb2.WindowCenter, _Mapping]] = ..., window_width: _Optional[_Union[_attributes_pb2.WindowWidth, _Mapping]] = ..., window_center_width_explanation: _Optional[_Union[_attributes_pb2.WindowCenterWidthExplanation, _Mapping]] = ..., voilut_function: _Optional[_Union[_attributes_pb2.VoilutFunction, _Mapping]] = ...) -> None: ...
