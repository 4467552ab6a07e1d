"""The table API: columns read from the records, typed rows, CSV that reads back exactly."""

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings

import govreport
from govreport import datasets, tables
from govreport._cli import main
from govreport.strategies import reports

KINDS = tables.kinds()


def test_the_kinds_are_the_collections_of_a_report():
    collections = [
        field.alias
        for field in attrs.fields(govreport.Report)
        if field.init and field.alias != "source"
    ]
    assert list(KINDS) == collections
    designed = ("organizations", "officials", "meetings", "resolutions", "indicators")
    assert set(designed) <= set(KINDS)
    assert tables.record_type("meetings") is govreport.Meeting
    with pytest.raises(ValueError, match="unknown record kind 'people'; the kinds are: org"):
        tables.record_type("people")


def _leaves(cls, prefix=""):
    """Every init field's dotted name, nested records spread, as the columns must be."""
    for field in attrs.fields(cls):
        kind = field.type
        inner = [arg for arg in getattr(kind, "__args__", ()) if arg is not type(None)]
        if getattr(kind, "__origin__", None) is not tuple and len(inner) == 1:
            kind = inner[0]
        scalar = kind in (govreport.PartialDate, govreport.DocumentSymbol)
        if field.init and attrs.has(kind) and not scalar:
            yield from _leaves(kind, f"{prefix}{field.alias}.")
            if kind is govreport.Quantity:
                yield f"{prefix}{field.alias}.exact"
        elif field.init:
            yield f"{prefix}{field.alias}"


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_of_a_record_is_a_column_in_order(kind):
    names = [column.name for column in tables.columns(kind)]
    assert names == list(_leaves(tables.record_type(kind)))
    assert len(set(names)) == len(names)
    for column in tables.columns(kind):
        assert column.description.strip()


def test_column_types_and_nullability_follow_the_fields():
    indicator = {column.name: column for column in tables.columns("indicators")}
    assert indicator["id"].type is tables.ColumnType.STRING
    assert not indicator["id"].nullable
    assert indicator["period.start"].type is tables.ColumnType.DATE
    assert not indicator["period.start"].nullable
    assert indicator["value.amount"].type is tables.ColumnType.DECIMAL
    # Required inside an optional value is still empty where the value is absent.
    assert indicator["value.amount"].nullable
    assert indicator["value.scale"].type is tables.ColumnType.INTEGER
    assert indicator["approximate"].type is tables.ColumnType.BOOLEAN
    assert indicator["change.direction"].type is tables.ColumnType.STRING
    assert indicator["evidence"].type is tables.ColumnType.LIST
    assert indicator["evidence"].item.type is tables.ColumnType.STRING
    meeting = {column.name: column for column in tables.columns("meetings")}
    participants = meeting["participants"]
    assert participants.item.type is tables.ColumnType.STRUCT
    assert [(f.name, f.nullable) for f in participants.item.fields][:2] == [
        ("official", False),
        ("role", False),
    ]
    assert [f.name for f in participants.item.fields] == [
        field.alias for field in attrs.fields(govreport.Participant)
    ]
    assert meeting["term"].description == "Meeting.term: an integer"
    assert "afternoon" in meeting["time_of_day"].description


def test_a_new_field_becomes_a_column_without_a_word(monkeypatch):
    @attrs.frozen(kw_only=True)
    class Vote:
        option: str
        counted: int | None = None

    @attrs.frozen(kw_only=True)
    class Motion:
        id: str
        adopted: dt.date | None = None
        share: govreport.Quantity | None = attrs.field(
            default=None, metadata={"description": "of the votes cast"}
        )
        votes: tuple[Vote, ...] = ()

    monkeypatch.setattr(tables._columns, "_kinds", lambda: {"motions": Motion})
    found = {
        column.name: column
        for column in tables._columns._field_columns(Motion, "", (), nullable=False, flat=True)
    }
    share = [*_leaves(govreport.Quantity, "share."), "share.exact"]
    assert list(found) == ["id", "adopted", *share, "votes"]
    assert found["adopted"].type is tables.ColumnType.DATE
    assert found["share.amount"].description == "Motion.share.amount: an exact decimal number"
    assert found["votes"].item.fields[1].type is tables.ColumnType.INTEGER

    @attrs.frozen
    class Odd:
        when: complex

    with pytest.raises(TypeError, match=r"Odd.when: no column type for <class 'complex'>"):
        tables._columns._field_columns(Odd, "", (), nullable=False, flat=True)


def test_rows_hold_typed_values():
    report = datasets.binh_tan()
    investment = next(
        row
        for row in tables.rows(report, "indicators")
        if row["id"] == "tong-von-dau-tu-toan-xa-hoi"
    )
    assert investment["value.exact"] == Decimal(20604000000000)
    assert investment["value.amount"] == Decimal(20604)
    assert investment["value.scale"] == 9
    assert investment["period.start"] == dt.date(2023, 1, 1)
    assert type(investment["approximate"]) is bool
    assert investment["change.direction"] is None
    assert investment["change.rate.exact"] is None
    assert investment["target.attainment"] == Decimal("89.59")
    assert isinstance(investment["evidence"], list)
    meeting = next(tables.rows(report, "meetings"))
    assert meeting["time_of_day"] == "afternoon"
    assert meeting["participants"][0]["official"] == "duong-ngoc-hai"
    resolutions = list(tables.rows(report, "resolutions"))
    symbols = [row["symbol"] for row in resolutions if row["symbol"]]
    assert "98/2023/QH15" in symbols
    assert all(type(symbol) is str for symbol in symbols)


