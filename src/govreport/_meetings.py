"""Meetings and what happens at them: who took part, the agenda, votes and elections.

The names follow the open standards civic-data people know: OParl's meeting
(start, end, location), agenda item (number, name, result, papers) and paper;
Popolo's vote event with its counts of yes, no, abstain and absent.
"""

import datetime as dt
import enum
from decimal import Decimal

import attrs

from . import _validators as v
from ._errors import ValidationError
from ._model import AllOf, AnyOf, Not, OneOf, Present, Requires, record
from ._values import DocumentKind, PartialDate, Period, TimeOfDay

__all__ = [
    "TERM_RULES",
    "AgendaItem",
    "Attendance",
    "Election",
    "ElectionMethod",
    "Group",
    "Meeting",
    "MeetingFormat",
    "MeetingKind",
    "MeetingStatus",
    "Outcome",
    "Paper",
    "Participant",
    "ParticipantRole",
    "Position",
    "Review",
    "SessionType",
    "VoteBase",
    "VoteEvent",
    "check_term",
]


class _Worded(enum.Enum):
    """An enum whose members know the Vietnamese words reports use for them."""

    @property
    def vietnamese(self) -> str:
        """The Vietnamese words for this member, as reports write them."""
        return _WORDS[self]


class MeetingKind(_Worded):
    """What kind of meeting it is; the body that meets is the meeting's `body`."""

    CONFERENCE = "conference"
    """A conference of a Party executive committee (hội nghị Ban Chấp hành)."""
    STANDING = "standing"
    """A meeting of a standing committee or standing body (Ban Thường vụ, Thường trực HĐND)."""
    COUNCIL_SESSION = "council_session"
    """A session of a People's Council (kỳ họp Hội đồng nhân dân)."""
    COMMITTEE_MEETING = "committee_meeting"
    """A meeting of a People's Committee (phiên họp Ủy ban nhân dân)."""
    CONGRESS = "congress"
    """A Party congress (Đại hội đại biểu Đảng bộ)."""
    REVIEW = "review"
    """A review conference of a programme or a period (hội nghị sơ kết, tổng kết)."""
    OTHER = "other"
    """Any other meeting (hội nghị, buổi làm việc)."""


class SessionType(_Worded):
    """A session's type: regular, thematic or extraordinary."""

    REGULAR = "regular"
    """A regular session or meeting (thường lệ, thường kỳ)."""
    THEMATIC = "thematic"
    """A thematic session (chuyên đề)."""
    EXTRAORDINARY = "extraordinary"
    """An extraordinary session (bất thường)."""


class Review(_Worded):
    """Whether a meeting reviews a period or a programme part-way or at its end."""

    INTERIM = "interim"
    """Sơ kết: part-way, such as the first six months."""
    FINAL = "final"
    """Tổng kết: at the end of a year, a term or a programme."""


class MeetingStatus(_Worded):
    """Where the meeting stood when the report was written."""

    PLANNED = "planned"
    """Announced for a later date (dự kiến, sẽ tổ chức); the date may be unknown."""
    OPENED = "opened"
    """Opened (khai mạc) and still going on."""
    CLOSED = "closed"
    """Closed (bế mạc) at the end of its last day."""
    HELD = "held"
    """Held: the report tells of it afterwards."""


class MeetingFormat(_Worded):
    """How people met: in person, online, or both."""

    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"
    """In person at the main site, online with the others (trực tiếp kết hợp trực tuyến)."""


class ParticipantRole(_Worded):
    """A typed part in a meeting, beside the role as the source words it."""

    CHAIR = "chair"
    PRESENTER = "presenter"
    ATTENDEE = "attendee"
    GUEST = "guest"
    DIRECTING = "directing"
    """Giving directions (phát biểu chỉ đạo)."""
    SPEAKER = "speaker"


class Outcome(_Worded):
    """What a meeting did with an agenda item (OParl's result)."""

    DISCUSSED = "discussed"
    COMMENTED = "commented"
    """Commented on (cho ý kiến): a draft went back to its authors."""
    APPROVED = "approved"
    """Approved or ratified (phê duyệt, phê chuẩn)."""
    ADOPTED = "adopted"
    """Adopted (thông qua), as a resolution is."""
    REJECTED = "rejected"
    POSTPONED = "postponed"


