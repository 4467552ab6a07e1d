"""The columns of each record kind, read from the record classes themselves."""

from __future__ import annotations

import datetime as dt
import enum
import functools
from decimal import Decimal
from typing import Any

import attrs

from govreport._report import Report, Source
from govreport._serialization.typeinfo import optional_inner, tuple_item
from govreport._values import DocumentSymbol, PartialDate, Quantity

__all__ = ["Column", "ColumnType", "columns", "kinds", "record_type"]


class ColumnType(enum.Enum):
    """What a column's cells hold in Python, Arrow and a Table Schema."""

    STRING = "string"
    """`str`: text, enums (their lowercase value), partial dates and symbols as written."""
    INTEGER = "integer"
    """`int`, 64-bit in Arrow."""
    DECIMAL = "decimal"
    """`decimal.Decimal`, exact; ``decimal128(38, s)`` in Arrow."""
    BOOLEAN = "boolean"
    """`bool`."""
    DATE = "date"
    """`datetime.date`; ``date32`` in Arrow."""
    DATETIME = "datetime"
    """`datetime.datetime` with its UTC offset; a UTC ``timestamp`` in Arrow (no offset)."""
    LIST = "list"
    """A `list` of the column's `item` values."""
    STRUCT = "struct"
    """A `dict` of the column's `fields`, for the items of a list of records."""


# Value types written as one string each, as JSON writes them, not spread into columns.
_AS_TEXT: tuple[type[Any], ...] = (PartialDate, DocumentSymbol)
_SCALARS: dict[Any, ColumnType] = {
    str: ColumnType.STRING,
    int: ColumnType.INTEGER,
    bool: ColumnType.BOOLEAN,
    Decimal: ColumnType.DECIMAL,
    dt.date: ColumnType.DATE,
    dt.datetime: ColumnType.DATETIME,
}


@attrs.frozen(kw_only=True)
class Column:
    """One column of a table: its name, type, whether it may be empty, and what it holds.

    A `ColumnType.LIST` column describes its items with `item`; a
    `ColumnType.STRUCT` item describes its keys with `fields`.  `path` is where
    the value sits in the record (attribute names), with ``"exact"`` last for
    the computed `Quantity.exact` columns.
    """

    name: str
    type: ColumnType
    nullable: bool
    description: str
    path: tuple[str, ...] = ()
    item: Column | None = None
    fields: tuple[Column, ...] = ()


def _describe(label: str, field: attrs.Attribute[Any], what: str) -> str:
    given = field.metadata.get("description")
    if isinstance(given, str):
        return given
    return f"{label}: {what}"


_WORDS = {
    str: "text",
    int: "an integer",
    bool: "true or false",
    Decimal: "an exact decimal number",
    dt.date: "a date",
    dt.datetime: "a moment with its UTC offset",
}


def _what(kind: Any) -> str:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        names = ", ".join(str(member.value) for member in kind)
        return f"a {kind.__name__}: one of {names}"
    if kind in _AS_TEXT:
        return f"a {kind.__name__} in its canonical form"
    return _WORDS.get(kind) or f"a {getattr(kind, '__name__', kind)}"


def _scalar(kind: Any) -> ColumnType | None:
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind in _AS_TEXT or (isinstance(kind, type) and issubclass(kind, enum.Enum)):
        return ColumnType.STRING
    return None


