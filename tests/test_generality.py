"""What real reports of other kinds say, now held in typed fields (issue 12, figures half).

Every source sentence below is written for these tests, in the genre's notation.
"""

import datetime as dt
import time
from decimal import Decimal
from typing import Any

import attrs
import pytest

import govreport
from govreport import (
    Assessment,
    Change,
    Direction,
    Directive,
    DirectiveKind,
    DocumentKind,
    DocumentSymbol,
    Indicator,
    Official,
    Organization,
    PartialDate,
    Period,
    Qualifier,
    Quantity,
    Report,
    Resolution,
    Source,
    Target,
    TargetKind,
    Trend,
    ValidationError,
    datasets,
)
from govreport._cli.summary import summarize
from govreport._records import (
    OFFICIAL_ENRICHABLE,
    ORGANIZATION_ENRICHABLE,
    RESOLUTION_ENRICHABLE,
)
from govreport.vietnamese import parse_attainment, parse_change
from govreport.vietnamese._text import Passages


def paths(error: ValidationError) -> list[str]:
    return sorted(item.path for item in error.errors)


def _directive(**kwargs: object) -> Directive:
    fields: dict[str, object] = {
        "id": "d",
        "text": "các cơ quan, đơn vị khẩn trương rà soát hồ sơ dự án",
        "issued_by": "quan-uy",
        "meeting": "hoi-nghi",
    }
    fields.update(kwargs)
    return Directive(**fields)  # type: ignore[arg-type]


def test_a_directive_keeps_its_kind_order_deadline_and_groups():
    directive = _directive(
        kind=DirectiveKind.REQUEST,
        order=2,
        deadline=PartialDate(year=2023, month=9, day=30),
        addressee_groups=("các cơ quan, đơn vị",),
    )
    assert directive.kind.vietnamese == "yêu cầu"
    assert (directive.order, str(directive.deadline)) == (2, "2023-09-30")
    assert directive.addressed == ()
    assert _directive(addressee="ubnd").addressed == ("ubnd",)
    assert _directive(addressees=("ubnd", "mttq")).addressed == ("ubnd", "mttq")


@pytest.mark.parametrize(
    ("kwargs", "path", "message"),
    [
        ({"addressees": ("ubnd",)}, "$.addressees", "write a single one as addressee"),
        ({"addressee": "a", "addressees": ("b", "c")}, "$.addressees", "not both"),
        ({"addressees": ("b", "b")}, "$.addressees[1]", "repeats"),
        ({"order": 0}, "$.order", "at least 1"),
        ({"kind": "yêu cầu"}, "$.kind", "DirectiveKind"),
        ({"addressee_groups": ("",)}, "$.addressee_groups[0]", "empty"),
        ({"deadline": "2023-09"}, "$.deadline", "PartialDate"),
    ],
)
def test_directive_refusals(kwargs, path, message):
    with pytest.raises(ValidationError, match=message) as info:
        _directive(**kwargs)
    assert paths(info.value) == [path]


def test_every_directive_kind_has_its_verb():
    assert {kind.vietnamese for kind in DirectiveKind} == {
        "yêu cầu", "đề nghị", "chỉ đạo", "giao", "lưu ý", "nhấn mạnh", "kết luận",
    }  # fmt: skip


def _binh_tan() -> dict[str, Any]:
    return govreport.to_dict(datasets.binh_tan())


def test_show_names_the_body_or_meeting_that_gave_a_directive():
    data = _binh_tan()
    first, second = data["directives"][:2]
    first.update(issued_by="quan-uy-binh-tan", kind="request", order=3, deadline="2023-12")
    first.update(addressee=None, addressees=["quan-binh-tan", "quan-uy-binh-tan"])
    first["addressee_groups"] = ["các cơ quan, đơn vị"]
    second.update(issued_by=data["meetings"][0]["id"], kind="conclusion")
    out = summarize(govreport.from_dict(Report, data))
    assert "  3. quận Bình Tân có các giải pháp" in out
    assert (
        "yêu cầu by Quận ủy quận Bình Tân; to quận Bình Tân, Quận ủy quận Bình Tân,"
        " các cơ quan, đơn vị; due 2023-12" in out
    )
    assert "kết luận by hội nghị Ban Chấp hành" in out.replace("Hội nghị", "hội nghị")


# -- documents ------------------------------------------------------------------------


def _document(**kwargs: object) -> Resolution:
    fields: dict[str, object] = {"id": "r", "kind": DocumentKind.PROGRAM, "issuer": "quan-uy"}
    fields.update(kwargs)
    return Resolution(**fields)  # type: ignore[arg-type]


