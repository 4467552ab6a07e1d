import datetime as dt
import pickle
import re
import unicodedata
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport
from govreport import (
    Change,
    Direction,
    Directive,
    DocumentKind,
    DocumentSymbol,
    Indicator,
    Meeting,
    Official,
    Organization,
    PartialDate,
    Participant,
    Period,
    Position,
    Quantity,
    Resolution,
    Source,
    Target,
    TargetKind,
    TimeOfDay,
    ValidationError,
)
from govreport._validators import _SPACE, check_text

H1 = Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 6, 30))


def paths(error: ValidationError) -> list[str]:
    return [item.path for item in error.errors]


@pytest.mark.parametrize(
    "cls",
    [
        Organization,
        Official,
        Position,
        Meeting,
        Participant,
        Resolution,
        Indicator,
        Change,
        Target,
        Directive,
        Source,
        Quantity,
        Period,
        PartialDate,
        DocumentSymbol,
    ],
)
def test_records_are_frozen_slotted_and_keyword_only(cls):
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert all(field.kw_only for field in attrs.fields(cls))
    assert cls.__setattr__ is not object.__setattr__


def test_frozen_record_refuses_assignment():
    org = Organization(id="quoc-hoi", name="Quốc hội")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        org.name = "x"  # type: ignore[misc]


def test_positional_arguments_are_refused():
    with pytest.raises(TypeError):
        Organization("quoc-hoi", "Quốc hội")  # type: ignore[misc]


@pytest.mark.parametrize(
    "bad_id",
    ["", "Quoc-hoi", "quốc-hội", "quoc_hoi", "-quoc", "quoc-", "quoc--hoi", "quoc hoi", "a\n"],
)
def test_ids_must_be_slugs(bad_id):
    with pytest.raises(ValidationError) as info:
        Organization(id=bad_id, name="Quốc hội")
    assert paths(info.value) == ["$.id"]
    assert repr(bad_id) in str(info.value)


@pytest.mark.parametrize("good_id", ["a", "quoc-hoi", "nq-98", "2023", "a-1-b"])
def test_slug_ids_are_accepted(good_id):
    assert Organization(id=good_id, name="Quốc hội").id == good_id


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "blank"),
        ("   ", "blank"),
        (" Quốc hội", "white space"),
        ("Quốc\nhội", "single line"),
        ("Quốc\x00hội", "forbidden"),
        ("Quốc \ud800", "forbidden"),
    ],
)
def test_text_must_be_clean(value, problem):
    with pytest.raises(ValidationError, match=problem) as info:
        Organization(id="quoc-hoi", name=value)
    assert paths(info.value) == ["$.name"]


@pytest.mark.parametrize("value", [1, b"Qu\xc3\xb4c", None, ["Quốc hội"]])
def test_wrong_type_is_a_type_error_and_a_validation_error(value):
    with pytest.raises(TypeError) as info:
        Organization(id="quoc-hoi", name=value)
    assert isinstance(info.value, ValidationError)
    assert paths(info.value) == ["$.name"]


def test_nfd_text_is_stored_as_nfc_and_equals_the_nfc_record():
    nfc = "Quận ủy quận Bình Tân"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    org = Organization(id="q", name=nfd, evidence=(nfd,))
    assert org.name == nfc
    assert org.evidence == (nfc,)
    assert org == Organization(id="q", name=nfc, evidence=(nfc,))


def test_tuples_are_required_not_lists():
    with pytest.raises(TypeError):
        Organization(id="q", name="Quốc hội", evidence=["Quốc hội"])  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, -1, True, 12.0, "12"])
def test_term_must_be_a_positive_int(value):
    with pytest.raises(ValidationError) as info:
        Meeting(
            id="m", title="Hội nghị", organizer="o", body="b", date=dt.date(2023, 7, 13), term=value
        )
    assert paths(info.value) == ["$.term"]


def test_meeting_date_is_a_date_not_a_string_or_datetime():
    for value in ("2023-07-13", dt.datetime(2023, 7, 13, 15, 0)):  # noqa: DTZ001
        with pytest.raises(TypeError):
            Meeting(id="m", title="Hội nghị", organizer="o", body="b", date=value)


def test_meeting_participants_are_unique():
    person = Participant(official="a", role="dự")
    with pytest.raises(ValidationError) as info:
        Meeting(
            id="m",
            title="Hội nghị",
            organizer="o",
            body="b",
            date=dt.date(2023, 7, 13),
            participants=(person, person),
        )
    assert paths(info.value) == ["$.participants[1].official"]


