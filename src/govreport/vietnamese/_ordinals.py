"""Roman numerals, terms and sessions as reports write them."""

from __future__ import annotations

from govreport._errors import ValidationError, ValidationTypeError, short_repr

from ._base import fail, read_text
from ._words import format_number_words, read_ordinal_words

__all__ = [
    "format_session",
    "format_term",
    "parse_roman",
    "parse_session",
    "parse_term",
    "to_roman",
]


_ROMAN_VALUES = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(number: int) -> str:
    """Return *number* (1 to 3999) in Roman numerals, subtractive form: 12 is "XII"."""
    if type(number) is not int:
        msg = f"expected an int, got {type(number).__name__} {short_repr(number)}"
        raise ValidationTypeError.at("$", msg)
    if not 1 <= number <= 3999:  # noqa: PLR2004 -- the largest without overlines
        msg = f"Roman numerals run from 1 to 3999, got {short_repr(number)}"
        raise ValidationError.at("$", msg)
    parts = []
    for value, letters in _ROMAN_VALUES:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)


def parse_roman(text: str) -> int:
    """Return the number a Roman numeral writes: "XII" is 12.

    Only the canonical form is read: capitals, subtractive pairs ("IV", not
    "IIII"), 1 to 3999.  "xii", "IIX", "VX" and "" are refused.
    """
    text = read_text(text, "a Roman numeral")
    if not text or any(letter not in _ROMAN_DIGITS for letter in text):
        fail("a Roman numeral in capitals", "XII", text)
    values = [_ROMAN_DIGITS[letter] for letter in text]
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    if not 1 <= total <= 3999 or to_roman(total) != text:  # noqa: PLR2004
        fail("a canonical Roman numeral", "XII", text)
    return total


_TERM_WORDS = ("khóa", "khoá")
_SESSION_WORDS = (("kỳ", "họp"), ("kì", "họp"), ("lần",), ("kỳ",), ("kì",))
_MEETING_WORDS = (("hội", "nghị"), ("đại", "hội"))
_MAX_ORDINAL = 999_999


def _ordinal(word: str) -> int | None:
    """Return the number digits or a Roman numeral write, or None."""
    if word.isascii() and word.isdigit() and word[0] != "0" and len(word) <= 6:  # noqa: PLR2004
        return int(word)
    if word.isascii() and word.isupper():
        try:
            return parse_roman(word)
        except ValidationError:
            return None
    return None


def parse_term(text: str) -> int:
    """Return the term number of "khóa XII" (12), as :class:`~govreport.Meeting` keeps it.

    Both tone placements ("khóa", "khoá"), in any case ("Khóa", "KHÓA"), are
    read, and the phrase may stand in parentheses ("(khóa XII)"); the term is
    a Roman numeral in capitals ("khóa XV") or, as some papers print it,
    digits ("khóa 15").
    """
    text = read_text(text, "a term")
    inner = text[1:-1] if text[:1] == "(" and text[-1:] == ")" else text
    words = inner.split(" ") if " " in inner else inner.split("\u00a0")
    if len(words) != 2 or words[0].lower() not in _TERM_WORDS:  # noqa: PLR2004
        fail("a term", "khóa XII", text)
    number = _ordinal(words[1])
    if number is None:
        fail("a term", "khóa XII", text)
    return number


def format_term(number: int, *, roman: bool = True) -> str:
    """Return "khóa XII" for 12 (or "khóa 12" with ``roman=False``), as `parse_term` reads."""
    if type(number) is not int:
        msg = f"expected an int, got {type(number).__name__} {short_repr(number)}"
        raise ValidationTypeError.at("$", msg)
    if number < 1 or (not roman and number > _MAX_ORDINAL):
        raise ValidationError.at("$", f"a term is a number from 1, got {short_repr(number)}")
    return f"khóa {to_roman(number) if roman else number}"


def _strip_words(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[str] | None:
    for phrase in phrases:
        size = len(phrase)
        if tuple(word.lower() for word in words[:size]) == phrase:
            return words[size:]
    return None


def parse_session(text: str) -> int:
    """Return the session number of "lần thứ 17" (17) or "kỳ họp thứ 5" (5).

    Read: "lần thứ", "kỳ họp thứ", "kì họp thứ", "kỳ thứ", after an optional
    "Hội nghị" or "Đại hội", in any case; the ordinal in digits ("lần thứ
    22"), a Roman numeral ("lần thứ XXVI") or words ("kỳ họp thứ mười hai",
    "Kỳ họp thứ Năm", "lần thứ nhất", "lần thứ tư"); a congress also as
    "Đại hội XIII" or "Đại hội 13".
    """
    text = read_text(text, "a session")
    words = [word for word in text.replace("\u00a0", " ").split(" ") if word]
    if text != text.strip() or not words:
        fail("a session", "kỳ họp thứ 12", text)
    rest = _strip_words(words, _MEETING_WORDS)
    if rest is not None and len(rest) == 1 and words[0].lower() == "đại":
        # "Đại hội XIII", "Đại hội 13": a congress is numbered without "lần thứ".
        number = _ordinal(rest[0])
        if number is not None:
            return number
    rest = _strip_words(rest if rest is not None else words, _SESSION_WORDS)
    if rest is None or len(rest) < 2 or rest[0].lower() != "thứ":  # noqa: PLR2004
        fail("a session", "kỳ họp thứ 12", text)
    ordinal = rest[1:]
    number = _ordinal(ordinal[0]) if len(ordinal) == 1 else None
    if number is None and len(ordinal) <= 5:  # noqa: PLR2004 -- "chín trăm chín mươi chín"
        number = read_ordinal_words(" ".join(ordinal))
    if number is None:
        fail("a session", "kỳ họp thứ 12", text)
    return number


_NUMERALS = ("digits", "roman", "words")


def format_session(number: int, *, style: str = "lần", numeral: str = "digits") -> str:
    """Return the session phrase for *number*, as `parse_session` reads it back.

    *style* is "lần" (a conference, a congress: "lần thứ 17") or "kỳ họp" (a
    council's session: "kỳ họp thứ 5"); *numeral* is "digits", "roman"
    ("lần thứ XXVI") or "words" ("kỳ họp thứ mười hai"; 1 is "nhất" and 4 "tư",
    as ordinals are said).
    """
    if type(number) is not int:
        msg = f"expected an int, got {type(number).__name__} {short_repr(number)}"
        raise ValidationTypeError.at("$", msg)
    if style not in {"lần", "kỳ họp"} or numeral not in _NUMERALS:
        msg = f"style must be 'lần' or 'kỳ họp' and numeral one of {_NUMERALS}"
        raise ValidationError.at("$", msg)
    if not 1 <= number <= _MAX_ORDINAL:
        msg = f"a session is a number from 1 to {_MAX_ORDINAL}, got {short_repr(number)}"
        raise ValidationError.at("$", msg)
    if numeral == "roman":
        written = to_roman(number)
    elif numeral == "words":
        written = {1: "nhất", 4: "tư"}.get(number) or format_number_words(number)
    else:
        written = str(number)
    return f"{style} thứ {written}"
