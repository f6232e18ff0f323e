from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BasicCodeSequenceMacro(_message.Message):
    __slots__ = ("code_value", "coding_scheme_designator", "coding_scheme_version", "code_meaning", "long_code_value", "urn_code_value")
    CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_DESIGNATOR_FIELD_NUMBER: _ClassVar[int]
    CODING_SCHEME_VERSION_FIELD_NUMBER: _ClassVar[int]
    CODE_MEANING_FIELD_NUMBER: _ClassVar[int]
    LONG_CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    URN_CODE_VALUE_FIELD_NUMBER: _ClassVar[int]
    code_value: _attributes_pb2.CodeValue
    coding_scheme_designator: _attributes_pb2.CodingSchemeDesignator
    coding_scheme_version: _attributes_pb2.CodingSchemeVersion
    code_meaning: _attributes_pb2.CodeMeaning
    long_code_value: _attributes_pb2.LongCodeValue
    urn_code_value: _attributes_pb2.UrnCodeValue
    def __init__(self, code_value: _Optional[_Union[_attributes_pb2.CodeValue, _Mapping]] = ..., coding_scheme_designator: _Optional[_Union[_attributes_pb2.CodingSchemeDesignator, _Mapping]] = ..., coding_scheme_version: _Optional[_Union[_attributes_pb2.CodingSchemeVersion, _Mapping]] = ..., code_meaning: _Optional[_Union[_attributes_pb2.CodeMeaning, _Mapping]] = ..., long_code_value: _Optional[_Union[_attributes_pb2.LongCodeValue, _Mapping]] = ..., urn_code_value: _Optional[_Union[_attributes_pb2.UrnCodeValue, _Mapping]] = ...) -> None: ...