class VoteBase(_Worded):
    """What a vote's share is a share of."""

    PRESENT = "present"
    """Of the delegates present (đại biểu có mặt)."""
    TOTAL = "total"
    """Of all delegates (tổng số đại biểu)."""
    VALID = "valid"
    """Of the valid ballots (phiếu hợp lệ)."""


class ElectionMethod(_Worded):
    """How a post was filled."""

    ELECTED = "elected"
    APPOINTED = "appointed"
    """Appointed by a higher body (chỉ định), with no vote."""


_REMOTE = (MeetingFormat.ONLINE, MeetingFormat.HYBRID)

_WORDS: dict[enum.Enum, str] = {
    MeetingKind.CONFERENCE: "hội nghị Ban Chấp hành",
    MeetingKind.STANDING: "hội nghị Ban Thường vụ",
    MeetingKind.COUNCIL_SESSION: "kỳ họp",
    MeetingKind.COMMITTEE_MEETING: "phiên họp",
    MeetingKind.CONGRESS: "đại hội",
    MeetingKind.REVIEW: "hội nghị tổng kết",
    MeetingKind.OTHER: "hội nghị",
    SessionType.REGULAR: "thường lệ",
    SessionType.THEMATIC: "chuyên đề",
    SessionType.EXTRAORDINARY: "bất thường",
    Review.INTERIM: "sơ kết",
    Review.FINAL: "tổng kết",
    MeetingStatus.PLANNED: "dự kiến",
    MeetingStatus.OPENED: "khai mạc",
    MeetingStatus.CLOSED: "bế mạc",
    MeetingStatus.HELD: "đã diễn ra",
    MeetingFormat.IN_PERSON: "trực tiếp",
    MeetingFormat.ONLINE: "trực tuyến",
    MeetingFormat.HYBRID: "trực tiếp kết hợp trực tuyến",
    ParticipantRole.CHAIR: "chủ trì",
    ParticipantRole.PRESENTER: "trình bày",
    ParticipantRole.ATTENDEE: "dự",
    ParticipantRole.GUEST: "khách mời",
    ParticipantRole.DIRECTING: "phát biểu chỉ đạo",
    ParticipantRole.SPEAKER: "phát biểu",
    Outcome.DISCUSSED: "thảo luận",
    Outcome.COMMENTED: "cho ý kiến",
    Outcome.APPROVED: "phê duyệt",
    Outcome.ADOPTED: "thông qua",
    Outcome.REJECTED: "không thông qua",
    Outcome.POSTPONED: "hoãn",
    VoteBase.PRESENT: "đại biểu có mặt",
    VoteBase.TOTAL: "tổng số đại biểu",
    VoteBase.VALID: "phiếu hợp lệ",
    ElectionMethod.ELECTED: "bầu",
    ElectionMethod.APPOINTED: "chỉ định",
}


def _fail(path: str, message: str) -> None:
    raise ValidationError.at(path, message)


# A term's years come together ("nhiệm kỳ 2021–2026").
TERM_RULES = (
    Requires(
        Present("term_end"),
        when=Present("term_start"),
        at="$.term_end",
        message="term_start and term_end come together",
    ),
    Requires(
        Present("term_start"),
        when=Present("term_end"),
        at="$.term_start",
        message="term_start and term_end come together",
    ),
)


def check_term(record: object) -> None:
    """A term's first year is not after its last."""
    start: int | None = getattr(record, "term_start")  # noqa: B009 -- any record with a term
    end: int | None = getattr(record, "term_end")  # noqa: B009
    if start is not None and end is not None and start > end:
        _fail("$.term_end", f"term_end must not be before term_start, got {start} to {end}")


def _unique_enums(name: str, members: tuple[enum.Enum, ...]) -> None:
    for index, member in enumerate(members):
        if member in members[:index]:
            _fail(f"$.{name}[{index}]", f"repeats {member.value!r}")


_PERCENT = Decimal(100)


