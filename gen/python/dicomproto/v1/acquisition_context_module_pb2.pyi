from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AcquisitionContextModule(_message.Message):
    __slots__ = ("acquisition_context_sequence", "acquisition_context_description")
    ACQUISITION_CONTEXT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_CONTEXT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    acquisition_context_sequence: _sequences_pb2.AcquisitionContextSequenceItems
    acquisition_context_description: _attributes_pb2.AcquisitionContextDescription
    def __init__(self, acquisition_context_sequence: _Optional[_Union[_sequences_pb2.AcquisitionContextSequenceItems, _Mapping]] = ..., acquisition_context_description: _Optional[_Union[_attributes_pb2.AcquisitionContextDescription, _Mapping]] = ...) -> None: ...
