"""Meetings of every kind: their fields, their rules, and the references inside them."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings

import govreport
from govreport import (
    AgendaItem,
    Attendance,
    Election,
    ElectionMethod,
    Group,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Official,
    Organization,
    Outcome,
    Paper,
    Participant,
    ParticipantRole,
    Position,
    Report,
    Resolution,
    Source,
    ValidationError,
    VoteBase,
    VoteEvent,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from govreport import strategies as gst
from govreport._values import DocumentKind, PartialDate

jsonschema = pytest.importorskip("jsonschema")

ORG = {"organizer": "hdnd", "body": "hdnd"}


def meeting(**fields: object) -> Meeting:
    base: dict[str, object] = {"id": "ky-hop", "title": "Kỳ họp thứ 2", **ORG}
    base.setdefault("date", dt.date(2021, 7, 20))
    base.update(fields)
    return Meeting(**base)  # type: ignore[arg-type]


def message(error: pytest.ExceptionInfo[ValidationError]) -> tuple[str, ...]:
    return tuple(item.path for item in error.value.errors)


# -- dates and status --------------------------------------------------------------


def test_a_session_of_two_days_keeps_date_as_its_first_day():
    session = meeting(end=dt.date(2021, 7, 21))
    assert session.date == dt.date(2021, 7, 20)
    assert session.days == 2
    assert meeting().days == 1


def test_the_end_comes_after_the_first_day():
    with pytest.raises(ValidationError, match="end must be after") as error:
        meeting(end=dt.date(2021, 7, 20))
    assert message(error) == ("$.end",)


def test_a_planned_meeting_may_have_no_date_or_an_expected_month():
    planned = meeting(date=None, status=MeetingStatus.PLANNED)
    assert planned.days is None
    month = meeting(
        date=None, status=MeetingStatus.PLANNED, expected=PartialDate(year=2018, month=6)
    )
    assert str(month.expected) == "2018-06"


@pytest.mark.parametrize("status", [MeetingStatus.HELD, MeetingStatus.OPENED, MeetingStatus.CLOSED])
def test_a_meeting_that_took_place_needs_a_date(status):
    with pytest.raises(ValidationError, match=f"a meeting {status.value} needs a date"):
        meeting(date=None, status=status)


def test_expected_is_only_for_a_meeting_without_a_date():
    with pytest.raises(ValidationError) as error:
        meeting(status=MeetingStatus.PLANNED, expected=PartialDate(year=2021))
    assert message(error) == ("$.expected",)
    with pytest.raises(ValidationError) as error:
        meeting(date=None, status=MeetingStatus.PLANNED, end=dt.date(2021, 1, 2))
    assert message(error) == ("$.end",)


def test_a_meeting_written_by_0_1_loads_as_held():
    data = {"id": "m", "title": "Hội nghị", **ORG, "date": "2023-07-13"}
    loaded = from_dict(Meeting, data)
    assert loaded.status is MeetingStatus.HELD
    assert loaded.date == dt.date(2023, 7, 13)
    with pytest.raises(ValidationError, match="needs a date"):
        from_dict(Meeting, {"id": "m", "title": "Hội nghị", **ORG})


# -- terms, format, participants ----------------------------------------------------


def test_term_years_come_together_and_in_order():
    assert meeting(term=20, term_start=2021, term_end=2026).term_end == 2026
    with pytest.raises(ValidationError) as error:
        meeting(term_start=2021)
    assert message(error) == ("$.term_end",)
    with pytest.raises(ValidationError) as error:
        Position(title="Bí thư", organization="quan-uy", term_end=2025)
    assert message(error) == ("$.term_start",)
    with pytest.raises(ValidationError, match="must not be before"):
        Organization(id="hdnd", name="HĐND quận", term_start=2026, term_end=2021)


def test_connected_sites_need_an_online_format():
    assert meeting(format=MeetingFormat.HYBRID, sites=20).sites == 20
    with pytest.raises(ValidationError) as error:
        meeting(format=MeetingFormat.IN_PERSON, sites=3)
    assert message(error) == ("$.sites",)


def test_several_chairs_and_typed_roles():
    people = (
        Participant(official="a", role="Chủ trì", roles=(ParticipantRole.CHAIR,)),
        Participant(official="b", role="Đồng chủ trì", roles=(ParticipantRole.CHAIR,)),
        Participant(official="c", role="Dự và phát biểu chỉ đạo", roles=(ParticipantRole.GUEST,)),
    )
    assert meeting(participants=people).chairs == ("a", "b")
    with pytest.raises(ValidationError, match="repeats 'chair'") as error:
        Participant(official="a", role="Chủ trì", roles=(ParticipantRole.CHAIR,) * 2)
    assert message(error) == ("$.roles[1]",)


@pytest.mark.parametrize(
    "name",
    ["các Phó Chủ tịch UBND huyện", "Các đồng chí Ủy viên", "những đại biểu", "268 đại biểu"],
)
def test_an_official_cannot_be_a_group_of_people(name):
    with pytest.raises(ValidationError, match="Group") as error:
        Official(id="x", name=name)
    assert message(error) == ("$.name",)


def test_groups_and_attendance_hold_unnamed_attendees():
    group = Group(name="bí thư Đảng ủy 20 phường", count=20, roles=(ParticipantRole.ATTENDEE,))
    session = meeting(groups=(group,), attendance=Attendance(present=77, total=86))
    assert session.groups[0].count == 20
    with pytest.raises(ValidationError, match="more than the total"):
        Attendance(present=87, total=86)
    with pytest.raises(ValidationError):
        Group(name="đại biểu", count=0)


# -- agenda, votes, elections --------------------------------------------------------


def test_a_vote_needs_a_count_or_a_share():
    assert VoteEvent(share=Decimal(100), base=VoteBase.PRESENT).counts() == ()
    assert VoteEvent(yes=30, no=1, abstain=0, absent=2).counts() == (
        ("yes", 30),
        ("no", 1),
        ("abstain", 0),
        ("absent", 2),
    )
    with pytest.raises(ValidationError, match="a count or a share"):
        VoteEvent()


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"share": Decimal("100.5")}, "$.share"),
        ({"yes": 1, "base": VoteBase.TOTAL}, "$.base"),
        ({"yes": 30, "no": 2, "present": 31}, "$.present"),
        ({"present": 30, "absent": 2, "total": 31}, "$.total"),
        ({"yes": 30, "total": 29}, "$.total"),
    ],
)
def test_vote_counts_add_up(fields, path):
    with pytest.raises(ValidationError) as error:
        VoteEvent(**fields)
    assert message(error) == (path,)


def test_papers_need_a_title_or_a_count():
    assert Paper(kind=DocumentKind.RESOLUTION, count=34).title is None
    with pytest.raises(ValidationError, match="a title or a count"):
        Paper(kind=DocumentKind.SUBMISSION)


def test_agenda_numbers_are_unique():
    items = (AgendaItem(title="Báo cáo", number=1), AgendaItem(title="Tờ trình", number=1))
    with pytest.raises(ValidationError) as error:
        meeting(agenda=items)
    assert message(error) == ("$.agenda[1].number",)


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({}, "$.body"),
        ({"size": 41, "post": Position(title="Bí thư", organization="quan-uy")}, "$.size"),
        ({"body": "bch", "official": "a"}, "$.post"),
        ({"body": "bch", "share": Decimal(101)}, "$.share"),
        ({"body": "bch", "share": Decimal(90), "method": ElectionMethod.APPOINTED}, "$.share"),
    ],
)
def test_election_rules(fields, path):
    with pytest.raises(ValidationError) as error:
        Election(**fields)
    assert message(error) == (path,)


# -- the graph ---------------------------------------------------------------------


def _report(**meeting_fields: object) -> Report:
    text = "Kỳ họp thứ 2 HĐND quận."
    return Report(
        source=Source(text=text, title="Kỳ họp", published=PartialDate(year=2021)),
        organizations=(Organization(id="hdnd", name="HĐND quận"),),
        officials=(Official(id="a", name="Nguyễn Văn An"),),
        meetings=(meeting(**meeting_fields),),
        resolutions=(Resolution(id="nq", kind=DocumentKind.RESOLUTION, number=1, issuer="hdnd"),),
    )


def test_references_inside_a_meeting_resolve_to_the_right_kind():
    fine = _report(
        agenda=(
            AgendaItem(
                title="Tờ trình",
                documents=("nq",),
                papers=(Paper(kind=DocumentKind.SUBMISSION, count=4, presented_by="hdnd"),),
            ),
        ),
        elections=(Election(official="a", post=Position(title="Chủ tịch", organization="hdnd")),),
    )
    assert fine.meetings[0].agenda[0].documents == ("nq",)
    with pytest.raises(ValidationError) as error:
        _report(
            agenda=(
                AgendaItem(
                    title="x",
                    documents=("hdnd",),
                    papers=(Paper(kind=DocumentKind.REPORT, title="y", presented_by="nq"),),
                ),
            ),
            elections=(
                Election(body="a", official="nq", post=Position(title="t", organization="a")),
            ),
        )
    assert sorted(message(error)) == [
        "$.meetings[0].agenda[0].documents[0]",
        "$.meetings[0].agenda[0].papers[0].presented_by",
        "$.meetings[0].elections[0].body",
        "$.meetings[0].elections[0].official",
        "$.meetings[0].elections[0].post.organization",
    ]
    assert "an Official or an Organization is needed" in str(error.value)


# -- every way in agrees -------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(gst.meetings(organization_ids=["hdnd"], official_ids=["a", "b"], resolution_ids=["nq"]))
def test_drawn_meetings_round_trip_and_fit_the_schema(drawn):
    assert from_json(Meeting, to_json(drawn)) == drawn
    jsonschema.validate(to_dict(drawn), json_schema(Meeting))


@pytest.mark.parametrize(
    "data",
    [
        {"id": "m", "title": "t", **ORG, "status": "opened"},
        {"id": "m", "title": "t", **ORG, "date": "2021-01-01", "expected": "2021"},
        {"id": "m", "title": "t", **ORG, "status": "planned", "end": "2021-01-02"},
        {"id": "m", "title": "t", **ORG, "date": "2021-01-01", "sites": 3},
        {"id": "m", "title": "t", **ORG, "date": "2021-01-01", "term_start": 2021},
    ],
)
def test_the_schema_refuses_what_the_constructor_refuses(data):
    with pytest.raises(ValidationError):
        from_dict(Meeting, data)
    assert not jsonschema.Draft202012Validator(json_schema(Meeting)).is_valid(data)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (VoteEvent, {}),
        (VoteEvent, {"yes": 1, "base": "present"}),
        (Paper, {"kind": "report"}),
        (Election, {}),
        (Election, {"body": "b", "official": "a"}),
        (Election, {"post": {"title": "t", "organization": "o"}, "size": 3}),
        (Election, {"body": "b", "method": "appointed", "share": "90"}),
    ],
)
def test_the_schema_refuses_what_the_nested_values_refuse(cls, data):
    with pytest.raises(ValidationError):
        from_dict(cls, data)
    assert not jsonschema.Draft202012Validator(json_schema(cls)).is_valid(data)


def test_enums_know_their_vietnamese_words():
    assert MeetingKind.COUNCIL_SESSION.vietnamese == "kỳ họp"
    assert Outcome.ADOPTED.vietnamese == "thông qua"
    assert govreport.SessionType.EXTRAORDINARY.vietnamese == "bất thường"
