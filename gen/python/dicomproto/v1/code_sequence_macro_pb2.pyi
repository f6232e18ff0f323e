from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CodeSequenceMacro(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid")
    CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_DESIGNATOR_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_VERSION_FIELD_NUMBER: _ClassVar[int]
    CODE_MEANING_FIELD_NUMBER: _ClassVar[int]
    LONG_CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    URN_CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    EQUIVALENT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_UID_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_UID_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_VERSION_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_EXTENSION_FLAG_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_LOCAL_VERSION_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_EXTENSION_CREATOR_UID_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: _sequences_pb2.EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[_sequences_pb2.EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ...) -> None: ...
