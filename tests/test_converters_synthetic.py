"""Cases the real-file corpus lacks: VRs, character sets, odd encodings, empty values,
private and unknown tags, undefined lengths, encapsulation, and errors."""

from __future__ import annotations

import io
import math
import struct
import warnings

import pydicom
import pytest
from converter_helpers import assert_same_dataset, converted, pydicom_read, pydicom_write
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.filebase import DicomBytesIO
from pydicom.filewriter import write_file_meta_info
from pydicom.sequence import Sequence
from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEGBaseline8Bit,
)

from dicomproto.converters import (
    ConversionError,
    dicom_from_bytes,
    dicom_to_bytes,
    from_proto,
    pack_any,
    to_proto,
    unpack_any,
)
from dicomproto.converters.generic import element_vr, person_name_text
from dicomproto.v1 import dataset_pb2 as pb

SYNTAXES = [ImplicitVRLittleEndian, ExplicitVRLittleEndian, ExplicitVRBigEndian]


# ------------------------------------------------------------------ helpers


def part10(ds: Dataset, syntax: str = ExplicitVRLittleEndian) -> bytes:
    """A Part 10 file of `ds` as pydicom writes it."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    meta.MediaStorageSOPInstanceUID = "1.2.3.4.5"
    meta.TransferSyntaxUID = syntax
    meta.ImplementationClassUID = "1.2.3.4"
    file = FileDataset("", ds, file_meta=meta, preamble=b"\x00" * 128)
    buffer = io.BytesIO()
    pydicom.dcmwrite(buffer, file, enforce_file_format=True)
    return buffer.getvalue()


def raw_part10(body: bytes, syntax: str = ExplicitVRLittleEndian) -> bytes:
    """A Part 10 file whose data set is exactly `body` (hand-made element bytes)."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    meta.MediaStorageSOPInstanceUID = "1.2.3.4.5"
    meta.TransferSyntaxUID = syntax
    meta.ImplementationClassUID = "1.2.3.4"
    buffer = DicomBytesIO()
    buffer.write(b"\x00" * 128 + b"DICM")
    write_file_meta_info(buffer, meta, enforce_standard=True)
    return buffer.getvalue() + body


def element(tag: int, vr: str, value: bytes, little: bool = True) -> bytes:
    """Explicit VR encoding of one element."""
    order = "<" if little else ">"
    head = struct.pack(f"{order}HH", tag >> 16, tag & 0xFFFF) + vr.encode()
    if vr in ("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"):
        return head + struct.pack(f"{order}HL", 0, len(value)) + value
    return head + struct.pack(f"{order}H", len(value)) + value


