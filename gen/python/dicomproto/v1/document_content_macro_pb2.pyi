from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DocumentContentMacro(_message.Message):
    __slots__ = ("value_type", "concept_name_code_sequence", "text_value", "datetime", "date", "time", "person_name", "uid", "measured_value_sequence", "numeric_value_qualifier_code_sequence", "concept_code_sequence", "referenced_sop_sequence", "graphic_data", "graphic_type", "pixel_origin_interpretation", "fiducial_uid", "referenced_frame_of_reference_uid", "temporal_range_type", "referenced_sample_positions", "referenced_time_offsets", "referenced_datetime", "continuity_of_content", "content_template_sequence", "tabulated_values_sequence")
    VALUE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_NAME_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    DATETIME_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    UID_FIELD_NUMBER: _ClassVar[int]
    MEASURED_VALUE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_VALUE_QUALIFIER_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONCEPT_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SOP_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    GRAPHIC_DATA_FIELD_NUMBER: _ClassVar[int]
    GRAPHIC_TYPE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_ORIGIN_INTERPRETATION_FIELD_NUMBER: _ClassVar[int]
    FIDUCIAL_UID_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_FRAME_OF_REFERENCE_UID_FIELD_NUMBER: _ClassVar[int]
    TEMPORAL_RANGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SAMPLE_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_TIME_OFFSETS_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_DATETIME_FIELD_NUMBER: _ClassVar[int]
    CONTINUITY_OF_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEMPLATE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TABULATED_VALUES_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    value_type: _attributes_pb2.ValueType
    concept_name_code_sequence: _sequences_pb2.ConceptNameCodeSequenceItems
    text_value: _attributes_pb2.TextValue
    datetime: _attributes_pb2.Datetime
    date: _attributes_pb2.Date
    time: _attributes_pb2.Time
    person_name: _attributes_pb2.PersonNameAttribute
    uid: _attributes_pb2.Uid
    measured_value_sequence: _sequences_pb2.MeasuredValueSequenceItems
    numeric_value_qualifier_code_sequence: _sequences_pb2.NumericValueQualifierCodeSequenceItems
    concept_code_sequence: _sequences_pb2.ConceptCodeSequenceItems
    referenced_sop_sequence: _sequences_pb2.DocumentContentMacroReferencedSopSequenceItems
    graphic_data: _attributes_pb2.GraphicData
    graphic_type: _attributes_pb2.GraphicType
    pixel_origin_interpretation: _attributes_pb2.PixelOriginInterpretation
    fiducial_uid: _attributes_pb2.FiducialUid
    referenced_frame_of_reference_uid: _attributes_pb2.ReferencedFrameOfReferenceUid
    temporal_range_type: _attributes_pb2.TemporalRangeType
    referenced_sample_positions: _attributes_pb2.ReferencedSamplePositions
    referenced_time_offsets: _attributes_pb2.ReferencedTimeOffsets
    referenced_datetime: _attributes_pb2.ReferencedDatetime
    continuity_of_content: _attributes_pb2.ContinuityOfContent
    content_template_sequence: _sequences_pb2.ContentTemplateSequenceItems
    tabulated_values_sequence: _sequences_pb2.TabulatedValuesSequenceItems
    def __init__(self, value_type: _Optional[_Union[_attributes_pb2.ValueType, _Mapping]] = ..., concept_name_code_sequence: _Optional[_Union[_sequences_pb2.ConceptNameCodeSequenceItems, _Mapping]] = ..., text_value: _Optional[_Union[_attributes_pb2.TextValue, _Mapping]] = ..., datetime: _Optional[_Union[_attributes_pb2.Datetime, _Mapping]] = ..., date: _Optional[_Union[_attributes_pb2.Date, _Mapping]] = ..., time: _Optional[_Union[_attributes_pb2.Time, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., uid: _Optional[_Union[_attributes_pb2.Uid, _Mapping]] = ..., measured_value_sequence: _Optional[_Union[_sequences_pb2.MeasuredValueSequenceItems, _Mapping]] = ..., numeric_value_qualifier_code_sequence: _Optional[_Union[_sequences_pb2.NumericValueQualifierCodeSequenceItems, _Mapping]] = ..., concept_code_sequence: _Optional[_Union[_sequences_pb2.ConceptCodeSequenceItems, _Mapping]] = ..., referenced_sop_sequence: _Optional[_Union[_sequences_pb2.DocumentContentMacroReferencedSopSequenceItems, _Mapping]] = ..., graphic_data: _Optional[_Union[_attributes_pb2.GraphicData, _Mapping]] = ..., graphic_type: _Optional[_Union[_attributes_pb2.GraphicType, _Mapping]] = ..., pixel_origin_interpretation: _Optional[_Union[_attributes_pb2.PixelOriginInterpretation, _Mapping]] = ..., fiducial_uid: _Optional[_Union[_attributes_pb2.FiducialUid, _Mapping]] = ..., referenced_frame_of_reference_uid: _Optional[_Union[_attributes_pb2.ReferencedFrameOfReferenceUid, _Mapping]] = ..., temporal_range_type: _Optional[_Union[_attributes_pb2.TemporalRangeType, _Mapping]] = ..., referenced_sample_positions: _Optional[_Union[_attributes_pb2.ReferencedSamplePositions, _Mapping]] = ..., referenced_time_offsets: _Optional[_Union[_attributes_pb2.ReferencedTimeOffsets, _Mapping]] = ..., referenced_datetime: _Optional[_Union[_attributes_pb2.ReferencedDatetime, _Mapping]] = ..., continuity_of_content: _Optional[_Union[_attributes_pb2.ContinuityOfContent, _Mapping]] = ..., content_template_sequence: _Optional[_Union[_sequences_pb2.ContentTemplateSequenceItems, _Mapping]] = ..., tabulated_values_sequence: _Optional[_Union[_sequences_pb2.TabulatedValuesSequenceItems, _Mapping]] = ...) -> None: ...
