"""Laws every record and value type obeys, and fuzzing of every way in.

The laws: JSON and dict round trips are exact, JSON text is deterministic and
canonical, hashing agrees with equality, pickling round-trips, and NFD input
gives the NFC object.  The fuzzing: whatever goes into `from_dict`, `from_json`
or `load` (mutated valid documents, arbitrary JSON, arbitrary bytes), the only
exception that comes out is `ValidationError`, and a valid document never fails.
"""

import copy
import json
import math
import pickle
import unicodedata
from decimal import Decimal
from unittest import mock

import attrs
import jsonschema
import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st

import govreport
from govreport import ValidationError, from_dict, from_json, load, to_dict, to_json
from govreport import strategies as gs
from govreport._serialization import converter as _converter
from govreport._validators import check_decimal, check_text

# -- what to generate -----------------------------------------------------------------

SMALL_REPORTS = gs.reports(
    max_organizations=3,
    max_officials=3,
    max_meetings=2,
    max_resolutions=2,
    max_indicators=3,
    max_directives=3,
)
REALISTIC = {
    govreport.Quantity: gs.quantities(),
    govreport.Period: gs.periods(),
    govreport.PartialDate: gs.partial_dates(),
    govreport.DocumentSymbol: gs.document_symbols(),
    govreport.Organization: gs.organizations(),
    govreport.Position: gs.positions(),
    govreport.Official: gs.officials(),
    govreport.Participant: gs.participants(),
    govreport.Meeting: gs.meetings(),
    govreport.Resolution: gs.resolutions(),
    govreport.Change: gs.changes(),
    govreport.Target: gs.targets(),
    govreport.Indicator: gs.indicators(),
    govreport.Directive: gs.directives(),
    govreport.Source: gs.sources(),
    govreport.Report: SMALL_REPORTS,
}
TYPES = list(REALISTIC)


def valid_or_rejected(cls, **kwargs):
    """Build *cls* from drawn arguments, rejecting the draws it refuses."""

    def build(values):
        try:
            return cls(**values)
        except ValidationError:
            return None

    return st.fixed_dictionaries(kwargs).map(build).filter(lambda value: value is not None)


def text_ok(text, *, multiline=False):
    return check_text(text, multiline=multiline) is None


# Edge cases the realistic strategies never draw: any Unicode text, Decimals near
# the 38-digit limit, negative zero, trailing zeros, symbols with odd codes.
VIETNAMESE = unicodedata.normalize(
    "NFC", "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐƯƠ"
)
LETTERS = st.characters() | st.sampled_from(VIETNAMESE)
# Unicode in either normal form: the constructors must store NFC.
ANY_FORM = st.sampled_from(["NFC", "NFD"])
WILD_TEXT = st.builds(
    unicodedata.normalize, ANY_FORM, st.text(LETTERS, min_size=1, max_size=20)
).filter(text_ok)
URL_PATHS = st.builds(
    unicodedata.normalize,
    ANY_FORM,
    st.text(
        st.sampled_from(VIETNAMESE) | st.characters(codec="ascii", categories=["L", "N"]),
        min_size=1,
    ),
)
WILD_DECIMALS = st.builds(
    lambda sign, digits, exponent: Decimal(f"{sign}{digits}E{exponent}"),
    st.sampled_from(["", "-"]),
    st.integers(0, 10**38 - 1),
    st.integers(-40, 40),
).filter(lambda number: check_decimal(number) is None)
CODE = st.text(
    alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzĐđ",
    min_size=1,
    max_size=6,
)
WILD = {
    govreport.Quantity: valid_or_rejected(
        govreport.Quantity, amount=WILD_DECIMALS, unit=WILD_TEXT, scale=st.integers(-24, 24)
    ),
    govreport.Target: valid_or_rejected(
        govreport.Target,
        kind=st.sampled_from(govreport.TargetKind),
        attainment=WILD_DECIMALS.map(abs),
        note=WILD_TEXT,
    ),
    govreport.DocumentSymbol: valid_or_rejected(
        govreport.DocumentSymbol,
        number=st.integers(1, 10**6),
        kind=st.none() | CODE,
        issuer=CODE,
        party=st.booleans(),
        year=st.none() | st.integers(1000, 2999),
    ),
    govreport.PartialDate: valid_or_rejected(
        govreport.PartialDate,
        year=st.integers(1, 9999),
        month=st.none() | st.integers(1, 12),
        day=st.none() | st.integers(1, 31),
    ),
    govreport.Organization: valid_or_rejected(
        govreport.Organization,
        id=gs.ids(),
        name=WILD_TEXT,
        name_en=st.none() | WILD_TEXT,
        evidence=st.lists(st.text(min_size=1).filter(lambda t: text_ok(t, multiline=True))).map(
            tuple
        ),
    ),
    govreport.Source: valid_or_rejected(
        govreport.Source,
        text=st.text(min_size=1, max_size=40),
        title=WILD_TEXT,
        published=gs.partial_dates(),
        publisher=st.none() | WILD_TEXT,
        url=st.none() | URL_PATHS.map(lambda path: f"https://example.vn/{path}"),
    ),
}
STRATEGIES = {
    **{f"{cls.__name__}": strategy for cls, strategy in REALISTIC.items()},
    **{f"{cls.__name__}-wild": strategy for cls, strategy in WILD.items()},
}
each_type = pytest.mark.parametrize("values", STRATEGIES.values(), ids=STRATEGIES.keys())
DECIMAL_VALUES = st.one_of(
    WILD[govreport.Quantity],
    WILD[govreport.Target],
    gs.quantities(),
    gs.indicators(),
    SMALL_REPORTS.filter(lambda report: report.indicators),
)


