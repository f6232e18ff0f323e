from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RtSeriesModule(_message.Message):
    __slots__ = ("modality", "series_instance_uid", "series_number", "series_date", "series_time", "series_description", "series_description_code_sequence", "operators_name", "operator_identification_sequence", "referenced_performed_procedure_step_sequence", "request_attributes_sequence", "performed_procedure_step_id", "performed_procedure_step_start_date", "performed_procedure_step_start_time", "performed_procedure_step_end_date", "performed_procedure_step_end_time", "performed_procedure_step_description", "performed_protocol_code_sequence", "comments_on_the_performed_procedure_step")
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    SERIES_INSTANCE_UID_FIELD_NUMBER: _ClassVar[int]
    SERIES_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SERIES_DATE_FIELD_NUMBER: _ClassVar[int]
    SERIES_TIME_FIELD_NUMBER: _ClassVar[int]
    SERIES_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SERIES_DESCRIPTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    OPERATORS_NAME_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_IDENTIFICATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_PERFORMED_PROCEDURE_STEP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ATTRIBUTES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_START_DATE_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_START_TIME_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_END_DATE_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_END_TIME_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROCEDURE_STEP_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PERFORMED_PROTOCOL_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    COMMENTS_ON_THE_PERFORMED_PROCEDURE_STEP_FIELD_NUMBER: _ClassVar[int]
    modality: _attributes_pb2.Modality
    series_instance_uid: _attributes_pb2.SeriesInstanceUid
    series_number: _attributes_pb2.SeriesNumber
    series_date: _attributes_pb2.SeriesDate
    series_time: _attributes_pb2.SeriesTime
    series_description: _attributes_pb2.SeriesDescription
    series_description_code_sequence: _sequences_pb2.SeriesDescriptionCodeSequenceItems
    operators_name: _attributes_pb2.OperatorsName
    operator_identification_sequence: _sequences_pb2.OperatorIdentificationSequenceItems
    referenced_performed_procedure_step_sequence: _sequences_pb2.ReferencedPerformedProcedureStepSequenceItems
    request_attributes_sequence: _sequences_pb2.RequestAttributesSequenceItems
    performed_procedure_step_id: _attributes_pb2.PerformedProcedureStepId
    performed_procedure_step_start_date: _attributes_pb2.PerformedProcedureStepStartDate
    performed_procedure_step_start_time: _attributes_pb2.PerformedProcedureStepStartTime
    performed_procedure_step_end_date: _attributes_pb2.PerformedProcedureStepEndDate
    performed_procedure_step_end_time: _attributes_pb2.PerformedProcedureStepEndTime
    performed_procedure_step_description: _attributes_pb2.PerformedProcedureStepDescription
    performed_protocol_code_sequence: _sequences_pb2.PerformedProtocolCodeSequenceItems
    comments_on_the_performed_procedure_step: _attributes_pb2.CommentsOnThePerformedProcedureStep
    def __init__(self, modality: _Optional[_Union[_attributes_pb2.Modality, _Mapping]] = ..., series_instance_uid: _Optional[_Union[_attributes_pb2.SeriesInstanceUid, _Mapping]] = ..., series_number: _Optional[_Union[_attributes_pb2.SeriesNumber, _Mapping]] = ..., series_date: _Optional[_Union[_attributes_pb2.SeriesDate, _Mapping]] = ..., series_time: _Optional[_Union[_attributes_pb2.SeriesTime, _Mapping]] = ..., series_description: _Optional[_Union[_attributes_pb2.SeriesDescription, _Mapping]] = ..., series_description_code_sequence: _Optional[_Union[_sequences_pb2.SeriesDescriptionCodeSequenceItems, _Mapping]] = ..., operators_name: _Optional[_Union[_attributes_pb2.OperatorsName, _Mapping]] = ..., operator_identification_sequence: _Optional[_Union[_sequences_pb2.OperatorIdentificationSequenceItems, _Mapping]] = ..., referenced_performed_procedure_step_sequence: _Optional[_Union[_sequences_pb2.ReferencedPerformedProcedureStepSequenceItems, _Mapping]] = ..., request_attributes_sequence: _Optional[_Union[_sequences_pb2.RequestAttributesSequenceItems, _Mapping]] = ..., performed_procedure_step_id: _Optional[_Union[_attributes_pb2.PerformedProcedureStepId, _Mapping]] = ..., performed_procedure_step_start_date: _Optional[_Union[_attributes_pb2.PerformedProcedureStepStartDate, _Mapping]] = ..., performed_procedure_step_start_time: _Optional[_Union[_attributes_pb2.PerformedProcedureStepStartTime, _Mapping]] = ..., performed_procedure_step_end_date: _Optional[_Union[_attributes_pb2.PerformedProcedureStepEndDate, _Mapping]] = ..., performed_procedure_step_end_time: _Optional[_Union[_attributes_pb2.PerformedProcedureStepEndTime, _Mapping]] = ..., performed_procedure_step_description: _Optional[_Union[_attributes_pb2.PerformedProcedureStepDescription, _Mapping]] = ..., performed_protocol_code_sequence: _Optional[_Union[_sequences_pb2.PerformedProtocolCodeSequenceItems, _Mapping]] = ..., comments_on_the_performed_procedure_step: _Optional[_Union[_attributes_pb2.CommentsOnThePerformedProcedureStep, _Mapping]] = ...) -> None: ...
