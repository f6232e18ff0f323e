from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import dataset_pb2 as _dataset_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AcquisitionContextSequenceItem(_message.Message):
    __slots__ = ("value_type", "concept_name_code_sequence", "referenced_frame_numbers", "numeric_value", "floating_point_value", "rational_numerator_value", "rational_denominator_value", "measurement_units_code_sequence", "date", "time", "person_name", "text_value", "concept_code_sequence", "other_elements", "undefined_length")
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_FIELD_NUMBER: _ClassVar[int]
    FLOATING_POINT_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_NUMERATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_DENOMINATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    referenced_frame_numbers: _attributes_pb2.ReferencedFrameNumbers
    numeric_value: _attributes_pb2.NumericValue
    floating_point_value: _attributes_pb2.FloatingPointValue
    rational_numerator_value: _attributes_pb2.RationalNumeratorValue
    rational_denominator_value: _attributes_pb2.RationalDenominatorValue
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    text_value: _attributes_pb2.TextValue
    concept_code_sequence: ConceptCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., referenced_frame_numbers: _Optional[_Union[_attributes_pb2.ReferencedFrameNumbers, _Mapping]] = ..., numeric_value: _Optional[_Union[_attributes_pb2.NumericValue, _Mapping]] = ..., floating_point_value: _Optional[_Union[_attributes_pb2.FloatingPointValue, _Mapping]] = ..., rational_numerator_value: _Optional[_Union[_attributes_pb2.RationalNumeratorValue, _Mapping]] = ..., rational_denominator_value: _Optional[_Union[_attributes_pb2.RationalDenominatorValue, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[ConceptCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AcquisitionContextSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AcquisitionContextSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AcquisitionContextSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AdditionalDrugSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AdditionalDrugSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AdditionalDrugSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AdditionalDrugSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AdmittingDiagnosesCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AdmittingDiagnosesCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AdmittingDiagnosesCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AdmittingDiagnosesCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AlternateContainerIdentifierSequenceItem(_message.Message):
    __slots__ = ("container_identifier", "issuer_of_the_container_identifier_sequence", "other_elements", "undefined_length")
    CONTAINER_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_THE_CONTAINER_IDENTIFIER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    container_identifier: _attributes_pb2.ContainerIdentifier
    issuer_of_the_container_identifier_sequence: IssuerOfTheContainerIdentifierSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, container_identifier: _Optional[_Union[_attributes_pb2.ContainerIdentifier, _Mapping]] = ..., issuer_of_the_container_identifier_sequence: _Optional[_Union[IssuerOfTheContainerIdentifierSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AlternateContainerIdentifierSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AlternateContainerIdentifierSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AlternateContainerIdentifierSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AnatomicRegionModifierSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AnatomicRegionModifierSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AnatomicRegionModifierSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AnatomicRegionModifierSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AnatomicRegionSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "anatomic_region_modifier_sequence", "other_elements", "undefined_length")
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
    ANATOMIC_REGION_MODIFIER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    anatomic_region_modifier_sequence: AnatomicRegionModifierSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., anatomic_region_modifier_sequence: _Optional[_Union[AnatomicRegionModifierSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AnatomicRegionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AnatomicRegionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AnatomicRegionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AssigningAgencyOrDepartmentCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AssigningAgencyOrDepartmentCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AssigningAgencyOrDepartmentCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AssigningAgencyOrDepartmentCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AssigningFacilitySequenceItem(_message.Message):
    __slots__ = ("local_namespace_entity_id", "universal_entity_id", "universal_entity_id_type", "issuer_of_patient_id", "issuer_of_patient_id_qualifiers_sequence", "other_elements", "undefined_length")
    LOCAL_NAMESPACE_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_TYPE_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_QUALIFIERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    local_namespace_entity_id: _attributes_pb2.LocalNamespaceEntityId
    universal_entity_id: _attributes_pb2.UniversalEntityId
    universal_entity_id_type: _attributes_pb2.UniversalEntityIdType
    issuer_of_patient_id: _attributes_pb2.IssuerOfPatientId
    issuer_of_patient_id_qualifiers_sequence: IssuerOfPatientIdQualifiersSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, local_namespace_entity_id: _Optional[_Union[_attributes_pb2.LocalNamespaceEntityId, _Mapping]] = ..., universal_entity_id: _Optional[_Union[_attributes_pb2.UniversalEntityId, _Mapping]] = ..., universal_entity_id_type: _Optional[_Union[_attributes_pb2.UniversalEntityIdType, _Mapping]] = ..., issuer_of_patient_id: _Optional[_Union[_attributes_pb2.IssuerOfPatientId, _Mapping]] = ..., issuer_of_patient_id_qualifiers_sequence: _Optional[_Union[IssuerOfPatientIdQualifiersSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AssigningFacilitySequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AssigningFacilitySequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AssigningFacilitySequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AssigningJurisdictionCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class AssigningJurisdictionCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[AssigningJurisdictionCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[AssigningJurisdictionCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class BreedRegistrationSequenceItem(_message.Message):
    __slots__ = ("breed_registration_number", "breed_registry_code_sequence", "other_elements", "undefined_length")
    BREED_REGISTRATION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    BREED_REGISTRY_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    breed_registration_number: _attributes_pb2.BreedRegistrationNumber
    breed_registry_code_sequence: BreedRegistryCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, breed_registration_number: _Optional[_Union[_attributes_pb2.BreedRegistrationNumber, _Mapping]] = ..., breed_registry_code_sequence: _Optional[_Union[BreedRegistryCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class BreedRegistrationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[BreedRegistrationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[BreedRegistrationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class BreedRegistryCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class BreedRegistryCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[BreedRegistryCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[BreedRegistryCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CalibrationSequenceItem(_message.Message):
    __slots__ = ("calibration_image", "other_elements", "undefined_length")
    CALIBRATION_IMAGE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    calibration_image: _attributes_pb2.CalibrationImage
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, calibration_image: _Optional[_Union[_attributes_pb2.CalibrationImage, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CalibrationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CalibrationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CalibrationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CardiacSynchronizationSequenceItem(_message.Message):
    __slots__ = ("nominal_percentage_of_cardiac_phase", "nominal_cardiac_trigger_delay_time", "actual_cardiac_trigger_delay_time", "nominal_cardiac_trigger_time_prior_to_r_peak", "actual_cardiac_trigger_time_prior_to_r_peak", "intervals_acquired", "intervals_rejected", "heart_rate", "r_r_interval_time_nominal", "low_r_r_value", "high_r_r_value", "other_elements", "undefined_length")
    NOMINAL_PERCENTAGE_OF_CARDIAC_PHASE_FIELD_NUMBER: _ClassVar[int]
    NOMINAL_CARDIAC_TRIGGER_DELAY_TIME_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_CARDIAC_TRIGGER_DELAY_TIME_FIELD_NUMBER: _ClassVar[int]
    NOMINAL_CARDIAC_TRIGGER_TIME_PRIOR_TO_R_PEAK_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_CARDIAC_TRIGGER_TIME_PRIOR_TO_R_PEAK_FIELD_NUMBER: _ClassVar[int]
    INTERVALS_ACQUIRED_FIELD_NUMBER: _ClassVar[int]
    INTERVALS_REJECTED_FIELD_NUMBER: _ClassVar[int]
    HEART_RATE_FIELD_NUMBER: _ClassVar[int]
    R_R_INTERVAL_TIME_NOMINAL_FIELD_NUMBER: _ClassVar[int]
    LOW_R_R_VALUE_FIELD_NUMBER: _ClassVar[int]
    HIGH_R_R_VALUE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    nominal_percentage_of_cardiac_phase: _attributes_pb2.NominalPercentageOfCardiacPhase
    nominal_cardiac_trigger_delay_time: _attributes_pb2.NominalCardiacTriggerDelayTime
    actual_cardiac_trigger_delay_time: _attributes_pb2.ActualCardiacTriggerDelayTime
    nominal_cardiac_trigger_time_prior_to_r_peak: _attributes_pb2.NominalCardiacTriggerTimePriorToRPeak
    actual_cardiac_trigger_time_prior_to_r_peak: _attributes_pb2.ActualCardiacTriggerTimePriorToRPeak
    intervals_acquired: _attributes_pb2.IntervalsAcquired
    intervals_rejected: _attributes_pb2.IntervalsRejected
    heart_rate: _attributes_pb2.HeartRate
    r_r_interval_time_nominal: _attributes_pb2.RRIntervalTimeNominal
    low_r_r_value: _attributes_pb2.LowRRValue
    high_r_r_value: _attributes_pb2.HighRRValue
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, nominal_percentage_of_cardiac_phase: _Optional[_Union[_attributes_pb2.NominalPercentageOfCardiacPhase, _Mapping]] = ..., nominal_cardiac_trigger_delay_time: _Optional[_Union[_attributes_pb2.NominalCardiacTriggerDelayTime, _Mapping]] = ..., actual_cardiac_trigger_delay_time: _Optional[_Union[_attributes_pb2.ActualCardiacTriggerDelayTime, _Mapping]] = ..., nominal_cardiac_trigger_time_prior_to_r_peak: _Optional[_Union[_attributes_pb2.NominalCardiacTriggerTimePriorToRPeak, _Mapping]] = ..., actual_cardiac_trigger_time_prior_to_r_peak: _Optional[_Union[_attributes_pb2.ActualCardiacTriggerTimePriorToRPeak, _Mapping]] = ..., intervals_acquired: _Optional[_Union[_attributes_pb2.IntervalsAcquired, _Mapping]] = ..., intervals_rejected: _Optional[_Union[_attributes_pb2.IntervalsRejected, _Mapping]] = ..., heart_rate: _Optional[_Union[_attributes_pb2.HeartRate, _Mapping]] = ..., r_r_interval_time_nominal: _Optional[_Union[_attributes_pb2.RRIntervalTimeNominal, _Mapping]] = ..., low_r_r_value: _Optional[_Union[_attributes_pb2.LowRRValue, _Mapping]] = ..., high_r_r_value: _Optional[_Union[_attributes_pb2.HighRRValue, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CardiacSynchronizationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CardiacSynchronizationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CardiacSynchronizationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CellValuesSequenceItem(_message.Message):
    __slots__ = ("table_row_number", "table_column_number", "referenced_content_item_identifier", "selector_attribute_vr", "selector_ds_value", "selector_dt_value", "selector_fd_value", "selector_fl_value", "selector_is_value", "selector_sl_value", "selector_ss_value", "selector_sv_value", "selector_uc_value", "selector_ul_value", "selector_us_value", "selector_uv_value", "concept_code_sequence", "measurement_units_code_sequence", "numeric_value_qualifier_code_sequence", "other_elements", "undefined_length")
    TABLE_ROW_NUMBER_FIELD_NUMBER: _ClassVar[int]
    TABLE_COLUMN_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_CONTENT_ITEM_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_ATTRIBUTE_VR_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_DS_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_DT_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_FD_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_FL_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_IS_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_SL_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_SS_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_SV_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_UC_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_UL_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_US_VALUE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_UV_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_QUALIFIER_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    table_row_number: _attributes_pb2.TableRowNumber
    table_column_number: _attributes_pb2.TableColumnNumber
    referenced_content_item_identifier: _attributes_pb2.ReferencedContentItemIdentifier
    selector_attribute_vr: _attributes_pb2.SelectorAttributeVr
    selector_ds_value: _attributes_pb2.SelectorDsValue
    selector_dt_value: _attributes_pb2.SelectorDtValue
    selector_fd_value: _attributes_pb2.SelectorFdValue
    selector_fl_value: _attributes_pb2.SelectorFlValue
    selector_is_value: _attributes_pb2.SelectorIsValue
    selector_sl_value: _attributes_pb2.SelectorSlValue
    selector_ss_value: _attributes_pb2.SelectorSsValue
    selector_sv_value: _attributes_pb2.SelectorSvValue
    selector_uc_value: _attributes_pb2.SelectorUcValue
    selector_ul_value: _attributes_pb2.SelectorUlValue
    selector_us_value: _attributes_pb2.SelectorUsValue
    selector_uv_value: _attributes_pb2.SelectorUvValue
    concept_code_sequence: ConceptCodeSequenceItems
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    numeric_value_qualifier_code_sequence: NumericValueQualifierCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, table_row_number: _Optional[_Union[_attributes_pb2.TableRowNumber, _Mapping]] = ..., table_column_number: _Optional[_Union[_attributes_pb2.TableColumnNumber, _Mapping]] = ..., referenced_content_item_identifier: _Optional[_Union[_attributes_pb2.ReferencedContentItemIdentifier, _Mapping]] = ..., selector_attribute_vr: _Optional[_Union[_attributes_pb2.SelectorAttributeVr, _Mapping]] = ..., selector_ds_value: _Optional[_Union[_attributes_pb2.SelectorDsValue, _Mapping]] = ..., selector_dt_value: _Optional[_Union[_attributes_pb2.SelectorDtValue, _Mapping]] = ..., selector_fd_value: _Optional[_Union[_attributes_pb2.SelectorFdValue, _Mapping]] = ..., selector_fl_value: _Optional[_Union[_attributes_pb2.SelectorFlValue, _Mapping]] = ..., selector_is_value: _Optional[_Union[_attributes_pb2.SelectorIsValue, _Mapping]] = ..., selector_sl_value: _Optional[_Union[_attributes_pb2.SelectorSlValue, _Mapping]] = ..., selector_ss_value: _Optional[_Union[_attributes_pb2.SelectorSsValue, _Mapping]] = ..., selector_sv_value: _Optional[_Union[_attributes_pb2.SelectorSvValue, _Mapping]] = ..., selector_uc_value: _Optional[_Union[_attributes_pb2.SelectorUcValue, _Mapping]] = ..., selector_ul_value: _Optional[_Union[_attributes_pb2.SelectorUlValue, _Mapping]] = ..., selector_us_value: _Optional[_Union[_attributes_pb2.SelectorUsValue, _Mapping]] = ..., selector_uv_value: _Optional[_Union[_attributes_pb2.SelectorUvValue, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[ConceptCodeSequenceItems, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., numeric_value_qualifier_code_sequence: _Optional[_Union[NumericValueQualifierCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CellValuesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CellValuesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CellValuesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CodingSchemeIdentificationSequenceItem(_message.Message):
    __slots__ = ("coding_scheme_designator", "coding_scheme_registry", "coding_scheme_uid", "coding_scheme_external_id", "coding_scheme_name", "coding_scheme_version", "coding_scheme_responsible_organization", "other_elements", "undefined_length")
    CODING_SCHEME_DESIGNATOR_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_REGISTRY_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_UID_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_NAME_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_VERSION_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_RESPONSIBLE_ORGANIZATION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_registry: _attributes_pb2.CodingSchemeRegistry
    coding_scheme_uid: _attributes_pb2.CodingSchemeUid
    coding_scheme_external_id: _attributes_pb2.CodingSchemeExternalId
    coding_scheme_name: _attributes_pb2.CodingSchemeName
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    coding_scheme_responsible_organization: _attributes_pb2.CodingSchemeResponsibleOrganization
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_registry: _Optional[_Union[_attributes_pb2.CodingSchemeRegistry, _Mapping]] = ..., coding_scheme_uid: _Optional[_Union[_attributes_pb2.CodingSchemeUid, _Mapping]] = ..., coding_scheme_external_id: _Optional[_Union[_attributes_pb2.CodingSchemeExternalId, _Mapping]] = ..., coding_scheme_name: _Optional[_Union[_attributes_pb2.CodingSchemeName, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., coding_scheme_responsible_organization: _Optional[_Union[_attributes_pb2.CodingSchemeResponsibleOrganization, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CodingSchemeIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CodingSchemeIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CodingSchemeIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CollimatorShapeSequenceItem(_message.Message):
    __slots__ = ("collimator_shape", "collimator_left_vertical_edge", "collimator_right_vertical_edge", "collimator_upper_horizontal_edge", "collimator_lower_horizontal_edge", "center_of_circular_collimator", "radius_of_circular_collimator", "vertices_of_the_polygonal_collimator", "other_elements", "undefined_length")
    COLLIMATOR_SHAPE_FIELD_NUMBER: _ClassVar[int]
    COLLIMATOR_LEFT_VERTICAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    COLLIMATOR_RIGHT_VERTICAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    COLLIMATOR_UPPER_HORIZONTAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    COLLIMATOR_LOWER_HORIZONTAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    CENTER_OF_CIRCULAR_COLLIMATOR_FIELD_NUMBER: _ClassVar[int]
    RADIUS_OF_CIRCULAR_COLLIMATOR_FIELD_NUMBER: _ClassVar[int]
    VERTICES_OF_THE_POLYGONAL_COLLIMATOR_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    collimator_shape: _attributes_pb2.CollimatorShape
    collimator_left_vertical_edge: _attributes_pb2.CollimatorLeftVerticalEdge
    collimator_right_vertical_edge: _attributes_pb2.CollimatorRightVerticalEdge
    collimator_upper_horizontal_edge: _attributes_pb2.CollimatorUpperHorizontalEdge
    collimator_lower_horizontal_edge: _attributes_pb2.CollimatorLowerHorizontalEdge
    center_of_circular_collimator: _attributes_pb2.CenterOfCircularCollimator
    radius_of_circular_collimator: _attributes_pb2.RadiusOfCircularCollimator
    vertices_of_the_polygonal_collimator: _attributes_pb2.VerticesOfThePolygonalCollimator
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, collimator_shape: _Optional[_Union[_attributes_pb2.CollimatorShape, _Mapping]] = ..., collimator_left_vertical_edge: _Optional[_Union[_attributes_pb2.CollimatorLeftVerticalEdge, _Mapping]] = ..., collimator_right_vertical_edge: _Optional[_Union[_attributes_pb2.CollimatorRightVerticalEdge, _Mapping]] = ..., collimator_upper_horizontal_edge: _Optional[_Union[_attributes_pb2.CollimatorUpperHorizontalEdge, _Mapping]] = ..., collimator_lower_horizontal_edge: _Optional[_Union[_attributes_pb2.CollimatorLowerHorizontalEdge, _Mapping]] = ..., center_of_circular_collimator: _Optional[_Union[_attributes_pb2.CenterOfCircularCollimator, _Mapping]] = ..., radius_of_circular_collimator: _Optional[_Union[_attributes_pb2.RadiusOfCircularCollimator, _Mapping]] = ..., vertices_of_the_polygonal_collimator: _Optional[_Union[_attributes_pb2.VerticesOfThePolygonalCollimator, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CollimatorShapeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CollimatorShapeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CollimatorShapeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CompositeObjectReferenceMacroReferencedSopSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CompositeObjectReferenceMacroReferencedSopSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CompositeObjectReferenceMacroReferencedSopSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CompositeObjectReferenceMacroReferencedSopSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConceptCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConceptCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ConceptCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ConceptCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConceptNameCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConceptNameCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ConceptNameCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ConceptNameCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConsentForClinicalTrialUseSequenceItem(_message.Message):
    __slots__ = ("distribution_type", "clinical_trial_protocol_id", "consent_for_distribution_flag", "other_elements", "undefined_length")
    DISTRIBUTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_PROTOCOL_ID_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FOR_DISTRIBUTION_FLAG_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    distribution_type: _attributes_pb2.DistributionType
    clinical_trial_protocol_id: _attributes_pb2.ClinicalTrialProtocolId
    consent_for_distribution_flag: _attributes_pb2.ConsentForDistributionFlag
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, distribution_type: _Optional[_Union[_attributes_pb2.DistributionType, _Mapping]] = ..., clinical_trial_protocol_id: _Optional[_Union[_attributes_pb2.ClinicalTrialProtocolId, _Mapping]] = ..., consent_for_distribution_flag: _Optional[_Union[_attributes_pb2.ConsentForDistributionFlag, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConsentForClinicalTrialUseSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ConsentForClinicalTrialUseSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ConsentForClinicalTrialUseSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConsultingPhysicianIdentificationSequenceItem(_message.Message):
    __slots__ = ("person_identification_code_sequence", "person_address", "person_telephone_numbers", "person_telecom_information", "institution_name", "institution_address", "institution_code_sequence", "other_elements", "undefined_length")
    PERSON_IDENTIFICATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PERSON_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELEPHONE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELECOM_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    person_identification_code_sequence: PersonIdentificationCodeSequenceItems
    person_address: _attributes_pb2.PersonAddress
    person_telephone_numbers: _attributes_pb2.PersonTelephoneNumbers
    person_telecom_information: _attributes_pb2.PersonTelecomInformation
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    institution_code_sequence: InstitutionCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, person_identification_code_sequence: _Optional[_Union[PersonIdentificationCodeSequenceItems, _Mapping]] = ..., person_address: _Optional[_Union[_attributes_pb2.PersonAddress, _Mapping]] = ..., person_telephone_numbers: _Optional[_Union[_attributes_pb2.PersonTelephoneNumbers, _Mapping]] = ..., person_telecom_information: _Optional[_Union[_attributes_pb2.PersonTelecomInformation, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., institution_code_sequence: _Optional[_Union[InstitutionCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConsultingPhysicianIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ConsultingPhysicianIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ConsultingPhysicianIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContainerComponentSequenceItem(_message.Message):
    __slots__ = ("container_component_type_code_sequence", "manufacturer", "manufacturer_model_name", "container_component_id", "container_component_length", "container_component_width", "container_component_diameter", "container_component_thickness", "container_component_material", "container_component_description", "other_elements", "undefined_length")
    CONTAINER_COMPONENT_TYPE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_COMPONENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_COMPONENT_LENGTH_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_COMPONENT_WIDTH_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_COMPONENT_DIAMETER_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_COMPONENT_THICKNESS_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_COMPONENT_MATERIAL_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_COMPONENT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    container_component_type_code_sequence: ContainerComponentTypeCodeSequenceItems
    manufacturer: _attributes_pb2.Manufacturer
    manufacturer_model_name: _attributes_pb2.ManufacturerModelName
    container_component_id: _attributes_pb2.ContainerComponentId
    container_component_length: _attributes_pb2.ContainerComponentLength
    container_component_width: _attributes_pb2.ContainerComponentWidth
    container_component_diameter: _attributes_pb2.ContainerComponentDiameter
    container_component_thickness: _attributes_pb2.ContainerComponentThickness
    container_component_material: _attributes_pb2.ContainerComponentMaterial
    container_component_description: _attributes_pb2.ContainerComponentDescription
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, container_component_type_code_sequence: _Optional[_Union[ContainerComponentTypeCodeSequenceItems, _Mapping]] = ..., manufacturer: _Optional[_Union[_attributes_pb2.Manufacturer, _Mapping]] = ..., manufacturer_model_name: _Optional[_Union[_attributes_pb2.ManufacturerModelName, _Mapping]] = ..., container_component_id: _Optional[_Union[_attributes_pb2.ContainerComponentId, _Mapping]] = ..., container_component_length: _Optional[_Union[_attributes_pb2.ContainerComponentLength, _Mapping]] = ..., container_component_width: _Optional[_Union[_attributes_pb2.ContainerComponentWidth, _Mapping]] = ..., container_component_diameter: _Optional[_Union[_attributes_pb2.ContainerComponentDiameter, _Mapping]] = ..., container_component_thickness: _Optional[_Union[_attributes_pb2.ContainerComponentThickness, _Mapping]] = ..., container_component_material: _Optional[_Union[_attributes_pb2.ContainerComponentMaterial, _Mapping]] = ..., container_component_description: _Optional[_Union[_attributes_pb2.ContainerComponentDescription, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContainerComponentSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContainerComponentSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContainerComponentSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContainerComponentTypeCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContainerComponentTypeCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContainerComponentTypeCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContainerComponentTypeCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContainerTypeCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContainerTypeCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContainerTypeCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContainerTypeCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContentItemMacroReferencedSopSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContentItemMacroReferencedSopSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContentItemMacroReferencedSopSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContentItemMacroReferencedSopSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContentItemModifierSequenceItem(_message.Message):
    __slots__ = ("value_type", "concept_name_code_sequence", "datetime", "date", "time", "person_name", "uid", "text_value", "concept_code_sequence", "numeric_value", "floating_point_value", "rational_numerator_value", "rational_denominator_value", "measurement_units_code_sequence", "referenced_sop_sequence", "other_elements", "undefined_length")
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DATETIME_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    UID_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_FIELD_NUMBER: _ClassVar[int]
    FLOATING_POINT_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_NUMERATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_DENOMINATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    datetime: _attributes_pb2.Datetime
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    uid: _attributes_pb2.Uid
    text_value: _attributes_pb2.TextValue
    concept_code_sequence: ConceptCodeSequenceItems
    numeric_value: _attributes_pb2.NumericValue
    floating_point_value: _attributes_pb2.FloatingPointValue
    rational_numerator_value: _attributes_pb2.RationalNumeratorValue
    rational_denominator_value: _attributes_pb2.RationalDenominatorValue
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    referenced_sop_sequence: ContentItemMacroReferencedSopSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., datetime: _Optional[_Union[_attributes_pb2.Datetime, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., uid: _Optional[_Union[_attributes_pb2.Uid, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[ConceptCodeSequenceItems, _Mapping]] = ..., numeric_value: _Optional[_Union[_attributes_pb2.NumericValue, _Mapping]] = ..., floating_point_value: _Optional[_Union[_attributes_pb2.FloatingPointValue, _Mapping]] = ..., rational_numerator_value: _Optional[_Union[_attributes_pb2.RationalNumeratorValue, _Mapping]] = ..., rational_denominator_value: _Optional[_Union[_attributes_pb2.RationalDenominatorValue, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[ContentItemMacroReferencedSopSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContentItemModifierSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContentItemModifierSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContentItemModifierSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContentSequenceItem(_message.Message):
    __slots__ = ("relationship_type", "observation_datetime", "observation_uid", "content_sequence", "value_type", "concept_name_code_sequence", "text_value", "datetime", "date", "time", "person_name", "uid", "measured_value_sequence", "numeric_value_qualifier_code_sequence", "concept_code_sequence", "referenced_sop_sequence", "graphic_data", "graphic_type", "pixel_origin_interpretation", "fiducial_uid", "referenced_frame_of_reference_uid", "temporal_range_type", "referenced_sample_positions", "referenced_time_offsets", "referenced_datetime", "continuity_of_content", "content_template_sequence", "tabulated_values_sequence", "referenced_content_item_identifier", "other_elements", "undefined_length")
    RELATIONSHIP_TYPE_FIELD_NUMBER: _ClassVar[int]
    OBSERVATION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    OBSERVATION_UID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    DATETIME_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    UID_FIELD_NUMBER: _ClassVar[int]
    MEASURED_VALUE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_QUALIFIER_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    GRAPHIC_DATA_FIELD_NUMBER: _ClassVar[int]
    GRAPHIC_TYPE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_ORIGIN_INTERPRETATION_FIELD_NUMBER: _ClassVar[int]
    FIDUCIAL_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_OF_REFERENCE_UID_FIELD_NUMBER: _ClassVar[int]
    TEMPORAL_RANGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SAMPLE_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_TIME_OFFSETS_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_DATETIME_FIELD_NUMBER: _ClassVar[int]
    CONTINUITY_OF_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEMPLATE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TABULATED_VALUES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_CONTENT_ITEM_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    relationship_type: _attributes_pb2.RelationshipType
    observation_datetime: _attributes_pb2.ObservationDatetime
    observation_uid: _attributes_pb2.ObservationUid
    content_sequence: ContentSequenceItems
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    text_value: _attributes_pb2.TextValue
    datetime: _attributes_pb2.Datetime
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    uid: _attributes_pb2.Uid
    measured_value_sequence: MeasuredValueSequenceItems
    numeric_value_qualifier_code_sequence: NumericValueQualifierCodeSequenceItems
    concept_code_sequence: ConceptCodeSequenceItems
    referenced_sop_sequence: DocumentContentMacroReferencedSopSequenceItems
    graphic_data: _attributes_pb2.GraphicData
    graphic_type: _attributes_pb2.GraphicType
    pixel_origin_interpretation: _attributes_pb2.PixelOriginInterpretation
    fiducial_uid: _attributes_pb2.FiducialUid
    referenced_frame_of_reference_uid: _attributes_pb2.ReferencedFrameOfReferenceUid
    temporal_range_type: _attributes_pb2.TemporalRangeType
    referenced_sample_positions: _attributes_pb2.ReferencedSamplePositions
    referenced_time_offsets: _attributes_pb2.ReferencedTimeOffsets
    referenced_datetime: _attributes_pb2.ReferencedDatetime
    continuity_of_content: _attributes_pb2.ContinuityOfContent
    content_template_sequence: ContentTemplateSequenceItems
    tabulated_values_sequence: TabulatedValuesSequenceItems
    referenced_content_item_identifier: _attributes_pb2.ReferencedContentItemIdentifier
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, relationship_type: _Optional[_Union[_attributes_pb2.RelationshipType, _Mapping]] = ..., observation_datetime: _Optional[_Union[_attributes_pb2.ObservationDatetime, _Mapping]] = ..., observation_uid: _Optional[_Union[_attributes_pb2.ObservationUid, _Mapping]] = ..., content_sequence: _Optional[_Union[ContentSequenceItems, _Mapping]] = ..., value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., datetime: _Optional[_Union[_attributes_pb2.Datetime, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., uid: _Optional[_Union[_attributes_pb2.Uid, _Mapping]] = ..., measured_value_sequence: _Optional[_Union[MeasuredValueSequenceItems, _Mapping]] = ..., numeric_value_qualifier_code_sequence: _Optional[_Union[NumericValueQualifierCodeSequenceItems, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[ConceptCodeSequenceItems, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[DocumentContentMacroReferencedSopSequenceItems, _Mapping]] = ..., graphic_data: _Optional[_Union[_attributes_pb2.GraphicData, _Mapping]] = ..., graphic_type: _Optional[_Union[_attributes_pb2.GraphicType, _Mapping]] = ..., pixel_origin_interpretation: _Optional[_Union[_attributes_pb2.PixelOriginInterpretation, _Mapping]] = ..., fiducial_uid: _Optional[_Union[_attributes_pb2.FiducialUid, _Mapping]] = ..., referenced_frame_of_reference_uid: _Optional[_Union[_attributes_pb2.ReferencedFrameOfReferenceUid, _Mapping]] = ..., temporal_range_type: _Optional[_Union[_attributes_pb2.TemporalRangeType, _Mapping]] = ..., referenced_sample_positions: _Optional[_Union[_attributes_pb2.ReferencedSamplePositions, _Mapping]] = ..., referenced_time_offsets: _Optional[_Union[_attributes_pb2.ReferencedTimeOffsets, _Mapping]] = ..., referenced_datetime: _Optional[_Union[_attributes_pb2.ReferencedDatetime, _Mapping]] = ..., continuity_of_content: _Optional[_Union[_attributes_pb2.ContinuityOfContent, _Mapping]] = ..., content_template_sequence: _Optional[_Union[ContentTemplateSequenceItems, _Mapping]] = ..., tabulated_values_sequence: _Optional[_Union[TabulatedValuesSequenceItems, _Mapping]] = ..., referenced_content_item_identifier: _Optional[_Union[_attributes_pb2.ReferencedContentItemIdentifier, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContentSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContentSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContentSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContentTemplateSequenceItem(_message.Message):
    __slots__ = ("mapping_resource", "mapping_resource_uid", "template_identifier", "other_elements", "undefined_length")
    MAPPING_RESOURCE_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_UID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    template_identifier: _attributes_pb2.TemplateIdentifier
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., template_identifier: _Optional[_Union[_attributes_pb2.TemplateIdentifier, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContentTemplateSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContentTemplateSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContentTemplateSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContextGroupIdentificationSequenceItem(_message.Message):
    __slots__ = ("other_elements", "undefined_length")
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContextGroupIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContextGroupIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContextGroupIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContourImageSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContourImageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContourImageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContourImageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContourSequenceItem(_message.Message):
    __slots__ = ("contour_number", "attached_contours", "contour_image_sequence", "contour_geometric_type", "contour_slab_thickness", "contour_offset_vector", "number_of_contour_points", "contour_data", "other_elements", "undefined_length")
    CONTOUR_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ATTACHED_CONTOURS_FIELD_NUMBER: _ClassVar[int]
    CONTOUR_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTOUR_GEOMETRIC_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTOUR_SLAB_THICKNESS_FIELD_NUMBER: _ClassVar[int]
    CONTOUR_OFFSET_VECTOR_FIELD_NUMBER: _ClassVar[int]
    NUMBER_OF_CONTOUR_POINTS_FIELD_NUMBER: _ClassVar[int]
    CONTOUR_DATA_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    contour_number: _attributes_pb2.ContourNumber
    attached_contours: _attributes_pb2.AttachedContours
    contour_image_sequence: ContourImageSequenceItems
    contour_geometric_type: _attributes_pb2.ContourGeometricType
    contour_slab_thickness: _attributes_pb2.ContourSlabThickness
    contour_offset_vector: _attributes_pb2.ContourOffsetVector
    number_of_contour_points: _attributes_pb2.NumberOfContourPoints
    contour_data: _attributes_pb2.ContourData
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, contour_number: _Optional[_Union[_attributes_pb2.ContourNumber, _Mapping]] = ..., attached_contours: _Optional[_Union[_attributes_pb2.AttachedContours, _Mapping]] = ..., contour_image_sequence: _Optional[_Union[ContourImageSequenceItems, _Mapping]] = ..., contour_geometric_type: _Optional[_Union[_attributes_pb2.ContourGeometricType, _Mapping]] = ..., contour_slab_thickness: _Optional[_Union[_attributes_pb2.ContourSlabThickness, _Mapping]] = ..., contour_offset_vector: _Optional[_Union[_attributes_pb2.ContourOffsetVector, _Mapping]] = ..., number_of_contour_points: _Optional[_Union[_attributes_pb2.NumberOfContourPoints, _Mapping]] = ..., contour_data: _Optional[_Union[_attributes_pb2.ContourData, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContourSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContourSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContourSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastAdministrationProfileSequenceItem(_message.Message):
    __slots__ = ("contrast_bolus_volume", "contrast_bolus_start_time", "contrast_bolus_stop_time", "contrast_flow_rate", "contrast_flow_duration", "other_elements", "undefined_length")
    CONTRAST_BOLUS_VOLUME_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_START_TIME_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_STOP_TIME_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_FLOW_RATE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_FLOW_DURATION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    contrast_bolus_volume: _attributes_pb2.ContrastBolusVolume
    contrast_bolus_start_time: _attributes_pb2.ContrastBolusStartTime
    contrast_bolus_stop_time: _attributes_pb2.ContrastBolusStopTime
    contrast_flow_rate: _attributes_pb2.ContrastFlowRate
    contrast_flow_duration: _attributes_pb2.ContrastFlowDuration
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, contrast_bolus_volume: _Optional[_Union[_attributes_pb2.ContrastBolusVolume, _Mapping]] = ..., contrast_bolus_start_time: _Optional[_Union[_attributes_pb2.ContrastBolusStartTime, _Mapping]] = ..., contrast_bolus_stop_time: _Optional[_Union[_attributes_pb2.ContrastBolusStopTime, _Mapping]] = ..., contrast_flow_rate: _Optional[_Union[_attributes_pb2.ContrastFlowRate, _Mapping]] = ..., contrast_flow_duration: _Optional[_Union[_attributes_pb2.ContrastFlowDuration, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastAdministrationProfileSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContrastAdministrationProfileSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContrastAdministrationProfileSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastBolusIngredientCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastBolusIngredientCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContrastBolusIngredientCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContrastBolusIngredientCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastBolusModuleContrastBolusAdministrationRouteSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "additional_drug_sequence", "other_elements", "undefined_length")
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
    ADDITIONAL_DRUG_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    additional_drug_sequence: AdditionalDrugSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., additional_drug_sequence: _Optional[_Union[AdditionalDrugSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastBolusModuleContrastBolusAdministrationRouteSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContrastBolusModuleContrastBolusAdministrationRouteSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContrastBolusModuleContrastBolusAdministrationRouteSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastBolusModuleContrastBolusAgentSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastBolusModuleContrastBolusAgentSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContrastBolusModuleContrastBolusAgentSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContrastBolusModuleContrastBolusAgentSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastBolusUsageSequenceItem(_message.Message):
    __slots__ = ("contrast_bolus_agent_number", "contrast_bolus_agent_administered", "contrast_bolus_agent_detected", "contrast_bolus_agent_phase", "other_elements", "undefined_length")
    CONTRAST_BOLUS_AGENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_AGENT_ADMINISTERED_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_AGENT_DETECTED_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_AGENT_PHASE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    contrast_bolus_agent_number: _attributes_pb2.ContrastBolusAgentNumber
    contrast_bolus_agent_administered: _attributes_pb2.ContrastBolusAgentAdministered
    contrast_bolus_agent_detected: _attributes_pb2.ContrastBolusAgentDetected
    contrast_bolus_agent_phase: _attributes_pb2.ContrastBolusAgentPhase
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, contrast_bolus_agent_number: _Optional[_Union[_attributes_pb2.ContrastBolusAgentNumber, _Mapping]] = ..., contrast_bolus_agent_administered: _Optional[_Union[_attributes_pb2.ContrastBolusAgentAdministered, _Mapping]] = ..., contrast_bolus_agent_detected: _Optional[_Union[_attributes_pb2.ContrastBolusAgentDetected, _Mapping]] = ..., contrast_bolus_agent_phase: _Optional[_Union[_attributes_pb2.ContrastBolusAgentPhase, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContrastBolusUsageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContrastBolusUsageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContrastBolusUsageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContributingEquipmentSequenceItem(_message.Message):
    __slots__ = ("purpose_of_reference_code_sequence", "manufacturer", "institution_name", "institution_address", "station_name", "institutional_department_name", "operators_name", "operator_identification_sequence", "manufacturer_model_name", "device_serial_number", "software_version_s", "spatial_resolution", "date_of_last_calibration", "time_of_last_calibration", "contribution_datetime", "contribution_description", "other_elements", "undefined_length")
    PURPOSE_OF_REFERENCE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STATION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTIONAL_DEPARTMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    OPERATORS_NAME_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    DEVICE_SERIAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SOFTWARE_VERSION_S_FIELD_NUMBER: _ClassVar[int]
    SPATIAL_RESOLUTION_FIELD_NUMBER: _ClassVar[int]
    DATE_OF_LAST_CALIBRATION_FIELD_NUMBER: _ClassVar[int]
    TIME_OF_LAST_CALIBRATION_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTION_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    purpose_of_reference_code_sequence: PurposeOfReferenceCodeSequenceItems
    manufacturer: _attributes_pb2.Manufacturer
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    station_name: _attributes_pb2.StationName
    institutional_department_name: _attributes_pb2.InstitutionalDepartmentName
    operators_name: _attributes_pb2.OperatorsName
    operator_identification_sequence: OperatorIdentificationSequenceItems
    manufacturer_model_name: _attributes_pb2.ManufacturerModelName
    device_serial_number: _attributes_pb2.DeviceSerialNumber
    software_version_s: _attributes_pb2.SoftwareVersionS
    spatial_resolution: _attributes_pb2.SpatialResolution
    date_of_last_calibration: _attributes_pb2.DateOfLastCalibration
    time_of_last_calibration: _attributes_pb2.TimeOfLastCalibration
    contribution_datetime: _attributes_pb2.ContributionDatetime
    contribution_description: _attributes_pb2.ContributionDescription
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, purpose_of_reference_code_sequence: _Optional[_Union[PurposeOfReferenceCodeSequenceItems, _Mapping]] = ..., manufacturer: _Optional[_Union[_attributes_pb2.Manufacturer, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., station_name: _Optional[_Union[_attributes_pb2.StationName, _Mapping]] = ..., institutional_department_name: _Optional[_Union[_attributes_pb2.InstitutionalDepartmentName, _Mapping]] = ..., operators_name: _Optional[_Union[_attributes_pb2.OperatorsName, _Mapping]] = ..., operator_identification_sequence: _Optional[_Union[OperatorIdentificationSequenceItems, _Mapping]] = ..., manufacturer_model_name: _Optional[_Union[_attributes_pb2.ManufacturerModelName, _Mapping]] = ..., device_serial_number: _Optional[_Union[_attributes_pb2.DeviceSerialNumber, _Mapping]] = ..., software_version_s: _Optional[_Union[_attributes_pb2.SoftwareVersionS, _Mapping]] = ..., spatial_resolution: _Optional[_Union[_attributes_pb2.SpatialResolution, _Mapping]] = ..., date_of_last_calibration: _Optional[_Union[_attributes_pb2.DateOfLastCalibration, _Mapping]] = ..., time_of_last_calibration: _Optional[_Union[_attributes_pb2.TimeOfLastCalibration, _Mapping]] = ..., contribution_datetime: _Optional[_Union[_attributes_pb2.ContributionDatetime, _Mapping]] = ..., contribution_description: _Optional[_Union[_attributes_pb2.ContributionDescription, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ContributingEquipmentSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ContributingEquipmentSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ContributingEquipmentSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConversionSourceAttributesSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ConversionSourceAttributesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ConversionSourceAttributesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ConversionSourceAttributesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtAcquisitionDetailsSequenceItem(_message.Message):
    __slots__ = ("rotation_direction", "revolution_time", "single_collimation_width", "total_collimation_width", "table_height", "gantry_detector_tilt", "data_collection_diameter", "other_elements", "undefined_length")
    ROTATION_DIRECTION_FIELD_NUMBER: _ClassVar[int]
    REVOLUTION_TIME_FIELD_NUMBER: _ClassVar[int]
    SINGLE_COLLIMATION_WIDTH_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COLLIMATION_WIDTH_FIELD_NUMBER: _ClassVar[int]
    TABLE_HEIGHT_FIELD_NUMBER: _ClassVar[int]
    GANTRY_DETECTOR_TILT_FIELD_NUMBER: _ClassVar[int]
    DATA_COLLECTION_DIAMETER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    rotation_direction: _attributes_pb2.RotationDirection
    revolution_time: _attributes_pb2.RevolutionTime
    single_collimation_width: _attributes_pb2.SingleCollimationWidth
    total_collimation_width: _attributes_pb2.TotalCollimationWidth
    table_height: _attributes_pb2.TableHeight
    gantry_detector_tilt: _attributes_pb2.GantryDetectorTilt
    data_collection_diameter: _attributes_pb2.DataCollectionDiameter
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, rotation_direction: _Optional[_Union[_attributes_pb2.RotationDirection, _Mapping]] = ..., revolution_time: _Optional[_Union[_attributes_pb2.RevolutionTime, _Mapping]] = ..., single_collimation_width: _Optional[_Union[_attributes_pb2.SingleCollimationWidth, _Mapping]] = ..., total_collimation_width: _Optional[_Union[_attributes_pb2.TotalCollimationWidth, _Mapping]] = ..., table_height: _Optional[_Union[_attributes_pb2.TableHeight, _Mapping]] = ..., gantry_detector_tilt: _Optional[_Union[_attributes_pb2.GantryDetectorTilt, _Mapping]] = ..., data_collection_diameter: _Optional[_Union[_attributes_pb2.DataCollectionDiameter, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtAcquisitionDetailsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtAcquisitionDetailsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtAcquisitionDetailsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtAcquisitionTypeSequenceItem(_message.Message):
    __slots__ = ("acquisition_type", "tube_angle", "constant_volume_flag", "fluoroscopy_flag", "other_elements", "undefined_length")
    ACQUISITION_TYPE_FIELD_NUMBER: _ClassVar[int]
    TUBE_ANGLE_FIELD_NUMBER: _ClassVar[int]
    CONSTANT_VOLUME_FLAG_FIELD_NUMBER: _ClassVar[int]
    FLUOROSCOPY_FLAG_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    acquisition_type: _attributes_pb2.AcquisitionType
    tube_angle: _attributes_pb2.TubeAngle
    constant_volume_flag: _attributes_pb2.ConstantVolumeFlag
    fluoroscopy_flag: _attributes_pb2.FluoroscopyFlag
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, acquisition_type: _Optional[_Union[_attributes_pb2.AcquisitionType, _Mapping]] = ..., tube_angle: _Optional[_Union[_attributes_pb2.TubeAngle, _Mapping]] = ..., constant_volume_flag: _Optional[_Union[_attributes_pb2.ConstantVolumeFlag, _Mapping]] = ..., fluoroscopy_flag: _Optional[_Union[_attributes_pb2.FluoroscopyFlag, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtAcquisitionTypeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtAcquisitionTypeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtAcquisitionTypeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtAdditionalXRaySourceMacroCtAdditionalXRaySourceSequenceItem(_message.Message):
    __slots__ = ("kvp", "x_ray_tube_current_in_ma", "data_collection_diameter", "focal_spot_s", "filter_type", "filter_material", "exposure_in_mas", "energy_weighting_factor", "other_elements", "undefined_length")
    KVP_FIELD_NUMBER: _ClassVar[int]
    X_RAY_TUBE_CURRENT_IN_MA_FIELD_NUMBER: _ClassVar[int]
    DATA_COLLECTION_DIAMETER_FIELD_NUMBER: _ClassVar[int]
    FOCAL_SPOT_S_FIELD_NUMBER: _ClassVar[int]
    FILTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILTER_MATERIAL_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_IN_MAS_FIELD_NUMBER: _ClassVar[int]
    ENERGY_WEIGHTING_FACTOR_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    kvp: _attributes_pb2.Kvp
    x_ray_tube_current_in_ma: _attributes_pb2.XRayTubeCurrentInMa
    data_collection_diameter: _attributes_pb2.DataCollectionDiameter
    focal_spot_s: _attributes_pb2.FocalSpotS
    filter_type: _attributes_pb2.FilterType
    filter_material: _attributes_pb2.FilterMaterial
    exposure_in_mas: _attributes_pb2.ExposureInMas
    energy_weighting_factor: _attributes_pb2.EnergyWeightingFactor
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, kvp: _Optional[_Union[_attributes_pb2.Kvp, _Mapping]] = ..., x_ray_tube_current_in_ma: _Optional[_Union[_attributes_pb2.XRayTubeCurrentInMa, _Mapping]] = ..., data_collection_diameter: _Optional[_Union[_attributes_pb2.DataCollectionDiameter, _Mapping]] = ..., focal_spot_s: _Optional[_Union[_attributes_pb2.FocalSpotS, _Mapping]] = ..., filter_type: _Optional[_Union[_attributes_pb2.FilterType, _Mapping]] = ..., filter_material: _Optional[_Union[_attributes_pb2.FilterMaterial, _Mapping]] = ..., exposure_in_mas: _Optional[_Union[_attributes_pb2.ExposureInMas, _Mapping]] = ..., energy_weighting_factor: _Optional[_Union[_attributes_pb2.EnergyWeightingFactor, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtAdditionalXRaySourceMacroCtAdditionalXRaySourceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtAdditionalXRaySourceMacroCtAdditionalXRaySourceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtAdditionalXRaySourceMacroCtAdditionalXRaySourceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtExposureSequenceItem(_message.Message):
    __slots__ = ("exposure_time_in_ms", "x_ray_tube_current_in_ma", "exposure_in_mas", "exposure_modulation_type", "estimated_dose_saving", "ctdivol", "ctdi_phantom_type_code_sequence", "water_equivalent_diameter", "water_equivalent_diameter_calculation_method_code_sequence", "other_elements", "undefined_length")
    EXPOSURE_TIME_IN_MS_FIELD_NUMBER: _ClassVar[int]
    X_RAY_TUBE_CURRENT_IN_MA_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_IN_MAS_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_MODULATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_DOSE_SAVING_FIELD_NUMBER: _ClassVar[int]
    CTDIVOL_FIELD_NUMBER: _ClassVar[int]
    CTDI_PHANTOM_TYPE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    WATER_EQUIVALENT_DIAMETER_FIELD_NUMBER: _ClassVar[int]
    WATER_EQUIVALENT_DIAMETER_CALCULATION_METHOD_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    exposure_time_in_ms: _attributes_pb2.ExposureTimeInMs
    x_ray_tube_current_in_ma: _attributes_pb2.XRayTubeCurrentInMa
    exposure_in_mas: _attributes_pb2.ExposureInMas
    exposure_modulation_type: _attributes_pb2.ExposureModulationType
    estimated_dose_saving: _attributes_pb2.EstimatedDoseSaving
    ctdivol: _attributes_pb2.Ctdivol
    ctdi_phantom_type_code_sequence: CtdiPhantomTypeCodeSequenceItems
    water_equivalent_diameter: _attributes_pb2.WaterEquivalentDiameter
    water_equivalent_diameter_calculation_method_code_sequence: WaterEquivalentDiameterCalculationMethodCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, exposure_time_in_ms: _Optional[_Union[_attributes_pb2.ExposureTimeInMs, _Mapping]] = ..., x_ray_tube_current_in_ma: _Optional[_Union[_attributes_pb2.XRayTubeCurrentInMa, _Mapping]] = ..., exposure_in_mas: _Optional[_Union[_attributes_pb2.ExposureInMas, _Mapping]] = ..., exposure_modulation_type: _Optional[_Union[_attributes_pb2.ExposureModulationType, _Mapping]] = ..., estimated_dose_saving: _Optional[_Union[_attributes_pb2.EstimatedDoseSaving, _Mapping]] = ..., ctdivol: _Optional[_Union[_attributes_pb2.Ctdivol, _Mapping]] = ..., ctdi_phantom_type_code_sequence: _Optional[_Union[CtdiPhantomTypeCodeSequenceItems, _Mapping]] = ..., water_equivalent_diameter: _Optional[_Union[_attributes_pb2.WaterEquivalentDiameter, _Mapping]] = ..., water_equivalent_diameter_calculation_method_code_sequence: _Optional[_Union[WaterEquivalentDiameterCalculationMethodCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtExposureSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtExposureSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtExposureSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtGeometrySequenceItem(_message.Message):
    __slots__ = ("distance_source_to_detector", "distance_source_to_data_collection_center", "other_elements", "undefined_length")
    DISTANCE_SOURCE_TO_DETECTOR_FIELD_NUMBER: _ClassVar[int]
    DISTANCE_SOURCE_TO_DATA_COLLECTION_CENTER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    distance_source_to_detector: _attributes_pb2.DistanceSourceToDetector
    distance_source_to_data_collection_center: _attributes_pb2.DistanceSourceToDataCollectionCenter
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, distance_source_to_detector: _Optional[_Union[_attributes_pb2.DistanceSourceToDetector, _Mapping]] = ..., distance_source_to_data_collection_center: _Optional[_Union[_attributes_pb2.DistanceSourceToDataCollectionCenter, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtGeometrySequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtGeometrySequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtGeometrySequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtImageFrameTypeSequenceItem(_message.Message):
    __slots__ = ("frame_type", "pixel_presentation", "volumetric_properties", "volume_based_calculation_technique", "other_elements", "undefined_length")
    FRAME_TYPE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_PRESENTATION_FIELD_NUMBER: _ClassVar[int]
    VOLUMETRIC_PROPERTIES_FIELD_NUMBER: _ClassVar[int]
    VOLUME_BASED_CALCULATION_TECHNIQUE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    frame_type: _attributes_pb2.FrameType
    pixel_presentation: _attributes_pb2.PixelPresentation
    volumetric_properties: _attributes_pb2.VolumetricProperties
    volume_based_calculation_technique: _attributes_pb2.VolumeBasedCalculationTechnique
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, frame_type: _Optional[_Union[_attributes_pb2.FrameType, _Mapping]] = ..., pixel_presentation: _Optional[_Union[_attributes_pb2.PixelPresentation, _Mapping]] = ..., volumetric_properties: _Optional[_Union[_attributes_pb2.VolumetricProperties, _Mapping]] = ..., volume_based_calculation_technique: _Optional[_Union[_attributes_pb2.VolumeBasedCalculationTechnique, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtImageFrameTypeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtImageFrameTypeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtImageFrameTypeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtImageModuleCtAdditionalXRaySourceSequenceItem(_message.Message):
    __slots__ = ("kvp", "x_ray_tube_current_in_ma", "data_collection_diameter", "focal_spot_s", "filter_type", "filter_material", "exposure_in_mas", "energy_weighting_factor", "other_elements", "undefined_length")
    KVP_FIELD_NUMBER: _ClassVar[int]
    X_RAY_TUBE_CURRENT_IN_MA_FIELD_NUMBER: _ClassVar[int]
    DATA_COLLECTION_DIAMETER_FIELD_NUMBER: _ClassVar[int]
    FOCAL_SPOT_S_FIELD_NUMBER: _ClassVar[int]
    FILTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILTER_MATERIAL_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_IN_MAS_FIELD_NUMBER: _ClassVar[int]
    ENERGY_WEIGHTING_FACTOR_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    kvp: _attributes_pb2.Kvp
    x_ray_tube_current_in_ma: _attributes_pb2.XRayTubeCurrentInMa
    data_collection_diameter: _attributes_pb2.DataCollectionDiameter
    focal_spot_s: _attributes_pb2.FocalSpotS
    filter_type: _attributes_pb2.FilterType
    filter_material: _attributes_pb2.FilterMaterial
    exposure_in_mas: _attributes_pb2.ExposureInMas
    energy_weighting_factor: _attributes_pb2.EnergyWeightingFactor
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, kvp: _Optional[_Union[_attributes_pb2.Kvp, _Mapping]] = ..., x_ray_tube_current_in_ma: _Optional[_Union[_attributes_pb2.XRayTubeCurrentInMa, _Mapping]] = ..., data_collection_diameter: _Optional[_Union[_attributes_pb2.DataCollectionDiameter, _Mapping]] = ..., focal_spot_s: _Optional[_Union[_attributes_pb2.FocalSpotS, _Mapping]] = ..., filter_type: _Optional[_Union[_attributes_pb2.FilterType, _Mapping]] = ..., filter_material: _Optional[_Union[_attributes_pb2.FilterMaterial, _Mapping]] = ..., exposure_in_mas: _Optional[_Union[_attributes_pb2.ExposureInMas, _Mapping]] = ..., energy_weighting_factor: _Optional[_Union[_attributes_pb2.EnergyWeightingFactor, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtImageModuleCtAdditionalXRaySourceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtImageModuleCtAdditionalXRaySourceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtImageModuleCtAdditionalXRaySourceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtPositionSequenceItem(_message.Message):
    __slots__ = ("table_position", "data_collection_center_patient", "reconstruction_target_center_patient", "other_elements", "undefined_length")
    TABLE_POSITION_FIELD_NUMBER: _ClassVar[int]
    DATA_COLLECTION_CENTER_PATIENT_FIELD_NUMBER: _ClassVar[int]
    RECONSTRUCTION_TARGET_CENTER_PATIENT_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    table_position: _attributes_pb2.TablePosition
    data_collection_center_patient: _attributes_pb2.DataCollectionCenterPatient
    reconstruction_target_center_patient: _attributes_pb2.ReconstructionTargetCenterPatient
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, table_position: _Optional[_Union[_attributes_pb2.TablePosition, _Mapping]] = ..., data_collection_center_patient: _Optional[_Union[_attributes_pb2.DataCollectionCenterPatient, _Mapping]] = ..., reconstruction_target_center_patient: _Optional[_Union[_attributes_pb2.ReconstructionTargetCenterPatient, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtPositionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtPositionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtPositionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtReconstructionSequenceItem(_message.Message):
    __slots__ = ("reconstruction_algorithm", "convolution_kernel", "convolution_kernel_group", "reconstruction_diameter", "reconstruction_field_of_view", "reconstruction_pixel_spacing", "reconstruction_angle", "image_filter", "other_elements", "undefined_length")
    RECONSTRUCTION_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    CONVOLUTION_KERNEL_FIELD_NUMBER: _ClassVar[int]
    CONVOLUTION_KERNEL_GROUP_FIELD_NUMBER: _ClassVar[int]
    RECONSTRUCTION_DIAMETER_FIELD_NUMBER: _ClassVar[int]
    RECONSTRUCTION_FIELD_OF_VIEW_FIELD_NUMBER: _ClassVar[int]
    RECONSTRUCTION_PIXEL_SPACING_FIELD_NUMBER: _ClassVar[int]
    RECONSTRUCTION_ANGLE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FILTER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    reconstruction_algorithm: _attributes_pb2.ReconstructionAlgorithm
    convolution_kernel: _attributes_pb2.ConvolutionKernel
    convolution_kernel_group: _attributes_pb2.ConvolutionKernelGroup
    reconstruction_diameter: _attributes_pb2.ReconstructionDiameter
    reconstruction_field_of_view: _attributes_pb2.ReconstructionFieldOfView
    reconstruction_pixel_spacing: _attributes_pb2.ReconstructionPixelSpacing
    reconstruction_angle: _attributes_pb2.ReconstructionAngle
    image_filter: _attributes_pb2.ImageFilter
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, reconstruction_algorithm: _Optional[_Union[_attributes_pb2.ReconstructionAlgorithm, _Mapping]] = ..., convolution_kernel: _Optional[_Union[_attributes_pb2.ConvolutionKernel, _Mapping]] = ..., convolution_kernel_group: _Optional[_Union[_attributes_pb2.ConvolutionKernelGroup, _Mapping]] = ..., reconstruction_diameter: _Optional[_Union[_attributes_pb2.ReconstructionDiameter, _Mapping]] = ..., reconstruction_field_of_view: _Optional[_Union[_attributes_pb2.ReconstructionFieldOfView, _Mapping]] = ..., reconstruction_pixel_spacing: _Optional[_Union[_attributes_pb2.ReconstructionPixelSpacing, _Mapping]] = ..., reconstruction_angle: _Optional[_Union[_attributes_pb2.ReconstructionAngle, _Mapping]] = ..., image_filter: _Optional[_Union[_attributes_pb2.ImageFilter, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtReconstructionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtReconstructionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtReconstructionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtTableDynamicsSequenceItem(_message.Message):
    __slots__ = ("table_speed", "table_feed_per_rotation", "spiral_pitch_factor", "other_elements", "undefined_length")
    TABLE_SPEED_FIELD_NUMBER: _ClassVar[int]
    TABLE_FEED_PER_ROTATION_FIELD_NUMBER: _ClassVar[int]
    SPIRAL_PITCH_FACTOR_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    table_speed: _attributes_pb2.TableSpeed
    table_feed_per_rotation: _attributes_pb2.TableFeedPerRotation
    spiral_pitch_factor: _attributes_pb2.SpiralPitchFactor
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, table_speed: _Optional[_Union[_attributes_pb2.TableSpeed, _Mapping]] = ..., table_feed_per_rotation: _Optional[_Union[_attributes_pb2.TableFeedPerRotation, _Mapping]] = ..., spiral_pitch_factor: _Optional[_Union[_attributes_pb2.SpiralPitchFactor, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtTableDynamicsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtTableDynamicsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtTableDynamicsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtXRayDetailsSequenceItem(_message.Message):
    __slots__ = ("kvp", "focal_spot_s", "filter_type", "filter_material", "calcium_scoring_mass_factor_patient", "calcium_scoring_mass_factor_device", "energy_weighting_factor", "other_elements", "undefined_length")
    KVP_FIELD_NUMBER: _ClassVar[int]
    FOCAL_SPOT_S_FIELD_NUMBER: _ClassVar[int]
    FILTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILTER_MATERIAL_FIELD_NUMBER: _ClassVar[int]
    CALCIUM_SCORING_MASS_FACTOR_PATIENT_FIELD_NUMBER: _ClassVar[int]
    CALCIUM_SCORING_MASS_FACTOR_DEVICE_FIELD_NUMBER: _ClassVar[int]
    ENERGY_WEIGHTING_FACTOR_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    kvp: _attributes_pb2.Kvp
    focal_spot_s: _attributes_pb2.FocalSpotS
    filter_type: _attributes_pb2.FilterType
    filter_material: _attributes_pb2.FilterMaterial
    calcium_scoring_mass_factor_patient: _attributes_pb2.CalciumScoringMassFactorPatient
    calcium_scoring_mass_factor_device: _attributes_pb2.CalciumScoringMassFactorDevice
    energy_weighting_factor: _attributes_pb2.EnergyWeightingFactor
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, kvp: _Optional[_Union[_attributes_pb2.Kvp, _Mapping]] = ..., focal_spot_s: _Optional[_Union[_attributes_pb2.FocalSpotS, _Mapping]] = ..., filter_type: _Optional[_Union[_attributes_pb2.FilterType, _Mapping]] = ..., filter_material: _Optional[_Union[_attributes_pb2.FilterMaterial, _Mapping]] = ..., calcium_scoring_mass_factor_patient: _Optional[_Union[_attributes_pb2.CalciumScoringMassFactorPatient, _Mapping]] = ..., calcium_scoring_mass_factor_device: _Optional[_Union[_attributes_pb2.CalciumScoringMassFactorDevice, _Mapping]] = ..., energy_weighting_factor: _Optional[_Union[_attributes_pb2.EnergyWeightingFactor, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtXRayDetailsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtXRayDetailsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtXRayDetailsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtdiPhantomTypeCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class CtdiPhantomTypeCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[CtdiPhantomTypeCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[CtdiPhantomTypeCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DeIdentificationMethodCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DeIdentificationMethodCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DeIdentificationMethodCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DeIdentificationMethodCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DeidentificationActionSequenceItem(_message.Message):
    __slots__ = ("identifying_private_elements", "deidentification_action", "other_elements", "undefined_length")
    IDENTIFYING_PRIVATE_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    DEIDENTIFICATION_ACTION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    identifying_private_elements: _attributes_pb2.IdentifyingPrivateElements
    deidentification_action: _attributes_pb2.DeidentificationAction
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, identifying_private_elements: _Optional[_Union[_attributes_pb2.IdentifyingPrivateElements, _Mapping]] = ..., deidentification_action: _Optional[_Union[_attributes_pb2.DeidentificationAction, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DeidentificationActionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DeidentificationActionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DeidentificationActionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DerivationCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DerivationCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DerivationCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DerivationCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DerivationImageMacroSourceImageSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "purpose_of_reference_code_sequence", "spatial_locations_preserved", "patient_orientation", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_OF_REFERENCE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SPATIAL_LOCATIONS_PRESERVED_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ORIENTATION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    purpose_of_reference_code_sequence: PurposeOfReferenceCodeSequenceItems
    spatial_locations_preserved: _attributes_pb2.SpatialLocationsPreserved
    patient_orientation: _attributes_pb2.PatientOrientation
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., purpose_of_reference_code_sequence: _Optional[_Union[PurposeOfReferenceCodeSequenceItems, _Mapping]] = ..., spatial_locations_preserved: _Optional[_Union[_attributes_pb2.SpatialLocationsPreserved, _Mapping]] = ..., patient_orientation: _Optional[_Union[_attributes_pb2.PatientOrientation, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DerivationImageMacroSourceImageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DerivationImageMacroSourceImageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DerivationImageMacroSourceImageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DerivationImageSequenceItem(_message.Message):
    __slots__ = ("derivation_description", "derivation_code_sequence", "source_image_sequence", "other_elements", "undefined_length")
    DERIVATION_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    derivation_description: _attributes_pb2.DerivationDescription
    derivation_code_sequence: DerivationCodeSequenceItems
    source_image_sequence: DerivationImageMacroSourceImageSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, derivation_description: _Optional[_Union[_attributes_pb2.DerivationDescription, _Mapping]] = ..., derivation_code_sequence: _Optional[_Union[DerivationCodeSequenceItems, _Mapping]] = ..., source_image_sequence: _Optional[_Union[DerivationImageMacroSourceImageSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DerivationImageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DerivationImageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DerivationImageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DeviceSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "manufacturer", "manufacturer_model_name", "device_serial_number", "device_id", "device_length", "device_diameter", "device_diameter_units", "device_volume", "inter_marker_distance", "device_description", "other_elements", "undefined_length")
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
    MANUFACTURER_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    DEVICE_SERIAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_LENGTH_FIELD_NUMBER: _ClassVar[int]
    DEVICE_DIAMETER_FIELD_NUMBER: _ClassVar[int]
    DEVICE_DIAMETER_UNITS_FIELD_NUMBER: _ClassVar[int]
    DEVICE_VOLUME_FIELD_NUMBER: _ClassVar[int]
    INTER_MARKER_DISTANCE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    manufacturer: _attributes_pb2.Manufacturer
    manufacturer_model_name: _attributes_pb2.ManufacturerModelName
    device_serial_number: _attributes_pb2.DeviceSerialNumber
    device_id: _attributes_pb2.DeviceId
    device_length: _attributes_pb2.DeviceLength
    device_diameter: _attributes_pb2.DeviceDiameter
    device_diameter_units: _attributes_pb2.DeviceDiameterUnits
    device_volume: _attributes_pb2.DeviceVolume
    inter_marker_distance: _attributes_pb2.InterMarkerDistance
    device_description: _attributes_pb2.DeviceDescription
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., manufacturer: _Optional[_Union[_attributes_pb2.Manufacturer, _Mapping]] = ..., manufacturer_model_name: _Optional[_Union[_attributes_pb2.ManufacturerModelName, _Mapping]] = ..., device_serial_number: _Optional[_Union[_attributes_pb2.DeviceSerialNumber, _Mapping]] = ..., device_id: _Optional[_Union[_attributes_pb2.DeviceId, _Mapping]] = ..., device_length: _Optional[_Union[_attributes_pb2.DeviceLength, _Mapping]] = ..., device_diameter: _Optional[_Union[_attributes_pb2.DeviceDiameter, _Mapping]] = ..., device_diameter_units: _Optional[_Union[_attributes_pb2.DeviceDiameterUnits, _Mapping]] = ..., device_volume: _Optional[_Union[_attributes_pb2.DeviceVolume, _Mapping]] = ..., inter_marker_distance: _Optional[_Union[_attributes_pb2.InterMarkerDistance, _Mapping]] = ..., device_description: _Optional[_Union[_attributes_pb2.DeviceDescription, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DeviceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DeviceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DeviceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DicomMediaRetrievalSequenceItem(_message.Message):
    __slots__ = ("storage_media_file_set_id", "storage_media_file_set_uid", "other_elements", "undefined_length")
    STORAGE_MEDIA_FILE_SET_ID_FIELD_NUMBER: _ClassVar[int]
    STORAGE_MEDIA_FILE_SET_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    storage_media_file_set_id: _attributes_pb2.StorageMediaFileSetId
    storage_media_file_set_uid: _attributes_pb2.StorageMediaFileSetUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, storage_media_file_set_id: _Optional[_Union[_attributes_pb2.StorageMediaFileSetId, _Mapping]] = ..., storage_media_file_set_uid: _Optional[_Union[_attributes_pb2.StorageMediaFileSetUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DicomMediaRetrievalSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DicomMediaRetrievalSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DicomMediaRetrievalSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DicomRetrievalSequenceItem(_message.Message):
    __slots__ = ("retrieve_ae_title", "other_elements", "undefined_length")
    RETRIEVE_AE_TITLE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    retrieve_ae_title: _attributes_pb2.RetrieveAeTitle
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, retrieve_ae_title: _Optional[_Union[_attributes_pb2.RetrieveAeTitle, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DicomRetrievalSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DicomRetrievalSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DicomRetrievalSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DicomStorageSequenceItem(_message.Message):
    __slots__ = ("destination_ae", "other_elements", "undefined_length")
    DESTINATION_AE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    destination_ae: _attributes_pb2.DestinationAe
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, destination_ae: _Optional[_Union[_attributes_pb2.DestinationAe, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DicomStorageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DicomStorageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DicomStorageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DigitalSignaturePurposeCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DigitalSignaturePurposeCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DigitalSignaturePurposeCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DigitalSignaturePurposeCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DigitalSignaturesSequenceItem(_message.Message):
    __slots__ = ("mac_id_number", "digital_signature_uid", "digital_signature_datetime", "certificate_type", "certificate_of_signer", "signature", "certified_timestamp_type", "certified_timestamp", "digital_signature_purpose_code_sequence", "other_elements", "undefined_length")
    MAC_ID_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DIGITAL_SIGNATURE_UID_FIELD_NUMBER: _ClassVar[int]
    DIGITAL_SIGNATURE_DATETIME_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_OF_SIGNER_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    CERTIFIED_TIMESTAMP_TYPE_FIELD_NUMBER: _ClassVar[int]
    CERTIFIED_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    DIGITAL_SIGNATURE_PURPOSE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    mac_id_number: _attributes_pb2.MacIdNumber
    digital_signature_uid: _attributes_pb2.DigitalSignatureUid
    digital_signature_datetime: _attributes_pb2.DigitalSignatureDatetime
    certificate_type: _attributes_pb2.CertificateType
    certificate_of_signer: _attributes_pb2.CertificateOfSigner
    signature: _attributes_pb2.Signature
    certified_timestamp_type: _attributes_pb2.CertifiedTimestampType
    certified_timestamp: _attributes_pb2.CertifiedTimestamp
    digital_signature_purpose_code_sequence: DigitalSignaturePurposeCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, mac_id_number: _Optional[_Union[_attributes_pb2.MacIdNumber, _Mapping]] = ..., digital_signature_uid: _Optional[_Union[_attributes_pb2.DigitalSignatureUid, _Mapping]] = ..., digital_signature_datetime: _Optional[_Union[_attributes_pb2.DigitalSignatureDatetime, _Mapping]] = ..., certificate_type: _Optional[_Union[_attributes_pb2.CertificateType, _Mapping]] = ..., certificate_of_signer: _Optional[_Union[_attributes_pb2.CertificateOfSigner, _Mapping]] = ..., signature: _Optional[_Union[_attributes_pb2.Signature, _Mapping]] = ..., certified_timestamp_type: _Optional[_Union[_attributes_pb2.CertifiedTimestampType, _Mapping]] = ..., certified_timestamp: _Optional[_Union[_attributes_pb2.CertifiedTimestamp, _Mapping]] = ..., digital_signature_purpose_code_sequence: _Optional[_Union[DigitalSignaturePurposeCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DigitalSignaturesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DigitalSignaturesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DigitalSignaturesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DimensionIndexSequenceItem(_message.Message):
    __slots__ = ("dimension_index_pointer", "dimension_index_private_creator", "functional_group_pointer", "functional_group_private_creator", "dimension_organization_uid", "dimension_description_label", "other_elements", "undefined_length")
    DIMENSION_INDEX_POINTER_FIELD_NUMBER: _ClassVar[int]
    DIMENSION_INDEX_PRIVATE_CREATOR_FIELD_NUMBER: _ClassVar[int]
    FUNCTIONAL_GROUP_POINTER_FIELD_NUMBER: _ClassVar[int]
    FUNCTIONAL_GROUP_PRIVATE_CREATOR_FIELD_NUMBER: _ClassVar[int]
    DIMENSION_ORGANIZATION_UID_FIELD_NUMBER: _ClassVar[int]
    DIMENSION_DESCRIPTION_LABEL_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    dimension_index_pointer: _attributes_pb2.DimensionIndexPointer
    dimension_index_private_creator: _attributes_pb2.DimensionIndexPrivateCreator
    functional_group_pointer: _attributes_pb2.FunctionalGroupPointer
    functional_group_private_creator: _attributes_pb2.FunctionalGroupPrivateCreator
    dimension_organization_uid: _attributes_pb2.DimensionOrganizationUid
    dimension_description_label: _attributes_pb2.DimensionDescriptionLabel
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, dimension_index_pointer: _Optional[_Union[_attributes_pb2.DimensionIndexPointer, _Mapping]] = ..., dimension_index_private_creator: _Optional[_Union[_attributes_pb2.DimensionIndexPrivateCreator, _Mapping]] = ..., functional_group_pointer: _Optional[_Union[_attributes_pb2.FunctionalGroupPointer, _Mapping]] = ..., functional_group_private_creator: _Optional[_Union[_attributes_pb2.FunctionalGroupPrivateCreator, _Mapping]] = ..., dimension_organization_uid: _Optional[_Union[_attributes_pb2.DimensionOrganizationUid, _Mapping]] = ..., dimension_description_label: _Optional[_Union[_attributes_pb2.DimensionDescriptionLabel, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DimensionIndexSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DimensionIndexSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DimensionIndexSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DimensionOrganizationSequenceItem(_message.Message):
    __slots__ = ("dimension_organization_uid", "other_elements", "undefined_length")
    DIMENSION_ORGANIZATION_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    dimension_organization_uid: _attributes_pb2.DimensionOrganizationUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, dimension_organization_uid: _Optional[_Union[_attributes_pb2.DimensionOrganizationUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DimensionOrganizationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DimensionOrganizationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DimensionOrganizationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DocumentContentMacroReferencedSopSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "referenced_sop_sequence", "referenced_real_world_value_mapping_instance_sequence", "icon_image_sequence", "referenced_waveform_channels", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_REAL_WORLD_VALUE_MAPPING_INSTANCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_WAVEFORM_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    referenced_sop_sequence: CompositeObjectReferenceMacroReferencedSopSequenceItems
    referenced_real_world_value_mapping_instance_sequence: ReferencedRealWorldValueMappingInstanceSequenceItems
    icon_image_sequence: IconImageSequenceItems
    referenced_waveform_channels: _attributes_pb2.ReferencedWaveformChannels
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[CompositeObjectReferenceMacroReferencedSopSequenceItems, _Mapping]] = ..., referenced_real_world_value_mapping_instance_sequence: _Optional[_Union[ReferencedRealWorldValueMappingInstanceSequenceItems, _Mapping]] = ..., icon_image_sequence: _Optional[_Union[IconImageSequenceItems, _Mapping]] = ..., referenced_waveform_channels: _Optional[_Union[_attributes_pb2.ReferencedWaveformChannels, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DocumentContentMacroReferencedSopSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DocumentContentMacroReferencedSopSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DocumentContentMacroReferencedSopSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DvhReferencedRoiSequenceItem(_message.Message):
    __slots__ = ("referenced_roi_number", "dvh_roi_contribution_type", "other_elements", "undefined_length")
    REFERENCED_ROI_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DVH_ROI_CONTRIBUTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_roi_number: _attributes_pb2.ReferencedRoiNumber
    dvh_roi_contribution_type: _attributes_pb2.DvhRoiContributionType
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_roi_number: _Optional[_Union[_attributes_pb2.ReferencedRoiNumber, _Mapping]] = ..., dvh_roi_contribution_type: _Optional[_Union[_attributes_pb2.DvhRoiContributionType, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DvhReferencedRoiSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DvhReferencedRoiSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DvhReferencedRoiSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DvhSequenceItem(_message.Message):
    __slots__ = ("dvh_referenced_roi_sequence", "dvh_type", "dose_units", "dose_type", "dvh_dose_scaling", "dvh_volume_units", "dvh_number_of_bins", "dvh_data", "dvh_minimum_dose", "dvh_maximum_dose", "dvh_mean_dose", "other_elements", "undefined_length")
    DVH_REFERENCED_ROI_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DVH_TYPE_FIELD_NUMBER: _ClassVar[int]
    DOSE_UNITS_FIELD_NUMBER: _ClassVar[int]
    DOSE_TYPE_FIELD_NUMBER: _ClassVar[int]
    DVH_DOSE_SCALING_FIELD_NUMBER: _ClassVar[int]
    DVH_VOLUME_UNITS_FIELD_NUMBER: _ClassVar[int]
    DVH_NUMBER_OF_BINS_FIELD_NUMBER: _ClassVar[int]
    DVH_DATA_FIELD_NUMBER: _ClassVar[int]
    DVH_MINIMUM_DOSE_FIELD_NUMBER: _ClassVar[int]
    DVH_MAXIMUM_DOSE_FIELD_NUMBER: _ClassVar[int]
    DVH_MEAN_DOSE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    dvh_referenced_roi_sequence: DvhReferencedRoiSequenceItems
    dvh_type: _attributes_pb2.DvhType
    dose_units: _attributes_pb2.DoseUnits
    dose_type: _attributes_pb2.DoseType
    dvh_dose_scaling: _attributes_pb2.DvhDoseScaling
    dvh_volume_units: _attributes_pb2.DvhVolumeUnits
    dvh_number_of_bins: _attributes_pb2.DvhNumberOfBins
    dvh_data: _attributes_pb2.DvhData
    dvh_minimum_dose: _attributes_pb2.DvhMinimumDose
    dvh_maximum_dose: _attributes_pb2.DvhMaximumDose
    dvh_mean_dose: _attributes_pb2.DvhMeanDose
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, dvh_referenced_roi_sequence: _Optional[_Union[DvhReferencedRoiSequenceItems, _Mapping]] = ..., dvh_type: _Optional[_Union[_attributes_pb2.DvhType, _Mapping]] = ..., dose_units: _Optional[_Union[_attributes_pb2.DoseUnits, _Mapping]] = ..., dose_type: _Optional[_Union[_attributes_pb2.DoseType, _Mapping]] = ..., dvh_dose_scaling: _Optional[_Union[_attributes_pb2.DvhDoseScaling, _Mapping]] = ..., dvh_volume_units: _Optional[_Union[_attributes_pb2.DvhVolumeUnits, _Mapping]] = ..., dvh_number_of_bins: _Optional[_Union[_attributes_pb2.DvhNumberOfBins, _Mapping]] = ..., dvh_data: _Optional[_Union[_attributes_pb2.DvhData, _Mapping]] = ..., dvh_minimum_dose: _Optional[_Union[_attributes_pb2.DvhMinimumDose, _Mapping]] = ..., dvh_maximum_dose: _Optional[_Union[_attributes_pb2.DvhMaximumDose, _Mapping]] = ..., dvh_mean_dose: _Optional[_Union[_attributes_pb2.DvhMeanDose, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class DvhSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[DvhSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[DvhSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EncryptedAttributesSequenceItem(_message.Message):
    __slots__ = ("encrypted_content_transfer_syntax_uid", "encrypted_content", "other_elements", "undefined_length")
    ENCRYPTED_CONTENT_TRANSFER_SYNTAX_UID_FIELD_NUMBER: _ClassVar[int]
    ENCRYPTED_CONTENT_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    encrypted_content_transfer_syntax_uid: _attributes_pb2.EncryptedContentTransferSyntaxUid
    encrypted_content: _attributes_pb2.EncryptedContent
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, encrypted_content_transfer_syntax_uid: _Optional[_Union[_attributes_pb2.EncryptedContentTransferSyntaxUid, _Mapping]] = ..., encrypted_content: _Optional[_Union[_attributes_pb2.EncryptedContent, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EncryptedAttributesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EncryptedAttributesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[EncryptedAttributesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedContrastBolusModuleContrastBolusAdministrationRouteSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedContrastBolusModuleContrastBolusAdministrationRouteSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EnhancedContrastBolusModuleContrastBolusAdministrationRouteSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[EnhancedContrastBolusModuleContrastBolusAdministrationRouteSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedContrastBolusModuleContrastBolusAgentSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "contrast_bolus_agent_number", "contrast_bolus_administration_route_sequence", "contrast_bolus_ingredient_code_sequence", "contrast_bolus_volume", "contrast_bolus_ingredient_concentration", "contrast_bolus_ingredient_percent_by_volume", "contrast_bolus_ingredient_opaque", "contrast_bolus_t1_relaxivity", "contrast_administration_profile_sequence", "other_elements", "undefined_length")
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
    CONTRAST_BOLUS_AGENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_ADMINISTRATION_ROUTE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_INGREDIENT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_VOLUME_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_INGREDIENT_CONCENTRATION_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_INGREDIENT_PERCENT_BY_VOLUME_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_INGREDIENT_OPAQUE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_T1_RELAXIVITY_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_ADMINISTRATION_PROFILE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    contrast_bolus_agent_number: _attributes_pb2.ContrastBolusAgentNumber
    contrast_bolus_administration_route_sequence: EnhancedContrastBolusModuleContrastBolusAdministrationRouteSequenceItems
    contrast_bolus_ingredient_code_sequence: ContrastBolusIngredientCodeSequenceItems
    contrast_bolus_volume: _attributes_pb2.ContrastBolusVolume
    contrast_bolus_ingredient_concentration: _attributes_pb2.ContrastBolusIngredientConcentration
    contrast_bolus_ingredient_percent_by_volume: _attributes_pb2.ContrastBolusIngredientPercentByVolume
    contrast_bolus_ingredient_opaque: _attributes_pb2.ContrastBolusIngredientOpaque
    contrast_bolus_t1_relaxivity: _attributes_pb2.ContrastBolusT1Relaxivity
    contrast_administration_profile_sequence: ContrastAdministrationProfileSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., contrast_bolus_agent_number: _Optional[_Union[_attributes_pb2.ContrastBolusAgentNumber, _Mapping]] = ..., contrast_bolus_administration_route_sequence: _Optional[_Union[EnhancedContrastBolusModuleContrastBolusAdministrationRouteSequenceItems, _Mapping]] = ..., contrast_bolus_ingredient_code_sequence: _Optional[_Union[ContrastBolusIngredientCodeSequenceItems, _Mapping]] = ..., contrast_bolus_volume: _Optional[_Union[_attributes_pb2.ContrastBolusVolume, _Mapping]] = ..., contrast_bolus_ingredient_concentration: _Optional[_Union[_attributes_pb2.ContrastBolusIngredientConcentration, _Mapping]] = ..., contrast_bolus_ingredient_percent_by_volume: _Optional[_Union[_attributes_pb2.ContrastBolusIngredientPercentByVolume, _Mapping]] = ..., contrast_bolus_ingredient_opaque: _Optional[_Union[_attributes_pb2.ContrastBolusIngredientOpaque, _Mapping]] = ..., contrast_bolus_t1_relaxivity: _Optional[_Union[_attributes_pb2.ContrastBolusT1Relaxivity, _Mapping]] = ..., contrast_administration_profile_sequence: _Optional[_Union[ContrastAdministrationProfileSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedContrastBolusModuleContrastBolusAgentSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EnhancedContrastBolusModuleContrastBolusAgentSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[EnhancedContrastBolusModuleContrastBolusAgentSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedCtImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem(_message.Message):
    __slots__ = ("pixel_measures_sequence", "frame_content_sequence", "plane_position_sequence", "plane_orientation_sequence", "referenced_image_sequence", "derivation_image_sequence", "cardiac_synchronization_sequence", "frame_anatomy_sequence", "frame_voi_lut_sequence", "real_world_value_mapping_sequence", "contrast_bolus_usage_sequence", "respiratory_synchronization_sequence", "irradiation_event_identification_sequence", "ct_image_frame_type_sequence", "ct_acquisition_type_sequence", "ct_acquisition_details_sequence", "ct_table_dynamics_sequence", "ct_position_sequence", "ct_geometry_sequence", "ct_reconstruction_sequence", "ct_exposure_sequence", "ct_x_ray_details_sequence", "pixel_value_transformation_sequence", "ct_additional_x_ray_source_sequence", "other_elements", "undefined_length")
    PIXEL_MEASURES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_CONTENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PLANE_POSITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PLANE_ORIENTATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_SYNCHRONIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_ANATOMY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_VOI_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_MAPPING_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_USAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_SYNCHRONIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    IRRADIATION_EVENT_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_IMAGE_FRAME_TYPE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_ACQUISITION_TYPE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_ACQUISITION_DETAILS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_TABLE_DYNAMICS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_POSITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_GEOMETRY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_RECONSTRUCTION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_EXPOSURE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_X_RAY_DETAILS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_VALUE_TRANSFORMATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_ADDITIONAL_X_RAY_SOURCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    pixel_measures_sequence: PixelMeasuresSequenceItems
    frame_content_sequence: FrameContentSequenceItems
    plane_position_sequence: PlanePositionSequenceItems
    plane_orientation_sequence: PlaneOrientationSequenceItems
    referenced_image_sequence: ReferencedImageMacroReferencedImageSequenceItems
    derivation_image_sequence: DerivationImageSequenceItems
    cardiac_synchronization_sequence: CardiacSynchronizationSequenceItems
    frame_anatomy_sequence: FrameAnatomySequenceItems
    frame_voi_lut_sequence: FrameVoiLutMacroFrameVoiLutSequenceItems
    real_world_value_mapping_sequence: RealWorldValueMappingSequenceItems
    contrast_bolus_usage_sequence: ContrastBolusUsageSequenceItems
    respiratory_synchronization_sequence: RespiratorySynchronizationSequenceItems
    irradiation_event_identification_sequence: IrradiationEventIdentificationSequenceItems
    ct_image_frame_type_sequence: CtImageFrameTypeSequenceItems
    ct_acquisition_type_sequence: CtAcquisitionTypeSequenceItems
    ct_acquisition_details_sequence: CtAcquisitionDetailsSequenceItems
    ct_table_dynamics_sequence: CtTableDynamicsSequenceItems
    ct_position_sequence: CtPositionSequenceItems
    ct_geometry_sequence: CtGeometrySequenceItems
    ct_reconstruction_sequence: CtReconstructionSequenceItems
    ct_exposure_sequence: CtExposureSequenceItems
    ct_x_ray_details_sequence: CtXRayDetailsSequenceItems
    pixel_value_transformation_sequence: PixelValueTransformationSequenceItems
    ct_additional_x_ray_source_sequence: CtAdditionalXRaySourceMacroCtAdditionalXRaySourceSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, pixel_measures_sequence: _Optional[_Union[PixelMeasuresSequenceItems, _Mapping]] = ..., frame_content_sequence: _Optional[_Union[FrameContentSequenceItems, _Mapping]] = ..., plane_position_sequence: _Optional[_Union[PlanePositionSequenceItems, _Mapping]] = ..., plane_orientation_sequence: _Optional[_Union[PlaneOrientationSequenceItems, _Mapping]] = ..., referenced_image_sequence: _Optional[_Union[ReferencedImageMacroReferencedImageSequenceItems, _Mapping]] = ..., derivation_image_sequence: _Optional[_Union[DerivationImageSequenceItems, _Mapping]] = ..., cardiac_synchronization_sequence: _Optional[_Union[CardiacSynchronizationSequenceItems, _Mapping]] = ..., frame_anatomy_sequence: _Optional[_Union[FrameAnatomySequenceItems, _Mapping]] = ..., frame_voi_lut_sequence: _Optional[_Union[FrameVoiLutMacroFrameVoiLutSequenceItems, _Mapping]] = ..., real_world_value_mapping_sequence: _Optional[_Union[RealWorldValueMappingSequenceItems, _Mapping]] = ..., contrast_bolus_usage_sequence: _Optional[_Union[ContrastBolusUsageSequenceItems, _Mapping]] = ..., respiratory_synchronization_sequence: _Optional[_Union[RespiratorySynchronizationSequenceItems, _Mapping]] = ..., irradiation_event_identification_sequence: _Optional[_Union[IrradiationEventIdentificationSequenceItems, _Mapping]] = ..., ct_image_frame_type_sequence: _Optional[_Union[CtImageFrameTypeSequenceItems, _Mapping]] = ..., ct_acquisition_type_sequence: _Optional[_Union[CtAcquisitionTypeSequenceItems, _Mapping]] = ..., ct_acquisition_details_sequence: _Optional[_Union[CtAcquisitionDetailsSequenceItems, _Mapping]] = ..., ct_table_dynamics_sequence: _Optional[_Union[CtTableDynamicsSequenceItems, _Mapping]] = ..., ct_position_sequence: _Optional[_Union[CtPositionSequenceItems, _Mapping]] = ..., ct_geometry_sequence: _Optional[_Union[CtGeometrySequenceItems, _Mapping]] = ..., ct_reconstruction_sequence: _Optional[_Union[CtReconstructionSequenceItems, _Mapping]] = ..., ct_exposure_sequence: _Optional[_Union[CtExposureSequenceItems, _Mapping]] = ..., ct_x_ray_details_sequence: _Optional[_Union[CtXRayDetailsSequenceItems, _Mapping]] = ..., pixel_value_transformation_sequence: _Optional[_Union[PixelValueTransformationSequenceItems, _Mapping]] = ..., ct_additional_x_ray_source_sequence: _Optional[_Union[CtAdditionalXRaySourceMacroCtAdditionalXRaySourceSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedCtImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EnhancedCtImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[EnhancedCtImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedCtImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem(_message.Message):
    __slots__ = ("pixel_measures_sequence", "frame_content_sequence", "plane_position_sequence", "plane_orientation_sequence", "referenced_image_sequence", "derivation_image_sequence", "cardiac_synchronization_sequence", "frame_anatomy_sequence", "frame_voi_lut_sequence", "real_world_value_mapping_sequence", "contrast_bolus_usage_sequence", "respiratory_synchronization_sequence", "irradiation_event_identification_sequence", "ct_image_frame_type_sequence", "ct_acquisition_type_sequence", "ct_acquisition_details_sequence", "ct_table_dynamics_sequence", "ct_position_sequence", "ct_geometry_sequence", "ct_reconstruction_sequence", "ct_exposure_sequence", "ct_x_ray_details_sequence", "pixel_value_transformation_sequence", "ct_additional_x_ray_source_sequence", "other_elements", "undefined_length")
    PIXEL_MEASURES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_CONTENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PLANE_POSITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PLANE_ORIENTATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_SYNCHRONIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_ANATOMY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_VOI_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_MAPPING_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_USAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_SYNCHRONIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    IRRADIATION_EVENT_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_IMAGE_FRAME_TYPE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_ACQUISITION_TYPE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_ACQUISITION_DETAILS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_TABLE_DYNAMICS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_POSITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_GEOMETRY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_RECONSTRUCTION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_EXPOSURE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_X_RAY_DETAILS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_VALUE_TRANSFORMATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CT_ADDITIONAL_X_RAY_SOURCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    pixel_measures_sequence: PixelMeasuresSequenceItems
    frame_content_sequence: FrameContentSequenceItems
    plane_position_sequence: PlanePositionSequenceItems
    plane_orientation_sequence: PlaneOrientationSequenceItems
    referenced_image_sequence: ReferencedImageMacroReferencedImageSequenceItems
    derivation_image_sequence: DerivationImageSequenceItems
    cardiac_synchronization_sequence: CardiacSynchronizationSequenceItems
    frame_anatomy_sequence: FrameAnatomySequenceItems
    frame_voi_lut_sequence: FrameVoiLutMacroFrameVoiLutSequenceItems
    real_world_value_mapping_sequence: RealWorldValueMappingSequenceItems
    contrast_bolus_usage_sequence: ContrastBolusUsageSequenceItems
    respiratory_synchronization_sequence: RespiratorySynchronizationSequenceItems
    irradiation_event_identification_sequence: IrradiationEventIdentificationSequenceItems
    ct_image_frame_type_sequence: CtImageFrameTypeSequenceItems
    ct_acquisition_type_sequence: CtAcquisitionTypeSequenceItems
    ct_acquisition_details_sequence: CtAcquisitionDetailsSequenceItems
    ct_table_dynamics_sequence: CtTableDynamicsSequenceItems
    ct_position_sequence: CtPositionSequenceItems
    ct_geometry_sequence: CtGeometrySequenceItems
    ct_reconstruction_sequence: CtReconstructionSequenceItems
    ct_exposure_sequence: CtExposureSequenceItems
    ct_x_ray_details_sequence: CtXRayDetailsSequenceItems
    pixel_value_transformation_sequence: PixelValueTransformationSequenceItems
    ct_additional_x_ray_source_sequence: CtAdditionalXRaySourceMacroCtAdditionalXRaySourceSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, pixel_measures_sequence: _Optional[_Union[PixelMeasuresSequenceItems, _Mapping]] = ..., frame_content_sequence: _Optional[_Union[FrameContentSequenceItems, _Mapping]] = ..., plane_position_sequence: _Optional[_Union[PlanePositionSequenceItems, _Mapping]] = ..., plane_orientation_sequence: _Optional[_Union[PlaneOrientationSequenceItems, _Mapping]] = ..., referenced_image_sequence: _Optional[_Union[ReferencedImageMacroReferencedImageSequenceItems, _Mapping]] = ..., derivation_image_sequence: _Optional[_Union[DerivationImageSequenceItems, _Mapping]] = ..., cardiac_synchronization_sequence: _Optional[_Union[CardiacSynchronizationSequenceItems, _Mapping]] = ..., frame_anatomy_sequence: _Optional[_Union[FrameAnatomySequenceItems, _Mapping]] = ..., frame_voi_lut_sequence: _Optional[_Union[FrameVoiLutMacroFrameVoiLutSequenceItems, _Mapping]] = ..., real_world_value_mapping_sequence: _Optional[_Union[RealWorldValueMappingSequenceItems, _Mapping]] = ..., contrast_bolus_usage_sequence: _Optional[_Union[ContrastBolusUsageSequenceItems, _Mapping]] = ..., respiratory_synchronization_sequence: _Optional[_Union[RespiratorySynchronizationSequenceItems, _Mapping]] = ..., irradiation_event_identification_sequence: _Optional[_Union[IrradiationEventIdentificationSequenceItems, _Mapping]] = ..., ct_image_frame_type_sequence: _Optional[_Union[CtImageFrameTypeSequenceItems, _Mapping]] = ..., ct_acquisition_type_sequence: _Optional[_Union[CtAcquisitionTypeSequenceItems, _Mapping]] = ..., ct_acquisition_details_sequence: _Optional[_Union[CtAcquisitionDetailsSequenceItems, _Mapping]] = ..., ct_table_dynamics_sequence: _Optional[_Union[CtTableDynamicsSequenceItems, _Mapping]] = ..., ct_position_sequence: _Optional[_Union[CtPositionSequenceItems, _Mapping]] = ..., ct_geometry_sequence: _Optional[_Union[CtGeometrySequenceItems, _Mapping]] = ..., ct_reconstruction_sequence: _Optional[_Union[CtReconstructionSequenceItems, _Mapping]] = ..., ct_exposure_sequence: _Optional[_Union[CtExposureSequenceItems, _Mapping]] = ..., ct_x_ray_details_sequence: _Optional[_Union[CtXRayDetailsSequenceItems, _Mapping]] = ..., pixel_value_transformation_sequence: _Optional[_Union[PixelValueTransformationSequenceItems, _Mapping]] = ..., ct_additional_x_ray_source_sequence: _Optional[_Union[CtAdditionalXRaySourceMacroCtAdditionalXRaySourceSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedCtImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EnhancedCtImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[EnhancedCtImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem(_message.Message):
    __slots__ = ("frame_content_sequence", "referenced_image_sequence", "derivation_image_sequence", "cardiac_synchronization_sequence", "frame_anatomy_sequence", "frame_voi_lut_sequence", "contrast_bolus_usage_sequence", "pixel_intensity_relationship_lut_sequence", "frame_pixel_shift_sequence", "patient_orientation_in_frame_sequence", "frame_display_shutter_sequence", "respiratory_synchronization_sequence", "irradiation_event_identification_sequence", "xa_xrf_frame_characteristics_sequence", "field_of_view_sequence", "exposure_control_sensing_regions_sequence", "frame_pixel_data_properties_sequence", "frame_detector_parameters_sequence", "calibration_sequence", "object_thickness_sequence", "frame_acquisition_sequence", "projection_pixel_calibration_sequence", "positioner_position_sequence", "table_position_sequence", "collimator_shape_sequence", "isocenter_reference_system_sequence", "x_ray_geometry_sequence", "other_elements", "undefined_length")
    FRAME_CONTENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_SYNCHRONIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_ANATOMY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_VOI_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_USAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_INTENSITY_RELATIONSHIP_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_PIXEL_SHIFT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ORIENTATION_IN_FRAME_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_DISPLAY_SHUTTER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_SYNCHRONIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    IRRADIATION_EVENT_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    XA_XRF_FRAME_CHARACTERISTICS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_CONTROL_SENSING_REGIONS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_PIXEL_DATA_PROPERTIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_DETECTOR_PARAMETERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CALIBRATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_THICKNESS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_ACQUISITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_PIXEL_CALIBRATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    POSITIONER_POSITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TABLE_POSITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    COLLIMATOR_SHAPE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ISOCENTER_REFERENCE_SYSTEM_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    X_RAY_GEOMETRY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    frame_content_sequence: FrameContentSequenceItems
    referenced_image_sequence: ReferencedImageMacroReferencedImageSequenceItems
    derivation_image_sequence: DerivationImageSequenceItems
    cardiac_synchronization_sequence: CardiacSynchronizationSequenceItems
    frame_anatomy_sequence: FrameAnatomySequenceItems
    frame_voi_lut_sequence: FrameVoiLutMacroFrameVoiLutSequenceItems
    contrast_bolus_usage_sequence: ContrastBolusUsageSequenceItems
    pixel_intensity_relationship_lut_sequence: PixelIntensityRelationshipLutSequenceItems
    frame_pixel_shift_sequence: FramePixelShiftSequenceItems
    patient_orientation_in_frame_sequence: PatientOrientationInFrameSequenceItems
    frame_display_shutter_sequence: FrameDisplayShutterSequenceItems
    respiratory_synchronization_sequence: RespiratorySynchronizationSequenceItems
    irradiation_event_identification_sequence: IrradiationEventIdentificationSequenceItems
    xa_xrf_frame_characteristics_sequence: XaXrfFrameCharacteristicsSequenceItems
    field_of_view_sequence: FieldOfViewSequenceItems
    exposure_control_sensing_regions_sequence: ExposureControlSensingRegionsSequenceItems
    frame_pixel_data_properties_sequence: FramePixelDataPropertiesSequenceItems
    frame_detector_parameters_sequence: FrameDetectorParametersSequenceItems
    calibration_sequence: CalibrationSequenceItems
    object_thickness_sequence: ObjectThicknessSequenceItems
    frame_acquisition_sequence: FrameAcquisitionSequenceItems
    projection_pixel_calibration_sequence: ProjectionPixelCalibrationSequenceItems
    positioner_position_sequence: PositionerPositionSequenceItems
    table_position_sequence: TablePositionSequenceItems
    collimator_shape_sequence: CollimatorShapeSequenceItems
    isocenter_reference_system_sequence: IsocenterReferenceSystemSequenceItems
    x_ray_geometry_sequence: XRayGeometrySequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, frame_content_sequence: _Optional[_Union[FrameContentSequenceItems, _Mapping]] = ..., referenced_image_sequence: _Optional[_Union[ReferencedImageMacroReferencedImageSequenceItems, _Mapping]] = ..., derivation_image_sequence: _Optional[_Union[DerivationImageSequenceItems, _Mapping]] = ..., cardiac_synchronization_sequence: _Optional[_Union[CardiacSynchronizationSequenceItems, _Mapping]] = ..., frame_anatomy_sequence: _Optional[_Union[FrameAnatomySequenceItems, _Mapping]] = ..., frame_voi_lut_sequence: _Optional[_Union[FrameVoiLutMacroFrameVoiLutSequenceItems, _Mapping]] = ..., contrast_bolus_usage_sequence: _Optional[_Union[ContrastBolusUsageSequenceItems, _Mapping]] = ..., pixel_intensity_relationship_lut_sequence: _Optional[_Union[PixelIntensityRelationshipLutSequenceItems, _Mapping]] = ..., frame_pixel_shift_sequence: _Optional[_Union[FramePixelShiftSequenceItems, _Mapping]] = ..., patient_orientation_in_frame_sequence: _Optional[_Union[PatientOrientationInFrameSequenceItems, _Mapping]] = ..., frame_display_shutter_sequence: _Optional[_Union[FrameDisplayShutterSequenceItems, _Mapping]] = ..., respiratory_synchronization_sequence: _Optional[_Union[RespiratorySynchronizationSequenceItems, _Mapping]] = ..., irradiation_event_identification_sequence: _Optional[_Union[IrradiationEventIdentificationSequenceItems, _Mapping]] = ..., xa_xrf_frame_characteristics_sequence: _Optional[_Union[XaXrfFrameCharacteristicsSequenceItems, _Mapping]] = ..., field_of_view_sequence: _Optional[_Union[FieldOfViewSequenceItems, _Mapping]] = ..., exposure_control_sensing_regions_sequence: _Optional[_Union[ExposureControlSensingRegionsSequenceItems, _Mapping]] = ..., frame_pixel_data_properties_sequence: _Optional[_Union[FramePixelDataPropertiesSequenceItems, _Mapping]] = ..., frame_detector_parameters_sequence: _Optional[_Union[FrameDetectorParametersSequenceItems, _Mapping]] = ..., calibration_sequence: _Optional[_Union[CalibrationSequenceItems, _Mapping]] = ..., object_thickness_sequence: _Optional[_Union[ObjectThicknessSequenceItems, _Mapping]] = ..., frame_acquisition_sequence: _Optional[_Union[FrameAcquisitionSequenceItems, _Mapping]] = ..., projection_pixel_calibration_sequence: _Optional[_Union[ProjectionPixelCalibrationSequenceItems, _Mapping]] = ..., positioner_position_sequence: _Optional[_Union[PositionerPositionSequenceItems, _Mapping]] = ..., table_position_sequence: _Optional[_Union[TablePositionSequenceItems, _Mapping]] = ..., collimator_shape_sequence: _Optional[_Union[CollimatorShapeSequenceItems, _Mapping]] = ..., isocenter_reference_system_sequence: _Optional[_Union[IsocenterReferenceSystemSequenceItems, _Mapping]] = ..., x_ray_geometry_sequence: _Optional[_Union[XRayGeometrySequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem(_message.Message):
    __slots__ = ("frame_content_sequence", "referenced_image_sequence", "derivation_image_sequence", "cardiac_synchronization_sequence", "frame_anatomy_sequence", "frame_voi_lut_sequence", "contrast_bolus_usage_sequence", "pixel_intensity_relationship_lut_sequence", "frame_pixel_shift_sequence", "patient_orientation_in_frame_sequence", "frame_display_shutter_sequence", "respiratory_synchronization_sequence", "irradiation_event_identification_sequence", "xa_xrf_frame_characteristics_sequence", "field_of_view_sequence", "exposure_control_sensing_regions_sequence", "frame_pixel_data_properties_sequence", "frame_detector_parameters_sequence", "calibration_sequence", "object_thickness_sequence", "frame_acquisition_sequence", "projection_pixel_calibration_sequence", "positioner_position_sequence", "table_position_sequence", "collimator_shape_sequence", "isocenter_reference_system_sequence", "x_ray_geometry_sequence", "other_elements", "undefined_length")
    FRAME_CONTENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_SYNCHRONIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_ANATOMY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_VOI_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_USAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_INTENSITY_RELATIONSHIP_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_PIXEL_SHIFT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ORIENTATION_IN_FRAME_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_DISPLAY_SHUTTER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_SYNCHRONIZATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    IRRADIATION_EVENT_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    XA_XRF_FRAME_CHARACTERISTICS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_CONTROL_SENSING_REGIONS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_PIXEL_DATA_PROPERTIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_DETECTOR_PARAMETERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CALIBRATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_THICKNESS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    FRAME_ACQUISITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_PIXEL_CALIBRATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    POSITIONER_POSITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TABLE_POSITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    COLLIMATOR_SHAPE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ISOCENTER_REFERENCE_SYSTEM_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    X_RAY_GEOMETRY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    frame_content_sequence: FrameContentSequenceItems
    referenced_image_sequence: ReferencedImageMacroReferencedImageSequenceItems
    derivation_image_sequence: DerivationImageSequenceItems
    cardiac_synchronization_sequence: CardiacSynchronizationSequenceItems
    frame_anatomy_sequence: FrameAnatomySequenceItems
    frame_voi_lut_sequence: FrameVoiLutMacroFrameVoiLutSequenceItems
    contrast_bolus_usage_sequence: ContrastBolusUsageSequenceItems
    pixel_intensity_relationship_lut_sequence: PixelIntensityRelationshipLutSequenceItems
    frame_pixel_shift_sequence: FramePixelShiftSequenceItems
    patient_orientation_in_frame_sequence: PatientOrientationInFrameSequenceItems
    frame_display_shutter_sequence: FrameDisplayShutterSequenceItems
    respiratory_synchronization_sequence: RespiratorySynchronizationSequenceItems
    irradiation_event_identification_sequence: IrradiationEventIdentificationSequenceItems
    xa_xrf_frame_characteristics_sequence: XaXrfFrameCharacteristicsSequenceItems
    field_of_view_sequence: FieldOfViewSequenceItems
    exposure_control_sensing_regions_sequence: ExposureControlSensingRegionsSequenceItems
    frame_pixel_data_properties_sequence: FramePixelDataPropertiesSequenceItems
    frame_detector_parameters_sequence: FrameDetectorParametersSequenceItems
    calibration_sequence: CalibrationSequenceItems
    object_thickness_sequence: ObjectThicknessSequenceItems
    frame_acquisition_sequence: FrameAcquisitionSequenceItems
    projection_pixel_calibration_sequence: ProjectionPixelCalibrationSequenceItems
    positioner_position_sequence: PositionerPositionSequenceItems
    table_position_sequence: TablePositionSequenceItems
    collimator_shape_sequence: CollimatorShapeSequenceItems
    isocenter_reference_system_sequence: IsocenterReferenceSystemSequenceItems
    x_ray_geometry_sequence: XRayGeometrySequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, frame_content_sequence: _Optional[_Union[FrameContentSequenceItems, _Mapping]] = ..., referenced_image_sequence: _Optional[_Union[ReferencedImageMacroReferencedImageSequenceItems, _Mapping]] = ..., derivation_image_sequence: _Optional[_Union[DerivationImageSequenceItems, _Mapping]] = ..., cardiac_synchronization_sequence: _Optional[_Union[CardiacSynchronizationSequenceItems, _Mapping]] = ..., frame_anatomy_sequence: _Optional[_Union[FrameAnatomySequenceItems, _Mapping]] = ..., frame_voi_lut_sequence: _Optional[_Union[FrameVoiLutMacroFrameVoiLutSequenceItems, _Mapping]] = ..., contrast_bolus_usage_sequence: _Optional[_Union[ContrastBolusUsageSequenceItems, _Mapping]] = ..., pixel_intensity_relationship_lut_sequence: _Optional[_Union[PixelIntensityRelationshipLutSequenceItems, _Mapping]] = ..., frame_pixel_shift_sequence: _Optional[_Union[FramePixelShiftSequenceItems, _Mapping]] = ..., patient_orientation_in_frame_sequence: _Optional[_Union[PatientOrientationInFrameSequenceItems, _Mapping]] = ..., frame_display_shutter_sequence: _Optional[_Union[FrameDisplayShutterSequenceItems, _Mapping]] = ..., respiratory_synchronization_sequence: _Optional[_Union[RespiratorySynchronizationSequenceItems, _Mapping]] = ..., irradiation_event_identification_sequence: _Optional[_Union[IrradiationEventIdentificationSequenceItems, _Mapping]] = ..., xa_xrf_frame_characteristics_sequence: _Optional[_Union[XaXrfFrameCharacteristicsSequenceItems, _Mapping]] = ..., field_of_view_sequence: _Optional[_Union[FieldOfViewSequenceItems, _Mapping]] = ..., exposure_control_sensing_regions_sequence: _Optional[_Union[ExposureControlSensingRegionsSequenceItems, _Mapping]] = ..., frame_pixel_data_properties_sequence: _Optional[_Union[FramePixelDataPropertiesSequenceItems, _Mapping]] = ..., frame_detector_parameters_sequence: _Optional[_Union[FrameDetectorParametersSequenceItems, _Mapping]] = ..., calibration_sequence: _Optional[_Union[CalibrationSequenceItems, _Mapping]] = ..., object_thickness_sequence: _Optional[_Union[ObjectThicknessSequenceItems, _Mapping]] = ..., frame_acquisition_sequence: _Optional[_Union[FrameAcquisitionSequenceItems, _Mapping]] = ..., projection_pixel_calibration_sequence: _Optional[_Union[ProjectionPixelCalibrationSequenceItems, _Mapping]] = ..., positioner_position_sequence: _Optional[_Union[PositionerPositionSequenceItems, _Mapping]] = ..., table_position_sequence: _Optional[_Union[TablePositionSequenceItems, _Mapping]] = ..., collimator_shape_sequence: _Optional[_Union[CollimatorShapeSequenceItems, _Mapping]] = ..., isocenter_reference_system_sequence: _Optional[_Union[IsocenterReferenceSystemSequenceItems, _Mapping]] = ..., x_ray_geometry_sequence: _Optional[_Union[XRayGeometrySequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[EnhancedXRayAngiographicImageMultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EquivalentCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
    CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_DESIGNATOR_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_VERSION_FIELD_NUMBER: _ClassVar[int]
    CODE_MEANING_FIELD_NUMBER: _ClassVar[int]
    LONG_CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    URN_CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_UID_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_UID_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_VERSION_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_EXTENSION_FLAG_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_LOCAL_VERSION_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_EXTENSION_CREATOR_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class EquivalentCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[EquivalentCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[EquivalentCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ExposureControlSensingRegionsSequenceItem(_message.Message):
    __slots__ = ("exposure_control_sensing_region_shape", "exposure_control_sensing_region_left_vertical_edge", "exposure_control_sensing_region_right_vertical_edge", "exposure_control_sensing_region_upper_horizontal_edge", "exposure_control_sensing_region_lower_horizontal_edge", "center_of_circular_exposure_control_sensing_region", "radius_of_circular_exposure_control_sensing_region", "vertices_of_the_polygonal_exposure_control_sensing_region", "other_elements", "undefined_length")
    EXPOSURE_CONTROL_SENSING_REGION_SHAPE_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_CONTROL_SENSING_REGION_LEFT_VERTICAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_CONTROL_SENSING_REGION_RIGHT_VERTICAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_CONTROL_SENSING_REGION_UPPER_HORIZONTAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_CONTROL_SENSING_REGION_LOWER_HORIZONTAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    CENTER_OF_CIRCULAR_EXPOSURE_CONTROL_SENSING_REGION_FIELD_NUMBER: _ClassVar[int]
    RADIUS_OF_CIRCULAR_EXPOSURE_CONTROL_SENSING_REGION_FIELD_NUMBER: _ClassVar[int]
    VERTICES_OF_THE_POLYGONAL_EXPOSURE_CONTROL_SENSING_REGION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    exposure_control_sensing_region_shape: _attributes_pb2.ExposureControlSensingRegionShape
    exposure_control_sensing_region_left_vertical_edge: _attributes_pb2.ExposureControlSensingRegionLeftVerticalEdge
    exposure_control_sensing_region_right_vertical_edge: _attributes_pb2.ExposureControlSensingRegionRightVerticalEdge
    exposure_control_sensing_region_upper_horizontal_edge: _attributes_pb2.ExposureControlSensingRegionUpperHorizontalEdge
    exposure_control_sensing_region_lower_horizontal_edge: _attributes_pb2.ExposureControlSensingRegionLowerHorizontalEdge
    center_of_circular_exposure_control_sensing_region: _attributes_pb2.CenterOfCircularExposureControlSensingRegion
    radius_of_circular_exposure_control_sensing_region: _attributes_pb2.RadiusOfCircularExposureControlSensingRegion
    vertices_of_the_polygonal_exposure_control_sensing_region: _attributes_pb2.VerticesOfThePolygonalExposureControlSensingRegion
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, exposure_control_sensing_region_shape: _Optional[_Union[_attributes_pb2.ExposureControlSensingRegionShape, _Mapping]] = ..., exposure_control_sensing_region_left_vertical_edge: _Optional[_Union[_attributes_pb2.ExposureControlSensingRegionLeftVerticalEdge, _Mapping]] = ..., exposure_control_sensing_region_right_vertical_edge: _Optional[_Union[_attributes_pb2.ExposureControlSensingRegionRightVerticalEdge, _Mapping]] = ..., exposure_control_sensing_region_upper_horizontal_edge: _Optional[_Union[_attributes_pb2.ExposureControlSensingRegionUpperHorizontalEdge, _Mapping]] = ..., exposure_control_sensing_region_lower_horizontal_edge: _Optional[_Union[_attributes_pb2.ExposureControlSensingRegionLowerHorizontalEdge, _Mapping]] = ..., center_of_circular_exposure_control_sensing_region: _Optional[_Union[_attributes_pb2.CenterOfCircularExposureControlSensingRegion, _Mapping]] = ..., radius_of_circular_exposure_control_sensing_region: _Optional[_Union[_attributes_pb2.RadiusOfCircularExposureControlSensingRegion, _Mapping]] = ..., vertices_of_the_polygonal_exposure_control_sensing_region: _Optional[_Union[_attributes_pb2.VerticesOfThePolygonalExposureControlSensingRegion, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ExposureControlSensingRegionsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ExposureControlSensingRegionsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ExposureControlSensingRegionsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FieldOfViewSequenceItem(_message.Message):
    __slots__ = ("field_of_view_shape", "field_of_view_dimension_s_in_float", "field_of_view_origin", "field_of_view_rotation", "field_of_view_horizontal_flip", "field_of_view_description", "other_elements", "undefined_length")
    FIELD_OF_VIEW_SHAPE_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_DIMENSION_S_IN_FLOAT_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_ORIGIN_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_ROTATION_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_HORIZONTAL_FLIP_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    field_of_view_shape: _attributes_pb2.FieldOfViewShape
    field_of_view_dimension_s_in_float: _attributes_pb2.FieldOfViewDimensionSInFloat
    field_of_view_origin: _attributes_pb2.FieldOfViewOrigin
    field_of_view_rotation: _attributes_pb2.FieldOfViewRotation
    field_of_view_horizontal_flip: _attributes_pb2.FieldOfViewHorizontalFlip
    field_of_view_description: _attributes_pb2.FieldOfViewDescription
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, field_of_view_shape: _Optional[_Union[_attributes_pb2.FieldOfViewShape, _Mapping]] = ..., field_of_view_dimension_s_in_float: _Optional[_Union[_attributes_pb2.FieldOfViewDimensionSInFloat, _Mapping]] = ..., field_of_view_origin: _Optional[_Union[_attributes_pb2.FieldOfViewOrigin, _Mapping]] = ..., field_of_view_rotation: _Optional[_Union[_attributes_pb2.FieldOfViewRotation, _Mapping]] = ..., field_of_view_horizontal_flip: _Optional[_Union[_attributes_pb2.FieldOfViewHorizontalFlip, _Mapping]] = ..., field_of_view_description: _Optional[_Union[_attributes_pb2.FieldOfViewDescription, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FieldOfViewSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FieldOfViewSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FieldOfViewSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameAcquisitionSequenceItem(_message.Message):
    __slots__ = ("kvp", "x_ray_tube_current_in_ma", "other_elements", "undefined_length")
    KVP_FIELD_NUMBER: _ClassVar[int]
    X_RAY_TUBE_CURRENT_IN_MA_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    kvp: _attributes_pb2.Kvp
    x_ray_tube_current_in_ma: _attributes_pb2.XRayTubeCurrentInMa
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, kvp: _Optional[_Union[_attributes_pb2.Kvp, _Mapping]] = ..., x_ray_tube_current_in_ma: _Optional[_Union[_attributes_pb2.XRayTubeCurrentInMa, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameAcquisitionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameAcquisitionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameAcquisitionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameAnatomySequenceItem(_message.Message):
    __slots__ = ("frame_laterality", "anatomic_region_sequence", "primary_anatomic_structure_sequence", "other_elements", "undefined_length")
    FRAME_LATERALITY_FIELD_NUMBER: _ClassVar[int]
    ANATOMIC_REGION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_ANATOMIC_STRUCTURE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    frame_laterality: _attributes_pb2.FrameLaterality
    anatomic_region_sequence: AnatomicRegionSequenceItems
    primary_anatomic_structure_sequence: PrimaryAnatomicStructureSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, frame_laterality: _Optional[_Union[_attributes_pb2.FrameLaterality, _Mapping]] = ..., anatomic_region_sequence: _Optional[_Union[AnatomicRegionSequenceItems, _Mapping]] = ..., primary_anatomic_structure_sequence: _Optional[_Union[PrimaryAnatomicStructureSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameAnatomySequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameAnatomySequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameAnatomySequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameContentSequenceItem(_message.Message):
    __slots__ = ("frame_acquisition_number", "frame_reference_datetime", "frame_acquisition_datetime", "frame_acquisition_duration", "cardiac_cycle_position", "respiratory_cycle_position", "dimension_index_values", "temporal_position_index", "stack_id", "in_stack_position_number", "frame_comments", "frame_label", "other_elements", "undefined_length")
    FRAME_ACQUISITION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    FRAME_REFERENCE_DATETIME_FIELD_NUMBER: _ClassVar[int]
    FRAME_ACQUISITION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    FRAME_ACQUISITION_DURATION_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_CYCLE_POSITION_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_CYCLE_POSITION_FIELD_NUMBER: _ClassVar[int]
    DIMENSION_INDEX_VALUES_FIELD_NUMBER: _ClassVar[int]
    TEMPORAL_POSITION_INDEX_FIELD_NUMBER: _ClassVar[int]
    STACK_ID_FIELD_NUMBER: _ClassVar[int]
    IN_STACK_POSITION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    FRAME_COMMENTS_FIELD_NUMBER: _ClassVar[int]
    FRAME_LABEL_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    frame_acquisition_number: _attributes_pb2.FrameAcquisitionNumber
    frame_reference_datetime: _attributes_pb2.FrameReferenceDatetime
    frame_acquisition_datetime: _attributes_pb2.FrameAcquisitionDatetime
    frame_acquisition_duration: _attributes_pb2.FrameAcquisitionDuration
    cardiac_cycle_position: _attributes_pb2.CardiacCyclePosition
    respiratory_cycle_position: _attributes_pb2.RespiratoryCyclePosition
    dimension_index_values: _attributes_pb2.DimensionIndexValues
    temporal_position_index: _attributes_pb2.TemporalPositionIndex
    stack_id: _attributes_pb2.StackId
    in_stack_position_number: _attributes_pb2.InStackPositionNumber
    frame_comments: _attributes_pb2.FrameComments
    frame_label: _attributes_pb2.FrameLabel
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, frame_acquisition_number: _Optional[_Union[_attributes_pb2.FrameAcquisitionNumber, _Mapping]] = ..., frame_reference_datetime: _Optional[_Union[_attributes_pb2.FrameReferenceDatetime, _Mapping]] = ..., frame_acquisition_datetime: _Optional[_Union[_attributes_pb2.FrameAcquisitionDatetime, _Mapping]] = ..., frame_acquisition_duration: _Optional[_Union[_attributes_pb2.FrameAcquisitionDuration, _Mapping]] = ..., cardiac_cycle_position: _Optional[_Union[_attributes_pb2.CardiacCyclePosition, _Mapping]] = ..., respiratory_cycle_position: _Optional[_Union[_attributes_pb2.RespiratoryCyclePosition, _Mapping]] = ..., dimension_index_values: _Optional[_Union[_attributes_pb2.DimensionIndexValues, _Mapping]] = ..., temporal_position_index: _Optional[_Union[_attributes_pb2.TemporalPositionIndex, _Mapping]] = ..., stack_id: _Optional[_Union[_attributes_pb2.StackId, _Mapping]] = ..., in_stack_position_number: _Optional[_Union[_attributes_pb2.InStackPositionNumber, _Mapping]] = ..., frame_comments: _Optional[_Union[_attributes_pb2.FrameComments, _Mapping]] = ..., frame_label: _Optional[_Union[_attributes_pb2.FrameLabel, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameContentSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameContentSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameContentSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameDetectorParametersSequenceItem(_message.Message):
    __slots__ = ("detector_active_time", "detector_activation_offset_from_exposure", "other_elements", "undefined_length")
    DETECTOR_ACTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    DETECTOR_ACTIVATION_OFFSET_FROM_EXPOSURE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    detector_active_time: _attributes_pb2.DetectorActiveTime
    detector_activation_offset_from_exposure: _attributes_pb2.DetectorActivationOffsetFromExposure
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, detector_active_time: _Optional[_Union[_attributes_pb2.DetectorActiveTime, _Mapping]] = ..., detector_activation_offset_from_exposure: _Optional[_Union[_attributes_pb2.DetectorActivationOffsetFromExposure, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameDetectorParametersSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameDetectorParametersSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameDetectorParametersSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameDisplaySequenceItem(_message.Message):
    __slots__ = ("start_trim", "stop_trim", "skip_frame_range_flag", "recommended_display_frame_rate_in_float", "recommended_viewing_mode", "display_filter_percentage", "mask_visibility_percentage", "other_elements", "undefined_length")
    START_TRIM_FIELD_NUMBER: _ClassVar[int]
    STOP_TRIM_FIELD_NUMBER: _ClassVar[int]
    SKIP_FRAME_RANGE_FLAG_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_DISPLAY_FRAME_RATE_IN_FLOAT_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_VIEWING_MODE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_FILTER_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    MASK_VISIBILITY_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    start_trim: _attributes_pb2.StartTrim
    stop_trim: _attributes_pb2.StopTrim
    skip_frame_range_flag: _attributes_pb2.SkipFrameRangeFlag
    recommended_display_frame_rate_in_float: _attributes_pb2.RecommendedDisplayFrameRateInFloat
    recommended_viewing_mode: _attributes_pb2.RecommendedViewingMode
    display_filter_percentage: _attributes_pb2.DisplayFilterPercentage
    mask_visibility_percentage: _attributes_pb2.MaskVisibilityPercentage
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, start_trim: _Optional[_Union[_attributes_pb2.StartTrim, _Mapping]] = ..., stop_trim: _Optional[_Union[_attributes_pb2.StopTrim, _Mapping]] = ..., skip_frame_range_flag: _Optional[_Union[_attributes_pb2.SkipFrameRangeFlag, _Mapping]] = ..., recommended_display_frame_rate_in_float: _Optional[_Union[_attributes_pb2.RecommendedDisplayFrameRateInFloat, _Mapping]] = ..., recommended_viewing_mode: _Optional[_Union[_attributes_pb2.RecommendedViewingMode, _Mapping]] = ..., display_filter_percentage: _Optional[_Union[_attributes_pb2.DisplayFilterPercentage, _Mapping]] = ..., mask_visibility_percentage: _Optional[_Union[_attributes_pb2.MaskVisibilityPercentage, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameDisplaySequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameDisplaySequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameDisplaySequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameDisplayShutterSequenceItem(_message.Message):
    __slots__ = ("shutter_shape", "shutter_left_vertical_edge", "shutter_right_vertical_edge", "shutter_upper_horizontal_edge", "shutter_lower_horizontal_edge", "center_of_circular_shutter", "radius_of_circular_shutter", "vertices_of_the_polygonal_shutter", "shutter_presentation_value", "shutter_presentation_color_cielab_value", "other_elements", "undefined_length")
    SHUTTER_SHAPE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_LEFT_VERTICAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_RIGHT_VERTICAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_UPPER_HORIZONTAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_LOWER_HORIZONTAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    CENTER_OF_CIRCULAR_SHUTTER_FIELD_NUMBER: _ClassVar[int]
    RADIUS_OF_CIRCULAR_SHUTTER_FIELD_NUMBER: _ClassVar[int]
    VERTICES_OF_THE_POLYGONAL_SHUTTER_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_PRESENTATION_VALUE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_PRESENTATION_COLOR_CIELAB_VALUE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    shutter_shape: _attributes_pb2.ShutterShape
    shutter_left_vertical_edge: _attributes_pb2.ShutterLeftVerticalEdge
    shutter_right_vertical_edge: _attributes_pb2.ShutterRightVerticalEdge
    shutter_upper_horizontal_edge: _attributes_pb2.ShutterUpperHorizontalEdge
    shutter_lower_horizontal_edge: _attributes_pb2.ShutterLowerHorizontalEdge
    center_of_circular_shutter: _attributes_pb2.CenterOfCircularShutter
    radius_of_circular_shutter: _attributes_pb2.RadiusOfCircularShutter
    vertices_of_the_polygonal_shutter: _attributes_pb2.VerticesOfThePolygonalShutter
    shutter_presentation_value: _attributes_pb2.ShutterPresentationValue
    shutter_presentation_color_cielab_value: _attributes_pb2.ShutterPresentationColorCielabValue
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, shutter_shape: _Optional[_Union[_attributes_pb2.ShutterShape, _Mapping]] = ..., shutter_left_vertical_edge: _Optional[_Union[_attributes_pb2.ShutterLeftVerticalEdge, _Mapping]] = ..., shutter_right_vertical_edge: _Optional[_Union[_attributes_pb2.ShutterRightVerticalEdge, _Mapping]] = ..., shutter_upper_horizontal_edge: _Optional[_Union[_attributes_pb2.ShutterUpperHorizontalEdge, _Mapping]] = ..., shutter_lower_horizontal_edge: _Optional[_Union[_attributes_pb2.ShutterLowerHorizontalEdge, _Mapping]] = ..., center_of_circular_shutter: _Optional[_Union[_attributes_pb2.CenterOfCircularShutter, _Mapping]] = ..., radius_of_circular_shutter: _Optional[_Union[_attributes_pb2.RadiusOfCircularShutter, _Mapping]] = ..., vertices_of_the_polygonal_shutter: _Optional[_Union[_attributes_pb2.VerticesOfThePolygonalShutter, _Mapping]] = ..., shutter_presentation_value: _Optional[_Union[_attributes_pb2.ShutterPresentationValue, _Mapping]] = ..., shutter_presentation_color_cielab_value: _Optional[_Union[_attributes_pb2.ShutterPresentationColorCielabValue, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameDisplayShutterSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameDisplayShutterSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameDisplayShutterSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameExtractionSequenceItem(_message.Message):
    __slots__ = ("multi_frame_source_sop_instance_uid", "simple_frame_list", "calculated_frame_list", "timerange", "other_elements", "undefined_length")
    MULTI_FRAME_SOURCE_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    SIMPLE_FRAME_LIST_FIELD_NUMBER: _ClassVar[int]
    CALCULATED_FRAME_LIST_FIELD_NUMBER: _ClassVar[int]
    TIMERANGE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    multi_frame_source_sop_instance_uid: _attributes_pb2.MultiFrameSourceSopInstanceUid
    simple_frame_list: _attributes_pb2.SimpleFrameList
    calculated_frame_list: _attributes_pb2.CalculatedFrameList
    timerange: _attributes_pb2.Timerange
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, multi_frame_source_sop_instance_uid: _Optional[_Union[_attributes_pb2.MultiFrameSourceSopInstanceUid, _Mapping]] = ..., simple_frame_list: _Optional[_Union[_attributes_pb2.SimpleFrameList, _Mapping]] = ..., calculated_frame_list: _Optional[_Union[_attributes_pb2.CalculatedFrameList, _Mapping]] = ..., timerange: _Optional[_Union[_attributes_pb2.Timerange, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameExtractionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameExtractionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameExtractionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FramePixelDataPropertiesSequenceItem(_message.Message):
    __slots__ = ("frame_type", "pixel_intensity_relationship", "pixel_intensity_relationship_sign", "imager_pixel_spacing", "pixel_data_area_origin_relative_to_fov", "pixel_data_area_rotation_angle_relative_to_fov", "geometrical_properties", "geometric_maximum_distortion", "image_processing_applied", "other_elements", "undefined_length")
    FRAME_TYPE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_INTENSITY_RELATIONSHIP_FIELD_NUMBER: _ClassVar[int]
    PIXEL_INTENSITY_RELATIONSHIP_SIGN_FIELD_NUMBER: _ClassVar[int]
    IMAGER_PIXEL_SPACING_FIELD_NUMBER: _ClassVar[int]
    PIXEL_DATA_AREA_ORIGIN_RELATIVE_TO_FOV_FIELD_NUMBER: _ClassVar[int]
    PIXEL_DATA_AREA_ROTATION_ANGLE_RELATIVE_TO_FOV_FIELD_NUMBER: _ClassVar[int]
    GEOMETRICAL_PROPERTIES_FIELD_NUMBER: _ClassVar[int]
    GEOMETRIC_MAXIMUM_DISTORTION_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROCESSING_APPLIED_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    frame_type: _attributes_pb2.FrameType
    pixel_intensity_relationship: _attributes_pb2.PixelIntensityRelationship
    pixel_intensity_relationship_sign: _attributes_pb2.PixelIntensityRelationshipSign
    imager_pixel_spacing: _attributes_pb2.ImagerPixelSpacing
    pixel_data_area_origin_relative_to_fov: _attributes_pb2.PixelDataAreaOriginRelativeToFov
    pixel_data_area_rotation_angle_relative_to_fov: _attributes_pb2.PixelDataAreaRotationAngleRelativeToFov
    geometrical_properties: _attributes_pb2.GeometricalProperties
    geometric_maximum_distortion: _attributes_pb2.GeometricMaximumDistortion
    image_processing_applied: _attributes_pb2.ImageProcessingApplied
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, frame_type: _Optional[_Union[_attributes_pb2.FrameType, _Mapping]] = ..., pixel_intensity_relationship: _Optional[_Union[_attributes_pb2.PixelIntensityRelationship, _Mapping]] = ..., pixel_intensity_relationship_sign: _Optional[_Union[_attributes_pb2.PixelIntensityRelationshipSign, _Mapping]] = ..., imager_pixel_spacing: _Optional[_Union[_attributes_pb2.ImagerPixelSpacing, _Mapping]] = ..., pixel_data_area_origin_relative_to_fov: _Optional[_Union[_attributes_pb2.PixelDataAreaOriginRelativeToFov, _Mapping]] = ..., pixel_data_area_rotation_angle_relative_to_fov: _Optional[_Union[_attributes_pb2.PixelDataAreaRotationAngleRelativeToFov, _Mapping]] = ..., geometrical_properties: _Optional[_Union[_attributes_pb2.GeometricalProperties, _Mapping]] = ..., geometric_maximum_distortion: _Optional[_Union[_attributes_pb2.GeometricMaximumDistortion, _Mapping]] = ..., image_processing_applied: _Optional[_Union[_attributes_pb2.ImageProcessingApplied, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FramePixelDataPropertiesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FramePixelDataPropertiesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FramePixelDataPropertiesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FramePixelShiftSequenceItem(_message.Message):
    __slots__ = ("subtraction_item_id", "mask_sub_pixel_shift", "other_elements", "undefined_length")
    SUBTRACTION_ITEM_ID_FIELD_NUMBER: _ClassVar[int]
    MASK_SUB_PIXEL_SHIFT_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    subtraction_item_id: _attributes_pb2.SubtractionItemId
    mask_sub_pixel_shift: _attributes_pb2.MaskSubPixelShift
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, subtraction_item_id: _Optional[_Union[_attributes_pb2.SubtractionItemId, _Mapping]] = ..., mask_sub_pixel_shift: _Optional[_Union[_attributes_pb2.MaskSubPixelShift, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FramePixelShiftSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FramePixelShiftSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FramePixelShiftSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameVoiLutMacroFrameVoiLutSequenceItem(_message.Message):
    __slots__ = ("window_center", "window_width", "window_center_width_explanation", "voi_lut_function", "other_elements", "undefined_length")
    WINDOW_CENTER_FIELD_NUMBER: _ClassVar[int]
    WINDOW_WIDTH_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_WIDTH_EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    VOI_LUT_FUNCTION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    window_center: _attributes_pb2.WindowCenter
    window_width: _attributes_pb2.WindowWidth
    window_center_width_explanation: _attributes_pb2.WindowCenterWidthExplanation
    voi_lut_function: _attributes_pb2.VoiLutFunction
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, window_center: _Optional[_Union[_attributes_pb2.WindowCenter, _Mapping]] = ..., window_width: _Optional[_Union[_attributes_pb2.WindowWidth, _Mapping]] = ..., window_center_width_explanation: _Optional[_Union[_attributes_pb2.WindowCenterWidthExplanation, _Mapping]] = ..., voi_lut_function: _Optional[_Union[_attributes_pb2.VoiLutFunction, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameVoiLutMacroFrameVoiLutSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameVoiLutMacroFrameVoiLutSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameVoiLutMacroFrameVoiLutSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameVoiLutWithLutMacroFrameVoiLutSequenceItem(_message.Message):
    __slots__ = ("voi_lut_sequence", "window_center", "window_width", "window_center_width_explanation", "voi_lut_function", "other_elements", "undefined_length")
    VOI_LUT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_FIELD_NUMBER: _ClassVar[int]
    WINDOW_WIDTH_FIELD_NUMBER: _ClassVar[int]
    WINDOW_CENTER_WIDTH_EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    VOI_LUT_FUNCTION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    voi_lut_sequence: VoiLutSequenceItems
    window_center: _attributes_pb2.WindowCenter
    window_width: _attributes_pb2.WindowWidth
    window_center_width_explanation: _attributes_pb2.WindowCenterWidthExplanation
    voi_lut_function: _attributes_pb2.VoiLutFunction
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, voi_lut_sequence: _Optional[_Union[VoiLutSequenceItems, _Mapping]] = ..., window_center: _Optional[_Union[_attributes_pb2.WindowCenter, _Mapping]] = ..., window_width: _Optional[_Union[_attributes_pb2.WindowWidth, _Mapping]] = ..., window_center_width_explanation: _Optional[_Union[_attributes_pb2.WindowCenterWidthExplanation, _Mapping]] = ..., voi_lut_function: _Optional[_Union[_attributes_pb2.VoiLutFunction, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class FrameVoiLutWithLutMacroFrameVoiLutSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[FrameVoiLutWithLutMacroFrameVoiLutSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[FrameVoiLutWithLutMacroFrameVoiLutSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class GeneralImageModuleReferencedImageSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "purpose_of_reference_code_sequence", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_OF_REFERENCE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    purpose_of_reference_code_sequence: PurposeOfReferenceCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., purpose_of_reference_code_sequence: _Optional[_Union[PurposeOfReferenceCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class GeneralImageModuleReferencedImageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[GeneralImageModuleReferencedImageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[GeneralImageModuleReferencedImageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class GeneralImageModuleReferencedInstanceSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "purpose_of_reference_code_sequence", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_OF_REFERENCE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    purpose_of_reference_code_sequence: PurposeOfReferenceCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., purpose_of_reference_code_sequence: _Optional[_Union[PurposeOfReferenceCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class GeneralImageModuleReferencedInstanceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[GeneralImageModuleReferencedInstanceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[GeneralImageModuleReferencedInstanceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class GeneralImageModuleSourceImageSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "purpose_of_reference_code_sequence", "spatial_locations_preserved", "patient_orientation", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_OF_REFERENCE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SPATIAL_LOCATIONS_PRESERVED_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ORIENTATION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    purpose_of_reference_code_sequence: PurposeOfReferenceCodeSequenceItems
    spatial_locations_preserved: _attributes_pb2.SpatialLocationsPreserved
    patient_orientation: _attributes_pb2.PatientOrientation
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., purpose_of_reference_code_sequence: _Optional[_Union[PurposeOfReferenceCodeSequenceItems, _Mapping]] = ..., spatial_locations_preserved: _Optional[_Union[_attributes_pb2.SpatialLocationsPreserved, _Mapping]] = ..., patient_orientation: _Optional[_Union[_attributes_pb2.PatientOrientation, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class GeneralImageModuleSourceImageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[GeneralImageModuleSourceImageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[GeneralImageModuleSourceImageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class GroupOfPatientsIdentificationSequenceItem(_message.Message):
    __slots__ = ("patient_id", "issuer_of_patient_id", "issuer_of_patient_id_qualifiers_sequence", "subject_relative_position_in_image", "patient_position", "other_elements", "undefined_length")
    PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_QUALIFIERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_RELATIVE_POSITION_IN_IMAGE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_POSITION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    patient_id: _attributes_pb2.PatientId
    issuer_of_patient_id: _attributes_pb2.IssuerOfPatientId
    issuer_of_patient_id_qualifiers_sequence: IssuerOfPatientIdQualifiersSequenceItems
    subject_relative_position_in_image: _attributes_pb2.SubjectRelativePositionInImage
    patient_position: _attributes_pb2.PatientPosition
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, patient_id: _Optional[_Union[_attributes_pb2.PatientId, _Mapping]] = ..., issuer_of_patient_id: _Optional[_Union[_attributes_pb2.IssuerOfPatientId, _Mapping]] = ..., issuer_of_patient_id_qualifiers_sequence: _Optional[_Union[IssuerOfPatientIdQualifiersSequenceItems, _Mapping]] = ..., subject_relative_position_in_image: _Optional[_Union[_attributes_pb2.SubjectRelativePositionInImage, _Mapping]] = ..., patient_position: _Optional[_Union[_attributes_pb2.PatientPosition, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class GroupOfPatientsIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[GroupOfPatientsIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[GroupOfPatientsIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class HierarchicalSeriesReferenceMacroReferencedSopSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "purpose_of_reference_code_sequence", "referenced_digital_signature_sequence", "referenced_sop_instance_mac_sequence", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_OF_REFERENCE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_DIGITAL_SIGNATURE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_MAC_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    purpose_of_reference_code_sequence: PurposeOfReferenceCodeSequenceItems
    referenced_digital_signature_sequence: ReferencedDigitalSignatureSequenceItems
    referenced_sop_instance_mac_sequence: ReferencedSopInstanceMacSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., purpose_of_reference_code_sequence: _Optional[_Union[PurposeOfReferenceCodeSequenceItems, _Mapping]] = ..., referenced_digital_signature_sequence: _Optional[_Union[ReferencedDigitalSignatureSequenceItems, _Mapping]] = ..., referenced_sop_instance_mac_sequence: _Optional[_Union[ReferencedSopInstanceMacSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class HierarchicalSeriesReferenceMacroReferencedSopSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[HierarchicalSeriesReferenceMacroReferencedSopSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[HierarchicalSeriesReferenceMacroReferencedSopSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItem(_message.Message):
    __slots__ = ("series_instance_uid", "retrieve_ae_title", "retrieve_location_uid", "retrieve_url", "storage_media_file_set_id", "storage_media_file_set_uid", "referenced_sop_sequence", "other_elements", "undefined_length")
    SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    RETRIEVE_AE_TITLE_FIELD_NUMBER: _ClassVar[int]
    RETRIEVE_LOCATION_UID_FIELD_NUMBER: _ClassVar[int]
    RETRIEVE_URL_FIELD_NUMBER: _ClassVar[int]
    STORAGE_MEDIA_FILE_SET_ID_FIELD_NUMBER: _ClassVar[int]
    STORAGE_MEDIA_FILE_SET_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    series_instance_uid: _attributes_pb2.SeriesInstanceUid
    retrieve_ae_title: _attributes_pb2.RetrieveAeTitle
    retrieve_location_uid: _attributes_pb2.RetrieveLocationUid
    retrieve_url: _attributes_pb2.RetrieveUrl
    storage_media_file_set_id: _attributes_pb2.StorageMediaFileSetId
    storage_media_file_set_uid: _attributes_pb2.StorageMediaFileSetUid
    referenced_sop_sequence: HierarchicalSeriesReferenceMacroReferencedSopSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, series_instance_uid: _Optional[_Union[_attributes_pb2.SeriesInstanceUid, _Mapping]] = ..., retrieve_ae_title: _Optional[_Union[_attributes_pb2.RetrieveAeTitle, _Mapping]] = ..., retrieve_location_uid: _Optional[_Union[_attributes_pb2.RetrieveLocationUid, _Mapping]] = ..., retrieve_url: _Optional[_Union[_attributes_pb2.RetrieveUrl, _Mapping]] = ..., storage_media_file_set_id: _Optional[_Union[_attributes_pb2.StorageMediaFileSetId, _Mapping]] = ..., storage_media_file_set_uid: _Optional[_Union[_attributes_pb2.StorageMediaFileSetUid, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[HierarchicalSeriesReferenceMacroReferencedSopSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class Hl7StructuredDocumentReferenceSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "hl7_instance_identifier", "retrieve_uri", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    HL7_INSTANCE_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    RETRIEVE_URI_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    hl7_instance_identifier: _attributes_pb2.Hl7InstanceIdentifier
    retrieve_uri: _attributes_pb2.RetrieveUri
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., hl7_instance_identifier: _Optional[_Union[_attributes_pb2.Hl7InstanceIdentifier, _Mapping]] = ..., retrieve_uri: _Optional[_Union[_attributes_pb2.RetrieveUri, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class Hl7StructuredDocumentReferenceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[Hl7StructuredDocumentReferenceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[Hl7StructuredDocumentReferenceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IconImageSequenceItem(_message.Message):
    __slots__ = ("samples_per_pixel", "photometric_interpretation", "rows", "columns", "bits_allocated", "bits_stored", "high_bit", "pixel_representation", "pixel_data", "planar_configuration", "pixel_aspect_ratio", "smallest_image_pixel_value", "largest_image_pixel_value", "red_palette_color_lookup_table_descriptor", "green_palette_color_lookup_table_descriptor", "blue_palette_color_lookup_table_descriptor", "red_palette_color_lookup_table_data", "green_palette_color_lookup_table_data", "blue_palette_color_lookup_table_data", "icc_profile", "color_space", "other_elements", "undefined_length")
    SAMPLES_PER_PIXEL_FIELD_NUMBER: _ClassVar[int]
    PHOTOMETRIC_INTERPRETATION_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    BITS_ALLOCATED_FIELD_NUMBER: _ClassVar[int]
    BITS_STORED_FIELD_NUMBER: _ClassVar[int]
    HIGH_BIT_FIELD_NUMBER: _ClassVar[int]
    PIXEL_REPRESENTATION_FIELD_NUMBER: _ClassVar[int]
    PIXEL_DATA_FIELD_NUMBER: _ClassVar[int]
    PLANAR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    PIXEL_ASPECT_RATIO_FIELD_NUMBER: _ClassVar[int]
    SMALLEST_IMAGE_PIXEL_VALUE_FIELD_NUMBER: _ClassVar[int]
    LARGEST_IMAGE_PIXEL_VALUE_FIELD_NUMBER: _ClassVar[int]
    RED_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    GREEN_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    BLUE_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    RED_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    ICC_PROFILE_FIELD_NUMBER: _ClassVar[int]
    COLOR_SPACE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    samples_per_pixel: _attributes_pb2.SamplesPerPixel
    photometric_interpretation: _attributes_pb2.PhotometricInterpretation
    rows: _attributes_pb2.Rows
    columns: _attributes_pb2.Columns
    bits_allocated: _attributes_pb2.BitsAllocated
    bits_stored: _attributes_pb2.BitsStored
    high_bit: _attributes_pb2.HighBit
    pixel_representation: _attributes_pb2.PixelRepresentation
    pixel_data: _attributes_pb2.PixelData
    planar_configuration: _attributes_pb2.PlanarConfiguration
    pixel_aspect_ratio: _attributes_pb2.PixelAspectRatio
    smallest_image_pixel_value: _attributes_pb2.SmallestImagePixelValue
    largest_image_pixel_value: _attributes_pb2.LargestImagePixelValue
    red_palette_color_lookup_table_descriptor: _attributes_pb2.RedPaletteColorLookupTableDescriptor
    green_palette_color_lookup_table_descriptor: _attributes_pb2.GreenPaletteColorLookupTableDescriptor
    blue_palette_color_lookup_table_descriptor: _attributes_pb2.BluePaletteColorLookupTableDescriptor
    red_palette_color_lookup_table_data: _attributes_pb2.RedPaletteColorLookupTableData
    green_palette_color_lookup_table_data: _attributes_pb2.GreenPaletteColorLookupTableData
    blue_palette_color_lookup_table_data: _attributes_pb2.BluePaletteColorLookupTableData
    icc_profile: _attributes_pb2.IccProfile
    color_space: _attributes_pb2.ColorSpace
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, samples_per_pixel: _Optional[_Union[_attributes_pb2.SamplesPerPixel, _Mapping]] = ..., photometric_interpretation: _Optional[_Union[_attributes_pb2.PhotometricInterpretation, _Mapping]] = ..., rows: _Optional[_Union[_attributes_pb2.Rows, _Mapping]] = ..., columns: _Optional[_Union[_attributes_pb2.Columns, _Mapping]] = ..., bits_allocated: _Optional[_Union[_attributes_pb2.BitsAllocated, _Mapping]] = ..., bits_stored: _Optional[_Union[_attributes_pb2.BitsStored, _Mapping]] = ..., high_bit: _Optional[_Union[_attributes_pb2.HighBit, _Mapping]] = ..., pixel_representation: _Optional[_Union[_attributes_pb2.PixelRepresentation, _Mapping]] = ..., pixel_data: _Optional[_Union[_attributes_pb2.PixelData, _Mapping]] = ..., planar_configuration: _Optional[_Union[_attributes_pb2.PlanarConfiguration, _Mapping]] = ..., pixel_aspect_ratio: _Optional[_Union[_attributes_pb2.PixelAspectRatio, _Mapping]] = ..., smallest_image_pixel_value: _Optional[_Union[_attributes_pb2.SmallestImagePixelValue, _Mapping]] = ..., largest_image_pixel_value: _Optional[_Union[_attributes_pb2.LargestImagePixelValue, _Mapping]] = ..., red_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.RedPaletteColorLookupTableDescriptor, _Mapping]] = ..., green_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.GreenPaletteColorLookupTableDescriptor, _Mapping]] = ..., blue_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.BluePaletteColorLookupTableDescriptor, _Mapping]] = ..., red_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.RedPaletteColorLookupTableData, _Mapping]] = ..., green_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.GreenPaletteColorLookupTableData, _Mapping]] = ..., blue_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.BluePaletteColorLookupTableData, _Mapping]] = ..., icc_profile: _Optional[_Union[_attributes_pb2.IccProfile, _Mapping]] = ..., color_space: _Optional[_Union[_attributes_pb2.ColorSpace, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IconImageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IconImageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IconImageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ImageDataTypeSequenceItem(_message.Message):
    __slots__ = ("data_type", "aliased_data_type", "zero_velocity_pixel_value", "other_elements", "undefined_length")
    DATA_TYPE_FIELD_NUMBER: _ClassVar[int]
    ALIASED_DATA_TYPE_FIELD_NUMBER: _ClassVar[int]
    ZERO_VELOCITY_PIXEL_VALUE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    data_type: _attributes_pb2.DataType
    aliased_data_type: _attributes_pb2.AliasedDataType
    zero_velocity_pixel_value: _attributes_pb2.ZeroVelocityPixelValue
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, data_type: _Optional[_Union[_attributes_pb2.DataType, _Mapping]] = ..., aliased_data_type: _Optional[_Union[_attributes_pb2.AliasedDataType, _Mapping]] = ..., zero_velocity_pixel_value: _Optional[_Union[_attributes_pb2.ZeroVelocityPixelValue, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ImageDataTypeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ImageDataTypeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ImageDataTypeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ImageReferenceMacroReferencedSopSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "referenced_sop_sequence", "referenced_real_world_value_mapping_instance_sequence", "icon_image_sequence", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_REAL_WORLD_VALUE_MAPPING_INSTANCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    referenced_sop_sequence: CompositeObjectReferenceMacroReferencedSopSequenceItems
    referenced_real_world_value_mapping_instance_sequence: ReferencedRealWorldValueMappingInstanceSequenceItems
    icon_image_sequence: IconImageSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[CompositeObjectReferenceMacroReferencedSopSequenceItems, _Mapping]] = ..., referenced_real_world_value_mapping_instance_sequence: _Optional[_Union[ReferencedRealWorldValueMappingInstanceSequenceItems, _Mapping]] = ..., icon_image_sequence: _Optional[_Union[IconImageSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ImageReferenceMacroReferencedSopSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ImageReferenceMacroReferencedSopSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ImageReferenceMacroReferencedSopSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class InstitutionCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class InstitutionCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[InstitutionCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[InstitutionCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IrradiationEventIdentificationSequenceItem(_message.Message):
    __slots__ = ("irradiation_event_uid", "other_elements", "undefined_length")
    IRRADIATION_EVENT_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    irradiation_event_uid: _attributes_pb2.IrradiationEventUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, irradiation_event_uid: _Optional[_Union[_attributes_pb2.IrradiationEventUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IrradiationEventIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IrradiationEventIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IrradiationEventIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IsocenterReferenceSystemSequenceItem(_message.Message):
    __slots__ = ("positioner_isocenter_primary_angle", "positioner_isocenter_secondary_angle", "positioner_isocenter_detector_rotation_angle", "table_x_position_to_isocenter", "table_y_position_to_isocenter", "table_z_position_to_isocenter", "table_horizontal_rotation_angle", "table_head_tilt_angle", "table_cradle_tilt_angle", "other_elements", "undefined_length")
    POSITIONER_ISOCENTER_PRIMARY_ANGLE_FIELD_NUMBER: _ClassVar[int]
    POSITIONER_ISOCENTER_SECONDARY_ANGLE_FIELD_NUMBER: _ClassVar[int]
    POSITIONER_ISOCENTER_DETECTOR_ROTATION_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_X_POSITION_TO_ISOCENTER_FIELD_NUMBER: _ClassVar[int]
    TABLE_Y_POSITION_TO_ISOCENTER_FIELD_NUMBER: _ClassVar[int]
    TABLE_Z_POSITION_TO_ISOCENTER_FIELD_NUMBER: _ClassVar[int]
    TABLE_HORIZONTAL_ROTATION_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_HEAD_TILT_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_CRADLE_TILT_ANGLE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    positioner_isocenter_primary_angle: _attributes_pb2.PositionerIsocenterPrimaryAngle
    positioner_isocenter_secondary_angle: _attributes_pb2.PositionerIsocenterSecondaryAngle
    positioner_isocenter_detector_rotation_angle: _attributes_pb2.PositionerIsocenterDetectorRotationAngle
    table_x_position_to_isocenter: _attributes_pb2.TableXPositionToIsocenter
    table_y_position_to_isocenter: _attributes_pb2.TableYPositionToIsocenter
    table_z_position_to_isocenter: _attributes_pb2.TableZPositionToIsocenter
    table_horizontal_rotation_angle: _attributes_pb2.TableHorizontalRotationAngle
    table_head_tilt_angle: _attributes_pb2.TableHeadTiltAngle
    table_cradle_tilt_angle: _attributes_pb2.TableCradleTiltAngle
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, positioner_isocenter_primary_angle: _Optional[_Union[_attributes_pb2.PositionerIsocenterPrimaryAngle, _Mapping]] = ..., positioner_isocenter_secondary_angle: _Optional[_Union[_attributes_pb2.PositionerIsocenterSecondaryAngle, _Mapping]] = ..., positioner_isocenter_detector_rotation_angle: _Optional[_Union[_attributes_pb2.PositionerIsocenterDetectorRotationAngle, _Mapping]] = ..., table_x_position_to_isocenter: _Optional[_Union[_attributes_pb2.TableXPositionToIsocenter, _Mapping]] = ..., table_y_position_to_isocenter: _Optional[_Union[_attributes_pb2.TableYPositionToIsocenter, _Mapping]] = ..., table_z_position_to_isocenter: _Optional[_Union[_attributes_pb2.TableZPositionToIsocenter, _Mapping]] = ..., table_horizontal_rotation_angle: _Optional[_Union[_attributes_pb2.TableHorizontalRotationAngle, _Mapping]] = ..., table_head_tilt_angle: _Optional[_Union[_attributes_pb2.TableHeadTiltAngle, _Mapping]] = ..., table_cradle_tilt_angle: _Optional[_Union[_attributes_pb2.TableCradleTiltAngle, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IsocenterReferenceSystemSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IsocenterReferenceSystemSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IsocenterReferenceSystemSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfAccessionNumberSequenceItem(_message.Message):
    __slots__ = ("local_namespace_entity_id", "universal_entity_id", "universal_entity_id_type", "other_elements", "undefined_length")
    LOCAL_NAMESPACE_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_TYPE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    local_namespace_entity_id: _attributes_pb2.LocalNamespaceEntityId
    universal_entity_id: _attributes_pb2.UniversalEntityId
    universal_entity_id_type: _attributes_pb2.UniversalEntityIdType
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, local_namespace_entity_id: _Optional[_Union[_attributes_pb2.LocalNamespaceEntityId, _Mapping]] = ..., universal_entity_id: _Optional[_Union[_attributes_pb2.UniversalEntityId, _Mapping]] = ..., universal_entity_id_type: _Optional[_Union[_attributes_pb2.UniversalEntityIdType, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfAccessionNumberSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IssuerOfAccessionNumberSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IssuerOfAccessionNumberSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfAdmissionIdSequenceItem(_message.Message):
    __slots__ = ("local_namespace_entity_id", "universal_entity_id", "universal_entity_id_type", "other_elements", "undefined_length")
    LOCAL_NAMESPACE_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_TYPE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    local_namespace_entity_id: _attributes_pb2.LocalNamespaceEntityId
    universal_entity_id: _attributes_pb2.UniversalEntityId
    universal_entity_id_type: _attributes_pb2.UniversalEntityIdType
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, local_namespace_entity_id: _Optional[_Union[_attributes_pb2.LocalNamespaceEntityId, _Mapping]] = ..., universal_entity_id: _Optional[_Union[_attributes_pb2.UniversalEntityId, _Mapping]] = ..., universal_entity_id_type: _Optional[_Union[_attributes_pb2.UniversalEntityIdType, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfAdmissionIdSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IssuerOfAdmissionIdSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IssuerOfAdmissionIdSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfPatientIdQualifiersSequenceItem(_message.Message):
    __slots__ = ("universal_entity_id", "universal_entity_id_type", "identifier_type_code", "assigning_facility_sequence", "assigning_jurisdiction_code_sequence", "assigning_agency_or_department_code_sequence", "other_elements", "undefined_length")
    UNIVERSAL_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_TYPE_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_TYPE_CODE_FIELD_NUMBER: _ClassVar[int]
    ASSIGNING_FACILITY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ASSIGNING_JURISDICTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ASSIGNING_AGENCY_OR_DEPARTMENT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    universal_entity_id: _attributes_pb2.UniversalEntityId
    universal_entity_id_type: _attributes_pb2.UniversalEntityIdType
    identifier_type_code: _attributes_pb2.IdentifierTypeCode
    assigning_facility_sequence: AssigningFacilitySequenceItems
    assigning_jurisdiction_code_sequence: AssigningJurisdictionCodeSequenceItems
    assigning_agency_or_department_code_sequence: AssigningAgencyOrDepartmentCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, universal_entity_id: _Optional[_Union[_attributes_pb2.UniversalEntityId, _Mapping]] = ..., universal_entity_id_type: _Optional[_Union[_attributes_pb2.UniversalEntityIdType, _Mapping]] = ..., identifier_type_code: _Optional[_Union[_attributes_pb2.IdentifierTypeCode, _Mapping]] = ..., assigning_facility_sequence: _Optional[_Union[AssigningFacilitySequenceItems, _Mapping]] = ..., assigning_jurisdiction_code_sequence: _Optional[_Union[AssigningJurisdictionCodeSequenceItems, _Mapping]] = ..., assigning_agency_or_department_code_sequence: _Optional[_Union[AssigningAgencyOrDepartmentCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfPatientIdQualifiersSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IssuerOfPatientIdQualifiersSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IssuerOfPatientIdQualifiersSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfServiceEpisodeIdSequenceItem(_message.Message):
    __slots__ = ("local_namespace_entity_id", "universal_entity_id", "universal_entity_id_type", "other_elements", "undefined_length")
    LOCAL_NAMESPACE_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_TYPE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    local_namespace_entity_id: _attributes_pb2.LocalNamespaceEntityId
    universal_entity_id: _attributes_pb2.UniversalEntityId
    universal_entity_id_type: _attributes_pb2.UniversalEntityIdType
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, local_namespace_entity_id: _Optional[_Union[_attributes_pb2.LocalNamespaceEntityId, _Mapping]] = ..., universal_entity_id: _Optional[_Union[_attributes_pb2.UniversalEntityId, _Mapping]] = ..., universal_entity_id_type: _Optional[_Union[_attributes_pb2.UniversalEntityIdType, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfServiceEpisodeIdSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IssuerOfServiceEpisodeIdSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IssuerOfServiceEpisodeIdSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfTheContainerIdentifierSequenceItem(_message.Message):
    __slots__ = ("local_namespace_entity_id", "universal_entity_id", "universal_entity_id_type", "other_elements", "undefined_length")
    LOCAL_NAMESPACE_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_TYPE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    local_namespace_entity_id: _attributes_pb2.LocalNamespaceEntityId
    universal_entity_id: _attributes_pb2.UniversalEntityId
    universal_entity_id_type: _attributes_pb2.UniversalEntityIdType
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, local_namespace_entity_id: _Optional[_Union[_attributes_pb2.LocalNamespaceEntityId, _Mapping]] = ..., universal_entity_id: _Optional[_Union[_attributes_pb2.UniversalEntityId, _Mapping]] = ..., universal_entity_id_type: _Optional[_Union[_attributes_pb2.UniversalEntityIdType, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfTheContainerIdentifierSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IssuerOfTheContainerIdentifierSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IssuerOfTheContainerIdentifierSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfTheSpecimenIdentifierSequenceItem(_message.Message):
    __slots__ = ("local_namespace_entity_id", "universal_entity_id", "universal_entity_id_type", "other_elements", "undefined_length")
    LOCAL_NAMESPACE_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    UNIVERSAL_ENTITY_ID_TYPE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    local_namespace_entity_id: _attributes_pb2.LocalNamespaceEntityId
    universal_entity_id: _attributes_pb2.UniversalEntityId
    universal_entity_id_type: _attributes_pb2.UniversalEntityIdType
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, local_namespace_entity_id: _Optional[_Union[_attributes_pb2.LocalNamespaceEntityId, _Mapping]] = ..., universal_entity_id: _Optional[_Union[_attributes_pb2.UniversalEntityId, _Mapping]] = ..., universal_entity_id_type: _Optional[_Union[_attributes_pb2.UniversalEntityIdType, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class IssuerOfTheSpecimenIdentifierSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[IssuerOfTheSpecimenIdentifierSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[IssuerOfTheSpecimenIdentifierSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MacParametersSequenceItem(_message.Message):
    __slots__ = ("mac_id_number", "mac_calculation_transfer_syntax_uid", "mac_algorithm", "data_elements_signed", "other_elements", "undefined_length")
    MAC_ID_NUMBER_FIELD_NUMBER: _ClassVar[int]
    MAC_CALCULATION_TRANSFER_SYNTAX_UID_FIELD_NUMBER: _ClassVar[int]
    MAC_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    DATA_ELEMENTS_SIGNED_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    mac_id_number: _attributes_pb2.MacIdNumber
    mac_calculation_transfer_syntax_uid: _attributes_pb2.MacCalculationTransferSyntaxUid
    mac_algorithm: _attributes_pb2.MacAlgorithm
    data_elements_signed: _attributes_pb2.DataElementsSigned
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, mac_id_number: _Optional[_Union[_attributes_pb2.MacIdNumber, _Mapping]] = ..., mac_calculation_transfer_syntax_uid: _Optional[_Union[_attributes_pb2.MacCalculationTransferSyntaxUid, _Mapping]] = ..., mac_algorithm: _Optional[_Union[_attributes_pb2.MacAlgorithm, _Mapping]] = ..., data_elements_signed: _Optional[_Union[_attributes_pb2.DataElementsSigned, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MacParametersSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[MacParametersSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[MacParametersSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MappingResourceIdentificationSequenceItem(_message.Message):
    __slots__ = ("other_elements", "undefined_length")
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MappingResourceIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[MappingResourceIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[MappingResourceIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MeasuredValueSequenceItem(_message.Message):
    __slots__ = ("numeric_value", "floating_point_value", "rational_numerator_value", "rational_denominator_value", "measurement_units_code_sequence", "other_elements", "undefined_length")
    NUMERIC_VALUE_FIELD_NUMBER: _ClassVar[int]
    FLOATING_POINT_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_NUMERATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_DENOMINATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    numeric_value: _attributes_pb2.NumericValue
    floating_point_value: _attributes_pb2.FloatingPointValue
    rational_numerator_value: _attributes_pb2.RationalNumeratorValue
    rational_denominator_value: _attributes_pb2.RationalDenominatorValue
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, numeric_value: _Optional[_Union[_attributes_pb2.NumericValue, _Mapping]] = ..., floating_point_value: _Optional[_Union[_attributes_pb2.FloatingPointValue, _Mapping]] = ..., rational_numerator_value: _Optional[_Union[_attributes_pb2.RationalNumeratorValue, _Mapping]] = ..., rational_denominator_value: _Optional[_Union[_attributes_pb2.RationalDenominatorValue, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MeasuredValueSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[MeasuredValueSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[MeasuredValueSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MeasurementUnitsCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MeasurementUnitsCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[MeasurementUnitsCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[MeasurementUnitsCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ModalityLutSequenceItem(_message.Message):
    __slots__ = ("lut_descriptor", "lut_explanation", "modality_lut_type", "lut_data", "other_elements", "undefined_length")
    LUT_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    LUT_EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    MODALITY_LUT_TYPE_FIELD_NUMBER: _ClassVar[int]
    LUT_DATA_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    lut_descriptor: _attributes_pb2.LutDescriptor
    lut_explanation: _attributes_pb2.LutExplanation
    modality_lut_type: _attributes_pb2.ModalityLutType
    lut_data: _attributes_pb2.LutData
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, lut_descriptor: _Optional[_Union[_attributes_pb2.LutDescriptor, _Mapping]] = ..., lut_explanation: _Optional[_Union[_attributes_pb2.LutExplanation, _Mapping]] = ..., modality_lut_type: _Optional[_Union[_attributes_pb2.ModalityLutType, _Mapping]] = ..., lut_data: _Optional[_Union[_attributes_pb2.LutData, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ModalityLutSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ModalityLutSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ModalityLutSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ModifiedAttributesSequenceItem(_message.Message):
    __slots__ = ("other_elements", "undefined_length")
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ModifiedAttributesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ModifiedAttributesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ModifiedAttributesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem(_message.Message):
    __slots__ = ("other_elements", "undefined_length")
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[MultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[MultiFrameFunctionalGroupsModulePerFrameFunctionalGroupsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem(_message.Message):
    __slots__ = ("other_elements", "undefined_length")
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class MultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[MultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[MultiFrameFunctionalGroupsModuleSharedFunctionalGroupsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class NumericValueQualifierCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class NumericValueQualifierCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[NumericValueQualifierCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[NumericValueQualifierCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ObjectThicknessSequenceItem(_message.Message):
    __slots__ = ("calculated_anatomy_thickness", "other_elements", "undefined_length")
    CALCULATED_ANATOMY_THICKNESS_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    calculated_anatomy_thickness: _attributes_pb2.CalculatedAnatomyThickness
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, calculated_anatomy_thickness: _Optional[_Union[_attributes_pb2.CalculatedAnatomyThickness, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ObjectThicknessSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ObjectThicknessSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ObjectThicknessSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class OperatorIdentificationSequenceItem(_message.Message):
    __slots__ = ("person_identification_code_sequence", "person_address", "person_telephone_numbers", "person_telecom_information", "institution_name", "institution_address", "institution_code_sequence", "other_elements", "undefined_length")
    PERSON_IDENTIFICATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PERSON_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELEPHONE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELECOM_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    person_identification_code_sequence: PersonIdentificationCodeSequenceItems
    person_address: _attributes_pb2.PersonAddress
    person_telephone_numbers: _attributes_pb2.PersonTelephoneNumbers
    person_telecom_information: _attributes_pb2.PersonTelecomInformation
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    institution_code_sequence: InstitutionCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, person_identification_code_sequence: _Optional[_Union[PersonIdentificationCodeSequenceItems, _Mapping]] = ..., person_address: _Optional[_Union[_attributes_pb2.PersonAddress, _Mapping]] = ..., person_telephone_numbers: _Optional[_Union[_attributes_pb2.PersonTelephoneNumbers, _Mapping]] = ..., person_telecom_information: _Optional[_Union[_attributes_pb2.PersonTelecomInformation, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., institution_code_sequence: _Optional[_Union[InstitutionCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class OperatorIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[OperatorIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[OperatorIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class OriginalAttributesSequenceItem(_message.Message):
    __slots__ = ("source_of_previous_values", "attribute_modification_datetime", "modifying_system", "reason_for_the_attribute_modification", "modified_attributes_sequence", "other_elements", "undefined_length")
    SOURCE_OF_PREVIOUS_VALUES_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTE_MODIFICATION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    MODIFYING_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    REASON_FOR_THE_ATTRIBUTE_MODIFICATION_FIELD_NUMBER: _ClassVar[int]
    MODIFIED_ATTRIBUTES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    source_of_previous_values: _attributes_pb2.SourceOfPreviousValues
    attribute_modification_datetime: _attributes_pb2.AttributeModificationDatetime
    modifying_system: _attributes_pb2.ModifyingSystem
    reason_for_the_attribute_modification: _attributes_pb2.ReasonForTheAttributeModification
    modified_attributes_sequence: ModifiedAttributesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, source_of_previous_values: _Optional[_Union[_attributes_pb2.SourceOfPreviousValues, _Mapping]] = ..., attribute_modification_datetime: _Optional[_Union[_attributes_pb2.AttributeModificationDatetime, _Mapping]] = ..., modifying_system: _Optional[_Union[_attributes_pb2.ModifyingSystem, _Mapping]] = ..., reason_for_the_attribute_modification: _Optional[_Union[_attributes_pb2.ReasonForTheAttributeModification, _Mapping]] = ..., modified_attributes_sequence: _Optional[_Union[ModifiedAttributesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class OriginalAttributesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[OriginalAttributesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[OriginalAttributesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class OtherPatientIdsSequenceItem(_message.Message):
    __slots__ = ("patient_id", "issuer_of_patient_id", "issuer_of_patient_id_qualifiers_sequence", "type_of_patient_id", "other_elements", "undefined_length")
    PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_QUALIFIERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TYPE_OF_PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    patient_id: _attributes_pb2.PatientId
    issuer_of_patient_id: _attributes_pb2.IssuerOfPatientId
    issuer_of_patient_id_qualifiers_sequence: IssuerOfPatientIdQualifiersSequenceItems
    type_of_patient_id: _attributes_pb2.TypeOfPatientId
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, patient_id: _Optional[_Union[_attributes_pb2.PatientId, _Mapping]] = ..., issuer_of_patient_id: _Optional[_Union[_attributes_pb2.IssuerOfPatientId, _Mapping]] = ..., issuer_of_patient_id_qualifiers_sequence: _Optional[_Union[IssuerOfPatientIdQualifiersSequenceItems, _Mapping]] = ..., type_of_patient_id: _Optional[_Union[_attributes_pb2.TypeOfPatientId, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class OtherPatientIdsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[OtherPatientIdsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[OtherPatientIdsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientBreedCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientBreedCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientBreedCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientBreedCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientGantryRelationshipCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientGantryRelationshipCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientGantryRelationshipCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientGantryRelationshipCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientOrientationCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "patient_orientation_modifier_code_sequence", "other_elements", "undefined_length")
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
    PATIENT_ORIENTATION_MODIFIER_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    patient_orientation_modifier_code_sequence: PatientOrientationModifierCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., patient_orientation_modifier_code_sequence: _Optional[_Union[PatientOrientationModifierCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientOrientationCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientOrientationCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientOrientationCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientOrientationInFrameSequenceItem(_message.Message):
    __slots__ = ("patient_orientation", "other_elements", "undefined_length")
    PATIENT_ORIENTATION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    patient_orientation: _attributes_pb2.PatientOrientation
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, patient_orientation: _Optional[_Union[_attributes_pb2.PatientOrientation, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientOrientationInFrameSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientOrientationInFrameSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientOrientationInFrameSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientOrientationModifierCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientOrientationModifierCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientOrientationModifierCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientOrientationModifierCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientPhysiologicalStateCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientPhysiologicalStateCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientPhysiologicalStateCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientPhysiologicalStateCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientPhysiologicalStateSequenceItem(_message.Message):
    __slots__ = ("patient_physiological_state_code_sequence", "other_elements", "undefined_length")
    PATIENT_PHYSIOLOGICAL_STATE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    patient_physiological_state_code_sequence: PatientPhysiologicalStateCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, patient_physiological_state_code_sequence: _Optional[_Union[PatientPhysiologicalStateCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientPhysiologicalStateSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientPhysiologicalStateSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientPhysiologicalStateSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientSizeCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientSizeCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientSizeCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientSizeCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientSpeciesCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PatientSpeciesCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PatientSpeciesCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PatientSpeciesCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PerformedProtocolCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "protocol_context_sequence", "other_elements", "undefined_length")
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
    PROTOCOL_CONTEXT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    protocol_context_sequence: ProtocolContextSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., protocol_context_sequence: _Optional[_Union[ProtocolContextSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PerformedProtocolCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PerformedProtocolCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PerformedProtocolCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PerformingPhysicianIdentificationSequenceItem(_message.Message):
    __slots__ = ("person_identification_code_sequence", "person_address", "person_telephone_numbers", "person_telecom_information", "institution_name", "institution_address", "institution_code_sequence", "other_elements", "undefined_length")
    PERSON_IDENTIFICATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PERSON_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELEPHONE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELECOM_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    person_identification_code_sequence: PersonIdentificationCodeSequenceItems
    person_address: _attributes_pb2.PersonAddress
    person_telephone_numbers: _attributes_pb2.PersonTelephoneNumbers
    person_telecom_information: _attributes_pb2.PersonTelecomInformation
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    institution_code_sequence: InstitutionCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, person_identification_code_sequence: _Optional[_Union[PersonIdentificationCodeSequenceItems, _Mapping]] = ..., person_address: _Optional[_Union[_attributes_pb2.PersonAddress, _Mapping]] = ..., person_telephone_numbers: _Optional[_Union[_attributes_pb2.PersonTelephoneNumbers, _Mapping]] = ..., person_telecom_information: _Optional[_Union[_attributes_pb2.PersonTelecomInformation, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., institution_code_sequence: _Optional[_Union[InstitutionCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PerformingPhysicianIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PerformingPhysicianIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PerformingPhysicianIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PersonIdentificationCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PersonIdentificationCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PersonIdentificationCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PersonIdentificationCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PhysicianSOfRecordIdentificationSequenceItem(_message.Message):
    __slots__ = ("person_identification_code_sequence", "person_address", "person_telephone_numbers", "person_telecom_information", "institution_name", "institution_address", "institution_code_sequence", "other_elements", "undefined_length")
    PERSON_IDENTIFICATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PERSON_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELEPHONE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELECOM_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    person_identification_code_sequence: PersonIdentificationCodeSequenceItems
    person_address: _attributes_pb2.PersonAddress
    person_telephone_numbers: _attributes_pb2.PersonTelephoneNumbers
    person_telecom_information: _attributes_pb2.PersonTelecomInformation
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    institution_code_sequence: InstitutionCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, person_identification_code_sequence: _Optional[_Union[PersonIdentificationCodeSequenceItems, _Mapping]] = ..., person_address: _Optional[_Union[_attributes_pb2.PersonAddress, _Mapping]] = ..., person_telephone_numbers: _Optional[_Union[_attributes_pb2.PersonTelephoneNumbers, _Mapping]] = ..., person_telecom_information: _Optional[_Union[_attributes_pb2.PersonTelecomInformation, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., institution_code_sequence: _Optional[_Union[InstitutionCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PhysicianSOfRecordIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PhysicianSOfRecordIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PhysicianSOfRecordIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PhysicianSReadingStudyIdentificationSequenceItem(_message.Message):
    __slots__ = ("person_identification_code_sequence", "person_address", "person_telephone_numbers", "person_telecom_information", "institution_name", "institution_address", "institution_code_sequence", "other_elements", "undefined_length")
    PERSON_IDENTIFICATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PERSON_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELEPHONE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELECOM_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    person_identification_code_sequence: PersonIdentificationCodeSequenceItems
    person_address: _attributes_pb2.PersonAddress
    person_telephone_numbers: _attributes_pb2.PersonTelephoneNumbers
    person_telecom_information: _attributes_pb2.PersonTelecomInformation
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    institution_code_sequence: InstitutionCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, person_identification_code_sequence: _Optional[_Union[PersonIdentificationCodeSequenceItems, _Mapping]] = ..., person_address: _Optional[_Union[_attributes_pb2.PersonAddress, _Mapping]] = ..., person_telephone_numbers: _Optional[_Union[_attributes_pb2.PersonTelephoneNumbers, _Mapping]] = ..., person_telecom_information: _Optional[_Union[_attributes_pb2.PersonTelecomInformation, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., institution_code_sequence: _Optional[_Union[InstitutionCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PhysicianSReadingStudyIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PhysicianSReadingStudyIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PhysicianSReadingStudyIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PixelIntensityRelationshipLutSequenceItem(_message.Message):
    __slots__ = ("lut_descriptor", "lut_data", "lut_function", "other_elements", "undefined_length")
    LUT_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    LUT_DATA_FIELD_NUMBER: _ClassVar[int]
    LUT_FUNCTION_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    lut_descriptor: _attributes_pb2.LutDescriptor
    lut_data: _attributes_pb2.LutData
    lut_function: _attributes_pb2.LutFunction
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, lut_descriptor: _Optional[_Union[_attributes_pb2.LutDescriptor, _Mapping]] = ..., lut_data: _Optional[_Union[_attributes_pb2.LutData, _Mapping]] = ..., lut_function: _Optional[_Union[_attributes_pb2.LutFunction, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PixelIntensityRelationshipLutSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PixelIntensityRelationshipLutSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PixelIntensityRelationshipLutSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PixelMeasuresSequenceItem(_message.Message):
    __slots__ = ("pixel_spacing", "slice_thickness", "spacing_between_slices", "other_elements", "undefined_length")
    PIXEL_SPACING_FIELD_NUMBER: _ClassVar[int]
    SLICE_THICKNESS_FIELD_NUMBER: _ClassVar[int]
    SPACING_BETWEEN_SLICES_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    pixel_spacing: _attributes_pb2.PixelSpacing
    slice_thickness: _attributes_pb2.SliceThickness
    spacing_between_slices: _attributes_pb2.SpacingBetweenSlices
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, pixel_spacing: _Optional[_Union[_attributes_pb2.PixelSpacing, _Mapping]] = ..., slice_thickness: _Optional[_Union[_attributes_pb2.SliceThickness, _Mapping]] = ..., spacing_between_slices: _Optional[_Union[_attributes_pb2.SpacingBetweenSlices, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PixelMeasuresSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PixelMeasuresSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PixelMeasuresSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PixelValueTransformationSequenceItem(_message.Message):
    __slots__ = ("rescale_intercept", "rescale_slope", "rescale_type", "other_elements", "undefined_length")
    RESCALE_INTERCEPT_FIELD_NUMBER: _ClassVar[int]
    RESCALE_SLOPE_FIELD_NUMBER: _ClassVar[int]
    RESCALE_TYPE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    rescale_intercept: _attributes_pb2.RescaleIntercept
    rescale_slope: _attributes_pb2.RescaleSlope
    rescale_type: _attributes_pb2.RescaleType
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, rescale_intercept: _Optional[_Union[_attributes_pb2.RescaleIntercept, _Mapping]] = ..., rescale_slope: _Optional[_Union[_attributes_pb2.RescaleSlope, _Mapping]] = ..., rescale_type: _Optional[_Union[_attributes_pb2.RescaleType, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PixelValueTransformationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PixelValueTransformationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PixelValueTransformationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PlaneOrientationSequenceItem(_message.Message):
    __slots__ = ("image_orientation_patient", "other_elements", "undefined_length")
    IMAGE_ORIENTATION_PATIENT_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    image_orientation_patient: _attributes_pb2.ImageOrientationPatient
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, image_orientation_patient: _Optional[_Union[_attributes_pb2.ImageOrientationPatient, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PlaneOrientationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PlaneOrientationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PlaneOrientationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PlaneOrientationVolumeSequenceItem(_message.Message):
    __slots__ = ("image_orientation_volume", "other_elements", "undefined_length")
    IMAGE_ORIENTATION_VOLUME_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    image_orientation_volume: _attributes_pb2.ImageOrientationVolume
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, image_orientation_volume: _Optional[_Union[_attributes_pb2.ImageOrientationVolume, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PlaneOrientationVolumeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PlaneOrientationVolumeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PlaneOrientationVolumeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PlanePositionSequenceItem(_message.Message):
    __slots__ = ("image_position_patient", "other_elements", "undefined_length")
    IMAGE_POSITION_PATIENT_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    image_position_patient: _attributes_pb2.ImagePositionPatient
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, image_position_patient: _Optional[_Union[_attributes_pb2.ImagePositionPatient, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PlanePositionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PlanePositionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PlanePositionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PlanePositionVolumeSequenceItem(_message.Message):
    __slots__ = ("image_position_volume", "other_elements", "undefined_length")
    IMAGE_POSITION_VOLUME_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    image_position_volume: _attributes_pb2.ImagePositionVolume
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, image_position_volume: _Optional[_Union[_attributes_pb2.ImagePositionVolume, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PlanePositionVolumeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PlanePositionVolumeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PlanePositionVolumeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PositionerPositionSequenceItem(_message.Message):
    __slots__ = ("positioner_primary_angle", "positioner_secondary_angle", "column_angulation_patient", "other_elements", "undefined_length")
    POSITIONER_PRIMARY_ANGLE_FIELD_NUMBER: _ClassVar[int]
    POSITIONER_SECONDARY_ANGLE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_ANGULATION_PATIENT_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    positioner_primary_angle: _attributes_pb2.PositionerPrimaryAngle
    positioner_secondary_angle: _attributes_pb2.PositionerSecondaryAngle
    column_angulation_patient: _attributes_pb2.ColumnAngulationPatient
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, positioner_primary_angle: _Optional[_Union[_attributes_pb2.PositionerPrimaryAngle, _Mapping]] = ..., positioner_secondary_angle: _Optional[_Union[_attributes_pb2.PositionerSecondaryAngle, _Mapping]] = ..., column_angulation_patient: _Optional[_Union[_attributes_pb2.ColumnAngulationPatient, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PositionerPositionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PositionerPositionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PositionerPositionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PredecessorStructureSetSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PredecessorStructureSetSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PredecessorStructureSetSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PredecessorStructureSetSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PrimaryAnatomicStructureModifierSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PrimaryAnatomicStructureModifierSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PrimaryAnatomicStructureModifierSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PrimaryAnatomicStructureModifierSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PrimaryAnatomicStructureSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "primary_anatomic_structure_modifier_sequence", "other_elements", "undefined_length")
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
    PRIMARY_ANATOMIC_STRUCTURE_MODIFIER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    primary_anatomic_structure_modifier_sequence: PrimaryAnatomicStructureModifierSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., primary_anatomic_structure_modifier_sequence: _Optional[_Union[PrimaryAnatomicStructureModifierSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PrimaryAnatomicStructureSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PrimaryAnatomicStructureSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PrimaryAnatomicStructureSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PrivateDataElementCharacteristicsSequenceItem(_message.Message):
    __slots__ = ("private_group_reference", "private_creator_reference", "block_identifying_information_status", "nonidentifying_private_elements", "deidentification_action_sequence", "other_elements", "undefined_length")
    PRIVATE_GROUP_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PRIVATE_CREATOR_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    BLOCK_IDENTIFYING_INFORMATION_STATUS_FIELD_NUMBER: _ClassVar[int]
    NONIDENTIFYING_PRIVATE_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    DEIDENTIFICATION_ACTION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    private_group_reference: _attributes_pb2.PrivateGroupReference
    private_creator_reference: _attributes_pb2.PrivateCreatorReference
    block_identifying_information_status: _attributes_pb2.BlockIdentifyingInformationStatus
    nonidentifying_private_elements: _attributes_pb2.NonidentifyingPrivateElements
    deidentification_action_sequence: DeidentificationActionSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, private_group_reference: _Optional[_Union[_attributes_pb2.PrivateGroupReference, _Mapping]] = ..., private_creator_reference: _Optional[_Union[_attributes_pb2.PrivateCreatorReference, _Mapping]] = ..., block_identifying_information_status: _Optional[_Union[_attributes_pb2.BlockIdentifyingInformationStatus, _Mapping]] = ..., nonidentifying_private_elements: _Optional[_Union[_attributes_pb2.NonidentifyingPrivateElements, _Mapping]] = ..., deidentification_action_sequence: _Optional[_Union[DeidentificationActionSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PrivateDataElementCharacteristicsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PrivateDataElementCharacteristicsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PrivateDataElementCharacteristicsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ProcedureCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ProcedureCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ProcedureCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ProcedureCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ProjectionPixelCalibrationSequenceItem(_message.Message):
    __slots__ = ("distance_object_to_table_top", "object_pixel_spacing_in_center_of_beam", "table_height", "beam_angle", "other_elements", "undefined_length")
    DISTANCE_OBJECT_TO_TABLE_TOP_FIELD_NUMBER: _ClassVar[int]
    OBJECT_PIXEL_SPACING_IN_CENTER_OF_BEAM_FIELD_NUMBER: _ClassVar[int]
    TABLE_HEIGHT_FIELD_NUMBER: _ClassVar[int]
    BEAM_ANGLE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    distance_object_to_table_top: _attributes_pb2.DistanceObjectToTableTop
    object_pixel_spacing_in_center_of_beam: _attributes_pb2.ObjectPixelSpacingInCenterOfBeam
    table_height: _attributes_pb2.TableHeight
    beam_angle: _attributes_pb2.BeamAngle
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, distance_object_to_table_top: _Optional[_Union[_attributes_pb2.DistanceObjectToTableTop, _Mapping]] = ..., object_pixel_spacing_in_center_of_beam: _Optional[_Union[_attributes_pb2.ObjectPixelSpacingInCenterOfBeam, _Mapping]] = ..., table_height: _Optional[_Union[_attributes_pb2.TableHeight, _Mapping]] = ..., beam_angle: _Optional[_Union[_attributes_pb2.BeamAngle, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ProjectionPixelCalibrationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ProjectionPixelCalibrationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ProjectionPixelCalibrationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ProtocolContextSequenceItem(_message.Message):
    __slots__ = ("value_type", "concept_name_code_sequence", "datetime", "date", "time", "person_name", "uid", "text_value", "concept_code_sequence", "numeric_value", "floating_point_value", "rational_numerator_value", "rational_denominator_value", "measurement_units_code_sequence", "referenced_sop_sequence", "content_item_modifier_sequence", "other_elements", "undefined_length")
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DATETIME_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    UID_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_FIELD_NUMBER: _ClassVar[int]
    FLOATING_POINT_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_NUMERATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_DENOMINATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_ITEM_MODIFIER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    datetime: _attributes_pb2.Datetime
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    uid: _attributes_pb2.Uid
    text_value: _attributes_pb2.TextValue
    concept_code_sequence: ConceptCodeSequenceItems
    numeric_value: _attributes_pb2.NumericValue
    floating_point_value: _attributes_pb2.FloatingPointValue
    rational_numerator_value: _attributes_pb2.RationalNumeratorValue
    rational_denominator_value: _attributes_pb2.RationalDenominatorValue
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    referenced_sop_sequence: ContentItemMacroReferencedSopSequenceItems
    content_item_modifier_sequence: ContentItemModifierSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., datetime: _Optional[_Union[_attributes_pb2.Datetime, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., uid: _Optional[_Union[_attributes_pb2.Uid, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[ConceptCodeSequenceItems, _Mapping]] = ..., numeric_value: _Optional[_Union[_attributes_pb2.NumericValue, _Mapping]] = ..., floating_point_value: _Optional[_Union[_attributes_pb2.FloatingPointValue, _Mapping]] = ..., rational_numerator_value: _Optional[_Union[_attributes_pb2.RationalNumeratorValue, _Mapping]] = ..., rational_denominator_value: _Optional[_Union[_attributes_pb2.RationalDenominatorValue, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[ContentItemMacroReferencedSopSequenceItems, _Mapping]] = ..., content_item_modifier_sequence: _Optional[_Union[ContentItemModifierSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ProtocolContextSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ProtocolContextSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ProtocolContextSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PurposeOfReferenceCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class PurposeOfReferenceCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[PurposeOfReferenceCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[PurposeOfReferenceCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class QuantityDefinitionSequenceItem(_message.Message):
    __slots__ = ("value_type", "concept_name_code_sequence", "datetime", "date", "time", "person_name", "uid", "text_value", "concept_code_sequence", "numeric_value", "floating_point_value", "rational_numerator_value", "rational_denominator_value", "measurement_units_code_sequence", "referenced_sop_sequence", "other_elements", "undefined_length")
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DATETIME_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    UID_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_FIELD_NUMBER: _ClassVar[int]
    FLOATING_POINT_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_NUMERATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_DENOMINATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    datetime: _attributes_pb2.Datetime
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    uid: _attributes_pb2.Uid
    text_value: _attributes_pb2.TextValue
    concept_code_sequence: ConceptCodeSequenceItems
    numeric_value: _attributes_pb2.NumericValue
    floating_point_value: _attributes_pb2.FloatingPointValue
    rational_numerator_value: _attributes_pb2.RationalNumeratorValue
    rational_denominator_value: _attributes_pb2.RationalDenominatorValue
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    referenced_sop_sequence: ContentItemMacroReferencedSopSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., datetime: _Optional[_Union[_attributes_pb2.Datetime, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., uid: _Optional[_Union[_attributes_pb2.Uid, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[ConceptCodeSequenceItems, _Mapping]] = ..., numeric_value: _Optional[_Union[_attributes_pb2.NumericValue, _Mapping]] = ..., floating_point_value: _Optional[_Union[_attributes_pb2.FloatingPointValue, _Mapping]] = ..., rational_numerator_value: _Optional[_Union[_attributes_pb2.RationalNumeratorValue, _Mapping]] = ..., rational_denominator_value: _Optional[_Union[_attributes_pb2.RationalDenominatorValue, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[ContentItemMacroReferencedSopSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class QuantityDefinitionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[QuantityDefinitionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[QuantityDefinitionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RadiopharmaceuticalUsageSequenceItem(_message.Message):
    __slots__ = ("radiopharmaceutical_agent_number", "other_elements", "undefined_length")
    RADIOPHARMACEUTICAL_AGENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    radiopharmaceutical_agent_number: _attributes_pb2.RadiopharmaceuticalAgentNumber
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, radiopharmaceutical_agent_number: _Optional[_Union[_attributes_pb2.RadiopharmaceuticalAgentNumber, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RadiopharmaceuticalUsageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RadiopharmaceuticalUsageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RadiopharmaceuticalUsageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RealWorldValueMappingSequenceItem(_message.Message):
    __slots__ = ("real_world_value_first_value_mapped", "real_world_value_last_value_mapped", "double_float_real_world_value_first_value_mapped", "double_float_real_world_value_last_value_mapped", "real_world_value_intercept", "real_world_value_slope", "real_world_value_lut_data", "lut_explanation", "lut_label", "measurement_units_code_sequence", "quantity_definition_sequence", "other_elements", "undefined_length")
    REAL_WORLD_VALUE_FIRST_VALUE_MAPPED_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_LAST_VALUE_MAPPED_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_FLOAT_REAL_WORLD_VALUE_FIRST_VALUE_MAPPED_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_FLOAT_REAL_WORLD_VALUE_LAST_VALUE_MAPPED_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_INTERCEPT_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_SLOPE_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_LUT_DATA_FIELD_NUMBER: _ClassVar[int]
    LUT_EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    LUT_LABEL_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_DEFINITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    real_world_value_first_value_mapped: _attributes_pb2.RealWorldValueFirstValueMapped
    real_world_value_last_value_mapped: _attributes_pb2.RealWorldValueLastValueMapped
    double_float_real_world_value_first_value_mapped: _attributes_pb2.DoubleFloatRealWorldValueFirstValueMapped
    double_float_real_world_value_last_value_mapped: _attributes_pb2.DoubleFloatRealWorldValueLastValueMapped
    real_world_value_intercept: _attributes_pb2.RealWorldValueIntercept
    real_world_value_slope: _attributes_pb2.RealWorldValueSlope
    real_world_value_lut_data: _attributes_pb2.RealWorldValueLutData
    lut_explanation: _attributes_pb2.LutExplanation
    lut_label: _attributes_pb2.LutLabel
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    quantity_definition_sequence: QuantityDefinitionSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, real_world_value_first_value_mapped: _Optional[_Union[_attributes_pb2.RealWorldValueFirstValueMapped, _Mapping]] = ..., real_world_value_last_value_mapped: _Optional[_Union[_attributes_pb2.RealWorldValueLastValueMapped, _Mapping]] = ..., double_float_real_world_value_first_value_mapped: _Optional[_Union[_attributes_pb2.DoubleFloatRealWorldValueFirstValueMapped, _Mapping]] = ..., double_float_real_world_value_last_value_mapped: _Optional[_Union[_attributes_pb2.DoubleFloatRealWorldValueLastValueMapped, _Mapping]] = ..., real_world_value_intercept: _Optional[_Union[_attributes_pb2.RealWorldValueIntercept, _Mapping]] = ..., real_world_value_slope: _Optional[_Union[_attributes_pb2.RealWorldValueSlope, _Mapping]] = ..., real_world_value_lut_data: _Optional[_Union[_attributes_pb2.RealWorldValueLutData, _Mapping]] = ..., lut_explanation: _Optional[_Union[_attributes_pb2.LutExplanation, _Mapping]] = ..., lut_label: _Optional[_Union[_attributes_pb2.LutLabel, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., quantity_definition_sequence: _Optional[_Union[QuantityDefinitionSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RealWorldValueMappingSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RealWorldValueMappingSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RealWorldValueMappingSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReasonForPerformedProcedureCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReasonForPerformedProcedureCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReasonForPerformedProcedureCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReasonForPerformedProcedureCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReasonForRequestedProcedureCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReasonForRequestedProcedureCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReasonForRequestedProcedureCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReasonForRequestedProcedureCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedBrachyApplicationSetupSequenceItem(_message.Message):
    __slots__ = ("referenced_brachy_application_setup_number", "other_elements", "undefined_length")
    REFERENCED_BRACHY_APPLICATION_SETUP_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_brachy_application_setup_number: _attributes_pb2.ReferencedBrachyApplicationSetupNumber
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_brachy_application_setup_number: _Optional[_Union[_attributes_pb2.ReferencedBrachyApplicationSetupNumber, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedBrachyApplicationSetupSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedBrachyApplicationSetupSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedBrachyApplicationSetupSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedControlPointSequenceItem(_message.Message):
    __slots__ = ("referenced_start_control_point_index", "referenced_stop_control_point_index", "other_elements", "undefined_length")
    REFERENCED_START_CONTROL_POINT_INDEX_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_STOP_CONTROL_POINT_INDEX_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_start_control_point_index: _attributes_pb2.ReferencedStartControlPointIndex
    referenced_stop_control_point_index: _attributes_pb2.ReferencedStopControlPointIndex
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_start_control_point_index: _Optional[_Union[_attributes_pb2.ReferencedStartControlPointIndex, _Mapping]] = ..., referenced_stop_control_point_index: _Optional[_Union[_attributes_pb2.ReferencedStopControlPointIndex, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedControlPointSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedControlPointSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedControlPointSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedDigitalSignatureSequenceItem(_message.Message):
    __slots__ = ("digital_signature_uid", "signature", "other_elements", "undefined_length")
    DIGITAL_SIGNATURE_UID_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    digital_signature_uid: _attributes_pb2.DigitalSignatureUid
    signature: _attributes_pb2.Signature
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, digital_signature_uid: _Optional[_Union[_attributes_pb2.DigitalSignatureUid, _Mapping]] = ..., signature: _Optional[_Union[_attributes_pb2.Signature, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedDigitalSignatureSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedDigitalSignatureSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedDigitalSignatureSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedFractionGroupSequenceItem(_message.Message):
    __slots__ = ("referenced_fraction_group_number", "referenced_beam_sequence", "referenced_brachy_application_setup_sequence", "other_elements", "undefined_length")
    REFERENCED_FRACTION_GROUP_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_BEAM_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_BRACHY_APPLICATION_SETUP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_fraction_group_number: _attributes_pb2.ReferencedFractionGroupNumber
    referenced_beam_sequence: RtDoseModuleReferencedBeamSequenceItems
    referenced_brachy_application_setup_sequence: ReferencedBrachyApplicationSetupSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_fraction_group_number: _Optional[_Union[_attributes_pb2.ReferencedFractionGroupNumber, _Mapping]] = ..., referenced_beam_sequence: _Optional[_Union[RtDoseModuleReferencedBeamSequenceItems, _Mapping]] = ..., referenced_brachy_application_setup_sequence: _Optional[_Union[ReferencedBrachyApplicationSetupSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedFractionGroupSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedFractionGroupSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedFractionGroupSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedFrameOfReferenceSequenceItem(_message.Message):
    __slots__ = ("frame_of_reference_uid", "rt_referenced_study_sequence", "other_elements", "undefined_length")
    FRAME_OF_REFERENCE_UID_FIELD_NUMBER: _ClassVar[int]
    RT_REFERENCED_STUDY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    frame_of_reference_uid: _attributes_pb2.FrameOfReferenceUid
    rt_referenced_study_sequence: RtReferencedStudySequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, frame_of_reference_uid: _Optional[_Union[_attributes_pb2.FrameOfReferenceUid, _Mapping]] = ..., rt_referenced_study_sequence: _Optional[_Union[RtReferencedStudySequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedFrameOfReferenceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedFrameOfReferenceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedFrameOfReferenceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedImageEvidenceSequenceItem(_message.Message):
    __slots__ = ("study_instance_uid", "referenced_series_sequence", "other_elements", "undefined_length")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_series_sequence: HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_series_sequence: _Optional[_Union[HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedImageEvidenceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedImageEvidenceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedImageEvidenceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedImageMacroReferencedImageSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "purpose_of_reference_code_sequence", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_OF_REFERENCE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    purpose_of_reference_code_sequence: PurposeOfReferenceCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., purpose_of_reference_code_sequence: _Optional[_Union[PurposeOfReferenceCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedImageMacroReferencedImageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedImageMacroReferencedImageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedImageMacroReferencedImageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedInstancesAndAccessMacroReferencedSopSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "hl7_instance_identifier", "referenced_frame_number", "referenced_segment_number", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    HL7_INSTANCE_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    hl7_instance_identifier: _attributes_pb2.Hl7InstanceIdentifier
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., hl7_instance_identifier: _Optional[_Union[_attributes_pb2.Hl7InstanceIdentifier, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedInstancesAndAccessMacroReferencedSopSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedInstancesAndAccessMacroReferencedSopSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedInstancesAndAccessMacroReferencedSopSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedOtherPlaneSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_frame_number", "referenced_segment_number", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SEGMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_frame_number: _attributes_pb2.ReferencedFrameNumber
    referenced_segment_number: _attributes_pb2.ReferencedSegmentNumber
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_frame_number: _Optional[_Union[_attributes_pb2.ReferencedFrameNumber, _Mapping]] = ..., referenced_segment_number: _Optional[_Union[_attributes_pb2.ReferencedSegmentNumber, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedOtherPlaneSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedOtherPlaneSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedOtherPlaneSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedPatientPhotoSequenceItem(_message.Message):
    __slots__ = ("type_of_instances", "study_instance_uid", "series_instance_uid", "referenced_sop_sequence", "dicom_retrieval_sequence", "dicom_media_retrieval_sequence", "wado_retrieval_sequence", "xds_retrieval_sequence", "wado_rs_retrieval_sequence", "other_elements", "undefined_length")
    TYPE_OF_INSTANCES_FIELD_NUMBER: _ClassVar[int]
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DICOM_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DICOM_MEDIA_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    WADO_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    XDS_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    WADO_RS_RETRIEVAL_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    type_of_instances: _attributes_pb2.TypeOfInstances
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    series_instance_uid: _attributes_pb2.SeriesInstanceUid
    referenced_sop_sequence: ReferencedInstancesAndAccessMacroReferencedSopSequenceItems
    dicom_retrieval_sequence: DicomRetrievalSequenceItems
    dicom_media_retrieval_sequence: DicomMediaRetrievalSequenceItems
    wado_retrieval_sequence: WadoRetrievalSequenceItems
    xds_retrieval_sequence: XdsRetrievalSequenceItems
    wado_rs_retrieval_sequence: WadoRsRetrievalSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, type_of_instances: _Optional[_Union[_attributes_pb2.TypeOfInstances, _Mapping]] = ..., study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., series_instance_uid: _Optional[_Union[_attributes_pb2.SeriesInstanceUid, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[ReferencedInstancesAndAccessMacroReferencedSopSequenceItems, _Mapping]] = ..., dicom_retrieval_sequence: _Optional[_Union[DicomRetrievalSequenceItems, _Mapping]] = ..., dicom_media_retrieval_sequence: _Optional[_Union[DicomMediaRetrievalSequenceItems, _Mapping]] = ..., wado_retrieval_sequence: _Optional[_Union[WadoRetrievalSequenceItems, _Mapping]] = ..., xds_retrieval_sequence: _Optional[_Union[XdsRetrievalSequenceItems, _Mapping]] = ..., wado_rs_retrieval_sequence: _Optional[_Union[WadoRsRetrievalSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedPatientPhotoSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedPatientPhotoSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedPatientPhotoSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedPatientSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedPatientSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedPatientSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedPatientSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedPerformedProcedureStepSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedPerformedProcedureStepSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedPerformedProcedureStepSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedPerformedProcedureStepSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedPresentationStateSequenceItem(_message.Message):
    __slots__ = ("study_instance_uid", "referenced_series_sequence", "other_elements", "undefined_length")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_series_sequence: HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_series_sequence: _Optional[_Union[HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedPresentationStateSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedPresentationStateSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedPresentationStateSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedRawDataSequenceItem(_message.Message):
    __slots__ = ("study_instance_uid", "referenced_series_sequence", "other_elements", "undefined_length")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_series_sequence: HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_series_sequence: _Optional[_Union[HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedRawDataSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedRawDataSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedRawDataSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedRealWorldValueMappingInstanceSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedRealWorldValueMappingInstanceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedRealWorldValueMappingInstanceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedRealWorldValueMappingInstanceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedRtPlanSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_fraction_group_sequence", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRACTION_GROUP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_fraction_group_sequence: ReferencedFractionGroupSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_fraction_group_sequence: _Optional[_Union[ReferencedFractionGroupSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedRtPlanSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedRtPlanSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedRtPlanSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedSopInstanceMacSequenceItem(_message.Message):
    __slots__ = ("mac_calculation_transfer_syntax_uid", "mac_algorithm", "data_elements_signed", "mac", "other_elements", "undefined_length")
    MAC_CALCULATION_TRANSFER_SYNTAX_UID_FIELD_NUMBER: _ClassVar[int]
    MAC_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    DATA_ELEMENTS_SIGNED_FIELD_NUMBER: _ClassVar[int]
    MAC_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    mac_calculation_transfer_syntax_uid: _attributes_pb2.MacCalculationTransferSyntaxUid
    mac_algorithm: _attributes_pb2.MacAlgorithm
    data_elements_signed: _attributes_pb2.DataElementsSigned
    mac: _attributes_pb2.Mac
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, mac_calculation_transfer_syntax_uid: _Optional[_Union[_attributes_pb2.MacCalculationTransferSyntaxUid, _Mapping]] = ..., mac_algorithm: _Optional[_Union[_attributes_pb2.MacAlgorithm, _Mapping]] = ..., data_elements_signed: _Optional[_Union[_attributes_pb2.DataElementsSigned, _Mapping]] = ..., mac: _Optional[_Union[_attributes_pb2.Mac, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedSopInstanceMacSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedSopInstanceMacSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedSopInstanceMacSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedSpatialRegistrationSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedSpatialRegistrationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedSpatialRegistrationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedSpatialRegistrationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedStructureSetSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedStructureSetSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedStructureSetSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedStructureSetSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedStudySequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedStudySequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedStudySequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedStudySequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedTreatmentRecordSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_beam_sequence", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_BEAM_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_beam_sequence: RtDoseModuleReferencedBeamSequenceItem2s
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_beam_sequence: _Optional[_Union[RtDoseModuleReferencedBeamSequenceItem2s, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedTreatmentRecordSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedTreatmentRecordSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedTreatmentRecordSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedWaveformSequenceItem(_message.Message):
    __slots__ = ("study_instance_uid", "referenced_series_sequence", "other_elements", "undefined_length")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_series_sequence: HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_series_sequence: _Optional[_Union[HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferencedWaveformSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferencedWaveformSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferencedWaveformSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferringPhysicianIdentificationSequenceItem(_message.Message):
    __slots__ = ("person_identification_code_sequence", "person_address", "person_telephone_numbers", "person_telecom_information", "institution_name", "institution_address", "institution_code_sequence", "other_elements", "undefined_length")
    PERSON_IDENTIFICATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PERSON_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELEPHONE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELECOM_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    person_identification_code_sequence: PersonIdentificationCodeSequenceItems
    person_address: _attributes_pb2.PersonAddress
    person_telephone_numbers: _attributes_pb2.PersonTelephoneNumbers
    person_telecom_information: _attributes_pb2.PersonTelecomInformation
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    institution_code_sequence: InstitutionCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, person_identification_code_sequence: _Optional[_Union[PersonIdentificationCodeSequenceItems, _Mapping]] = ..., person_address: _Optional[_Union[_attributes_pb2.PersonAddress, _Mapping]] = ..., person_telephone_numbers: _Optional[_Union[_attributes_pb2.PersonTelephoneNumbers, _Mapping]] = ..., person_telecom_information: _Optional[_Union[_attributes_pb2.PersonTelecomInformation, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., institution_code_sequence: _Optional[_Union[InstitutionCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ReferringPhysicianIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ReferringPhysicianIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ReferringPhysicianIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RelatedSeriesSequenceItem(_message.Message):
    __slots__ = ("study_instance_uid", "series_instance_uid", "purpose_of_reference_code_sequence", "other_elements", "undefined_length")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_OF_REFERENCE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    series_instance_uid: _attributes_pb2.SeriesInstanceUid
    purpose_of_reference_code_sequence: PurposeOfReferenceCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., series_instance_uid: _Optional[_Union[_attributes_pb2.SeriesInstanceUid, _Mapping]] = ..., purpose_of_reference_code_sequence: _Optional[_Union[PurposeOfReferenceCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RelatedSeriesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RelatedSeriesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RelatedSeriesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RequestAttributesSequenceItem(_message.Message):
    __slots__ = ("requested_procedure_id", "accession_number", "issuer_of_accession_number_sequence", "study_instance_uid", "referenced_study_sequence", "requested_procedure_description", "requested_procedure_code_sequence", "reason_for_the_requested_procedure", "reason_for_requested_procedure_code_sequence", "scheduled_procedure_step_id", "scheduled_procedure_step_description", "scheduled_protocol_code_sequence", "other_elements", "undefined_length")
    REQUESTED_PROCEDURE_ID_FIELD_NUMBER: _ClassVar[int]
    ACCESSION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_ACCESSION_NUMBER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_STUDY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_PROCEDURE_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_PROCEDURE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REASON_FOR_THE_REQUESTED_PROCEDURE_FIELD_NUMBER: _ClassVar[int]
    REASON_FOR_REQUESTED_PROCEDURE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_PROCEDURE_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_PROCEDURE_STEP_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_PROTOCOL_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    requested_procedure_id: _attributes_pb2.RequestedProcedureId
    accession_number: _attributes_pb2.AccessionNumber
    issuer_of_accession_number_sequence: IssuerOfAccessionNumberSequenceItems
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_study_sequence: ReferencedStudySequenceItems
    requested_procedure_description: _attributes_pb2.RequestedProcedureDescription
    requested_procedure_code_sequence: RequestedProcedureCodeSequenceItems
    reason_for_the_requested_procedure: _attributes_pb2.ReasonForTheRequestedProcedure
    reason_for_requested_procedure_code_sequence: ReasonForRequestedProcedureCodeSequenceItems
    scheduled_procedure_step_id: _attributes_pb2.ScheduledProcedureStepId
    scheduled_procedure_step_description: _attributes_pb2.ScheduledProcedureStepDescription
    scheduled_protocol_code_sequence: ScheduledProtocolCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, requested_procedure_id: _Optional[_Union[_attributes_pb2.RequestedProcedureId, _Mapping]] = ..., accession_number: _Optional[_Union[_attributes_pb2.AccessionNumber, _Mapping]] = ..., issuer_of_accession_number_sequence: _Optional[_Union[IssuerOfAccessionNumberSequenceItems, _Mapping]] = ..., study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_study_sequence: _Optional[_Union[ReferencedStudySequenceItems, _Mapping]] = ..., requested_procedure_description: _Optional[_Union[_attributes_pb2.RequestedProcedureDescription, _Mapping]] = ..., requested_procedure_code_sequence: _Optional[_Union[RequestedProcedureCodeSequenceItems, _Mapping]] = ..., reason_for_the_requested_procedure: _Optional[_Union[_attributes_pb2.ReasonForTheRequestedProcedure, _Mapping]] = ..., reason_for_requested_procedure_code_sequence: _Optional[_Union[ReasonForRequestedProcedureCodeSequenceItems, _Mapping]] = ..., scheduled_procedure_step_id: _Optional[_Union[_attributes_pb2.ScheduledProcedureStepId, _Mapping]] = ..., scheduled_procedure_step_description: _Optional[_Union[_attributes_pb2.ScheduledProcedureStepDescription, _Mapping]] = ..., scheduled_protocol_code_sequence: _Optional[_Union[ScheduledProtocolCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RequestAttributesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RequestAttributesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RequestAttributesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RequestedProcedureCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RequestedProcedureCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RequestedProcedureCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RequestedProcedureCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RequestingServiceCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RequestingServiceCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RequestingServiceCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RequestingServiceCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RespiratorySynchronizationSequenceItem(_message.Message):
    __slots__ = ("respiratory_interval_time", "nominal_percentage_of_respiratory_phase", "nominal_respiratory_trigger_delay_time", "actual_respiratory_trigger_delay_time", "starting_respiratory_amplitude", "starting_respiratory_phase", "ending_respiratory_amplitude", "ending_respiratory_phase", "other_elements", "undefined_length")
    RESPIRATORY_INTERVAL_TIME_FIELD_NUMBER: _ClassVar[int]
    NOMINAL_PERCENTAGE_OF_RESPIRATORY_PHASE_FIELD_NUMBER: _ClassVar[int]
    NOMINAL_RESPIRATORY_TRIGGER_DELAY_TIME_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_RESPIRATORY_TRIGGER_DELAY_TIME_FIELD_NUMBER: _ClassVar[int]
    STARTING_RESPIRATORY_AMPLITUDE_FIELD_NUMBER: _ClassVar[int]
    STARTING_RESPIRATORY_PHASE_FIELD_NUMBER: _ClassVar[int]
    ENDING_RESPIRATORY_AMPLITUDE_FIELD_NUMBER: _ClassVar[int]
    ENDING_RESPIRATORY_PHASE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    respiratory_interval_time: _attributes_pb2.RespiratoryIntervalTime
    nominal_percentage_of_respiratory_phase: _attributes_pb2.NominalPercentageOfRespiratoryPhase
    nominal_respiratory_trigger_delay_time: _attributes_pb2.NominalRespiratoryTriggerDelayTime
    actual_respiratory_trigger_delay_time: _attributes_pb2.ActualRespiratoryTriggerDelayTime
    starting_respiratory_amplitude: _attributes_pb2.StartingRespiratoryAmplitude
    starting_respiratory_phase: _attributes_pb2.StartingRespiratoryPhase
    ending_respiratory_amplitude: _attributes_pb2.EndingRespiratoryAmplitude
    ending_respiratory_phase: _attributes_pb2.EndingRespiratoryPhase
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, respiratory_interval_time: _Optional[_Union[_attributes_pb2.RespiratoryIntervalTime, _Mapping]] = ..., nominal_percentage_of_respiratory_phase: _Optional[_Union[_attributes_pb2.NominalPercentageOfRespiratoryPhase, _Mapping]] = ..., nominal_respiratory_trigger_delay_time: _Optional[_Union[_attributes_pb2.NominalRespiratoryTriggerDelayTime, _Mapping]] = ..., actual_respiratory_trigger_delay_time: _Optional[_Union[_attributes_pb2.ActualRespiratoryTriggerDelayTime, _Mapping]] = ..., starting_respiratory_amplitude: _Optional[_Union[_attributes_pb2.StartingRespiratoryAmplitude, _Mapping]] = ..., starting_respiratory_phase: _Optional[_Union[_attributes_pb2.StartingRespiratoryPhase, _Mapping]] = ..., ending_respiratory_amplitude: _Optional[_Union[_attributes_pb2.EndingRespiratoryAmplitude, _Mapping]] = ..., ending_respiratory_phase: _Optional[_Union[_attributes_pb2.EndingRespiratoryPhase, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RespiratorySynchronizationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RespiratorySynchronizationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RespiratorySynchronizationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RoiContourSequenceItem(_message.Message):
    __slots__ = ("referenced_roi_number", "roi_display_color", "recommended_display_grayscale_value", "recommended_display_cielab_value", "contour_sequence", "other_elements", "undefined_length")
    REFERENCED_ROI_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ROI_DISPLAY_COLOR_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_DISPLAY_GRAYSCALE_VALUE_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_DISPLAY_CIELAB_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONTOUR_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_roi_number: _attributes_pb2.ReferencedRoiNumber
    roi_display_color: _attributes_pb2.RoiDisplayColor
    recommended_display_grayscale_value: _attributes_pb2.RecommendedDisplayGrayscaleValue
    recommended_display_cielab_value: _attributes_pb2.RecommendedDisplayCielabValue
    contour_sequence: ContourSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_roi_number: _Optional[_Union[_attributes_pb2.ReferencedRoiNumber, _Mapping]] = ..., roi_display_color: _Optional[_Union[_attributes_pb2.RoiDisplayColor, _Mapping]] = ..., recommended_display_grayscale_value: _Optional[_Union[_attributes_pb2.RecommendedDisplayGrayscaleValue, _Mapping]] = ..., recommended_display_cielab_value: _Optional[_Union[_attributes_pb2.RecommendedDisplayCielabValue, _Mapping]] = ..., contour_sequence: _Optional[_Union[ContourSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RoiContourSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RoiContourSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RoiContourSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtDoseModuleReferencedBeamSequenceItem(_message.Message):
    __slots__ = ("referenced_beam_number", "referenced_control_point_sequence", "other_elements", "undefined_length")
    REFERENCED_BEAM_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_CONTROL_POINT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_beam_number: _attributes_pb2.ReferencedBeamNumber
    referenced_control_point_sequence: ReferencedControlPointSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_beam_number: _Optional[_Union[_attributes_pb2.ReferencedBeamNumber, _Mapping]] = ..., referenced_control_point_sequence: _Optional[_Union[ReferencedControlPointSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtDoseModuleReferencedBeamSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RtDoseModuleReferencedBeamSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RtDoseModuleReferencedBeamSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtDoseModuleReferencedBeamSequenceItem2(_message.Message):
    __slots__ = ("referenced_beam_number", "other_elements", "undefined_length")
    REFERENCED_BEAM_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_beam_number: _attributes_pb2.ReferencedBeamNumber
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_beam_number: _Optional[_Union[_attributes_pb2.ReferencedBeamNumber, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtDoseModuleReferencedBeamSequenceItem2s(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RtDoseModuleReferencedBeamSequenceItem2]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RtDoseModuleReferencedBeamSequenceItem2, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtDoseRoiSequenceItem(_message.Message):
    __slots__ = ("referenced_roi_number", "dose_units", "dose_value", "other_elements", "undefined_length")
    REFERENCED_ROI_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DOSE_UNITS_FIELD_NUMBER: _ClassVar[int]
    DOSE_VALUE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_roi_number: _attributes_pb2.ReferencedRoiNumber
    dose_units: _attributes_pb2.DoseUnits
    dose_value: _attributes_pb2.DoseValue
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_roi_number: _Optional[_Union[_attributes_pb2.ReferencedRoiNumber, _Mapping]] = ..., dose_units: _Optional[_Union[_attributes_pb2.DoseUnits, _Mapping]] = ..., dose_value: _Optional[_Union[_attributes_pb2.DoseValue, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtDoseRoiSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RtDoseRoiSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RtDoseRoiSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtReferencedSeriesSequenceItem(_message.Message):
    __slots__ = ("series_instance_uid", "contour_image_sequence", "other_elements", "undefined_length")
    SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    CONTOUR_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    series_instance_uid: _attributes_pb2.SeriesInstanceUid
    contour_image_sequence: ContourImageSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, series_instance_uid: _Optional[_Union[_attributes_pb2.SeriesInstanceUid, _Mapping]] = ..., contour_image_sequence: _Optional[_Union[ContourImageSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtReferencedSeriesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RtReferencedSeriesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RtReferencedSeriesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtReferencedStudySequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "rt_referenced_series_sequence", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    RT_REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    rt_referenced_series_sequence: RtReferencedSeriesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., rt_referenced_series_sequence: _Optional[_Union[RtReferencedSeriesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class RtReferencedStudySequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[RtReferencedStudySequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[RtReferencedStudySequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ScheduledProtocolCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "protocol_context_sequence", "other_elements", "undefined_length")
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
    PROTOCOL_CONTEXT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    protocol_context_sequence: ProtocolContextSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., protocol_context_sequence: _Optional[_Union[ProtocolContextSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ScheduledProtocolCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ScheduledProtocolCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ScheduledProtocolCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SeriesAndInstanceReferenceMacroReferencedInstanceSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SeriesAndInstanceReferenceMacroReferencedInstanceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SeriesAndInstanceReferenceMacroReferencedInstanceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SeriesAndInstanceReferenceMacroReferencedInstanceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SeriesAndInstanceReferenceMacroReferencedSeriesSequenceItem(_message.Message):
    __slots__ = ("series_instance_uid", "referenced_instance_sequence", "other_elements", "undefined_length")
    SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_INSTANCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    series_instance_uid: _attributes_pb2.SeriesInstanceUid
    referenced_instance_sequence: SeriesAndInstanceReferenceMacroReferencedInstanceSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, series_instance_uid: _Optional[_Union[_attributes_pb2.SeriesInstanceUid, _Mapping]] = ..., referenced_instance_sequence: _Optional[_Union[SeriesAndInstanceReferenceMacroReferencedInstanceSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SeriesAndInstanceReferenceMacroReferencedSeriesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SeriesAndInstanceReferenceMacroReferencedSeriesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SeriesAndInstanceReferenceMacroReferencedSeriesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SeriesDescriptionCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SeriesDescriptionCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SeriesDescriptionCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SeriesDescriptionCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SourceImageEvidenceSequenceItem(_message.Message):
    __slots__ = ("study_instance_uid", "referenced_series_sequence", "other_elements", "undefined_length")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_series_sequence: HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_series_sequence: _Optional[_Union[HierarchicalSopInstanceReferenceMacroReferencedSeriesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SourceImageEvidenceSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SourceImageEvidenceSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SourceImageEvidenceSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SourcePatientGroupIdentificationSequenceItem(_message.Message):
    __slots__ = ("patient_id", "issuer_of_patient_id", "issuer_of_patient_id_qualifiers_sequence", "other_elements", "undefined_length")
    PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_QUALIFIERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    patient_id: _attributes_pb2.PatientId
    issuer_of_patient_id: _attributes_pb2.IssuerOfPatientId
    issuer_of_patient_id_qualifiers_sequence: IssuerOfPatientIdQualifiersSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, patient_id: _Optional[_Union[_attributes_pb2.PatientId, _Mapping]] = ..., issuer_of_patient_id: _Optional[_Union[_attributes_pb2.IssuerOfPatientId, _Mapping]] = ..., issuer_of_patient_id_qualifiers_sequence: _Optional[_Union[IssuerOfPatientIdQualifiersSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SourcePatientGroupIdentificationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SourcePatientGroupIdentificationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SourcePatientGroupIdentificationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenDescriptionSequenceItem(_message.Message):
    __slots__ = ("specimen_identifier", "issuer_of_the_specimen_identifier_sequence", "specimen_uid", "specimen_type_code_sequence", "specimen_short_description", "specimen_detailed_description", "specimen_preparation_sequence", "primary_anatomic_structure_sequence", "specimen_localization_content_item_sequence", "other_elements", "undefined_length")
    SPECIMEN_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_THE_SPECIMEN_IDENTIFIER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_UID_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_TYPE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_SHORT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_DETAILED_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_PREPARATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_ANATOMIC_STRUCTURE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_LOCALIZATION_CONTENT_ITEM_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    specimen_identifier: _attributes_pb2.SpecimenIdentifier
    issuer_of_the_specimen_identifier_sequence: IssuerOfTheSpecimenIdentifierSequenceItems
    specimen_uid: _attributes_pb2.SpecimenUid
    specimen_type_code_sequence: SpecimenTypeCodeSequenceItems
    specimen_short_description: _attributes_pb2.SpecimenShortDescription
    specimen_detailed_description: _attributes_pb2.SpecimenDetailedDescription
    specimen_preparation_sequence: SpecimenPreparationSequenceItems
    primary_anatomic_structure_sequence: PrimaryAnatomicStructureSequenceItems
    specimen_localization_content_item_sequence: SpecimenLocalizationContentItemSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, specimen_identifier: _Optional[_Union[_attributes_pb2.SpecimenIdentifier, _Mapping]] = ..., issuer_of_the_specimen_identifier_sequence: _Optional[_Union[IssuerOfTheSpecimenIdentifierSequenceItems, _Mapping]] = ..., specimen_uid: _Optional[_Union[_attributes_pb2.SpecimenUid, _Mapping]] = ..., specimen_type_code_sequence: _Optional[_Union[SpecimenTypeCodeSequenceItems, _Mapping]] = ..., specimen_short_description: _Optional[_Union[_attributes_pb2.SpecimenShortDescription, _Mapping]] = ..., specimen_detailed_description: _Optional[_Union[_attributes_pb2.SpecimenDetailedDescription, _Mapping]] = ..., specimen_preparation_sequence: _Optional[_Union[SpecimenPreparationSequenceItems, _Mapping]] = ..., primary_anatomic_structure_sequence: _Optional[_Union[PrimaryAnatomicStructureSequenceItems, _Mapping]] = ..., specimen_localization_content_item_sequence: _Optional[_Union[SpecimenLocalizationContentItemSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenDescriptionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SpecimenDescriptionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SpecimenDescriptionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenLocalizationContentItemSequenceItem(_message.Message):
    __slots__ = ("value_type", "concept_name_code_sequence", "datetime", "date", "time", "person_name", "uid", "text_value", "concept_code_sequence", "numeric_value", "floating_point_value", "rational_numerator_value", "rational_denominator_value", "measurement_units_code_sequence", "referenced_sop_sequence", "other_elements", "undefined_length")
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DATETIME_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    UID_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_FIELD_NUMBER: _ClassVar[int]
    FLOATING_POINT_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_NUMERATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_DENOMINATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    datetime: _attributes_pb2.Datetime
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    uid: _attributes_pb2.Uid
    text_value: _attributes_pb2.TextValue
    concept_code_sequence: ConceptCodeSequenceItems
    numeric_value: _attributes_pb2.NumericValue
    floating_point_value: _attributes_pb2.FloatingPointValue
    rational_numerator_value: _attributes_pb2.RationalNumeratorValue
    rational_denominator_value: _attributes_pb2.RationalDenominatorValue
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    referenced_sop_sequence: ContentItemMacroReferencedSopSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., datetime: _Optional[_Union[_attributes_pb2.Datetime, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., uid: _Optional[_Union[_attributes_pb2.Uid, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[ConceptCodeSequenceItems, _Mapping]] = ..., numeric_value: _Optional[_Union[_attributes_pb2.NumericValue, _Mapping]] = ..., floating_point_value: _Optional[_Union[_attributes_pb2.FloatingPointValue, _Mapping]] = ..., rational_numerator_value: _Optional[_Union[_attributes_pb2.RationalNumeratorValue, _Mapping]] = ..., rational_denominator_value: _Optional[_Union[_attributes_pb2.RationalDenominatorValue, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[ContentItemMacroReferencedSopSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenLocalizationContentItemSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SpecimenLocalizationContentItemSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SpecimenLocalizationContentItemSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenPreparationSequenceItem(_message.Message):
    __slots__ = ("specimen_preparation_step_content_item_sequence", "other_elements", "undefined_length")
    SPECIMEN_PREPARATION_STEP_CONTENT_ITEM_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    specimen_preparation_step_content_item_sequence: SpecimenPreparationStepContentItemSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, specimen_preparation_step_content_item_sequence: _Optional[_Union[SpecimenPreparationStepContentItemSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenPreparationSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SpecimenPreparationSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SpecimenPreparationSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenPreparationStepContentItemSequenceItem(_message.Message):
    __slots__ = ("value_type", "concept_name_code_sequence", "datetime", "date", "time", "person_name", "uid", "text_value", "concept_code_sequence", "numeric_value", "floating_point_value", "rational_numerator_value", "rational_denominator_value", "measurement_units_code_sequence", "referenced_sop_sequence", "other_elements", "undefined_length")
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DATETIME_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    UID_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_FIELD_NUMBER: _ClassVar[int]
    FLOATING_POINT_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_NUMERATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    RATIONAL_DENOMINATOR_VALUE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    datetime: _attributes_pb2.Datetime
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    uid: _attributes_pb2.Uid
    text_value: _attributes_pb2.TextValue
    concept_code_sequence: ConceptCodeSequenceItems
    numeric_value: _attributes_pb2.NumericValue
    floating_point_value: _attributes_pb2.FloatingPointValue
    rational_numerator_value: _attributes_pb2.RationalNumeratorValue
    rational_denominator_value: _attributes_pb2.RationalDenominatorValue
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    referenced_sop_sequence: ContentItemMacroReferencedSopSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., datetime: _Optional[_Union[_attributes_pb2.Datetime, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., uid: _Optional[_Union[_attributes_pb2.Uid, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[ConceptCodeSequenceItems, _Mapping]] = ..., numeric_value: _Optional[_Union[_attributes_pb2.NumericValue, _Mapping]] = ..., floating_point_value: _Optional[_Union[_attributes_pb2.FloatingPointValue, _Mapping]] = ..., rational_numerator_value: _Optional[_Union[_attributes_pb2.RationalNumeratorValue, _Mapping]] = ..., rational_denominator_value: _Optional[_Union[_attributes_pb2.RationalDenominatorValue, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[ContentItemMacroReferencedSopSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenPreparationStepContentItemSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SpecimenPreparationStepContentItemSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SpecimenPreparationStepContentItemSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenTypeCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class SpecimenTypeCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SpecimenTypeCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[SpecimenTypeCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StowRsStorageSequenceItem(_message.Message):
    __slots__ = ("storage_url", "other_elements", "undefined_length")
    STORAGE_URL_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    storage_url: _attributes_pb2.StorageUrl
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, storage_url: _Optional[_Union[_attributes_pb2.StorageUrl, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StowRsStorageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[StowRsStorageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[StowRsStorageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StrainCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StrainCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[StrainCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[StrainCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StrainSourceRegistryCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StrainSourceRegistryCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[StrainSourceRegistryCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[StrainSourceRegistryCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StrainStockSequenceItem(_message.Message):
    __slots__ = ("strain_stock_number", "strain_source", "strain_source_registry_code_sequence", "other_elements", "undefined_length")
    STRAIN_STOCK_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STRAIN_SOURCE_FIELD_NUMBER: _ClassVar[int]
    STRAIN_SOURCE_REGISTRY_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    strain_stock_number: _attributes_pb2.StrainStockNumber
    strain_source: _attributes_pb2.StrainSource
    strain_source_registry_code_sequence: StrainSourceRegistryCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, strain_stock_number: _Optional[_Union[_attributes_pb2.StrainStockNumber, _Mapping]] = ..., strain_source: _Optional[_Union[_attributes_pb2.StrainSource, _Mapping]] = ..., strain_source_registry_code_sequence: _Optional[_Union[StrainSourceRegistryCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StrainStockSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[StrainStockSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[StrainStockSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StructureSetRoiSequenceItem(_message.Message):
    __slots__ = ("roi_number", "referenced_frame_of_reference_uid", "roi_name", "roi_description", "roi_volume", "roi_generation_algorithm", "roi_generation_description", "derivation_code_sequence", "other_elements", "undefined_length")
    ROI_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_OF_REFERENCE_UID_FIELD_NUMBER: _ClassVar[int]
    ROI_NAME_FIELD_NUMBER: _ClassVar[int]
    ROI_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ROI_VOLUME_FIELD_NUMBER: _ClassVar[int]
    ROI_GENERATION_ALGORITHM_FIELD_NUMBER: _ClassVar[int]
    ROI_GENERATION_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    roi_number: _attributes_pb2.RoiNumber
    referenced_frame_of_reference_uid: _attributes_pb2.ReferencedFrameOfReferenceUid
    roi_name: _attributes_pb2.RoiName
    roi_description: _attributes_pb2.RoiDescription
    roi_volume: _attributes_pb2.RoiVolume
    roi_generation_algorithm: _attributes_pb2.RoiGenerationAlgorithm
    roi_generation_description: _attributes_pb2.RoiGenerationDescription
    derivation_code_sequence: DerivationCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, roi_number: _Optional[_Union[_attributes_pb2.RoiNumber, _Mapping]] = ..., referenced_frame_of_reference_uid: _Optional[_Union[_attributes_pb2.ReferencedFrameOfReferenceUid, _Mapping]] = ..., roi_name: _Optional[_Union[_attributes_pb2.RoiName, _Mapping]] = ..., roi_description: _Optional[_Union[_attributes_pb2.RoiDescription, _Mapping]] = ..., roi_volume: _Optional[_Union[_attributes_pb2.RoiVolume, _Mapping]] = ..., roi_generation_algorithm: _Optional[_Union[_attributes_pb2.RoiGenerationAlgorithm, _Mapping]] = ..., roi_generation_description: _Optional[_Union[_attributes_pb2.RoiGenerationDescription, _Mapping]] = ..., derivation_code_sequence: _Optional[_Union[DerivationCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StructureSetRoiSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[StructureSetRoiSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[StructureSetRoiSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StudiesContainingOtherReferencedInstancesSequenceItem(_message.Message):
    __slots__ = ("study_instance_uid", "referenced_series_sequence", "other_elements", "undefined_length")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SERIES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_series_sequence: SeriesAndInstanceReferenceMacroReferencedSeriesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_series_sequence: _Optional[_Union[SeriesAndInstanceReferenceMacroReferencedSeriesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class StudiesContainingOtherReferencedInstancesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[StudiesContainingOtherReferencedInstancesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[StudiesContainingOtherReferencedInstancesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TableColumnDefinitionSequenceItem(_message.Message):
    __slots__ = ("table_column_number", "concept_name_code_sequence", "measurement_units_code_sequence", "other_elements", "undefined_length")
    TABLE_COLUMN_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    table_column_number: _attributes_pb2.TableColumnNumber
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, table_column_number: _Optional[_Union[_attributes_pb2.TableColumnNumber, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TableColumnDefinitionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[TableColumnDefinitionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[TableColumnDefinitionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TablePositionSequenceItem(_message.Message):
    __slots__ = ("table_top_vertical_position", "table_top_longitudinal_position", "table_top_lateral_position", "table_horizontal_rotation_angle", "table_head_tilt_angle", "table_cradle_tilt_angle", "other_elements", "undefined_length")
    TABLE_TOP_VERTICAL_POSITION_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_LONGITUDINAL_POSITION_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_LATERAL_POSITION_FIELD_NUMBER: _ClassVar[int]
    TABLE_HORIZONTAL_ROTATION_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_HEAD_TILT_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_CRADLE_TILT_ANGLE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    table_top_vertical_position: _attributes_pb2.TableTopVerticalPosition
    table_top_longitudinal_position: _attributes_pb2.TableTopLongitudinalPosition
    table_top_lateral_position: _attributes_pb2.TableTopLateralPosition
    table_horizontal_rotation_angle: _attributes_pb2.TableHorizontalRotationAngle
    table_head_tilt_angle: _attributes_pb2.TableHeadTiltAngle
    table_cradle_tilt_angle: _attributes_pb2.TableCradleTiltAngle
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, table_top_vertical_position: _Optional[_Union[_attributes_pb2.TableTopVerticalPosition, _Mapping]] = ..., table_top_longitudinal_position: _Optional[_Union[_attributes_pb2.TableTopLongitudinalPosition, _Mapping]] = ..., table_top_lateral_position: _Optional[_Union[_attributes_pb2.TableTopLateralPosition, _Mapping]] = ..., table_horizontal_rotation_angle: _Optional[_Union[_attributes_pb2.TableHorizontalRotationAngle, _Mapping]] = ..., table_head_tilt_angle: _Optional[_Union[_attributes_pb2.TableHeadTiltAngle, _Mapping]] = ..., table_cradle_tilt_angle: _Optional[_Union[_attributes_pb2.TableCradleTiltAngle, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TablePositionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[TablePositionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[TablePositionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TableRowDefinitionSequenceItem(_message.Message):
    __slots__ = ("table_row_number", "concept_name_code_sequence", "measurement_units_code_sequence", "other_elements", "undefined_length")
    TABLE_ROW_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    table_row_number: _attributes_pb2.TableRowNumber
    concept_name_code_sequence: ConceptNameCodeSequenceItems
    measurement_units_code_sequence: MeasurementUnitsCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, table_row_number: _Optional[_Union[_attributes_pb2.TableRowNumber, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[ConceptNameCodeSequenceItems, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TableRowDefinitionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[TableRowDefinitionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[TableRowDefinitionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TabulatedValuesSequenceItem(_message.Message):
    __slots__ = ("number_of_table_rows", "number_of_table_columns", "table_row_definition_sequence", "table_column_definition_sequence", "cell_values_sequence", "other_elements", "undefined_length")
    NUMBER_OF_TABLE_ROWS_FIELD_NUMBER: _ClassVar[int]
    NUMBER_OF_TABLE_COLUMNS_FIELD_NUMBER: _ClassVar[int]
    TABLE_ROW_DEFINITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TABLE_COLUMN_DEFINITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CELL_VALUES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    number_of_table_rows: _attributes_pb2.NumberOfTableRows
    number_of_table_columns: _attributes_pb2.NumberOfTableColumns
    table_row_definition_sequence: TableRowDefinitionSequenceItems
    table_column_definition_sequence: TableColumnDefinitionSequenceItems
    cell_values_sequence: CellValuesSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, number_of_table_rows: _Optional[_Union[_attributes_pb2.NumberOfTableRows, _Mapping]] = ..., number_of_table_columns: _Optional[_Union[_attributes_pb2.NumberOfTableColumns, _Mapping]] = ..., table_row_definition_sequence: _Optional[_Union[TableRowDefinitionSequenceItems, _Mapping]] = ..., table_column_definition_sequence: _Optional[_Union[TableColumnDefinitionSequenceItems, _Mapping]] = ..., cell_values_sequence: _Optional[_Union[CellValuesSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TabulatedValuesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[TabulatedValuesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[TabulatedValuesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TemporalPositionSequenceItem(_message.Message):
    __slots__ = ("temporal_position_time_offset", "other_elements", "undefined_length")
    TEMPORAL_POSITION_TIME_OFFSET_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    temporal_position_time_offset: _attributes_pb2.TemporalPositionTimeOffset
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, temporal_position_time_offset: _Optional[_Union[_attributes_pb2.TemporalPositionTimeOffset, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class TemporalPositionSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[TemporalPositionSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[TemporalPositionSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class UnassignedPerFrameConvertedAttributesSequenceItem(_message.Message):
    __slots__ = ("other_elements", "undefined_length")
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class UnassignedPerFrameConvertedAttributesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[UnassignedPerFrameConvertedAttributesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[UnassignedPerFrameConvertedAttributesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class UnassignedSharedConvertedAttributesSequenceItem(_message.Message):
    __slots__ = ("other_elements", "undefined_length")
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class UnassignedSharedConvertedAttributesSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[UnassignedSharedConvertedAttributesSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[UnassignedSharedConvertedAttributesSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ViewCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "view_modifier_code_sequence", "other_elements", "undefined_length")
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
    VIEW_MODIFIER_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    view_modifier_code_sequence: ViewModifierCodeSequenceItems
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., view_modifier_code_sequence: _Optional[_Union[ViewModifierCodeSequenceItems, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ViewCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ViewCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ViewCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ViewModifierCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class ViewModifierCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[ViewModifierCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[ViewModifierCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class VoiLutSequenceItem(_message.Message):
    __slots__ = ("lut_descriptor", "lut_explanation", "lut_data", "other_elements", "undefined_length")
    LUT_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    LUT_EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    LUT_DATA_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    lut_descriptor: _attributes_pb2.LutDescriptor
    lut_explanation: _attributes_pb2.LutExplanation
    lut_data: _attributes_pb2.LutData
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, lut_descriptor: _Optional[_Union[_attributes_pb2.LutDescriptor, _Mapping]] = ..., lut_explanation: _Optional[_Union[_attributes_pb2.LutExplanation, _Mapping]] = ..., lut_data: _Optional[_Union[_attributes_pb2.LutData, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class VoiLutSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[VoiLutSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[VoiLutSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class WadoRetrievalSequenceItem(_message.Message):
    __slots__ = ("retrieve_uri", "other_elements", "undefined_length")
    RETRIEVE_URI_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    retrieve_uri: _attributes_pb2.RetrieveUri
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, retrieve_uri: _Optional[_Union[_attributes_pb2.RetrieveUri, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class WadoRetrievalSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[WadoRetrievalSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[WadoRetrievalSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class WadoRsRetrievalSequenceItem(_message.Message):
    __slots__ = ("retrieve_url", "other_elements", "undefined_length")
    RETRIEVE_URL_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    retrieve_url: _attributes_pb2.RetrieveUrl
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, retrieve_url: _Optional[_Union[_attributes_pb2.RetrieveUrl, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class WadoRsRetrievalSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[WadoRsRetrievalSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[WadoRsRetrievalSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class WaterEquivalentDiameterCalculationMethodCodeSequenceItem(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value", "equivalent_code_sequence", "context_identifier", "context_uid", "mapping_resource", "mapping_resource_uid", "mapping_resource_name", "context_group_version", "context_group_extension_flag", "context_group_local_version", "context_group_extension_creator_uid", "other_elements", "undefined_length")
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
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    equivalent_code_sequence: EquivalentCodeSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    context_group_version: _attributes_pb2.ContextGroupVersion
    context_group_extension_flag: _attributes_pb2.ContextGroupExtensionFlag
    context_group_local_version: _attributes_pb2.ContextGroupLocalVersion
    context_group_extension_creator_uid: _attributes_pb2.ContextGroupExtensionCreatorUid
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ..., equivalent_code_sequence: _Optional[_Union[EquivalentCodeSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., context_group_extension_flag: _Optional[_Union[_attributes_pb2.ContextGroupExtensionFlag, _Mapping]] = ..., context_group_local_version: _Optional[_Union[_attributes_pb2.ContextGroupLocalVersion, _Mapping]] = ..., context_group_extension_creator_uid: _Optional[_Union[_attributes_pb2.ContextGroupExtensionCreatorUid, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class WaterEquivalentDiameterCalculationMethodCodeSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[WaterEquivalentDiameterCalculationMethodCodeSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[WaterEquivalentDiameterCalculationMethodCodeSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class WaveformReferenceMacroReferencedSopSequenceItem(_message.Message):
    __slots__ = ("referenced_sop_class_uid", "referenced_sop_instance_uid", "referenced_waveform_channels", "other_elements", "undefined_length")
    REFERENCED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_WAVEFORM_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    referenced_sop_class_uid: _attributes_pb2.ReferencedSopClassUid
    referenced_sop_instance_uid: _attributes_pb2.ReferencedSopInstanceUid
    referenced_waveform_channels: _attributes_pb2.ReferencedWaveformChannels
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, referenced_sop_class_uid: _Optional[_Union[_attributes_pb2.ReferencedSopClassUid, _Mapping]] = ..., referenced_sop_instance_uid: _Optional[_Union[_attributes_pb2.ReferencedSopInstanceUid, _Mapping]] = ..., referenced_waveform_channels: _Optional[_Union[_attributes_pb2.ReferencedWaveformChannels, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class WaveformReferenceMacroReferencedSopSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[WaveformReferenceMacroReferencedSopSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[WaveformReferenceMacroReferencedSopSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class XRayGeometrySequenceItem(_message.Message):
    __slots__ = ("distance_source_to_isocenter", "distance_source_to_detector", "other_elements", "undefined_length")
    DISTANCE_SOURCE_TO_ISOCENTER_FIELD_NUMBER: _ClassVar[int]
    DISTANCE_SOURCE_TO_DETECTOR_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    distance_source_to_isocenter: _attributes_pb2.DistanceSourceToIsocenter
    distance_source_to_detector: _attributes_pb2.DistanceSourceToDetector
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, distance_source_to_isocenter: _Optional[_Union[_attributes_pb2.DistanceSourceToIsocenter, _Mapping]] = ..., distance_source_to_detector: _Optional[_Union[_attributes_pb2.DistanceSourceToDetector, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class XRayGeometrySequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[XRayGeometrySequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[XRayGeometrySequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class XaXrfFrameCharacteristicsSequenceItem(_message.Message):
    __slots__ = ("derivation_description", "derivation_code_sequence", "acquisition_device_processing_description", "acquisition_device_processing_code", "other_elements", "undefined_length")
    DERIVATION_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_DEVICE_PROCESSING_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_DEVICE_PROCESSING_CODE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    derivation_description: _attributes_pb2.DerivationDescription
    derivation_code_sequence: DerivationCodeSequenceItems
    acquisition_device_processing_description: _attributes_pb2.AcquisitionDeviceProcessingDescription
    acquisition_device_processing_code: _attributes_pb2.AcquisitionDeviceProcessingCode
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, derivation_description: _Optional[_Union[_attributes_pb2.DerivationDescription, _Mapping]] = ..., derivation_code_sequence: _Optional[_Union[DerivationCodeSequenceItems, _Mapping]] = ..., acquisition_device_processing_description: _Optional[_Union[_attributes_pb2.AcquisitionDeviceProcessingDescription, _Mapping]] = ..., acquisition_device_processing_code: _Optional[_Union[_attributes_pb2.AcquisitionDeviceProcessingCode, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class XaXrfFrameCharacteristicsSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[XaXrfFrameCharacteristicsSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[XaXrfFrameCharacteristicsSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class XdsRetrievalSequenceItem(_message.Message):
    __slots__ = ("repository_unique_id", "home_community_id", "other_elements", "undefined_length")
    REPOSITORY_UNIQUE_ID_FIELD_NUMBER: _ClassVar[int]
    HOME_COMMUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    repository_unique_id: _attributes_pb2.RepositoryUniqueId
    home_community_id: _attributes_pb2.HomeCommunityId
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, repository_unique_id: _Optional[_Union[_attributes_pb2.RepositoryUniqueId, _Mapping]] = ..., home_community_id: _Optional[_Union[_attributes_pb2.HomeCommunityId, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class XdsRetrievalSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[XdsRetrievalSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[XdsRetrievalSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class XdsStorageSequenceItem(_message.Message):
    __slots__ = ("repository_unique_id", "home_community_id", "other_elements", "undefined_length")
    REPOSITORY_UNIQUE_ID_FIELD_NUMBER: _ClassVar[int]
    HOME_COMMUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    repository_unique_id: _attributes_pb2.RepositoryUniqueId
    home_community_id: _attributes_pb2.HomeCommunityId
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    undefined_length: bool
    def __init__(self, repository_unique_id: _Optional[_Union[_attributes_pb2.RepositoryUniqueId, _Mapping]] = ..., home_community_id: _Optional[_Union[_attributes_pb2.HomeCommunityId, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...

class XdsStorageSequenceItems(_message.Message):
    __slots__ = ("items", "undefined_length")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[XdsStorageSequenceItem]
    undefined_length: bool
    def __init__(self, items: _Optional[_Iterable[_Union[XdsStorageSequenceItem, _Mapping]]] = ..., undefined_length: _Optional[bool] = ...) -> None: ...
