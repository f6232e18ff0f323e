from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModule(_message.Message):
    __slots__ = ("shared_functional_groups_sequence", "per_frame_functional_groups_sequence", "instance_number", "content_date", "content_time", "number_of_frames", "stereo_pairs_present", "concatenation_frame_offset_number", "representative_frame_number", "concatenation_uid", "sop_instance_uid_of_concatenation_source", "in_concatenation_number", "in_concatenation_total_number")
    SHARED_FUNCTIONAL_GROUPS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_DATE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TIME_FIELD_NUMBER: _ClassVar[int]
    NUMBER_OF_FRAMES_FIELD_NUMBER: _ClassVar[int]
    STEREO_PAIRS_PRESENT_FIELD_NUMBER: _ClassVar[int]
    CONCATENATION_FRAME_OFFSET_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REPRESENTATIVE_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONCATENATION_UID_FIELD_NUMBER: _ClassVar[int]
    SOP_INSTANCE_UID_OF_CONCATENATION_SOURCE_FIELD_NUMBER: _ClassVar[int]
    IN_CONCATENATION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    IN_CONCATENATION_TOTAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    shared_functional_groups_sequence: _sequences_pb2.EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItems
    per_frame_functional_groups_sequence: _sequences_pb2.EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItems
    instance_number: _attributes_pb2.InstanceNumber
    content_date: _attributes_pb2.ContentDate
    content_time: _attributes_pb2.ContentTime
    number_of_frames: _attributes_pb2.NumberOfFrames
    stereo_pairs_present: _attributes_pb2.StereoPairsPresent
    concatenation_frame_offset_number: _attributes_pb2.ConcatenationFrameOffsetNumber
    representative_frame_number: _attributes_pb2.RepresentativeFrameNumber
    concatenation_uid: _attributes_pb2.ConcatenationUid
    sop_instance_uid_of_concatenation_source: _attributes_pb2.SopInstanceUidOfConcatenationSource
    in_concatenation_number: _attributes_pb2.InConcatenationNumber
    in_concatenation_total_number: _attributes_pb2.InConcatenationTotalNumber
    def __init__(self, shared_functional_groups_sequence: _Optional[_Union[_sequences_pb2.EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItems, _Mapping]] = ..., per_frame_functional_groups_sequence: _Optional[_Union[_sequences_pb2.EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItems, _Mapping]] = ..., instance_number: _Optional[_Union[_attributes_pb2.InstanceNumber, _Mapping]] = ..., content_date: _Optional[_Union[_attributes_pb2.ContentDate, _Mapping]] = ..., content_time: _Optional[_Union[_attributes_pb2.ContentTime, _Mapping]] = ..., number_of_frames: _Optional[_Union[_attributes_pb2.NumberOfFrames, _Mapping]] = ..., stereo_pairs_present: _Optional[_Union[_attributes_pb2.StereoPairsPresent, _Mapping]] = ..., concatenation_frame_offset_number: _Optional[_Union[_attributes_pb2.ConcatenationFrameOffsetNumber, _Mapping]] = ..., representative_frame_number: _Optional[_Union[_attributes_pb2.RepresentativeFrameNumber, _Mapping]] = ..., concatenation_uid: _Optional[_Union[_attributes_pb2.ConcatenationUid, _Mapping]] = ..., sop_instance_uid_of_concatenation_source: _Optional[_Union[_attributes_pb2.SopInstanceUidOfConcatenationSource, _Mapping]] = ..., in_concatenation_number: _Optional[_Union[_attributes_pb2.InConcatenationNumber, _Mapping]] = ..., in_concatenation_total_number: _Optional[_Union[_attributes_pb2.InConcatenationTotalNumber, _Mapping]] = ...) -> None: ...
