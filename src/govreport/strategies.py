"""Hypothesis strategies for every govreport record and value type.

Every example is valid: it passes its constructor, and `reports` builds whole
consistent graphs whose evidence quotes occur verbatim in the generated source
text.  Examples look like real data (Vietnamese names, titles with diacritics,
"tỷ đồng" amounts, symbols such as "30/2020/NĐ-CP" and "31-NQ/TW") and shrink
towards small reports of short, plain records.

A record drawn on its own refers to arbitrary ids; pass the ids it may refer to
(``meetings(organization_ids=[...], official_ids=[...])``) to draw references
into a graph of your own.  Installing govreport registers `for_type` with
hypothesis, so ``st.from_type(govreport.Meeting)`` works without importing this
module.  This is the only govreport module that imports hypothesis.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from . import _vocabulary as vocab
from ._errors import ValidationError
from ._records import (
    ORGANIZATION_ENRICHABLE,
    RESOLUTION_ENRICHABLE,
    Change,
    Direction,
    Directive,
    Indicator,
    Meeting,
    Official,
    Organization,
    Participant,
    Position,
    Resolution,
    Target,
    TargetKind,
)
from ._report import Report, Source
from ._validators import SLUG, check_text
from ._values import DocumentKind, DocumentSymbol, PartialDate, Period, Quantity, TimeOfDay

__all__ = [
    "changes",
    "directives",
    "document_symbols",
    "for_type",
    "ids",
    "indicators",
    "meetings",
    "names",
    "officials",
    "organizations",
    "partial_dates",
    "participants",
    "periods",
    "positions",
    "quantities",
    "reports",
    "resolutions",
    "sources",
    "targets",
    "texts",
]

# Speed: a strategy object is validated the first time it is drawn from, which
# costs far more than the draw.  So the composites below draw only from the
# module-level strategies built once here, and pick among ids known only at
# draw time by index; a report of tens of records then takes milliseconds.

_T = TypeVar("_T")
Ids = Sequence[str] | None
Pool = tuple[str, ...] | None
"""Ids a reference may take; None for any slug."""


# Symbol issuers: a bare state issuer carries the kind in the document's name
# ("98/2023/QH15" is a resolution); the others follow a kind code.
_BARE_ISSUERS = ("QH15", "QH14", "UBTVQH15")
_STATE_ISSUERS = vocab.words("CP\nTTg\nBTC\nUBND\nHĐND")
_PARTY_ISSUERS = vocab.words("TW\nTU\nQU\nHU\nĐU")
# Kinds for which real documents carry a symbol without a kind code.
_BARE_KINDS = (DocumentKind.LAW, DocumentKind.ORDINANCE, DocumentKind.RESOLUTION)
_ORGANIZATION_ENRICHABLE = ORGANIZATION_ENRICHABLE
_RESOLUTION_ENRICHABLE = RESOLUTION_ENRICHABLE

_MIN_YEAR = 2000
_MAX_YEAR = 2030
_MAX_QUOTE_WORDS = 12
_MAX_EVIDENCE = 2


def _symbol_forms() -> dict[DocumentKind, tuple[tuple[bool, str | None], ...]]:
    """Map each kind to the (party, code) pairs of the symbols that name it."""
    forms: dict[DocumentKind, tuple[tuple[bool, str | None], ...]] = {}
    for kind in DocumentKind:
        found: list[tuple[bool, str | None]] = []
        if kind.code is not None:
            for party in (False, True):
                probe = DocumentSymbol(number=1, kind=kind.code, issuer="X", party=party)
                if probe.document_kind is kind:
                    found.append((party, kind.code))
        if kind in _BARE_KINDS or not found:
            found.append((False, None))
        forms[kind] = tuple(found)
    return forms


_SYMBOL_FORMS = _symbol_forms()

# -- the strategies every composite draws from --------------------------------------

_BOOL = st.booleans()
# Whether a list goes on: three times in four, so lists of records are a few long,
# and a shrink to False cuts them short.
_MORE = st.sampled_from((False, True, True, True))
_INDEX = st.integers(0, 2**16 - 1)
_QUOTE_LENGTH = st.integers(1, _MAX_QUOTE_WORDS)
_NUMBER = st.integers(1, 300)
_YEAR = st.integers(_MIN_YEAR, _MAX_YEAR)
_FLAG_BITS = 16
_FLAGS = st.integers(0, 2**_FLAG_BITS - 1)


def _dates(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date]:
    """Dates from *first* to *last*, in one draw (`st.dates` takes three)."""
    return st.integers(0, (last - first).days).map(lambda days: first + dt.timedelta(days))


_DATE = _dates(dt.date(_MIN_YEAR, 1, 1), dt.date(_MAX_YEAR, 12, 31))
_TERM = st.integers(1, 20)
_SESSION = st.integers(1, 40)
_HUNDREDTHS = st.integers(0, 200_00)
_FAMILY = st.sampled_from(vocab.FAMILY_NAMES)
_MIDDLE = st.sampled_from(vocab.MIDDLE_NAMES)
_GIVEN = st.sampled_from(vocab.GIVEN_NAMES)
_PHRASE = st.sampled_from(vocab.PHRASES)
_SUBJECT = st.sampled_from(vocab.SUBJECTS)
_VERB = st.sampled_from(vocab.VERBS)
_SUMMARY = st.sampled_from(vocab.SUMMARIES)
_ORGANIZATION_FORM = st.sampled_from(vocab.ORGANIZATION_FORMS)
_PLACE = st.sampled_from(vocab.PLACES)
_NATIONAL_BODY = st.sampled_from(vocab.NATIONAL_BODIES)
_TITLE = st.sampled_from(vocab.TITLES)
_TITLE_SUFFIX = st.sampled_from(vocab.TITLE_SUFFIXES)
_ROLE = st.sampled_from(vocab.ROLES)
_BODY = st.sampled_from(vocab.BODIES)
_DOCUMENT_TOPIC = st.sampled_from(vocab.DOCUMENT_TOPICS)
_KIND = st.sampled_from(tuple(DocumentKind))
_INDICATOR = st.sampled_from(vocab.INDICATORS)
_BASELINE = st.sampled_from(vocab.BASELINES)
_TARGET_NOTE = st.sampled_from(vocab.TARGET_NOTES)
_TARGET_KIND = st.sampled_from(tuple(TargetKind))
_DIRECTION = st.sampled_from(tuple(Direction))
_TIME = st.sampled_from(tuple(TimeOfDay))
_SHAPE = st.sampled_from(("value", "change", "both", "goal"))
_PUBLISHER = st.sampled_from(vocab.PUBLISHERS)
_DOMAIN = st.sampled_from(vocab.DOMAINS)
_BARE_ISSUER = st.sampled_from(_BARE_ISSUERS)
_STATE_ISSUER = st.sampled_from(_STATE_ISSUERS)
_PARTY_ISSUER = st.sampled_from(_PARTY_ISSUERS)
# One draw per id: ids are a large share of a report's draws.
_IDS = st.sampled_from(
    vocab.SLUG_WORDS
    + tuple(f"{first}-{second}" for first in vocab.SLUG_WORDS for second in vocab.SLUG_WORDS)
)


# -- drawing helpers ----------------------------------------------------------------


class _Flags:
    """Yes-or-no choices for one record, taken from a single draw.

    Draws are what generation costs, so a record's optional fields share one
    integer, one bit each; it shrinks towards zero, every field left out.
    """

    __slots__ = ("bits", "draw", "used")

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.bits = draw(_FLAGS)
        self.used = 0

    def __call__(self) -> bool:
        if self.used == _FLAG_BITS:
            return self.draw(_BOOL)
        self.used += 1
        return bool(self.bits >> (self.used - 1) & 1)


def _maybe(flag: _Flags, value: _T) -> _T | None:
    """Return *value* or None (None when shrunk)."""
    return value if flag() else None


def _pick(draw: st.DrawFn, values: Sequence[_T]) -> _T:
    """Return one of *values*, known only at draw time (the first when shrunk)."""
    return values[draw(_INDEX) % len(values)]


def _ref(draw: st.DrawFn, pool: Pool) -> str:
    return draw(_IDS) if pool is None else _pick(draw, pool)


def _optional_ref(draw: st.DrawFn, flag: _Flags, pool: Pool) -> str | None:
    if pool == () or not flag():
        return None
    return _ref(draw, pool)


def _many(draw: st.DrawFn, low: int, high: int, item: Callable[[], _T]) -> list[_T]:
    """Draw between *low* and *high* items, as `st.lists` does, shrinking to *low*."""
    items: list[_T] = []
    while len(items) < high and (len(items) < low or draw(_MORE)):
        items.append(item())
    return items


def _some(draw: st.DrawFn, pool: Pool, high: int) -> tuple[str, ...]:
    """Draw up to *high* distinct references from *pool*."""
    if pool == ():
        return ()
    chosen = _many(draw, 0, high, lambda: _ref(draw, pool))
    return tuple(dict.fromkeys(chosen))


@attrs.frozen
class _Quotes:
    """Where evidence comes from: cut from a text, or (with no text) any phrase."""

    text: str | None
    lines: tuple[tuple[tuple[int, int], ...], ...] = ()

    def cut(self, draw: st.DrawFn) -> str:
        if self.text is None:
            return draw(_QUOTE_TEXT)
        line = _pick(draw, self.lines)
        first = draw(_INDEX) % len(line)
        last = min(first + draw(_QUOTE_LENGTH), len(line)) - 1
        return self.text[line[first][0] : line[last][1]]

    def evidence(self, draw: st.DrawFn) -> tuple[str, ...]:
        return tuple(dict.fromkeys(_many(draw, 0, _MAX_EVIDENCE, lambda: self.cut(draw))))


@functools.lru_cache(maxsize=64)
def _quotes_from(text: str) -> _Quotes:
    """Quotes from *text*: runs of up to a dozen whole words of one line."""
    lines = []
    for line in re.finditer(r"[^\n\r]+", text):
        words = tuple(
            (line.start() + a, line.start() + b)
            for a, b in (word.span() for word in re.finditer(r"\S+", line.group()))
        )
        if words:
            lines.append(words)
    return _Quotes(text, tuple(lines))


_ANY_QUOTES = _Quotes(None)


def _evidence(draw: st.DrawFn, quotes: _Quotes | None) -> tuple[str, ...]:
    return () if quotes is None else quotes.evidence(draw)


# -- argument checks ----------------------------------------------------------------


def _check_ids(name: str, values: Ids) -> Pool:
    if values is None:
        return None
    if isinstance(values, str):
        raise InvalidArgument(f"{name} must be a sequence of ids, not the string {values!r}")
    result = tuple(values)
    for value in result:
        if not isinstance(value, str) or not SLUG.fullmatch(value):
            raise InvalidArgument(f"{name} must hold lowercase ASCII slugs, got {value!r}")
    return result


def _required(name: str, values: Ids) -> Pool:
    pool = _check_ids(name, values)
    if pool == ():
        raise InvalidArgument(f"{name} must not be empty: the record needs one to refer to")
    return pool


def _check_source_text(source_text: str | None) -> str | None:
    if source_text is None:
        return None
    try:
        # What a source accepts is what quotes may be cut from.
        source = Source(text=source_text, title="-", published=PartialDate(year=2000))
    except ValidationError as error:
        raise InvalidArgument(f"source_text is no valid source text: {error}") from None
    return source.text


def _quotes_for(source_text: str | None) -> _Quotes:
    text = _check_source_text(source_text)
    return _ANY_QUOTES if text is None else _quotes_from(text)


def _check_years(min_year: int, max_year: int) -> None:
    if not 1 <= min_year <= max_year <= 9999:  # noqa: PLR2004 -- datetime's range
        msg = f"need 1 <= min_year <= max_year <= 9999, got {min_year}, {max_year}"
        raise InvalidArgument(msg)


def _check_size(name: str, low: object, high: object) -> None:
    for label, size in ((f"min_{name}", low), (f"max_{name}", high)):
        if type(size) is not int or size < 0:
            raise InvalidArgument(f"{label} must be a non-negative int, got {size!r}")
    assert isinstance(low, int)  # noqa: S101 -- checked just above
    assert isinstance(high, int)  # noqa: S101
    if low > high:
        raise InvalidArgument(f"min_{name}={low} is larger than max_{name}={high}")


# -- text ---------------------------------------------------------------------------


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


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


@st.composite
def _texts(draw: st.DrawFn, min_words: int, max_words: int) -> str:
    phrases = _many(draw, 1, max_words, lambda: draw(_PHRASE))
    words = " ".join(dict.fromkeys(phrases)).split()
    while len(words) < min_words:
        words += draw(_PHRASE).split()
    return _capitalize(" ".join(words[:max_words]))


_QUOTE_TEXT = _texts(1, 8)
_TITLE_TEXT = _texts(1, 12)


def _draw_sentence(draw: st.DrawFn) -> str:
    phrases = dict.fromkeys(_many(draw, 2, 5, lambda: draw(_PHRASE)))
    return _capitalize(", ".join(phrases)) + "."


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


def _quantities_in(unit: str) -> st.SearchStrategy[Quantity]:
    unit_ = st.just(unit)
    if unit == "%":
        return st.builds(Quantity, amount=_HUNDREDTHS.map(lambda n: _fixed(n, 2)), unit=unit_)
    if unit == "VND":
        amounts = st.builds(_fixed, st.integers(0, 999_999), st.integers(0, 3))
        scales = st.sampled_from((9, 6, 12, 3))
        return st.builds(Quantity, amount=amounts, unit=unit_, scale=scales)
    if unit in vocab.UNITS:
        return st.builds(Quantity, amount=st.integers(0, 10_000_000).map(Decimal), unit=unit_)
    amounts = st.builds(_fixed, st.integers(-(10**12), 10**12), st.integers(0, 6))
    return st.builds(Quantity, amount=amounts, unit=unit_)


_QUANTITIES = {unit: _quantities_in(unit) for unit in vocab.UNITS}


def quantities(*, units: Sequence[str] | None = None) -> st.SearchStrategy[Quantity]:
    """Realistic quantities: percentages, "tỷ đồng" amounts and counts.

    Percentages ("%") have two decimals; amounts of money have unit "VND" and a
    scale of 3, 6, 9 or 12 (nghìn, triệu, tỷ, nghìn tỷ đồng); counts are whole
    numbers of "person", "household", "ward" or "case".  Pass *units* to choose
    among them; any other unit gets plain decimals.
    """
    chosen = vocab.UNITS if units is None else tuple(units)
    if not chosen:
        raise InvalidArgument("units must not be empty")
    for unit in chosen:
        if not isinstance(unit, str) or check_text(unit) is not None:
            raise InvalidArgument(f"units must be non-blank single-line text, got {unit!r}")
    return st.one_of(
        *(_QUANTITIES[unit] if unit in _QUANTITIES else _quantities_in(unit) for unit in chosen)
    )


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


# -- records ------------------------------------------------------------------------


def _enriched(flag: _Flags, record: object, candidates: tuple[str, ...]) -> tuple[str, ...]:
    present = [name for name in candidates if getattr(record, name) is not None]
    return tuple(name for name in present if flag())


def organizations(
    *, parent_ids: Sequence[str] | None = None, source_text: str | None = None
) -> st.SearchStrategy[Organization]:
    """Party and state bodies: "Quận ủy quận Bình Tân", "Ủy ban nhân dân phường An Lạc".

    `parent` is None or one of *parent_ids* (any slug if None; always None if
    empty).  Evidence quotes are cut from *source_text* if given.
    """
    return _organizations(_check_ids("parent_ids", parent_ids), _quotes_for(source_text))


@st.composite
def _organizations(draw: st.DrawFn, parents: Pool, quotes: _Quotes) -> Organization:
    return _draw_organization(draw, parents, quotes)


def _draw_organization(draw: st.DrawFn, parents: Pool, quotes: _Quotes | None) -> Organization:
    flag = _Flags(draw)
    if flag():
        kind, name, name_en = draw(_NATIONAL_BODY)
    else:
        kind, form, form_en = draw(_ORGANIZATION_FORM)
        place, place_en = draw(_PLACE)
        name, name_en = form.format(place), form_en.format(place_en)
    record_id = draw(_IDS)
    parent = _optional_ref(draw, flag, parents)
    organization = Organization(
        id=record_id,
        name=name,
        name_en=_maybe(flag, name_en),
        kind=_maybe(flag, kind),
        parent=None if parent == record_id else parent,
        dissolved=draw(_DISSOLVED) if flag() else None,
        evidence=_evidence(draw, quotes),
    )
    enriched = _enriched(flag, organization, _ORGANIZATION_ENRICHABLE)
    return attrs.evolve(organization, enriched=enriched) if enriched else organization


def positions(*, organization_ids: Sequence[str] | None = None) -> st.SearchStrategy[Position]:
    """Posts such as "Bí thư Quận ủy" in one of *organization_ids* (any slug if None)."""
    return _positions(_required("organization_ids", organization_ids))


@st.composite
def _positions(draw: st.DrawFn, organizations: Pool) -> Position:
    return _draw_position(draw, _Flags(draw), organizations)


def _draw_position(draw: st.DrawFn, flag: _Flags, organizations: Pool) -> Position:
    title, title_en = draw(_TITLE)
    return Position(
        title=title + draw(_TITLE_SUFFIX),
        organization=_ref(draw, organizations),
        title_en=_maybe(flag, title_en),
    )


def officials(
    *, organization_ids: Sequence[str] | None = None, source_text: str | None = None
) -> st.SearchStrategy[Official]:
    """Officials with Vietnamese names and up to three positions.

    Positions are in *organization_ids* (any slug if None; no positions if
    empty).  Evidence quotes are cut from *source_text* if given.
    """
    return _officials(_check_ids("organization_ids", organization_ids), _quotes_for(source_text))


@st.composite
def _officials(draw: st.DrawFn, organizations: Pool, quotes: _Quotes) -> Official:
    return _draw_official(draw, organizations, quotes)


def _draw_official(draw: st.DrawFn, organizations: Pool, quotes: _Quotes | None) -> Official:
    flag = _Flags(draw)
    held: list[Position] = []
    if organizations != ():
        held = _many(draw, 0, 3, lambda: _draw_position(draw, flag, organizations))
    return Official(
        id=draw(_IDS), name=draw(_NAMES), positions=tuple(held), evidence=_evidence(draw, quotes)
    )


def participants(*, official_ids: Sequence[str] | None = None) -> st.SearchStrategy[Participant]:
    """An official's part in a meeting ("Chủ trì", "Đến dự và phát biểu chỉ đạo")."""
    return _participants(_required("official_ids", official_ids))


