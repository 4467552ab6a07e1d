"""What every reader of Vietnamese notation shares: input checks, years, gaps."""

from __future__ import annotations

import re
import unicodedata
from typing import NoReturn

from govreport._errors import ValidationError, ValidationTypeError, short_repr

__all__ = ["GAP", "WORDS", "check_year", "fail", "pick_year", "read_text"]


# Letters that are not Vietnamese but that case-insensitive matching takes for
# Vietnamese ones: long s for s, dotless and dotted I for i, the Kelvin sign for k.
_LOOK_ALIKES = re.compile("[\u0130\u0131\u017f\u212a]")


def read_text(value: object, what: str, *, notation: bool = True) -> str:
    """Return *value* NFC-normalised, or raise if it is not a string.

    Notation (anything but free *text*) must not hold a look-alike letter: a
    reader matching words case-insensitively would take "ſáng" for "sáng".
    """
    if not isinstance(value, str):
        msg = f"expected {what} as a string, got {type(value).__name__} {short_repr(value)}"
        raise ValidationTypeError.at("$", msg)
    text = unicodedata.normalize("NFC", value)
    if notation:
        look_alike = _LOOK_ALIKES.search(text)
        if look_alike:
            msg = (
                f"{short_repr(text)} has the letter {look_alike.group()!r}"
                f" (U+{ord(look_alike.group()):04X}), which Vietnamese does not use"
            )
            raise ValidationError.at("$", msg)
    return text


def fail(what: str, example: str, text: str) -> NoReturn:
    """Raise the error for *text* that does not read as *what*."""
    raise ValidationError.at("$", f"expected {what} like {example!r}, got {short_repr(text)}")


def check_year(year: object) -> int | None:
    """Return the ``year=`` argument of a reader, checked."""
    if year is None:
        return None
    if type(year) is not int:
        msg = f"year must be an int or None, got {type(year).__name__} {short_repr(year)}"
        raise ValidationTypeError.at("$", msg)
    if not 1 <= year <= 9999:  # noqa: PLR2004 -- datetime's range
        msg = f"year must be between 1 and 9999, got {short_repr(year)}"
        raise ValidationError.at("$", msg)
    return year


def pick_year(written: str | None, year: int | None, text: str) -> int:
    """Return the year *text* writes, or the one given, refusing a disagreement."""
    if written is None:
        if year is None:
            msg = f"{short_repr(text)} has no year; pass year= (today's date is never assumed)"
            raise ValidationError.at("$", msg)
        return year
    if int(written) == 0:
        raise ValidationError.at("$", f"{short_repr(text)} names year 0, which does not exist")
    if year is not None and int(written) != year:
        msg = f"{short_repr(text)} says {written} but year={year} was given"
        raise ValidationError.at("$", msg)
    return int(written)


# Space or no-break space: what sources put between a figure and its words.
GAP = "[ \u00a0]+"
WORDS = re.compile(f"(?:{GAP}[^\\s]+)+")
