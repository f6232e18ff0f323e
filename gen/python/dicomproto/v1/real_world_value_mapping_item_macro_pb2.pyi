from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RealWorldValueMappingItemMacro(_message.Message):
    __slots__ = ("real_world_value_first_value_mapped", "real_world_value_last_value_mapped", "double_float_real_world_value_first_value_mapped", "double_float_real_world_value_last_value_mapped", "real_world_value_intercept", "real_world_value_slope", "real_world_value_lut_data", "lut_explanation", "lut_label", "measurement_units_code_sequence", "quantity_definition_sequence")
    REAL_WORLD_VALUE_FIRST_VALUE_MAPPED_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_LAST_VALUE_MAPPED_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_FLOAT_REAL_WORLD_VALUE_FIRST_VALUE_MAPPED_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_FLOAT_REAL_WORLD_VALUE_LAST_VALUE_MAPPED_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_INTERCEPT_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_SLOPE_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_LUT_DATA_FIELD_NUMBER: _ClassVar[int]
    LUT_EXPLANATION_FIELD_NUMBER: _ClassVar[int]
    LUT_LABEL_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_UNITS_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_DEFINITION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    real_world_value_first_value_mapped: _attributes_pb2.RealWorldValueFirstValueMapped
    real_world_value_last_value_mapped: _attributes_pb2.RealWorldValueLastValueMapped
    double_float_real_world_value_first_value_mapped: _attributes_pb2.DoubleFloatRealWorldValueFirstValueMapped
    double_float_real_world_value_last_value_mapped: _attributes_pb2.DoubleFloatRealWorldValueLastValueMapped
    real_world_value_intercept: _attributes_pb2.RealWorldValueIntercept
    real_world_value_slope: _attributes_pb2.RealWorldValueSlope
    real_world_value_lut_data: _attributes_pb2.RealWorldValueLutData
    lut_explanation: _attributes_pb2.LutExplanation
    lut_label: _attributes_pb2.LutLabel
    measurement_units_code_sequence: _sequences_pb2.MeasurementUnitsCodeSequenceItems
    quantity_definition_sequence: _sequences_pb2.QuantityDefinitionSequenceItems
    def __init__(self, real_world_value_first_value_mapped: _Optional[_Union[_attributes_pb2.RealWorldValueFirstValueMapped, _Mapping]] = ..., real_world_value_last_value_mapped: _Optional[_Union[_attributes_pb2.RealWorldValueLastValueMapped, _Mapping]] = ..., double_float_real_world_value_first_value_mapped: _Optional[_Union[_attributes_pb2.DoubleFloatRealWorldValueFirstValueMapped, _Mapping]] = ..., double_float_real_world_value_last_value_mapped: _Optional[_Union[_attributes_pb2.DoubleFloatRealWorldValueLastValueMapped, _Mapping]] = ..., real_world_value_intercept: _Optional[_Union[_attributes_pb2.RealWorldValueIntercept, _Mapping]] = ..., real_world_value_slope: _Optional[_Union[_attributes_pb2.RealWorldValueSlope, _Mapping]] = ..., real_world_value_lut_data: _Optional[_Union[_attributes_pb2.RealWorldValueLutData, _Mapping]] = ..., lut_explanation: _Optional[_Union[_attributes_pb2.LutExplanation, _Mapping]] = ..., lut_label: _Optional[_Union[_attributes_pb2.LutLabel, _Mapping]] = ..., measurement_units_code_sequence: _Optional[_Union[_sequences_pb2.MeasurementUnitsCodeSequenceItems, _Mapping]] = ..., quantity_definition_sequence: _Optional[_Union[_sequences_pb2.QuantityDefinitionSequenceItems, _Mapping]] = ...) -> None: ...
