"""Generated code, one function per record class: structure, unstructure, write JSON.

The generated structure code checks what the hooks check inline and falls back
to the detailed hook (which reports every error with its path) on anything
unusual, so it changes speed, never results.
"""

import collections
import datetime as dt
import itertools
import json
import linecache
import types
import unicodedata
import weakref
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.fns import identity

from govreport._model import is_record
from govreport._validators import nfc, nfc_tuple
from govreport._values import DocumentSymbol, PartialDate

from .hooks import (
    DATE,
    ENUM_MEMBERS,
    FAST_SCALARS,
    GOVREPORT_HOOKS,
    HOOKS,
    INLINE_UNSTRUCTURE,
    StructureHook,
    UnstructureHook,
    structure_date,
    structure_str,
    unstructure_decimal,
)
from .typeinfo import is_enum, optional_inner, tuple_item

__all__ = [
    "DETAILED_PATH_TAKEN",
    "attrs_unstructure_hook",
    "fast_structure",
    "json_writer",
]


class _Fallback(Exception):  # noqa: N818 -- not an error: "take the detailed path"
    """Raised by a generated fast path when the input is not the happy case."""


_counter = itertools.count()

DETAILED_PATH_TAKEN: collections.Counter[str] = collections.Counter()
"""How often each class's generated hook gave its input to the detailed path.

Valid input never takes it (a test holds the shipped strategies' records to
that); a count here on valid input is a generator bug that only shows as slowness.
"""


def fast_structure(
    cls: type[Any],
    fields: list[Any],  # attrs.Attribute, whose alias attrs types as str | None
    converter: cattrs.Converter,
    known: frozenset[str],
    detailed: StructureHook,
) -> StructureHook:
    """Generate a structure function for *cls* that assumes the happy case.

    It checks what the hooks check (exact JSON types, known keys, no repeated
    keys: a `DuplicateKeys` is not ``type(...) is dict``) inline and calls the
    hooks of the other types directly.  Where attrs' ``__init__`` would only
    convert, set, validate and post-init, it does that itself, with the
    validators' checks inline; otherwise it calls the constructor.  Any
    exception sends the input to *detailed*, the hook that collects every
    error with its path (through the constructor), so errors are exactly those
    of the detailed hook; a value the fast path builds is the one it would build.
    """
    name = f"{cls.__module__}.{cls.__qualname__}"

    def take_detailed_path(value: Any, _: object) -> Any:
        DETAILED_PATH_TAKEN[name] += 1
        return detailed(value, _)

    namespace: dict[str, Any] = {
        "_cls": cls,
        "_known": known,
        "_detailed": take_detailed_path,
        "_Fallback": _Fallback,
        "_normalize": unicodedata.normalize,
    }
    slots = _slot_setters(cls, fields)
    lines = ["def structure(value, _):"]
    lines.append("    if type(value) is not dict or not value.keys() <= _known:")
    lines.append("        return _detailed(value, _)")
    lines.append("    try:")
    late: list[str] = []
    for index, field in enumerate(fields):
        target = f"a{index}"
        body = _structure_lines(
            field,
            converter,
            target=target,
            index=index,
            namespace=namespace,
            direct=slots is not None,
        )
        check = (
            None
            if slots is None
            else _direct_lines(
                field, body, target=target, index=index, namespace=namespace, late=late
            )
        )
        key = repr(field.alias)
        if field.default is attrs.NOTHING:
            lines.append(f"        x = value[{key}]")
            lines.extend("        " + line for line in body)
        else:
            default = field.default
            if slots is not None and field.converter is not None:
                default = field.converter(default)
            namespace[f"d{index}"] = default
            lines.append(f"        if {key} in value:")
            lines.append(f"            x = value[{key}]")
            lines.extend("            " + line for line in body)
            lines.append("        else:")
            lines.append(f"            {target} = d{index}")
            if check is not None and not _passes(field, default):
                lines.append("            raise _Fallback")
    if slots is None:
        arguments = ", ".join(f"{field.alias}=a{index}" for index, field in enumerate(fields))
        lines.append(f"        return _cls({arguments})")
    else:
        namespace["_new"] = object.__new__
        lines.append("        self = _new(_cls)")
        for index, setter in enumerate(slots):
            namespace[f"s{index}"] = setter
            lines.append(f"        s{index}(self, a{index})")
        lines.extend("        " + line for line in late)
        if hasattr(cls, "__attrs_post_init__"):  # as attrs' __init__ does
            lines.append("        self.__attrs_post_init__()")
        lines.append("        return self")
    lines.append("    except Exception:  # noqa: BLE001")
    lines.append("        return _detailed(value, _)")
    hook: StructureHook = _compile(lines, namespace, f"structure {name}")
    return hook


