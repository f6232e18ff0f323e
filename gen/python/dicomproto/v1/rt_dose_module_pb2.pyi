from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RtDoseModule(_message.Message):
    __slots__ = ("samples_per_pixel", "photometric_interpretation", "bits_allocated", "bits_stored", "high_bit", "pixel_representation", "dose_units", "dose_type", "spatial_transform_of_dose", "referenced_spatial_registration_sequence", "instance_number", "dose_comment", "normalization_point", "dose_summation_type", "referenced_rt_plan_sequence", "referenced_treatment_record_sequence", "grid_frame_offset_vector", "dose_grid_scaling", "tissue_heterogeneity_correction", "derivation_code_sequence", "referenced_instance_sequence")
    SAMPLES_PER_PIXEL_FIELD_NUMBER: _ClassVar[int]
    PHOTOMETRIC_INTERPRETATION_FIELD_NUMBER: _ClassVar[int]
    BITS_ALLOCATED_FIELD_NUMBER: _ClassVar[int]
    BITS_STORED_FIELD_NUMBER: _ClassVar[int]
    HIGH_BIT_FIELD_NUMBER: _ClassVar[int]
    PIXEL_REPRESENTATION_FIELD_NUMBER: _ClassVar[int]
    DOSE_UNITS_FIELD_NUMBER: _ClassVar[int]
    DOSE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SPATIAL_TRANSFORM_OF_DOSE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_SPATIAL_REGISTRATION_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DOSE_COMMENT_FIELD_NUMBER: _ClassVar[int]
    NORMALIZATION_POINT_FIELD_NUMBER: _ClassVar[int]
    DOSE_SUMMATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_RT_PLAN_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_TREATMENT_RECORD_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    GRID_FRAME_OFFSET_VECTOR_FIELD_NUMBER: _ClassVar[int]
    DOSE_GRID_SCALING_FIELD_NUMBER: _ClassVar[int]
    TISSUE_HETEROGENEITY_CORRECTION_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_INSTANCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    samples_per_pixel: _attributes_pb2.SamplesPerPixel
    photometric_interpretation: _attributes_pb2.PhotometricInterpretation
    bits_allocated: _attributes_pb2.BitsAllocated
    bits_stored: _attributes_pb2.BitsStored
    high_bit: _attributes_pb2.HighBit
    pixel_representation: _attributes_pb2.PixelRepresentation
    dose_units: _attributes_pb2.DoseUnits
    dose_type: _attributes_pb2.DoseType
    spatial_transform_of_dose: _attributes_pb2.SpatialTransformOfDose
    referenced_spatial_registration_sequence: _sequences_pb2.ReferencedSpatialRegistrationSequenceItems
    instance_number: _attributes_pb2.InstanceNumber
    dose_comment: _attributes_pb2.DoseComment
    normalization_point: _attributes_pb2.NormalizationPoint
    dose_summation_type: _attributes_pb2.DoseSummationType
    referenced_rt_plan_sequence: _sequences_pb2.ReferencedRtPlanSequenceItems
    referenced_treatment_record_sequence: _sequences_pb2.ReferencedTreatmentRecordSequenceItems
    grid_frame_offset_vector: _attributes_pb2.GridFrameOffsetVector
    dose_grid_scaling: _attributes_pb2.DoseGridScaling
    tissue_heterogeneity_correction: _attributes_pb2.TissueHeterogeneityCorrection
    derivation_code_sequence: _sequences_pb2.DerivationCodeSequenceItems
    referenced_instance_sequence: _sequences_pb2.GeneralImageModuleReferencedInstanceSequenceItems
    def __init__(self, samples_per_pixel: _Optional[_Union[_attributes_pb2.SamplesPerPixel, _Mapping]] = ..., photometric_interpretation: _Optional[_Union[_attributes_pb2.PhotometricInterpretation, _Mapping]] = ..., bits_allocated: _Optional[_Union[_attributes_pb2.BitsAllocated, _Mapping]] = ..., bits_stored: _Optional[_Union[_attributes_pb2.BitsStored, _Mapping]] = ..., high_bit: _Optional[_Union[_attributes_pb2.HighBit, _Mapping]] = ..., pixel_representation: _Optional[_Union[_attributes_pb2.PixelRepresentation, _Mapping]] = ..., dose_units: _Optional[_Union[_attributes_pb2.DoseUnits, _Mapping]] = ..., dose_type: _Optional[_Union[_attributes_pb2.DoseType, _Mapping]] = ..., spatial_transform_of_dose: _Optional[_Union[_attributes_pb2.SpatialTransformOfDose, _Mapping]] = ..., referenced_spatial_registration_sequence: _Optional[_Union[_sequences_pb2.ReferencedSpatialRegistrationSequenceItems, _Mapping]] = ..., instance_number: _Optional[_Union[_attributes_pb2.InstanceNumber, _Mapping]] = ..., dose_comment: _Optional[_Union[_attributes_pb2.DoseComment, _Mapping]] = ..., normalization_point: _Optional[_Union[_attributes_pb2.NormalizationPoint, _Mapping]] = ..., dose_summation_type: _Optional[_Union[_attributes_pb2.DoseSummationType, _Mapping]] = ..., referenced_rt_plan_sequence: _Optional[_Union[_sequences_pb2.ReferencedRtPlanSequenceItems, _Mapping]] = ..., referenced_treatment_record_sequence: _Optional[_Union[_sequences_pb2.ReferencedTreatmentRecordSequenceItems, _Mapping]] = ..., grid_frame_offset_vector: _Optional[_Union[_attributes_pb2.GridFrameOffsetVector, _Mapping]] = ..., dose_grid_scaling: _Optional[_Union[_attributes_pb2.DoseGridScaling, _Mapping]] = ..., tissue_heterogeneity_correction: _Optional[_Union[_attributes_pb2.TissueHeterogeneityCorrection, _Mapping]] = ..., derivation_code_sequence: _Optional[_Union[_sequences_pb2.DerivationCodeSequenceItems, _Mapping]] = ..., referenced_instance_sequence: _Optional[_Union[_sequences_pb2.GeneralImageModuleReferencedInstanceSequenceItems, _Mapping]] = ...) -> None: ...
