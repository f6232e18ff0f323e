from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PerformedProcedureStepSummaryMacro(_message.Message):
    __slots__ = ("performed_procedure_step_id", "performed_procedure_step_start_date", "performed_procedure_step_start_time", "performed_procedure_step_end_date", "performed_procedure_step_end_time", "performed_procedure_step_description", "performed_protocol_code_sequence", "comments_on_the_performed_procedure_step")
    PERFORMED_PROCEDURE_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_START_DATE_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_START_TIME_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_END_DATE_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_END_TIME_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROTOCOL_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    COMMENTS_ON_THE_PERFORMED_PROCEDURE_STEP_FIELD_NUMBER: _ClassVar[int]
    performed_procedure_step_id: _attributes_pb2.PerformedProcedureStepId
    performed_procedure_step_start_date: _attributes_pb2.PerformedProcedureStepStartDate
    performed_procedure_step_start_time: _attributes_pb2.PerformedProcedureStepStartTime
    performed_procedure_step_end_date: _attributes_pb2.PerformedProcedureStepEndDate
    performed_procedure_step_end_time: _attributes_pb2.PerformedProcedureStepEndTime
    performed_procedure_step_description: _attributes_pb2.PerformedProcedureStepDescription
    performed_protocol_code_sequence: _sequences_pb2.PerformedProtocolCodeSequenceItems
    comments_on_the_performed_procedure_step: _attributes_pb2.CommentsOnThePerformedProcedureStep
    def __init__(self, performed_procedure_step_id: _Optional[_Union[_attributes_pb2.PerformedProcedureStepId, _Mapping]] = ..., performed_procedure_step_start_date: _Optional[_Union[_attributes_pb2.PerformedProcedureStepStartDate, _Mapping]] = ..., performed_procedure_step_start_time: _Optional[_Union[_attributes_pb2.PerformedProcedureStepStartTime, _Mapping]] = ..., performed_procedure_step_end_date: _Optional[_Union[_attributes_pb2.PerformedProcedureStepEndDate, _Mapping]] = ..., performed_procedure_step_end_time: _Optional[_Union[_attributes_pb2.PerformedProcedureStepEndTime, _Mapping]] = ..., performed_procedure_step_description: _Optional[_Union[_attributes_pb2.PerformedProcedureStepDescription, _Mapping]] = ..., performed_protocol_code_sequence: _Optional[_Union[_sequences_pb2.PerformedProtocolCodeSequenceItems, _Mapping]] = ..., comments_on_the_performed_procedure_step: _Optional[_Union[_attributes_pb2.CommentsOnThePerformedProcedureStep, _Mapping]] = ...) -> None: ...
