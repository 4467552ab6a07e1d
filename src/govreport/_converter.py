"""The strict cattrs converter: no coercion, every problem reported with its path.

cattrs' stock hooks coerce (``1`` becomes ``"1"``, ``"abc"`` a tuple of letters)
and report a failing attrs validator as ``invalid value @ $``, losing the field.
The hooks here accept exactly the JSON shape of each type and raise
`ValidationError`s whose paths are joined on the way up, so that one error lists
every bad path of a document.
"""

import datetime as dt
import enum
import itertools
import json
import linecache
import re
import types
import typing
import unicodedata
import weakref
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.fns import identity

from ._errors import ErrorItem, ValidationError, ValidationTypeError, join_path
from ._validators import MAX_DECIMAL_DIGITS, check_decimal, nfc, nfc_tuple
from ._values import DocumentSymbol, PartialDate

__all__ = ["Refused", "json_writer", "make_converter"]

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
        if len(value) <= MAX_DECIMAL_DIGITS:
            return number  # so few characters hold so few digits: check_decimal passes
    elif type(value) is int:
        number = Decimal(value)
        if -_SHORT_INT < value < _SHORT_INT:
            return number
    elif type(value) is Decimal:
        number = value
    else:
        raise _wrong(expected, value)
    problem = check_decimal(number)
    if problem:
        raise ValidationError.at("$", f"the number {problem}")
    return number


_SHORT_INT = 10**MAX_DECIMAL_DIGITS


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

    _ENUM_MEMBERS[structure] = members
    return structure


# The members of each enum hook by value, for the generated code to look up.
_ENUM_MEMBERS: "weakref.WeakKeyDictionary[StructureHook, dict[Any, enum.Enum]]" = (
    weakref.WeakKeyDictionary()
)


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
    known = frozenset(field.alias for field in fields)
    detailed = _detailed_structure(cls, fields, converter, known)
    if any(isinstance(field.default, attrs.Factory) for field in fields):  # type: ignore[arg-type]
        return detailed
    return _fast_structure(cls, fields, converter, known, detailed)


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

    return detailed


class _Fallback(Exception):  # noqa: N818 -- not an error: "take the detailed path"
    """Raised by a generated fast path when the input is not the happy case."""


_FAST_SCALARS: dict[Any, str] = {}  # filled in below, once the hooks exist
# The hooks this module's factories made: the generated code may write out what
# they do inline, while a hook a user registered is always called.
_OWN: "weakref.WeakSet[Callable[..., Any]]" = weakref.WeakSet()
_counter = itertools.count()


def _fast_structure(
    cls: type[Any],
    fields: list[Any],  # attrs.Attribute, whose alias attrs types as str | None
    converter: cattrs.Converter,
    known: frozenset[str],
    detailed: StructureHook,
) -> StructureHook:
    """Generate a structure function for *cls* that assumes the happy case.

    It checks what the hooks check (exact JSON types, known keys, no repeated
    keys: a `DuplicateKeys` is not ``type(...) is dict``) inline, calls the
    hooks of the other types directly and lets the constructor run its
    validators.  Any exception sends the input to *detailed*, the hook that
    collects every error with its path, so errors are exactly those of the
    detailed hook; a value the fast path builds is the one it would build.
    """
    names: dict[str, Any] = {
        "_cls": cls,
        "_known": known,
        "_detailed": detailed,
        "_Fallback": _Fallback,
        "_normalize": unicodedata.normalize,
    }
    lines = ["def structure(value, _):"]
    lines.append("    if type(value) is not dict or not value.keys() <= _known:")
    lines.append("        return _detailed(value, _)")
    lines.append("    try:")
    arguments = []
    for index, field in enumerate(fields):
        target = f"a{index}"
        body = _structure_lines(field, converter, target=target, index=index, names=names)
        key = repr(field.alias)
        if field.default is attrs.NOTHING:
            lines.append(f"        x = value[{key}]")
            lines.extend("        " + line for line in body)
        else:
            names[f"d{index}"] = field.default
            lines.append(f"        if {key} in value:")
            lines.append(f"            x = value[{key}]")
            lines.extend("            " + line for line in body)
            lines.append("        else:")
            lines.append(f"            {target} = d{index}")
        arguments.append(f"{field.alias}={target}")
    lines.append(f"        return _cls({', '.join(arguments)})")
    lines.append("    except Exception:  # noqa: BLE001")
    lines.append("        return _detailed(value, _)")
    hook: StructureHook = _compile(lines, names, f"structure {cls.__module__}.{cls.__qualname__}")
    return hook


