"""Build the bundled Bình Tân dataset from the article's own words.

Every value is read from a quote of the article through `govreport.vietnamese`;
the quote becomes the record's evidence.  Facts from outside the article (the
documents' full symbols and dates, the 2025 dissolution of the district's
bodies) are marked in ``enriched``.  Run it after changing the records:

    python tools/build_binh_tan.py

It writes ``src/govreport/datasets/binh-tan-2023-07-13.json`` beside the
article, which the package ships verbatim as ``binh-tan-2023-07-13.txt``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from govreport import (
    Assessment,
    Change,
    Direction,
    Directive,
    DirectiveKind,
    DocumentKind,
    Indicator,
    Meeting,
    MeetingKind,
    Official,
    Organization,
    PartialDate,
    Participant,
    ParticipantRole,
    Position,
    Quantity,
    Report,
    Resolution,
    Source,
    Target,
    TargetKind,
    Trend,
    dump,
)
from govreport.vietnamese import (
    parse_date,
    parse_fraction,
    parse_number,
    parse_period,
    parse_quantity,
    parse_session,
    parse_symbol,
    parse_term,
)

DATASETS = Path(__file__).resolve().parent.parent / "src" / "govreport" / "datasets"
NAME = "binh-tan-2023-07-13"
TEXT = (DATASETS / f"{NAME}.txt").read_text(encoding="utf-8")


def quote(text: str) -> str:
    """Return *text*, checking that the article says it verbatim."""
    if text not in TEXT:
        raise SystemExit(f"not in the article: {text!r}")
    return text


def within(phrase: str, evidence: str) -> str:
    """Return *phrase*, checking that it is part of the quote *evidence*."""
    if phrase not in quote(evidence):
        raise SystemExit(f"{phrase!r} is not in {evidence!r}")
    return phrase


# The dateline gives the month ("date 2023-07") and the meeting day without a year.
DATELINE = re.search(r"date (\d{4}-\d{2})", TEXT)
assert DATELINE is not None
PUBLISHED = PartialDate.parse(DATELINE.group(1))
# Bình Tân district and its district-level bodies ended with the 2025 reform.
DISSOLVED = PartialDate(year=2025)


def org(id: str, name: str, name_en: str, kind: str, **extra: object) -> Organization:
    """An organization whose evidence is its own name, unless told otherwise."""
    evidence = extra.pop("evidence", (name,))
    enriched = ("dissolved",) if "dissolved" in extra else ()
    return Organization(
        id=id,
        name=name,
        name_en=name_en,
        kind=kind,
        evidence=tuple(quote(e) for e in evidence),  # type: ignore[attr-defined]
        enriched=enriched,
        **extra,  # type: ignore[arg-type]
    )


ORGANIZATIONS = (
    org("quoc-hoi", "Quốc hội", "National Assembly", "legislature"),
    org("bo-chinh-tri", "Bộ Chính trị", "Politburo", "party-committee"),
    org("tphcm", "TPHCM", "Ho Chi Minh City", "city"),
    org(
        "thanh-uy-tphcm",
        "Thành ủy TPHCM",
        "Ho Chi Minh City Party Committee",
        "party-committee",
        evidence=("Thành ủy TPHCM",),
    ),
    org(
        "ban-thuong-vu-thanh-uy-tphcm",
        "Ban Thường vụ Thành ủy TPHCM",
        "Standing Committee of the Ho Chi Minh City Party Committee",
        "standing-committee",
        parent="thanh-uy-tphcm",
    ),
    org(
        "uy-ban-kiem-tra-thanh-uy-tphcm",
        "Ủy ban Kiểm tra Thành ủy TPHCM",
        "Inspection Commission of the Ho Chi Minh City Party Committee",
        "inspection-commission",
        parent="thanh-uy-tphcm",
    ),
    org(
        "quan-binh-tan",
        "quận Bình Tân",
        "Bình Tân district",
        "district",
        parent="tphcm",
        dissolved=DISSOLVED,
    ),
    org(
        "dang-bo-quan-binh-tan",
        "Đảng bộ quận",
        "Bình Tân district Party organization",
        "party-organization",
        dissolved=DISSOLVED,
    ),
    org(
        "quan-uy-binh-tan",
        "Quận ủy quận Bình Tân",
        "Bình Tân district Party Committee",
        "party-committee",
        parent="dang-bo-quan-binh-tan",
        dissolved=DISSOLVED,
    ),
    org(
        "ban-chap-hanh-dang-bo-quan-binh-tan",
        "Ban Chấp hành Đảng bộ quận",
        "Executive Committee of the Bình Tân district Party organization",
        "executive-committee",
        parent="dang-bo-quan-binh-tan",
        dissolved=DISSOLVED,
        term=parse_term("khóa XII"),
        evidence=("Ban Chấp hành Đảng bộ quận khóa XII",),
    ),
)

HAI_EVIDENCE = quote(
    "đồng chí Dương Ngọc Hải, Ủy viên Ban Thường vụ Thành ủy, "
    "Chủ nhiệm Ủy ban Kiểm tra Thành ủy TPHCM"
)
OFFICIALS = (
    Official(
        id="duong-ngoc-hai",
        name=within("Dương Ngọc Hải", HAI_EVIDENCE),
        positions=(
            Position(
                title=within("Ủy viên Ban Thường vụ Thành ủy", HAI_EVIDENCE),
                title_en="Member of the Standing Committee of the City Party Committee",
                organization="ban-thuong-vu-thanh-uy-tphcm",
            ),
            Position(
                title=within("Chủ nhiệm Ủy ban Kiểm tra Thành ủy TPHCM", HAI_EVIDENCE),
                title_en="Chairman of the Inspection Commission of the City Party Committee",
                organization="uy-ban-kiem-tra-thanh-uy-tphcm",
            ),
        ),
        evidence=(HAI_EVIDENCE,),
    ),
)

MEETING_EVIDENCE = quote(
    "Chiều 13-7, Quận ủy quận Bình Tân tổ chức hội nghị Ban Chấp hành Đảng bộ quận "
    "khóa XII, lần thứ 17 (mở rộng)"
)
ATTENDANCE = quote("Đến dự và phát biểu chỉ đạo, đồng chí Dương Ngọc Hải")
MEETING_DATE, MEETING_TIME = parse_date(within("Chiều 13-7", MEETING_EVIDENCE), year=PUBLISHED.year)
MEETING = Meeting(
    id="hoi-nghi-bch-dang-bo-quan-binh-tan-khoa-xii-lan-17",
    title=within(
        "hội nghị Ban Chấp hành Đảng bộ quận khóa XII, lần thứ 17 (mở rộng)", MEETING_EVIDENCE
    ),
    title_en="17th (expanded) meeting of the 12th-term Executive Committee of the "
    "Bình Tân district Party organization",
    organizer="quan-uy-binh-tan",
    body="ban-chap-hanh-dang-bo-quan-binh-tan",
    date=MEETING_DATE,
    time_of_day=MEETING_TIME,
    # "hội nghị Ban Chấp hành": a conference of the Party executive committee.
    kind=MeetingKind.CONFERENCE,
    term=parse_term(within("khóa XII", MEETING_EVIDENCE)),
    session=parse_session(within("lần thứ 17", MEETING_EVIDENCE)),
    expanded=within("(mở rộng)", MEETING_EVIDENCE) == "(mở rộng)",
    participants=(
        Participant(
            official="duong-ngoc-hai",
            role=within("Đến dự và phát biểu chỉ đạo", ATTENDANCE),
            role_en="attended and gave directions",
            # "Đến dự" (attended) "và phát biểu chỉ đạo" (and gave directions).
            roles=(ParticipantRole.ATTENDEE, ParticipantRole.DIRECTING),
        ),
    ),
    evidence=(MEETING_EVIDENCE, ATTENDANCE),
)

NQ98_EVIDENCE = quote(
    "Nghị quyết 98 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển TPHCM"
)
NQ31_EVIDENCE = quote("Nghị quyết 31 của Bộ Chính trị")
KL14_EVIDENCE = quote(
    "Kết luận 14 của Bộ Chính trị, Kế hoạch số 124 của Ban Thường vụ Thành ủy TPHCM về chủ "
    "trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung"
)
PROTECT_CADRES = within(
    "chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung",
    KL14_EVIDENCE,
)


def number_in(phrase: str, evidence: str) -> int:
    """The document number that *phrase* ("Nghị quyết 98") writes."""
    return int(parse_number(within(phrase, evidence).rsplit(" ", 1)[1]))


RESOLUTIONS = (
    Resolution(
        id="nq-98-2023-qh15",
        kind=DocumentKind.RESOLUTION,
        number=number_in("Nghị quyết 98", NQ98_EVIDENCE),
        issuer="quoc-hoi",
        title=within("thí điểm một số cơ chế, chính sách đặc thù phát triển TPHCM", NQ98_EVIDENCE),
        title_en="piloting some special mechanisms and policies for the development of "
        "Ho Chi Minh City",
        symbol=parse_symbol("98/2023/QH15"),
        issued=dt.date(2023, 6, 24),
        enriched=("symbol", "issued"),
        evidence=(NQ98_EVIDENCE, quote("Nghị quyết 98")),
    ),
    Resolution(
        id="nq-31-nq-tw",
        kind=DocumentKind.RESOLUTION,
        number=number_in("Nghị quyết 31", NQ31_EVIDENCE),
        issuer="bo-chinh-tri",
        title_en="on the direction and tasks for developing Ho Chi Minh City to 2030, "
        "with a vision to 2045",
        symbol=parse_symbol("31-NQ/TW"),
        issued=dt.date(2022, 12, 30),
        term=13,
        # The article names the resolution only; its title and the Politburo's term
        # (khóa XIII) are from outside it.
        enriched=("title_en", "symbol", "issued", "term"),
        evidence=(NQ31_EVIDENCE, quote("Nghị quyết số 31 của Bộ Chính trị")),
    ),
    Resolution(
        id="kl-14-kl-tw",
        kind=DocumentKind.CONCLUSION,
        number=number_in("Kết luận 14", KL14_EVIDENCE),
        issuer="bo-chinh-tri",
        title=PROTECT_CADRES,
        title_en="on encouraging and protecting dynamic, creative cadres who act for the "
        "common good",
        symbol=parse_symbol("14-KL/TW"),
        issued=dt.date(2021, 9, 22),
        term=13,
        enriched=("symbol", "issued", "term"),
        evidence=(KL14_EVIDENCE,),
    ),
    Resolution(
        id="kh-124-ban-thuong-vu-thanh-uy-tphcm",
        kind=DocumentKind.PLAN,
        number=number_in("Kế hoạch số 124", KL14_EVIDENCE),
        issuer="ban-thuong-vu-thanh-uy-tphcm",
        title=PROTECT_CADRES,
        title_en="on encouraging and protecting dynamic, creative cadres who act for the "
        "common good",
        evidence=(KL14_EVIDENCE,),
    ),
)

GROWTH = quote(
    "Trong 6 tháng đầu năm 2023, kinh tế quận Bình Tân duy trì tốc độ tăng trưởng, "
    "tổng giá trị sản xuất tăng bình quân 6,97%"
)
FIRST_HALF = parse_period(within("6 tháng đầu năm 2023", GROWTH))
SECTORS = quote("Các chỉ số giá trị sản xuất công nghiệp, thương mại - dịch vụ đều tăng")
CRIME = quote("số vụ phạm pháp hình sự giảm so cùng kỳ")
INVESTMENT = quote("Tổng vốn đầu tư toàn xã hội đạt khoảng 20.604 tỷ đồng (đạt 89,59%)")
BUDGET = quote("thu ngân sách Nhà nước đạt 1.996,2 tỷ đồng (đạt 55,45% so với chỉ tiêu pháp lệnh)")
POVERTY = quote(
    "Quận đã tập trung các giải pháp hoàn thành chỉ tiêu không còn hộ nghèo theo chuẩn của "
    "Thành phố trong năm 2023, sớm hơn 2 năm so với kế hoạch"
)
WARDS = quote("9/10 phường của quận có 50.000 dân trở lên")
WARDS_PART, WARDS_WHOLE = parse_fraction(within("9/10 phường", WARDS))
ON_MEETING_DAY = type(FIRST_HALF)(start=MEETING_DATE, end=MEETING_DATE)


def percent(phrase: str, evidence: str) -> Quantity:
    """The percentage *phrase* of the quote *evidence*."""
    return parse_quantity(within(phrase, evidence))


INDICATORS = (
    Indicator(
        id="tong-gia-tri-san-xuat",
        name=within("tổng giá trị sản xuất", GROWTH),
        name_en="Total production value (average growth)",
        period=FIRST_HALF,
        area="quan-binh-tan",
        change=Change(direction=Direction.INCREASE, rate=percent("6,97%", GROWTH)),
        evidence=(GROWTH,),
    ),
    Indicator(
        id="gia-tri-san-xuat-cong-nghiep",
        name="giá trị sản xuất công nghiệp",
        name_en="Industrial production value",
        period=FIRST_HALF,
        area="quan-binh-tan",
        change=Change(direction=Direction.INCREASE),
        evidence=(SECTORS,),
    ),
    Indicator(
        id="gia-tri-thuong-mai-dich-vu",
        name="giá trị sản xuất thương mại - dịch vụ",
        name_en="Trade and services production value",
        period=FIRST_HALF,
        area="quan-binh-tan",
        change=Change(direction=Direction.INCREASE),
        evidence=(SECTORS,),
    ),
    Indicator(
        id="so-vu-pham-phap-hinh-su",
        name=within("số vụ phạm pháp hình sự", CRIME),
        name_en="Number of criminal offences",
        period=FIRST_HALF,
        area="quan-binh-tan",
        change=Change(
            direction=Direction.DECREASE,
            baseline=within("cùng kỳ", CRIME),
            baseline_en="the same period last year",
            # "cùng kỳ": the same months of the year before.
            baseline_period=type(FIRST_HALF)(
                start=FIRST_HALF.start.replace(year=FIRST_HALF.start.year - 1),
                end=FIRST_HALF.end.replace(year=FIRST_HALF.end.year - 1),
            ),
        ),
        evidence=(CRIME,),
    ),
    Indicator(
        id="tong-von-dau-tu-toan-xa-hoi",
        name=within("Tổng vốn đầu tư toàn xã hội", INVESTMENT),
        name_en="Total social investment",
        period=FIRST_HALF,
        area="quan-binh-tan",
        # "khoảng" is the value's qualifier, about.
        value=parse_quantity(within("khoảng 20.604 tỷ đồng", INVESTMENT)),
        target=Target(kind=TargetKind.PLAN, attainment=percent("89,59%", INVESTMENT).amount),
        evidence=(INVESTMENT,),
    ),
    Indicator(
        id="thu-ngan-sach-nha-nuoc",
        name=within("thu ngân sách Nhà nước", BUDGET),
        name_en="State budget revenue",
        period=FIRST_HALF,
        area="quan-binh-tan",
        value=parse_quantity(within("1.996,2 tỷ đồng", BUDGET)),
        target=Target(
            kind=TargetKind.STATUTORY,
            attainment=percent("55,45%", BUDGET).amount,
            note=within("chỉ tiêu pháp lệnh", BUDGET),
            note_en="statutory target",
        ),
        evidence=(BUDGET,),
    ),
    Indicator(
        id="ho-ngheo-theo-chuan-thanh-pho",
        name=within("hộ nghèo theo chuẩn của Thành phố", POVERTY),
        name_en="Poor households by the city's standard",
        period=parse_period(within("năm 2023", POVERTY)),
        area="quan-binh-tan",
        # A goal, not a result: the district works to reach "không còn hộ nghèo"
        # (no poor household left) within 2023; the article gives no count yet.
        # "sớm hơn 2 năm so với kế hoạch": two years ahead of the plan's schedule.
        target=Target(
            kind=TargetKind.PLAN,
            value=Quantity(amount=parse_number("0"), unit=parse_quantity("0 hộ").unit),
            ahead=parse_quantity(within("2 năm", POVERTY)),
            note=within("sớm hơn 2 năm so với kế hoạch", POVERTY),
            note_en="two years ahead of plan",
        ),
        evidence=(POVERTY,),
    ),
    Indicator(
        id="phuong-tren-50000-dan",
        name=within("phường của quận có 50.000 dân trở lên", WARDS),
        name_en="Wards with 50,000 inhabitants or more",
        period=ON_MEETING_DAY,
        area="quan-binh-tan",
        value=WARDS_PART,
        part_of="so-phuong",  # "9/10 phường": nine of the district's ten wards
        evidence=(WARDS,),
    ),
    Indicator(
        id="so-phuong",
        name="phường của quận",
        name_en="Wards of the district",
        period=ON_MEETING_DAY,
        area="quan-binh-tan",
        value=WARDS_WHOLE,
        evidence=(WARDS,),
    ),
)


def directive(
    id: str,
    text: str,
    summary_en: str,
    topics: tuple[str, ...],
    *,
    cites: tuple[str, ...] = (),
    addressee: str | None = "quan-binh-tan",
    said: tuple[DirectiveKind, str] | None = None,
) -> Directive:
    """A directive of the meeting's speaker, quoted verbatim."""
    return Directive(
        id=id,
        text=quote(text),
        summary_en=summary_en,
        issued_by="duong-ngoc-hai",
        meeting=MEETING.id,
        addressee=addressee,
        cites=cites,
        topics=topics,
        # The kind where the article gives the verb ("đề nghị", "nhấn mạnh", "lưu ý"),
        # with the words that give it as evidence.
        kind=None if said is None else said[0],
        evidence=(text,) if said is None else (text, quote(said[1])),
    )


