from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class VoiLutMacro(_message.Message):
    __slots__ = ("voi_lut_sequence", "window_center", "window_width", "window_center_width_explanation", "voi_lut_function")
    VOI_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_FIELD_NUMBER: _ClassVar[int]
    WINDOW_WIDTH_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_WIDTH_EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    VOI_LUT_FUNCTION_FIELD_NUMBER: _ClassVar[int]
    voi_lut_sequence: _sequences_pb2.VoiLutSequenceItems
    window_center: _attributes_pb2.WindowCenter
    window_width: _attributes_pb2.WindowWidth
    window_center_width_explanation: _attributes_pb2.WindowCenterWidthExplanation
    voi_lut_function: _attributes_pb2.VoiLutFunction
    def __init__(self, voi_lut_sequence: _Optional[_Union[_sequences_pb2.VoiLutSequenceItems, _Mapping]] = ..., window_center: _Optional[_Union[_attributes_pb2.WindowCenter, _Mapping]] = ..., window_width: _Optional[_Union[_attributes_pb2.WindowWidth, _Mapping]] = ..., window_center_width_explanation: _Optional[_Union[_attributes_pb2.WindowCenterWidthExplanation, _Mapping]] = ..., voi_lut_function: _Optional[_Union[_attributes_pb2.VoiLutFunction, _Mapping]] = ...) -> None: ...
