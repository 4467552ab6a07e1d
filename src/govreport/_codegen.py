"""Generated code, one function per record class: structure, unstructure, write JSON.

The generated structure code checks what the hooks check inline and falls back
to the detailed hook (which reports every error with its path) on anything
unusual, so it changes speed, never results.
"""

import datetime as dt
import itertools
import json
import linecache
import unicodedata
import weakref
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.fns import identity

from ._hooks import (
    DATE,
    ENUM_MEMBERS,
    FAST_SCALARS,
    HOOKS,
    INLINE_UNSTRUCTURE,
    OWN,
    StructureHook,
    UnstructureHook,
    structure_date,
    structure_str,
    unstructure_decimal,
)
from ._types import is_enum, optional_inner, tuple_item
from ._validators import nfc, nfc_tuple
from ._values import DocumentSymbol, PartialDate

__all__ = ["attrs_unstructure_hook", "fast_structure", "json_writer"]


class _Fallback(Exception):  # noqa: N818 -- not an error: "take the detailed path"
    """Raised by a generated fast path when the input is not the happy case."""


_counter = itertools.count()


def fast_structure(
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
    inner = optional_inner(kind)
    optional = inner is not None and hook in OWN
    if optional:
        kind = inner
        hook = converter.get_structure_hook(kind)
    # The field's own NFC converter normalises; the hook need not do it twice.
    own_converter: object = field.converter
    normalised = own_converter is nfc or own_converter is nfc_tuple
    if kind in FAST_SCALARS and hook is HOOKS[kind]:
        if optional:
            lines = [f"if x is not None and type(x) is not {FAST_SCALARS[kind]}: raise _Fallback"]
        else:
            lines = [f"if type(x) is not {FAST_SCALARS[kind]}: raise _Fallback"]
        if kind is str and not normalised:
            value = "_normalize('NFC', x)"
            lines.append(
                f"{target} = x if x is None else {value}" if optional else f"{target} = {value}"
            )
        else:
            lines.append(f"{target} = x")
        return lines
    item = tuple_item(kind)
    if item is not None and not optional and hook in OWN:
        lines = ["if type(x) is not list and type(x) is not tuple: raise _Fallback"]
        item_hook = converter.get_structure_hook(item)
        if item is str and item_hook is structure_str:
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
    if hook is structure_date:
        names["_date_match"] = DATE.fullmatch
        names["_fromisoformat"] = dt.date.fromisoformat
        body = [
            "if type(x) is not str or not _date_match(x): raise _Fallback",
            f"{target} = _fromisoformat(x)",
        ]
    elif hook in ENUM_MEMBERS:
        names[f"m{index}"] = ENUM_MEMBERS[hook]
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


def attrs_unstructure_hook(cls: type[Any], converter: cattrs.Converter) -> UnstructureHook:
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
    if hook in OWN:
        inner = optional_inner(kind)
        if inner is not None:
            expression = _json_expression(inner, converter, local, writer_name, names)
            return f"('null' if {local} is None else {expression})"
        item = tuple_item(kind)
        if item is not None:
            expression = _json_expression(item, converter, "e", writer_name, names)
            if expression == "_s(e)":
                return f"'[' + _comma(map(_s, {local})) + ']'"
            if expression == f"{writer_name}(e)":
                return f"'[' + _comma(map({writer_name}, {local})) + ']'"
            return f"'[' + _comma([{expression} for e in {local}]) + ']'"
        if is_enum(kind) and all(type(member.value) is str for member in kind):
            return f"_s({local}.value)"
        raise _NoWriter
    if kind is Decimal and hook is unstructure_decimal:
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
    if hook in OWN:
        inner = optional_inner(kind)
        if inner is not None:
            expression = _unstructure_expression(inner, converter, local, hook_name, names)
            return local if expression == local else f"None if {local} is None else {expression}"
        item = tuple_item(kind)
        if item is not None:
            expression = _unstructure_expression(item, converter, "e", hook_name, names)
            if expression == "e":
                return f"list({local})"
            if expression == f"{hook_name}(e)":
                return f"list(map({hook_name}, {local}))"
            return f"[{expression} for e in {local}]"
        if is_enum(kind):
            return f"{local}.value"
    inline = INLINE_UNSTRUCTURE.get(kind)
    if inline is not None and hook is inline[0]:
        return inline[1].format(local)
    names[hook_name] = hook
    return f"{hook_name}({local})"
