"""Reports read one at a time from files, JSON Lines files and directories."""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
import stat
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

from govreport._errors import ErrorItem, ValidationError
from govreport._report import Report
from govreport._serialization import MAX_DOCUMENT_BYTES, from_json, open_document, read_document

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = ["cores", "documents", "parallel_map", "parse_documents", "read_reports"]

_U = TypeVar("_U")
Document = tuple[str, int | None, bytes | str]
# Documents travel to the workers in batches of about this many bytes (or at most
# _BATCH_COUNT documents), and at most _AHEAD batches per worker wait in line, so
# memory stays bounded whatever the corpus's size.
_BATCH_BYTES = 1 << 20
_BATCH_COUNT = 256
_AHEAD = 2


def cores() -> int:
    """The number of cores this process may use."""
    available = getattr(os, "process_cpu_count", None) or os.cpu_count
    return available() or 1


def _batched(items: Iterable[Document]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item[2])
        if size >= _BATCH_BYTES or len(batch) >= _BATCH_COUNT:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _context() -> multiprocessing.context.BaseContext:
    # fork would copy a parent's threads' locks; forkserver starts each worker clean.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def parallel_map(
    work: Callable[[list[Document]], list[_U]], items: Iterable[Document], jobs: int
) -> Iterator[_U]:
    """``work`` over batches of *items* on *jobs* processes; results in order.

    *work* must be a module-level function (it is pickled to the workers).  With
    one job it runs here, with no process started.  At most a few batches per
    worker are in flight at once: the input is read only as fast as it is used.
    """
    batches = _batched(items)
    jobs = min(jobs, 4 * cores())  # more would only wait for the cores
    if jobs <= 1:
        for batch in batches:
            yield from work(batch)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        pending = collections.deque(
            pool.submit(work, batch) for batch in itertools.islice(batches, jobs * _AHEAD)
        )
        while pending:
            done = pending.popleft().result()
            for batch in itertools.islice(batches, 1):
                pending.append(pool.submit(work, batch))
            yield from done


def documents(name: str | os.PathLike[str]) -> Iterator[Document]:
    """Yield (file, line, document) for a file, a JSON Lines file or a directory.

    A directory is walked in sorted order for ``.json`` and ``.jsonl`` files.
    Where a file cannot be read, a message (a str) stands in for the document,
    so that nothing is skipped without a word.
    """
    name = os.fspath(name)
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


def _file_documents(path: Path) -> Iterator[Document]:
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


def _lines(file: str, stream: IO[bytes]) -> Iterator[Document]:
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


def _parse(batch: list[Document]) -> list[tuple[str, Report | ValidationError]]:
    """Where each document of *batch* is, and its report or what is wrong with it."""
    parsed: list[tuple[str, Report | ValidationError]] = []
    for file, line, document in batch:
        where = file if line is None else f"{file}:{line}"
        if isinstance(document, str):
            parsed.append((where, ValidationError.at("$", document)))
            continue
        try:
            parsed.append((where, from_json(Report, document)))
        except ValidationError as error:
            parsed.append((where, error))
    return parsed


def parse_documents(
    found: Iterable[Document], jobs: int = 1
) -> Iterator[tuple[str, Report | ValidationError]]:
    """Where each document is, and its report or what is wrong with it, in order.

    With *jobs* above 1, that many processes read and check the documents.
    """
    return parallel_map(_parse, found, jobs)


def read_reports(path: str | os.PathLike[str], *, jobs: int = 1) -> Iterator[Report]:
    """Yield the reports of a JSON file, a JSON Lines file (one a line) or a directory.

    A directory is walked in sorted order for ``.json`` and ``.jsonl`` files.
    Reports are read a batch at a time, so a corpus of any size streams through
    in constant memory; with *jobs* above 1, that many processes read and check
    them (0 for one per core), and they still come in order.  The first bad or
    unreadable document raises `govreport.ValidationError`, each message naming
    the file (and line).
    """
    if not os.path.lexists(path):
        raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
    for where, parsed in parse_documents(documents(path), jobs or cores()):
        if isinstance(parsed, ValidationError):
            items = (ErrorItem(item.path, f"{item.message} (in {where})") for item in parsed.errors)
            raise ValidationError(items)
        yield parsed
