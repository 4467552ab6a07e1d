"""Numbers written in words, 1 to 999: "mười hai", "hai mươi mốt", "một trăm linh năm"."""

from __future__ import annotations

from govreport._errors import ValidationError, ValidationTypeError, short_repr

from ._base import fail, read_text

__all__ = ["format_number_words", "parse_number_words", "read_ordinal_words"]

_DIGITS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_DIGIT_WORDS = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
# After "mười" or "mươi" a unit digit takes other words: 15 is "mười lăm", 21
# "hai mươi mốt", 24 also "hai mươi tư".  "mười năm" would read as "ten years".
_AFTER_TEN = {**_DIGITS, "lăm": 5, "nhăm": 5, "tư": 4}
del _AFTER_TEN["năm"]
_AFTER_TENS = {**_AFTER_TEN, "mốt": 1}
_EXAMPLE = "hai mươi mốt"


def _read_tens(words: list[str]) -> int | None:  # noqa: PLR0911 -- one return per form
    """Return 0 to 99 written by *words* (no "trăm"), or None."""
    if not words:
        return None
    first, rest = words[0], words[1:]
    if first == "mười":
        if not rest:
            return 10
        if len(rest) == 1 and rest[0] in _AFTER_TEN:
            return 10 + _AFTER_TEN[rest[0]]
        return None
    if len(rest) >= 1 and rest[0] == "mươi" and first in _DIGITS and _DIGITS[first] >= 2:  # noqa: PLR2004
        tens = 10 * _DIGITS[first]
        if len(rest) == 1:
            return tens
        if len(rest) == 2 and rest[1] in _AFTER_TENS:  # noqa: PLR2004
            return tens + _AFTER_TENS[rest[1]]
        return None
    if not rest and first in _DIGITS:
        return _DIGITS[first]
    return None


def _read(words: list[str]) -> int | None:
    if len(words) >= 2 and words[1] == "trăm" and words[0] in _DIGITS:  # noqa: PLR2004
        hundreds = 100 * _DIGITS[words[0]]
        rest = words[2:]
        if not rest:
            return hundreds
        if rest[0] in {"linh", "lẻ"}:
            # "một trăm linh năm" is 105; "một trăm năm", without it, would be 150 in speech.
            if len(rest) == 2 and rest[1] in _DIGITS:  # noqa: PLR2004
                return hundreds + _DIGITS[rest[1]]
            if len(rest) == 2 and rest[1] == "tư":  # noqa: PLR2004
                return hundreds + 4
            return None
        tens = _read_tens(rest)
        return None if tens is None or tens < 10 else hundreds + tens  # noqa: PLR2004
    return _read_tens(words)


def parse_number_words(text: str) -> int:
    """Return the number 1 to 999 written in words: "hai mươi mốt" is 21.

    Read in any case ("Mười Hai") with single spaces: units một … chín (bảy or
    bẩy); "mười" for 10 to 19, with "lăm" for 5 and "tư" or "bốn" for 4 after
    it; "mươi" after the tens digit, with "mốt" for 1; "trăm" for hundreds,
    with "linh" or "lẻ" before a lone unit ("một trăm linh năm", 105).
    Refused: "mười năm" (ten years?), "một trăm năm" (150 in speech, 105 in
    writing), digits, and anything past 999.
    """
    text = read_text(text, "a number in words")
    words = text.lower().split(" ")
    number = _read(words) if all(words) else None
    if number is None or number == 0:
        fail("a number from 1 to 999 in words", _EXAMPLE, text)
    return number


def read_ordinal_words(words: str) -> int | None:
    """Return the ordinal "thứ …" writes in words ("nhất", "tư", "mười hai"), or None."""
    lowered = words.lower()
    if lowered == "nhất":
        return 1
    if lowered == "tư":
        return 4
    if lowered in {"một", "bốn"}:
        return None  # the first and the fourth are "thứ nhất" and "thứ tư"
    try:
        return parse_number_words(words)
    except ValidationError:
        return None


def format_number_words(number: int) -> str:
    """Return *number* (1 to 999) in words, as `parse_number_words` reads it back.

    21 is "hai mươi mốt", 15 "mười lăm", 24 "hai mươi bốn", 105 "một trăm
    linh năm", 110 "một trăm mười".
    """
    if type(number) is not int:
        msg = f"expected an int, got {type(number).__name__} {short_repr(number)}"
        raise ValidationTypeError.at("$", msg)
    if not 1 <= number <= 999:  # noqa: PLR2004
        msg = f"numbers in words run from 1 to 999, got {short_repr(number)}"
        raise ValidationError.at("$", msg)
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words = [_DIGIT_WORDS[hundreds], "trăm"] if hundreds else []
    if tens == 0 and units:
        words += ["linh", _DIGIT_WORDS[units]] if hundreds else [_DIGIT_WORDS[units]]
    elif tens == 1:
        words += ["mười"] + ([("lăm" if units == 5 else _DIGIT_WORDS[units])] if units else [])  # noqa: PLR2004
    elif tens:
        last = {1: "mốt", 5: "lăm"}.get(units, _DIGIT_WORDS[units])
        words += [_DIGIT_WORDS[tens], "mươi"] + ([last] if units else [])
    return " ".join(words)