def _structure_lines(  # noqa: C901, PLR0912 -- one case per type
    field: "attrs.Attribute[Any]",
    converter: cattrs.Converter,
    *,
    target: str,
    index: int,
    names: dict[str, Any],
) -> list[str]:
    """Lines that check and convert ``x`` for *field* into *target*."""
    hook_name, type_name = f"h{index}", f"t{index}"
    kind = field.type
    hook = converter.get_structure_hook(kind)
    inner = _optional_inner(kind)
    optional = inner is not None and hook in _OWN
    if optional:
        kind = inner
        hook = converter.get_structure_hook(kind)
    # The field's own NFC converter normalises; the hook need not do it twice.
    own_converter: object = field.converter
    normalised = own_converter is nfc or own_converter is nfc_tuple
    if kind in _FAST_SCALARS and hook is _HOOKS[kind]:
        if optional:
            lines = [f"if x is not None and type(x) is not {_FAST_SCALARS[kind]}: raise _Fallback"]
        else:
            lines = [f"if type(x) is not {_FAST_SCALARS[kind]}: raise _Fallback"]
        if kind is str and not normalised:
            value = "_normalize('NFC', x)"
            lines.append(
                f"{target} = x if x is None else {value}" if optional else f"{target} = {value}"
            )
        else:
            lines.append(f"{target} = x")
        return lines
    item = _tuple_item(kind)
    if item is not None and not optional and hook in _OWN:
        lines = ["if type(x) is not list and type(x) is not tuple: raise _Fallback"]
        item_hook = converter.get_structure_hook(item)
        if item is str and item_hook is _structure_str:
            lines.append("for e in x:")
            lines.append("    if type(e) is not str: raise _Fallback")
            if normalised:
                lines.append(f"{target} = tuple(x)")
            else:
                lines.append(f"{target} = tuple([_normalize('NFC', e) for e in x])")
        else:
            names[hook_name] = item_hook
            names[type_name] = itertools.repeat(item)  # endless, so one serves every call
            lines.append(f"{target} = tuple(map({hook_name}, x, {type_name}))")
        return lines
    if hook is _structure_date:
        names["_date_match"] = _DATE.fullmatch
        names["_fromisoformat"] = dt.date.fromisoformat
        body = [
            "if type(x) is not str or not _date_match(x): raise _Fallback",
            f"{target} = _fromisoformat(x)",
        ]
    elif hook in _ENUM_MEMBERS:
        names[f"m{index}"] = _ENUM_MEMBERS[hook]
        body = ["if type(x) is not str: raise _Fallback", f"{target} = m{index}[x]"]
    else:
        names[hook_name] = hook
        names[type_name] = kind
        body = [f"{target} = {hook_name}(x, {type_name})"]
    if optional:
        return ["if x is None:", f"    {target} = None", "else:", *("    " + line for line in body)]
    return body


def _compile(lines: list[str], names: dict[str, Any], what: str) -> Any:
    """Compile generated source, registered with linecache for tracebacks."""
    source = "\n".join(lines) + "\n"
    filename = f"<govreport generated {what} #{next(_counter)}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    exec(compile(source, filename, "exec"), names)  # noqa: S102 -- our own generated code
    return names[lines[0][4 : lines[0].index("(")]]


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
    """Generate one function for *cls* that builds its JSON-ready dict in one go."""
    attrs.resolve_types(cls)
    names: dict[str, Any] = {}
    lines = ["def unstructure(value):"]
    items = []
    for index, field in enumerate(attrs.fields(cls)):
        if not field.init:
            continue
        local = f"x{index}"
        lines.append(f"    {local} = value.{field.name}")
        expression = _unstructure_expression(field.type, converter, local, f"h{index}", names)
        items.append(f"{field.alias!r}: {expression}")
    lines.append(f"    return {{{', '.join(items)}}}")
    name = f"unstructure {cls.__module__}.{cls.__qualname__}"
    hook: UnstructureHook = _compile(lines, names, name)
    writer = _json_writer(cls, converter)
    if writer is not None:
        _WRITERS[hook] = writer
    return hook


