"""Securing and stopping a real `dicomproto serve`: the token, TLS (a certificate made
here), and SIGTERM draining the calls in flight."""

from __future__ import annotations

import datetime
import ipaddress
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from grpc_health.v1 import health_pb2, health_pb2_grpc
from service_helpers import corpus_file, running_server

from dicomproto.converters import read_dicom, to_proto
from dicomproto.service.client import DicomClient
from dicomproto.v1 import service_pb2

TOKEN = "s3cret-token-for-tests"


def test_calls_without_the_token_are_refused(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    path = corpus_file("CT_small.dcm")
    with running_server("--token-file", str(token_file)) as server:
        assert "token required" in server.lines[0]
        for token in (None, "wrong", TOKEN[:-1], TOKEN + "x"):
            with DicomClient.connect(server.address, token=token) as client:
                with pytest.raises(grpc.RpcError) as caught:
                    client.convert(path)
                assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED, token
                with pytest.raises(grpc.RpcError) as caught:
                    client.stream_frames(path)
                assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
        with DicomClient.connect(server.address, token=TOKEN) as client:
            assert client.convert(path) == to_proto(read_dicom(path))
        with grpc.insecure_channel(server.address) as channel:  # health needs no token
            check = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest())
            assert check.status == health_pb2.HealthCheckResponse.SERVING


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1, and its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_tls_handshake_with_a_test_certificate(tmp_path: Path) -> None:
    cert, key = make_certificate(tmp_path)
    path = corpus_file("CT_small.dcm")
    with running_server("--tls-cert", str(cert), "--tls-key", str(key)) as server:
        assert "(TLS)" in server.lines[0]
        with DicomClient.connect(server.address, tls_ca=cert.read_bytes()) as client:
            assert client.convert(path, timeout=30) == to_proto(read_dicom(path))
        with DicomClient.connect(server.address) as plaintext:  # no TLS: no answer
            with pytest.raises(grpc.RpcError) as caught:
                plaintext.convert(path, timeout=10)
            assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
        (tmp_path / "other").mkdir()
        other, _ = make_certificate(tmp_path / "other")
        with DicomClient.connect(server.address, tls_ca=other.read_bytes()) as untrusted:
            with pytest.raises(grpc.RpcError) as caught:  # a server it cannot verify
                untrusted.convert(path, timeout=10)
            assert caught.value.code() == grpc.StatusCode.UNAVAILABLE


def test_unusable_tls_and_token_options_are_usage_errors(tmp_path: Path) -> None:
    import subprocess
    import sys

    empty = tmp_path / "empty"
    empty.write_text("")
    for args, reason in (
        (["--tls-cert", str(empty)], "--tls-cert and --tls-key go together"),
        (["--token-file", str(empty)], "the token file is empty"),
        (["--token-file", str(tmp_path / "missing")], "cannot read the token"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "dicomproto.cli", "serve", "--port", "0", *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2, args
        assert done.stderr.startswith("dicomproto: error: ") and reason in done.stderr
        assert "Traceback" not in done.stderr


def test_sigterm_drains_the_call_in_flight_then_stops() -> None:
    data = corpus_file("CT_small.dcm").read_bytes()
    sent_first = threading.Event()
    go_on = threading.Event()

    def requests() -> Iterator[service_pb2.ConvertRequest]:
        yield service_pb2.ConvertRequest(name="ct.dcm", chunk=data[:1000])
        sent_first.set()
        go_on.wait(20)
        yield service_pb2.ConvertRequest(chunk=data[1000:])

    with running_server("--grace", "20") as server:
        client = DicomClient.connect(server.address)
        call = client.stub.Convert.future(requests())
        assert sent_first.wait(20)
        time.sleep(0.3)  # the first chunk has reached the server
        server.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 20
        while not any("stopping" in line for line in server.lines):
            assert time.monotonic() < deadline, server.lines
            time.sleep(0.05)
        with DicomClient.connect(server.address) as late:  # new calls are refused
            with pytest.raises(grpc.RpcError) as caught:
                late.convert(data, timeout=10)
            assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
        assert server.process.poll() is None  # still draining
        go_on.set()
        response = call.result(timeout=20)
        assert response.message.type_url.endswith("dicomproto.v1.CtImageIod")
        assert server.process.wait(30) == 128 + signal.SIGTERM
        assert server.lines[-1] == "dicomproto serve: stopped"
        client.close()