@st.composite
def _participants(draw: st.DrawFn, officials: Pool) -> Participant:
    return _draw_participant(draw, _Flags(draw), _ref(draw, officials))


def _draw_participant(draw: st.DrawFn, flag: _Flags, official: str) -> Participant:
    role, role_en = draw(_ROLE)
    return Participant(official=official, role=role, role_en=_maybe(flag, role_en))


def _roman(number: int) -> str:
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    text = ""
    for value, numeral in numerals:
        count, number = divmod(number, value)
        text += numeral * count
    return text


def meetings(
    *,
    organization_ids: Sequence[str] | None = None,
    official_ids: Sequence[str] | None = None,
    source_text: str | None = None,
) -> st.SearchStrategy[Meeting]:
    """Meetings such as "Hội nghị Ban Chấp hành Đảng bộ quận khóa XII, lần thứ 17 (mở rộng)".

    `organizer` and `body` are among *organization_ids*, participants (each
    official once) among *official_ids*; None means arbitrary slugs.  Evidence
    quotes are cut from *source_text* if given.
    """
    return _meetings(
        _required("organization_ids", organization_ids),
        _check_ids("official_ids", official_ids),
        _quotes_for(source_text),
    )


@st.composite
def _meetings(draw: st.DrawFn, organizations: Pool, officials: Pool, quotes: _Quotes) -> Meeting:
    return _draw_meeting(draw, organizations, officials, quotes)


