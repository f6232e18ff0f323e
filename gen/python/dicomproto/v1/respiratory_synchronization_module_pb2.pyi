from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RespiratorySynchronizationModule(_message.Message):
    __slots__ = ("respiratory_motion_compensation_technique", "respiratory_signal_source", "respiratory_trigger_delay_threshold", "respiratory_trigger_type")
    RESPIRATORY_MOTION_COMPENSATION_TECHNIQUE_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_SIGNAL_SOURCE_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_TRIGGER_DELAY_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_TRIGGER_TYPE_FIELD_NUMBER: _ClassVar[int]
    respiratory_motion_compensation_technique: _attributes_pb2.RespiratoryMotionCompensationTechnique
    respiratory_signal_source: _attributes_pb2.RespiratorySignalSource
    respiratory_trigger_delay_threshold: _attributes_pb2.RespiratoryTriggerDelayThreshold
    respiratory_trigger_type: _attributes_pb2.RespiratoryTriggerType
    def __init__(self, respiratory_motion_compensation_technique: _Optional[_Union[_attributes_pb2.RespiratoryMotionCompensationTechnique, _Mapping]] = ..., respiratory_signal_source: _Optional[_Union[_attributes_pb2.RespiratorySignalSource, _Mapping]] = ..., respiratory_trigger_delay_threshold: _Optional[_Union[_attributes_pb2.RespiratoryTriggerDelayThreshold, _Mapping]] = ..., respiratory_trigger_type: _Optional[_Union[_attributes_pb2.RespiratoryTriggerType, _Mapping]] = ...) -> None: ...