def test_rows_of_many_reports_can_say_which_report():
    report = datasets.binh_tan()
    many = list(tables.rows([report, report], "meetings", source=True))
    assert len(many) == 2
    assert list(many[0])[:4] == [
        "source.title",
        "source.published",
        "source.publisher",
        "source.url",
    ]
    assert many[0]["source.published"] == str(report.source.published)
    assert many[0]["source.title"] == report.source.title


@settings(max_examples=25)
@given(reports())
def test_csv_reads_back_exactly_what_the_rows_hold(report):
    for kind in KINDS:
        text = io.StringIO(newline="")
        count = tables.write_csv(report, kind, text, source=True)
        text.seek(0)
        assert list(tables.read_csv(text, kind, source=True)) == list(
            tables.rows(report, kind, source=True)
        )
        assert count == len(getattr(report, kind))


def _csv(kind, report=None):
    text = io.StringIO(newline="")
    tables.write_csv(report or datasets.binh_tan(), kind, text)
    return list(csv.DictReader(io.StringIO(text.getvalue(), newline="")))


def test_every_list_cell_is_one_json_array():
    directives = _csv("directives")
    # This directive's evidence has a quote holding "; ", the old separator.
    quoted = next(row for row in directives if row["id"] == "kiem-tra-giam-sat")
    evidence = json.loads(quoted["evidence"])
    assert evidence == list(datasets.binh_tan()["kiem-tra-giam-sat"].evidence)
    officials = _csv("officials")
    positions = json.loads(officials[0]["positions"])
    assert set(positions[0]) == {field.alias for field in attrs.fields(govreport.Position)}
    assert all(row["evidence"].startswith("[") for row in directives)


def _hostile_report(name):
    data = govreport.to_dict(datasets.binh_tan())
    data["organizations"][0]["name"] = name
    data["organizations"][0]["evidence"] = []
    data["indicators"][0]["change"]["rate"]["amount"] = "-6.97"
    return govreport.from_dict(govreport.Report, data)


@pytest.mark.parametrize(
    "name",
    ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(1,1)", "'quoted"],
)
def test_cells_a_spreadsheet_would_run_are_neutralised(name):
    report = _hostile_report(name)
    row = _csv("organizations", report)[0]
    assert row["name"] == "'" + name
    back = list(
        tables.read_csv(io.StringIO(_text("organizations", report), newline=""), "organizations")
    )
    assert back[0]["name"] == name
    # A number column keeps its sign: numbers never run.
    indicator = _csv("indicators", report)[0]
    assert indicator["change.rate.amount"] == "-6.97"


def _text(kind, report):
    text = io.StringIO(newline="")
    tables.write_csv(report, kind, text)
    return text.getvalue()


def test_read_csv_refuses_another_table():
    with pytest.raises(ValueError, match="expected the columns of meetings"):
        list(tables.read_csv(io.StringIO(_text("indicators", datasets.binh_tan())), "meetings"))


def test_the_table_schema_declares_each_column():
    schema = tables.table_schema("indicators")
    fields = {field["name"]: field for field in schema["fields"]}
    assert [field["name"] for field in schema["fields"]] == [
        column.name for column in tables.columns("indicators")
    ]
    assert fields["value.exact"]["type"] == "number"
    assert fields["period.start"]["type"] == "date"
    assert fields["period.start"]["constraints"] == {"required": True}
    assert "constraints" not in fields["value.exact"]
    assert fields["evidence"]["type"] == "array"
    assert fields["approximate"]["trueValues"] == ["true"]
    assert fields["value.scale"]["type"] == "integer"
    assert schema["missingValues"] == [""]
    package = tables.data_package("indicators", "indicators.csv")
    (resource,) = package["resources"]
    assert resource["path"] == "indicators.csv"
    assert resource["schema"] == schema


def test_jsonl_rows_are_json_typed():
    text = io.StringIO()
    assert tables.write_jsonl(datasets.binh_tan(), "indicators", text) == 9
    first = json.loads(text.getvalue().splitlines()[0])
    assert first["period.start"] == "2023-01-01"
    assert first["change.rate.amount"] == "6.97"
    assert first["value.amount"] is None


