from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RequestAttributesMacro(_message.Message):
    __slots__ = ("requested_procedure_id", "accession_number", "issuer_of_accession_number_sequence", "study_instance_uid", "referenced_study_sequence", "requested_procedure_description", "requested_procedure_code_sequence", "reason_for_the_requested_procedure", "reason_for_requested_procedure_code_sequence", "scheduled_procedure_step_id", "scheduled_procedure_step_description", "scheduled_protocol_code_sequence")
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
    requested_procedure_id: _attributes_pb2.RequestedProcedureId
    accession_number: _attributes_pb2.AccessionNumber
    issuer_of_accession_number_sequence: _sequences_pb2.IssuerOfAccessionNumberSequenceItems
    study_instance_uid: _attributes_pb2.StudyInstanceUid
    referenced_study_sequence: _sequences_pb2.ReferencedStudySequenceItems
    requested_procedure_description: _attributes_pb2.RequestedProcedureDescription
    requested_procedure_code_sequence: _sequences_pb2.RequestedProcedureCodeSequenceItems
    reason_for_the_requested_procedure: _attributes_pb2.ReasonForTheRequestedProcedure
    reason_for_requested_procedure_code_sequence: _sequences_pb2.ReasonForRequestedProcedureCodeSequenceItems
    scheduled_procedure_step_id: _attributes_pb2.ScheduledProcedureStepId
    scheduled_procedure_step_description: _attributes_pb2.ScheduledProcedureStepDescription
    scheduled_protocol_code_sequence: _sequences_pb2.ScheduledProtocolCodeSequenceItems
    def __init__(self, requested_procedure_id: _Optional[_Union[_attributes_pb2.RequestedProcedureId, _Mapping]] = ..., accession_number: _Optional[_Union[_attributes_pb2.AccessionNumber, _Mapping]] = ..., issuer_of_accession_number_sequence: _Optional[_Union[_sequences_pb2.IssuerOfAccessionNumberSequenceItems, _Mapping]] = ..., study_instance_uid: _Optional[_Union[_attributes_pb2.StudyInstanceUid, _Mapping]] = ..., referenced_study_sequence: _Optional[_Union[_sequences_pb2.ReferencedStudySequenceItems, _Mapping]] = ..., requested_procedure_description: _Optional[_Union[_attributes_pb2.RequestedProcedureDescription, _Mapping]] = ..., requested_procedure_code_sequence: _Optional[_Union[_sequences_pb2.RequestedProcedureCodeSequenceItems, _Mapping]] = ..., reason_for_the_requested_procedure: _Optional[_Union[_attributes_pb2.ReasonForTheRequestedProcedure, _Mapping]] = ..., reason_for_requested_procedure_code_sequence: _Optional[_Union[_sequences_pb2.ReasonForRequestedProcedureCodeSequenceItems, _Mapping]] = ..., scheduled_procedure_step_id: _Optional[_Union[_attributes_pb2.ScheduledProcedureStepId, _Mapping]] = ..., scheduled_procedure_step_description: _Optional[_Union[_attributes_pb2.ScheduledProcedureStepDescription, _Mapping]] = ..., scheduled_protocol_code_sequence: _Optional[_Union[_sequences_pb2.ScheduledProtocolCodeSequenceItems, _Mapping]] = ...) -> None: ...
