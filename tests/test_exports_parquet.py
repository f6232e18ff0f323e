"""Parquet output: the corpus as tables, read with DuckDB's SQL, and back losslessly."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pydicom
import pytest
from converter_helpers import assert_same_dataset, corpus_id, pydicom_read
from exports_helpers import corpus_messages, files_under, shards

from dicomproto.batch.formats import output_format
from dicomproto.batch.options import ConvertOptions
from dicomproto.converters import ConversionError, from_proto
from dicomproto.exports import rows
from dicomproto.exports.parquet import (
    ParquetFormat,
    ParquetOptions,
    read_parquet,
    write_parquet,
)
from dicomproto.v1 import ct_image_iod_pb2, dataset_pb2

SHARD_SIZE = 48


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus written as Parquet, shard by shard, through the output format."""
    dest = tmp_path_factory.mktemp("parquet")
    fmt = output_format("parquet")
    options = ConvertOptions(format="parquet")
    for index, shard in enumerate(shards(corpus_messages(), SHARD_SIZE)):
        writer = fmt.open_shard(str(dest), f"part-{index:05d}", options)
        for number, (source, message) in enumerate(shard):
            assert writer.write(source, message) == number
        written = writer.commit()
        assert all(Path(p).is_file() for p in written)
    return dest


@pytest.fixture(scope="module")
def read_back(output: Path) -> dict[str, Any]:
    back: dict[str, Any] = {}
    for path in sorted(output.glob("*/*.parquet")):
        for source, message in read_parquet(path):
            assert source not in back
            back[source] = message
    return back


def _sql(output: Path, dataset: str, query: str) -> list[tuple[Any, ...]]:
    table = f"read_parquet('{output / dataset}/*.parquet')"
    return duckdb.connect().sql(query.format(table=table)).fetchall()


def _pydicom(source: str) -> pydicom.Dataset:
    return pydicom_read(Path(source).read_bytes())


def test_format_is_registered() -> None:
    assert isinstance(output_format("parquet"), ParquetFormat)


def test_one_dataset_per_message_type(output: Path) -> None:
    folders = {p.name for p in output.iterdir()}
    assert {"CtImageIod", "RtDoseIod", "EnhancedCtImageIod", "DataSet", "pixels"} <= folders
    shard_count = len(shards(corpus_messages(), SHARD_SIZE))
    assert len(list((output / "pixels").glob("*.bin"))) == shard_count
    for folder in folders - {"pixels"}:
        names = [p.name for p in (output / folder).iterdir()]
        assert all(n.startswith("part-") and n.endswith(".parquet") for n in names)


def test_every_file_has_the_schema_of_its_message_type(output: Path) -> None:
    for folder in (p for p in output.iterdir() if p.name != "pixels"):
        cls = rows.message_class_named(folder.name)
        expected = rows.arrow_schema(cls)
        files = sorted(folder.glob("*.parquet"))
        first = pq.read_schema(files[0])
        parquet_schema = pq.ParquetFile(files[0]).schema
        for path in files:
            schema = pq.read_schema(path)
            assert schema.equals(expected), path
            assert schema.metadata == expected.metadata
            assert schema.equals(first, check_metadata=True), path
            assert pq.ParquetFile(path).schema.equals(parquet_schema), path


def test_schema_is_the_same_for_a_file_lacking_whole_modules(output: Path, tmp_path: Path) -> None:
    sparse = ct_image_iod_pb2.CtImageIod()
    sparse.sop_common_module.sop_instance_uid.value = "1.2.3"
    write_parquet(tmp_path, [("sparse", sparse)])
    schema = pq.read_schema(tmp_path / "CtImageIod" / "part-00000.parquet")
    assert schema.equals(pq.read_schema(next((output / "CtImageIod").glob("*.parquet"))))
    # and the corpus's own CT files differ in which modules they have
    present = _sql(
        output, "CtImageIod", "SELECT count(contrast_bolus_module), count(*) FROM {table}"
    )[0]
    assert 0 < present[0] < present[1] or present[0] == 0
    empty = _sql(output, "CtImageIod", "SELECT count(*) FROM {table} WHERE device_module IS NULL")
    assert empty[0][0] > 0


