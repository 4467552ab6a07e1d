"""Days and spans of days as datelines print them: "Chiều thứ Hai, 19/6", "từ ngày 3 đến 4-7"."""

from __future__ import annotations

import datetime as dt

from govreport._errors import ValidationError, ValidationTypeError, short_repr
from govreport._values import Period, TimeOfDay

from ._base import check_year, fail, pick_year, read_text

__all__ = ["format_date", "format_date_range", "parse_date", "parse_date_range", "split_words"]

_TIMES = {time.vietnamese: time for time in TimeOfDay}
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
# Site headers number the weekdays: "Thứ 3" is Tuesday (Sunday is "Chủ nhật").
_WEEKDAYS.update({str(number): number - 2 for number in range(2, 8)})
_WEEKDAY_WORDS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_DATE_EXAMPLE = "Chiều thứ Hai, 19/6"
_RANGE_EXAMPLE = "từ ngày 3 đến 4-7"
_DASHES = ("-", "\u2013")


def split_words(text: str, what: str, example: str) -> list[str]:
    """Return the words of *text*, which only spaces or no-break spaces may separate."""
    words = [word for word in text.replace("\u00a0", " ").split(" ") if word]
    if not words or text != text.strip() or any(char.isspace() for word in words for char in word):
        fail(what, example, text)
    return words


def _small(digits: str) -> int | None:
    """Return a day or a month written with one or two ASCII digits ("7", "07"), or None."""
    if 1 <= len(digits) <= 2 and digits.isascii() and digits.isdigit():  # noqa: PLR2004
        return int(digits)
    return None


def _year(digits: str) -> str | None:
    return digits if len(digits) == 4 and digits.isascii() and digits.isdigit() else None  # noqa: PLR2004


def _numeric(token: str) -> tuple[int, int | None, str | None] | None:
    """Read "13", "13/7", "13-7-2023" or "13.7.2023": (day, month, year as written)."""
    separator = next((char for char in "/.-" if char in token), None)
    if separator is None:
        day = _small(token)
        return None if day is None else (day, None, None)
    parts = token.split(separator)
    if len(parts) not in {2, 3}:
        return None
    day, month = _small(parts[0]), _small(parts[1])
    written = _year(parts[2]) if len(parts) == 3 else None  # noqa: PLR2004
    if day is None or month is None or (len(parts) == 3 and written is None):  # noqa: PLR2004
        return None
    return day, month, written


def _day_words(words: list[str]) -> tuple[int, int | None, str | None] | None:
    """Read a day's words: "13/7", "13", or "13 tháng 7 [năm 2023]"."""
    if len(words) == 1:
        return _numeric(words[0])
    lowered = [word.lower() for word in words]
    if len(words) in {3, 5} and lowered[1] == "tháng":
        day, month = _small(words[0]), _small(words[2])
        written = None
        if len(words) == 5:  # noqa: PLR2004
            if lowered[3] != "năm":
                return None
            written = _year(words[4])
            if written is None:
                return None
        if day is None or month is None:
            return None
        return day, month, written
    return None


