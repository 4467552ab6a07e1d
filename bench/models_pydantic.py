"""govreport's schema as pydantic v2 models: frozen, extra="forbid", strict.

Scalars are strict everywhere.  Tuples, enums and dates are lax at their own
level only so that `model_validate` takes the lists and strings of a JSON-ready
dict (strict Python mode wants tuples, members and date objects); their items
stay strict, and a before-validator keeps dates to 'YYYY-MM-DD' strings.
"""

# ruff: noqa: FBT003 -- Strict(False) is how pydantic spells it

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    Strict,
    StringConstraints,
    TypeAdapter,
    model_validator,
)

import _checks as c

Line = Annotated[str, Strict(), AfterValidator(c.line)]
Paragraph = Annotated[str, Strict(), AfterValidator(c.paragraph)]
Slug = Annotated[str, Strict(), StringConstraints(pattern=c.SLUG_PATTERN)]
Slugs = Annotated[tuple[Slug, ...], Strict(False), AfterValidator(c.slugs)]
Evidence = Annotated[tuple[Annotated[str, Strict()], ...], Strict(False), AfterValidator(c.quotes)]
Count = Annotated[int, Strict(), Field(ge=1, le=c.MAX_COUNT)]
Count0 = Annotated[int, Strict(), Field(ge=0, le=c.MAX_COUNT)]
Year = Annotated[int, Strict(), Field(ge=1000, le=2999)]
Date = Annotated[dt.date, Strict(False), BeforeValidator(c.date_text)]
Exact = Annotated[
    Decimal, PlainValidator(c.decimal), PlainSerializer(c.format_decimal, return_type=str)
]


def _nonnegative(value: object) -> Decimal:
    number = c.decimal(value)
    if number < 0:
        raise ValueError("must not be negative")
    return number


NonNegative = Annotated[
    Decimal, PlainValidator(_nonnegative), PlainSerializer(c.format_decimal, return_type=str)
]
PartialDate = Annotated[
    c.PartialDate, PlainValidator(c.PartialDate.parse), PlainSerializer(str, return_type=str)
]
Symbol = Annotated[c.Symbol, PlainValidator(c.Symbol.parse), PlainSerializer(str, return_type=str)]
Timestamp = Annotated[
    c.Timestamp, PlainValidator(c.Timestamp.parse), PlainSerializer(str, return_type=str)
]
Lines = Annotated[tuple[Line, ...], Strict(False)]


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


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class Quantity(Model):
    amount: Exact
    unit: Line
    scale: Annotated[int, Strict(), Field(ge=-24, le=24)] = 0
    per: Line | None = None
    qualifier: Annotated[Qualifier, Strict(False)] | None = None


class Period(Model):
    start: Date
    end: Date

    @model_validator(mode="after")
    def _check(self) -> Period:
        c.period(self)
        return self


class Organization(Model):
    id: Slug
    name: Line
    name_en: Line | None = None
    kind: Slug | None = None
    parent: Slug | None = None
    dissolved: PartialDate | None = None
    term: Count | None = None
    term_start: Year | None = None
    term_end: Year | None = None
    enriched: Annotated[tuple[Annotated[str, Strict()], ...], Strict(False)] = ()
    evidence: Evidence = ()

    @model_validator(mode="after")
    def _check(self) -> Organization:
        c.organization(self)
        return self


class Position(Model):
    title: Line
    organization: Slug
    title_en: Line | None = None
    term: Count | None = None
    term_start: Year | None = None
    term_end: Year | None = None

    @model_validator(mode="after")
    def _check(self) -> Position:
        c.term(self)
        return self


class Official(Model):
    id: Slug
    name: Line
    positions: Annotated[tuple[Position, ...], Strict(False)] = ()
    evidence: Evidence = ()
    enriched: Annotated[tuple[Annotated[str, Strict()], ...], Strict(False)] = ()

    @model_validator(mode="after")
    def _check(self) -> Official:
        c.official(self)
        return self


