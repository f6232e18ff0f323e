"""What the converters hold as data so that they need no pydicom import, checked against
pydicom itself: the VR categories, the character set table and its encoders' shortcut
for ASCII, the data and private dictionaries."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydicom import charset, datadict, valuerep
from pydicom._private_dict import private_dictionaries
from pydicom.valuerep import PersonName

from dicomproto.converters import dictionary, vrs
from dicomproto.converters.values import (
    _ASCII_AS_IS,
    CHARSETS,
    CUSTOM_ENCODED,
    DEFAULT_ENCODING,
    STAND_ALONE_CHARSETS,
    Context,
    _enc_pn,
    _encode_text,
    python_encodings,
)
from dicomproto.v1 import dataset_pb2 as pb


def _names(values: set) -> set[str]:
    return {str(v) for v in values}


def test_vr_categories_are_pydicoms() -> None:
    assert _names(valuerep.STANDARD_VR) == vrs.STANDARD_VRS
    assert _names(valuerep.AMBIGUOUS_VR) == vrs.AMBIGUOUS_VRS
    assert _names(valuerep.BYTES_VR) == vrs.BYTES_VRS
    assert _names(valuerep.EXPLICIT_VR_LENGTH_32) == vrs.LONG_LENGTH_VRS
    assert _names(valuerep.CUSTOMIZABLE_CHARSET_VR) == vrs.TEXT_VRS
    assert (
        set(vrs.NUMBER_FIELDS)
        | vrs.STRING_VRS
        | vrs.NUMBER_TEXT_VRS
        | {"PN", "SQ"}
        | set(vrs.BYTES_VRS)
        == vrs.STANDARD_VRS
    )


def test_character_set_tables_are_pydicoms() -> None:
    assert charset.python_encoding == CHARSETS
    assert set(charset.STAND_ALONE_ENCODINGS) == STAND_ALONE_CHARSETS
    assert set(charset.custom_encoders) == CUSTOM_ENCODED
    assert charset.default_encoding == DEFAULT_ENCODING


TERMS = [*charset.python_encoding, "ISO-IR 100", "ISO 2022IR 100", "nonsense", "latin_1"]


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("count", [1, 2, 3])
def test_specific_character_set_values_convert_as_pydicom_converts_them(count: int) -> None:
    combinations = (
        itertools.product(TERMS, repeat=count)
        if count < 3
        else [
            ("", "ISO 2022 IR 87", "ISO 2022 IR 159"),
            ("ISO_IR 192", "ISO 2022 IR 100", "GBK"),
            ("ISO 2022 IR 6", "ISO 2022 IR 149", "ISO 2022 IR 58"),
        ]
    )
    for terms in combinations:
        value = terms[0] if count == 1 else list(terms)
        assert python_encodings(value) == charset.convert_encodings(value), value
    assert python_encodings([]) == charset.convert_encodings([])


ASCII_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters="\\"),
    max_size=30,
)
CHARSET_VALUES = st.lists(st.sampled_from(sorted(charset.python_encoding)), min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(ASCII_TEXT, min_size=1, max_size=3), terms=CHARSET_VALUES)
def test_ascii_text_is_encoded_as_pydicom_encodes_it(texts: list[str], terms: list[str]) -> None:
    """Under any character set, what the encoders write for ASCII text (without pydicom
    when they can) is what pydicom's encode_string and PersonName write."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        encodings = charset.convert_encodings(terms)
    if encodings[0] not in _ASCII_AS_IS:
        return  # written by pydicom itself: nothing stands in for it
    ctx = Context(list(encodings))
    theirs = b"\\".join(charset.encode_string(t, encodings) for t in texts)
    theirs += b" " if len(theirs) % 2 else b""
    el = pb.Element(strings=texts)
    assert _pad(_encode_text(texts, ctx)) == theirs
    names = [t.replace("=", "").rstrip("^") for t in texts]
    el = pb.Element()
    for name in names:
        from dicomproto.converters.values import put_person_name

        put_person_name(el.person_names.add(), name)
    written = b"\\".join(PersonName(n, encodings).encode() for n in names)
    assert _enc_pn(el, ctx) == written + (b" " if len(written) % 2 else b"")


def _pad(data: bytes) -> bytes:
    return data + b" " if len(data) % 2 else data


def test_the_data_dictionary_is_pydicoms() -> None:
    for tag, entry in datadict.DicomDictionary.items():
        assert dictionary.dictionary_vr(tag) == entry[0]
        assert dictionary.keyword(tag) == entry[4]
    for tag in (0x60023000, 0x60FE0010, 0x50100005, 0x7F110010, 0x00280200 + 0x10):
        try:
            expected = datadict.dictionary_VR(tag)
        except KeyError:
            expected = None
        assert dictionary.dictionary_vr(tag) == expected
    assert dictionary.dictionary_vr(0x00091010) is None  # private: not in it
    assert dictionary.dictionary_vr(0x00123456) is None


def test_the_private_dictionary_is_pydicoms() -> None:
    checked = 0
    for creator, entries in itertools.islice(private_dictionaries.items(), 0, None, 10):
        for key in itertools.islice(entries, 5):
            tag = int(key.replace("xx", "10"), 16)
            assert dictionary.private_vr(tag, creator) == datadict.private_dictionary_VR(
                tag, creator
            )
            checked += 1
    assert checked > 100
    assert dictionary.private_vr(0x00291008, "NOT A CREATOR") is None


def test_the_dictionaries_load_without_pydicom() -> None:
    script = (
        "import sys\n"
        "from dicomproto.converters import dictionary\n"
        "assert dictionary.dictionary_vr(0x00100010) == 'PN'\n"
        "assert dictionary.dictionary_vr(0x60023000) == 'OB or OW'\n"
        "assert dictionary.private_vr(0x00291008, 'SIEMENS CSA HEADER') == 'CS'\n"
        "assert not [m for m in sys.modules if m.startswith('pydicom')]\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_entries_added_to_pydicom_count() -> None:
    """Once pydicom is loaded its own dictionaries are used, entries added at run time
    included."""
    assert dictionary.dictionary_vr(0x00FE0011) is None
    datadict.add_dict_entry(0x00FE0011, "LO", "TestKeyword", "Test")
    try:
        assert dictionary.dictionary_vr(0x00FE0011) == "LO"
    finally:
        del datadict.DicomDictionary[0x00FE0011]
        datadict.keyword_dict.pop("TestKeyword", None)
