"""The Part 10 reader (converters.reader): the message pydicom's route gives, without
pydicom. Every case checks both: the reader read the file itself (`explain` is empty)
and `message_from_dicom` equals `to_proto(dicom_from_bytes(...))` (converted())."""

from __future__ import annotations

import struct
import subprocess
import sys
import warnings
from pathlib import Path

import pydicom
import pytest
from converter_helpers import converted, corpus_id, corpus_paths
from pydicom import config
from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
)
from test_converters_synthetic import element, raw_part10

from dicomproto.converters import ConversionError, message_from_dicom, reader
from dicomproto.converters.values import element_vr
from dicomproto.v1 import dataset_pb2 as pb

ITEM, ITEM_END, SEQUENCE_END = (0xFFFE, 0xE000), (0xFFFE, 0xE00D), (0xFFFE, 0xE0DD)
UNDEFINED = 0xFFFFFFFF

# Files of the corpus with a DICM prefix that the reader leaves to pydicom, and why:
# all are damaged (pydicom's route refuses the first three; the last holds an IS value
# that is not a number, which pydicom presents in its own way).
LEFT_TO_PYDICOM = {
    "emri_small_jpeg_2k_lossless_too_short.dcm": "no sequence delimiter",
    "MR_truncated.dcm": "cut short",
    "rtplan_truncated.dcm": "cut short",
    "badVR.dcm": "a IS value pydicom decodes itself",
}


def implicit(tag: int, value: bytes, length: int | None = None) -> bytes:
    """Implicit VR little endian encoding of one element."""
    size = len(value) if length is None else length
    return struct.pack("<HHL", tag >> 16, tag & 0xFFFF, size) + value


def item(body: bytes, undefined: bool = False, declared: int | None = None) -> bytes:
    if undefined:
        return struct.pack("<HHL", *ITEM, UNDEFINED) + body + struct.pack("<HHL", *ITEM_END, 0)
    size = len(body) if declared is None else declared
    return struct.pack("<HHL", *ITEM, size) + body


def sequence_end() -> bytes:
    return struct.pack("<HHL", *SEQUENCE_END, 0)


def read_by_reader(data: bytes, generic: bool = True) -> pb.DataSet:
    """The message, after checking the reader took the file and agrees with pydicom."""
    assert reader.explain(data) == ""
    message = converted(data, generic=generic)
    assert isinstance(message, pb.DataSet) or not generic
    return message  # type: ignore[return-value]


def only(elements: object, tag: int) -> pb.Element:
    return next(el for el in elements if el.tag == tag)  # type: ignore[attr-defined]


# --------------------------------------------------------------------- corpus


def test_corpus_files_the_reader_leaves_to_pydicom() -> None:
    left = {}
    for path in corpus_paths():
        data = path.read_bytes()
        if data[128:132] != b"DICM":
            assert reader.explain(data) == "no DICM prefix"
            continue
        reason = reader.explain(data)
        if reason:
            left[corpus_id(path)] = reason
    assert left == LEFT_TO_PYDICOM


