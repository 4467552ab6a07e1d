"""The strict hooks for each type: exact JSON shapes in, JSON-ready values out.

cattrs' stock hooks coerce (``1`` becomes ``"1"``, ``"abc"`` a tuple of
letters); these accept exactly the JSON shape of their type and raise
`ValidationError`s rooted at ``$``, which the containers extend with the key or
index on the way up.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import weakref
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from govreport._errors import ErrorList, ValidationError, ValidationTypeError, short_repr
from govreport._validators import DECIMAL_TEXT, MAX_DECIMAL_DIGITS, check_decimal
from govreport._values import DocumentSymbol, PartialDate

from .json import Refused
from .typeinfo import optional_inner, tuple_item

if TYPE_CHECKING:
    import enum

    import cattrs

StructureHook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]

# The hooks this module's factories made: the generated code may write out what
# they do inline, while a hook a user registered is always called.
GOVREPORT_HOOKS: weakref.WeakSet[Callable[..., Any]] = weakref.WeakSet()

_DECIMAL = re.compile(DECIMAL_TEXT)

DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_SHORT = 40


def _shorten(text: str) -> str:
    return text if len(text) <= _SHORT else text[: _SHORT - 3] + "..."


_JSON_NAMES = {type(None): "null", dict: "an object", list: "an array"}


def describe_json(value: object) -> str:
    """Describe a decoded JSON value in JSON's words ("an object", "true") for a message.

    `govreport._validators.describe_value` describes a Python value, as the
    constructors see it.
    """
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) in _JSON_NAMES:
        return _JSON_NAMES[type(value)]
    if isinstance(value, Refused):
        return _shorten(value.text)
    if type(value) is str:
        return f"the string {_shorten(value)!r}"
    if type(value) is int:
        text = short_repr(value)  # "<an integer of about 5001 digits>" past Python's limit
        return text[1:-1] if text.startswith("<") else f"the integer {text}"
    return f"{type(value).__name__} {short_repr(value)}"


def shape_error(expected: str, value: object) -> ValidationError:
    """The error for a JSON value that is not of the *expected* shape.

    A `ValidationTypeError` for a value of another type; for text the JSON
    reader refused (a `Refused`), a `ValidationError` that says why.
    """
    if isinstance(value, Refused):
        message = f"expected {expected}, got {describe_json(value)} ({value.reason})"
        return ValidationError.at("$", message)
    return ValidationTypeError.at("$", f"expected {expected}, got {describe_json(value)}")


def structure_str(value: object, _: object) -> str:
    if type(value) is str:
        return unicodedata.normalize("NFC", value)
    raise shape_error("a string", value)


def structure_int(value: object, _: object) -> int:
    if type(value) is int:
        return value
    raise shape_error("an integer", value)


def structure_bool(value: object, _: object) -> bool:
    if type(value) is bool:
        return value
    raise shape_error("true or false", value)


def structure_decimal(value: object, _: object) -> Decimal:
    expected = "a decimal number (a string like '1996.2', or an integer)"
    if type(value) is str:
        if not _DECIMAL.fullmatch(value):
            msg = f"expected a decimal in plain positional notation, got {describe_json(value)}"
            raise ValidationError.at("$", msg)
        number = Decimal(value)
        if len(value) <= MAX_DECIMAL_DIGITS:
            return number  # so few characters hold so few digits: check_decimal passes
    elif type(value) is int:
        number = Decimal(value)
        if -_SHORT_INT < value < _SHORT_INT:
            return number
    elif type(value) is Decimal:
        number = value
    else:
        raise shape_error(expected, value)
    problem = check_decimal(number)
    if problem:
        raise ValidationError.at("$", f"the number {problem}")
    return number


_SHORT_INT = 10**MAX_DECIMAL_DIGITS


def structure_date(value: object, _: object) -> dt.date:
    if type(value) is dt.date:
        return value
    if type(value) is not str:
        raise shape_error("a date as 'YYYY-MM-DD'", value)
    if not DATE.fullmatch(value):
        raise ValidationError.at(
            "$", f"expected a date as 'YYYY-MM-DD', got {describe_json(value)}"
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError.at("$", f"{short_repr(value)} is not a real date") from None


# A timestamp with its UTC offset: a date, or a time without a zone, is not one.
TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)


def structure_datetime(value: object, _: object) -> dt.datetime:
    """Read an ISO 8601 timestamp with a UTC offset, "2023-07-14T08:30:00+07:00".

    The records hold dates, not timestamps; this hook is for users' own classes,
    so that a datetime field is not read by the date hook (a datetime is a date).
    """
    if type(value) is dt.datetime and value.tzinfo is not None:
        return value
    message = f"expected an ISO 8601 timestamp with a UTC offset, got {short_repr(value)}"
    if type(value) is not str or not TIMESTAMP.fullmatch(value):
        raise ValidationError.at("$", message)
    try:
        # Python 3.10 reads no "Z"; it is the +00:00 offset.
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError.at("$", f"{short_repr(value)} is not a real time") from None


def structure_partial_date(value: object, _: object) -> PartialDate:
    if type(value) is PartialDate:
        return value
    if type(value) is not str:
        raise shape_error("a date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'", value)
    return PartialDate.parse(value)


def structure_symbol(value: object, _: object) -> DocumentSymbol:
    if type(value) is DocumentSymbol:
        return value
    if type(value) is not str:
        raise shape_error("a document symbol such as '31-NQ/TW'", value)
    return DocumentSymbol.parse(unicodedata.normalize("NFC", value))


def enum_hook(cls: type[enum.Enum]) -> StructureHook:
    members = {member.value: member for member in cls}
    names = ", ".join(repr(name) for name in members)

    def structure(value: object, _: object) -> enum.Enum:
        if type(value) is str and value in members:
            return members[value]
        if isinstance(value, cls):
            return value
        raise ValidationError.at("$", f"expected one of {names}, got {describe_json(value)}")

    ENUM_MEMBERS[structure] = members
    return structure


# The members of each enum hook by value, for the generated code to look up.
ENUM_MEMBERS: weakref.WeakKeyDictionary[StructureHook, dict[Any, enum.Enum]] = (
    weakref.WeakKeyDictionary()
)


def optional_structure(cls: Any, converter: cattrs.Converter) -> StructureHook:
    inner = optional_inner(cls)
    hook = converter.get_structure_hook(inner)

    def structure_optional(value: Any, _: object) -> Any:
        return None if value is None else hook(value, inner)

    GOVREPORT_HOOKS.add(structure_optional)
    return structure_optional


def optional_unstructure(cls: Any, converter: cattrs.Converter) -> UnstructureHook:
    hook = converter.get_unstructure_hook(optional_inner(cls))

    def unstructure_optional(value: Any) -> Any:
        return None if value is None else hook(value)

    GOVREPORT_HOOKS.add(unstructure_optional)
    return unstructure_optional


def tuple_structure(cls: Any, converter: cattrs.Converter) -> StructureHook:
    item = tuple_item(cls)
    hook = converter.get_structure_hook(item)

    def structure_tuple(value: object, _: object) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise shape_error("an array", value)
        try:
            return tuple([hook(element, item) for element in value])
        except Exception:  # noqa: BLE001, S110 -- look again, item by item, for the paths
            pass
        result = []
        errors = ErrorList()
        for index, element in enumerate(value):
            try:
                result.append(hook(element, item))
            except ValidationError as error:
                errors.add(error, index)
        if errors:
            raise errors.error()
        return tuple(result)

    GOVREPORT_HOOKS.add(structure_tuple)
    return structure_tuple


def tuple_unstructure(cls: Any, converter: cattrs.Converter) -> UnstructureHook:
    hook = converter.get_unstructure_hook(tuple_item(cls))

    def unstructure_tuple(value: Any) -> list[Any]:
        return [hook(element) for element in value]

    GOVREPORT_HOOKS.add(unstructure_tuple)
    return unstructure_tuple


def unstructure_enum_hook(_: Any) -> UnstructureHook:
    def unstructure_enum(value: enum.Enum) -> Any:
        return value.value

    GOVREPORT_HOOKS.add(unstructure_enum)
    return unstructure_enum


def unstructure_decimal(value: Decimal) -> str:
    return format(value, "f")


HOOKS: dict[Any, Any] = {str: structure_str, int: structure_int, bool: structure_bool}

# Unstructure hooks the generated code writes out inline, and how.
INLINE_UNSTRUCTURE: dict[Any, tuple[Any, str]] = {
    Decimal: (unstructure_decimal, "format({}, 'f')"),
    dt.date: (dt.date.isoformat, "{}.isoformat()"),
    PartialDate: (str, "str({})"),
    DocumentSymbol: (str, "str({})"),
}


# The scalar types the generated code checks inline, by the name of their type.
FAST_SCALARS: dict[Any, str] = {str: "str", int: "int", bool: "bool"}
