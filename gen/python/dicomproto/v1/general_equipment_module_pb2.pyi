from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GeneralEquipmentModule(_message.Message):
    __slots__ = ("manufacturer", "institution_name", "institution_address", "station_name", "institutional_department_name", "manufacturer_model_name", "device_serial_number", "software_version_s", "gantry_id", "spatial_resolution", "date_of_last_calibration", "time_of_last_calibration", "pixel_padding_value")
    MANUFACTURER_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STATION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTIONAL_DEPARTMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    DEVICE_SERIAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SOFTWARE_VERSION_S_FIELD_NUMBER: _ClassVar[int]
    GANTRY_ID_FIELD_NUMBER: _ClassVar[int]
    SPATIAL_RESOLUTION_FIELD_NUMBER: _ClassVar[int]
    DATE_OF_LAST_CALIBRATION_FIELD_NUMBER: _ClassVar[int]
    TIME_OF_LAST_CALIBRATION_FIELD_NUMBER: _ClassVar[int]
    PIXEL_PADDING_VALUE_FIELD_NUMBER: _ClassVar[int]
    manufacturer: _attributes_pb2.Manufacturer
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    station_name: _attributes_pb2.StationName
    institutional_department_name: _attributes_pb2.InstitutionalDepartmentName
    manufacturer_model_name: _attributes_pb2.ManufacturerModelName
    device_serial_number: _attributes_pb2.DeviceSerialNumber
    software_version_s: _attributes_pb2.SoftwareVersionS
    gantry_id: _attributes_pb2.GantryId
    spatial_resolution: _attributes_pb2.SpatialResolution
    date_of_last_calibration: _attributes_pb2.DateOfLastCalibration
    time_of_last_calibration: _attributes_pb2.TimeOfLastCalibration
    pixel_padding_value: _attributes_pb2.PixelPaddingValue
    def __init__(self, manufacturer: _Optional[_Union[_attributes_pb2.Manufacturer, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., station_name: _Optional[_Union[_attributes_pb2.StationName, _Mapping]] = ..., institutional_department_name: _Optional[_Union[_attributes_pb2.InstitutionalDepartmentName, _Mapping]] = ..., manufacturer_model_name: _Optional[_Union[_attributes_pb2.ManufacturerModelName, _Mapping]] = ..., device_serial_number: _Optional[_Union[_attributes_pb2.DeviceSerialNumber, _Mapping]] = ..., software_version_s: _Optional[_Union[_attributes_pb2.SoftwareVersionS, _Mapping]] = ..., gantry_id: _Optional[_Union[_attributes_pb2.GantryId, _Mapping]] = ..., spatial_resolution: _Optional[_Union[_attributes_pb2.SpatialResolution, _Mapping]] = ..., date_of_last_calibration: _Optional[_Union[_attributes_pb2.DateOfLastCalibration, _Mapping]] = ..., time_of_last_calibration: _Optional[_Union[_attributes_pb2.TimeOfLastCalibration, _Mapping]] = ..., pixel_padding_value: _Optional[_Union[_attributes_pb2.PixelPaddingValue, _Mapping]] = ...) -> None: ...
