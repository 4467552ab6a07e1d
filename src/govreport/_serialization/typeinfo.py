"""Reading the field types of records: optional values, tuples, enums."""

import enum
import types
import typing
from typing import Any

__all__ = ["is_enum", "is_optional", "is_tuple", "optional_inner", "tuple_item"]


def optional_inner(cls: Any) -> Any:
    """Return X for ``X | None``, else None."""
    if typing.get_origin(cls) not in (typing.Union, types.UnionType):
        return None
    args = [arg for arg in typing.get_args(cls) if arg is not type(None)]
    if len(args) != 1 or len(typing.get_args(cls)) != 2:  # noqa: PLR2004 -- X and None
        return None
    return args[0]


def tuple_item(cls: Any) -> Any:
    """Return X for ``tuple[X, ...]``, else None."""
    if typing.get_origin(cls) is not tuple:
        return None
    args = typing.get_args(cls)
    if len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004 -- (X, ...)
        return args[0]
    return None


def is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def is_optional(cls: Any) -> bool:
    return optional_inner(cls) is not None


def is_tuple(cls: Any) -> bool:
    return tuple_item(cls) is not None