def _corpus(tmp_path):
    report = datasets.binh_tan()
    line = govreport.to_json(report)
    (tmp_path / "a.jsonl").write_text(f"{line}\n\n{line}\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    govreport.dump(report, tmp_path / "sub" / "b.json")
    (tmp_path / "notes.txt").write_text("not a report", encoding="utf-8")


def test_read_reports_streams_a_directory(tmp_path):
    _corpus(tmp_path)
    found = list(tables.read_reports(tmp_path))
    assert found == [datasets.binh_tan()] * 3
    rows = list(tables.rows(tables.read_reports(tmp_path), "meetings"))
    assert len(rows) == 3


def test_read_reports_names_the_bad_file_and_line(tmp_path):
    _corpus(tmp_path)
    (tmp_path / "a.jsonl").write_text('{"source": 1}\n', encoding="utf-8")
    with pytest.raises(govreport.ValidationError) as caught:
        list(tables.read_reports(tmp_path))
    assert f"(in {tmp_path / 'a.jsonl'}:1)" in str(caught.value)
    with pytest.raises(FileNotFoundError):
        list(tables.read_reports(tmp_path / "nowhere"))


def test_export_writes_a_file_and_its_data_package(tmp_path, capsys):
    target = tmp_path / "indicators.csv"
    status = main(
        ["export", "binh-tan-2023-07-13", "--records", "indicators", "--output", str(target)]
    )
    assert status == 0
    assert capsys.readouterr().out == ""
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(tables.read_csv(stream, "indicators"))
    assert rows == list(tables.rows(datasets.binh_tan(), "indicators"))
    package = json.loads((tmp_path / "indicators.datapackage.json").read_text(encoding="utf-8"))
    assert package == tables.data_package("indicators", "indicators.csv")
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "indicators.csv",
        "indicators.datapackage.json",
    ]


def test_export_of_a_corpus_with_source_columns(tmp_path, capsys):
    _corpus(tmp_path)
    target = tmp_path / "meetings.jsonl"
    argv = ["export", str(tmp_path), "--records", "meetings", "--format", "jsonl", "--source"]
    assert main([*argv, "--output", str(target)]) == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert json.loads(lines[0])["source.published"] == str(datasets.binh_tan().source.published)
    assert capsys.readouterr().out == ""


def test_export_leaves_the_old_file_when_it_fails(tmp_path, capsys):
    _corpus(tmp_path)
    (tmp_path / "sub" / "b.json").write_text("{}", encoding="utf-8")
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    assert main(["export", str(tmp_path), "--records", "meetings", "--output", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "old"
    assert "b.json" in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "a.jsonl",
        "notes.txt",
        "out.csv",
        "sub",
    ]


def test_parquet_needs_an_output_file(capsys):
    assert (
        main(["export", "binh-tan-2023-07-13", "--records", "meetings", "--format", "parquet"]) == 2
    )
    assert "--output FILE" in capsys.readouterr().err


def test_the_tables_import_no_optional_library():
    code = (
        "import sys, govreport.tables; "
        "top = {m.split('.')[0] for m in sys.modules}; "
        "print(sorted({'pyarrow', 'pandas', 'polars', 'duckdb', 'frictionless', 'cattrs'} & top))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def _many(tmp_path, count, bad=()):
    line = govreport.to_json(datasets.binh_tan())
    with (tmp_path / "corpus.jsonl").open("w", encoding="utf-8") as stream:
        for number in range(count):
            stream.write(('{"source": 1}' if number in bad else line) + "\n")
    return tmp_path / "corpus.jsonl"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_validate_in_parallel_reports_in_order(tmp_path, capsys, jobs):
    path = _many(tmp_path, 40, bad={3, 31})
    assert main(["validate", "-j", jobs, str(path), str(tmp_path / "gone.json")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in lines[:-1]] == [
        f"{path}:4",
        f"{path}:32",
        f"{tmp_path / 'gone.json'}",
    ]
    assert lines[-1] == "2 of 40 reports invalid, 2 problems; 1 path not read"


def test_read_reports_in_parallel_keeps_the_order(tmp_path, monkeypatch):
    monkeypatch.setattr(tables._stream, "_BATCH_COUNT", 3)
    path = _many(tmp_path, 10)
    assert list(tables.read_reports(path, jobs=2)) == [datasets.binh_tan()] * 10
    assert tables._stream.cores() >= 1
    bad = _many(tmp_path, 10, bad={7})
    found = tables.read_reports(bad, jobs=0)
    for _ in range(7):
        assert next(found) == datasets.binh_tan()
    with pytest.raises(govreport.ValidationError, match=r"corpus.jsonl:8\)"):
        next(found)


@pytest.mark.parametrize("jobs", ["-1", "x", "²"])
def test_jobs_must_be_a_count(capsys, jobs):
    assert main(["validate", "-j", jobs, "x.json"]) == 2
    assert "expected a number of processes" in capsys.readouterr().err


def test_jsonl_rows_escape_the_line_breaks_splitlines_cuts():
    report = datasets.binh_tan()
    directive = attrs.evolve(report.directives[0], text="một\u2028hai\u2029ba")
    report = attrs.evolve(report, directives=(directive, *report.directives[1:]))
    text = io.StringIO()
    count = tables.write_jsonl(report, "directives", text)
    lines = text.getvalue().splitlines()
    assert len(lines) == count
    assert json.loads(lines[0])["text"] == "một\u2028hai\u2029ba"
