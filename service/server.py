"""The gRPC server: dicomproto.v1.DicomService (Convert, ToDicom, StreamFrames), the
standard health service and server reflection.

Limits: one message (a Convert input file or result, a ToDicom request, a
StreamFrames header) is at most `max_message_size` bytes; responses that carry file
bytes or frames carry at most `chunk_size` bytes each; at most `max_calls`
DicomService calls run at once (more are refused with RESOURCE_EXHAUSTED, never
queued without bound). Deadlines are checked between the steps of every call.
"""

from __future__ import annotations

import hmac
import importlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import grpc
from google.protobuf import any_pb2, descriptor_pool
from google.protobuf.message import Message
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from dicomproto.converters import (
    ConversionError,
    dicom_to_bytes,
    to_proto,
    unpack_any,
)
from dicomproto.v1 import service_pb2, service_pb2_grpc

from .frames import FrameReader, Header, LimitError, StoredFrame, parse_dicom
from .pixels import DecodeError, FrameInfo, check_decodable

log = logging.getLogger("dicomproto.service")

SERVICE_NAME = service_pb2.DESCRIPTOR.services_by_name["DicomService"].full_name
TYPE_URL_PREFIX = "type.googleapis.com/"
HEALTH_PREFIX = f"/{health.SERVICE_NAME}/"
MiB = 1 << 20
# Room for the protobuf and gRPC framing around a message of max_message_size bytes.
FRAMING = 1 * MiB


@dataclass(frozen=True)
class ServerOptions:
    """How `dicomproto serve` runs."""

    host: str = "127.0.0.1"
    port: int = 50051
    tls_cert: bytes | None = None
    tls_key: bytes | None = None
    tls_client_ca: bytes | None = None  # set: clients must present a certificate it signed
    token: bytes | None = None  # set: every call but health needs "authorization: Bearer <token>"
    max_message_size: int = 256 * MiB
    chunk_size: int = 2 * MiB
    max_calls: int = 8
    data_root: Path | None = None
    grace: float = 30.0


class _Stop(Exception):
    """The call is over on the client's side (cancelled, or its deadline passed)."""


