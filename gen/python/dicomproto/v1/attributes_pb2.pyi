from dicomproto.v1 import dataset_pb2 as _dataset_pb2
from dicomproto.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class FileMetaInformationGroupLength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FileMetaInformationVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class MediaStorageSopClassUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MediaStorageSopInstanceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransferSyntaxUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplementationClassUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplementationVersionName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceApplicationEntityTitle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrivateInformationCreatorUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrivateInformation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class FileSetId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FileSetDescriptorFileId(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SpecificCharacterSetOfFileSetDescriptorFile(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FileSetConsistencyFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DirectoryRecordSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OffsetOfTheNextDirectoryRecord(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RecordInUseFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class OffsetOfReferencedLowerLevelDirectoryEntity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DirectoryRecordType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrivateRecordUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedFileId(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class MrdrDirectoryRecordOffset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ReferencedSopClassUidInFile(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedSopInstanceUidInFile(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedTransferSyntaxUidInFile(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedRelatedGeneralSopClassUidInFile(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class NumberOfReferences(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class LengthToEnd(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SpecificCharacterSet(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class LanguageCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageType(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class RecognitionCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InstanceCreationDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InstanceCreationTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InstanceCreatorUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InstanceCoercionDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SopClassUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SopInstanceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RelatedGeneralSopClassUid(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class OriginalSpecializedSopClassUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SeriesDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContentDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OverlayDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CurveDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SeriesTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContentTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OverlayTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CurveTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataSetType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DataSetSubtype(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NuclearMedicineSeriesType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AccessionNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssuerOfAccessionNumberSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class QueryRetrieveLevel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class QueryRetrieveView(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RetrieveAeTitle(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class StationAeTitle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InstanceAvailability(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FailedSopInstanceUidList(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class Modality(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModalitiesInStudy(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SopClassesInStudy(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ConversionType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PresentationIntentType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Manufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InstitutionName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InstitutionAddress(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InstitutionCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferringPhysicianName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class ReferringPhysicianAddress(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferringPhysicianTelephoneNumbers(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ReferringPhysicianIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ConsultingPhysicianName(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.PersonName]
    def __init__(self, values: _Optional[_Iterable[_Union[_dataset_pb2.PersonName, _Mapping]]] = ...) -> None: ...

class ConsultingPhysicianIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CodeValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExtendedCodeValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CodingSchemeDesignator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CodingSchemeVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CodeMeaning(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MappingResource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContextGroupVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContextGroupLocalVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExtendedCodeMeaning(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContextGroupExtensionFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CodingSchemeUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContextGroupExtensionCreatorUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContextIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CodingSchemeIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CodingSchemeRegistry(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CodingSchemeExternalId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CodingSchemeName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CodingSchemeResponsibleOrganization(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContextUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MappingResourceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LongCodeValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class UrnCodeValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EquivalentCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MappingResourceName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContextGroupIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MappingResourceIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TimezoneOffsetFromUtc(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrivateDataElementCharacteristicsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrivateGroupReference(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PrivateCreatorReference(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlockIdentifyingInformationStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NonidentifyingPrivateElements(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DeidentificationActionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IdentifyingPrivateElements(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DeidentificationAction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NetworkId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StationName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SeriesDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SeriesDescriptionCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class InstitutionalDepartmentName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PhysicianSOfRecord(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.PersonName]
    def __init__(self, values: _Optional[_Iterable[_Union[_dataset_pb2.PersonName, _Mapping]]] = ...) -> None: ...

class PhysicianSOfRecordIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformingPhysicianName(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.PersonName]
    def __init__(self, values: _Optional[_Iterable[_Union[_dataset_pb2.PersonName, _Mapping]]] = ...) -> None: ...

class PerformingPhysicianIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NameOfPhysicianSReadingStudy(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.PersonName]
    def __init__(self, values: _Optional[_Iterable[_Union[_dataset_pb2.PersonName, _Mapping]]] = ...) -> None: ...

class PhysicianSReadingStudyIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OperatorsName(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.PersonName]
    def __init__(self, values: _Optional[_Iterable[_Union[_dataset_pb2.PersonName, _Mapping]]] = ...) -> None: ...

class OperatorIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AdmittingDiagnosesDescription(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class AdmittingDiagnosesCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ManufacturerModelName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedResultsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedStudySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedPerformedProcedureStepSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSeriesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedPatientSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedVisitSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedOverlaySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedStereometricInstanceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedWaveformSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedCurveSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedInstanceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedRealWorldValueMappingInstanceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSopClassUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedSopInstanceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SopClassesSupported(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ReferencedFrameNumber(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class SimpleFrameList(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class CalculatedFrameList(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class Timerange(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class FrameExtractionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MultiFrameSourceSopInstanceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RetrieveUrl(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransactionUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WarningReason(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FailureReason(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FailedSopSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSopSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StudiesContainingOtherReferencedInstancesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelatedSeriesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LossyImageCompressionRetired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DerivationDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StageName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StageNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfStages(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ViewName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ViewNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfEventTimers(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfViewsInStage(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class EventElapsedTimeS(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class EventTimerNameS(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class EventTimerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EventTimeOffset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class EventCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StartTrim(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class StopTrim(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RecommendedDisplayFrameRate(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TransducerPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransducerOrientation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnatomicStructure(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnatomicRegionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnatomicRegionModifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrimaryAnatomicStructureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnatomicStructureSpaceOrRegionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrimaryAnatomicStructureModifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransducerPositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransducerPositionModifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransducerOrientationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransducerOrientationModifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnatomicStructureSpaceOrRegionCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnatomicPortalOfEntranceCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnatomicApproachDirectionCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnatomicPerspectiveDescriptionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnatomicPerspectiveCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnatomicLocationOfExaminingInstrumentDescriptionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnatomicLocationOfExaminingInstrumentCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnatomicStructureSpaceOrRegionModifierCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OnaxisBackgroundAnatomicStructureCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AlternateRepresentationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IrradiationEventUid(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class IdentifyingComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FrameType(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ReferencedImageEvidenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedRawDataSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CreatorVersionUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DerivationImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceImageEvidenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PixelPresentation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VolumetricProperties(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VolumeBasedCalculationTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ComplexImageComponent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionContrast(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DerivationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedPresentationStateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedOtherPlaneSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FrameDisplaySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecommendedDisplayFrameRateInFloat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SkipFrameRangeFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class PatientId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssuerOfPatientId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TypeOfPatientId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssuerOfPatientIdQualifiersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourcePatientGroupIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GroupOfPatientsIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SubjectRelativePositionInImage(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class PatientBirthDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientBirthTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientBirthDateInAlternativeCalendar(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientDeathDateInAlternativeCalendar(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientAlternativeCalendar(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientSex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientInsurancePlanCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientPrimaryLanguageCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientPrimaryLanguageModifierCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class QualityControlSubject(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class QualityControlSubjectTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StrainDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StrainNomenclature(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StrainStockNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StrainSourceRegistryCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StrainStockSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StrainSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StrainAdditionalInformation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StrainCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OtherPatientIds(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class OtherPatientNames(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.PersonName]
    def __init__(self, values: _Optional[_Iterable[_Union[_dataset_pb2.PersonName, _Mapping]]] = ...) -> None: ...

class OtherPatientIdsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientBirthName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class PatientAge(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientSize(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PatientSizeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientWeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PatientAddress(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InsurancePlanIdentification(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class PatientMotherBirthName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class MilitaryRank(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BranchOfService(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MedicalRecordLocator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedPatientPhotoSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MedicalAlerts(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class Allergies(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class CountryOfResidence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RegionOfResidence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientTelephoneNumbers(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class EthnicGroup(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Occupation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SmokingStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AdditionalPatientHistory(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PregnancyStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class LastMenstrualDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientReligiousPreference(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientSpeciesDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientSpeciesCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientSexNeutered(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnatomicalOrientationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientBreedDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientBreedCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BreedRegistrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BreedRegistrationNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BreedRegistryCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ResponsiblePerson(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class ResponsiblePersonRole(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ResponsibleOrganization(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExaminedBodyThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ClinicalTrialSponsorName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialProtocolId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialProtocolName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialSiteId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialSiteName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialSubjectId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialSubjectReadingId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialTimePointId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialTimePointDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialCoordinatingCenterName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientIdentityRemoved(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeIdentificationMethod(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class DeIdentificationMethodCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ClinicalTrialSeriesId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialSeriesDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialProtocolEthicsCommitteeName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ClinicalTrialProtocolEthicsCommitteeApprovalNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConsentForClinicalTrialUseSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DistributionType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConsentForDistributionFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CadFileFormat(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ComponentReferenceSystem(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ComponentManufacturingProcedure(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ComponentManufacturer(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class MaterialThickness(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class MaterialPipeDiameter(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class MaterialIsolationDiameter(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class MaterialGrade(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class MaterialPropertiesDescription(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class MaterialPropertiesFileFormatRetired(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class MaterialNotes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ComponentShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CurvatureType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OuterDiameter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class InnerDiameter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ActualEnvironmentalConditions(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExpiryDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EnvironmentalConditions(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EvaluatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EvaluatorNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class EvaluatorName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class EvaluationAttempt(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class IndicationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IndicationNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class IndicationLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IndicationDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IndicationType(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class IndicationDisposition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IndicationRoiSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IndicationPhysicalPropertySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PropertyLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CoordinateSystemNumberOfAxes(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CoordinateSystemAxesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CoordinateSystemAxisDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CoordinateSystemDataSetMapping(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CoordinateSystemAxisNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CoordinateSystemAxisType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CoordinateSystemAxisUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CoordinateSystemAxisValues(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class CoordinateSystemTransformSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransformDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransformNumberOfAxes(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TransformOrderOfAxes(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class TransformedAxisUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CoordinateSystemTransformRotationAndScaleMatrix(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class CoordinateSystemTransformTranslationMatrix(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class InternalDetectorFrameTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfFramesIntegrated(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorTemperatureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SensorName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HorizontalOffsetOfSensor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class VerticalOffsetOfSensor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SensorTemperature(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DarkCurrentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DarkCurrentCounts(_message.Message):
    __slots__ = ("vr", "ob", "ow")
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class GainCorrectionReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AirCounts(_message.Message):
    __slots__ = ("vr", "ob", "ow")
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class KvUsedInGainCalibration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MaUsedInGainCalibration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfFramesUsedForIntegration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FilterMaterialUsedInGainCalibration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FilterThicknessUsedInGainCalibration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DateOfGainCalibration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TimeOfGainCalibration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BadPixelImage(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class CalibrationNotes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PulserEquipmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PulserType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PulserNotes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReceiverEquipmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AmplifierType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReceiverNotes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PreAmplifierEquipmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PreAmplifierNotes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransmitTransducerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReceiveTransducerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfElements(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ElementShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ElementDimensionA(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ElementDimensionB(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ElementPitchA(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MeasuredBeamDimensionA(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MeasuredBeamDimensionB(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class LocationOfMeasuredBeamDiameter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class NominalFrequency(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MeasuredCenterFrequency(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MeasuredBandwidth(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ElementPitchB(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PulserSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PulseWidth(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ExcitationFrequency(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ModulationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Damping(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ReceiverSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AcquiredSoundpathLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionCompressionType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionSampleSize(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RectifierSmoothing(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DacSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DacType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DacGainPoints(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DacTimePoints(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DacAmplitude(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class PreAmplifierSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransmitTransducerSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReceiveTransducerSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IncidentAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CouplingTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CouplingMedium(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CouplingVelocity(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ProbeCenterLocationX(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ProbeCenterLocationZ(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SoundPathLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DelayLawIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GateSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GateThreshold(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class VelocityOfSound(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CalibrationSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CalibrationProcedure(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureCreationDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureExpirationDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureLastModifiedDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CalibrationTime(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class CalibrationDate(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ProbeDriveEquipmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DriveType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProbeDriveNotes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DriveProbeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ProbeInductance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ProbeResistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ReceiveProbeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ProbeDriveSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BridgeResistors(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ProbeOrientationAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class UserSelectedGainY(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class UserSelectedPhase(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class UserSelectedOffsetX(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class UserSelectedOffsetY(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelThreshold(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ScannerSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScanProcedure(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TranslationRateX(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TranslationRateY(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelOverlap(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ImageQualityIndicatorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageQualityIndicatorMaterial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageQualityIndicatorSize(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LinacEnergy(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class LinacOutput(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ContrastBolusAgent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusAgentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContrastBolusT1Relaxivity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ContrastBolusAdministrationRouteSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BodyPartExamined(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScanningSequence(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SequenceVariant(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ScanOptions(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class MrAcquisitionType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SequenceName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AngioFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterventionDrugInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class InterventionDrugStopTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterventionDrugDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class InterventionDrugCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AdditionalDrugSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class Radionuclide(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class Radiopharmaceutical(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EnergyWindowCenterline(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class EnergyWindowTotalWidth(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class InterventionDrugName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterventionDrugStartTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterventionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TherapyType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterventionStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TherapyDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterventionDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CineRate(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class InitialCineRunState(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SliceThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class Kvp(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CountsAccumulated(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionTerminationCondition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EffectiveDuration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionStartCondition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionStartConditionData(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionTerminationConditionData(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RepetitionTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class EchoTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class InversionTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfAverages(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ImagingFrequency(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ImagedNucleus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EchoNumberS(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class MagneticFieldStrength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SpacingBetweenSlices(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfPhaseEncodingSteps(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class DataCollectionDiameter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class EchoTrainLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PercentSampling(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PercentPhaseFieldOfView(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PixelBandwidth(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeviceSerialNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeviceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeviceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PlateId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeneratorId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GridId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CassetteId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GantryId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SecondaryCaptureDeviceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HardcopyCreationDeviceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DateOfSecondaryCapture(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TimeOfSecondaryCapture(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SecondaryCaptureDeviceManufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HardcopyDeviceManufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SecondaryCaptureDeviceManufacturerModelName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SecondaryCaptureDeviceSoftwareVersions(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class HardcopyDeviceSoftwareVersion(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class HardcopyDeviceManufacturerModelName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SoftwareVersionS(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class VideoImageFormatAcquired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DigitalImageFormatAcquired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProtocolName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusRoute(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusVolume(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ContrastBolusStartTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusStopTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusTotalDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SyringeCounts(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ContrastFlowRate(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ContrastFlowDuration(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ContrastBolusIngredient(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusIngredientConcentration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SpatialResolution(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TriggerTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TriggerSourceOrType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NominalInterval(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class FrameTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CardiacFramingType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FrameTimeVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FrameDelay(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ImageTriggerDelay(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MultiplexGroupTimeOffset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TriggerTimeOffset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SynchronizationTrigger(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SynchronizationChannel(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class TriggerSamplePosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RadiopharmaceuticalRoute(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RadiopharmaceuticalVolume(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadiopharmaceuticalStartTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RadiopharmaceuticalStopTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RadionuclideTotalDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadionuclideHalfLife(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadionuclidePositronFraction(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadiopharmaceuticalSpecificActivity(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadiopharmaceuticalStartDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RadiopharmaceuticalStopDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeatRejectionFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LowRRValue(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class HighRRValue(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class IntervalsAcquired(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class IntervalsRejected(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PvcRejection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SkipBeats(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class HeartRate(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CardiacNumberOfImages(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TriggerWindow(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReconstructionDiameter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DistanceSourceToDetector(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DistanceSourceToPatient(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class EstimatedRadiographicMagnificationFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class GantryDetectorTilt(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class GantryDetectorSlew(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableHeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTraverse(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableMotion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TableVerticalIncrement(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class TableLateralIncrement(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class TableLongitudinalIncrement(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class TableAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RotationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AngularPosition(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadialPosition(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ScanArc(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class AngularStep(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CenterOfRotationOffset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RotationOffset(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FieldOfViewShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FieldOfViewDimensionS(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class ExposureTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class XRayTubeCurrent(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class Exposure(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ExposureInuAs(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AveragePulseWidth(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadiationSetting(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RectificationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RadiationMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageAndFluoroscopyAreaDoseProduct(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FilterType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TypeOfFilters(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class IntensifierSize(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ImagerPixelSpacing(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class Grid(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class GeneratorPower(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CollimatorGridName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CollimatorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FocalDistance(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class XFocusCenter(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class YFocusCenter(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FocalSpotS(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class AnodeTargetMaterial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BodyPartThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CompressionForce(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PaddleDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DateOfLastCalibration(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class TimeOfLastCalibration(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ConvolutionKernel(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class UpperLowerPixelValues(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class ActualFrameDuration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CountRate(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PreferredPlaybackSequencing(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ReceiveCoilName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransmitCoilName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PlateType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PhosphorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WaterEquivalentDiameter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class WaterEquivalentDiameterCalculationMethodCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScanVelocity(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class WholeBodyTechnique(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ScanLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionMatrix(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class InPlanePhaseEncodingDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FlipAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class VariableFlipAngleFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Sar(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DbDt(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionDeviceProcessingDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionDeviceProcessingCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CassetteOrientation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CassetteSize(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExposuresOnPlate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RelativeXRayExposure(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ExposureIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TargetExposureIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeviationIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ColumnAngulation(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TomoLayerHeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TomoAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TomoTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TomoType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TomoClass(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfTomosynthesisSourceImages(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PositionerMotion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PositionerType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PositionerPrimaryAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PositionerSecondaryAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PositionerPrimaryAngleIncrement(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class PositionerSecondaryAngleIncrement(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorPrimaryAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorSecondaryAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ShutterShape(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ShutterLeftVerticalEdge(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ShutterRightVerticalEdge(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ShutterUpperHorizontalEdge(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ShutterLowerHorizontalEdge(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CenterOfCircularShutter(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class RadiusOfCircularShutter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class VerticesOfThePolygonalShutter(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class ShutterPresentationValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ShutterOverlayGroup(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ShutterPresentationColorCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class CollimatorShape(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class CollimatorLeftVerticalEdge(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CollimatorRightVerticalEdge(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CollimatorUpperHorizontalEdge(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CollimatorLowerHorizontalEdge(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CenterOfCircularCollimator(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class RadiusOfCircularCollimator(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class VerticesOfThePolygonalCollimator(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionTimeSynchronized(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TimeSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TimeDistributionProtocol(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NtpSourceAddress(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PageNumberVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class FrameLabelVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class FramePrimaryAngleVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FrameSecondaryAngleVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class SliceLocationVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DisplayWindowLabelVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class NominalScannedPixelSpacing(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DigitizingDeviceTransportDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RotationOfScannedFilm(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BiopsyTargetSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TargetUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LocalizingCursorPosition(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class CalculatedTargetPosition(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TargetLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DisplayedZValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IvusAcquisition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IvusPullbackRate(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class IvusGatedRate(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class IvusPullbackStartFrameNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class IvusPullbackStopFrameNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class LesionNumber(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OutputPower(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class TransducerData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class FocusDepth(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ProcessingFunction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PostprocessingFunction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MechanicalIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BoneThermalIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CranialThermalIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SoftTissueThermalIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SoftTissueFocusThermalIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SoftTissueSurfaceThermalIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DynamicRange(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TotalGain(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DepthOfScanField(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PatientPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ViewPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProjectionEponymousNameCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageTransformationMatrix(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ImageTranslationVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class Sensitivity(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SequenceOfUltrasoundRegions(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RegionSpatialFormat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RegionDataType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RegionFlags(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RegionLocationMinX0(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RegionLocationMinY0(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RegionLocationMaxX1(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RegionLocationMaxY1(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ReferencePixelX0(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ReferencePixelY0(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PhysicalUnitsXDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PhysicalUnitsYDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ReferencePixelPhysicalValueX(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ReferencePixelPhysicalValueY(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PhysicalDeltaX(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PhysicalDeltaY(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TransducerFrequency(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TransducerType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PulseRepetitionFrequency(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DopplerCorrectionAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SteeringAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DopplerSampleVolumeXPositionRetired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DopplerSampleVolumeXPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DopplerSampleVolumeYPositionRetired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DopplerSampleVolumeYPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TmLinePositionX0Retired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TmLinePositionX0(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TmLinePositionY0Retired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TmLinePositionY0(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TmLinePositionX1Retired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TmLinePositionX1(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TmLinePositionY1Retired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TmLinePositionY1(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelComponentOrganization(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelComponentMask(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelComponentRangeStart(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelComponentRangeStop(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelComponentPhysicalUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelComponentDataType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfTableBreakPoints(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TableOfXBreakPoints(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class TableOfYBreakPoints(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class NumberOfTableEntries(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TableOfPixelValues(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class TableOfParameterValues(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class RWaveTimeVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class DetectorConditionsNominalFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorTemperature(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorConfiguration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DateOfLastDetectorCalibration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TimeOfLastDetectorCalibration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExposuresOnDetectorSinceLastCalibration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ExposuresOnDetectorSinceManufactured(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorTimeSinceLastExposure(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorActiveTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorActivationOffsetFromExposure(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorBinning(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorElementPhysicalSize(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorElementSpacing(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorActiveShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorActiveDimensionS(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorActiveOrigin(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorManufacturerName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorManufacturerModelName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FieldOfViewOrigin(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FieldOfViewRotation(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FieldOfViewHorizontalFlip(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PixelDataAreaOriginRelativeToFov(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class PixelDataAreaRotationAngleRelativeToFov(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GridAbsorbingMaterial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GridSpacingMaterial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GridThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class GridPitch(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class GridAspectRatio(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class GridPeriod(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class GridFocalDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FilterMaterial(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class FilterThicknessMinimum(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FilterThicknessMaximum(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FilterBeamPathLengthMinimum(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class FilterBeamPathLengthMaximum(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ExposureControlMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExposureControlModeDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExposureStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PhototimerSetting(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ExposureTimeInuS(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class XRayTubeCurrentInuA(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ContentQualification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PulseSequenceName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MrImagingModifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EchoPulseSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InversionRecovery(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FlowCompensation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MultipleSpinEcho(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MultiPlanarExcitation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PhaseContrast(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TimeOfFlightContrast(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Spoiling(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SteadyStatePulseSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EchoPlanarPulseSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TagAngleFirstAxis(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MagnetizationTransfer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class T2Preparation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BloodSignalNulling(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SaturationRecovery(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpectrallySelectedSuppression(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpectrallySelectedExcitation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpatialPreSaturation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Tagging(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OversamplingPhase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TagSpacingFirstDimension(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GeometryOfKSpaceTraversal(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SegmentedKSpaceTraversal(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RectilinearPhaseEncodeReordering(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TagThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PartialFourierDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CardiacSynchronizationTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReceiveCoilManufacturerName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MrReceiveCoilSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReceiveCoilType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class QuadratureReceiveCoil(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MultiCoilDefinitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MultiCoilConfiguration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MultiCoilElementName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MultiCoilElementUsed(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MrTransmitCoilSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransmitCoilManufacturerName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransmitCoilType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpectralWidth(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ChemicalShiftReference(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class VolumeLocalizationTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MrAcquisitionFrequencyEncodingSteps(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DeCoupling(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeCoupledNucleus(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class DeCouplingFrequency(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class DeCouplingMethod(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeCouplingChemicalShiftReference(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class KSpaceFiltering(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TimeDomainFiltering(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class NumberOfZeroFills(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class BaselineCorrection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ParallelReductionFactorInPlane(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CardiacRRIntervalSpecified(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AcquisitionDuration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FrameAcquisitionDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DiffusionDirectionality(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DiffusionGradientDirectionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ParallelAcquisition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ParallelAcquisitionTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InversionTimes(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class MetaboliteMapDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PartialFourier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EffectiveEchoTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MetaboliteMapCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChemicalShiftSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CardiacSignalSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DiffusionBValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DiffusionGradientOrientation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class VelocityEncodingDirection(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class VelocityEncodingMinimumValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VelocityEncodingAcquisitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfKSpaceTrajectories(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CoverageOfKSpace(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpectroscopyAcquisitionPhaseRows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ParallelReductionFactorInPlaneRetired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TransmitterFrequency(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ResonantNucleus(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class FrequencyCorrection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MrSpectroscopyFovGeometrySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SlabThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SlabOrientation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class MidSlabPosition(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class MrSpatialSaturationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MrTimingAndRelatedParametersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MrEchoSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MrModifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MrDiffusionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CardiacSynchronizationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MrAveragesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MrFovGeometrySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VolumeLocalizationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpectroscopyAcquisitionDataColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DiffusionAnisotropyType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FrameReferenceDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MrMetaboliteMapSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ParallelReductionFactorOutOfPlane(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SpectroscopyAcquisitionOutOfPlanePhaseSteps(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class BulkMotionStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ParallelReductionFactorSecondInPlane(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CardiacBeatRejectionTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RespiratoryMotionCompensationTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RespiratorySignalSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BulkMotionCompensationTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BulkMotionSignalSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicableSafetyStandardAgency(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicableSafetyStandardDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OperatingModeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OperatingModeType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OperatingMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpecificAbsorptionRateDefinition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GradientOutputType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpecificAbsorptionRateValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GradientOutput(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FlowCompensationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TaggingDelay(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RespiratoryMotionCompensationTechniqueDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RespiratorySignalSourceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ChemicalShiftMinimumIntegrationLimitInHz(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ChemicalShiftMaximumIntegrationLimitInHz(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MrVelocityEncodingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FirstOrderPhaseCorrection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WaterReferencedPhaseCorrection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MrSpectroscopyAcquisitionType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RespiratoryCyclePosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VelocityEncodingMaximumValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TagSpacingSecondDimension(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TagAngleSecondAxis(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FrameAcquisitionDuration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MrImageFrameTypeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MrSpectroscopyFrameTypeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MrAcquisitionPhaseEncodingStepsInPlane(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class MrAcquisitionPhaseEncodingStepsOutOfPlane(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SpectroscopyAcquisitionPhaseColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CardiacCyclePosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpecificAbsorptionRateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RfEchoTrainLength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class GradientEchoTrainLength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ArterialSpinLabelingContrast(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MrArterialSpinLabelingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AslTechniqueDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AslSlabNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class AslSlabThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AslSlabOrientation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class AslMidSlabPosition(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class AslContext(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AslPulseTrainDuration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class AslCrusherFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AslCrusherFlowLimit(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AslCrusherDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AslBolusCutOffFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AslBolusCutOffTimingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AslBolusCutOffTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AslBolusCutOffDelayTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class AslSlabSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChemicalShiftMinimumIntegrationLimitInPpm(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ChemicalShiftMaximumIntegrationLimitInPpm(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CtAcquisitionTypeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AcquisitionType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TubeAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CtAcquisitionDetailsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RevolutionTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SingleCollimationWidth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TotalCollimationWidth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CtTableDynamicsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TableSpeed(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableFeedPerRotation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SpiralPitchFactor(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CtGeometrySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DataCollectionCenterPatient(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class CtReconstructionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReconstructionAlgorithm(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConvolutionKernelGroup(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReconstructionFieldOfView(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ReconstructionTargetCenterPatient(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ReconstructionAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ImageFilter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CtExposureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReconstructionPixelSpacing(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ExposureModulationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EstimatedDoseSaving(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CtXRayDetailsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CtPositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TablePosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ExposureTimeInMs(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CtImageFrameTypeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class XRayTubeCurrentInMa(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ExposureInMas(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ConstantVolumeFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FluoroscopyFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DistanceSourceToDataCollectionCenter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ContrastBolusAgentNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ContrastBolusIngredientCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContrastAdministrationProfileSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContrastBolusUsageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContrastBolusAgentAdministered(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusAgentDetected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusAgentPhase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Ctdivol(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CtdiPhantomTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CalciumScoringMassFactorPatient(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CalciumScoringMassFactorDevice(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class EnergyWeightingFactor(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CtAdditionalXRaySourceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ProjectionPixelCalibrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DistanceSourceToIsocenter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DistanceObjectToTableTop(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ObjectPixelSpacingInCenterOfBeam(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class PositionerPositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TablePositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CollimatorShapeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlanesInAcquisition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class XaXrfFrameCharacteristicsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FrameAcquisitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class XRayReceptorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionProtocolName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionProtocolDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusIngredientOpaque(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DistanceReceptorPlaneToDetectorHousing(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IntensifierActiveShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IntensifierActiveDimensionS(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class PhysicalDetectorSize(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class PositionOfIsocenterProjection(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class FieldOfViewSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FieldOfViewDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExposureControlSensingRegionsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ExposureControlSensingRegionShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExposureControlSensingRegionLeftVerticalEdge(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ExposureControlSensingRegionRightVerticalEdge(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ExposureControlSensingRegionUpperHorizontalEdge(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ExposureControlSensingRegionLowerHorizontalEdge(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CenterOfCircularExposureControlSensingRegion(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class RadiusOfCircularExposureControlSensingRegion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class VerticesOfThePolygonalExposureControlSensingRegion(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ColumnAngulationPatient(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BeamAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FrameDetectorParametersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CalculatedAnatomyThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CalibrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ObjectThicknessSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlaneIdentification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FieldOfViewDimensionSInFloat(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class IsocenterReferenceSystemSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PositionerIsocenterPrimaryAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PositionerIsocenterSecondaryAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PositionerIsocenterDetectorRotationAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableXPositionToIsocenter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableYPositionToIsocenter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableZPositionToIsocenter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableHorizontalRotationAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableHeadTiltAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableCradleTiltAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FrameDisplayShutterSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AcquiredImageAreaDoseProduct(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CArmPositionerTabletopRelationship(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class XRayGeometrySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IrradiationEventIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class XRay3dFrameTypeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContributingSourcesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class XRay3dAcquisitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrimaryPositionerScanArc(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SecondaryPositionerScanArc(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PrimaryPositionerScanStartAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SecondaryPositionerScanStartAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PrimaryPositionerIncrement(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SecondaryPositionerIncrement(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StartAcquisitionDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EndAcquisitionDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicationName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicationVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicationManufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AlgorithmType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AlgorithmDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class XRay3dReconstructionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReconstructionDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerProjectionAcquisitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DiffusionBMatrixSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DiffusionBValueXx(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DiffusionBValueXy(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DiffusionBValueXz(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DiffusionBValueYy(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DiffusionBValueYz(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DiffusionBValueZz(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DecayCorrectionDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StartDensityThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StartRelativeDensityDifferenceThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StartCardiacTriggerCountThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StartRespiratoryTriggerCountThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TerminationCountsThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TerminationDensityThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TerminationRelativeDensityThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TerminationTimeThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TerminationCardiacTriggerCountThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TerminationRespiratoryTriggerCountThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DetectorGeometry(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransverseDetectorSeparation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AxialDetectorDimension(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RadiopharmaceuticalAgentNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PetFrameAcquisitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PetDetectorMotionDetailsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PetTableDynamicsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PetPositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PetFrameCorrectionFactorsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RadiopharmaceuticalUsageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AttenuationCorrectionSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfIterations(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfSubsets(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PetReconstructionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PetFrameTypeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TimeOfFlightInformationUsed(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReconstructionType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DecayCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AttenuationCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScatterCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeadTimeCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GantryMotionCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientMotionCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CountLossNormalizationCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RandomsCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NonUniformRadialSamplingCorrected(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SensitivityCalibrated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorNormalizationCorrection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IterativeReconstructionMethod(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AttenuationCorrectionTemporalRelationship(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientPhysiologicalStateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientPhysiologicalStateCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DepthSOfFocus(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ExcludedIntervalsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ExclusionStartDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExclusionDuration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class UsImageDescriptionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageDataTypeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DataType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransducerScanPatternCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AliasedDataType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PositionMeasuringDeviceUsed(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TransducerGeometryCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransducerBeamSteeringCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransducerApplicationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ZeroVelocityPixelValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class ContributingEquipmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContributionDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContributionDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyInstanceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SeriesInstanceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SeriesNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class InstanceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class IsotopeNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PhaseNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class IntervalNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TimeSlotNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AngleNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ItemNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PatientOrientation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class OverlayNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CurveNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class LutNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ImagePosition(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ImagePositionPatient(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ImageOrientation(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ImageOrientationPatient(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class Location(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FrameOfReferenceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Laterality(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageLaterality(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageGeometryType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MaskingImage(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ReportNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TemporalPositionIdentifier(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfTemporalPositions(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TemporalResolution(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SynchronizationFrameOfReferenceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SopInstanceUidOfConcatenationSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SeriesInStudy(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionsInSeries(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ImagesInAcquisition(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ImagesInSeries(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AcquisitionsInStudy(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ImagesInStudy(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class Reference(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class PositionReferenceIndicator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SliceLocation(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class OtherStudyNumbers(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfPatientRelatedStudies(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfPatientRelatedSeries(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfPatientRelatedInstances(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfStudyRelatedSeries(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfStudyRelatedInstances(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfSeriesRelatedInstances(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class SourceImageIds(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class ModifyingDeviceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModifiedImageId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModifiedImageDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModifyingDeviceManufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModifiedImageTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModifiedImageDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OriginalImageIdentification(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class OriginalImageIdentificationNomenclature(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class StackId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InStackPositionNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FrameAnatomySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FrameLaterality(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FrameContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlanePositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlaneOrientationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TemporalPositionIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NominalCardiacTriggerDelayTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class NominalCardiacTriggerTimePriorToRPeak(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ActualCardiacTriggerTimePriorToRPeak(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FrameAcquisitionNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DimensionIndexValues(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class FrameComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConcatenationUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InConcatenationNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class InConcatenationTotalNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DimensionOrganizationUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DimensionIndexPointer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FunctionalGroupPointer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class UnassignedSharedConvertedAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class UnassignedPerFrameConvertedAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ConversionSourceAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DimensionIndexPrivateCreator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DimensionOrganizationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DimensionIndexSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ConcatenationFrameOffsetNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FunctionalGroupPrivateCreator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NominalPercentageOfCardiacPhase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class NominalPercentageOfRespiratoryPhase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StartingRespiratoryAmplitude(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StartingRespiratoryPhase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EndingRespiratoryAmplitude(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class EndingRespiratoryPhase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RespiratoryTriggerType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RRIntervalTimeNominal(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ActualCardiacTriggerDelayTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RespiratorySynchronizationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RespiratoryIntervalTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class NominalRespiratoryTriggerDelayTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RespiratoryTriggerDelayThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ActualRespiratoryTriggerDelayTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ImagePositionVolume(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ImageOrientationVolume(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class UltrasoundAcquisitionGeometry(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApexPosition(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class VolumeToTransducerMappingMatrix(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class VolumeToTableMappingMatrix(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class PatientFrameOfReferenceSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TemporalPositionTimeOffset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PlanePositionVolumeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlaneOrientationVolumeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TemporalPositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DimensionOrganizationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VolumeFrameOfReferenceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TableFrameOfReferenceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DimensionDescriptionLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientOrientationInFrameSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FrameLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionIndex(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ContributingSopInstancesReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReconstructionIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class LightPathFilterPassThroughWavelength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class LightPathFilterPassBand(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ImagePathFilterPassThroughWavelength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImagePathFilterPassBand(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class PatientEyeMovementCommanded(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientEyeMovementCommandCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SphericalLensPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CylinderLensPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CylinderAxis(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class EmmetropicMagnification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IntraOcularPressure(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class HorizontalFieldOfView(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PupilDilated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DegreeOfDilation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StereoBaselineAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StereoBaselineDisplacement(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StereoHorizontalPixelOffset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StereoVerticalPixelOffset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StereoRotation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AcquisitionDeviceTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IlluminationTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LightPathFilterTypeStackCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImagePathFilterTypeStackCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LensesCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelDescriptionCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RefractiveStateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MydriaticAgentCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelativeImagePositionCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CameraAngleOfView(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StereoPairsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LeftImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RightImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StereoPairsPresent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AxialLengthOfTheEye(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class OphthalmicFrameLocationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferenceCoordinates(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class DepthSpatialResolution(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MaximumDepthDistortion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AlongScanSpatialResolution(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MaximumAlongScanDistortion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class OphthalmicImageOrientation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DepthOfTransverseImage(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MydriaticAgentConcentrationUnitsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AcrossScanSpatialResolution(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MaximumAcrossScanDistortion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MydriaticAgentConcentration(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class IlluminationWaveLength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IlluminationPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IlluminationBandwidth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MydriaticAgentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialMeasurementsRightEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialMeasurementsLeftEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialMeasurementsDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OphthalmicAxialLengthMeasurementsType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OphthalmicAxialLengthSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class LensStatusCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VitreousStatusCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IolFormulaCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IolFormulaDetail(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class KeratometerIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SourceOfOphthalmicAxialLengthCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TargetRefraction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RefractiveProcedureOccurred(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RefractiveSurgeryTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicUltrasoundMethodCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthMeasurementsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IolPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PredictedRefractiveError(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class OphthalmicAxialLengthVelocity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class LensStatusDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VitreousStatusDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IolPowerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LensConstantSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IolManufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LensConstantDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class KeratometryMeasurementTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantPartNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedOphthalmicAxialMeasurementsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RefractiveErrorBeforeRefractiveSurgeryCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IolPowerForExactEmmetropia(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IolPowerForExactTargetRefraction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AnteriorChamberDepthDefinitionCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LensThicknessSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnteriorChamberDepthSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LensThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AnteriorChamberDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SourceOfLensThicknessDataCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceOfAnteriorChamberDepthDataCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceOfRefractiveMeasurementsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceOfRefractiveMeasurementsCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthMeasurementModified(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OphthalmicAxialLengthDataSourceCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthAcquisitionMethodCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SignalToNoiseRatio(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class OphthalmicAxialLengthDataSourceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OphthalmicAxialLengthMeasurementsTotalLengthSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthMeasurementsSegmentalLengthSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthMeasurementsLengthSummationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class UltrasoundOphthalmicAxialLengthMeasurementsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OpticalOphthalmicAxialLengthMeasurementsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class UltrasoundSelectedOphthalmicAxialLengthSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthSelectionMethodCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OpticalSelectedOphthalmicAxialLengthSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SelectedSegmentalOphthalmicAxialLengthSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SelectedTotalOphthalmicAxialLengthSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthQualityMetricSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthQualityMetricTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicAxialLengthQualityMetricTypeDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IntraocularLensCalculationsRightEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IntraocularLensCalculationsLeftEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedOphthalmicAxialLengthMeasurementQcImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicMappingDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionMethodCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AcquisitionMethodAlgorithmSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicThicknessMapTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicThicknessMappingNormalsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RetinalThicknessDefinitionCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PixelValueMappingToCodedConceptSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MappedPixelValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class PixelValueMappingExplanation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OphthalmicThicknessMapQualityThresholdSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicThicknessMapThresholdQualityRating(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AnatomicStructureReferencePoint(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class RegistrationToLocalizerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RegisteredLocalizerUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RegisteredLocalizerTopLeftHandCorner(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class RegisteredLocalizerBottomRightHandCorner(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class OphthalmicThicknessMapQualityRatingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelevantOptAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisualFieldHorizontalExtent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VisualFieldVerticalExtent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VisualFieldShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScreeningTestModeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MaximumStimulusLuminance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BackgroundLuminance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StimulusColorCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BackgroundIlluminationColorCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StimulusArea(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StimulusPresentationTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FixationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FixationMonitoringCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisualFieldCatchTrialSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FixationCheckedQuantity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PatientNotProperlyFixatedQuantity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PresentedVisualStimuliDataFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfVisualStimuli(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ExcessiveFixationLossesDataFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExcessiveFixationLosses(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StimuliRetestingQuantity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CommentsOnPatientPerformanceOfVisualField(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FalseNegativesEstimateFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FalseNegativesEstimate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class NegativeCatchTrialsQuantity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FalseNegativesQuantity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ExcessiveFalseNegativesDataFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExcessiveFalseNegatives(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FalsePositivesEstimateFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FalsePositivesEstimate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CatchTrialsDataFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PositiveCatchTrialsQuantity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TestPointNormalsDataFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TestPointNormalsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GlobalDeviationProbabilityNormalsFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FalsePositivesQuantity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ExcessiveFalsePositivesDataFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExcessiveFalsePositives(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VisualFieldTestNormalsFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ResultsNormalsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AgeCorrectedSensitivityDeviationAlgorithmSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GlobalDeviationFromNormal(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GeneralizedDefectSensitivityDeviationAlgorithmSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LocalizedDeviationFromNormal(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PatientReliabilityIndicator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VisualFieldMeanSensitivity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GlobalDeviationProbability(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class LocalDeviationProbabilityNormalsFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LocalizedDeviationProbability(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ShortTermFluctuationCalculated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShortTermFluctuation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ShortTermFluctuationProbabilityCalculated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShortTermFluctuationProbability(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CorrectedLocalizedDeviationFromNormalCalculated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CorrectedLocalizedDeviationFromNormal(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CorrectedLocalizedDeviationFromNormalProbabilityCalculated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CorrectedLocalizedDeviationFromNormalProbability(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GlobalDeviationProbabilitySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LocalizedDeviationProbabilitySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FovealSensitivityMeasured(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FovealSensitivity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VisualFieldTestDuration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VisualFieldTestPointSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisualFieldTestPointXCoordinate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VisualFieldTestPointYCoordinate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AgeCorrectedSensitivityDeviationValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class StimulusResults(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SensitivityValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RetestStimulusSeen(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RetestSensitivityValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VisualFieldTestPointNormalsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class QuantifiedDefect(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AgeCorrectedSensitivityDeviationProbabilityValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GeneralizedDefectCorrectedSensitivityDeviationFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeneralizedDefectCorrectedSensitivityDeviationValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MinimumSensitivityValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BlindSpotLocalized(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlindSpotXCoordinate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BlindSpotYCoordinate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VisualAcuityMeasurementSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RefractiveParametersUsedOnPatientSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MeasurementLaterality(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OphthalmicPatientClinicalInformationLeftEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OphthalmicPatientClinicalInformationRightEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FovealPointNormativeDataFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FovealPointProbabilityValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ScreeningBaselineMeasured(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScreeningBaselineMeasuredSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScreeningBaselineType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScreeningBaselineValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AlgorithmSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataSetName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataSetVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataSetSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataSetDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VisualFieldTestReliabilityGlobalIndexSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisualFieldGlobalResultsIndexSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DataObservationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IndexNormalsFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IndexProbability(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IndexProbabilitySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SamplesPerPixel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SamplesPerPixelUsed(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PhotometricInterpretation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageDimensions(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PlanarConfiguration(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfFrames(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class FrameIncrementPointer(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class FrameDimensionPointer(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class Rows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Columns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Planes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class UltrasoundColorDataPresent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelSpacing(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ZoomFactor(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ZoomCenter(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class PixelAspectRatio(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class ImageFormat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ManipulatedImage(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class CorrectedImage(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class CompressionRecognitionCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompressionCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompressionOriginator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompressionLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompressionDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompressionSequence(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class CompressionStepPointers(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class RepeatInterval(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class BitsGrouped(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PerimeterTable(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class PerimeterValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class PredictorRows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PredictorColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PredictorConstants(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class BlockedPixels(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlockRows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class BlockColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RowOverlap(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ColumnOverlap(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class BitsAllocated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class BitsStored(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class HighBit(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelRepresentation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SmallestValidPixelValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class LargestValidPixelValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class SmallestImagePixelValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class LargestImagePixelValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class SmallestPixelValueInSeries(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class LargestPixelValueInSeries(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class SmallestImagePixelValueInPlane(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class LargestImagePixelValueInPlane(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class PixelPaddingValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class PixelPaddingRangeLimit(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class ImageLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class QualityControlImage(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BurnedInAnnotation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RecognizableVisualFeatures(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LongitudinalTemporalInformationModified(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedColorPaletteInstanceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RowsForNthOrderCoefficients(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class TransformLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ColumnsForNthOrderCoefficients(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class TransformVersionNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CoefficientCoding(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class NumberOfTransformSteps(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CoefficientCodingPointers(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class SequenceOfCompressedData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class DetailsOfCoefficients(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DctLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataBlockDescription(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class DataBlock(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NormalizationFactorFormat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ZonalMapNumberFormat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ZonalMapLocation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ZonalMapFormat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class AdaptiveMapFormat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CodeNumberFormat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CodeLabel(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class NumberOfTables(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class CodeTableLocation(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class BitsForCodeWord(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class ImageDataLocation(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class PixelSpacingCalibrationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PixelSpacingCalibrationDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PixelIntensityRelationship(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PixelIntensityRelationshipSign(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class WindowCenter(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class WindowWidth(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class RescaleIntercept(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RescaleSlope(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RescaleType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WindowCenterWidthExplanation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class VoiLutFunction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GrayScale(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RecommendedViewingMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GrayLookupTableDescriptor(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ...) -> None: ...

class RedPaletteColorLookupTableDescriptor(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ...) -> None: ...

class GreenPaletteColorLookupTableDescriptor(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ...) -> None: ...

class BluePaletteColorLookupTableDescriptor(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ...) -> None: ...

class AlphapaletteColorlookupTableDescriptor(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class LargeRedPaletteColorLookupTableDescriptor(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ...) -> None: ...

class LargeGreenPaletteColorLookupTableDescriptor(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ...) -> None: ...

class LargeBluePaletteColorLookupTableDescriptor(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ...) -> None: ...

class PaletteColorLookupTableUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GrayLookupTableData(_message.Message):
    __slots__ = ("vr", "us", "ss", "ow")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    ow: bytes
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ..., ow: _Optional[bytes] = ...) -> None: ...

class RedPaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class GreenPaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class BluePaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class AlphaPaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class LargeRedPaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class LargeGreenPaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class LargeBluePaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class LargePaletteColorLookupTableUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SegmentedRedPaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class SegmentedGreenPaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class SegmentedBluePaletteColorLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class BreastImplantPresent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PartialView(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PartialViewDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PartialViewCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpatialLocationsPreserved(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataFrameAssignmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DataPathAssignment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BitsMappedToColorLookupTable(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class BlendingLut1Sequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BlendingLut1TransferFunction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlendingWeightConstant(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BlendingLookupTableDescriptor(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class BlendingLookupTableData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class EnhancedPaletteColorLookupTableSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BlendingLut2Sequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BlendingLut2TransferFunction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataPathId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RgbLutTransferFunction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AlphaLutTransferFunction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IccProfile(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class ColorSpace(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LossyImageCompression(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LossyImageCompressionRatio(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class LossyImageCompressionMethod(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ModalityLutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LutDescriptor(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ss: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ss: _Optional[_Iterable[int]] = ...) -> None: ...

class LutExplanation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModalityLutType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LutData(_message.Message):
    __slots__ = ("vr", "us", "ow")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: _containers.RepeatedScalarFieldContainer[int]
    ow: bytes
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[_Iterable[int]] = ..., ow: _Optional[bytes] = ...) -> None: ...

class VoiLutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SoftcopyVoiLutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImagePresentationComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BiPlaneAcquisitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RepresentativeFrameNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FrameNumbersOfInterest(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class FrameOfInterestDescription(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class FrameOfInterestType(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class MaskPointerS(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class RWavePointer(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class MaskSubtractionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MaskOperation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicableFrameRange(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class MaskFrameNumbers(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ContrastFrameAveraging(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class MaskSubPixelShift(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TidOffset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class MaskOperationExplanation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PixelDataProviderUrl(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataPointRows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DataPointColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SignalDomainColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LargestMonochromePixelValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DataRepresentation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PixelMeasuresSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FrameVoiLutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PixelValueTransformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SignalDomainRows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DisplayFilterPercentage(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FramePixelShiftSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SubtractionItemId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelIntensityRelationshipLutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FramePixelDataPropertiesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GeometricalProperties(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeometricMaximumDistortion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ImageProcessingApplied(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class MaskSelectionMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LutFunction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MaskVisibilityPercentage(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PixelShiftSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RegionPixelShiftSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VerticesOfTheRegion(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class MultiFramePresentationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PixelShiftFrameRange(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class LutFrameRange(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ImageToEquipmentMappingMatrix(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class EquipmentCoordinateSystemIdentification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyStatusId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyPriorityId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyIdIssuer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyVerifiedDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyVerifiedTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyReadDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyReadTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStudyStartDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStudyStartTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStudyStopDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStudyStopTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStudyLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStudyLocationAeTitle(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ReasonForStudy(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestingPhysicianIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RequestingPhysician(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class RequestingService(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestingServiceCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StudyArrivalDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyArrivalTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyCompletionDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyCompletionTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyComponentStatusId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestedProcedureDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestedProcedureCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RequestedContrastAgent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StudyComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedPatientAliasSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisitStatusId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AdmissionId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssuerOfAdmissionId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssuerOfAdmissionIdSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RouteOfAdmissions(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledAdmissionDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledAdmissionTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledDischargeDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledDischargeTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledPatientInstitutionResidence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AdmittingDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AdmittingTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DischargeDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DischargeTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DischargeDiagnosisDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DischargeDiagnosisCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecialNeeds(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ServiceEpisodeId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssuerOfServiceEpisodeId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ServiceEpisodeDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssuerOfServiceEpisodeIdSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PertinentDocumentsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CurrentPatientLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientInstitutionResidence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientState(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientClinicalTrialParticipationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisitComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WaveformOriginality(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfWaveformChannels(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfWaveformSamples(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SamplingFrequency(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MultiplexGroupLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ChannelDefinitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class WaveformChannelNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ChannelStatus(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ChannelSourceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelSourceModifiersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceWaveformSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelDerivationDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ChannelSensitivity(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelSensitivityUnitsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelSensitivityCorrectionFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelBaseline(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelTimeSkew(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelSampleSkew(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelOffset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class WaveformBitsStored(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FilterLowFrequency(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FilterHighFrequency(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class NotchFilterFrequency(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class NotchFilterBandwidth(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class WaveformDataDisplayScale(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class WaveformDisplayBackgroundCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class WaveformPresentationGroupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PresentationGroupNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ChannelDisplaySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelRecommendedDisplayCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ChannelPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DisplayShadingFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FractionalChannelDisplayScale(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AbsoluteChannelDisplayScale(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MultiplexedAudioChannelsDescriptionCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelIdentificationCode(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStationAeTitle(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ScheduledProcedureStepStartDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledProcedureStepStartTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledProcedureStepEndDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledProcedureStepEndTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledPerformingPhysicianName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class ScheduledProcedureStepDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledProtocolCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledProcedureStepId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StageCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledPerformingPhysicianIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledStationName(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ScheduledProcedureStepLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PreMedication(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledProcedureStepStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OrderPlacerIdentifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OrderFillerIdentifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LocalNamespaceEntityId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class UniversalEntityId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class UniversalEntityIdType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IdentifierTypeCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AssigningFacilitySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AssigningJurisdictionCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AssigningAgencyOrDepartmentCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledProcedureStepSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedNonImageCompositeSopInstanceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedStationAeTitle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedStationName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepStartDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepStartTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepEndDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepEndTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureTypeDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProtocolCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedProtocolType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStepAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RequestAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CommentsOnThePerformedProcedureStep(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepDiscontinuationReasonCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class QuantitySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class Quantity(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MeasuringUnitsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BillingItemSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TotalTimeOfFluoroscopy(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TotalNumberOfExposures(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class EntranceDose(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ExposedArea(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DistanceSourceToEntrance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DistanceSourceToSupport(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ExposureDoseSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CommentsOnRadiationDose(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class XRayOutput(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class HalfValueLayer(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class OrganDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class OrganExposed(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BillingProcedureStepSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FilmConsumptionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BillingSuppliesAndDevicesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedProcedureStepSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedSeriesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CommentsOnTheScheduledProcedureStep(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProtocolContextSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContentItemModifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledSpecimenSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenAccessionNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContainerIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssuerOfTheContainerIdentifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AlternateContainerIdentifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContainerTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContainerDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContainerComponentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpecimenDescriptionSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenDescriptionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpecimenUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AcquisitionContextSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AcquisitionContextDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpecimenDescriptionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IssuerOfTheSpecimenIdentifierSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenShortDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpecimenDetailedDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpecimenPreparationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenPreparationStepContentItemSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenLocalizationContentItemSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SlideIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageCenterPointCoordinatesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class XOffsetInSlideCoordinateSystem(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class YOffsetInSlideCoordinateSystem(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ZOffsetInSlideCoordinateSystem(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PixelSpacingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CoordinateSystemAxisCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MeasurementUnitsCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VitalStainCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RequestedProcedureId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReasonForTheRequestedProcedure(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestedProcedurePriority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientTransportArrangements(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestedProcedureLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PlacerOrderNumberProcedure(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FillerOrderNumberProcedure(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConfidentialityCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReportingPriority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReasonForRequestedProcedureCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NamesOfIntendedRecipientsOfResults(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.PersonName]
    def __init__(self, values: _Optional[_Iterable[_Union[_dataset_pb2.PersonName, _Mapping]]] = ...) -> None: ...

class IntendedRecipientsOfResultsIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReasonForPerformedProcedureCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RequestedProcedureDescriptionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PersonIdentificationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PersonAddress(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PersonTelephoneNumbers(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class PersonTelecomInformation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestedProcedureComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReasonForTheImagingServiceRequest(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssueDateOfImagingServiceRequest(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IssueTimeOfImagingServiceRequest(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PlacerOrderNumberImagingServiceRequestRetired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FillerOrderNumberImagingServiceRequestRetired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OrderEnteredBy(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class OrderEntererLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OrderCallbackPhoneNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PlacerOrderNumberImagingServiceRequest(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FillerOrderNumberImagingServiceRequest(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImagingServiceRequestComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConfidentialityConstraintOnPatientDataDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeneralPurposeScheduledProcedureStepStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeneralPurposePerformedProcedureStepStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeneralPurposeScheduledProcedureStepPriority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledProcessingApplicationsCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledProcedureStepStartDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MultipleCopiesFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcessingApplicationsCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class HumanPerformerCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledProcedureStepModificationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExpectedCompletionDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ResultingGeneralPurposePerformedProcedureStepsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedGeneralPurposeScheduledProcedureStepSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledWorkitemCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedWorkitemCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class InputAvailabilityFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InputInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelevantInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedGeneralPurposeScheduledProcedureStepTransactionUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledStationNameCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledStationClassCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledStationGeographicLocationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedStationNameCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedStationClassCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedStationGeographicLocationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RequestedSubsequentWorkitemCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NonDicomOutputCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OutputInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScheduledHumanPerformersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ActualHumanPerformersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class HumanPerformerOrganization(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HumanPerformerName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class RawDataHandling(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InputReadinessState(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepStartDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PerformedProcedureStepEndDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureStepCancellationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DicomStorageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StowRsStorageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StorageUrl(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class XdsStorageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EntranceDoseInMgy(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedImageRealWorldValueMappingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RealWorldValueMappingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PixelValueMappingCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LutLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RealWorldValueLastValueMapped(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class RealWorldValueLutData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class DoubleFloatRealWorldValueLastValueMapped(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DoubleFloatRealWorldValueFirstValueMapped(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RealWorldValueFirstValueMapped(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class QuantityDefinitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RealWorldValueIntercept(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RealWorldValueSlope(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FindingsFlagTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RelationshipType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FindingsSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FindingsGroupUidTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedFindingsGroupUidTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FindingsGroupRecordingDateTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FindingsGroupRecordingTimeTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FindingsSourceCategoryCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VerifyingOrganization(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DocumentingOrganizationIdentifierCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VerificationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ObservationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ValueType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConceptNameCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MeasurementPrecisionDescriptionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContinuityOfContent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class UrgencyOrPriorityAlertsTrial(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SequencingIndicatorTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DocumentIdentifierCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DocumentAuthorTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class DocumentAuthorIdentifierCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IdentifierCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VerifyingObserverSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ObjectBinaryIdentifierTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class VerifyingObserverName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class DocumentingObserverIdentifierCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AuthorObserverSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ParticipantSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CustodialOrganizationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ParticipationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ParticipationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ObserverType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureIdentifierCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VerifyingObserverIdentificationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ObjectDirectoryBinaryIdentifierTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class EquivalentCdaDocumentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedWaveformChannels(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DateOfDocumentOrVerbalTransactionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TimeOfDocumentCreationOrVerbalTransactionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Datetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Date(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Time(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PersonNameAttribute(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class Uid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReportStatusIdTrial(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class TemporalRangeType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedSamplePositions(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ReferencedFrameNumbers(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ReferencedTimeOffsets(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedDatetime(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class TextValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FloatingPointValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class RationalNumeratorValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class RationalDenominatorValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ObservationCategoryCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ConceptCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BibliographicCitationTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PurposeOfReferenceCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ObservationUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedObservationUidTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedObservationClassTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedObjectObservationClassTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnnotationGroupNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ObservationDateTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ObservationTimeTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MeasurementAutomationTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModifierCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IdentificationDescriptionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CoordinatesSetGeometricTypeTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AlgorithmCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AlgorithmDescriptionTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PixelCoordinatesSetTrial(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class MeasuredValueSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumericValueQualifierCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CurrentObserverTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class NumericValue(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedAccessionSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReportStatusCommentTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureContextSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VerbalSourceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class AddressTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TelephoneNumberTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VerbalSourceIdentifierCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PredecessorDocumentsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedRequestSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedProcedureCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CurrentRequestedProcedureEvidenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReportDetailSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PertinentOtherEvidenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class Hl7StructuredDocumentReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ObservationSubjectUidTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ObservationSubjectClassTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ObservationSubjectTypeCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CompletionFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompletionFlagDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VerificationFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ArchiveRequested(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PreliminaryFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContentTemplateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IdenticalDocumentsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ObservationSubjectContextFlagTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ObserverContextFlagTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureContextFlagTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelationshipSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelationshipTypeCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LanguageCodeSequenceTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TabulatedValuesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfTableRows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfTableColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TableRowNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TableColumnNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TableRowDefinitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TableColumnDefinitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CellValuesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class UniformResourceLocatorTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WaveformAnnotationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TemplateIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TemplateVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TemplateLocalVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TemplateExtensionFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TemplateExtensionOrganizationUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TemplateExtensionCreatorUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedContentItemIdentifier(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class Hl7InstanceIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Hl7DocumentEffectiveTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Hl7DocumentTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DocumentClassCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RetrieveUri(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RetrieveLocationUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TypeOfInstances(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DicomRetrievalSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DicomMediaRetrievalSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class WadoRetrievalSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class XdsRetrievalSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class WadoRsRetrievalSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RepositoryUniqueId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HomeCommunityId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DocumentTitle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EncapsulatedDocument(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class MimeTypeOfEncapsulatedDocument(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceInstanceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ListOfMimeTypes(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ProductPackageIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SubstanceAdministrationApproval(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApprovalStatusFurtherDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApprovalStatusDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProductTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ProductName(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class ProductDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProductLotIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProductExpirationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SubstanceAdministrationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SubstanceAdministrationNotes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SubstanceAdministrationDeviceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProductParameterSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SubstanceAdministrationParameterSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LensDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RightLensSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LeftLensSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class UnspecifiedLateralityLensSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CylinderSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrismSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class HorizontalPrismPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class HorizontalPrismBase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VerticalPrismPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VerticalPrismBase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LensSegmentType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OpticalTransmittance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ChannelWidth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PupilSize(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CornealSize(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AutorefractionRightEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AutorefractionLeftEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DistancePupillaryDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class NearPupillaryDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IntermediatePupillaryDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class OtherPupillaryDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class KeratometryRightEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class KeratometryLeftEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SteepKeratometricAxisSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RadiusOfCurvature(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class KeratometricPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class KeratometricAxis(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FlatKeratometricAxisSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BackgroundColor(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Optotype(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OptotypePresentation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SubjectiveRefractionRightEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SubjectiveRefractionLeftEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AddNearSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AddIntermediateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AddOtherSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AddPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ViewingDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class VisualAcuityTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisualAcuityRightEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisualAcuityLeftEyeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VisualAcuityBothEyesOpenSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ViewingDistanceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VisualAcuityModifiers(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DecimalVisualAcuity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class OptotypeDetailedDefinition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedRefractiveMeasurementsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpherePower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CylinderPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CornealTopographySurface(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CornealVertexLocation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class PupilCentroidXCoordinate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PupilCentroidYCoordinate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class EquivalentPupilRadius(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CornealTopographyMapTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VerticesOfTheOutlineOfPupil(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class CornealTopographyMappingNormalsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MaximumCornealCurvatureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MaximumCornealCurvature(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MaximumCornealCurvatureLocation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class MinimumKeratometricSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SimulatedKeratometricCylinderSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AverageCornealPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CornealISValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AnalyzedArea(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SurfaceRegularityIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SurfaceAsymmetryIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CornealEccentricityIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class KeratoconusPredictionIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DecimalPotentialVisualAcuity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CornealTopographyMapQualityEvaluation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceImageCornealProcessedDataSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CornealPointLocation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class CornealPointEstimated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AxialPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TangentialPower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RefractivePower(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RelativeElevation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CornealWavefront(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ImagedVolumeWidth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ImagedVolumeHeight(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ImagedVolumeDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TotalPixelMatrixColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TotalPixelMatrixRows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TotalPixelMatrixOriginSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenLabelInImage(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FocusMethod(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExtendedDepthOfField(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfFocalPlanes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DistanceBetweenFocalPlanes(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RecommendedAbsentPixelCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class IlluminatorTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageOrientationSlide(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class OpticalPathSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OpticalPathIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OpticalPathDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IlluminationColorCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecimenReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CondenserLensPower(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ObjectiveLensPower(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ObjectiveLensNumericalAperture(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PaletteColorLookupTableSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedImageNavigationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TopLeftHandCornerOfLocalizerArea(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class BottomRightHandCornerOfLocalizerArea(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class OpticalPathIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlanePositionSlideSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ColumnPositionInTotalImagePixelMatrix(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RowPositionInTotalImagePixelMatrix(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PixelOriginInterpretation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CalibrationImage(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContainerComponentTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContainerComponentThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DeviceLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ContainerComponentWidth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DeviceDiameter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeviceDiameterUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeviceVolume(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class InterMarkerDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ContainerComponentMaterial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContainerComponentId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContainerComponentLength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ContainerComponentDiameter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ContainerComponentDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeviceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContrastBolusIngredientPercentByVolume(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class OctFocalDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BeamSpotSize(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class EffectiveRefractiveIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class OctAcquisitionDomain(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OctOpticalCenterWavelength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AxialResolution(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RangingDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ALineRate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ALinesPerFrame(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CatheterRotationalRate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ALinePixelSpacing(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ModeOfPercutaneousAccessSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IntravascularOctFrameTypeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OctZOffsetApplied(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IntravascularFrameContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IntravascularLongitudinalDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IntravascularOctFrameContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OctZOffsetCorrection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CatheterDirectionOfRotation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SeamLineLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FirstALineLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SeamLineIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfPaddedALines(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class InterpolationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RefractiveIndexApplied(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EnergyWindowVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfEnergyWindows(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class EnergyWindowInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EnergyWindowRangeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EnergyWindowLowerLimit(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class EnergyWindowUpperLimit(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadiopharmaceuticalInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ResidualSyringeCounts(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class EnergyWindowName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfDetectors(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DetectorInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PhaseVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfPhases(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PhaseInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfFramesInPhase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PhaseDelay(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PauseBetweenFrames(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PhaseDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RotationVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfRotations(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RotationInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfFramesInRotation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RRIntervalVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfRRIntervals(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class GatedInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DataInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TimeSlotVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfTimeSlots(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TimeSlotInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TimeSlotTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SliceVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfSlices(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class AngularViewVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class TimeSliceVector(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfTimeSlices(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class StartAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TypeOfDetectorMotion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TriggerVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfTriggersInPhase(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ViewCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ViewModifierCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RadionuclideCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AdministrationRouteCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RadiopharmaceuticalCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CalibrationDataSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EnergyWindowNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImageId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientOrientationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientOrientationModifierCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientGantryRelationshipCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SliceProgressionDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SeriesType(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class Units(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CountsSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReprojectionMethod(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SuvType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RandomsCorrectionMethod(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AttenuationCorrectionMethod(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DecayCorrection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReconstructionMethod(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorLinesOfResponseUsed(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScatterCorrectionMethod(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AxialAcceptance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class AxialMash(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class TransverseMash(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class DetectorElementSize(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class CoincidenceWindowWidth(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SecondaryCountsType(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class FrameReferenceTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PrimaryPromptsCountsAccumulated(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class SecondaryCountsAccumulated(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class SliceSensitivityFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DecayFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DoseCalibrationFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ScatterFractionFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeadTimeFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ImageIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CountsIncluded(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class DeadTimeCorrectionFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HistogramSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class HistogramNumberOfBins(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class HistogramFirstBinValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class HistogramLastBinValue(_message.Message):
    __slots__ = ("vr", "us", "ss")
    VR_FIELD_NUMBER: _ClassVar[int]
    US_FIELD_NUMBER: _ClassVar[int]
    SS_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    us: int
    ss: int
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., us: _Optional[int] = ..., ss: _Optional[int] = ...) -> None: ...

class HistogramBinWidth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class HistogramExplanation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HistogramData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SegmentationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SegmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SegmentedPropertyCategoryCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SegmentNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SegmentLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SegmentDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SegmentAlgorithmType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SegmentAlgorithmName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SegmentIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSegmentNumber(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class RecommendedDisplayGrayscaleValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RecommendedDisplayCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class MaximumFractionalValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SegmentedPropertyTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SegmentationFractionalType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SegmentedPropertyTypeModifierCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class UsedSegmentsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DeformableRegistrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceFrameOfReferenceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DeformableRegistrationGridSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GridDimensions(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class GridResolution(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class VectorGridData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class PreDeformationMatrixRegistrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PostDeformationMatrixRegistrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfSurfaces(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SurfaceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SurfaceNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SurfaceComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SurfaceProcessing(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SurfaceProcessingRatio(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SurfaceProcessingDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RecommendedPresentationOpacity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RecommendedPresentationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FiniteVolume(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Manifold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SurfacePointsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SurfacePointsNormalsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SurfaceMeshPrimitivesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfSurfacePoints(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PointCoordinatesData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class PointPositionAccuracy(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class MeanPointDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MaximumPointDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PointsBoundingBoxCoordinates(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class AxisOfRotation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class CenterOfRotation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class NumberOfVectors(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class VectorDimensionality(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class VectorAccuracy(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class VectorCoordinateData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class TrianglePointIndexList(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class EdgePointIndexList(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class VertexPointIndexList(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class TriangleStripSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TriangleFanSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LineSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrimitivePointIndexList(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class SurfaceCount(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ReferencedSurfaceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSurfaceNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SegmentSurfaceGenerationAlgorithmIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SegmentSurfaceSourceInstanceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AlgorithmFamilyCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AlgorithmNameCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AlgorithmVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AlgorithmParameters(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FacetSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SurfaceProcessingAlgorithmIdentificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AlgorithmName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RecommendedPointRadius(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RecommendedLineThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ImplantSize(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantTemplateVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReplacedImplantTemplateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DerivationImplantTemplateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OriginalImplantTemplateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EffectiveDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantTargetAnatomySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class InformationFromManufacturerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NotificationFromManufacturerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class InformationIssueDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InformationSummary(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantRegulatoryDisapprovalCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OverallTemplateSpatialTolerance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class HpglDocumentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class HpglDocumentId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class HpglDocumentLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ViewOrientationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ViewOrientationModifier(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class HpglDocumentScaling(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class HpglDocument(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class HpglContourPenNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class HpglPenSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class HpglPenNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class HpglPenLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HpglPenDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RecommendedRotationPoint(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class BoundingRectangle(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ImplantTemplate3dModelSurfaceNumber(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SurfaceModelDescriptionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SurfaceModelLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SurfaceModelScalingFactor(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MaterialsCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CoatingMaterialsCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FixationMethodCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MatingFeatureSetsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MatingFeatureSetId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class MatingFeatureSetLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MatingFeatureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MatingFeatureId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class MatingFeatureDegreeOfFreedomSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DegreeOfFreedomId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DegreeOfFreedomType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TwoDMatingFeatureCoordinatesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedHpglDocumentId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TwoDMatingPoint(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TwoDMatingAxes(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TwoDDegreeOfFreedomSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ThreeDDegreeOfFreedomAxis(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class RangeOfFreedom(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreeDMatingPoint(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreeDMatingAxes(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TwoDDegreeOfFreedomAxis(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class PlanningLandmarkPointSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlanningLandmarkLineSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlanningLandmarkPlaneSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PlanningLandmarkId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PlanningLandmarkDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PlanningLandmarkIdentificationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TwoDPointCoordinatesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TwoDPointCoordinates(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreeDPointCoordinates(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TwoDLineCoordinatesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TwoDLineCoordinates(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreeDLineCoordinates(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TwoDPlaneCoordinatesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TwoDPlaneIntersection(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreeDPlaneOrigin(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreeDPlaneNormal(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class GraphicAnnotationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GraphicLayer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BoundingBoxAnnotationUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnchorPointAnnotationUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GraphicAnnotationUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class UnformattedTextValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TextObjectSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GraphicObjectSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BoundingBoxTopLeftHandCorner(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class BoundingBoxBottomRightHandCorner(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class BoundingBoxTextHorizontalJustification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnchorPoint(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class AnchorPointVisibility(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GraphicDimensions(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfGraphicPoints(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class GraphicData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class GraphicType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GraphicFilled(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageRotationRetired(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ImageHorizontalFlip(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageRotation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DisplayedAreaTopLeftHandCornerTrial(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DisplayedAreaBottomRightHandCornerTrial(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DisplayedAreaTopLeftHandCorner(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DisplayedAreaBottomRightHandCorner(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DisplayedAreaSelectionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GraphicLayerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GraphicLayerOrder(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class GraphicLayerRecommendedDisplayGrayscaleValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class GraphicLayerRecommendedDisplayRgbValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class GraphicLayerDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContentLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContentDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PresentationCreationDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PresentationCreationTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContentCreatorName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class ContentCreatorIdentificationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AlternateContentDescriptionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PresentationSizeMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PresentationPixelSpacing(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class PresentationPixelAspectRatio(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class PresentationPixelMagnificationRatio(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GraphicGroupLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GraphicGroupDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompoundGraphicSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CompoundGraphicInstanceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FontName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FontNameType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CssFontName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RotationAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TextStyleSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LineStyleSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FillStyleSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GraphicGroupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TextColorCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class HorizontalAlignment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VerticalAlignment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShadowStyle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShadowOffsetX(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ShadowOffsetY(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ShadowColorCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class Underlined(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Bold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Italic(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatternOnColorCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class PatternOffColorCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class LineThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class LineDashingStyle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LinePattern(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class FillPattern(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class FillMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShadowOpacity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GapLength(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DiameterOfVisibility(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RotationPoint(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TickAlignment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShowTickLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TickLabelAlignment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompoundGraphicUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatternOnOpacity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PatternOffOpacity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MajorTicksSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TickPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TickLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompoundGraphicType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GraphicGroupId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ShapeType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RegistrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MatrixRegistrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MatrixSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FrameOfReferenceTransformationMatrixType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RegistrationTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FiducialDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FiducialIdentifier(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FiducialIdentifierCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContourUncertaintyRadius(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class UsedFiducialsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GraphicCoordinatesDataSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FiducialUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FiducialSetSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FiducialSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GraphicLayerRecommendedDisplayCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class BlendingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelativeOpacity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ReferencedSpatialRegistrationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BlendingPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HangingProtocolName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HangingProtocolDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HangingProtocolLevel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HangingProtocolCreator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HangingProtocolCreationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HangingProtocolDefinitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class HangingProtocolUserIdentificationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class HangingProtocolUserGroupName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceHangingProtocolSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfPriorsReferenced(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImageSetsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageSetSelectorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageSetSelectorUsageFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SelectorAttribute(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SelectorValueNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TimeBasedImageSetsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageSetNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImageSetSelectorCategory(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RelativeTime(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class RelativeTimeUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AbstractPriorValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class AbstractPriorCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageSetLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SelectorAttributeVr(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SelectorSequencePointer(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SelectorSequencePointerPrivateCreator(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SelectorAttributePrivateCreator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SelectorAtValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SelectorCsValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SelectorDtValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SelectorIsValue(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class SelectorLoValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SelectorLtValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SelectorPnValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.PersonName]
    def __init__(self, values: _Optional[_Iterable[_Union[_dataset_pb2.PersonName, _Mapping]]] = ...) -> None: ...

class SelectorShValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SelectorStValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SelectorUcValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SelectorUtValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SelectorDsValue(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class SelectorFdValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class SelectorFlValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class SelectorUlValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SelectorUsValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SelectorSlValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SelectorSsValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SelectorCodeSequenceValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SelectorSvValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SelectorUvValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfScreens(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NominalScreenDefinitionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NumberOfVerticalPixels(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfHorizontalPixels(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DisplayEnvironmentSpatialPosition(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ScreenMinimumGrayscaleBitDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ScreenMinimumColorBitDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ApplicationMaximumRepaintTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DisplaySetsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DisplaySetNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DisplaySetLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DisplaySetPresentationGroup(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DisplaySetPresentationGroupDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PartialDataDisplayHandling(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SynchronizedScrollingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DisplaySetScrollingGroup(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class NavigationIndicatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class NavigationDisplaySet(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ReferenceDisplaySets(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class ImageBoxesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageBoxNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImageBoxLayoutType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageBoxTileHorizontalDimension(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImageBoxTileVerticalDimension(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImageBoxScrollDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageBoxSmallScrollType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageBoxSmallScrollAmount(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImageBoxLargeScrollType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageBoxLargeScrollAmount(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImageBoxOverlapPriority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class CineRelativeToRealTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FilterOperationsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FilterByCategory(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FilterByAttributePresence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FilterByOperator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StructuredDisplayBackgroundCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class EmptyImageBoxCielabValue(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class StructuredDisplayImageBoxSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StructuredDisplayTextBoxSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedFirstFrameSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageBoxSynchronizationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SynchronizedImageBoxList(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class TypeOfSynchronization(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlendingOperationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReformattingOperationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReformattingThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ReformattingInterval(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ReformattingOperationInitialViewDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ThreeDRenderingType(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SortingOperationsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SortByCategory(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SortingDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DisplaySetPatientOrientation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class VoiType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PseudoColorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PseudoColorPaletteInstanceReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ShowGrayscaleInverted(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShowImageTrueSizeFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShowGraphicAnnotationFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShowPatientDemographicsFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShowAcquisitionTechniquesFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DisplaySetHorizontalJustification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DisplaySetVerticalJustification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContinuationStartMeterset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ContinuationEndMeterset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ProcedureStepState(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureStepProgressInformationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ProcedureStepProgress(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ProcedureStepProgressDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureStepCommunicationsUriSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContactUri(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContactDisplayName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureStepDiscontinuationReasonCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BeamTaskSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BeamTaskType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamOrderIndexTrial(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AutosequenceFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TableTopVerticalAdjustedPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopLongitudinalAdjustedPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopLateralAdjustedPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PatientSupportAdjustedAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopEccentricAdjustedAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopPitchAdjustedAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopRollAdjustedAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DeliveryVerificationImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class VerificationImageTiming(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoubleExposureFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoubleExposureOrdering(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoubleExposureMetersetTrial(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DoubleExposureFieldDeltaTrial(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class RelatedReferenceRtImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GeneralMachineVerificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ConventionalMachineVerificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonMachineVerificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FailedAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OverriddenAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ConventionalControlPointVerificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonControlPointVerificationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AttributeOccurrenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AttributeOccurrencePointer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class AttributeItemSelector(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class AttributeOccurrencePrivateCreator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SelectorSequencePointerItems(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class ScheduledProcedureStepPriority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WorklistLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ProcedureStepLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScheduledProcessingParametersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerformedProcessingParametersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class UnifiedProcedureStepPerformedProcedureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelatedProcedureStepSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ProcedureStepRelationshipType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReplacedProcedureStepSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DeletionLock(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReceivingAe(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestingAe(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReasonForCancellation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ScpStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SubscriptionListStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class UnifiedProcedureSteplistStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamOrderIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class DoubleExposureMeterset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DoubleExposureFieldDelta(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ImplantAssemblyTemplateName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantAssemblyTemplateIssuer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantAssemblyTemplateVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReplacedImplantAssemblyTemplateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantAssemblyTemplateType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OriginalImplantAssemblyTemplateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DerivationImplantAssemblyTemplateSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantAssemblyTemplateTargetAnatomySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ProcedureTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SurgicalTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ComponentTypesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ComponentTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExclusiveComponentType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MandatoryComponentType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ComponentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ComponentId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ComponentAssemblySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class Component1ReferencedId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Component1ReferencedMatingFeatureSetId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Component1ReferencedMatingFeatureId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Component2ReferencedId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Component2ReferencedMatingFeatureSetId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Component2ReferencedMatingFeatureId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImplantTemplateGroupName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantTemplateGroupDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantTemplateGroupIssuer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantTemplateGroupVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReplacedImplantTemplateGroupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantTemplateGroupTargetAnatomySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantTemplateGroupMembersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantTemplateGroupMemberId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ThreeDImplantTemplateGroupMemberMatchingPoint(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreeDImplantTemplateGroupMemberMatchingAxes(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ImplantTemplateGroupMemberMatching2dCoordinatesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TwoDImplantTemplateGroupMemberMatchingPoint(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class TwoDImplantTemplateGroupMemberMatchingAxes(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ImplantTemplateGroupVariationDimensionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImplantTemplateGroupVariationDimensionName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImplantTemplateGroupVariationDimensionRankSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedImplantTemplateGroupMemberId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ImplantTemplateGroupVariationDimensionRank(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class SurfaceScanAcquisitionTypeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SurfaceScanModeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RegistrationMethodCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ShotDurationTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ShotOffsetTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SurfacePointPresentationValueData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class SurfacePointColorCielabValueData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class UvMappingSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TextureLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class UValueData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: bytes
    def __init__(self, values: _Optional[bytes] = ...) -> None: ...

class VValueData(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: bytes
    def __init__(self, values: _Optional[bytes] = ...) -> None: ...

class ReferencedTextureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSurfaceDataSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StorageMediaFileSetId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StorageMediaFileSetUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IconImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TopicTitle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TopicSubject(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TopicAuthor(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TopicKeywords(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SopInstanceStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SopAuthorizationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SopAuthorizationComment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AuthorizationEquipmentCertificationNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MacIdNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class MacCalculationTransferSyntaxUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MacAlgorithm(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DataElementsSigned(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class DigitalSignatureUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DigitalSignatureDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CertificateType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CertificateOfSigner(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class Signature(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class CertifiedTimestampType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CertifiedTimestamp(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class DigitalSignaturePurposeCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedDigitalSignatureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSopInstanceMacSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class Mac(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class EncryptedAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class EncryptedContentTransferSyntaxUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EncryptedContent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class ModifiedAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OriginalAttributesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AttributeModificationDatetime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ModifyingSystem(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceOfPreviousValues(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReasonForTheAttributeModification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EscapeTriplet(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class RunLengthTriplet(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class HuffmanTableSize(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class HuffmanTableTriplet(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class ShiftTableSize(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class ShiftTableTriplet(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class ZonalMap(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class NumberOfCopies(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PrinterConfigurationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrintPriority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MediumType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FilmDestination(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FilmSessionLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MemoryAllocation(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class MaximumMemoryAllocation(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ColorImagePrintingFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CollationFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnnotationFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageOverlayFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PresentationLutFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ImageBoxPresentationLutFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MemoryBitDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PrintingBitDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class MediaInstalledSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OtherMediaAvailableSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SupportedImageDisplayFormatsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedFilmBoxSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedStoredPrintSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageDisplayFormat(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnnotationDisplayFormatId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FilmOrientation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FilmSizeId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrinterResolutionId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DefaultPrinterResolutionId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MagnificationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SmoothingType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DefaultMagnificationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OtherMagnificationTypesAvailable(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class DefaultSmoothingType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OtherSmoothingTypesAvailable(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class BorderDensity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class EmptyImageDensity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MinDensity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class MaxDensity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Trim(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConfigurationInformation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConfigurationInformationDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MaximumCollatedFilms(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class Illumination(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ReflectedAmbientLight(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PrinterPixelSpacing(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedFilmSessionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedImageBoxSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedBasicAnnotationBoxSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageBoxPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Polarity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestedImageSize(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RequestedDecimateCropBehavior(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestedResolutionId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestedImageSizeFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DecimateCropResult(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BasicGrayscaleImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BasicColorImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedImageOverlayBoxSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedVoiLutBoxSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnnotationPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class TextString(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedOverlayPlaneSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedOverlayPlaneGroups(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class OverlayPixelDataSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OverlayMagnificationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OverlaySmoothingType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OverlayOrImageMagnification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MagnifyToNumberOfColumns(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class OverlayForegroundDensity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OverlayBackgroundDensity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OverlayMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ThresholdDensity(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedImageBoxSequenceRetired(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PresentationLutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PresentationLutShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedPresentationLutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrintJobId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExecutionStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ExecutionStatusInfo(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CreationDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CreationTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Originator(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DestinationAe(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OwnerId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfFilms(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedPrintJobSequencePullStoredPrint(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrinterStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrinterStatusInfo(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrinterName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrintQueueId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class QueueStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrintJobDescriptionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedPrintJobSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrintManagementCapabilitiesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrinterCharacteristicsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FilmBoxContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageBoxContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnnotationContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImageOverlayBoxContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PresentationLutContentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ProposedStudySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class OriginalImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LabelUsingInformationExtractedFromInstances(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LabelText(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LabelStyleSelection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MediaDisposition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BarcodeValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BarcodeSymbology(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AllowMediaSplitting(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IncludeNonDicomObjects(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IncludeDisplayApplication(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PreserveCompositeInstancesAfterMediaCreation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TotalNumberOfPiecesOfMediaCreated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RequestedMediaApplicationProfile(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedStorageMediaSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FailureAttributes(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class AllowLossyCompression(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RequestPriority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtImageLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtImageName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtImageDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReportedValuesOrigin(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtImagePlane(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class XRayImageReceptorTranslation(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class XRayImageReceptorAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RtImageOrientation(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ImagePlanePixelSpacing(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class RtImagePosition(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class RadiationMachineName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RadiationMachineSad(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RadiationMachineSsd(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RtImageSid(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceToReferenceObjectDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FractionNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ExposureSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MetersetExposure(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DiaphragmPosition(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FluenceMapSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FluenceDataSource(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FluenceDataScale(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PrimaryFluenceModeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FluenceMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FluenceModeId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DvhType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoseUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoseType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SpatialTransformOfDose(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoseComment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NormalizationPoint(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DoseSummationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GridFrameOffsetVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DoseGridScaling(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RtDoseRoiSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DoseValue(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TissueHeterogeneityCorrection(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class DvhNormalizationPoint(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DvhNormalizationDoseValue(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DvhSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DvhDoseScaling(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DvhVolumeUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DvhNumberOfBins(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class DvhData(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class DvhReferencedRoiSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DvhRoiContributionType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DvhMinimumDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DvhMaximumDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DvhMeanDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class StructureSetLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StructureSetName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StructureSetDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StructureSetDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class StructureSetTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedFrameOfReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RtReferencedStudySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RtReferencedSeriesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContourImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PredecessorStructureSetSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class StructureSetRoiSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RoiNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedFrameOfReferenceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RoiName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RoiDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RoiDisplayColor(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class RoiVolume(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RtRelatedRoiSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RtRoiRelationship(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RoiGenerationAlgorithm(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RoiGenerationDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RoiContourSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContourSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ContourGeometricType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ContourSlabThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ContourOffsetVector(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfContourPoints(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ContourNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class AttachedContours(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    text: str
    def __init__(self, values: _Optional[_Iterable[int]] = ..., text: _Optional[str] = ...) -> None: ...

class ContourData(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class RtRoiObservationsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ObservationNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedRoiNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RoiObservationLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtRoiIdentificationCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RoiObservationDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RelatedRtRoiObservationsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RtRoiInterpretedType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RoiInterpreter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class RoiPhysicalPropertiesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RoiPhysicalProperty(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RoiPhysicalPropertyValue(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RoiElementalCompositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RoiElementalCompositionAtomicNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RoiElementalCompositionAtomicMassFraction(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FrameOfReferenceRelationshipSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RelatedFrameOfReferenceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FrameOfReferenceTransformationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FrameOfReferenceTransformationMatrix(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class FrameOfReferenceTransformationComment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MeasuredDoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class MeasuredDoseDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MeasuredDoseType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MeasuredDoseValue(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TreatmentSessionBeamSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TreatmentSessionIonBeamSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CurrentFractionNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TreatmentControlPointDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentControlPointTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentTerminationStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentTerminationCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentVerificationStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedTreatmentRecordSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecifiedPrimaryMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SpecifiedSecondaryMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveredPrimaryMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveredSecondaryMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SpecifiedTreatmentTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveredTreatmentTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ControlPointDeliverySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonControlPointDeliverySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecifiedMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveredMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class MetersetRateSet(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MetersetRateDelivered(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ScanSpotMetersetsDelivered(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class DoseRateDelivered(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TreatmentSummaryCalculatedDoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CumulativeDoseToDoseReference(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FirstTreatmentDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MostRecentTreatmentDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfFractionsDelivered(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class OverrideSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ParameterSequencePointer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class OverrideParameterPointer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ParameterItemIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class MeasuredDoseReferenceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ParameterPointer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class OverrideReason(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CorrectedParameterSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CorrectionValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CalculatedDoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CalculatedDoseReferenceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CalculatedDoseReferenceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CalculatedDoseReferenceDoseValue(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class StartMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class EndMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedMeasuredDoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedMeasuredDoseReferenceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedCalculatedDoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedCalculatedDoseReferenceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BeamLimitingDeviceLeafPairsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecordedWedgeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecordedCompensatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecordedBlockSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TreatmentSummaryMeasuredDoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecordedSnoutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecordedRangeShifterSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecordedLateralSpreadingDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecordedRangeModulatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RecordedSourceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceSerialNumber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentSessionApplicationSetupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ApplicationSetupCheck(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RecordedBrachyAccessoryDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedBrachyAccessoryDeviceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RecordedChannelSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SpecifiedChannelTotalTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveredChannelTotalTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SpecifiedNumberOfPulses(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveredNumberOfPulses(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class SpecifiedPulseRepetitionInterval(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveredPulseRepetitionInterval(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RecordedSourceApplicatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSourceApplicatorNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RecordedChannelShieldSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedChannelShieldNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyControlPointDeliveredSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SafePositionExitDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SafePositionExitTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SafePositionReturnDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SafePositionReturnTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CurrentTreatmentStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentStatusComment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FractionGroupSummarySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedFractionNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class FractionGroupType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamStopperPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FractionStatusSummarySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TreatmentDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtPlanLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtPlanName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtPlanDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtPlanDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RtPlanTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentProtocols(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class PlanIntent(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentSites(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class RtPlanGeometry(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrescriptionDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DoseReferenceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class DoseReferenceUid(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoseReferenceStructureType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NominalBeamEnergyUnit(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoseReferenceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DoseReferencePointCoordinates(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class NominalPriorDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DoseReferenceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ConstraintWeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveryWarningDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DeliveryMaximumDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TargetMinimumDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TargetPrescriptionDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TargetMaximumDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TargetUnderdoseVolumeFraction(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class OrganAtRiskFullVolumeDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class OrganAtRiskLimitDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class OrganAtRiskMaximumDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class OrganAtRiskOverdoseVolumeFraction(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ToleranceTableSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ToleranceTableNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ToleranceTableLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GantryAngleTolerance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BeamLimitingDeviceAngleTolerance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BeamLimitingDeviceToleranceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BeamLimitingDevicePositionTolerance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SnoutPositionTolerance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PatientSupportAngleTolerance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopEccentricAngleTolerance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopPitchAngleTolerance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopRollAngleTolerance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopVerticalPositionTolerance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopLongitudinalPositionTolerance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopLateralPositionTolerance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RtPlanRelationship(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FractionGroupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FractionGroupNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class FractionGroupDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfFractionsPlanned(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfFractionPatternDigitsPerDay(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RepeatFractionCycleLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class FractionPattern(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfBeams(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BeamDoseSpecificationPoint(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class BeamDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BeamMeterset(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BeamDosePointDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BeamDosePointEquivalentDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BeamDosePointSsd(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BeamDoseMeaning(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamDoseVerificationControlPointSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AverageBeamDosePointDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AverageBeamDosePointEquivalentDepth(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AverageBeamDosePointSsd(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class NumberOfBrachyApplicationSetups(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyApplicationSetupDoseSpecificationPoint(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyApplicationSetupDose(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BeamSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TreatmentMachineName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PrimaryDosimeterUnit(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceAxisDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BeamLimitingDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RtBeamLimitingDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceToBeamLimitingDeviceDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class IsocenterToBeamLimitingDeviceDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class NumberOfLeafJawPairs(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class LeafPositionBoundaries(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class BeamNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BeamName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RadiationType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HighDoseTechniqueType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferenceImageNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PlannedVerificationImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ImagingDeviceSpecificAcquisitionParameters(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class TreatmentDeliveryType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfWedges(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class WedgeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class WedgeNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class WedgeType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WedgeId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WedgeAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class WedgeFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TotalWedgeTrayWaterEquivalentThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class WedgeOrientation(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class IsocenterToWedgeTrayDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SourceToWedgeTrayDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class WedgeThinEdgePosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BolusId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BolusDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfCompensators(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class MaterialId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TotalCompensatorTrayFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CompensatorNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceToCompensatorTrayDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorRows(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorColumns(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorPixelSpacing(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorPosition(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorTransmissionData(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorThicknessData(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfBoli(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompensatorTrayId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfBlocks(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TotalBlockTrayFactor(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TotalBlockTrayWaterEquivalentThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BlockSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BlockTrayId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceToBlockTrayDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class IsocenterToBlockTrayDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BlockType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AccessoryCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlockDivergence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlockMountingPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlockNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BlockName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BlockThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BlockTransmission(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BlockNumberOfPoints(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BlockData(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class ApplicatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ApplicatorId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicatorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicatorDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CumulativeDoseReferenceCoefficient(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FinalCumulativeMetersetWeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class NumberOfControlPoints(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ControlPointSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ControlPointIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class NominalBeamEnergy(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class DoseRateSet(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class WedgePositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class WedgePosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamLimitingDevicePositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LeafJawPositions(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class GantryAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class GantryRotationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamLimitingDeviceAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BeamLimitingDeviceRotationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientSupportAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class PatientSupportRotationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TableTopEccentricAxisDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopEccentricAngle(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopEccentricRotationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TableTopVerticalPosition(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopLongitudinalPosition(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopLateralPosition(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class IsocenterPosition(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class SurfaceEntryPoint(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class SourceToSurfaceDistance(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CumulativeMetersetWeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopPitchAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopPitchRotationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TableTopRollAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class TableTopRollRotationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HeadFixationAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GantryPitchAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class GantryPitchRotationDirection(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GantryPitchAngleTolerance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class PatientSetupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PatientSetupNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PatientSetupLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientAdditionalPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FixationDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class FixationDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FixationDeviceLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FixationDeviceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FixationDevicePosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FixationDevicePitchAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FixationDeviceRollAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ShieldingDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ShieldingDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShieldingDeviceLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShieldingDeviceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ShieldingDevicePosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SetupTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SetupTechniqueDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SetupDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SetupDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SetupDeviceLabel(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SetupDeviceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SetupDeviceParameter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SetupReferenceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TableTopVerticalSetupDisplacement(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopLongitudinalSetupDisplacement(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TableTopLateralSetupDisplacement(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyTreatmentTechnique(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BrachyTreatmentType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TreatmentMachineSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SourceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class SourceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceManufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ActiveSourceDiameter(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ActiveSourceLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceModelId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceEncapsulationNominalThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceEncapsulationNominalTransmission(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceIsotopeName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceIsotopeHalfLife(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceStrengthUnits(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferenceAirKermaRate(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceStrength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceStrengthReferenceDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceStrengthReferenceTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicationSetupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ApplicationSetupType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicationSetupNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ApplicationSetupName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicationSetupManufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TemplateNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TemplateType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TemplateName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TotalReferenceAirKerma(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyAccessoryDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class BrachyAccessoryDeviceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyAccessoryDeviceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BrachyAccessoryDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BrachyAccessoryDeviceName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BrachyAccessoryDeviceNominalThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyAccessoryDeviceNominalTransmission(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelTotalTime(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceMovementType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfPulses(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class PulseRepetitionInterval(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceApplicatorNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class SourceApplicatorId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceApplicatorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceApplicatorName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceApplicatorLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceApplicatorManufacturer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceApplicatorWallNominalThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceApplicatorWallNominalTransmission(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class SourceApplicatorStepSize(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class TransferTubeNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class TransferTubeLength(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelShieldSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelShieldNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelShieldId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ChannelShieldName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ChannelShieldNominalThickness(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ChannelShieldNominalTransmission(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class FinalCumulativeTimeWeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyControlPointSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ControlPointRelativePosition(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ControlPoint3dPosition(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class CumulativeTimeWeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class CompensatorDivergence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CompensatorMountingPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceToCompensatorDistance(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class TotalCompensatorTrayWaterEquivalentThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IsocenterToCompensatorTrayDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CompensatorColumnOffset(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IsocenterToCompensatorDistances(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class CompensatorRelativeStoppingPowerRatio(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class CompensatorMillingToolDiameter(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IonRangeCompensatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CompensatorDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RadiationMassNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RadiationAtomicNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RadiationChargeState(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ScanMode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class VirtualSourceAxisDistances(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class SnoutSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SnoutPosition(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SnoutId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfRangeShifters(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RangeShifterSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RangeShifterNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RangeShifterId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RangeShifterType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RangeShifterDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfLateralSpreadingDevices(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class LateralSpreadingDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LateralSpreadingDeviceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class LateralSpreadingDeviceId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LateralSpreadingDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LateralSpreadingDeviceDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LateralSpreadingDeviceWaterEquivalentThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class NumberOfRangeModulators(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RangeModulatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RangeModulatorNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RangeModulatorId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RangeModulatorType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RangeModulatorDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BeamCurrentModulationId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientSupportType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientSupportId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PatientSupportAccessoryCode(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class FixationLightAzimuthalAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class FixationLightPolarAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class MetersetRate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RangeShifterSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RangeShifterSetting(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IsocenterToRangeShifterDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RangeShifterWaterEquivalentThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class LateralSpreadingDeviceSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class LateralSpreadingDeviceSetting(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class IsocenterToLateralSpreadingDeviceDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RangeModulatorSettingsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class RangeModulatorGatingStartValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RangeModulatorGatingStopValue(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RangeModulatorGatingStartWaterEquivalentThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class RangeModulatorGatingStopWaterEquivalentThickness(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class IsocenterToRangeModulatorDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ScanSpotTuneId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfScanSpotPositions(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ScanSpotPositionMap(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ScanSpotMetersetWeights(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ScanningSpotSize(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class NumberOfPaintings(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class IonToleranceTableSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonBeamSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonBeamLimitingDeviceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonBlockSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonControlPointSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonWedgeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class IonWedgePositionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedSetupImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SetupImageComment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class MotionSynchronizationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ControlPointOrientation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class GeneralAccessorySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class GeneralAccessoryId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeneralAccessoryDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeneralAccessoryType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GeneralAccessoryNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class SourceToGeneralAccessoryDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ApplicatorGeometrySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ApplicatorApertureShape(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ApplicatorOpening(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ApplicatorOpeningX(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ApplicatorOpeningY(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class SourceToApplicatorMountingPositionDistance(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ReferencedRtPlanSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedBeamSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedBeamNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedReferenceImageNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class StartCumulativeMetersetWeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class EndCumulativeMetersetWeight(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedBrachyApplicationSetupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedBrachyApplicationSetupNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedSourceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedFractionGroupSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedFractionGroupNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedVerificationImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedReferenceImageSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedDoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedDoseReferenceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class BrachyReferencedDoseReferenceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedStructureSetSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedPatientSetupNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedDoseSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedToleranceTableNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedBolusSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedWedgeNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedCompensatorNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedBlockNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedControlPointIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedControlPointSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedStartControlPointIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedStopControlPointIndex(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedRangeShifterNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedLateralSpreadingDeviceNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedRangeModulatorNumber(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class ApprovalStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReviewDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReviewTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReviewerName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class Arbitrary(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TextComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ResultsId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ResultsIdIssuer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ReferencedInterpretationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReportProductionStatusTrial(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationRecordedDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationRecordedTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationRecorder(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class ReferenceToRecordedSound(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationTranscriptionDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationTranscriptionTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationTranscriber(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class InterpretationText(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationAuthor(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class InterpretationApproverSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class InterpretationApprovalDate(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationApprovalTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class PhysicianApprovingInterpretation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class InterpretationDiagnosisDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationDiagnosisCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ResultsDistributionListSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DistributionName(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _dataset_pb2.PersonName
    def __init__(self, value: _Optional[_Union[_dataset_pb2.PersonName, _Mapping]] = ...) -> None: ...

class DistributionAddress(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationIdIssuer(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationTypeId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InterpretationStatusId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class Impressions(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ResultsComments(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class LowEnergyDetectors(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class HighEnergyDetectors(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DetectorGeometrySequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ThreatRoiVoxelSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ThreatRoiBase(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreatRoiExtents(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class ThreatRoiBitmap(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class RouteSegmentId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class GantryType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OoiOwnerType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RouteSegmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PotentialThreatObjectId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class ThreatSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ThreatCategory(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ThreatCategoryDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AtdAbilityAssessment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AtdAssessmentFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AtdAssessmentProbability(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class Mass(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class Density(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ZEffective(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class BoardingPassId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CenterOfMass(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class CenterOfPto(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class BoundingPolygon(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class RouteSegmentStartLocationId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RouteSegmentEndLocationId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RouteSegmentLocationIdType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AbortReason(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class VolumeOfPto(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AbortFlag(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RouteSegmentStartTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RouteSegmentEndTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TdrType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InternationalRouteSegment(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ThreatDetectionAlgorithmAndVersion(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class AssignedLocation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AlarmDecisionTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AlarmDecision(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class NumberOfTotalObjects(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class NumberOfAlarmObjects(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class PtoRepresentationSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AtdAssessmentSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TipType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class DicosVersion(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OoiOwnerCreationTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OoiType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OoiSize(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class AcquisitionStatus(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class BasisMaterialsCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PhantomType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OoiOwnerSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ScanType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ItineraryId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ItineraryIdType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class ItineraryIdAssigningAuthority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RouteId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class RouteIdAssigningAuthority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class InboundArrivalType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CarrierId(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class CarrierIdAssigningAuthority(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SourceOrientation(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class SourcePosition(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class BeltHeight(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class AlgorithmRoutingCodeSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TransportClassification(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class OoiTypeDescriptor(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class TotalProcessingTime(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class DetectorCalibrationData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class AdditionalScreeningPerformed(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AdditionalInspectionSelectionCriteria(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AdditionalInspectionMethodSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AitDeviceType(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class QrMeasurementsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class TargetMaterialSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class SnrThreshold(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: float
    def __init__(self, value: _Optional[float] = ...) -> None: ...

class ImageScaleRepresentation(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: float
    text: str
    def __init__(self, value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class ReferencedPtoSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ReferencedTdrInstanceSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PtoLocationDescription(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class AnomalyLocatorIndicatorSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class AnomalyLocatorIndicator(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class PtoRegionSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class InspectionSelectionCriteria(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class SecondaryInspectionMethodSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PrcsToRcsOrientation(_message.Message):
    __slots__ = ("values", "text")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    text: str
    def __init__(self, values: _Optional[_Iterable[float]] = ..., text: _Optional[str] = ...) -> None: ...

class MacParametersSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CurveDimensions(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class NumberOfPoints(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class TypeOfData(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class CurveDescription(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class AxisUnits(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class AxisLabels(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class DataValueRepresentation(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class MinimumCoordinateValue(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class MaximumCoordinateValue(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class CurveRange(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class CurveDataDescriptor(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class CoordinateStartValue(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class CoordinateStepValue(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class CurveActivationLayer(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class AudioType(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class AudioSampleFormat(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class NumberOfChannels(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class NumberOfSamples(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class SampleRate(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class TotalTime(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class AudioSampleData(_message.Message):
    __slots__ = ("tag", "vr", "ob", "ow")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    tag: int
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, tag: _Optional[int] = ..., vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class AudioComments(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class CurveLabel(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class CurveReferencedOverlaySequence(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class CurveReferencedOverlayGroup(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class CurveData(_message.Message):
    __slots__ = ("tag", "vr", "ob", "ow")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    tag: int
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, tag: _Optional[int] = ..., vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class SharedFunctionalGroupsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class PerFrameFunctionalGroupsSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class WaveformSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class ChannelMinimumValue(_message.Message):
    __slots__ = ("vr", "ob", "ow")
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class ChannelMaximumValue(_message.Message):
    __slots__ = ("vr", "ob", "ow")
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class WaveformBitsAllocated(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class WaveformSampleInterpretation(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    def __init__(self, value: _Optional[str] = ...) -> None: ...

class WaveformPaddingValue(_message.Message):
    __slots__ = ("vr", "ob", "ow")
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class WaveformData(_message.Message):
    __slots__ = ("vr", "ob", "ow")
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class FirstOrderPhaseCorrectionAngle(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class SpectroscopyData(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class OverlayRows(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayColumns(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayPlanes(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class NumberOfFramesInOverlay(_message.Message):
    __slots__ = ("tag", "value", "text")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    text: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class OverlayDescription(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayType(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlaySubtype(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayOrigin(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class ImageFrameOrigin(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayPlaneOrigin(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayCompressionCode(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayCompressionOriginator(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayCompressionLabel(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayCompressionDescription(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayCompressionStepPointers(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class OverlayRepeatInterval(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayBitsGrouped(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayBitsAllocated(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayBitPosition(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayFormat(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayLocation(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayCodeLabel(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class OverlayNumberOfTables(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayCodeTableLocation(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class OverlayBitsForCodeWord(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayActivationLayer(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayDescriptorGray(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayDescriptorRed(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayDescriptorGreen(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlayDescriptorBlue(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class OverlaysGray(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class OverlaysRed(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class OverlaysGreen(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class OverlaysBlue(_message.Message):
    __slots__ = ("tag", "values")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    tag: int
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, tag: _Optional[int] = ..., values: _Optional[_Iterable[int]] = ...) -> None: ...

class RoiArea(_message.Message):
    __slots__ = ("tag", "value", "text")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    text: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class RoiMean(_message.Message):
    __slots__ = ("tag", "value", "text")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: float
    text: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class RoiStandardDeviation(_message.Message):
    __slots__ = ("tag", "value", "text")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: float
    text: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[float] = ..., text: _Optional[str] = ...) -> None: ...

class OverlayLabel(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class OverlayData(_message.Message):
    __slots__ = ("tag", "vr", "ob", "ow")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    tag: int
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, tag: _Optional[int] = ..., vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class OverlayComments(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: str
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class VariablePixelData(_message.Message):
    __slots__ = ("tag", "vr", "ob", "ow")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    tag: int
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    def __init__(self, tag: _Optional[int] = ..., vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ...) -> None: ...

class VariableNextDataGroup(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: int
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class VariableCoefficientsSdvn(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: bytes
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[bytes] = ...) -> None: ...

class VariableCoefficientsSdhn(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: bytes
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[bytes] = ...) -> None: ...

class VariableCoefficientsSddn(_message.Message):
    __slots__ = ("tag", "value")
    TAG_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    tag: int
    value: bytes
    def __init__(self, tag: _Optional[int] = ..., value: _Optional[bytes] = ...) -> None: ...

class PixelData(_message.Message):
    __slots__ = ("vr", "ob", "ow", "encapsulated", "bulk_data_uri")
    VR_FIELD_NUMBER: _ClassVar[int]
    OB_FIELD_NUMBER: _ClassVar[int]
    OW_FIELD_NUMBER: _ClassVar[int]
    ENCAPSULATED_FIELD_NUMBER: _ClassVar[int]
    BULK_DATA_URI_FIELD_NUMBER: _ClassVar[int]
    vr: _dataset_pb2.Vr
    ob: bytes
    ow: bytes
    encapsulated: _dataset_pb2.EncapsulatedPixelData
    bulk_data_uri: str
    def __init__(self, vr: _Optional[_Union[_dataset_pb2.Vr, str]] = ..., ob: _Optional[bytes] = ..., ow: _Optional[bytes] = ..., encapsulated: _Optional[_Union[_dataset_pb2.EncapsulatedPixelData, _Mapping]] = ..., bulk_data_uri: _Optional[str] = ...) -> None: ...

class CoefficientsSdvn(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class CoefficientsSdhn(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class CoefficientsSddn(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class DigitalSignaturesSequence(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _containers.RepeatedCompositeFieldContainer[_dataset_pb2.DataSet]
    def __init__(self, value: _Optional[_Iterable[_Union[_dataset_pb2.DataSet, _Mapping]]] = ...) -> None: ...

class DataSetTrailingPadding(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...
