from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class XaXrfMultiFramePresentationModule(_message.Message):
    __slots__ = ("preferred_playback_sequencing", "frame_display_sequence")
    PREFERRED_PLAYBACK_SEQUENCING_FIELD_NUMBER: _ClassVar[int]
    FRAME_DISPLAY_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    preferred_playback_sequencing: _attributes_pb2.PreferredPlaybackSequencing
    frame_display_sequence: _sequences_pb2.FrameDisplaySequenceItems
    def __init__(self, preferred_playback_sequencing: _Optional[_Union[_attributes_pb2.PreferredPlaybackSequencing, _Mapping]] = ..., frame_display_sequence: _Optional[_Union[_sequences_pb2.FrameDisplaySequenceItems, _Mapping]] = ...) -> None: ...
