"""A user's edit always wins over any original form kept for fidelity: every kind of
value, by the typed and the generic path, checked in the Dataset and in the file written."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import pytest
from converter_helpers import SITE, pydicom_read
from google.protobuf.message import Message
from pydicom.dataset import Dataset
from test_converters_synthetic import element, raw_part10

from dicomproto.converters import dicom_from_bytes, dicom_to_bytes, from_proto, to_proto
from dicomproto.v1 import dataset_pb2 as pb

FILES = SITE / "pydicom" / "data" / "test_files"
CT = (FILES / "CT_small.dcm").read_bytes()
DOSE = (FILES / "rtdose.dcm").read_bytes()


def _convert(data: bytes, generic: bool) -> Message:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return to_proto(dicom_from_bytes(data), generic=generic, as_read=True)


def _both(message: Message) -> list[Dataset]:
    """The edited message back: as a Dataset, and as the file written, read again."""
    return [from_proto(message), pydicom_read(dicom_to_bytes(message))]


def _generic(message: pb.DataSet, tag: int) -> pb.Element:
    return next(el for el in message.elements if el.tag == tag)


# -- the typed path -------------------------------------------------------------------

TYPED_EDITS: list[tuple[str, bytes, Callable[[Message], None], Callable[[Dataset], bool]]] = [
    (
        "DS kept as text '5.000000'",
        CT,
        lambda m: setattr(m.image_plane_module.slice_thickness, "value", 2.5),
        lambda ds: ds.SliceThickness == 2.5 and str(ds.SliceThickness) == "2.5",
    ),
    (
        "DS multi-valued",
        CT,
        lambda m: m.image_plane_module.pixel_spacing.values.__setitem__(0, 0.25),
        lambda ds: ds.PixelSpacing[0] == 0.25,
    ),
    (
        "IS",
        CT,
        lambda m: setattr(m.general_image_module.instance_number, "value", 42),
        lambda ds: ds.InstanceNumber == 42,
    ),
    (
        "US",
        CT,
        lambda m: setattr(m.image_pixel_module.rows, "value", 64),
        lambda ds: ds.Rows == 64,
    ),
    (
        "string",
        CT,
        lambda m: setattr(m.patient_module.patient_id, "value", "EDITED-ID"),
        lambda ds: ds.PatientID == "EDITED-ID",
    ),
    (
        "PN",
        CT,
        lambda m: setattr(m.patient_module.patient_name.value.alphabetic, "family_name", "Roe"),
        lambda ds: ds.PatientName.family_name == "Roe",
    ),
    (
        "date",
        CT,
        lambda m: setattr(m.general_study_module.study_date, "value", "20240229"),
        lambda ds: ds.StudyDate == "20240229",
    ),
    (
        "bytes",
        CT,
        lambda m: setattr(m.image_pixel_module.pixel_data, "ow", b"\x01\x02" * 10),
        lambda ds: ds.PixelData == b"\x01\x02" * 10,
    ),
    (
        "AT",
        DOSE,
        lambda m: m.multi_frame_module.frame_increment_pointer.values.__setitem__(0, 0x00201041),
        lambda ds: ds.FrameIncrementPointer == 0x00201041,
    ),
    (
        "item added",
        DOSE,
        lambda m: m.rt_dose_module.referenced_rt_plan_sequence.items.add(
            referenced_sop_class_uid={"value": "1.2.840.10008.5.1.4.1.1.481.5"},
            referenced_sop_instance_uid={"value": "1.2.3.4"},
        ),
        lambda ds: (
            len(ds.ReferencedRTPlanSequence) == 2
            and ds.ReferencedRTPlanSequence[1].ReferencedSOPInstanceUID == "1.2.3.4"
        ),
    ),
    (
        "item removed",
        DOSE,
        lambda m: m.rt_dose_module.referenced_rt_plan_sequence.items.pop(),
        lambda ds: len(ds.ReferencedRTPlanSequence) == 0,
    ),
]


@pytest.mark.parametrize(
    ("data", "edit", "check"),
    [pytest.param(d, e, c, id=name) for name, d, e, c in TYPED_EDITS],
)
def test_typed_edit_wins(data: bytes, edit: Callable, check: Callable) -> None:
    message = _convert(data, generic=False)
    assert not isinstance(message, pb.DataSet)
    edit(message)
    for ds in _both(message):
        assert check(ds)


def test_unedited_typed_text_is_kept() -> None:
    message = _convert(CT, generic=False)
    assert message.image_plane_module.slice_thickness.text == "5.000000"
    assert dicom_to_bytes(message) == CT


# -- the generic path -----------------------------------------------------------------


def _set_strings(tag: int, values: list[str]) -> Callable[[pb.DataSet], None]:
    def edit(m: pb.DataSet) -> None:
        el = _generic(m, tag)
        del el.strings[:]
        el.strings.extend(values)

    return edit


def _set_field(tag: int, name: str, values: list) -> Callable[[pb.DataSet], None]:
    def edit(m: pb.DataSet) -> None:
        el = _generic(m, tag)
        del getattr(el, name)[:]
        getattr(el, name).extend(values)

    return edit


GENERIC_EDITS: list[tuple[str, bytes, Callable[[pb.DataSet], None], Callable[[Dataset], bool]]] = [
    ("DS", CT, _set_strings(0x00180050, ["2.5"]), lambda ds: ds.SliceThickness == 2.5),
    ("IS", CT, _set_strings(0x00200013, ["42"]), lambda ds: ds.InstanceNumber == 42),
    ("US", CT, _set_field(0x00280010, "unsigned_integers", [64]), lambda ds: ds.Rows == 64),
    ("string", CT, _set_strings(0x00100020, ["EDITED"]), lambda ds: ds.PatientID == "EDITED"),
    (
        "PN",
        CT,
        lambda m: setattr(_generic(m, 0x00100010).person_names[0].alphabetic, "family_name", "Roe"),
        lambda ds: ds.PatientName.family_name == "Roe",
    ),
    ("date", CT, _set_strings(0x00080020, ["20240229"]), lambda ds: ds.StudyDate == "20240229"),
    (
        "bytes",
        CT,
        lambda m: setattr(_generic(m, 0x7FE00010), "bytes", b"\x01\x02" * 10),
        lambda ds: ds.PixelData == b"\x01\x02" * 10,
    ),
    (
        "AT",
        DOSE,
        _set_field(0x00280009, "tags", [0x00201041]),
        lambda ds: ds.FrameIncrementPointer == 0x00201041,
    ),
    (
        "item added",
        DOSE,
        lambda m: (
            _generic(m, 0x300C0002).items.add().elements.add(tag=0x00081155, strings=["1.2.3.4"])
        ),
        lambda ds: ds.ReferencedRTPlanSequence[-1].ReferencedSOPInstanceUID == "1.2.3.4",
    ),
    (
        "item removed",
        DOSE,
        lambda m: _generic(m, 0x300C0002).items.pop(),
        lambda ds: len(ds.ReferencedRTPlanSequence) == 0,
    ),
]


@pytest.mark.parametrize(
    ("data", "edit", "check"),
    [pytest.param(d, e, c, id=name) for name, d, e, c in GENERIC_EDITS],
)
def test_generic_edit_wins(data: bytes, edit: Callable, check: Callable) -> None:
    message = _convert(data, generic=True)
    edit(message)
    for ds in _both(message):
        assert check(ds)


# -- kept stored bytes and text give way to edits -------------------------------------

KEPT = raw_part10(
    b"".join(
        [
            element(0x00080008, "CS", b"ORIGINAL\\PRIMARY\x00\x00"),  # NUL padding
            element(0x00080070, "LO", b"Maker   "),  # extra spaces
            element(0x00100010, "PN", b"Doe^John^^^ "),  # empty components: kept as text
            element(0x00101020, "DS", b" 1.50E+01 "),  # DS with spaces around
        ]
    )
)


def test_kept_forms_are_used_only_while_they_hold_the_values() -> None:
    message = _convert(KEPT, generic=True)
    assert _generic(message, 0x00080008).bytes and _generic(message, 0x00080070).bytes
    assert _generic(message, 0x00100010).person_names[0].text == "Doe^John^^^"
    assert dicom_to_bytes(message) == KEPT  # unedited: byte for byte
    _set_strings(0x00080008, ["DERIVED", "SECONDARY"])(message)
    _set_strings(0x00080070, ["Other"])(message)
    _generic(message, 0x00100010).person_names[0].alphabetic.given_name = "Jane"
    _set_strings(0x00101020, ["16"])(message)
    for ds in _both(message):
        assert list(ds.ImageType) == ["DERIVED", "SECONDARY"]
        assert ds.Manufacturer == "Other"
        assert str(ds.PatientName) == "Doe^Jane"
        assert ds.PatientSize == 16


def test_stored_sequence_bytes_give_way_to_an_edited_item() -> None:
    """A sequence whose stored item lengths would not be written the same way keeps its
    bytes, and its items: an edit of an item wins over the bytes."""
    nested = element(0x00100020, "LO", b"ID")
    item = b"\xfe\xff\x00\xe0" + (len(nested) + 2).to_bytes(4, "little") + nested + b"\x00\x00"
    body = element(0x00081115, "SQ", item)
    data = raw_part10(body)
    message = _convert(data, generic=True)
    el = _generic(message, 0x00081115)
    if not el.bytes:
        pytest.skip("pydicom reads this sequence so that it writes back the same")
    assert dicom_to_bytes(message) == data
    el.items[0].elements[0].strings[0] = "NEW"
    for ds in _both(message):
        assert ds.ReferencedSeriesSequence[0].PatientID == "NEW"


# -- edits made in pydicom, before converting -------------------------------------------


def _group_bytes(data: bytes, group: int, start: int) -> int:
    """The length of `group` in an explicit VR little endian stream from `start` (the
    element after its Group Length), walking the element headers."""
    import struct

    position = start
    while struct.unpack_from("<H", data, position)[0] == group:
        vr = data[position + 4 : position + 6]
        if vr in (b"OB", b"OW", b"OF", b"SQ", b"UT", b"UN", b"UC", b"UR"):
            position += 12 + struct.unpack_from("<L", data, position + 8)[0]
        else:
            position += 8 + struct.unpack_from("<H", data, position + 6)[0]
    return position - start


@pytest.mark.parametrize("route", ["a Dataset", "a message of it"])
def test_a_group_edited_in_pydicom_gets_its_new_length(route: str) -> None:
    """A data set read by pydicom and edited there (a shorter Media Storage SOP Instance
    UID) is written with the file meta's group length as written, not as read; its
    other groups stay byte for byte."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ds = dicom_from_bytes(CT)
        ds.file_meta.MediaStorageSOPInstanceUID = "1.2.3"
        written = dicom_to_bytes(ds if route == "a Dataset" else to_proto(ds, generic=True))
    stored = int.from_bytes(written[140:144], "little")
    assert stored == _group_bytes(written, 0x0002, 144) == 192 - 42
    back = pydicom_read(written)
    assert back.file_meta.MediaStorageSOPInstanceUID == "1.2.3"
    assert written[144 + stored :] == CT[144 + 192 :]  # the data set itself is untouched
