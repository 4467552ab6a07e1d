"""Strategies for meetings and what happens at them: people, groups, agendas, votes, elections."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from hypothesis import strategies as st

from govreport._meetings import (
    AgendaItem,
    Attendance,
    Election,
    ElectionMethod,
    Group,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Outcome,
    Paper,
    Participant,
    ParticipantRole,
    Position,
    Review,
    SessionType,
    VoteBase,
    VoteEvent,
)
from govreport._values import DocumentKind, PartialDate, Period
from govreport.vietnamese import to_roman

from . import _vocabulary as vocab
from ._draws import (
    _BODY,
    _DATE,
    _IDS,
    _ROLE,
    _SESSION,
    _TERM,
    _TIME,
    _TITLE,
    Pool,
    _check_ids,
    _evidence,
    _Flags,
    _many,
    _maybe,
    _optional_ref,
    _Quotes,
    _quotes_for,
    _ref,
    _required,
    _some,
)

__all__ = [
    "agenda_items",
    "attendances",
    "elections",
    "groups",
    "meetings",
    "papers",
    "participants",
    "vote_events",
]

_ROLES = st.lists(st.sampled_from(tuple(ParticipantRole)), max_size=3, unique=True).map(tuple)
_KINDS = st.sampled_from(tuple(MeetingKind))
_SESSION_TYPES = st.sampled_from(tuple(SessionType))
_REVIEWS = st.sampled_from(tuple(Review))
_STATUSES = st.sampled_from(tuple(MeetingStatus))
_FORMATS = st.sampled_from(tuple(MeetingFormat))
_OUTCOMES = st.sampled_from(tuple(Outcome))
_VOTE_BASES = st.sampled_from(tuple(VoteBase))
_PAPER_KINDS = st.sampled_from(
    (DocumentKind.REPORT, DocumentKind.SUBMISSION, DocumentKind.RESOLUTION, DocumentKind.PROGRAM)
)
_COUNT = st.integers(1, 500)
_SMALL = st.integers(1, 60)
_DAYS = st.integers(1, 4)
_TERM_START = st.integers(2000, 2030)
_SHARE = st.integers(0, 100_00).map(lambda hundredths: Decimal(hundredths).scaleb(-2))
_MONTH = st.integers(1, 12)
_YEAR = st.integers(2000, 2030)
_FEW = st.integers(0, 5)
_SOME = st.integers(0, 20)
_MORE_DELEGATES = st.integers(0, 30)
_BOOL = st.booleans()
_GROUP = st.sampled_from(
    vocab.pairs("""
    bí thư Đảng ủy các phường = ward Party secretaries
    đại biểu Hội đồng nhân dân quận = district People's Council delegates
    các Phó Chủ tịch Ủy ban nhân dân huyện = the district People's Committee vice chairs
    lãnh đạo các sở, ban, ngành = heads of departments and agencies
    đại biểu chính thức = official delegates
    """)
)
_AGENDA = st.sampled_from(
    vocab.pairs("""
    Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm = the half-year socio-economic report
    Tờ trình về điều chỉnh dự toán ngân sách = the submission on adjusting the budget estimate
    Dự thảo Nghị quyết về chương trình giám sát = the draft resolution on the supervision plan
    Công tác cán bộ = personnel work
    Chất vấn và trả lời chất vấn = questions and answers
    """)
)
_LOCATION = st.sampled_from(
    vocab.words("""
    Hội trường Trung tâm Hành chính quận
    Trung tâm Hội nghị tỉnh
    Hội trường Ủy ban nhân dân huyện
    """)
)


def participants(*, official_ids: Sequence[str] | None = None) -> st.SearchStrategy[Participant]:
    """An official's part in a meeting ("Chủ trì", "Đến dự và phát biểu chỉ đạo")."""
    return _participants(_required("official_ids", official_ids))


@st.composite
def _participants(draw: st.DrawFn, officials: Pool) -> Participant:
    return _draw_participant(draw, _Flags(draw), _ref(draw, officials))


def _draw_participant(draw: st.DrawFn, flag: _Flags, official: str) -> Participant:
    role, role_en = draw(_ROLE)
    roles = draw(_ROLES) if flag() else ()
    return Participant(official=official, role=role, role_en=_maybe(flag, role_en), roles=roles)


@st.composite
def groups(draw: st.DrawFn) -> Group:
    """Attendees named only as a group: "bí thư Đảng ủy các phường", "268 đại biểu"."""
    flag = _Flags(draw)
    name, name_en = draw(_GROUP)
    count = draw(_COUNT) if flag() else None
    roles = draw(_ROLES) if flag() else ()
    return Group(name=name, name_en=_maybe(flag, name_en), count=count, roles=roles)