Roles = Annotated[tuple[Annotated[ParticipantRole, Strict(False)], ...], Strict(False)]


class Participant(Model):
    official: Slug
    role: Line
    role_en: Line | None = None
    roles: Roles = ()

    @model_validator(mode="after")
    def _check(self) -> Participant:
        c.unique_roles(self)
        return self


class Group(Model):
    name: Line
    name_en: Line | None = None
    count: Count | None = None
    roles: Roles = ()

    @model_validator(mode="after")
    def _check(self) -> Group:
        c.unique_roles(self)
        return self


class Attendance(Model):
    present: Count0
    total: Count | None = None

    @model_validator(mode="after")
    def _check(self) -> Attendance:
        c.attendance(self)
        return self


class VoteEvent(Model):
    yes: Count0 | None = None
    no: Count0 | None = None
    abstain: Count0 | None = None
    absent: Count0 | None = None
    present: Count0 | None = None
    total: Count | None = None
    share: NonNegative | None = None
    base: Annotated[VoteBase, Strict(False)] | None = None

    @model_validator(mode="after")
    def _check(self) -> VoteEvent:
        c.vote_event(self)
        return self


class Paper(Model):
    kind: Annotated[DocumentKind, Strict(False)]
    title: Line | None = None
    title_en: Line | None = None
    draft: bool = False
    count: Count | None = None
    presented_by: Slug | None = None

    @model_validator(mode="after")
    def _check(self) -> Paper:
        c.paper(self)
        return self


class AgendaItem(Model):
    title: Line
    title_en: Line | None = None
    number: Count | None = None
    documents: Slugs = ()
    papers: Annotated[tuple[Paper, ...], Strict(False)] = ()
    outcome: Annotated[Outcome, Strict(False)] | None = None
    vote: VoteEvent | None = None


class Election(Model):
    body: Slug | None = None
    size: Count | None = None
    official: Slug | None = None
    post: Position | None = None
    method: Annotated[ElectionMethod, Strict(False)] = ElectionMethod.ELECTED  # type: ignore[attr-defined]
    reelected: bool = False
    share: NonNegative | None = None

    @model_validator(mode="after")
    def _check(self) -> Election:
        c.election(self)
        return self


class Meeting(Model):
    id: Slug
    title: Line
    organizer: Slug
    body: Slug
    date: Date | None = None
    title_en: Line | None = None
    kind: Annotated[MeetingKind, Strict(False)] | None = None
    term: Count | None = None
    term_start: Year | None = None
    term_end: Year | None = None
    session: Count | None = None
    session_type: Annotated[SessionType, Strict(False)] | None = None
    expanded: bool = False
    review: Annotated[Review, Strict(False)] | None = None
    period: Period | None = None
    status: Annotated[MeetingStatus, Strict(False)] = MeetingStatus.HELD  # type: ignore[attr-defined]
    expected: PartialDate | None = None
    end: Date | None = None
    time_of_day: Annotated[TimeOfDay, Strict(False)] | None = None
    location: Line | None = None
    format: Annotated[MeetingFormat, Strict(False)] | None = None
    sites: Count | None = None
    participants: Annotated[tuple[Participant, ...], Strict(False)] = ()
    groups: Annotated[tuple[Group, ...], Strict(False)] = ()
    attendance: Attendance | None = None
    agenda: Annotated[tuple[AgendaItem, ...], Strict(False)] = ()
    elections: Annotated[tuple[Election, ...], Strict(False)] = ()
    evidence: Evidence = ()

    @model_validator(mode="after")
    def _check(self) -> Meeting:
        c.meeting(self)
        return self


class Resolution(Model):
    id: Slug
    kind: Annotated[DocumentKind, Strict(False)]
    number: Count | None = None
    issuer: Slug
    title: Line | None = None
    title_en: Line | None = None
    symbol: Symbol | None = None
    issued: Date | None = None
    enriched: Annotated[tuple[Annotated[str, Strict()], ...], Strict(False)] = ()
    evidence: Evidence = ()
    term: Count | None = None
    co_issuers: Slugs = ()
    draft: bool = False

    @model_validator(mode="after")
    def _check(self) -> Resolution:
        c.resolution(self)
        return self


