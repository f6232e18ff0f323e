from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PersonIdentificationMacro(_message.Message):
    __slots__ = ("person_identification_code_sequence", "person_address", "person_telephone_numbers", "person_telecom_information", "institution_name", "institution_address", "institution_code_sequence")
    PERSON_IDENTIFICATION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PERSON_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELEPHONE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    PERSON_TELECOM_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INSTITUTION_CODE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    person_identification_code_sequence: _sequences_pb2.PersonIdentificationCodeSequenceItems
    person_address: _attributes_pb2.PersonAddress
    person_telephone_numbers: _attributes_pb2.PersonTelephoneNumbers
    person_telecom_information: _attributes_pb2.PersonTelecomInformation
    institution_name: _attributes_pb2.InstitutionName
    institution_address: _attributes_pb2.InstitutionAddress
    institution_code_sequence: _sequences_pb2.InstitutionCodeSequenceItems
    def __init__(self, person_identification_code_sequence: _Optional[_Union[_sequences_pb2.PersonIdentificationCodeSequenceItems, _Mapping]] = ..., person_address: _Optional[_Union[_attributes_pb2.PersonAddress, _Mapping]] = ..., person_telephone_numbers: _Optional[_Union[_attributes_pb2.PersonTelephoneNumbers, _Mapping]] = ..., person_telecom_information: _Optional[_Union[_attributes_pb2.PersonTelecomInformation, _Mapping]] = ..., institution_name: _Optional[_Union[_attributes_pb2.InstitutionName, _Mapping]] = ..., institution_address: _Optional[_Union[_attributes_pb2.InstitutionAddress, _Mapping]] = ..., institution_code_sequence: _Optional[_Union[_sequences_pb2.InstitutionCodeSequenceItems, _Mapping]] = ...) -> None: ...
