"""The notation of many reports: number words, sessions, dates, ranges and periods."""

import datetime as dt
import re
import time
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from govreport import (
    Attainment,
    Direction,
    Movement,
    Period,
    Qualifier,
    Quantity,
    TargetKind,
    TimeOfDay,
    ValidationError,
)
from govreport import strategies as gs
from govreport._errors import ValidationTypeError
from govreport.vietnamese import (
    format_attainment,
    format_change,
    format_date,
    format_date_range,
    format_number_words,
    format_period,
    format_session,
    format_term,
    parse_attainment,
    parse_change,
    parse_date,
    parse_date_range,
    parse_number_words,
    parse_period,
    parse_session,
    parse_term,
)

# A reader that backtracked would take minutes on the long hostile inputs below;
# a linear one takes milliseconds. The bound is loose on purpose: machines are noisy.
GUARD_SECONDS = 10


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
    assume(start <= dt.date.max - dt.timedelta(days=length))
    end = start + dt.timedelta(days=length)
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
    assert time.perf_counter() - began < GUARD_SECONDS
    assert len(str(info.value)) < 400  # the input is quoted, bounded


# --- attainments and changes -----------------------------------------------------------


def pct(amount: str, qualifier: Qualifier | None = None) -> Quantity:
    return Quantity(amount=Decimal(amount), unit="%", qualifier=qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đạt 89,59% kế hoạch", Attainment(share=pct("89.59"), target=TargetKind.PLAN)),
        (
            "đạt 55,45% so với chỉ tiêu pháp lệnh",
            Attainment(share=pct("55.45"), target=TargetKind.STATUTORY),
        ),
        ("đạt 59,5% dự toán", Attainment(share=pct("59.5"), target=TargetKind.ESTIMATE)),
        (
            "vượt 5% kế hoạch",
            Attainment(share=pct("5"), target=TargetKind.PLAN, exceeded=True),
        ),
        (
            "đạt trên 56,7% dự toán năm",
            Attainment(
                share=pct("56.7", Qualifier.MORE_THAN), target=TargetKind.ESTIMATE, annual=True
            ),
        ),
        (
            "bằng 56,7% dự toán cả năm",
            Attainment(share=pct("56.7"), target=TargetKind.ESTIMATE, annual=True),
        ),
        (
            "ước đạt 59,7% dự toán",
            Attainment(share=pct("59.7", Qualifier.ESTIMATED), target=TargetKind.ESTIMATE),
        ),
        (
            "đạt 102,91% so với chỉ tiêu Nghị quyết",
            Attainment(share=pct("102.91"), target=TargetKind.RESOLUTION),
        ),
        ("đạt 100% chỉ tiêu giao", Attainment(share=pct("100"), target=TargetKind.ASSIGNED)),
    ],
)
def test_parse_attainment_reads(text, expected):
    assert parse_attainment(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "đạt 89,59%",
        "đạt 89,59 kế hoạch",
        "đạt 89,59% kế hoạch tháng",
        "hoàn thành 89,59% kế hoạch",
        "ước đạt trên 50% kế hoạch",
        "đạt 89,59 tỷ% kế hoạch",
        "ước",
    ],
)
def test_parse_attainment_refuses(text):
    with pytest.raises(ValidationError, match=re.escape(repr(text))) as info:
        parse_attainment(text)
    assert "đạt 89,59% kế hoạch" in str(info.value)


@given(gs.attainments())
def test_attainment_round_trip(attainment):
    assert parse_attainment(format_attainment(attainment)) == attainment


