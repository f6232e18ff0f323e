"""The in-process loop of another de-identifier, run with the interpreter of the
comparison environment (build/deid-venv: dicognito and deid, next to the same pydicom).

    python deidentify_others.py TOOL FILE_LIST RESULT_JSON

Reads every file of FILE_LIST (one path a line) once, makes a fresh copy of each data
set, then times one pass of TOOL over the copies: dicognito's Anonymizer.anonymize,
or deid's replace_identifiers with its default recipe (loaded once, before timing).
Writes {"seconds": ..., "files": ..., "failed": ...} to RESULT_JSON.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import sys
import time
import warnings

warnings.simplefilter("ignore")
logging.disable(logging.WARNING)
os.environ.setdefault("MESSAGELEVEL", "0")  # deid's own logger: quiet


def dicognito_pass(datasets: list) -> int:
    from dicognito.anonymizer import Anonymizer

    anonymizer = Anonymizer(seed="bench")
    failed = 0
    for ds in datasets:
        try:
            anonymizer.anonymize(ds)
        except Exception:
            failed += 1
    return failed


def deid_recipe() -> object:
    from deid.config import DeidRecipe

    return DeidRecipe()


def deid_pass(datasets: list, recipe: object) -> int:
    from deid.dicom import replace_identifiers

    failed = 0
    for ds in datasets:
        try:
            replace_identifiers(dicom_files=[ds], deid=recipe, save=False)
        except Exception:
            failed += 1
    return failed


def main() -> int:
    import pydicom

    tool, listing, result = sys.argv[1:4]
    with open(listing, encoding="utf-8") as handle:
        paths = [line for line in handle.read().splitlines() if line]
    originals = [pydicom.dcmread(p, force=True) for p in paths]
    copies = [copy.deepcopy(ds) for ds in originals]
    recipe = deid_recipe() if tool == "deid" else None
    start = time.perf_counter()
    failed = dicognito_pass(copies) if tool == "dicognito" else deid_pass(copies, recipe)
    seconds = time.perf_counter() - start
    with open(result, "w", encoding="utf-8") as handle:
        json.dump({"seconds": seconds, "files": len(copies), "failed": failed}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
