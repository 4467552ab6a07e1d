"""The mistakes planted in tests/typing/check_mistakes.py fail at run time too.

The type checkers (mypy and pyright, run by .ci/run) must report every one of them;
this runs each planted statement on its own and checks that it is refused.
"""

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import govreport
from govreport import datasets

MISTAKES = Path(__file__).parent / "typing" / "check_mistakes.py"
# Constructors given a wrong type refuse it with govreport's own error.
REFUSED_BY_VALIDATION = {
    "text_fields_take_str",
    "optional_text_fields_take_str_or_none",
    "evidence_is_a_tuple_of_quotes",
    "values_take_their_exact_types",
}
# Python itself refuses these (signature, frozen instance, None).
REFUSED_BY_PYTHON = {"records_are_keyword_only_frozen_and_complete", "lookups_may_find_nothing"}


def planted() -> list[tuple[str, ast.stmt]]:
    source = MISTAKES.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for function in ast.parse(source).body:
        if isinstance(function, ast.FunctionDef):
            found += [
                (function.name, statement)
                for statement in function.body
                if "# type: ignore[" in lines[statement.end_lineno - 1]
            ]
    return found


PLANTED = planted()


def test_the_planted_mistakes_are_found():
    functions = {name for name, _ in PLANTED}
    assert functions == REFUSED_BY_VALIDATION | REFUSED_BY_PYTHON | {
        "reading_gives_the_type_asked_for"
    }
    assert len(PLANTED) >= 15


@pytest.mark.parametrize(
    ("function", "statement"),
    [
        (name, statement)
        for name, statement in PLANTED
        if name != "reading_gives_the_type_asked_for"
    ],
    ids=lambda item: f"line {item.lineno}" if isinstance(item, ast.stmt) else item,
)
def test_each_planted_mistake_fails_at_run_time(function, statement):
    report = datasets.binh_tan()
    namespace = {
        **{name: getattr(govreport, name) for name in govreport.__all__},
        "DAY": dt.date(2023, 7, 13),
        "Decimal": Decimal,
        "meeting": report.meetings[0],
        "report": report,
    }
    if isinstance(statement, ast.Return):
        statement = ast.copy_location(ast.Expr(statement.value), statement)
    code = compile(ast.Module(body=[statement], type_ignores=[]), str(MISTAKES), "exec")
    if function not in REFUSED_BY_VALIDATION:
        with pytest.raises((TypeError, AttributeError, attrs.exceptions.FrozenInstanceError)):
            exec(code, namespace)  # noqa: S102 -- the planted statements, one at a time
        return
    with pytest.raises(govreport.ValidationError) as caught:
        exec(code, namespace)  # noqa: S102
    # One error, at one of the fields the statement sets: the planted one.
    assert isinstance(statement, ast.Expr)
    assert isinstance(statement.value, ast.Call)
    keywords = {keyword.arg for keyword in statement.value.keywords}
    [error] = caught.value.errors
    assert error.path.removeprefix("$.").split("[")[0] in keywords