def test_an_attainment_is_a_share_in_percent():
    with pytest.raises(ValidationError, match=r"\$\.share") as info:
        Attainment(share=Quantity(amount=Decimal(5), unit="VND"), target=TargetKind.PLAN)
    assert "unit 'VND'" in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tăng 6,97% so với cùng kỳ",
            Movement(direction=Direction.INCREASE, amount=pct("6.97"), baseline="cùng kỳ"),
        ),
        (
            "tăng 209% so với cùng kỳ năm 2022",
            Movement(direction=Direction.INCREASE, amount=pct("209"), baseline="cùng kỳ năm 2022"),
        ),
        (
            "giảm 12 vụ",
            Movement(
                direction=Direction.DECREASE, amount=Quantity(amount=Decimal(12), unit="case")
            ),
        ),
        (
            "gấp 1,7 lần",
            Movement(
                direction=Direction.INCREASE,
                amount=Quantity(amount=Decimal("1.7"), unit="lần"),
                multiple=True,
            ),
        ),
        (
            "tăng gấp 1,7 lần so với năm 2020",
            Movement(
                direction=Direction.INCREASE,
                amount=Quantity(amount=Decimal("1.7"), unit="lần"),
                multiple=True,
                baseline="năm 2020",
            ),
        ),
        (
            "tăng gần 2 lần so giai đoạn trước",
            Movement(
                direction=Direction.INCREASE,
                amount=Quantity(amount=Decimal(2), unit="lần", qualifier=Qualifier.NEARLY),
                baseline="giai đoạn trước",
            ),
        ),
        ("không đổi", Movement(direction=Direction.UNCHANGED)),
        ("tăng so với cùng kỳ", Movement(direction=Direction.INCREASE, baseline="cùng kỳ")),
    ],
)
def test_parse_change_reads(text, expected):
    assert parse_change(text) == expected


def test_a_baseline_that_names_a_period_reads_as_one():
    change = parse_change("tăng 10% so với năm 2021")
    assert parse_period(change.baseline) == span(d(2021, 1, 1), d(2021, 12, 31))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "expected a change"),
        ("tăng 6,97% so với", "expected a change"),
        ("tăng 6,97% so", "expected a change"),
        ("lên 6,97%", "expected a change"),
        ("tăng 6,97", "expected a change"),
        ("gấp 1,7", "expected a change"),
        ("gấp 17%", "a multiple (gấp … lần) is an increase"),
        ("không đổi 5%", "expected a change"),
    ],
)
def test_parse_change_refuses(text, message):
    with pytest.raises(ValidationError, match=re.escape(message)) as info:
        parse_change(text)
    assert repr(text) in str(info.value)


@given(gs.movements())
def test_change_round_trip(change):
    assert parse_change(format_change(change)) == change


def test_a_movement_checks_its_shape():
    with pytest.raises(ValidationError, match=r"\$\.amount"):
        Movement(direction=Direction.UNCHANGED, amount=pct("1"))
    with pytest.raises(ValidationError, match=r"\$\.multiple"):
        Movement(direction=Direction.DECREASE, amount=pct("1"), multiple=True)


@pytest.mark.parametrize(
    "function", [format_attainment, format_change, format_period, format_date_range]
)
def test_formatters_refuse_other_types(function):
    with pytest.raises(ValidationTypeError):
        function("đạt 5% kế hoạch")


@pytest.mark.parametrize("reader", [parse_attainment, parse_change])
@pytest.mark.parametrize(
    "text",
    ["đạt " + "1" * 50_000 + "% kế hoạch", "tăng " + "so " * 30_000, "đạt " * 30_000],
    ids=lambda text: text[:8],
)
def test_phrase_readers_refuse_long_hostile_input_quickly(reader, text):
    began = time.perf_counter()
    with pytest.raises(ValidationError):
        reader(text)
    assert time.perf_counter() - began < GUARD_SECONDS


# --- forms from the corpus of real reports ------------------------------------------


def test_more_real_forms_read():
    assert parse_session("Đại hội XIII") == 13
    assert parse_session("Đại hội 13") == 13
    assert parse_date("Thứ 3, Ngày 16/07/2024") == (d(2024, 7, 16), None)
    assert parse_date_range("Trong hai ngày 18 - 19.6", year=2023) == span(
        d(2023, 6, 18), d(2023, 6, 19)
    )
    assert parse_date_range("2 ngày 22/9 - 23/9", year=2021) == span(d(2021, 9, 22), d(2021, 9, 23))
    assert parse_attainment("90,7% dự toán pháp lệnh") == Attainment(
        share=pct("90.7"), target=TargetKind.STATUTORY
    )
    assert parse_attainment("(đạt 72,9% dự toán)") == Attainment(
        share=pct("72.9"), target=TargetKind.ESTIMATE
    )


@pytest.mark.parametrize(
    ("reader", "text", "message"),
    [
        (lambda t: parse_date_range(t, year=2023), "Trong 3 ngày 18 - 19.6", "counts 3 days"),
        (parse_session, "Đại hội mười ba", "expected a session"),
        (parse_date, "Thứ 8, 16/07/2024", "expected a date"),
        (parse_attainment, "(đạt 72,9% dự toán", "expected an attainment"),
    ],
)
def test_more_real_forms_refused(reader, text, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        reader(text)
