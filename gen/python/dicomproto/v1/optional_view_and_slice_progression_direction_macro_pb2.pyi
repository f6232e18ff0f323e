from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OptionalViewAndSliceProgressionDirectionMacro(_message.Message):
    __slots__ = ("view_code_sequence", "slice_progression_direction")
    VIEW_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SLICE_PROGRESSION_DIRECTION_FIELD_NUMBER: _ClassVar[int]
    view_code_sequence: _sequences_pb2.ViewCodeSequenceItems
    slice_progression_direction: _attributes_pb2.SliceProgressionDirection
    def __init__(self, view_code_sequence: _Optional[_Union[_sequences_pb2.ViewCodeSequenceItems, _Mapping]] = ..., slice_progression_direction: _Optional[_Union[_attributes_pb2.SliceProgressionDirection, _Mapping]] = ...) -> None: ...