@pytest.mark.parametrize(
    "amount",
    [
        1.5,
        1,
        True,
        "1.5",
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Inf"),
        Decimal("1e999999999"),
        Decimal("1e-999999999"),
        Decimal("1" * 39),
        Decimal("0." + "1" * 39),
        Decimal("1." + "1" * 38),
    ],
)
def test_quantity_amount_must_be_an_exact_finite_decimal(amount):
    with pytest.raises(ValidationError) as info:
        Quantity(amount=amount, unit="VND")
    assert paths(info.value) == ["$.amount"]


@pytest.mark.parametrize(
    "amount",
    ["1" * 38, "0." + "1" * 38, "0." + "0" * 37 + "1", "1." + "1" * 37, "-0", "1E+3", "0.000"],
)
def test_quantity_accepts_decimals_up_to_38_digits(amount):
    assert Quantity(amount=Decimal(amount), unit="VND").amount == Decimal(amount)


@pytest.mark.parametrize(
    ("amount", "scale", "exact"),
    [
        ("20604", 9, "20604000000000"),
        ("1996.2", 9, "1996200000000"),
        ("6.97", 0, "6.97"),
        ("-0.5", -2, "-0.005"),
        ("1" * 38, 24, "1" * 38 + "0" * 24),
    ],
)
def test_quantity_exact_applies_the_scale_without_rounding(amount, scale, exact):
    value = Quantity(amount=Decimal(amount), unit="VND", scale=scale).exact
    assert value == Decimal(exact)
    assert str(value) == exact


def test_period_start_must_not_follow_end():
    with pytest.raises(ValidationError) as info:
        Period(start=dt.date(2023, 7, 1), end=dt.date(2023, 6, 30))
    assert paths(info.value) == ["$.end"]
    assert H1.days == 181
    assert dt.date(2023, 6, 30) in H1
    assert dt.date(2023, 7, 1) not in H1


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2023", (2023, None, None)),
        ("2023-07", (2023, 7, None)),
        ("2024-02-29", (2024, 2, 29)),
        ("9999-12-31", (9999, 12, 31)),
        ("0001-01-31", (1, 1, 31)),
    ],
)
def test_partial_date_round_trips_its_canonical_text(text, parts):
    date = PartialDate.parse(text)
    assert (date.year, date.month, date.day) == parts
    assert str(date) == text


@pytest.mark.parametrize(
    "text", ["2023-02-29", "2023-13", "2023-00", "2023-7", "23", "2023-07-13T00:00", "", "2023/07"]
)
def test_partial_date_refuses_impossible_or_malformed_text(text):
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(text)
    assert repr(text) in str(info.value)


def test_partial_date_day_needs_a_month():
    with pytest.raises(ValidationError) as info:
        PartialDate(year=2023, day=1)
    assert paths(info.value) == ["$.day"]


def test_partial_date_period_covers_its_span():
    assert PartialDate.parse("2023").period == Period(
        start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31)
    )
    assert PartialDate.parse("2024-02").period.days == 29
    assert PartialDate.from_date(dt.date(2023, 7, 13)).period.days == 1


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("98/2023/QH15", (98, 2023, None, "QH15", False)),
        ("30/2020/NĐ-CP", (30, 2020, "NĐ", "CP", False)),
        ("05/2022/TT-BTC", (5, 2022, "TT", "BTC", False)),
        ("123/QĐ-UBND", (123, None, "QĐ", "UBND", False)),
        ("01/CT-TTg", (1, None, "CT", "TTg", False)),
        ("31-NQ/TW", (31, None, "NQ", "TW", True)),
        ("124-KH/TU", (124, None, "KH", "TU", True)),
    ],
)
def test_document_symbol_canonical_forms(text, fields):
    symbol = DocumentSymbol.parse(text)
    assert (symbol.number, symbol.year, symbol.kind, symbol.issuer, symbol.party) == fields
    assert str(symbol) == text


@pytest.mark.parametrize(
    "text",
    ["5/2022/TT-BTC", "16 - NQ/TW", "98/23/QH15", "NQ/TW", "0-NQ/TW", "31-NQ", "31-NQ/TW ", ""],
)
def test_document_symbol_parse_takes_only_the_canonical_form(text):
    with pytest.raises(ValidationError):
        DocumentSymbol.parse(text)