def _slot_setters(cls: type[Any], fields: list[Any]) -> list[Callable[[Any, Any], None]] | None:
    """The slot setters of *fields*, if a *cls* may be built without calling ``__init__``.

    Only a class `govreport._model.record` made may: its mark promises that
    ``__init__`` only converts, sets the slots, validates and post-inits.
    Setting the slots directly skips the call of ``__init__`` and of each
    field's validator, about a third of the time spent building a report.
    """
    if not is_record(cls):
        return None
    setters = []
    for field in fields:
        slot = next(
            (base.__dict__[field.name] for base in cls.__mro__ if field.name in base.__dict__), None
        )
        if not isinstance(slot, types.MemberDescriptorType):
            return None
        setters.append(slot.__set__)
    return setters


def _direct_lines(
    field: "attrs.Attribute[Any]",
    body: "_Lines",
    *,
    target: str,
    index: int,
    namespace: dict[str, Any],
    late: list[str],
) -> str | None:
    """Add what attrs' ``__init__`` would do with *target*: convert, then validate.

    The validator's inline check goes to *body*; a validator with none (a
    user's, or an ``attrs.validators.and_`` chain) is called in *late*, on the
    built instance, as attrs calls it.  Returns the inline check, if any.
    """
    if field.converter is not None and not body.converted:
        namespace[f"c{index}"] = field.converter
        body.append(f"{target} = c{index}({target})")
    validator = field.validator
    if validator is None:
        return None
    inline = getattr(validator, "inline", None)
    check = inline(target, namespace, f"v{index}") if callable(inline) else None
    if check is None:
        namespace[f"v{index}"], namespace[f"f{index}"] = validator, field
        late.append(f"v{index}(self, f{index}, {target})")
    else:
        body.append(f"if not {check}: raise _Fallback")
    return check


def _passes(field: "attrs.Attribute[Any]", value: object) -> bool:
    """Whether *field*'s validator accepts its (converted) default."""
    validator: Any = field.validator
    try:
        validator(None, field, value)
    except Exception:  # noqa: BLE001 -- any failure: check it every time
        return False
    return True


class _Lines(list[str]):
    """Generated lines, and whether they already applied the field's NFC converter."""

    converted = False


def _structure_lines(  # noqa: C901, PLR0912, PLR0915 -- one case per type
    field: "attrs.Attribute[Any]",
    converter: cattrs.Converter,
    *,
    target: str,
    index: int,
    namespace: dict[str, Any],
    direct: bool = False,
) -> _Lines:
    """Lines that check and convert ``x`` for *field* into *target*.

    With *direct*, no ``__init__`` will run the field's NFC converter: the
    lines normalise where the value passes through here, and say so in
    ``converted``.
    """
    hook_name, type_name = f"h{index}", f"t{index}"
    kind = field.type
    hook = converter.get_structure_hook(kind)
    inner = optional_inner(kind)
    optional = inner is not None and hook in GOVREPORT_HOOKS
    if optional:
        kind = inner
        hook = converter.get_structure_hook(kind)
    # The field's own NFC converter normalises; the hook need not do it twice.
    own_converter: object = field.converter
    normalised = (own_converter is nfc or own_converter is nfc_tuple) and not direct
    lines = _Lines()
    if kind in FAST_SCALARS and hook is HOOKS[kind]:
        if optional:
            lines.append(
                f"if x is not None and type(x) is not {FAST_SCALARS[kind]}: raise _Fallback"
            )
        else:
            lines.append(f"if type(x) is not {FAST_SCALARS[kind]}: raise _Fallback")
        if kind is str and not normalised:
            value = "_normalize('NFC', x)"
            lines.append(
                f"{target} = x if x is None else {value}" if optional else f"{target} = {value}"
            )
            lines.converted = own_converter is nfc
        else:
            lines.append(f"{target} = x")
        return lines
    item = tuple_item(kind)
    if item is not None and not optional and hook in GOVREPORT_HOOKS:
        lines.append("if type(x) is not list and type(x) is not tuple: raise _Fallback")
        item_hook = converter.get_structure_hook(item)
        if item is str and item_hook is structure_str:
            lines.append("for e in x:")
            lines.append("    if type(e) is not str: raise _Fallback")
            if normalised:
                lines.append(f"{target} = tuple(x)")
            else:
                lines.append(f"{target} = tuple([_normalize('NFC', e) for e in x])")
                lines.converted = own_converter is nfc_tuple
        else:
            namespace[hook_name] = item_hook
            namespace[type_name] = itertools.repeat(item)  # endless, so one serves every call
            lines.append(f"{target} = tuple(map({hook_name}, x, {type_name}))")
        return lines
    if hook is structure_date:
        namespace["_date_match"] = DATE.fullmatch
        namespace["_fromisoformat"] = dt.date.fromisoformat
        body = [
            "if type(x) is not str or not _date_match(x): raise _Fallback",
            f"{target} = _fromisoformat(x)",
        ]
    elif hook in ENUM_MEMBERS:
        namespace[f"m{index}"] = ENUM_MEMBERS[hook]
        body = ["if type(x) is not str: raise _Fallback", f"{target} = m{index}[x]"]
    else:
        namespace[hook_name] = hook
        namespace[type_name] = kind
        body = [f"{target} = {hook_name}(x, {type_name})"]
    if optional:
        lines.extend(["if x is None:", f"    {target} = None", "else:"])
        lines.extend("    " + line for line in body)
    else:
        lines.extend(body)
    return lines


