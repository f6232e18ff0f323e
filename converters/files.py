"""Files: DICOM Part 10 in and out, protobuf messages in and out.

Formats
  ``.pb``      one serialized ``google.protobuf.Any`` whose type_url is
               ``type.googleapis.com/dicomproto.v1.<Message>``: a reader needs no
               flag to know which message it holds.
  stream       many messages in one file: each record is the byte length of a
               serialized Any as a base-128 varint, then the Any (the framing of
               protobuf's ``writeDelimitedTo``/``parseDelimitedFrom``). Conventionally
               named ``.pbs``.
  bulk data    values of ``bulk_threshold`` bytes or more can live beside a ``.pb``
               in files named ``<name>.pb.<n>.bin``; the element keeps its VR and
               length flags and names the file in ``bulk_data_uri`` (relative to
               the ``.pb``). Messages over 2 GiB get this automatically.

A ``.pb`` starts with byte 0x0A (field 1 of Any); a stream starts with the varint
length of its first record, which is never 10, so the two are told apart by content.

Every write goes through `storage.atomic_open`: a destination (a path or an fsspec
URL) is either the old file or the whole new one, never a partial file. Every error
is a ConversionError naming the file.
"""

from __future__ import annotations

import contextlib
import io
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from google.protobuf import descriptor_pool, message_factory
from google.protobuf.message import DecodeError, Message

from dicomproto.v1 import dataset_pb2 as pb

from . import detached, wire
from .detached import Detached
from .errors import ConversionError, first_line
from .storage import atomic_open, is_url
from .values import join_items

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

TYPE_URL_PREFIX = "type.googleapis.com/"
PACKAGE = "dicomproto.v1."
MAX_MESSAGE = 2**31 - 1
PathLike = str | os.PathLike[str]


# ------------------------------------------------------------- atomic writes


def write_bytes_atomic(path: PathLike, data: bytes | list[bytes | memoryview]) -> None:
    """Write `data` (or its pieces, one after the other) to `path` (a path or fsspec
    URL) atomically (storage.atomic_open)."""
    try:
        with atomic_open(path) as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                handle.writelines(data)
    except OSError as exc:
        raise ConversionError(f"cannot write: {exc.strerror or exc}", path=str(path)) from exc


def _read_bytes(path: PathLike) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ConversionError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc


# ------------------------------------------------------------------- DICOM


def read_dicom(path: PathLike, *, salvage: bool = False) -> Dataset:
    """Read a DICOM file: Part 10, or a bare data set that starts like one. With
    `salvage`, a damaged file is read as far as it is sound (see converters.salvage)."""
    return dicom_from_bytes(_read_bytes(path), str(path), salvage=salvage)


def dicom_from_bytes(data: bytes, name: str = "<bytes>", *, salvage: bool = False) -> Dataset:
    """Parse DICOM bytes with pydicom, refusing what pydicom would read silently wrong:
    empty input, non-DICOM input, a file that ends inside an element. With `salvage`,
    damage is not refused: to_proto converts what is sound and keeps the rest verbatim
    (input that is not DICOM at all is still refused)."""
    if not data:
        raise ConversionError("empty file", path=name)
    if salvage:
        from . import salvage as salvaging

        if data[128:132] != b"DICM":
            _bare_data_set(data, name)  # refuses what does not start like DICOM
        return salvaging.read(data, name)
    import pydicom
    from pydicom.errors import InvalidDicomError

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            ds = pydicom.dcmread(io.BytesIO(data))
        except InvalidDicomError:
            ds = _bare_data_set(data, name)
        except Exception as exc:  # pydicom raises many types for broken input
            raise ConversionError(f"not readable as DICOM: {first_line(exc)}", path=name) from exc
    for warning in caught:
        text = str(warning.message)
        if "End of file reached" in text or "ended unexpectedly" in text:
            text = first_line(text).partition(" in file ")[0]
            raise ConversionError(f"truncated: {text[0].lower()}{text[1:]}", path=name)
        warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    if not ds._dict:
        reason = "no data set after the file meta information (truncated?)"
        raise ConversionError(reason, path=name)
    _check_trailing_bytes(ds, data, name)
    return ds