NQ98, NQ31, KL14, KH124 = (r.id for r in RESOLUTIONS)
STRESSED_BY_THE_CHAIRMAN = "Chủ nhiệm Ủy ban Kiểm tra Thành ủy TPHCM Dương Ngọc Hải nhấn mạnh"
DIRECTIVES = (
    directive(
        "giai-phap-hoan-thanh-chi-tieu",
        "quận Bình Tân có các giải pháp trọng tâm, kế hoạch cụ thể, tập trung nguồn lực để "
        "hoàn thành các chỉ tiêu nghị quyết đã đề ra",
        "Set focused solutions and concrete plans and pool resources to meet the targets "
        "of the resolution.",
        ("targets", "resources"),
        said=(DirectiveKind.PROPOSAL, "Chủ nhiệm Ủy ban Kiểm tra Thành ủy TPHCM đề nghị"),
    ),
    directive(
        "trien-khai-nq-31-va-nq-98",
        "toàn hệ thống chính trị của quận tập trung triển khai quyết liệt, đưa Nghị quyết 31 "
        "của Bộ Chính trị và Nghị quyết 98 của Quốc hội về thí điểm một số cơ chế, chính sách "
        "đặc thù phát triển TPHCM vào thực tiễn cuộc sống",
        "The whole political system of the district should resolutely put Resolutions 31 "
        "and 98 into practice.",
        ("implementation",),
        cites=(NQ31, NQ98),
        said=(DirectiveKind.EMPHASIS, "Đồng chí Dương Ngọc Hải nhấn mạnh"),
    ),
    directive(
        "chuan-bi-nguon-nhan-luc",
        "quận chuẩn bị các điều kiện cần thiết để triển khai thực hiện các nghị quyết, nhất là "
        "nguồn nhân lực đáp ứng được nhiệm vụ trong thời gian tới",
        "Prepare the conditions to carry out the resolutions, above all the human resources.",
        ("implementation", "personnel"),
        cites=(NQ31, NQ98),
    ),
    directive(
        "nghien-cuu-nq-98",
        "Từng cán bộ phải nghiên cứu thật kỹ, thấm nhuần sâu sắc những yêu cầu đặt ra trong "
        "Nghị quyết 98 để hành động.",
        "Every cadre must study Resolution 98 closely and act on its requirements.",
        ("implementation", "personnel"),
        cites=(NQ98,),
        addressee=None,
    ),
    directive(
        "bo-sung-pho-chu-tich-phuong",
        "quận tập trung rà soát nhân sự, trước mắt là khẩn trương chuẩn bị nhân sự để bổ sung "
        "Phó Chủ tịch cho 9/10 phường của quận có 50.000 dân trở lên theo Nghị quyết 98",
        "Review personnel and urgently prepare an additional vice-chair for the 9 of 10 "
        "wards with 50,000 inhabitants or more, as Resolution 98 provides.",
        ("personnel",),
        cites=(NQ98,),
        said=(DirectiveKind.PROPOSAL, "Đồng chí đề nghị thêm"),
    ),
    directive(
        "quan-triet-kl-14-kh-124",
        "thường xuyên quán triệt tinh thần Kết luận 14 của Bộ Chính trị, Kế hoạch số 124 của "
        "Ban Thường vụ Thành ủy TPHCM về chủ trương khuyến khích và bảo vệ cán bộ năng động, "
        "sáng tạo vì lợi ích chung, nhất là trong bối cảnh toàn hệ thống chính trị nỗ lực "
        "thực hiện Nghị quyết số 31 của Bộ Chính trị và Nghị quyết 98",
        "Keep instilling Conclusion 14 and Plan 124 on protecting dynamic, creative cadres, "
        "above all while Resolutions 31 and 98 are carried out.",
        ("personnel", "implementation"),
        cites=(KL14, KH124, NQ31, NQ98),
    ),
    directive(
        "giai-ngan-von-dau-tu-cong",
        "quận tập trung các giải pháp giải ngân vốn đầu tư công, trong đó, tập trung hơn nữa, "
        "rà soát từng khâu, giai đoạn trong quy trình giải ngân",
        "Speed up the disbursement of public investment, reviewing every step of the process.",
        ("public-investment",),
    ),
    directive(
        "danh-gia-phan-loai-du-an",
        "đánh giá kỹ các dự án, phân loại theo nhóm để có thể đôn đốc thực hiện hiệu quả gắn "
        "với công tác đánh giá, xếp loại thi đua",
        "Assess projects closely and group them so that their progress can be pushed, tied "
        "to performance ratings.",
        ("public-investment",),
    ),
    directive(
        "phat-hien-xu-ly-sai-pham",
        "Quận Bình Tân phải kịp thời phát hiện và xử lý nghiêm các sai phạm từ sớm, từ xa, "
        "không để vi phạm nhỏ tích tụ thành sai phạm lớn.",
        "Detect and strictly handle wrongdoing early, before small violations grow into "
        "large ones.",
        ("inspection", "anti-corruption"),
        said=(DirectiveKind.EMPHASIS, STRESSED_BY_THE_CHAIRMAN),
    ),
    directive(
        "co-che-tu-kiem-tra",
        "có cơ chế nâng cao trách nhiệm của các cấp ủy, tổ chức đảng, chính quyền, cơ quan, "
        "đơn vị trong việc tự kiểm tra, phát hiện, xử lý tham nhũng, tiêu cực trong nội bộ",
        "Set up mechanisms that make Party committees, authorities and agencies responsible "
        "for finding and handling corruption in their own ranks.",
        ("inspection", "anti-corruption"),
        said=(DirectiveKind.EMPHASIS, STRESSED_BY_THE_CHAIRMAN),
    ),
    directive(
        "ho-tro-doanh-nghiep",
        "quận Bình Tân tiếp tục hỗ trợ doanh nghiệp và hộ kinh doanh, kịp thời giải quyết các "
        "khó khăn, vướng mắc của doanh nghiệp, tạo điều kiện thúc đẩy hoạt động sản xuất kinh "
        "doanh",
        "Keep supporting enterprises and household businesses and promptly resolve their "
        "difficulties.",
        ("business",),
    ),
    directive(
        "kiem-tra-giam-sat",
        "quận tiếp tục đổi mới và nâng cao chất lượng công tác kiểm tra, giám sát, phòng chống "
        "tham nhũng, tiêu cực; tăng cường công tác kiểm tra, giám sát, thanh tra, giải quyết "
        "khiếu nại, tố cáo",
        "Improve inspection, supervision and the fight against corruption, and handle "
        "complaints and denunciations.",
        ("inspection", "anti-corruption", "complaints"),
        said=(DirectiveKind.REMINDER, "Đồng chí Dương Ngọc Hải lưu ý"),
    ),
)


