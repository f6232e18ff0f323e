from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CommonInstanceReferenceModule(_message.Message):
    __slots__ = ("referenced_series_sequence", "studies_containing_other_referenced_instances_sequence")
    REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STUDIES_CONTAINING_OTHER_REFERENCED_INSTANCES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    referenced_series_sequence: _sequences_pb2.SeriesAndInstanceReferenceMacroReferencedSeriesSequenceItems
    studies_containing_other_referenced_instances_sequence: _sequences_pb2.StudiesContainingOtherReferencedInstancesSequenceItems
    def __init__(self, referenced_series_sequence: _Optional[_Union[_sequences_pb2.SeriesAndInstanceReferenceMacroReferencedSeriesSequenceItems, _Mapping]] = ..., studies_containing_other_referenced_instances_sequence: _Optional[_Union[_sequences_pb2.StudiesContainingOtherReferencedInstancesSequenceItems, _Mapping]] = ...) -> None: ...
