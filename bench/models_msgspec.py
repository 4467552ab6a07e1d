"""govreport's schema as msgspec Structs: frozen, forbid_unknown_fields.

msgspec has no per-field validator hooks besides `Meta` constraints, so text
(NFC, non-blank, single-line), decimals (plain strings or integers, refusing
JSON floats) and each record's own rules are checked in ``__post_init__``,
which msgspec runs on decode and convert; the report's graph checks run in
`Report.__post_init__`.
"""

# ruff: noqa: TC003 -- msgspec reads the annotations at runtime

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Annotated, Any, Union

import msgspec
from msgspec import Meta, Struct
from msgspec.structs import force_setattr

import _checks as c

Slug = Annotated[str, Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")]
# govreport's reader refuses integers of more than 40 digits; see _long().
Count = Annotated[int, Meta(ge=1, le=c.MAX_COUNT)]
Count0 = Annotated[int, Meta(ge=0, le=c.MAX_COUNT)]
Year = Annotated[int, Meta(ge=1000, le=2999)]
# Checked and turned into a Decimal by __post_init__; JSON floats never match.
Exact = Union[str, int]  # noqa: UP007 -- msgspec reads the annotation at runtime


class TimeOfDay(enum.Enum):
    MORNING = "morning"
    NOON = "noon"
    AFTERNOON = "afternoon"
    EVENING = "evening"


DocumentKind = enum.Enum(  # type: ignore[misc]
    "DocumentKind", {name.upper(): name for name in c.DOCUMENT_KINDS}
)


class Direction(enum.Enum):
    INCREASE = "increase"
    DECREASE = "decrease"
    UNCHANGED = "unchanged"


class TargetKind(enum.Enum):
    PLAN = "plan"
    STATUTORY = "statutory"
    RESOLUTION = "resolution"
    PROGRAM = "program"
    ESTIMATE = "estimate"
    ASSIGNED = "assigned"


def _enum(name: str, values: str) -> type[enum.Enum]:
    return enum.Enum(name, {value.upper(): value for value in values.split()})  # type: ignore[return-value]


Qualifier = _enum(
    "Qualifier", "about estimated expected more_than at_least nearly less_than at_most"
)
DirectiveKind = _enum(
    "DirectiveKind", "request proposal direction assignment reminder emphasis conclusion"
)
Trend = _enum("Trend", "improved stable worse mixed")
MeetingKind = _enum(
    "MeetingKind",
    "conference standing council_session committee_meeting congress review other",
)
SessionType = _enum("SessionType", "regular thematic extraordinary")
Review = _enum("Review", "interim final")
MeetingStatus = _enum("MeetingStatus", "planned opened closed held")
MeetingFormat = _enum("MeetingFormat", "in_person online hybrid")
ParticipantRole = _enum("ParticipantRole", "chair presenter attendee guest directing speaker")
Outcome = _enum("Outcome", "discussed commented approved adopted rejected postponed")
VoteBase = _enum("VoteBase", "present total valid")
ElectionMethod = _enum("ElectionMethod", "elected appointed")


class Model(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    pass


def _texts(record: Any, lines: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
    for name in lines:
        force_setattr(record, name, c.line(getattr(record, name)))
    for name in optional:
        value = getattr(record, name)
        if value is not None:
            force_setattr(record, name, c.line(value))


def _long(*values: int | None) -> None:
    for value in values:
        if value is not None and value >= c.INT_LIMIT:
            raise ValueError("integer too long")


def _evidence(record: Any) -> None:
    if record.evidence:
        force_setattr(record, "evidence", c.quotes(record.evidence))


class Period(Model):
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        c.period(self)


class Organization(Model):
    id: Slug
    name: str
    name_en: str | None = None
    kind: Slug | None = None
    parent: Slug | None = None
    dissolved: c.PartialDate | None = None
    term: Count | None = None
    term_start: Year | None = None
    term_end: Year | None = None
    enriched: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _long(self.term)
        _texts(self, ("name",), ("name_en",))
        _evidence(self)
        c.organization(self)


class Position(Model):
    title: str
    organization: Slug
    title_en: str | None = None
    term: Count | None = None
    term_start: Year | None = None
    term_end: Year | None = None

    def __post_init__(self) -> None:
        _texts(self, ("title",), ("title_en",))
        _long(self.term)
        c.term(self)


class Official(Model):
    id: Slug
    name: str
    positions: tuple[Position, ...] = ()
    evidence: tuple[str, ...] = ()
    enriched: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _texts(self, ("name",))
        _evidence(self)
        c.official(self)


class Participant(Model):
    official: Slug
    role: str
    role_en: str | None = None
    roles: tuple[ParticipantRole, ...] = ()  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        _texts(self, ("role",), ("role_en",))
        c.unique_roles(self)


class Group(Model):
    name: str
    name_en: str | None = None
    count: Count | None = None
    roles: tuple[ParticipantRole, ...] = ()  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        _texts(self, ("name",), ("name_en",))
        _long(self.count)
        c.unique_roles(self)


class Attendance(Model):
    present: Count0
    total: Count | None = None

    def __post_init__(self) -> None:
        _long(self.present, self.total)
        c.attendance(self)


def _share(record: Any) -> None:
    if record.share is not None:
        number = c.decimal(record.share)
        if number < 0:
            raise ValueError("must not be negative")
        force_setattr(record, "share", number)


class VoteEvent(Model):
    yes: Count0 | None = None
    no: Count0 | None = None
    abstain: Count0 | None = None
    absent: Count0 | None = None
    present: Count0 | None = None
    total: Count | None = None
    share: Exact | None = None
    base: VoteBase | None = None  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        _long(self.yes, self.no, self.abstain, self.absent, self.present, self.total)
        _share(self)
        c.vote_event(self)


class Paper(Model):
    kind: DocumentKind  # type: ignore[valid-type]
    title: str | None = None
    title_en: str | None = None
    draft: bool = False
    count: Count | None = None
    presented_by: Slug | None = None

    def __post_init__(self) -> None:
        _texts(self, (), ("title", "title_en"))
        _long(self.count)
        c.paper(self)


class AgendaItem(Model):
    title: str
    title_en: str | None = None
    number: Count | None = None
    documents: tuple[Slug, ...] = ()
    papers: tuple[Paper, ...] = ()
    outcome: Outcome | None = None  # type: ignore[valid-type]
    vote: VoteEvent | None = None

    def __post_init__(self) -> None:
        _texts(self, ("title",), ("title_en",))
        _long(self.number)
        c.slugs(self.documents)


class Election(Model):
    body: Slug | None = None
    size: Count | None = None
    official: Slug | None = None
    post: Position | None = None
    method: ElectionMethod = ElectionMethod.ELECTED  # type: ignore[valid-type, attr-defined]
    reelected: bool = False
    share: Exact | None = None

    def __post_init__(self) -> None:
        _long(self.size)
        _share(self)
        c.election(self)


class Meeting(Model):
    id: Slug
    title: str
    organizer: Slug
    body: Slug
    date: dt.date | None = None
    title_en: str | None = None
    kind: MeetingKind | None = None  # type: ignore[valid-type]
    term: Count | None = None
    term_start: Year | None = None
    term_end: Year | None = None
    session: Count | None = None
    session_type: SessionType | None = None  # type: ignore[valid-type]
    expanded: bool = False
    review: Review | None = None  # type: ignore[valid-type]
    period: Period | None = None
    status: MeetingStatus = MeetingStatus.HELD  # type: ignore[valid-type, attr-defined]
    expected: c.PartialDate | None = None
    end: dt.date | None = None
    time_of_day: TimeOfDay | None = None
    location: str | None = None
    format: MeetingFormat | None = None  # type: ignore[valid-type]
    sites: Count | None = None
    participants: tuple[Participant, ...] = ()
    groups: tuple[Group, ...] = ()
    attendance: Attendance | None = None
    agenda: tuple[AgendaItem, ...] = ()
    elections: tuple[Election, ...] = ()
    evidence: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _texts(self, ("title",), ("title_en", "location"))
        _long(self.term, self.session, self.sites)
        _evidence(self)
        c.meeting(self)


class Resolution(Model):
    id: Slug
    kind: DocumentKind
    issuer: Slug
    number: Count | None = None
    title: str | None = None
    title_en: str | None = None
    symbol: c.Symbol | None = None
    issued: dt.date | None = None
    enriched: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    term: Count | None = None
    co_issuers: tuple[Slug, ...] = ()
    draft: bool = False

    def __post_init__(self) -> None:
        _texts(self, (), ("title", "title_en"))
        _long(self.number, self.term)
        c.slugs(self.co_issuers)
        _evidence(self)
        c.resolution(self)


class Quantity(Model):
    amount: Exact
    unit: str
    scale: Annotated[int, Meta(ge=-24, le=24)] = 0
    per: str | None = None
    qualifier: Qualifier | None = None  # type: ignore[valid-type]

    def __post_init__(self) -> None:
        force_setattr(self, "amount", c.decimal(self.amount))
        _texts(self, ("unit",), ("per",))


class Change(Model):
    direction: Direction
    rate: Quantity | None = None
    baseline: str | None = None
    baseline_en: str | None = None
    amount: Quantity | None = None
    multiple: Exact | None = None
    baseline_period: Period | None = None

    def __post_init__(self) -> None:
        _texts(self, (), ("baseline", "baseline_en"))
        if self.multiple is not None:
            force_setattr(self, "multiple", c.decimal(self.multiple))
        c.change(self)


class Target(Model):
    kind: TargetKind
    value: Quantity | None = None
    attainment: Exact | None = None
    met: bool | None = None
    note: str | None = None
    note_en: str | None = None
    attainment_qualifier: Qualifier | None = None  # type: ignore[valid-type]
    period: Period | None = None
    excess: Quantity | None = None
    ahead: Quantity | None = None

    def __post_init__(self) -> None:
        if self.attainment is not None:
            number = c.decimal(self.attainment)
            if number < 0:
                raise ValueError("must not be negative")
            force_setattr(self, "attainment", number)
        _texts(self, (), ("note", "note_en"))
        c.target(self)


class Indicator(Model):
    id: Slug
    name: str
    period: Period
    name_en: str | None = None
    area: Slug | None = None
    value: Quantity | None = None
    approximate: bool = False
    change: Change | None = None
    target: Target | None = None
    evidence: tuple[str, ...] = ()
    part_of: Slug | None = None

    def __post_init__(self) -> None:
        _texts(self, ("name",), ("name_en",))
        _evidence(self)
        c.indicator(self)


class Directive(Model):
    id: Slug
    text: str
    issued_by: Slug
    meeting: Slug
    summary_en: str | None = None
    addressee: Slug | None = None
    cites: tuple[Slug, ...] = ()
    topics: tuple[Slug, ...] = ()
    evidence: tuple[str, ...] = ()
    kind: DirectiveKind | None = None  # type: ignore[valid-type]
    addressees: tuple[Slug, ...] = ()
    addressee_groups: tuple[str, ...] = ()
    order: Count | None = None
    deadline: c.PartialDate | None = None

    def __post_init__(self) -> None:
        force_setattr(self, "text", c.paragraph(self.text))
        _texts(self, (), ("summary_en",))
        c.slugs(self.cites)
        c.slugs(self.topics)
        c.slugs(self.addressees)
        if self.addressee_groups:
            force_setattr(self, "addressee_groups", c.quotes(self.addressee_groups))
        _long(self.order)
        _evidence(self)
        c.directive(self)


class Assessment(Model):
    id: Slug
    topic: str
    verdict: str
    topic_en: str | None = None
    verdict_en: str | None = None
    trend: Trend | None = None  # type: ignore[valid-type]
    period: Period | None = None
    area: Slug | None = None
    meeting: Slug | None = None
    evidence: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        force_setattr(self, "verdict", c.paragraph(self.verdict))
        _texts(self, ("topic",), ("topic_en", "verdict_en"))
        _evidence(self)


class Source(Model):
    text: str
    title: str
    published: c.PartialDate
    language: str = "vi"
    publisher: str | None = None
    url: str | None = None
    published_at: c.Timestamp | None = None
    author: str | None = None

    def __post_init__(self) -> None:
        force_setattr(self, "text", c.verbatim(self.text))
        force_setattr(self, "language", c.language(self.language))
        _texts(self, ("title",), ("publisher",))
        if self.url is not None:
            force_setattr(self, "url", c.url(self.url))
        _texts(self, (), ("author",))
        c.source(self)


class Report(Model):
    source: Source
    organizations: tuple[Organization, ...] = ()
    officials: tuple[Official, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    directives: tuple[Directive, ...] = ()
    assessments: tuple[Assessment, ...] = ()

    def __post_init__(self) -> None:
        c.report(self)


_CUSTOM = {
    c.PartialDate: c.PartialDate.parse,
    c.Symbol: c.Symbol.parse,
    c.Timestamp: c.Timestamp.parse,
}


def _dec_hook(cls: type, value: Any) -> Any:
    try:
        parse = _CUSTOM[cls]
    except KeyError:
        raise NotImplementedError(cls) from None
    return parse(value)


def _enc_hook(value: Any) -> Any:
    if isinstance(value, (c.PartialDate, c.Symbol, c.Timestamp)):
        return str(value)
    raise NotImplementedError(type(value))


DECODER = msgspec.json.Decoder(Report, dec_hook=_dec_hook)
ENCODER = msgspec.json.Encoder(enc_hook=_enc_hook, decimal_format="string")


def decode(data: bytes) -> Report:
    return DECODER.decode(data)


def encode(report: Report) -> bytes:
    return ENCODER.encode(report)


def structure(data: dict) -> Report:
    return msgspec.convert(data, Report, dec_hook=_dec_hook)


def unstructure(report: Report) -> dict:
    return msgspec.to_builtins(report, enc_hook=_enc_hook)


__all__ = ["Decimal", "decode", "encode", "structure", "unstructure"]
