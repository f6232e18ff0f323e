from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class HierarchicalSopInstanceReferenceMacro(_message.Message):
    __slots__ = ("study_instance_uid", "referenced_series_sequence")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_series_sequence: _sequences_pb2.HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_series_sequence: _Optional[_Union[_sequences_pb2.HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems, _Mapping]] = ...) -> None: ...
