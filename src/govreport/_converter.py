"""The strict cattrs converter: no coercion, every problem reported with its path.

cattrs' stock hooks coerce (``1`` becomes ``"1"``, ``"abc"`` a tuple of letters)
and report a failing attrs validator as ``invalid value @ $``, losing the field.
The hooks here accept exactly the JSON shape of each type and raise
`ValidationError`s whose paths are joined on the way up, so that one error lists
every bad path of a document.
"""

import datetime as dt
import enum
import re
import types
import typing
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import cattrs

from ._errors import ErrorItem, ValidationError, ValidationTypeError, join_path
from ._validators import check_decimal
from ._values import DocumentSymbol, PartialDate

__all__ = ["Refused", "make_converter"]

StructureHook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]

_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


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


_SHORT = 40


def _shorten(text: str) -> str:
    return text if len(text) <= _SHORT else text[: _SHORT - 3] + "..."


_JSON_NAMES = {type(None): "null", dict: "an object", list: "an array"}


def describe(value: object) -> str:
    """Describe a decoded JSON value (or a Python one) for a message."""
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) in _JSON_NAMES:
        return _JSON_NAMES[type(value)]
    if isinstance(value, Refused):
        return _shorten(value.text)
    if type(value) is str:
        return f"the string {_shorten(value)!r}"
    if type(value) is int:
        return f"the integer {_shorten(str(value))}"
    return f"{type(value).__name__} {_shorten(repr(value))}"


def _wrong(expected: str, value: object) -> ValidationError:
    if isinstance(value, Refused):
        message = f"expected {expected}, got {describe(value)} ({value.reason})"
        return ValidationError.at("$", message)
    return ValidationTypeError.at("$", f"expected {expected}, got {describe(value)}")


def _structure_str(value: object, _: object) -> str:
    if type(value) is str:
        return unicodedata.normalize("NFC", value)
    raise _wrong("a string", value)


def _structure_int(value: object, _: object) -> int:
    if type(value) is int:
        return value
    raise _wrong("an integer", value)


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is bool:
        return value
    raise _wrong("true or false", value)


def _structure_decimal(value: object, _: object) -> Decimal:
    expected = "a decimal number (a string like '1996.2', or an integer)"
    if type(value) is str:
        if not _DECIMAL.fullmatch(value):
            msg = f"expected a decimal in plain positional notation, got {describe(value)}"
            raise ValidationError.at("$", msg)
        number = Decimal(value)
    elif type(value) is int:
        number = Decimal(value)
    elif type(value) is Decimal:
        number = value
    else:
        raise _wrong(expected, value)
    problem = check_decimal(number)
    if problem:
        raise ValidationError.at("$", f"the number {problem}")
    return number


