"""The ``govreport`` command: show, validate, schema and export."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import stat
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from govreport import datasets
from govreport._errors import ValidationError, printable
from govreport._records import (
    Assessment,
    Directive,
    Indicator,
    Meeting,
    Official,
    Organization,
    Resolution,
)
from govreport._report import Report
from govreport._serialization import (
    MAX_DOCUMENT_BYTES,
    from_json,
    open_document,
    read_document,
    replacing,
    to_dict,
)
from govreport._serialization.typeinfo import optional_inner
from govreport._values import DocumentSymbol, PartialDate, Quantity

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

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


class _InvalidFile(Exception):  # noqa: N818 -- reported, not raised to the user
    """A report file whose content is bad: its problems, each with the file."""

    def __init__(self, file: str, error: ValidationError) -> None:
        super().__init__(file)
        self.file = file
        self.error = error


def _open_report(name_or_path: str) -> Report:
    if name_or_path in datasets.names():
        return datasets.load(name_or_path)
    try:
        mode = Path(name_or_path).stat().st_mode
    except FileNotFoundError:
        known = ", ".join(datasets.names())
        msg = f"no dataset or file named {name_or_path!r} (datasets: {known})"
        raise UsageError(msg) from None
    if stat.S_ISDIR(mode):
        msg = f"{name_or_path!r} is a directory; give a report file"
        raise UsageError(msg)
    if not stat.S_ISREG(mode):  # a FIFO would block, /dev/zero never end
        msg = f"{name_or_path!r} is not a regular file; give a report file"
        raise UsageError(msg)
    try:
        return from_json(Report, read_document(name_or_path))
    except ValidationError as error:
        raise _InvalidFile(name_or_path, error) from None


def _show(args: argparse.Namespace, out: IO[str]) -> int:
    from .summary import summarize  # noqa: PLC0415 -- only `show` needs it

    out.write(summarize(_open_report(args.report)))
    return 0


def _iter_documents(name: str) -> Iterator[tuple[str, int | None, bytes | str]]:
    """Yield (file, line, document) for a file, a JSON Lines file or a directory.

    Where a file cannot be read, a message (a str) stands in for the document,
    so that nothing is skipped without a word.
    """
    try:
        mode = Path(name).stat().st_mode
    except FileNotFoundError:
        yield name, None, "no such file or directory"
        return
    except OSError as error:
        yield name, None, f"cannot read: {error.strerror or error}"
        return
    if not stat.S_ISDIR(mode):
        yield from _file_documents(Path(name))
        return
    problems: list[OSError] = []
    for root, directories, files in os.walk(name, onerror=problems.append):
        directories.sort()
        for file in sorted(files):
            if file.endswith((".json", ".jsonl")):
                yield from _file_documents(Path(root, file))
    for problem in problems:
        yield str(problem.filename or name), None, f"cannot read: {problem.strerror}"


def _file_documents(path: Path) -> Iterator[tuple[str, int | None, bytes | str]]:
    """The documents of one file: its lines if it is JSON Lines, else its content.

    Only a regular file is read (a FIFO would block, a device never end), and
    at most `MAX_DOCUMENT_BYTES` of it per document.
    """
    try:
        if path.suffix == ".jsonl":
            with open_document(path) as stream:
                yield from _lines(str(path), stream)
        else:
            yield str(path), None, read_document(path)
    except ValidationError as error:  # not a regular file, or too long
        yield str(path), None, error.errors[0].message
    except FileNotFoundError:
        yield str(path), None, "cannot read: a link to nothing"
    except OSError as error:
        yield str(path), None, f"cannot read: {error.strerror or error}"


def _lines(file: str, stream: IO[bytes]) -> Iterator[tuple[str, int | None, bytes | str]]:
    """The non-blank lines of a JSON Lines stream, each at most `MAX_DOCUMENT_BYTES`."""
    number = 0
    while line := stream.readline(MAX_DOCUMENT_BYTES + 1):
        number += 1
        if len(line) > MAX_DOCUMENT_BYTES:
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = stream.readline(1 << 20)
            yield file, number, f"the line is longer than {MAX_DOCUMENT_BYTES} bytes"
        elif line.strip():
            yield file, number, line


class _Progress:
    """A one-line progress counter on a terminal's stderr; silent when piped."""

    def __init__(self, stream: IO[str] | None) -> None:
        self.stream = stream
        self.enabled = stream is not None and stream.isatty()
        self.last = 0.0

    def update(self, checked: int, invalid: int, *, final: bool = False) -> None:
        if not self.enabled or self.stream is None:
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
    checked = invalid = problems = unread = 0
    progress = _Progress(sys.stderr)
    for name in args.paths:
        for file, line, document in _iter_documents(name):
            where = file if line is None else f"{file}:{line}"
            if isinstance(document, str):
                out.write(printable(f"{where}: {document}") + "\n")
                unread += 1
                continue
            checked += 1
            try:
                from_json(Report, document)
            except ValidationError as error:
                invalid += 1
                problems += error.count
                for item in error.errors:
                    out.write(printable(f"{where}: {item.path}: {item.message}") + "\n")
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


