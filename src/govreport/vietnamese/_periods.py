"""Reporting periods: "6 tháng đầu năm 2023", "quý II/2022", "nhiệm kỳ 2020-2025"."""

from __future__ import annotations

import calendar
import datetime as dt

from govreport._errors import ValidationError, ValidationTypeError, short_repr
from govreport._values import Period

from ._base import check_year, fail, pick_year, read_text
from ._days import split_words
from ._words import parse_number_words

__all__ = ["format_period", "parse_period"]

_EXAMPLE = "6 tháng đầu năm 2023"
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_NAMES = ("", "I", "II", "III", "IV")
_SPANS = {("nhiệm", "kỳ"), ("giai", "đoạn")}
_DASHES = "-\u2013"


def _year(digits: str) -> str | None:
    return digits if len(digits) == 4 and digits.isascii() and digits.isdigit() else None  # noqa: PLR2004


def _months_count(word: str) -> int | None:
    """Return 1 to 12 written in digits ("6", "06") or in words ("sáu", "Chín")."""
    if word.isascii() and word.isdigit() and 1 <= len(word) <= 2:  # noqa: PLR2004
        number = int(word)
    else:
        try:
            number = parse_number_words(word)
        except ValidationError:
            return None
    return number if 1 <= number <= 12 else None  # noqa: PLR2004


def _with_year(words: list[str], text: str) -> tuple[str, str | None]:
    """Split "II/2022", "4-2023" or "II năm 2022" into the number and the year written."""
    if len(words) == 1:
        for mark in "/-":
            head, found, tail = words[0].partition(mark)
            if found:
                written = _year(tail)
                if written is None:
                    fail("a period", _EXAMPLE, text)
                return head, written
        return words[0], None
    if len(words) == 3 and words[1].lower() == "năm":  # noqa: PLR2004
        written = _year(words[2])
        if written is not None:
            return words[0], written
    return fail("a period", _EXAMPLE, text)


def _years(words: list[str], text: str) -> Period:
    joined = "".join(words)
    for dash in _DASHES:
        first, found, last = joined.partition(dash)
        if found:
            start, end = _year(first), _year(last)
            if start is None or end is None:
                break
            if int(start) == 0 or int(start) >= int(end):
                msg = f"{short_repr(text)} does not name a span of years running forward"
                raise ValidationError.at("$", msg)
            return Period(start=dt.date(int(start), 1, 1), end=dt.date(int(end), 12, 31))
    return fail("a span of years", "nhiệm kỳ 2020-2025", text)


def _months(first: int, last: int, year: int) -> Period:
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return Period(start=dt.date(year, first, 1), end=end)


def parse_period(text: str, *, year: int | None = None) -> Period:  # noqa: C901, PLR0911, PLR0912
    """Return the :class:`~govreport.Period` a report's phrase covers.

    "6 tháng đầu năm 2023" is 2023-01-01 to 2023-06-30 (any count of months
    from 1 to 12, in digits, zero-padded or in words: "06 tháng", "Sáu
    tháng"; "6 tháng cuối năm" counts from the end; "9 tháng năm 2023" are the
    first nine).  Also read: "quý II/2023", "quý 2/2023", "quý 4-2023", "Quý
    I năm 2023", "tháng 7/2023", "tháng 02/2022", "tháng 7 năm 2023", "năm
    2023", "cả năm 2023", and spans of whole years: "nhiệm kỳ 2020-2025",
    "giai đoạn 2021 – 2025" (a hyphen or an en dash, with or without spaces).
    A phrase without a year ("6 tháng đầu năm", "quý II") needs *year*; one
    whose year differs from *year* is refused.
    """
    text = read_text(text, "a period")
    year = check_year(year)
    words = split_words(text, "a period", _EXAMPLE)
    lowered = [word.lower() for word in words]
    if tuple(lowered[:2]) in _SPANS:
        return _years(words[2:], text)
    if lowered[0] == "quý" and len(words) > 1:
        number, written = _with_year(words[1:], text)
        quarter = _QUARTERS.get(number)
        if quarter is None:
            fail("a period", "quý II/2023", text)
        return _months(3 * quarter - 2, 3 * quarter, pick_year(written, year, text))
    if lowered[0] == "tháng" and len(words) > 1:
        number, written = _with_year(words[1:], text)
        month = _months_count(number) if number.isdigit() else None
        if month is None:
            fail("a period", "tháng 7/2023", text)
        return _months(month, month, pick_year(written, year, text))
    if lowered[:1] == ["cả"]:
        lowered, words = lowered[1:], words[1:]
        if lowered[:1] != ["năm"]:
            fail("a period", "cả năm 2023", text)
    if lowered[:1] == ["năm"] and len(words) == 2:  # noqa: PLR2004
        written = _year(words[1])
        if written is None:
            fail("a period", "năm 2023", text)
        return _months(1, 12, pick_year(written, year, text))
    if len(words) >= 3 and lowered[1] == "tháng":  # noqa: PLR2004
        count = _months_count(words[0])
        edge = lowered[2]
        rest = lowered[3:] if edge in {"đầu", "cuối"} else lowered[2:]
        if count is None or rest[:1] != ["năm"] or len(rest) > 2:  # noqa: PLR2004
            fail("a period", _EXAMPLE, text)
        written = _year(words[-1]) if len(rest) == 2 else None  # noqa: PLR2004
        if len(rest) == 2 and written is None:  # noqa: PLR2004
            fail("a period", _EXAMPLE, text)
        if edge not in {"đầu", "cuối"} and written is None:
            # "9 tháng năm" without its year is not a phrase reports use.
            fail("a period", "9 tháng năm 2023", text)
        chosen = pick_year(written, year, text)
        if edge == "cuối":
            return _months(13 - count, 12, chosen)
        return _months(1, count, chosen)
    return fail("a period", _EXAMPLE, text)


def format_period(period: Period) -> str:
    """Name *period* as reports do, in a form `parse_period` reads back.

    "năm 2023", "quý II/2023", "tháng 7/2023", "6 tháng đầu năm 2023", "3
    tháng cuối năm 2023", "giai đoạn 2021-2025".  A span with no such name
    raises :class:`~govreport.ValidationError` (see `format_date_range`).
    """
    given: object = period  # callers without a type checker pass anything
    if not isinstance(given, Period):
        msg = f"expected a Period, got {type(given).__name__} {short_repr(given)}"
        raise ValidationTypeError.at("$", msg)
    start, end = period.start, period.end
    month_end = calendar.monthrange(end.year, end.month)[1]
    if start.day != 1 or end.day != month_end:
        raise ValidationError.at("$", f"{start} to {end} is not a span of whole months")
    first, last = start.month, end.month
    if start.year != end.year:
        if first == 1 and last == 12:  # noqa: PLR2004
            return f"giai đoạn {start.year}-{end.year}"
        raise ValidationError.at("$", f"{start} to {end} is not a span of whole years")
    year = start.year
    if first == 1 and last == 12:  # noqa: PLR2004
        return f"năm {year}"
    if first == last:
        return f"tháng {first}/{year}"
    if first % 3 == 1 and last == first + 2:
        return f"quý {_QUARTER_NAMES[(first + 2) // 3]}/{year}"
    if first == 1:
        return f"{last} tháng đầu năm {year}"
    if last == 12:  # noqa: PLR2004
        return f"{13 - first} tháng cuối năm {year}"
    raise ValidationError.at("$", f"{start} to {end} has no name in reports")
