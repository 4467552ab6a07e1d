"""JSON Schema (2020-12) generated from the attrs classes and their validators.

The schema is derived from the same field types and validator objects that the
converter and the constructors use, so it cannot drift from them.  What JSON
Schema cannot say (a start before an end, NFC text, dangling ids, real calendar
days) is left to `from_dict`.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import re
from decimal import Decimal
from typing import Any

import attrs

from govreport import _validators as v
from govreport._records import Change, Directive, Indicator, Resolution, Target
from govreport._report import Source
from govreport._values import DocumentSymbol, PartialDate, Qualifier

from .typeinfo import optional_inner, tuple_item

__all__ = ["json_schema"]

Schema = dict[str, Any]
# Each type's schema is identified as <base><ClassName>.schema.json.
SCHEMA_BASE = "https://govreport.readthedocs.io/schema/"

_SLUG = {"type": "string", "pattern": "^" + v.SLUG.pattern + "$"}
_DIGITS = v.MAX_DECIMAL_DIGITS
# As check_decimal counts: below 1, at most 38 places; from 1 up, at most 38
# digits in all.
_DECIMAL_STRING = (
    rf"^-?(?:0(?:\.[0-9]{{1,{_DIGITS}}})?|[1-9][0-9]{{0,{_DIGITS - 1}}}"
    rf"|(?=[0-9.]{{3,{_DIGITS + 1}}}$)[1-9][0-9]*\.[0-9]+)$"
)
_CODE = "[0-9A-Za-zĐđ]+"
_NUMBER = "(?:0[1-9]|[1-9][0-9]+)"
_SYMBOL = (
    rf"^(?:{_NUMBER}-{_CODE}/{_CODE}(?:-{_CODE})*"
    rf"|{_NUMBER}(?:/[12][0-9]{{3}})?/(?:{_CODE}-{_CODE}(?:-{_CODE})*|{_CODE}))$"
)
_PARTIAL_DATE = r"^(?!0000)[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$"

_LEAF_SCHEMAS: dict[Any, Schema] = {
    dt.date: {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    dt.datetime: {
        "type": "string",
        "format": "date-time",
        "pattern": (
            r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
            r"(?:Z|[+-][0-9]{2}:[0-9]{2})$"
        ),
        "description": "A moment with its UTC offset, e.g. 2023-07-14T08:30:00+07:00.",
    },
    PartialDate: {
        "type": "string",
        "pattern": _PARTIAL_DATE,
        "description": "A date known to the year, month or day: 2023, 2023-07, 2023-07-13.",
    },
    DocumentSymbol: {
        "type": "string",
        "pattern": _SYMBOL,
        "description": "A document symbol in canonical form, e.g. 98/2023/QH15 or 31-NQ/TW.",
    },
}


def _decimal_schema(*, nonnegative: bool) -> Schema:
    limit = 10**_DIGITS - 1
    string: Schema = {"type": "string", "pattern": _DECIMAL_STRING}
    integer: Schema = {"type": "integer", "minimum": 0 if nonnegative else -limit, "maximum": limit}
    if nonnegative:
        string["not"] = {"pattern": "^-[0-9.]*[1-9]"}
    return {
        "description": "An exact decimal: a string in positional notation, or an integer.",
        "oneOf": [string, integer],
    }


def _integer_bounds(validator: v._Integer) -> Schema:
    bounds = {"minimum": validator.minimum, "maximum": validator.maximum}
    return {key: value for key, value in bounds.items() if value is not None}


# What each of the package's own validators adds to the schema of its type.
_REFINEMENTS: dict[type[Any], Any] = {
    v._Text: lambda val: {  # noqa: SLF001
        "pattern": v.text_pattern(multiline=val.multiline, verbatim=val.verbatim)
    },
    v._Slug: lambda _: {"pattern": _SLUG["pattern"]},  # noqa: SLF001
    v._Integer: _integer_bounds,  # noqa: SLF001
    v._Slugs: lambda val: {"items": dict(_SLUG), "uniqueItems": val.unique},  # noqa: SLF001
    v._Names: lambda val: {  # noqa: SLF001
        "items": {"enum": list(val.allowed)},
        "uniqueItems": True,
    },
    v._Texts: lambda _: {  # noqa: SLF001
        "items": {"type": "string", "pattern": v.text_pattern(multiline=True, verbatim=False)}
    },
}


def _validator_schema(validator: object) -> Schema:
    """Refinements a field's validator adds to the schema of its type."""
    refine = _REFINEMENTS.get(type(validator))
    return refine(validator) if refine else {}


