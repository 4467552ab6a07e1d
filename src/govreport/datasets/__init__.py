"""Reference datasets that ship with govreport, loaded and validated on first use.

>>> from govreport import datasets
>>> datasets.names()
('binh-tan-2023-07-13',)
>>> datasets.binh_tan().meetings[0].session
17
"""

import functools
from importlib import resources

from govreport._errors import ValidationError
from govreport._report import Report
from govreport._serialization import from_json

__all__ = ["binh_tan", "load", "names", "source_text"]

BINH_TAN = "binh-tan-2023-07-13"
_NAMES = (BINH_TAN,)


def names() -> tuple[str, ...]:
    """The names of the bundled datasets, for `load`."""
    return _NAMES


def _check(name: object) -> str:
    # Names are looked up, never used as paths: "../x" is just an unknown name.
    if name not in _NAMES:
        known = ", ".join(_NAMES)
        msg = f"unknown dataset {name!r}; the bundled datasets are: {known}"
        raise ValidationError.at("$", msg)
    assert isinstance(name, str)  # noqa: S101 -- every known name is a str
    return name


@functools.cache
def _load(name: str) -> Report:
    data = resources.files(__package__).joinpath(f"{name}.json").read_bytes()
    return from_json(Report, data)


def load(name: str) -> Report:
    """The bundled dataset *name*, validated; later calls return the same object.

    An unknown name raises `govreport.ValidationError` listing the known names.
    """
    return _load(_check(name))


def source_text(name: str) -> str:
    """The verbatim source article of dataset *name*, as shipped beside it."""
    path = resources.files(__package__).joinpath(f"{_check(name)}.txt")
    return path.read_text(encoding="utf-8")


def binh_tan() -> Report:
    """The report of the Bình Tân district Party committee meeting of 13 July 2023."""
    return load(BINH_TAN)
