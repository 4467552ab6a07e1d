"""One report for each common kind of meeting, written in the genre's own notation.

The source texts are written for these tests: the people and several bodies are
invented, the notation ("khóa XX, nhiệm kỳ 2021 - 2026", "33/35 đại biểu",
"100% đại biểu có mặt tán thành", "20 điểm cầu") is the one real reports use.
Each report records the facts characteristic of its kind in typed fields.
"""

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from govreport import (
    AgendaItem,
    Attendance,
    DocumentKind,
    Election,
    Group,
    Indicator,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Official,
    Organization,
    Outcome,
    Paper,
    PartialDate,
    Participant,
    ParticipantRole,
    Period,
    Position,
    Quantity,
    Report,
    Resolution,
    Review,
    SessionType,
    Source,
    TimeOfDay,
    VoteBase,
    VoteEvent,
)

CHAIR, ATTENDEE = ParticipantRole.CHAIR, ParticipantRole.ATTENDEE
PRESENTER, SPEAKER = ParticipantRole.PRESENTER, ParticipantRole.SPEAKER

CONFERENCE_TEXT = """\
Ngày 13/12/2022, Huyện ủy Chợ Mới tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 11, \
khóa XXI, nhiệm kỳ 2020 - 2025 (mở rộng) để tổng kết công tác năm 2022, triển khai nhiệm vụ \
năm 2023.
Đồng chí Hoàng Văn Minh, Bí thư Huyện ủy và đồng chí Lý Thị Hương, Phó Bí thư Thường trực \
Huyện ủy đồng chủ trì hội nghị. Dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện \
và bí thư Đảng ủy 14 xã, thị trấn.
Hội nghị đã thảo luận, cho ý kiến vào dự thảo Báo cáo kết quả thực hiện nhiệm vụ năm 2022 và dự \
thảo Nghị quyết về nhiệm vụ năm 2023. Sau khi tiếp thu ý kiến, hội nghị nhất trí thông qua \
Nghị quyết về nhiệm vụ năm 2023.
"""


def conference() -> Report:
    """An executive committee conference: lần thứ 11, khóa XXI, expanded, a year's review."""
    return Report(
        source=Source(
            text=CONFERENCE_TEXT,
            title="Hội nghị Ban Chấp hành Đảng bộ huyện Chợ Mới lần thứ 11",
            published=PartialDate(year=2022, month=12, day=14),
            author="Minh Anh",
        ),
        organizations=(
            Organization(id="huyen-uy", name="Huyện ủy Chợ Mới"),
            Organization(
                id="bch",
                name="Ban Chấp hành Đảng bộ huyện",
                parent="huyen-uy",
                term=21,
                term_start=2020,
                term_end=2025,
            ),
        ),
        officials=(
            Official(
                id="hoang-van-minh",
                name="Hoàng Văn Minh",
                positions=(Position(title="Bí thư Huyện ủy", organization="huyen-uy"),),
                evidence=("Đồng chí Hoàng Văn Minh, Bí thư Huyện ủy",),
            ),
            Official(
                id="ly-thi-huong",
                name="Lý Thị Hương",
                positions=(
                    Position(title="Phó Bí thư Thường trực Huyện ủy", organization="huyen-uy"),
                ),
            ),
        ),
        meetings=(
            Meeting(
                id="hoi-nghi-lan-11",
                title="Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 11",
                organizer="huyen-uy",
                body="bch",
                date=dt.date(2022, 12, 13),
                kind=MeetingKind.CONFERENCE,
                term=21,
                term_start=2020,
                term_end=2025,
                session=11,
                expanded=True,
                review=Review.FINAL,
                participants=(
                    Participant(official="hoang-van-minh", role="đồng chủ trì", roles=(CHAIR,)),
                    Participant(official="ly-thi-huong", role="đồng chủ trì", roles=(CHAIR,)),
                ),
                groups=(
                    Group(name="các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện"),
                    Group(name="bí thư Đảng ủy 14 xã, thị trấn", count=14, roles=(ATTENDEE,)),
                ),
                agenda=(
                    AgendaItem(
                        title="Báo cáo kết quả thực hiện nhiệm vụ năm 2022",
                        papers=(
                            Paper(
                                kind=DocumentKind.REPORT,
                                title="kết quả thực hiện nhiệm vụ năm 2022",
                                draft=True,
                            ),
                        ),
                        outcome=Outcome.COMMENTED,
                    ),
                    AgendaItem(
                        title="Nghị quyết về nhiệm vụ năm 2023",
                        documents=("nq-nhiem-vu-2023",),
                        outcome=Outcome.ADOPTED,
                    ),
                ),
                evidence=(
                    "lần thứ 11, khóa XXI, nhiệm kỳ 2020 - 2025 (mở rộng)",
                    "bí thư Đảng ủy 14 xã, thị trấn",
                ),
            ),
        ),
        resolutions=(
            Resolution(
                id="nq-nhiem-vu-2023",
                kind=DocumentKind.RESOLUTION,
                issuer="bch",
                title="về nhiệm vụ năm 2023",
                term=21,
                evidence=("nhất trí thông qua Nghị quyết về nhiệm vụ năm 2023",),
            ),
        ),
    )


