from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CommonCtMrImageDescriptionMacro(_message.Message):
    __slots__ = ("pixel_presentation", "volumetric_properties", "volume_based_calculation_technique")
    PIXEL_PRESENTATION_FIELD_NUMBER: _ClassVar[int]
    VOLUMETRIC_PROPERTIES_FIELD_NUMBER: _ClassVar[int]
    VOLUME_BASED_CALCULATION_TECHNIQUE_FIELD_NUMBER: _ClassVar[int]
    pixel_presentation: _attributes_pb2.PixelPresentation
    volumetric_properties: _attributes_pb2.VolumetricProperties
    volume_based_calculation_technique: _attributes_pb2.VolumeBasedCalculationTechnique
    def __init__(self, pixel_presentation: _Optional[_Union[_attributes_pb2.PixelPresentation, _Mapping]] = ..., volumetric_properties: _Optional[_Union[_attributes_pb2.VolumetricProperties, _Mapping]] = ..., volume_based_calculation_technique: _Optional[_Union[_attributes_pb2.VolumeBasedCalculationTechnique, _Mapping]] = ...) -> None: ...
