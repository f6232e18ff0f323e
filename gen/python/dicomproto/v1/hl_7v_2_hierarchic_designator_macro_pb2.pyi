from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Hl7V2HierarchicDesignatorMacro(_message.Message):
    __slots__ = ("local_namespace_entity_id", "universal_entity_id", "universal_entity_id_type")
    LOCAL_NAMESPACE_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_TYPE_FIELD_NUMBER: _ClassVar[int]
    local_namespace_entity_id: _attributes_pb2.LocalNamespaceEntityId
    universal_entity_id: _attributes_pb2.UniversalEntityId
    universal_entity_id_type: _attributes_pb2.UniversalEntityIdType
    def __init__(self, local_namespace_entity_id: _Optional[_Union[_attributes_pb2.LocalNamespaceEntityId, _Mapping]] = ..., universal_entity_id: _Optional[_Union[_attributes_pb2.UniversalEntityId, _Mapping]] = ..., universal_entity_id_type: _Optional[_Union[_attributes_pb2.UniversalEntityIdType, _Mapping]] = ...) -> None: ...
