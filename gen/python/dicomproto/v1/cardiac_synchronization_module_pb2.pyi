from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CardiacSynchronizationModule(_message.Message):
    __slots__ = ("cardiac_synchronization_technique", "cardiac_signal_source", "cardiac_r_r_interval_specified", "cardiac_beat_rejection_technique", "low_r_r_value", "high_r_r_value", "intervals_acquired", "intervals_rejected", "skip_beats", "cardiac_framing_type")
    CARDIAC_SYNCHRONIZATION_TECHNIQUE_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_SIGNAL_SOURCE_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_R_R_INTERVAL_SPECIFIED_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_BEAT_REJECTION_TECHNIQUE_FIELD_NUMBER: _ClassVar[int]
    LOW_R_R_VALUE_FIELD_NUMBER: _ClassVar[int]
    HIGH_R_R_VALUE_FIELD_NUMBER: _ClassVar[int]
    INTERVALS_ACQUIRED_FIELD_NUMBER: _ClassVar[int]
    INTERVALS_REJECTED_FIELD_NUMBER: _ClassVar[int]
    SKIP_BEATS_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_FRAMING_TYPE_FIELD_NUMBER: _ClassVar[int]
    cardiac_synchronization_technique: _attributes_pb2.CardiacSynchronizationTechnique
    cardiac_signal_source: _attributes_pb2.CardiacSignalSource
    cardiac_r_r_interval_specified: _attributes_pb2.CardiacRRIntervalSpecified
    cardiac_beat_rejection_technique: _attributes_pb2.CardiacBeatRejectionTechnique
    low_r_r_value: _attributes_pb2.LowRRValue
    high_r_r_value: _attributes_pb2.HighRRValue
    intervals_acquired: _attributes_pb2.IntervalsAcquired
    intervals_rejected: _attributes_pb2.IntervalsRejected
    skip_beats: _attributes_pb2.SkipBeats
    cardiac_framing_type: _attributes_pb2.CardiacFramingType
    def __init__(self, cardiac_synchronization_technique: _Optional[_Union[_attributes_pb2.CardiacSynchronizationTechnique, _Mapping]] = ..., cardiac_signal_source: _Optional[_Union[_attributes_pb2.CardiacSignalSource, _Mapping]] = ..., cardiac_r_r_interval_specified: _Optional[_Union[_attributes_pb2.CardiacRRIntervalSpecified, _Mapping]] = ..., cardiac_beat_rejection_technique: _Optional[_Union[_attributes_pb2.CardiacBeatRejectionTechnique, _Mapping]] = ..., low_r_r_value: _Optional[_Union[_attributes_pb2.LowRRValue, _Mapping]] = ..., high_r_r_value: _Optional[_Union[_attributes_pb2.HighRRValue, _Mapping]] = ..., intervals_acquired: _Optional[_Union[_attributes_pb2.IntervalsAcquired, _Mapping]] = ..., intervals_rejected: _Optional[_Union[_attributes_pb2.IntervalsRejected, _Mapping]] = ..., skip_beats: _Optional[_Union[_attributes_pb2.SkipBeats, _Mapping]] = ..., cardiac_framing_type: _Optional[_Union[_attributes_pb2.CardiacFramingType, _Mapping]] = ...) -> None: ...
