from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ClinicalTrialStudyModule(_message.Message):
    __slots__ = ("clinical_trial_time_point_id", "clinical_trial_time_point_description", "consent_for_clinical_trial_use_sequence")
    CLINICAL_TRIAL_TIME_POINT_ID_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_TIME_POINT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FOR_CLINICAL_TRIAL_USE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    clinical_trial_time_point_id: _attributes_pb2.ClinicalTrialTimePointId
    clinical_trial_time_point_description: _attributes_pb2.ClinicalTrialTimePointDescription
    consent_for_clinical_trial_use_sequence: _sequences_pb2.ConsentForClinicalTrialUseSequenceItems
    def __init__(self, clinical_trial_time_point_id: _Optional[_Union[_attributes_pb2.ClinicalTrialTimePointId, _Mapping]] = ..., clinical_trial_time_point_description: _Optional[_Union[_attributes_pb2.ClinicalTrialTimePointDescription, _Mapping]] = ..., consent_for_clinical_trial_use_sequence: _Optional[_Union[_sequences_pb2.ConsentForClinicalTrialUseSequenceItems, _Mapping]] = ...) -> None: ...
