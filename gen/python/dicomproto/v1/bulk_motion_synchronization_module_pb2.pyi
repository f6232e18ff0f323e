from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BulkMotionSynchronizationModule(_message.Message):
    __slots__ = ("bulk_motion_compensation_technique", "bulk_motion_signal_source")
    BULK_MOTION_COMPENSATION_TECHNIQUE_FIELD_NUMBER: _ClassVar[int]
    BULK_MOTION_SIGNAL_SOURCE_FIELD_NUMBER: _ClassVar[int]
    bulk_motion_compensation_technique: _attributes_pb2.BulkMotionCompensationTechnique
    bulk_motion_signal_source: _attributes_pb2.BulkMotionSignalSource
    def __init__(self, bulk_motion_compensation_technique: _Optional[_Union[_attributes_pb2.BulkMotionCompensationTechnique, _Mapping]] = ..., bulk_motion_signal_source: _Optional[_Union[_attributes_pb2.BulkMotionSignalSource, _Mapping]] = ...) -> None: ...
