"""One naming scheme: DICOM keywords and captions -> protobuf message, field and file names."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import dicomproto.v1
from dicomproto.generator.naming import (
    RESERVED_FIELD_NAMES,
    field_name,
    file_name,
    json_name,
    message_name,
    words,
)

# DICOM keyword or PS3.3 table name -> (message name, field name).
NAMES = [
    ("SOPInstanceUID", "SopInstanceUid", "sop_instance_uid"),
    ("SOPClassUID", "SopClassUid", "sop_class_uid"),
    (
        "ReferencedSOPInstanceUIDInFile",
        "ReferencedSopInstanceUidInFile",
        "referenced_sop_instance_uid_in_file",
    ),
    ("StudyInstanceUID", "StudyInstanceUid", "study_instance_uid"),
    ("PatientName", "PatientName", "patient_name"),
    ("PatientID", "PatientId", "patient_id"),
    ("KVP", "Kvp", "kvp"),
    ("Rows", "Rows", "rows"),
    ("LUTData", "LutData", "lut_data"),
    ("XRayTubeCurrent", "XRayTubeCurrent", "x_ray_tube_current"),
    ("XRay3DFrameTypeSequence", "XRay3dFrameTypeSequence", "x_ray_3d_frame_type_sequence"),
    ("ImagePositionPatient", "ImagePositionPatient", "image_position_patient"),
    ("Plane Position (Patient) Macro", "PlanePositionPatientMacro", "plane_position_patient_macro"),
    (
        "Enhanced Contrast/Bolus Module",
        "EnhancedContrastBolusModule",
        "enhanced_contrast_bolus_module",
    ),
    ("Enhanced XA/XRF Image Module", "EnhancedXaXrfImageModule", "enhanced_xa_xrf_image_module"),
    (
        "Multi-frame Functional Groups Module",
        "MultiFrameFunctionalGroupsModule",
        "multi_frame_functional_groups_module",
    ),
    ("CT Image Module", "CtImageModule", "ct_image_module"),
    (
        "Common CT/MR Image Description Macro",
        "CommonCtMrImageDescriptionMacro",
        "common_ct_mr_image_description_macro",
    ),
    ("SOP Common Module", "SopCommonModule", "sop_common_module"),
    ("Frame VOI LUT Macro", "FrameVoiLutMacro", "frame_voi_lut_macro"),
    ("ICC Profile Module", "IccProfileModule", "icc_profile_module"),
    ("RT Dose ROI Module", "RtDoseRoiModule", "rt_dose_roi_module"),
    ("Frame of Reference", "FrameOfReference", "frame_of_reference"),
    # A name may not start with a digit: "X" is put in front.
    (
        "3D Spatial Coordinates Macro",
        "X3dSpatialCoordinatesMacro",
        "x_3d_spatial_coordinates_macro",
    ),
    ("12LeadECGWaveform", "X12LeadEcgWaveform", "x_12_lead_ecg_waveform"),
]


@pytest.mark.parametrize(("text", "message", "field"), NAMES, ids=[n[0] for n in NAMES])
def test_message_and_field_names(text: str, message: str, field: str) -> None:
    assert message_name(text) == message
    assert field_name(text) == field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SOPInstanceUID", ["SOP", "Instance", "UID"]),
        ("XRay3DFrameTypeSequence", ["X", "Ray", "3D", "Frame", "Type", "Sequence"]),
        ("Plane Position (Patient)", ["Plane", "Position", "Patient"]),
        ("Contrast/Bolus", ["Contrast", "Bolus"]),
        ("Multi-frame", ["Multi", "frame"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_the_name_is_the_same_from_a_keyword_and_from_its_caption() -> None:
    assert message_name("SOPInstanceUID") == message_name("SOP Instance UID")
    assert field_name("PlanePositionPatient") == field_name("Plane Position (Patient)")


@pytest.mark.parametrize("reserved", sorted(RESERVED_FIELD_NAMES))
def test_reserved_field_names_get_a_suffix(reserved: str) -> None:
    assert field_name(reserved) == f"{reserved}_value"


@pytest.mark.parametrize(
    ("message", "proto"),
    [
        ("CtImageModule", "ct_image_module.proto"),
        ("EnhancedXRayAngiographicImageIod", "enhanced_x_ray_angiographic_image_iod.proto"),
        ("X3dSpatialCoordinatesMacro", "x_3d_spatial_coordinates_macro.proto"),
    ],
)
def test_file_names(message: str, proto: str) -> None:
    assert file_name(message) == proto


@pytest.mark.parametrize(
    ("field", "json"),
    [
        ("sop_instance_uid", "sopInstanceUid"),
        ("x_ray_3d_frame_type_sequence", "xRay3dFrameTypeSequence"),
        ("rows", "rows"),
    ],
)
def test_json_names(field: str, json: str) -> None:
    assert json_name(field) == json


def test_every_generated_name_follows_the_style_guide() -> None:
    """TitleCase messages, lower_snake_case fields, each .proto named after its message."""
    problems = []
    modules = [m.name for m in pkgutil.iter_modules(dicomproto.v1.__path__)]
    assert "ct_image_iod_pb2" in modules
    for module_name in modules:
        if not module_name.endswith("_pb2"):
            continue
        module = importlib.import_module(f"dicomproto.v1.{module_name}")
        messages = module.DESCRIPTOR.message_types_by_name
        proto = module.DESCRIPTOR.name.rsplit("/", 1)[-1]
        if len(messages) == 1:
            (only,) = messages
            if file_name(only) != proto:
                problems.append(f"{proto} holds {only}")
        for message in messages.values():
            if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", message.name):
                problems.append(f"message {message.name}")
            for field in message.fields:
                if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", field.name):
                    problems.append(f"field {message.name}.{field.name}")
    assert problems == []
