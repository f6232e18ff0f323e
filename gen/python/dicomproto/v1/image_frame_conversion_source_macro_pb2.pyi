from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ImageFrameConversionSourceMacro(_message.Message):
    __slots__ = ("conversion_source_attributes_sequence",)
    CONVERSION_SOURCE_ATTRIBUTES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    conversion_source_attributes_sequence: _sequences_pb2.ConversionSourceAttributesSequenceItems
    def __init__(self, conversion_source_attributes_sequence: _Optional[_Union[_sequences_pb2.ConversionSourceAttributesSequenceItems, _Mapping]] = ...) -> None: ...