def _term_year() -> v.Validator:
    """A term's first or last year ("nhiệm kỳ 2021–2026")."""
    return v.integer(optional=True, minimum=1000, maximum=2999)


@record(kw_only=True)
class Participant:
    """An official's part in a meeting, e.g. chairing it, or attending and giving directions.

    `role` is the part as the source words it; `roles` says it in types.
    """

    official: str = attrs.field(validator=v.slug())
    role: str = attrs.field(converter=v.nfc, validator=v.text())
    role_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    roles: tuple[ParticipantRole, ...] = attrs.field(
        default=(), validator=v.instances(ParticipantRole)
    )

    def __attrs_post_init__(self) -> None:
        _unique_enums("roles", self.roles)


@record(kw_only=True)
class Group:
    """People a report names only as a group: "bí thư Đảng ủy 20 phường", "268 đại biểu".

    `name` is the group as the source words it; `count` is how many people it
    holds, where the source says.  A group is never a person: use it rather
    than an `Official` whose "name" is a description.
    """

    name: str = attrs.field(converter=v.nfc, validator=v.text())
    name_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    count: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    roles: tuple[ParticipantRole, ...] = attrs.field(
        default=(), validator=v.instances(ParticipantRole)
    )

    def __attrs_post_init__(self) -> None:
        _unique_enums("roles", self.roles)


@record(kw_only=True)
class Attendance:
    """How many delegates were present, of how many: "77/86 đại biểu có mặt"."""

    present: int = attrs.field(validator=v.integer(minimum=0))
    total: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))

    def __attrs_post_init__(self) -> None:
        if self.total is not None and self.present > self.total:
            _fail("$.present", f"present {self.present} is more than the total {self.total}")


_VOTE_FIGURES = ("yes", "no", "abstain", "absent", "present", "total", "share")


@record(kw_only=True)
class VoteEvent:
    """A vote on an item: Popolo's counts (yes, no, abstain, absent), present, total, share.

    `share` is the percentage in favour where a report gives only that ("100%
    đại biểu có mặt tán thành" is ``share=Decimal(100)``, ``base=VoteBase.PRESENT``).
    """

    yes: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=0))
    no: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=0))
    abstain: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=0))
    absent: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=0))
    present: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=0))
    total: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    share: Decimal | None = attrs.field(
        default=None, validator=v.decimal(optional=True, nonnegative=True), eq=v.decimal_key
    )
    base: VoteBase | None = attrs.field(default=None, validator=v.instance(VoteBase, optional=True))

    __rules__ = (
        Requires(
            AnyOf(*(Present(name) for name in _VOTE_FIGURES)),
            at="$.yes",
            message="a vote needs a count or a share",
        ),
        Requires(
            Present("share"),
            when=Present("base"),
            at="$.base",
            message="base is what a share is of; there is no share",
        ),
    )

    def __attrs_post_init__(self) -> None:
        if self.share is not None and self.share > _PERCENT:
            _fail("$.share", f"share is a percentage, at most 100, got {self.share}")
        cast = sum(n for n in (self.yes, self.no, self.abstain) if n is not None)
        if self.present is not None and cast > self.present:
            _fail("$.present", f"{cast} votes cast, more than the {self.present} present")
        if self.total is not None:
            counted = cast + (self.absent or 0)
            if self.present is not None:
                counted = self.present + (self.absent or 0)
            if counted > self.total:
                _fail("$.total", f"{counted} delegates counted, more than the total {self.total}")

    def counts(self) -> tuple[tuple[str, int], ...]:
        """Popolo's counts: (option, value) pairs for the options given."""
        options = (("yes", self.yes), ("no", self.no), ("abstain", self.abstain))
        pairs = (*options, ("absent", self.absent))
        return tuple((option, value) for option, value in pairs if value is not None)


@record(kw_only=True)
class Paper:
    """A paper an agenda item considered that is not a record of its own (OParl's Paper).

    A report, a submission (tờ trình), a draft: its `kind`, its title if given,
    or only how many there were ("04 tờ trình", "thông qua 34 nghị quyết").
    `presented_by` is the id of the official or body that presented it.
    """

    kind: DocumentKind = attrs.field(validator=v.instance(DocumentKind))
    title: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    title_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    draft: bool = attrs.field(default=False, validator=v.boolean())
    count: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    presented_by: str | None = attrs.field(default=None, validator=v.slug(optional=True))

    __rules__ = (
        Requires(
            AnyOf(Present("title"), Present("count")),
            at="$.title",
            message="a paper needs a title or a count",
        ),
    )