@st.composite
def attendances(draw: st.DrawFn) -> Attendance:
    """Delegates present, of a total where given: "77/86 đại biểu"."""
    present = draw(_COUNT)
    total = present + draw(_MORE_DELEGATES) if draw(_BOOL) else None
    return Attendance(present=present, total=total)


@st.composite
def vote_events(draw: st.DrawFn) -> VoteEvent:
    """Votes with consistent counts, or only a share in favour ("100% đại biểu có mặt")."""
    flag = _Flags(draw)
    if flag():
        share = draw(_SHARE)
        return VoteEvent(share=share, base=draw(_VOTE_BASES) if flag() else None)
    yes, no, abstain = draw(_COUNT), draw(_SOME), draw(_SOME)
    present = yes + no + abstain + draw(_FEW)
    absent = draw(_SOME)
    return VoteEvent(
        yes=yes,
        no=_maybe(flag, no),
        abstain=_maybe(flag, abstain),
        absent=_maybe(flag, absent),
        present=_maybe(flag, present),
        total=_maybe(flag, present + absent),
    )


_VOTE_EVENTS = vote_events()
_GROUPS = groups()
_ATTENDANCES = attendances()


def papers(*, presenter_ids: Sequence[str] | None = None) -> st.SearchStrategy[Paper]:
    """Papers an agenda item considered: reports, submissions (tờ trình), drafts, or a count."""
    return _papers(_check_ids("presenter_ids", presenter_ids))


@st.composite
def _papers(draw: st.DrawFn, presenters: Pool) -> Paper:
    return _draw_paper(draw, presenters)


def _draw_paper(draw: st.DrawFn, presenters: Pool) -> Paper:
    flag = _Flags(draw)
    kind = draw(_PAPER_KINDS)
    title, title_en = draw(_AGENDA)
    counted = flag()
    return Paper(
        kind=kind,
        title=None if counted and flag() else title,
        title_en=None if counted else _maybe(flag, title_en),
        draft=flag(),
        count=draw(_SMALL) if counted else None,
        presented_by=_optional_ref(draw, flag, presenters),
    )


def agenda_items(
    *, resolution_ids: Sequence[str] | None = None, presenter_ids: Sequence[str] | None = None
) -> st.SearchStrategy[AgendaItem]:
    """Agenda items with their documents (among *resolution_ids*), papers, outcome and vote."""
    return _agenda_items(
        _check_ids("resolution_ids", resolution_ids), _check_ids("presenter_ids", presenter_ids)
    )


@st.composite
def _agenda_items(draw: st.DrawFn, documents: Pool, presenters: Pool) -> AgendaItem:
    return _draw_agenda_item(draw, None, documents, presenters)


def _draw_agenda_item(
    draw: st.DrawFn, number: int | None, documents: Pool, presenters: Pool
) -> AgendaItem:
    flag = _Flags(draw)
    title, title_en = draw(_AGENDA)
    return AgendaItem(
        title=title,
        title_en=_maybe(flag, title_en),
        number=number,
        documents=_some(draw, documents, 3),
        papers=tuple(_many(draw, 0, 2, lambda: _draw_paper(draw, presenters))),
        outcome=draw(_OUTCOMES) if flag() else None,
        vote=draw(_VOTE_EVENTS) if flag() else None,
    )


def elections(
    *, organization_ids: Sequence[str] | None = None, official_ids: Sequence[str] | None = None
) -> st.SearchStrategy[Election]:
    """Elections: a body and its size, or an official to a post, with the vote share."""
    return _elections(
        _required("organization_ids", organization_ids), _check_ids("official_ids", official_ids)
    )


@st.composite
def _elections(draw: st.DrawFn, organizations: Pool, officials: Pool) -> Election:
    return _draw_election(draw, organizations, officials)


def _draw_election(draw: st.DrawFn, organizations: Pool, officials: Pool) -> Election:
    flag = _Flags(draw)
    appointed = flag()
    share = None if appointed or not flag() else draw(_SHARE)
    if officials != () and flag():
        title, title_en = draw(_TITLE)
        post = Position(title=title, organization=_ref(draw, organizations), title_en=title_en)
        return Election(
            official=_ref(draw, officials),
            post=post,
            method=ElectionMethod.APPOINTED if appointed else ElectionMethod.ELECTED,
            reelected=flag(),
            share=share,
        )
    size = draw(_SMALL) if flag() else None
    return Election(body=_ref(draw, organizations), size=size, share=share)


def _term(draw: st.DrawFn, flag: _Flags) -> tuple[int | None, int | None, int | None]:
    """A term number ("khóa XII") and its years ("nhiệm kỳ 2020–2025"), each maybe."""
    number = draw(_TERM) if flag() else None
    if not flag():
        return number, None, None
    start = draw(_TERM_START)
    return number, start, start + 5


