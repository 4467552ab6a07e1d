"""JSON Schema (2020-12) generated from the attrs classes, their checks and their rules.

Each part of the schema comes from where its rule lives: a field's from its
declared type and its check object (`govreport._validators`), a value type's
written as a string from `govreport._values.STRING_SCHEMAS`, a record's
``if``/``then`` from its cross-field rules (`govreport._model`).  So it cannot
drift from the converter and the constructors.  What JSON Schema cannot say (a
start before an end, NFC text, dangling ids, real calendar days) is left to
`from_dict`.  Every pattern reads alike in ECMA-262 (u flag), Python and Rust.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import re
from decimal import Decimal
from typing import Any

import attrs

from govreport._validators import decimal_schema
from govreport._values import STRING_SCHEMAS

from .hooks import DATE, TIMESTAMP
from .typeinfo import optional_inner, tuple_item

__all__ = ["json_schema"]

Schema = dict[str, Any]
# Each type's schema is identified as <base><ClassName>.schema.json.
SCHEMA_BASE = "https://govreport.readthedocs.io/schema/"

_DATE_SCHEMA: Schema = {"type": "string", "format": "date", "pattern": f"^{DATE.pattern}$"}
_TIMESTAMP_SCHEMA: Schema = {
    "type": "string",
    "format": "date-time",
    "pattern": f"^{TIMESTAMP.pattern}$",
    "description": "A moment with its UTC offset, e.g. 2023-07-14T08:30:00+07:00.",
}
_SIMPLE = {str: "string", bool: "boolean", int: "integer"}


def _refine(validator: object, base: Schema) -> Schema:
    """The schema of a field's values: its type's, as the field's check refines it."""
    refine = getattr(validator, "schema", None)
    if not callable(refine):
        return base  # a user's validator: the type says what it can
    schema: Schema = refine(base)
    return schema


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}

    def of_type(self, kind: Any, validator: object = None) -> Schema:
        inner = optional_inner(kind)
        if inner is not None:
            return {"anyOf": [self.of_type(inner, validator), {"type": "null"}]}
        return _refine(validator, self._base(kind))

    def _base(self, kind: Any) -> Schema:  # noqa: PLR0911 -- one return per kind of type
        item = tuple_item(kind)
        if item is not None:
            return {"type": "array", "items": self.of_type(item)}
        if kind in STRING_SCHEMAS:
            return dict(STRING_SCHEMAS[kind])
        if kind is dt.date:
            return dict(_DATE_SCHEMA)
        if kind is dt.datetime:
            return dict(_TIMESTAMP_SCHEMA)
        if kind is Decimal:
            return decimal_schema(nonnegative=False)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return {"enum": [member.value for member in kind]}
        if attrs.has(kind):
            self.define(kind)
            return {"$ref": f"#/$defs/{kind.__name__}"}
        return {"type": _SIMPLE[kind]}

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
            properties[field.alias] = self.of_type(field.type, field.validator)
            if field.default is attrs.NOTHING:
                required.append(field.alias)
        definition: Schema = {
            "type": "object",
            "description": _description(cls),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        # The cross-field rules, where JSON Schema can say them.
        rules = [part for rule in getattr(cls, "__rules__", ()) for part in rule.schema(cls)]
        if rules:
            definition["allOf"] = rules
        self.defs[cls.__name__] = definition


def _description(cls: type[Any]) -> str:
    doc = inspect.getdoc(cls) or cls.__name__
    return re.sub(r"\s+", " ", doc.split("\n\n")[0]).strip()


def json_schema(cls: type[Any]) -> Schema:
    """A JSON Schema (2020-12) of what `govreport.from_dict` accepts for *cls*.

    Nested records are in ``$defs``; objects forbid unknown keys.  Checks that
    JSON Schema cannot express (start before end, NFC text, real calendar days,
    references between records, evidence in the source text) are left out.
    Every pattern reads alike in ECMA-262 (with the u flag), Python's re and
    Rust's regex: no lookaround, no lone surrogates.
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
