"""The strategies themselves: every example valid, shapes honoured, registration works."""

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal

import attrs
import hypothesis
import pytest
from hypothesis import find, given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import govreport
from govreport import strategies as gs
from govreport._validators import SLUG, check_decimal, check_text

SOURCE = (
    "Chiều 13-7, Quận ủy quận Bình Tân tổ chức hội nghị Ban Chấp hành Đảng bộ quận "
    "khóa XII, lần thứ 17 (mở rộng).\n\n"
    "Đồng chí Dương Ngọc Hải đề nghị quận tập trung nguồn lực để hoàn thành các chỉ "
    "tiêu nghị quyết đã đề ra."
)
ORGS = ("quan-uy-binh-tan", "ubnd-binh-tan", "bo-chinh-tri")
PEOPLE = ("duong-ngoc-hai", "nguyen-van-a")
MEETINGS = ("hoi-nghi-17",)
DOCUMENTS = ("nq-98", "nq-31")
# Units the quantities strategy draws that govreport has no code for.
COUNTED = {"đại biểu", "cá nhân", "lượt khách", "tổ chức cơ sở đảng", "km²", "lần"}

RECORD_STRATEGIES = {
    govreport.Organization: gs.organizations(),
    govreport.Official: gs.officials(),
    govreport.Meeting: gs.meetings(),
    govreport.Resolution: gs.resolutions(),
    govreport.Indicator: gs.indicators(),
    govreport.Directive: gs.directives(),
    govreport.Assessment: gs.assessments(),
}
VALUE_STRATEGIES = {
    govreport.Quantity: gs.quantities(),
    govreport.Period: gs.periods(),
    govreport.PartialDate: gs.partial_dates(),
    govreport.DocumentSymbol: gs.document_symbols(),
    govreport.Position: gs.positions(),
    govreport.Participant: gs.participants(),
    govreport.Change: gs.changes(),
    govreport.Target: gs.targets(),
    govreport.Source: gs.sources(),
}
ALL_TYPES = sorted(
    [*RECORD_STRATEGIES, *VALUE_STRATEGIES, govreport.Report], key=lambda cls: cls.__name__
)


def values_of(value, kind):
    """Yield every *kind* stored in an attrs value, however deep."""
    if isinstance(value, kind):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from values_of(item, kind)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from values_of(getattr(value, field.name), kind)


def assert_well_formed(value):
    """Text is NFC, Decimals are exact and small; the converter accepts the value back."""
    for text in values_of(value, str):
        assert unicodedata.is_normalized("NFC", text)
        assert check_text(text, multiline=True, verbatim=True) is None
    for number in values_of(value, Decimal):
        assert check_decimal(number) is None
    assert govreport.from_dict(type(value), govreport.to_dict(value)) == value


def assert_assessments_consistent(report, orgs, meetings):
    for assessment in report.assessments:
        assert assessment.area is None or assessment.area in orgs
        assert assessment.meeting is None or assessment.meeting in meetings


def assert_consistent(report):
    """Check the report's graph without trusting `Report`'s own checks."""
    ids = [record.id for record in report.records()]
    counted = sum(
        len(getattr(report, name))
        for name in (
            "organizations",
            "officials",
            "meetings",
            "resolutions",
            "indicators",
            "directives",
            "assessments",
        )
    )
    assert len(ids) == len(set(ids)) == counted
    assert all(SLUG.fullmatch(record_id) for record_id in ids)
    orgs = {org.id: org for org in report.organizations}
    people = {person.id for person in report.officials}
    for org in report.organizations:
        seen = {org.id}
        parent = org.parent
        while parent is not None:
            assert parent in orgs
            assert parent not in seen
            seen.add(parent)
            parent = orgs[parent].parent
    for person in report.officials:
        assert all(position.organization in orgs for position in person.positions)
    for meeting in report.meetings:
        assert {meeting.organizer, meeting.body} <= orgs.keys()
        assert {participant.official for participant in meeting.participants} <= people
    for document in report.resolutions:
        assert document.issuer in orgs
    indicators = [indicator.id for indicator in report.indicators]
    for position, indicator in enumerate(report.indicators):
        assert indicator.area is None or indicator.area in orgs
        assert indicator.part_of is None or indicator.part_of in indicators[:position]
    meetings = {meeting.id for meeting in report.meetings}
    documents = {document.id for document in report.resolutions}
    for directive in report.directives:
        assert directive.issued_by in {*people, *orgs, directive.meeting}
        assert directive.meeting in meetings
        assert set(directive.addressed) <= orgs.keys()
        assert len(directive.addressees) != 1
        assert set(directive.cites) <= documents
    assert_assessments_consistent(report, set(orgs), meetings)
    for record in report.records():
        for quote in record.evidence:
            assert quote in report.source.text


