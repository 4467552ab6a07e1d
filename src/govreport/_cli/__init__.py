"""The ``govreport`` command: show, validate, schema and export."""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import stat
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from govreport import datasets, tables
from govreport._errors import ValidationError, printable
from govreport._report import Report
from govreport._serialization import from_json, read_document, replacing
from govreport.tables._stream import Document, cores, documents, parallel_map, parse_documents

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["main"]

_KINDS = tables.kinds()


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


def _named_documents(names: Sequence[str]) -> Iterator[Document]:
    for name in names:
        yield from documents(name)


Checked = tuple[str, str | ValidationError | None]


def _check(batch: list[Document]) -> list[Checked]:
    """Where each document is, and what cannot be read, what is wrong, or None if valid."""
    checked: list[Checked] = []
    for file, line, document in batch:
        where = file if line is None else f"{file}:{line}"
        if isinstance(document, str):
            checked.append((where, document))
            continue
        try:
            from_json(Report, document)
        except ValidationError as error:
            checked.append((where, error))
        else:
            checked.append((where, None))
    return checked


def _validate(args: argparse.Namespace, out: IO[str]) -> int:
    checked = invalid = problems = unread = 0
    progress = _Progress(sys.stderr)
    for where, found in parallel_map(_check, _named_documents(args.paths), args.jobs or cores()):
        if isinstance(found, str):
            out.write(printable(f"{where}: {found}") + "\n")
            unread += 1
            continue
        checked += 1
        if found is not None:
            invalid += 1
            problems += found.count
            for item in found.errors:
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


def _export_reports(name_or_path: str, jobs: int) -> Iterator[Report]:
    """The report of a dataset or a file, or each report of a JSON Lines file or directory."""
    if name_or_path in datasets.names():
        yield datasets.load(name_or_path)
        return
    for where, parsed in parse_documents(documents(name_or_path), jobs):
        if isinstance(parsed, ValidationError):
            raise _InvalidFile(where, parsed)
        yield parsed


def _check_export_path(name: str) -> None:
    """A usage error unless *name* is a dataset, a regular file or a directory."""
    if name in datasets.names():
        return
    try:
        mode = Path(name).stat().st_mode
    except FileNotFoundError:
        known = ", ".join(datasets.names())
        msg = f"no dataset or file named {name!r} (datasets: {known})"
        raise UsageError(msg) from None
    if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):  # a FIFO would block, /dev/zero never end
        msg = f"{name!r} is not a regular file; give a report file or a directory"
        raise UsageError(msg)


def _export(args: argparse.Namespace, out: IO[str]) -> int:
    name, kind, source = args.report, args.records, args.source
    _check_export_path(name)
    reports = _export_reports(name, args.jobs or cores())
    # The first report is read before anything is written: a bad single file
    # gives an error alone, not a table's header and then the error.
    first = next(reports, None)
    reports = itertools.chain(() if first is None else (first,), reports)
    if args.format == "parquet":
        if args.output is None:
            msg = "--format parquet writes a file: give it with --output FILE"
            raise UsageError(msg)
        tables.write_parquet(reports, kind, args.output, source=source)
    elif args.output is None:
        _write_text(args.format, reports, kind, out, source=source)
    else:
        with replacing(args.output) as stream:
            _write_text(args.format, reports, kind, stream, source=source)
        if args.format == "csv":
            output = Path(args.output)
            package = tables.data_package(kind, output.name, source=source)
            with replacing(output.with_name(f"{output.stem}.datapackage.json")) as stream:
                stream.write(json.dumps(package, ensure_ascii=False, indent=2) + "\n")
    return 0


def _write_text(
    form: str, reports: Iterator[Report], kind: str, out: IO[str], *, source: bool
) -> None:
    write = tables.write_csv if form == "csv" else tables.write_jsonl
    write(reports, kind, out, source=source)


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


def _jobs(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        msg = f"expected a number of processes (0 for one per core), got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _jobs_option(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help=f"{what} reports in N processes, in order (0: one per core; default: 1)",
    )


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
    _jobs_option(validate, "check")
    validate.set_defaults(run=_validate)
    schema = commands.add_parser("schema", help="print the JSON Schema of a record type")
    schema.add_argument("cls", nargs="?", default="Report", metavar="CLASS")
    schema.set_defaults(run=_schema)
    export = commands.add_parser("export", help="write one flat row per record")
    export.add_argument(
        "report", help="a bundled dataset name, a report file, a JSON Lines file or a directory"
    )
    export.add_argument("--records", required=True, choices=_KINDS, metavar="KIND")
    export.add_argument("--format", default="csv", choices=("csv", "jsonl", "parquet"))
    export.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help=_OUTPUT_HELP + "; a CSV file gets FILE's stem + .datapackage.json beside it",
    )
    export.add_argument(
        "--source",
        action="store_true",
        help="start each row with its report's source.title, .published, .publisher and .url",
    )
    # export writes its own files: Parquet is not text, and a CSV file has a descriptor.
    _jobs_option(export, "read and check")
    export.set_defaults(run=_export, writes_output=True)
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
    if output is not None and getattr(args, "writes_output", False):
        return int(args.run(args, io.StringIO()))  # it writes the file itself
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
