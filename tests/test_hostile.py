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

from govreport import Organization, Report, ValidationError, from_json, to_json
from govreport._validators import check_text

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
        from govreport import Organization, Report, ValidationError, from_json, to_json
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
