from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ClinicalTrialSubjectModule(_message.Message):
    __slots__ = ("clinical_trial_sponsor_name", "clinical_trial_protocol_id", "clinical_trial_protocol_name", "clinical_trial_site_id", "clinical_trial_site_name", "clinical_trial_subject_id", "clinical_trial_subject_reading_id", "clinical_trial_protocol_ethics_committee_name", "clinical_trial_protocol_ethics_committee_approval_number")
    CLINICAL_TRIAL_SPONSOR_NAME_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_PROTOCOL_ID_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_PROTOCOL_NAME_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SITE_ID_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SITE_NAME_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SUBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_SUBJECT_READING_ID_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_PROTOCOL_ETHICS_COMMITTEE_NAME_FIELD_NUMBER: _ClassVar[int]
    CLINICAL_TRIAL_PROTOCOL_ETHICS_COMMITTEE_APPROVAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    clinical_trial_sponsor_name: _attributes_pb2.ClinicalTrialSponsorName
    clinical_trial_protocol_id: _attributes_pb2.ClinicalTrialProtocolId
    clinical_trial_protocol_name: _attributes_pb2.ClinicalTrialProtocolName
    clinical_trial_site_id: _attributes_pb2.ClinicalTrialSiteId
    clinical_trial_site_name: _attributes_pb2.ClinicalTrialSiteName
    clinical_trial_subject_id: _attributes_pb2.ClinicalTrialSubjectId
    clinical_trial_subject_reading_id: _attributes_pb2.ClinicalTrialSubjectReadingId
    clinical_trial_protocol_ethics_committee_name: _attributes_pb2.ClinicalTrialProtocolEthicsCommitteeName
    clinical_trial_protocol_ethics_committee_approval_number: _attributes_pb2.ClinicalTrialProtocolEthicsCommitteeApprovalNumber
    def __init__(self, clinical_trial_sponsor_name: _Optional[_Union[_attributes_pb2.ClinicalTrialSponsorName, _Mapping]] = ..., clinical_trial_protocol_id: _Optional[_Union[_attributes_pb2.ClinicalTrialProtocolId, _Mapping]] = ..., clinical_trial_protocol_name: _Optional[_Union[_attributes_pb2.ClinicalTrialProtocolName, _Mapping]] = ..., clinical_trial_site_id: _Optional[_Union[_attributes_pb2.ClinicalTrialSiteId, _Mapping]] = ..., clinical_trial_site_name: _Optional[_Union[_attributes_pb2.ClinicalTrialSiteName, _Mapping]] = ..., clinical_trial_subject_id: _Optional[_Union[_attributes_pb2.ClinicalTrialSubjectId, _Mapping]] = ..., clinical_trial_subject_reading_id: _Optional[_Union[_attributes_pb2.ClinicalTrialSubjectReadingId, _Mapping]] = ..., clinical_trial_protocol_ethics_committee_name: _Optional[_Union[_attributes_pb2.ClinicalTrialProtocolEthicsCommitteeName, _Mapping]] = ..., clinical_trial_protocol_ethics_committee_approval_number: _Optional[_Union[_attributes_pb2.ClinicalTrialProtocolEthicsCommitteeApprovalNumber, _Mapping]] = ...) -> None: ...
