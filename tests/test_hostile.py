"""Hostile input: every way in answers in near-linear time with a clean error.

Each numbered case is a defect once reproduced (issue 14).  A case that once
hung runs in a subprocess under a generous guard (an input that took minutes
must finish within seconds), never under a tight timing assertion, so that a
slow machine cannot fail it and a regression cannot hang the suite.  The
generated families state the same promise for whole classes of inputs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport import (
    Organization,
    Report,
    ValidationError,
    from_dict,
    from_json,
    to_json,
)
from govreport._validators import check_text

MAX_ERRORS = 1000  # what ValidationError lists at most (govreport._errors.MAX_ERRORS)

# An input that once took minutes must now take well under this many seconds.
GUARD = 20


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
        text = "chữ " * 1_000_000 + "".join(f"câu {n}. " for n in range(4000))
        organizations = [
            {"id": f"o-{n}", "name": "Tổ chức", "evidence": [f"câu {n}."]}
            for n in range(4000)
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
    assert out == "['$.organizations[3999].evidence[1]']\n"


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
