"""Mistakes a type checker must report in code that uses govreport (never run).

Each line below is wrong on purpose and carries a ``# type: ignore[code]``. Under
``mypy --strict`` (which warns on unused ignores) and pyright (with
``reportUnnecessaryTypeIgnoreComment``), an ignore that silences nothing is itself an
error: a mistake that stops being reported, or is reported under another code, fails
the check. tests/test_typing.py runs the planted statements: each fails at run time
too (a constructor given a wrong type raises `govreport.ValidationError`), but for the
last, which only a type checker can see.
"""

import datetime as dt
from decimal import Decimal

import govreport
from govreport import (
    DocumentSymbol,
    Meeting,
    Official,
    Organization,
    Period,
    Position,
    Quantity,
    Report,
    Resolution,
)

DAY = dt.date(2023, 7, 13)


def text_fields_take_str() -> None:
    Meeting(id="m", title=123, organizer="o", body="b", date=DAY)  # type: ignore[arg-type]
    Quantity(amount=Decimal(1), unit=42)  # type: ignore[arg-type]
    Organization(id="o", name=b"Quan uy")  # type: ignore[arg-type]
    Position(title=None, organization="o")  # type: ignore[arg-type]
    DocumentSymbol(number=98, kind="NQ", issuer=None)  # type: ignore[arg-type]


def optional_text_fields_take_str_or_none() -> None:
    Quantity(amount=Decimal(1), unit="%", per=7)  # type: ignore[arg-type]
    Organization(id="o", name="Quận ủy", name_en=("District",))  # type: ignore[arg-type]


def evidence_is_a_tuple_of_quotes() -> None:
    Organization(id="o", name="Quận ủy", evidence="a quote")  # type: ignore[arg-type]
    Official(id="h", name="Hải", evidence=["a quote"])  # type: ignore[arg-type]
    Organization(id="o", name="Quận ủy", evidence=(1, 2))  # type: ignore[arg-type]


def values_take_their_exact_types() -> None:
    Quantity(amount=1.5, unit="VND")  # type: ignore[arg-type]
    Period(start="2023-01-01", end=DAY)  # type: ignore[arg-type]
    Meeting(id="m", title="Hội nghị", organizer="o", body="b", date=DAY, term="XII")  # type: ignore[arg-type]


def records_are_keyword_only_frozen_and_complete(meeting: Meeting) -> None:
    Quantity(Decimal(1), "VND")  # type: ignore[call-arg]
    Organization(id="o")  # type: ignore[call-arg]
    Organization(id="o", name="Quận ủy", founded=DAY)  # type: ignore[call-arg]
    meeting.title = "Hội nghị khác"  # type: ignore[misc]


def lookups_may_find_nothing(report: Report) -> str | None:
    return report.get("no-such-record", Resolution).title  # type: ignore[union-attr]


def reading_gives_the_type_asked_for(text: str) -> int:
    return govreport.from_json(Quantity, text)  # type: ignore[return-value]
