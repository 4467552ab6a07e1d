"""Ways in and out: dicts, JSON text and dataset files, through one converter.

The shared converter is built on first use, so that `import govreport` does not
pay for importing cattrs and generating hooks before anything is read or written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from govreport._report import Report

if TYPE_CHECKING:
    import os

    import cattrs

__all__ = [
    "dump",
    "from_dict",
    "from_json",
    "get_converter",
    "load",
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
    """Return *obj* as a dict of JSON types (strings for Decimals, dates and symbols)."""
    _check_record_type(obj)
    result: dict[str, Any] = get_converter().unstructure(obj)
    return result


def from_dict(cls: type[T], data: object) -> T:
    """Build a *cls* from *data*, as `to_dict` writes it; `ValidationError` if bad.

    *cls* is a govreport record or value type (any attrs class the converter
    knows); for anything else, build your own converter.
    """
    target: Any = cls  # attrs.has() would narrow cls to attrs' own protocol
    if not attrs.has(target):
        msg = f"from_dict builds govreport records and values, not {cls!r}"
        raise TypeError(msg)
    result: T = get_converter().structure(data, cls)
    return result


def _line_safe(text: str) -> str:
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
    splitter sees one record per line in JSON Lines.
    """
    _check_record_type(obj)
    converter = get_converter()
    if indent is None:
        from .codegen import json_writer  # noqa: PLC0415 -- loaded with the converter

        # One pass from the records to the text, when no user hook takes part.
        writer = json_writer(converter, type(obj))
        if writer is not None:
            return _line_safe(writer(obj))
    import json  # noqa: PLC0415

    separators = (",", ":") if indent is None else (",", ": ")
    return _line_safe(
        json.dumps(
            converter.unstructure(obj),
            ensure_ascii=False,
            allow_nan=False,
            indent=indent,
            separators=separators,
        )
    )


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a *cls* from JSON text or UTF-8 bytes; `ValidationError` if bad."""
    from .json import parse_json  # noqa: PLC0415

    return from_dict(cls, parse_json(text))


def load(path: str | os.PathLike[str]) -> Report:
    """Read a report from a JSON file; `ValidationError` if its content is bad."""
    from pathlib import Path  # noqa: PLC0415

    return from_json(Report, Path(path).read_bytes())


def dump(report: Report, path: str | os.PathLike[str]) -> None:
    """Write *report* to a JSON file, indented, UTF-8, ending in a newline."""
    if not isinstance(report, Report):  # a runtime check for untyped callers
        msg = f"expected a Report, got {type(report).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    from pathlib import Path  # noqa: PLC0415

    Path(path).write_text(to_json(report, indent=2) + "\n", encoding="utf-8", newline="\n")
