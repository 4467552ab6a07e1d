"""Reports read one at a time from files, JSON Lines files and directories."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from govreport._errors import ErrorItem, ValidationError
from govreport._report import Report
from govreport._serialization import from_json

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["documents", "read_reports"]


def documents(path: Path) -> Iterator[tuple[str, int | None, bytes | str]]:
    """Yield (file, line, document) for a file, a JSON Lines file or a directory.

    A directory is walked in sorted order for ``.json`` and ``.jsonl`` files.
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


def read_reports(path: str | os.PathLike[str]) -> Iterator[Report]:
    """Yield the reports of a JSON file, a JSON Lines file (one a line) or a directory.

    One report is held at a time, so a corpus of any size streams through in
    constant memory.  The first bad or unreadable document raises
    `govreport.ValidationError`, each message naming the file (and line).
    """
    start = Path(path)
    if not start.exists():
        raise FileNotFoundError(2, "No such file or directory", str(start))
    for file, line, document in documents(start):
        where = file if line is None else f"{file}:{line}"
        if isinstance(document, str):
            raise ValidationError.at("$", f"{where}: {document}")
        try:
            yield from_json(Report, document)
        except ValidationError as error:
            items = (ErrorItem(item.path, f"{item.message} (in {where})") for item in error.errors)
            raise ValidationError(items) from None
