"""A Python client of `dicomproto serve`: files are sent in chunks, frames joined
from their parts, the messages unpacked.

    client = DicomClient.connect("localhost:50051", token="...", tls_ca=ca_pem)
    message = client.convert("ct.dcm")
    part10 = client.to_dicom(message)
    header, frames = client.stream_frames("big.dcm", decoded=True)
    for frame in frames:
        print(frame.index, frame.array().shape)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import numpy as np
from google.protobuf.message import Message

from dicomproto.converters import pack_any, unpack_any
from dicomproto.v1 import dataset_pb2, service_pb2, service_pb2_grpc

MiB = 1 << 20
CHUNK = 1 * MiB
# What this client accepts in one response; the server's own limit decides the rest.
MAX_RECEIVE = 2**31 - 1

Source = str | os.PathLike[str] | bytes


@dataclass(frozen=True)
class Frame:
    """One frame, its parts joined."""

    index: int
    data: bytes
    format: int
    dtype: str
    shape: tuple[int, ...]
    photometric_interpretation: str
    functional_groups: dataset_pb2.DataSet | None

    def array(self) -> np.ndarray:
        """The pixels as an array (decoded frames and stored native ones)."""
        if not self.dtype:
            raise ValueError(f"frame {self.index} is compressed or packed bits: no array")
        return np.frombuffer(self.data, dtype=self.dtype).reshape(self.shape)


class DicomClient:
    """Calls DicomService on one channel."""

    def __init__(self, channel: grpc.Channel, *, token: str | None = None, chunk_size: int = CHUNK):
        self.channel = channel
        self.stub = service_pb2_grpc.DicomServiceStub(channel)
        self.metadata = (("authorization", f"Bearer {token}"),) if token else ()
        self.chunk_size = chunk_size

    @classmethod
    def connect(
        cls,
        address: str,
        *,
        token: str | None = None,
        tls_ca: bytes | None = None,
        tls_server_name: str | None = None,
        client_cert: tuple[bytes, bytes] | None = None,
    ) -> DicomClient:
        """A client on a new channel; TLS when `tls_ca` (the CA's PEM) is given."""
        options = [("grpc.max_receive_message_length", MAX_RECEIVE)]
        if tls_server_name:
            options.append(("grpc.ssl_target_name_override", tls_server_name))
        if tls_ca is not None:
            key, cert = client_cert if client_cert else (None, None)
            credentials = grpc.ssl_channel_credentials(tls_ca, key, cert)
            return cls(grpc.secure_channel(address, credentials, options), token=token)
        return cls(grpc.insecure_channel(address, options), token=token)

    def close(self) -> None:
        self.channel.close()

    def __enter__(self) -> DicomClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ------------------------------------------------------------------ RPCs

    def convert(
        self, source: Source, *, name: str = "", generic: bool = False, timeout: float | None = None
    ) -> Message:
        """A Part 10 file (path or bytes) -> its message."""
        name = name or _name(source)

        def requests() -> Iterator[service_pb2.ConvertRequest]:
            first = True
            for chunk in _chunks(source, self.chunk_size):
                if first:
                    yield service_pb2.ConvertRequest(name=name, generic=generic, chunk=chunk)
                    first = False
                else:
                    yield service_pb2.ConvertRequest(chunk=chunk)

        response = self.stub.Convert(requests(), timeout=timeout, metadata=self.metadata)
        return unpack_any(response.message.SerializeToString(), name)

    def to_dicom(self, message: Message, *, name: str = "", timeout: float | None = None) -> bytes:
        """A message -> its Part 10 bytes."""
        from google.protobuf import any_pb2

        wrapped = any_pb2.Any.FromString(pack_any(message))
        request = service_pb2.ToDicomRequest(message=wrapped, name=name)
        responses = self.stub.ToDicom(request, timeout=timeout, metadata=self.metadata)
        return b"".join(r.chunk for r in responses)

    def stream_frames(
        self,
        source: Source | Message | None = None,
        *,
        server_path: str = "",
        decoded: bool = False,
        generic: bool = False,
        name: str = "",
        timeout: float | None = None,
    ) -> tuple[service_pb2.FramesHeader, Iterator[Frame]]:
        """The header, and an iterator over the frames (each joined from its parts),
        of a file sent in chunks, a message, or a file under the server's data root."""
        fmt = service_pb2.FRAME_FORMAT_DECODED if decoded else service_pb2.FRAME_FORMAT_STORED
        options = {"format": fmt, "generic": generic}

        def requests() -> Iterator[service_pb2.StreamFramesRequest]:
            if server_path:
                yield service_pb2.StreamFramesRequest(name=name, path=server_path, **options)
            elif isinstance(source, Message):
                from google.protobuf import any_pb2

                wrapped = any_pb2.Any.FromString(pack_any(source))
                yield service_pb2.StreamFramesRequest(name=name, message=wrapped, **options)
            else:
                assert source is not None
                label = name or _name(source)
                first = True
                for chunk in _chunks(source, self.chunk_size):
                    if first:
                        yield service_pb2.StreamFramesRequest(name=label, chunk=chunk, **options)
                        first = False
                    else:
                        yield service_pb2.StreamFramesRequest(chunk=chunk)

        responses = self.stub.StreamFrames(requests(), timeout=timeout, metadata=self.metadata)
        first = next(responses)
        if first.WhichOneof("content") != "header":
            raise ValueError("StreamFrames did not start with a header")
        return first.header, _join_frames(responses)


def _join_frames(responses: Iterator[service_pb2.StreamFramesResponse]) -> Iterator[Frame]:
    current: service_pb2.Frame | None = None
    parts: list[bytes] = []
    for response in responses:
        part = response.frame
        if part.offset == 0:
            if current is not None:
                yield _frame(current, parts)
            current, parts = part, [part.data]
        else:
            parts.append(part.data)
    if current is not None:
        yield _frame(current, parts)


def _frame(first: service_pb2.Frame, parts: list[bytes]) -> Frame:
    data = b"".join(parts)
    if len(data) != first.size:
        raise ValueError(f"frame {first.index}: {len(data)} bytes received, {first.size} sent")
    groups = first.functional_groups if first.HasField("functional_groups") else None
    return Frame(
        first.index,
        data,
        first.format,
        first.dtype,
        tuple(first.shape),
        first.photometric_interpretation,
        groups,
    )


def _name(source: object) -> str:
    return str(source) if isinstance(source, str | os.PathLike) else "<bytes>"


def _chunks(source: Source, size: int) -> Iterator[bytes]:
    if isinstance(source, bytes):
        view = memoryview(source)
        for start in range(0, max(len(source), 1), size):
            yield bytes(view[start : start + size])
        return
    with Path(source).open("rb") as handle:
        first = True
        while (block := handle.read(size)) or first:
            yield block
            first = False