def round_trip(data: bytes) -> tuple[pb.DataSet, Dataset]:
    """.dcm bytes -> message -> .pb bytes -> Dataset: strictly equal, and written back
    byte for byte (pydicom's own write of these files is byte-identical)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # These files name a SOP class only in their file meta: the generic path is the
        # one under test, so it is asked for.
        message = converted(data, generic=True)
        parsed = unpack_any(pack_any(message))
        written = dicom_to_bytes(from_proto(parsed))
        restored = from_proto(parsed)
    assert pydicom_write(pydicom_read(data)) == data
    assert written == data
    assert_same_dataset(pydicom_read(data), restored)
    return message, restored


def only(message: pb.DataSet, tag: int) -> pb.Element:
    return next(el for el in message.elements if el.tag == tag)


# ------------------------------------------------- VRs the corpus lacks


@pytest.mark.parametrize("syntax", SYNTAXES)
def test_rare_vrs(syntax: str) -> None:
    little = syntax != ExplicitVRBigEndian
    order = "<" if little else ">"
    doubles = [1.5, -0.0, math.pi, 1e300]
    longs = [0, 1, 0xFFFFFFFF]
    ds = Dataset()
    ds.add_new(0x003A032E, "OD", struct.pack(f"{order}4d", *doubles))  # FilterLookupTableData
    ds.add_new(0x00660040, "OL", struct.pack(f"{order}3L", *longs))  # LongPrimitivePointIndexList
    ds.add_new(0x00720081, "OV", struct.pack(f"{order}Q", 2**64 - 1))  # SelectorOVValue
    ds.add_new(0x00720082, "SV", [-(2**63), -1, 2**63 - 1])  # SelectorSVValue
    ds.add_new(0x0008040C, "UV", 2**64 - 1)  # FileOffsetInContainer
    ds.add_new(0x00080119, "UC", "a long code value " * 5)  # LongCodeValue
    ds.add_new(0x0008010E, "UR", "http://example.com/a%20b")  # CodingSchemeURL
    message, restored = round_trip(part10(ds, syntax))
    assert element_vr(only(message, 0x003A032E)) == "OD"
    assert struct.unpack(f"{order}4d", only(message, 0x003A032E).bytes) == tuple(doubles)
    assert element_vr(only(message, 0x00660040)) == "OL"
    assert element_vr(only(message, 0x00720081)) == "OV"
    assert list(only(message, 0x00720082).signed_integers) == [-(2**63), -1, 2**63 - 1]
    assert list(only(message, 0x0008040C).unsigned_integers) == [2**64 - 1]
    assert list(only(message, 0x00080119).strings) == [("a long code value " * 5).rstrip()]
    assert list(only(message, 0x0008010E).strings) == ["http://example.com/a%20b"]
    assert restored[0x00720082].value == [-(2**63), -1, 2**63 - 1]


@pytest.mark.parametrize("syntax", SYNTAXES)
def test_numbers_tags_and_nan(syntax: str) -> None:
    ds = Dataset()
    ds.Rows = 512  # US
    ds.add_new(0x00186020, "SL", [-5, 2**31 - 1])  # ReferencePixelX0
    ds.add_new(0x00189219, "SS", -32768)  # TagAngleSecondAxis
    ds.add_new(0x00081163, "FD", [math.nan, math.inf])  # TimeRange
    ds.add_new(0x00089459, "FL", [1.25, -math.inf])  # RecommendedDisplayFrameRateInFloat
    ds.add_new(0x00209165, "AT", [0x00100010, 0x7FE00010])  # DimensionIndexPointer
    ds.add_new(0x00041200, "UL", list(range(100)))  # a long array: the numpy path
    message, _ = round_trip(part10(ds, syntax))
    assert list(only(message, 0x00280010).unsigned_integers) == [512]
    assert list(only(message, 0x00189219).signed_integers) == [-32768]
    assert list(only(message, 0x00209165).tags) == [0x00100010, 0x7FE00010]
    assert list(only(message, 0x00041200).unsigned_integers) == list(range(100))
    assert math.isnan(only(message, 0x00081163).doubles[0])


def test_float32_nan_payload_is_kept_exactly() -> None:
    signalling = struct.pack("<I", 0x7F800001)  # a NaN a float64 trip may change
    body = element(0x00089459, "FL", signalling + struct.pack("<f", 2.5))
    message, _ = round_trip(raw_part10(body))
    assert only(message, 0x00089459).bytes == signalling + struct.pack("<f", 2.5)


# --------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("charset", "name", "text"),
    [
        ("ISO_IR 100", "Müller^Jürgen", "Grüße"),
        ("ISO_IR 144", "Иванов^Иван", "Привет"),
        ("ISO_IR 126", "Διονυσιος", "Ελληνικά"),
        ("ISO_IR 138", "שרון^דבורה", "עברית"),
        ("ISO_IR 127", "قباني^لنزار", "عربي"),
        ("ISO_IR 166", "นามสกุล^ชื่อ", "ไทย"),
        ("ISO_IR 192", "Wang^XiaoDong=王^小東=", "中文 ✓"),
        ("GB18030", "Wang^XiaoDong=王^小东=", "中文"),
        ("ISO 2022 IR 6\\ISO 2022 IR 87", "Yamada^Tarou=山田^太郎=やまだ^たろう", "日本語"),
        ("ISO 2022 IR 6\\ISO 2022 IR 149", "Hong^Gildong=洪^吉洞=홍^길동", "한국어"),
    ],
)
def test_character_sets(charset: str, name: str, text: str) -> None:
    ds = Dataset()
    ds.SpecificCharacterSet = charset.split("\\") if "\\" in charset else charset
    ds.PatientName = name
    ds.InstitutionName = text
    ds.ReferencedStudySequence = Sequence([Dataset()])
    ds.ReferencedStudySequence[0].ReferringPhysicianName = name  # inherits the charset
    message, restored = round_trip(part10(ds))
    pn = only(message, 0x00100010).person_names[0]
    assert person_name_text(pn) == name.rstrip("=")
    assert pn.alphabetic.family_name == name.split("^")[0]
    assert list(only(message, 0x00080080).strings) == [text]
    assert str(restored.ReferencedStudySequence[0].ReferringPhysicianName) == name.rstrip("=")


def test_item_with_its_own_character_set() -> None:
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.PatientName = "Müller"
    item = Dataset()
    item.SpecificCharacterSet = "ISO_IR 144"
    item.PatientName = "Иван"
    ds.OtherPatientIDsSequence = Sequence([item])
    message, restored = round_trip(part10(ds))
    inner = only(message, 0x00101002).items[0]
    assert only(inner, 0x00100010).person_names[0].alphabetic.family_name == "Иван"
    assert restored.OtherPatientIDsSequence[0].PatientName == "Иван"


def test_escape_sequences_written_unlike_pydicom_keep_their_bytes() -> None:
    # "山田^太郎" in ISO 2022 IR 87 with a redundant switch back to ASCII before "^":
    # pydicom decodes it, but its encoder would place the escapes differently.
    jis = "山田".encode("iso2022_jp")[3:-3]
    value = b"Yamada^Tarou=\x1b$B" + jis + b"\x1b(B\x1b(B^\x1b$B" + "太郎".encode("iso2022_jp")[3:]
    value += b" " if len(value) % 2 else b""
    body = element(0x00080005, "CS", b"\\ISO 2022 IR 87 ") + element(0x00100010, "PN", value)
    message, restored = round_trip(raw_part10(body))
    el = only(message, 0x00100010)
    assert el.bytes == value  # the stored form, since re-encoding would differ
    assert el.person_names[0].ideographic.family_name == "山田"
    assert str(restored.PatientName) == "Yamada^Tarou=山田^太郎"


def test_unusual_padding_and_spaces_keep_their_bytes() -> None:
    body = b"".join(
        [
            element(0x00080008, "CS", b"ORIGINAL\\PRIMARY\x00\x00"),  # NUL padding
            element(0x00080060, "CS", b"CT"),
            element(0x00080070, "LO", b"Maker   "),  # extra spaces
            element(0x00100020, "LO", b"  "),  # only padding: one empty value
            element(0x00101020, "DS", b" 1.50E+01 "),  # DS with spaces around
            element(0x00200013, "IS", b"007 "),  # leading zeros: exact text
            element(0x00280030, "DS", b"0.5\\ \\1 "),  # a blank value in the middle
        ]
    )
    message, restored = round_trip(raw_part10(body))
    assert list(only(message, 0x00080008).strings) == ["ORIGINAL", "PRIMARY"]
    assert only(message, 0x00080008).bytes == b"ORIGINAL\\PRIMARY\x00\x00"
    assert not only(message, 0x00080060).bytes  # canonical: no stored copy
    assert list(only(message, 0x00100020).strings) == [""]
    assert list(only(message, 0x00101020).strings) == ["1.50E+01"]
    assert list(only(message, 0x00200013).strings) == ["007"]
    assert list(only(message, 0x00280030).strings) == ["0.5", " ", "1"]
    assert restored.PatientSize.original_string == "1.50E+01"


def test_odd_length_values_are_written_padded() -> None:
    """Odd lengths are invalid (PS3.5 7.1.1): written back padded to even length, the
    values unchanged; only UN keeps its bytes exactly as stored."""
    body = element(0x00080070, "LO", b"Maker") + element(0x00280030, "DS", b"0.5\\1")
    data = raw_part10(body)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        message = converted(data)
        written = dicom_to_bytes(message)
    assert written == raw_part10(
        element(0x00080070, "LO", b"Maker ") + element(0x00280030, "DS", b"0.5\\1 ")
    )
    assert_same_dataset(pydicom_read(data), pydicom_read(written))


def test_invalid_number_text_stays_text() -> None:
    body = element(0x00101020, "DS", b"abc ") + element(0x00200013, "IS", b"1.5 ")
    message, restored = round_trip(raw_part10(body))
    assert restored.PatientSize == "abc" and restored.InstanceNumber.original_string == "1.5"
    assert list(only(message, 0x00101020).strings) == ["abc"]
    assert list(only(message, 0x00200013).strings) == ["1.5"]  # IS "1.5": pydicom's ISfloat


@pytest.mark.filterwarnings("ignore:The number of PN components")
@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("Doe^John", True),
        ("Doe^John^^^", False),  # trailing empty components
        ("Doe^John^M^Dr^Jr^Extra", False),  # six components
        ("=Yamada^Tarou", True),  # no alphabetic group
        ("A=B=C=D", False),  # four groups
        ("", True),
    ],
)
def test_person_name_groups_and_text(text: str, exact: bool) -> None:
    ds = Dataset()
    ds.PatientName = text
    ds.add_new(0x0008009C, "PN", ["One^Name", "", "Two"])  # ConsultingPhysicianName
    message, restored = round_trip(part10(ds))
    el = only(message, 0x00100010)
    if text:
        assert bool(el.person_names[0].text) is not exact
        assert person_name_text(el.person_names[0]) == text
    else:
        assert not el.person_names
    names = only(message, 0x0008009C).person_names
    assert [person_name_text(n) for n in names] == ["One^Name", "", "Two"]
    assert str(restored.PatientName) == text


# --------------------------------------------------- empty values, tags


EMPTY = {
    "AE": 0x00080055, "AS": 0x00101010, "AT": 0x00209165, "CS": 0x00080060,
    "DA": 0x00080020, "DS": 0x00101020, "DT": 0x0008002A, "FD": 0x00082134,
    "FL": 0x00109431, "IS": 0x00200013, "LO": 0x00080070, "LT": 0x00080108,
    "OB": 0x0008041B, "OD": 0x003A032E, "OF": 0x00181638, "OL": 0x00660040,
    "OV": 0x00720081, "OW": 0x00281201, "PN": 0x00080090, "SH": 0x00080050,
    "SL": 0x00186020, "SQ": 0x00080006, "SS": 0x00189219, "ST": 0x00080081,
    "SV": 0x00720082, "TM": 0x00080030, "UC": 0x00080119, "UI": 0x00080018,
    "UL": 0x00041200, "UN": 0x0072006D, "UR": 0x0008010E, "US": 0x00280010,
    "UT": 0x0008030E, "UV": 0x0008040C,
}  # fmt: skip


@pytest.mark.parametrize("syntax", SYNTAXES)
def test_empty_values_of_every_vr(syntax: str) -> None:
    ds = Dataset()
    for vr, tag in EMPTY.items():
        ds.add_new(tag, vr, [] if vr == "SQ" else None)
    message, restored = round_trip(part10(ds, syntax))
    assert len(message.elements) == len(EMPTY)
    for el in message.elements:
        # no value field: only the tag, and the VR where it is not the dictionary's
        assert [f.name for f, _ in el.ListFields()] in (["tag"], ["tag", "vr"]), el
        assert element_vr(el) == next(vr for vr, tag in EMPTY.items() if tag == el.tag)
    assert restored.Modality == "" and restored.Rows is None and restored[0x00080006].value == []


@pytest.mark.parametrize("syntax", [ImplicitVRLittleEndian, ExplicitVRLittleEndian])
def test_private_retired_and_unknown_tags(syntax: str) -> None:
    ds = Dataset()
    ds.add_new(0x00080010, "SH", "RETIRED")  # RecognitionCode, retired
    ds.add_new(0x00189999, "UN", b"\x01\x02")  # not in the dictionary
    ds.add_new(0x00290010, "LO", "SIEMENS CSA HEADER")  # private creator
    ds.add_new(0x00291008, "CS", "IMAGE NUM 4")  # known to pydicom's private dictionary
    ds.add_new(0x00291010, "OB", b"\x00\x01\x02\x03")
    ds.add_new(0x00331010, "UN", b"opaque")  # private, no creator
    message, restored = round_trip(part10(ds, syntax))
    assert element_vr(only(message, 0x00291008)) == "CS"
    assert list(only(message, 0x00291008).strings) == ["IMAGE NUM 4"]
    assert element_vr(only(message, 0x00331010)) == "UN"
    assert only(message, 0x00189999).bytes == b"\x01\x02"
    assert restored[0x00291008].value == "IMAGE NUM 4"


def test_explicit_un_that_pydicom_reinterprets_stays_un() -> None:
    body = element(0x00080060, "UN", b"MR") + element(0x00100010, "UN", b"Doe^John")
    message, restored = round_trip(raw_part10(body))
    assert [el.vr for el in message.elements] == [pb.VR_UN, pb.VR_UN]
    assert restored[0x00080060].VR == "CS" and restored.Modality == "MR"


# ------------------------------------------------- sequences, encapsulation


@pytest.mark.parametrize("syntax", SYNTAXES)
def test_undefined_lengths_of_sequences_and_items(syntax: str) -> None:
    inner = Dataset()
    inner.CodeValue = "T-D0050"
    inner.is_undefined_length_sequence_item = True
    item = Dataset()
    item.ReferencedSOPInstanceUID = "1.2.3"
    item.ConceptNameCodeSequence = Sequence([inner, Dataset()])
    item.is_undefined_length_sequence_item = False
    ds = Dataset()
    ds.ReferencedImageSequence = Sequence([item, Dataset()])
    ds.ReferencedImageSequence[1].is_undefined_length_sequence_item = True
    ds.ProcedureCodeSequence = Sequence([])
    ds[0x00081140].is_undefined_length = True
    ds[0x0040A043] = pydicom.DataElement(0x0040A043, "SQ", Sequence([inner]))
    message, restored = round_trip(part10(ds, syntax))
    assert restored.ReferencedImageSequence[0].ConceptNameCodeSequence[0].CodeValue == "T-D0050"
    seq = only(message, 0x00081140)
    assert seq.undefined_length and [i.undefined_length for i in seq.items] == [False, True]
    nested = only(seq.items[0], 0x0040A043)
    assert [i.undefined_length for i in nested.items] == [True, False]
    assert not only(message, 0x00081032).items


def test_encapsulated_pixel_data_fragments() -> None:
    frames = [b"\xff\xd8frame-one\xff\xd9", b"\xff\xd8frame-two!\xff\xd9"]
    ds = Dataset()
    ds.Rows, ds.Columns, ds.BitsAllocated, ds.SamplesPerPixel = 1, 1, 8, 1
    ds.NumberOfFrames = 2
    ds.PixelData = encapsulate(frames, fragments_per_frame=2, has_bot=True)
    ds["PixelData"].VR = "OB"
    ds["PixelData"].is_undefined_length = True
    message, restored = round_trip(part10(ds, JPEGBaseline8Bit))
    el = only(message, 0x7FE00010)
    assert el.undefined_length and not el.bytes
    offsets = struct.unpack("<2L", el.encapsulated.basic_offset_table)
    assert offsets[0] == 0 and offsets[1] == 8 + len(el.encapsulated.fragments[0]) + 8 + len(
        el.encapsulated.fragments[1]
    )
    assert len(el.encapsulated.fragments) == 4
    assert el.encapsulated.fragments[0].startswith(b"\xff\xd8fram")
    assert restored.PixelData == ds.PixelData


def test_undefined_length_value_that_is_not_items_stays_bytes() -> None:
    value = b"not items at all"
    delimiter = struct.pack("<HHL", 0xFFFE, 0xE0DD, 0)
    undefined = b"OB\x00\x00\xff\xff\xff\xff"
    other = struct.pack("<HH", 0x0009, 0x1010) + undefined + value + delimiter
    pixels = struct.pack("<HH", 0x7FE0, 0x0010) + undefined + value + delimiter
    creator = element(0x00090010, "LO", b"TEST")
    message, _ = round_trip(raw_part10(creator + other, JPEGBaseline8Bit))
    el = only(message, 0x00091010)
    assert el.undefined_length and el.bytes == value and not el.HasField("encapsulated")
    # Pixel Data that is not items could not be written validly: refused, saying why
    # (what convert accepts, to-dcm writes).
    with pytest.raises(ConversionError, match=r"\(7FE0,0010\) PixelData.*\(6F6E,2074\) at value"):
        converted(raw_part10(pixels, JPEGBaseline8Bit))


def test_deflated_transfer_syntax() -> None:
    ds = Dataset()
    ds.PatientName = "Deflated^Data"
    ds.ImageComments = "x" * 300
    data = part10(ds, DeflatedExplicitVRLittleEndian)
    message, restored = round_trip(data)
    assert not message.file_meta.implicit_vr and not message.file_meta.big_endian
    assert restored.ImageComments == "x" * 300


def test_bare_data_set_without_file_meta() -> None:
    ds = Dataset()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    ds.PatientName = "No^Meta"
    buffer = io.BytesIO()
    pydicom.dcmwrite(buffer, ds, implicit_vr=True, little_endian=True)
    message, restored = round_trip(buffer.getvalue())
    assert not message.file_meta.part10 and not message.file_meta.preamble
    assert message.file_meta.implicit_vr
    assert restored.preamble is None


# ------------------------------------------------------------- errors


def test_error_names_file_sequence_item_and_element() -> None:
    rows = element(0x00280010, "US", b"\x01\x02\x03\x04")[:-4]  # header only ...
    rows = rows[:-2] + struct.pack("<H", 3) + b"\x01\x02\x03"  # ... then 3 bytes for a US
    item = struct.pack("<HHL", 0xFFFE, 0xE000, len(rows) + 1) + rows + b"\x00"
    body = element(0x00081140, "SQ", item)
    with pytest.raises(ConversionError) as caught, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        converted(raw_part10(body), "bad.dcm")
    text = str(caught.value)
    assert text.startswith("bad.dcm: ") or caught.value.path is None
    assert "(0008,1140) ReferencedImageSequence[0]" in text
    assert "(0028,0010) Rows US" in text


@pytest.mark.parametrize(
    ("vr_field", "value", "reason"),
    [
        ((pb.VR_US, "unsigned_integers"), [70000], "does not fit"),
        ((pb.VR_SS, "signed_integers"), [-40000], "does not fit"),
        ((pb.VR_CS, "strings"), ["A\\B", "C"], "contains '\\\\'"),
        ((pb.VR_CS, "strings"), ["漢字"], "codec can't encode"),
    ],
)
def test_values_that_do_not_fit_are_refused(vr_field: tuple, value: list, reason: str) -> None:
    message = pb.DataSet()
    el = message.elements.add(tag=0x00280010, vr=vr_field[0])
    getattr(el, vr_field[1]).extend(value)
    with pytest.raises(ConversionError, match=reason) as caught:
        from_proto(message)
    assert "(0028,0010) Rows" in str(caught.value)


def test_duplicate_and_unknown_vr_are_refused() -> None:
    message = pb.DataSet()
    message.elements.add(tag=0x00100010, vr=pb.VR_PN)
    message.elements.add(tag=0x00100010, vr=pb.VR_PN)
    with pytest.raises(ConversionError, match="appears twice"):
        from_proto(message)
    message = pb.DataSet()
    message.elements.add(tag=0x00100010, vr=99)
    with pytest.raises(ConversionError, match="unknown VR"):
        from_proto(message)


def test_user_built_data_set_converts_from_python_values() -> None:
    """A data set built in memory (no raw bytes): values go through pydicom's types."""
    ds = Dataset()
    ds.PatientName = pydicom.valuerep.PersonName("Doe^Jane")
    ds.PatientWeight = pydicom.valuerep.DSfloat("72.50")
    ds.ImagesInAcquisition = 3
    ds.ImageType = ["DERIVED", "SECONDARY"]
    ds.add_new(0x00209165, "AT", (0x0010, 0x0020))
    message = to_proto(ds)
    assert not message.HasField("file_meta")
    assert list(only(message, 0x00101030).strings) == ["72.50"]
    assert list(only(message, 0x00201002).strings) == ["3"]
    assert list(only(message, 0x00209165).tags) == [0x00100020]
    back = from_proto(unpack_any(pack_any(message)))
    assert back.PatientWeight.original_string == "72.50"
    assert back.ImageType == ["DERIVED", "SECONDARY"] and back.PatientName == "Doe^Jane"


