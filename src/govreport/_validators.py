"""Field validators and converters shared by every record.

Each factory returns one small callable per field (attrs' own style: a slotted
class plus a factory).  A single callable per field is cheaper than chains of
``and_``/``instance_of``/``deep_iterable`` and lets the message name the field
and the bad value.  Wrong types raise `ValidationTypeError` (a `TypeError` and a
`ValidationError`), bad values `ValidationError`; the path is ``$.<field>``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._errors import ValidationError, ValidationTypeError, short_repr

if TYPE_CHECKING:
    import attrs

__all__ = [
    "MAX_DECIMAL_DIGITS",
    "check_decimal",
    "check_text",
    "nfc",
    "nfc_optional",
    "nfc_tuple",
    "pins_type",
]

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_slug_match = SLUG.fullmatch
MAX_DECIMAL_DIGITS = 38
# Counts, numbers and years stay far below this; a bound keeps every valid
# record writable and readable as JSON (Python refuses ints of 4,300+ digits).
MAX_INT = 2**31 - 1
# Control characters (C0 but tab and line breaks, DEL, C1) and lone surrogates (which
# cannot be written as UTF-8), never belong in a record's text.
_BAD_CHARS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]"
_LINE_BREAKS = r"[\n\r\t]"

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def pins_type(validator: Validator) -> Validator:
    """Mark *validator* as letting through only values of its field's declared type.

    (Or None, where the field is optional.)  An int field's validator so marked
    refuses a bool, a date field's a datetime.  The generated JSON writer
    trusts the declared types of fields so checked and leaves any other class
    to the standard library's encoder; govreport's own validators are marked.
    """
    validator.pins_type = True  # type: ignore[attr-defined]
    return validator


def describe(value: object) -> str:
    """Return a short description of *value* for an error message."""
    return f"{type(value).__name__} {short_repr(value)}"


def _type_error(name: str, expected: str, value: object) -> ValidationTypeError:
    return ValidationTypeError.at(f"$.{name}", f"{name} must be {expected}, got {describe(value)}")


def _value_error(name: str, problem: str) -> ValidationError:
    return ValidationError.at(f"$.{name}", f"{name} {problem}")


def _nfc(value: object) -> object:
    """Return *value* NFC-normalised if it is a string, else unchanged."""
    if type(value) is str:
        return unicodedata.normalize("NFC", value)
    return value


def _nfc_tuple(value: object) -> object:
    """Return a tuple of strings NFC-normalised; anything else unchanged."""
    if type(value) is tuple:
        try:
            return tuple([unicodedata.normalize("NFC", item) for item in value])
        except TypeError:
            pass  # not all strings: the validator says which
    return value


# attrs' mypy plugin types an __init__ parameter as its converter's argument, so the
# converters are declared with the types users pass: a type checker then reports
# `Meeting(title=123)`. At run time they take anything and leave a wrong type to the
# field's validator, which raises ValidationTypeError; `nfc_optional` is `nfc`.
if TYPE_CHECKING:

    def nfc(value: str) -> str:
        """NFC-normalise a text field's value."""

    def nfc_optional(value: str | None) -> str | None:
        """NFC-normalise an optional text field's value."""

    def nfc_tuple(value: tuple[str, ...]) -> tuple[str, ...]:
        """NFC-normalise every item of a tuple of texts."""

else:
    nfc = nfc_optional = _nfc
    nfc_tuple = _nfc_tuple


# Python's str.strip() white space, spelled out (ECMAScript's \s differs from it),
# so that the JSON Schema can carry the same patterns.
_SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_CONTROL = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
_LINE = r"\t\n\r"