def test_a_document_may_have_no_number_co_issuers_a_term_and_draft_status():
    program = _document(title="Chương trình hành động thực hiện Nghị quyết Đại hội")
    assert program.number is None
    joint = _document(
        kind=DocumentKind.JOINT_RESOLUTION, number=9, issuer="ubtvqh", co_issuers=("mttq",)
    )
    assert joint.co_issuers == ("mttq",)
    party = _document(
        kind=DocumentKind.RESOLUTION,
        number=43,
        issuer="bch-tw",
        term=12,
        symbol=DocumentSymbol.parse("43-NQ/TW"),
    )
    assert party.term == 12
    assert _document(kind=DocumentKind.RESOLUTION, draft=True).draft


@pytest.mark.parametrize(
    ("kwargs", "path", "message"),
    [
        ({"symbol": DocumentSymbol.parse("43-NQ/TW")}, "$.number", "give it as number"),
        ({"co_issuers": ("mttq", "quan-uy")}, "$.co_issuers[1]", "not also a co-issuer"),
        ({"term": 0}, "$.term", "at least 1"),
        ({"draft": None}, "$.draft", "bool"),
        ({"enriched": ("co_issuers",)}, "$.enriched[0]", "has no value"),
    ],
)
def test_document_refusals(kwargs, path, message):
    with pytest.raises(ValidationError, match=message) as info:
        _document(**kwargs)
    assert paths(info.value) == [path]


@pytest.mark.parametrize(
    ("cls", "enrichable"),
    [
        (Organization, ORGANIZATION_ENRICHABLE),
        (Official, OFFICIAL_ENRICHABLE),
        (Resolution, RESOLUTION_ENRICHABLE),
    ],
)
def test_every_field_a_source_may_not_state_may_be_enriched(cls, enrichable):
    fields = {field.name for field in attrs.fields(cls)}
    assert set(enrichable) == fields - {"id", "enriched", "evidence"}


def test_names_and_titles_may_be_enriched():
    org = Organization(id="quan-uy", name="Quận ủy quận Bình Tân", enriched=("name",))
    assert org.enriched == ("name",)
    person = Official(id="hai", name="Dương Ngọc Hải", enriched=("name",))
    assert person.enriched == ("name",)
    with pytest.raises(ValidationError, match="has no value") as info:
        Official(id="hai", name="Dương Ngọc Hải", enriched=("positions",))
    assert paths(info.value) == ["$.enriched[0]"]
    with pytest.raises(ValidationError, match="must be one of"):
        Official(id="hai", name="Dương Ngọc Hải", enriched=("evidence",))


def test_show_prints_unnumbered_joint_and_draft_documents():
    data = _binh_tan()
    plan = data["resolutions"][3]
    plan.update(number=None, symbol=None, draft=True, term=11)
    plan["co_issuers"] = ["quan-uy-binh-tan"]
    plan["enriched"] = [name for name in plan["enriched"] if name != "symbol"]
    out = summarize(govreport.from_dict(Report, data))
    assert "  Dự thảo kế hoạch — Ban Thường vụ Thành ủy TPHCM, Quận ủy quận Bình Tân khóa XI" in out


# -- sources --------------------------------------------------------------------------

ICT = dt.timezone(dt.timedelta(hours=7))


def test_a_source_keeps_its_publication_time_and_author():
    moment = dt.datetime(2023, 7, 14, 8, 30, tzinfo=ICT)
    source = Source(
        text="x", title="t", published=PartialDate(year=2023, month=7), published_at=moment,
        author="Hoàng Hải", publisher="Báo Sài Gòn Giải Phóng",
    )  # fmt: skip
    assert govreport.from_json(Source, govreport.to_json(source)) == source
    assert '"published_at":"2023-07-14T08:30:00+07:00"' in govreport.to_json(source)
    data = _binh_tan()
    data["source"].update(published_at=moment.isoformat(), author="Hoàng Hải")
    out = summarize(govreport.from_dict(Report, data))
    assert out.endswith("(Hoàng Hải, 2023-07-14T08:30+07:00)\n")


@pytest.mark.parametrize(
    ("moment", "message"),
    [
        (dt.datetime(2023, 8, 1, 8, 30, tzinfo=ICT), "not within published 2023-07"),
        (dt.datetime(2023, 7, 14, 8, 30), "needs a UTC offset"),  # noqa: DTZ001
        (dt.date(2023, 7, 14), "datetime"),
    ],
)
def test_a_publication_time_must_be_a_moment_within_the_date(moment, message):
    with pytest.raises(ValidationError, match=message) as info:
        Source(text="x", title="t", published=PartialDate(year=2023, month=7), published_at=moment)
    assert paths(info.value) == ["$.published_at"]


