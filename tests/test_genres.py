"""A report of each common kind of meeting validates, round-trips, shows and exports."""

import csv
import datetime as dt
import functools
import io
import json
from collections.abc import Callable
from decimal import Decimal

import pytest

from genres import GENRES
from govreport import (
    MeetingKind,
    MeetingStatus,
    Report,
    SessionType,
    dump,
    from_json,
    json_schema,
    load,
    to_dict,
    to_json,
)
from govreport._cli import main

jsonschema = pytest.importorskip("jsonschema")


@functools.cache
def report_schema() -> object:
    return jsonschema.Draft202012Validator(json_schema(Report))


def _conference(report: Report) -> None:
    meeting = report.meetings[0]
    assert (meeting.kind, meeting.session, meeting.term) == (MeetingKind.CONFERENCE, 11, 21)
    assert (meeting.term_start, meeting.term_end, meeting.expanded) == (2020, 2025, True)
    assert meeting.chairs == ("hoang-van-minh", "ly-thi-huong")
    assert meeting.groups[1].count == 14
    assert meeting.agenda[0].papers[0].draft


def _standing(report: Report) -> None:
    monthly, planned = report.meetings
    assert monthly.kind is MeetingKind.STANDING
    assert monthly.period is not None
    assert monthly.period.start == dt.date(2018, 3, 1)
    assert planned.status is MeetingStatus.PLANNED
    assert planned.date is None
    assert str(planned.expected) == "2018-06"
    assert planned.session_type is SessionType.THEMATIC


def _council_session(report: Report) -> None:
    session = report.meetings[0]
    assert (session.date, session.end, session.days) == (
        dt.date(2021, 7, 20),
        dt.date(2021, 7, 21),
        2,
    )
    assert session.status is MeetingStatus.CLOSED
    assert session.attendance is not None
    assert (session.attendance.present, session.attendance.total) == (33, 35)
    adopted = session.agenda[1]
    assert adopted.papers[0].count == 7
    assert adopted.vote is not None
    assert adopted.vote.share == Decimal(100)
    assert report.organizations[0].term_start == 2021


def _committee_meeting(report: Report) -> None:
    meeting = report.meetings[0]
    assert (meeting.kind, meeting.session) == (MeetingKind.COMMITTEE_MEETING, 2)
    assert all(group.count is None for group in meeting.groups)
    assert {paper.presented_by for paper in meeting.agenda[0].papers} == {"van-phong"}


def _congress(report: Report) -> None:
    congress = report.meetings[0]
    body, secretary = congress.elections
    assert (body.body, body.size) == ("bch-khoa-xxvi", 41)
    assert secretary.reelected
    assert secretary.share == Decimal("99.63")
    vote = congress.agenda[1].vote
    assert vote is not None
    assert vote.counts() == (("yes", 266), ("no", 2))


def _review(report: Report) -> None:
    meeting = report.meetings[0]
    assert meeting.sites == 20
    assert meeting.groups[0].count == 1724
    assert meeting.chairs == ("do-thanh-hai",)


FACTS: dict[str, Callable[[Report], None]] = {
    "conference": _conference,
    "standing": _standing,
    "council-session": _council_session,
    "committee-meeting": _committee_meeting,
    "congress": _congress,
    "review": _review,
}

SHOWN = {
    "conference": [
        "Ban Chấp hành Đảng bộ huyện khóa XXI, nhiệm kỳ 2020–2025 (tổng kết, mở rộng)",
        "Chaired by Hoàng Văn Minh, Lý Thị Hương",
        "bí thư Đảng ủy 14 xã, thị trấn (14)",
        "— cho ý kiến",
    ],
    "standing": [
        "Phiên họp thường kỳ tháng 3/2018, Thường trực HĐND thành phố (thường lệ)",
        "dự kiến 2018-06 (planned)",
        "Kỳ họp thứ 6, HĐND thành phố Bắc Kạn khóa VI (chuyên đề)",
    ],
    "council-session": [
        "Kỳ họp thứ 2, HĐND quận Hoàn Kiếm khóa XX, nhiệm kỳ 2021–2026 (thường lệ)",
        "sáng 20/7/2021–21/7/2021 (2 ngày) (morning), bế mạc",
        "Present    33/35 đại biểu",
        "07 nghị quyết",
        "biểu quyết: 100% đại biểu có mặt tán thành",
        "04 tờ trình (UBND quận Hoàn Kiếm trình)",
    ],
    "committee-meeting": [
        "Phiên họp thường kỳ tháng 11/2020, UBND huyện Yên Lập (thường lệ)",
        "(Văn phòng HĐND và UBND huyện trình)",
        "With       các Phó Chủ tịch UBND huyện",
    ],
    "congress": [
        "Đại hội Đảng bộ quận Ba Đình lần thứ XXVI nhiệm kỳ 2020–2025",
        "bầu Ban Chấp hành Đảng bộ quận gồm 41 đồng chí",
        "tái cử Trần Quốc Hùng, Bí thư Quận ủy (Quận ủy Ba Đình), 99,63% phiếu",
        "biểu quyết: 266 tán thành, 2 không tán thành, 268 có mặt",
    ],
    "review": [
        "Huyện ủy Thanh Ba — sơ kết",
        "trực tiếp kết hợp trực tuyến, 20 điểm cầu",
        "đảng viên (1.724)",
    ],
}


@pytest.fixture(params=sorted(GENRES))
def genre(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_each_genre_holds_its_characteristic_facts(genre):
    FACTS[genre](GENRES[genre]())


def test_each_genre_round_trips_and_fits_the_schema(genre):
    report = GENRES[genre]()
    assert from_json(Report, to_json(report)) == report
    assert from_json(Report, to_json(report, indent=2).encode()) == report
    report_schema().validate(to_dict(report))  # type: ignore[attr-defined]


def test_each_genre_shows_and_exports(genre, tmp_path, capsys):
    report = GENRES[genre]()
    path = tmp_path / f"{genre}.json"
    dump(report, path)
    assert load(path) == report
    assert main(["show", str(path)]) == 0
    shown = capsys.readouterr().out
    for line in SHOWN[genre]:
        assert line in shown
    assert "Organizations" in shown
    assert main(["export", str(path), "--records", "meetings", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["id"] for row in rows] == [meeting.id for meeting in report.meetings]
    assert [row["kind"] for row in rows] == [str(m.kind.value) for m in report.meetings if m.kind]
    assert main(["export", str(path), "--records", "meetings", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["status"] for line in lines] == [
        meeting.status.value for meeting in report.meetings
    ]