# -- laws -------------------------------------------------------------------------------


@each_type
def test_json_round_trip(values):
    @given(values)
    def check(value):
        assert from_json(type(value), to_json(value)) == value
        assert from_json(type(value), to_json(value).encode()) == value
        assert from_json(type(value), to_json(value, indent=2)) == value

    check()


@each_type
def test_dict_round_trip(values):
    @given(values)
    def check(value):
        data = to_dict(value)
        assert from_dict(type(value), data) == value
        assert json.loads(json.dumps(data)) == data  # only JSON types

    check()


@each_type
def test_to_json_is_deterministic_and_canonical(values):
    @given(values)
    def check(value):
        text = to_json(value)
        assert to_json(value) == text
        # The generated writer writes what the stdlib encoder writes of to_dict's dicts.
        assert text == json.dumps(to_dict(value), ensure_ascii=False, separators=(",", ":"))
        assert to_json(copy.deepcopy(value)) == text
        assert to_json(from_json(type(value), text)) == text
        # UTF-8 without \u escapes: every non-ASCII character is written as itself.
        written = {ch for ch in json.dumps(to_dict(value), ensure_ascii=False) if ord(ch) > 0x7F}
        assert written <= set(text)

    check()


def respell(value):
    """Return *value* with every Decimal written with one more trailing zero."""
    if isinstance(value, Decimal):
        sign, digits, exponent = value.as_tuple()
        return Decimal((sign, (*digits, 0), exponent - 1))
    if isinstance(value, tuple):
        return tuple(respell(item) for item in value)
    if attrs.has(type(value)):
        changes = {
            field.alias: respell(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.init
        }
        return attrs.evolve(value, **changes)
    return value


@given(DECIMAL_VALUES)
def test_equality_is_equality_of_json(value):
    # A trailing zero is another printed figure ("6,90%" is not "6,9%"): the
    # records differ exactly when their JSON does.
    try:
        other = respell(value)
    except ValidationError:
        reject()  # the extra digit went over 38
    assert (other == value) is (to_json(other) == to_json(value))
    twin = from_json(type(value), to_json(value))
    assert twin == value
    assert hash(twin) == hash(value)


@each_type
def test_hash_agrees_with_equality(values):
    @given(values)
    def check(value):
        twin = from_json(type(value), to_json(value))
        assert twin == value
        assert hash(twin) == hash(value)
        assert len({value, twin}) == 1

    check()


@each_type
def test_pickle_round_trip(values):
    @given(values)
    def check(value):
        twin = pickle.loads(pickle.dumps(value))
        assert type(twin) is type(value)
        assert twin == value
        assert hash(twin) == hash(value)
        if isinstance(value, govreport.Report):
            assert all(twin[record.id] == record for record in value.records())

    check()


@each_type
def test_nfd_input_gives_the_nfc_object(values):
    @given(values)
    def check(value):
        text = unicodedata.normalize("NFD", to_json(value))
        assert from_json(type(value), text) == value
        data = json.loads(text)
        assert from_dict(type(value), data) == value

    check()


@given(SMALL_REPORTS)
def test_dump_and_load(tmp_path_factory, report):
    path = tmp_path_factory.mktemp("dump") / "report.json"
    govreport.dump(report, path)
    assert load(path) == report
    assert path.read_text(encoding="utf-8").endswith("}\n")


# -- fuzzing every way in ------------------------------------------------------------------

FIELD_NAMES = sorted({field.alias for cls in TYPES for field in attrs.fields(cls) if field.init})
NFD_TEXT = unicodedata.normalize("NFD", "Quận ủy Bình Tân, Đồng chí Dương Ngọc Hải")
SPECIAL_VALUES = [
    math.nan,
    math.inf,
    -math.inf,
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999999999",
    "-1E+99999",
    "1e-999999999",
    "0x10",
    " 12",
    "1_000",
    "١٢٣",
    10**50,
    -(10**39),
    "9" * 39,
    "0." + "0" * 40 + "1",
    1.5,
    1e300,
    -0.0,
    True,
    NFD_TEXT,
    "",
    " ",
    " padded ",
    "a\nb",
    "a\x00b",
    "\x1f",
    "\x7f",
    "\ud800",
    "a\udfffb",
    "\ufeff",
    "\u2028",
    "x" * 100_000,
    "2023-02-30",
    "2023-13-01",
    "0000",
    "31-NQ/TW ",
    "01-NQ/TW",
    "1-NQ/TW",
    "12/QĐ-UBND-VX",
    "https://",
    "not-in-the-report",
    "Not A Slug",
    [],
    {},
    [None],
    {"": None},
]
SPECIAL = st.sampled_from(SPECIAL_VALUES)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(FIELD_NAMES),
    SPECIAL,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def locations(document):
    """Yield (container, key) for every value in a JSON document."""
    stack = [document]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            yield node, key
            if isinstance(child, (dict, list)):
                stack.append(child)


OPERATIONS = ["drop", "add", "rename", "replace", "special", "break", "duplicate", "truncate"]
NEW_KEYS = st.sampled_from(FIELD_NAMES) | st.text(max_size=8)


def mutate_once(draw, root):
    """Apply one mutation at a random place below *root*."""

    def fresh(strategy):
        # Drawn lists and dicts may be shared (sampled_from); never mutate those.
        return copy.deepcopy(draw(strategy))

    container, key = draw(st.sampled_from(list(locations(root))))
    value = container[key]
    operation = draw(st.sampled_from(OPERATIONS))
    nested = container is not root
    if operation == "drop" and nested:
        del container[key]
    elif operation == "add" and isinstance(value, dict):
        value[draw(NEW_KEYS)] = fresh(JSON_VALUES)
    elif operation == "add" and isinstance(value, list):
        value.append(fresh(JSON_VALUES))
    elif operation == "rename" and isinstance(container, dict) and nested:
        container[draw(NEW_KEYS)] = container.pop(key)
    elif operation in {"replace", "special"}:
        container[key] = fresh(JSON_VALUES if operation == "replace" else SPECIAL)
    elif operation == "break" and isinstance(value, str):
        container[key] = draw(st.sampled_from(["missing", value + "-x", value.upper()]))
    elif operation == "duplicate" and isinstance(value, list) and value:
        value.append(copy.deepcopy(value[draw(st.integers(0, len(value) - 1))]))
    elif operation == "truncate" and isinstance(value, str) and value:
        container[key] = value[: draw(st.integers(0, len(value) - 1))]


@st.composite
def mutated(draw, document):
    """Apply one to three mutations to a copy of *document*."""
    root = {"$": copy.deepcopy(document)}
    for _ in range(draw(st.integers(1, 3))):
        mutate_once(draw, root)
    return root["$"]


VALID = st.one_of(*REALISTIC.values())
MUTATED = VALID.flatmap(lambda value: st.tuples(st.just(type(value)), mutated(to_dict(value))))


def only_validation_errors(call, cls):
    """Run *call*; it may succeed (with a valid *cls*) or raise ValidationError, only."""
    try:
        result = call()
    except ValidationError as error:
        caught = error
    else:
        assert type(result) is cls
        assert from_json(cls, to_json(result)) == result
        return
    assert caught.errors
    assert all(item.path.startswith("$") and item.message for item in caught.errors)
    assert str(caught)


@given(MUTATED)
def test_mutated_dicts_only_raise_validation_errors(case):
    cls, document = case
    only_validation_errors(lambda: from_dict(cls, document), cls)


@given(MUTATED, st.booleans())
def test_mutated_json_only_raises_validation_errors(case, ascii_only):
    cls, document = case
    text = json.dumps(document, ensure_ascii=ascii_only)
    only_validation_errors(lambda: from_json(cls, text), cls)
    data = text.encode("utf-8", "surrogatepass")
    only_validation_errors(lambda: from_json(cls, data), cls)


@given(VALID, st.data())
def test_truncated_json_only_raises_validation_errors(value, data):
    raw = to_json(value).encode()
    cut = data.draw(st.integers(0, len(raw)))
    only_validation_errors(lambda: from_json(type(value), raw[:cut]), type(value))
    if cut < len(raw):
        with pytest.raises(ValidationError):
            from_json(type(value), raw[:cut])


@given(st.sampled_from(TYPES), JSON_VALUES)
def test_arbitrary_json_values_only_raise_validation_errors(cls, value):
    only_validation_errors(lambda: from_dict(cls, value), cls)
    text = json.dumps(value)
    only_validation_errors(lambda: from_json(cls, text), cls)


PYTHON_VALUES = st.one_of(
    st.sampled_from(
        [
            Decimal("NaN"),
            Decimal("sNaN"),
            Decimal("Infinity"),
            Decimal("1E+999999"),
            b"{}",
            bytearray(b"[]"),
            {1, 2},
            (1, 2),
            object(),
            1 + 2j,
            govreport.TimeOfDay.MORNING,
        ]
    ),
    st.datetimes(),
    st.dates(),
    st.frozensets(st.integers(), max_size=2),
)


@given(st.sampled_from(TYPES), st.data())
def test_python_values_in_dicts_only_raise_validation_errors(cls, data):
    document = data.draw(mutated(to_dict(data.draw(REALISTIC[cls]))))
    root = {"$": document}
    container, key = data.draw(st.sampled_from(list(locations(root))))
    container[key] = copy.deepcopy(data.draw(PYTHON_VALUES))
    only_validation_errors(lambda: from_dict(cls, root["$"]), cls)


@given(st.sampled_from(TYPES), st.binary(max_size=200) | st.text(max_size=100))
def test_arbitrary_input_only_raises_validation_errors(cls, raw):
    only_validation_errors(lambda: from_json(cls, raw), cls)


@given(MUTATED, st.integers(0, 2**16))
def test_load_only_raises_validation_errors(tmp_path_factory, case, cut):
    _, document = case
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    path = tmp_path_factory.mktemp("load") / "report.json"
    path.write_bytes(raw[: cut % (len(raw) + 1)])
    only_validation_errors(lambda: load(path), govreport.Report)


def _constructor_converter():
    """A converter whose record hooks only take the detailed path: ``cls(**kwargs)``.

    The shared converter's generated code builds records without calling
    ``__init__`` and checks inline; this one is what it must agree with.
    """
    with mock.patch.object(_converter, "fast_structure", lambda *arguments: arguments[-1]):
        converter = govreport.make_converter()
        for cls in TYPES:
            converter.get_structure_hook(cls)  # made now, while the patch holds
    return converter


CONSTRUCTOR = _constructor_converter()


def outcome(converter, cls, document):
    try:
        result = converter.structure(copy.deepcopy(document), cls)
    except ValidationError as error:
        return "refused", error.errors
    return "built", type(result), to_json(result), result


@given(MUTATED)
def test_the_fast_path_builds_and_refuses_exactly_what_the_constructors_do(case):
    cls, document = case
    assert outcome(govreport.converter, cls, document) == outcome(CONSTRUCTOR, cls, document)


def near(value):
    """Values like *value* on both sides of the lines a check draws."""
    if isinstance(value, bool) or value is None:
        return SCALARS
    if isinstance(value, int):
        edges = [0, 1, -1, 12, 13, 24, 25, -24, -25, 31, 32, 999, 1000, 2999, 3000, 9999, 10000]
        limits = [2**31 - 1, 2**31, 10**38, 10**40]
        return st.sampled_from([value - 1, value + 1, -value, *edges, *limits]) | st.integers()
    if isinstance(value, str):
        spelled = [" " + value, value + " ", value + "\n" + value, value.upper(), "-" + value]
        spelled += [value + "\x00", value.replace("-", "--"), value[:1], value + "\u00a0"]
        spelled += [value + "\u200b", "\u3000" + value]
        negated = value[1:] if value[:1] == "-" else "-" + value
        return st.just(negated) | st.sampled_from(spelled) | SPECIAL | st.text(max_size=10)
    if isinstance(value, list):
        twice = value + value[:1] if value else ["a", "a"]
        return st.sampled_from([twice, value[1:], value[::-1]]) | JSON_VALUES
    return JSON_VALUES


@pytest.mark.parametrize("cls", TYPES, ids=[cls.__name__ for cls in TYPES])
@settings(max_examples=2 * settings().max_examples)
@given(st.data())
def test_the_fast_path_refuses_every_bad_value_the_constructors_refuse(cls, data):
    root = {"$": to_dict(data.draw(REALISTIC[cls]))}
    container, key = data.draw(st.sampled_from(list(locations(root))))
    container[key] = copy.deepcopy(data.draw(near(container[key])))
    document = root["$"]
    assert outcome(govreport.converter, cls, document) == outcome(CONSTRUCTOR, cls, document)


@given(VALID)
def test_valid_documents_never_fail(value):
    cls = type(value)
    assert from_dict(cls, to_dict(value)) == value
    assert from_dict(cls, json.loads(to_json(value))) == value


# -- enrichable fields --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "kwargs", "field"),
    [
        (govreport.Organization, {"id": "a", "name": "Quận ủy"}, "name_en"),
        (
            govreport.Resolution,
            {"id": "a", "kind": govreport.DocumentKind.RESOLUTION, "number": 1, "issuer": "b"},
            "title_en",
        ),
    ],
)
def test_every_enrichable_field_can_be_marked_enriched(cls, kwargs, field):
    # Both records list the English field as enrichable; marking it must work.
    record = cls(**kwargs, **{field: "Party Committee", "enriched": (field,)})
    assert record.enriched == (field,)
    assert from_json(cls, to_json(record)) == record


# -- the JSON Schema agrees with the converter --------------------------------------

SCHEMA_VALIDATORS = {
    cls: jsonschema.Draft202012Validator(govreport.json_schema(cls)) for cls in REALISTIC
}


@given(VALID)
def test_the_schema_accepts_every_valid_example(value):
    SCHEMA_VALIDATORS[type(value)].validate(to_dict(value))


@given(MUTATED)
def test_the_schema_never_refuses_what_from_dict_accepts(case):
    cls, document = case
    if SCHEMA_VALIDATORS[cls].is_valid(document):
        return  # graph checks, start <= end, NFC and calendar days are beyond JSON Schema
    with pytest.raises(ValidationError):
        from_dict(cls, document)
