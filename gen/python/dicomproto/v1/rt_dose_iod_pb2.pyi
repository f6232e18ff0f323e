from dicomproto.v1 import clinical_trial_series_module_pb2 as _clinical_trial_series_module_pb2
from dicomproto.v1 import clinical_trial_study_module_pb2 as _clinical_trial_study_module_pb2
from dicomproto.v1 import clinical_trial_subject_module_pb2 as _clinical_trial_subject_module_pb2
from dicomproto.v1 import common_instance_reference_module_pb2 as _common_instance_reference_module_pb2
from dicomproto.v1 import dataset_pb2 as _dataset_pb2
from dicomproto.v1 import frame_extraction_module_pb2 as _frame_extraction_module_pb2
from dicomproto.v1 import frame_of_reference_module_pb2 as _frame_of_reference_module_pb2
from dicomproto.v1 import general_equipment_module_pb2 as _general_equipment_module_pb2
from dicomproto.v1 import general_image_module_pb2 as _general_image_module_pb2
from dicomproto.v1 import general_study_module_pb2 as _general_study_module_pb2
from dicomproto.v1 import image_pixel_module_pb2 as _image_pixel_module_pb2
from dicomproto.v1 import image_plane_module_pb2 as _image_plane_module_pb2
from dicomproto.v1 import modality_lut_module_pb2 as _modality_lut_module_pb2
from dicomproto.v1 import multi_frame_module_pb2 as _multi_frame_module_pb2
from dicomproto.v1 import multi_frame_overlay_module_pb2 as _multi_frame_overlay_module_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import overlay_plane_module_pb2 as _overlay_plane_module_pb2
from dicomproto.v1 import patient_module_pb2 as _patient_module_pb2
from dicomproto.v1 import patient_study_module_pb2 as _patient_study_module_pb2
from dicomproto.v1 import roi_contour_module_pb2 as _roi_contour_module_pb2
from dicomproto.v1 import rt_dose_module_pb2 as _rt_dose_module_pb2
from dicomproto.v1 import rt_dose_roi_module_pb2 as _rt_dose_roi_module_pb2
from dicomproto.v1 import rt_dvh_module_pb2 as _rt_dvh_module_pb2
from dicomproto.v1 import rt_series_module_pb2 as _rt_series_module_pb2
from dicomproto.v1 import sop_common_module_pb2 as _sop_common_module_pb2
from dicomproto.v1 import structure_set_module_pb2 as _structure_set_module_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RtDoseIod(_message.Message):
    __slots__ = ("file_meta", "patient_module", "clinical_trial_subject_module", "general_study_module", "patient_study_module", "clinical_trial_study_module", "rt_series_module", "clinical_trial_series_module", "frame_of_reference_module", "general_equipment_module", "general_image_module", "image_plane_module", "image_pixel_module", "multi_frame_module", "overlay_plane_module", "multi_frame_overlay_module", "modality_lut_module", "rt_dose_module", "rt_dvh_module", "structure_set_module", "roi_contour_module", "rt_dose_roi_module", "sop_common_module", "common_instance_reference_module", "frame_extraction_module", "other_elements")
    FILE_META_FIELD_NUMBER: _ClassVar[int]
    PATIENT_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SUBJECT_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    RT_SERIES_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SERIES_MODULE_FIELD_NUMBER: _ClassVar[int]
    FRAME_OF_REFERENCE_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_EQUIPMENT_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_IMAGE_MODULE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PLANE_MODULE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PIXEL_MODULE_FIELD_NUMBER: _ClassVar[int]
    MULTI_FRAME_MODULE_FIELD_NUMBER: _ClassVar[int]
    OVERLAY_PLANE_MODULE_FIELD_NUMBER: _ClassVar[int]
    MULTI_FRAME_OVERLAY_MODULE_FIELD_NUMBER: _ClassVar[int]
    MODALITY_LUT_MODULE_FIELD_NUMBER: _ClassVar[int]
    RT_DOSE_MODULE_FIELD_NUMBER: _ClassVar[int]
    RT_DVH_MODULE_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_SET_MODULE_FIELD_NUMBER: _ClassVar[int]
    ROI_CONTOUR_MODULE_FIELD_NUMBER: _ClassVar[int]
    RT_DOSE_ROI_MODULE_FIELD_NUMBER: _ClassVar[int]
    SOP_COMMON_MODULE_FIELD_NUMBER: _ClassVar[int]
    COMMON_INSTANCE_REFERENCE_MODULE_FIELD_NUMBER: _ClassVar[int]
    FRAME_EXTRACTION_MODULE_FIELD_NUMBER: _ClassVar[int]
    OTHER_ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    file_meta: _dataset_pb2.FileMeta
    patient_module: _patient_module_pb2.PatientModule
    clinical_trial_subject_module: _clinical_trial_subject_module_pb2.ClinicalTrialSubjectModule
    general_study_module: _general_study_module_pb2.GeneralStudyModule
    patient_study_module: _patient_study_module_pb2.PatientStudyModule
    clinical_trial_study_module: _clinical_trial_study_module_pb2.ClinicalTrialStudyModule
    rt_series_module: _rt_series_module_pb2.RtSeriesModule
    clinical_trial_series_module: _clinical_trial_series_module_pb2.ClinicalTrialSeriesModule
    frame_of_reference_module: _frame_of_reference_module_pb2.FrameOfReferenceModule
    general_equipment_module: _general_equipment_module_pb2.GeneralEquipmentModule
    general_image_module: _general_image_module_pb2.GeneralImageModule
    image_plane_module: _image_plane_module_pb2.ImagePlaneModule
    image_pixel_module: _image_pixel_module_pb2.ImagePixelModule
    multi_frame_module: _multi_frame_module_pb2.MultiFrameModule
    overlay_plane_module: _overlay_plane_module_pb2.OverlayPlaneModule
    multi_frame_overlay_module: _multi_frame_overlay_module_pb2.MultiFrameOverlayModule
    modality_lut_module: _modality_lut_module_pb2.ModalityLutModule
    rt_dose_module: _rt_dose_module_pb2.RtDoseModule
    rt_dvh_module: _rt_dvh_module_pb2.RtDvhModule
    structure_set_module: _structure_set_module_pb2.StructureSetModule
    roi_contour_module: _roi_contour_module_pb2.RoiContourModule
    rt_dose_roi_module: _rt_dose_roi_module_pb2.RtDoseRoiModule
    sop_common_module: _sop_common_module_pb2.SopCommonModule
    common_instance_reference_module: _common_instance_reference_module_pb2.CommonInstanceReferenceModule
    frame_extraction_module: _frame_extraction_module_pb2.FrameExtractionModule
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    def __init__(self, file_meta: _Optional[_Union[_dataset_pb2.FileMeta, _Mapping]] = ..., patient_module: _Optional[_Union[_patient_module_pb2.PatientModule, _Mapping]] = ..., clinical_trial_subject_module: _Optional[_Union[_clinical_trial_subject_module_pb2.ClinicalTrialSubjectModule, _Mapping]] = ..., general_study_module: _Optional[_Union[_general_study_module_pb2.GeneralStudyModule, _Mapping]] = ..., patient_study_module: _Optional[_Union[_patient_study_module_pb2.PatientStudyModule, _Mapping]] = ..., clinical_trial_study_module: _Optional[_Union[_clinical_trial_study_module_pb2.ClinicalTrialStudyModule, _Mapping]] = ..., rt_series_module: _Optional[_Union[_rt_series_module_pb2.RtSeriesModule, _Mapping]] = ..., clinical_trial_series_module: _Optional[_Union[_clinical_trial_series_module_pb2.ClinicalTrialSeriesModule, _Mapping]] = ..., frame_of_reference_module: _Optional[_Union[_frame_of_reference_module_pb2.FrameOfReferenceModule, _Mapping]] = ..., general_equipment_module: _Optional[_Union[_general_equipment_module_pb2.GeneralEquipmentModule, _Mapping]] = ..., general_image_module: _Optional[_Union[_general_image_module_pb2.GeneralImageModule, _Mapping]] = ..., image_plane_module: _Optional[_Union[_image_plane_module_pb2.ImagePlaneModule, _Mapping]] = ..., image_pixel_module: _Optional[_Union[_image_pixel_module_pb2.ImagePixelModule, _Mapping]] = ..., multi_frame_module: _Optional[_Union[_multi_frame_module_pb2.MultiFrameModule, _Mapping]] = ..., overlay_plane_module: _Optional[_Union[_overlay_plane_module_pb2.OverlayPlaneModule, _Mapping]] = ..., multi_frame_overlay_module: _Optional[_Union[_multi_frame_overlay_module_pb2.MultiFrameOverlayModule, _Mapping]] = ..., modality_lut_module: _Optional[_Union[_modality_lut_module_pb2.ModalityLutModule, _Mapping]] = ..., rt_dose_module: _Optional[_Union[_rt_dose_module_pb2.RtDoseModule, _Mapping]] = ..., rt_dvh_module: _Optional[_Union[_rt_dvh_module_pb2.RtDvhModule, _Mapping]] = ..., structure_set_module: _Optional[_Union[_structure_set_module_pb2.StructureSetModule, _Mapping]] = ..., roi_contour_module: _Optional[_Union[_roi_contour_module_pb2.RoiContourModule, _Mapping]] = ..., rt_dose_roi_module: _Optional[_Union[_rt_dose_roi_module_pb2.RtDoseRoiModule, _Mapping]] = ..., sop_common_module: _Optional[_Union[_sop_common_module_pb2.SopCommonModule, _Mapping]] = ..., common_instance_reference_module: _Optional[_Union[_common_instance_reference_module_pb2.CommonInstanceReferenceModule, _Mapping]] = ..., frame_extraction_module: _Optional[_Union[_frame_extraction_module_pb2.FrameExtractionModule, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ...) -> None: ...
