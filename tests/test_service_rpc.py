"""Every RPC of a real `dicomproto serve` on loopback: Convert, ToDicom, StreamFrames,
health checking, reflection, bad input, limits and deadlines."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import numpy as np
import pydicom
import pytest
from converter_helpers import assert_same_dataset
from google.protobuf import descriptor_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from service_helpers import Server, corpus_file, element, part10, running_server
from test_service_frames import multiframe

from dicomproto.converters import (
    dicom_from_bytes,
    dicom_to_bytes,
    message_from_dicom,
    read_dicom,
    to_proto,
)
from dicomproto.converters.files import unpack_any
from dicomproto.converters.lookup import generic_form
from dicomproto.service.client import DicomClient
from dicomproto.v1 import dataset_pb2, service_pb2


@pytest.fixture(scope="module")
def data_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("data-root")
    (root / "mf.dcm").write_bytes(multiframe(6))
    (root / "ct.dcm").write_bytes(corpus_file("CT_small.dcm").read_bytes())
    return root


@pytest.fixture(scope="module")
def server(data_root: Path) -> Iterator[Server]:
    with running_server("--data-root", str(data_root)) as running:
        yield running


@pytest.fixture(scope="module")
def small(data_root: Path) -> Iterator[Server]:
    """A server with tight limits: 200 KiB messages, 4 KiB chunks, one call at a time."""
    args = ("--max-message-size", "200k", "--chunk-size", "4k", "--max-calls", "1")
    with running_server(*args, "--data-root", str(data_root)) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[DicomClient]:
    with DicomClient.connect(server.address) as connected:
        yield connected


# ----------------------------------------------------------------- Convert


@pytest.mark.parametrize("name", ["CT_small.dcm", "MR_small.dcm", "rtdose.dcm", "emri_small.dcm"])
def test_convert_gives_what_the_converters_give(client: DicomClient, name: str) -> None:
    path = corpus_file(name)
    expected = to_proto(read_dicom(path))
    got = client.convert(path)
    assert type(got) is type(expected) and got == expected
    assert client.convert(path, generic=True) == to_proto(read_dicom(path), generic=True)


def test_convert_then_to_dicom_gives_the_file_back(client: DicomClient) -> None:
    path = corpus_file("CT_small.dcm")
    message = client.convert(path)
    assert type(message).__name__ == "CtImageIod"
    data = client.to_dicom(message)
    assert data == path.read_bytes()  # pydicom's own write of this file is byte-identical
    assert_same_dataset(read_dicom(path), dicom_from_bytes(data))


def test_to_dicom_streams_chunks_within_the_chunk_size(small: Server) -> None:
    path = corpus_file("CT_small.dcm")
    with DicomClient.connect(small.address) as client:
        message = client.convert(path)
        from google.protobuf import any_pb2

        wrapped = any_pb2.Any()
        wrapped.Pack(message)
        chunks = [r.chunk for r in client.stub.ToDicom(service_pb2.ToDicomRequest(message=wrapped))]
    assert len(chunks) == -(-path.stat().st_size // 4096) and max(map(len, chunks)) == 4096
    assert b"".join(chunks) == path.read_bytes()


# ------------------------------------------------------------ StreamFrames


@pytest.mark.parametrize("name", ["emri_small.dcm", "SC_rgb_rle_2frame.dcm", "rtdose.dcm"])
def test_decoded_frames_equal_pydicoms_pixels(client: DicomClient, name: str) -> None:
    path = corpus_file(name)
    ds = pydicom.dcmread(path)
    pixels = ds.pixel_array.reshape(
        int(ds.get("NumberOfFrames", 1)),
        *ds.pixel_array.shape[-3 if ds.SamplesPerPixel > 1 else -2 :],
    )
    header, frames = client.stream_frames(path, decoded=True)
    assert header.number_of_frames == len(pixels)
    got = list(frames)
    assert [f.index for f in got] == list(range(len(pixels)))
    for frame, expected in zip(got, pixels, strict=True):
        assert frame.format == service_pb2.FRAME_FORMAT_DECODED
        assert np.array_equal(frame.array(), expected)


def test_stored_frames_and_header_of_a_multiframe(client: DicomClient) -> None:
    header, frames = client.stream_frames(multiframe(6), name="mf.dcm")
    assert header.number_of_frames == 6 and not header.encapsulated
    # the header is the typed message (or the DataSet), without Pixel Data
    message = generic_form(unpack_any(header.message.SerializeToString()))
    assert all(e.tag != 0x7FE00010 for e in message.elements)  # everything but Pixel Data
    assert any(e.tag == 0x52009230 for e in message.elements)
    got = list(frames)
    assert [f.data for f in got] == [bytes([i]) * 16 for i in range(6)]
    assert all(f.dtype == "|u1" and f.shape == (4, 4) for f in got)
    positions = [
        f.functional_groups.elements[0].items[0].elements[0].unsigned_integers[0] for f in got
    ]
    assert positions == [1, 2, 3, 4, 5, 6]


def test_encapsulated_frames_are_sent_as_stored(client: DicomClient) -> None:
    path = corpus_file("SC_rgb_rle_2frame.dcm")
    ds = pydicom.dcmread(path)
    header, frames = client.stream_frames(path)
    assert header.encapsulated and header.transfer_syntax_uid == ds.file_meta.TransferSyntaxUID
    expected = list(pydicom.encaps.generate_frames(ds.PixelData, number_of_frames=2))
    assert [f.data for f in frames] == expected


def test_frames_from_a_message_and_from_the_data_root(client: DicomClient) -> None:
    path = corpus_file("emri_small.dcm")
    _, direct = client.stream_frames(path)
    reference = [f.data for f in direct]
    _, via_message = client.stream_frames(to_proto(read_dicom(path)), name="emri")
    assert [f.data for f in via_message] == reference
    _, from_root = client.stream_frames(server_path="mf.dcm")
    assert [f.data[0] for f in from_root] == [0, 1, 2, 3, 4, 5]


def test_frames_over_the_chunk_size_come_in_parts(small: Server) -> None:
    data = multiframe(3, rows=100, columns=100)  # 10000-byte frames, 4 KiB parts
    with DicomClient.connect(small.address) as client:
        responses = list(
            client.stub.StreamFrames(iter([service_pb2.StreamFramesRequest(name="mf", chunk=data)]))
        )
        parts = [r.frame for r in responses[1:]]
        assert [(p.index, p.offset) for p in parts[:3]] == [(0, 0), (0, 4096), (0, 8192)]
        assert all(len(p.data) <= 4096 for p in parts) and parts[0].size == 10000
        _, frames = client.stream_frames(data)
        assert [f.data for f in frames] == [bytes([i]) * 10000 for i in range(3)]


def test_the_data_root_does_not_reach_outside(client: DicomClient) -> None:
    for path, code in (
        ("../x.dcm", "INVALID_ARGUMENT"),
        ("/etc/passwd", "INVALID_ARGUMENT"),
        ("nope.dcm", "NOT_FOUND"),
    ):
        with pytest.raises(grpc.RpcError) as caught:
            client.stream_frames(server_path=path)
        assert caught.value.code().name == code, path


# --------------------------------------------------------------- bad input


def bad_rows_file() -> bytes:
    """A US element of three bytes inside a sequence item."""
    rows = element(0x00280010, "US", b"\x01\x02\x03")
    item = b"\xfe\xff\x00\xe0" + len(rows + b"\0").to_bytes(4, "little") + rows + b"\0"
    return part10(element(0x00081140, "SQ", item))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"hello" * 100, "junk.dcm: not a DICOM file"),
        (b"", "junk.dcm: empty file"),
        (bad_rows_file(), "junk.dcm: (0008,1140) ReferencedImageSequence[0] > (0028,0010) Rows US"),
    ],
)
def test_bad_input_is_invalid_argument_naming_file_and_element(
    client: DicomClient, data: bytes, expected: str
) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        client.convert(data, name="junk.dcm")
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    details = caught.value.details()
    assert details.startswith(expected) and "Traceback" not in details and "\n" not in details


def test_bad_messages_and_bad_frames_are_invalid_argument(client: DicomClient) -> None:
    message = dataset_pb2.DataSet()
    message.elements.add(tag=0x00280010, vr=dataset_pb2.VR_US, unsigned_integers=[70000])
    with pytest.raises(grpc.RpcError) as caught:
        client.to_dicom(message, name="edited.pb")
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert caught.value.details().startswith("edited.pb: (0028,0010) Rows")
    with pytest.raises(grpc.RpcError) as caught:
        list(client.stream_frames(multiframe(5)[:-30], name="cut.dcm")[1])
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert caught.value.details() == (
        "cut.dcm: (7FE0,0010) PixelData: truncated: the file ends inside frame 4 of 5"
    )
    request = service_pb2.ToDicomRequest(name="x.pb")
    request.message.type_url = "type.googleapis.com/other.Thing"
    with pytest.raises(grpc.RpcError) as caught:
        list(client.stub.ToDicom(request))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "not a dicomproto .pb file" in caught.value.details()


def test_decoding_without_a_handler_is_unimplemented(client: DicomClient, tmp_path: Path) -> None:
    """Encapsulated frames under a transfer syntax no installed decoder takes (JPEG 2000
    fragments labelled MPEG-4 AVC/H.264) are refused as UNIMPLEMENTED, naming it."""
    message = message_from_dicom(corpus_file("JPEG2000.dcm").read_bytes(), generic=True)
    syntax = next(e for e in message.file_meta.elements if e.tag == 0x00020010)
    syntax.strings[:] = ["1.2.840.10008.1.2.4.102"]
    video = tmp_path / "labelled-video.dcm"
    video.write_bytes(dicom_to_bytes(message))
    with pytest.raises(grpc.RpcError) as caught:
        _, frames = client.stream_frames(video, decoded=True)
        list(frames)
    assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED, caught.value.details()
    assert "1.2.840.10008.1.2.4.102" in caught.value.details()


# ------------------------------------------------------------------ limits


def test_limits_refuse_with_resource_exhausted(small: Server) -> None:
    with DicomClient.connect(small.address) as client:
        with pytest.raises(grpc.RpcError) as caught:
            client.convert(b"\0" * 300_000, name="big.dcm")
        assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert (
            "big.dcm: the file is over the server's limit of 204800 bytes" in caught.value.details()
        )
        # frames of any size still stream: only the header counts against the limit
        _, frames = client.stream_frames(multiframe(40, rows=100, columns=100))
        assert sum(len(f.data) for f in frames) == 400_000


def test_calls_over_the_limit_are_refused_not_queued(small: Server) -> None:
    release = threading.Event()

    def slow_requests() -> Iterator[service_pb2.ConvertRequest]:
        yield service_pb2.ConvertRequest(name="slow.dcm", chunk=b"\0" * 10)
        release.wait(20)

    with DicomClient.connect(small.address) as client:
        busy = client.stub.Convert.future(slow_requests())
        try:
            deadline = time.monotonic() + 20
            refused: grpc.RpcError | None = None
            while refused is None and time.monotonic() < deadline:
                if busy.done():  # it came in while a quick call held the slot: refused
                    assert busy.exception().code() == grpc.StatusCode.RESOURCE_EXHAUSTED
                    busy = client.stub.Convert.future(slow_requests())
                    time.sleep(0.1)
                    continue
                try:  # succeeds until the slow call holds the only slot
                    client.convert(corpus_file("CT_small.dcm"))
                except grpc.RpcError as error:
                    refused = error
            assert refused is not None, "no call was refused within 20 s"
            assert refused.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            assert "busy" in refused.details()
        finally:
            release.set()
        with pytest.raises(grpc.RpcError):
            busy.result(timeout=20)  # ten zero bytes are not DICOM
        assert type(client.convert(corpus_file("CT_small.dcm"))).__name__ == "CtImageIod"


def test_deadlines_are_honoured(client: DicomClient) -> None:
    def never_ending() -> Iterator[service_pb2.StreamFramesRequest]:
        data = multiframe(2)
        yield service_pb2.StreamFramesRequest(name="slow.dcm", chunk=data[:200])
        time.sleep(3)

    started = time.monotonic()
    with pytest.raises(grpc.RpcError) as caught:
        list(client.stub.StreamFrames(never_ending(), timeout=0.5))
    assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert time.monotonic() - started < 3
    assert type(client.convert(corpus_file("CT_small.dcm"))).__name__ == "CtImageIod"


# ------------------------------------------------------- health, reflection


def test_health_reports_serving(server: Server) -> None:
    with grpc.insecure_channel(server.address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        for name in ("", "dicomproto.v1.DicomService"):
            response = stub.Check(health_pb2.HealthCheckRequest(service=name), timeout=5)
            assert response.status == health_pb2.HealthCheckResponse.SERVING
        with pytest.raises(grpc.RpcError) as caught:
            stub.Check(health_pb2.HealthCheckRequest(service="no.Such"), timeout=5)
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND


def reflect(address: str, *requests: reflection_pb2.ServerReflectionRequest) -> list:
    with grpc.insecure_channel(address) as channel:
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)
        return list(stub.ServerReflectionInfo(iter(requests), timeout=10))


def test_reflection_lists_the_services_and_describes_every_message(server: Server) -> None:
    listing, service_file, iod_file = reflect(
        server.address,
        reflection_pb2.ServerReflectionRequest(list_services=""),
        reflection_pb2.ServerReflectionRequest(file_containing_symbol="dicomproto.v1.DicomService"),
        reflection_pb2.ServerReflectionRequest(file_containing_symbol="dicomproto.v1.CtImageIod"),
    )
    names = [s.name for s in listing.list_services_response.service]
    assert names == sorted(
        [
            "dicomproto.v1.DicomService",
            "grpc.health.v1.Health",
            "grpc.reflection.v1alpha.ServerReflection",
        ]
    )
    files = {}
    for response in (service_file, iod_file):
        for data in response.file_descriptor_response.file_descriptor_proto:
            proto = descriptor_pb2.FileDescriptorProto.FromString(data)
            files[proto.name] = proto
    assert {"dicomproto/v1/service.proto", "dicomproto/v1/dataset.proto"} <= files.keys()
    assert {"dicomproto/v1/ct_image_iod.proto", "dicomproto/v1/options.proto"} <= files.keys()
    service = files["dicomproto/v1/service.proto"].service[0]
    assert [m.name for m in service.method] == ["Convert", "ToDicom", "StreamFrames"]


def test_convert_of_a_file_read_as_bytes_matches(client: DicomClient) -> None:
    data = corpus_file("MR_small.dcm").read_bytes()
    assert client.convert(data) == to_proto(pydicom.dcmread(io.BytesIO(data)))
