"""The bundled Bình Tân dataset, checked fact by fact against the article."""

import datetime as dt
import re
from decimal import Decimal
from importlib import resources

import attrs
import pytest

import govreport
from govreport import (
    Direction,
    DirectiveKind,
    DocumentKind,
    Meeting,
    Official,
    PartialDate,
    Qualifier,
    Report,
    TargetKind,
    TimeOfDay,
    Trend,
    ValidationError,
    datasets,
)
from govreport.vietnamese import (
    parse_date,
    parse_fraction,
    parse_period,
    parse_quantity,
    parse_session,
    parse_term,
)

# The article as the package ships it, read as a file rather than through the API.
ARTICLE = resources.files("govreport.datasets").joinpath("binh-tan-2023-07-13.txt")
H1_2023 = govreport.Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 6, 30))


@pytest.fixture(scope="module")
def report() -> Report:
    return datasets.binh_tan()


def test_names_and_loading():
    assert datasets.names() == ("binh-tan-2023-07-13",)
    assert datasets.load("binh-tan-2023-07-13") is datasets.binh_tan()  # cached


@pytest.mark.parametrize("name", ["nope", "../binh-tan-2023-07-13", "binh-tan-2023-07-13.json", ""])
def test_unknown_names_list_the_known_ones(name):
    with pytest.raises(ValidationError, match="binh-tan-2023-07-13"):
        datasets.load(name)
    with pytest.raises(ValidationError):
        datasets.source_text(name)


def test_the_source_is_the_article_verbatim(report):
    assert report.source.text == datasets.source_text("binh-tan-2023-07-13")
    assert report.source.text == ARTICLE.read_bytes().decode("utf-8")
    assert report.source.published == PartialDate(year=2023, month=7)
    assert report.source.language == "vi"


def test_every_record_has_evidence_found_in_the_text(report):
    for record in report.records():
        assert record.evidence, record.id
        for quote in record.evidence:
            assert quote in report.source.text


def test_the_meeting(report):
    (meeting,) = report.meetings
    assert isinstance(meeting, Meeting)
    assert meeting.date == dt.date(2023, 7, 13)
    assert meeting.time_of_day is TimeOfDay.AFTERNOON
    assert (meeting.term, meeting.session, meeting.expanded) == (12, 17, True)
    assert report[meeting.organizer].name == "Quận ủy quận Bình Tân"
    assert report[meeting.body].name == "Ban Chấp hành Đảng bộ quận"
    assert [p.official for p in meeting.participants] == ["duong-ngoc-hai"]
    assert meeting.participants[0].role == "Đến dự và phát biểu chỉ đạo"


def test_the_meeting_is_derived_from_its_evidence(report):
    (meeting,) = report.meetings
    lede = meeting.evidence[0]
    dateline = re.match(r"(\w+ \d+-\d+)", lede)
    assert dateline is not None
    assert parse_date(dateline.group(1), year=2023) == (meeting.date, meeting.time_of_day)
    assert parse_term(re.search(r"khóa [IVXLCDM]+", lede).group()) == meeting.term
    assert parse_session(re.search(r"lần thứ \d+", lede).group()) == meeting.session
    assert ("(mở rộng)" in lede) is meeting.expanded


def test_the_official_and_his_two_positions(report):
    (hai,) = report.officials
    assert isinstance(hai, Official)
    assert hai.name == "Dương Ngọc Hải"
    assert (hai.family_name, hai.middle_name, hai.given_name) == ("Dương", "Ngọc", "Hải")
    assert [p.title for p in hai.positions] == [
        "Ủy viên Ban Thường vụ Thành ủy",
        "Chủ nhiệm Ủy ban Kiểm tra Thành ủy TPHCM",
    ]
    assert [report[p.organization].name for p in hai.positions] == [
        "Ban Thường vụ Thành ủy TPHCM",
        "Ủy ban Kiểm tra Thành ủy TPHCM",
    ]


def test_every_organization_named(report):
    names = {org.name for org in report.organizations}
    assert names == {
        "Quốc hội",
        "Bộ Chính trị",
        "TPHCM",
        "Thành ủy TPHCM",
        "Ban Thường vụ Thành ủy TPHCM",
        "Ủy ban Kiểm tra Thành ủy TPHCM",
        "quận Bình Tân",
        "Đảng bộ quận",
        "Quận ủy quận Bình Tân",
        "Ban Chấp hành Đảng bộ quận",
    }


def test_district_bodies_record_their_dissolution_as_enriched(report):
    district_level = [org for org in report.organizations if org.dissolved is not None]
    assert {org.id for org in district_level} == {
        "quan-binh-tan",
        "dang-bo-quan-binh-tan",
        "quan-uy-binh-tan",
        "ban-chap-hanh-dang-bo-quan-binh-tan",
    }
    for org in district_level:
        assert org.dissolved == PartialDate(year=2025)
        assert org.enriched == ("dissolved",)