class Change(Model):
    direction: Annotated[Direction, Strict(False)]
    rate: Quantity | None = None
    baseline: Line | None = None
    baseline_en: Line | None = None
    amount: Quantity | None = None
    multiple: Exact | None = None
    baseline_period: Period | None = None

    @model_validator(mode="after")
    def _check(self) -> Change:
        c.change(self)
        return self


class Target(Model):
    kind: Annotated[TargetKind, Strict(False)]
    value: Quantity | None = None
    attainment: NonNegative | None = None
    met: bool | None = None
    note: Line | None = None
    note_en: Line | None = None
    attainment_qualifier: Annotated[Qualifier, Strict(False)] | None = None
    period: Period | None = None
    excess: Quantity | None = None
    ahead: Quantity | None = None

    @model_validator(mode="after")
    def _check(self) -> Target:
        c.target(self)
        return self


class Indicator(Model):
    id: Slug
    name: Line
    period: Period
    name_en: Line | None = None
    area: Slug | None = None
    value: Quantity | None = None
    approximate: bool = False
    change: Change | None = None
    target: Target | None = None
    evidence: Evidence = ()
    part_of: Slug | None = None

    @model_validator(mode="after")
    def _check(self) -> Indicator:
        c.indicator(self)
        return self


class Directive(Model):
    id: Slug
    text: Paragraph
    issued_by: Slug
    meeting: Slug
    summary_en: Line | None = None
    addressee: Slug | None = None
    cites: Slugs = ()
    topics: Slugs = ()
    evidence: Evidence = ()
    kind: Annotated[DirectiveKind, Strict(False)] | None = None
    addressees: Slugs = ()
    addressee_groups: Evidence = ()
    order: Count | None = None
    deadline: PartialDate | None = None

    @model_validator(mode="after")
    def _check(self) -> Directive:
        c.directive(self)
        return self


class Assessment(Model):
    id: Slug
    topic: Line
    verdict: Paragraph
    topic_en: Line | None = None
    verdict_en: Line | None = None
    trend: Annotated[Trend, Strict(False)] | None = None
    period: Period | None = None
    area: Slug | None = None
    meeting: Slug | None = None
    evidence: Evidence = ()


class Source(Model):
    text: Annotated[str, Strict(), AfterValidator(c.verbatim)]
    title: Line
    published: PartialDate
    language: Annotated[str, Strict(), AfterValidator(c.language)] = "vi"
    publisher: Line | None = None
    url: Annotated[str, Strict(), AfterValidator(c.url)] | None = None
    published_at: Timestamp | None = None
    author: Line | None = None

    @model_validator(mode="after")
    def _check(self) -> Source:
        c.source(self)
        return self


class Report(Model):
    source: Source
    organizations: Annotated[tuple[Organization, ...], Strict(False)] = ()
    officials: Annotated[tuple[Official, ...], Strict(False)] = ()
    meetings: Annotated[tuple[Meeting, ...], Strict(False)] = ()
    resolutions: Annotated[tuple[Resolution, ...], Strict(False)] = ()
    indicators: Annotated[tuple[Indicator, ...], Strict(False)] = ()
    directives: Annotated[tuple[Directive, ...], Strict(False)] = ()
    assessments: Annotated[tuple[Assessment, ...], Strict(False)] = ()

    @model_validator(mode="after")
    def _check(self) -> Report:
        c.report(self)
        return self


REPORT = TypeAdapter(Report)


def decode(data: bytes) -> Report:
    return Report.model_validate_json(data)


def encode(report: Report) -> str:
    return report.model_dump_json()


def structure(data: dict) -> Report:
    return Report.model_validate(data)


def unstructure(report: Report) -> dict:
    return report.model_dump(mode="json")
