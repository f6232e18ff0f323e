"""`dicomproto serve`: the gRPC service (Convert, ToDicom, StreamFrames), with health
checking and server reflection, until SIGTERM or Ctrl-C (which let calls in flight
finish first)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import size

MiB = 1 << 20


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "serve",
        help="run the gRPC service (needs the 'serve' extra)",
        description="Run dicomproto.v1.DicomService with grpc.health.v1.Health and server"
        " reflection. SIGTERM or Ctrl-C stops it: new calls are refused, calls in flight"
        " get --grace seconds to finish.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=50051, help="0 picks a free port (default: %(default)s)"
    )
    parser.add_argument(
        "--tls-cert", type=Path, metavar="PEM", help="serve TLS with this certificate chain"
    )
    parser.add_argument("--tls-key", type=Path, metavar="PEM", help="the certificate's private key")
    parser.add_argument(
        "--tls-client-ca",
        type=Path,
        metavar="PEM",
        help="require client certificates signed by this CA (mutual TLS)",
    )
    parser.add_argument(
        "--token-file",
        type=Path,
        metavar="FILE",
        help="require 'authorization: Bearer <token>' on every call but health checks",
    )
    parser.add_argument(
        "--max-message-size",
        type=size,
        default=256 * MiB,
        metavar="BYTES",
        help="largest file Convert takes, message it returns or ToDicom takes (default: 256m)",
    )
    parser.add_argument(
        "--chunk-size",
        type=size,
        default=2 * MiB,
        metavar="BYTES",
        help="largest payload of a ToDicom or StreamFrames response (default: 2m)",
    )
    parser.add_argument(
        "--max-calls",
        type=int,
        default=8,
        metavar="N",
        help="calls served at once; more are refused with RESOURCE_EXHAUSTED (default: 8)",
    )
    parser.add_argument(
        "--data-root",
        type=Path,
        metavar="DIR",
        help="let StreamFrames read files under DIR named by the client",
    )
    parser.add_argument(
        "--grace",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="how long calls in flight may run on after SIGTERM (default: 30)",
    )
    parser.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"dicomproto: error: {message}", file=sys.stderr)
    return 2


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    try:
        from dicomproto.service.server import ServerOptions, read_secret, serve
    except ImportError as error:
        return _fail(f"serve needs the 'serve' extra: pip install 'dicomproto[serve]' ({error})")
    if (args.tls_cert is None) != (args.tls_key is None):
        return _fail("--tls-cert and --tls-key go together")
    if args.tls_client_ca is not None and args.tls_cert is None:
        return _fail("--tls-client-ca needs --tls-cert and --tls-key")
    if args.max_calls < 1:
        return _fail("--max-calls must be at least 1")
    if args.chunk_size > args.max_message_size:
        return _fail("--chunk-size must not exceed --max-message-size")
    if args.data_root is not None and not args.data_root.is_dir():
        return _fail(f"{args.data_root}: --data-root is not a folder")
    try:
        cert = read_secret(args.tls_cert, "certificate") if args.tls_cert else None
        key = read_secret(args.tls_key, "private key") if args.tls_key else None
        client_ca = read_secret(args.tls_client_ca, "client CA") if args.tls_client_ca else None
        token = read_secret(args.token_file, "token").strip() if args.token_file else None
    except ValueError as error:
        return _fail(str(error))
    if token is not None and cert is None and not _loopback(args.host):
        print(
            "dicomproto serve: warning: the token travels in clear text without TLS"
            " (--tls-cert, --tls-key)",
            file=sys.stderr,
        )
    options = ServerOptions(
        host=args.host,
        port=args.port,
        tls_cert=cert,
        tls_key=key,
        tls_client_ca=client_ca,
        token=token,
        max_message_size=args.max_message_size,
        chunk_size=args.chunk_size,
        max_calls=args.max_calls,
        data_root=args.data_root,
        grace=args.grace,
    )
    import logging

    logging.basicConfig(level=logging.INFO, format="dicomproto serve: %(message)s")
    try:
        return serve(options, announce=lambda line: print(line, flush=True))
    except OSError as error:
        return _fail(f"{args.host}:{args.port}: {error}")
    except RuntimeError as error:  # grpc: a bad certificate or key, an unusable address
        return _fail(f"{args.host}:{args.port}: {error}")