def _bare_data_set(data: bytes, name: str) -> Dataset:
    """A data set without the Part 10 header, accepted only when it starts like one
    (group 0002 or 0008 first, as ACR-NEMA and raw data sets do)."""
    import pydicom

    not_dicom = ConversionError(
        "not a DICOM file (no 'DICM' prefix at byte 128 and no data set at the start)", path=name
    )
    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=True)
    except Exception as exc:
        raise not_dicom from exc
    tags = sorted(ds._dict) or sorted(ds.file_meta._dict)
    if not tags or tags[0] >> 16 not in (0x0002, 0x0008) or len(ds._dict) < 2:
        raise not_dicom
    return ds


def _check_trailing_bytes(ds: Dataset, data: bytes, name: str) -> None:
    """pydicom stops silently when fewer than 8 bytes are left: a cut element header."""
    import pydicom
    from pydicom.dataelem import RawDataElement

    syntax = ds.file_meta.get(0x00020010) if hasattr(ds, "file_meta") else None
    if syntax is not None and str(syntax.value) == pydicom.uid.DeflatedExplicitVRLittleEndian:
        return
    last = ds._dict[max(ds._dict)]
    if not isinstance(last, RawDataElement) or last.length == 0xFFFFFFFF:
        return
    rest = data[last.value_tell + last.length :]
    if rest.strip(b"\x00"):
        raise ConversionError(
            f"truncated: the file ends inside an element header ({len(rest)} bytes"
            " after the last whole element)",
            path=name,
        )


def dicom_to_bytes(
    source: Dataset | Message | Detached, *, bulk_data: Callable[[str], bytes] | None = None
) -> bytes:
    """DICOM bytes of a message (generic DataSet or IOD message, or a Detached one) or
    of a pydicom data set, encoded as it was read, written by `part10.encode` (group
    lengths and command elements included). `bulk_data` resolves bulk data URIs of a
    message."""
    return b"".join(dicom_pieces(source, bulk_data=bulk_data))


def dicom_pieces(
    source: Dataset | Message | Detached, *, bulk_data: Callable[[str], bytes] | None = None
) -> list[bytes]:
    """`dicom_to_bytes` in pieces: a Detached message's value is one of them, not copied."""
    from . import part10

    pixel_data = None
    if isinstance(source, Detached):
        source, pixel_data = source.message, source.current_pieces()
    try:
        return part10.encode_parts(
            _generic_message(source), bulk_data=bulk_data, pixel_data=pixel_data
        )
    except ConversionError:
        raise
    except Exception as exc:
        raise ConversionError(f"cannot encode as DICOM: {first_line(exc)}") from exc


def _generic_message(source: Dataset | Message) -> pb.DataSet:
    if isinstance(source, pb.DataSet):
        return source
    if not isinstance(source, Message):  # a pydicom data set
        from .generic import dataset_to_proto

        message = dataset_to_proto(source)
        if not message.HasField("file_meta"):  # a bare data set, in its own encoding
            implicit, little = source.original_encoding
            message.file_meta.implicit_vr = bool(implicit)
            message.file_meta.big_endian = little is False
        return message
    from . import typed

    return typed.iod_to_generic(source)


def write_dicom(
    path: PathLike,
    source: Dataset | Message | Detached,
    *,
    bulk_data: Callable[[str], bytes] | None = None,
) -> None:
    """Write a message or data set to a DICOM file atomically (see dicom_to_bytes)."""
    try:
        parts = dicom_pieces(source, bulk_data=bulk_data)
    except ConversionError as err:
        raise err.in_file(str(path)) from err.__cause__
    write_bytes_atomic(path, parts)


# ---------------------------------------------------------------- messages


def message_class(full_name: str) -> type[Message]:
    """The generated class of a dicomproto.v1 message, importing its module if needed."""
    try:
        return message_factory.GetMessageClass(
            descriptor_pool.Default().FindMessageTypeByName(full_name)
        )
    except KeyError:
        pass
    from dicomproto.v1 import sop_classes  # the typed IOD messages

    for module, name in sop_classes.IOD_MESSAGES:
        if f"{PACKAGE}{name}" == full_name:
            imported = __import__(f"dicomproto.v1.{module}", fromlist=[name])
            return getattr(imported, name)
    raise KeyError(full_name)


def pack_any(msg: Message) -> bytes:
    """A message as a serialized Any (the wire bytes of Any.Pack, without copying the
    serialized message into an Any first)."""
    return b"".join(any_pieces(msg))


