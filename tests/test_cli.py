"""The ``govreport`` command, run as a user runs it: in a subprocess."""

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys

import pytest

import govreport
from govreport import datasets
from govreport._cli import main
from govreport._cli.summary import period_label
from govreport.vietnamese import parse_period


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govreport", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        check=False,
        timeout=60,
    )


def assert_clean_failure(result, status):
    assert result.returncode == status
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("govreport: ")


def test_show_prints_the_binh_tan_summary_by_default():
    result = run("show")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert result.stderr == ""
    assert out.startswith("Hội nghị Ban Chấp hành Đảng bộ quận khóa XII, lần thứ 17 (mở rộng)\n")
    assert "chiều 13/7/2023" in out
    assert "Hội nghị lần thứ 17, Ban Chấp hành Đảng bộ quận khóa XII (mở rộng)" in out
    assert "Dương Ngọc Hải" in out
    assert "Nghị quyết 98/2023/QH15*" in out
    assert "Kết luận 14-KL/TW*" in out
    assert "khoảng 20.604 tỷ đồng" in out
    assert "1.996,2 tỷ đồng" in out
    assert "đạt 55,45% chỉ tiêu pháp lệnh" in out
    assert "tăng 6,97%" in out
    assert "giảm so cùng kỳ" in out
    assert "mục tiêu 0 hộ (sớm hơn 2 năm so với kế hoạch)" in out
    assert "6 tháng đầu năm 2023" in out
    assert "12. quận tiếp tục đổi mới" in out
    assert "cites Kết luận 14-KL/TW, Kế hoạch 124" in out


def test_show_by_name_and_by_path_agree(tmp_path):
    path = tmp_path / "report.json"
    govreport.dump(datasets.binh_tan(), path)
    by_name = run("show", "binh-tan-2023-07-13")
    by_path = run("show", str(path))
    assert by_name.returncode == by_path.returncode == 0
    assert by_name.stdout == by_path.stdout == run("show").stdout


def test_the_console_script_matches_python_m():
    out = io.StringIO()
    sys_stdout = sys.stdout
    sys.stdout = out
    try:
        assert main(["show"]) == 0
    finally:
        sys.stdout = sys_stdout
    assert out.getvalue() == run("show").stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "no-such-dataset"), "no dataset or file named 'no-such-dataset'"),
        (("show", "missing.json"), "binh-tan-2023-07-13"),
        (("frobnicate",), "invalid choice"),
        ((), "required"),
        (("export", "binh-tan-2023-07-13"), "--records"),
        (("export", "binh-tan-2023-07-13", "--records", "people"), "invalid choice"),
        (
            ("export", "binh-tan-2023-07-13", "--records", "officials", "--format", "xml"),
            "invalid choice",
        ),
        (("schema", "NoSuchClass"), "no record or value type named 'NoSuchClass'"),
        (("schema", "to_json"), "no record or value type"),
    ],
)
def test_bad_arguments_give_one_line_and_status_2(args, message):
    result = run(*args)
    assert_clean_failure(result, 2)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_show_a_directory_or_an_invalid_file(tmp_path):
    assert_clean_failure(run("show", str(tmp_path)), 2)
    bad = tmp_path / "bad.json"
    bad.write_text('{"source": 1}', encoding="utf-8")
    result = run("show", str(bad))
    assert_clean_failure(result, 1)
    assert "$.source: expected an object for Source" in result.stderr


def _write_corpus(tmp_path):
    report = datasets.binh_tan()
    good = govreport.to_json(report)
    data = govreport.to_dict(report)
    data["meetings"][0]["term"] = "12"
    bad = json.dumps(data, ensure_ascii=False)
    (tmp_path / "good.json").write_text(good, encoding="utf-8")
    (tmp_path / "corpus.jsonl").write_text(f"{good}\n{bad}\n\n{good}\n[1,\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a report", encoding="utf-8")
    return tmp_path


def test_validate_valid_files(tmp_path):
    _write_corpus(tmp_path)
    result = run("validate", str(tmp_path / "good.json"))
    assert result.returncode == 0
    assert result.stdout == "1 report valid\n"
    assert result.stderr == ""  # no progress bar when not on a terminal