def test_document_symbol_kinds_depend_on_the_system():
    assert DocumentSymbol.parse("123/QĐ-UBND").document_kind is DocumentKind.DECISION
    assert DocumentSymbol(number=1, kind="QĐ", issuer="TW", party=True).document_kind is (
        DocumentKind.REGULATION
    )
    assert DocumentSymbol.parse("05/2022/TT-BTC").document_kind is DocumentKind.CIRCULAR
    assert DocumentSymbol(number=1, kind="TT", issuer="TW", party=True).document_kind is (
        DocumentKind.PARTY_CIRCULAR
    )
    assert DocumentSymbol.parse("98/2023/QH15").document_kind is None
    assert DocumentSymbol(number=1, kind="XYZ", issuer="TW", party=True).document_kind is None
    assert DocumentKind.from_code("NQ", party=True) is DocumentKind.RESOLUTION
    with pytest.raises(ValidationError, match="'XYZ'"):
        DocumentKind.from_code("XYZ", party=False)


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"number": 31, "kind": None, "issuer": "TW", "party": True}, "$.kind"),
        ({"number": 31, "kind": "NQ", "issuer": "TW", "party": True, "year": 2022}, "$.year"),
        ({"number": 12, "kind": None, "issuer": "UBND-VX"}, "$.issuer"),
        ({"number": 12, "kind": "Q Đ", "issuer": "UBND"}, "$.kind"),
        ({"number": 0, "kind": "NQ", "issuer": "TW", "party": True}, "$.number"),
    ],
)
def test_document_symbol_refuses_impossible_symbols(kwargs, path):
    with pytest.raises(ValidationError) as info:
        DocumentSymbol(**kwargs)
    assert paths(info.value) == [path]


def test_enum_words_and_codes():
    assert TimeOfDay.AFTERNOON.vietnamese == "chiều"
    assert DocumentKind.CONCLUSION.vietnamese == "Kết luận"
    assert DocumentKind.CONCLUSION.code == "KL"
    assert DocumentKind.LAW.code is None


def test_official_name_parts():
    hai = Official(id="duong-ngoc-hai", name="Dương Ngọc Hải")
    assert (hai.family_name, hai.middle_name, hai.given_name) == ("Dương", "Ngọc", "Hải")
    two = Official(id="le-duan", name="Lê Duẩn")
    assert (two.family_name, two.middle_name, two.given_name) == ("Lê", None, "Duẩn")
    five = Official(id="x", name="Tôn Nữ Thị Ninh Hà")
    assert five.middle_name == "Nữ Thị Ninh"


def test_official_positions_must_be_positions():
    with pytest.raises(TypeError) as info:
        Official(id="x", name="Lê Duẩn", positions=({"title": "x"},))  # type: ignore[arg-type]
    assert paths(info.value) == ["$.positions[0]"]


def _resolution(**kwargs):
    base = {"id": "nq-98", "kind": DocumentKind.RESOLUTION, "number": 98, "issuer": "quoc-hoi"}
    return Resolution(**(base | kwargs))


def test_resolution_enriched_fields_must_exist_and_be_set():
    symbol = DocumentSymbol.parse("98/2023/QH15")
    assert _resolution(symbol=symbol, enriched=("symbol",)).enriched == ("symbol",)
    with pytest.raises(ValidationError, match="no value") as info:
        _resolution(enriched=("issued",))
    assert paths(info.value) == ["$.enriched[0]"]
    with pytest.raises(ValidationError, match="must be one of") as info:
        _resolution(enriched=("evidence",))
    assert paths(info.value) == ["$.enriched[0]"]
    assert _resolution(enriched=("number",)).enriched == ("number",)
    with pytest.raises(ValidationError, match="repeats"):
        _resolution(symbol=symbol, enriched=("symbol", "symbol"))
    titled = _resolution(title_en="Pilot mechanisms", enriched=("title_en",))
    assert titled.enriched == ("title_en",)


def test_decimal_fields_compare_as_written():
    def percent(text):
        return Quantity(amount=Decimal(text), unit="%")

    assert percent("6.90") != percent("6.9")
    assert percent("0") != percent("-0")
    assert percent("1E+3") == percent("1000")
    assert hash(percent("1E+3")) == hash(percent("1000"))
    assert Target(kind=TargetKind.PLAN, attainment=Decimal("55.45")) != Target(
        kind=TargetKind.PLAN, attainment=Decimal("55.450")
    )


@pytest.mark.parametrize(
    ("symbol", "issued", "message"),
    [
        ("97/2023/QH15", None, "number"),
        ("98-KL/TW", None, "Nghị quyết"),
        ("98/2022/QH15", dt.date(2023, 6, 24), "year"),
    ],
)
def test_resolution_symbol_must_agree(symbol, issued, message):
    with pytest.raises(ValidationError, match=message) as info:
        _resolution(symbol=DocumentSymbol.parse(symbol), issued=issued)
    assert paths(info.value) == ["$.symbol"]


