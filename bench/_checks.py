"""Checks shared by the pydantic and msgspec rivals of govreport's records.

Written from DESIGN.md, independently of govreport's code, so that the rivals
do the same work govreport does: NFC text, non-blank single-line text, slugs,
exact decimals, partial dates, canonical document symbols and the graph checks
of a report.  Every function raises ``ValueError`` on bad input.
"""

# ruff: noqa: C901, PLR0912, PERF401, SIM102 -- written plainly, like govreport's checks

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from decimal import Decimal
from typing import Any

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
MAX_DIGITS = 38
# Counts and numbers in records are at most 2**31 - 1.
MAX_COUNT = 2**31 - 1
# JSON integers longer than 40 digits are refused by govreport's reader.
INT_LIMIT = 10**40
# The enums' JSON values, shared by both rivals.
DOCUMENT_KINDS = (
    "resolution", "conclusion", "plan", "instruction", "decision", "regulation", "rules",
    "decree", "circular", "party_circular", "law", "ordinance", "notice", "guidance",
    "program", "project", "report", "dispatch", "submission", "joint_circular", "scheme",
    "minutes", "official_letter", "order", "joint_resolution",
)  # fmt: skip
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BREAKS = re.compile(r"[\n\r\t]")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_URL = re.compile(r"https?://[^\s]+")
_normalize = unicodedata.normalize


def text(value: str, *, multiline: bool = False, verbatim: bool = False) -> str:
    value = _normalize("NFC", value)
    if not value.strip():
        raise ValueError("must not be empty or blank")
    if _BAD.search(value):
        raise ValueError("contains a forbidden character")
    if not multiline and _BREAKS.search(value):
        raise ValueError("must be a single line")
    if not verbatim and value != value.strip():
        raise ValueError("must not start or end with white space")
    return value


def line(value: str) -> str:
    return text(value)


def paragraph(value: str) -> str:
    return text(value, multiline=True)


def verbatim(value: str) -> str:
    return text(value, multiline=True, verbatim=True)


def quotes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple([text(item, multiline=True) for item in values])


def slug(value: str) -> str:
    if not SLUG.fullmatch(value):
        raise ValueError(f"not a slug: {value!r}")
    return value


def slugs(values: tuple[str, ...]) -> tuple[str, ...]:
    for item in values:
        slug(item)
    if len(set(values)) != len(values):
        raise ValueError("repeats an id")
    return values


def language(value: str) -> str:
    value = line(value)
    if not _LANGUAGE.fullmatch(value):
        raise ValueError("not a BCP 47 tag")
    return value


def url(value: str) -> str:
    value = line(value)
    if not _URL.fullmatch(value):
        raise ValueError("not an http(s) URL")
    return value


def decimal(value: Any) -> Decimal:
    """A JSON string in plain notation or a JSON integer, at most 38 digits."""
    if type(value) is str:
        if not DECIMAL.fullmatch(value):
            raise ValueError("not a decimal in plain positional notation")
        number = Decimal(value)
    elif type(value) is int:
        if not -INT_LIMIT < value < INT_LIMIT:
            raise ValueError("integer too long")
        number = Decimal(value)
    elif type(value) is Decimal:
        number = value
    else:
        raise ValueError(f"expected a decimal string or an integer, got {type(value).__name__}")
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    if number.adjusted() >= MAX_DIGITS or exponent < -MAX_DIGITS:
        raise ValueError("too many digits")
    whole, _, fraction = format(number, "f").lstrip("-").partition(".")
    if whole != "0" and len(whole) + len(fraction) > MAX_DIGITS:
        raise ValueError("too many digits")
    return number


def date_text(value: Any) -> Any:
    """Let through dates and only 'YYYY-MM-DD' strings (no timestamps, no times)."""
    if type(value) is str and not DATE.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    if type(value) is not str and type(value).__name__ != "date":
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


def format_decimal(value: Decimal) -> str:
    return format(value, "f")


class PartialDate:
    """'2023', '2023-07' or '2023-07-13'."""

    __slots__ = ("day", "month", "year")
    _PATTERN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

    def __init__(self, year: int, month: int | None, day: int | None) -> None:
        if not 1 <= year <= 9999:
            raise ValueError("year out of range")
        if month is not None and not 1 <= month <= 12:
            raise ValueError("month out of range")
        if day is not None:
            if month is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
                raise ValueError("not a real day")
        self.year, self.month, self.day = year, month, day

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        match = cls._PATTERN.fullmatch(value) if type(value) is str else None
        if match is None:
            raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartialDate) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