def _structure_date(value: object, _: object) -> dt.date:
    if type(value) is dt.date:
        return value
    if type(value) is not str:
        raise _wrong("a date as 'YYYY-MM-DD'", value)
    if not _DATE.fullmatch(value):
        raise ValidationError.at("$", f"expected a date as 'YYYY-MM-DD', got {describe(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError.at("$", f"{value!r} is not a real date") from None


def _structure_partial_date(value: object, _: object) -> PartialDate:
    if type(value) is PartialDate:
        return value
    if type(value) is not str:
        raise _wrong("a date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'", value)
    return PartialDate.parse(value)


def _structure_symbol(value: object, _: object) -> DocumentSymbol:
    if type(value) is DocumentSymbol:
        return value
    if type(value) is not str:
        raise _wrong("a document symbol such as '31-NQ/TW'", value)
    return DocumentSymbol.parse(unicodedata.normalize("NFC", value))


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> StructureHook:
    members = {member.value: member for member in cls}
    names = ", ".join(repr(name) for name in members)

    def structure(value: object, _: object) -> enum.Enum:
        if type(value) is str and value in members:
            return members[value]
        if isinstance(value, cls):
            return value
        raise ValidationError.at("$", f"expected one of {names}, got {describe(value)}")

    return structure


def _optional_inner(cls: Any) -> Any:
    """Return X for ``X | None``, else None."""
    if typing.get_origin(cls) not in (typing.Union, types.UnionType):
        return None
    args = [arg for arg in typing.get_args(cls) if arg is not type(None)]
    if len(args) != 1 or len(typing.get_args(cls)) != 2:  # noqa: PLR2004 -- X and None
        return None
    return args[0]


def _tuple_item(cls: Any) -> Any:
    """Return X for ``tuple[X, ...]``, else None."""
    if typing.get_origin(cls) is not tuple:
        return None
    args = typing.get_args(cls)
    if len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004 -- (X, ...)
        return args[0]
    return None


def _field_errors(cls: type[Any], kwargs: dict[str, Any]) -> list[ErrorItem]:
    """Run the validator of every field given in *kwargs*, collecting all failures."""
    errors: list[ErrorItem] = []
    for field in attrs.fields(cls):
        if field.validator is None or field.alias not in kwargs:
            continue
        value = kwargs[field.alias]
        if field.converter is not None:
            value = field.converter(value)
        try:
            field.validator(None, field, value)
        except ValidationError as error:
            errors.extend(error.errors)
    return errors


def _attrs_structure_hook(cls: type[Any], converter: cattrs.Converter) -> StructureHook:
    attrs.resolve_types(cls)
    fields = [field for field in attrs.fields(cls) if field.init]
    specs = [
        (
            field.alias,
            converter.get_structure_hook(field.type),
            field.type,
            field.default is attrs.NOTHING,
        )
        for field in fields
    ]
    known = frozenset(field.alias for field in fields)
    expected = f"an object for {cls.__name__}"

    def structure(value: Any, _: object) -> Any:
        if not isinstance(value, dict):
            raise _wrong(expected, value)
        errors = _key_errors(value, known, cls)
        kwargs: dict[str, Any] = {}
        for name, hook, kind, required in specs:
            if name in value:
                try:
                    kwargs[name] = hook(value[name], kind)
                except ValidationError as error:
                    errors.extend(error.under(name).errors)
                except Exception as error:  # noqa: BLE001 -- a user's hook; keep its path
                    errors.append(ErrorItem(join_path("$", name), str(error) or repr(error)))
            elif required:
                errors.append(ErrorItem(join_path("$", name), "required key is missing"))
        if errors:
            # Report the bad values among the well-typed fields too.
            raise ValidationError(errors + _field_errors(cls, kwargs))
        try:
            return cls(**kwargs)
        except ValidationError as error:
            # The constructor stops at the first bad field; look at all of them.
            raise ValidationError(_field_errors(cls, kwargs) or error.errors) from None

    return structure


def _key_errors(value: dict[Any, Any], known: frozenset[str], cls: type[Any]) -> list[ErrorItem]:
    """Report keys given twice in the JSON text and keys *cls* does not have."""
    errors = [
        ErrorItem(join_path("$", key), "key appears more than once in the object")
        for key in (value.duplicates if type(value) is DuplicateKeys else ())
    ]
    if not value.keys() <= known:
        errors.extend(
            ErrorItem(
                join_path("$", key) if type(key) is str else f"$[{key!r}]",
                f"unknown key for {cls.__name__}",
            )
            for key in value
            if key not in known
        )
    return errors


def _attrs_unstructure_hook(cls: type[Any], converter: cattrs.Converter) -> UnstructureHook:
    attrs.resolve_types(cls)
    specs = [
        (field.name, field.alias, converter.get_unstructure_hook(field.type))
        for field in attrs.fields(cls)
        if field.init
    ]

    def unstructure(value: Any) -> dict[str, Any]:
        return {alias: hook(getattr(value, name)) for name, alias, hook in specs}

    return unstructure


def _optional_structure(cls: Any, converter: cattrs.Converter) -> StructureHook:
    inner = _optional_inner(cls)
    hook = converter.get_structure_hook(inner)
    return lambda value, _: None if value is None else hook(value, inner)


def _optional_unstructure(cls: Any, converter: cattrs.Converter) -> UnstructureHook:
    hook = converter.get_unstructure_hook(_optional_inner(cls))
    return lambda value: None if value is None else hook(value)


def _tuple_structure(cls: Any, converter: cattrs.Converter) -> StructureHook:
    item = _tuple_item(cls)
    hook = converter.get_structure_hook(item)

    def structure(value: object, _: object) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise _wrong("an array", value)
        result = []
        errors: list[ErrorItem] = []
        for index, element in enumerate(value):
            try:
                result.append(hook(element, item))
            except ValidationError as error:
                errors.extend(error.under(index).errors)
        if errors:
            raise ValidationError(errors)
        return tuple(result)

    return structure


def _tuple_unstructure(cls: Any, converter: cattrs.Converter) -> UnstructureHook:
    hook = converter.get_unstructure_hook(_tuple_item(cls))
    return lambda value: [hook(element) for element in value]


def _is_optional(cls: Any) -> bool:
    return _optional_inner(cls) is not None


def _is_tuple(cls: Any) -> bool:
    return _tuple_item(cls) is not None


def make_converter() -> cattrs.Converter:
    """Return a new strict converter for govreport's records and value types.

    Extend it as any cattrs converter (``register_structure_hook`` and
    friends); `govreport.converter` is the shared instance the module-level
    functions use.
    """
    converter = cattrs.Converter()
    converter.register_structure_hook_factory(attrs.has, _attrs_structure_hook)
    converter.register_unstructure_hook_factory(attrs.has, _attrs_unstructure_hook)
    # cattrs passes the converter to two-argument factories.
    converter.register_structure_hook_factory(_is_optional, _optional_structure)
    converter.register_unstructure_hook_factory(_is_optional, _optional_unstructure)
    converter.register_structure_hook_factory(_is_tuple, _tuple_structure)
    converter.register_unstructure_hook_factory(_is_tuple, _tuple_unstructure)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_unstructure_hook_factory(_is_enum, lambda _: lambda value: value.value)
    for cls, structure, unstructure in (
        (str, _structure_str, None),
        (int, _structure_int, None),
        (bool, _structure_bool, None),
        (Decimal, _structure_decimal, lambda value: format(value, "f")),
        (dt.date, _structure_date, dt.date.isoformat),
        (PartialDate, _structure_partial_date, str),
        (DocumentSymbol, _structure_symbol, str),
    ):
        converter.register_structure_hook(cls, structure)
        if unstructure is not None:
            converter.register_unstructure_hook(cls, unstructure)
    return converter