def test_indicator_needs_a_value_or_a_change():
    with pytest.raises(ValidationError) as info:
        Indicator(id="i", name="Số vụ phạm pháp hình sự", period=H1)
    assert paths(info.value) == ["$.value"]
    fell = Indicator(
        id="i",
        name="Số vụ phạm pháp hình sự",
        period=H1,
        change=Change(direction=Direction.DECREASE, baseline="cùng kỳ"),
    )
    assert fell.value is None
    with pytest.raises(ValidationError, match="approximate"):
        Indicator(
            id="i",
            name="x",
            period=H1,
            approximate=True,
            change=Change(direction=Direction.DECREASE),
        )


def test_target_attainment_is_a_nonnegative_decimal():
    target = Target(kind=TargetKind.STATUTORY, attainment=Decimal("55.45"))
    assert target.attainment == Decimal("55.45")
    with pytest.raises(ValidationError):
        Target(kind=TargetKind.PLAN, attainment=Decimal(-1))
    with pytest.raises(TypeError):
        Target(kind=TargetKind.PLAN, met=1)  # type: ignore[arg-type]


def test_directive_cites_are_unique_slugs():
    with pytest.raises(ValidationError) as info:
        Directive(id="d", text="x", issued_by="o", meeting="m", cites=("nq-98", "nq-98"))
    assert paths(info.value) == ["$.cites[1]"]


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"language": "Vietnamese"}, "$.language"),
        ({"url": "ftp://x"}, "$.url"),
        ({"published": "2023-07"}, "$.published"),
    ],
)
def test_source_fields(kwargs, path):
    base = {"text": "Chiều 13-7", "title": "Hội nghị", "published": PartialDate(year=2023)}
    with pytest.raises(ValidationError) as info:
        Source(**(base | kwargs))
    assert paths(info.value) == [path]


def test_records_pickle_and_hash():
    org = Organization(
        id="q", name="Quận ủy", dissolved=PartialDate(year=2025), enriched=("dissolved",)
    )
    assert pickle.loads(pickle.dumps(org)) == org
    assert hash(org) == hash(
        Organization(
            id="q", name="Quận ủy", dissolved=PartialDate(year=2025), enriched=("dissolved",)
        )
    )


def test_organization_cannot_be_its_own_parent():
    with pytest.raises(ValidationError) as info:
        Organization(id="q", name="Quận ủy", parent="q")
    assert paths(info.value) == ["$.parent"]


def test_public_submodules_load_on_first_use():
    assert govreport.vietnamese.to_roman(12) == "XII"
    assert govreport.datasets.names() == ("binh-tan-2023-07-13",)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = govreport.nope


_ODD = (
    "\t\n\r\x0b\x0c\x1c\x1f\x00\x7f\x80\x85\x9b\x9f\xa0"
    "\u1680\u2000\u200a\u200b\u2028\u202f\u3000\ufeff\ud800 "
)


@given(
    st.text(alphabet=st.sampled_from(_ODD) | st.characters(codec="utf-8"), max_size=8),
    st.booleans(),
    st.booleans(),
)
def test_the_text_pattern_agrees_with_str_strip(text, multiline, verbatim):
    # C0 and C1 controls (DEL among them) and lone surrogates; tab and line breaks aside.
    controls = [*range(0x20), *range(0x7F, 0xA0), *range(0xD800, 0xE000)]
    forbidden = set(map(chr, controls)) - set("\t\n\r")
    if not multiline:
        forbidden |= set("\t\n\r")
    expected = (
        bool(text.strip()) and not forbidden & set(text) and (verbatim or text == text.strip())
    )
    assert (check_text(text, multiline=multiline, verbatim=verbatim) is None) is expected


def test_the_white_space_class_is_pythons():
    space = re.compile(f"[{_SPACE}]")
    assert [c for c in map(chr, range(0x110000)) if space.match(c)] == [
        c for c in map(chr, range(0x110000)) if c.isspace()
    ]


def test_deep_or_huge_bad_values_are_quoted_briefly():
    deep: tuple[object, ...] = ()
    for _ in range(100_000):
        deep = (deep,)
    with pytest.raises(ValidationError) as info:
        Organization(id=deep, name="Quốc hội")  # type: ignore[arg-type]
    assert len(str(info.value)) < 200
    with pytest.raises(ValidationError) as info:
        Organization(id="a" * 1_000_000 + "A", name="Quốc hội")
    assert len(str(info.value)) < 200


