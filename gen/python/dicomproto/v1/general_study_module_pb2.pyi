from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GeneralStudyModule(_message.Message):
    __slots__ = ("study_instance_uid", "study_date", "study_time", "referring_physician_name", "referring_physician_identification_sequence", "consulting_physician_name", "consulting_physician_identification_sequence", "study_id", "accession_number", "issuer_of_accession_number_sequence", "study_description", "physician_s_of_record", "physician_s_of_record_identification_sequence", "name_of_physician_s_reading_study", "physician_s_reading_study_identification_sequence", "requesting_service_code_sequence", "referenced_study_sequence", "procedure_code_sequence", "reason_for_performed_procedure_code_sequence")
    STUDY_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    STUDY_DATE_FIELD_NUMBER: _ClassVar[int]
    STUDY_TIME_FIELD_NUMBER: _ClassVar[int]
    REFERRING_PHYSICIAN_NAME_FIELD_NUMBER: _ClassVar[int]
    REFERRING_PHYSICIAN_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONSULTING_PHYSICIAN_NAME_FIELD_NUMBER: _ClassVar[int]
    CONSULTING_PHYSICIAN_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STUDY_ID_FIELD_NUMBER: _ClassVar[int]
    ACCESSION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ISSUER_OF_ACCESSION_NUMBER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STUDY_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PHYSICIAN_S_OF_RECORD_FIELD_NUMBER: _ClassVar[int]
    PHYSICIAN_S_OF_RECORD_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NAME_OF_PHYSICIAN_S_READING_STUDY_FIELD_NUMBER: _ClassVar[int]
    PHYSICIAN_S_READING_STUDY_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REQUESTING_SERVICE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_STUDY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PROCEDURE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REASON_FOR_PERFORMED_PROCEDURE_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    study_date: _attributes_pb2.StudyDate
    study_time: _attributes_pb2.StudyTime
    referring_physician_name: _attributes_pb2.ReferringPhysicianName
    referring_physician_identification_sequence: _sequences_pb2.ReferringPhysicianIdentificationSequenceItems
    consulting_physician_name: _attributes_pb2.ConsultingPhysicianName
    consulting_physician_identification_sequence: _sequences_pb2.ConsultingPhysicianIdentificationSequenceItems
    study_id: _attributes_pb2.StudyId
    accession_number: _attributes_pb2.AccessionNumber
    issuer_of_accession_number_sequence: _sequences_pb2.IssuerOfAccessionNumberSequenceItems
    study_description: _attributes_pb2.StudyDescription
    physician_s_of_record: _attributes_pb2.PhysicianSOfRecord
    physician_s_of_record_identification_sequence: _sequences_pb2.PhysicianSOfRecordIdentificationSequenceItems
    name_of_physician_s_reading_study: _attributes_pb2.NameOfPhysicianSReadingStudy
    physician_s_reading_study_identification_sequence: _sequences_pb2.PhysicianSReadingStudyIdentificationSequenceItems
    requesting_service_code_sequence: _sequences_pb2.RequestingServiceCodeSequenceItems
    referenced_study_sequence: _sequences_pb2.ReferencedStudySequenceItems
    procedure_code_sequence: _sequences_pb2.ProcedureCodeSequenceItems
    reason_for_performed_procedure_code_sequence: _sequences_pb2.ReasonForPerformedProcedureCodeSequenceItems
    def __init__(self, study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., study_date: _Optional[_Union[_attributes_pb2.StudyDate, _Mapping]] = ..., study_time: _Optional[_Union[_attributes_pb2.StudyTime, _Mapping]] = ..., referring_physician_name: _Optional[_Union[_attributes_pb2.ReferringPhysicianName, _Mapping]] = ..., referring_physician_identification_sequence: _Optional[_Union[_sequences_pb2.ReferringPhysicianIdentificationSequenceItems, _Mapping]] = ..., consulting_physician_name: _Optional[_Union[_attributes_pb2.ConsultingPhysicianName, _Mapping]] = ..., consulting_physician_identification_sequence: _Optional[_Union[_sequences_pb2.ConsultingPhysicianIdentificationSequenceItems, _Mapping]] = ..., study_id: _Optional[_Union[_attributes_pb2.StudyId, _Mapping]] = ..., accession_number: _Optional[_Union[_attributes_pb2.AccessionNumber, _Mapping]] = ..., issuer_of_accession_number_sequence: _Optional[_Union[_sequences_pb2.IssuerOfAccessionNumberSequenceItems, _Mapping]] = ..., study_description: _Optional[_Union[_attributes_pb2.StudyDescription, _Mapping]] = ..., physician_s_of_record: _Optional[_Union[_attributes_pb2.PhysicianSOfRecord, _Mapping]] = ..., physician_s_of_record_identification_sequence: _Optional[_Union[_sequences_pb2.PhysicianSOfRecordIdentificationSequenceItems, _Mapping]] = ..., name_of_physician_s_reading_study: _Optional[_Union[_attributes_pb2.NameOfPhysicianSReadingStudy, _Mapping]] = ..., physician_s_reading_study_identification_sequence: _Optional[_Union[_sequences_pb2.PhysicianSReadingStudyIdentificationSequenceItems, _Mapping]] = ..., requesting_service_code_sequence: _Optional[_Union[_sequences_pb2.RequestingServiceCodeSequenceItems, _Mapping]] = ..., referenced_study_sequence: _Optional[_Union[_sequences_pb2.ReferencedStudySequenceItems, _Mapping]] = ..., procedure_code_sequence: _Optional[_Union[_sequences_pb2.ProcedureCodeSequenceItems, _Mapping]] = ..., reason_for_performed_procedure_code_sequence: _Optional[_Union[_sequences_pb2.ReasonForPerformedProcedureCodeSequenceItems, _Mapping]] = ...) -> None: ...
