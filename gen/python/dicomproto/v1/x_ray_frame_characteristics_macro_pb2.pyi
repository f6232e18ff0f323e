from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class XRayFrameCharacteristicsMacro(_message.Message):
    __slots__ = ("xa_xrf_frame_characteristics_sequence",)
    XA_XRF_FRAME_CHARACTERISTICS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    xa_xrf_frame_characteristics_sequence: _sequences_pb2.XaXrfFrameCharacteristicsSequenceItems
    def __init__(self, xa_xrf_frame_characteristics_sequence: _Optional[_Union[_sequences_pb2.XaXrfFrameCharacteristicsSequenceItems, _Mapping]] = ...) -> None: ...