def _draw_meeting(
    draw: st.DrawFn, organizations: Pool, officials: Pool, quotes: _Quotes | None
) -> Meeting:
    flag = _Flags(draw)
    body, body_en = draw(_BODY)
    term = draw(_TERM) if flag() else None
    session = draw(_SESSION) if flag() else None
    expanded = flag()
    title, title_en = f"Hội nghị {body}", f"Meeting of {body_en}"
    if term is not None:
        title += f" khóa {_roman(term)}"
        title_en += f", term {term}"
    if session is not None:
        title += f", lần thứ {session}"
        title_en += f", session {session}"
    if expanded:
        title += " (mở rộng)"
        title_en += " (expanded)"
    return Meeting(
        id=draw(_IDS),
        title=unicodedata.normalize("NFC", title),
        title_en=_maybe(flag, title_en),
        organizer=_ref(draw, organizations),
        body=_ref(draw, organizations),
        date=draw(_DATE),
        term=term,
        session=session,
        expanded=expanded,
        time_of_day=draw(_TIME) if flag() else None,
        participants=tuple(_draw_participant(draw, flag, who) for who in _some(draw, officials, 4)),
        evidence=_evidence(draw, quotes),
    )


def resolutions(
    *,
    organization_ids: Sequence[str] | None = None,
    kinds: Sequence[DocumentKind] | None = None,
    source_text: str | None = None,
) -> st.SearchStrategy[Resolution]:
    """Numbered policy documents with consistent symbols, titles and issue dates.

    The symbol carries the document's number, a code that names its kind and,
    for state symbols, the year it was issued; `enriched` names only fields that
    have a value.  `issuer` is among *organization_ids* (any slug if None), the
    kind among *kinds* (every `DocumentKind` if None).
    """
    chosen = tuple(DocumentKind) if kinds is None else tuple(kinds)
    if not chosen or not all(isinstance(kind, DocumentKind) for kind in chosen):
        msg = f"kinds must be a non-empty sequence of DocumentKind, got {kinds!r}"
        raise InvalidArgument(msg)
    return _resolutions(
        _required("organization_ids", organization_ids),
        st.sampled_from(chosen),
        _quotes_for(source_text),
    )


