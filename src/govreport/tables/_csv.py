"""CSV cells that keep every digit, read back exactly, and never run in a spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from govreport._serialization import line_safe

from ._columns import Column, ColumnType, columns
from ._rows import rows

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from govreport._report import Report

__all__ = ["data_package", "read_csv", "table_schema", "write_csv", "write_jsonl"]

# OWASP's list of the first characters that make a spreadsheet read a cell as a
# formula; a text cell starting with one, or with the quote that marks it, gets a
# leading quote, which `read_csv` takes off again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def _iso(value: dt.date) -> str:
    return value.isoformat()


def _decimal_text(value: Decimal) -> str:
    return format(value, "f")


# How each type of value is written as JSON, and read back; other values are as they are.
_TO_JSON: dict[ColumnType, Callable[[Any], Any]] = {
    ColumnType.DECIMAL: _decimal_text,
    ColumnType.DATE: _iso,
    ColumnType.DATETIME: _iso,
}
_FROM_TEXT: dict[ColumnType, Callable[[str], Any]] = {
    ColumnType.DECIMAL: Decimal,
    ColumnType.DATE: dt.date.fromisoformat,
    ColumnType.DATETIME: dt.datetime.fromisoformat,
    ColumnType.INTEGER: int,
}


def _json_value(column: Column, value: Any) -> Any:
    """A cell's value as govreport's JSON writes it (exact numbers as strings)."""
    if value is None:
        return None
    if column.type is ColumnType.LIST:
        assert column.item is not None  # noqa: S101 -- a list column has an item
        return [_json_value(column.item, item) for item in value]
    if column.type is ColumnType.STRUCT:
        return {member.name: _json_value(member, value[member.name]) for member in column.fields}
    write = _TO_JSON.get(column.type)
    return value if write is None else write(value)


def _from_json_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.type is ColumnType.LIST:
        assert column.item is not None  # noqa: S101 -- a list column has an item
        return [_from_json_value(column.item, item) for item in value]
    if column.type is ColumnType.STRUCT:
        return {
            member.name: _from_json_value(member, value[member.name]) for member in column.fields
        }
    read = _FROM_TEXT.get(column.type) if column.type is not ColumnType.INTEGER else None
    return value if read is None else read(value)


def _cell(column: Column, value: Any) -> str:
    if value is None:
        return ""
    kind = column.type
    if kind is ColumnType.STRING:
        text: str = value
        return "'" + text if text.startswith(_FORMULA_STARTS) else text
    if kind is ColumnType.BOOLEAN:
        return "true" if value else "false"
    if kind is ColumnType.LIST:
        return json.dumps(_json_value(column, value), ensure_ascii=False, separators=(",", ":"))
    write = _TO_JSON.get(kind)
    return str(value) if write is None else str(write(value))


def _value(column: Column, cell: str) -> Any:
    if cell == "":
        return None
    kind = column.type
    if kind is ColumnType.STRING:
        return cell.removeprefix("'")
    if kind is ColumnType.BOOLEAN:
        return cell == "true"
    read = _FROM_TEXT.get(kind)
    return _from_json_value(column, json.loads(cell)) if read is None else read(cell)


def write_csv(
    reports: Report | Iterable[Report], kind: str, stream: IO[str], *, source: bool = False
) -> int:
    """Write the *kind* rows of *reports* to *stream* as CSV; return the number of rows.

    Numbers keep every digit in plain positional notation, dates are
    ``YYYY-MM-DD``, booleans ``true`` and ``false``, an absent value an empty
    cell, and every list one JSON array (lists of records as arrays of
    objects).  A text cell that a spreadsheet would run as a formula (one that
    starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return), or
    that starts with ``'``, is written with a ``'`` in front; number, date and
    boolean columns are never changed.  `read_csv` reads it all back exactly.
    Open *stream* with ``newline=""``.
    """
    table = columns(kind, source=source)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([column.name for column in table])
    count = 0
    for row in rows(reports, kind, source=source):
        writer.writerow([_cell(column, row[column.name]) for column in table])
        count += 1
    return count


def write_jsonl(
    reports: Report | Iterable[Report], kind: str, stream: IO[str], *, source: bool = False
) -> int:
    """Write the *kind* rows of *reports* as JSON Lines; return the number of rows.

    Each line is one JSON object with the columns' names as keys, its values
    as govreport's JSON writes them: numbers as strings with every digit,
    dates as ``YYYY-MM-DD``, ``null``, ``true`` and ``false``, lists as arrays.
    """
    table = columns(kind, source=source)
    count = 0
    for row in rows(reports, kind, source=source):
        data = {column.name: _json_value(column, row[column.name]) for column in table}
        # Escaped as to_json escapes them, so that no line break cuts a record.
        stream.write(line_safe(json.dumps(data, ensure_ascii=False)) + "\n")
        count += 1
    return count


def read_csv(stream: IO[str], kind: str, *, source: bool = False) -> Iterator[dict[str, Any]]:
    """Read back what `write_csv` wrote: rows of typed values, equal to `rows`'s.

    `ValueError` if the header is not the columns of *kind*.
    """
    table = columns(kind, source=source)
    reader = csv.reader(stream)
    header = next(reader, None)
    names = [column.name for column in table]
    if header != names:
        msg = f"expected the columns of {kind} ({', '.join(names)}), got {header!r}"
        raise ValueError(msg)
    for cells in reader:
        yield {column.name: _value(column, cell) for column, cell in zip(table, cells, strict=True)}


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "description": column.description}
    if column.type is ColumnType.DECIMAL:
        field["type"] = "number"
    elif column.type is ColumnType.BOOLEAN:
        field.update(type="boolean", trueValues=["true"], falseValues=["false"])
    elif column.type is ColumnType.LIST:
        field["type"] = "array"
    else:
        field["type"] = column.type.value
    if not column.nullable:
        field["constraints"] = {"required": True}
    return field


def table_schema(kind: str, *, source: bool = False) -> dict[str, Any]:
    """The Frictionless Table Schema of `write_csv`'s table of *kind*, as a dict.

    Amounts are ``number`` (read them as `decimal.Decimal`: they are written
    with every digit), dates ``date``, lists ``array`` (JSON array text), and an
    empty cell is a missing value.
    """
    return {
        "fields": [_field(column) for column in columns(kind, source=source)],
        "missingValues": [""],
    }


def data_package(kind: str, path: str, *, source: bool = False) -> dict[str, Any]:
    """A Frictionless Data Package descriptor for the CSV file *path* of *kind* rows.

    Write it as JSON beside the file (``indicators.csv`` and
    ``indicators.datapackage.json``) so that tools that read Data Packages take
    each column's type from it instead of guessing.
    """
    return {
        "profile": "tabular-data-package",
        "name": kind,
        "resources": [
            {
                "name": kind,
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(kind, source=source),
            }
        ],
    }