@record(kw_only=True)
class AgendaItem:
    """An item on a meeting's agenda, the papers it considered and what came of it.

    `documents` are ids of the report's documents (`Resolution` records) the
    item considered; `papers` are those that have no record of their own.
    """

    title: str = attrs.field(converter=v.nfc, validator=v.text())
    title_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    number: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    documents: tuple[str, ...] = attrs.field(default=(), validator=v.slugs())
    papers: tuple[Paper, ...] = attrs.field(default=(), validator=v.instances(Paper))
    outcome: Outcome | None = attrs.field(
        default=None, validator=v.instance(Outcome, optional=True)
    )
    vote: VoteEvent | None = attrs.field(
        default=None, validator=v.instance(VoteEvent, optional=True)
    )


@record(kw_only=True)
class Position:
    """A post an official holds: its title, the organization it is in, and its term.

    "Bí thư Quận ủy khóa XI" is ``term=11``; "nhiệm kỳ 2020–2025" is
    ``term_start=2020, term_end=2025``.
    """

    title: str = attrs.field(converter=v.nfc, validator=v.text())
    organization: str = attrs.field(validator=v.slug())
    title_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    term: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    term_start: int | None = attrs.field(default=None, validator=_term_year())
    term_end: int | None = attrs.field(default=None, validator=_term_year())

    __rules__ = TERM_RULES

    def __attrs_post_init__(self) -> None:
        check_term(self)


@record(kw_only=True)
class Election:
    """An election at a meeting: a body and its size, or a person to a post, and the vote.

    "Bầu Ban Chấp hành gồm 41 đồng chí" is ``body`` and ``size``; "tái cử Bí thư
    Quận ủy với tỷ lệ phiếu đạt 99,63%" is ``official``, ``post``, ``share``
    and ``reelected``.  A post filled by appointment (chỉ định) has no vote.
    """

    body: str | None = attrs.field(default=None, validator=v.slug(optional=True))
    size: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    official: str | None = attrs.field(default=None, validator=v.slug(optional=True))
    post: Position | None = attrs.field(default=None, validator=v.instance(Position, optional=True))
    method: ElectionMethod = attrs.field(
        default=ElectionMethod.ELECTED, validator=v.instance(ElectionMethod)
    )
    reelected: bool = attrs.field(default=False, validator=v.boolean())
    share: Decimal | None = attrs.field(
        default=None, validator=v.decimal(optional=True, nonnegative=True), eq=v.decimal_key
    )

    __rules__ = (
        Requires(
            AnyOf(Present("body"), Present("post")),
            at="$.body",
            message="an election fills a body or a post",
        ),
        Requires(
            Present("body"),
            when=Present("size"),
            at="$.size",
            message="size is the size of the body elected; there is no body",
        ),
        Requires(
            Present("post"),
            when=Present("official"),
            at="$.post",
            message="an official is elected to a post; there is none",
        ),
        Requires(
            Not(AllOf(Present("method"), OneOf("method", values=(ElectionMethod.APPOINTED,)))),
            when=Present("share"),
            at="$.share",
            message="an appointment has no vote share",
        ),
    )

    def __attrs_post_init__(self) -> None:
        if self.share is not None and self.share > _PERCENT:
            _fail("$.share", f"share is a percentage, at most 100, got {self.share}")