def any_pieces(msg: Message | Detached) -> list[bytes | memoryview]:
    """`pack_any` in pieces; a Detached message's value is one of them, not copied."""
    if isinstance(msg, Detached):
        return _any_parts(msg.message, *msg.parts())
    return _any_parts(msg, msg.SerializeToString())


def _any_parts(msg: Message, *body: bytes | memoryview) -> list[bytes | memoryview]:
    """The pieces of the serialized Any holding `msg`, serialized as the pieces `body`."""
    url = (TYPE_URL_PREFIX + msg.DESCRIPTOR.full_name).encode()
    head = b"\x0a" + wire.encode_varint(len(url)) + url
    size = sum(len(part) for part in body)
    if not size:
        return [head]
    return [head + b"\x12" + wire.encode_varint(size), *body]


def unpack_any(data: bytes | memoryview, name: str = "<bytes>") -> Message:
    """A serialized Any holding a dicomproto.v1 message -> that message."""
    cls, value = _held_message(data, name)
    return _parsed(cls, value, name)


def unpack_any_detached(data: bytes | memoryview, name: str = "<bytes>") -> Message | Detached:
    """`unpack_any` for a message on its way to DICOM bytes (`dicom_to_bytes`): a large
    top-level Pixel Data value stays where it lies in `data`, not copied into the
    message (see converters.detached); the message itself when there is none."""
    cls, value = _held_message(data, name)
    try:
        found = detached.split(memoryview(value), cls)
    except (IndexError, ValueError, DecodeError, RuntimeError):
        found = None  # parsed whole below, with its own error if it is corrupt
    return found if found is not None else _parsed(cls, value, name)


def _held_message(data: bytes | memoryview, name: str) -> tuple[type[Message], bytes | memoryview]:
    """The message class a serialized Any names, and its serialized value."""
    split = _split_any(data)
    if split is not None:  # as pack_any writes it: the value is parsed where it lies
        type_url, value = split
    else:
        from google.protobuf import any_pb2

        wrapper = any_pb2.Any()
        try:
            wrapper.ParseFromString(data)
        except (DecodeError, RuntimeError) as exc:
            raise ConversionError(
                "not a dicomproto .pb file (not a protobuf Any)", path=name
            ) from exc
        type_url, value = wrapper.type_url, wrapper.value
    full_name = type_url.rpartition("/")[2]
    if not type_url.startswith(TYPE_URL_PREFIX) or not full_name.startswith(PACKAGE):
        shown = type_url[:80] or "no type"
        raise ConversionError(f"not a dicomproto .pb file ({shown!r})", path=name)
    try:
        return message_class(full_name), value
    except KeyError:
        raise ConversionError(f"unknown message type {full_name}", path=name) from None


def _parsed(cls: type[Message], value: bytes | memoryview, name: str) -> Message:
    msg = cls()
    try:
        msg.ParseFromString(value)
    except (DecodeError, RuntimeError) as exc:
        raise ConversionError(f"corrupt {cls.DESCRIPTOR.full_name} message", path=name) from exc
    return msg


def _split_any(data: bytes | memoryview) -> tuple[str, memoryview] | None:
    """(type URL, value) of a serialized Any laid out as pack_any writes it (type_url,
    then value, ending the data), without copying the value; None for any other
    layout, which the protobuf parser then reads."""
    view = memoryview(data)
    try:
        found = list(islice(wire.fields(view), 3))
    except wire.WireError:
        return None
    if not found or found[0][:3] != (1, wire.LEN, 0) or found[-1][4] != len(view):
        return None
    if len(found) > 2 or (len(found) == 2 and found[1][:2] != (2, wire.LEN)):
        return None
    try:
        type_url = bytes(view[found[0][3] : found[0][4]]).decode()
    except UnicodeDecodeError:
        return None
    return type_url, view[found[1][3] :] if len(found) == 2 else view[len(view) :]