# -- every example is valid ----------------------------------------------------------


@pytest.mark.parametrize("cls", ALL_TYPES, ids=lambda cls: cls.__name__)
def test_for_type_gives_the_default_strategy(cls):
    @given(gs.for_type(cls))
    def check(value):
        assert type(value) is cls
        assert_well_formed(value)

    check()


@given(st.data())
def test_from_type_uses_the_registered_strategies(data):
    cls = data.draw(st.sampled_from(ALL_TYPES))
    value = data.draw(st.from_type(cls))
    assert type(value) is cls


@given(st.from_type(govreport.Record))
def test_from_type_of_the_record_union(record):
    assert isinstance(record, tuple(RECORD_STRATEGIES))


@pytest.mark.parametrize("cls", [int, str, govreport.TimeOfDay, govreport.Report | None])
def test_for_type_refuses_other_types(cls):
    with pytest.raises(InvalidArgument, match="no strategy for"):
        gs.for_type(cls)


@given(gs.reports())
def test_reports_are_consistent_graphs(report):
    assert_consistent(report)
    assert_well_formed(report)
    assert report.source.language == "vi"


@given(
    gs.reports(
        min_organizations=3,
        min_officials=3,
        min_meetings=2,
        min_resolutions=3,
        min_indicators=3,
        min_directives=3,
    )
)
def test_full_reports_are_consistent_graphs(report):
    assert_consistent(report)
    assert len(report.records()) >= 17


@given(gs.reports(source_text=SOURCE, min_officials=1, max_directives=2))
def test_reports_cut_quotes_from_the_text_given(report):
    assert report.source.text == SOURCE
    assert_consistent(report)


@given(gs.texts(min_words=3, max_words=5))
def test_texts_are_single_lines_of_words(text):
    assert check_text(text) is None
    assert unicodedata.is_normalized("NFC", text)
    assert 3 <= len(text.split()) <= 5
    assert not text[0].islower()


@given(gs.names())
def test_names_are_vietnamese_full_names(name):
    parts = name.split()
    assert 2 <= len(parts) <= 5
    assert all(part[0].isupper() for part in parts)
    official = govreport.Official(id="x", name=name)
    assert official.family_name == parts[0]
    assert official.given_name == parts[-1]


@given(gs.ids())
def test_ids_are_slugs(record_id):
    assert SLUG.fullmatch(record_id)


# -- shapes ---------------------------------------------------------------------------


@given(gs.quantities())
def test_quantities_are_realistic(quantity):
    exponent = quantity.amount.as_tuple().exponent
    if quantity.unit == "%":
        assert exponent == -2
        assert quantity.scale == 0
    elif quantity.unit == "VND":
        assert quantity.scale in {3, 6, 9, 12}
        assert -3 <= exponent <= 0
    else:
        assert quantity.unit in {"person", "household", "ward", "case", *COUNTED}
        assert exponent == 0
    assert quantity.amount >= 0
    assert quantity.per is None or (quantity.unit == "%" and quantity.per in {"year", "month"})


@pytest.mark.parametrize(
    "condition",
    [
        lambda q: q.qualifier is not None,
        lambda q: q.qualifier is None,
        lambda q: q.per == "year",
        lambda q: q.unit in COUNTED,
    ],
)
def test_quantities_are_sometimes_qualified_rates_of_open_units(condition):
    assert condition(find(gs.quantities(), condition))


@given(gs.quantities(units=["km2"]))
def test_quantities_of_other_units(quantity):
    assert quantity.unit == "km2"
    assert quantity.qualifier is None


@given(gs.periods(min_year=2023, max_year=2023))
def test_periods_are_months_quarters_halves_and_years(period):
    assert period.start.year == period.end.year == 2023
    assert period.start.day == 1
    assert (period.end + dt.timedelta(days=1)).day == 1
    months = period.end.month - period.start.month + 1
    assert months in {1, 3, 6, 9, 12}
    if months in {3, 6}:
        assert (period.start.month - 1) % months == 0


@given(gs.partial_dates(min_year=1999, max_year=2001))
def test_partial_dates(date):
    assert 1999 <= date.year <= 2001
    assert govreport.PartialDate.parse(str(date)) == date


@given(gs.document_symbols())
def test_symbols_read_back(symbol):
    text = str(symbol)
    assert govreport.DocumentSymbol.parse(text) == symbol
    assert symbol.document_kind is not None or symbol.kind is None
    assert not (symbol.party and symbol.year is not None)


@pytest.mark.parametrize("party", [True, False])
def test_symbols_of_one_system(party):
    @given(gs.document_symbols(party=party))
    def check(symbol):
        assert symbol.party is party

    check()


