from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SopCommonModule(_message.Message):
    __slots__ = ("sop_class_uid", "sop_instance_uid", "specific_character_set", "instance_creation_date", "instance_creation_time", "instance_coercion_datetime", "instance_creator_uid", "related_general_sop_class_uid", "original_specialized_sop_class_uid", "coding_scheme_identification_sequence", "context_group_identification_sequence", "context_identifier", "context_uid", "mapping_resource", "context_group_version", "mapping_resource_identification_sequence", "mapping_resource_uid", "mapping_resource_name", "timezone_offset_from_utc", "contributing_equipment_sequence", "instance_number", "sop_instance_status", "sop_authorization_datetime", "sop_authorization_comment", "authorization_equipment_certification_number", "mac_parameters_sequence", "digital_signatures_sequence", "encrypted_attributes_sequence", "original_attributes_sequence", "hl7_structured_document_reference_sequence", "longitudinal_temporal_information_modified", "query_retrieve_view", "conversion_source_attributes_sequence", "content_qualification", "private_data_element_characteristics_sequence")
    SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    SOP_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    SPECIFIC_CHARACTER_SET_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_CREATION_DATE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_CREATION_TIME_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COERCION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_CREATOR_UID_FIELD_NUMBER: _ClassVar[int]
    RELATED_GENERAL_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_SPECIALIZED_SOP_CLASS_UID_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_UID_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_GROUP_VERSION_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_UID_FIELD_NUMBER: _ClassVar[int]
    MAPPING_RESOURCE_NAME_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_OFFSET_FROM_UTC_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTING_EQUIPMENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SOP_INSTANCE_STATUS_FIELD_NUMBER: _ClassVar[int]
    SOP_AUTHORIZATION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    SOP_AUTHORIZATION_COMMENT_FIELD_NUMBER: _ClassVar[int]
    AUTHORIZATION_EQUIPMENT_CERTIFICATION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    MAC_PARAMETERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DIGITAL_SIGNATURES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ENCRYPTED_ATTRIBUTES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_ATTRIBUTES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    HL7_STRUCTURED_DOCUMENT_REFERENCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED_FIELD_NUMBER: _ClassVar[int]
    QUERY_RETRIEVE_VIEW_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_SOURCE_ATTRIBUTES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_QUALIFICATION_FIELD_NUMBER: _ClassVar[int]
    PRIVATE_DATA_ELEMENT_CHARACTERISTICS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sop_class_uid: _attributes_pb2.SopClassUid
    sop_instance_uid: _attributes_pb2.SopInstanceUid
    specific_character_set: _attributes_pb2.SpecificCharacterSet
    instance_creation_date: _attributes_pb2.InstanceCreationDate
    instance_creation_time: _attributes_pb2.InstanceCreationTime
    instance_coercion_datetime: _attributes_pb2.InstanceCoercionDatetime
    instance_creator_uid: _attributes_pb2.InstanceCreatorUid
    related_general_sop_class_uid: _attributes_pb2.RelatedGeneralSopClassUid
    original_specialized_sop_class_uid: _attributes_pb2.OriginalSpecializedSopClassUid
    coding_scheme_identification_sequence: _sequences_pb2.CodingSchemeIdentificationSequenceItems
    context_group_identification_sequence: _sequences_pb2.ContextGroupIdentificationSequenceItems
    context_identifier: _attributes_pb2.ContextIdentifier
    context_uid: _attributes_pb2.ContextUid
    mapping_resource: _attributes_pb2.MappingResource
    context_group_version: _attributes_pb2.ContextGroupVersion
    mapping_resource_identification_sequence: _sequences_pb2.MappingResourceIdentificationSequenceItems
    mapping_resource_uid: _attributes_pb2.MappingResourceUid
    mapping_resource_name: _attributes_pb2.MappingResourceName
    timezone_offset_from_utc: _attributes_pb2.TimezoneOffsetFromUtc
    contributing_equipment_sequence: _sequences_pb2.ContributingEquipmentSequenceItems
    instance_number: _attributes_pb2.InstanceNumber
    sop_instance_status: _attributes_pb2.SopInstanceStatus
    sop_authorization_datetime: _attributes_pb2.SopAuthorizationDatetime
    sop_authorization_comment: _attributes_pb2.SopAuthorizationComment
    authorization_equipment_certification_number: _attributes_pb2.AuthorizationEquipmentCertificationNumber
    mac_parameters_sequence: _sequences_pb2.MacParametersSequenceItems
    digital_signatures_sequence: _sequences_pb2.DigitalSignaturesSequenceItems
    encrypted_attributes_sequence: _sequences_pb2.EncryptedAttributesSequenceItems
    original_attributes_sequence: _sequences_pb2.OriginalAttributesSequenceItems
    hl7_structured_document_reference_sequence: _sequences_pb2.Hl7StructuredDocumentReferenceSequenceItems
    longitudinal_temporal_information_modified: _attributes_pb2.LongitudinalTemporalInformationModified
    query_retrieve_view: _attributes_pb2.QueryRetrieveView
    conversion_source_attributes_sequence: _sequences_pb2.ConversionSourceAttributesSequenceItems
    content_qualification: _attributes_pb2.ContentQualification
    private_data_element_characteristics_sequence: _sequences_pb2.PrivateDataElementCharacteristicsSequenceItems
    def __init__(self, sop_class_uid: _Optional[_Union[_attributes_pb2.SopClassUid, _Mapping]] = ..., sop_instance_uid: _Optional[_Union[_attributes_pb2.SopInstanceUid, _Mapping]] = ..., specific_character_set: _Optional[_Union[_attributes_pb2.SpecificCharacterSet, _Mapping]] = ..., instance_creation_date: _Optional[_Union[_attributes_pb2.InstanceCreationDate, _Mapping]] = ..., instance_creation_time: _Optional[_Union[_attributes_pb2.InstanceCreationTime, _Mapping]] = ..., instance_coercion_datetime: _Optional[_Union[_attributes_pb2.InstanceCoercionDatetime, _Mapping]] = ..., instance_creator_uid: _Optional[_Union[_attributes_pb2.InstanceCreatorUid, _Mapping]] = ..., related_general_sop_class_uid: _Optional[_Union[_attributes_pb2.RelatedGeneralSopClassUid, _Mapping]] = ..., original_specialized_sop_class_uid: _Optional[_Union[_attributes_pb2.OriginalSpecializedSopClassUid, _Mapping]] = ..., coding_scheme_identification_sequence: _Optional[_Union[_sequences_pb2.CodingSchemeIdentificationSequenceItems, _Mapping]] = ..., context_group_identification_sequence: _Optional[_Union[_sequences_pb2.ContextGroupIdentificationSequenceItems, _Mapping]] = ..., context_identifier: _Optional[_Union[_attributes_pb2.ContextIdentifier, _Mapping]] = ..., context_uid: _Optional[_Union[_attributes_pb2.ContextUid, _Mapping]] = ..., mapping_resource: _Optional[_Union[_attributes_pb2.MappingResource, _Mapping]] = ..., context_group_version: _Optional[_Union[_attributes_pb2.ContextGroupVersion, _Mapping]] = ..., mapping_resource_identification_sequence: _Optional[_Union[_sequences_pb2.MappingResourceIdentificationSequenceItems, _Mapping]] = ..., mapping_resource_uid: _Optional[_Union[_attributes_pb2.MappingResourceUid, _Mapping]] = ..., mapping_resource_name: _Optional[_Union[_attributes_pb2.MappingResourceName, _Mapping]] = ..., timezone_offset_from_utc: _Optional[_Union[_attributes_pb2.TimezoneOffsetFromUtc, _Mapping]] = ..., contributing_equipment_sequence: _Optional[_Union[_sequences_pb2.ContributingEquipmentSequenceItems, _Mapping]] = ..., instance_number: _Optional[_Union[_attributes_pb2.InstanceNumber, _Mapping]] = ..., sop_instance_status: _Optional[_Union[_attributes_pb2.SopInstanceStatus, _Mapping]] = ..., sop_authorization_datetime: _Optional[_Union[_attributes_pb2.SopAuthorizationDatetime, _Mapping]] = ..., sop_authorization_comment: _Optional[_Union[_attributes_pb2.SopAuthorizationComment, _Mapping]] = ..., authorization_equipment_certification_number: _Optional[_Union[_attributes_pb2.AuthorizationEquipmentCertificationNumber, _Mapping]] = ..., mac_parameters_sequence: _Optional[_Union[_sequences_pb2.MacParametersSequenceItems, _Mapping]] = ..., digital_signatures_sequence: _Optional[_Union[_sequences_pb2.DigitalSignaturesSequenceItems, _Mapping]] = ..., encrypted_attributes_sequence: _Optional[_Union[_sequences_pb2.EncryptedAttributesSequenceItems, _Mapping]] = ..., original_attributes_sequence: _Optional[_Union[_sequences_pb2.OriginalAttributesSequenceItems, _Mapping]] = ..., hl7_structured_document_reference_sequence: _Optional[_Union[_sequences_pb2.Hl7StructuredDocumentReferenceSequenceItems, _Mapping]] = ..., longitudinal_temporal_information_modified: _Optional[_Union[_attributes_pb2.LongitudinalTemporalInformationModified, _Mapping]] = ..., query_retrieve_view: _Optional[_Union[_attributes_pb2.QueryRetrieveView, _Mapping]] = ..., conversion_source_attributes_sequence: _Optional[_Union[_sequences_pb2.ConversionSourceAttributesSequenceItems, _Mapping]] = ..., content_qualification: _Optional[_Union[_attributes_pb2.ContentQualification, _Mapping]] = ..., private_data_element_characteristics_sequence: _Optional[_Union[_sequences_pb2.PrivateDataElementCharacteristicsSequenceItems, _Mapping]] = ...) -> None: ...
