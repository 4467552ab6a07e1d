"""The JSON Schema agrees with the converter: what one accepts, the other accepts."""

import copy
import json
from importlib import resources
from typing import Any

import attrs
import jsonschema
import pytest

import govreport
from govreport import Report, ValidationError, datasets, from_dict, json_schema

CLASSES = [
    getattr(govreport, name)
    for name in govreport.__all__
    if attrs.has(getattr(govreport, name, None))  # type: ignore[arg-type]
]


def validator(cls: type[Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema(cls))


def converter_accepts(cls: type[Any], data: object) -> bool:
    try:
        from_dict(cls, data)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_schema_is_a_valid_2020_12_schema(cls):
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == cls.__name__
    assert schema["description"]


def test_objects_forbid_unknown_keys_and_require_fields():
    schema = json_schema(Report)
    meeting = schema["$defs"]["Meeting"]
    assert meeting["additionalProperties"] is False
    assert set(meeting["required"]) == {"id", "title", "organizer", "body"}
    assert schema["$defs"]["Resolution"]["properties"]["kind"]["enum"][0] == "resolution"


def test_the_shipped_schema_file_is_current():
    shipped = resources.files("govreport").joinpath("report.schema.json").read_text("utf-8")
    assert json.loads(shipped) == json_schema(Report)


def test_the_dataset_is_accepted():
    validator(Report).validate(govreport.to_dict(datasets.binh_tan()))


def _mutations() -> list[tuple[str, Any]]:
    """(path to change, new value) pairs that the converter refuses."""
    return [
        ("meetings.0.term", "12"),
        ("meetings.0.term", True),
        ("meetings.0.term", 0),
        ("meetings.0.expanded", "yes"),
        ("meetings.0.expanded", 1),
        ("meetings.0.date", "2023-7-13"),
        ("meetings.0.date", 20230713),
        ("meetings.0.time_of_day", "AFTERNOON"),
        ("meetings.0.title", ""),
        ("meetings.0.title", " hội nghị"),
        ("meetings.0.title", "hội\nnghị"),
        ("meetings.0.title", 1),
        ("meetings.0.id", "Hoi-Nghi"),
        ("meetings.0.participants", "abc"),
        ("meetings.0.extra", 1),
        ("directives.0.cites", "abc"),
        ("directives.0.cites", ["nq-31-nq-tw", "nq-31-nq-tw"]),
        ("indicators.4.value.amount", "1e5"),
        ("indicators.4.value.amount", "20.604"[:3] + "," + "604"),
        ("indicators.4.value.amount", "1" * 39),
        ("indicators.4.value.amount", 10**38),
        ("indicators.4.value.amount", "01"),
        ("indicators.4.value.scale", "9"),
        ("indicators.4.target.attainment", "-1"),
        ("indicators.4.target.attainment", -1),
        ("indicators.3.change", None),
        ("resolutions.0.symbol", "98/23/QH15"),
        ("resolutions.0.symbol", "5/2023/QH15"),
        ("resolutions.0.symbol", "16 - NQ/TW"),
        ("resolutions.0.kind", "Resolution"),
        ("source.published", "2023-13"),
        ("source.published", "0000"),
        ("source.language", "Vietnamese"),
        ("source.url", "ftp://example.org"),
        ("source.text", "   "),
        ("organizations", {}),
    ]


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, leaf = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if leaf.isdigit():
        target[int(leaf)] = value
    else:
        target[leaf] = value


@pytest.mark.parametrize(("path", "value"), _mutations())
def test_mutations_are_rejected_by_both(path, value):
    data = copy.deepcopy(govreport.to_dict(datasets.binh_tan()))
    _set(data, path, value)
    assert not converter_accepts(Report, data)
    assert not validator(Report).is_valid(data)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (govreport.Quantity, {"amount": "-0", "unit": "%"}),
        (govreport.Quantity, {"amount": "0." + "1" * 38, "unit": "%"}),
        (govreport.Quantity, {"amount": "-1." + "1" * 37, "unit": "%"}),
        (govreport.Quantity, {"amount": 10**38 - 1, "unit": "%"}),
        (govreport.Target, {"kind": "plan", "attainment": "-0"}),
        (govreport.Target, {"kind": "plan", "attainment": "0.00"}),
        (govreport.PartialDate, "2024-02-29"),
        (govreport.DocumentSymbol, "05/2022/TT-BTC"),
        (govreport.DocumentSymbol, "01/CT-TTg"),
        (govreport.Organization, {"id": "a", "name": "Quốc\u00a0hội"}),
        (govreport.Resolution, {"id": "r", "kind": "program", "issuer": "o"}),
        (
            govreport.Source,
            {
                "text": "x",
                "title": "t",
                "published": "2023",
                "published_at": "2023-07-14T08:30:00Z",
            },
        ),
    ],
)
def test_edge_values_are_accepted_by_both(cls, data):
    assert converter_accepts(cls, data)
    assert validator(cls).is_valid(data)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (govreport.Quantity, {"amount": "0." + "1" * 39, "unit": "%"}),
        (govreport.Quantity, {"amount": "1." + "1" * 38, "unit": "%"}),
        (govreport.Quantity, {"amount": 10**38, "unit": "%"}),
        (govreport.Organization, {"id": "a", "name": "Quốc hội\u00a0"}),
        (govreport.Organization, {"id": "a", "name": "Quốc\x00hội"}),
        (govreport.Source, {"text": "x", "title": "t", "published": "2023", "language": "vi-"}),
        (govreport.DocumentSymbol, "12/UBND-VX-"),
        (
            govreport.Source,
            {"text": "x", "title": "t", "published": "2023", "published_at": "2023-07-14T08:30:00"},
        ),
        (
            govreport.Indicator,
            {"id": "i", "name": "x", "period": {"start": "2023-01-01", "end": "2023-01-01"}},
        ),
    ],
)
def test_edge_values_are_rejected_by_both(cls, data):
    assert not converter_accepts(cls, data)
    assert not validator(cls).is_valid(data)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (
            govreport.Indicator,
            {
                "id": "i",
                "name": "x",
                "approximate": True,
                "change": {"direction": "increase"},
                "period": {"start": "2023-01-01", "end": "2023-06-30"},
            },
        ),
        (
            govreport.Resolution,
            {"id": "r", "kind": "plan", "number": 124, "issuer": "o", "enriched": ["title"]},
        ),
        (
            govreport.Organization,
            {"id": "o", "name": "x", "enriched": ["dissolved"], "dissolved": None},
        ),
        (
            govreport.Directive,
            {"id": "d", "text": "x", "issued_by": "o", "meeting": "m", "addressees": ["o"]},
        ),
        (
            govreport.Resolution,
            {"id": "r", "kind": "resolution", "issuer": "o", "symbol": "43-NQ/TW"},
        ),
        (
            govreport.Resolution,
            {
                "id": "r",
                "kind": "plan",
                "issuer": "o",
                "co_issuers": [],
                "enriched": ["co_issuers"],
            },
        ),
        (
            govreport.Directive,
            {
                "id": "d",
                "text": "x",
                "issued_by": "o",
                "meeting": "m",
                "addressee": "o",
                "addressees": ["o", "p"],
            },
        ),
    ],
)
def test_cross_field_rules_are_in_the_schema(cls, data):
    assert not converter_accepts(cls, data)
    assert not validator(cls).is_valid(data)