def _compile(lines: list[str], namespace: dict[str, Any], what: str) -> Any:
    """Compile generated source, registered with linecache for tracebacks."""
    source = "\n".join(lines) + "\n"
    filename = f"<govreport generated {what} #{next(_counter)}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102 -- our own generated code
    return namespace[lines[0][4 : lines[0].index("(")]]


def attrs_unstructure_hook(cls: type[Any], converter: cattrs.Converter) -> UnstructureHook:
    """Generate one function for *cls* that builds its JSON-ready dict in one go.

    The dicts of nested records whose hooks this module made are written out
    inline too, so that a report's dict is built without a call per record.
    """
    attrs.resolve_types(cls)
    namespace: dict[str, Any] = {}
    lines = [
        "def unstructure(value):",
        f"    return {_record_expression(cls, converter, 'value', namespace, 0)}",
    ]
    name = f"unstructure {cls.__module__}.{cls.__qualname__}"
    hook: UnstructureHook = _compile(lines, namespace, name)
    _UNSTRUCTURED[hook] = cls
    writer = _json_writer(cls, converter)
    if writer is not None:
        _WRITERS[hook] = writer
    return hook


# The class of each unstructure hook generated here, so that a record's dict can
# be written out inside its container's; and how deep that goes.
_UNSTRUCTURED: "weakref.WeakKeyDictionary[UnstructureHook, type[Any]]" = weakref.WeakKeyDictionary()
_INLINE_DEPTH = 4


