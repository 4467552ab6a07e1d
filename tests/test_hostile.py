"""Hostile input: every way in answers in near-linear time with a clean error.

Each numbered case is a defect once reproduced (issue 14).  A case that once
hung runs in a subprocess under a generous guard (an input that took minutes
must finish within seconds), never under a tight timing assertion, so that a
slow machine cannot fail it and a regression cannot hang the suite.  The
generated families state the same promise for whole classes of inputs.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys
import textwrap
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport import (
    Meeting,
    Organization,
    PartialDate,
    Quantity,
    Report,
    ValidationError,
    datasets,
    dump,
    from_dict,
    from_json,
    load,
    make_converter,
    to_json,
    vietnamese,
)
from govreport._cli import main
from govreport._validators import check_text

MAX_ERRORS = 1000  # what ValidationError lists at most (govreport._errors.MAX_ERRORS)

# An input that once took minutes must now take well under this many seconds.
GUARD = 30


def within_guard(code: str, *, memory: int | None = None) -> str:
    """Run *code* in a fresh interpreter; fail if it outlives `GUARD` seconds.

    With *memory* (bytes), the address space is capped, so that a case that once
    exhausted memory fails with a MemoryError instead of taking the machine down.
    Returns what the code printed.
    """
    prelude = ""
    if memory is not None:
        prelude = f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
    try:
        result = subprocess.run(
            [sys.executable, "-c", prelude + textwrap.dedent(code)],
            # Not measured by coverage, which would slow these loops severalfold:
            # the guard is about the algorithm, and other tests cover the lines.
            env={key: value for key, value in os.environ.items() if "COVERAGE" not in key},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=GUARD,
            check=False,
        )
    except subprocess.TimeoutExpired:  # pragma: no cover -- the regression this guards
        pytest.fail(f"still running after {GUARD} s")
    assert result.returncode == 0, result.stderr
    return result.stdout


# 1. A forbidden character after a long text made the text pattern backtrack.


@pytest.mark.parametrize("bad", ["\f", "\x00", "\v", "\ud800", "\x1b"])
def test_1_a_forbidden_character_after_a_long_text_is_refused_quickly(bad):
    out = within_guard(
        f"""
        import json
        from govreport import Report, ValidationError, from_json
        source = {{"text": "a " * 200_000 + {bad!r}, "title": "t", "published": "2023"}}
        try:
            from_json(Report, json.dumps({{"source": source}}))
        except ValidationError as error:
            print(error.errors[0].path)
        """
    )
    assert out == "$.source.text\n"


# Texts that made the old pattern backtrack over the whole text once per character.
_BACKTRACKERS = {
    "words": '"a " * 100_000 + "\\f"',
    "spaces": '" " * 200_000 + "\\f"',
    "blank": '" " * 200_000',
    "trailing-spaces": '"a" + " " * 200_000 + "\\x00"',
    "inner-spaces": '"a" + " " * 200_000 + "b\\x00"',
    "lines": '"a\\n" * 100_000 + "\\x7f"',
    "line-breaks": '"\\n" * 200_000 + "\\x00"',
}


@pytest.mark.parametrize("name", sorted(_BACKTRACKERS))
def test_1_no_text_pattern_backtracks(name):
    # Each took minutes with the backtracking pattern; all four kinds of text at once.
    out = within_guard(
        f"""
        from govreport._validators import check_text
        text = {_BACKTRACKERS[name]}
        for multiline in (False, True):
            for verbatim in (False, True):
                print(check_text(text, multiline=multiline, verbatim=verbatim) is None)
        """
    )
    assert out == "False\n" * 4


def test_1_the_reported_case_is_a_validation_error():
    source = {"text": "a " * 20_000 + "\f", "title": "t", "published": "2023"}
    with pytest.raises(ValidationError) as caught:
        from_json(Report, json.dumps({"source": source}))
    assert [item.path for item in caught.value.errors] == ["$.source.text"]


# 9. C1 controls in text; line separators written raw into JSON Lines.


@pytest.mark.parametrize("text", ["V\u009bD", "\x85", "a\x80b", "tiêu đề\x9f"])
def test_9_c1_controls_are_refused_in_text(text):
    with pytest.raises(ValidationError) as caught:
        Organization(id="a", name=text)
    assert [item.path for item in caught.value.errors] == ["$.name"]


def test_9_c1_controls_are_refused_in_multiline_and_verbatim_text():
    assert check_text("a\n\x9bb", multiline=True) is not None
    assert check_text(" a\x85 ", multiline=True, verbatim=True) is not None


@given(st.lists(st.sampled_from(["a", " ", "\u2028", "\u2029", "đ"]), min_size=1, max_size=12))
def test_9_to_json_is_one_line_for_every_line_splitter(parts):
    name = "x" + "".join(parts) + "y"
    record = Organization(id="a", name=name)
    text = to_json(record)
    assert text.splitlines() == [text]
    assert "\u2028" not in text
    assert "\u2029" not in text
    assert from_json(Organization, text) == record
    indented = to_json(record, indent=2)
    assert "\u2028" not in indented
    assert "\u2029" not in indented
    assert from_json(Organization, indented) == record


# 2. One scan of the text per quote: quadratic in the number of quotes.


def test_2_many_quotes_in_a_long_text_are_checked_in_near_linear_time():
    out = within_guard(
        """
        import json
        from govreport import Report, ValidationError, from_json
        text = "chữ " * 250_000 + "".join(f"câu {n}. " for n in range(40_000))
        organizations = [
            {"id": f"o-{n}", "name": "Tổ chức", "evidence": [f"câu {n}."]}
            for n in range(40_000)
        ]
        organizations[-1]["evidence"].append("câu vắng mặt")
        document = {
            "source": {"text": text, "title": "t", "published": "2023"},
            "organizations": organizations,
        }
        try:
            from_json(Report, json.dumps(document))
        except ValidationError as error:
            print([item.path for item in error.errors])
        """
    )
    assert out == "['$.organizations[39999].evidence[1]']\n"


_QUOTE_TEXT = st.text(alphabet="abcab ", min_size=0, max_size=60)


@given(_QUOTE_TEXT, st.lists(st.text(alphabet="abc ", min_size=1, max_size=6), max_size=12))
def test_2_the_one_pass_automaton_finds_what_in_finds(text, quotes):
    from govreport._report import _occurring  # noqa: PLC0415

    assert _occurring(text, set(quotes)) == {quote for quote in quotes if quote in text}


def test_2_a_report_past_the_scan_budget_names_each_absent_quote(report_dict, monkeypatch):
    from govreport import _report  # noqa: PLC0415

    monkeypatch.setattr(_report, "_SCAN_BUDGET", 0)
    report_dict["organizations"][1]["evidence"] = ["Ban Chấp hành", "không có", "Quận ủy"]
    report_dict["organizations"][2]["evidence"] = ["không có", "khóa XII"]
    with pytest.raises(ValidationError) as caught:
        from_dict(Report, report_dict)
    assert [item.path for item in caught.value.errors] == [
        "$.organizations[1].evidence[1]",
        "$.organizations[2].evidence[0]",
    ]


# 3. Each organization's chain of parents walked from the start: quadratic.


def test_3_a_long_chain_of_parents_is_checked_in_linear_time():
    out = within_guard(
        """
        from govreport import Organization, Report, Source, PartialDate
        chain = [Organization(id="o-0", name="Gốc")] + [
            Organization(id=f"o-{n}", name="Cấp dưới", parent=f"o-{n - 1}")
            for n in range(1, 200_000)
        ]
        source = Source(text="văn bản", title="t", published=PartialDate(year=2023))
        print(len(Report(source=source, organizations=tuple(chain)).organizations))
        """
    )
    assert out == "200000\n"


@given(st.lists(st.integers(min_value=-1, max_value=7), min_size=1, max_size=8))
def test_3_exactly_the_organizations_on_a_cycle_are_their_own_ancestors(parents):
    from govreport._report import _cyclic  # noqa: PLC0415

    parents = [-1 if p == n else p for n, p in enumerate(parents)]  # a record refuses itself
    organizations = tuple(
        Organization(id=f"o-{n}", name="Tổ chức", parent=None if p < 0 else f"o-{p}")
        for n, p in enumerate(parents)
    )

    def on_cycle(n: int) -> bool:
        current, steps = parents[n], 0
        while 0 <= current < len(parents) and steps <= len(parents):
            if current == n:
                return True
            current, steps = parents[current], steps + 1
        return False

    assert _cyclic(organizations) == {f"o-{n}" for n in range(len(parents)) if on_cycle(n)}


# 4. Every error kept: 2 MB of JSON used 700 MB.


def test_4_the_error_list_is_capped_and_counts_the_rest():
    # 50,000 problems in 100 kB of JSON once held 35 MB of error items.
    out = within_guard(
        """
        import tracemalloc
        from govreport import Report, ValidationError, from_json
        source = '{"source": {"text": "x", "title": "t", "published": "2023"}'
        document = source + ', "organizations":[' + ",".join(["1"] * 50_000) + ']}'
        from_json(Report, source + "}")
        tracemalloc.start()
        try:
            from_json(Report, document)
        except ValidationError as error:
            print(len(error.errors), error.count)
            print(error.errors[0])
            print(error.errors[999].path)
            print(error.errors[-1])
        print(tracemalloc.get_traced_memory()[1] < 8_000_000)
        """
    )
    assert out.splitlines() == [
        "1001 50000",
        "$.organizations[0]: expected an object for Organization, got the integer 1",
        "$.organizations[999]",
        "$: and 49000 more errors",
        "True",
    ]


@given(st.integers(min_value=1, max_value=1500), st.integers(min_value=1, max_value=3))
def test_4_every_problem_is_counted_and_the_first_thousand_named(bad, groups):
    # *bad* wrong evidence items spread over *groups* organizations, two levels down.
    organizations = [
        {"id": f"o-{g}", "name": "Tổ chức", "evidence": [1] * (bad // groups + (g < bad % groups))}
        for g in range(groups)
    ]
    document = {
        "source": {"text": "x", "title": "t", "published": "2023"},
        "organizations": organizations,
    }
    with pytest.raises(ValidationError) as caught:
        from_dict(Report, document)
    error = caught.value
    assert error.count == bad
    expected = [
        f"$.organizations[{g}].evidence[{n}]"
        for g, organization in enumerate(organizations)
        for n in range(len(organization["evidence"]))
    ]
    listed = [item.path for item in error.errors]
    if bad > MAX_ERRORS:
        assert listed == [*expected[:MAX_ERRORS], "$"]
        assert error.errors[-1].message == f"and {bad - MAX_ERRORS} more errors"
    else:
        assert listed == expected
    assert error.under("x").count == error.count


# 5. Keys copied raw into paths: a forged line, a terminal escape, a 50 MB path.


@pytest.mark.parametrize(
    ("key", "path"),
    [
        ("\ud800", "$['\\ud800']"),
        ("a\nb\x1b[31m", "$['a\\nb\\x1b[31m']"),
        ("\u2028", "$['\\u2028']"),
        ("\x9b", "$['\\x9b']"),
        ("it's \\", "$['it\\'s \\\\']"),
        ("tên", "$['tên']"),
        ("k" * 50_000_000, "$['" + "k" * 48 + "…']"),
    ],
    ids=["surrogate", "escape", "line-separator", "csi", "quote", "vietnamese", "huge"],
)
def test_5_keys_in_paths_are_escaped_and_short(key, path):
    with pytest.raises(ValidationError) as caught:
        from_dict(Organization, {"id": "a", "name": "b", key: 1})
    assert [item.path for item in caught.value.errors] == [path]
    assert str(caught.value).isprintable()


@given(st.text(max_size=80))
def test_5_every_key_gives_a_short_printable_path(key):
    document = {"id": "a", "name": "b", key: 1}
    try:
        from_dict(Organization, document)
    except ValidationError as error:
        for item in error.errors:
            assert item.path.isprintable()
            assert len(item.path) <= 4 + 48 * 10 + 2
    else:
        assert key in {"id", "name"}


# The command line, run as a user runs it.


def govreport_cli(*args: str, env: dict[str, str] | None = None, **kwargs: Any):
    return subprocess.run(
        [sys.executable, "-m", "govreport", *args],
        capture_output=True,
        check=False,
        timeout=GUARD * 3,
        env={**os.environ, **(env or {})},
        **kwargs,
    )


def test_5_validate_prints_hostile_keys_escaped(tmp_path):
    path = tmp_path / "keys.json"
    path.write_text('{"\\ud800": 1, "a\\nb\\u001b[31m": 2, "source": 3}', encoding="utf-8")
    result = govreport_cli("validate", str(path))
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out
    lines = out.splitlines()
    assert f"{path}: $['\\ud800']: unknown key for Report" in lines
    assert f"{path}: $['a\\nb\\x1b[31m']: unknown key for Report" in lines
    assert lines[-1] == "1 of 1 report invalid, 3 problems"


def test_5_file_names_are_printed_escaped(tmp_path):
    path = tmp_path / "a\x1b[31m\nb.json"
    path.write_text("[", encoding="utf-8")
    result = govreport_cli("validate", str(path))
    assert result.returncode == 1
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out
    assert out.splitlines()[0].startswith(f"{tmp_path}/a\\x1b[31m\\nb.json: $: invalid JSON")


# 6. Output in the locale's encoding: cp1252 crashed after writing part of the file.


@pytest.mark.parametrize(
    "args",
    [("show",), ("export", "binh-tan-2023-07-13", "--records", "officials")],
    ids=["show", "export"],
)
def test_6_output_is_utf8_whatever_the_locale(args, tmp_path):
    expected = govreport_cli(*args, env={"PYTHONIOENCODING": "utf-8"})
    assert expected.returncode == 0
    result = govreport_cli(*args, env={"PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected.stdout
    assert "Dương Ngọc Hải".encode() in result.stdout
    target = tmp_path / "out.txt"
    written = govreport_cli(*args, "--output", str(target), env={"PYTHONIOENCODING": "ascii"})
    assert written.returncode == 0
    assert written.stdout == b""
    assert target.read_bytes() == expected.stdout


def test_6_a_failed_command_leaves_the_output_file_as_it_was(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("kept\n", encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"source": 1}', encoding="utf-8")
    result = govreport_cli("export", str(bad), "--records", "officials", "-o", str(target))
    assert result.returncode == 1
    assert target.read_text(encoding="utf-8") == "kept\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.json", "out.csv"]


# 13. Named devices and FIFOs: read without end, or blocked for ever.


@pytest.mark.parametrize("command", ["show", "validate", "export"])
def test_13_named_devices_and_fifos_are_refused_without_reading(command, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        args = [command, path] + (["--records", "officials"] if command == "export" else [])
        result = govreport_cli(*args)
        assert b"Traceback" not in result.stderr
        if command == "validate":
            assert result.returncode == 1
            assert result.stdout.decode().splitlines()[0] == f"{path}: not a regular file"
        else:
            assert result.returncode == 2
            assert b"is not a regular file" in result.stderr


def test_13_load_refuses_what_is_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in ("/dev/zero", fifo, tmp_path):
        with pytest.raises(ValidationError, match="not a regular file"):
            load(path)


def test_13_a_file_past_the_limit_is_refused(tmp_path):
    from govreport._serialization import read_document  # noqa: PLC0415

    path = tmp_path / "big.json"
    path.write_bytes(b" " * 101)
    with pytest.raises(ValidationError, match="longer than 100 bytes"):
        read_document(path, limit=100)
    assert read_document(path, limit=101) == b" " * 101


# 14. dump() failing mid-write truncated an existing valid file.


def test_14_dump_replaces_the_file_whole_or_not_at_all(tmp_path):
    path = tmp_path / "report.json"
    report = datasets.binh_tan()
    dump(report, path)
    before = path.read_bytes()
    # The file-size limit strikes in the middle of the second dump.
    out = within_guard(
        f"""
        import resource, signal
        from govreport import datasets, dump
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({len(before) // 2}, {len(before) // 2}))
        try:
            dump(datasets.binh_tan(), {str(path)!r})
        except OSError as error:
            print(error.errno == 27)
        """
    )
    assert out == "True\n"
    assert path.read_bytes() == before
    assert [child.name for child in tmp_path.iterdir()] == ["report.json"]
    assert load(path) == report


def test_14_dump_gives_a_new_file_the_usual_mode(tmp_path):
    path = tmp_path / "new.json"
    dump(datasets.binh_tan(), path)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


# 15. `schema strategies` imported hypothesis's module and crashed without it.


@pytest.mark.parametrize("name", ["strategies", "vietnamese", "datasets", "converter", "nope"])
def test_15_schema_of_an_unknown_name_is_a_usage_error(name):
    result = govreport_cli("schema", name)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith(f"govreport: error: no record or value type named '{name}'")
    assert "Meeting" in err
    assert len(err.splitlines()) == 1


def test_15_schema_never_imports_a_lazy_submodule():
    code = (
        "import sys\n"
        "from govreport._cli import main\n"
        "main(['schema', 'strategies'])\n"
        "print(sorted({'hypothesis', 'govreport.strategies'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=GUARD
    )
    assert result.stdout == "[]\n"


# 16. An unreadable path among several stopped validate with a traceback.


def test_16_an_unreadable_path_is_reported_and_validate_goes_on(tmp_path, monkeypatch, capsys):
    good = tmp_path / "good.json"
    dump(datasets.binh_tan(), good)
    secret = tmp_path / "secret" / "report.json"
    real_stat = Path.stat

    def guarded_stat(path, *args, **kwargs):
        if "secret" in os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    # Path.stat, not os.stat: Python 3.10's pathlib holds its own reference to os.stat.
    monkeypatch.setattr(Path, "stat", guarded_stat)
    assert main(["validate", str(secret), str(good)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{secret}: cannot read: Permission denied",
        "0 of 1 report invalid, 0 problems; 1 path not read",
    ]


# 17. show/export errors did not name the file; a closed stdout gave a traceback.


@pytest.mark.parametrize("command", ["show", "export"])
def test_17_show_and_export_errors_name_the_file(command, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"source": 1}', encoding="utf-8")
    args = [command, str(bad)] + (["--records", "officials"] if command == "export" else [])
    result = govreport_cli(*args)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"govreport: {bad}: invalid report:",
        f"{bad}: $.source: expected an object for Source, got the integer 1",
    ]


@pytest.mark.parametrize("args", [("show",), ("validate", "/nonexistent"), ("schema",)])
def test_17_a_closed_stdout_exits_cleanly(args):
    result = subprocess.run(
        [sys.executable, "-m", "govreport", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
        timeout=GUARD * 3,
        close_fds=True,
        preexec_fn=lambda: os.close(1),
    )
    assert b"Traceback" not in result.stderr
    assert result.returncode == 2
    assert result.stderr == b"govreport: error: standard output is closed; give --output FILE\n"


# 10. Look-alike letters: a KeyError, or silently read as Vietnamese.


@pytest.mark.parametrize(
    ("parse", "text"),
    [
        ("parse_date", "ſáng 13-7"),
        ("parse_date", "chıều 13-7"),
        ("parse_date", "tốı 13-7"),
        ("parse_date", "SÁNG 13-7 İ"),
        ("parse_period", "6 tháng cuốı năm 2023"),
        ("parse_symbol", "ſố: 5/2022/TT-BTC"),
        ("parse_term", "khóa XıI"),
        ("parse_session", "lần thứ ſáu"),
        ("parse_quantity", "5 tỷ đồng ſ"),
    ],
)
def test_10_look_alike_letters_are_refused(parse, text):
    with pytest.raises(ValidationError) as caught:
        getattr(vietnamese, parse)(text, **({"year": 2023} if parse == "parse_date" else {}))
    assert [item.path for item in caught.value.errors] == ["$"]
    assert "Vietnamese does not use" in str(caught.value)


def test_10_the_look_alikes_are_all_the_letters_matching_vietnamese_ones_loosely():
    # Every non-Vietnamese character that a case-insensitive pattern takes for a
    # Vietnamese letter, once NFC-normalised as the readers normalise their input.
    vietnamese_letters = set(
        "aăâbcdđeêfghijklmnoôơpqrstuưvwxyzáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọ"
        "ốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    )
    letters = vietnamese_letters | {letter.upper() for letter in vietnamese_letters}
    loose = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.IGNORECASE)
    found = {
        char
        for char in map(chr, range(0x80, 0x30000))
        if char not in letters
        and loose.fullmatch(unicodedata.normalize("NFC", char))
        and unicodedata.normalize("NFC", char) not in letters
    }
    for char in found:
        with pytest.raises(ValidationError):
            vietnamese.parse_date(f"s{char}ng 13-7", year=2023)
    assert found == {"\u0130", "\u0131", "\u017f"}


# 11. Integers past Python's 4,300-digit limit for int-to-text: a bare ValueError.

_HUGE = 10**5000


@pytest.mark.parametrize(
    ("build", "path"),
    [
        (lambda: Quantity(amount=Decimal(1), unit="VND", scale=_HUGE), "$.scale"),
        (lambda: PartialDate(year=_HUGE), "$.year"),
        (lambda: PartialDate(year=-_HUGE), "$.year"),
        (lambda: from_dict(PartialDate, _HUGE), "$"),
        (lambda: from_dict(Quantity, {"amount": "1", "unit": "VND", "scale": _HUGE}), "$.scale"),
        (
            lambda: from_dict(Organization, {"id": "a", "name": "b", "evidence": [_HUGE]}),
            "$.evidence[0]",
        ),
    ],
    ids=["quantity", "year", "negative-year", "from-dict", "scale", "nested"],
)
def test_11_huge_integers_give_a_validation_error_with_a_path(build, path):
    with pytest.raises(ValidationError) as caught:
        build()
    assert [item.path for item in caught.value.errors] == [path]
    assert "digits" in str(caught.value)


def test_11_a_huge_meeting_session_names_its_path():
    with pytest.raises(ValidationError) as caught:
        from_dict(
            Meeting,
            {
                "id": "m",
                "title": "Hội nghị",
                "organizer": "o",
                "body": "b",
                "date": "2023-07-13",
                "session": _HUGE,
            },
        )
    assert [item.path for item in caught.value.errors] == ["$.session"]


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        ("parse_session", "lần thứ " + "9" * 5000),
        ("parse_term", "khóa " + "9" * 5000),
        ("parse_symbol", "9" * 5000 + "/2022/TT-BTC"),
        ("format_term", _HUGE),
        ("format_session", _HUGE),
        ("to_roman", _HUGE),
        ("format_number_words", _HUGE),
        ("format_number", _HUGE),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 40 else "huge",
)
def test_11_the_readers_and_writers_refuse_huge_integers(call, argument):
    with pytest.raises(ValidationError) as caught:
        getattr(vietnamese, call)(argument)
    assert [item.path for item in caught.value.errors] == ["$"]
    assert len(str(caught.value)) < 300


# 12. format_number wrote out a billion zeros.


@pytest.mark.parametrize("value", ["1E+999999999", "1E-999999999", "-7E+4301", "1E+999999999999"])
def test_12_format_number_refuses_a_figure_too_long_to_write(value):
    out = within_guard(
        f"""
        from decimal import Decimal
        from govreport import ValidationError
        from govreport.vietnamese import format_number
        try:
            format_number(Decimal({value!r}))
        except ValidationError as error:
            print(error.errors[0].message)
        """,
        memory=1 << 30,
    )
    assert "digits written out" in out


def test_12_format_number_still_writes_long_figures_up_to_the_bound():
    assert vietnamese.parse_number(vietnamese.format_number(Decimal("1E+4299"))) == Decimal(
        "1" + "0" * 4299
    )


# 18. A user's own attrs validators: a bare ValueError, a path cut short.


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if value <= 0:
        msg = f"{attribute.name} must be positive"
        raise ValueError(msg)


@attrs.frozen
class _Item:
    n: int = attrs.field(validator=_positive)


@attrs.frozen
class _Basket:
    items: tuple[_Item, ...]
    size: int = attrs.field(default=1, validator=attrs.validators.gt(0))


def test_18_a_users_validator_gives_a_validation_error_with_its_path():
    converter = make_converter()
    with pytest.raises(ValidationError) as caught:
        converter.structure({"n": 0}, _Item)
    assert [str(item) for item in caught.value.errors] == ["$.n: n must be positive"]


def test_18_nested_paths_go_all_the_way_down():
    converter = make_converter()
    with pytest.raises(ValidationError) as caught:
        converter.structure({"items": [{"n": 1}, {"n": 0}, {"n": -1}], "size": 0}, _Basket)
    assert [item.path for item in caught.value.errors] == [
        "$.items[1].n",
        "$.items[2].n",
        "$.size",
    ]


# Generated families: every way in answers any input with a ValidationError.

# Past Python's 4,300-digit limit for int-to-text (built, so no repr is ever needed).
_HUGE_INTS = st.tuples(st.integers(4290, 5000), st.sampled_from([1, -1])).map(
    lambda pair: pair[1] * 10 ** pair[0]
)
_ODD_TEXT = st.text(
    alphabet=st.sampled_from("aá 1-/.,:\t\n\x00\x1b\x85\x9b\u2028\ud800ſıİK%") | st.characters(),
    max_size=30,
)
_HOSTILE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([0, -1, 2**31])
    | _HUGE_INTS
    | st.decimals(allow_nan=True, allow_infinity=True)
    | _ODD_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_ODD_TEXT, inner, max_size=4),
    max_leaves=12,
)
_RECORD_TYPES = [Organization, Meeting, Quantity, PartialDate, Report]


def _json_text(value: object) -> str:
    """*value* as JSON text, huge ints written out (json.dumps cannot: Python's limit)."""
    if type(value) is int:
        return format(Decimal(value), "f")
    if isinstance(value, list):
        return "[" + ",".join(map(_json_text, value)) + "]"
    if isinstance(value, dict):
        items = (f"{json.dumps(key)}:{_json_text(item)}" for key, item in value.items())
        return "{" + ",".join(items) + "}"
    return json.dumps(value, default=str)


def _assert_clean(error: ValidationError) -> None:
    assert error.errors
    for item in error.errors:
        assert str(item).isprintable(), item
        assert len(item.path) < 1000


@given(st.sampled_from(_RECORD_TYPES), _HOSTILE)
def test_from_dict_answers_anything_with_a_validation_error(cls, data):
    try:
        from_dict(cls, data)
    except ValidationError as error:
        _assert_clean(error)


@given(st.sampled_from(_RECORD_TYPES), st.dictionaries(_ODD_TEXT, _HOSTILE, max_size=6))
def test_constructors_answer_anything_with_a_validation_error(cls, kwargs):
    fields = [field.alias for field in attrs.fields(cls) if field.init]
    named = {fields[hash(key) % len(fields)]: value for key, value in kwargs.items()}
    try:
        cls(**named)
    except ValidationError as error:
        _assert_clean(error)
    except TypeError as error:  # a missing argument: Python's own, before any validator
        message = str(error)
        assert "argument" in message


@given(st.binary(max_size=200) | _HOSTILE.map(_json_text))
def test_from_json_answers_any_bytes_with_a_validation_error(document):
    try:
        from_json(Report, document)
    except ValidationError as error:
        _assert_clean(error)


_PARSERS = [
    "parse_date",
    "parse_date_range",
    "parse_period",
    "parse_number",
    "parse_quantity",
    "parse_fraction",
    "parse_symbol",
    "parse_term",
    "parse_session",
    "parse_roman",
    "parse_number_words",
]


@given(
    st.sampled_from(_PARSERS),
    _ODD_TEXT
    | st.text(alphabet="0123456789 ,./-:XIVứthánglầnkhóaquýnămđồngtỷ%", max_size=40)
    | st.sampled_from(["lần thứ 17", "khóa XII", "Quý II/2023", "5/2022/TT-BTC"]),
    st.integers() | _HUGE_INTS | st.none() | st.just(2023),
)
def test_the_vietnamese_readers_answer_any_text_with_a_validation_error(parse, text, year):
    function = getattr(vietnamese, parse)
    kwargs = {"year": year} if parse in {"parse_date", "parse_date_range", "parse_period"} else {}
    try:
        function(text, **kwargs)
    except ValidationError as error:
        _assert_clean(error)


_WRITERS = ["format_number", "format_term", "format_session", "to_roman", "format_number_words"]


@given(st.sampled_from(_WRITERS), _HOSTILE)
def test_the_vietnamese_writers_answer_any_value_with_a_validation_error(write, value):
    try:
        getattr(vietnamese, write)(value)
    except ValidationError as error:
        _assert_clean(error)


@given(st.binary(max_size=300) | _HOSTILE.map(_json_text))
def test_validate_answers_any_file_with_a_clean_report(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("validate") / "input.json"
    path.write_bytes(document if isinstance(document, bytes) else document.encode())
    out = io.StringIO()
    real = sys.stdout
    sys.stdout = out
    try:
        status = main(["validate", str(path)])
    finally:
        sys.stdout = real
    assert status in (0, 1)
    for line in out.getvalue().splitlines():
        assert line.isprintable()


def test_2_past_a_megabyte_an_absent_quote_gets_no_loose_suggestion(report_dict, monkeypatch):
    from govreport import _report  # noqa: PLC0415

    report_dict["organizations"][0]["evidence"] = ["quận ủy quận bình tân"]
    with pytest.raises(ValidationError) as caught:
        from_dict(Report, report_dict)
    assert "quote that instead" in caught.value.errors[0].message
    monkeypatch.setattr(_report, "_MAX_SUGGESTION_TEXT", 10)
    with pytest.raises(ValidationError) as caught:
        from_dict(Report, report_dict)
    assert caught.value.errors[0].message == (
        "evidence 'quận ủy quận bình tân' does not occur in the source text"
    )


# 19. The JSON Schema let Source.url through with control characters.


@pytest.mark.parametrize(
    "url",
    [
        "https://a\x00b",
        "https://a\x1b[31m",
        "https://a\x7fb",
        "https://a\x9bb",
        "https://a\x85b",
        "https://a\u2028b",
        "https://a b",
        "https://a\ud800",
        " https://a",
        "https://",
        "ftp://a",
        "https://báo.vn/bài-viết?x=1#y",
    ],
)
def test_19_the_schema_refuses_the_urls_the_runtime_refuses(url):
    import jsonschema  # noqa: PLC0415

    from govreport import Source, json_schema  # noqa: PLC0415

    document = {"text": "x", "title": "t", "published": "2023", "url": url}
    try:
        from_dict(Source, document)
    except ValidationError:
        runtime = False
    else:
        runtime = True
    schema = jsonschema.Draft202012Validator(json_schema(Source))
    assert schema.is_valid(document) is runtime
    assert runtime is (url == "https://báo.vn/bài-viết?x=1#y")


@given(st.text(alphabet=st.sampled_from("ab:/ \x00\x1b\x7f\x85\x9b\xa0\u2028\u3000"), max_size=8))
def test_19_schema_and_runtime_agree_on_every_url(tail):
    import jsonschema  # noqa: PLC0415

    from govreport import Source, json_schema  # noqa: PLC0415

    document = {"text": "x", "title": "t", "published": "2023", "url": "https://" + tail}
    try:
        from_dict(Source, document)
    except ValidationError:
        runtime = False
    else:
        runtime = True
    assert jsonschema.Draft202012Validator(json_schema(Source)).is_valid(document) is runtime
