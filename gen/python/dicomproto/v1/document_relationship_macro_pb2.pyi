from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DocumentRelationshipMacro(_message.Message):
    __slots__ = ("observation_datetime", "observation_uid", "content_sequence")
    OBSERVATION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    OBSERVATION_UID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    observation_datetime: _attributes_pb2.ObservationDatetime
    observation_uid: _attributes_pb2.ObservationUid
    content_sequence: _sequences_pb2.ContentSequenceItems
    def __init__(self, observation_datetime: _Optional[_Union[_attributes_pb2.ObservationDatetime, _Mapping]] = ..., observation_uid: _Optional[_Union[_attributes_pb2.ObservationUid, _Mapping]] = ..., content_sequence: _Optional[_Union[_sequences_pb2.ContentSequenceItems, _Mapping]] = ...) -> None: ...