def text_pattern(*, multiline: bool, verbatim: bool) -> str:
    """The regular expression of valid text, as `check_text` and the schema use it.

    Untrusted input meets it, so no part of it can backtrack more than once
    over the text: a verbatim text is white space (never the character that
    ends it, so giving some back matches nothing new), one solid character,
    then any allowed characters, matched in one pass.
    """
    forbidden = _CONTROL if multiline else _CONTROL + _LINE
    char = f"[^{forbidden}]"
    solid = f"[^{forbidden}{_SPACE}]"
    if verbatim:
        space = f"(?:(?!{solid}){char})"  # allowed white space
        return f"^{space}*{solid}{char}*$"
    return f"^{solid}(?:{char}*{solid})?$"


def _plain(value: str) -> bool:
    """A quick yes for most valid texts, verbatim ones aside; a no says nothing.

    `str.isprintable` is false for every control, line-break, surrogate and
    white-space character but the ASCII space, so a printable text that neither
    starts nor ends with a space is valid text, single-line or not.  It is about
    twice as fast as the pattern's match.
    """
    return value.isprintable() and value != "" and value[0] != " " and value[-1] != " "


# One match tells a valid text on the happy path; the checks below only explain.
# Compiled on first use: these large character classes cost milliseconds to
# compile, which `import govreport` should not pay.
_VALID_TEXT: dict[tuple[bool, bool], re.Pattern[str]] = {}


def _valid_text(multiline: bool, verbatim: bool) -> re.Pattern[str]:  # noqa: FBT001
    pattern = text_pattern(multiline=multiline, verbatim=verbatim)[1:-1]
    compiled = _VALID_TEXT[multiline, verbatim] = re.compile(pattern)
    return compiled


def check_text(value: str, *, multiline: bool = False, verbatim: bool = False) -> str | None:
    """Return what is wrong with *value* as record text, or None if it is fine.

    A *verbatim* text (a source article) may start or end with white space.
    """
    valid = _VALID_TEXT.get((multiline, verbatim)) or _valid_text(multiline, verbatim)
    if valid.fullmatch(value):
        return None
    if not value.strip():
        return "must not be empty or blank"
    bad = re.search(_BAD_CHARS, value)
    if bad:
        return f"contains the forbidden character {bad.group()!r}"
    if not multiline and re.search(_LINE_BREAKS, value):
        return "must be a single line"
    return "must not start or end with white space"


def check_decimal(value: Decimal) -> str | None:
    """Return what is wrong with *value* as an exact number, or None.

    At most 38 significant digits in positional notation: the digits from the
    first non-zero one (a whole number's trailing zeros count, "0." does not),
    and at most 38 places after the point.  So "1e999999999", whose positional
    form has a billion digits, is refused.
    """
    if not value.is_finite():
        return f"must be a finite number, got {value}"
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 -- finite Decimals have int exponents
    if value.adjusted() >= MAX_DECIMAL_DIGITS or exponent < -MAX_DECIMAL_DIGITS:
        return f"must have at most {MAX_DECIMAL_DIGITS} significant digits, got {value}"
    whole, _, fraction = format(value, "f").lstrip("-").partition(".")
    if whole != "0" and len(whole) + len(fraction) > MAX_DECIMAL_DIGITS:
        return f"must have at most {MAX_DECIMAL_DIGITS} significant digits, got {value}"
    return None


class _Check:
    """Base of the validators below: plain slotted callables.

    They are hand-written rather than attrs classes because each attrs class
    costs about half a millisecond at import, and `import govreport` must stay
    fast; they hold configuration only and are never compared or hashed.
    """

    __slots__ = ()

    @property
    def pins_type(self) -> bool:
        """Whether only values of the field's declared type get through: see `pins_type()`."""
        return True

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        """A Python expression that is true only if this check passes for *local*.

        Generated structure code tests it instead of calling the validator. It
        may be stricter than the validator (a false sends the input down the
        detailed path, which calls the validator), never looser.  It may put
        objects in *names* under names starting with *prefix*.  None: the
        generated code calls the validator.
        """
        del local, names, prefix
        return None

    def __repr__(self) -> str:
        slots: tuple[str, ...] = self.__slots__
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in slots)
        return f"{type(self).__name__}({fields})"


