"""The notation of many reports: number words, sessions, dates, ranges and periods."""

import datetime as dt
import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport import Period, TimeOfDay, ValidationError
from govreport import strategies as gs
from govreport.vietnamese import (
    format_date,
    format_date_range,
    format_number_words,
    format_period,
    format_session,
    format_term,
    parse_date,
    parse_date_range,
    parse_number_words,
    parse_period,
    parse_session,
    parse_term,
)


def d(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


# Years of four digits, as reports write them.
DATES = st.dates(min_value=dt.date(1000, 1, 1))


def span(start: dt.date, end: dt.date) -> Period:
    return Period(start=start, end=end)


# --- number words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("một", 1),
        ("mười", 10),
        ("mười một", 11),
        ("mười hai", 12),
        ("Mười Hai", 12),
        ("mười lăm", 15),
        ("mười tư", 14),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mươi một", 21),
        ("hai mươi tư", 24),
        ("hai mươi bốn", 24),
        ("hai mươi lăm", 25),
        ("một trăm", 100),
        ("một trăm linh năm", 105),
        ("một trăm lẻ năm", 105),
        ("một trăm mười", 110),
        ("chín trăm chín mươi chín", 999),
        ("bẩy", 7),
    ],
)
def test_parse_number_words_reads(text, number):
    assert parse_number_words(text) == number


@pytest.mark.parametrize(
    "text",
    ["", "mười năm", "một trăm năm", "hai mốt", "mươi", "một nghìn", "12", "hai  mươi", "không"],
)
def test_parse_number_words_refuses(text):
    with pytest.raises(ValidationError, match=re.escape(repr(text))) as info:
        parse_number_words(text)
    assert "hai mươi mốt" in str(info.value)


@given(st.integers(1, 999))
def test_number_words_round_trip(number):
    assert parse_number_words(format_number_words(number)) == number


@pytest.mark.parametrize("number", [0, 1000, -5])
def test_format_number_words_refuses_out_of_range(number):
    with pytest.raises(ValidationError, match="from 1 to 999"):
        format_number_words(number)


# --- sessions and terms -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("kỳ họp thứ mười hai", 12),
        ("kỳ họp thứ Mười Hai", 12),
        ("Kỳ họp thứ Năm", 5),
        ("Kỳ họp thứ Tư", 4),
        ("kỳ thứ 2", 2),
        ("lần thứ XXVI", 26),
        ("lần thứ XX", 20),
        ("Hội nghị lần thứ 22", 22),
        ("Đại hội lần thứ 15", 15),
        ("KỲ HỌP THỨ 3", 3),
        ("lần thứ nhất", 1),
        ("kỳ họp thứ hai mươi mốt", 21),
    ],
)
def test_parse_session_reads_words_roman_and_capitals(text, number):
    assert parse_session(text) == number


@pytest.mark.parametrize(
    "text", ["kỳ họp thứ một", "lần thứ xx", "Hội nghị thứ 2", "lần thứ 1234567", "kỳ họp thứ 2 "]
)
def test_parse_session_refuses(text):
    with pytest.raises(ValidationError, match=re.escape(repr(text))):
        parse_session(text)


@given(
    st.integers(1, 999),
    st.sampled_from(["lần", "kỳ họp"]),
    st.sampled_from(["digits", "roman", "words"]),
)
def test_session_round_trip(number, style, numeral):
    text = format_session(number, style=style, numeral=numeral)
    assert text.startswith(f"{style} thứ ")
    assert parse_session(text) == number


def test_format_session_writes():
    assert format_session(12, style="kỳ họp", numeral="words") == "kỳ họp thứ mười hai"
    assert format_session(4, numeral="words") == "lần thứ tư"
    assert format_session(26, numeral="roman") == "lần thứ XXVI"
    with pytest.raises(ValidationError, match="style must be"):
        format_session(2, style="phiên")
    with pytest.raises(ValidationError, match="from 1"):
        format_session(0)


@pytest.mark.parametrize(
    ("text", "term"), [("khóa XVI", 16), ("khoá XVI", 16), ("(khóa XII)", 12), ("KHÓA VIII", 8)]
)
def test_parse_term_reads_more_forms(text, term):
    assert parse_term(text) == term


@given(st.integers(1, 3999), st.booleans())
def test_term_round_trip(number, roman):
    assert parse_term(format_term(number, roman=roman)) == number


def test_format_term_refuses_zero():
    with pytest.raises(ValidationError, match="from 1"):
        format_term(0)


