"""Arrow tables and Parquet files, with exact decimals and real dates (needs pyarrow)."""

from __future__ import annotations

import importlib
import itertools
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._columns import Column, ColumnType, columns
from ._rows import rows

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from decimal import Decimal

    from govreport._report import Report

__all__ = ["arrow_schema", "to_arrow", "write_parquet"]

_BATCH = 2048
_PRECISION = 38  # decimal128's, which DuckDB, Spark and polars read as DECIMAL(38, s)
_WIDE_PRECISION = 76  # decimal256's, for a column whose digits do not fit in 38


def _pyarrow() -> Any:
    try:
        pa = importlib.import_module("pyarrow")
    except ImportError:  # pragma: no cover -- the tests that get here need pyarrow
        msg = "Arrow tables need pyarrow: pip install 'govreport[arrow]'"
        raise ModuleNotFoundError(msg, name="pyarrow") from None
    return pa


class _Digits:
    """The widest whole part and the longest fraction among a decimal column's values."""

    __slots__ = ("fraction", "whole")

    def __init__(self) -> None:
        self.whole = self.fraction = 0

    def add(self, value: Decimal) -> None:
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101 -- govreport's decimals are finite
        self.fraction = max(self.fraction, -exponent)
        self.whole = max(self.whole, value.adjusted() + 1)


def _measure(column: Column, value: Any, digits: dict[int, _Digits]) -> None:
    """Note in *digits* (by column identity) how wide the decimals in *value* are."""
    if value is None:
        return
    if column.type is ColumnType.DECIMAL:
        digits.setdefault(id(column), _Digits()).add(value)
    elif column.type is ColumnType.LIST:
        assert column.item is not None  # noqa: S101 -- a list column has an item
        for item in value:
            _measure(column.item, item, digits)
    elif column.type is ColumnType.STRUCT:
        for member in column.fields:
            _measure(member, value[member.name], digits)


def _decimal_type(pa: Any, found: _Digits | None) -> Any:
    if found is None:
        return pa.decimal128(_PRECISION, 0)
    if found.whole + found.fraction <= _PRECISION:
        return pa.decimal128(_PRECISION, found.fraction)
    if found.whole + found.fraction <= _WIDE_PRECISION:
        return pa.decimal256(_WIDE_PRECISION, found.fraction)
    msg = (
        f"a column's decimals need {found.whole} digits before the point and"
        f" {found.fraction} after it, more than Arrow's {_WIDE_PRECISION}"
    )
    raise ValueError(msg)


_PLAIN_TYPES = {
    ColumnType.STRING: "string",
    ColumnType.INTEGER: "int64",
    ColumnType.BOOLEAN: "bool_",
    ColumnType.DATE: "date32",
}


def _arrow_type(pa: Any, column: Column, digits: dict[int, _Digits]) -> Any:
    kind = column.type
    if kind is ColumnType.DATETIME:
        return pa.timestamp("us", tz="UTC")
    if kind in _PLAIN_TYPES:
        return getattr(pa, _PLAIN_TYPES[kind])()
    if kind is ColumnType.DECIMAL:
        return _decimal_type(pa, digits.get(id(column)))
    if kind is ColumnType.LIST:
        assert column.item is not None  # noqa: S101 -- a list column has an item
        return pa.list_(_arrow_field(pa, column.item, digits))
    return pa.struct([_arrow_field(pa, member, digits) for member in column.fields])


def _arrow_field(pa: Any, column: Column, digits: dict[int, _Digits]) -> Any:
    metadata = {"description": column.description}
    return pa.field(
        column.name, _arrow_type(pa, column, digits), nullable=column.nullable, metadata=metadata
    )


def _schema(pa: Any, kind: str, table: tuple[Column, ...], digits: dict[int, _Digits]) -> Any:
    fields = [_arrow_field(pa, column, digits) for column in table]
    return pa.schema(fields, metadata={"govreport.kind": kind})


