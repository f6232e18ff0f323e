from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class StructureSetModule(_message.Message):
    __slots__ = ("structure_set_label", "structure_set_name", "structure_set_description", "instance_number", "structure_set_date", "structure_set_time", "referenced_frame_of_reference_sequence", "structure_set_roi_sequence", "predecessor_structure_set_sequence")
    STRUCTURE_SET_LABEL_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_SET_NAME_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_SET_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_SET_DATE_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_SET_TIME_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_OF_REFERENCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_SET_ROI_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PREDECESSOR_STRUCTURE_SET_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    structure_set_label: _attributes_pb2.StructureSetLabel
    structure_set_name: _attributes_pb2.StructureSetName
    structure_set_description: _attributes_pb2.StructureSetDescription
    instance_number: _attributes_pb2.InstanceNumber
    structure_set_date: _attributes_pb2.StructureSetDate
    structure_set_time: _attributes_pb2.StructureSetTime
    referenced_frame_of_reference_sequence: _sequences_pb2.ReferencedFrameOfReferenceSequenceItems
    structure_set_roi_sequence: _sequences_pb2.StructureSetRoiSequenceItems
    predecessor_structure_set_sequence: _sequences_pb2.PredecessorStructureSetSequenceItems
    def __init__(self, structure_set_label: _Optional[_Union[_attributes_pb2.StructureSetLabel, _Mapping]] = ..., structure_set_name: _Optional[_Union[_attributes_pb2.StructureSetName, _Mapping]] = ..., structure_set_description: _Optional[_Union[_attributes_pb2.StructureSetDescription, _Mapping]] = ..., instance_number: _Optional[_Union[_attributes_pb2.InstanceNumber, _Mapping]] = ..., structure_set_date: _Optional[_Union[_attributes_pb2.StructureSetDate, _Mapping]] = ..., structure_set_time: _Optional[_Union[_attributes_pb2.StructureSetTime, _Mapping]] = ..., referenced_frame_of_reference_sequence: _Optional[_Union[_sequences_pb2.ReferencedFrameOfReferenceSequenceItems, _Mapping]] = ..., structure_set_roi_sequence: _Optional[_Union[_sequences_pb2.StructureSetRoiSequenceItems, _Mapping]] = ..., predecessor_structure_set_sequence: _Optional[_Union[_sequences_pb2.PredecessorStructureSetSequenceItems, _Mapping]] = ...) -> None: ...
