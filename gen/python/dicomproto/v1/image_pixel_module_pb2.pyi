from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ImagePixelModule(_message.Message):
    __slots__ = ("samples_per_pixel", "photometric_interpretation", "rows", "columns", "bits_allocated", "bits_stored", "high_bit", "pixel_representation", "pixel_data", "planar_configuration", "pixel_aspect_ratio", "smallest_image_pixel_value", "largest_image_pixel_value", "red_palette_color_lookup_table_descriptor", "green_palette_color_lookup_table_descriptor", "blue_palette_color_lookup_table_descriptor", "red_palette_color_lookup_table_data", "green_palette_color_lookup_table_data", "blue_palette_color_lookup_table_data", "icc_profile", "color_space", "pixel_data_provider_url", "pixel_padding_range_limit")
    SAMPLES_PER_PIXEL_FIELD_NUMBER: _ClassVar[int]
    PHOTOMETRIC_INTERPRETATION_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    BITS_ALLOCATED_FIELD_NUMBER: _ClassVar[int]
    BITS_STORED_FIELD_NUMBER: _ClassVar[int]
    HIGH_BIT_FIELD_NUMBER: _ClassVar[int]
    PIXEL_REPRESENTATION_FIELD_NUMBER: _ClassVar[int]
    PIXEL_DATA_FIELD_NUMBER: _ClassVar[int]
    PLANAR_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    PIXEL_ASPECT_RATIO_FIELD_NUMBER: _ClassVar[int]
    SMALLEST_IMAGE_PIXEL_VALUE_FIELD_NUMBER: _ClassVar[int]
    LARGEST_IMAGE_PIXEL_VALUE_FIELD_NUMBER: _ClassVar[int]
    RED_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    GREEN_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    BLUE_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    RED_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA_FIELD_NUMBER: _ClassVar[int]
    ICC_PROFILE_FIELD_NUMBER: _ClassVar[int]
    COLOR_SPACE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_DATA_PROVIDER_URL_FIELD_NUMBER: _ClassVar[int]
    PIXEL_PADDING_RANGE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    samples_per_pixel: _attributes_pb2.SamplesPerPixel
    photometric_interpretation: _attributes_pb2.PhotometricInterpretation
    rows: _attributes_pb2.Rows
    columns: _attributes_pb2.Columns
    bits_allocated: _attributes_pb2.BitsAllocated
    bits_stored: _attributes_pb2.BitsStored
    high_bit: _attributes_pb2.HighBit
    pixel_representation: _attributes_pb2.PixelRepresentation
    pixel_data: _attributes_pb2.PixelData
    planar_configuration: _attributes_pb2.PlanarConfiguration
    pixel_aspect_ratio: _attributes_pb2.PixelAspectRatio
    smallest_image_pixel_value: _attributes_pb2.SmallestImagePixelValue
    largest_image_pixel_value: _attributes_pb2.LargestImagePixelValue
    red_palette_color_lookup_table_descriptor: _attributes_pb2.RedPaletteColorLookupTableDescriptor
    green_palette_color_lookup_table_descriptor: _attributes_pb2.GreenPaletteColorLookupTableDescriptor
    blue_palette_color_lookup_table_descriptor: _attributes_pb2.BluePaletteColorLookupTableDescriptor
    red_palette_color_lookup_table_data: _attributes_pb2.RedPaletteColorLookupTableData
    green_palette_color_lookup_table_data: _attributes_pb2.GreenPaletteColorLookupTableData
    blue_palette_color_lookup_table_data: _attributes_pb2.BluePaletteColorLookupTableData
    icc_profile: _attributes_pb2.IccProfile
    color_space: _attributes_pb2.ColorSpace
    pixel_data_provider_url: _attributes_pb2.PixelDataProviderUrl
    pixel_padding_range_limit: _attributes_pb2.PixelPaddingRangeLimit
    def __init__(self, samples_per_pixel: _Optional[_Union[_attributes_pb2.SamplesPerPixel, _Mapping]] = ..., photometric_interpretation: _Optional[_Union[_attributes_pb2.PhotometricInterpretation, _Mapping]] = ..., rows: _Optional[_Union[_attributes_pb2.Rows, _Mapping]] = ..., columns: _Optional[_Union[_attributes_pb2.Columns, _Mapping]] = ..., bits_allocated: _Optional[_Union[_attributes_pb2.BitsAllocated, _Mapping]] = ..., bits_stored: _Optional[_Union[_attributes_pb2.BitsStored, _Mapping]] = ..., high_bit: _Optional[_Union[_attributes_pb2.HighBit, _Mapping]] = ..., pixel_representation: _Optional[_Union[_attributes_pb2.PixelRepresentation, _Mapping]] = ..., pixel_data: _Optional[_Union[_attributes_pb2.PixelData, _Mapping]] = ..., planar_configuration: _Optional[_Union[_attributes_pb2.PlanarConfiguration, _Mapping]] = ..., pixel_aspect_ratio: _Optional[_Union[_attributes_pb2.PixelAspectRatio, _Mapping]] = ..., smallest_image_pixel_value: _Optional[_Union[_attributes_pb2.SmallestImagePixelValue, _Mapping]] = ..., largest_image_pixel_value: _Optional[_Union[_attributes_pb2.LargestImagePixelValue, _Mapping]] = ..., red_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.RedPaletteColorLookupTableDescriptor, _Mapping]] = ..., green_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.GreenPaletteColorLookupTableDescriptor, _Mapping]] = ..., blue_palette_color_lookup_table_descriptor: _Optional[_Union[_attributes_pb2.BluePaletteColorLookupTableDescriptor, _Mapping]] = ..., red_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.RedPaletteColorLookupTableData, _Mapping]] = ..., green_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.GreenPaletteColorLookupTableData, _Mapping]] = ..., blue_palette_color_lookup_table_data: _Optional[_Union[_attributes_pb2.BluePaletteColorLookupTableData, _Mapping]] = ..., icc_profile: _Optional[_Union[_attributes_pb2.IccProfile, _Mapping]] = ..., color_space: _Optional[_Union[_attributes_pb2.ColorSpace, _Mapping]] = ..., pixel_data_provider_url: _Optional[_Union[_attributes_pb2.PixelDataProviderUrl, _Mapping]] = ..., pixel_padding_range_limit: _Optional[_Union[_attributes_pb2.PixelPaddingRangeLimit, _Mapping]] = ...) -> None: ...
