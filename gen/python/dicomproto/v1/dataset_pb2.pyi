from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Vr(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VR_UNSPECIFIED: _ClassVar[Vr]
    VR_AE: _ClassVar[Vr]
    VR_AS: _ClassVar[Vr]
    VR_AT: _ClassVar[Vr]
    VR_CS: _ClassVar[Vr]
    VR_DA: _ClassVar[Vr]
    VR_DS: _ClassVar[Vr]
    VR_DT: _ClassVar[Vr]
    VR_FD: _ClassVar[Vr]
    VR_FL: _ClassVar[Vr]
    VR_IS: _ClassVar[Vr]
    VR_LO: _ClassVar[Vr]
    VR_LT: _ClassVar[Vr]
    VR_OB: _ClassVar[Vr]
    VR_OD: _ClassVar[Vr]
    VR_OF: _ClassVar[Vr]
    VR_OL: _ClassVar[Vr]
    VR_OV: _ClassVar[Vr]
    VR_OW: _ClassVar[Vr]
    VR_PN: _ClassVar[Vr]
    VR_SH: _ClassVar[Vr]
    VR_SL: _ClassVar[Vr]
    VR_SQ: _ClassVar[Vr]
    VR_SS: _ClassVar[Vr]
    VR_ST: _ClassVar[Vr]
    VR_SV: _ClassVar[Vr]
    VR_TM: _ClassVar[Vr]
    VR_UC: _ClassVar[Vr]
    VR_UI: _ClassVar[Vr]
    VR_UL: _ClassVar[Vr]
    VR_UN: _ClassVar[Vr]
    VR_UR: _ClassVar[Vr]
    VR_US: _ClassVar[Vr]
    VR_UT: _ClassVar[Vr]
    VR_UV: _ClassVar[Vr]
VR_UNSPECIFIED: Vr
VR_AE: Vr
VR_AS: Vr
VR_AT: Vr
VR_CS: Vr
VR_DA: Vr
VR_DS: Vr
VR_DT: Vr
VR_FD: Vr
VR_FL: Vr
VR_IS: Vr
VR_LO: Vr
VR_LT: Vr
VR_OB: Vr
VR_OD: Vr
VR_OF: Vr
VR_OL: Vr
VR_OV: Vr
VR_OW: Vr
VR_PN: Vr
VR_SH: Vr
VR_SL: Vr
VR_SQ: Vr
VR_SS: Vr
VR_ST: Vr
VR_SV: Vr
VR_TM: Vr
VR_UC: Vr
VR_UI: Vr
VR_UL: Vr
VR_UN: Vr
VR_UR: Vr
VR_US: Vr
VR_UT: Vr
VR_UV: Vr

class PersonNameGroup(_message.Message):
    __slots__ = ("family_name", "given_name", "middle_name", "name_prefix", "name_suffix")
    FAMILY_NAME_FIELD_NUMBER: _ClassVar[int]
    GIVEN_NAME_FIELD_NUMBER: _ClassVar[int]
    MIDDLE_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_PREFIX_FIELD_NUMBER: _ClassVar[int]
    NAME_SUFFIX_FIELD_NUMBER: _ClassVar[int]
    family_name: str
    given_name: str
    middle_name: str
    name_prefix: str
    name_suffix: str
    def __init__(self, family_name: _Optional[str] = ..., given_name: _Optional[str] = ..., middle_name: _Optional[str] = ..., name_prefix: _Optional[str] = ..., name_suffix: _Optional[str] = ...) -> None: ...

class PersonName(_message.Message):
    __slots__ = ("alphabetic", "ideographic", "phonetic", "text")
    ALPHABETIC_FIELD_NUMBER: _ClassVar[int]
    IDEOGRAPHIC_FIELD_NUMBER: _ClassVar[int]
    PHONETIC_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    alphabetic: PersonNameGroup
    ideographic: PersonNameGroup
    phonetic: PersonNameGroup
    text: str
    def __init__(self, alphabetic: _Optional[_Union[PersonNameGroup, _Mapping]] = ..., ideographic: _Optional[_Union[PersonNameGroup, _Mapping]] = ..., phonetic: _Optional[_Union[PersonNameGroup, _Mapping]] = ..., text: _Optional[str] = ...) -> None: ...

class EncapsulatedPixelData(_message.Message):
    __slots__ = ("basic_offset_table", "fragments")
    BASIC_OFFSET_TABLE_FIELD_NUMBER: _ClassVar[int]
    FRAGMENTS_FIELD_NUMBER: _ClassVar[int]
    basic_offset_table: bytes
    fragments: _containers.RepeatedScalarFieldContainer[bytes]
    def __init__(self, basic_offset_table: _Optional[bytes] = ..., fragments: _Optional[_Iterable[bytes]] = ...) -> None: ...

class Element(_message.Message):
    __slots__ = ("tag", "vr", "strings", "person_names", "signed_integers", "unsigned_integers", "floats", "doubles", "tags", "bytes", "items", "encapsulated", "undefined_length", "bulk_data_uri")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VR_FIELD_NUMBER: _ClassVar[int]
    STRINGS_FIELD_NUMBER: _ClassVar[int]
    PERSON_NAMES_FIELD_NUMBER: _ClassVar[int]
    SIGNED_INTEGERS_FIELD_NUMBER: _ClassVar[int]
    UNSIGNED_INTEGERS_FIELD_NUMBER: _ClassVar[int]
    FLOATS_FIELD_NUMBER: _ClassVar[int]
    DOUBLES_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    ENCAPSULATED_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    BULK_DATA_URI_FIELD_NUMBER: _ClassVar[int]
    tag: int
    vr: Vr
    strings: _containers.RepeatedScalarFieldContainer[str]
    person_names: _containers.RepeatedCompositeFieldContainer[PersonName]
    signed_integers: _containers.RepeatedScalarFieldContainer[int]
    unsigned_integers: _containers.RepeatedScalarFieldContainer[int]
    floats: _containers.RepeatedScalarFieldContainer[float]
    doubles: _containers.RepeatedScalarFieldContainer[float]
    tags: _containers.RepeatedScalarFieldContainer[int]
    bytes: bytes
    items: _containers.RepeatedCompositeFieldContainer[DataSet]
    encapsulated: EncapsulatedPixelData
    undefined_length: bool
    bulk_data_uri: str
    def __init__(self, tag: _Optional[int] = ..., vr: _Optional[_Union[Vr, str]] = ..., strings: _Optional[_Iterable[str]] = ..., person_names: _Optional[_Iterable[_Union[PersonName, _Mapping]]] = ..., signed_integers: _Optional[_Iterable[int]] = ..., unsigned_integers: _Optional[_Iterable[int]] = ..., floats: _Optional[_Iterable[float]] = ..., doubles: _Optional[_Iterable[float]] = ..., tags: _Optional[_Iterable[int]] = ..., bytes: _Optional[bytes] = ..., items: _Optional[_Iterable[_Union[DataSet, _Mapping]]] = ..., encapsulated: _Optional[_Union[EncapsulatedPixelData, _Mapping]] = ..., undefined_length: _Optional[bool] = ..., bulk_data_uri: _Optional[str] = ...) -> None: ...

class DataSet(_message.Message):
    __slots__ = ("elements", "undefined_length", "file_meta")
    ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    UNDEFINED_LENGTH_FIELD_NUMBER: _ClassVar[int]
    FILE_META_FIELD_NUMBER: _ClassVar[int]
    elements: _containers.RepeatedCompositeFieldContainer[Element]
    undefined_length: bool
    file_meta: FileMeta
    def __init__(self, elements: _Optional[_Iterable[_Union[Element, _Mapping]]] = ..., undefined_length: _Optional[bool] = ..., file_meta: _Optional[_Union[FileMeta, _Mapping]] = ...) -> None: ...

class FileMeta(_message.Message):
    __slots__ = ("preamble", "elements", "implicit_vr", "big_endian", "part10")
    PREAMBLE_FIELD_NUMBER: _ClassVar[int]
    ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    IMPLICIT_VR_FIELD_NUMBER: _ClassVar[int]
    BIG_ENDIAN_FIELD_NUMBER: _ClassVar[int]
    PART10_FIELD_NUMBER: _ClassVar[int]
    preamble: bytes
    elements: _containers.RepeatedCompositeFieldContainer[Element]
    implicit_vr: bool
    big_endian: bool
    part10: bool
    def __init__(self, preamble: _Optional[bytes] = ..., elements: _Optional[_Iterable[_Union[Element, _Mapping]]] = ..., implicit_vr: _Optional[bool] = ..., big_endian: _Optional[bool] = ..., part10: _Optional[bool] = ...) -> None: ...
