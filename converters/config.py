"""What of pydicom's configuration the converters follow, in one place.

The converters present values exactly as pydicom does out of the box. Their raw
decoders (converters.values) stand in for pydicom's value conversion only while the
settings that change it are at their defaults; the Part 10 reader (converters.reader)
stands in for pydicom's reading only while pydicom reads as it does by default. These
functions are asked only when pydicom is loaded: while it is not, nothing could have
changed its defaults.
"""

from __future__ import annotations

__all__ = ["decodes_as_default", "reads_as_default", "slow_vrs"]


def decodes_as_default() -> bool:
    """pydicom's value conversion hooks and callbacks as they are out of the box (the
    raw decoders then give what pydicom would)."""
    from pydicom import config
    from pydicom.hooks import hooks, raw_element_value

    return (
        hooks.raw_element_value is raw_element_value
        and not config.data_element_callback
        and config.settings.reading_validation_mode != config.RAISE
    )


def slow_vrs() -> frozenset[str]:
    """VRs whose values pydicom is configured to present in its own types (datetime,
    numpy, Decimal): pydicom converts those."""
    from pydicom import config

    slow: set[str] = set()
    if config.datetime_conversion:
        slow |= {"DA", "DT", "TM"}
    if config.use_DS_numpy or config.use_DS_decimal:
        slow.add("DS")
    if config.use_IS_numpy:
        slow.add("IS")
    return frozenset(slow)


def reads_as_default() -> bool:
    """pydicom reads and presents files as it does out of the box: what the Part 10
    reader follows (VR lookup, UN and sequence handling, empty values, transfer
    syntaxes), besides the value conversion."""
    import pydicom.uid
    from pydicom import config
    from pydicom.hooks import hooks, raw_element_vr

    return (
        decodes_as_default()
        and not slow_vrs()
        and hooks.raw_element_vr is raw_element_vr
        and config.replace_un_with_known_vr
        and config.settings.infer_sq_for_un_vr
        and config.assume_implicit_vr_switch
        and not config.use_none_as_empty_text_VR_value
        and not pydicom.uid.PrivateTransferSyntaxes
    )