@pytest.mark.parametrize(
    ("id", "kind", "number", "issuer", "symbol", "issued"),
    [
        (
            "nq-98-2023-qh15",
            DocumentKind.RESOLUTION,
            98,
            "quoc-hoi",
            "98/2023/QH15",
            dt.date(2023, 6, 24),
        ),
        (
            "nq-31-nq-tw",
            DocumentKind.RESOLUTION,
            31,
            "bo-chinh-tri",
            "31-NQ/TW",
            dt.date(2022, 12, 30),
        ),
        (
            "kl-14-kl-tw",
            DocumentKind.CONCLUSION,
            14,
            "bo-chinh-tri",
            "14-KL/TW",
            dt.date(2021, 9, 22),
        ),
        (
            "kh-124-ban-thuong-vu-thanh-uy-tphcm",
            DocumentKind.PLAN,
            124,
            "ban-thuong-vu-thanh-uy-tphcm",
            None,
            None,
        ),
    ],
)
def test_the_four_documents(report, id, kind, number, issuer, symbol, issued):
    resolution = report[id]
    assert isinstance(resolution, govreport.Resolution)
    assert (resolution.kind, resolution.number, resolution.issuer) == (kind, number, issuer)
    assert (str(resolution.symbol) if resolution.symbol else None) == symbol
    assert resolution.issued == issued
    # Full symbols and dates are not in the article: they must be marked enriched,
    # and so must a title the article does not give.
    outside = {"symbol", "issued"} if symbol else set()
    if resolution.title is None and resolution.title_en is not None:
        outside.add("title_en")
    if resolution.term is not None:  # the article gives no "khóa"
        outside.add("term")
        assert "khóa XIII" not in report.source.text
    assert set(resolution.enriched) == outside
    if symbol:
        assert symbol not in report.source.text
    written = f"{kind.vietnamese} {number}"
    assert any(
        written in quote or f"{kind.vietnamese} số {number}" in quote
        for quote in resolution.evidence
    )


def _indicator(report, id):
    indicator = report[id]
    assert isinstance(indicator, govreport.Indicator)
    return indicator


def test_growth(report):
    growth = _indicator(report, "tong-gia-tri-san-xuat")
    assert growth.period == H1_2023
    assert growth.change.direction is Direction.INCREASE
    assert growth.change.rate == govreport.Quantity(amount=Decimal("6.97"), unit="%")
    for sector in ("gia-tri-san-xuat-cong-nghiep", "gia-tri-thuong-mai-dich-vu"):
        assert _indicator(report, sector).change.direction is Direction.INCREASE


def test_investment_and_its_share_of_plan(report):
    investment = _indicator(report, "tong-von-dau-tu-toan-xa-hoi")
    assert investment.value.exact == Decimal(20604000000000)
    assert investment.value.unit == "VND"
    # "đạt khoảng 20.604 tỷ đồng": the value's qualifier, not the 0.1 flag.
    assert investment.value.qualifier is Qualifier.ABOUT
    assert investment.approximate is False
    assert investment.qualifier is Qualifier.ABOUT
    assert investment.target.kind is TargetKind.PLAN
    assert investment.target.attainment == Decimal("89.59")


def test_budget_revenue_and_the_statutory_target(report):
    budget = _indicator(report, "thu-ngan-sach-nha-nuoc")
    assert budget.value.exact == Decimal(1996200000000)
    assert budget.approximate is False
    assert budget.target.kind is TargetKind.STATUTORY
    assert budget.target.attainment == Decimal("55.45")


def test_crime_fell(report):
    crime = _indicator(report, "so-vu-pham-phap-hinh-su")
    assert crime.value is None
    assert crime.change.direction is Direction.DECREASE
    assert crime.change.baseline == "cùng kỳ"
    assert crime.change.baseline_period == parse_period("6 tháng đầu năm 2022")


def test_the_poverty_goal_is_a_goal_not_a_result(report):
    poverty = _indicator(report, "ho-ngheo-theo-chuan-thanh-pho")
    assert poverty.value is None  # the article gives no count
    assert poverty.change is None
    assert poverty.target.value == govreport.Quantity(amount=Decimal(0), unit="household")
    assert poverty.target.met is None  # "đã tập trung các giải pháp": working towards it
    assert poverty.period == parse_period("năm 2023")
    assert poverty.evidence[0].startswith("Quận đã tập trung các giải pháp")
    assert "sớm hơn 2 năm" in poverty.target.note
    # "sớm hơn 2 năm so với kế hoạch": two years ahead of the plan, in a typed field.
    assert poverty.target.ahead == parse_quantity("2 năm")


