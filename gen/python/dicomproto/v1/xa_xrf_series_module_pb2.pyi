from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class XaXrfSeriesModule(_message.Message):
    __slots__ = ("modality", "series_number", "referenced_performed_procedure_step_sequence")
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    SERIES_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_PERFORMED_PROCEDURE_STEP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    modality: _attributes_pb2.Modality
    series_number: _attributes_pb2.SeriesNumber
    referenced_performed_procedure_step_sequence: _sequences_pb2.ReferencedPerformedProcedureStepSequenceItems
    def __init__(self, modality: _Optional[_Union[_attributes_pb2.Modality, _Mapping]] = ..., series_number: _Optional[_Union[_attributes_pb2.SeriesNumber, _Mapping]] = ..., referenced_performed_procedure_step_sequence: _Optional[_Union[_sequences_pb2.ReferencedPerformedProcedureStepSequenceItems, _Mapping]] = ...) -> None: ...
