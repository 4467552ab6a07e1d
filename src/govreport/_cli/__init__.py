"""The ``govreport`` command: show, validate, schema and export."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from govreport import datasets
from govreport._errors import ValidationError
from govreport._records import (
    Assessment,
    Directive,
    Indicator,
    Meeting,
    Official,
    Organization,
    Resolution,
)
from govreport._serialization import from_json, load, to_dict
from govreport._serialization.typeinfo import optional_inner
from govreport._values import DocumentSymbol, PartialDate, Quantity

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from govreport._report import Report

__all__ = ["main"]

_RECORD_TYPES: dict[str, type[Any]] = {
    "organizations": Organization,
    "officials": Official,
    "meetings": Meeting,
    "resolutions": Resolution,
    "indicators": Indicator,
    "directives": Directive,
    "assessments": Assessment,
}
_KINDS = tuple(_RECORD_TYPES)
# Value types written as one string each, not spread into columns.
_SCALARS = (PartialDate, DocumentSymbol)


class UsageError(Exception):
    """A bad argument: reported in one line with exit status 2."""


def _open_report(name_or_path: str) -> Report:
    if name_or_path in datasets.names():
        return datasets.load(name_or_path)
    path = Path(name_or_path)
    if not path.exists():
        known = ", ".join(datasets.names())
        msg = f"no dataset or file named {name_or_path!r} (datasets: {known})"
        raise UsageError(msg)
    if path.is_dir():
        msg = f"{name_or_path!r} is a directory; give a report file"
        raise UsageError(msg)
    return load(path)


def _show(args: argparse.Namespace, out: IO[str]) -> int:
    from .summary import summarize  # noqa: PLC0415 -- only `show` needs it

    out.write(summarize(_open_report(args.report)))
    return 0


def _iter_documents(path: Path) -> Iterator[tuple[str, int | None, bytes | str]]:
    """Yield (file, line, document) for a file, a JSON Lines file or a directory.

    Where a file cannot be read, a message (a str) stands in for the document,
    so that nothing is skipped without a word.
    """
    if not path.is_dir():
        yield from _file_documents(path)
        return
    problems: list[OSError] = []
    for root, directories, files in os.walk(path, onerror=problems.append):
        directories.sort()
        for name in sorted(files):
            if name.endswith((".json", ".jsonl")):
                child = Path(root, name)
                if child.is_file():
                    yield from _file_documents(child)
                elif not child.exists():
                    yield str(child), None, "cannot read: a link to nothing"
                else:  # a FIFO or a device would block or never end
                    yield str(child), None, "not a regular file"
    for problem in problems:
        yield str(problem.filename or path), None, f"cannot read: {problem.strerror}"


def _file_documents(path: Path) -> Iterator[tuple[str, int | None, bytes | str]]:
    try:
        if path.suffix == ".jsonl":
            with path.open("rb") as stream:
                for number, line in enumerate(stream, start=1):
                    if line.strip():
                        yield str(path), number, line
        else:
            yield str(path), None, path.read_bytes()
    except OSError as error:
        yield str(path), None, f"cannot read: {error.strerror or error}"


class _Progress:
    """A one-line progress counter on a terminal's stderr; silent when piped."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.last = 0.0

    def update(self, checked: int, invalid: int, *, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if final or now - self.last > 0.1:  # noqa: PLR2004 -- ten redraws a second
            self.last = now
            self.stream.write(f"\rchecked {checked} reports, {invalid} invalid")
            if final:
                self.stream.write("\n")
            self.stream.flush()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _validate(args: argparse.Namespace, out: IO[str]) -> int:
    from govreport._report import Report  # noqa: PLC0415

    checked = invalid = problems = unread = 0
    progress = _Progress(sys.stderr)
    for name in args.paths:
        path = Path(name)
        if not path.exists():
            out.write(f"{name}: no such file or directory\n")
            unread += 1
            continue
        for file, line, document in _iter_documents(path):
            where = file if line is None else f"{file}:{line}"
            if isinstance(document, str):
                out.write(f"{where}: {document}\n")
                unread += 1
                continue
            checked += 1
            try:
                from_json(Report, document)
            except ValidationError as error:
                invalid += 1
                problems += len(error.errors)
                for item in error.errors:
                    out.write(f"{where}: {item.path}: {item.message}\n")
            progress.update(checked, invalid)
    progress.update(checked, invalid, final=True)
    if not invalid and not unread:
        out.write(f"{_count(checked, 'report')} valid\n")
        return 0
    summary = f"{invalid} of {_count(checked, 'report')} invalid, {_count(problems, 'problem')}"
    if unread:
        summary += f"; {_count(unread, 'path')} not read"
    out.write(summary + "\n")
    return 1


def _schema(args: argparse.Namespace, out: IO[str]) -> int:
    import govreport  # noqa: PLC0415
    from govreport._serialization.schema import json_schema  # noqa: PLC0415

    cls = getattr(govreport, args.cls, None)
    if not isinstance(cls, type) or not hasattr(cls, "__attrs_attrs__"):
        msg = f"no record or value type named {args.cls!r}"
        raise UsageError(msg)
    out.write(json.dumps(json_schema(cls), ensure_ascii=False, indent=2) + "\n")
    return 0


def _columns(cls: type[Any], prefix: str = "") -> list[str]:
    """Dotted column names for *cls*: nested records are spread into columns."""
    columns = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        name = f"{prefix}{field.alias}"
        kind = optional_inner(field.type) or field.type
        if attrs.has(kind) and kind not in _SCALARS:
            columns.extend(_columns(kind, f"{name}."))
            if kind is Quantity:
                columns.append(f"{name}.exact")
        else:
            columns.append(name)
    return columns


def _cell(value: object, *, csv_cell: bool) -> object:
    if not csv_cell:
        return value
    if isinstance(value, list):
        if all(not isinstance(item, (dict, list)) for item in value):
            return "; ".join(str(item) for item in value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _row(record: object, columns: list[str], *, csv_cell: bool) -> dict[str, object]:
    data = to_dict(record)
    row = {}
    for column in columns:
        value: Any = data
        *parents, leaf = column.split(".")
        for part in parents:
            value = value.get(part) if isinstance(value, dict) else None
        if leaf == "exact" and isinstance(value, dict):
            exact = Quantity(
                amount=Decimal(value["amount"]), unit=value["unit"], scale=value["scale"]
            ).exact
            row[column] = _cell(format(exact, "f"), csv_cell=csv_cell)
        else:
            found = value.get(leaf) if isinstance(value, dict) else None
            row[column] = _cell(found, csv_cell=csv_cell)
    return row


def _export(args: argparse.Namespace, out: IO[str]) -> int:
    report = _open_report(args.report)
    records = getattr(report, args.records)
    columns = _columns(_RECORD_TYPES[args.records])
    csv_cell = args.format == "csv"
    rows = (_row(record, columns, csv_cell=csv_cell) for record in records)
    if not csv_cell:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise UsageError(message)


class _Version(argparse.Action):
    """`--version`: print govreport's version and exit (read only when asked for)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="print the version"
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        _namespace: argparse.Namespace,
        _values: object,
        _option: str | None = None,
    ) -> None:
        import govreport  # noqa: PLC0415

        sys.stdout.write(f"govreport {govreport.__version__}\n")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="govreport",
        description="Read, check and export records of Vietnamese meeting reports.",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    show = commands.add_parser("show", help="print a readable summary of a report")
    show.add_argument(
        "report",
        nargs="?",
        default=datasets.BINH_TAN,
        help="a bundled dataset name or a report file (default: %(default)s)",
    )
    show.set_defaults(run=_show)
    validate = commands.add_parser("validate", help="check report files; exit 1 if any is bad")
    validate.add_argument(
        "paths", nargs="+", metavar="PATH", help="JSON files, JSON Lines files, directories"
    )
    validate.set_defaults(run=_validate)
    schema = commands.add_parser("schema", help="print the JSON Schema of a record type")
    schema.add_argument("cls", nargs="?", default="Report", metavar="CLASS")
    schema.set_defaults(run=_schema)
    export = commands.add_parser("export", help="write one flat row per record")
    export.add_argument("report", help="a bundled dataset name or a report file")
    export.add_argument("--records", required=True, choices=_KINDS, metavar="KIND")
    export.add_argument("--format", default="csv", choices=("csv", "jsonl"))
    export.set_defaults(run=_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    out = sys.stdout
    try:
        args = _parser().parse_args(argv)
        status: int = args.run(args, out)
        out.flush()
    except UsageError as error:
        sys.stderr.write(f"govreport: error: {error}\n")
        return 2
    except ValidationError as error:
        sys.stderr.write(f"govreport: invalid input:\n{error}\n")
        return 1
    except BrokenPipeError:
        # The reader went away (`govreport export ... | head`): stop quietly, as
        # a process killed by SIGPIPE would, without a second error at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        sys.stderr.write(f"govreport: error: {where}{error.strerror or error}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
