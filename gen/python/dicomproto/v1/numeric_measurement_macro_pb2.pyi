from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class NumericMeasurementMacro(_message.Message):
    __slots__ = ("measured_value_sequence", "numeric_value_qualifier_code_sequence")
    MEASURED_VALUE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_QUALIFIER_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    measured_value_sequence: _sequences_pb2.MeasuredValueSequenceItems
    numeric_value_qualifier_code_sequence: _sequences_pb2.NumericValueQualifierCodeSequenceItems
    def __init__(self, measured_value_sequence: _Optional[_Union[_sequences_pb2.MeasuredValueSequenceItems, _Mapping]] = ..., numeric_value_qualifier_code_sequence: _Optional[_Union[_sequences_pb2.NumericValueQualifierCodeSequenceItems, _Mapping]] = ...) -> None: ...
