import datetime as dt
import decimal
import json
import pickle
import typing
import unicodedata
from decimal import Decimal

import attrs
import pytest

import govreport
from govreport import (
    DocumentSymbol,
    Meeting,
    Organization,
    PartialDate,
    Qualifier,
    Quantity,
    Report,
    ValidationError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)


def paths(error: ValidationError) -> list[str]:
    return [item.path for item in error.errors]


def errors_of(cls, data) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        from_dict(cls, data)
    assert type(info.value) is ValidationError or isinstance(info.value, ValidationError)
    return info.value


def test_report_round_trips_through_dict_and_json(report_dict):
    report = from_dict(Report, report_dict)
    assert from_dict(Report, to_dict(report)) == report
    assert from_json(Report, to_json(report)) == report
    assert from_json(Report, to_json(report, indent=2).encode()) == report


def test_to_dict_writes_json_types(report_dict):
    data = to_dict(from_dict(Report, report_dict))
    meeting = data["meetings"][0]
    assert meeting["date"] == "2023-07-13"
    assert meeting["time_of_day"] == "afternoon"
    assert meeting["participants"] == [
        {"official": "duong-ngoc-hai", "role": "phát biểu chỉ đạo", "role_en": None, "roles": []}
    ]
    assert data["resolutions"][0]["symbol"] == "98/2023/QH15"
    assert data["resolutions"][0]["kind"] == "resolution"
    assert data["source"]["published"] == "2023-07"
    assert data["indicators"][0]["value"] == {
        "amount": "20604",
        "unit": "VND",
        "scale": 9,
        "per": None,
        "qualifier": None,
    }
    assert isinstance(meeting["evidence"], list)
    json.dumps(data)  # everything is a JSON type


def test_json_is_deterministic_utf8_and_unescaped(report_dict):
    report = from_dict(Report, report_dict)
    text = to_json(report)
    assert text == to_json(from_json(Report, text))
    assert "Quận ủy quận Bình Tân" in text
    assert "\\u" not in text
    assert "\n" not in text
    assert to_json(report, indent=2).count("\n") > 50


@pytest.mark.parametrize(
    ("amount", "written"),
    [
        ("1E+3", "1000"),
        ("1.000", "1.000"),
        ("-0", "-0"),
        ("1E-7", "0.0000001"),
        ("1" * 38, "1" * 38),
        ("0.5", "0.5"),
    ],
)
@pytest.mark.parametrize("capitals", [1, 0])
def test_decimals_are_written_in_positional_notation(amount, written, capitals):
    quantity = Quantity(amount=Decimal(amount), unit="VND")
    # str(Decimal) writes "1e-7" under a context with capitals off; the text must not change.
    with decimal.localcontext() as context:  # keyword arguments are 3.11+
        context.capitals = capitals
        assert json.loads(to_json(quantity))["amount"] == written
        assert to_dict(quantity)["amount"] == written
        indicator = govreport.Indicator(
            id="thu-ngan-sach",
            name="Thu ngân sách",
            period=govreport.Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 6, 30)),
            value=quantity,
        )
        assert to_dict(indicator)["value"]["amount"] == written  # a nested record's Decimal
        assert json.loads(to_json(indicator))["value"]["amount"] == written
    back = from_json(Quantity, to_json(quantity))
    assert back == quantity
    assert back.amount.as_tuple() == Decimal(written).as_tuple()


def test_a_quantity_without_qualifier_or_per_reads_as_before():
    quantity = from_json(Quantity, '{"amount": "7.54", "unit": "%", "scale": 0}')
    assert quantity.qualifier is None
    assert quantity.per is None


def test_a_qualified_rate_round_trips_and_writes_its_codes():
    quantity = Quantity(amount=Decimal("7.54"), unit="%", per="year", qualifier=Qualifier.MORE_THAN)
    data = to_dict(quantity)
    assert data["qualifier"] == "more_than"
    assert data["per"] == "year"
    assert from_json(Quantity, to_json(quantity)) == quantity


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"amount": "1", "unit": "%", "qualifier": "roughly"}, "$.qualifier"),
        ({"amount": "1", "unit": "%", "qualifier": 1}, "$.qualifier"),
        ({"amount": "1", "unit": "%", "per": ""}, "$.per"),
        ({"amount": "1", "unit": "%", "per": 7}, "$.per"),
    ],
)
def test_a_bad_qualifier_or_per_is_refused_at_its_path(data, path):
    assert paths(errors_of(Quantity, data)) == [path]