@st.composite
def _resolutions(
    draw: st.DrawFn, organizations: Pool, kinds: st.SearchStrategy[DocumentKind], quotes: _Quotes
) -> Resolution:
    return _draw_resolution(draw, organizations, draw(kinds), quotes)


def _draw_resolution(
    draw: st.DrawFn, organizations: Pool, kind: DocumentKind, quotes: _Quotes | None
) -> Resolution:
    flag = _Flags(draw)
    number = draw(_NUMBER)
    year = draw(_YEAR)
    topic, topic_en = draw(_DOCUMENT_TOPIC)
    english = kind.name.replace("_", " ").capitalize()
    issued = None
    if flag():
        issued = dt.date(year, draw(_MONTH), 1) + dt.timedelta(days=draw(_INDEX) % 28)
    resolution = Resolution(
        id=draw(_IDS),
        kind=kind,
        number=number,
        issuer=_ref(draw, organizations),
        title=_maybe(flag, f"{kind.vietnamese} số {number} {topic}"),
        title_en=_maybe(flag, f"{english} {number} {topic_en}"),
        symbol=_draw_symbol(draw, flag, kind, number, year) if flag() else None,
        issued=issued,
        evidence=_evidence(draw, quotes),
    )
    enriched = _enriched(flag, resolution, _RESOLUTION_ENRICHABLE)
    return attrs.evolve(resolution, enriched=enriched) if enriched else resolution