# --- dates and spans of days -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "day", "time"),
    [
        ("Sáng thứ Ba 20/7", 2021, d(2021, 7, 20), TimeOfDay.MORNING),
        ("Chiều thứ Hai, 19/6", 2023, d(2023, 6, 19), TimeOfDay.AFTERNOON),
        ("Sáng ngày 29/02", 2024, d(2024, 2, 29), TimeOfDay.MORNING),
        ("20.7", 2023, d(2023, 7, 20), None),
        ("Tối Chủ nhật, 2-7", 2023, d(2023, 7, 2), TimeOfDay.EVENING),
        ("thứ Năm, 13/7/2023", None, d(2023, 7, 13), None),
    ],
)
def test_parse_date_reads_weekdays_and_dots(text, year, day, time):
    assert parse_date(text, year=year) == (day, time)


@pytest.mark.parametrize(
    ("text", "year", "message"),
    [
        ("Sáng ngày 29/02", 2023, "is not a real date"),
        ("Sáng ngày 29/02", None, "has no year"),
        ("Sáng thứ Hai 20/7", 2021, "is thứ Ba, not thứ Hai"),
        ("Sáng thứ Tám 20/7", 2021, "expected a date"),
        ("Sáng, thứ Ba 20/7", 2021, "expected a date"),
        ("Sáng thứ Ba,, 20/7", 2021, "expected a date"),
        ("20/7,", 2021, "expected a date"),
    ],
)
def test_parse_date_refuses(text, year, message):
    with pytest.raises(ValidationError, match=re.escape(message)) as info:
        parse_date(text, year=year)
    assert repr(text) in str(info.value)


@given(
    DATES,
    st.none() | st.sampled_from(TimeOfDay),
    st.booleans(),
)
def test_date_round_trip(day, time_of_day, weekday):
    assert parse_date(format_date(day, time_of_day, weekday=weekday)) == (day, time_of_day)


@pytest.mark.parametrize(
    ("text", "year", "start", "end"),
    [
        ("từ ngày 3 đến 4-7", 2023, d(2023, 7, 3), d(2023, 7, 4)),
        ("từ 9 đến 12-7", 2023, d(2023, 7, 9), d(2023, 7, 12)),
        ("18 - 19.6", 2023, d(2023, 6, 18), d(2023, 6, 19)),
        ("22/9 - 23/9", 2021, d(2021, 9, 22), d(2021, 9, 23)),
        ("27-28/3", 2020, d(2020, 3, 27), d(2020, 3, 28)),
        ("27 – 28/3", 2020, d(2020, 3, 27), d(2020, 3, 28)),
        ("20 và 21-7", 2020, d(2020, 7, 20), d(2020, 7, 21)),
        ("các ngày 9, 10, 11 và 12-7-2018", None, d(2018, 7, 9), d(2018, 7, 12)),
        ("từ ngày 29 đến ngày 30 tháng 6 năm 2017", None, d(2017, 6, 29), d(2017, 6, 30)),
        ("Từ 1-10-2013 đến 31-7-2014", None, d(2013, 10, 1), d(2014, 7, 31)),
        ("từ ngày 30/6 đến 2/7/2023", None, d(2023, 6, 30), d(2023, 7, 2)),
        ("4-7", 2023, d(2023, 7, 4), d(2023, 7, 4)),
    ],
)
def test_parse_date_range_reads(text, year, start, end):
    assert parse_date_range(text, year=year) == span(start, end)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("từ ngày 4 đến 3-7-2023", "does not run forward"),
        ("các ngày 9, 11 và 12-7-2018", "not a run of consecutive days"),
        ("các ngày 9/7 và 10-7-2018", "not a run of consecutive days"),
        ("từ ngày đến 3-7-2023", "expected a span of days"),
        ("từ ngày 3 đến", "expected a span of days"),
        ("3 - 4", "expected a span of days"),
        ("từ ngày 3 đến 4-7", "has no year"),
        ("từ ngày 3/7/2022 đến 4/7/2023 x", "expected a span of days"),
    ],
)
def test_parse_date_range_refuses(text, message):
    with pytest.raises(ValidationError, match=re.escape(message)) as info:
        parse_date_range(text)
    assert repr(text) in str(info.value)


@given(DATES, st.integers(0, 400))
def test_date_range_round_trip(start, length):
    end = start + dt.timedelta(days=length)
    if end.year > 9999:
        return
    period = span(start, end)
    assert parse_date_range(format_date_range(period)) == period


def test_format_date_range_writes():
    assert format_date_range(span(d(2023, 7, 3), d(2023, 7, 4))) == "từ ngày 3 đến 4/7/2023"
    assert format_date_range(span(d(2023, 6, 30), d(2023, 7, 2))) == "từ ngày 30/6 đến 2/7/2023"
    assert format_date_range(span(d(2023, 7, 4), d(2023, 7, 4))) == "ngày 4/7/2023"


