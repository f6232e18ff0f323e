from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TemporalCoordinatesMacro(_message.Message):
    __slots__ = ("temporal_range_type", "referenced_sample_positions", "referenced_time_offsets", "referenced_datetime")
    TEMPORAL_RANGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SAMPLE_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_TIME_OFFSETS_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_DATETIME_FIELD_NUMBER: _ClassVar[int]
    temporal_range_type: _attributes_pb2.TemporalRangeType
    referenced_sample_positions: _attributes_pb2.ReferencedSamplePositions
    referenced_time_offsets: _attributes_pb2.ReferencedTimeOffsets
    referenced_datetime: _attributes_pb2.ReferencedDatetime
    def __init__(self, temporal_range_type: _Optional[_Union[_attributes_pb2.TemporalRangeType, _Mapping]] = ..., referenced_sample_positions: _Optional[_Union[_attributes_pb2.ReferencedSamplePositions, _Mapping]] = ..., referenced_time_offsets: _Optional[_Union[_attributes_pb2.ReferencedTimeOffsets, _Mapping]] = ..., referenced_datetime: _Optional[_Union[_attributes_pb2.ReferencedDatetime, _Mapping]] = ...) -> None: ...