# -- assessments ----------------------------------------------------------------------

H1_2023 = Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 6, 30))


def test_an_assessment_holds_a_qualitative_judgement():
    assessment = Assessment(
        id="an-ninh",
        topic="tình hình an ninh chính trị, trật tự an toàn xã hội",
        verdict="cơ bản ổn định",
        trend=Trend.STABLE,
        period=H1_2023,
        area="huyen",
    )
    assert govreport.from_json(Assessment, govreport.to_json(assessment)) == assessment
    with pytest.raises(ValidationError) as info:
        Assessment(id="x", topic=" ", verdict="ổn định", trend="stable")  # type: ignore[arg-type]
    assert paths(info.value) == ["$.topic"]
    with pytest.raises(ValidationError) as info:
        Assessment(id="x", topic="an ninh", verdict="ổn định", trend="stable")  # type: ignore[arg-type]
    assert paths(info.value) == ["$.trend"]


def test_a_report_holds_assessments_checked_like_other_records():
    data = _binh_tan()
    quote = "Tình hình an ninh chính trị, trật tự an toàn xã hội tiếp tục được giữ vững"
    data["assessments"] = [
        {
            "id": "an-ninh-trat-tu",
            "topic": "tình hình an ninh chính trị, trật tự an toàn xã hội",
            "verdict": "tiếp tục được giữ vững",
            "trend": "stable",
            "period": {"start": "2023-01-01", "end": "2023-06-30"},
            "area": "quan-binh-tan",
            "meeting": data["meetings"][0]["id"],
            "evidence": [quote],
        }
    ]
    report = govreport.from_dict(Report, data)
    assert report["an-ninh-trat-tu"].trend is Trend.STABLE
    out = " ".join(summarize(report).split())
    assert (
        "Assessments tình hình an ninh chính trị, trật tự an toàn xã hội: tiếp tục được giữ vững"
        " (stable, 6 tháng đầu năm 2023)" in out
    )
    data["assessments"][0].update(area="duong-ngoc-hai", meeting="nope")
    with pytest.raises(ValidationError) as info:
        govreport.from_dict(Report, data)
    assert paths(info.value) == ["$.assessments[0].area", "$.assessments[0].meeting"]


# -- evidence -------------------------------------------------------------------------


def _with_evidence(*quotes: str) -> dict[str, Any]:
    data = _binh_tan()
    data["organizations"][0]["evidence"] = list(quotes)
    return data


def _evidence_messages(*quotes: str) -> list[str]:
    with pytest.raises(ValidationError) as info:
        govreport.from_dict(Report, _with_evidence(*quotes))
    return [item.message for item in info.value.errors]


@pytest.mark.parametrize(
    ("quote", "exact"),
    [
        ("Quận uỷ quận Bình Tân", "Quận ủy quận Bình Tân"),  # tone placement
        ("quận ủy quận bình tân", "Quận ủy quận Bình Tân"),  # case
        ("Quận ủy  quận\nBình Tân", "Quận ủy quận Bình Tân"),  # spacing
        ("văn hoá, văn nghệ", "văn hóa, văn nghệ"),
        ("ủy ban kiểm tra", "Ủy ban Kiểm tra"),
        ("an ninh chính trị, trật tự AN TOÀN", "an ninh chính trị, trật tự an toàn"),
    ],
)
def test_an_absent_quote_gets_the_exact_words_of_the_text(quote, exact):
    (message,) = _evidence_messages(quote)
    expected = f"evidence '{quote}' does not occur in the source text; it has '{exact}'"
    assert message == f"{expected}: quote that instead".replace("\n", "\\n")
    assert exact in datasets.binh_tan().source.text


def test_an_absent_quote_is_shown_whole_or_cut_between_words():
    (message,) = _evidence_messages("quận Bình Tân không có câu này trong bài")
    assert message == (
        "evidence 'quận Bình Tân không có câu này trong bài' does not occur in the source text"
    )
    long_quote = " ".join(["từng cán bộ phải nghiên cứu thật kỹ"] * 20)
    (message,) = _evidence_messages(long_quote)
    shown = message.split("'")[1]
    assert shown.endswith(" …")
    assert long_quote.startswith(shown[:-2])
    assert long_quote[len(shown) - 2] == " "  # cut at a space, not inside a word
    assert 200 < len(shown) <= 242