class DicomServicer(service_pb2_grpc.DicomServiceServicer):
    """Convert, ToDicom and StreamFrames over the converters."""

    def __init__(self, options: ServerOptions):
        self.options = options
        self._slots = threading.BoundedSemaphore(options.max_calls)

    # ---------------------------------------------------------------- RPCs

    def Convert(
        self, request_iterator: Iterator[service_pb2.ConvertRequest], context: grpc.ServicerContext
    ) -> service_pb2.ConvertResponse:
        with self._call(context, "Convert") as call:
            first: service_pb2.ConvertRequest | None = None
            parts: list[bytes] = []
            size = 0
            for request in request_iterator:
                if first is None:
                    first = request
                size += len(request.chunk)
                if size > self.options.max_message_size:
                    call.name = first.name or call.name
                    raise LimitError(
                        f"{call.name}: the file is over the server's limit of"
                        f" {self.options.max_message_size} bytes (--max-message-size);"
                        " StreamFrames reads files of any size"
                    )
                parts.append(request.chunk)
            if first is None:
                raise ConversionError("no request: send the file in ConvertRequest chunks")
            call.name = first.name or call.name
            data = b"".join(parts)
            parts.clear()
            call.check()
            message = to_proto(parse_dicom(data, call.name), generic=first.generic, as_read=True)
            del data
            call.check()
            return service_pb2.ConvertResponse(message=self._pack(message, call.name))

    def ToDicom(
        self, request: service_pb2.ToDicomRequest, context: grpc.ServicerContext
    ) -> Iterator[service_pb2.ToDicomResponse]:
        with self._call(context, "ToDicom") as call:
            call.name = request.name or call.name
            message = unpack_any(request.message.SerializeToString(), call.name)
            try:
                data = dicom_to_bytes(message)
            except ConversionError as error:
                raise error.in_file(call.name) from error.__cause__
            del message
            step = self.options.chunk_size
            for start in range(0, len(data), step):
                call.check()
                yield service_pb2.ToDicomResponse(chunk=data[start : start + step])

    def StreamFrames(
        self,
        request_iterator: Iterator[service_pb2.StreamFramesRequest],
        context: grpc.ServicerContext,
    ) -> Iterator[service_pb2.StreamFramesResponse]:
        with self._call(context, "StreamFrames") as call:
            first = next(request_iterator, None)
            if first is None:
                raise ConversionError("no request: send a StreamFramesRequest")
            call.name = first.name or first.path or call.name
            decoded = first.format == service_pb2.FRAME_FORMAT_DECODED
            reader = FrameReader(call.name, self.options.max_message_size, self.options.chunk_size)
            info: FrameInfo | None = None
            for event in self._frame_events(first, request_iterator, reader, call):
                call.check()
                if isinstance(event, Header):
                    info = FrameInfo(event, call.name)
                    if decoded:
                        check_decodable(info)
                    yield self._header_response(event, first.generic, call.name)
                else:
                    assert info is not None
                    yield from self._frame_responses(event, info, decoded)

    # ------------------------------------------------------------ helpers

    def _frame_events(
        self,
        first: service_pb2.StreamFramesRequest,
        rest: Iterator[service_pb2.StreamFramesRequest],
        reader: FrameReader,
        call: _Call,
    ) -> Iterator[Header | StoredFrame]:
        source = first.WhichOneof("source")
        if source == "chunk":
            yield from reader.feed(first.chunk)
            for request in rest:
                call.check()
                if request.WhichOneof("source") not in (None, "chunk"):
                    raise ConversionError(
                        "after the first message, StreamFrames requests carry only chunks",
                        path=call.name,
                    )
                yield from reader.feed(request.chunk)
        elif source == "message":
            message = unpack_any(first.message.SerializeToString(), call.name)
            try:
                data = dicom_to_bytes(message)
            except ConversionError as error:
                raise error.in_file(call.name) from error.__cause__
            del message
            step = self.options.chunk_size
            for start in range(0, len(data), step):
                yield from reader.feed(memoryview(data)[start : start + step])
        elif source == "path":
            with self._open_under_root(first.path) as handle:
                while block := handle.read(self.options.chunk_size):
                    call.check()
                    yield from reader.feed(block)
        else:
            raise ConversionError("the first StreamFramesRequest names no source", path=call.name)
        yield from reader.close()

    def _open_under_root(self, relative: str) -> Any:
        root = self.options.data_root
        if root is None:
            raise _Refusal(
                grpc.StatusCode.FAILED_PRECONDITION,
                f"{relative}: this server reads no files of its own (no --data-root)",
            )
        base = root.resolve()
        target = (base / relative).resolve()
        if not target.is_relative_to(base) or relative.startswith("/"):
            raise _Refusal(
                grpc.StatusCode.INVALID_ARGUMENT, f"{relative}: not a path under the data root"
            )
        try:
            return target.open("rb")
        except FileNotFoundError:
            raise _Refusal(grpc.StatusCode.NOT_FOUND, f"{relative}: no such file") from None
        except OSError as error:
            raise _Refusal(
                grpc.StatusCode.NOT_FOUND, f"{relative}: cannot read: {error.strerror}"
            ) from None

    def _header_response(
        self, header: Header, generic: bool, name: str
    ) -> service_pb2.StreamFramesResponse:
        message = to_proto(header.dataset, generic=generic)
        return service_pb2.StreamFramesResponse(
            header=service_pb2.FramesHeader(
                message=self._pack(message, name),
                number_of_frames=header.number_of_frames,
                transfer_syntax_uid=header.transfer_syntax_uid,
                encapsulated=header.encapsulated,
            )
        )

    def _frame_responses(
        self, frame: StoredFrame, info: FrameInfo, decoded: bool
    ) -> Iterator[service_pb2.StreamFramesResponse]:
        first = service_pb2.Frame(index=frame.index)
        groups = info.functional_groups(frame.index)
        if groups is not None:
            first.functional_groups.CopyFrom(groups)
        if decoded:
            array, photometric = info.decode(frame.data)
            data = array.tobytes()
            first.format = service_pb2.FRAME_FORMAT_DECODED
            first.dtype = array.dtype.str
            first.shape.extend(array.shape)
            first.photometric_interpretation = photometric
        else:
            data = frame.data
            first.format = service_pb2.FRAME_FORMAT_STORED
            if info.native is not None:
                first.dtype = info.native.dtype
                first.shape.extend(info.native.shape)
        first.size = len(data)
        step = self.options.chunk_size
        view = memoryview(data)
        first.data = bytes(view[:step])
        yield service_pb2.StreamFramesResponse(frame=first)
        for start in range(step, len(data), step):
            part = service_pb2.Frame(
                index=frame.index, offset=start, data=bytes(view[start : start + step])
            )
            yield service_pb2.StreamFramesResponse(frame=part)

    def _pack(self, message: Message, name: str) -> any_pb2.Any:
        size = message.ByteSize()
        if size > self.options.max_message_size:
            raise LimitError(
                f"{name}: the message is {size} bytes, over the server's limit of"
                f" {self.options.max_message_size} (--max-message-size); StreamFrames sends"
                " the pixel data frame by frame"
            )
        return any_pb2.Any(
            type_url=TYPE_URL_PREFIX + message.DESCRIPTOR.full_name,
            value=message.SerializeToString(),
        )

    def _call(self, context: grpc.ServicerContext, method: str) -> _Call:
        return _Call(self._slots, context, method, self.options.max_calls)


