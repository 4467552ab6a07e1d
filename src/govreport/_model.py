"""The class decorator of govreport's records, and their cross-field rules as data.

`record` makes a frozen, slotted, keyword-only attrs class with the shared repr
and marks it as govreport's own: only a marked class takes the converter's
fast path, which builds it without calling ``__init__`` (any other attrs class
is built through its constructor).  A class lists its cross-field rules in
``__rules__``; each rule is written once, as data, and both the constructor
check (the class's ``__attrs_post_init__``) and the JSON Schema's ``if``/``then``
are made from it.
"""

from __future__ import annotations

import itertools
import linecache
import typing
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._base import fields_repr
from ._errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "AllOf",
    "AnyOf",
    "Condition",
    "Equals",
    "MarkedHaveValues",
    "Not",
    "NotZero",
    "OneOf",
    "Present",
    "Requires",
    "Rule",
    "Size",
    "is_record",
    "record",
]

Schema = dict[str, Any]
_C = TypeVar("_C", bound=type)

_MARK = "__govreport_record__"


# -- conditions: what a rule requires, as a Python expression and as a JSON Schema --------


class Condition:
    """A condition on a record's fields, written as Python and as JSON Schema."""

    __slots__ = ()

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        """A Python expression true when the record *local* meets the condition.

        It may put objects it names in *namespace*, the generated code's globals.
        """
        raise NotImplementedError

    def schema(self) -> Schema:
        """A JSON Schema that the record's JSON object meets when the condition holds."""
        raise NotImplementedError


class Present(Condition):
    """A field has a value (is not None); with more names, a field of that field's record.

    ``Present("target", "value")``: the indicator has a target, and that target a value.
    """

    __slots__ = ("path",)

    def __init__(self, *path: str) -> None:
        self.path = path

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        del namespace
        parts = []
        for name in self.path:
            local = f"{local}.{name}"
            parts.append(f"{local} is not None")
        return "(" + " and ".join(parts) + ")"

    def schema(self) -> Schema:
        name, *rest = self.path
        inner: Schema = {"not": {"type": "null"}}
        if rest:
            inner = {"type": "object", **Present(*rest).schema()}
        return {"required": [name], "properties": {name: inner}}

    def __repr__(self) -> str:
        return f"Present({', '.join(map(repr, self.path))})"


class Equals(Condition):
    """A field holds one JSON constant (True, a string, a number)."""

    __slots__ = ("name", "value")

    def __init__(self, name: str, value: bool | str | int) -> None:  # noqa: FBT001
        self.name = name
        self.value = value

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        del namespace
        operator = "is" if type(self.value) is bool else "=="
        return f"({local}.{self.name} {operator} {self.value!r})"

    def schema(self) -> Schema:
        return {"required": [self.name], "properties": {self.name: {"const": self.value}}}

    def __repr__(self) -> str:
        return f"Equals({self.name!r}, {self.value!r})"


class Size(Condition):
    """A tuple field holds at least *minimum* and at most *maximum* items."""

    __slots__ = ("maximum", "minimum", "name")

    def __init__(self, name: str, *, minimum: int = 0, maximum: int | None = None) -> None:
        self.name = name
        self.minimum = minimum
        self.maximum = maximum

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        del namespace
        parts = []
        if self.minimum:
            parts.append(f"len({local}.{self.name}) >= {self.minimum}")
        if self.maximum is not None:
            parts.append(f"len({local}.{self.name}) <= {self.maximum}")
        return "(" + (" and ".join(parts) or "True") + ")"

    def schema(self) -> Schema:
        bounds: Schema = {"minItems": self.minimum} if self.minimum else {}
        if self.maximum is not None:
            bounds["maxItems"] = self.maximum
        schema: Schema = {"properties": {self.name: bounds}}
        if self.minimum:  # an absent array is the empty default
            schema["required"] = [self.name]
        return schema

    def __repr__(self) -> str:
        return f"Size({self.name!r}, minimum={self.minimum!r}, maximum={self.maximum!r})"


class AnyOf(Condition):
    """At least one of some conditions holds."""

    __slots__ = ("conditions",)

    def __init__(self, *conditions: Condition) -> None:
        self.conditions = conditions

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        return "(" + " or ".join(c.expression(local, namespace) for c in self.conditions) + ")"

    def schema(self) -> Schema:
        return {"anyOf": [condition.schema() for condition in self.conditions]}

    def __repr__(self) -> str:
        return f"AnyOf({', '.join(map(repr, self.conditions))})"


