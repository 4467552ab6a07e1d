"""The one exception every way into govreport raises, and its items."""

from __future__ import annotations

import re
import reprlib
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

import attrs

from ._base import fields_repr

__all__ = [
    "MAX_ERRORS",
    "ErrorItem",
    "ErrorList",
    "ValidationError",
    "ValidationTypeError",
    "join_path",
    "printable",
    "short_repr",
]

_E = TypeVar("_E", bound="ValidationError")  # typing.Self is 3.11+
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# Messages quote bad input, which may be huge or deeply nested: quote a bounded
# part of it, never the whole (a full repr of 100,000 nested tuples recurses).
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60
_REPR.maxlevel = 2
_REPR.maxtuple = _REPR.maxlist = _REPR.maxdict = _REPR.maxset = 4


def short_repr(value: object) -> str:
    """Return a repr of *value* short enough for an error message.

    An int too long to write out (Python refuses ints of 4,300+ digits as
    text) is described by its number of digits.
    """
    if type(value) is int and value.bit_length() > _LONG_INT_BITS:
        digits = int(value.bit_length() * 0.30103) + 1  # log10(2): within one
        return f"<an integer of about {digits} digits>"
    try:
        return _REPR.repr(value)
    except ValueError:  # a huge int inside a container, or a failing __repr__
        return f"<{type(value).__name__}>"


# Past about 120 digits, an int is described rather than written.
_LONG_INT_BITS = 400


# How much of an object key a path quotes: keys come from input and may be huge.
_MAX_KEY = 48


_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    """A non-printable character as a Python escape, never the raw character."""
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    if code < 0x100:  # noqa: PLR2004
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"  # noqa: PLR2004


def printable(text: str) -> str:
    r"""Return *text* with every character `str.isprintable` refuses escaped.

    Control characters, line breaks, lone surrogates and format characters
    become ``\\xNN``/``\\uNNNN``, so that quoting input can neither forge an
    output line nor send a terminal an escape sequence.
    """
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def join_path(prefix: str, key: str | int) -> str:
    """Return *prefix* extended by one object key or array index, JSONPath style.

    A key is quoted escaped (see `printable`) and cut to its first 48
    characters (marked by an ellipsis), however long the input's key is.
    """
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    short = key if len(key) <= _MAX_KEY else key[:_MAX_KEY]
    if short is key and _IDENTIFIER.fullmatch(key):
        return f"{prefix}.{key}"
    # Keys that are not identifiers are quoted so that a path stays unambiguous.
    escaped = printable(short.replace("\\", "\\\\").replace("'", "\\'"))
    ellipsis = "" if short is key else "…"
    return f"{prefix}['{escaped}{ellipsis}']"


@attrs.frozen(repr=False)
class ErrorItem:
    """One problem found in an input: where it is (`path`) and what is wrong."""

    __repr__ = fields_repr

    path: str = attrs.field(validator=attrs.validators.instance_of(str))
    message: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


# The most problems one ValidationError lists; past it, one last item counts the rest.
MAX_ERRORS = 1000


@attrs.frozen(repr=False)
class _Omitted(ErrorItem):
    """The last item of a long list: how many problems were found but not listed."""

    count: int = attrs.field(validator=attrs.validators.instance_of(int))

    @classmethod
    def of(cls, count: int) -> _Omitted:
        noun = "error" if count == 1 else "errors"
        return cls("$", f"and {count} more {noun}", count)


class ValidationError(ValueError):
    """Bad input: `.errors` lists every problem found, each with its path.

    Paths are JSONPath-like and rooted at ``$``, the object being built or read,
    for example ``$.indicators[2].value.amount``.  A hostile input may hold
    millions of problems: the first `MAX_ERRORS` (1,000) are listed, and a last
    item at ``$`` says how many more were found ("and 5 more errors").
    """

    errors: tuple[ErrorItem, ...]

    def __init__(self, errors: Iterable[ErrorItem]) -> None:
        kept: list[ErrorItem] = []
        omitted = 0
        for item in errors:
            if type(item) is _Omitted:
                omitted += item.count
            elif len(kept) < MAX_ERRORS:
                kept.append(item)
            else:
                omitted += 1
        if not kept:
            msg = "a ValidationError needs at least one error"
            raise ValueError(msg)
        if omitted:
            kept.append(_Omitted.of(omitted))
        self.errors = tuple(kept)
        super().__init__()

    def __str__(self) -> str:
        return "\n".join(str(item) for item in self.errors)

    @property
    def count(self) -> int:
        """How many problems were found, listed or not."""
        last = self.errors[-1]
        if type(last) is _Omitted:
            return len(self.errors) - 1 + last.count
        return len(self.errors)

    @classmethod
    def at(cls: type[_E], path: str, message: str) -> _E:  # noqa: PYI019
        """Return an error with one item."""
        return cls((ErrorItem(path, message),))

    def under(self: _E, key: str | int) -> _E:  # noqa: PYI019
        """Return the same problems seen from one level up, below *key*."""
        top = join_path("$", key)
        return type(self)(
            item if type(item) is _Omitted else ErrorItem(top + item.path[1:], item.message)
            for item in self.errors
        )

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[ErrorItem, ...]]]:
        return (type(self), (self.errors,))


class ErrorList:
    """Problems gathered one by one, keeping at most `MAX_ERRORS` (the rest counted).

    What collects the problems of a long array or object uses it, so that a
    hostile input with millions of problems costs memory for a thousand.
    """

    __slots__ = ("items", "omitted")

    def __init__(self) -> None:
        self.items: list[ErrorItem] = []
        self.omitted = 0

    def __bool__(self) -> bool:
        return bool(self.items) or self.omitted > 0

    def append(self, item: ErrorItem) -> None:
        """Add one problem."""
        if len(self.items) < MAX_ERRORS:
            self.items.append(item)
        else:
            self.omitted += 1

    def extend(self, items: Iterable[ErrorItem]) -> None:
        """Add problems one by one."""
        for item in items:
            self.append(item)

    def add(self, error: ValidationError, key: str | int | None = None) -> None:
        """Add the problems of *error*, seen below *key* if given."""
        if len(self.items) >= MAX_ERRORS:
            self.omitted += error.count
            return
        if key is not None:
            error = error.under(key)
        self.items.extend(error.errors)

    def error(self) -> ValidationError:
        """The ValidationError listing the problems gathered."""
        if self.omitted:
            return ValidationError([*self.items, _Omitted.of(self.omitted)])
        return ValidationError(self.items)


class ValidationTypeError(ValidationError, TypeError):
    """A value of the wrong type; also a `TypeError`, as attrs validators raise."""