def test_a_looser_match_inside_a_word_is_not_offered():
    # "ận ủy quận" starts inside the word "Quận": the passage is still the text's own.
    (message,) = _evidence_messages("ận uỷ quận")
    assert message.endswith("it has 'ận ủy quận': quote that instead")
    (message,) = _evidence_messages("ủy quậnn")
    assert "it has" not in message


def test_passages_map_the_key_back_to_the_text_word_for_word():
    passages = Passages("Đường  Straße\tHòa Bình, quận ỦY")
    assert passages.find("STRASSE hoà") == "Straße\tHòa"
    assert passages.find("hòa bình, quận ủy") == "Hòa Bình, quận ỦY"
    assert passages.find("rasse") is None  # inside a word whose folding changed its length
    assert passages.find("bình tân") is None


def test_suggestions_stay_linear_in_a_long_text_with_many_absent_quotes():
    data = _binh_tan()
    data["source"]["text"] = data["source"]["text"] * 50  # about a quarter of a megabyte
    data["organizations"][0]["evidence"] = [f"quận ủy số {n}" for n in range(2000)]
    started = time.perf_counter()
    with pytest.raises(ValidationError) as info:
        govreport.from_dict(Report, data)
    # A scan of the text per absent quote would take minutes; the bound is loose on
    # purpose, since this runs under coverage on a noisy machine.
    assert time.perf_counter() - started < 60
    assert len(info.value.errors) >= 100


# -- figures --------------------------------------------------------------------------

H1_2022 = Period(start=dt.date(2022, 1, 1), end=dt.date(2022, 6, 30))
YEAR_2023 = Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31))


def _q(amount: str, unit: str = "%", **kwargs: Any) -> Quantity:
    return Quantity(amount=Decimal(amount), unit=unit, **kwargs)


def _indicator(**kwargs: Any) -> Indicator:
    return Indicator(id="thu-ngan-sach", name="thu ngân sách", period=H1_2023, **kwargs)


def test_an_indicator_may_rest_on_its_attainment_alone():
    # As in: thu ngân sách đạt 58% kế hoạch năm; đạt trên 50% dự toán.
    plan = Target(kind=TargetKind.PLAN, attainment=Decimal(58), period=YEAR_2023)
    assert _indicator(target=plan).target.period == YEAR_2023
    estimate = Target(
        kind=TargetKind.ESTIMATE,
        attainment=Decimal(50),
        attainment_qualifier=Qualifier.MORE_THAN,
    )
    assert _indicator(target=estimate).target.attainment_qualifier is Qualifier.MORE_THAN
    assert _indicator(target=Target(kind=TargetKind.ASSIGNED, met=True)).target.met
    exceeded = Target(kind=TargetKind.PLAN, excess=_q("5"))  # "vượt 5% kế hoạch"
    assert _indicator(target=exceeded).target.excess == _q("5")
    with pytest.raises(ValidationError, match="a target it is measured against") as info:
        _indicator(target=Target(kind=TargetKind.PLAN, note="kế hoạch năm"))
    assert paths(info.value) == ["$.value"]


def test_changes_against_a_baseline_period_as_rates_amounts_or_multiples():
    # As in: tăng hơn 10% so với cùng kỳ năm 2022; tăng 512 tỷ đồng; gấp 1,7 lần.
    rate = Change(
        direction=Direction.INCREASE,
        rate=_q("10", qualifier=Qualifier.MORE_THAN),
        baseline="cùng kỳ năm 2022",
        baseline_period=H1_2022,
    )
    amount = Change(direction=Direction.INCREASE, amount=_q("512", "VND", scale=9))
    multiple = Change(direction=Direction.INCREASE, multiple=Decimal("1.7"))
    for change in (rate, amount, multiple):
        assert govreport.from_json(Change, govreport.to_json(change)) == change
    with pytest.raises(ValidationError, match="more than 0") as info:
        Change(direction=Direction.INCREASE, multiple=Decimal(0))
    assert paths(info.value) == ["$.multiple"]


def test_rates_per_year_and_any_counted_unit():
    growth = _indicator(value=_q("7.54", per="year"))  # "7,54%/năm"
    assert growth.value.per == "year"
    delegates = _indicator(value=_q("268", "đại biểu"))
    assert delegates.value.unit == "đại biểu"


