from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ReferencedInstancesAndAccessMacro(_message.Message):
    __slots__ = ("type_of_instances", "study_instance_uid", "series_instance_uid", "referenced_sop_sequence", "dicom_retrieval_sequence", "dicom_media_retrieval_sequence", "wado_retrieval_sequence", "xds_retrieval_sequence", "wado_rs_retrieval_sequence")
    TYPE_OF_INSTANCES_FIELD_NUMBER: _ClassVar[int]
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DICOM_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DICOM_MEDIA_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    WADO_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    XDS_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    WADO_RS_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    type_of_instances: _attributes_pb2.TypeOfInstances
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    series_instance_uid: _attributes_pb2.SeriesInstanceUid
    referenced_sop_sequence: _sequences_pb2.ReferencedInstancesAndAccessMacroReferencedSopSequenceItems
    dicom_retrieval_sequence: _sequences_pb2.DicomRetrievalSequenceItems
    dicom_media_retrieval_sequence: _sequences_pb2.DicomMediaRetrievalSequenceItems
    wado_retrieval_sequence: _sequences_pb2.WadoRetrievalSequenceItems
    xds_retrieval_sequence: _sequences_pb2.XdsRetrievalSequenceItems
    wado_rs_retrieval_sequence: _sequences_pb2.WadoRsRetrievalSequenceItems
    def __init__(self, type_of_instances: _Optional[_Union[_attributes_pb2.TypeOfInstances, _Mapping]] = ..., study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., series_instance_uid: _Optional[_Union[_attributes_pb2.SeriesInstanceUid, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[_sequences_pb2.ReferencedInstancesAndAccessMacroReferencedSopSequenceItems, _Mapping]] = ..., dicom_retrieval_sequence: _Optional[_Union[_sequences_pb2.DicomRetrievalSequenceItems, _Mapping]] = ..., dicom_media_retrieval_sequence: _Optional[_Union[_sequences_pb2.DicomMediaRetrievalSequenceItems, _Mapping]] = ..., wado_retrieval_sequence: _Optional[_Union[_sequences_pb2.WadoRetrievalSequenceItems, _Mapping]] = ..., xds_retrieval_sequence: _Optional[_Union[_sequences_pb2.XdsRetrievalSequenceItems, _Mapping]] = ..., wado_rs_retrieval_sequence: _Optional[_Union[_sequences_pb2.WadoRsRetrievalSequenceItems, _Mapping]] = ...) -> None: ...