STANDING_TEXT = """\
Sáng 28/3/2018, Thường trực HĐND thành phố Bắc Kạn tổ chức phiên họp thường kỳ tháng 3 năm 2018. \
Đồng chí Phạm Quang Dũng, Bí thư Thành ủy, Chủ tịch HĐND thành phố chủ trì phiên họp.
Dự phiên họp có các đồng chí Phó Chủ tịch HĐND thành phố, Trưởng các Ban HĐND thành phố và lãnh \
đạo Văn phòng HĐND - UBND thành phố.
Phiên họp đã cho ý kiến về việc lựa chọn chuyên đề giám sát năm 2019 và công tác chuẩn bị kỳ họp \
thứ 6 (kỳ họp chuyên đề) HĐND thành phố khóa VI, dự kiến tổ chức vào cuối tháng 6/2018.
"""


def standing() -> Report:
    """A standing body's regular monthly meeting, preparing a thematic session planned for later."""
    return Report(
        source=Source(
            text=STANDING_TEXT,
            title="Thường trực HĐND thành phố họp phiên thường kỳ tháng 3",
            published=PartialDate(year=2018, month=3, day=29),
        ),
        organizations=(
            Organization(id="hdnd", name="HĐND thành phố Bắc Kạn", term=6),
            Organization(id="thuong-truc", name="Thường trực HĐND thành phố", parent="hdnd"),
        ),
        officials=(
            Official(
                id="pham-quang-dung",
                name="Phạm Quang Dũng",
                positions=(Position(title="Chủ tịch HĐND thành phố", organization="hdnd", term=6),),
            ),
        ),
        meetings=(
            Meeting(
                id="phien-hop-thang-3",
                title="phiên họp thường kỳ tháng 3 năm 2018",
                organizer="thuong-truc",
                body="thuong-truc",
                date=dt.date(2018, 3, 28),
                time_of_day=TimeOfDay.MORNING,
                kind=MeetingKind.STANDING,
                session_type=SessionType.REGULAR,
                period=Period(start=dt.date(2018, 3, 1), end=dt.date(2018, 3, 31)),
                participants=(
                    Participant(official="pham-quang-dung", role="chủ trì", roles=(CHAIR,)),
                ),
                groups=(
                    Group(name="các đồng chí Phó Chủ tịch HĐND thành phố"),
                    Group(name="Trưởng các Ban HĐND thành phố"),
                    Group(name="lãnh đạo Văn phòng HĐND - UBND thành phố"),
                ),
                agenda=(
                    AgendaItem(
                        title="lựa chọn chuyên đề giám sát năm 2019", outcome=Outcome.COMMENTED
                    ),
                    AgendaItem(
                        title="công tác chuẩn bị kỳ họp thứ 6 HĐND thành phố khóa VI",
                        outcome=Outcome.COMMENTED,
                    ),
                ),
                evidence=("phiên họp thường kỳ tháng 3 năm 2018",),
            ),
            Meeting(
                id="ky-hop-thu-6",
                title="kỳ họp thứ 6 (kỳ họp chuyên đề) HĐND thành phố khóa VI",
                organizer="thuong-truc",
                body="hdnd",
                kind=MeetingKind.COUNCIL_SESSION,
                term=6,
                session=6,
                session_type=SessionType.THEMATIC,
                status=MeetingStatus.PLANNED,
                expected=PartialDate(year=2018, month=6),
                evidence=("dự kiến tổ chức vào cuối tháng 6/2018",),
            ),
        ),
    )