def decimal_key(value: object) -> object:
    """Compare Decimals as written: 1.0 and 1.00, or 0 and -0, are different figures.

    Equal records must give equal JSON, and the JSON keeps a figure's printed
    precision ("6,90%"), so equality compares the positional form JSON writes
    (where 1E+3 and 1000 are the same figure).
    """
    return format(value, "f") if isinstance(value, Decimal) else value


class _Text(_Check):
    __slots__ = ("multiline", "optional", "verbatim")

    def __init__(self, *, optional: bool, multiline: bool, verbatim: bool) -> None:
        self.optional = optional
        self.multiline = multiline
        self.verbatim = verbatim

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is str:
            if not self.verbatim and _plain(value):
                return
            # The happy path in one match; check_text explains a failure.
            problem = check_text(value, multiline=self.multiline, verbatim=self.verbatim)
            if problem is None:
                return
            raise _value_error(attr.name, problem)
        if value is None and self.optional:
            return
        raise _type_error(attr.name, "a string", value)

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        key = (self.multiline, self.verbatim)
        names[prefix] = (_VALID_TEXT.get(key) or _valid_text(*key)).fullmatch
        match = f"{prefix}({local})"
        if not self.verbatim:  # _plain, written out
            match = (
                f"{local}.isprintable() and {local} != '' and {local}[0] != ' '"
                f" and {local}[-1] != ' ' or {match}"
            )
        return _optional(self.optional, local, f"type({local}) is str and ({match})")


def _optional(optional: bool, local: str, expression: str) -> str:  # noqa: FBT001
    return f"({local} is None or {expression})" if optional else f"({expression})"


def _tuple_of(local: str, names: dict[str, Any], prefix: str, ok: Callable[[Any], bool]) -> str:
    names[prefix] = ok
    return f"(type({local}) is tuple and (not {local} or {prefix}({local})))"


def text(*, optional: bool = False, multiline: bool = False, verbatim: bool = False) -> Validator:
    """Non-blank text, single-line unless *multiline*, trimmed unless *verbatim*."""
    return _Text(optional=optional, multiline=multiline, verbatim=verbatim)


class _Texts(_Check):
    __slots__ = ()

    @staticmethod
    def _ok(value: tuple[Any, ...]) -> bool:
        valid = _VALID_TEXT.get((True, False)) or _valid_text(True, False)  # noqa: FBT003
        for item in value:  # a loop, faster than all() over a generator
            if type(item) is not str or not (_plain(item) or valid.fullmatch(item)):
                return False
        return True

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        return _tuple_of(local, names, prefix, self._ok)

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is tuple and self._ok(value):
            return
        if type(value) is not tuple:
            raise _type_error(attr.name, "a tuple of strings", value)
        for index, item in enumerate(value):
            where = f"{attr.name}[{index}]"
            if type(item) is not str:
                raise _type_error(where, "a string", item)
            problem = check_text(item, multiline=True)
            if problem:
                raise _value_error(where, problem)


def texts() -> Validator:
    """A tuple of non-blank strings (evidence quotes)."""
    return _Texts()


class _Slug(_Check):
    __slots__ = ("optional",)

    def __init__(self, *, optional: bool) -> None:
        self.optional = optional

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is str and _slug_match(value):
            return
        if value is None and self.optional:
            return
        if type(value) is not str:
            raise _type_error(attr.name, "a string id", value)
        raise _value_error(
            attr.name,
            f"must be a lowercase ASCII slug like 'quan-uy-binh-tan', got {short_repr(value)}",
        )

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        names[prefix] = _slug_match
        return _optional(self.optional, local, f"type({local}) is str and {prefix}({local})")


def slug(*, optional: bool = False) -> Validator:
    """An id or a reference: a lowercase ASCII slug; None allowed if *optional*."""
    return _Slug(optional=optional)


