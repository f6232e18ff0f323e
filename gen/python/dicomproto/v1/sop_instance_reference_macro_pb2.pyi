from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SopInstanceReferenceMacro(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ...) -> None: ...