def _record_expression(
    cls: type[Any], converter: cattrs.Converter, local: str, namespace: dict[str, Any], depth: int
) -> str:
    """A dict display of the record *local*, a *cls*, as its generated hook builds it."""
    items = []
    for field in attrs.fields(cls):
        if field.init:
            access = f"{local}.{field.name}"
            expression = _unstructure_expression(field.type, converter, access, namespace, depth)
            items.append(f"{field.alias!r}: {expression}")
    return f"{{{', '.join(items)}}}"


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
    part, then only `converter.unstructure` knows the shape, or when a field's
    validator does not pin its type (`govreport._validators.pins_type`).
    """
    return _WRITERS.get(converter.get_unstructure_hook(cls))


class _NoWriter(Exception):  # noqa: N818 -- not an error: "no writer for this type"
    """A type whose JSON the generated writer cannot write out by itself."""


def _json_writer(cls: type[Any], converter: cattrs.Converter) -> Callable[[Any], str] | None:
    fields = [field for field in attrs.fields(cls) if field.init]
    if not all(getattr(field.validator, "pins_type", False) for field in fields):
        # The writer trusts declared types: an int field holding True would be
        # written 1, where the stdlib encoder writes true.
        return None
    namespace: dict[str, Any] = {
        "_s": json.encoder.encode_basestring,
        "_join": "".join,
        "_comma": ",".join,
        "_int": int.__repr__,
    }
    lines = ["def write(value):"]
    parts = []
    # The text before a field's value: what closes the one before, a comma or the
    # brace, its key.  An array's brackets go there too, not around its text,
    # which saves copying it twice.
    before = "{"
    try:
        for index, field in enumerate(fields):
            local = f"x{index}"
            lines.append(f"    {local} = value.{field.name}")
            key = before + json.encoder.encode_basestring(field.alias) + ":"
            expression = _json_expression(field.type, converter, local, f"w{index}", namespace)
            opening, closing = "'[' + ", " + ']'"
            before = ","
            if expression.startswith(opening) and expression.endswith(closing):
                key += "["
                expression = expression[len(opening) : -len(closing)]
                before = "],"
            namespace[f"k{index}"] = key
            parts.append(f"k{index}, {expression}")
    except _NoWriter:
        return None
    if not parts:
        return None  # no fields: leave the empty object to the encoder
    parts.append(repr(before[:-1] + "}"))
    lines.append(f"    return _join(({', '.join(parts)}))")
    writer: Callable[[Any], str] = _compile(
        lines, namespace, f"JSON writer {cls.__module__}.{cls.__qualname__}"
    )
    return writer


def _json_expression(  # noqa: C901, PLR0911, PLR0912 -- one case per type
    kind: Any, converter: cattrs.Converter, local: str, writer_name: str, namespace: dict[str, Any]
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
        namespace[writer_name] = _WRITERS[hook]
        return f"{writer_name}({local})"
    if hook in GOVREPORT_HOOKS:
        inner = optional_inner(kind)
        if inner is not None:
            expression = _json_expression(inner, converter, local, writer_name, namespace)
            return f"('null' if {local} is None else {expression})"
        item = tuple_item(kind)
        if item is not None:
            expression = _json_expression(item, converter, "e", writer_name, namespace)
            if expression == "_s(e)":
                return f"'[' + _comma(map(_s, {local})) + ']'"
            if expression == f"{writer_name}(e)":
                return f"'[' + _comma(map({writer_name}, {local})) + ']'"
            return f"'[' + _comma([{expression} for e in {local}]) + ']'"
        if is_enum(kind) and all(type(member.value) is str for member in kind):
            return f"_s({local}._value_)"
        raise _NoWriter
    if kind is Decimal and hook is unstructure_decimal:
        return f"'\"' + {_decimal_text(local)} + '\"'"
    if kind is dt.date and hook is dt.date.isoformat:
        return f"'\"' + {local}.isoformat() + '\"'"
    if kind is dt.datetime and hook is dt.datetime.isoformat:
        return f"'\"' + {local}.isoformat() + '\"'"
    if kind in (PartialDate, DocumentSymbol) and hook is str:
        return f"_s(str({local}))"
    raise _NoWriter


def _decimal_text(local: str) -> str:
    """An expression writing the Decimal *local* in positional notation, as ``format(d, 'f')``.

    str() writes the same text three times as fast, except where it switches to an
    exponent (1E+3, 1E-7; "e" under a context with capitals off): then format().
    """
    text = f"y{next(_counter)}"
    written = f"({text} := str({local}))"
    return f"({text} if 'E' not in {written} and 'e' not in {text} else format({local}, 'f'))"


def _unstructure_expression(  # noqa: C901, PLR0911 -- one case per type
    kind: Any, converter: cattrs.Converter, local: str, namespace: dict[str, Any], depth: int
) -> str:
    """An expression giving the JSON-ready form of *local*, a value of *kind*.

    What this module's own hooks do is written out inline; any other hook (a
    user's) is called.
    """
    hook = converter.get_unstructure_hook(kind)
    if hook is identity:
        return local
    if hook in GOVREPORT_HOOKS:
        inner = optional_inner(kind)
        if inner is not None:
            # An attribute read once: "a.b" becomes "(y1 := a.b)", then "y1".
            bound = local if local.isidentifier() else f"y{next(_counter)}"
            expression = _unstructure_expression(inner, converter, bound, namespace, depth)
            if expression == bound:
                return local
            if bound == local:
                return f"None if {local} is None else {expression}"
            return f"None if ({bound} := {local}) is None else {expression}"
        item = tuple_item(kind)
        if item is not None:
            element = f"e{depth}"
            expression = _unstructure_expression(item, converter, element, namespace, depth + 1)
            if expression == element:
                return f"[*{local}]"  # faster than list(), a call
            callee, _, argument = expression.partition("(")
            if argument == f"{element})" and callee.isidentifier():  # one call: h(e0), str(e0)
                return f"list(map({callee}, {local}))"
            return f"[{expression} for {element} in {local}]"
        if is_enum(kind):
            return f"{local}._value_"  # the attribute behind .value, read directly
    if kind is Decimal and hook is unstructure_decimal:
        return _decimal_text(local)
    inline = INLINE_UNSTRUCTURE.get(kind)
    if inline is not None and hook is inline[0]:
        return inline[1].format(local)
    # `in` first: get() would fail on a hook that cannot be weakly referenced.
    if hook in _UNSTRUCTURED and depth < _INLINE_DEPTH:
        return _record_expression(_UNSTRUCTURED[hook], converter, local, namespace, depth + 1)
    hook_name = f"h{len(namespace)}"
    namespace[hook_name] = hook
    return f"{hook_name}({local})"