class AllOf(Condition):
    """Every one of some conditions holds."""

    __slots__ = ("conditions",)

    def __init__(self, *conditions: Condition) -> None:
        self.conditions = conditions

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        return "(" + " and ".join(c.expression(local, namespace) for c in self.conditions) + ")"

    def schema(self) -> Schema:
        return {"allOf": [condition.schema() for condition in self.conditions]}

    def __repr__(self) -> str:
        return f"AllOf({', '.join(map(repr, self.conditions))})"


class Not(Condition):
    """A condition does not hold."""

    __slots__ = ("condition",)

    def __init__(self, condition: Condition) -> None:
        self.condition = condition

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        return f"(not {self.condition.expression(local, namespace)})"

    def schema(self) -> Schema:
        return {"not": self.condition.schema()}

    def __repr__(self) -> str:
        return f"Not({self.condition!r})"


class OneOf(Condition):
    """A field (of a field's record, with more names) holds one of some values.

    Each value is None, a JSON constant or an enum member (written as its value).
    The records on the path must be there: use it under `Present`.
    """

    __slots__ = ("path", "values")

    def __init__(self, *path: str, values: tuple[Any, ...]) -> None:
        self.path = path
        self.values = values

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        name = f"_values{len(namespace)}"
        namespace[name] = self.values
        return f"({local}.{'.'.join(self.path)} in {name})"

    def schema(self) -> Schema:
        values = [getattr(value, "value", value) for value in self.values]
        schema: Schema = {"enum": values}
        for name in reversed(self.path):
            schema = {"properties": {name: schema}}
        return schema

    def __repr__(self) -> str:
        return f"OneOf({', '.join(map(repr, self.path))}, values={self.values!r})"


