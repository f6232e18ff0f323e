from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IdentifiedPersonOrDeviceMacro(_message.Message):
    __slots__ = ("observer_type", "person_name", "person_identification_code_sequence", "station_name", "device_uid", "manufacturer", "manufacturer_model_name", "station_ae_title", "institution_name", "institution_code_sequence", "institutional_department_name")
    OBSERVER_TYPE_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    PERSON_IDENTIFICATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STATION_NAME_FIELD_NUMBER: _ClassVar[int]
    DEVICE_UID_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_FIELD_NUMBER: _ClassVar[int]
    MANUFACTURER_MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    STATION_AE_TITLE_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    INSTITUTIONAL_DEPARTMENT_NAME_FIELD_NUMBER: _ClassVar[int]
    observer_type: _attributes_pb2.ObserverType
    person_name: _attributes_pb2.PersonNameAttribute
    person_identification_code_sequence: _sequences_pb2.PersonIdentificationCodeSequenceItems
    station_name: _attributes_pb2.StationName
    device_uid: _attributes_pb2.DeviceUid
    manufacturer: _attributes_pb2.Manufacturer
    manufacturer_model_name: _attributes_pb2.ManufacturerModelName
    station_ae_title: _attributes_pb2.StationAeTitle
    institution_name: _attributes_pb2.InstitutionName
    institution_code_sequence: _sequences_pb2.InstitutionCodeSequenceItems
    institutional_department_name: _attributes_pb2.InstitutionalDepartmentName
    def __init__(self, observer_type: _Optional[_Union[_attributes_pb2.ObserverType, _Mapping]] = ..., person_name: _Optional[_Union[_attributes_pb2.PersonNameAttribute, _Mapping]] = ..., person_identification_code_sequence: _Optional[_Union[_sequences_pb2.PersonIdentificationCodeSequenceItems, _Mapping]] = ..., station_name: _Optional[_Union[_attributes_pb2.StationName, _Mapping]] = ..., device_uid: _Optional[_Union[_attributes_pb2.DeviceUid, _Mapping]] = ..., manufacturer: _Optional[_Union[_attributes_pb2.Manufacturer, _Mapping]] = ..., manufacturer_model_name: _Optional[_Union[_attributes_pb2.ManufacturerModelName, _Mapping]] = ..., station_ae_title: _Optional[_Union[_attributes_pb2.StationAeTitle, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_code_sequence: _Optional[_Union[_sequences_pb2.InstitutionCodeSequenceItems, _Mapping]] = ..., institutional_department_name: _Optional[_Union[_attributes_pb2.InstitutionalDepartmentName, _Mapping]] = ...) -> None: ...
