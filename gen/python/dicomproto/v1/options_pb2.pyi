from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor
ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
attribute: _descriptor.FieldDescriptor
MODULE_FIELD_NUMBER: _ClassVar[int]
module: _descriptor.FieldDescriptor
ELEMENT_FIELD_NUMBER: _ClassVar[int]
element: _descriptor.FieldDescriptor
TABLE_FIELD_NUMBER: _ClassVar[int]
table: _descriptor.FieldDescriptor
IOD_FIELD_NUMBER: _ClassVar[int]
iod: _descriptor.FieldDescriptor

class AttributeOptions(_message.Message):
    __slots__ = ("tag", "mask", "vr", "vm", "type", "keyword")
    TAG_FIELD_NUMBER: _ClassVar[int]
    MASK_FIELD_NUMBER: _ClassVar[int]
    VR_FIELD_NUMBER: _ClassVar[int]
    VM_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    KEYWORD_FIELD_NUMBER: _ClassVar[int]
    tag: int
    mask: int
    vr: str
    vm: str
    type: str
    keyword: str
    def __init__(self, tag: _Optional[int] = ..., mask: _Optional[int] = ..., vr: _Optional[str] = ..., vm: _Optional[str] = ..., type: _Optional[str] = ..., keyword: _Optional[str] = ...) -> None: ...

class ElementOptions(_message.Message):
    __slots__ = ("tag", "mask", "vr", "vm", "keyword", "retired")
    TAG_FIELD_NUMBER: _ClassVar[int]
    MASK_FIELD_NUMBER: _ClassVar[int]
    VR_FIELD_NUMBER: _ClassVar[int]
    VM_FIELD_NUMBER: _ClassVar[int]
    KEYWORD_FIELD_NUMBER: _ClassVar[int]
    RETIRED_FIELD_NUMBER: _ClassVar[int]
    tag: int
    mask: int
    vr: str
    vm: str
    keyword: str
    retired: bool
    def __init__(self, tag: _Optional[int] = ..., mask: _Optional[int] = ..., vr: _Optional[str] = ..., vm: _Optional[str] = ..., keyword: _Optional[str] = ..., retired: _Optional[bool] = ...) -> None: ...

class ModuleOptions(_message.Message):
    __slots__ = ("name", "ie", "usage", "section")
    NAME_FIELD_NUMBER: _ClassVar[int]
    IE_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    SECTION_FIELD_NUMBER: _ClassVar[int]
    name: str
    ie: str
    usage: str
    section: str
    def __init__(self, name: _Optional[str] = ..., ie: _Optional[str] = ..., usage: _Optional[str] = ..., section: _Optional[str] = ...) -> None: ...

class TableOptions(_message.Message):
    __slots__ = ("name", "section", "sop_class_uids")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SECTION_FIELD_NUMBER: _ClassVar[int]
    SOP_CLASS_UIDS_FIELD_NUMBER: _ClassVar[int]
    name: str
    section: str
    sop_class_uids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, name: _Optional[str] = ..., section: _Optional[str] = ..., sop_class_uids: _Optional[_Iterable[str]] = ...) -> None: ...