def changes() -> st.SearchStrategy[Change]:
    """How an indicator moved: a direction, maybe a percent rate and a baseline."""
    return _CHANGES


@st.composite
def _changes(draw: st.DrawFn) -> Change:
    flag = _Flags(draw)
    baseline, baseline_en = draw(_BASELINE)
    return Change(
        direction=draw(_DIRECTION),
        rate=draw(_PERCENTS) if flag() else None,
        baseline=_maybe(flag, baseline),
        baseline_en=_maybe(flag, baseline_en),
    )


_CHANGES = _changes()


def targets() -> st.SearchStrategy[Target]:
    """An indicator's standing against a target: percent attained, met or not."""
    return _TARGETS


@st.composite
def _targets(draw: st.DrawFn) -> Target:
    flag = _Flags(draw)
    note, note_en = draw(_TARGET_NOTE)
    return Target(
        kind=draw(_TARGET_KIND),
        value=draw(_QUANTITIES["household"]) if flag() else None,
        attainment=_fixed(draw(_HUNDREDTHS), 2) if flag() else None,
        met=_maybe(flag, flag()),
        note=_maybe(flag, note),
        note_en=_maybe(flag, note_en),
    )


_TARGETS = _targets()


def indicators(
    *, organization_ids: Sequence[str] | None = None, source_text: str | None = None
) -> st.SearchStrategy[Indicator]:
    """Statistics such as "Tổng thu ngân sách" over a period: a value, a change or both.

    `area` is None or among *organization_ids* (any slug if None); only a
    value is ever approximate.  Evidence quotes are cut from *source_text* if given.
    """
    return _indicators(_check_ids("organization_ids", organization_ids), _quotes_for(source_text))


