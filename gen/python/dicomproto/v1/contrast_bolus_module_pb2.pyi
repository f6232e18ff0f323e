from dicomproto.v1 import attributes_pb2 as _attributes_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from dicomproto.v1 import sequences_pb2 as _sequences_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContrastBolusModule(_message.Message):
    __slots__ = ("contrast_bolus_agent", "contrast_bolus_agent_sequence", "contrast_bolus_route", "contrast_bolus_administration_route_sequence", "contrast_bolus_volume", "contrast_bolus_start_time", "contrast_bolus_stop_time", "contrast_bolus_total_dose", "contrast_flow_rate", "contrast_flow_duration", "contrast_bolus_ingredient", "contrast_bolus_ingredient_concentration")
    CONTRAST_BOLUS_AGENT_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_AGENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_ROUTE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_ADMINISTRATION_ROUTE_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_VOLUME_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_START_TIME_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_STOP_TIME_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_TOTAL_DOSE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_FLOW_RATE_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_FLOW_DURATION_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_INGREDIENT_FIELD_NUMBER: _ClassVar[int]
    CONTRAST_BOLUS_INGREDIENT_CONCENTRATION_FIELD_NUMBER: _ClassVar[int]
    contrast_bolus_agent: _attributes_pb2.ContrastBolusAgent
    contrast_bolus_agent_sequence: _sequences_pb2.ContrastBolusModuleContrastBolusAgentSequenceItems
    contrast_bolus_route: _attributes_pb2.ContrastBolusRoute
    contrast_bolus_administration_route_sequence: _sequences_pb2.ContrastBolusModuleContrastBolusAdministrationRouteSequenceItems
    contrast_bolus_volume: _attributes_pb2.ContrastBolusVolume
    contrast_bolus_start_time: _attributes_pb2.ContrastBolusStartTime
    contrast_bolus_stop_time: _attributes_pb2.ContrastBolusStopTime
    contrast_bolus_total_dose: _attributes_pb2.ContrastBolusTotalDose
    contrast_flow_rate: _attributes_pb2.ContrastFlowRate
    contrast_flow_duration: _attributes_pb2.ContrastFlowDuration
    contrast_bolus_ingredient: _attributes_pb2.ContrastBolusIngredient
    contrast_bolus_ingredient_concentration: _attributes_pb2.ContrastBolusIngredientConcentration
    def __init__(self, contrast_bolus_agent: _Optional[_Union[_attributes_pb2.ContrastBolusAgent, _Mapping]] = ..., contrast_bolus_agent_sequence: _Optional[_Union[_sequences_pb2.ContrastBolusModuleContrastBolusAgentSequenceItems, _Mapping]] = ..., contrast_bolus_route: _Optional[_Union[_attributes_pb2.ContrastBolusRoute, _Mapping]] = ..., contrast_bolus_administration_route_sequence: _Optional[_Union[_sequences_pb2.ContrastBolusModuleContrastBolusAdministrationRouteSequenceItems, _Mapping]] = ..., contrast_bolus_volume: _Optional[_Union[_attributes_pb2.ContrastBolusVolume, _Mapping]] = ..., contrast_bolus_start_time: _Optional[_Union[_attributes_pb2.ContrastBolusStartTime, _Mapping]] = ..., contrast_bolus_stop_time: _Optional[_Union[_attributes_pb2.ContrastBolusStopTime, _Mapping]] = ..., contrast_bolus_total_dose: _Optional[_Union[_attributes_pb2.ContrastBolusTotalDose, _Mapping]] = ..., contrast_flow_rate: _Optional[_Union[_attributes_pb2.ContrastFlowRate, _Mapping]] = ..., contrast_flow_duration: _Optional[_Union[_attributes_pb2.ContrastFlowDuration, _Mapping]] = ..., contrast_bolus_ingredient: _Optional[_Union[_attributes_pb2.ContrastBolusIngredient, _Mapping]] = ..., contrast_bolus_ingredient_concentration: _Optional[_Union[_attributes_pb2.ContrastBolusIngredientConcentration, _Mapping]] = ...) -> None: ...
