from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MultiFrameDimensionModule(_message.Message):
    __slots__ = ("dimension_organization_sequence", "dimension_organization_type", "dimension_index_sequence")
    DIMENSION_ORGANIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DIMENSION_ORGANIZATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    DIMENSION_INDEX_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    dimension_organization_sequence: _sequences_pb2.DimensionOrganizationSequenceItems
    dimension_organization_type: _attributes_pb2.DimensionOrganizationType
    dimension_index_sequence: _sequences_pb2.DimensionIndexSequenceItems
    def __init__(self, dimension_organization_sequence: _Optional[_Union[_sequences_pb2.DimensionOrganizationSequenceItems, _Mapping]] = ..., dimension_organization_type: _Optional[_Union[_attributes_pb2.DimensionOrganizationType, _Mapping]] = ..., dimension_index_sequence: _Optional[_Union[_sequences_pb2.DimensionIndexSequenceItems, _Mapping]] = ...) -> None: ...