@st.composite
def _indicators(draw: st.DrawFn, organizations: Pool, quotes: _Quotes) -> Indicator:
    return _draw_indicator(draw, organizations, quotes)


def _draw_indicator(draw: st.DrawFn, organizations: Pool, quotes: _Quotes | None) -> Indicator:
    flag = _Flags(draw)
    units, name, name_en = draw(_INDICATOR)
    shape = draw(_SHAPE)
    value = None if shape in {"change", "goal"} else draw(_INDICATOR_VALUES[units])
    return Indicator(
        id=draw(_IDS),
        name=name,
        name_en=_maybe(flag, name_en),
        period=draw(_PERIODS),
        area=_optional_ref(draw, flag, organizations),
        value=value,
        approximate=value is not None and flag(),
        change=None if shape in {"value", "goal"} else draw(_CHANGES),
        target=_goal(draw, units) if shape == "goal" else draw(_TARGETS) if flag() else None,
        evidence=_evidence(draw, quotes),
    )


def _goal(draw: st.DrawFn, units: tuple[str, ...]) -> Target:
    """A target that sets a level, for an indicator with no figure yet."""
    return attrs.evolve(draw(_TARGETS), value=draw(_INDICATOR_VALUES[units]), met=None)


@attrs.frozen
class _Pools:
    """The ids a directive may refer to."""

    officials: Pool
    meetings: Pool
    organizations: Pool
    resolutions: Pool


def directives(
    *,
    official_ids: Sequence[str] | None = None,
    meeting_ids: Sequence[str] | None = None,
    organization_ids: Sequence[str] | None = None,
    resolution_ids: Sequence[str] | None = None,
    source_text: str | None = None,
) -> st.SearchStrategy[Directive]:
    """Directions given at a meeting, in Vietnamese, possibly over several lines.

    `issued_by` is among *official_ids*, `meeting` among *meeting_ids*,
    `addressee` None or among *organization_ids*, and `cites` a few of
    *resolution_ids*; each may be None for arbitrary slugs.
    """
    pools = _Pools(
        _required("official_ids", official_ids),
        _required("meeting_ids", meeting_ids),
        _check_ids("organization_ids", organization_ids),
        _check_ids("resolution_ids", resolution_ids),
    )
    return _directives(pools, _quotes_for(source_text))


@st.composite
def _directives(draw: st.DrawFn, pools: _Pools, quotes: _Quotes) -> Directive:
    return _draw_directive(draw, pools, quotes)


def _draw_directive(draw: st.DrawFn, pools: _Pools, quotes: _Quotes | None) -> Directive:
    flag = _Flags(draw)
    sentences = []
    for _ in range(1 + flag()):
        phrases = dict.fromkeys(_many(draw, 1, 3, lambda: draw(_PHRASE)))
        sentences.append(f"{draw(_SUBJECT)} {draw(_VERB)} {', '.join(phrases)}.")
    return Directive(
        id=draw(_IDS),
        text=("\n" if flag() else " ").join(sentences),
        issued_by=_ref(draw, pools.officials),
        meeting=_ref(draw, pools.meetings),
        summary_en=draw(_SUMMARY) if flag() else None,
        addressee=_optional_ref(draw, flag, pools.organizations),
        cites=_some(draw, pools.resolutions, 2),
        topics=_some(draw, vocab.TOPICS, 2),
        evidence=_evidence(draw, quotes),
    )


def sources(*, text: str | None = None) -> st.SearchStrategy[Source]:
    """Sources: a Vietnamese article (or the *text* given), its title and publication."""
    return _sources(_check_source_text(text))


@st.composite
def _sources(draw: st.DrawFn, text: str | None) -> Source:
    if text is None:
        paragraphs = _many(
            draw, 1, 4, lambda: " ".join(_many(draw, 1, 3, lambda: _draw_sentence(draw)))
        )
        text = "\n\n".join(paragraphs)
    return _draw_source(draw, text, None)


def _draw_source(draw: st.DrawFn, text: str, published: dt.date | None) -> Source:
    flag = _Flags(draw)
    url = None
    if flag():
        url = f"https://{draw(_DOMAIN)}/{draw(_IDS)}.html"
    return Source(
        text=text,
        title=draw(_TITLE_TEXT),
        published=PartialDate.from_date(published) if published else draw(_PARTIAL_DATES),
        publisher=draw(_PUBLISHER) if flag() else None,
        url=url,
    )


