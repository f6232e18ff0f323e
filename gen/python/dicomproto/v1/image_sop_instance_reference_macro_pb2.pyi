from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ImageSopInstanceReferenceMacro(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ...) -> None: ...
