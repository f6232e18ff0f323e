"""The incumbent of the whole-process benchmark: pydicom's DICOM JSON route, as a program.

    python bench/json_route.py forward SRC DEST   # each file: dcmread + to_json_dict +
                                                  # json.dumps, written to DEST/<name>.json
    python bench/json_route.py reverse SRC DEST   # each .json: json.loads +
                                                  # Dataset.from_json + dcmwrite -> .dcm

One process, one file after another, like `dicomproto convert --jobs 1`.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset


def forward(source: Path, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir()):
        ds = pydicom.dcmread(path)
        (dest / f"{path.name}.json").write_text(json.dumps(ds.to_json_dict()))


def reverse(source: Path, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir()):
        ds = Dataset.from_json(json.loads(path.read_text()))
        pydicom.dcmwrite(dest / f"{path.stem}.dcm", ds, implicit_vr=False, little_endian=True)


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    command, source, dest = sys.argv[1:4]
    {"forward": forward, "reverse": reverse}[command](Path(source), Path(dest))