class _Slugs(_Check):
    __slots__ = ("unique",)

    def __init__(self, *, unique: bool) -> None:
        self.unique = unique

    def _ok(self, value: tuple[Any, ...]) -> bool:
        for item in value:
            if type(item) is not str or not _slug_match(item):
                return False
        return not self.unique or len(set(value)) == len(value)

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        return _tuple_of(local, names, prefix, self._ok)

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is tuple and self._ok(value):
            return
        self._explain(attr.name, value)

    def _explain(self, name: str, value: Any) -> None:
        if type(value) is not tuple:
            raise _type_error(name, "a tuple of string ids", value)
        seen: set[str] = set()
        for index, item in enumerate(value):
            where = f"{name}[{index}]"
            if type(item) is not str:
                raise _type_error(where, "a string id", item)
            if not _slug_match(item):
                raise _value_error(where, f"must be a lowercase ASCII slug, got {short_repr(item)}")
            if item in seen:
                raise _value_error(where, f"repeats {short_repr(item)}")
            seen.add(item)


def slugs(*, unique: bool = True) -> Validator:
    """A tuple of slugs, each at most once if *unique*."""
    return _Slugs(unique=unique)


class _Names(_Check):
    __slots__ = ("allowed",)

    def __init__(self, *, allowed: tuple[str, ...]) -> None:
        self.allowed = allowed

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not tuple:
            raise _type_error(attr.name, "a tuple of field names", value)
        for index, item in enumerate(value):
            where = f"{attr.name}[{index}]"
            if type(item) is not str:
                raise _type_error(where, "a field name", item)
            if item not in self.allowed:
                raise _value_error(where, f"must be one of {self.allowed}, got {short_repr(item)}")
            if item in value[:index]:
                raise _value_error(where, f"repeats {short_repr(item)}")

    def _ok(self, value: tuple[Any, ...]) -> bool:
        allowed = self.allowed
        return all(type(item) is str and item in allowed for item in value) and len(
            set(value)
        ) == len(value)

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        return _tuple_of(local, names, prefix, self._ok)


def names(allowed: tuple[str, ...]) -> Validator:
    """A tuple of distinct names, each one of *allowed* (the `enriched` fields)."""
    return _Names(allowed=allowed)


class _Integer(_Check):
    __slots__ = ("maximum", "minimum", "optional")

    def __init__(self, *, optional: bool, minimum: int | None, maximum: int | None) -> None:
        self.optional = optional
        self.minimum = minimum
        self.maximum = maximum

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is None and self.optional:
            return
        if type(value) is not int:
            raise _type_error(attr.name, "an int", value)
        if self.minimum is not None and value < self.minimum:
            raise _value_error(attr.name, f"must be at least {self.minimum}, got {value}")
        if self.maximum is not None and value > self.maximum:
            raise _value_error(attr.name, f"must be at most {self.maximum}, got {value}")

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        del names, prefix
        bounds = [bound for bound in (self.minimum, self.maximum) if bound is not None]
        if any(type(bound) is not int for bound in bounds):
            return None  # written out, a bound of another type could compare differently
        conditions = [f"type({local}) is int"]
        if self.minimum is not None:
            conditions.append(f"{local} >= {self.minimum}")
        if self.maximum is not None:
            conditions.append(f"{local} <= {self.maximum}")
        return _optional(self.optional, local, " and ".join(conditions))


def integer(
    *, optional: bool = False, minimum: int | None = None, maximum: int = MAX_INT
) -> Validator:
    """An int (never a bool) within the bounds given, at most `MAX_INT` by default."""
    return _Integer(optional=optional, minimum=minimum, maximum=maximum)


class _Boolean(_Check):
    __slots__ = ()

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not bool:
            raise _type_error(attr.name, "a bool", value)

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        del names, prefix
        return f"(type({local}) is bool)"


def boolean() -> Validator:
    """A bool, and nothing that merely looks like one."""
    return _Boolean()


