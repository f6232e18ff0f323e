from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PatientStudyModule(_message.Message):
    __slots__ = ("admitting_diagnoses_description", "admitting_diagnoses_code_sequence", "patient_age", "patient_size", "patient_weight", "patient_size_code_sequence", "occupation", "additional_patient_history", "admission_id", "issuer_of_admission_id_sequence", "service_episode_id", "issuer_of_service_episode_id_sequence", "service_episode_description", "patient_sex_neutered")
    ADMITTING_DIAGNOSES_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ADMITTING_DIAGNOSES_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_AGE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_SIZE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_WEIGHT_FIELD_NUMBER: _ClassVar[int]
    PATIENT_SIZE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OCCUPATION_FIELD_NUMBER: _ClassVar[int]
    ADDITIONAL_PATIENT_HISTORY_FIELD_NUMBER: _ClassVar[int]
    ADMISSION_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_ADMISSION_ID_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SERVICE_EPISODE_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_SERVICE_EPISODE_ID_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SERVICE_EPISODE_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PATIENT_SEX_NEUTERED_FIELD_NUMBER: _ClassVar[int]
    admitting_diagnoses_description: _attributes_pb2.AdmittingDiagnosesDescription
    admitting_diagnoses_code_sequence: _sequences_pb2.AdmittingDiagnosesCodeSequenceItems
    patient_age: _attributes_pb2.PatientAge
    patient_size: _attributes_pb2.PatientSize
    patient_weight: _attributes_pb2.PatientWeight
    patient_size_code_sequence: _sequences_pb2.PatientSizeCodeSequenceItems
    occupation: _attributes_pb2.Occupation
    additional_patient_history: _attributes_pb2.AdditionalPatientHistory
    admission_id: _attributes_pb2.AdmissionId
    issuer_of_admission_id_sequence: _sequences_pb2.IssuerOfAdmissionIdSequenceItems
    service_episode_id: _attributes_pb2.ServiceEpisodeId
    issuer_of_service_episode_id_sequence: _sequences_pb2.IssuerOfServiceEpisodeIdSequenceItems
    service_episode_description: _attributes_pb2.ServiceEpisodeDescription
    patient_sex_neutered: _attributes_pb2.PatientSexNeutered
    def __init__(self, admitting_diagnoses_description: _Optional[_Union[_attributes_pb2.AdmittingDiagnosesDescription, _Mapping]] = ..., admitting_diagnoses_code_sequence: _Optional[_Union[_sequences_pb2.AdmittingDiagnosesCodeSequenceItems, _Mapping]] = ..., patient_age: _Optional[_Union[_attributes_pb2.PatientAge, _Mapping]] = ..., patient_size: _Optional[_Union[_attributes_pb2.PatientSize, _Mapping]] = ..., patient_weight: _Optional[_Union[_attributes_pb2.PatientWeight, _Mapping]] = ..., patient_size_code_sequence: _Optional[_Union[_sequences_pb2.PatientSizeCodeSequenceItems, _Mapping]] = ..., occupation: _Optional[_Union[_attributes_pb2.Occupation, _Mapping]] = ..., additional_patient_history: _Optional[_Union[_attributes_pb2.AdditionalPatientHistory, _Mapping]] = ..., admission_id: _Optional[_Union[_attributes_pb2.AdmissionId, _Mapping]] = ..., issuer_of_admission_id_sequence: _Optional[_Union[_sequences_pb2.IssuerOfAdmissionIdSequenceItems, _Mapping]] = ..., service_episode_id: _Optional[_Union[_attributes_pb2.ServiceEpisodeId, _Mapping]] = ..., issuer_of_service_episode_id_sequence: _Optional[_Union[_sequences_pb2.IssuerOfServiceEpisodeIdSequenceItems, _Mapping]] = ..., service_episode_description: _Optional[_Union[_attributes_pb2.ServiceEpisodeDescription, _Mapping]] = ..., patient_sex_neutered: _Optional[_Union[_attributes_pb2.PatientSexNeutered, _Mapping]] = ...) -> None: ...
