from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OverlayPlaneModule(_message.Message):
    __slots__ = ("overlay_rows", "overlay_columns", "overlay_type", "overlay_origin", "overlay_bits_allocated", "overlay_bit_position", "overlay_data", "overlay_description", "overlay_subtype", "overlay_label", "roi_area", "roi_mean", "roi_standard_deviation")
    OVERLAY_ROWS_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_COLUMNS_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_ORIGIN_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_BITS_ALLOCATED_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_BIT_POSITION_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_DATA_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_SUBTYPE_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_LABEL_FIELD_NUMBER: _ClassVar[int]
    ROI_AREA_FIELD_NUMBER: _ClassVar[int]
    ROI_MEAN_FIELD_NUMBER: _ClassVar[int]
    ROI_STANDARD_DEVIATION_FIELD_NUMBER: _ClassVar[int]
    overlay_rows: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayRows]
    overlay_columns: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayColumns]
    overlay_type: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayType]
    overlay_origin: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayOrigin]
    overlay_bits_allocated: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayBitsAllocated]
    overlay_bit_position: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayBitPosition]
    overlay_data: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayData]
    overlay_description: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayDescription]
    overlay_subtype: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlaySubtype]
    overlay_label: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.OverlayLabel]
    roi_area: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.RoiArea]
    roi_mean: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.RoiMean]
    roi_standard_deviation: _containers.RepeatedCompositeFieldContainer[_attributes_pb2.RoiStandardDeviation]
    def __init__(self, overlay_rows: _Optional[_Iterable[_Union[_attributes_pb2.OverlayRows, _Mapping]]] = ..., overlay_columns: _Optional[_Iterable[_Union[_attributes_pb2.OverlayColumns, _Mapping]]] = ..., overlay_type: _Optional[_Iterable[_Union[_attributes_pb2.OverlayType, _Mapping]]] = ..., overlay_origin: _Optional[_Iterable[_Union[_attributes_pb2.OverlayOrigin, _Mapping]]] = ..., overlay_bits_allocated: _Optional[_Iterable[_Union[_attributes_pb2.OverlayBitsAllocated, _Mapping]]] = ..., overlay_bit_position: _Optional[_Iterable[_Union[_attributes_pb2.OverlayBitPosition, _Mapping]]] = ..., overlay_data: _Optional[_Iterable[_Union[_attributes_pb2.OverlayData, _Mapping]]] = ..., overlay_description: _Optional[_Iterable[_Union[_attributes_pb2.OverlayDescription, _Mapping]]] = ..., overlay_subtype: _Optional[_Iterable[_Union[_attributes_pb2.OverlaySubtype, _Mapping]]] = ..., overlay_label: _Optional[_Iterable[_Union[_attributes_pb2.OverlayLabel, _Mapping]]] = ..., roi_area: _Optional[_Iterable[_Union[_attributes_pb2.RoiArea, _Mapping]]] = ..., roi_mean: _Optional[_Iterable[_Union[_attributes_pb2.RoiMean, _Mapping]]] = ..., roi_standard_deviation: _Optional[_Iterable[_Union[_attributes_pb2.RoiStandardDeviation, _Mapping]]] = ...) -> None: ...
