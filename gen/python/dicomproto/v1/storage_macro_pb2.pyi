from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class StorageMacro(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "dicom_storage_sequence", "stow_rs_storage_sequence", "xds_storage_sequence")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    DICOM_STORAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STOW_RS_STORAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    XDS_STORAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    dicom_storage_sequence: _sequences_pb2.DicomStorageSequenceItems
    stow_rs_storage_sequence: _sequences_pb2.StowRsStorageSequenceItems
    xds_storage_sequence: _sequences_pb2.XdsStorageSequenceItems
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., dicom_storage_sequence: _Optional[_Union[_sequences_pb2.DicomStorageSequenceItems, _Mapping]] = ..., stow_rs_storage_sequence: _Optional[_Union[_sequences_pb2.StowRsStorageSequenceItems, _Mapping]] = ..., xds_storage_sequence: _Optional[_Union[_sequences_pb2.XdsStorageSequenceItems, _Mapping]] = ...) -> None: ...