# -- reports ------------------------------------------------------------------------


@attrs.frozen
class _Sizes:
    organizations: tuple[int, int]
    officials: tuple[int, int]
    meetings: tuple[int, int]
    resolutions: tuple[int, int]
    indicators: tuple[int, int]
    directives: tuple[int, int]


# A kind of record needs the kinds named here to exist before it can.
_NEEDS = {
    "organizations": ("meetings", "resolutions", "directives"),
    "officials": ("directives",),
    "meetings": ("directives",),
}


def reports(
    *,
    source_text: str | None = None,
    min_organizations: int = 1,
    max_organizations: int = 5,
    min_officials: int = 0,
    max_officials: int = 5,
    min_meetings: int = 0,
    max_meetings: int = 2,
    min_resolutions: int = 0,
    max_resolutions: int = 4,
    min_indicators: int = 0,
    max_indicators: int = 6,
    min_directives: int = 0,
    max_directives: int = 5,
) -> st.SearchStrategy[Report]:
    """Whole consistent reports: a Vietnamese source text and the records taken from it.

    Ids are unique across the report, every reference resolves to a record of
    the right kind, organizations form a forest and every evidence quote occurs
    verbatim in the source text.  Without *source_text* the text is generated
    and mentions the records (names, titles, indicator values, the directives'
    own words); with it, quotes are cut from the text given.

    The ``min_*`` and ``max_*`` bounds limit each collection.  A record that
    needs another raises the minimum of what it needs: a meeting or resolution
    needs an organization, a directive an official and a meeting.
    """
    quotes = None if source_text is None else _quotes_for(source_text)
    bounds = {
        "organizations": [min_organizations, max_organizations],
        "officials": [min_officials, max_officials],
        "meetings": [min_meetings, max_meetings],
        "resolutions": [min_resolutions, max_resolutions],
        "indicators": [min_indicators, max_indicators],
        "directives": [min_directives, max_directives],
    }
    for name, (low, high) in bounds.items():
        _check_size(name, low, high)
    # Directives need meetings, which need organizations: settle the later first.
    for needed in ("meetings", "officials", "organizations"):
        users = [user for user in _NEEDS[needed] if bounds[user][0] > 0]
        if users and bounds[needed][0] == 0:
            if bounds[needed][1] == 0:
                asks = ", ".join(f"min_{user}" for user in users)
                raise InvalidArgument(f"max_{needed}=0, but {asks} needs at least one")
            bounds[needed][0] = 1
    sizes = _Sizes(**{name: (low, high) for name, (low, high) in bounds.items()})
    return _reports(sizes, quotes)


def _unique_ids(records: list[_T], taken: set[str]) -> list[_T]:
    """Rename the records whose id is taken, so that every id in a report is unique."""
    result = []
    for record in records:
        record_id: str = getattr(record, "id")  # noqa: B009 -- _T is any record type
        renamed = record
        if record_id in taken:
            suffix = 2
            while f"{record_id}-{suffix}" in taken:
                suffix += 1
            record_id = f"{record_id}-{suffix}"
            renamed = attrs.evolve(record, id=record_id)  # type: ignore[misc]
        taken.add(record_id)
        result.append(renamed)
    return result


@st.composite
def _reports(draw: st.DrawFn, sizes: _Sizes, quotes: _Quotes | None) -> Report:
    taken: set[str] = set()

    def many(size: tuple[int, int], item: Callable[[], _T]) -> list[_T]:
        return _unique_ids(_many(draw, *size, item), taken)

    orgs = many(sizes.organizations, lambda: _draw_organization(draw, (), quotes))
    # A parent comes earlier in the list, so parent links never form a cycle.
    flag = _Flags(draw)
    for index in range(1, len(orgs)):
        parent = _optional_ref(draw, flag, tuple(org.id for org in orgs[:index]))
        if parent is not None:
            orgs[index] = attrs.evolve(orgs[index], parent=parent)
    org_ids = tuple(org.id for org in orgs)
    people = many(sizes.officials, lambda: _draw_official(draw, org_ids, quotes))
    people_ids = tuple(person.id for person in people)
    meets: list[Meeting] = []
    documents: list[Resolution] = []
    if org_ids:
        meets = many(sizes.meetings, lambda: _draw_meeting(draw, org_ids, people_ids, quotes))
        documents = many(
            sizes.resolutions, lambda: _draw_resolution(draw, org_ids, draw(_KIND), quotes)
        )
    stats = many(sizes.indicators, lambda: _draw_indicator(draw, org_ids, quotes))
    given: list[Directive] = []
    if people_ids and meets:
        pools = _Pools(
            people_ids,
            tuple(meeting.id for meeting in meets),
            org_ids,
            tuple(document.id for document in documents),
        )
        given = many(sizes.directives, lambda: _draw_directive(draw, pools, quotes))
    records: list[list[Any]] = [orgs, people, meets, documents, stats, given]
    text = _write_source(draw, records) if quotes is None else quotes.text
    assert text is not None  # noqa: S101 -- quotes given for a report have a text
    return Report(
        source=_draw_source(draw, text, max((m.date for m in meets), default=None)),
        organizations=tuple(orgs),
        officials=tuple(people),
        meetings=tuple(meets),
        resolutions=tuple(documents),
        indicators=tuple(stats),
        directives=tuple(given),
    )


