from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EnhancedXaXrfImageModule(_message.Message):
    __slots__ = ("image_type", "planes_in_acquisition", "plane_identification", "acquisition_number", "acquisition_datetime", "bits_allocated", "bits_stored", "high_bit", "samples_per_pixel", "pixel_representation", "photometric_interpretation", "acquisition_protocol_name", "acquisition_protocol_description", "scan_options", "content_qualification", "patient_orientation_code_sequence", "patient_gantry_relationship_code_sequence", "examined_body_thickness", "burned_in_annotation", "recognizable_visual_features", "lossy_image_compression", "lossy_image_compression_ratio", "lossy_image_compression_method", "referenced_other_plane_sequence", "referenced_image_evidence_sequence", "source_image_evidence_sequence", "referenced_instance_sequence", "image_comments", "quality_control_image", "icon_image_sequence", "presentation_lut_shape")
    IMAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PLANES_IN_ACQUISITION_FIELD_NUMBER: _ClassVar[int]
    PLANE_IDENTIFICATION_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    BITS_ALLOCATED_FIELD_NUMBER: _ClassVar[int]
    BITS_STORED_FIELD_NUMBER: _ClassVar[int]
    HIGH_BIT_FIELD_NUMBER: _ClassVar[int]
    SAMPLES_PER_PIXEL_FIELD_NUMBER: _ClassVar[int]
    PIXEL_REPRESENTATION_FIELD_NUMBER: _ClassVar[int]
    PHOTOMETRIC_INTERPRETATION_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_PROTOCOL_NAME_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_PROTOCOL_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SCAN_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_QUALIFICATION_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ORIENTATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PATIENT_GANTRY_RELATIONSHIP_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    EXAMINED_BODY_THICKNESS_FIELD_NUMBER: _ClassVar[int]
    BURNED_IN_ANNOTATION_FIELD_NUMBER: _ClassVar[int]
    RECOGNIZABLE_VISUAL_FEATURES_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_RATIO_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_METHOD_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_OTHER_PLANE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_IMAGE_EVIDENCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_IMAGE_EVIDENCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_INSTANCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_COMMENTS_FIELD_NUMBER: _ClassVar[int]
    QUALITY_CONTROL_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PRESENTATION_LUT_SHAPE_FIELD_NUMBER: _ClassVar[int]
    image_type: _attributes_pb2.ImageType
    planes_in_acquisition: _attributes_pb2.PlanesInAcquisition
    plane_identification: _attributes_pb2.PlaneIdentification
    acquisition_number: _attributes_pb2.AcquisitionNumber
    acquisition_datetime: _attributes_pb2.AcquisitionDatetime
    bits_allocated: _attributes_pb2.BitsAllocated
    bits_stored: _attributes_pb2.BitsStored
    high_bit: _attributes_pb2.HighBit
    samples_per_pixel: _attributes_pb2.SamplesPerPixel
    pixel_representation: _attributes_pb2.PixelRepresentation
    photometric_interpretation: _attributes_pb2.PhotometricInterpretation
    acquisition_protocol_name: _attributes_pb2.AcquisitionProtocolName
    acquisition_protocol_description: _attributes_pb2.AcquisitionProtocolDescription
    scan_options: _attributes_pb2.ScanOptions
    content_qualification: _attributes_pb2.ContentQualification
    patient_orientation_code_sequence: _sequences_pb2.PatientOrientationCodeSequenceItems
    patient_gantry_relationship_code_sequence: _sequences_pb2.PatientGantryRelationshipCodeSequenceItems
    examined_body_thickness: _attributes_pb2.ExaminedBodyThickness
    burned_in_annotation: _attributes_pb2.BurnedInAnnotation
    recognizable_visual_features: _attributes_pb2.RecognizableVisualFeatures
    lossy_image_compression: _attributes_pb2.LossyImageCompression
    lossy_image_compression_ratio: _attributes_pb2.LossyImageCompressionRatio
    lossy_image_compression_method: _attributes_pb2.LossyImageCompressionMethod
    referenced_other_plane_sequence: _sequences_pb2.ReferencedOtherPlaneSequenceItems
    referenced_image_evidence_sequence: _sequences_pb2.ReferencedImageEvidenceSequenceItems
    source_image_evidence_sequence: _sequences_pb2.SourceImageEvidenceSequenceItems
    referenced_instance_sequence: _sequences_pb2.GeneralImageModuleReferencedInstanceSequenceItems
    image_comments: _attributes_pb2.ImageComments
    quality_control_image: _attributes_pb2.QualityControlImage
    icon_image_sequence: _sequences_pb2.IconImageSequenceItems
    presentation_lut_shape: _attributes_pb2.PresentationLutShape
    def __init__(self, image_type: _Optional[_Union[_attributes_pb2.ImageType, _Mapping]] = ..., planes_in_acquisition: _Optional[_Union[_attributes_pb2.PlanesInAcquisition, _Mapping]] = ..., plane_identification: _Optional[_Union[_attributes_pb2.PlaneIdentification, _Mapping]] = ..., acquisition_number: _Optional[_Union[_attributes_pb2.AcquisitionNumber, _Mapping]] = ..., acquisition_datetime: _Optional[_Union[_attributes_pb2.AcquisitionDatetime, _Mapping]] = ..., bits_allocated: _Optional[_Union[_attributes_pb2.BitsAllocated, _Mapping]] = ..., bits_stored: _Optional[_Union[_attributes_pb2.BitsStored, _Mapping]] = ..., high_bit: _Optional[_Union[_attributes_pb2.HighBit, _Mapping]] = ..., samples_per_pixel: _Optional[_Union[_attributes_pb2.SamplesPerPixel, _Mapping]] = ..., pixel_representation: _Optional[_Union[_attributes_pb2.PixelRepresentation, _Mapping]] = ..., photometric_interpretation: _Optional[_Union[_attributes_pb2.PhotometricInterpretation, _Mapping]] = ..., acquisition_protocol_name: _Optional[_Union[_attributes_pb2.AcquisitionProtocolName, _Mapping]] = ..., acquisition_protocol_description: _Optional[_Union[_attributes_pb2.AcquisitionProtocolDescription, _Mapping]] = ..., scan_options: _Optional[_Union[_attributes_pb2.ScanOptions, _Mapping]] = ..., content_qualification: _Optional[_Union[_attributes_pb2.ContentQualification, _Mapping]] = ..., patient_orientation_code_sequence: _Optional[_Union[_sequences_pb2.PatientOrientationCodeSequenceItems, _Mapping]] = ..., patient_gantry_relationship_code_sequence: _Optional[_Union[_sequences_pb2.PatientGantryRelationshipCodeSequenceItems, _Mapping]] = ..., examined_body_thickness: _Optional[_Union[_attributes_pb2.ExaminedBodyThickness, _Mapping]] = ..., burned_in_annotation: _Optional[_Union[_attributes_pb2.BurnedInAnnotation, _Mapping]] = ..., recognizable_visual_features: _Optional[_Union[_attributes_pb2.RecognizableVisualFeatures, _Mapping]] = ..., lossy_image_compression: _Optional[_Union[_attributes_pb2.LossyImageCompression, _Mapping]] = ..., lossy_image_compression_ratio: _Optional[_Union[_attributes_pb2.LossyImageCompressionRatio, _Mapping]] = ..., lossy_image_compression_method: _Optional[_Union[_attributes_pb2.LossyImageCompressionMethod, _Mapping]] = ..., referenced_other_plane_sequence: _Optional[_Union[_sequences_pb2.ReferencedOtherPlaneSequenceItems, _Mapping]] = ..., referenced_image_evidence_sequence: _Optional[_Union[_sequences_pb2.ReferencedImageEvidenceSequenceItems, _Mapping]] = ..., source_image_evidence_sequence: _Optional[_Union[_sequences_pb2.SourceImageEvidenceSequenceItems, _Mapping]] = ..., referenced_instance_sequence: _Optional[_Union[_sequences_pb2.GeneralImageModuleReferencedInstanceSequenceItems, _Mapping]] = ..., image_comments: _Optional[_Union[_attributes_pb2.ImageComments, _Mapping]] = ..., quality_control_image: _Optional[_Union[_attributes_pb2.QualityControlImage, _Mapping]] = ..., icon_image_sequence: _Optional[_Union[_sequences_pb2.IconImageSequenceItems, _Mapping]] = ..., presentation_lut_shape: _Optional[_Union[_attributes_pb2.PresentationLutShape, _Mapping]] = ...) -> None: ...