class _Refusal(Exception):
    """A call refused with a status of its own."""

    def __init__(self, code: grpc.StatusCode, details: str):
        super().__init__(details)
        self.code, self.details = code, details


class _Call:
    """One DicomService call: its slot among the concurrent calls, deadline checks,
    and the mapping of errors to status codes (one line, never a traceback)."""

    def __init__(
        self,
        slots: threading.BoundedSemaphore,
        context: grpc.ServicerContext,
        method: str,
        limit: int,
    ):
        self.slots, self.context, self.method, self.limit = slots, context, method, limit
        self.name = "<request>"
        self._held = False

    def __enter__(self) -> _Call:
        if not self.slots.acquire(blocking=False):
            self._abort(
                grpc.StatusCode.RESOURCE_EXHAUSTED,
                f"the server is busy: {self.limit} calls in progress (--max-calls); retry later",
            )
        self._held = True
        return self

    def check(self) -> None:
        """Stop when the client has gone or the deadline has passed."""
        remaining = self.context.time_remaining()
        if remaining is not None and remaining <= 0:
            self._abort(grpc.StatusCode.DEADLINE_EXCEEDED, f"{self.name}: deadline exceeded")
        if not self.context.is_active():
            raise _Stop

    def __exit__(self, kind: Any, error: Any, trace: Any) -> bool:
        if self._held:
            self.slots.release()
            self._held = False
        if error is None or isinstance(error, GeneratorExit):
            return False
        if isinstance(error, _Stop):
            log.info("%s %s: stopped, the call ended on the client's side", self.method, self.name)
            return True
        if isinstance(error, ConversionError):
            self._abort(grpc.StatusCode.INVALID_ARGUMENT, str(error.in_file(self.name)))
        if isinstance(error, LimitError):
            self._abort(grpc.StatusCode.RESOURCE_EXHAUSTED, str(error))
        if isinstance(error, DecodeError):
            self._abort(grpc.StatusCode.UNIMPLEMENTED, f"{self.name}: {error}")
        if isinstance(error, _Refusal):
            self._abort(error.code, error.details)
        if isinstance(error, grpc.RpcError) or _is_abort(error):
            return False
        log.error("%s %s: internal error", self.method, self.name, exc_info=error)
        self._abort(
            grpc.StatusCode.INTERNAL,
            f"{self.name}: internal error ({type(error).__name__}; logged on the server)",
        )
        return False

    def _abort(self, code: grpc.StatusCode, details: str) -> NoReturn:
        if code != grpc.StatusCode.RESOURCE_EXHAUSTED or "busy" not in details:
            log.info("%s %s: %s", self.method, code.name, details)
        self.context.abort(code, details)
        raise AssertionError("unreachable")  # context.abort raises


def _is_abort(error: BaseException) -> bool:
    """What grpc's context.abort raises (a bare Exception) passes through untouched."""
    return type(error) is Exception


# -------------------------------------------------------------- interceptors


class TokenInterceptor(grpc.ServerInterceptor):
    """Refuses every call but health checks without "authorization: Bearer <token>";
    the token is compared in constant time."""

    def __init__(self, token: bytes):
        self._expected = b"Bearer " + token

    def intercept_service(
        self, continuation: Callable[[Any], Any], details: grpc.HandlerCallDetails
    ) -> Any:
        handler = continuation(details)
        if handler is None or details.method.startswith(HEALTH_PREFIX):
            return handler
        supplied = b""
        for key, value in details.invocation_metadata or ():
            if key == "authorization":
                supplied = value.encode() if isinstance(value, str) else bytes(value)
        if hmac.compare_digest(supplied, self._expected):
            return handler
        return _refusing(handler)


def _refusing(handler: Any) -> Any:
    def refuse(request: Any, context: grpc.ServicerContext) -> Any:
        context.abort(
            grpc.StatusCode.UNAUTHENTICATED,
            "missing or wrong token: send metadata 'authorization: Bearer <token>'",
        )

    options = {
        "request_deserializer": handler.request_deserializer,
        "response_serializer": handler.response_serializer,
    }
    if handler.request_streaming and handler.response_streaming:
        return grpc.stream_stream_rpc_method_handler(refuse, **options)
    if handler.request_streaming:
        return grpc.stream_unary_rpc_method_handler(refuse, **options)
    if handler.response_streaming:
        return grpc.unary_stream_rpc_method_handler(refuse, **options)
    return grpc.unary_unary_rpc_method_handler(refuse, **options)


# ---------------------------------------------------------------- reflection


