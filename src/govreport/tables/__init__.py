"""Tables of records: typed rows, CSV with its Table Schema, Arrow, Parquet, data frames.

One table per record kind (``"indicators"``, ``"meetings"``, … as `kinds`
names them), one row per record, one column per field, nested values spread
into dotted column names; `columns` declares each column's name, type,
whether it may be empty and what it holds, read from the record classes.
The rows come from one report or from a stream of many (`read_reports` reads
a directory or a JSON Lines file one report at a time).

The Arrow, Parquet and data frame functions need ``pip install
'govreport[arrow]'`` (pyarrow); pandas and polars are used only if you call
`to_pandas` or `to_polars`.

>>> from govreport import datasets, tables
>>> for column in tables.columns("indicators")[:4]:
...     print(column.name, column.type.value, column.nullable)
id string False
name string False
period.start date False
period.end date False
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._arrow import arrow_schema, to_arrow, write_parquet
from ._columns import Column, ColumnType, columns, kinds, record_type
from ._csv import data_package, read_csv, table_schema, write_csv, write_jsonl
from ._rows import rows
from ._stream import read_reports

if TYPE_CHECKING:
    from collections.abc import Iterable

    from govreport._report import Report

__all__ = [
    "Column",
    "ColumnType",
    "arrow_schema",
    "columns",
    "data_package",
    "kinds",
    "read_csv",
    "read_reports",
    "record_type",
    "rows",
    "table_schema",
    "to_arrow",
    "to_pandas",
    "to_polars",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]


def to_pandas(reports: Report | Iterable[Report], kind: str, *, source: bool = False) -> Any:
    """A pandas DataFrame of `to_arrow`'s table, its columns backed by Arrow.

    Every column keeps its Arrow type (``pandas.ArrowDtype``): amounts stay
    exact ``decimal128`` and dates stay dates, where pandas' own conversion
    would give objects.  Needs pandas and pyarrow.
    """
    pd = importlib.import_module("pandas")
    return to_arrow(reports, kind, source=source).to_pandas(types_mapper=pd.ArrowDtype)


def to_polars(reports: Report | Iterable[Report], kind: str, *, source: bool = False) -> Any:
    """A polars DataFrame of `to_arrow`'s table: ``Decimal(38, s)`` amounts, ``Date`` dates.

    Needs polars and pyarrow.
    """
    pl = importlib.import_module("polars")
    return pl.from_arrow(to_arrow(reports, kind, source=source))
