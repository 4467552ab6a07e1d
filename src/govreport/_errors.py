"""The one exception every way into govreport raises, and its items."""

from __future__ import annotations

import re
import reprlib
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

import attrs

from ._base import Plain

__all__ = ["ErrorItem", "ValidationError", "ValidationTypeError", "join_path", "short_repr"]

_E = TypeVar("_E", bound="ValidationError")  # typing.Self is 3.11+
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# Messages quote bad input, which may be huge or deeply nested: quote a bounded
# part of it, never the whole (a full repr of 100,000 nested tuples recurses).
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60
_REPR.maxlevel = 2
_REPR.maxtuple = _REPR.maxlist = _REPR.maxdict = _REPR.maxset = 4


def short_repr(value: object) -> str:
    """Return a repr of *value* short enough for an error message."""
    return _REPR.repr(value)


def join_path(prefix: str, key: str | int) -> str:
    """Return *prefix* extended by one object key or array index, JSONPath style."""
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    if _IDENTIFIER.fullmatch(key):
        return f"{prefix}.{key}"
    # Keys that are not identifiers are quoted so that a path stays unambiguous.
    escaped = key.replace("\\", "\\\\").replace("'", "\\'")
    return f"{prefix}['{escaped}']"


@attrs.frozen(repr=False)
class ErrorItem(Plain):
    """One problem found in an input: where it is (`path`) and what is wrong."""

    path: str = attrs.field(validator=attrs.validators.instance_of(str))
    message: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(ValueError):
    """Bad input: `.errors` lists every problem found, each with its path.

    Paths are JSONPath-like and rooted at ``$``, the object being built or read,
    for example ``$.indicators[2].value.amount``.
    """

    errors: tuple[ErrorItem, ...]

    def __init__(self, errors: Iterable[ErrorItem]) -> None:
        self.errors = tuple(errors)
        if not self.errors:
            msg = "a ValidationError needs at least one error"
            raise ValueError(msg)
        super().__init__("\n".join(str(item) for item in self.errors))

    @classmethod
    def at(cls: type[_E], path: str, message: str) -> _E:  # noqa: PYI019
        """Return an error with one item."""
        return cls((ErrorItem(path, message),))

    def under(self: _E, key: str | int) -> _E:  # noqa: PYI019
        """Return the same problems seen from one level up, below *key*."""
        return type(self)(
            ErrorItem(join_path("$", key) + item.path[1:], item.message) for item in self.errors
        )

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[ErrorItem, ...]]]:
        return (type(self), (self.errors,))


class ValidationTypeError(ValidationError, TypeError):
    """A value of the wrong type; also a `TypeError`, as attrs validators raise."""
