from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PatientModule(_message.Message):
    __slots__ = ("patient_name", "patient_id", "issuer_of_patient_id", "issuer_of_patient_id_qualifiers_sequence", "patient_birth_date", "patient_birth_date_in_alternative_calendar", "patient_death_date_in_alternative_calendar", "patient_alternative_calendar", "patient_sex", "referenced_patient_photo_sequence", "quality_control_subject", "referenced_patient_sequence", "patient_birth_time", "other_patient_ids", "other_patient_ids_sequence", "other_patient_names", "ethnic_group", "patient_comments", "patient_species_description", "patient_species_code_sequence", "patient_breed_description", "patient_breed_code_sequence", "breed_registration_sequence", "strain_description", "strain_nomenclature", "strain_code_sequence", "strain_additional_information", "strain_stock_sequence", "responsible_person", "responsible_person_role", "responsible_organization", "patient_identity_removed", "de_identification_method", "de_identification_method_code_sequence", "source_patient_group_identification_sequence", "group_of_patients_identification_sequence")
    PATIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_PATIENT_ID_QUALIFIERS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_BIRTH_DATE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_BIRTH_DATE_IN_ALTERNATIVE_CALENDAR_FIELD_NUMBER: _ClassVar[int]
    PATIENT_DEATH_DATE_IN_ALTERNATIVE_CALENDAR_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ALTERNATIVE_CALENDAR_FIELD_NUMBER: _ClassVar[int]
    PATIENT_SEX_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_PATIENT_PHOTO_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    QUALITY_CONTROL_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_PATIENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_BIRTH_TIME_FIELD_NUMBER: _ClassVar[int]
    OTHER_PATIENT_IDS_FIELD_NUMBER: _ClassVar[int]
    OTHER_PATIENT_IDS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OTHER_PATIENT_NAMES_FIELD_NUMBER: _ClassVar[int]
    ETHNIC_GROUP_FIELD_NUMBER: _ClassVar[int]
    PATIENT_COMMENTS_FIELD_NUMBER: _ClassVar[int]
    PATIENT_SPECIES_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PATIENT_SPECIES_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_BREED_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PATIENT_BREED_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    BREED_REGISTRATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STRAIN_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STRAIN_NOMENCLATURE_FIELD_NUMBER: _ClassVar[int]
    STRAIN_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STRAIN_ADDITIONAL_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    STRAIN_STOCK_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    RESPONSIBLE_PERSON_FIELD_NUMBER: _ClassVar[int]
    RESPONSIBLE_PERSON_ROLE_FIELD_NUMBER: _ClassVar[int]
    RESPONSIBLE_ORGANIZATION_FIELD_NUMBER: _ClassVar[int]
    PATIENT_IDENTITY_REMOVED_FIELD_NUMBER: _ClassVar[int]
    DE_IDENTIFICATION_METHOD_FIELD_NUMBER: _ClassVar[int]
    DE_IDENTIFICATION_METHOD_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_PATIENT_GROUP_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    GROUP_OF_PATIENTS_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    patient_name: _attributes_pb2.PatientName
    patient_id: _attributes_pb2.PatientId
    issuer_of_patient_id: _attributes_pb2.IssuerOfPatientId
    issuer_of_patient_id_qualifiers_sequence: _sequences_pb2.IssuerOfPatientIdQualifiersSequenceItems
    patient_birth_date: _attributes_pb2.PatientBirthDate
    patient_birth_date_in_alternative_calendar: _attributes_pb2.PatientBirthDateInAlternativeCalendar
    patient_death_date_in_alternative_calendar: _attributes_pb2.PatientDeathDateInAlternativeCalendar
    patient_alternative_calendar: _attributes_pb2.PatientAlternativeCalendar
    patient_sex: _attributes_pb2.PatientSex
    referenced_patient_photo_sequence: _sequences_pb2.ReferencedPatientPhotoSequenceItems
    quality_control_subject: _attributes_pb2.QualityControlSubject
    referenced_patient_sequence: _sequences_pb2.ReferencedPatientSequenceItems
    patient_birth_time: _attributes_pb2.PatientBirthTime
    other_patient_ids: _attributes_pb2.OtherPatientIds
    other_patient_ids_sequence: _sequences_pb2.OtherPatientIdsSequenceItems
    other_patient_names: _attributes_pb2.OtherPatientNames
    ethnic_group: _attributes_pb2.EthnicGroup
    patient_comments: _attributes_pb2.PatientComments
    patient_species_description: _attributes_pb2.PatientSpeciesDescription
    patient_species_code_sequence: _sequences_pb2.PatientSpeciesCodeSequenceItems
    patient_breed_description: _attributes_pb2.PatientBreedDescription
    patient_breed_code_sequence: _sequences_pb2.PatientBreedCodeSequenceItems
    breed_registration_sequence: _sequences_pb2.BreedRegistrationSequenceItems
    strain_description: _attributes_pb2.StrainDescription
    strain_nomenclature: _attributes_pb2.StrainNomenclature
    strain_code_sequence: _sequences_pb2.StrainCodeSequenceItems
    strain_additional_information: _attributes_pb2.StrainAdditionalInformation
    strain_stock_sequence: _sequences_pb2.StrainStockSequenceItems
    responsible_person: _attributes_pb2.ResponsiblePerson
    responsible_person_role: _attributes_pb2.ResponsiblePersonRole
    responsible_organization: _attributes_pb2.ResponsibleOrganization
    patient_identity_removed: _attributes_pb2.PatientIdentityRemoved
    de_identification_method: _attributes_pb2.DeIdentificationMethod
    de_identification_method_code_sequence: _sequences_pb2.DeIdentificationMethodCodeSequenceItems
    source_patient_group_identification_sequence: _sequences_pb2.SourcePatientGroupIdentificationSequenceItems
    group_of_patients_identification_sequence: _sequences_pb2.GroupOfPatientsIdentificationSequenceItems
    def __init__(self, patient_name: _Optional[_Union[_attributes_pb2.PatientName, _Mapping]] = ..., patient_id: _Optional[_Union[_attributes_pb2.PatientId, _Mapping]] = ..., issuer_of_patient_id: _Optional[_Union[_attributes_pb2.IssuerOfPatientId, _Mapping]] = ..., issuer_of_patient_id_qualifiers_sequence: _Optional[_Union[_sequences_pb2.IssuerOfPatientIdQualifiersSequenceItems, _Mapping]] = ..., patient_birth_date: _Optional[_Union[_attributes_pb2.PatientBirthDate, _Mapping]] = ..., patient_birth_date_in_alternative_calendar: _Optional[_Union[_attributes_pb2.PatientBirthDateInAlternativeCalendar, _Mapping]] = ..., patient_death_date_in_alternative_calendar: _Optional[_Union[_attributes_pb2.PatientDeathDateInAlternativeCalendar, _Mapping]] = ..., patient_alternative_calendar: _Optional[_Union[_attributes_pb2.PatientAlternativeCalendar, _Mapping]] = ..., patient_sex: _Optional[_Union[_attributes_pb2.PatientSex, _Mapping]] = ..., referenced_patient_photo_sequence: _Optional[_Union[_sequences_pb2.ReferencedPatientPhotoSequenceItems, _Mapping]] = ..., quality_control_subject: _Optional[_Union[_attributes_pb2.QualityControlSubject, _Mapping]] = ..., referenced_patient_sequence: _Optional[_Union[_sequences_pb2.ReferencedPatientSequenceItems, _Mapping]] = ..., patient_birth_time: _Optional[_Union[_attributes_pb2.PatientBirthTime, _Mapping]] = ..., other_patient_ids: _Optional[_Union[_attributes_pb2.OtherPatientIds, _Mapping]] = ..., other_patient_ids_sequence: _Optional[_Union[_sequences_pb2.OtherPatientIdsSequenceItems, _Mapping]] = ..., other_patient_names: _Optional[_Union[_attributes_pb2.OtherPatientNames, _Mapping]] = ..., ethnic_group: _Optional[_Union[_attributes_pb2.EthnicGroup, _Mapping]] = ..., patient_comments: _Optional[_Union[_attributes_pb2.PatientComments, _Mapping]] = ..., patient_species_description: _Optional[_Union[_attributes_pb2.PatientSpeciesDescription, _Mapping]] = ..., patient_species_code_sequence: _Optional[_Union[_sequences_pb2.PatientSpeciesCodeSequenceItems, _Mapping]] = ..., patient_breed_description: _Optional[_Union[_attributes_pb2.PatientBreedDescription, _Mapping]] = ..., patient_breed_code_sequence: _Optional[_Union[_sequences_pb2.PatientBreedCodeSequenceItems, _Mapping]] = ..., breed_registration_sequence: _Optional[_Union[_sequences_pb2.BreedRegistrationSequenceItems, _Mapping]] = ..., strain_description: _Optional[_Union[_attributes_pb2.StrainDescription, _Mapping]] = ..., strain_nomenclature: _Optional[_Union[_attributes_pb2.StrainNomenclature, _Mapping]] = ..., strain_code_sequence: _Optional[_Union[_sequences_pb2.StrainCodeSequenceItems, _Mapping]] = ..., strain_additional_information: _Optional[_Union[_attributes_pb2.StrainAdditionalInformation, _Mapping]] = ..., strain_stock_sequence: _Optional[_Union[_sequences_pb2.StrainStockSequenceItems, _Mapping]] = ..., responsible_person: _Optional[_Union[_attributes_pb2.ResponsiblePerson, _Mapping]] = ..., responsible_person_role: _Optional[_Union[_attributes_pb2.ResponsiblePersonRole, _Mapping]] = ..., responsible_organization: _Optional[_Union[_attributes_pb2.ResponsibleOrganization, _Mapping]] = ..., patient_identity_removed: _Optional[_Union[_attributes_pb2.PatientIdentityRemoved, _Mapping]] = ..., de_identification_method: _Optional[_Union[_attributes_pb2.DeIdentificationMethod, _Mapping]] = ..., de_identification_method_code_sequence: _Optional[_Union[_sequences_pb2.DeIdentificationMethodCodeSequenceItems, _Mapping]] = ..., source_patient_group_identification_sequence: _Optional[_Union[_sequences_pb2.SourcePatientGroupIdentificationSequenceItems, _Mapping]] = ..., group_of_patients_identification_sequence: _Optional[_Union[_sequences_pb2.GroupOfPatientsIdentificationSequenceItems, _Mapping]] = ...) -> None: ...
