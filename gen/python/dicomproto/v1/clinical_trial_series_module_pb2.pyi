from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ClinicalTrialSeriesModule(_message.Message):
    __slots__ = ("clinical_trial_coordinating_center_name", "clinical_trial_series_id", "clinical_trial_series_description")
    CLINICAL_TRIAL_COORDINATING_CENTER_NAME_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SERIES_ID_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SERIES_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    clinical_trial_coordinating_center_name: _attributes_pb2.ClinicalTrialCoordinatingCenterName
    clinical_trial_series_id: _attributes_pb2.ClinicalTrialSeriesId
    clinical_trial_series_description: _attributes_pb2.ClinicalTrialSeriesDescription
    def __init__(self, clinical_trial_coordinating_center_name: _Optional[_Union[_attributes_pb2.ClinicalTrialCoordinatingCenterName, _Mapping]] = ..., clinical_trial_series_id: _Optional[_Union[_attributes_pb2.ClinicalTrialSeriesId, _Mapping]] = ..., clinical_trial_series_description: _Optional[_Union[_attributes_pb2.ClinicalTrialSeriesDescription, _Mapping]] = ...) -> None: ...
