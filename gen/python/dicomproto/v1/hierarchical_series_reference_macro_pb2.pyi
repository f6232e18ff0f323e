from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class HierarchicalSeriesReferenceMacro(_message.Message):
    __slots__ = ("series_instance_uid", "retrieve_ae_title", "retrieve_location_uid", "retrieve_url", "storage_media_file_set_id", "storage_media_file_set_uid", "referenced_sop_sequence")
    SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    RETRIEVE_AE_TITLE_FIELD_NUMBER: _ClassVar[int]
    RETRIEVE_LOCATION_UID_FIELD_NUMBER: _ClassVar[int]
    RETRIEVE_URL_FIELD_NUMBER: _ClassVar[int]
    STORAGE_MEDIA_FILE_SET_ID_FIELD_NUMBER: _ClassVar[int]
    STORAGE_MEDIA_FILE_SET_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    series_instance_uid: _attributes_pb2.SeriesInstanceUid
    retrieve_ae_title: _attributes_pb2.RetrieveAeTitle
    retrieve_location_uid: _attributes_pb2.RetrieveLocationUid
    retrieve_url: _attributes_pb2.RetrieveUrl
    storage_media_file_set_id: _attributes_pb2.StorageMediaFileSetId
    storage_media_file_set_uid: _attributes_pb2.StorageMediaFileSetUid
    referenced_sop_sequence: _sequences_pb2.HierarchicalSeriesReferenceMacroReferencedSopSequenceItems
    def __init__(self, series_instance_uid: _Optional[_Union[_attributes_pb2.SeriesInstanceUid, _Mapping]] = ..., retrieve_ae_title: _Optional[_Union[_attributes_pb2.RetrieveAeTitle, _Mapping]] = ..., retrieve_location_uid: _Optional[_Union[_attributes_pb2.RetrieveLocationUid, _Mapping]] = ..., retrieve_url: _Optional[_Union[_attributes_pb2.RetrieveUrl, _Mapping]] = ..., storage_media_file_set_id: _Optional[_Union[_attributes_pb2.StorageMediaFileSetId, _Mapping]] = ..., storage_media_file_set_uid: _Optional[_Union[_attributes_pb2.StorageMediaFileSetUid, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[_sequences_pb2.HierarchicalSeriesReferenceMacroReferencedSopSequenceItems, _Mapping]] = ...) -> None: ...