def assessment(
    id: str, topic: str, verdict: str, trend: Trend | None, evidence: str, *, topic_en: str
) -> Assessment:
    """The article's judgement of a field of work over the first half of 2023."""
    return Assessment(
        id=id,
        topic=within(topic, evidence),
        verdict=within(verdict, evidence),
        topic_en=topic_en,
        trend=trend,
        period=FIRST_HALF,
        area="quan-binh-tan",
        meeting=MEETING.id,
        evidence=(quote(evidence),),
    )


ASSESSMENTS = (
    assessment(
        "tang-truong-kinh-te",
        "kinh tế quận Bình Tân",
        "duy trì tốc độ tăng trưởng",
        Trend.STABLE,
        "kinh tế quận Bình Tân duy trì tốc độ tăng trưởng",
        topic_en="The district's economy",
    ),
    assessment(
        "an-ninh-trat-tu",
        "Tình hình an ninh chính trị, trật tự an toàn xã hội",
        "tiếp tục được giữ vững",
        Trend.STABLE,
        "Tình hình an ninh chính trị, trật tự an toàn xã hội tiếp tục được giữ vững",
        topic_en="Political security and social order",
    ),
    assessment(
        "cai-cach-hanh-chinh",
        "Công tác cải cách hành chính",
        "tiếp tục đạt kết quả tích cực",
        Trend.IMPROVED,
        "Công tác cải cách hành chính tiếp tục đạt kết quả tích cực",
        topic_en="Administrative reform",
    ),
    assessment(
        "quan-ly-trat-tu-do-thi",
        "công tác quản lý trật tự đô thị",
        "được tăng cường",
        Trend.IMPROVED,
        "công tác quản lý trật tự đô thị được tăng cường",
        topic_en="Urban order management",
    ),
    assessment(
        "van-hoa-van-nghe",
        "các hoạt động văn hóa, văn nghệ",
        "góp phần nâng cao đời sống văn hóa, tinh thần cho người dân",
        Trend.IMPROVED,
        "các hoạt động văn hóa, văn nghệ góp phần nâng cao đời sống văn hóa, tinh thần cho "
        "người dân",
        topic_en="Cultural and artistic activities",
    ),
    assessment(
        "an-sinh-xa-hoi",
        "Công tác chăm lo thực hiện các chế độ chính sách, an sinh xã hội",
        "được đảm bảo",
        Trend.STABLE,
        "Công tác chăm lo thực hiện các chế độ chính sách, an sinh xã hội được đảm bảo",
        topic_en="Social policies and welfare",
    ),
    assessment(
        "xay-dung-dang",
        "Công tác xây dựng Đảng, xây dựng hệ thống chính trị",
        "được tập trung thực hiện",
        None,  # pursued: the words give no direction
        "Công tác xây dựng Đảng, xây dựng hệ thống chính trị được tập trung thực hiện",
        topic_en="Building the Party and the political system",
    ),
)

TITLE = quote("Tập trung nguồn lực thực hiện Nghị quyết 98")


def build() -> Report:
    """The whole report, checked as a graph."""
    return Report(
        source=Source(
            text=TEXT,
            title=TITLE,
            published=PUBLISHED,
            language="vi",
        ),
        organizations=ORGANIZATIONS,
        officials=OFFICIALS,
        meetings=(MEETING,),
        resolutions=RESOLUTIONS,
        indicators=INDICATORS,
        directives=DIRECTIVES,
        assessments=ASSESSMENTS,
    )


if __name__ == "__main__":
    target = DATASETS / f"{NAME}.json"
    dump(build(), target)
    sys.stdout.write(f"wrote {target.name}\n")