@pytest.mark.parametrize("amount", ["20604", 20604, -3, "0.000001", "-12.50"])
def test_decimals_are_read_from_strings_and_integers(amount):
    quantity = from_dict(Quantity, {"amount": amount, "unit": "VND", "scale": 9})
    assert quantity.amount == Decimal(str(amount))


@pytest.mark.parametrize(
    "text",
    [
        '{"amount": 1.5, "unit": "%"}',
        '{"amount": 12.0, "unit": "%"}',
        '{"amount": 1e5, "unit": "%"}',
        '{"amount": NaN, "unit": "%"}',
        '{"amount": Infinity, "unit": "%"}',
        '{"amount": -Infinity, "unit": "%"}',
        '{"amount": "NaN", "unit": "%"}',
        '{"amount": "1e999999999", "unit": "%"}',
        '{"amount": "1E5", "unit": "%"}',
        '{"amount": "1,5", "unit": "%"}',
        '{"amount": " 1", "unit": "%"}',
        '{"amount": "01", "unit": "%"}',
        '{"amount": ".5", "unit": "%"}',
        '{"amount": "+1", "unit": "%"}',
        '{"amount": true, "unit": "%"}',
        '{"amount": null, "unit": "%"}',
        '{"amount": "' + "1" * 39 + '", "unit": "%"}',
        '{"amount": ' + "1" * 39 + ', "unit": "%"}',
        '{"amount": ' + "9" * 5000 + ', "unit": "%"}',
    ],
)
def test_inexact_or_absurd_numbers_are_refused_with_their_path(text):
    with pytest.raises(ValidationError) as info:
        from_json(Quantity, text)
    assert paths(info.value) == ["$.amount"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", 1),  # an int is not a string
        ("title", ["Hội nghị"]),
        ("title", None),
        ("term", 12.0),  # a float is not an int, even a whole one
        ("term", "12"),
        ("term", True),  # a bool is not an int
        ("expanded", 1),
        ("expanded", "yes"),
        ("expanded", "true"),
        ("expanded", None),
        ("date", "2023-7-13"),
        ("date", "20230713"),
        ("date", "2023-02-30"),  # impossible date
        ("date", "2023-07-13T15:00:00"),
        ("date", 20230713),
        ("time_of_day", "AFTERNOON"),
        ("time_of_day", "chiều"),
        ("participants", "abc"),  # a string is not a sequence of participants
        ("participants", {"official": "a", "role": "dự"}),
        ("evidence", "abc"),
        ("evidence", [1]),
        ("id", "Hoi-Nghi"),
    ],
)
def test_wrong_types_are_refused_never_coerced(report_dict, field, value):
    meeting = report_dict["meetings"][0] | {field: value}
    error = errors_of(Meeting, meeting)
    assert paths(error)[0].startswith(f"$.{field}")


def test_a_string_is_not_a_tuple_of_ids(report_dict):
    directive = report_dict["directives"][0] | {"cites": "abc"}
    error = errors_of(govreport.Directive, directive)
    assert paths(error) == ["$.cites"]


def test_unknown_and_missing_keys_are_reported_together(report_dict):
    meeting = report_dict["meetings"][0]
    del meeting["title"], meeting["body"]
    meeting["place"] = "Bình Tân"
    meeting["term "] = 12
    error = errors_of(Meeting, meeting)
    assert sorted(paths(error)) == ["$.body", "$.place", "$.title", "$['term ']"]
    assert "unknown key" in str(error)
    assert "missing" in str(error)


def test_every_bad_path_of_a_report_is_listed(report_dict):
    report_dict["meetings"][0]["term"] = 0
    report_dict["meetings"][0]["session"] = "17"
    report_dict["indicators"][0]["value"]["amount"] = 1.5
    report_dict["officials"][0]["positions"][0]["organization"] = "Quan"
    report_dict["source"]["published"] = "2023-02-30"
    error = errors_of(Report, report_dict)
    assert sorted(paths(error)) == [
        "$.indicators[0].value.amount",
        "$.meetings[0].session",
        "$.meetings[0].term",
        "$.officials[0].positions[0].organization",
        "$.source.published",
    ]
    assert len(str(error).splitlines()) == 5


