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
    "DECIMAL_TEXT",
    "MAX_DECIMAL_DIGITS",
    "WHITE_SPACE",
    "Pattern",
    "check_decimal",
    "check_text",
    "decimal_schema",
    "nfc",
    "nfc_optional",
    "nfc_tuple",
    "pins_type",
    "text_pattern",
]

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_slug_match = SLUG.fullmatch
MAX_DECIMAL_DIGITS = 38
# Counts, numbers and years stay far below this; a bound keeps every valid
# record writable and readable as JSON (Python refuses ints of 4,300+ digits).
MAX_INT = 2**31 - 1

Schema = dict[str, Any]
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


def describe_value(value: object) -> str:
    """Return a short description of *value* for an error message."""
    return f"{type(value).__name__} {short_repr(value)}"


def _type_error(name: str, expected: str, value: object) -> ValidationTypeError:
    return ValidationTypeError.at(
        f"$.{name}", f"{name} must be {expected}, got {describe_value(value)}"
    )


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


# Code points as (first, last) ranges.  Control characters (C0 but tab and line
# breaks, DEL, C1) and lone surrogates (which cannot be written as UTF-8) never
# belong in a record's text.
_CONTROL = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F), (0xD800, 0xDFFF))
_LINE = ((0x09, 0x0A), (0x0D, 0x0D))
# Python's str.strip() white space, spelled out (ECMAScript's \s differs from it).
_WHITE = (
    (0x09, 0x0D), (0x1C, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680),
    (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
)  # fmt: skip
_LAST = 0x10FFFF


def _escape(code: int) -> str:
    # Escapes ECMA-262 (u flag), Python's re and Rust's regex read alike; a
    # character beyond the BMP is written as itself, for no escape of it is.
    if code < 0x100:  # noqa: PLR2004
        return f"\\x{code:02x}"
    if code < 0x10000:  # noqa: PLR2004
        return f"\\u{code:04x}"
    return chr(code)


def _ranges(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(
        _escape(first) if first == last else f"{_escape(first)}-{_escape(last)}"
        for first, last in ranges
    )


def _all_but(
    *excluded: tuple[tuple[int, int], ...], within: tuple[tuple[int, int], ...] = ((0, _LAST),)
) -> str:
    """A character class of the code points *within* but *excluded* and `_CONTROL`.

    Written as the ranges it allows, not as a negated class: a negated class
    matches lone surrogates in ECMA-262, and Rust's regex cannot name them.
    """
    allowed = []
    for low, high in within:
        start = low
        for first, last in sorted(r for group in (*excluded, _CONTROL) for r in group):
            if first > start:
                allowed.append((start, min(first - 1, high)))
            start = max(start, last + 1)
            if start > high:
                break
        if start <= high:
            allowed.append((start, high))
    return f"[{_ranges(tuple(allowed))}]"


WHITE_SPACE = _ranges(_WHITE)
"""The white space of `str.strip` (and of re's ``\\s``), as a character class's body."""
_SPACE = WHITE_SPACE
_BAD_CHARS = f"[{_ranges(_CONTROL)}]"
_LINE_BREAKS = f"[{_ranges(_LINE)}]"


def text_pattern(*, multiline: bool, verbatim: bool) -> str:
    """The regular expression of valid text, as `check_text` and the schema use it.

    Untrusted input meets it, so no part of it can backtrack more than once
    over the text: a verbatim text is white space (never the character that
    ends it, so giving some back matches nothing new), one solid character,
    then any allowed characters, matched in one pass.
    """
    excluded = () if multiline else (_LINE,)
    char = _all_but(*excluded)
    solid = _all_but(*excluded, _WHITE)
    if verbatim:
        space = _all_but(*excluded, within=_WHITE)  # allowed white space
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


def _figure(value: Decimal) -> str:
    """*value* as written, cut in the middle past 60 characters."""
    text = str(value)
    return text if len(text) <= 60 else f"{text[:40]}…{text[-12:]}"  # noqa: PLR2004


def check_decimal(value: Decimal) -> str | None:
    """Return what is wrong with *value* as an exact number, or None.

    At most 38 significant digits in positional notation: the digits from the
    first non-zero one (a whole number's trailing zeros count, "0." does not),
    and at most 38 places after the point.  So "1e999999999", whose positional
    form has a billion digits, is refused.
    """
    if not value.is_finite():
        return f"must be a finite number, got {_figure(value)}"
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 -- finite Decimals have int exponents
    if value.adjusted() >= MAX_DECIMAL_DIGITS or exponent < -MAX_DECIMAL_DIGITS:
        return f"must have at most {MAX_DECIMAL_DIGITS} significant digits, got {_figure(value)}"
    whole, _, fraction = format(value, "f").lstrip("-").partition(".")
    if whole != "0" and len(whole) + len(fraction) > MAX_DECIMAL_DIGITS:
        return f"must have at most {MAX_DECIMAL_DIGITS} significant digits, got {_figure(value)}"
    return None


# A decimal as JSON text writes it: positional notation, no exponent, no "+",
# no leading zeros; check_decimal then counts its digits.
DECIMAL_TEXT = r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?"


def decimal_schema(*, nonnegative: bool) -> Schema:
    """The JSON Schema of an exact number: `DECIMAL_TEXT` within `check_decimal`'s bounds.

    Below 1, at most 38 places; from 1 up, at most 38 digits in all, counted
    through the text's length (no lookahead, which not every engine has).
    """
    digits = MAX_DECIMAL_DIGITS
    limit = 10**digits - 1
    point = r"[1-9][0-9]*\.[0-9]+"
    string: Schema = {
        "type": "string",
        "pattern": f"^{DECIMAL_TEXT}$",
        "anyOf": [
            {"pattern": rf"^-?0(?:\.[0-9]{{1,{digits}}})?$"},
            {"pattern": rf"^-?[1-9][0-9]{{0,{digits - 1}}}$"},
            {"pattern": f"^{point}$", "maxLength": digits + 1},
            {"pattern": f"^-{point}$", "maxLength": digits + 2},
        ],
    }
    integer: Schema = {"type": "integer", "minimum": 0 if nonnegative else -limit, "maximum": limit}
    if nonnegative:
        string["not"] = {"pattern": "^-[0-9.]*[1-9]"}
    return {
        "description": "An exact decimal: a string in positional notation, or an integer.",
        "oneOf": [string, integer],
    }


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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        """A Python expression that is true only if this check passes for *local*.

        Generated structure code tests it instead of calling the validator. It
        may be stricter than the validator (a false sends the input down the
        detailed path, which calls the validator), never looser.  It may put
        objects in *namespace* (the generated code's globals) under names
        starting with *prefix*.  None: the generated code calls the validator.
        """
        del local, namespace, prefix
        return None

    def schema(self, base: Schema) -> Schema:
        """The JSON Schema of the values this check lets through.

        *base* is the schema of the field's declared type (without None, which
        the schema of an optional field adds); a check refines it.
        """
        return base

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


class Pattern:
    """A regular expression compiled on first use.

    Large or non-ASCII character classes take milliseconds to compile, which
    `import govreport` should not pay.
    """

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """Match the whole of *text*, as `re.Pattern.fullmatch` does."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern)
        return compiled.fullmatch(text)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


class _Text(_Check):
    __slots__ = ("meaning", "multiline", "optional", "pattern", "verbatim")

    def __init__(
        self,
        *,
        optional: bool,
        multiline: bool,
        verbatim: bool,
        pattern: Pattern | None,
        meaning: str,
    ) -> None:
        self.optional = optional
        self.multiline = multiline
        self.verbatim = verbatim
        self.pattern = pattern
        self.meaning = meaning

    def __call__(self, _inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is str:
            pattern = self.pattern
            if (not self.verbatim and _plain(value)) or self._valid(value):
                if pattern is None or pattern.fullmatch(value):
                    return
                message = f"must be {self.meaning}, got {short_repr(value)}"
                raise _value_error(attr.name, message)
            problem = check_text(value, multiline=self.multiline, verbatim=self.verbatim) or ""
            raise _value_error(attr.name, problem)
        if value is None and self.optional:
            return
        raise _type_error(attr.name, "a string", value)

    def _valid(self, value: str) -> bool:
        # The happy path in one match; check_text explains a failure.
        key = (self.multiline, self.verbatim)
        valid = _VALID_TEXT.get(key) or _valid_text(*key)
        return valid.fullmatch(value) is not None

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        key = (self.multiline, self.verbatim)
        namespace[prefix] = (_VALID_TEXT.get(key) or _valid_text(*key)).fullmatch
        match = f"{prefix}({local})"
        if not self.verbatim:  # _plain, written out
            match = (
                f"{local}.isprintable() and {local} != '' and {local}[0] != ' '"
                f" and {local}[-1] != ' ' or {match}"
            )
        if self.pattern is not None:
            namespace[prefix + "p"] = self.pattern.fullmatch
            match = f"({match}) and {prefix}p({local})"
        return _optional(self.optional, local, f"type({local}) is str and ({match})")

    def schema(self, base: Schema) -> Schema:
        text = text_pattern(multiline=self.multiline, verbatim=self.verbatim)
        if self.pattern is None:
            return {**base, "pattern": text}
        shape = f"^{self.pattern.pattern}$"
        return {**base, "allOf": [{"pattern": text}, {"pattern": shape}]}


def _optional(optional: bool, local: str, expression: str) -> str:  # noqa: FBT001
    return f"({local} is None or {expression})" if optional else f"({expression})"


def _tuple_of(local: str, namespace: dict[str, Any], prefix: str, ok: Callable[[Any], bool]) -> str:
    namespace[prefix] = ok
    return f"(type({local}) is tuple and (not {local} or {prefix}({local})))"


def text(
    *,
    optional: bool = False,
    multiline: bool = False,
    verbatim: bool = False,
    pattern: Pattern | None = None,
    meaning: str = "",
) -> Validator:
    """Non-blank text, single-line unless *multiline*, trimmed unless *verbatim*.

    With *pattern*, the whole text must also match it; *meaning* says what
    such a text is in the message ("language must be *meaning*, got ...").
    The pattern goes into the JSON Schema as it is: write it so that
    ECMA-262 (with the u flag), Python's re and Rust's regex read it alike,
    with no lookaround and no backtracking.
    """
    return _Text(
        optional=optional, multiline=multiline, verbatim=verbatim, pattern=pattern, meaning=meaning
    )


class _Texts(_Check):
    __slots__ = ()

    @staticmethod
    def _ok(value: tuple[Any, ...]) -> bool:
        valid = _VALID_TEXT.get((True, False)) or _valid_text(True, False)  # noqa: FBT003
        for item in value:  # a loop, faster than all() over a generator
            if type(item) is not str or not (_plain(item) or valid.fullmatch(item)):
                return False
        return True

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        return _tuple_of(local, namespace, prefix, self._ok)

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

    def schema(self, base: Schema) -> Schema:
        pattern = text_pattern(multiline=True, verbatim=False)
        return {**base, "items": {"type": "string", "pattern": pattern}}


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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        namespace[prefix] = _slug_match
        return _optional(self.optional, local, f"type({local}) is str and {prefix}({local})")

    def schema(self, base: Schema) -> Schema:
        return {**base, "pattern": _SLUG_SCHEMA}


_SLUG_SCHEMA = f"^{SLUG.pattern}$"


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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        return _tuple_of(local, namespace, prefix, self._ok)

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

    def schema(self, base: Schema) -> Schema:
        items = {"type": "string", "pattern": _SLUG_SCHEMA}
        return {**base, "items": items, "uniqueItems": self.unique}


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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        return _tuple_of(local, namespace, prefix, self._ok)

    def schema(self, base: Schema) -> Schema:
        return {**base, "items": {"enum": list(self.allowed)}, "uniqueItems": True}


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
            problem = f"must be at least {self.minimum}, got {short_repr(value)}"
            raise _value_error(attr.name, problem)
        if self.maximum is not None and value > self.maximum:
            problem = f"must be at most {self.maximum}, got {short_repr(value)}"
            raise _value_error(attr.name, problem)

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        del namespace, prefix
        bounds = [bound for bound in (self.minimum, self.maximum) if bound is not None]
        if any(type(bound) is not int for bound in bounds):
            return None  # written out, a bound of another type could compare differently
        conditions = [f"type({local}) is int"]
        if self.minimum is not None:
            conditions.append(f"{local} >= {self.minimum}")
        if self.maximum is not None:
            conditions.append(f"{local} <= {self.maximum}")
        return _optional(self.optional, local, " and ".join(conditions))

    def schema(self, base: Schema) -> Schema:
        bounds = {"minimum": self.minimum, "maximum": self.maximum}
        return {**base, **{key: value for key, value in bounds.items() if value is not None}}


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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        del namespace, prefix
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
            raise _value_error(attr.name, f"must not be negative, got {_figure(value)}")

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        namespace[prefix], namespace[prefix + "t"] = check_decimal, Decimal
        expression = f"type({local}) is {prefix}t and {prefix}({local}) is None"
        if self.nonnegative:
            expression += f" and {local} >= 0"
        return _optional(self.optional, local, expression)

    def schema(self, base: Schema) -> Schema:
        del base
        return decimal_schema(nonnegative=self.nonnegative)


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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        namespace[prefix] = dt.date
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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        namespace[prefix] = dt.datetime
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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        namespace[prefix] = self.cls
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

    def inline(self, local: str, namespace: dict[str, Any], prefix: str) -> str | None:
        return _tuple_of(local, namespace, prefix, self._ok)


def instances(cls: type[Any]) -> Validator:
    """A tuple whose items are all instances of *cls*."""
    return _Instances(cls=cls)