class _Decimal(_Check):
    __slots__ = ("nonnegative", "optional")

    def __init__(self, *, optional: bool, nonnegative: bool) -> None:
        self.optional = optional
        self.nonnegative = nonnegative

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is None and self.optional:
            return
        if type(value) is not Decimal:
            raise _type_error(attr.name, "a Decimal (a float is not exact)", value)
        problem = check_decimal(value)
        if problem:
            raise _value_error(attr.name, problem)
        if self.nonnegative and value < 0:
            raise _value_error(attr.name, f"must not be negative, got {value}")

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        names[prefix], names[prefix + "t"] = check_decimal, Decimal
        expression = f"type({local}) is {prefix}t and {prefix}({local}) is None"
        if self.nonnegative:
            expression += f" and {local} >= 0"
        return _optional(self.optional, local, expression)


def decimal(*, optional: bool = False, nonnegative: bool = False) -> Validator:
    """A finite `Decimal` of at most 38 significant digits in positional notation."""
    return _Decimal(optional=optional, nonnegative=nonnegative)


class _Date(_Check):
    __slots__ = ("optional",)

    def __init__(self, *, optional: bool) -> None:
        self.optional = optional

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is None and self.optional:
            return
        # A datetime is a date subclass, but it carries a time the record cannot keep.
        if type(value) is not dt.date:
            raise _type_error(attr.name, "a datetime.date", value)

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        names[prefix] = dt.date
        return _optional(self.optional, local, f"type({local}) is {prefix}")


def date(*, optional: bool = False) -> Validator:
    """A `datetime.date` (not a datetime, not a string)."""
    return _Date(optional=optional)


class _Timestamp(_Check):
    __slots__ = ("optional",)

    def __init__(self, *, optional: bool) -> None:
        self.optional = optional

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is None and self.optional:
            return
        if type(value) is not dt.datetime:
            raise _type_error(attr.name, "a datetime.datetime", value)
        if value.utcoffset() is None:
            raise _value_error(attr.name, f"needs a UTC offset, got {value.isoformat()}")

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        names[prefix] = dt.datetime
        expression = f"type({local}) is {prefix} and {local}.utcoffset() is not None"
        return _optional(self.optional, local, expression)


def timestamp(*, optional: bool = False) -> Validator:
    """A `datetime.datetime` with a UTC offset: a moment, not a wall-clock reading."""
    return _Timestamp(optional=optional)


class _Instance(_Check):
    __slots__ = ("cls", "optional")

    def __init__(self, *, cls: type[Any], optional: bool) -> None:
        self.cls = cls
        self.optional = optional

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is None and self.optional:
            return
        if not isinstance(value, self.cls):
            raise _type_error(attr.name, f"a {self.cls.__name__}", value)

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        names[prefix] = self.cls
        return _optional(self.optional, local, f"isinstance({local}, {prefix})")

    @property
    def pins_type(self) -> bool:
        """Not for int or its bases: ``isinstance(True, int)``, so an int field may hold a bool."""
        return self.cls is bool or not issubclass(bool, self.cls)


def instance(cls: type[Any], *, optional: bool = False) -> Validator:
    """An instance of *cls* (a value type, record or enum)."""
    return _Instance(cls=cls, optional=optional)


class _Instances(_Check):
    __slots__ = ("cls",)

    def __init__(self, *, cls: type[Any]) -> None:
        self.cls = cls

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not tuple:
            raise _type_error(attr.name, f"a tuple of {self.cls.__name__}", value)
        for index, item in enumerate(value):
            if not isinstance(item, self.cls):
                raise _type_error(f"{attr.name}[{index}]", f"a {self.cls.__name__}", item)

    def _ok(self, value: tuple[Any, ...]) -> bool:
        cls = self.cls
        for item in value:  # noqa: SIM110 -- a loop, faster than all() over a generator
            if not isinstance(item, cls):
                return False
        return True

    def inline(self, local: str, names: dict[str, Any], prefix: str) -> str | None:
        return _tuple_of(local, names, prefix, self._ok)


def instances(cls: type[Any]) -> Validator:
    """A tuple whose items are all instances of *cls*."""
    return _Instances(cls=cls)