def test_validate_reports_every_error_with_file_line_and_path(tmp_path):
    _write_corpus(tmp_path)
    result = run("validate", str(tmp_path), str(tmp_path / "missing.json"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    corpus = tmp_path / "corpus.jsonl"
    assert f"{corpus}:2: $.meetings[0].term: expected an integer, got the string '12'" in lines
    assert any(line.startswith(f"{corpus}:5: $: invalid JSON") for line in lines)
    assert f"{tmp_path / 'missing.json'}: no such file or directory" in lines
    assert lines[-1] == "2 of 5 reports invalid, 2 problems; 1 path not read"
    assert "notes.txt" not in result.stdout


def test_validate_streams_a_large_json_lines_file(tmp_path):
    line = govreport.to_json(datasets.binh_tan())
    corpus = tmp_path / "big.jsonl"
    with corpus.open("w", encoding="utf-8") as stream:
        for _ in range(300):
            stream.write(line + "\n")
    result = run("validate", str(corpus))
    assert result.returncode == 0
    assert result.stdout == "300 reports valid\n"


def test_validate_non_utf8_and_unreadable_files(tmp_path):
    (tmp_path / "latin1.json").write_bytes('{"source": "Bình"}'.encode("latin-1"))
    result = run("validate", str(tmp_path / "latin1.json"))
    assert result.returncode == 1
    assert "not UTF-8" in result.stdout


def test_schema_prints_the_report_schema():
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema == govreport.json_schema(govreport.Report)
    meeting = json.loads(run("schema", "Meeting").stdout)
    assert meeting["title"] == "Meeting"
    assert meeting["additionalProperties"] is False


def test_export_csv_one_flat_row_per_record():
    result = run("export", "binh-tan-2023-07-13", "--records", "indicators")
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(datasets.binh_tan().indicators)
    investment = next(row for row in rows if row["id"] == "tong-von-dau-tu-toan-xa-hoi")
    assert investment["value.amount"] == "20604"
    assert investment["value.scale"] == "9"
    assert investment["value.exact"] == "20604000000000"
    assert investment["approximate"] == "false"
    assert investment["value.qualifier"] == "about"
    assert investment["target.attainment"] == "89.59"
    assert investment["change.direction"] == ""
    assert investment["period.start"] == "2023-01-01"


def test_export_jsonl_keeps_lists():
    result = run("export", "binh-tan-2023-07-13", "--records", "directives", "--format", "jsonl")
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 12
    cites_kl14 = next(row for row in rows if row["id"] == "quan-triet-kl-14-kh-124")
    assert cites_kl14["cites"][0] == "kl-14-kl-tw"
    assert cites_kl14["addressee"] == "quan-binh-tan"


@pytest.mark.parametrize("kind", ["organizations", "officials", "meetings", "resolutions"])
def test_export_every_kind(kind):
    result = run("export", "binh-tan-2023-07-13", "--records", kind, "--format", "csv")
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["id"] for row in rows] == [r.id for r in getattr(datasets.binh_tan(), kind)]


def test_export_into_a_closed_pipe_is_quiet():
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "govreport",
            "export",
            "binh-tan-2023-07-13",
            "--records",
            "directives",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    assert process.returncode in (0, 141)


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ((2023, 1, 1), (2023, 12, 31), "năm 2023"),
        ((2023, 1, 1), (2023, 6, 30), "6 tháng đầu năm 2023"),
        ((2023, 1, 1), (2023, 9, 30), "9 tháng đầu năm 2023"),
        ((2023, 7, 1), (2023, 12, 31), "6 tháng cuối năm 2023"),
        ((2023, 4, 1), (2023, 6, 30), "quý II/2023"),
        ((2023, 1, 1), (2023, 3, 31), "quý I/2023"),
        ((2023, 7, 1), (2023, 7, 31), "tháng 7/2023"),
        ((2024, 2, 1), (2024, 2, 29), "tháng 2/2024"),
        ((2023, 7, 13), (2023, 7, 13), "13/7/2023"),
        ((2023, 2, 3), (2023, 5, 4), "3/2/2023–4/5/2023"),
        ((2023, 2, 1), (2023, 3, 31), "1/2/2023–31/3/2023"),
        ((2022, 1, 1), (2023, 12, 31), "1/1/2022–31/12/2023"),
    ],
)
def test_periods_are_named_as_reports_name_them(start, end, label):
    period = govreport.Period(start=dt.date(*start), end=dt.date(*end))
    assert period_label(period) == label
    if "tháng" in label or "quý" in label or "năm" in label:
        assert parse_period(label) == period


def test_version_comes_from_the_installed_metadata():
    from importlib.metadata import version  # noqa: PLC0415

    assert govreport.__version__ == version("govreport")
    assert govreport.__version__ is govreport.__version__  # read once, then kept
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"govreport {version('govreport')}\n"
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code in {0, None}


def test_import_govreport_stays_light():
    code = (
        "import sys, govreport; "
        "top = {m.split('.')[0] for m in sys.modules}; "
        "print(sorted({'hypothesis', 'jsonschema', 'cattrs'} & top), "
        "'importlib.metadata' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[] False"


def test_validate_reports_what_it_cannot_read_in_a_directory(tmp_path):
    _write_corpus(tmp_path)
    os.mkfifo(tmp_path / "pipe.json")
    (tmp_path / "gone.json").symlink_to(tmp_path / "nowhere.json")
    result = run("validate", str(tmp_path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{tmp_path / 'pipe.json'}: not a regular file" in lines
    assert any(line.startswith(f"{tmp_path / 'gone.json'}: cannot read") for line in lines)
    assert lines[-1] == "2 of 5 reports invalid, 2 problems; 2 paths not read"


def test_show_writes_units_and_scales_without_words_as_codes(tmp_path):
    data = govreport.to_dict(datasets.binh_tan())
    data["indicators"][4]["value"] = {
        "amount": "12.5",
        "unit": "EUR",
        "scale": 2,
        "qualifier": "about",
        "per": "year",
    }
    data["meetings"][0]["term"] = 4000
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("show", str(path))
    assert result.returncode == 0, result.stderr
    assert "khoảng 12,5 × 10^2 EUR/year" in result.stdout
    assert "Hội nghị lần thứ 17, Ban Chấp hành Đảng bộ quận khóa 4000" in result.stdout
