"""Strategies for text, ids and the value types (quantities, periods, dates, symbols)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from govreport._validators import check_text
from govreport._values import (
    Attainment,
    Direction,
    DocumentKind,
    DocumentSymbol,
    Movement,
    PartialDate,
    Period,
    Qualifier,
    Quantity,
    TargetKind,
)

from . import _vocabulary as vocab
from ._draws import (
    _BARE_ISSUER,
    _DATE,
    _FAMILY,
    _GIVEN,
    _HUNDREDTHS,
    _IDS,
    _MAX_YEAR,
    _MIDDLE,
    _MIN_YEAR,
    _NUMBER,
    _PARTY_ISSUER,
    _STATE_ISSUER,
    _SYMBOL_FORMS,
    _YEAR,
    _check_years,
    _dates,
    _Flags,
    _many,
    _maybe,
    _pick,
    _texts,
)

# -- text ---------------------------------------------------------------------------


def texts(*, min_words: int = 1, max_words: int = 16) -> st.SearchStrategy[str]:
    """Vietnamese-looking single-line text, such as "Tập trung nguồn lực".

    The text is NFC, starts with a capital and has between *min_words* and
    *max_words* words, single spaces and no white space at either end: a valid
    value for any text field of a record.
    """
    if type(min_words) is not int or type(max_words) is not int:
        raise InvalidArgument(f"min_words and max_words must be ints, got {min_words!r}")
    if not 1 <= min_words <= max_words:
        msg = f"need 1 <= min_words <= max_words, got {min_words}, {max_words}"
        raise InvalidArgument(msg)
    return _texts(min_words, max_words)


def names() -> st.SearchStrategy[str]:
    """Vietnamese full names, family name first: "Dương Ngọc Hải", "Lê Lan".

    Two to five syllables: a family name, up to three middle names, a given name.
    """
    return _NAMES


@st.composite
def _names(draw: st.DrawFn) -> str:
    family = draw(_FAMILY)
    middle = dict.fromkeys(_many(draw, 0, 3, lambda: draw(_MIDDLE)))
    return " ".join((family, *middle, draw(_GIVEN)))


_NAMES = _names()


def ids() -> st.SearchStrategy[str]:
    """Record ids: lowercase ASCII slugs such as "quan-uy-binh-tan" or "nq-98"."""
    return _IDS


# -- value types --------------------------------------------------------------------


def _fixed(units: int, places: int) -> Decimal:
    """Return *units* × 10^-places, built exactly from the digits."""
    return Decimal(units).scaleb(-places)


# Most figures are exact; a quarter or so are qualified ("khoảng", "trên", "ước").
_QUALIFIERS = st.one_of(st.none(), st.none(), st.none(), st.sampled_from(Qualifier))


def _quantities_in(unit: str) -> st.SearchStrategy[Quantity]:
    unit_ = st.just(unit)
    if unit == "%":
        return st.builds(
            Quantity,
            amount=_HUNDREDTHS.map(lambda n: _fixed(n, 2)),
            unit=unit_,
            per=st.one_of(st.none(), st.none(), st.none(), st.sampled_from(vocab.PER)),
            qualifier=_QUALIFIERS,
        )
    if unit == "VND":
        amounts = st.builds(_fixed, st.integers(0, 999_999), st.integers(0, 3))
        scales = st.sampled_from((9, 6, 12, 3))
        return st.builds(Quantity, amount=amounts, unit=unit_, scale=scales, qualifier=_QUALIFIERS)
    if unit in vocab.UNITS or unit in vocab.COUNTED:
        return st.builds(
            Quantity,
            amount=st.integers(0, 10_000_000).map(Decimal),
            unit=unit_,
            qualifier=_QUALIFIERS,
        )
    amounts = st.builds(_fixed, st.integers(-(10**12), 10**12), st.integers(0, 6))
    return st.builds(Quantity, amount=amounts, unit=unit_)


_QUANTITIES = {unit: _quantities_in(unit) for unit in (*vocab.UNITS, *vocab.COUNTED)}


def quantities(*, units: Sequence[str] | None = None) -> st.SearchStrategy[Quantity]:
    """Realistic quantities: percentages, "tỷ đồng" amounts and counts.

    Percentages ("%") have two decimals, and some are rates per year or per
    month ("7,54%/năm"); amounts of money have unit "VND" and a scale of 3, 6,
    9 or 12 (nghìn, triệu, tỷ, nghìn tỷ đồng); counts are whole numbers of
    "person", "household", "ward" or "case", or of things govreport has no
    code for, kept in their words ("đại biểu", "lượt khách", "km²").  About a
    quarter of these carry a `~govreport.Qualifier`.  Pass *units* to choose
    among them; any other unit gets plain unqualified decimals.
    """
    chosen = (*vocab.UNITS, *vocab.COUNTED) if units is None else tuple(units)
    if not chosen:
        raise InvalidArgument("units must not be empty")
    for unit in chosen:
        if not isinstance(unit, str) or check_text(unit) is not None:
            raise InvalidArgument(f"units must be non-blank single-line text, got {unit!r}")
    return st.one_of(
        *(_QUANTITIES[unit] if unit in _QUANTITIES else _quantities_in(unit) for unit in chosen)
    )


def attainments() -> st.SearchStrategy[Attainment]:
    """Attainments of a target: "đạt 89,59% kế hoạch", "vượt 5% dự toán năm"."""
    return _ATTAINMENTS


_ATTAINMENTS = st.builds(
    Attainment,
    share=_quantities_in("%").map(lambda share: attrs.evolve(share, per=None)),
    target=st.sampled_from(TargetKind),
    exceeded=st.booleans(),
    annual=st.booleans(),
)


def movements() -> st.SearchStrategy[Movement]:
    """Changes of a figure: "tăng 6,97% so với cùng kỳ", "giảm 12 vụ", "gấp 1,7 lần"."""
    return _MOVEMENTS


_BASELINES = st.none() | st.sampled_from(vocab.BASELINE_WORDS)


@st.composite
def _movements(draw: st.DrawFn) -> Movement:
    shape = draw(st.sampled_from(("rate", "amount", "times", "multiple", "none", "unchanged")))
    baseline = draw(_BASELINES)
    if shape == "unchanged":
        return Movement(direction=Direction.UNCHANGED, baseline=baseline)
    direction = draw(st.sampled_from((Direction.INCREASE, Direction.DECREASE)))
    if shape in {"times", "multiple"}:
        amount = draw(
            st.builds(
                Quantity,
                amount=st.builds(_fixed, st.integers(11, 999), st.just(1)),
                unit=st.just("lần"),
                qualifier=_QUALIFIERS,
            )
        )
        multiple = shape == "multiple"
        direction = Direction.INCREASE if multiple else direction
        return Movement(direction=direction, amount=amount, multiple=multiple, baseline=baseline)
    moved = None if shape == "none" else draw(_QUANTITIES["%" if shape == "rate" else "case"])
    return Movement(direction=direction, amount=moved, baseline=baseline)


_MOVEMENTS = _movements()


_INDICATOR_VALUES = {units: quantities(units=units) for units, _, _ in vocab.INDICATORS}
_PERCENTS = _QUANTITIES["%"]


def periods(*, min_year: int = _MIN_YEAR, max_year: int = _MAX_YEAR) -> st.SearchStrategy[Period]:
    """Periods reports speak of: a year, a half, a quarter, the first nine months, a month."""
    _check_years(min_year, max_year)
    return _periods(st.integers(min_year, max_year))


_PERIOD_SHAPE = st.sampled_from(("year", "half", "quarter", "nine-months", "month"))
_HALF = st.sampled_from((1, 7))
_QUARTER = st.sampled_from((1, 4, 7, 10))
_MONTH = st.integers(1, 12)


@st.composite
def _periods(draw: st.DrawFn, years: st.SearchStrategy[int]) -> Period:
    year = draw(years)
    shape = draw(_PERIOD_SHAPE)
    if shape == "year":
        first, last = 1, 12
    elif shape == "half":
        first = draw(_HALF)
        last = first + 5
    elif shape == "quarter":
        first = draw(_QUARTER)
        last = first + 2
    elif shape == "nine-months":
        first, last = 1, 9
    else:
        first = last = draw(_MONTH)
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return Period(start=dt.date(year, first, 1), end=end)


_PERIODS = _periods(_YEAR)


def partial_dates(
    *, min_year: int = _MIN_YEAR, max_year: int = _MAX_YEAR
) -> st.SearchStrategy[PartialDate]:
    """Dates known to the year, the month or the day: "2023", "2023-07", "2023-07-13"."""
    _check_years(min_year, max_year)
    return _partial_dates(_dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31)))


_PRECISION = st.sampled_from(("year", "month", "day"))


@st.composite
def _partial_dates(draw: st.DrawFn, dates: st.SearchStrategy[dt.date]) -> PartialDate:
    day = draw(dates)
    precision = draw(_PRECISION)
    if precision == "year":
        return PartialDate(year=day.year)
    if precision == "month":
        return PartialDate(year=day.year, month=day.month)
    return PartialDate.from_date(day)


_PARTIAL_DATES = _partial_dates(_DATE)
_DISSOLVED = _partial_dates(_dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)))


def document_symbols(*, party: bool | None = None) -> st.SearchStrategy[DocumentSymbol]:
    """Document symbols, state ("30/2020/NĐ-CP", "123/QĐ-UBND") and Party ("31-NQ/TW").

    State symbols may carry a year ("98/2023/QH15"), Party symbols never do;
    pass *party* to draw from one system only.
    """
    if party not in (None, True, False):
        raise InvalidArgument(f"party must be None, True or False, got {party!r}")
    kinds = tuple(
        kind
        for kind, forms in _SYMBOL_FORMS.items()
        if party is None or any(form_party is party for form_party, _ in forms)
    )
    return _document_symbols(kinds=st.sampled_from(kinds), party=party)


@st.composite
def _document_symbols(
    draw: st.DrawFn, *, kinds: st.SearchStrategy[DocumentKind], party: bool | None
) -> DocumentSymbol:
    kind, number, year = draw(kinds), draw(_NUMBER), draw(_YEAR)
    return _draw_symbol(draw, _Flags(draw), kind, number, year, party=party)


def _draw_symbol(
    draw: st.DrawFn,
    flag: _Flags,
    kind: DocumentKind,
    number: int,
    year: int,
    *,
    party: bool | None = None,
) -> DocumentSymbol:
    """Draw a symbol naming *kind* with *number*; a state symbol may carry *year*."""
    forms = [form for form in _SYMBOL_FORMS[kind] if party is None or form[0] is party]
    is_party, code = _pick(draw, forms)
    if is_party:
        return DocumentSymbol(number=number, kind=code, issuer=draw(_PARTY_ISSUER), party=True)
    if code is None:
        return DocumentSymbol(number=number, kind=None, issuer=draw(_BARE_ISSUER), year=year)
    issuer = draw(_STATE_ISSUER)
    return DocumentSymbol(number=number, kind=code, issuer=issuer, year=_maybe(flag, year))