class Timestamp:
    """An ISO 8601 moment with its UTC offset, written back as Python writes it."""

    __slots__ = ("moment",)
    _PATTERN = re.compile(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
        r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
    )

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    @classmethod
    def parse(cls, value: Any) -> Timestamp:
        if isinstance(value, Timestamp):
            return value
        if type(value) is not str or not cls._PATTERN.fullmatch(value):
            raise ValueError("expected a timestamp with a UTC offset")
        return cls(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))

    def __str__(self) -> str:
        return self.moment.isoformat()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timestamp) and self.moment == other.moment

    def __hash__(self) -> int:
        return hash(self.moment)


_CODE = re.compile(r"[0-9A-Za-zĐđ]+")
_STATE = re.compile(
    r"(?P<number>[1-9][0-9]*|0[1-9])(?:/(?P<year>[12][0-9]{3}))?"
    r"/(?:(?P<kind>[0-9A-Za-zĐđ]+)-)?(?P<issuer>[0-9A-Za-zĐđ]+(?:-[0-9A-Za-zĐđ]+)*)"
)
_PARTY = re.compile(
    r"(?P<number>[1-9][0-9]*|0[1-9])-(?P<kind>[0-9A-Za-zĐđ]+)"
    r"/(?P<issuer>[0-9A-Za-zĐđ]+(?:-[0-9A-Za-zĐđ]+)*)"
)
# Document kinds by symbol code, in the state and the Party system.
_COMMON = {
    "NQ": "resolution", "KL": "conclusion", "KH": "plan", "CT": "instruction",
    "QC": "rules", "TB": "notice", "HD": "guidance", "CTr": "program",
    "ĐA": "project", "BC": "report", "TTr": "submission", "BB": "minutes",
}  # fmt: skip
STATE_CODES = {
    **_COMMON, "QĐ": "decision", "NĐ": "decree", "TT": "circular", "CĐ": "dispatch",
    "TTLT": "joint_circular", "PA": "scheme", "L": "order", "NQLT": "joint_resolution",
    "QyĐ": "regulation",
}  # fmt: skip
PARTY_CODES = {**_COMMON, "QĐ": "regulation", "TT": "party_circular", "CV": "official_letter"}


class Symbol:
    """A document symbol, '98/2023/QH15' or '31-NQ/TW', in its canonical form."""

    __slots__ = ("issuer", "kind", "number", "party", "year")

    @classmethod
    def parse(cls, value: Any) -> Symbol:
        if isinstance(value, Symbol):
            return value
        if type(value) is not str:
            raise ValueError("expected a document symbol string")
        value = _normalize("NFC", value)
        match = _PARTY.fullmatch(value)
        party = match is not None
        if match is None:
            match = _STATE.fullmatch(value)
        if match is None:
            raise ValueError("not a document symbol")
        groups = match.groupdict()
        self = cls()
        self.number = int(groups["number"])
        self.kind = groups["kind"]
        self.issuer = groups["issuer"]
        self.party = party
        year = groups.get("year")
        self.year = int(year) if year else None
        if not _CODE.fullmatch(self.issuer):
            raise ValueError("the issuer code must be letters and digits")
        if str(self) != value:
            raise ValueError("not canonical")
        return self

    @property
    def document_kind(self) -> str | None:
        if self.kind is None:
            return None
        return (PARTY_CODES if self.party else STATE_CODES).get(self.kind)

    def __str__(self) -> str:
        number = f"{self.number:02d}"
        if self.party:
            return f"{number}-{self.kind}/{self.issuer}"
        parts = [number] if self.year is None else [number, str(self.year)]
        parts.append(f"{self.kind}-{self.issuer}" if self.kind else self.issuer)
        return "/".join(parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Symbol) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


# -- record checks (the __attrs_post_init__ of govreport's records) --------------


def enriched(record: Any, allowed: tuple[str, ...]) -> None:
    if len(set(record.enriched)) != len(record.enriched):
        raise ValueError("a field is marked enriched twice")
    for name in record.enriched:
        if name not in allowed or getattr(record, name) in (None, ()):
            raise ValueError(f"cannot mark {name!r} enriched")


def organization(record: Any) -> None:
    enriched(
        record, ("name", "dissolved", "name_en", "kind", "parent", "term", "term_start", "term_end")
    )
    term(record)
    if record.parent == record.id:
        raise ValueError("an organization cannot be its own parent")


