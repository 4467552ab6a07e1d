"""Real notation from published reports (tests/data/notation.tsv), read to its values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from govreport import ValidationError
from govreport.vietnamese import (
    format_attainment,
    format_change,
    format_date,
    format_date_range,
    format_period,
    format_quantity,
    parse_attainment,
    parse_change,
    parse_date,
    parse_date_range,
    parse_period,
    parse_quantity,
    parse_session,
    parse_symbol,
    parse_term,
)

CORPUS = Path(__file__).parent / "data" / "notation.tsv"


def _term(text: str, year: int | None) -> str:
    """A term is "khóa XII" (its number) or "nhiệm kỳ 2020-2025" (its years)."""
    try:
        return str(parse_term(text))
    except ValidationError:
        return format_period(parse_period(text, year=year))


def _span(text: str, year: int | None) -> str:
    period = parse_period(text, year=year)
    try:
        return format_period(period)
    except ValidationError:
        return format_date_range(period)


READERS: dict[str, Any] = {
    "quantity": lambda text, _: format_quantity(parse_quantity(text)),
    "attainment": lambda text, _: format_attainment(parse_attainment(text)),
    "change": lambda text, _: format_change(parse_change(text)),
    "session": lambda text, _: str(parse_session(text)),
    "term": _term,
    "date": lambda text, year: format_date(*parse_date(text, year=year)),
    "date_range": lambda text, year: format_date_range(parse_date_range(text, year=year)),
    "period": _span,
    "symbol": lambda text, _: str(parse_symbol(text)),
}


def _rows() -> list[tuple[str, int | None, str, str]]:
    rows = []
    lines = CORPUS.read_text("utf-8").splitlines()
    for line in lines[lines.index("reader\tyear\ttext\texpected") + 1 :]:
        reader, year, text, expected = line.split("\t")
        rows.append((reader, int(year) if year else None, text.replace("\\n", "\n"), expected))
    return rows


ROWS = _rows()


@pytest.mark.parametrize(("reader", "year", "text", "expected"), ROWS)
def test_real_notation_reads_to_its_value(reader, year, text, expected):
    read = READERS[reader]
    if expected == "refused":
        with pytest.raises(ValidationError):
            read(text, year)
    else:
        assert read(text, year) == expected


def test_the_corpus_counts():
    # Every string is a real form; "refused" marks those that hold more than one piece
    # of notation, context a reader cannot see (a publication time, a place), or a misprint.
    read = [row for row in ROWS if row[3] != "refused"]
    assert len(ROWS) == 582
    assert len(read) >= 343