class NotZero(Condition):
    """A number field is None or not zero (of either sign: -0 is zero)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def expression(self, local: str, namespace: dict[str, Any]) -> str:
        del namespace
        return f"({local}.{self.name} is None or {local}.{self.name} != 0)"

    def schema(self) -> Schema:
        # JSON writes an exact number as an integer or a string (`decimal_schema`).
        zero = {"anyOf": [{"const": 0}, {"type": "string", "pattern": r"^-?0(?:\.0*)?$"}]}
        return {"properties": {self.name: {"not": zero}}}

    def __repr__(self) -> str:
        return f"NotZero({self.name!r})"


# -- rules: a condition a valid record meets, where a failure is reported ------------------


class Rule:
    """A cross-field rule: the constructor's check and the schema's, from one statement."""

    __slots__ = ()

    def expression(self, local: str, namespace: dict[str, Any], prefix: str) -> str:
        """A Python expression true when the record *local* keeps the rule.

        It may put objects in *namespace* (the generated code's globals) under
        names starting with *prefix*.
        """
        raise NotImplementedError

    def error(self, record: Any) -> ValidationError:
        """The error a record that breaks the rule raises."""
        raise NotImplementedError

    def schema(self, cls: type[Any]) -> list[Schema]:
        """JSON Schemas a *cls* object meets when it keeps the rule (``allOf`` items)."""
        raise NotImplementedError


class Requires(Rule):
    """*then* must hold (whenever *when* holds); else a `ValidationError` at *at*.

    The *message* may name the record's values as ``str.format`` fields of
    ``self``: ``"symbol {self.symbol} carries the number {self.symbol.number}"``.

    ``Requires(Present("value"), when=Equals("approximate", True), at="$.approximate",
    message="only a value can be approximate")``.
    """

    __slots__ = ("at", "message", "then", "when")

    def __init__(
        self, then: Condition, *, at: str, message: str, when: Condition | None = None
    ) -> None:
        self.then = then
        self.when = when
        self.at = at
        self.message = message

    def expression(self, local: str, namespace: dict[str, Any], prefix: str) -> str:
        del prefix
        then = self.then.expression(local, namespace)
        if self.when is None:
            return then
        return f"(not {self.when.expression(local, namespace)} or {then})"

    def error(self, record: Any) -> ValidationError:
        return ValidationError.at(self.at, self.message.format(self=record))

    def schema(self, cls: type[Any]) -> list[Schema]:
        del cls
        if self.when is None:
            return [self.then.schema()]
        return [{"if": self.when.schema(), "then": self.then.schema()}]

    def __repr__(self) -> str:
        return f"Requires({self.then!r}, when={self.when!r}, at={self.at!r})"


class MarkedHaveValues(Rule):
    """Every field named in the tuple field *field* (such as ``enriched``) has a value.

    A value is anything but None and, for a tuple field, the empty tuple.  The
    names a record may list are those its field's validator allows
    (`govreport._validators.names`).
    """

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        self.field = field

    def _kept(self, record: Any) -> bool:
        for name in getattr(record, self.field):
            value = getattr(record, name)
            if value is None or value == ():
                return False
        return True

    def expression(self, local: str, namespace: dict[str, Any], prefix: str) -> str:
        namespace[prefix] = self._kept
        return f"(not {local}.{self.field} or {prefix}({local}))"

    def error(self, record: Any) -> ValidationError:
        for index, name in enumerate(getattr(record, self.field)):
            value = getattr(record, name)
            if value is None or value == ():
                message = f"{name!r} is marked {self.field} but has no value"
                return ValidationError.at(f"$.{self.field}[{index}]", message)
        msg = f"{record!r} keeps the rule {self!r}"
        raise AssertionError(msg)

    def schema(self, cls: type[Any]) -> list[Schema]:
        fields = attrs.fields_dict(cls)
        allowed = fields[self.field].validator.allowed  # type: ignore[union-attr]
        return [
            {
                # "The list holds name" without `contains` (not: every item is not
                # name): Ajv 8 carries a `contains` inside `if` over from one array
                # item to the next and refuses valid documents.
                "if": {
                    "required": [self.field],
                    "properties": {self.field: {"not": {"items": {"not": {"const": name}}}}},
                },
                "then": (
                    Size(name, minimum=1)
                    if typing.get_origin(fields[name].type) is tuple
                    else Present(name)
                ).schema(),
            }
            for name in allowed
        ]

    def __repr__(self) -> str:
        return f"MarkedHaveValues({self.field!r})"


# -- the decorator ------------------------------------------------------------------------

_counter = itertools.count()


def _post_init(cls: type[Any], rules: tuple[Rule, ...]) -> Any:
    """Write the ``__attrs_post_init__`` that checks *rules*, then runs the class's own."""
    namespace: dict[str, Any] = {}
    lines = ["def __attrs_post_init__(self):"]
    for index, rule in enumerate(rules):
        namespace[f"_r{index}"] = rule
        check = rule.expression("self", namespace, f"_r{index}_")
        lines.append(f"    if not {check}: raise _r{index}.error(self)")
    own = cls.__dict__.get("__attrs_post_init__")
    if own is not None:
        namespace["_own"] = own
        lines.append("    _own(self)")
    source = "\n".join(lines) + "\n"
    filename = f"<govreport rules of {cls.__qualname__} #{next(_counter)}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102 -- our own generated code
    function = namespace["__attrs_post_init__"]
    function.__qualname__ = f"{cls.__qualname__}.__attrs_post_init__"
    return function


def _make_record(cls: _C) -> _C:
    rules: tuple[Rule, ...] = cls.__dict__.get("__rules__", ())
    if rules:
        cls.__attrs_post_init__ = _post_init(cls, rules)  # type: ignore[attr-defined]
    if "__repr__" not in cls.__dict__:
        cls.__repr__ = fields_repr  # type: ignore[assignment]
    made = attrs.frozen(kw_only=True, repr=False)(cls)
    setattr(made, _MARK, True)
    return made


def _record(*, kw_only: bool) -> Callable[[_C], _C]:
    """Make a class one of govreport's records: frozen, slotted, keyword-only, marked.

    Written ``@record(kw_only=True)``: type checkers read it as
    ``attrs.frozen(kw_only=True)`` (see below), so *kw_only* is spelled out
    for them; every record is keyword-only.

    The mark (``__govreport_record__`` in the class's own namespace, never
    inherited) promises what the converter's fast path relies on: ``__init__``
    is the one attrs wrote for this class, and it only converts, sets the
    slots, validates and runs ``__attrs_post_init__``.  The rules in the class's
    ``__rules__`` become the start of its ``__attrs_post_init__``, and the
    class gets the shared repr (`govreport._base.fields_repr`).
    """
    if kw_only is not True:
        msg = "govreport's records are keyword-only: write @record(kw_only=True)"
        raise TypeError(msg)
    return _make_record


def is_record(cls: type[Any]) -> bool:
    """Whether `record` made *cls* itself (a subclass of a record is not one)."""
    return cls.__dict__.get(_MARK) is True


if TYPE_CHECKING:
    # mypy's attrs plugin knows attrs.frozen by its name: so it reads the records
    # as the attrs classes they are (keyword-only and frozen fields, evolve).
    from attrs import frozen as record
else:
    record = _record
