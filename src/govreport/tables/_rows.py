"""Flat rows of typed Python values, one per record."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from govreport._report import Report

from ._columns import Column, ColumnType, columns

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = ["rows"]


def _plain(value: Any) -> Any:
    """An enum as its value, a partial date or symbol as its text; others as they are."""
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "__attrs_attrs__"):  # PartialDate, DocumentSymbol
        return str(value)
    return value


def _converter(column: Column) -> Callable[[Any], Any]:
    """A function from an attribute's value to the column's cell."""
    if column.type is ColumnType.LIST:
        assert column.item is not None  # noqa: S101 -- a list column has an item
        item = _converter(column.item)
        return lambda value: [item(element) for element in value]
    if column.type is ColumnType.STRUCT:
        members = [(member.name, member.path[-1], _converter(member)) for member in column.fields]
        return lambda value: (
            None
            if value is None
            else {name: convert(getattr(value, attribute)) for name, attribute, convert in members}
        )
    if column.type is ColumnType.STRING:
        return _plain
    return lambda value: value


def _getter(column: Column) -> Callable[[Any], Any]:
    """A function from a record to its cell in *column*."""
    path = column.path
    convert = _converter(column)
    if len(path) == 1 and convert is not _plain:
        attribute = path[0]
        return lambda record: convert(getattr(record, attribute))

    def get(record: Any) -> Any:
        value = record
        for attribute in path:
            if value is None:
                return None
            value = getattr(value, attribute)
        return None if value is None else convert(value)

    return get


def rows(
    reports: Report | Iterable[Report], kind: str, *, source: bool = False
) -> Iterator[dict[str, Any]]:
    """One flat row per *kind* record of one report or of each of many, in order.

    A row maps each of `columns(kind, source=source)`'s names to a typed value:
    `str`, `int`, `bool`, `decimal.Decimal`, `datetime.date`, a `list` for a
    tuple (of `dict` for a tuple of records), or None where the record has
    no value.  Reports are read one at a time, so a stream of many is held in
    memory one report at a time.

    >>> from govreport import datasets, tables
    >>> row = next(tables.rows(datasets.binh_tan(), "indicators"))
    >>> row["id"], row["change.rate.amount"], row["value.exact"], row["period.end"]
    ('tong-gia-tri-san-xuat', Decimal('6.97'), None, datetime.date(2023, 6, 30))
    """
    table = columns(kind, source=source)
    own = len(columns(kind))
    heads = [(column.name, _getter(column)) for column in table[: len(table) - own]]
    getters = [(column.name, _getter(column)) for column in table[len(table) - own :]]
    for report in (reports,) if isinstance(reports, Report) else reports:
        head = {name: get(report) for name, get in heads}
        for record in getattr(report, kind):
            row = dict(head)
            for name, get in getters:
                row[name] = get(record)
            yield row
