from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SpecimenModule(_message.Message):
    __slots__ = ("container_identifier", "issuer_of_the_container_identifier_sequence", "alternate_container_identifier_sequence", "container_type_code_sequence", "container_description", "container_component_sequence", "specimen_description_sequence")
    CONTAINER_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_THE_CONTAINER_IDENTIFIER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ALTERNATE_CONTAINER_IDENTIFIER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_TYPE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_COMPONENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_DESCRIPTION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    container_identifier: _attributes_pb2.ContainerIdentifier
    issuer_of_the_container_identifier_sequence: _sequences_pb2.IssuerOfTheContainerIdentifierSequenceItems
    alternate_container_identifier_sequence: _sequences_pb2.AlternateContainerIdentifierSequenceItems
    container_type_code_sequence: _sequences_pb2.ContainerTypeCodeSequenceItems
    container_description: _attributes_pb2.ContainerDescription
    container_component_sequence: _sequences_pb2.ContainerComponentSequenceItems
    specimen_description_sequence: _sequences_pb2.SpecimenDescriptionSequenceItems
    def __init__(self, container_identifier: _Optional[_Union[_attributes_pb2.ContainerIdentifier, _Mapping]] = ..., issuer_of_the_container_identifier_sequence: _Optional[_Union[_sequences_pb2.IssuerOfTheContainerIdentifierSequenceItems, _Mapping]] = ..., alternate_container_identifier_sequence: _Optional[_Union[_sequences_pb2.AlternateContainerIdentifierSequenceItems, _Mapping]] = ..., container_type_code_sequence: _Optional[_Union[_sequences_pb2.ContainerTypeCodeSequenceItems, _Mapping]] = ..., container_description: _Optional[_Union[_attributes_pb2.ContainerDescription, _Mapping]] = ..., container_component_sequence: _Optional[_Union[_sequences_pb2.ContainerComponentSequenceItems, _Mapping]] = ..., specimen_description_sequence: _Optional[_Union[_sequences_pb2.SpecimenDescriptionSequenceItems, _Mapping]] = ...) -> None: ...
