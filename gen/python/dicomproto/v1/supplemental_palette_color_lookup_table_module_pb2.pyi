from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SupplementalPaletteColorLookupTableModule(_message.Message):
    __slots__ = ("red_palette_color_lookup_table_descriptor", "green_palette_color_lookup_table_descriptor", "blue_palette_color_lookup_table_descriptor", "red_palette_color_lookup_table_data", "green_palette_color_lookup_table_data", "blue_palette_color_lookup_table_data")
    RED_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    GREEN_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    BLUE_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    RED_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    red_palette_color_lookup_table_descriptor: _attributes_pb2.RedPaletteColorLookupTableDescriptor
    green_palette_color_lookup_table_descriptor: _attributes_pb2.GreenPaletteColorLookupTableDescriptor
    blue_palette_color_lookup_table_descriptor: _attributes_pb2.BluePaletteColorLookupTableDescriptor
    red_palette_color_lookup_table_data: _attributes_pb2.RedPaletteColorLookupTableData
    green_palette_color_lookup_table_data: _attributes_pb2.GreenPaletteColorLookupTableData
    blue_palette_color_lookup_table_data: _attributes_pb2.BluePaletteColorLookupTableData
    def __init__(self, red_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.RedPaletteColorLookupTableDescriptor, _Mapping]] = ..., green_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.GreenPaletteColorLookupTableDescriptor, _Mapping]] = ..., blue_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.BluePaletteColorLookupTableDescriptor, _Mapping]] = ..., red_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.RedPaletteColorLookupTableData, _Mapping]] = ..., green_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.GreenPaletteColorLookupTableData, _Mapping]] = ..., blue_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.BluePaletteColorLookupTableData, _Mapping]] = ...) -> None: ...