def write_message(
    path: PathLike,
    msg: Message | Detached,
    *,
    bulk_threshold: int | None = None,
    as_iod: bool = False,
) -> None:
    """Write one message as a .pb file (an Any), atomically.

    Byte values of at least `bulk_threshold` bytes (all large ones when the message
    would pass 2 GiB) go to bulk data files beside it (see `split_bulk_data`). They are
    split off a generic DataSet, before it is typed: with `as_iod`, the DataSet is
    written as the IOD message of its SOP Class (`typed_message`), whose typing then
    sees the values already moved out. An IOD message given here is written as it is:
    its values sit in typed fields, so bulk data needs its generic DataSet. A Detached
    message is written with its Pixel Data value taken from where it lies."""
    target = str(path)
    if isinstance(msg, Detached):
        if bulk_threshold is not None or as_iod:
            raise ConversionError("a Detached message is written as it is", path=target)
        write_bytes_atomic(target, any_pieces(msg))
        return
    source = msg
    if isinstance(msg, pb.DataSet):
        if bulk_threshold is not None:
            msg, _ = split_bulk_data(msg, target, bulk_threshold)
        if as_iod:
            from . import typed_message

            msg = typed_message(msg)
    elif bulk_threshold is not None:
        raise ConversionError(
            "bulk data is split off the generic message before it is typed: write the"
            " DataSet with as_iod=True",
            path=target,
        )
    body = _serialized(msg, target)
    if body is None:  # over 2 GiB: the large values go beside it
        if bulk_threshold is None and isinstance(source, pb.DataSet):
            write_message(path, source, bulk_threshold=1 << 20, as_iod=as_iod)
            return
        raise ConversionError(
            "cannot serialize: over 2 GiB (a generic DataSet written with a bulk data"
            " threshold keeps large values beside the .pb)",
            path=target,
        )
    write_bytes_atomic(target, _any_parts(msg, body))


def _serialized(msg: Message, target: str) -> bytes | None:
    """The serialized message; None when it would pass protobuf's 2 GiB limit."""
    try:
        body = msg.SerializeToString()
    except Exception as exc:
        if msg.ByteSize() > MAX_MESSAGE:
            return None
        raise ConversionError(f"cannot serialize: {first_line(exc)}", path=target) from exc
    return body if len(body) <= MAX_MESSAGE else None


def read_message(path: PathLike) -> Message:
    """Read one message from a .pb file."""
    data = _read_bytes(path)
    if not data:
        raise ConversionError("empty file", path=str(path))
    if sniff(data) != "pb":
        raise ConversionError("not a dicomproto .pb file", path=str(path))
    return unpack_any(data, str(path))


def bulk_resolver(path: PathLike) -> Callable[[str], bytes]:
    """Resolves bulk data URIs of the .pb at `path`: file names relative to it."""
    folder = Path(path).parent

    def resolve(uri: str) -> bytes:
        relative = uri.removeprefix("file:")
        candidate = (folder / relative).resolve()
        if folder.resolve() not in candidate.parents:
            raise ValueError(f"bulk data URI {uri!r} points outside {folder}")
        return _read_bytes(candidate)

    return resolve


def _sibling(target: str, name: str) -> str:
    """The path or URL of file `name` in the folder of `target`."""
    if is_url(target):
        return f"{target.rpartition('/')[0]}/{name}"
    return str(Path(target).parent / name)


def split_bulk_data(
    message: pb.DataSet, target: str, threshold: int
) -> tuple[pb.DataSet, list[str]]:
    """The generic `message` with its byte values of `threshold` bytes or more moved to
    files ``<target name>.<n>.bin`` beside `target` (a path or URL; each element keeps
    its VR and length flags and names its file, relative, in `bulk_data_uri`), and the
    files written. The message is copied only when a value moves."""
    if not _has_bulk(message.elements, threshold):
        return message, []
    out = pb.DataSet()
    out.CopyFrom(message)
    written: list[str] = []
    base = target.rpartition("/")[2] if is_url(target) else Path(target).name

    def visit(elements: Iterable[pb.Element]) -> None:
        for el in elements:
            for item in el.items:
                visit(item.elements)
            if el.HasField("encapsulated"):
                enc = el.encapsulated
                if _size(el) < threshold:
                    continue
                value = join_items([enc.basic_offset_table, *enc.fragments])
                el.ClearField("encapsulated")
            elif len(el.bytes) >= threshold:
                value = el.bytes
                el.ClearField("bytes")
            else:
                continue
            name = f"{base}.{len(written) + 1}.bin"
            location = _sibling(target, name)
            write_bytes_atomic(location, value)
            written.append(location)
            el.bulk_data_uri = name

    visit(out.elements)
    return out, written


def _size(el: pb.Element) -> int:
    enc = el.encapsulated
    return len(enc.basic_offset_table) + sum(len(f) for f in enc.fragments)


def _has_bulk(elements: Iterable[pb.Element], threshold: int) -> bool:
    for el in elements:
        if len(el.bytes) >= threshold or (el.HasField("encapsulated") and _size(el) >= threshold):
            return True
        if any(_has_bulk(item.elements, threshold) for item in el.items):
            return True
    return False


