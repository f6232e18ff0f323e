from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CtXRayDetailsSequenceMacro(_message.Message):
    __slots__ = ("ct_x_ray_details_sequence",)
    CT_X_RAY_DETAILS_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ct_x_ray_details_sequence: _sequences_pb2.CtXRayDetailsSequenceItems
    def __init__(self, ct_x_ray_details_sequence: _Optional[_Union[_sequences_pb2.CtXRayDetailsSequenceItems, _Mapping]] = ...) -> None: ...