def meetings(
    *,
    organization_ids: Sequence[str] | None = None,
    official_ids: Sequence[str] | None = None,
    resolution_ids: Sequence[str] | None = None,
    source_text: str | None = None,
) -> st.SearchStrategy[Meeting]:
    """Meetings such as "Hội nghị Ban Chấp hành Đảng bộ quận khóa XII, lần thứ 17 (mở rộng)".

    Of every kind, with their terms, sessions, days, places, participants,
    groups, attendance, agendas, votes and elections.  `organizer` and `body`
    are among *organization_ids*, participants (each official once) and those
    elected among *official_ids*, agenda documents among *resolution_ids*;
    None means arbitrary slugs.  Evidence quotes are cut from *source_text*.
    """
    return _meetings(
        _required("organization_ids", organization_ids),
        _check_ids("official_ids", official_ids),
        _check_ids("resolution_ids", resolution_ids),
        _quotes_for(source_text),
    )


@st.composite
def _meetings(
    draw: st.DrawFn, organizations: Pool, officials: Pool, documents: Pool, quotes: _Quotes
) -> Meeting:
    return _draw_meeting(draw, organizations, officials, quotes, documents)


def _draw_meeting(
    draw: st.DrawFn,
    organizations: Pool,
    officials: Pool,
    quotes: _Quotes | None,
    documents: Pool = (),
) -> Meeting:
    flag = _Flags(draw)
    body, body_en = draw(_BODY)
    term, term_start, term_end = _term(draw, flag)
    session = draw(_SESSION) if flag() else None
    expanded = flag()
    title, title_en = f"Hội nghị {body}", f"Meeting of {body_en}"
    if term is not None:
        title += f" khóa {to_roman(term)}"
        title_en += f", term {term}"
    if session is not None:
        title += f", lần thứ {session}"
        title_en += f", session {session}"
    if expanded:
        title += " (mở rộng)"
        title_en += " (expanded)"
    status = draw(_STATUSES) if flag() else MeetingStatus.HELD
    date: dt.date | None = draw(_DATE)
    expected = None
    if status is MeetingStatus.PLANNED and flag():
        assert date is not None  # noqa: S101 -- just drawn
        expected = PartialDate(year=date.year, month=date.month if flag() else None)
        date = None
    end = None
    if date is not None and flag():
        end = min(date + dt.timedelta(days=draw(_DAYS)), dt.date(9999, 12, 31))
        end = None if end == date else end
    meeting_format = draw(_FORMATS) if flag() else None
    remote = meeting_format in (MeetingFormat.ONLINE, MeetingFormat.HYBRID)
    presenters = None if officials is None or organizations is None else officials + organizations
    return Meeting(
        id=draw(_IDS),
        title=unicodedata.normalize("NFC", title),
        title_en=_maybe(flag, title_en),
        organizer=_ref(draw, organizations),
        body=_ref(draw, organizations),
        date=date,
        kind=draw(_KINDS) if flag() else None,
        term=term,
        term_start=term_start,
        term_end=term_end,
        session=session,
        session_type=draw(_SESSION_TYPES) if flag() else None,
        expanded=expanded,
        review=draw(_REVIEWS) if flag() else None,
        period=_month(draw) if flag() else None,
        status=status,
        expected=expected,
        end=end,
        time_of_day=draw(_TIME) if flag() else None,
        location=draw(_LOCATION) if flag() else None,
        format=meeting_format,
        sites=draw(_SMALL) if remote and flag() else None,
        participants=tuple(_draw_participant(draw, flag, who) for who in _some(draw, officials, 4)),
        groups=tuple(_many(draw, 0, 2, lambda: draw(_GROUPS))),
        attendance=draw(_ATTENDANCES) if flag() else None,
        agenda=_agenda(draw, flag, documents, presenters),
        elections=tuple(_many(draw, 0, 2, lambda: _draw_election(draw, organizations, officials))),
        evidence=_evidence(draw, quotes),
    )


def _agenda(
    draw: st.DrawFn, flag: _Flags, documents: Pool, presenters: Pool
) -> tuple[AgendaItem, ...]:
    numbered = flag()
    count = len(_many(draw, 0, 3, lambda: None))
    return tuple(
        _draw_agenda_item(draw, index + 1 if numbered else None, documents, presenters)
        for index in range(count)
    )


def _month(draw: st.DrawFn) -> Period:
    """The month a regular meeting is named after ("phiên họp thường kỳ tháng 11")."""
    year, month = draw(_YEAR), draw(_MONTH)
    first = dt.date(year, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return Period(start=first, end=last)