# --- periods ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("nhiệm kỳ 2020-2025", d(2020, 1, 1), d(2025, 12, 31)),
        ("nhiệm kỳ 2021 – 2026", d(2021, 1, 1), d(2026, 12, 31)),
        ("giai đoạn 2021 - 2025", d(2021, 1, 1), d(2025, 12, 31)),
        ("giai đoạn 2020- 2025", d(2020, 1, 1), d(2025, 12, 31)),
        ("Nhiệm kỳ 2020 –2025", d(2020, 1, 1), d(2025, 12, 31)),
        ("quý II/2022", d(2022, 4, 1), d(2022, 6, 30)),
        ("Quý I năm 2022", d(2022, 1, 1), d(2022, 3, 31)),
        ("quý 4-2023", d(2023, 10, 1), d(2023, 12, 31)),
        ("7 tháng đầu năm 2023", d(2023, 1, 1), d(2023, 7, 31)),
        ("9 tháng năm 2023", d(2023, 1, 1), d(2023, 9, 30)),
        ("chín tháng năm 2023", d(2023, 1, 1), d(2023, 9, 30)),
        ("Sáu tháng đầu năm 2023", d(2023, 1, 1), d(2023, 6, 30)),
        ("06 tháng cuối năm 2017", d(2017, 7, 1), d(2017, 12, 31)),
        ("tháng 02/2022", d(2022, 2, 1), d(2022, 2, 28)),
        ("tháng 10-2015", d(2015, 10, 1), d(2015, 10, 31)),
        ("năm 2023", d(2023, 1, 1), d(2023, 12, 31)),
    ],
)
def test_parse_period_reads_more_forms(text, start, end):
    assert parse_period(text) == span(start, end)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nhiệm kỳ 2025-2020", "running forward"),
        ("nhiệm kỳ 2020-2020", "running forward"),
        ("nhiệm kỳ 2020", "expected a span of years"),
        ("giai đoạn 2020-25", "expected a span of years"),
        ("9 tháng năm", "expected a period like '9 tháng năm 2023'"),
        ("13 tháng đầu năm 2023", "expected a period"),
        ("quý V/2023", "expected a period like 'quý II/2023'"),
        ("quý II/23", "expected a period"),
        ("tháng 13/2023", "expected a period like 'tháng 7/2023'"),
        ("cả tháng 7/2023", "expected a period like 'cả năm 2023'"),
    ],
)
def test_parse_period_refuses_more(text, message):
    with pytest.raises(ValidationError, match=re.escape(message)) as info:
        parse_period(text)
    assert repr(text) in str(info.value)


@given(gs.periods())
def test_period_round_trip(period):
    assert parse_period(format_period(period)) == period


@given(st.integers(1000, 9998), st.integers(1, 30))
def test_span_of_years_round_trip(first, length):
    period = span(d(first, 1, 1), d(min(first + length, 9999), 12, 31))
    assert parse_period(format_period(period)) == period


@pytest.mark.parametrize(
    ("period", "message"),
    [
        (span(d(2023, 7, 3), d(2023, 7, 4)), "not a span of whole months"),
        (span(d(2022, 7, 1), d(2023, 6, 30)), "not a span of whole years"),
        (span(d(2023, 2, 1), d(2023, 5, 31)), "has no name"),
    ],
)
def test_format_period_refuses(period, message):
    with pytest.raises(ValidationError, match=message):
        format_period(period)


# --- hostile input: every reader takes time linear in its input ----------------------

_READERS = [
    parse_number_words,
    parse_session,
    parse_term,
    lambda text: parse_date(text, year=2023),
    lambda text: parse_date_range(text, year=2023),
    lambda text: parse_period(text, year=2023),
]
_ADVERSARIAL = [
    "mười " * 20_000,
    "lần thứ " + "X" * 50_000,
    "từ ngày " + "1 " * 20_000 + "đến 4-7",
    "các ngày " + "9, " * 20_000 + "và 12-7",
    "1-" * 30_000,
    "thứ " * 30_000,
    "nhiệm kỳ " + "2020-" * 20_000,
    "quý " + "I" * 50_000,
]


@pytest.mark.parametrize("reader", _READERS)
@pytest.mark.parametrize("text", _ADVERSARIAL, ids=lambda text: text[:12])
def test_readers_refuse_long_hostile_input_quickly(reader, text):
    began = time.perf_counter()
    with pytest.raises(ValidationError) as info:
        reader(text)
    assert time.perf_counter() - began < 1.0
    assert len(str(info.value)) < 400  # the input is quoted, bounded