# JSON writers generated beside the unstructure hooks, by hook: a writer is used
# only while the converter still hands out the hook it was made with.
_WRITERS: "weakref.WeakKeyDictionary[UnstructureHook, Callable[[Any], str]]" = (
    weakref.WeakKeyDictionary()
)


def json_writer(converter: cattrs.Converter, cls: type[Any]) -> Callable[[Any], str] | None:
    """Return a function writing a *cls* as compact JSON in one pass, or None.

    Its text is the one ``json.dumps(converter.unstructure(obj),
    ensure_ascii=False, separators=(",", ":"))`` gives, without building the
    dicts first.  None when a hook this module did not make (a user's) takes
    part: then only `converter.unstructure` knows the shape.
    """
    return _WRITERS.get(converter.get_unstructure_hook(cls))


class _NoWriter(Exception):  # noqa: N818 -- not an error: "no writer for this type"
    """A type whose JSON the generated writer cannot write out by itself."""


def _json_writer(cls: type[Any], converter: cattrs.Converter) -> Callable[[Any], str] | None:
    names: dict[str, Any] = {
        "_s": json.encoder.encode_basestring,
        "_join": "".join,
        "_comma": ",".join,
        "_int": int.__repr__,
    }
    lines = ["def write(value):"]
    parts = []
    separator = "{"
    try:
        for index, field in enumerate(attrs.fields(cls)):
            if not field.init:
                continue
            local = f"x{index}"
            lines.append(f"    {local} = value.{field.name}")
            names[f"k{index}"] = separator + json.encoder.encode_basestring(field.alias) + ":"
            separator = ","
            expression = _json_expression(field.type, converter, local, f"w{index}", names)
            parts.append(f"k{index}, {expression}")
    except _NoWriter:
        return None
    if separator == "{":
        return None  # no fields: leave the empty object to the encoder
    parts.append("'}'")
    lines.append(f"    return _join(({', '.join(parts)}))")
    writer: Callable[[Any], str] = _compile(
        lines, names, f"JSON writer {cls.__module__}.{cls.__qualname__}"
    )
    return writer


def _json_expression(  # noqa: C901, PLR0911, PLR0912 -- one case per type
    kind: Any, converter: cattrs.Converter, local: str, writer_name: str, names: dict[str, Any]
) -> str:
    """An expression giving the JSON text of *local*, a value of *kind*."""
    hook = converter.get_unstructure_hook(kind)
    if hook is identity:
        if kind is str:
            return f"_s({local})"
        if kind is bool:
            return f"('true' if {local} else 'false')"
        if kind is int:
            return f"_int({local})"
        raise _NoWriter
    if hook in _WRITERS:
        names[writer_name] = _WRITERS[hook]
        return f"{writer_name}({local})"
    if hook in _OWN:
        inner = _optional_inner(kind)
        if inner is not None:
            expression = _json_expression(inner, converter, local, writer_name, names)
            return f"('null' if {local} is None else {expression})"
        item = _tuple_item(kind)
        if item is not None:
            expression = _json_expression(item, converter, "e", writer_name, names)
            if expression == "_s(e)":
                return f"'[' + _comma(map(_s, {local})) + ']'"
            if expression == f"{writer_name}(e)":
                return f"'[' + _comma(map({writer_name}, {local})) + ']'"
            return f"'[' + _comma([{expression} for e in {local}]) + ']'"
        if _is_enum(kind) and all(type(member.value) is str for member in kind):
            return f"_s({local}.value)"
        raise _NoWriter
    if kind is Decimal and hook is _unstructure_decimal:
        return f"'\"' + format({local}, 'f') + '\"'"
    if kind is dt.date and hook is dt.date.isoformat:
        return f"'\"' + {local}.isoformat() + '\"'"
    if kind in (PartialDate, DocumentSymbol) and hook is str:
        return f"_s(str({local}))"
    raise _NoWriter


