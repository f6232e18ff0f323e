"""The DICOM data dictionary as the converters read it: pydicom's own, loaded as data.

    dictionary_vr(0x00100010)                # 'PN'
    dictionary_vr(0x60023000)                # 'OB or OW' (a repeating group, 60xx)
    private_vr(0x00291008, "SIEMENS CSA HEADER")   # 'CS'
    keyword(0x00100010)                      # 'PatientName'

pydicom reads with its data dictionary (`pydicom._dicom_dict`: tag -> VR, VM, name,
retired, keyword, and the repeating groups) and its private dictionary
(`pydicom._private_dict`, by private creator). They are plain data modules, but
importing them through pydicom runs pydicom's package start-up (its configuration,
pixel handlers and numpy: a quarter of a second). So while pydicom is not imported,
this module executes those two files by themselves (from pydicom's own bytecode
cache: a few milliseconds); once pydicom is imported, it uses pydicom's loaded
modules, so entries a program adds at run time (`add_dict_entry`,
`add_private_dict_entry`) count here exactly as they do for pydicom. There is one
dictionary, pydicom's, and no copy of it in this project.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

__all__ = ["dictionary_vm", "dictionary_vr", "keyword", "private_vr"]

_MAIN = "pydicom._dicom_dict"
_PRIVATE = "pydicom._private_dict"
_standalone: dict[str, ModuleType] = {}
# repeating-group masks of one RepeatersDictionary: (its id, [(mask, care bits, key)])
_masks: tuple[int, list[tuple[int, int, str]]] = (0, [])
_repeater_keys: dict[int, str | None] = {}


def _module(name: str) -> ModuleType:
    """pydicom's module `name`: the imported one if pydicom is loaded, else the file
    executed on its own (pydicom's package is not started)."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    module = _standalone.get(name)
    if module is None:
        module = _load_alone(name)
        _standalone[name] = module
    return module


def _load_alone(name: str) -> ModuleType:
    package = importlib.util.find_spec("pydicom")
    if package is None or not package.submodule_search_locations:
        raise ImportError("pydicom is not installed")
    folder = next(iter(package.submodule_search_locations))
    path = f"{folder}/{name.rpartition('.')[2]}.py"
    spec = importlib.util.spec_from_file_location(f"dicomproto.converters._{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main_dictionary() -> dict[int, tuple[str, str, str, str, str]]:
    """Tag -> (VR, VM, name, retired, keyword) of the public elements."""
    return _module(_MAIN).DicomDictionary  # type: ignore[no-any-return]


def _entry(tag: int) -> tuple[str, str, str, str, str] | None:
    """The dictionary entry of a tag (repeating groups included), as pydicom's
    `get_entry` finds it; None when the dictionary has none."""
    module = _module(_MAIN)
    entry = module.DicomDictionary.get(tag)
    if entry is not None or tag >> 16 & 1:
        return entry
    key = _repeater_key(tag, module.RepeatersDictionary)
    return module.RepeatersDictionary[key] if key is not None else None


def _repeater_key(tag: int, repeaters: dict[str, tuple]) -> str | None:
    """The RepeatersDictionary key ("60xx3000") matching `tag`: the first in the
    dictionary's order, as pydicom's `mask_match`."""
    global _masks
    if _masks[0] != id(repeaters) or len(_masks[1]) != len(repeaters):
        masks = [
            (int(key.replace("x", "0"), 16), int("".join("F0"[c == "x"] for c in key), 16), key)
            for key in repeaters
        ]
        _masks = (id(repeaters), masks)
        _repeater_keys.clear()
    try:
        return _repeater_keys[tag]
    except KeyError:
        pass
    found = next((key for mask, care, key in _masks[1] if (tag ^ mask) & care == 0), None)
    _repeater_keys[tag] = found
    return found


def dictionary_vr(tag: int) -> str | None:
    """The dictionary VR of a tag ("US or SS" for an ambiguous one); None if unknown."""
    entry = _entry(tag)
    return entry[0] if entry is not None else None


def dictionary_vm(tag: int) -> str | None:
    """The dictionary VM of a tag ("1", "1-n", ...); None if unknown."""
    entry = _entry(tag)
    return entry[1] if entry is not None else None


def keyword(tag: int) -> str:
    """The keyword of a public tag ("PatientName"); "" when the dictionary has none."""
    entry = _entry(tag)
    return entry[4] if entry is not None else ""


def private_vr(tag: int, creator: str) -> str | None:
    """The VR of a private tag in the block of `creator`, as pydicom's
    `private_dictionary_VR` finds it (exact element first, then with the block byte as
    "xx", then the group's high byte too); None when the private dictionary has none."""
    entries = _module(_PRIVATE).private_dictionaries.get(creator)
    if entries is None:
        return None
    group = f"{tag >> 16:04X}"
    element = f"{tag & 0xFFFF:04X}"
    for key in (group + element, f"{group}xx{element[2:]}", f"{group[:2]}xxxx{element[2:]}"):
        entry = entries.get(key)
        if entry is not None:
            return entry[0]  # type: ignore[no-any-return]
    return None
