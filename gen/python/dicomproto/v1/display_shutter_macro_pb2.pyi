from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DisplayShutterMacro(_message.Message):
    __slots__ = ("shutter_shape", "shutter_left_vertical_edge", "shutter_right_vertical_edge", "shutter_upper_horizontal_edge", "shutter_lower_horizontal_edge", "center_of_circular_shutter", "radius_of_circular_shutter", "vertices_of_the_polygonal_shutter", "shutter_presentation_value", "shutter_presentation_color_cielab_value")
    SHUTTER_SHAPE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_LEFT_VERTICAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_RIGHT_VERTICAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_UPPER_HORIZONTAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_LOWER_HORIZONTAL_EDGE_FIELD_NUMBER: _ClassVar[int]
    CENTER_OF_CIRCULAR_SHUTTER_FIELD_NUMBER: _ClassVar[int]
    RADIUS_OF_CIRCULAR_SHUTTER_FIELD_NUMBER: _ClassVar[int]
    VERTICES_OF_THE_POLYGONAL_SHUTTER_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_PRESENTATION_VALUE_FIELD_NUMBER: _ClassVar[int]
    SHUTTER_PRESENTATION_COLOR_CIELAB_VALUE_FIELD_NUMBER: _ClassVar[int]
    shutter_shape: _attributes_pb2.ShutterShape
    shutter_left_vertical_edge: _attributes_pb2.ShutterLeftVerticalEdge
    shutter_right_vertical_edge: _attributes_pb2.ShutterRightVerticalEdge
    shutter_upper_horizontal_edge: _attributes_pb2.ShutterUpperHorizontalEdge
    shutter_lower_horizontal_edge: _attributes_pb2.ShutterLowerHorizontalEdge
    center_of_circular_shutter: _attributes_pb2.CenterOfCircularShutter
    radius_of_circular_shutter: _attributes_pb2.RadiusOfCircularShutter
    vertices_of_the_polygonal_shutter: _attributes_pb2.VerticesOfThePolygonalShutter
    shutter_presentation_value: _attributes_pb2.ShutterPresentationValue
    shutter_presentation_color_cielab_value: _attributes_pb2.ShutterPresentationColorCielabValue
    def __init__(self, shutter_shape: _Optional[_Union[_attributes_pb2.ShutterShape, _Mapping]] = ..., shutter_left_vertical_edge: _Optional[_Union[_attributes_pb2.ShutterLeftVerticalEdge, _Mapping]] = ..., shutter_right_vertical_edge: _Optional[_Union[_attributes_pb2.ShutterRightVerticalEdge, _Mapping]] = ..., shutter_upper_horizontal_edge: _Optional[_Union[_attributes_pb2.ShutterUpperHorizontalEdge, _Mapping]] = ..., shutter_lower_horizontal_edge: _Optional[_Union[_attributes_pb2.ShutterLowerHorizontalEdge, _Mapping]] = ..., center_of_circular_shutter: _Optional[_Union[_attributes_pb2.CenterOfCircularShutter, _Mapping]] = ..., radius_of_circular_shutter: _Optional[_Union[_attributes_pb2.RadiusOfCircularShutter, _Mapping]] = ..., vertices_of_the_polygonal_shutter: _Optional[_Union[_attributes_pb2.VerticesOfThePolygonalShutter, _Mapping]] = ..., shutter_presentation_value: _Optional[_Union[_attributes_pb2.ShutterPresentationValue, _Mapping]] = ..., shutter_presentation_color_cielab_value: _Optional[_Union[_attributes_pb2.ShutterPresentationColorCielabValue, _Mapping]] = ...) -> None: ...