def _schema_names() -> list[str]:
    """The record and value types `schema` knows, from the package's own names.

    Read from the module's namespace, so that no lazily loaded submodule (the
    strategies need hypothesis) is imported to find out.
    """
    import govreport  # noqa: PLC0415

    namespace = vars(govreport)
    return [
        name
        for name in govreport.__all__
        if isinstance(namespace.get(name), type) and attrs.has(namespace[name])
    ]


def _schema(args: argparse.Namespace, out: IO[str]) -> int:
    import govreport  # noqa: PLC0415
    from govreport._serialization.schema import json_schema  # noqa: PLC0415

    names = _schema_names()
    if args.cls not in names:
        msg = f"no record or value type named {args.cls!r} (types: {', '.join(names)})"
        raise UsageError(msg)
    out.write(json.dumps(json_schema(vars(govreport)[args.cls]), ensure_ascii=False, indent=2))
    out.write("\n")
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


_OUTPUT_HELP = "write to FILE (replaced whole, or left as it was on error), not stdout"


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
    show.add_argument("--output", "-o", metavar="FILE", help=_OUTPUT_HELP)
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
    export.add_argument("--output", "-o", metavar="FILE", help=_OUTPUT_HELP)
    export.set_defaults(run=_export)
    return parser


def _utf8(stream: IO[str] | None, errors: str = "strict") -> IO[str] | None:
    """*stream*, writing UTF-8 whatever the locale (Windows' cp1252, a C locale)."""
    if isinstance(stream, io.TextIOWrapper) and (
        stream.encoding.lower().replace("_", "-") != "utf-8" or stream.errors != errors
    ):
        stream.reconfigure(encoding="utf-8", errors=errors)
    return stream


def _run(args: argparse.Namespace) -> int:
    """Run the command to its output: the file named by ``--output``, or stdout."""
    output: str | None = getattr(args, "output", None)
    if output is not None:
        with replacing(output) as stream:
            status: int = args.run(args, stream)
        return status
    out = _utf8(sys.stdout)
    if out is None:
        raise UsageError("standard output is closed; give --output FILE")
    status = args.run(args, out)
    out.flush()
    return status


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 -- one return per outcome
    """Run the command line; return the exit status."""
    err = _utf8(sys.stderr, "backslashreplace") or io.StringIO()  # closed: say nothing
    try:
        return _run(_parser().parse_args(argv))
    except UsageError as error:
        err.write(printable(f"govreport: error: {error}") + "\n")
        return 2
    except _InvalidFile as error:
        err.write(printable(f"govreport: {error.file}: invalid report:") + "\n")
        for item in error.error.errors:
            err.write(printable(f"{error.file}: {item}") + "\n")
        return 1
    except ValidationError as error:
        err.write("govreport: invalid input:\n")
        for item in error.errors:
            err.write(printable(str(item)) + "\n")
        return 1
    except BrokenPipeError:
        # The reader went away (`govreport export ... | head`): stop quietly, as
        # a process killed by SIGPIPE would, without a second error at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        err.write(printable(f"govreport: error: {where}{error.strerror or error}") + "\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