SESSION_TEXT = """\
Sáng 20-7, HĐND quận Hoàn Kiếm khóa XX, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ hai. Kỳ họp \
diễn ra trong 2 ngày (20 và 21-7) tại Trung tâm Văn hóa - Thông tin quận.
Đồng chí Nguyễn Thị Lan, Chủ tịch HĐND quận chủ trì kỳ họp. Có 33/35 đại biểu HĐND quận có mặt.
Đại biểu nghe UBND quận trình bày báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2021 và 04 \
tờ trình; các Ban HĐND quận trình bày báo cáo thẩm tra.
Thu ngân sách trên địa bàn đạt 5.330,9 tỷ đồng.
Chiều 21-7, kỳ họp bế mạc sau khi thông qua 07 nghị quyết với 100% đại biểu có mặt tán thành, \
trong đó có Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2021.
"""


def council_session() -> Report:
    """A People's Council session: kỳ họp thứ hai, khóa XX, two days, attendance, votes."""
    return Report(
        source=Source(
            text=SESSION_TEXT,
            title="HĐND quận Hoàn Kiếm bế mạc kỳ họp thứ hai",
            published=PartialDate(year=2021, month=7, day=21),
            published_at=dt.datetime(2021, 7, 21, 17, 5, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        organizations=(
            Organization(
                id="hdnd-hoan-kiem",
                name="HĐND quận Hoàn Kiếm",
                term=20,
                term_start=2021,
                term_end=2026,
                evidence=("HĐND quận Hoàn Kiếm khóa XX, nhiệm kỳ 2021 - 2026",),
            ),
            Organization(id="ubnd-hoan-kiem", name="UBND quận Hoàn Kiếm"),
            Organization(id="cac-ban-hdnd", name="các Ban HĐND quận", parent="hdnd-hoan-kiem"),
        ),
        officials=(
            Official(
                id="nguyen-thi-lan",
                name="Nguyễn Thị Lan",
                positions=(
                    Position(
                        title="Chủ tịch HĐND quận",
                        organization="hdnd-hoan-kiem",
                        term=20,
                        term_start=2021,
                        term_end=2026,
                    ),
                ),
            ),
        ),
        meetings=(
            Meeting(
                id="ky-hop-thu-hai",
                title="kỳ họp thứ hai HĐND quận Hoàn Kiếm khóa XX",
                organizer="hdnd-hoan-kiem",
                body="hdnd-hoan-kiem",
                date=dt.date(2021, 7, 20),
                end=dt.date(2021, 7, 21),
                time_of_day=TimeOfDay.MORNING,
                kind=MeetingKind.COUNCIL_SESSION,
                term=20,
                term_start=2021,
                term_end=2026,
                session=2,
                session_type=SessionType.REGULAR,
                status=MeetingStatus.CLOSED,
                location="Trung tâm Văn hóa - Thông tin quận",
                format=MeetingFormat.IN_PERSON,
                participants=(
                    Participant(official="nguyen-thi-lan", role="chủ trì", roles=(CHAIR,)),
                ),
                attendance=Attendance(present=33, total=35),
                agenda=(
                    AgendaItem(
                        number=1,
                        title="Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2021",
                        papers=(
                            Paper(
                                kind=DocumentKind.REPORT,
                                title="tình hình kinh tế - xã hội 6 tháng đầu năm 2021",
                                presented_by="ubnd-hoan-kiem",
                            ),
                            Paper(
                                kind=DocumentKind.SUBMISSION, count=4, presented_by="ubnd-hoan-kiem"
                            ),
                            Paper(
                                kind=DocumentKind.REPORT,
                                title="thẩm tra",
                                presented_by="cac-ban-hdnd",
                            ),
                        ),
                        outcome=Outcome.DISCUSSED,
                    ),
                    AgendaItem(
                        number=2,
                        title="Thông qua các nghị quyết",
                        documents=("nq-dau-tu-cong",),
                        papers=(Paper(kind=DocumentKind.RESOLUTION, count=7),),
                        outcome=Outcome.ADOPTED,
                        vote=VoteEvent(share=Decimal(100), base=VoteBase.PRESENT),
                    ),
                ),
                evidence=(
                    "Kỳ họp diễn ra trong 2 ngày (20 và 21-7)",
                    "Có 33/35 đại biểu HĐND quận có mặt.",
                    "thông qua 07 nghị quyết với 100% đại biểu có mặt tán thành",
                ),
            ),
        ),
        resolutions=(
            Resolution(
                id="nq-dau-tu-cong",
                kind=DocumentKind.RESOLUTION,
                issuer="hdnd-hoan-kiem",
                title="về điều chỉnh kế hoạch đầu tư công năm 2021",
                term=20,
                evidence=("Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2021",),
            ),
        ),
        indicators=(
            Indicator(
                id="thu-ngan-sach",
                name="Thu ngân sách trên địa bàn",
                period=Period(start=dt.date(2021, 1, 1), end=dt.date(2021, 6, 30)),
                area="ubnd-hoan-kiem",
                value=Quantity(amount=Decimal("5330.9"), unit="VND", scale=9),
                evidence=("Thu ngân sách trên địa bàn đạt 5.330,9 tỷ đồng.",),
            ),
        ),
    )


COMMITTEE_TEXT = """\
Ngày 18/11/2020, UBND huyện Yên Lập họp phiên thường kỳ tháng 11 (lần 2) dưới sự chủ trì của \
đồng chí Bùi Văn Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Dự phiên họp có các Phó Chủ tịch UBND huyện, các thành viên UBND huyện và lãnh đạo các cơ quan \
chuyên môn.
Văn phòng HĐND và UBND huyện trình bày dự thảo Báo cáo tình hình kinh tế - xã hội năm 2020, \
phương hướng nhiệm vụ năm 2021 và dự thảo Chương trình công tác năm 2021 của UBND huyện. Các đại \
biểu đã thảo luận, góp ý vào các dự thảo.
"""


def committee_meeting() -> Report:
    """A People's Committee regular meeting: tháng 11, the second that month, drafts from a body."""
    return Report(
        source=Source(
            text=COMMITTEE_TEXT,
            title="UBND huyện họp phiên thường kỳ tháng 11 (lần hai)",
            published=PartialDate(year=2020, month=11, day=19),
        ),
        organizations=(
            Organization(id="ubnd-yen-lap", name="UBND huyện Yên Lập"),
            Organization(id="huyen-uy-yen-lap", name="Huyện ủy Yên Lập"),
            Organization(
                id="van-phong", name="Văn phòng HĐND và UBND huyện", parent="ubnd-yen-lap"
            ),
        ),
        officials=(
            Official(
                id="bui-van-tuan",
                name="Bùi Văn Tuấn",
                positions=(
                    Position(title="Phó Bí thư Huyện ủy", organization="huyen-uy-yen-lap"),
                    Position(title="Chủ tịch UBND huyện", organization="ubnd-yen-lap"),
                ),
            ),
        ),
        meetings=(
            Meeting(
                id="phien-hop-thang-11-lan-2",
                title="phiên thường kỳ tháng 11 (lần 2)",
                organizer="ubnd-yen-lap",
                body="ubnd-yen-lap",
                date=dt.date(2020, 11, 18),
                kind=MeetingKind.COMMITTEE_MEETING,
                session=2,
                session_type=SessionType.REGULAR,
                period=Period(start=dt.date(2020, 11, 1), end=dt.date(2020, 11, 30)),
                participants=(
                    Participant(official="bui-van-tuan", role="chủ trì", roles=(CHAIR,)),
                ),
                groups=(
                    Group(name="các Phó Chủ tịch UBND huyện", roles=(ATTENDEE,)),
                    Group(name="các thành viên UBND huyện", roles=(ATTENDEE,)),
                    Group(name="lãnh đạo các cơ quan chuyên môn", roles=(ATTENDEE,)),
                ),
                agenda=(
                    AgendaItem(
                        title="Dự thảo các báo cáo, chương trình công tác",
                        papers=(
                            Paper(
                                kind=DocumentKind.REPORT,
                                title="tình hình kinh tế - xã hội năm 2020, phương hướng nhiệm vụ "
                                "năm 2021",
                                draft=True,
                                presented_by="van-phong",
                            ),
                            Paper(
                                kind=DocumentKind.PROGRAM,
                                title="công tác năm 2021 của UBND huyện",
                                draft=True,
                                presented_by="van-phong",
                            ),
                        ),
                        outcome=Outcome.COMMENTED,
                    ),
                ),
                evidence=("họp phiên thường kỳ tháng 11 (lần 2)",),
            ),
        ),
    )


CONGRESS_TEXT = """\
Trong hai ngày 2 và 3-6-2020, Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ \
2020 - 2025 diễn ra tại Hội trường Học viện Chính trị quốc gia Hồ Chí Minh. Dự đại hội có 268 \
đại biểu chính thức, đại diện cho hơn 18 ngàn đảng viên trong 56 tổ chức cơ sở đảng.
Tại phiên trù bị, 100% đại biểu tán thành thông qua Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư \
cách đại biểu, chương trình và quy chế làm việc của đại hội.
Đại hội đã bầu Ban Chấp hành Đảng bộ quận khóa XXVI gồm 41 đồng chí. Đại hội bầu trực tiếp Bí \
thư Quận ủy; đồng chí Trần Quốc Hùng tái cử Bí thư Quận ủy khóa XXVI với tỷ lệ phiếu đạt 99,63%.
Đại hội biểu quyết thông qua Nghị quyết Đại hội với 266/268 đại biểu tán thành, 2 đại biểu không \
tán thành.
"""


def congress() -> Report:
    """A Party congress: lần thứ XXVI, two days, procedural votes, elections, the resolution."""
    return Report(
        source=Source(
            text=CONGRESS_TEXT,
            title="Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI",
            published=PartialDate(year=2020, month=6, day=4),
        ),
        organizations=(
            Organization(id="dang-bo-ba-dinh", name="Đảng bộ quận Ba Đình"),
            Organization(id="quan-uy-ba-dinh", name="Quận ủy Ba Đình", parent="dang-bo-ba-dinh"),
            Organization(
                id="bch-khoa-xxvi",
                name="Ban Chấp hành Đảng bộ quận",
                parent="dang-bo-ba-dinh",
                term=26,
                term_start=2020,
                term_end=2025,
            ),
        ),
        officials=(
            Official(
                id="tran-quoc-hung",
                name="Trần Quốc Hùng",
                positions=(
                    Position(title="Bí thư Quận ủy", organization="quan-uy-ba-dinh", term=26),
                ),
            ),
        ),
        meetings=(
            Meeting(
                id="dai-hoi-xxvi",
                title="Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020 - 2025",
                organizer="quan-uy-ba-dinh",
                body="dang-bo-ba-dinh",
                date=dt.date(2020, 6, 2),
                end=dt.date(2020, 6, 3),
                kind=MeetingKind.CONGRESS,
                session=26,
                term_start=2020,
                term_end=2025,
                location="Hội trường Học viện Chính trị quốc gia Hồ Chí Minh",
                attendance=Attendance(present=268),
                groups=(Group(name="đại biểu chính thức", count=268, roles=(ATTENDEE,)),),
                agenda=(
                    AgendaItem(
                        title="Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu, chương "
                        "trình và quy chế làm việc",
                        outcome=Outcome.APPROVED,
                        vote=VoteEvent(share=Decimal(100)),
                    ),
                    AgendaItem(
                        title="Nghị quyết Đại hội",
                        documents=("nq-dai-hoi",),
                        outcome=Outcome.ADOPTED,
                        vote=VoteEvent(yes=266, no=2, present=268),
                    ),
                ),
                elections=(
                    Election(body="bch-khoa-xxvi", size=41),
                    Election(
                        official="tran-quoc-hung",
                        post=Position(
                            title="Bí thư Quận ủy", organization="quan-uy-ba-dinh", term=26
                        ),
                        reelected=True,
                        share=Decimal("99.63"),
                    ),
                ),
                evidence=(
                    "Trong hai ngày 2 và 3-6-2020",
                    "Dự đại hội có 268 đại biểu chính thức",
                    "với tỷ lệ phiếu đạt 99,63%",
                ),
            ),
        ),
        resolutions=(
            Resolution(id="nq-dai-hoi", kind=DocumentKind.RESOLUTION, issuer="dang-bo-ba-dinh"),
        ),
    )


REVIEW_TEXT = """\
Trong 2 ngày 27 - 28/3/2021, Huyện ủy Thanh Ba tổ chức hội nghị trực tuyến sơ kết 6 tháng thực \
hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI. Hội nghị được kết nối tới 20 điểm cầu, gồm \
điểm cầu chính tại huyện và 19 điểm cầu của 19 xã, thị trấn, với 1.724 đảng viên tham dự.
Đồng chí Đỗ Thanh Hải, Bí thư Huyện ủy chủ trì và phát biểu kết luận hội nghị. Đồng chí Vũ \
Minh Tâm, Trưởng Ban Tuyên giáo Huyện ủy trình bày báo cáo sơ kết.
"""


def review() -> Report:
    """An online review conference: sơ kết, hybrid, 20 connected sites, a counted audience."""
    return Report(
        source=Source(
            text=REVIEW_TEXT,
            title="Sơ kết 6 tháng thực hiện Nghị quyết Đại hội Đảng bộ huyện",
            published=PartialDate(year=2021, month=3, day=30),
        ),
        organizations=(
            Organization(id="huyen-uy-thanh-ba", name="Huyện ủy Thanh Ba"),
            Organization(
                id="ban-tuyen-giao", name="Ban Tuyên giáo Huyện ủy", parent="huyen-uy-thanh-ba"
            ),
        ),
        officials=(
            Official(
                id="do-thanh-hai",
                name="Đỗ Thanh Hải",
                positions=(Position(title="Bí thư Huyện ủy", organization="huyen-uy-thanh-ba"),),
            ),
            Official(
                id="vu-minh-tam",
                name="Vũ Minh Tâm",
                positions=(Position(title="Trưởng Ban Tuyên giáo", organization="ban-tuyen-giao"),),
            ),
        ),
        meetings=(
            Meeting(
                id="so-ket-nghi-quyet",
                title="hội nghị trực tuyến sơ kết 6 tháng thực hiện Nghị quyết Đại hội",
                organizer="huyen-uy-thanh-ba",
                body="huyen-uy-thanh-ba",
                date=dt.date(2021, 3, 27),
                end=dt.date(2021, 3, 28),
                kind=MeetingKind.REVIEW,
                review=Review.INTERIM,
                format=MeetingFormat.HYBRID,
                sites=20,
                participants=(
                    Participant(
                        official="do-thanh-hai",
                        role="chủ trì và phát biểu kết luận",
                        roles=(CHAIR, SPEAKER),
                    ),
                    Participant(
                        official="vu-minh-tam", role="trình bày báo cáo sơ kết", roles=(PRESENTER,)
                    ),
                ),
                groups=(Group(name="đảng viên", count=1724, roles=(ATTENDEE,)),),
                agenda=(
                    AgendaItem(
                        title="Báo cáo sơ kết",
                        papers=(
                            Paper(
                                kind=DocumentKind.REPORT,
                                title="sơ kết 6 tháng",
                                presented_by="vu-minh-tam",
                            ),
                        ),
                        outcome=Outcome.DISCUSSED,
                    ),
                ),
                evidence=("Hội nghị được kết nối tới 20 điểm cầu",),
            ),
        ),
    )


GENRES: dict[str, Callable[[], Report]] = {
    "conference": conference,
    "standing": standing,
    "council-session": council_session,
    "committee-meeting": committee_meeting,
    "congress": congress,
    "review": review,
}
"""Each genre's report, by name."""
