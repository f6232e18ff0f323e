from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class XaXrfAcquisitionModule(_message.Message):
    __slots__ = ("kvp", "radiation_setting", "x_ray_tube_current_in_ma", "exposure_time_in_ms", "exposure_in_mas", "average_pulse_width", "acquisition_duration", "radiation_mode", "focal_spot_s", "anode_target_material", "rectification_type", "x_ray_receptor_type", "distance_receptor_plane_to_detector_housing", "positioner_type", "c_arm_positioner_tabletop_relationship", "acquired_image_area_dose_product")
    KVP_FIELD_NUMBER: _ClassVar[int]
    RADIATION_SETTING_FIELD_NUMBER: _ClassVar[int]
    X_RAY_TUBE_CURRENT_IN_MA_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_TIME_IN_MS_FIELD_NUMBER: _ClassVar[int]
    EXPOSURE_IN_MAS_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_PULSE_WIDTH_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_DURATION_FIELD_NUMBER: _ClassVar[int]
    RADIATION_MODE_FIELD_NUMBER: _ClassVar[int]
    FOCAL_SPOT_S_FIELD_NUMBER: _ClassVar[int]
    ANODE_TARGET_MATERIAL_FIELD_NUMBER: _ClassVar[int]
    RECTIFICATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    X_RAY_RECEPTOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    DISTANCE_RECEPTOR_PLANE_TO_DETECTOR_HOUSING_FIELD_NUMBER: _ClassVar[int]
    POSITIONER_TYPE_FIELD_NUMBER: _ClassVar[int]
    C_ARM_POSITIONER_TABLETOP_RELATIONSHIP_FIELD_NUMBER: _ClassVar[int]
    ACQUIRED_IMAGE_AREA_DOSE_PRODUCT_FIELD_NUMBER: _ClassVar[int]
    kvp: _attributes_pb2.Kvp
    radiation_setting: _attributes_pb2.RadiationSetting
    x_ray_tube_current_in_ma: _attributes_pb2.XRayTubeCurrentInMa
    exposure_time_in_ms: _attributes_pb2.ExposureTimeInMs
    exposure_in_mas: _attributes_pb2.ExposureInMas
    average_pulse_width: _attributes_pb2.AveragePulseWidth
    acquisition_duration: _attributes_pb2.AcquisitionDuration
    radiation_mode: _attributes_pb2.RadiationMode
    focal_spot_s: _attributes_pb2.FocalSpotS
    anode_target_material: _attributes_pb2.AnodeTargetMaterial
    rectification_type: _attributes_pb2.RectificationType
    x_ray_receptor_type: _attributes_pb2.XRayReceptorType
    distance_receptor_plane_to_detector_housing: _attributes_pb2.DistanceReceptorPlaneToDetectorHousing
    positioner_type: _attributes_pb2.PositionerType
    c_arm_positioner_tabletop_relationship: _attributes_pb2.CArmPositionerTabletopRelationship
    acquired_image_area_dose_product: _attributes_pb2.AcquiredImageAreaDoseProduct
    def __init__(self, kvp: _Optional[_Union[_attributes_pb2.Kvp, _Mapping]] = ..., radiation_setting: _Optional[_Union[_attributes_pb2.RadiationSetting, _Mapping]] = ..., x_ray_tube_current_in_ma: _Optional[_Union[_attributes_pb2.XRayTubeCurrentInMa, _Mapping]] = ..., exposure_time_in_ms: _Optional[_Union[_attributes_pb2.ExposureTimeInMs, _Mapping]] = ..., exposure_in_mas: _Optional[_Union[_attributes_pb2.ExposureInMas, _Mapping]] = ..., average_pulse_width: _Optional[_Union[_attributes_pb2.AveragePulseWidth, _Mapping]] = ..., acquisition_duration: _Optional[_Union[_attributes_pb2.AcquisitionDuration, _Mapping]] = ..., radiation_mode: _Optional[_Union[_attributes_pb2.RadiationMode, _Mapping]] = ..., focal_spot_s: _Optional[_Union[_attributes_pb2.FocalSpotS, _Mapping]] = ..., anode_target_material: _Optional[_Union[_attributes_pb2.AnodeTargetMaterial, _Mapping]] = ..., rectification_type: _Optional[_Union[_attributes_pb2.RectificationType, _Mapping]] = ..., x_ray_receptor_type: _Optional[_Union[_attributes_pb2.XRayReceptorType, _Mapping]] = ..., distance_receptor_plane_to_detector_housing: _Optional[_Union[_attributes_pb2.DistanceReceptorPlaneToDetectorHousing, _Mapping]] = ..., positioner_type: _Optional[_Union[_attributes_pb2.PositionerType, _Mapping]] = ..., c_arm_positioner_tabletop_relationship: _Optional[_Union[_attributes_pb2.CArmPositionerTabletopRelationship, _Mapping]] = ..., acquired_image_area_dose_product: _Optional[_Union[_attributes_pb2.AcquiredImageAreaDoseProduct, _Mapping]] = ...) -> None: ...
