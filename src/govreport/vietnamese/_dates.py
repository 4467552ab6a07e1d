"""Dates, periods, Roman numerals, terms and sessions as reports write them."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from govreport._errors import ValidationError, ValidationTypeError, short_repr
from govreport._values import Period, TimeOfDay

from ._base import GAP, check_year, fail, pick_year, read_text

__all__ = [
    "parse_date",
    "parse_period",
    "parse_roman",
    "parse_session",
    "parse_term",
    "to_roman",
]


_ROMAN_VALUES = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(number: int) -> str:
    """Return *number* (1 to 3999) in Roman numerals, subtractive form: 12 is "XII"."""
    if type(number) is not int:
        msg = f"expected an int, got {type(number).__name__} {number!r}"
        raise ValidationTypeError.at("$", msg)
    if not 1 <= number <= 3999:  # noqa: PLR2004 -- the largest without overlines
        raise ValidationError.at("$", f"Roman numerals run from 1 to 3999, got {number}")
    parts = []
    for value, letters in _ROMAN_VALUES:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)


def parse_roman(text: str) -> int:
    """Return the number a Roman numeral writes: "XII" is 12.

    Only the canonical form is read: capitals, subtractive pairs ("IV", not
    "IIII"), 1 to 3999.  "xii", "IIX", "VX" and "" are refused.
    """
    text = read_text(text, "a Roman numeral")
    if not text or any(letter not in _ROMAN_DIGITS for letter in text):
        fail("a Roman numeral in capitals", "XII", text)
    values = [_ROMAN_DIGITS[letter] for letter in text]
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    if not 1 <= total <= 3999 or to_roman(total) != text:  # noqa: PLR2004
        fail("a canonical Roman numeral", "XII", text)
    return total


_TERM = re.compile(f"(?i:kh(?:óa|oá)){GAP}(?P<term>[IVXLCDM]+|[1-9][0-9]*)")
_SESSION = re.compile(f"(?i:lần|kỳ họp|kì họp){GAP}(?i:thứ){GAP}(?P<session>[^\\s]+)")
_ORDINALS = {
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}


def parse_term(text: str) -> int:
    """Return the term number of "khóa XII" (12), as :class:`~govreport.Meeting` keeps it.

    Both tone placements ("khóa", "khoá") and a capital "Khóa" are read; the
    term is a Roman numeral ("khóa XV") or, as some papers print it, digits
    ("khóa 15").
    """
    text = read_text(text, "a term")
    match = _TERM.fullmatch(text)
    if match is None:
        fail("a term", "khóa XII", text)
    term = match["term"]
    if term.isdigit():
        return int(term)
    try:
        return parse_roman(term)
    except ValidationError:
        fail("a term", "khóa XII", text)


def parse_session(text: str) -> int:
    """Return the session number of "lần thứ 17" (17) or "kỳ họp thứ 5" (5).

    The ordinal is digits or a word from "nhất" (1) to "mười" (10), as in
    "Hội nghị lần thứ tư".
    """
    text = read_text(text, "a session")
    match = _SESSION.fullmatch(text)
    if match is None:
        fail("a session", "lần thứ 17", text)
    ordinal = match["session"]
    if re.fullmatch("[1-9][0-9]*", ordinal):
        return int(ordinal)
    if ordinal.lower() in _ORDINALS:
        return _ORDINALS[ordinal.lower()]
    return fail("a session", "lần thứ 17", text)


_TIMES = {time.vietnamese: time for time in TimeOfDay}
_DATE = re.compile(
    f"(?:(?P<time>sáng|trưa|chiều|tối){GAP})?(?:ngày{GAP})?(?:"
    r"(?P<d1>[0-9]{1,2})(?P<sep>[/.-])(?P<m1>[0-9]{1,2})(?:(?P=sep)(?P<y1>[0-9]{4}))?"
    f"|(?P<d2>[0-9]{{1,2}}){GAP}tháng{GAP}(?P<m2>[0-9]{{1,2}})"
    f"(?:{GAP}năm{GAP}(?P<y2>[0-9]{{4}}))?"
    ")",
    re.IGNORECASE,
)


def parse_date(text: str, *, year: int | None = None) -> tuple[dt.date, TimeOfDay | None]:
    """Return the day and the part of the day a report's dateline gives.

    "Chiều 13-7" with ``year=2023`` is ``(date(2023, 7, 13), TimeOfDay.AFTERNOON)``.
    Also read: "13/7/2023", "13-07-2023", "13.7.2023", "ngày 13 tháng 7 năm
    2023", "sáng ngày 5/9/2023", "Tối 2-9".  The part of the day (sáng, trưa,
    chiều, tối, in any case) is optional and None when absent.  A text
    without a year needs *year*; one with a year and a different *year* is
    refused, as is a day that does not exist ("30/2/2023").
    """
    text = read_text(text, "a date")
    year = check_year(year)
    match = _DATE.fullmatch(text)
    if match is None:
        fail("a date", "Chiều 13-7", text)
    day, month = match["d1"] or match["d2"], match["m1"] or match["m2"]
    written = match["y1"] or match["y2"]
    when = match["time"]
    chosen = pick_year(written, year, text)
    try:
        date = dt.date(chosen, int(month), int(day))
    except ValueError:
        raise ValidationError.at("$", f"{short_repr(text)} is not a real date") from None
    return date, _TIMES[when.lower()] if when else None


_YEAR = f"(?:[/-](?P<{{0}}>[0-9]{{{{4}}}})|{GAP}năm{GAP}(?P<{{1}}>[0-9]{{{{4}}}}))?"
_PERIOD = re.compile(
    f"(?P<months>[1-9]|1[0-2]){GAP}tháng{GAP}(?P<edge>đầu|cuối){GAP}năm"
    f"(?:{GAP}(?P<y1>[0-9]{{4}}))?"
    f"|quý{GAP}(?P<quarter>(?-i:IV|I{{1,3}})|[1-4]){_YEAR.format('y2', 'y3')}"
    f"|tháng{GAP}(?P<month>0?[1-9]|1[0-2]){_YEAR.format('y4', 'y5')}"
    f"|(?:cả{GAP})?năm{GAP}(?P<y6>[0-9]{{4}})",
    re.IGNORECASE,
)
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


def parse_period(text: str, *, year: int | None = None) -> Period:
    """Return the :class:`~govreport.Period` a report's phrase covers.

    "6 tháng đầu năm 2023" is 2023-01-01 to 2023-06-30 (any count of months
    from 1 to 12; "6 tháng cuối năm" counts from the end).  Also read:
    "quý II/2023", "quý 2/2023", "quý II năm 2023", "tháng 7/2023",
    "tháng 7 năm 2023", "năm 2023", "cả năm 2023"; "/" may be "-".  A phrase
    without a year ("6 tháng đầu năm", "quý II") needs *year*; one whose year
    differs from *year* is refused.
    """
    text = read_text(text, "a period")
    year = check_year(year)
    match = _PERIOD.fullmatch(text)
    if match is None:
        fail("a period", "6 tháng đầu năm 2023", text)
    written = next((match[f"y{i}"] for i in range(1, 7) if match[f"y{i}"]), None)
    when = pick_year(written, year, text)
    if match["months"]:
        months = int(match["months"])
        first, last = (1, months) if match["edge"].lower() == "đầu" else (13 - months, 12)
    elif match["quarter"]:
        quarter = match["quarter"]
        number = int(quarter) if quarter.isdigit() else _QUARTERS[quarter]
        first, last = 3 * number - 2, 3 * number
    elif match["month"]:
        first = last = int(match["month"])
    else:
        first, last = 1, 12
    end = dt.date(when, last, calendar.monthrange(when, last)[1])
    return Period(start=dt.date(when, first, 1), end=end)