def test_single_element_helpers_for_the_typed_path() -> None:
    """element_to_proto / element_from_proto: one element with its data set's context."""
    from dicomproto.converters.generic import element_from_proto, element_to_proto

    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientName = "王^小東"
    data = part10(ds)
    read = dicom_from_bytes(data)
    el = element_to_proto(read._dict[0x00100010], read)
    assert el.person_names[0].alphabetic.family_name == "王"
    raw = element_from_proto(el, read)
    assert raw.value == "王^小東".encode()
    holder = Dataset({raw.tag: raw})
    holder.SpecificCharacterSet = "ISO_IR 192"
    assert holder.PatientName == "王^小東"


def test_unspecified_vr_means_the_dictionary_vr() -> None:
    message = pb.DataSet()
    message.file_meta.part10 = False  # explicit VR little endian
    message.elements.add(tag=0x00080060, strings=["MR"])  # Modality, no VR given
    message.elements.add(tag=0x00280010, unsigned_integers=[256])  # Rows
    ds = from_proto(message)
    assert ds[0x00080060].VR == "CS" and ds.Modality == "MR" and ds.Rows == 256
    message.elements.add(tag=0x00189999, bytes=b"??")  # unknown tag, no VR
    with pytest.raises(ConversionError, match=r"\(0018,9999\).*no VR"):
        from_proto(message)
