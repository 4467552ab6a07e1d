"""Ways in and out: dicts, JSON text and dataset files, through one converter.

The shared converter is built on first use, so that `import govreport` does not
pay for importing cattrs and generating hooks before anything is read or written.
"""

from __future__ import annotations

import contextlib
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TypeVar

import attrs

from govreport._errors import ValidationError
from govreport._report import Report

if TYPE_CHECKING:
    import os
    from collections.abc import Iterator

    import cattrs

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "dump",
    "from_dict",
    "from_json",
    "get_converter",
    "line_safe",
    "load",
    "open_document",
    "read_document",
    "replacing",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

_shared: list[cattrs.Converter] = []
# json, pathlib and the converter load on first use: `import govreport` stays light.


def get_converter() -> cattrs.Converter:
    """The shared strict converter that `to_dict`, `from_dict` and friends use."""
    if not _shared:
        from .converter import make_converter  # noqa: PLC0415 -- imports cattrs

        _shared.append(make_converter())
    return _shared[0]


def _check_record_type(obj: object) -> None:
    if not attrs.has(type(obj)):
        msg = f"expected a govreport record or value, got {type(obj).__name__}"
        raise TypeError(msg)


def to_dict(obj: object) -> dict[str, Any]:
    """Return *obj* as a dict of JSON types (strings for Decimals, dates and symbols).

    Raises `TypeError` if *obj* is not a govreport record or value (an attrs
    instance).
    """
    _check_record_type(obj)
    result: dict[str, Any] = get_converter().unstructure(obj)
    return result


def from_dict(cls: type[T], data: object) -> T:
    """Build a *cls* from *data*, as `to_dict` writes it; `ValidationError` if bad.

    *cls* is a govreport record or value type (any attrs class the converter
    knows); for anything else, build your own converter.  Raises
    `ValidationError` listing every bad path of *data*, and `TypeError` if
    *cls* is not an attrs class.
    """
    target: Any = cls  # attrs.has() would narrow cls to attrs' own protocol
    if not attrs.has(target):
        msg = f"from_dict builds govreport records and values, not {cls!r}"
        raise TypeError(msg)
    result: T = get_converter().structure(data, cls)
    return result


def line_safe(text: str) -> str:
    """Escape the line breaks beyond LF and CR at which `str.splitlines` cuts a text.

    Text may hold U+2028 and U+2029 (white space); JSON allows them raw, but a
    JSON Lines reader using `str.splitlines` (or JavaScript, before ES2019)
    would cut the record there.  Outside strings JSON is ASCII, so replacing
    them in the whole text escapes them inside strings only.
    """
    for char in ("\u2028", "\u2029", "\x85"):
        if char in text:
            text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Return *obj* as deterministic JSON, Vietnamese text unescaped.

    U+2028, U+2029 and U+0085 are written escaped, so that every line
    splitter sees one record per line in JSON Lines.  Raises `TypeError` if
    *obj* is not a govreport record or value.
    """
    _check_record_type(obj)
    converter = get_converter()
    if indent is None:
        from .codegen import json_writer  # noqa: PLC0415 -- loaded with the converter

        # One pass from the records to the text, when no user hook takes part.
        writer = json_writer(converter, type(obj))
        if writer is not None:
            return line_safe(writer(obj))
    import json  # noqa: PLC0415

    separators = (",", ":") if indent is None else (",", ": ")
    return line_safe(
        json.dumps(
            converter.unstructure(obj),
            ensure_ascii=False,
            allow_nan=False,
            indent=indent,
            separators=separators,
        )
    )


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a *cls* from JSON text or UTF-8 bytes; `ValidationError` if bad.

    Text that is not JSON (or not UTF-8) is a `ValidationError` too; `TypeError`
    if *cls* is not an attrs class, as for `from_dict`.
    """
    from .json import parse_json  # noqa: PLC0415

    return from_dict(cls, parse_json(text))


# The most a report file may hold: reports are text and records, far below this.
# A bound keeps a hostile or mistaken file (a device, a disk image) from
# exhausting memory.
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


def open_document(path: str | os.PathLike[str]) -> BinaryIO:
    """Open the regular file *path* for reading bytes, refusing any other kind.

    A FIFO, a device or a directory is refused without reading (a FIFO would
    block, ``/dev/zero`` never end) with a `ValidationError` at ``$``: "not a
    regular file".  `OSError` if it cannot be opened.
    """
    import os  # noqa: PLC0415
    import stat  # noqa: PLC0415

    # Non-blocking, so that opening a FIFO with no writer returns at once.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        regular = stat.S_ISREG(os.fstat(descriptor).st_mode)
    except BaseException:  # pragma: no cover -- fstat of an open descriptor
        os.close(descriptor)
        raise
    if not regular:
        os.close(descriptor)
        raise ValidationError.at("$", "not a regular file")
    return open(descriptor, "rb")  # noqa: PTH123 -- a descriptor; the caller closes


def read_document(path: str | os.PathLike[str], *, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Return the bytes of the regular file *path*, at most *limit* of them.

    Anything but a regular file (see `open_document`) and a file longer than
    *limit* are refused with a `ValidationError` at ``$``.
    """
    with open_document(path) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValidationError.at("$", f"the file is longer than {limit} bytes")
    return data


def load(path: str | os.PathLike[str]) -> Report:
    """Read a report from a JSON file; `ValidationError` if its content is bad.

    Only a regular file of at most `MAX_DOCUMENT_BYTES` (256 MiB) is read;
    anything else is a `ValidationError` at ``$``.  `OSError` if the file
    cannot be opened or read.
    """
    return from_json(Report, read_document(path))


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """Write UTF-8 text to *path* all at once or not at all.

    The text goes to a temporary file beside *path*, which replaces it only
    when the block ends without an exception; otherwise it is removed, and an
    existing file at *path* is left as it was (a full disk or a size limit
    never leaves half a file).
    """
    import os  # noqa: PLC0415
    import secrets  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    target = Path(path)
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            # Mode 0o666 less the umask, as for any new file (mkstemp's is 0o600).
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            descriptor = os.open(temporary, flags, 0o666)
        except FileExistsError:  # pragma: no cover -- 48 random bits
            continue
        break
    try:
        with open(descriptor, "w", encoding="utf-8", newline="\n") as stream:  # noqa: PTH123
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def dump(report: Report, path: str | os.PathLike[str]) -> None:
    """Write *report* to a JSON file, indented, UTF-8, ending in a newline.

    The file is replaced whole or not at all (see `replacing`).  Raises
    `TypeError` if *report* is not a `Report`, `OSError` if the file cannot be
    written.
    """
    if not isinstance(report, Report):  # a runtime check for untyped callers
        msg = f"expected a Report, got {type(report).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    text = to_json(report, indent=2) + "\n"
    with replacing(path) as stream:
        stream.write(text)
