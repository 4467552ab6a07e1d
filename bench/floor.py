"""The floor for structuring: govreport's records built field by field, attrs validators off.

What is left when no check of the converter or the validators runs: attrs
construction, the NFC converters and ``__attrs_post_init__`` (the report's graph
check among them).  Each class's builder is made once from its fields' types, so
that it keeps up with the model as it grows.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

import govreport
from govreport import DocumentSymbol, PartialDate, Report
from govreport._serialization.typeinfo import optional_inner, tuple_item

__all__ = ["build_unchecked"]

Build = Callable[[Any], Any]


_LEAVES: dict[Any, Build] = {
    dt.date: dt.date.fromisoformat,
    dt.datetime: dt.datetime.fromisoformat,
    Decimal: Decimal,
    PartialDate: PartialDate.parse,
    DocumentSymbol: DocumentSymbol.parse,
}


def _leaf(kind: Any) -> Build | None:
    """How to build a value of *kind* from its JSON form, or None to keep it as it is."""
    if kind in _LEAVES:
        return _LEAVES[kind]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind
    return _record(kind) if attrs.has(kind) else None


def _builder(kind: Any) -> Build | None:
    inner = optional_inner(kind)
    if inner is not None:
        build = _builder(inner)
        if build is None:
            return None
        return lambda value: None if value is None else build(value)
    item = tuple_item(kind)
    if item is not None:
        build = _builder(item)
        if build is None:
            return tuple
        return lambda values: tuple([build(value) for value in values])
    return _leaf(kind)


@functools.cache
def _record(cls: type[Any]) -> Build:
    """Build a *cls* from its JSON object: each field through its type's builder."""
    attrs.resolve_types(cls)
    fields = [(field.alias, _builder(field.type)) for field in attrs.fields(cls) if field.init]

    def build(data: dict[str, Any]) -> Any:
        return cls(
            **{
                name: data[name] if build is None else build(data[name])
                for name, build in fields
                if name in data
            }
        )

    return build


def _build(data: dict[str, Any]) -> Report:
    """Build a Report from a dict by hand: no converter, no type checks."""
    result: Report = _record(govreport.Report)(data)
    return result


def build_unchecked(data: dict[str, Any]) -> Report:
    attrs.validators.set_disabled(True)
    try:
        return _build(data)
    finally:
        attrs.validators.set_disabled(False)