def _make(day: int, month: int, year: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError.at("$", f"{short_repr(text)} is not a real date") from None


def parse_date(  # noqa: C901 -- one pass over the dateline's optional words
    text: str, *, year: int | None = None
) -> tuple[dt.date, TimeOfDay | None]:
    """Return the day and the part of the day a report's dateline gives.

    "Chiều 13-7" with ``year=2023`` is ``(date(2023, 7, 13), TimeOfDay.AFTERNOON)``.
    Also read: "13/7/2023", "13-07-2023", "13.7.2023", "20.7", "ngày 13 tháng
    7 năm 2023", "Sáng ngày 29/02", "Sáng thứ Ba 20/7", "Chiều thứ Hai, 19/6",
    "Tối Chủ nhật, 2-9".  The part of the day (sáng, trưa, chiều, tối, in any
    case) is optional and None when absent; a weekday must be the weekday of
    the date.  A text without a year needs *year*; one with a year and a
    different *year* is refused, as is a day that does not exist ("30/2/2023",
    "29/02" in 2023).
    """
    text = read_text(text, "a date")
    year = check_year(year)
    words = split_words(text, "a date", _DATE_EXAMPLE)
    lowered = [word.lower().rstrip(",") for word in words]
    index = 0
    time = _TIMES.get(lowered[0])
    if time is not None:
        index = 1
    weekday = None
    if lowered[index : index + 1] == ["thứ"] and lowered[index + 1 : index + 2]:
        weekday = _WEEKDAYS.get(lowered[index + 1])
        if weekday is None:
            fail("a date", _DATE_EXAMPLE, text)
        index += 2
    elif lowered[index : index + 2] == ["chủ", "nhật"]:
        weekday, index = 6, index + 2
    # Only the weekday may carry a comma: "Chiều thứ Hai, 19/6".
    for position, word in enumerate(words[:index]):
        if "," in word and (weekday is None or position != index - 1 or word[-1] != ","):
            fail("a date", _DATE_EXAMPLE, text)
        if word.count(",") > 1:
            fail("a date", _DATE_EXAMPLE, text)
    if lowered[index : index + 1] == ["ngày"]:
        index += 1
    read = _day_words(words[index:])
    if read is None or read[1] is None:
        fail("a date", _DATE_EXAMPLE, text)
    day, month, written = read
    assert month is not None  # noqa: S101 -- checked just above
    date = _make(day, month, pick_year(written, year, text), text)
    if weekday is not None and date.weekday() != weekday:
        named = _WEEKDAY_WORDS[date.weekday()]
        msg = f"{short_repr(text)}: {date} is {named}, not {_WEEKDAY_WORDS[weekday]}"
        raise ValidationError.at("$", msg)
    return date, time


def format_date(day: dt.date, time: TimeOfDay | None = None, *, weekday: bool = False) -> str:
    """Return *day* as a dateline: "Chiều thứ Năm, 13/7/2023", read back by `parse_date`.

    The part of the day and the weekday are written when given and asked for.
    """
    given: object = time  # callers without a type checker pass anything
    if type(day) is not dt.date or not (given is None or isinstance(given, TimeOfDay)):
        msg = f"expected a date and a TimeOfDay or None, got {type(day).__name__} {day!r}"
        raise ValidationTypeError.at("$", msg)
    parts = [time.vietnamese.capitalize()] if time is not None else []
    if weekday:
        parts.append(_WEEKDAY_WORDS[day.weekday()] + ",")
    parts.append(f"{day.day}/{day.month}/{day.year}")
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


def _partial(words: list[str]) -> tuple[int, int | None, str | None] | None:
    if words[:1] and words[0].lower() == "ngày":
        words = words[1:]
    return _day_words(words) if words else None


def _span(
    first: tuple[int, int | None, str | None],
    last: tuple[int, int | None, str | None],
    year: int | None,
    text: str,
) -> Period:
    day, month, written = last
    if month is None:
        fail("a span of days", _RANGE_EXAMPLE, text)
    end = _make(day, month, pick_year(written, year, text), text)
    start_day, start_month, start_written = first
    if start_month is None and start_written is None:
        start_month = end.month
    if start_month is None:
        fail("a span of days", _RANGE_EXAMPLE, text)
    start_year = pick_year(start_written, None, text) if start_written else end.year
    start = _make(start_day, start_month, start_year, text)
    if start >= end:
        msg = f"{short_repr(text)} does not run forward: {start} to {end}"
        raise ValidationError.at("$", msg)
    return Period(start=start, end=end)


def _dash_split(words: list[str]) -> tuple[list[str], list[str]] | None:
    """Split "18 - 19.6", "22/9 – 23/9" or "27-28/3" at the dash between the two days."""
    for index, word in enumerate(words):
        if word in _DASHES:
            return words[:index], words[index + 1 :]
        head, found, tail = word.partition("\u2013")
        if found:
            before = [*words[:index], head] if head else words[:index]
            return before, [tail, *words[index + 1 :]] if tail else words[index + 1 :]
    head, found, tail = words[0].partition("-")
    # "27-28/3": a hyphen joins two days only where the month follows another mark
    # ("4-7" is the fourth of July).
    if found and _small(head) is not None and "-" not in tail and ("/" in tail or "." in tail):
        return [head], [tail, *words[1:]]
    return None


_MAX_LISTED_DAYS = 31


def _day_list(words: list[str], year: int | None, text: str) -> Period:
    if len(words) > _MAX_LISTED_DAYS + 1:  # a run of days within one month, and "và"
        msg = f"{short_repr(text)} is not a run of consecutive days of one month"
        raise ValidationError.at("$", msg)
    items: list[str] = []
    for word in words:
        if word.lower() == "và":
            continue
        items.extend(piece for piece in word.split(",") if piece)
    days = [_numeric(item) for item in items]
    if len(days) < 2 or any(day is None for day in days):  # noqa: PLR2004
        fail("a span of days", "các ngày 9, 10, 11 và 12-7-2018", text)
    last = days[-1]
    assert last is not None  # noqa: S101 -- checked above
    period = _span(days[0], last, year, text)  # type: ignore[arg-type]
    numbers = [day[0] for day in days if day is not None]
    if any(day[1] is not None for day in days[:-1] if day is not None) or numbers != list(
        range(numbers[0], numbers[0] + len(numbers))
    ):
        msg = f"{short_repr(text)} is not a run of consecutive days of one month"
        raise ValidationError.at("$", msg)
    return period


def parse_date_range(text: str, *, year: int | None = None) -> Period:
    """Return the :class:`~govreport.Period` of days a session over several days takes.

    Read: "từ ngày 3 đến 4-7", "từ 9 đến 12-7", "từ ngày 29 đến ngày 30 tháng
    6 năm 2017", "Từ 1-10-2013 đến 31-7-2014", "18 - 19.6", "22/9 - 23/9",
    "27-28/3", "20 và 21-7", "các ngày 9, 10, 11 và 12-7-2018" (consecutive
    days only), and a single date as a one-day period.  The first day takes
    its month and year from the last where it does not write them; a text
    without a year needs *year*.  A span that does not run forward is refused.
    A count of days before it ("Trong hai ngày 18 - 19.6", "2 ngày 22/9 -
    23/9") must agree with the span.
    """
    text = read_text(text, "a span of days")
    year = check_year(year)
    words = split_words(text, "a span of days", _RANGE_EXAMPLE)
    lowered = [word.lower() for word in words]
    days = None
    if lowered[:1] == ["trong"]:
        words, lowered = words[1:], lowered[1:]
    if len(words) > 2 and lowered[1] == "ngày" and lowered[0] in _COUNTS:  # noqa: PLR2004
        # "Trong 2 ngày 27-28/3": the count of days is checked against the span.
        days, words, lowered = _COUNTS[lowered[0]], words[2:], lowered[2:]
    period = _read_range(words, lowered, year, text)
    if days is not None and period.days != days:
        msg = f"{short_repr(text)} counts {days} days but spans {period.days}"
        raise ValidationError.at("$", msg)
    return period


_COUNT_WORDS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_COUNTS = {
    **{str(number): number for number in range(2, 10)},
    **dict(zip(_COUNT_WORDS, range(2, 10), strict=True)),
}


def _read_range(words: list[str], lowered: list[str], year: int | None, text: str) -> Period:
    if lowered[0] in {"từ", "các"}:
        words, lowered = words[1:], lowered[1:]
    if "đến" in lowered:
        cut = lowered.index("đến")
        first, last = _partial(words[:cut]), _partial(words[cut + 1 :])
        if first is None or last is None:
            fail("a span of days", _RANGE_EXAMPLE, text)
        return _span(first, last, year, text)
    if lowered[:1] == ["ngày"] and "và" in lowered:
        return _day_list(words[1:], year, text)
    if "và" in lowered:
        return _day_list(words, year, text)
    split = _dash_split(words)
    if split is not None:
        first, last = _partial(split[0]), _partial(split[1])
        if first is None or last is None:
            fail("a span of days", _RANGE_EXAMPLE, text)
        return _span(first, last, year, text)
    single = _partial(words)
    if single is None or single[1] is None:
        fail("a span of days", _RANGE_EXAMPLE, text)
    day, month, written = single
    assert month is not None  # noqa: S101 -- checked just above
    date = _make(day, month, pick_year(written, year, text), text)
    return Period(start=date, end=date)


def format_date_range(period: Period) -> str:
    """Return *period* as "từ ngày 3 đến 4/7/2023", read back by `parse_date_range`.

    The first day writes only what differs from the last ("từ ngày 30/6 đến
    2/7/2023"); a single day is written "ngày 4/7/2023".
    """
    given: object = period  # callers without a type checker pass anything
    if not isinstance(given, Period):
        msg = f"expected a Period, got {type(given).__name__} {short_repr(given)}"
        raise ValidationTypeError.at("$", msg)
    start, end = period.start, period.end
    last = f"{end.day}/{end.month}/{end.year}"
    if start == end:
        return f"ngày {last}"
    if start.year != end.year:
        first = f"{start.day}/{start.month}/{start.year}"
    elif start.month != end.month:
        first = f"{start.day}/{start.month}"
    else:
        first = str(start.day)
    return f"từ ngày {first} đến {last}"