@record(kw_only=True)
class Meeting:
    """A meeting: who organised it, which body met, its term and session, when and where.

    `date` is its first day, `end` its last where it took several; a meeting
    announced for later (status PLANNED) may have no `date`, and an `expected`
    month or year instead ("cuối tháng 6" is ``expected=PartialDate(year=...,
    month=6)``).  `period` is what a regular meeting is named after ("phiên họp
    thường kỳ tháng 11" is November).  `groups` are attendees named only as
    groups; `agenda` the items it took up, with their papers, outcomes and
    votes; `elections` what a congress or conference elected.
    """

    id: str = attrs.field(validator=v.slug())
    title: str = attrs.field(converter=v.nfc, validator=v.text())
    organizer: str = attrs.field(validator=v.slug())
    body: str = attrs.field(validator=v.slug())
    date: dt.date | None = attrs.field(default=None, validator=v.date(optional=True))
    title_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    kind: MeetingKind | None = attrs.field(
        default=None, validator=v.instance(MeetingKind, optional=True)
    )
    term: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    term_start: int | None = attrs.field(default=None, validator=_term_year())
    term_end: int | None = attrs.field(default=None, validator=_term_year())
    session: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    session_type: SessionType | None = attrs.field(
        default=None, validator=v.instance(SessionType, optional=True)
    )
    expanded: bool = attrs.field(default=False, validator=v.boolean())
    review: Review | None = attrs.field(default=None, validator=v.instance(Review, optional=True))
    period: Period | None = attrs.field(default=None, validator=v.instance(Period, optional=True))
    status: MeetingStatus = attrs.field(
        default=MeetingStatus.HELD, validator=v.instance(MeetingStatus)
    )
    expected: PartialDate | None = attrs.field(
        default=None, validator=v.instance(PartialDate, optional=True)
    )
    end: dt.date | None = attrs.field(default=None, validator=v.date(optional=True))
    time_of_day: TimeOfDay | None = attrs.field(
        default=None, validator=v.instance(TimeOfDay, optional=True)
    )
    location: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    format: MeetingFormat | None = attrs.field(
        default=None, validator=v.instance(MeetingFormat, optional=True)
    )
    sites: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    participants: tuple[Participant, ...] = attrs.field(
        default=(), validator=v.instances(Participant)
    )
    groups: tuple[Group, ...] = attrs.field(default=(), validator=v.instances(Group))
    attendance: Attendance | None = attrs.field(
        default=None, validator=v.instance(Attendance, optional=True)
    )
    agenda: tuple[AgendaItem, ...] = attrs.field(default=(), validator=v.instances(AgendaItem))
    elections: tuple[Election, ...] = attrs.field(default=(), validator=v.instances(Election))
    evidence: tuple[str, ...] = attrs.field(default=(), converter=v.nfc_tuple, validator=v.texts())

    __rules__ = (
        Requires(
            Present("date"),
            when=Not(AllOf(Present("status"), OneOf("status", values=(MeetingStatus.PLANNED,)))),
            at="$.date",
            message="a meeting {self.status.value} needs a date",
        ),
        Requires(
            Present("date"),
            when=Present("end"),
            at="$.end",
            message="an end needs a date to start from",
        ),
        Requires(
            Not(Present("date")),
            when=Present("expected"),
            at="$.expected",
            message="expected is for a meeting whose date is not known",
        ),
        Requires(
            AllOf(Present("format"), OneOf("format", values=_REMOTE)),
            when=Present("sites"),
            at="$.sites",
            message="connected sites need an online or hybrid format",
        ),
        *TERM_RULES,
    )

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for index, participant in enumerate(self.participants):
            if participant.official in seen:
                msg = f"{participant.official!r} is listed twice"
                raise ValidationError.at(f"$.participants[{index}].official", msg)
            seen.add(participant.official)
        check_term(self)
        if self.date is not None and self.end is not None and self.end <= self.date:
            _fail("$.end", f"end must be after the first day, got {self.date} to {self.end}")
        numbers: set[int] = set()
        for index, item in enumerate(self.agenda):
            if item.number is not None:
                if item.number in numbers:
                    _fail(f"$.agenda[{index}].number", f"agenda item {item.number} is listed twice")
                numbers.add(item.number)

    @property
    def days(self) -> int | None:
        """How many days the meeting took, both ends counted; None without a date."""
        if self.date is None:
            return None
        return 1 if self.end is None else (self.end - self.date).days + 1

    @property
    def chairs(self) -> tuple[str, ...]:
        """The ids of the officials who chaired the meeting, in order."""
        chair = ParticipantRole.CHAIR
        return tuple(p.official for p in self.participants if chair in p.roles)