def test_validator_failures_keep_their_field_and_message(report_dict):
    meeting = report_dict["meetings"][0] | {"term": -1, "id": "X", "title": " x"}
    error = errors_of(Meeting, meeting)
    assert sorted(paths(error)) == ["$.id", "$.term", "$.title"]
    assert "term must be at least 1, got -1" in str(error)


def test_cross_field_failures_keep_their_path(report_dict):
    indicator = report_dict["indicators"][0] | {
        "period": {"start": "2023-07-01", "end": "2023-06-30"}
    }
    error = errors_of(govreport.Indicator, indicator)
    assert paths(error) == ["$.period.end"]


def test_duplicate_json_keys_are_refused():
    with pytest.raises(ValidationError) as info:
        from_json(Organization, '{"id": "a", "name": "Quốc hội", "id": "b"}')
    assert paths(info.value) == ["$.id"]
    assert "more than once" in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "invalid JSON"),
        ("   ", "invalid JSON"),
        ('{"id": "a", "name": "Qu', "invalid JSON"),
        ('{"id": "a"', "invalid JSON"),
        ('{"id": "a"} {}', "invalid JSON"),
        ("{'id': 'a'}", "invalid JSON"),
        ('{"id": "a",}', "invalid JSON"),
        ("[]", "expected an object"),
        ('[{"id": "a", "name": "Quốc hội"}]', "expected an object"),
        ('"Quốc hội"', "expected an object"),
        ("null", "expected an object"),
        ("1", "expected an object"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"id": ' * 100_000, "invalid JSON|nested too deeply"),
        ("\ufeff{}", "byte order mark"),
    ],
)
def test_malformed_json_is_a_validation_error(text, message):
    with pytest.raises(ValidationError, match=message) as info:
        from_json(Organization, text)
    assert paths(info.value) == ["$"]


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe{}", b'{"id": "a", "name": "Qu\xe1\xbb"}', b'{"name": "\xc0\x80"}', b"\x80"],
)
def test_non_utf8_bytes_are_a_validation_error(data):
    with pytest.raises(ValidationError, match="not UTF-8"):
        from_json(Organization, data)


def test_lone_surrogates_in_json_are_refused():
    with pytest.raises(ValidationError) as info:
        from_json(Organization, '{"id": "a", "name": "Qu\\ud800"}')
    assert paths(info.value) == ["$.name"]


def test_nfd_json_gives_the_nfc_record(report_dict):
    text = to_json(from_dict(Report, report_dict))
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert from_json(Report, nfd) == from_json(Report, text)
    assert to_json(from_json(Report, nfd)) == text


def test_symbols_and_partial_dates_are_read_in_canonical_form_only():
    assert from_dict(DocumentSymbol, "31-NQ/TW") == DocumentSymbol.parse("31-NQ/TW")
    assert from_dict(DocumentSymbol, unicodedata.normalize("NFD", "30/2020/NĐ-CP")) == (
        DocumentSymbol.parse("30/2020/NĐ-CP")
    )
    assert from_dict(PartialDate, "2023-07") == PartialDate(year=2023, month=7)
    for cls, value in [
        (DocumentSymbol, "16 - NQ/TW"),
        (DocumentSymbol, 31),
        (PartialDate, 2023),
        (PartialDate, "2023-7"),
    ]:
        with pytest.raises(ValidationError):
            from_dict(cls, value)


def test_python_values_of_the_exact_type_are_accepted_by_from_dict():
    data = {"start": dt.date(2023, 1, 1), "end": "2023-06-30"}
    assert from_dict(govreport.Period, data).start == dt.date(2023, 1, 1)
    quantity = from_dict(Quantity, {"amount": Decimal("1.5"), "unit": "%"})
    assert quantity.amount == Decimal("1.5")
    with pytest.raises(ValidationError):
        from_dict(govreport.Period, {"start": dt.datetime(2023, 1, 1), "end": "2023-06-30"})  # noqa: DTZ001
    with pytest.raises(ValidationError):
        from_dict(Quantity, {"amount": Decimal("NaN"), "unit": "%"})