@pytest.mark.parametrize(
    ("condition", "pattern"),
    [
        (lambda s: s.party, r"\d\d+-[A-ZĐ]+/[A-ZĐ]+"),
        (lambda s: not s.party and s.kind is None, r"\d\d+/\d{4}/QH15|\d\d+/\d{4}/\w+"),
        (lambda s: not s.party and s.kind is not None and s.year, r"\d\d+/\d{4}/\w+-\w+"),
        (lambda s: not s.party and s.kind is not None and not s.year, r"\d\d+/\w+-\w+"),
    ],
)
def test_symbols_of_every_form(condition, pattern):
    symbol = find(gs.document_symbols(), condition)
    assert re.fullmatch(pattern, str(symbol))


@given(gs.resolutions(kinds=[govreport.DocumentKind.DECREE]))
def test_resolutions_of_the_kinds_given(resolution):
    assert resolution.kind is govreport.DocumentKind.DECREE
    if resolution.symbol is not None:
        assert resolution.symbol.kind == "NĐ"


@given(gs.resolutions())
def test_resolution_symbols_agree_with_the_document(resolution):
    symbol = resolution.symbol
    if symbol is not None:
        assert symbol.number == resolution.number
        assert symbol.kind is None or symbol.document_kind is resolution.kind
        if symbol.year is not None and resolution.issued is not None:
            assert symbol.year == resolution.issued.year
    for name in resolution.enriched:
        assert getattr(resolution, name) is not None


@given(gs.indicators())
def test_indicators_have_a_value_a_change_or_a_stated_target(indicator):
    target = indicator.target
    stated = target is not None and (
        target.value is not None
        or target.attainment is not None
        or target.met is not None
        or target.excess is not None
        or target.ahead is not None
    )
    assert indicator.value is not None or indicator.change is not None or stated
    assert not indicator.approximate or indicator.value is not None
    if indicator.approximate:
        assert indicator.qualifier is govreport.Qualifier.ABOUT


def test_indicators_rest_on_an_attainment_alone_and_targets_are_exceeded():
    # find() raises when no drawn example satisfies the condition.
    alone = find(
        gs.indicators(),
        lambda i: (
            i.value is None
            and i.change is None
            and i.target.value is None
            and i.target.attainment is not None
        ),
    )
    assert alone.target.kind in govreport.TargetKind
    find(gs.targets(), lambda t: t.excess is not None and t.ahead is not None)
    find(gs.changes(), lambda c: c.multiple is not None and c.baseline_period is not None)


@given(
    st.one_of(
        gs.meetings(organization_ids=ORGS, official_ids=PEOPLE),
        gs.organizations(parent_ids=ORGS),
        gs.officials(organization_ids=ORGS),
        gs.resolutions(organization_ids=ORGS),
        gs.indicators(organization_ids=ORGS),
        gs.directives(
            official_ids=PEOPLE,
            meeting_ids=MEETINGS,
            organization_ids=ORGS,
            resolution_ids=DOCUMENTS,
        ),
    )
)
def test_references_come_from_the_ids_given(record):
    report_ids = {*ORGS, *PEOPLE, *MEETINGS, *DOCUMENTS}
    names = ("parent", "organizer", "body", "issuer", "area", "addressee", "issued_by", "meeting")
    references = [getattr(record, name, None) for name in names]
    references.extend(getattr(record, "cites", ()))
    references.extend(getattr(record, "addressees", ()))
    references.extend(p.organization for p in getattr(record, "positions", ()))
    references.extend(p.official for p in getattr(record, "participants", ()))
    assert {ref for ref in references if ref is not None} <= report_ids


@given(
    st.one_of(
        gs.officials(organization_ids=()),
        gs.organizations(parent_ids=()),
        gs.indicators(organization_ids=()),
        gs.meetings(official_ids=()),
        gs.directives(resolution_ids=()),
    )
)
def test_empty_ids_mean_no_optional_references(record):
    assert getattr(record, "positions", ()) == ()
    assert getattr(record, "parent", None) is None
    assert getattr(record, "area", None) is None
    assert getattr(record, "participants", ()) == ()
    assert getattr(record, "cites", ()) == ()


@given(
    st.one_of(
        gs.organizations(source_text=SOURCE),
        gs.officials(source_text=SOURCE),
        gs.meetings(source_text=SOURCE),
        gs.resolutions(source_text=SOURCE),
        gs.indicators(source_text=SOURCE),
        gs.directives(source_text=SOURCE),
    )
)
def test_evidence_is_cut_from_the_source_text(record):
    for quote in record.evidence:
        assert quote in SOURCE
        assert check_text(quote) is None


@given(gs.sources(text=SOURCE))
def test_sources_with_a_fixed_text(source):
    assert source.text == SOURCE


