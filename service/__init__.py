"""The gRPC service: `dicomproto serve` runs dicomproto.v1.DicomService (Convert,
ToDicom, StreamFrames) with health checking and server reflection.

    from dicomproto.service.client import DicomClient

    client = DicomClient.connect("localhost:50051")
    message = client.convert("ct.dcm")             # CtImageIod
    data = client.to_dicom(message)                # the Part 10 bytes back
    for frame in client.stream_frames("big.dcm"):  # header, then frame by frame
        ...

Needs the `serve` extra (grpcio, grpcio-health-checking, grpcio-reflection).
"""