def term(record: Any) -> None:
    if (record.term_start is None) != (record.term_end is None):
        raise ValueError("term_start and term_end come together")
    if record.term_start is not None and record.term_start > record.term_end:
        raise ValueError("term_end before term_start")


_GROUP_WORDS = frozenset(("các", "những", "mọi", "toàn", "cả", "nhiều", "một", "hai", "ba"))


def official(record: Any) -> None:
    enriched(record, ("name", "positions"))
    if any(char.isdigit() for char in record.name):
        raise ValueError("a person's name has no digits")
    if record.name.split(maxsplit=1)[0].casefold() in _GROUP_WORDS:
        raise ValueError("a description of people is not a name")


def unique_roles(record: Any) -> None:
    if len(set(record.roles)) != len(record.roles):
        raise ValueError("a role is listed twice")


def attendance(record: Any) -> None:
    if record.total is not None and record.present > record.total:
        raise ValueError("more present than the total")


_VOTE_FIGURES = ("yes", "no", "abstain", "absent", "present", "total", "share")


def vote_event(record: Any) -> None:
    if all(getattr(record, name) is None for name in _VOTE_FIGURES):
        raise ValueError("a vote needs a count or a share")
    if record.share is not None and record.share > 100:
        raise ValueError("a share is at most 100")
    if record.base is not None and record.share is None:
        raise ValueError("a base without a share")
    cast = sum(n for n in (record.yes, record.no, record.abstain) if n is not None)
    if record.present is not None and cast > record.present:
        raise ValueError("more votes than delegates present")
    if record.total is not None:
        counted = cast + (record.absent or 0)
        if record.present is not None:
            counted = record.present + (record.absent or 0)
        if counted > record.total:
            raise ValueError("more delegates counted than the total")


def paper(record: Any) -> None:
    if record.title is None and record.count is None:
        raise ValueError("a paper needs a title or a count")


def election(record: Any) -> None:
    if record.body is None and record.post is None:
        raise ValueError("an election fills a body or a post")
    if record.size is not None and record.body is None:
        raise ValueError("a size without a body")
    if record.official is not None and record.post is None:
        raise ValueError("an official without a post")
    if record.share is not None and record.share > 100:
        raise ValueError("a share is at most 100")
    if record.share is not None and getattr(record.method, "value", record.method) == "appointed":
        raise ValueError("an appointment has no vote share")


def meeting(record: Any) -> None:
    officials = [participant.official for participant in record.participants]
    if len(set(officials)) != len(officials):
        raise ValueError("an official is listed twice")
    term(record)
    status = getattr(record.status, "value", record.status)
    if record.date is None:
        if status != "planned":
            raise ValueError("a meeting that took place needs a date")
        if record.end is not None:
            raise ValueError("an end without a date")
    elif record.expected is not None:
        raise ValueError("expected is for a meeting without a date")
    if record.date is not None and record.end is not None and record.end <= record.date:
        raise ValueError("end before the first day")
    if record.sites is not None and getattr(record.format, "value", record.format) not in (
        "online",
        "hybrid",
    ):
        raise ValueError("sites need an online format")
    numbers = [item.number for item in record.agenda if item.number is not None]
    if len(set(numbers)) != len(numbers):
        raise ValueError("an agenda number is listed twice")


RESOLUTION_ENRICHABLE = (
    "kind",
    "number",
    "issuer",
    "title",
    "title_en",
    "symbol",
    "issued",
    "term",
    "co_issuers",
    "draft",
)


def resolution(record: Any) -> None:
    enriched(record, RESOLUTION_ENRICHABLE)
    if record.issuer in record.co_issuers:
        raise ValueError("the issuer is not also a co-issuer")
    symbol = record.symbol
    if symbol is None:
        return
    if record.number is None:
        raise ValueError("a symbol carries a number; give it as number")
    if symbol.number != record.number:
        raise ValueError("the symbol carries another number")
    kind = getattr(record.kind, "value", record.kind)
    # An unknown code cannot be checked against the kind.
    if symbol.document_kind is not None and symbol.document_kind != kind:
        raise ValueError("the symbol is of another kind")
    if record.issued is not None and symbol.year not in (None, record.issued.year):
        raise ValueError("the symbol is of another year")


def target(record: Any) -> None:
    if record.attainment_qualifier is not None and record.attainment is None:
        raise ValueError("an attainment qualifier without an attainment")
    if record.met is False and (record.excess is not None or record.ahead is not None):
        raise ValueError("a target exceeded or met early is met")


