from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GeneralImageModule(_message.Message):
    __slots__ = ("instance_number", "patient_orientation", "content_date", "content_time", "image_type", "acquisition_number", "acquisition_date", "acquisition_time", "acquisition_datetime", "referenced_image_sequence", "derivation_description", "derivation_code_sequence", "source_image_sequence", "referenced_instance_sequence", "images_in_acquisition", "image_comments", "quality_control_image", "burned_in_annotation", "recognizable_visual_features", "lossy_image_compression", "lossy_image_compression_ratio", "lossy_image_compression_method", "icon_image_sequence", "presentation_lut_shape", "irradiation_event_uid", "real_world_value_mapping_sequence")
    INSTANCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PATIENT_ORIENTATION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_DATE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TIME_FIELD_NUMBER: _ClassVar[int]
    IMAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_DATE_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_TIME_FIELD_NUMBER: _ClassVar[int]
    ACQUISITION_DATETIME_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DERIVATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCED_INSTANCE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    IMAGES_IN_ACQUISITION_FIELD_NUMBER: _ClassVar[int]
    IMAGE_COMMENTS_FIELD_NUMBER: _ClassVar[int]
    QUALITY_CONTROL_IMAGE_FIELD_NUMBER: _ClassVar[int]
    BURNED_IN_ANNOTATION_FIELD_NUMBER: _ClassVar[int]
    RECOGNIZABLE_VISUAL_FEATURES_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_RATIO_FIELD_NUMBER: _ClassVar[int]
    LOSSY_IMAGE_COMPRESSION_METHOD_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PRESENTATION_LUT_SHAPE_FIELD_NUMBER: _ClassVar[int]
    IRRADIATION_EVENT_UID_FIELD_NUMBER: _ClassVar[int]
    REAL_WORLD_VALUE_MAPPING_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    instance_number: _attributes_pb2.InstanceNumber
    patient_orientation: _attributes_pb2.PatientOrientation
    content_date: _attributes_pb2.ContentDate
    content_time: _attributes_pb2.ContentTime
    image_type: _attributes_pb2.ImageType
    acquisition_number: _attributes_pb2.AcquisitionNumber
    acquisition_date: _attributes_pb2.AcquisitionDate
    acquisition_time: _attributes_pb2.AcquisitionTime
    acquisition_datetime: _attributes_pb2.AcquisitionDatetime
    referenced_image_sequence: _sequences_pb2.GeneralImageModuleReferencedImageSequenceItems
    derivation_description: _attributes_pb2.DerivationDescription
    derivation_code_sequence: _sequences_pb2.DerivationCodeSequenceItems
    source_image_sequence: _sequences_pb2.GeneralImageModuleSourceImageSequenceItems
    referenced_instance_sequence: _sequences_pb2.GeneralImageModuleReferencedInstanceSequenceItems
    images_in_acquisition: _attributes_pb2.ImagesInAcquisition
    image_comments: _attributes_pb2.ImageComments
    quality_control_image: _attributes_pb2.QualityControlImage
    burned_in_annotation: _attributes_pb2.BurnedInAnnotation
    recognizable_visual_features: _attributes_pb2.RecognizableVisualFeatures
    lossy_image_compression: _attributes_pb2.LossyImageCompression
    lossy_image_compression_ratio: _attributes_pb2.LossyImageCompressionRatio
    lossy_image_compression_method: _attributes_pb2.LossyImageCompressionMethod
    icon_image_sequence: _sequences_pb2.IconImageSequenceItems
    presentation_lut_shape: _attributes_pb2.PresentationLutShape
    irradiation_event_uid: _attributes_pb2.IrradiationEventUid
    real_world_value_mapping_sequence: _sequences_pb2.RealWorldValueMappingSequenceItems
    def __init__(self, instance_number: _Optional[_Union[_attributes_pb2.InstanceNumber, _Mapping]] = ..., patient_orientation: _Optional[_Union[_attributes_pb2.PatientOrientation, _Mapping]] = ..., content_date: _Optional[_Union[_attributes_pb2.ContentDate, _Mapping]] = ..., content_time: _Optional[_Union[_attributes_pb2.ContentTime, _Mapping]] = ..., image_type: _Optional[_Union[_attributes_pb2.ImageType, _Mapping]] = ..., acquisition_number: _Optional[_Union[_attributes_pb2.AcquisitionNumber, _Mapping]] = ..., acquisition_date: _Optional[_Union[_attributes_pb2.AcquisitionDate, _Mapping]] = ..., acquisition_time: _Optional[_Union[_attributes_pb2.AcquisitionTime, _Mapping]] = ..., acquisition_datetime: _Optional[_Union[_attributes_pb2.AcquisitionDatetime, _Mapping]] = ..., referenced_image_sequence: _Optional[_Union[_sequences_pb2.GeneralImageModuleReferencedImageSequenceItems, _Mapping]] = ..., derivation_description: _Optional[_Union[_attributes_pb2.DerivationDescription, _Mapping]] = ..., derivation_code_sequence: _Optional[_Union[_sequences_pb2.DerivationCodeSequenceItems, _Mapping]] = ..., source_image_sequence: _Optional[_Union[_sequences_pb2.GeneralImageModuleSourceImageSequenceItems, _Mapping]] = ..., referenced_instance_sequence: _Optional[_Union[_sequences_pb2.GeneralImageModuleReferencedInstanceSequenceItems, _Mapping]] = ..., images_in_acquisition: _Optional[_Union[_attributes_pb2.ImagesInAcquisition, _Mapping]] = ..., image_comments: _Optional[_Union[_attributes_pb2.ImageComments, _Mapping]] = ..., quality_control_image: _Optional[_Union[_attributes_pb2.QualityControlImage, _Mapping]] = ..., burned_in_annotation: _Optional[_Union[_attributes_pb2.BurnedInAnnotation, _Mapping]] = ..., recognizable_visual_features: _Optional[_Union[_attributes_pb2.RecognizableVisualFeatures, _Mapping]] = ..., lossy_image_compression: _Optional[_Union[_attributes_pb2.LossyImageCompression, _Mapping]] = ..., lossy_image_compression_ratio: _Optional[_Union[_attributes_pb2.LossyImageCompressionRatio, _Mapping]] = ..., lossy_image_compression_method: _Optional[_Union[_attributes_pb2.LossyImageCompressionMethod, _Mapping]] = ..., icon_image_sequence: _Optional[_Union[_sequences_pb2.IconImageSequenceItems, _Mapping]] = ..., presentation_lut_shape: _Optional[_Union[_attributes_pb2.PresentationLutShape, _Mapping]] = ..., irradiation_event_uid: _Optional[_Union[_attributes_pb2.IrradiationEventUid, _Mapping]] = ..., real_world_value_mapping_sequence: _Optional[_Union[_sequences_pb2.RealWorldValueMappingSequenceItems, _Mapping]] = ...) -> None: ...