def test_ct_kvp_and_slice_thickness_are_numbers_equal_to_pydicom(output: Path) -> None:
    found = _sql(
        output,
        "CtImageIod",
        "SELECT source, ct_image_module.kvp, image_plane_module.slice_thickness,"
        " typeof(ct_image_module.kvp), typeof(image_plane_module.slice_thickness)"
        " FROM {table} ORDER BY source",
    )
    assert len(found) >= 20
    compared = 0
    for source, kvp, thickness, kvp_type, thickness_type in found:
        assert (kvp_type, thickness_type) == ("DOUBLE", "DOUBLE")
        ds = _pydicom(source)
        for value, keyword in ((kvp, "KVP"), (thickness, "SliceThickness")):
            expected = ds.get(keyword) if keyword in ds else None
            expected = ds.data_element(keyword) if expected is not None else None
            if value is None:  # absent, empty, or kept generic (a value that does not parse)
                assert expected is None or expected.value in (None, "") or _generic(source, keyword)
                continue
            assert value == pytest.approx(float(expected.value), rel=0, abs=0)
            compared += 1
    assert compared >= 30
    # arithmetic works on them directly: no casts
    average = _sql(output, "CtImageIod", "SELECT avg(ct_image_module.kvp) FROM {table}")[0][0]
    assert 80 <= average <= 150


def _generic(source: str, keyword: str) -> bool:
    """The attribute did not fit its typed field and went to other_elements."""
    tag = pydicom.datadict.tag_for_keyword(keyword)
    message = dict(corpus_messages())[source]
    return any(el.tag == tag for el in message.other_elements)


def test_patient_names_by_component_equal_pydicom(output: Path, tmp_path: Path) -> None:
    found = _sql(
        output,
        "CtImageIod",
        "SELECT source, patient_module.patient_name.alphabetic.family_name,"
        " patient_module.patient_name.alphabetic.given_name,"
        " patient_module.patient_name.ideographic.family_name FROM {table}",
    )
    named = 0
    for source, family, given, _ideographic in found:
        ds = _pydicom(source)
        name = ds.data_element("PatientName") if "PatientName" in ds else None
        if name is None or name.value in (None, "") or _generic(source, "PatientName"):
            continue
        assert (family or "", given or "") == (name.value.family_name, name.value.given_name)
        named += 1
    assert named >= 20
    assert any(given for _, _, given, _ in found)
    # the generic table too: its elements by tag
    generic_output = tmp_path / "generic"
    write_parquet(generic_output, list(corpus_messages(generic=True)))
    generic = _sql(
        generic_output,
        "DataSet",
        "SELECT source, e.person_names[1].alphabetic.family_name FROM"
        " (SELECT source, UNNEST(elements) e FROM {table}) WHERE e.tag = 1048592"
        " AND len(e.person_names) > 0",
    )
    assert generic
    for source, family in generic:
        assert (family or "") == _pydicom(source).PatientName.family_name


def test_sequence_items_with_unnest_equal_pydicom(output: Path) -> None:
    found = _sql(
        output,
        "RtDoseIod",
        "SELECT source, generate_subscripts(rt_dose_module.referenced_rt_plan_sequence, 1),"
        " UNNEST(rt_dose_module.referenced_rt_plan_sequence).referenced_sop_instance_uid"
        " FROM {table}",
    )
    assert len(found) >= 5
    for source, index, uid in found:
        item = _pydicom(source).ReferencedRTPlanSequence[index - 1]
        assert uid == item.ReferencedSOPInstanceUID
    nested = _sql(
        output,
        "EnhancedCtImageIod",
        "SELECT f.pixel_measures_sequence[1].pixel_spacing FROM (SELECT UNNEST("
        "multi_frame_functional_groups_module.shared_functional_groups_sequence) f FROM {table})",
    )
    spacing = [row[0] for row in nested if row[0] is not None]
    assert spacing and all(len(s) == 2 and all(isinstance(v, float) for v in s) for s in spacing)


def test_pixel_data_is_out_of_the_table(output: Path) -> None:
    found = _sql(
        output,
        "CtImageIod",
        "SELECT source, pixel_data.frames, pixel_data.shape, pixel_data.file,"
        " pixel_data.offset, pixel_data.length, pixel_data.encapsulated,"
        " image_pixel_module.pixel_data.ow, image_pixel_module.pixel_data.ob"
        " FROM {table} WHERE pixel_data IS NOT NULL",
    )
    assert len(found) >= 15
    for source, frames, shape, file, offset, length, encapsulated, ow, ob in found:
        ds = _pydicom(source)
        assert not ow and not ob  # no pixel bytes in the table
        assert frames == int(ds.get("NumberOfFrames") or 1)
        assert shape == [frames, ds.Rows, ds.Columns, ds.SamplesPerPixel]
        with open(output / file, "rb") as handle:
            handle.seek(offset)
            data = handle.read(length)
        if not encapsulated:
            assert data == ds.PixelData
    tables = sum(p.stat().st_size for p in output.glob("*/*.parquet"))
    pixels = sum(p.stat().st_size for p in (output / "pixels").iterdir())
    assert tables < pixels


@pytest.mark.parametrize(
    "source", [s for s, _ in corpus_messages()], ids=lambda s: corpus_id(Path(s))
)
def test_parquet_to_message_to_dcm_equals_the_original(
    source: str, read_back: dict[str, Any]
) -> None:
    original = dict(corpus_messages())[source]
    message = read_back[source]
    assert message == original
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert_same_dataset(_pydicom(source), from_proto(message))