# ----------------------------------------------------------------- streams


def stream_record(msg: Message | Detached | bytes) -> list[bytes | memoryview]:
    """One record of a stream, in pieces: the varint length, then the serialized Any
    (`msg` itself when it is one already)."""
    pieces: list[bytes | memoryview] = [msg] if isinstance(msg, bytes) else any_pieces(msg)
    return [wire.encode_varint(sum(len(piece) for piece in pieces)), *pieces]


class StreamWriter:
    """Writes messages to a stream file; the file appears only on close()."""

    def __init__(self, path: PathLike):
        self.path = path
        self._context = atomic_open(path)
        self._handle = self._context.__enter__()
        self.count = 0

    def write(self, msg: Message | Detached | bytes) -> None:
        """Append one message (or an already serialized Any)."""
        self._handle.writelines(stream_record(msg))
        self.count += 1

    def close(self) -> None:
        """Finish: the stream replaces the destination."""
        self._context.__exit__(None, None, None)

    def abort(self) -> None:
        """Give up: nothing is written."""
        with contextlib.suppress(RuntimeError):
            self._context.__exit__(RuntimeError, RuntimeError("aborted"), None)

    def __enter__(self) -> StreamWriter:
        return self

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def write_stream(path: PathLike, messages: Iterable[Message]) -> int:
    """Write messages to a stream file atomically; returns how many."""
    with StreamWriter(path) as writer:
        for msg in messages:
            writer.write(msg)
        return writer.count


def iter_stream(source: PathLike | IO[bytes]) -> Iterator[Message]:
    """The messages of a stream file, in order, read record by record: memory holds one
    record at a time. `source` is a path or a binary file object (read from where it
    stands, and left open). A record that is cut short or not a dicomproto message
    raises ConversionError naming the file and the record."""
    if isinstance(source, str | os.PathLike):
        name = str(source)
        try:
            handle = open(source, "rb")  # noqa: SIM115 - closed below, also when abandoned
        except OSError as exc:
            raise ConversionError(f"cannot read: {exc.strerror or exc}", path=name) from exc
        with handle:
            yield from _messages(handle, name)
    else:
        yield from _messages(source, str(getattr(source, "name", "<stream>")))


# The name the stream reader had first; the same function.
read_stream = iter_stream


def _messages(handle: IO[bytes], name: str) -> Iterator[Message]:
    for index, record in enumerate(_records(handle, name)):
        try:
            yield unpack_any(record, name)
        except ConversionError as err:
            err.reason = f"record {index}: {err.reason}"
            raise


def iter_stream_records(data: bytes, name: str = "<bytes>") -> Iterator[bytes]:
    """The serialized Any of each record of a stream held in memory."""
    return _records(io.BytesIO(data), name)


def _records(handle: IO[bytes], name: str) -> Iterator[bytes]:
    """The records of a stream (protobuf's length-delimited framing: a varint length,
    then that many bytes), read one at a time."""
    index, offset = 0, 0
    read = handle.read
    while True:
        first = read(1)
        if not first:
            return
        length, shift, size = first[0] & 0x7F, 7, 1
        byte = first[0]
        while byte & 0x80:
            more = read(1)
            if not more or shift > 63:
                raise ConversionError(
                    f"truncated stream: record {index} at byte {offset} has no complete length",
                    path=name,
                )
            byte = more[0]
            length |= (byte & 0x7F) << shift
            shift += 7
            size += 1
        record = read(length)
        if len(record) != length:
            raise ConversionError(
                f"truncated stream: record {index} at byte {offset} needs {length} bytes,"
                f" {len(record)} left",
                path=name,
            )
        yield record
        offset += size + length
        index += 1


def sniff(data: bytes) -> str:
    """What bytes hold: "pb", "stream", "dicom" or "unknown" (by content, not name)."""
    url = TYPE_URL_PREFIX.encode()
    if data[:1] == b"\x0a" and url in data[:64]:
        return "pb"
    if data[128:132] == b"DICM":
        return "dicom"
    pos = 0  # a stream: a varint length, then an Any
    while pos < min(len(data), 10) and data[pos] & 0x80:
        pos += 1
    pos += 1
    if data[pos : pos + 1] == b"\x0a" and url in data[pos : pos + 64]:
        return "stream"
    return "unknown"
