from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RtEquipmentCorrelationMacro(_message.Message):
    __slots__ = ("patient_support_angle", "table_top_pitch_angle", "table_top_roll_angle", "table_top_longitudinal_position", "table_top_lateral_position")
    PATIENT_SUPPORT_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_PITCH_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_ROLL_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_LONGITUDINAL_POSITION_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_LATERAL_POSITION_FIELD_NUMBER: _ClassVar[int]
    patient_support_angle: _attributes_pb2.PatientSupportAngle
    table_top_pitch_angle: _attributes_pb2.TableTopPitchAngle
    table_top_roll_angle: _attributes_pb2.TableTopRollAngle
    table_top_longitudinal_position: _attributes_pb2.TableTopLongitudinalPosition
    table_top_lateral_position: _attributes_pb2.TableTopLateralPosition
    def __init__(self, patient_support_angle: _Optional[_Union[_attributes_pb2.PatientSupportAngle, _Mapping]] = ..., table_top_pitch_angle: _Optional[_Union[_attributes_pb2.TableTopPitchAngle, _Mapping]] = ..., table_top_roll_angle: _Optional[_Union[_attributes_pb2.TableTopRollAngle, _Mapping]] = ..., table_top_longitudinal_position: _Optional[_Union[_attributes_pb2.TableTopLongitudinalPosition, _Mapping]] = ..., table_top_lateral_position: _Optional[_Union[_attributes_pb2.TableTopLateralPosition, _Mapping]] = ...) -> None: ...
