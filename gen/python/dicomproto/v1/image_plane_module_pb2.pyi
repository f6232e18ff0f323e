from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ImagePlaneModule(_message.Message):
    __slots__ = ("pixel_spacing", "image_orientation_patient", "image_position_patient", "slice_thickness", "slice_location")
    PIXEL_SPACING_FIELD_NUMBER: _ClassVar[int]
    IMAGE_ORIENTATION_PATIENT_FIELD_NUMBER: _ClassVar[int]
    IMAGE_POSITION_PATIENT_FIELD_NUMBER: _ClassVar[int]
    SLICE_THICKNESS_FIELD_NUMBER: _ClassVar[int]
    SLICE_LOCATION_FIELD_NUMBER: _ClassVar[int]
    pixel_spacing: _attributes_pb2.PixelSpacing
    image_orientation_patient: _attributes_pb2.ImageOrientationPatient
    image_position_patient: _attributes_pb2.ImagePositionPatient
    slice_thickness: _attributes_pb2.SliceThickness
    slice_location: _attributes_pb2.SliceLocation
    def __init__(self, pixel_spacing: _Optional[_Union[_attributes_pb2.PixelSpacing, _Mapping]] = ..., image_orientation_patient: _Optional[_Union[_attributes_pb2.ImageOrientationPatient, _Mapping]] = ..., image_position_patient: _Optional[_Union[_attributes_pb2.ImagePositionPatient, _Mapping]] = ..., slice_thickness: _Optional[_Union[_attributes_pb2.SliceThickness, _Mapping]] = ..., slice_location: _Optional[_Union[_attributes_pb2.SliceLocation, _Mapping]] = ...) -> None: ...