def _extra_schema(cls: type[Any], name: str) -> Schema:
    """Schemas of the few fields checked by hand-written validators."""
    if cls is Source and name == "language":
        return {"pattern": "^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$"}
    if cls is Source and name == "url":
        return {"pattern": r"^https?://[^\s]+$"}
    if cls is DocumentSymbol and name == "kind":
        return {"pattern": f"^{_CODE}$"}
    if cls is DocumentSymbol and name == "issuer":
        return {"pattern": f"^{_CODE}(?:-{_CODE})*$"}
    return {}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}

    def of_type(self, kind: Any, validator: object = None) -> Schema:  # noqa: PLR0911 -- one return per kind of type
        inner = optional_inner(kind)
        if inner is not None:
            return {"anyOf": [self.of_type(inner, validator), {"type": "null"}]}
        item = tuple_item(kind)
        if item is not None:
            schema: Schema = {"type": "array", "items": self.of_type(item)}
            schema.update(_validator_schema(validator))
            return schema
        if kind in _LEAF_SCHEMAS:
            return dict(_LEAF_SCHEMAS[kind])
        if kind is Decimal:
            nonnegative = isinstance(validator, v._Decimal) and validator.nonnegative  # noqa: SLF001
            return _decimal_schema(nonnegative=nonnegative)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return {"enum": [member.value for member in kind]}
        if attrs.has(kind):
            self.define(kind)
            return {"$ref": f"#/$defs/{kind.__name__}"}
        simple = {str: "string", bool: "boolean", int: "integer"}
        schema = {"type": simple[kind]}
        schema.update(_validator_schema(validator))
        return schema

    def define(self, cls: type[Any]) -> None:
        if cls.__name__ in self.defs:
            return
        self.defs[cls.__name__] = {}  # reserve the name against recursion
        attrs.resolve_types(cls)
        properties: Schema = {}
        required = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            schema = self.of_type(field.type, field.validator)
            if "anyOf" in schema:
                schema["anyOf"][0].update(_extra_schema(cls, field.alias))
            else:
                schema.update(_extra_schema(cls, field.alias))
            properties[field.alias] = schema
            if field.default is attrs.NOTHING:
                required.append(field.alias)
        definition: Schema = {
            "type": "object",
            "description": _description(cls),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        rules = _cross_field_rules(cls)
        if rules:
            definition["allOf"] = rules
        self.defs[cls.__name__] = definition


def _present(name: str, *, items: bool = False) -> Schema:
    """The object has *name*, and it is not null (or, for *items*, not empty)."""
    value: Schema = {"minItems": 1} if items else {"not": {"type": "null"}}
    return {"required": [name], "properties": {name: value}}


def _qualifier_about() -> Schema:
    """The value's qualifier is null or about."""
    return {"properties": {"qualifier": {"enum": [None, Qualifier.ABOUT.value]}}}


def _cross_field_rules(cls: type[Any]) -> list[Schema]:
    """What the records' ``__attrs_post_init__`` checks, where JSON Schema can say it."""
    rules: list[Schema] = []
    fields = attrs.fields_dict(cls)
    enriched = fields.get("enriched")
    if enriched is not None and isinstance(enriched.validator, v._Names):  # noqa: SLF001
        # A field marked enriched must have a value.  "The list holds name" is written
        # without `contains` (not: every item is not name): Ajv 8 carries a `contains`
        # inside `if` over from one array item to the next and refuses valid documents.
        rules.extend(
            {
                "if": {
                    "required": ["enriched"],
                    "properties": {"enriched": {"not": {"items": {"not": {"const": name}}}}},
                },
                "then": _present(name, items=tuple_item(fields[name].type) is not None),
            }
            for name in enriched.validator.allowed
        )
    if cls is Indicator:
        # A target that says something: a level, an attainment, met or not, an excess, ahead.
        stated = ("value", "attainment", "met", "excess", "ahead")
        level = {
            "required": ["target"],
            "properties": {
                "target": {"type": "object", "anyOf": [_present(name) for name in stated]}
            },
        }
        rules.append({"anyOf": [_present("value"), _present("change"), level]})
        about = {"anyOf": [{"not": {"required": ["qualifier"]}}, _qualifier_about()]}
        rules.append(
            {
                "if": {"required": ["approximate"], "properties": {"approximate": {"const": True}}},
                "then": {
                    "required": ["value"],
                    "properties": {"value": {"type": "object", **about}},
                },
            }
        )
    if cls is Target:
        rules.append({"if": _present("attainment_qualifier"), "then": _present("attainment")})
        unmet = {"required": ["met"], "properties": {"met": {"const": False}}}
        rules.extend({"if": unmet, "then": {"not": _present(name)}} for name in ("excess", "ahead"))
    if cls is Change:
        zero = {"anyOf": [{"const": 0}, {"type": "string", "pattern": r"^-?0(?:\.0*)?$"}]}
        rules.append({"properties": {"multiple": {"not": zero}}})
    if cls is Resolution:
        rules.append({"if": _present("symbol"), "then": _present("number")})
    if cls is Directive:
        # Several addressees, or one in addressee: never a list of one, never both.
        several = {"anyOf": [{"maxItems": 0}, {"minItems": 2}]}
        rules.append({"properties": {"addressees": several}})
        rules.append(
            {"if": _present("addressee"), "then": {"properties": {"addressees": {"maxItems": 0}}}}
        )
    return rules


def _description(cls: type[Any]) -> str:
    doc = inspect.getdoc(cls) or cls.__name__
    return re.sub(r"\s+", " ", doc.split("\n\n")[0]).strip()


def json_schema(cls: type[Any]) -> Schema:
    """A JSON Schema (2020-12) of what `govreport.from_dict` accepts for *cls*.

    Nested records are in ``$defs``; objects forbid unknown keys.  Checks that
    JSON Schema cannot express (start before end, NFC text, real calendar days,
    references between records, evidence in the source text) are left out.
    """
    builder = _Builder()
    root = builder.of_type(cls)
    schema: Schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE}{cls.__name__}.schema.json",
        "title": cls.__name__,
    }
    if "$ref" in root:
        schema.update(builder.defs.pop(cls.__name__))
        schema["description"] = schema.pop("description")
    else:
        schema.update(root)
    if builder.defs:
        schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema
