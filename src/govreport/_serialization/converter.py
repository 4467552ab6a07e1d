"""The strict cattrs converter: no coercion, every problem reported with its path.

cattrs' stock hooks coerce (``1`` becomes ``"1"``, ``"abc"`` a tuple of letters)
and report a failing attrs validator as ``invalid value @ $``, losing the field.
The hooks here accept exactly the JSON shape of each type and raise
`ValidationError`s whose paths are joined on the way up, so that one error lists
every bad path of a document.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import cattrs

from govreport._errors import (
    ErrorItem,
    ErrorList,
    ValidationError,
    join_path,
    printable,
    short_repr,
)
from govreport._values import DocumentSymbol, PartialDate

from .codegen import attrs_unstructure_hook, fast_structure
from .hooks import (
    StructureHook,
    enum_hook,
    optional_structure,
    optional_unstructure,
    shape_error,
    structure_bool,
    structure_date,
    structure_datetime,
    structure_decimal,
    structure_int,
    structure_partial_date,
    structure_str,
    structure_symbol,
    tuple_structure,
    tuple_unstructure,
    unstructure_decimal,
    unstructure_enum_hook,
)
from .json import DuplicateKeys
from .typeinfo import is_enum, is_optional, is_tuple

__all__ = ["make_converter"]


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
        except Exception as error:  # noqa: BLE001 -- a user's validator; give it its path
            errors.append(ErrorItem(join_path("$", field.alias), _message(error)))
    return errors


def _attrs_structure_hook(cls: type[Any], converter: cattrs.Converter) -> StructureHook:
    attrs.resolve_types(cls)
    fields = [field for field in attrs.fields(cls) if field.init]
    known = frozenset(field.alias for field in fields)
    detailed = _detailed_structure(cls, fields, converter, known)
    if any(isinstance(field.default, attrs.Factory) for field in fields):  # type: ignore[arg-type]
        return detailed
    return fast_structure(cls, fields, converter, known, detailed)


def _detailed_structure(
    cls: type[Any],
    fields: list[Any],  # attrs.Attribute, whose alias attrs types as str | None
    converter: cattrs.Converter,
    known: frozenset[str],
) -> StructureHook:
    """Return a structure hook that looks at every key and reports every error."""
    specs = [
        (
            field.alias,
            converter.get_structure_hook(field.type),
            field.type,
            field.default is attrs.NOTHING,
        )
        for field in fields
    ]
    expected = f"an object for {cls.__name__}"

    def detailed(value: Any, _: object) -> Any:
        if not isinstance(value, dict):
            raise shape_error(expected, value)
        errors = _key_errors(value, known, cls)
        kwargs: dict[str, Any] = {}
        for name, hook, kind, required in specs:
            if name in value:
                try:
                    kwargs[name] = hook(value[name], kind)
                except ValidationError as error:
                    errors.add(error, name)
                except Exception as error:  # noqa: BLE001 -- a user's hook; keep its path
                    errors.append(ErrorItem(join_path("$", name), _message(error)))
            elif required:
                errors.append(ErrorItem(join_path("$", name), "required key is missing"))
        if errors:
            # Report the bad values among the well-typed fields too.
            errors.extend(_field_errors(cls, kwargs))
            raise errors.error()
        return _build(cls, kwargs)

    return detailed


def _build(cls: type[Any], kwargs: dict[str, Any]) -> Any:
    """Call the constructor, turning what it raises into a ValidationError with paths."""
    try:
        return cls(**kwargs)
    except ValidationError as error:
        # The constructor stops at the first bad field; look at all of them.
        raise ValidationError(_field_errors(cls, kwargs) or error.errors) from None
    except (ValueError, TypeError) as error:
        # A user's validator (a path: its field's) or __attrs_post_init__ (at "$"),
        # or, a TypeError no validator raises, a constructor that takes other
        # arguments: a mistake in the class, not in the input.
        items = _field_errors(cls, kwargs)
        if not items and isinstance(error, TypeError):
            raise
        raise ValidationError(items or [ErrorItem("$", _message(error))]) from None


def _key_errors(value: dict[Any, Any], known: frozenset[str], cls: type[Any]) -> ErrorList:
    """Report keys given twice in the JSON text and keys *cls* does not have."""
    errors = ErrorList()
    for key in value.duplicates if type(value) is DuplicateKeys else ():
        errors.append(ErrorItem(join_path("$", key), "key appears more than once in the object"))
    if not value.keys() <= known:
        for key in value:
            if key not in known:
                path = join_path("$", key) if type(key) is str else f"$[{short_repr(key)}]"
                errors.append(ErrorItem(path, f"unknown key for {cls.__name__}"))
    return errors


def _message(error: Exception) -> str:
    """What a user's hook raised, as one bounded, printable line."""
    text = str(error) or repr(error)
    if len(text) > _MAX_MESSAGE:
        text = text[:_MAX_MESSAGE] + "…"
    return printable(text)


_MAX_MESSAGE = 500


def make_converter() -> cattrs.Converter:
    """Return a new strict converter for govreport's records and value types.

    Extend it as any cattrs converter (``register_structure_hook`` and
    friends); `govreport.converter` is the shared instance the module-level
    functions use.
    """
    converter = cattrs.Converter()
    converter.register_structure_hook_factory(attrs.has, _attrs_structure_hook)
    converter.register_unstructure_hook_factory(attrs.has, attrs_unstructure_hook)
    # cattrs passes the converter to two-argument factories.
    converter.register_structure_hook_factory(is_optional, optional_structure)
    converter.register_unstructure_hook_factory(is_optional, optional_unstructure)
    converter.register_structure_hook_factory(is_tuple, tuple_structure)
    converter.register_unstructure_hook_factory(is_tuple, tuple_unstructure)
    converter.register_structure_hook_factory(is_enum, enum_hook)
    converter.register_unstructure_hook_factory(is_enum, unstructure_enum_hook)
    for cls, structure, unstructure in (
        (str, structure_str, None),
        (int, structure_int, None),
        (bool, structure_bool, None),
        (Decimal, structure_decimal, unstructure_decimal),
        (dt.date, structure_date, dt.date.isoformat),
        (dt.datetime, structure_datetime, dt.datetime.isoformat),
        (PartialDate, structure_partial_date, str),
        (DocumentSymbol, structure_symbol, str),
    ):
        converter.register_structure_hook(cls, structure)
        if unstructure is not None:
            converter.register_unstructure_hook(cls, unstructure)
    return converter