def test_integers_stay_within_what_json_carries():
    with pytest.raises(ValidationError) as info:
        Meeting(
            id="m",
            title="Hội nghị",
            organizer="o",
            body="b",
            date=dt.date(2023, 7, 13),
            term=10**50,
        )
    assert "at most 2147483647" in str(info.value)


def test_subclassed_records_are_checked_like_their_class():
    class Body(Organization):
        pass

    source = Source(text="Quốc hội", title="x", published=PartialDate(year=2023))
    with pytest.raises(ValidationError) as info:
        govreport.Report(source=source, organizations=(Body(id="a", name="x", parent="zz"),))
    assert paths(info.value) == ["$.organizations[0].parent"]


def test_an_indicator_may_be_a_goal_with_a_level():
    goal = Target(kind=TargetKind.PLAN, value=Quantity(amount=Decimal(0), unit="household"))
    poverty = Indicator(id="i", name="hộ nghèo", period=H1, target=goal)
    assert poverty.value is None
    with pytest.raises(ValidationError, match="a value, a change or a target it is measured"):
        Indicator(id="i", name="hộ nghèo", period=H1, target=Target(kind=TargetKind.PLAN))


# -- repr: attrs' text, from one shared method ----------------------------------------


def test_repr_writes_what_attrs_writes():
    assert repr(H1) == "Period(start=datetime.date(2023, 1, 1), end=datetime.date(2023, 6, 30))"
    quantity = Quantity(amount=Decimal(20604), unit="tỷ đồng", scale=9)
    assert repr(quantity) == (
        "Quantity(amount=Decimal('20604'), unit='tỷ đồng', scale=9, per=None, qualifier=None)"
    )
    assert eval(repr(quantity), {"Quantity": Quantity, "Decimal": Decimal}) == quantity  # noqa: S307
    item = ValidationError.at("$.a", "bad").errors[0]
    assert repr(item) == "ErrorItem(path='$.a', message='bad')"


def test_repr_of_users_subclasses():
    @attrs.frozen(kw_only=True, repr=False)
    class Tagged(Period):
        tag: str = attrs.field(default="h1", repr=lambda value: value.upper())
        secret: str = attrs.field(default="", repr=False)

    @attrs.frozen(kw_only=True)
    class Attrs(Period):
        tag: str = "h1"

    shared = repr(Tagged(start=H1.start, end=H1.end))
    assert shared == f"Tagged(start={H1.start!r}, end={H1.end!r}, tag=H1)"
    assert repr(Attrs(start=H1.start, end=H1.end)) == shared.replace("Tagged", "Attrs").replace(
        "H1", "'h1'"
    )


# -- every item of a tuple field is checked, in the constructor and in from_dict ----------


@pytest.mark.parametrize(
    ("field", "items", "path"),
    [
        ("evidence", (" Quốc hội",), "$.evidence[0]"),
        ("evidence", ("Quốc hội", ""), "$.evidence[1]"),
        ("evidence", ("Quốc\x00hội",), "$.evidence[0]"),
        ("evidence", ("Quốc hội\u3000",), "$.evidence[0]"),
        ("enriched", ("name_en", "name_en"), "$.enriched[1]"),
        ("enriched", ("title",), "$.enriched[0]"),
    ],
)
def test_bad_items_of_tuple_fields_are_refused(field, items, path):
    base = {"id": "quoc-hoi", "name": "Quốc hội", "name_en": "National Assembly"}
    with pytest.raises(ValidationError) as info:
        Organization(**base, **{field: items})
    assert paths(info.value) == [path]
    with pytest.raises(ValidationError) as info:
        govreport.from_dict(Organization, {**base, field: list(items)})
    assert paths(info.value) == [path]


@pytest.mark.parametrize(
    ("items", "path"),
    [(("nq-98", "Not A Slug"), "$.cites[1]"), (("nq-98", "nq-98"), "$.cites[1]")],
)
def test_bad_references_in_tuples_are_refused(items, path):
    base = {"id": "d", "text": "Tập trung.", "issued_by": "o", "meeting": "m"}
    with pytest.raises(ValidationError) as info:
        Directive(**base, cites=items)
    assert paths(info.value) == [path]
    with pytest.raises(ValidationError) as info:
        govreport.from_dict(Directive, {**base, "cites": list(items)})
    assert paths(info.value) == [path]
