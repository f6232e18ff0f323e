from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DerivationImageMacro(_message.Message):
    __slots__ = ("derivation_image_sequence",)
    DERIVATION_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    derivation_image_sequence: _sequences_pb2.DerivationImageSequenceItems
    def __init__(self, derivation_image_sequence: _Optional[_Union[_sequences_pb2.DerivationImageSequenceItems, _Mapping]] = ...) -> None: ...