def _stated(target: Any) -> bool:
    if target is None:
        return False
    return any(
        value is not None
        for value in (target.value, target.attainment, target.met, target.excess, target.ahead)
    )


def change(record: Any) -> None:
    if record.multiple is not None and record.multiple <= 0:
        raise ValueError("a multiple is more than 0")


def directive(record: Any) -> None:
    if len(record.addressees) == 1:
        raise ValueError("addressees lists several organizations")
    if record.addressees and record.addressee is not None:
        raise ValueError("addressee or addressees, not both")


def source(record: Any) -> None:
    if record.published_at is None:
        return
    day, published = record.published_at.moment.date(), record.published
    for part in ("year", "month", "day"):
        stated = getattr(published, part)
        if stated is not None and getattr(day, part) != stated:
            raise ValueError("published_at is not within published")


def indicator(record: Any) -> None:
    if record.value is None and record.change is None and not _stated(record.target):
        raise ValueError("an indicator needs a value, a change or a target it is measured against")
    if record.approximate:
        if record.value is None:
            raise ValueError("only a value can be approximate")
        if getattr(record.value.qualifier, "value", record.value.qualifier) not in (None, "about"):
            raise ValueError("approximate contradicts the value's qualifier")
    if record.part_of == record.id:
        raise ValueError("an indicator is not a part of itself")


def period(record: Any) -> None:
    if record.start > record.end:
        raise ValueError("end before start")


_COLLECTIONS = (
    "organizations",
    "officials",
    "meetings",
    "resolutions",
    "indicators",
    "directives",
    "assessments",
)
# attribute -> collection its ids must be in; tuples of ids marked with "*".
_REFERENCES = {
    "organizations": (("parent", "organizations"),),
    "officials": (),
    "meetings": (("organizer", "organizations"), ("body", "organizations")),
    "resolutions": (("issuer", "organizations"),),
    "indicators": (("area", "organizations"), ("part_of", "indicators")),
    "directives": (
        ("issued_by", ("officials", "organizations", "meetings")),
        ("meeting", "meetings"),
        ("addressee", "organizations"),
        ("*cites", "resolutions"),
        ("*addressees", "organizations"),
    ),
    "assessments": (("area", "organizations"), ("meeting", "meetings")),
}


def _meeting_references(meeting: Any) -> Any:
    for participant in meeting.participants:
        yield participant.official, ("officials",)
    for item in meeting.agenda:
        for document in item.documents:
            yield document, ("resolutions",)
        for paper in item.papers:
            if paper.presented_by is not None:
                yield paper.presented_by, ("officials", "organizations")
    for election in meeting.elections:
        if election.body is not None:
            yield election.body, ("organizations",)
        if election.official is not None:
            yield election.official, ("officials",)
        if election.post is not None:
            yield election.post.organization, ("organizations",)


def report(value: Any) -> None:
    """The graph checks: unique ids, references of the right kind, verbatim evidence."""
    kinds: dict[str, str] = {}
    errors: list[str] = []
    for collection in _COLLECTIONS:
        for record in getattr(value, collection):
            if record.id in kinds:
                errors.append(f"duplicate id {record.id!r}")
            else:
                kinds[record.id] = collection
    source = value.source.text
    for collection in _COLLECTIONS:
        references = _REFERENCES[collection]
        for record in getattr(value, collection):
            for name, wanted in references:
                if name[0] == "*":
                    targets = getattr(record, name[1:])
                else:
                    target = getattr(record, name)
                    targets = () if target is None else (target,)
                for target in targets:
                    if kinds.get(target) not in ((wanted,) if type(wanted) is str else wanted):
                        errors.append(f"{record.id}.{name} does not resolve")
            if collection == "officials":
                for position in record.positions:
                    if kinds.get(position.organization) != "organizations":
                        errors.append(f"{record.id}: position's organization does not resolve")
            elif collection == "meetings":
                for target, wanted in _meeting_references(record):
                    if kinds.get(target) not in wanted:
                        errors.append(f"{record.id}: {target!r} does not resolve")
            for quote in record.evidence:
                if quote not in source:
                    errors.append(f"{record.id}: evidence not in the source text")
    parents = {org.id: org.parent for org in value.organizations}
    for org in value.organizations:
        seen = {org.id}
        current = org.parent
        while current is not None and current in parents:
            if current in seen:
                errors.append(f"{org.id!r} is its own ancestor")
                break
            seen.add(current)
            current = parents[current]
    if errors:
        raise ValueError("; ".join(errors))