def _field_columns(
    cls: type[Any],
    prefix: str,
    path: tuple[str, ...],
    *,
    nullable: bool,
    flat: bool,
    root: str | None = None,
) -> list[Column]:
    """The columns of *cls*'s fields: nested values spread into dotted names if *flat*."""
    attrs.resolve_types(cls)
    owner = root or cls.__name__
    found: list[Column] = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        name, where = f"{prefix}{field.alias}", (*path, field.name)
        label = f"{owner}.{name}"
        inner = optional_inner(field.type)
        kind = field.type if inner is None else inner
        empty = nullable or inner is not None
        scalar = _scalar(kind)
        if scalar is not None:
            description = _describe(label, field, _what(kind))
            found.append(
                Column(name=name, type=scalar, nullable=empty, description=description, path=where)
            )
        elif tuple_item(kind) is not None:
            found.append(_list_column(label, field, name, where, tuple_item(kind), nullable=empty))
        elif attrs.has(kind) and flat:
            found.extend(
                _field_columns(kind, f"{name}.", where, nullable=empty, flat=True, root=owner)
            )
            if kind is Quantity:
                what = "the amount with the scale multiplied out, exact (Quantity.exact)"
                description = f"{label}.exact: {what}"
                found.append(
                    Column(
                        name=f"{name}.exact",
                        type=ColumnType.DECIMAL,
                        nullable=empty,
                        description=description,
                        path=(*where, "exact"),
                    )
                )
        elif attrs.has(kind):
            members = tuple(_field_columns(kind, "", (), nullable=False, flat=False))
            description = _describe(label, field, f"a {kind.__name__}")
            found.append(
                Column(
                    name=name,
                    type=ColumnType.STRUCT,
                    nullable=empty,
                    description=description,
                    path=where,
                    fields=members,
                )
            )
        else:
            msg = f"{label}: no column type for {kind!r}"
            raise TypeError(msg)
    return found


def _list_column(
    label: str,
    field: attrs.Attribute[Any],
    name: str,
    where: tuple[str, ...],
    kind: Any,
    *,
    nullable: bool,
) -> Column:
    scalar = _scalar(kind)
    if scalar is not None:
        item = Column(name="item", type=scalar, nullable=False, description=_what(kind))
    elif attrs.has(kind):
        members = tuple(_field_columns(kind, "", (), nullable=False, flat=False))
        item = Column(
            name="item",
            type=ColumnType.STRUCT,
            nullable=False,
            description=f"a {kind.__name__}",
            fields=members,
        )
    else:
        msg = f"{label}: no column type for items {kind!r}"
        raise TypeError(msg)
    description = _describe(label, field, f"a list, each item {_what(kind)}")
    return Column(
        name=name,
        type=ColumnType.LIST,
        nullable=nullable,
        description=description,
        path=where,
        item=item,
    )


@functools.cache
def _kinds() -> dict[str, type[Any]]:
    attrs.resolve_types(Report)
    found: dict[str, type[Any]] = {}
    for field in attrs.fields(Report):
        item = tuple_item(field.type) if field.init else None
        if item is not None and attrs.has(item):
            found[str(field.alias)] = item
    return found


def kinds() -> tuple[str, ...]:
    """The record kinds a report holds, by the name of their collection in `Report`.

    >>> from govreport import tables
    >>> tables.kinds()[:3]
    ('organizations', 'officials', 'meetings')
    """
    return tuple(_kinds())


def record_type(kind: str) -> type[Any]:
    """The record class of *kind*; `ValueError` naming the known kinds for another."""
    try:
        return _kinds()[kind]
    except KeyError:
        known = ", ".join(_kinds())
        msg = f"unknown record kind {kind!r}; the kinds are: {known}"
        raise ValueError(msg) from None


_SOURCE_FIELDS = ("title", "published", "publisher", "url")


@functools.cache
def columns(kind: str, *, source: bool = False) -> tuple[Column, ...]:
    """The columns of a table of *kind* records, in the order of the record's fields.

    Nested values are spread into columns with dotted names (an indicator's
    ``period.start``), and each `Quantity` gets an ``.exact`` column beside its
    amount, unit and scale.  With *source*, the table starts with the
    ``source.title``, ``source.published``, ``source.publisher`` and
    ``source.url`` of the report each row comes from, which tells rows of many
    reports apart.

    >>> from govreport import tables
    >>> [column.name for column in tables.columns("indicators")][:4]
    ['id', 'name', 'period.start', 'period.end']
    """
    found = _field_columns(record_type(kind), "", (), nullable=False, flat=True)
    if not source:
        return tuple(found)
    report = [
        attrs.evolve(column, path=("source", *column.path))
        for column in _field_columns(
            Source, "source.", (), nullable=False, flat=True, root="Report"
        )
        if column.path[0] in _SOURCE_FIELDS
    ]
    return (*report, *found)
