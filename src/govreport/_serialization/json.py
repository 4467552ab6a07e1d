"""Strict JSON text in, refusing nothing silently.

Numbers that were floats, NaN and repeated keys are kept for the converter to
refuse with their path.
"""

import json
from typing import Any

from govreport._errors import ValidationError

__all__ = ["DuplicateKeys", "Refused", "parse_json"]


class Refused:
    """A JSON token the reader refused to turn into a Python value.

    The JSON reader hands these on instead of failing at once, so that the error
    can name the path where the token stands.
    """

    __slots__ = ("reason", "text")

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason

    def __repr__(self) -> str:
        return f"Refused({self.text!r})"


class DuplicateKeys(dict[str, Any]):
    """A JSON object that named a key more than once (the last value kept)."""

    duplicates: tuple[str, ...] = ()


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