@given(
    gs.reports(
        min_organizations=0,
        max_organizations=0,
        max_officials=2,
        max_indicators=2,
    )
)
def test_reports_without_organizations(report):
    assert report.organizations == report.meetings == report.resolutions == ()
    assert report.directives == ()
    assert all(person.positions == () for person in report.officials)
    assert all(indicator.area is None for indicator in report.indicators)


@pytest.mark.parametrize(
    "sizes",
    [
        {"min_organizations": 2, "max_organizations": 2, "max_officials": 0},
        {"min_directives": 1, "max_directives": 1, "max_organizations": 1},
        {"min_meetings": 1, "max_meetings": 1, "min_indicators": 2, "max_indicators": 3},
        {"max_organizations": 1, "max_officials": 1, "max_meetings": 1, "max_resolutions": 0},
        {"min_assessments": 2, "max_assessments": 2},
    ],
    ids=str,
)
def test_reports_honour_their_sizes(sizes):
    @given(gs.reports(**sizes))
    def check(report):
        names = ("organizations", "officials", "meetings", "resolutions", "indicators")
        for name in (*names, "assessments"):
            count = len(getattr(report, name))
            assert sizes.get(f"min_{name}", 0) <= count
            assert count <= sizes.get(f"max_{name}", count)
        if "min_directives" in sizes:
            assert len(report.directives) >= sizes["min_directives"]
            assert report.officials
            assert report.meetings
        assert_consistent(report)

    check()


# -- shrinking ------------------------------------------------------------------------


def test_reports_shrink_to_the_smallest_graph():
    report = find(gs.reports(), lambda report: len(report.directives) >= 1)
    assert len(report.organizations) == 1
    assert len(report.officials) == 1
    assert len(report.meetings) == 1
    assert len(report.directives) == 1
    assert report.resolutions == report.indicators == ()
    assert all(record.evidence == () for record in report.records())


def test_meetings_shrink_to_a_plain_meeting():
    meeting = find(gs.meetings(), lambda _: True)
    assert meeting.participants == meeting.evidence == ()
    assert meeting.term is meeting.session is meeting.time_of_day is None


# -- bad arguments --------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda: gs.texts(min_words=0),
        lambda: gs.texts(min_words=5, max_words=4),
        lambda: gs.quantities(units=[]),
        lambda: gs.quantities(units=[" x"]),
        lambda: gs.periods(min_year=2024, max_year=2023),
        lambda: gs.partial_dates(min_year=0),
        lambda: gs.document_symbols(party="yes"),
        lambda: gs.organizations(parent_ids="quan"),
        lambda: gs.organizations(parent_ids=["Not A Slug"]),
        lambda: gs.meetings(organization_ids=[]),
        lambda: gs.positions(organization_ids=()),
        lambda: gs.participants(official_ids=()),
        lambda: gs.resolutions(kinds=[]),
        lambda: gs.resolutions(kinds=["resolution"]),
        lambda: gs.directives(meeting_ids=[]),
        lambda: gs.sources(text=" \n "),
        lambda: gs.meetings(source_text="a\x00b"),
        lambda: gs.reports(min_meetings=2, max_meetings=1),
        lambda: gs.reports(max_officials=-1),
        lambda: gs.reports(min_indicators=True),
        lambda: gs.reports(min_directives=1, max_meetings=0),
        lambda: gs.reports(min_resolutions=1, max_organizations=0),
    ],
)
def test_bad_arguments_are_refused_at_once(make):
    with pytest.raises(InvalidArgument):
        make()


# -- registration ---------------------------------------------------------------------


def run_python(code):
    env = {key: value for key, value in os.environ.items() if not key.startswith("HYPOTHESIS")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_import_govreport_does_not_import_hypothesis():
    code = (
        "import sys, govreport\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'hypothesis', 'jsonschema'} or m == 'govreport.strategies'))"
    )
    assert run_python(code).strip() == "[]"


def test_the_entry_point_registers_the_strategies():
    code = """
import sys
from hypothesis import HealthCheck, given, settings, strategies as st
import govreport
assert "govreport.strategies" not in sys.modules

# A busy machine (tests on every core) must not fail this on speed.
@settings(
    max_examples=5, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.from_type(govreport.Report), st.from_type(govreport.Meeting))
def check(report, meeting):
    assert isinstance(report, govreport.Report)
    assert isinstance(meeting, govreport.Meeting)

check()
print("govreport.strategies" in sys.modules)
"""
    assert run_python(code).strip() == "True"


def test_from_type_of_a_base_class_still_draws():
    # Hypothesis asks every registered type's resolver when it resolves `object`,
    # passing `object`; govreport's resolvers must answer for their own class
    # (they used to raise InvalidArgument, failing every draw).
    drawn = []

    @given(st.from_type(object))
    @hypothesis.settings(max_examples=50, database=None)
    def check(value):
        drawn.append(type(value))

    check()
    assert drawn
