from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EnhancedGeneralEquipmentModule(_message.Message):
    __slots__ = ("manufacturer", "manufacturer_model_name", "device_serial_number", "software_version_s")
    MANUFACTURER_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    DEVICE_SERIAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SOFTWARE_VERSION_S_FIELD_NUMBER: _ClassVar[int]
    manufacturer: _attributes_pb2.Manufacturer
    manufacturer_model_name: _attributes_pb2.ManufacturerModelName
    device_serial_number: _attributes_pb2.DeviceSerialNumber
    software_version_s: _attributes_pb2.SoftwareVersionS
    def __init__(self, manufacturer: _Optional[_Union[_attributes_pb2.Manufacturer, _Mapping]] = ..., manufacturer_model_name: _Optional[_Union[_attributes_pb2.ManufacturerModelName, _Mapping]] = ..., device_serial_number: _Optional[_Union[_attributes_pb2.DeviceSerialNumber, _Mapping]] = ..., software_version_s: _Optional[_Union[_attributes_pb2.SoftwareVersionS, _Mapping]] = ...) -> None: ...
