"""Shared pieces of govreport.strategies: base strategies, drawing helpers, argument checks."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from govreport._errors import ValidationError
from govreport._records import (
    OFFICIAL_ENRICHABLE,
    ORGANIZATION_ENRICHABLE,
    RESOLUTION_ENRICHABLE,
    Direction,
    DirectiveKind,
    TargetKind,
)
from govreport._report import Source
from govreport._validators import SLUG
from govreport._values import DocumentKind, DocumentSymbol, PartialDate, Qualifier, TimeOfDay

from . import _vocabulary as vocab

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
_OFFICIAL_ENRICHABLE = OFFICIAL_ENRICHABLE

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
_DIRECTIVE_KIND = st.sampled_from(tuple(DirectiveKind))
_ADDRESSEE_GROUP = st.sampled_from(vocab.ADDRESSEE_GROUPS)
_ASSESSMENT_TOPIC = st.sampled_from(vocab.ASSESSMENT_TOPICS)
_VERDICT = st.sampled_from(
    tuple((trend, vi, en) for trend, verdicts in vocab.VERDICTS for vi, en in verdicts)
)
_ORDER = st.integers(1, 12)
_SHAPE = st.sampled_from(("value", "change", "both", "goal", "attainment"))
_QUALIFIER = st.sampled_from(tuple(Qualifier))
_PUBLISHER = st.sampled_from(vocab.PUBLISHERS)
_AUTHOR = st.sampled_from(vocab.AUTHORS)
_MINUTE = st.integers(0, 24 * 60 - 1)
_OFFSET = st.sampled_from((0, 7 * 60, -5 * 60))
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


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


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
