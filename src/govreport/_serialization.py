"""Ways in and out: dicts, JSON text and dataset files, through one converter."""

import json
import os
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cattrs

from ._converter import DuplicateKeys, Refused, json_writer, make_converter
from ._errors import ValidationError
from ._report import Report

__all__ = [
    "converter",
    "dump",
    "from_dict",
    "from_json",
    "load",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

converter: cattrs.Converter = make_converter()
"""The shared strict converter that `to_dict`, `from_dict` and friends use."""

# Python ints longer than this are no exact quantity a report states; refusing
# them early also keeps int() from spending quadratic time on huge literals.
_MAX_INT_DIGITS = 40


def _refuse_float(text: str) -> Refused:
    return Refused(
        text,
        "a JSON number with a fraction or an exponent has been a float and may "
        "have lost digits; write exact numbers as strings",
    )


def _refuse_constant(text: str) -> Refused:
    return Refused(text, "not a number JSON allows")


def _parse_int(text: str) -> int | Refused:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        return Refused(text, f"the integer has more than {_MAX_INT_DIGITS} digits")
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        counts: dict[str, int] = {}
        for key, _ in pairs:
            counts[key] = counts.get(key, 0) + 1
        duplicated = DuplicateKeys(result)
        duplicated.duplicates = tuple(key for key, count in counts.items() if count > 1)
        return duplicated
    return result


_DECODER = json.JSONDecoder(
    parse_float=_refuse_float,
    parse_int=_parse_int,
    parse_constant=_refuse_constant,
    object_pairs_hook=_object,
)


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _check_record_type(obj: object) -> None:
    if not attrs.has(type(obj)):
        msg = f"expected a govreport record or value, got {type(obj).__name__}"
        raise TypeError(msg)


def to_dict(obj: object) -> dict[str, Any]:
    """Return *obj* as a dict of JSON types (strings for Decimals, dates and symbols)."""
    _check_record_type(obj)
    result: dict[str, Any] = converter.unstructure(obj)
    return result


def from_dict(cls: type[T], data: object) -> T:
    """Build a *cls* from *data*, as `to_dict` writes it; `ValidationError` if bad."""
    result: T = converter.structure(data, cls)
    return result


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Return *obj* as deterministic JSON, Vietnamese text unescaped."""
    _check_record_type(obj)
    if indent is None:
        # One pass from the records to the text, when no user hook takes part.
        writer = json_writer(converter, type(obj))
        if writer is not None:
            return writer(obj)
        encoder = _ENCODER
    else:
        encoder = json.JSONEncoder(
            ensure_ascii=False, allow_nan=False, indent=indent, separators=(",", ": ")
        )
    return encoder.encode(converter.unstructure(obj))


def parse_json(text: str | bytes) -> object:
    """Decode JSON text strictly, leaving refused numbers for the hooks to report."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            byte = error.object[error.start]
            msg = f"the input is not UTF-8: byte {byte:#04x} at offset {error.start}"
            raise ValidationError.at("$", msg) from None
    elif type(text) is not str:
        msg = f"expected JSON as str or bytes, got {type(text).__name__}"
        raise ValidationError.at("$", msg)
    if text.startswith("\ufeff"):
        raise ValidationError.at("$", "the input starts with a byte order mark")
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as error:
        msg = f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        raise ValidationError.at("$", msg) from None
    except RecursionError:
        raise ValidationError.at("$", "the JSON is nested too deeply") from None


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a *cls* from JSON text or UTF-8 bytes; `ValidationError` if bad."""
    return from_dict(cls, parse_json(text))


def load(path: str | os.PathLike[str]) -> Report:
    """Read a report from a JSON file; `ValidationError` if its content is bad."""
    return from_json(Report, Path(path).read_bytes())


def dump(report: Report, path: str | os.PathLike[str]) -> None:
    """Write *report* to a JSON file, indented, UTF-8, ending in a newline."""
    if not isinstance(report, Report):  # a runtime check for untyped callers
        msg = f"expected a Report, got {type(report).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    Path(path).write_text(to_json(report, indent=2) + "\n", encoding="utf-8", newline="\n")
