from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContainerMacro(_message.Message):
    __slots__ = ("continuity_of_content", "content_template_sequence")
    CONTINUITY_OF_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEMPLATE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    continuity_of_content: _attributes_pb2.ContinuityOfContent
    content_template_sequence: _sequences_pb2.ContentTemplateSequenceItems
    def __init__(self, continuity_of_content: _Optional[_Union[_attributes_pb2.ContinuityOfContent, _Mapping]] = ..., content_template_sequence: _Optional[_Union[_sequences_pb2.ContentTemplateSequenceItems, _Mapping]] = ...) -> None: ...
