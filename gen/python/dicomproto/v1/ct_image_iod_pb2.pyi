from dicomproto.v1 import clinical_trial_series_module_pb2 as _clinical_trial_series_module_pb2
from dicomproto.v1 import clinical_trial_study_module_pb2 as _clinical_trial_study_module_pb2
from dicomproto.v1 import clinical_trial_subject_module_pb2 as _clinical_trial_subject_module_pb2
from dicomproto.v1 import common_instance_reference_module_pb2 as _common_instance_reference_module_pb2
from dicomproto.v1 import contrast_bolus_module_pb2 as _contrast_bolus_module_pb2
from dicomproto.v1 import ct_image_module_pb2 as _ct_image_module_pb2
from dicomproto.v1 import dataset_pb2 as _dataset_pb2
from dicomproto.v1 import device_module_pb2 as _device_module_pb2
from dicomproto.v1 import frame_of_reference_module_pb2 as _frame_of_reference_module_pb2
from dicomproto.v1 import general_equipment_module_pb2 as _general_equipment_module_pb2
from dicomproto.v1 import general_image_module_pb2 as _general_image_module_pb2
from dicomproto.v1 import general_series_module_pb2 as _general_series_module_pb2
from dicomproto.v1 import general_study_module_pb2 as _general_study_module_pb2
from dicomproto.v1 import image_pixel_module_pb2 as _image_pixel_module_pb2
from dicomproto.v1 import image_plane_module_pb2 as _image_plane_module_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import overlay_plane_module_pb2 as _overlay_plane_module_pb2
from dicomproto.v1 import patient_module_pb2 as _patient_module_pb2
from dicomproto.v1 import patient_study_module_pb2 as _patient_study_module_pb2
from dicomproto.v1 import sop_common_module_pb2 as _sop_common_module_pb2
from dicomproto.v1 import specimen_module_pb2 as _specimen_module_pb2
from dicomproto.v1 import voi_lut_module_pb2 as _voi_lut_module_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CtImageIod(_message.Message):
    __slots__ = ("file_meta", "patient_module", "clinical_trial_subject_module", "general_study_module", "patient_study_module", "clinical_trial_study_module", "general_series_module", "clinical_trial_series_module", "frame_of_reference_module", "general_equipment_module", "general_image_module", "image_plane_module", "image_pixel_module", "contrast_bolus_module", "device_module", "specimen_module", "ct_image_module", "overlay_plane_module", "voi_lut_module", "sop_common_module", "common_instance_reference_module", "other_elements")
    FILE_META_FIELD_NUMBER: _ClassVar[int]
    PATIENT_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SUBJECT_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_SERIES_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SERIES_MODULE_FIELD_NUMBER: _ClassVar[int]
    FRAME_OF_REFERENCE_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_EQUIPMENT_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_IMAGE_MODULE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PLANE_MODULE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PIXEL_MODULE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_MODULE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_MODULE_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_MODULE_FIELD_NUMBER: _ClassVar[int]
    CT_IMAGE_MODULE_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_PLANE_MODULE_FIELD_NUMBER: _ClassVar[int]
    VOI_LUT_MODULE_FIELD_NUMBER: _ClassVar[int]
    SOP_COMMON_MODULE_FIELD_NUMBER: _ClassVar[int]
    COMMON_INSTANCE_REFERENCE_MODULE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    file_meta: _dataset_pb2.FileMeta
    patient_module: _patient_module_pb2.PatientModule
    clinical_trial_subject_module: _clinical_trial_subject_module_pb2.ClinicalTrialSubjectModule
    general_study_module: _general_study_module_pb2.GeneralStudyModule
    patient_study_module: _patient_study_module_pb2.PatientStudyModule
    clinical_trial_study_module: _clinical_trial_study_module_pb2.ClinicalTrialStudyModule
    general_series_module: _general_series_module_pb2.GeneralSeriesModule
    clinical_trial_series_module: _clinical_trial_series_module_pb2.ClinicalTrialSeriesModule
    frame_of_reference_module: _frame_of_reference_module_pb2.FrameOfReferenceModule
    general_equipment_module: _general_equipment_module_pb2.GeneralEquipmentModule
    general_image_module: _general_image_module_pb2.GeneralImageModule
    image_plane_module: _image_plane_module_pb2.ImagePlaneModule
    image_pixel_module: _image_pixel_module_pb2.ImagePixelModule
    contrast_bolus_module: _contrast_bolus_module_pb2.ContrastBolusModule
    device_module: _device_module_pb2.DeviceModule
    specimen_module: _specimen_module_pb2.SpecimenModule
    ct_image_module: _ct_image_module_pb2.CtImageModule
    overlay_plane_module: _overlay_plane_module_pb2.OverlayPlaneModule
    voi_lut_module: _voi_lut_module_pb2.VoiLutModule
    sop_common_module: _sop_common_module_pb2.SopCommonModule
    common_instance_reference_module: _common_instance_reference_module_pb2.CommonInstanceReferenceModule
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    def __init__(self, file_meta: _Optional[_Union[_dataset_pb2.FileMeta, _Mapping]] = ..., patient_module: _Optional[_Union[_patient_module_pb2.PatientModule, _Mapping]] = ..., clinical_trial_subject_module: _Optional[_Union[_clinical_trial_subject_module_pb2.ClinicalTrialSubjectModule, _Mapping]] = ..., general_study_module: _Optional[_Union[_general_study_module_pb2.GeneralStudyModule, _Mapping]] = ..., patient_study_module: _Optional[_Union[_patient_study_module_pb2.PatientStudyModule, _Mapping]] = ..., clinical_trial_study_module: _Optional[_Union[_clinical_trial_study_module_pb2.ClinicalTrialStudyModule, _Mapping]] = ..., general_series_module: _Optional[_Union[_general_series_module_pb2.GeneralSeriesModule, _Mapping]] = ..., clinical_trial_series_module: _Optional[_Union[_clinical_trial_series_module_pb2.ClinicalTrialSeriesModule, _Mapping]] = ..., frame_of_reference_module: _Optional[_Union[_frame_of_reference_module_pb2.FrameOfReferenceModule, _Mapping]] = ..., general_equipment_module: _Optional[_Union[_general_equipment_module_pb2.GeneralEquipmentModule, _Mapping]] = ..., general_image_module: _Optional[_Union[_general_image_module_pb2.GeneralImageModule, _Mapping]] = ..., image_plane_module: _Optional[_Union[_image_plane_module_pb2.ImagePlaneModule, _Mapping]] = ..., image_pixel_module: _Optional[_Union[_image_pixel_module_pb2.ImagePixelModule, _Mapping]] = ..., contrast_bolus_module: _Optional[_Union[_contrast_bolus_module_pb2.ContrastBolusModule, _Mapping]] = ..., device_module: _Optional[_Union[_device_module_pb2.DeviceModule, _Mapping]] = ..., specimen_module: _Optional[_Union[_specimen_module_pb2.SpecimenModule, _Mapping]] = ..., ct_image_module: _Optional[_Union[_ct_image_module_pb2.CtImageModule, _Mapping]] = ..., overlay_plane_module: _Optional[_Union[_overlay_plane_module_pb2.OverlayPlaneModule, _Mapping]] = ..., voi_lut_module: _Optional[_Union[_voi_lut_module_pb2.VoiLutModule, _Mapping]] = ..., sop_common_module: _Optional[_Union[_sop_common_module_pb2.SopCommonModule, _Mapping]] = ..., common_instance_reference_module: _Optional[_Union[_common_instance_reference_module_pb2.CommonInstanceReferenceModule, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ...) -> None: ...
