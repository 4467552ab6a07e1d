"""The tables in Arrow, Parquet, pandas, polars, DuckDB and Frictionless.

Each test needs an optional library (``pip install '.[arrow,interop]'``) and is
skipped where it is missing; `.ci/run` installs them all.
"""

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings

import govreport
from govreport import datasets, tables
from govreport._cli import main
from govreport.strategies import reports

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_arrow_types_are_exact():
    table = tables.to_arrow(datasets.binh_tan(), "indicators")
    schema = table.schema
    assert schema.field("value.exact").type == pa.decimal128(38, 0)
    assert schema.field("change.rate.amount").type == pa.decimal128(38, 2)
    assert schema.field("period.start").type == pa.date32()
    assert not schema.field("period.start").nullable
    assert schema.field("evidence").type == pa.list_(pa.field("item", pa.string(), nullable=False))
    assert schema.field("value.scale").type == pa.int64()
    # No indicator of the dataset says whether its target was met: still a bool.
    assert table.column("target.met").null_count == table.num_rows
    assert schema.field("target.met").type == pa.bool_()
    assert schema.metadata[b"govreport.kind"] == b"indicators"
    assert schema.field("value.exact").metadata[b"description"].startswith(b"Indicator.value.exact")
    assert table.to_pylist() == list(tables.rows(datasets.binh_tan(), "indicators"))


def test_lists_of_records_are_lists_of_structs():
    table = tables.to_arrow(datasets.binh_tan(), "meetings")
    participants = table.schema.field("participants").type
    assert pa.types.is_list(participants)
    assert pa.types.is_struct(participants.value_type)
    assert table.column("participants").to_pylist()[0][0]["official"] == "duong-ngoc-hai"


def test_decimal_columns_widen_to_fit_their_values():
    wide = govreport.to_dict(datasets.binh_tan())
    wide["indicators"][0]["change"]["rate"] = {"amount": "1" + "0" * 30, "unit": "%", "scale": 0}
    wide["indicators"][1]["change"]["rate"] = {"amount": "0.0000000001", "unit": "%", "scale": 0}
    report = govreport.from_dict(govreport.Report, wide)
    table = tables.to_arrow(report, "indicators")
    assert table.schema.field("change.rate.amount").type == pa.decimal256(76, 10)
    assert table.column("change.rate.amount").to_pylist()[1] == Decimal("1E-10")
    wide["indicators"][1]["change"]["rate"]["scale"] = -24
    wide["indicators"][0]["change"]["rate"]["scale"] = 24
    report = govreport.from_dict(govreport.Report, wide)
    with pytest.raises(ValueError, match="more than Arrow's 76"):
        tables.to_arrow(report, "indicators")
    schema = tables.arrow_schema("indicators", scales={"value.amount": 4})
    assert schema.field("value.amount").type == pa.decimal128(38, 4)
    assert schema.field("value.exact").type == pa.decimal128(38, 0)


@settings(max_examples=15)
@given(reports())
def test_parquet_holds_what_the_rows_hold(tmp_path_factory, report):
    path = tmp_path_factory.mktemp("parquet") / "t.parquet"
    for kind in tables.kinds():
        count = tables.write_parquet([report, report], kind, path, source=True)
        expected = list(tables.rows([report, report], kind, source=True))
        assert count == len(expected)
        assert pq.read_table(path).to_pylist() == expected


def test_parquet_streams_in_batches_and_replaces_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(tables._arrow, "_BATCH", 2)
    path = tmp_path / "i.parquet"
    report = datasets.binh_tan()
    assert tables.write_parquet([report] * 3, "indicators", path) == 27
    assert pq.ParquetFile(path).metadata.num_rows == 27
    before = path.read_bytes()

    def broken():
        yield report
        raise govreport.ValidationError.at("$", "a bad report")

    with pytest.raises(govreport.ValidationError):
        tables.write_parquet(broken(), "indicators", path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["i.parquet"]


def test_export_parquet_on_the_command_line(tmp_path):
    path = tmp_path / "indicators.parquet"
    status = main(
        [
            "export",
            "binh-tan-2023-07-13",
            "--records",
            "indicators",
            "--format",
            "parquet",
            "--output",
            str(path),
        ]
    )
    assert status == 0
    assert pq.read_table(path).to_pylist() == list(tables.rows(datasets.binh_tan(), "indicators"))


def test_pandas_keeps_decimals_and_dates():
    pytest.importorskip("pandas")
    frame = tables.to_pandas(datasets.binh_tan(), "indicators")
    investment = frame.set_index("id").loc["tong-von-dau-tu-toan-xa-hoi"]
    assert investment["value.exact"] == Decimal(20604000000000)
    assert investment["period.end"] == dt.date(2023, 6, 30)
    assert str(frame["value.exact"].dtype) == "decimal128(38, 0)[pyarrow]"


def test_polars_keeps_decimals_and_dates():
    pl = pytest.importorskip("polars")
    frame = tables.to_polars(datasets.binh_tan(), "indicators")
    assert frame.schema["value.exact"] == pl.Decimal(38, 0)
    assert frame.schema["period.start"] == pl.Date
    total = frame.filter(pl.col("value.unit") == "VND")["value.exact"].sum()
    assert total == Decimal(22600200000000)


def test_duckdb_sums_the_exported_parquet_exactly(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "indicators.parquet"
    tables.write_parquet([datasets.binh_tan()] * 2, "indicators", path)
    connection = duckdb.connect()
    query = """
        SELECT "value.unit" AS unit, sum("value.exact") AS total, min("period.start") AS since
        FROM read_parquet(?) WHERE "value.exact" IS NOT NULL GROUP BY unit ORDER BY unit
    """
    assert connection.execute(query, [str(path)]).fetchall() == [
        ("VND", Decimal(45200400000000), dt.date(2023, 1, 1)),
        ("ward", Decimal(38), dt.date(2023, 7, 13)),
    ]
    described = connection.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["value.exact"] == "DECIMAL(38,0)"
    assert types["target.met"] == "BOOLEAN"
    assert types["evidence"] == "VARCHAR[]"


def test_frictionless_validates_the_exported_csv(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    for kind in tables.kinds():
        target = tmp_path / f"{kind}.csv"
        assert (
            main(["export", "binh-tan-2023-07-13", "--records", kind, "--output", str(target)]) == 0
        )
        descriptor = tmp_path / f"{kind}.datapackage.json"
        package = frictionless.Package(str(descriptor))
        report = package.validate()
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
        resource = package.get_resource(kind)
        read = resource.read_rows()
        assert len(read) == len(getattr(datasets.binh_tan(), kind))
        if kind == "indicators":
            investment = next(row for row in read if row["id"] == "tong-von-dau-tu-toan-xa-hoi")
            assert investment["value.exact"] == Decimal(20604000000000)
            assert investment["period.start"] == dt.date(2023, 1, 1)
            assert json.loads(json.dumps(investment["evidence"])) == list(
                datasets.binh_tan()["tong-von-dau-tu-toan-xa-hoi"].evidence
            )


def test_frictionless_refuses_a_cell_of_the_wrong_type(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    target = tmp_path / "indicators.csv"
    assert (
        main(["export", "binh-tan-2023-07-13", "--records", "indicators", "--output", str(target)])
        == 0
    )
    text = target.read_text(encoding="utf-8").replace("2023-06-30", "30/06/2023", 1)
    target.write_text(text, encoding="utf-8")
    report = frictionless.Package(str(tmp_path / "indicators.datapackage.json")).validate()
    assert not report.valid
    assert {error[1] for error in report.flatten(["rowNumber", "fieldName"])} == {"period.end"}
