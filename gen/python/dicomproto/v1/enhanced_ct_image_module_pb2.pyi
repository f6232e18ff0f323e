from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EnhancedCtImageModule(_message.Message):
    __slots__ = ("image_type", "pixel_presentation", "volumetric_properties", "volume_based_calculation_technique", "acquisition_number", "acquisition_datetime", "acquisition_duration", "referenced_raw_data_sequence", "referenced_waveform_sequence", "referenced_image_evidence_sequence", "source_image_evidence_sequence", "referenced_presentation_state_sequence", "samples_per_pixel", "photometric_interpretation", "bits_allocated", "bits_stored", "high_bit", "content_qualification", "image_comments", "burned_in_annotation", "recognizable_visual_features", "lossy_image_compression", "lossy_image_compression_ratio", "lossy_image_compression_method", "presentation_lut_shape", "icon_image_sequence", "view_code_sequence", "slice_progression_direction", "isocenter_position", "patient_support_angle", "table_top_pitch_angle", "table_top_roll_angle", "table_top_longitudinal_position", "table_top_lateral_position")
    IMAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PIXEL_PRESENTATION_FIELD_NUMBER: _ClassVar[int]
    VOLUMETRIC_PROPERTIES_FIELD_NUMBER: _ClassVar[int]
    VOLUME_BASED_CALCULATION_TECHNIQUE_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_DURATION_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_RAW_DATA_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_WAVEFORM_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_IMAGE_EVIDENCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_IMAGE_EVIDENCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_PRESENTATION_STATE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SAMPLES_PER_PIXEL_FIELD_NUMBER: _ClassVar[int]
    PHOTOMETRIC_INTERPRETATION_FIELD_NUMBER: _ClassVar[int]
    BITS_ALLOCATED_FIELD_NUMBER: _ClassVar[int]
    BITS_STORED_FIELD_NUMBER: _ClassVar[int]
    HIGH_BIT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_QUALIFICATION_FIELD_NUMBER: _ClassVar[int]
    IMAGE_COMMENTS_FIELD_NUMBER: _ClassVar[int]
    BURNED_IN_ANNOTATION_FIELD_NUMBER: _ClassVar[int]
    RECOGNIZABLE_VISUAL_FEATURES_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_RATIO_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_METHOD_FIELD_NUMBER: _ClassVar[int]
    PRESENTATION_LUT_SHAPE_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    VIEW_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SLICE_PROGRESSION_DIRECTION_FIELD_NUMBER: _ClassVar[int]
    ISOCENTER_POSITION_FIELD_NUMBER: _ClassVar[int]
    PATIENT_SUPPORT_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_PITCH_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_ROLL_ANGLE_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_LONGITUDINAL_POSITION_FIELD_NUMBER: _ClassVar[int]
    TABLE_TOP_LATERAL_POSITION_FIELD_NUMBER: _ClassVar[int]
    image_type: _attributes_pb2.ImageType
    pixel_presentation: _attributes_pb2.PixelPresentation
    volumetric_properties: _attributes_pb2.VolumetricProperties
    volume_based_calculation_technique: _attributes_pb2.VolumeBasedCalculationTechnique
    acquisition_number: _attributes_pb2.AcquisitionNumber
    acquisition_datetime: _attributes_pb2.AcquisitionDatetime
    acquisition_duration: _attributes_pb2.AcquisitionDuration
    referenced_raw_data_sequence: _sequences_pb2.ReferencedRawDataSequenceItems
    referenced_waveform_sequence: _sequences_pb2.ReferencedWaveformSequenceItems
    referenced_image_evidence_sequence: _sequences_pb2.ReferencedImageEvidenceSequenceItems
    source_image_evidence_sequence: _sequences_pb2.SourceImageEvidenceSequenceItems
    referenced_presentation_state_sequence: _sequences_pb2.ReferencedPresentationStateSequenceItems
    samples_per_pixel: _attributes_pb2.SamplesPerPixel
    photometric_interpretation: _attributes_pb2.PhotometricInterpretation
    bits_allocated: _attributes_pb2.BitsAllocated
    bits_stored: _attributes_pb2.BitsStored
    high_bit: _attributes_pb2.HighBit
    content_qualification: _attributes_pb2.ContentQualification
    image_comments: _attributes_pb2.ImageComments
    burned_in_annotation: _attributes_pb2.BurnedInAnnotation
    recognizable_visual_features: _attributes_pb2.RecognizableVisualFeatures
    lossy_image_compression: _attributes_pb2.LossyImageCompression
    lossy_image_compression_ratio: _attributes_pb2.LossyImageCompressionRatio
    lossy_image_compression_method: _attributes_pb2.LossyImageCompressionMethod
    presentation_lut_shape: _attributes_pb2.PresentationLutShape
    icon_image_sequence: _sequences_pb2.IconImageSequenceItems
    view_code_sequence: _sequences_pb2.ViewCodeSequenceItems
    slice_progression_direction: _attributes_pb2.SliceProgressionDirection
    isocenter_position: _attributes_pb2.IsocenterPosition
    patient_support_angle: _attributes_pb2.PatientSupportAngle
    table_top_pitch_angle: _attributes_pb2.TableTopPitchAngle
    table_top_roll_angle: _attributes_pb2.TableTopRollAngle
    table_top_longitudinal_position: _attributes_pb2.TableTopLongitudinalPosition
    table_top_lateral_position: _attributes_pb2.TableTopLateralPosition
    def __init__(self, image_type: _Optional[_Union[_attributes_pb2.ImageType, _Mapping]] = ..., pixel_presentation: _Optional[_Union[_attributes_pb2.PixelPresentation, _Mapping]] = ..., volumetric_properties: _Optional[_Union[_attributes_pb2.VolumetricProperties, _Mapping]] = ..., volume_based_calculation_technique: _Optional[_Union[_attributes_pb2.VolumeBasedCalculationTechnique, _Mapping]] = ..., acquisition_number: _Optional[_Union[_attributes_pb2.AcquisitionNumber, _Mapping]] = ..., acquisition_datetime: _Optional[_Union[_attributes_pb2.AcquisitionDatetime, _Mapping]] = ..., acquisition_duration: _Optional[_Union[_attributes_pb2.AcquisitionDuration, _Mapping]] = ..., referenced_raw_data_sequence: _Optional[_Union[_sequences_pb2.ReferencedRawDataSequenceItems, _Mapping]] = ..., referenced_waveform_sequence: _Optional[_Union[_sequences_pb2.ReferencedWaveformSequenceItems, _Mapping]] = ..., referenced_image_evidence_sequence: _Optional[_Union[_sequences_pb2.ReferencedImageEvidenceSequenceItems, _Mapping]] = ..., source_image_evidence_sequence: _Optional[_Union[_sequences_pb2.SourceImageEvidenceSequenceItems, _Mapping]] = ..., referenced_presentation_state_sequence: _Optional[_Union[_sequences_pb2.ReferencedPresentationStateSequenceItems, _Mapping]] = ..., samples_per_pixel: _Optional[_Union[_attributes_pb2.SamplesPerPixel, _Mapping]] = ..., photometric_interpretation: _Optional[_Union[_attributes_pb2.PhotometricInterpretation, _Mapping]] = ..., bits_allocated: _Optional[_Union[_attributes_pb2.BitsAllocated, _Mapping]] = ..., bits_stored: _Optional[_Union[_attributes_pb2.BitsStored, _Mapping]] = ..., high_bit: _Optional[_Union[_attributes_pb2.HighBit, _Mapping]] = ..., content_qualification: _Optional[_Union[_attributes_pb2.ContentQualification, _Mapping]] = ..., image_comments: _Optional[_Union[_attributes_pb2.ImageComments, _Mapping]] = ..., burned_in_annotation: _Optional[_Union[_attributes_pb2.BurnedInAnnotation, _Mapping]] = ..., recognizable_visual_features: _Optional[_Union[_attributes_pb2.RecognizableVisualFeatures, _Mapping]] = ..., lossy_image_compression: _Optional[_Union[_attributes_pb2.LossyImageCompression, _Mapping]] = ..., lossy_image_compression_ratio: _Optional[_Union[_attributes_pb2.LossyImageCompressionRatio, _Mapping]] = ..., lossy_image_compression_method: _Optional[_Union[_attributes_pb2.LossyImageCompressionMethod, _Mapping]] = ..., presentation_lut_shape: _Optional[_Union[_attributes_pb2.PresentationLutShape, _Mapping]] = ..., icon_image_sequence: _Optional[_Union[_sequences_pb2.IconImageSequenceItems, _Mapping]] = ..., view_code_sequence: _Optional[_Union[_sequences_pb2.ViewCodeSequenceItems, _Mapping]] = ..., slice_progression_direction: _Optional[_Union[_attributes_pb2.SliceProgressionDirection, _Mapping]] = ..., isocenter_position: _Optional[_Union[_attributes_pb2.IsocenterPosition, _Mapping]] = ..., patient_support_angle: _Optional[_Union[_attributes_pb2.PatientSupportAngle, _Mapping]] = ..., table_top_pitch_angle: _Optional[_Union[_attributes_pb2.TableTopPitchAngle, _Mapping]] = ..., table_top_roll_angle: _Optional[_Union[_attributes_pb2.TableTopRollAngle, _Mapping]] = ..., table_top_longitudinal_position: _Optional[_Union[_attributes_pb2.TableTopLongitudinalPosition, _Mapping]] = ..., table_top_lateral_position: _Optional[_Union[_attributes_pb2.TableTopLateralPosition, _Mapping]] = ...) -> None: ...
