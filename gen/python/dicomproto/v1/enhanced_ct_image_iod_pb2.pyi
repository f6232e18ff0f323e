from dicomproto.v1 import acquisition_context_module_pb2 as _acquisition_context_module_pb2
from dicomproto.v1 import cardiac_synchronization_module_pb2 as _cardiac_synchronization_module_pb2
from dicomproto.v1 import clinical_trial_series_module_pb2 as _clinical_trial_series_module_pb2
from dicomproto.v1 import clinical_trial_study_module_pb2 as _clinical_trial_study_module_pb2
from dicomproto.v1 import clinical_trial_subject_module_pb2 as _clinical_trial_subject_module_pb2
from dicomproto.v1 import common_instance_reference_module_pb2 as _common_instance_reference_module_pb2
from dicomproto.v1 import ct_series_module_pb2 as _ct_series_module_pb2
from dicomproto.v1 import dataset_pb2 as _dataset_pb2
from dicomproto.v1 import device_module_pb2 as _device_module_pb2
from dicomproto.v1 import enhanced_contrast_bolus_module_pb2 as _enhanced_contrast_bolus_module_pb2
from dicomproto.v1 import enhanced_ct_image_module_pb2 as _enhanced_ct_image_module_pb2
from dicomproto.v1 import enhanced_ct_image_multi_frame_functional_groups_module_pb2 as _enhanced_ct_image_multi_frame_functional_groups_module_pb2
from dicomproto.v1 import enhanced_general_equipment_module_pb2 as _enhanced_general_equipment_module_pb2
from dicomproto.v1 import frame_extraction_module_pb2 as _frame_extraction_module_pb2
from dicomproto.v1 import frame_of_reference_module_pb2 as _frame_of_reference_module_pb2
from dicomproto.v1 import general_equipment_module_pb2 as _general_equipment_module_pb2
from dicomproto.v1 import general_series_module_pb2 as _general_series_module_pb2
from dicomproto.v1 import general_study_module_pb2 as _general_study_module_pb2
from dicomproto.v1 import icc_profile_module_pb2 as _icc_profile_module_pb2
from dicomproto.v1 import image_pixel_module_pb2 as _image_pixel_module_pb2
from dicomproto.v1 import multi_frame_dimension_module_pb2 as _multi_frame_dimension_module_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import patient_module_pb2 as _patient_module_pb2
from dicomproto.v1 import patient_study_module_pb2 as _patient_study_module_pb2
from dicomproto.v1 import respiratory_synchronization_module_pb2 as _respiratory_synchronization_module_pb2
from dicomproto.v1 import sop_common_module_pb2 as _sop_common_module_pb2
from dicomproto.v1 import specimen_module_pb2 as _specimen_module_pb2
from dicomproto.v1 import supplemental_palette_color_lookup_table_module_pb2 as _supplemental_palette_color_lookup_table_module_pb2
from dicomproto.v1 import synchronization_module_pb2 as _synchronization_module_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EnhancedCtImageIod(_message.Message):
    __slots__ = ("file_meta", "patient_module", "clinical_trial_subject_module", "general_study_module", "patient_study_module", "clinical_trial_study_module", "general_series_module", "ct_series_module", "clinical_trial_series_module", "frame_of_reference_module", "synchronization_module", "general_equipment_module", "enhanced_general_equipment_module", "image_pixel_module", "enhanced_contrast_bolus_module", "multi_frame_functional_groups_module", "multi_frame_dimension_module", "cardiac_synchronization_module", "respiratory_synchronization_module", "supplemental_palette_color_lookup_table_module", "acquisition_context_module", "device_module", "specimen_module", "enhanced_ct_image_module", "icc_profile_module", "sop_common_module", "common_instance_reference_module", "frame_extraction_module", "other_elements")
    FILE_META_FIELD_NUMBER: _ClassVar[int]
    PATIENT_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SUBJECT_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_STUDY_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_SERIES_MODULE_FIELD_NUMBER: _ClassVar[int]
    CT_SERIES_MODULE_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SERIES_MODULE_FIELD_NUMBER: _ClassVar[int]
    FRAME_OF_REFERENCE_MODULE_FIELD_NUMBER: _ClassVar[int]
    SYNCHRONIZATION_MODULE_FIELD_NUMBER: _ClassVar[int]
    GENERAL_EQUIPMENT_MODULE_FIELD_NUMBER: _ClassVar[int]
    ENHANCED_GENERAL_EQUIPMENT_MODULE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PIXEL_MODULE_FIELD_NUMBER: _ClassVar[int]
    ENHANCED_CONTRAST_BOLUS_MODULE_FIELD_NUMBER: _ClassVar[int]
    MULTI_FRAME_FUNCTIONAL_GROUPS_MODULE_FIELD_NUMBER: _ClassVar[int]
    MULTI_FRAME_DIMENSION_MODULE_FIELD_NUMBER: _ClassVar[int]
    CARDIAC_SYNCHRONIZATION_MODULE_FIELD_NUMBER: _ClassVar[int]
    RESPIRATORY_SYNCHRONIZATION_MODULE_FIELD_NUMBER: _ClassVar[int]
    SUPPLEMENTAL_PALETTE_COLOR_LOOKUP_TABLE_MODULE_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_CONTEXT_MODULE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_MODULE_FIELD_NUMBER: _ClassVar[int]
    SPECIMEN_MODULE_FIELD_NUMBER: _ClassVar[int]
    ENHANCED_CT_IMAGE_MODULE_FIELD_NUMBER: _ClassVar[int]
    ICC_PROFILE_MODULE_FIELD_NUMBER: _ClassVar[int]
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
    general_series_module: _general_series_module_pb2.GeneralSeriesModule
    ct_series_module: _ct_series_module_pb2.CtSeriesModule
    clinical_trial_series_module: _clinical_trial_series_module_pb2.ClinicalTrialSeriesModule
    frame_of_reference_module: _frame_of_reference_module_pb2.FrameOfReferenceModule
    synchronization_module: _synchronization_module_pb2.SynchronizationModule
    general_equipment_module: _general_equipment_module_pb2.GeneralEquipmentModule
    enhanced_general_equipment_module: _enhanced_general_equipment_module_pb2.EnhancedGeneralEquipmentModule
    image_pixel_module: _image_pixel_module_pb2.ImagePixelModule
    enhanced_contrast_bolus_module: _enhanced_contrast_bolus_module_pb2.EnhancedContrastBolusModule
    multi_frame_functional_groups_module: _enhanced_ct_image_multi_frame_functional_groups_module_pb2.EnhancedCtImageMultiFrameFunctionalGroupsModule
    multi_frame_dimension_module: _multi_frame_dimension_module_pb2.MultiFrameDimensionModule
    cardiac_synchronization_module: _cardiac_synchronization_module_pb2.CardiacSynchronizationModule
    respiratory_synchronization_module: _respiratory_synchronization_module_pb2.RespiratorySynchronizationModule
    supplemental_palette_color_lookup_table_module: _supplemental_palette_color_lookup_table_module_pb2.SupplementalPaletteColorLookupTableModule
    acquisition_context_module: _acquisition_context_module_pb2.AcquisitionContextModule
    device_module: _device_module_pb2.DeviceModule
    specimen_module: _specimen_module_pb2.SpecimenModule
    enhanced_ct_image_module: _enhanced_ct_image_module_pb2.EnhancedCtImageModule
    icc_profile_module: _icc_profile_module_pb2.IccProfileModule
    sop_common_module: _sop_common_module_pb2.SopCommonModule
    common_instance_reference_module: _common_instance_reference_module_pb2.CommonInstanceReferenceModule
    frame_extraction_module: _frame_extraction_module_pb2.FrameExtractionModule
    other_elements: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.Element]
    def __init__(self, file_meta: _Optional[_Union[_dataset_pb2.FileMeta, _Mapping]] = ..., patient_module: _Optional[_Union[_patient_module_pb2.PatientModule, _Mapping]] = ..., clinical_trial_subject_module: _Optional[_Union[_clinical_trial_subject_module_pb2.ClinicalTrialSubjectModule, _Mapping]] = ..., general_study_module: _Optional[_Union[_general_study_module_pb2.GeneralStudyModule, _Mapping]] = ..., patient_study_module: _Optional[_Union[_patient_study_module_pb2.PatientStudyModule, _Mapping]] = ..., clinical_trial_study_module: _Optional[_Union[_clinical_trial_study_module_pb2.ClinicalTrialStudyModule, _Mapping]] = ..., general_series_module: _Optional[_Union[_general_series_module_pb2.GeneralSeriesModule, _Mapping]] = ..., ct_series_module: _Optional[_Union[_ct_series_module_pb2.CtSeriesModule, _Mapping]] = ..., clinical_trial_series_module: _Optional[_Union[_clinical_trial_series_module_pb2.ClinicalTrialSeriesModule, _Mapping]] = ..., frame_of_reference_module: _Optional[_Union[_frame_of_reference_module_pb2.FrameOfReferenceModule, _Mapping]] = ..., synchronization_module: _Optional[_Union[_synchronization_module_pb2.SynchronizationModule, _Mapping]] = ..., general_equipment_module: _Optional[_Union[_general_equipment_module_pb2.GeneralEquipmentModule, _Mapping]] = ..., enhanced_general_equipment_module: _Optional[_Union[_enhanced_general_equipment_module_pb2.EnhancedGeneralEquipmentModule, _Mapping]] = ..., image_pixel_module: _Optional[_Union[_image_pixel_module_pb2.ImagePixelModule, _Mapping]] = ..., enhanced_contrast_bolus_module: _Optional[_Union[_enhanced_contrast_bolus_module_pb2.EnhancedContrastBolusModule, _Mapping]] = ..., multi_frame_functional_groups_module: _Optional[_Union[_enhanced_ct_image_multi_frame_functional_groups_module_pb2.EnhancedCtImageMultiFrameFunctionalGroupsModule, _Mapping]] = ..., multi_frame_dimension_module: _Optional[_Union[_multi_frame_dimension_module_pb2.MultiFrameDimensionModule, _Mapping]] = ..., cardiac_synchronization_module: _Optional[_Union[_cardiac_synchronization_module_pb2.CardiacSynchronizationModule, _Mapping]] = ..., respiratory_synchronization_module: _Optional[_Union[_respiratory_synchronization_module_pb2.RespiratorySynchronizationModule, _Mapping]] = ..., supplemental_palette_color_lookup_table_module: _Optional[_Union[_supplemental_palette_color_lookup_table_module_pb2.SupplementalPaletteColorLookupTableModule, _Mapping]] = ..., acquisition_context_module: _Optional[_Union[_acquisition_context_module_pb2.AcquisitionContextModule, _Mapping]] = ..., device_module: _Optional[_Union[_device_module_pb2.DeviceModule, _Mapping]] = ..., specimen_module: _Optional[_Union[_specimen_module_pb2.SpecimenModule, _Mapping]] = ..., enhanced_ct_image_module: _Optional[_Union[_enhanced_ct_image_module_pb2.EnhancedCtImageModule, _Mapping]] = ..., icc_profile_module: _Optional[_Union[_icc_profile_module_pb2.IccProfileModule, _Mapping]] = ..., sop_common_module: _Optional[_Union[_sop_common_module_pb2.SopCommonModule, _Mapping]] = ..., common_instance_reference_module: _Optional[_Union[_common_instance_reference_module_pb2.CommonInstanceReferenceModule, _Mapping]] = ..., frame_extraction_module: _Optional[_Union[_frame_extraction_module_pb2.FrameExtractionModule, _Mapping]] = ..., other_elements: _Optional[_Iterable[_Union[_dataset_pb2.Element, _Mapping]]] = ...) -> None: ...
