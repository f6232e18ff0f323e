from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DigitalSignaturesMacro(_message.Message):
    __slots__ = ("mac_parameters_sequence", "digital_signatures_sequence")
    MAC_PARAMETERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DIGITAL_SIGNATURES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    mac_parameters_sequence: _sequences_pb2.MacParametersSequenceItems
    digital_signatures_sequence: _sequences_pb2.DigitalSignaturesSequenceItems
    def __init__(self, mac_parameters_sequence: _Optional[_Union[_sequences_pb2.MacParametersSequenceItems, _Mapping]] = ..., digital_signatures_sequence: _Optional[_Union[_sequences_pb2.DigitalSignaturesSequenceItems, _Mapping]] = ...) -> None: ...