def test_convert_imports_neither_pydicom_nor_numpy(tmp_path: Path) -> None:
    """Whole processes: the command converting real files, typed and generic (a CT, an
    enhanced MR, a Japanese ISO 2022 file whose text is ASCII, a deflated file), and
    to-dcm writing them back, never load pydicom or numpy."""
    names = ["CT_small.dcm", "MR_small_bigendian.dcm", "J2K_pixelrep_mismatch.dcm", "image_dfl.dcm"]
    found = {p.name: p for p in corpus_paths()}
    source = tmp_path / "source"
    source.mkdir()
    for name in names:
        (source / name).write_bytes(found[name].read_bytes())
    script = f"""
import sys
from dicomproto.cli import main
assert main(["convert", {str(source)!r}, "-o", {str(tmp_path / "typed")!r}, "-j", "1"]) == 0
assert main(["convert", {str(source)!r}, "-o", {str(tmp_path / "generic")!r}, "--generic",
             "-j", "1"]) == 0
assert main(["to-dcm", {str(tmp_path / "typed")!r}, "-o", {str(tmp_path / "back")!r},
             "-j", "1"]) == 0
print(sorted(m for m in sys.modules if m.split(".")[0] in ("pydicom", "numpy")))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    for name in names:
        original = pydicom.dcmread(source / name)
        written = pydicom.dcmread(tmp_path / "back" / name)
        assert written.SOPInstanceUID == original.SOPInstanceUID
        assert written.PixelData == original.PixelData


# ---------------------------------------------------------- VRs in implicit VR


def test_private_tags_take_their_vr_from_the_private_dictionary() -> None:
    body = (
        implicit(0x00080016, b"1.2.840.10008.5.1.4.1.1.7\x00")
        + implicit(0x00090010, b"NOT A KNOWN ONE ")
        + implicit(0x00091008, b"AB")
        + implicit(0x00290010, b"SIEMENS CSA HEADER")
        + implicit(0x00291008, b"IMAGE NUM 4 ")
        + implicit(0x00291110, b"\x01\x02")  # block 11 has no creator
        + implicit(0x00311008, b"ZZ")  # group 0031 has no creator at all
    )
    message = read_by_reader(raw_part10(body, ImplicitVRLittleEndian))
    assert element_vr(only(message.elements, 0x00290010)) == "LO"
    assert element_vr(only(message.elements, 0x00291008)) == "CS"
    assert list(only(message.elements, 0x00291008).strings) == ["IMAGE NUM 4"]
    for tag in (0x00091008, 0x00291110, 0x00311008):
        assert element_vr(only(message.elements, tag)) == "UN"


def test_repeating_groups_and_unknown_tags() -> None:
    body = (
        implicit(0x00080016, b"1.2.840.10008.5.1.4.1.1.7\x00")
        + implicit(0x00100000, struct.pack("<L", 0))  # a group length: UL
        + implicit(0x00123456, b"??")  # not in the dictionary: UN
        + implicit(0x50000005, struct.pack("<H", 1))  # Curve Dimensions, 50xx: US
        + implicit(0x60020010, struct.pack("<H", 8))  # Overlay Rows, 60xx: US
        + implicit(0x60023000, b"\xff" * 8)  # Overlay Data: OW
    )
    message = read_by_reader(raw_part10(body, ImplicitVRLittleEndian))
    assert element_vr(only(message.elements, 0x00123456)) == "UN"
    assert list(only(message.elements, 0x60020010).unsigned_integers) == [8]
    assert element_vr(only(message.elements, 0x60023000)) == "OW"


def _ambiguous_file(sequence: bytes, pixel_representation: bytes | None) -> bytes:
    top = implicit(0x00080016, b"1.2.840.10008.5.1.4.1.1.7\x00")
    top += implicit(0x00081140, sequence, UNDEFINED if sequence.endswith(sequence_end()) else None)
    if pixel_representation is not None:
        top += implicit(0x00280103, pixel_representation)
    top += implicit(0x00280106, struct.pack("<h", -5))  # Smallest Image Pixel Value
    return raw_part10(top, ImplicitVRLittleEndian)


@pytest.mark.parametrize("undefined", [False, True], ids=["defined", "undefined"])
@pytest.mark.parametrize("rep", [b"\x00\x00", b"\x01\x00", None], ids=["US", "SS", "none"])
def test_us_or_ss_as_pydicom_resolves_it(undefined: bool, rep: bytes | None) -> None:
    """Pixel Representation decides "US or SS" in its data set; an item of a sequence
    pydicom converts on access (defined length) inherits it, one it read eagerly
    (undefined length) does not."""
    inner = implicit(0x00280106, struct.pack("<h", -5))
    items = item(inner) + item(inner, undefined=True)
    sequence = items + sequence_end() if undefined else items
    data = _ambiguous_file(sequence, rep)
    message = read_by_reader(data)  # no Pixel Representation (and no Pixel Data): US
    top = only(message.elements, 0x00280106)
    expected_top = "SS" if rep == b"\x01\x00" else "US"
    assert element_vr(top) == expected_top
    first = only(only(message.elements, 0x00081140).items[0].elements, 0x00280106)
    inherited = "SS" if rep == b"\x01\x00" and not undefined else "US"
    assert element_vr(first) == inherited


def test_lut_descriptors() -> None:
    """An SS LUT Descriptor: pydicom reads the first value as unsigned."""
    descriptor = struct.pack("<hhh", -1, 0, 16)
    body = element(0x00080016, "UI", b"1.2.840.10008.5.1.4.1.1.7\x00") + element(
        0x00283002, "SS", descriptor
    )
    message = read_by_reader(raw_part10(body))
    assert list(only(message.elements, 0x00283002).signed_integers) == [65535, 0, 16]
    flat = implicit(0x00080016, b"1.2.840.10008.5.1.4.1.1.7\x00")
    flat += implicit(0x00280103, b"\x01\x00") + implicit(0x00283002, descriptor)
    message = read_by_reader(raw_part10(flat, ImplicitVRLittleEndian))
    assert element_vr(only(message.elements, 0x00283002)) == "SS"


# ------------------------------------------------------------- sequences


def test_un_of_undefined_length_is_a_sequence_of_implicit_items() -> None:
    inner = implicit(0x00100010, b"Doe^J ") + implicit(0x00100020, b"12")
    value = item(inner, undefined=True) + item(inner) + sequence_end()
    body = element(0x00080016, "UI", b"1.2.840.10008.5.1.4.1.1.7\x00")
    body += struct.pack("<HH2sHL", 0x0009, 0x0010, b"LO", 4, 0)[:-4] + b"ABCD"
    body += struct.pack("<HH2sHL", 0x0009, 0x1010, b"UN", 0, UNDEFINED) + value
    message = read_by_reader(raw_part10(body))
    sq = only(message.elements, 0x00091010)
    assert element_vr(sq) == "SQ" and sq.undefined_length and len(sq.items) == 2
    assert list(only(sq.items[1].elements, 0x00100020).strings) == ["12"]


def test_an_item_in_implicit_vr_inside_an_explicit_data_set() -> None:
    inner = implicit(0x00081150, b"1.2.3\x00") + implicit(0x00081155, b"1.2.3.4\x00")
    body = element(0x00080016, "UI", b"1.2.840.10008.5.1.4.1.1.7\x00")
    body += element(0x00081140, "SQ", item(inner))
    message = read_by_reader(raw_part10(body))
    first = only(message.elements, 0x00081140).items[0]
    assert list(only(first.elements, 0x00081155).strings) == ["1.2.3.4"]


def test_items_that_would_not_be_written_back_keep_their_bytes() -> None:
    """A defined-length sequence whose items declare other lengths than writing gives
    (an odd length inside; an item longer than its sequence): the items, and the
    stored bytes of the sequence while they hold."""
    odd = element(0x00081150, "UI", b"1.2.3") + element(0x00081155, "UI", b"1.2.34\x00")
    body = element(0x00080016, "UI", b"1.2.840.10008.5.1.4.1.1.7\x00")
    sequence = item(odd) + item(element(0x00081150, "UI", b"1.2\x00\x00"), declared=40)
    body += element(0x00081140, "SQ", sequence)
    message = read_by_reader(raw_part10(body))
    sq = only(message.elements, 0x00081140)
    assert sq.bytes == sequence and len(sq.items) == 2


def test_character_sets_of_items_and_before_the_data_sets_own() -> None:
    """Items inherit the character set; an undefined-length sequence before (0008,0005)
    is read with the one in force before it, as pydicom reads it; an empty Specific
    Character Set is the default repertoire."""
    name = "Müller^Jürgen".encode("latin_1")
    early = item(implicit(0x00100010, name)) + sequence_end()
    late = item(implicit(0x00100010, name))
    body = implicit(0x00041220, early, UNDEFINED) + implicit(0x00080005, b"ISO_IR 100")
    body += implicit(0x00080016, b"1.2.840.10008.5.1.4.1.1.7\x00")
    body += implicit(0x00081140, late) + implicit(0x00100010, name)
    message = read_by_reader(raw_part10(body, ImplicitVRLittleEndian))
    late_name = only(only(message.elements, 0x00081140).items[0].elements, 0x00100010)
    assert late_name.person_names[0].alphabetic.family_name == "Müller"
    empty = element(0x00080005, "CS", b"") + element(0x00100010, "PN", b"Doe ")
    message = read_by_reader(raw_part10(empty))
    assert list(only(message.elements, 0x00080005).strings) == [""]


def test_code_extensions_with_ascii_text() -> None:
    """ISO 2022 character sets: ASCII text is read and checked without pydicom."""
    body = element(0x00080005, "CS", b"ISO 2022 IR 13\\ISO 2022 IR 87 ")
    body += element(0x00080016, "UI", b"1.2.840.10008.5.1.4.1.1.7\x00")
    body += element(0x0008103E, "LO", b"Lv2 ") + element(0x00100010, "PN", b"Yamada^Tarou")
    message = read_by_reader(raw_part10(body))
    assert list(only(message.elements, 0x0008103E).strings) == ["Lv2"]
    assert not only(message.elements, 0x0008103E).bytes


# ------------------------------------------------------------ file level


@pytest.mark.parametrize(
    "syntax", [ExplicitVRBigEndian, DeflatedExplicitVRLittleEndian, ImplicitVRLittleEndian]
)
def test_transfer_syntaxes(syntax: str) -> None:
    from test_converters_synthetic import part10

    ds = pydicom.Dataset()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    ds.PatientName = "Syntax^Test"
    ds.Rows = 2
    ds.ImageComments = "x" * 301
    message = read_by_reader(part10(ds, syntax))
    assert message.file_meta.big_endian == (syntax == ExplicitVRBigEndian)
    assert message.file_meta.implicit_vr == (syntax == ImplicitVRLittleEndian)


def _without_transfer_syntax(body: bytes) -> bytes:
    meta = element(0x00020001, "OB", b"\x00\x01") + element(0x00020002, "UI", b"1.2.3\x00")
    meta += element(0x00020003, "UI", b"1.2.3.4\x00")
    group = element(0x00020000, "UL", struct.pack("<L", len(meta)))
    return b"\x00" * 128 + b"DICM" + group + meta + body


@pytest.mark.parametrize("encoding", ["explicit", "implicit", "big"])
def test_no_transfer_syntax_is_guessed_as_pydicom_guesses(encoding: str) -> None:
    uid = b"1.2.840.10008.5.1.4.1.1.7\x00"
    body = {
        "explicit": element(0x00080016, "UI", uid) + element(0x00100010, "PN", b"A^B "),
        "implicit": implicit(0x00080016, uid) + implicit(0x00100010, b"A^B "),
        "big": element(0x00080016, "UI", uid, False) + element(0x00100010, "PN", b"A^B ", False),
    }[encoding]
    message = read_by_reader(_without_transfer_syntax(body))
    assert message.file_meta.implicit_vr == (encoding == "implicit")
    assert message.file_meta.big_endian == (encoding == "big")


def test_a_data_set_in_another_encoding_than_its_transfer_syntax() -> None:
    body = implicit(0x00080016, b"1.2.840.10008.5.1.4.1.1.7\x00") + implicit(0x00100010, b"A^B ")
    message = read_by_reader(raw_part10(body, ExplicitVRLittleEndian))
    assert message.file_meta.implicit_vr


def test_a_configured_pydicom_reads_the_file_itself() -> None:
    """With pydicom's value conversion configured (datetime values, here), the reader
    declines: pydicom's route presents the values, and message_from_dicom gives it."""
    data = raw_part10(element(0x00080020, "DA", b"20240102") + element(0x00100010, "PN", b"A "))
    config.datetime_conversion = True
    try:
        assert reader.explain(data) == "pydicom is configured"
        message = converted(data, generic=True)
    finally:
        config.datetime_conversion = False
    assert list(only(message.elements, 0x00080020).strings) == ["20240102"]