def test_qualifiers_and_the_older_approximate_flag():
    estimated = _indicator(value=_q("20604", "VND", scale=9, qualifier=Qualifier.ESTIMATED))
    assert estimated.qualifier is Qualifier.ESTIMATED
    legacy = _indicator(value=_q("20604", "VND", scale=9), approximate=True)
    assert legacy.qualifier is Qualifier.ABOUT
    both = _indicator(
        value=_q("20604", "VND", scale=9, qualifier=Qualifier.ABOUT), approximate=True
    )
    assert both.qualifier is Qualifier.ABOUT
    assert _indicator(change=Change(direction=Direction.INCREASE)).qualifier is None
    with pytest.raises(ValidationError, match="'estimated'") as info:
        _indicator(value=_q("1", qualifier=Qualifier.ESTIMATED), approximate=True)
    assert paths(info.value) == ["$.approximate"]


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"attainment_qualifier": Qualifier.MORE_THAN}, "$.attainment_qualifier"),
        ({"met": False, "excess": Quantity(amount=Decimal(5), unit="%")}, "$.excess"),
        ({"met": False, "ahead": Quantity(amount=Decimal(2), unit="year")}, "$.ahead"),
        ({"period": "2023"}, "$.period"),
    ],
)
def test_target_refusals(kwargs, path):
    with pytest.raises(ValidationError) as info:
        Target(kind=TargetKind.PLAN, **kwargs)
    assert paths(info.value) == [path]


def test_an_indicator_may_be_part_of_another():
    data = _binh_tan()
    part, whole = data["indicators"][7], data["indicators"][8]  # 9 of the 10 wards
    part["part_of"] = whole["id"]
    report = govreport.from_dict(Report, data)
    assert report[part["id"]].part_of == whole["id"]
    whole["part_of"] = part["id"]
    data["indicators"][0]["part_of"] = "quan-binh-tan"
    with pytest.raises(ValidationError) as info:
        govreport.from_dict(Report, data)
    assert paths(info.value) == [
        "$.indicators[0].part_of",
        "$.indicators[7].part_of",
        "$.indicators[8].part_of",
    ]
    assert "a part of itself" in str(info.value)
    with pytest.raises(ValidationError, match="a part of itself"):
        _indicator(value=_q("1"), part_of="thu-ngan-sach")


def test_show_writes_qualifiers_targets_and_changes_as_reports_do():
    data = _binh_tan()
    first, second, third = data["indicators"][4:7]
    first["approximate"] = False
    first["value"]["qualifier"] = "estimated"
    second["target"] = {
        "kind": "estimate",
        "attainment": "50",
        "attainment_qualifier": "more_than",
        "period": {"start": "2023-01-01", "end": "2023-12-31"},
    }
    third["change"] = {
        "direction": "increase",
        "multiple": "1.7",
        "baseline_period": {"start": "2022-01-01", "end": "2022-06-30"},
    }
    third["target"] = {"kind": "plan", "excess": {"amount": "5", "unit": "%"}}
    out = summarize(govreport.from_dict(Report, data))
    assert "ước 20.604 tỷ đồng" in out
    assert "khoảng 20.604" not in out
    assert "đạt trên 50% dự toán năm 2023" in out
    assert "gấp 1,7 lần so với 6 tháng đầu năm 2022" in out
    assert "vượt 5% kế hoạch" in out


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("đạt 58% kế hoạch", {"kind": TargetKind.PLAN, "attainment": Decimal(58)}),
        (
            "đạt trên 50% dự toán",
            {
                "kind": TargetKind.ESTIMATE,
                "attainment": Decimal(50),
                "attainment_qualifier": Qualifier.MORE_THAN,
            },
        ),
        ("vượt 5% kế hoạch", {"kind": TargetKind.PLAN, "excess": _q("5")}),
    ],
)
def test_a_target_from_what_parse_attainment_reads(text, fields):
    target = Target.from_attainment(parse_attainment(text), period=YEAR_2023)
    assert target == Target(period=YEAR_2023, **fields)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("tăng 6,97% so với cùng kỳ", {"rate": _q("6.97"), "baseline": "cùng kỳ"}),
        ("gấp 1,7 lần", {"multiple": Decimal("1.7")}),
        ("tăng 512 tỷ đồng", {"amount": _q("512", "VND", scale=9)}),
    ],
)
def test_a_change_from_what_parse_change_reads(text, fields):
    change = Change.from_movement(parse_change(text), baseline_period=H1_2022)
    assert change == Change(direction=Direction.INCREASE, baseline_period=H1_2022, **fields)


def test_a_qualified_multiple_has_no_field():
    with pytest.raises(ValidationError, match="qualified multiple"):
        Change.from_movement(parse_change("gấp gần 2 lần"))


def test_past_the_bound_a_long_text_gets_no_suggestion(monkeypatch):
    monkeypatch.setattr(govreport.vietnamese._text, "_MAX_PASSAGES_TEXT", 10)
    assert Passages("Quận ủy quận Bình Tân").find("quận uỷ") is None