def _format_number(amount: Decimal) -> str:
    """Vietnamese notation: dots group thousands, a comma marks decimals."""
    whole, _, fraction = format(abs(amount), "f").partition(".")
    groups: list[str] = []
    while len(whole) > 3:  # noqa: PLR2004 -- thousands
        whole, group = whole[:-3], whole[-3:]
        groups.insert(0, group)
    text = ".".join([whole, *groups]) + ("," + fraction if fraction else "")
    return "-" + text if amount < 0 else text


def _format_quantity(quantity: Quantity) -> str:
    number = _format_number(quantity.amount)
    if quantity.unit == "%":
        return number + "%"
    if quantity.unit == "VND":
        magnitude = vocab.MAGNITUDES.get(quantity.scale)
        return f"{number} {magnitude} đồng" if magnitude else f"{number} đồng"
    return f"{number} {vocab.UNIT_WORDS.get(quantity.unit, quantity.unit)}"


def _mention(record: object) -> tuple[str, str]:
    """Return a phrase naming *record*, and a passage of the source containing it."""
    if isinstance(record, Organization):
        return record.name, f"Lãnh đạo {record.name} tham dự hội nghị."
    if isinstance(record, Official):
        title = f", {record.positions[0].title}," if record.positions else ""
        return record.name, f"Đồng chí {record.name}{title} phát biểu chỉ đạo."
    if isinstance(record, Meeting):
        day = f"{record.date.day}-{record.date.month}"
        when = vocab.TIME_WORDS[record.time_of_day] if record.time_of_day else "Ngày"
        return record.title, f"{when} {day}, {record.title} được tổ chức."
    if isinstance(record, Resolution):
        phrase = f"{record.kind.vietnamese} {record.number}"
        return phrase, f"Quận triển khai thực hiện {phrase}."
    if isinstance(record, Indicator):
        if record.value is not None:
            verb = "ước đạt khoảng" if record.approximate else "đạt"
            phrase = f"{record.name} {verb} {_format_quantity(record.value)}"
        elif record.change is not None:
            phrase = f"{record.name} {vocab.MOVED[record.change.direction]}"
        else:  # a goal: the target sets the level
            assert record.target is not None  # noqa: S101 -- an indicator has one of them
            assert record.target.value is not None  # noqa: S101
            phrase = f"phấn đấu {record.name} {_format_quantity(record.target.value)}"
        return phrase, phrase + "."
    assert isinstance(record, Directive)  # noqa: S101 -- the last kind of record
    return record.text, record.text


def _draw_mention_evidence(draw: st.DrawFn, phrase: str, passage: str) -> tuple[str, ...]:
    """Draw evidence for a record: the phrase naming it, or words of its passage."""
    quotes = _quotes_from(passage)
    evidence = _many(draw, 0, _MAX_EVIDENCE, lambda: quotes.cut(draw) if draw(_BOOL) else phrase)
    return tuple(dict.fromkeys(evidence))


def _write_source(draw: st.DrawFn, records: list[list[Any]]) -> str:
    """Write a source text that mentions every record, and give each its evidence."""
    paragraphs: list[str] = []
    for group in records:
        for index, record in enumerate(group):
            phrase, passage = _mention(record)
            if draw(_BOOL):
                passage += " " + _draw_sentence(draw)
            passage = unicodedata.normalize("NFC", passage)
            paragraphs.append(passage)
            evidence = _draw_mention_evidence(draw, phrase, passage)
            if evidence:
                group[index] = attrs.evolve(record, evidence=evidence)
    if not paragraphs:
        paragraphs.append(_draw_sentence(draw))
    return "\n\n".join(paragraphs)


# -- registration -------------------------------------------------------------------

_DEFAULTS: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
    Quantity: quantities,
    Period: periods,
    PartialDate: partial_dates,
    DocumentSymbol: document_symbols,
    Organization: organizations,
    Position: positions,
    Official: officials,
    Participant: participants,
    Meeting: meetings,
    Resolution: resolutions,
    Change: changes,
    Target: targets,
    Indicator: indicators,
    Directive: directives,
    Source: sources,
    Report: reports,
}


def for_type(cls: type[Any]) -> st.SearchStrategy[Any]:
    """Return the default strategy for a govreport record or value type.

    This is what ``st.from_type(cls)`` uses once govreport is installed; enums
    are left to hypothesis, which samples their members.
    """
    try:
        factory = _DEFAULTS[cls]
    except (KeyError, TypeError):
        known = ", ".join(sorted(known.__name__ for known in _DEFAULTS))
        msg = f"govreport.strategies has no strategy for {cls!r}; it knows {known}"
        raise InvalidArgument(msg) from None
    return factory()
