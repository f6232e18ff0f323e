from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContentItemMacro(_message.Message):
    __slots__ = ("value_type", "concept_name_code_sequence", "datetime", "date", "time", "person_name", "uid", "text_value", "concept_code_sequence", "numeric_value", "floating_point_value", "rational_numerator_value", "rational_denominator_value", "measurement_units_code_sequence", "referenced_sop_sequence")
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
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: _sequences_pb2.ConceptNameCodeSequenceItems
    datetime: _attributes_pb2.Datetime
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    uid: _attributes_pb2.Uid
    text_value: _attributes_pb2.TextValue
    concept_code_sequence: _sequences_pb2.ConceptCodeSequenceItems
    numeric_value: _attributes_pb2.NumericValue
    floating_point_value: _attributes_pb2.FloatingPointValue
    rational_numerator_value: _attributes_pb2.RationalNumeratorValue
    rational_denominator_value: _attributes_pb2.RationalDenominatorValue
    measurement_units_code_sequence: _sequences_pb2.MeasurementUnitsCodeSequenceItems
    referenced_sop_sequence: _sequences_pb2.ContentItemMacroReferencedSopSequenceItems
    def __init__(self, value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[_sequences_pb2.ConceptNameCodeSequenceItems, _Mapping]] = ..., datetime: _Optional[_Union[_attributes_pb2.Datetime, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., uid: _Optional[_Union[_attributes_pb2.Uid, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[_sequences_pb2.ConceptCodeSequenceItems, _Mapping]] = ..., numeric_value: _Optional[_Union[_attributes_pb2.NumericValue, _Mapping]] = ..., floating_point_value: _Optional[_Union[_attributes_pb2.FloatingPointValue, _Mapping]] = ..., rational_numerator_value: _Optional[_Union[_attributes_pb2.RationalNumeratorValue, _Mapping]] = ..., rational_denominator_value: _Optional[_Union[_attributes_pb2.RationalDenominatorValue, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[_sequences_pb2.MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[_sequences_pb2.ContentItemMacroReferencedSopSequenceItems, _Mapping]] = ...) -> None: ...
