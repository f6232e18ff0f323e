from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SynchronizationModule(_message.Message):
    __slots__ = ("synchronization_frame_of_reference_uid", "synchronization_trigger", "trigger_source_or_type", "synchronization_channel", "acquisition_time_synchronized", "time_source", "time_distribution_protocol", "ntp_source_address")
    SYNCHRONIZATION_FRAME_OF_REFERENCE_UID_FIELD_NUMBER: _ClassVar[int]
    SYNCHRONIZATION_TRIGGER_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_SOURCE_OR_TYPE_FIELD_NUMBER: _ClassVar[int]
    SYNCHRONIZATION_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_TIME_SYNCHRONIZED_FIELD_NUMBER: _ClassVar[int]
    TIME_SOURCE_FIELD_NUMBER: _ClassVar[int]
    TIME_DISTRIBUTION_PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    NTP_SOURCE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    synchronization_frame_of_reference_uid: _attributes_pb2.SynchronizationFrameOfReferenceUid
    synchronization_trigger: _attributes_pb2.SynchronizationTrigger
    trigger_source_or_type: _attributes_pb2.TriggerSourceOrType
    synchronization_channel: _attributes_pb2.SynchronizationChannel
    acquisition_time_synchronized: _attributes_pb2.AcquisitionTimeSynchronized
    time_source: _attributes_pb2.TimeSource
    time_distribution_protocol: _attributes_pb2.TimeDistributionProtocol
    ntp_source_address: _attributes_pb2.NtpSourceAddress
    def __init__(self, synchronization_frame_of_reference_uid: _Optional[_Union[_attributes_pb2.SynchronizationFrameOfReferenceUid, _Mapping]] = ..., synchronization_trigger: _Optional[_Union[_attributes_pb2.SynchronizationTrigger, _Mapping]] = ..., trigger_source_or_type: _Optional[_Union[_attributes_pb2.TriggerSourceOrType, _Mapping]] = ..., synchronization_channel: _Optional[_Union[_attributes_pb2.SynchronizationChannel, _Mapping]] = ..., acquisition_time_synchronized: _Optional[_Union[_attributes_pb2.AcquisitionTimeSynchronized, _Mapping]] = ..., time_source: _Optional[_Union[_attributes_pb2.TimeSource, _Mapping]] = ..., time_distribution_protocol: _Optional[_Union[_attributes_pb2.TimeDistributionProtocol, _Mapping]] = ..., ntp_source_address: _Optional[_Union[_attributes_pb2.NtpSourceAddress, _Mapping]] = ...) -> None: ...