def _unstructure_expression(  # noqa: PLR0911 -- one case per type
    kind: Any, converter: cattrs.Converter, local: str, hook_name: str, names: dict[str, Any]
) -> str:
    """An expression giving the JSON-ready form of *local*, a value of *kind*.

    What this module's own hooks do is written out inline; any other hook (a
    user's, or one for an attrs class) is called.
    """
    hook = converter.get_unstructure_hook(kind)
    if hook is identity:
        return local
    if hook in _OWN:
        inner = _optional_inner(kind)
        if inner is not None:
            expression = _unstructure_expression(inner, converter, local, hook_name, names)
            return local if expression == local else f"None if {local} is None else {expression}"
        item = _tuple_item(kind)
        if item is not None:
            expression = _unstructure_expression(item, converter, "e", hook_name, names)
            if expression == "e":
                return f"list({local})"
            if expression == f"{hook_name}(e)":
                return f"list(map({hook_name}, {local}))"
            return f"[{expression} for e in {local}]"
        if _is_enum(kind):
            return f"{local}.value"
    inline = _INLINE_UNSTRUCTURE.get(kind)
    if inline is not None and hook is inline[0]:
        return inline[1].format(local)
    names[hook_name] = hook
    return f"{hook_name}({local})"


def _optional_structure(cls: Any, converter: cattrs.Converter) -> StructureHook:
    inner = _optional_inner(cls)
    hook = converter.get_structure_hook(inner)

    def structure_optional(value: Any, _: object) -> Any:
        return None if value is None else hook(value, inner)

    _OWN.add(structure_optional)
    return structure_optional


def _optional_unstructure(cls: Any, converter: cattrs.Converter) -> UnstructureHook:
    hook = converter.get_unstructure_hook(_optional_inner(cls))

    def unstructure_optional(value: Any) -> Any:
        return None if value is None else hook(value)

    _OWN.add(unstructure_optional)
    return unstructure_optional


def _tuple_structure(cls: Any, converter: cattrs.Converter) -> StructureHook:
    item = _tuple_item(cls)
    hook = converter.get_structure_hook(item)

    def structure_tuple(value: object, _: object) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise _wrong("an array", value)
        try:
            return tuple([hook(element, item) for element in value])
        except Exception:  # noqa: BLE001, S110 -- look again, item by item, for the paths
            pass
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

    _OWN.add(structure_tuple)
    return structure_tuple


def _tuple_unstructure(cls: Any, converter: cattrs.Converter) -> UnstructureHook:
    hook = converter.get_unstructure_hook(_tuple_item(cls))

    def unstructure_tuple(value: Any) -> list[Any]:
        return [hook(element) for element in value]

    _OWN.add(unstructure_tuple)
    return unstructure_tuple


def _unstructure_enum_hook(_: Any) -> UnstructureHook:
    def unstructure_enum(value: enum.Enum) -> Any:
        return value.value

    _OWN.add(unstructure_enum)
    return unstructure_enum


def _unstructure_decimal(value: Decimal) -> str:
    return format(value, "f")


_HOOKS: dict[Any, Any] = {str: _structure_str, int: _structure_int, bool: _structure_bool}
_FAST_SCALARS.update({str: "str", int: "int", bool: "bool"})
# Unstructure hooks the generated code writes out inline, and how.
_INLINE_UNSTRUCTURE: dict[Any, tuple[Any, str]] = {
    Decimal: (_unstructure_decimal, "format({}, 'f')"),
    dt.date: (dt.date.isoformat, "{}.isoformat()"),
    PartialDate: (str, "str({})"),
    DocumentSymbol: (str, "str({})"),
}


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
    converter.register_unstructure_hook_factory(_is_enum, _unstructure_enum_hook)
    for cls, structure, unstructure in (
        (str, _structure_str, None),
        (int, _structure_int, None),
        (bool, _structure_bool, None),
        (Decimal, _structure_decimal, _unstructure_decimal),
        (dt.date, _structure_date, dt.date.isoformat),
        (PartialDate, _structure_partial_date, str),
        (DocumentSymbol, _structure_symbol, str),
    ):
        converter.register_structure_hook(cls, structure)
        if unstructure is not None:
            converter.register_unstructure_hook(cls, unstructure)
    return converter