def test_to_dict_and_to_json_refuse_foreign_objects():
    with pytest.raises(TypeError):
        to_dict({"id": "a"})
    with pytest.raises(TypeError):
        to_json(5)


def test_load_and_dump(tmp_path, report_dict):
    report = from_dict(Report, report_dict)
    path = tmp_path / "report.json"
    govreport.dump(report, path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert "Dương Ngọc Hải" in text
    assert govreport.load(path) == report
    assert govreport.load(str(path)) == report
    with pytest.raises(FileNotFoundError):
        govreport.load(tmp_path / "missing.json")
    path.write_bytes(b"\x00")
    with pytest.raises(ValidationError):
        govreport.load(path)
    with pytest.raises(TypeError):
        govreport.dump(report.organizations[0], path)  # type: ignore[arg-type]


def test_the_converter_can_be_extended_without_touching_the_shared_one():
    converter = govreport.make_converter()
    converter.register_structure_hook(
        dt.date, lambda value, _: dt.date.fromisoformat(value.replace("/", "-"))
    )
    period = converter.structure({"start": "2023/01/01", "end": "2023-06-30"}, govreport.Period)
    assert period.start == dt.date(2023, 1, 1)
    with pytest.raises(ValidationError):
        from_dict(govreport.Period, {"start": "2023/01/01", "end": "2023-06-30"})


def test_a_failing_user_hook_keeps_its_path():
    converter = govreport.make_converter()

    def broken(value, _):
        raise KeyError(value)

    converter.register_structure_hook(dt.date, broken)
    with pytest.raises(ValidationError) as info:
        converter.structure({"start": "x", "end": "y"}, govreport.Period)
    assert paths(info.value) == ["$.start", "$.end"]


def test_validation_error_is_a_value_error_with_items():
    error = ValidationError.at("$.a", "bad")
    assert isinstance(error, ValueError)
    assert str(error) == "$.a: bad"
    assert error.errors[0].path == "$.a"
    assert error.under("b").errors[0].path == "$.b.a"
    assert error.under(3).errors[0].path == "$[3].a"
    with pytest.raises(ValueError, match="at least one"):
        ValidationError([])
    assert pickle.loads(pickle.dumps(error)).errors == error.errors


@attrs.frozen(kw_only=True)
class _Fetched:
    fetched: dt.datetime
    day: dt.date


@pytest.mark.parametrize(
    "text",
    ["2023-07-14T08:30:00+07:00", "2023-07-14T01:30:00Z", "2023-07-14T01:30:00.123456-05:30"],
)
def test_users_timestamps_are_read_with_their_offset(text):
    converter = govreport.make_converter()
    fetched = converter.structure({"fetched": text, "day": "2023-07-14"}, _Fetched)
    assert fetched.fetched.tzinfo is not None
    assert converter.structure(converter.unstructure(fetched), _Fetched) == fetched


@pytest.mark.parametrize(
    "value",
    [
        "2023-07-14",
        "2023-07-14T08:30:00",
        "2023-07-14 08:30:00+07:00",
        "2023-02-30T00:00:00Z",
        1689323400,
        dt.datetime(2023, 7, 14, 8, 30),  # noqa: DTZ001 -- a naive time is refused
    ],
)
def test_timestamps_without_an_offset_or_real_time_are_refused(value):
    converter = govreport.make_converter()
    with pytest.raises(ValidationError) as info:
        converter.structure({"fetched": value, "day": "2023-07-14"}, _Fetched)
    assert paths(info.value) == ["$.fetched"]


def test_a_timestamp_is_not_a_date():
    converter = govreport.make_converter()
    with pytest.raises(ValidationError) as info:
        converter.structure(
            {"fetched": "2023-07-14T08:30:00Z", "day": "2023-07-14T08:30:00Z"}, _Fetched
        )
    assert paths(info.value) == ["$.day"]


def test_deeply_nested_python_values_are_a_validation_error():
    deep: tuple[object, ...] = ()
    for _ in range(100_000):
        deep = (deep,)
    with pytest.raises(ValidationError):
        from_dict(Quantity, deep)
    with pytest.raises(ValidationError):
        from_dict(Quantity, {"amount": deep, "unit": "%"})


def test_from_dict_takes_govreport_types_only():
    with pytest.raises(TypeError):
        from_dict(list[Quantity], [])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        from_dict(str, "x")


# -- users' attrs classes: built through their constructor --------------------------
# The converter builds govreport's records without calling __init__ (it converts,
# sets the slots, validates and calls __attrs_post_init__ as attrs' __init__
# would): their class decorator marks them so.  Every other attrs class, a user's
# subclass of a record included, is built through its constructor.


def _label(_inst, attr, value):
    if value not in {"h1", "h2"}:
        raise ValidationError.at(f"$.{attr.name}", f"{attr.name} must be h1 or h2")


@attrs.frozen(kw_only=True)
class _LabelledPeriod(govreport.Period):
    label: str = attrs.field(default="h1", validator=_label)


def test_a_users_subclass_of_a_record_is_built_through_its_constructor(monkeypatch):
    data = {"start": "2023-01-01", "end": "2023-06-30", "label": "h2"}
    converter = govreport.make_converter()
    converter.structure(data, _LabelledPeriod)  # generates the hook
    calls = []
    init = _LabelledPeriod.__init__

    def counted(self: _LabelledPeriod, **kwargs: object) -> None:
        calls.append(kwargs)
        init(self, **kwargs)

    monkeypatch.setattr(_LabelledPeriod, "__init__", counted)
    period = converter.structure(data, _LabelledPeriod)
    monkeypatch.undo()
    assert len(calls) == 1
    assert period == _LabelledPeriod(
        start=dt.date(2023, 1, 1), end=dt.date(2023, 6, 30), label="h2"
    )
    assert type(period) is _LabelledPeriod
    with pytest.raises(ValidationError) as info:
        govreport.converter.structure({**data, "label": "h3"}, _LabelledPeriod)
    assert paths(info.value) == ["$.label"]
    with pytest.raises(ValidationError) as info:  # the inherited post-init check too
        govreport.converter.structure({**data, "start": "2024-01-01"}, _LabelledPeriod)
    assert paths(info.value) == ["$.end"]


_PRE_INIT_CALLS: list[str] = []


@attrs.frozen(kw_only=True)
class _PreInit:
    name: str

    def __attrs_pre_init__(self) -> None:
        _PRE_INIT_CALLS.append("pre-init")


@attrs.frozen(kw_only=True, cache_hash=True)
class _CachedHash:
    name: str


@attrs.frozen(kw_only=True)
class _Stripped:
    name: str = attrs.field(converter=str.strip)


@attrs.frozen(kw_only=True)
class _Derived:
    name: str
    extra: tuple[str, ...] = attrs.field(init=False, default=("set by __init__",))


@attrs.frozen(kw_only=True, init=False)
class _OwnInit:
    name: str

    def __init__(self, *, name: str) -> None:
        self.__attrs_init__(name=name.upper())  # type: ignore[attr-defined]


_NEW_CALLS: list[str] = []


@attrs.frozen(kw_only=True)
class _OwnNew:
    name: str

    def __new__(cls, **_: object) -> "_OwnNew":  # noqa: PYI034 -- Self is Python 3.11+
        _NEW_CALLS.append(cls.__name__)
        return super().__new__(cls)


@attrs.frozen(kw_only=True, init=False)
class _InheritedInit(govreport.Period):
    label: str = "h1"  # Period's __init__ takes no label and leaves it unset


@attrs.define(kw_only=True)
class _OwnSetattr:
    name: str

    def __setattr__(self, name: str, value: str) -> None:
        object.__setattr__(self, name, value.upper())


class _Interning(type):
    made: typing.ClassVar[dict[object, object]] = {}

    def __call__(cls, **kwargs: object) -> object:
        key = (cls, tuple(sorted(kwargs.items())))
        return _Interning.made.setdefault(key, super().__call__(**kwargs))


@attrs.frozen(kw_only=True)
class _Interned(metaclass=_Interning):
    name: str


@attrs.frozen(kw_only=True, init=False)
class _BorrowedInit(govreport.Period):
    label: str = "h1"
    __init__ = govreport.Period.__init__  # attrs wrote it, but for Period


@attrs.frozen(kw_only=True)
class _LateHook:
    name: str

    @classmethod
    def __attrs_init_subclass__(cls) -> None:
        # Added after attrs wrote the subclass's __init__, which does not call it.
        cls.__attrs_post_init__ = lambda self: object.__setattr__(self, "label", "set")  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class _LateHooked(_LateHook):
    label: str = attrs.field(init=False)


@attrs.frozen(kw_only=True)
class _Listed:
    items: tuple[str, ...] = attrs.field(default=(), converter=list)  # a new list per instance


@attrs.frozen(kw_only=True, slots=False, cache_hash=True)
class _HashedPeriod(govreport.Period):
    pass


def test_classes_whose_init_does_more_are_built_through_it():
    converter = govreport.make_converter()
    _PRE_INIT_CALLS.clear()
    assert converter.structure({"name": "a"}, _PreInit) == _PreInit(name="a")
    assert _PRE_INIT_CALLS == ["pre-init", "pre-init"]
    cached = converter.structure({"name": "a"}, _CachedHash)
    assert hash(cached) == hash(_CachedHash(name="a"))
    assert converter.structure({"name": " a "}, _Stripped).name == "a"
    assert converter.structure({"name": "a"}, _Derived).extra == ("set by __init__",)
    assert converter.structure({"name": "a"}, _OwnInit).name == "A"
    _NEW_CALLS.clear()
    assert converter.structure({"name": "a"}, _OwnNew) == _OwnNew(name="a")
    assert _NEW_CALLS == ["_OwnNew", "_OwnNew"]
    assert converter.structure({"name": "a"}, _OwnSetattr).name == "A"
    assert converter.structure({"name": "a"}, _Interned) is _Interned(name="a")
    with pytest.raises(TypeError, match="label"):
        converter.structure(
            {"start": "2023-01-01", "end": "2023-06-30", "label": "h2"}, _InheritedInit
        )
    inherited = converter.structure({"start": "2023-01-01", "end": "2023-06-30"}, _InheritedInit)
    with pytest.raises(AttributeError):
        inherited.label  # noqa: B018 -- unset, as the constructor leaves it
    half = {"start": "2023-01-01", "end": "2023-06-30"}
    with pytest.raises(TypeError, match="label"):
        converter.structure({**half, "label": "h2"}, _BorrowedInit)
    with pytest.raises(AttributeError):
        converter.structure(half, _BorrowedInit).label  # noqa: B018
    with pytest.raises(AttributeError):
        converter.structure({"name": "a"}, _LateHooked).label  # noqa: B018
    assert converter.structure({}, _Listed).items is not converter.structure({}, _Listed).items
    period = converter.structure(half, _HashedPeriod)
    assert hash(period) == hash(_HashedPeriod(start=dt.date(2023, 1, 1), end=dt.date(2023, 6, 30)))


@attrs.frozen(kw_only=True)
class _Unchecked:
    count: int
    flag: bool
    when: dt.date
    amount: Decimal


@attrs.frozen(kw_only=True)
class _CheckedPeriod(govreport.Period):
    count: int = attrs.field(default=0, validator=attrs.validators.instance_of(int))


@pytest.mark.parametrize(
    "value",
    [
        _Unchecked(count=True, flag=0, when=dt.datetime(2023, 7, 13, 8, 30), amount=5),  # type: ignore[arg-type]  # noqa: DTZ001
        _Unchecked(count=3, flag=True, when=dt.date(2023, 7, 13), amount=Decimal("1.50")),
        _CheckedPeriod(start=dt.date(2023, 1, 1), end=dt.date(2023, 6, 30), count=True),
    ],
)
def test_to_json_writes_what_the_stdlib_encoder_writes_of_unchecked_values(value):
    # The generated writer trusts declared types only where govreport's validators pin
    # them; an int field holding True must not come out as 1.
    expected = json.dumps(
        govreport.converter.unstructure(value), ensure_ascii=False, separators=(",", ":")
    )
    assert to_json(value) == expected