def test_refusals_are_pydicoms() -> None:
    """What the reader does not read, pydicom's route refuses, naming the file."""
    cut = raw_part10(element(0x00100010, "PN", b"Doe^John"))[:-3]
    assert reader.explain(cut) == "cut short"
    with pytest.raises(ConversionError, match=r"cut\.dcm"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        message_from_dicom(cut, "cut.dcm")


def test_stored_sequence_bytes_are_read_as_pydicom_reads_them() -> None:
    """Whether a sequence's stored bytes still hold its items is decided by reading
    them (converters.reader), as pydicom's reading would: the same items."""
    from dicomproto.converters.generic import decoded_by_pydicom
    from dicomproto.converters.reader import sequence_from_bytes
    from dicomproto.converters.values import Context, _value_key

    checked = 0
    for path in corpus_paths():
        data = path.read_bytes()
        if reader.explain(data):
            continue
        message = message_from_dicom(data, generic=True)
        fm = message.file_meta
        ctx = Context(["iso8859"], not fm.big_endian, fm.implicit_vr)
        pending = list(message.elements)
        while pending:
            el = pending.pop()
            for child in el.items:
                pending.extend(child.elements)
            if el.items and el.bytes:
                ours = sequence_from_bytes(el.tag, el.bytes, ctx)
                theirs = decoded_by_pydicom(el, "SQ", ctx)
                assert ours is not None and theirs is not None
                assert _value_key(ours) == _value_key(theirs) == _value_key(el)
                checked += 1
    assert checked >= 1
