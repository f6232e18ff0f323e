"""The schema generator: DICOM DocBook (PS3.3, PS3.4, PS3.6) -> model -> .proto -> Python."""

__version__ = "0.1.0"