def test_depth_cut_keeps_deeper_sequences_losslessly(tmp_path: Path) -> None:
    message = next(m for _, m in corpus_messages() if type(m).__name__ == "EnhancedCtImageIod")
    write_parquet(tmp_path, [("x", message)], max_depth=1)
    path = tmp_path / "EnhancedCtImageIod" / "part-00000.parquet"
    schema = pq.read_schema(path)
    groups = schema.field("multi_frame_functional_groups_module").type
    item = groups.field("shared_functional_groups_sequence").type.value_type
    measures = item.field("pixel_measures_sequence")
    assert measures.type == pa.binary()  # the serialized PixelMeasuresSequenceItems
    [(_source, back)] = list(read_parquet(path))
    assert back == message


def test_side_columns_keep_exact_text_and_empty_values(tmp_path: Path) -> None:
    ct = ct_image_iod_pb2.CtImageIod()
    ct.ct_image_module.kvp.value = 120.0
    ct.ct_image_module.kvp.text = "120.00"
    ct.ct_image_module.exposure_time.SetInParent()  # Type 2, present with no value
    ct.patient_module.patient_name.SetInParent()
    ct.general_image_module.referenced_image_sequence.undefined_length = True
    ct.general_image_module.referenced_image_sequence.items.add().undefined_length = True
    write_parquet(tmp_path, [("x", ct)])
    table = f"read_parquet('{tmp_path}/CtImageIod/*.parquet')"
    got = (
        duckdb.connect()
        .sql(
            "SELECT ct_image_module.kvp, ct_image_module._text['kvp'], ct_image_module._no_value,"
            f" patient_module._no_value, general_image_module._undefined_length FROM {table}"
        )
        .fetchall()[0]
    )
    assert got == (
        120.0,
        "120.00",
        ["exposure_time"],
        ["patient_name"],
        ["referenced_image_sequence", "referenced_image_sequence[0]"],  # item 0's flag too
    )
    [(_, back)] = list(read_parquet(tmp_path / "CtImageIod" / "part-00000.parquet"))
    assert back == ct


def test_generic_data_sets_round_trip_in_their_own_table(tmp_path: Path) -> None:
    generic = list(corpus_messages(generic=True))
    assert len(generic) > 200 and all(isinstance(m, dataset_pb2.DataSet) for _, m in generic)
    write_parquet(tmp_path, generic[:10])
    back = list(read_parquet(tmp_path / "DataSet" / "part-00000.parquet"))
    assert back == generic[:10]


def test_abort_leaves_nothing(tmp_path: Path) -> None:
    writer = ParquetFormat().open_shard(str(tmp_path), "part-00000", ConvertOptions())
    for source, message in corpus_messages()[:5]:
        writer.write(source, message)
    writer.abort()
    assert files_under(tmp_path) == []


def test_fsspec_url_output(tmp_path: Path) -> None:
    import fsspec

    items = list(corpus_messages()[:4])
    written = write_parquet("memory://exports-test", items)
    assert all(w.startswith("memory://exports-test/") for w in written)
    fs = fsspec.filesystem("memory")
    table = next(w for w in written if w.endswith(".parquet") and "CtImageIod" in w)
    local = tmp_path / "CtImageIod" / "part-00000.parquet"
    local.parent.mkdir()
    local.write_bytes(fs.cat(table))
    back = dict(read_parquet(local, root="memory://exports-test"))
    expected = {s: m for s, m in items if type(m).__name__ == "CtImageIod"}
    assert back == expected
    fs.rm("/exports-test", recursive=True)


def test_bad_options_and_files_give_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown parquet option 'depth'"):
        ParquetOptions.from_mapping({"depth": 3})
    with pytest.raises(ValueError, match="max_depth"):
        ParquetOptions.from_mapping({"max_depth": 0})
    bogus = tmp_path / "x.parquet"
    bogus.write_bytes(b"not parquet")
    with pytest.raises(ConversionError, match="not a readable Parquet file") as caught:
        list(read_parquet(bogus))
    assert str(bogus) in str(caught.value)
    plain = tmp_path / "plain.parquet"
    pq.write_table(pa.table({"a": [1]}), plain)
    with pytest.raises(ConversionError, match="not a dicomproto Parquet file"):
        list(read_parquet(plain))


def test_truncated_pixel_file_is_reported(tmp_path: Path) -> None:
    item = next((s, m) for s, m in corpus_messages() if type(m).__name__ == "CtImageIod")
    write_parquet(tmp_path, [item])
    pixels = tmp_path / "pixels" / "part-00000.bin"
    pixels.write_bytes(pixels.read_bytes()[:100])
    with pytest.raises(ConversionError, match="truncated"):
        list(read_parquet(tmp_path / "CtImageIod" / "part-00000.parquet"))
