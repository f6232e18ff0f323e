"""A C++ client built from the same .proto files (Debian's protobuf and gRPC) calls
Convert on a real server and prints the fields it finds through the
(dicomproto.v1.attribute) options; its output equals the Python reading."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pydicom
import pytest
from conftest import require_tool
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from service_helpers import corpus_file, running_server

from dicomproto.converters import read_dicom, to_proto
from dicomproto.service.client import DicomClient
from dicomproto.v1 import options_pb2

ROOT = Path(__file__).resolve().parent.parent
CLIENT = ROOT / "clients" / "cpp"
BUILD = ROOT / "build" / "cpp-client"
# The IOD messages the tests read: a descriptor set of these files and their imports.
IODS = "dicomproto/v1/ct_image_iod.proto dicomproto/v1/rt_dose_iod.proto"
HOW = "apt-get install protobuf-compiler libprotobuf-dev libgrpc++-dev protobuf-compiler-grpc"


# ------------------------------------------------ the Python side, same format


def escape(text: str) -> str:
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        out.append(f"\\x{byte:02x}" if byte < 0x20 or byte >= 0x7F or char in '"\\' else char)
    return '"' + "".join(out) + '"'


def scalar(field: FieldDescriptor, value: object) -> str:
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        return dump(value)  # type: ignore[arg-type]
    if field.type == FieldDescriptor.TYPE_BYTES:
        head = "".join(f" {b:02x}" if i == 0 else f"{b:02x}" for i, b in enumerate(value[:8]))  # type: ignore[index]
        return f"<{len(value)} bytes{head}>"  # type: ignore[arg-type]
    if field.type == FieldDescriptor.TYPE_STRING:
        return escape(value)  # type: ignore[arg-type]
    if field.type == FieldDescriptor.TYPE_BOOL:
        return "true" if value else "false"
    if field.type == FieldDescriptor.TYPE_DOUBLE:
        return format(value, ".17g")
    if field.type == FieldDescriptor.TYPE_FLOAT:
        return format(value, ".9g")
    return str(int(value))  # type: ignore[call-overload]


def is_attribute(field: FieldDescriptor) -> bool:
    return field.GetOptions().HasExtension(options_pb2.attribute)


def dump(message: Message) -> str:
    parts = []
    for field, value in message.ListFields():
        if is_attribute(field):
            continue
        if field.is_repeated:
            parts.append(f"{field.name}=[" + ",".join(scalar(field, v) for v in value) + "]")
        else:
            parts.append(f"{field.name}={scalar(field, value)}")
    return "{" + " ".join(parts) + "}"


def walk(message: Message, prefix: str = "") -> list[str]:
    lines = []
    for field, value in message.ListFields():
        if field.type != FieldDescriptor.TYPE_MESSAGE:
            continue
        values = list(value) if field.is_repeated else [value]
        for index, sub in enumerate(values):
            path = prefix + field.name + (f"[{index}]" if field.is_repeated else "")
            if is_attribute(field):
                option = field.GetOptions().Extensions[options_pb2.attribute]
                tag = f"({option.tag >> 16:04X},{option.tag & 0xFFFF:04X})"
                lines.append(f"{path} {tag} {option.vr} {dump(sub)}")
            lines += walk(sub, path + ".")
    return lines


def python_reading(message: Message) -> list[str]:
    return [f"# {message.DESCRIPTOR.full_name}", *walk(message)]


# -------------------------------------------------------------- the C++ side


@pytest.fixture(scope="module")
def cpp_client() -> Path:
    for tool in ("protoc", "grpc_cpp_plugin", "pkg-config", "g++", "make"):
        require_tool(tool, how=HOW)
    found = subprocess.run(["pkg-config", "--exists", "grpc++", "protobuf"], check=False)
    if found.returncode != 0:
        require_tool("grpc++ (pkg-config)", found="", how=HOW)
    make = shutil.which("make")
    assert make is not None
    build = subprocess.run(
        [
            make,
            "-C",
            str(CLIENT),
            "-j2",
            f"OUT={BUILD}",
            f"PROTO={ROOT / 'proto'}",
            f"IOD={IODS}",
            "all",
            "descriptors",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return BUILD / "convert_client"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["CT_small.dcm", "rtdose.dcm"])
def test_cpp_client_output_matches_the_python_reading(cpp_client: Path, name: str) -> None:
    path = corpus_file(name)
    with running_server() as server:
        done = subprocess.run(
            [
                str(cpp_client),
                "--address",
                server.address,
                "--descriptors",
                str(BUILD / "descriptors.pb"),
                str(path),
            ],
            capture_output=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        with DicomClient.connect(server.address) as client:
            over_python_grpc = client.convert(path)
    cpp_lines = done.stdout.decode("utf-8").splitlines()
    expected = python_reading(to_proto(read_dicom(path)))
    assert python_reading(over_python_grpc) == expected
    assert cpp_lines == expected
    assert len(cpp_lines) > 40
    # the tags and VRs the options give are the file's own, where it is top level
    ds = pydicom.dcmread(path)
    top_level = [
        line for line in cpp_lines[1:] if line.count(".") == 1 and "[" not in line.split()[0]
    ]
    checked = 0
    for line in top_level:
        tag = int(line.split()[1].strip("()").replace(",", ""), 16)
        vr = line.split(") ", 1)[1].split(" {", 1)[0]  # "US or SS" for multi-VR elements
        if tag in ds:
            assert ds[tag].VR in vr.split(" or "), line
            checked += 1
    assert checked > 20


@pytest.mark.slow
def test_cpp_client_reports_server_errors(cpp_client: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.dcm"
    junk.write_bytes(b"not dicom" * 30)
    with running_server() as server:
        done = subprocess.run(
            [
                str(cpp_client),
                "--address",
                server.address,
                "--descriptors",
                str(BUILD / "descriptors.pb"),
                str(junk),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 1
    assert done.stderr.startswith("convert_client: error: 3: ")  # INVALID_ARGUMENT
    assert f"{junk}: not a DICOM file" in done.stderr