def test_nine_of_ten_wards(report):
    over = _indicator(report, "phuong-tren-50000-dan")
    total = _indicator(report, "so-phuong")
    assert (over.value.amount, total.value.amount) == (9, 10)
    assert over.value.unit == total.value.unit == "ward"
    assert over.part_of == total.id  # nine of the ten


def test_every_figure_is_derived_from_its_evidence(report):
    """Re-read each value from the quote it was taken from."""
    figure = re.compile(r"\d[\d.]*(?:,\d+)?(?:%| tỷ đồng)")
    checked = 0
    for indicator in report.indicators:
        quote = " ".join(indicator.evidence)
        written = [parse_quantity(m) for m in figure.findall(quote)]
        if indicator.value is not None and indicator.value.amount:
            fraction = re.search(r"\d+/\d+ phường", quote)
            if fraction and indicator.value.unit == "ward":
                assert indicator.value in parse_fraction(fraction.group())
            else:  # the qualifier ("khoảng") is read apart from the figure
                assert attrs.evolve(indicator.value, qualifier=None) in written
            checked += 1
        if indicator.change is not None and indicator.change.rate is not None:
            assert indicator.change.rate in written
            checked += 1
        if indicator.target is not None and indicator.target.attainment is not None:
            percents = [q.amount for q in written if q.unit == "%"]
            assert indicator.target.attainment in percents
            checked += 1
        if "6 tháng đầu năm 2023" in quote:
            assert indicator.period == parse_period("6 tháng đầu năm 2023")
    assert checked == 7


def test_directive_kinds_where_the_article_gives_the_verb(report):
    kinds = {d.id: d.kind for d in report.directives if d.kind is not None}
    assert kinds == {
        "giai-phap-hoan-thanh-chi-tieu": DirectiveKind.PROPOSAL,
        "trien-khai-nq-31-va-nq-98": DirectiveKind.EMPHASIS,
        "bo-sung-pho-chu-tich-phuong": DirectiveKind.PROPOSAL,
        "phat-hien-xu-ly-sai-pham": DirectiveKind.EMPHASIS,
        "co-che-tu-kiem-tra": DirectiveKind.EMPHASIS,
        "kiem-tra-giam-sat": DirectiveKind.REMINDER,
    }
    for directive in report.directives:
        if directive.kind is not None:
            assert any(directive.kind.vietnamese in quote for quote in directive.evidence)


def test_the_assessments(report):
    trends = {a.id: a.trend for a in report.assessments}
    assert trends == {
        "tang-truong-kinh-te": Trend.STABLE,
        "an-ninh-trat-tu": Trend.STABLE,
        "cai-cach-hanh-chinh": Trend.IMPROVED,
        "quan-ly-trat-tu-do-thi": Trend.IMPROVED,
        "van-hoa-van-nghe": Trend.IMPROVED,
        "an-sinh-xa-hoi": Trend.STABLE,
        "xay-dung-dang": None,
    }
    for assessment in report.assessments:
        (quote,) = assessment.evidence
        assert quote.endswith(f"{assessment.topic} {assessment.verdict}".split(maxsplit=1)[1])
        assert assessment.period == H1_2023
        assert assessment.meeting == report.meetings[0].id


def test_every_directive(report):
    assert len(report.directives) == 12
    for directive in report.directives:
        assert directive.text in report.source.text
        assert directive.issued_by == "duong-ngoc-hai"
        assert directive.meeting == report.meetings[0].id
        assert directive.summary_en
        assert directive.topics
        for cited in directive.cites:
            document = report[cited]
            assert document.kind.vietnamese.lower() in directive.text.lower()
    citing_98 = report.directives_citing("nq-98-2023-qh15")
    assert len(citing_98) == 5
    assert {d.id for d in report.directives_citing("kl-14-kl-tw")} == {"quan-triet-kl-14-kh-124"}


def test_directives_cite_every_document_they_name(report):
    for directive in report.directives:
        for resolution in report.resolutions:
            named = re.search(
                rf"{resolution.kind.vietnamese} (số )?{resolution.number}\b", directive.text
            )
            cited = resolution.id in directive.cites
            if named:
                assert cited, (directive.id, resolution.id)
            elif cited:
                # "các nghị quyết" refers back to the resolutions just named.
                assert "các nghị quyết" in directive.text, (directive.id, resolution.id)


def test_the_dataset_round_trips(report, tmp_path):
    assert govreport.from_json(Report, govreport.to_json(report)) == report
    path = tmp_path / "binh-tan.json"
    govreport.dump(report, path)
    assert govreport.load(path) == report
