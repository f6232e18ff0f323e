"""Files: .pb (one Any), streams, bulk data beside a .pb, atomic writes, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from converter_helpers import SITE, assert_same_dataset, pydicom_read
from google.protobuf import any_pb2, timestamp_pb2

from dicomproto.converters import (
    ConversionError,
    StreamWriter,
    bulk_resolver,
    from_proto,
    iter_stream,
    pack_any,
    read_dicom,
    read_message,
    read_stream,
    sniff,
    to_proto,
    write_dicom,
    write_message,
    write_stream,
)
from dicomproto.converters.storage import atomic_open
from dicomproto.v1 import dataset_pb2 as pb

TEST_FILES = SITE / "pydicom" / "data" / "test_files"
CT = TEST_FILES / "CT_small.dcm"
JPEG = TEST_FILES / "JPEG-lossy.dcm"


def test_pb_file_is_an_any_naming_its_message(tmp_path: Path) -> None:
    target = tmp_path / "ct.pb"
    write_message(target, to_proto(read_dicom(CT), generic=True))
    wrapper = any_pb2.Any.FromString(target.read_bytes())
    assert wrapper.type_url == "type.googleapis.com/dicomproto.v1.DataSet"
    message = read_message(target)
    assert isinstance(message, pb.DataSet)
    write_dicom(tmp_path / "ct.dcm", from_proto(message))
    assert (tmp_path / "ct.dcm").read_bytes() == CT.read_bytes()
    assert sniff(target.read_bytes()) == "pb" and sniff(CT.read_bytes()) == "dicom"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ct.dcm", "ct.pb"]  # no temp files


def test_stream_holds_many_messages_in_order(tmp_path: Path) -> None:
    sources = [CT, JPEG, TEST_FILES / "rtplan.dcm"]
    messages = [to_proto(read_dicom(p)) for p in sources]
    target = tmp_path / "all.pbs"
    assert write_stream(target, messages) == 3
    assert sniff(target.read_bytes()) == "stream"
    back = list(read_stream(target))
    assert back == messages
    for source, message in zip(sources, back, strict=True):
        assert_same_dataset(pydicom_read(source.read_bytes()), from_proto(message))


def test_truncated_stream_names_the_record(tmp_path: Path) -> None:
    target = tmp_path / "s.pbs"
    write_stream(target, [to_proto(read_dicom(CT)), to_proto(read_dicom(JPEG))])
    data = target.read_bytes()
    target.write_bytes(data[:-10])
    with pytest.raises(ConversionError, match=r"truncated stream: record 1 at byte \d+"):
        list(read_stream(target))


def test_streams_are_read_record_by_record(tmp_path: Path) -> None:
    """iter_stream reads one record at a time, from a path or an open file: after the
    first message the file has been read just past the first record, not further."""
    messages = [to_proto(read_dicom(p), generic=True) for p in (CT, JPEG, CT)]
    target = tmp_path / "s.pbs"
    write_stream(target, messages)
    first = len(pack_any(messages[0]))
    head = len(_varint_of(first))
    with target.open("rb") as handle:
        records = iter_stream(handle)
        assert next(records) == messages[0]
        assert handle.tell() == head + first
        assert list(records) == messages[1:]
    assert list(iter_stream(target)) == messages == list(read_stream(target))
    with target.open("rb") as handle:
        handle.seek(head + first)  # from where it stands
        assert list(iter_stream(handle)) == messages[1:]


def _varint_of(value: int) -> bytes:
    from dicomproto.converters.wire import encode_varint

    return encode_varint(value)


def test_a_stream_record_that_is_not_a_message_names_file_and_record(tmp_path: Path) -> None:
    target = tmp_path / "s.pbs"
    good = pack_any(to_proto(read_dicom(CT)))
    bad = b"\x0a\x05hello"  # an Any whose type is no dicomproto message
    target.write_bytes(_varint_of(len(good)) + good + _varint_of(len(bad)) + bad)
    records = iter_stream(target)
    assert next(records).DESCRIPTOR.name == "CtImageIod"
    with pytest.raises(ConversionError, match=r"s\.pbs: record 1: not a dicomproto"):
        next(records)
    target.write_bytes(_varint_of(len(good)) + good + b"\xff")  # a length that never ends
    with pytest.raises(ConversionError, match=r"record 1 at byte \d+ has no complete length"):
        list(iter_stream(target))
    target.write_bytes(_varint_of(1000) + b"abc")
    with pytest.raises(ConversionError, match="record 0 at byte 0 needs 1000 bytes, 3 left"):
        list(iter_stream(target))
    with pytest.raises(ConversionError, match="cannot read"):
        list(iter_stream(tmp_path / "missing.pbs"))


def test_stream_writer_leaves_nothing_when_aborted(tmp_path: Path) -> None:
    target = tmp_path / "s.pbs"
    with pytest.raises(RuntimeError), StreamWriter(target) as writer:
        writer.write(to_proto(read_dicom(CT)))
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_atomic_writer_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "x.pb"
    target.write_bytes(b"old")
    with pytest.raises(ValueError), atomic_open(target) as handle:
        handle.write(b"partial")
        raise ValueError("boom")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pb"]


def test_bulk_data_lives_beside_the_pb(tmp_path: Path) -> None:
    target = tmp_path / "jpeg.pb"
    write_message(target, to_proto(read_dicom(JPEG), generic=True), bulk_threshold=1024)
    message = read_message(target)
    pixel = next(el for el in message.elements if el.tag == 0x7FE00010)
    assert pixel.bulk_data_uri == "jpeg.pb.1.bin" and pixel.undefined_length
    assert not pixel.HasField("encapsulated") and not pixel.bytes
    assert (tmp_path / "jpeg.pb.1.bin").stat().st_size > 1024
    with pytest.raises(ConversionError, match=r"\(7FE0,0010\) PixelData OB: bulk data"):
        from_proto(message)
    restored = from_proto(message, bulk_data=bulk_resolver(target))
    assert_same_dataset(pydicom_read(JPEG.read_bytes()), restored)


def test_bulk_data_uri_may_not_leave_its_folder(tmp_path: Path) -> None:
    message = pb.DataSet()
    message.elements.add(tag=0x7FE00010, vr=pb.VR_OB, bulk_data_uri="../../etc/passwd")
    with pytest.raises(ConversionError, match="points outside"):
        from_proto(message, bulk_data=bulk_resolver(tmp_path / "x.pb"))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"hello, world", "not a dicomproto .pb file"),
        (any_pb2.Any(type_url="type.googleapis.com/google.protobuf.Timestamp",
                     value=timestamp_pb2.Timestamp(seconds=5).SerializeToString())
         .SerializeToString(), "not a dicomproto .pb file"),
        (any_pb2.Any(type_url="type.googleapis.com/dicomproto.v1.NoSuchThing")
         .SerializeToString(), "unknown message type dicomproto.v1.NoSuchThing"),
        (any_pb2.Any(type_url="type.googleapis.com/dicomproto.v1.DataSet", value=b"\xff\xff")
         .SerializeToString(), "corrupt dicomproto.v1.DataSet message"),
    ],
)  # fmt: skip
def test_foreign_pb_files_are_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    target = tmp_path / "foreign.pb"
    target.write_bytes(content)
    with pytest.raises(ConversionError, match=reason) as caught:
        read_message(target)
    assert str(caught.value).startswith(str(target))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"plain text, not DICOM at all" * 10, "not a DICOM file"),
        (CT.read_bytes()[:3000], "truncated: the file ends inside an element header"),
        (CT.read_bytes()[:200], "no data set after the file meta"),
    ],
)
def test_bad_dicom_files_are_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    target = tmp_path / "bad.dcm"
    target.write_bytes(content)
    with pytest.raises(ConversionError, match=reason) as caught:
        to_proto(read_dicom(target))
    assert str(caught.value).startswith(str(target))


def test_cut_inside_a_value_names_the_element(tmp_path: Path) -> None:
    target = tmp_path / "cut.dcm"
    target.write_bytes(CT.read_bytes()[:-1000])  # inside Pixel Data
    with pytest.raises(ConversionError, match=r"\(7FE0,0010\) PixelData OW: value truncated"):
        to_proto(read_dicom(target))


def test_missing_file_is_a_conversion_error(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="cannot read"):
        read_dicom(tmp_path / "nope.dcm")


def test_pack_any_writes_the_same_bytes_as_any_pack() -> None:
    from dicomproto.converters import pack_any

    for message in (pb.DataSet(), to_proto(read_dicom(CT))):
        wrapper = any_pb2.Any()
        wrapper.Pack(message)
        assert pack_any(message) == wrapper.SerializeToString()


def test_typed_path_by_sop_class(tmp_path: Path) -> None:
    """By default the IOD message of the SOP Class, which .pb files and from_proto
    handle without being told its type; generic=True gives the DataSet."""
    from dicomproto.converters import pack_any, unpack_any

    message = to_proto(read_dicom(CT))
    assert message.DESCRIPTOR.full_name == "dicomproto.v1.CtImageIod"
    assert message.patient_module.patient_id.value == read_dicom(CT).PatientID
    assert isinstance(to_proto(read_dicom(CT), generic=True), pb.DataSet)
    write_message(tmp_path / "ct.pb", message)
    wrapper = any_pb2.Any.FromString((tmp_path / "ct.pb").read_bytes())
    assert wrapper.type_url == "type.googleapis.com/dicomproto.v1.CtImageIod"
    again = read_message(tmp_path / "ct.pb")
    assert again == message == unpack_any(pack_any(message))
    assert from_proto(again).PatientID == read_dicom(CT).PatientID


def test_bulk_data_of_a_typed_message(tmp_path: Path) -> None:
    """Bulk data is split off the generic message, then it is typed: the IOD message's
    Pixel Data goes beside the .pb too, and stays a typed field."""
    target = tmp_path / "ct.pb"
    write_message(target, to_proto(read_dicom(CT), generic=True), bulk_threshold=1024, as_iod=True)
    message = read_message(target)
    assert message.DESCRIPTOR.name == "CtImageIod"
    pixel = message.image_pixel_module.pixel_data
    assert pixel.bulk_data_uri.startswith("ct.pb.") and not pixel.ow and not pixel.ob
    assert (tmp_path / pixel.bulk_data_uri).stat().st_size == len(read_dicom(CT).PixelData)
    restored = from_proto(message, bulk_data=bulk_resolver(target))
    assert_same_dataset(pydicom_read(CT.read_bytes()), restored)


def test_bulk_data_is_not_split_off_a_typed_message(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="split off the generic message"):
        write_message(tmp_path / "ct.pb", to_proto(read_dicom(CT)), bulk_threshold=1024)
    assert not list(tmp_path.iterdir())


def test_unpack_any_of_every_layout() -> None:
    """An Any as pack_any writes it (bytes or a memoryview), one with its fields the
    other way round, and one without a value all read as protobuf reads them; a cut
    one is refused in one line."""
    from dicomproto.converters import ConversionError, pack_any, unpack_any

    message = to_proto(read_dicom(CT))
    canonical = pack_any(message)
    wrapper = any_pb2.Any.FromString(canonical)
    url = b"\x0a" + bytes([len(wrapper.type_url)]) + wrapper.type_url.encode()
    value = any_pb2.Any(value=wrapper.value).SerializeToString()  # field 2 alone
    for data in (canonical, memoryview(canonical), value + url):
        assert unpack_any(data) == message
    assert unpack_any(pack_any(pb.DataSet())) == pb.DataSet()
    with pytest.raises(ConversionError, match=r"cut\.pb: not a dicomproto \.pb file"):
        unpack_any(canonical[: len(canonical) // 2], "cut.pb")