def arrow_schema(kind: str, *, source: bool = False, scales: dict[str, int] | None = None) -> Any:
    """The `pyarrow.Schema` of a table of *kind* records.

    Each decimal column is ``decimal128(38, s)``; `to_arrow` and
    `write_parquet` take *s* from the data (the longest fraction in the
    column), and here from *scales* (column name to *s*, 0 where not given).
    """
    pa = _pyarrow()
    table = columns(kind, source=source)
    digits: dict[int, _Digits] = {}
    for column in table:
        if column.type is ColumnType.DECIMAL:
            found = digits[id(column)] = _Digits()
            found.fraction = (scales or {}).get(column.name, 0)
    return _schema(pa, kind, table, digits)


def _batches(
    reports: Report | Iterable[Report], kind: str, *, source: bool
) -> Iterator[list[dict[str, Any]]]:
    stream = rows(reports, kind, source=source)
    while batch := list(itertools.islice(stream, _BATCH)):
        yield batch


def _record_batch(
    pa: Any, schema: Any, table: tuple[Column, ...], batch: list[dict[str, Any]]
) -> Any:
    arrays = [
        pa.array([row[column.name] for row in batch], type=schema.field(column.name).type)
        for column in table
    ]
    return pa.record_batch(arrays, schema=schema)


def to_arrow(reports: Report | Iterable[Report], kind: str, *, source: bool = False) -> Any:
    """A `pyarrow.Table` of the *kind* rows of *reports* (needs the ``arrow`` extra).

    Amounts are ``decimal128(38, s)`` (every digit; *s* the longest fraction in
    the column, ``decimal256(76, s)`` in the rare column whose digits need more),
    dates ``date32``, lists ``list`` (of ``struct`` for lists of records), and
    a column with no value at all keeps its type.  Each field's metadata
    carries its description.  ``table.to_pandas()`` and ``polars.from_arrow(table)``
    give data frames.
    """
    pa = _pyarrow()
    table = columns(kind, source=source)
    batch = [row for chunk in _batches(reports, kind, source=source) for row in chunk]
    digits: dict[int, _Digits] = {}
    for row in batch:
        for column in table:
            _measure(column, row[column.name], digits)
    schema = _schema(pa, kind, table, digits)
    return pa.Table.from_batches([_record_batch(pa, schema, table, batch)], schema=schema)


def write_parquet(
    reports: Report | Iterable[Report],
    kind: str,
    path: str | os.PathLike[str],
    *,
    source: bool = False,
) -> int:
    """Write the *kind* rows of *reports* to a Parquet file; return the number of rows.

    The types are `to_arrow`'s.  Rows pass through a temporary file beside
    *path* while the decimal columns' widths are measured, so a stream of any
    length is written in constant memory; the file appears whole or not at all.
    """
    pa = _pyarrow()
    pq = importlib.import_module("pyarrow.parquet")

    table = columns(kind, source=source)
    target = os.fspath(path)
    directory = Path(target).absolute().parent
    digits: dict[int, _Digits] = {}
    count = 0
    with tempfile.TemporaryFile(dir=directory) as spill:
        for batch in _batches(reports, kind, source=source):
            for row in batch:
                for column in table:
                    _measure(column, row[column.name], digits)
            pickle.dump(batch, spill, protocol=pickle.HIGHEST_PROTOCOL)
            count += len(batch)
        schema = _schema(pa, kind, table, digits)
        spill.seek(0)
        handle, partial = tempfile.mkstemp(dir=directory, suffix=".parquet.part")
        os.close(handle)
        try:
            with pq.ParquetWriter(partial, schema) as writer:
                for _ in range((count + _BATCH - 1) // _BATCH):
                    batch = pickle.load(spill)  # noqa: S301 -- our own file, just written
                    writer.write_batch(_record_batch(pa, schema, table, batch))
            Path(partial).replace(target)
        except BaseException:
            Path(partial).unlink()
            raise
    return count