class SchemaPool:
    """The default descriptor pool, importing the generated module of a dicomproto.v1
    file or message on first request, so reflection describes every message the
    server can return without importing the whole schema at start."""

    def __init__(self) -> None:
        self._pool = descriptor_pool.Default()
        self._imported_all = False

    def _retry(self, find: Callable[[str], Any], name: str) -> Any:
        try:
            return find(name)
        except KeyError:
            if not name.startswith(("dicomproto.v1.", "dicomproto/v1/")) or self._imported_all:
                raise
        self._import_for(name)
        return find(name)

    def _import_for(self, name: str) -> None:
        if name.endswith(".proto"):
            module = name.removesuffix(".proto").replace("/", ".") + "_pb2"
            try:
                importlib.import_module(module)
                return
            except ImportError:
                raise KeyError(name) from None
        from dicomproto.v1 import sop_classes

        for module, message in sop_classes.IOD_MESSAGES:
            if f"dicomproto.v1.{message}" == name:
                importlib.import_module(f"dicomproto.v1.{module}")
                return
        for module, _ in sop_classes.IOD_MESSAGES:  # a module or item message: all IODs
            importlib.import_module(f"dicomproto.v1.{module}")
        self._imported_all = True

    def FindFileByName(self, name: str) -> Any:
        return self._retry(self._pool.FindFileByName, name)

    def FindFileContainingSymbol(self, name: str) -> Any:
        return self._retry(self._pool.FindFileContainingSymbol, name)

    def FindMessageTypeByName(self, name: str) -> Any:
        return self._retry(self._pool.FindMessageTypeByName, name)

    def FindExtensionByNumber(self, message: Any, number: int) -> Any:
        return self._pool.FindExtensionByNumber(message, number)

    def FindAllExtensions(self, message: Any) -> Any:
        return self._pool.FindAllExtensions(message)


# -------------------------------------------------------------------- server


@dataclass
class Running:
    """A started server: its port and what stops it."""

    server: grpc.Server
    port: int
    health: health.HealthServicer

    def stop(self, grace: float) -> None:
        """Refuse new calls, let the calls in flight finish (up to `grace` seconds)."""
        self.health.enter_graceful_shutdown()
        self.server.stop(grace).wait()


def start(options: ServerOptions) -> Running:
    """Build and start the server; raises OSError when the address cannot be bound."""
    # The semaphore in DicomServicer is the bound on calls; gRPC's own cap sits above it
    # (calls just finished still count there for a moment, and health checks need room).
    workers = options.max_calls + 4
    limit = options.max_message_size + FRAMING
    interceptors = [TokenInterceptor(options.token)] if options.token else []
    server = grpc.server(
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dicomproto-serve"),
        interceptors=interceptors,
        options=[
            ("grpc.max_receive_message_length", limit),
            ("grpc.max_send_message_length", limit),
            ("grpc.so_reuseport", 0),
        ],
        maximum_concurrent_rpcs=2 * workers,
    )
    service_pb2_grpc.add_DicomServiceServicer_to_server(DicomServicer(options), server)
    checker = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(checker, server)
    names = (SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME)
    reflection.enable_server_reflection(names, server, pool=SchemaPool())
    address = f"{options.host}:{options.port}"
    if options.tls_cert is not None and options.tls_key is not None:
        credentials = grpc.ssl_server_credentials(
            [(options.tls_key, options.tls_cert)],
            root_certificates=options.tls_client_ca,
            require_client_auth=options.tls_client_ca is not None,
        )
        port = server.add_secure_port(address, credentials)
    else:
        port = server.add_insecure_port(address)
    if port == 0:
        raise OSError(f"cannot listen on {address}")
    server.start()
    for name in ("", SERVICE_NAME):
        checker.set(name, health_pb2.HealthCheckResponse.SERVING)
    return Running(server, port, checker)


def serve(options: ServerOptions, announce: Callable[[str], None] = print) -> int:
    """Run until SIGTERM or SIGINT, then drain: new calls are refused, calls in
    flight get `options.grace` seconds to finish. Returns 143 or 130."""
    running = start(options)
    received: list[int] = []
    stop = threading.Event()

    def on_signal(number: int, _frame: Any) -> None:
        received.append(number)
        stop.set()

    previous = {n: signal.signal(n, on_signal) for n in (signal.SIGTERM, signal.SIGINT)}
    try:
        security = "TLS" if options.tls_cert else "plaintext"
        if options.token:
            security += ", token required"
        announce(f"dicomproto serve: listening on {options.host}:{running.port} ({security})")
        stop.wait()
        announce("dicomproto serve: stopping, letting calls in flight finish")
        running.stop(options.grace)
        announce("dicomproto serve: stopped")
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    return 130 if received and received[0] == signal.SIGINT else 143


def read_secret(path: Path, what: str) -> bytes:
    """A key, certificate or token file's bytes; ValueError naming the file if unusable."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"{path}: cannot read the {what}: {error.strerror}") from None
    if not data.strip():
        raise ValueError(f"{path}: the {what} file is empty")
    return data
