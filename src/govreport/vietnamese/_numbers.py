"""Figures and quantities in Vietnamese notation: "1.996,2", "20.604 tỷ đồng"."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from types import MappingProxyType

from govreport._errors import ValidationError, ValidationTypeError, short_repr
from govreport._values import Qualifier, Quantity

from ._base import WORDS, fail, read_text

__all__ = [
    "UNITS",
    "format_number",
    "format_quantity",
    "parse_fraction",
    "parse_number",
    "parse_quantity",
]


# Babel has a Vietnamese locale, but its parse_decimal is lenient: it accepts
# misplaced group separators ("1.23" as 123) and strict mode only warns about a
# subset of them.  A figure read wrongly is worse than one refused, so the
# grammar is written out here: groups of exactly three after the first, an
# ungrouped integer part of any length, ASCII digits only, no exponent.
_NUMBER = re.compile(
    r"(?P<sign>[-\u2212])?"
    r"(?P<whole>0|[1-9][0-9]{0,2}(?:\.[0-9]{3})+|[1-9][0-9]*)"
    r"(?:,(?P<fraction>[0-9]+))?"
)


def parse_number(text: str) -> Decimal:
    """Return the exact `Decimal` a Vietnamese figure writes: "1.996,2" is 1996.2.

    A dot groups thousands, in threes after the first group; a comma is the
    decimal mark.  The integer part may also be written without grouping
    ("20604", "2023"), since that cannot be misread.  A leading "-" or the
    Unicode minus "−" makes it negative.  The fraction's digits are kept, so
    "6,90" is ``Decimal("6.90")``.  Refused: misplaced groups ("1.23",
    "1.2345", "1..000"), leading zeros ("01.000"), a bare ",5", exponents,
    NaN, white space anywhere, and digits other than 0-9.
    """
    text = read_text(text, "a number")
    match = _NUMBER.fullmatch(text)
    if match is None:
        fail("a number", "1.996,2", text)
    sign = "-" if match["sign"] else ""
    whole = match["whole"].replace(".", "")
    fraction = match["fraction"] or ""
    return Decimal(f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}")


# The most digits `format_number` writes: Python's own limit for an int as text.
MAX_FIGURE_DIGITS = 4300
_MAX_FIGURE_BITS = 14_300  # a little over 4,300 digits' worth


def format_number(value: Decimal | int) -> str:
    """Return *value* in Vietnamese notation: ``Decimal("1996.2")`` is "1.996,2".

    Thousands are always grouped, and the digits after the decimal mark are
    those of the Decimal's exponent, so `parse_number` gives back an equal
    Decimal with the same exponent (a positive exponent is written out as
    zeros: ``Decimal("1E+3")`` is "1.000").  Negative numbers start with "-".
    """
    if type(value) is int:
        if value.bit_length() > _MAX_FIGURE_BITS:
            raise ValidationError.at("$", f"{short_repr(value)} is too long to write as a figure")
        value = Decimal(value)
    if type(value) is not Decimal:
        msg = f"expected a Decimal or an int, got {type(value).__name__} {short_repr(value)}"
        raise ValidationTypeError.at("$", msg)
    if not value.is_finite():
        raise ValidationError.at("$", f"cannot write {short_repr(value)} as a figure")
    sign, digit_tuple, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # noqa: S101 -- finite, checked above
    # Written out, 1E+999999999 would be a billion zeros: refuse before writing.
    if max(len(digit_tuple), len(digit_tuple) + exponent, -exponent) > MAX_FIGURE_DIGITS:
        msg = f"{short_repr(value)} has more than {MAX_FIGURE_DIGITS} digits written out"
        raise ValidationError.at("$", msg)
    digits = "".join(map(str, digit_tuple))
    if exponent >= 0:
        whole, fraction = digits + "0" * exponent, ""
    else:
        digits = digits.rjust(1 - exponent, "0")
        whole, fraction = digits[:exponent], digits[exponent:]
    whole = whole.lstrip("0") or "0"
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    text = ("-" if sign else "") + ".".join(groups)
    return f"{text},{fraction}" if fraction else text


# Documented in govreport.vietnamese.  The first word of each code is the one
# format_quantity writes.
UNITS = MappingProxyType(
    {
        "%": "%",
        "phần trăm": "%",
        "đồng": "VND",
        "VNĐ": "VND",
        "VND": "VND",
        "USD": "USD",
        "người": "person",
        "dân": "person",
        "hộ": "household",
        "hộ dân": "household",
        "hộ gia đình": "household",
        "đảng viên": "party-member",
        "doanh nghiệp": "enterprise",
        "dự án": "project",
        "vụ": "case",
        "lượt": "visit",
        "chỉ tiêu": "target",
        "phường": "ward",
        "xã": "commune",
        "thị trấn": "township",
        "ha": "ha",
        "héc-ta": "ha",
        "tấn": "tonne",
        "km": "km",
        "năm": "year",
        "tháng": "month",
        "ngày": "day",
    }
)

_CANONICAL_UNIT: dict[str, str] = {}
for _word, _code in UNITS.items():
    _CANONICAL_UNIT.setdefault(_code, _word)
# A known word matched in another case ("Đồng") is more likely a slip than a new unit.
_FOLDED_UNITS = {word.casefold(): word for word in UNITS}

_MAGNITUDES = {
    ("nghìn",): 3,
    ("ngàn",): 3,
    ("vạn",): 4,
    ("triệu",): 6,
    ("tỷ",): 9,
    ("tỉ",): 9,
    ("nghìn", "tỷ"): 12,
    ("nghìn", "tỉ"): 12,
    ("ngàn", "tỷ"): 12,
    ("ngàn", "tỉ"): 12,
    ("triệu", "tỷ"): 15,
    ("triệu", "tỉ"): 15,
}
_MAGNITUDE_WORDS = frozenset(word for words in _MAGNITUDES for word in words)
_MAGNITUDEWORDS = {
    0: "",
    3: "nghìn ",
    4: "vạn ",
    6: "triệu ",
    9: "tỷ ",
    12: "nghìn tỷ ",
    15: "triệu tỷ ",
}

# Words before a figure that qualify it, longest first where one starts another.
_QUALIFIER_PREFIXES: tuple[tuple[tuple[str, ...], Qualifier], ...] = (
    (("ước", "đạt"), Qualifier.ESTIMATED),
    (("ước", "tính"), Qualifier.ESTIMATED),
    (("ước",), Qualifier.ESTIMATED),
    (("khoảng",), Qualifier.ABOUT),
    (("xấp", "xỉ"), Qualifier.ABOUT),
    (("dự", "kiến"), Qualifier.EXPECTED),
    (("trên",), Qualifier.MORE_THAN),
    (("hơn",), Qualifier.MORE_THAN),
    (("ít", "nhất"), Qualifier.AT_LEAST),
    (("tối", "thiểu"), Qualifier.AT_LEAST),
    (("gần",), Qualifier.NEARLY),
    (("dưới",), Qualifier.LESS_THAN),
    (("tối", "đa"), Qualifier.AT_MOST),
    (("không", "quá"), Qualifier.AT_MOST),
)
# "80% trở lên", "từ 80% trở lên": the amount or more.
_QUALIFIER_SUFFIXES = {("trở", "lên"): Qualifier.AT_LEAST, ("trở", "xuống"): Qualifier.AT_MOST}
_GAPS = " \u00a0"
_NUMBER_CHARS = frozenset("0123456789.,-\u2212")
# Besides letters, what a unit's word may hold: "km²", "m³", "héc-ta".
_UNIT_CHARS = frozenset("0123456789²³-'’.")
_QUANTITY_EXAMPLE = "trên 20.604 tỷ đồng"


def _split_words(text: str, what: str, example: str) -> list[str]:
    """Return the words of *text*, separated by spaces or no-break spaces only."""
    words = []
    start = 0
    length = len(text)
    for index, char in enumerate(text):
        if char in _GAPS:
            if index == start:
                if index == 0:
                    fail(what, example, text)
            else:
                words.append(text[start:index])
            start = index + 1
        elif char.isspace():
            fail(what, example, text)
    if start == length:
        fail(what, example, text)
    words.append(text[start:])
    return words


def _take_prefix(words: list[str]) -> tuple[Qualifier | None, list[str]]:
    """Return the qualifier the first words write (in lower case or capitalised), and the rest."""
    for phrase, qualifier in _QUALIFIER_PREFIXES:
        size = len(phrase)
        head = words[:size]
        if len(head) < size or tuple(head[1:]) != phrase[1:]:
            continue
        if head[0][:1].lower() + head[0][1:] == phrase[0]:
            return qualifier, words[size:]
    return None, words


def _is_unit_word(word: str) -> bool:
    if not word[0].isalpha():
        return False
    return all(char.isalpha() or char in _UNIT_CHARS or _is_mark(char) for char in word)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _unit_problem(unit: str) -> str | None:
    """Return why *unit* cannot stand as a unit written in words, or None."""
    words = unit.split(" ")
    if not all(words) or not all(map(_is_unit_word, words)):
        return "must be words of letters separated by single spaces"
    if any(word in _MAGNITUDE_WORDS for word in words):
        return "must not hold a magnitude word (nghìn, triệu, tỷ …), which sets the scale"
    if tuple(words[-2:]) in _QUALIFIER_SUFFIXES:
        return "must not end in 'trở lên' or 'trở xuống', which qualify the figure"
    known = _FOLDED_UNITS.get(unit.casefold())
    if known is not None and known != unit:
        return f"is {known!r} in another case; write {known!r}"
    return None


def _unit(words: list[str], text: str) -> str:
    """Return the unit code of a known word, or the words themselves."""
    if not words:
        msg = f"{short_repr(text)} has no unit word; see govreport.vietnamese.UNITS"
        raise ValidationError.at("$", msg)
    unit = " ".join(words)
    code = UNITS.get(unit)
    if code is not None:
        return code
    problem = _unit_problem(unit)
    if problem is not None:
        msg = f"unit {unit!r} in {short_repr(text)} {problem}"
        raise ValidationError.at("$", msg)
    return unit


def _quantity(
    amount: Decimal,
    unit: str,
    scale: int,
    text: str,
    *,
    per: str | None = None,
    qualifier: Qualifier | None = None,
) -> Quantity:
    try:
        return Quantity(amount=amount, unit=unit, scale=scale, per=per, qualifier=qualifier)
    except ValidationError as error:
        problems = "; ".join(item.message for item in error.errors)
        raise ValidationError.at("$", f"{short_repr(text)}: {problems}") from None


def _count(token: str) -> Decimal:
    """Read a figure, or a count zero-padded to two digits as documents number them ("04")."""
    if len(token) == 2 and token[0] == "0" and token[1] in "123456789":  # noqa: PLR2004
        return Decimal(token[1])
    return parse_number(token)


def parse_quantity(text: str) -> Quantity:
    """Return the :class:`~govreport.Quantity` a figure with its words writes.

    "20.604 tỷ đồng" is amount 20604, unit "VND", scale 9; "6,97%" (or
    "6,97 %") is amount 6.97, unit "%", scale 0; "50.000 dân" is 50000
    ``person``.  An optional magnitude word sets the scale: nghìn or ngàn (3),
    vạn (4), triệu (6), tỷ or tỉ (9), nghìn tỷ (12) and triệu tỷ (15).

    The unit words follow: a word of `UNITS` gives its code, and any other
    noun phrase is kept as written ("268 đại biểu" has unit "đại biểu",
    "04 Nghị quyết" unit "Nghị quyết"); a unit may stick to the figure
    ("10,09km²").  A slash makes a rate: "7,54%/năm" is per "year".  A word
    before the figure qualifies it (khoảng, ước, ước đạt, ước tính, xấp xỉ,
    dự kiến, trên, hơn, ít nhất, tối thiểu, gần, dưới, tối đa, không quá), as
    do "trở lên" and "trở xuống" after it.  A bare "20 triệu" is refused,
    since a quantity without its unit cannot be compared with anything.
    Words are separated by spaces or no-break spaces.
    """
    text = read_text(text, "a quantity")
    words = _split_words(text, "a quantity", _QUANTITY_EXAMPLE)
    qualifier, words = _take_prefix(words)
    if not words:
        fail("a quantity", _QUANTITY_EXAMPLE, text)
    if qualifier is None and words[0] == "từ" and tuple(words[-2:]) == ("trở", "lên"):
        words = words[1:]  # "từ 80% trở lên"
    suffix = _QUALIFIER_SUFFIXES.get((words[-2], words[-1])) if len(words) > 2 else None  # noqa: PLR2004
    if suffix is not None:
        if qualifier is not None:
            fail("a quantity with one qualifier", _QUANTITY_EXAMPLE, text)
        qualifier, words = suffix, words[:-2]
    first = words[0]
    cut = 0
    while cut < len(first) and first[cut] in _NUMBER_CHARS:
        cut += 1
    try:
        amount = _count(first[:cut])
    except ValidationError:
        fail("a quantity", _QUANTITY_EXAMPLE, text)
    rest = words[1:]
    if cut < len(first):
        attached = first[cut:]
        if attached[0] != "%" and (attached in _MAGNITUDE_WORDS or not attached[0].isalpha()):
            fail("a quantity", _QUANTITY_EXAMPLE, text)
        rest = [attached, *rest]
    return _read_unit(amount, rest, text, qualifier)


def _read_unit(
    amount: Decimal, words: list[str], text: str, qualifier: Qualifier | None
) -> Quantity:
    scale = 0
    for size in (2, 1):
        if tuple(words[:size]) in _MAGNITUDES:
            scale = _MAGNITUDES[tuple(words[:size])]
            words = words[size:]
            break
    per = None
    if words and "/" in words[-1]:
        last, _, per_word = words[-1].rpartition("/")
        if not last or not per_word or "/" in last:
            fail("a rate", "7,54%/năm", text)
        words = [*words[:-1], last]
        # "7 Đ/C" (đồng chí) is an abbreviation, not 7 "Đ" per "C": the unit after
        # the slash is a word of UNITS or a lowercase symbol of two letters or more.
        if per_word not in UNITS and (len(per_word) < 2 or not per_word[0].islower()):  # noqa: PLR2004
            fail("a rate", "7,54%/năm", text)
        per = _unit([per_word], text)
    if words and words[0].startswith("%"):
        if words != ["%"]:
            fail("a quantity", _QUANTITY_EXAMPLE, text)
        unit = "%"
    else:
        unit = _unit(words, text)
    if unit == "%" and scale:
        raise ValidationError.at("$", f"a percentage has no magnitude word: {short_repr(text)}")
    if per == "%":
        fail("a rate", "7,54%/năm", text)
    return _quantity(amount, unit, scale, text, per=per, qualifier=qualifier)


def _unit_word(unit: str, what: str) -> str:
    word = _CANONICAL_UNIT.get(unit)
    if word is not None:
        return word
    problem = _unit_problem(unit)
    if problem is None and unit in UNITS:
        problem = f"is the word for unit {UNITS[unit]!r}; write that code"
    if problem is not None:
        raise ValidationError.at("$", f"{what} {unit!r} cannot be written: it {problem}")
    return unit


def format_quantity(quantity: Quantity) -> str:
    """Return *quantity* as a newspaper prints it: "20.604 tỷ đồng", "trên 6,97%".

    A known unit is written with its first word in `UNITS` ("người" for
    ``person``), any other unit as it is; the scale with its magnitude word,
    a rate with a slash ("7,54%/năm") and a qualifier with its word before
    the figure (`~govreport.Qualifier.vietnamese`), so `parse_quantity`
    reads the text back to an equal quantity.  Scales without a word (other
    than 0, 3, 4, 6, 9, 12 and 15), and units that would read back as
    something else (a word of `UNITS` standing for another code, a magnitude
    word, anything but words of letters), raise
    :class:`~govreport.ValidationError`.
    """
    given: object = quantity  # callers without a type checker pass anything
    if not isinstance(given, Quantity):
        msg = f"expected a Quantity, got {type(given).__name__} {given!r}"
        raise ValidationTypeError.at("$", msg)
    word = "%" if quantity.unit == "%" else _unit_word(quantity.unit, "unit")
    magnitude = _MAGNITUDEWORDS.get(quantity.scale)
    if magnitude is None or (word == "%" and magnitude):
        raise ValidationError.at("$", f"scale {quantity.scale} has no word for {word!r}")
    number = format_number(quantity.amount)
    text = f"{number}%" if word == "%" else f"{number} {magnitude}{word}"
    if quantity.per is not None:
        if quantity.per == "%":
            raise ValidationError.at("$", "a rate cannot be per '%'")
        text += "/" + _unit_word(quantity.per, "per")
    if quantity.qualifier is not None:
        text = f"{quantity.qualifier.vietnamese} {text}"
    return text


_FRACTION = re.compile(r"(?P<part>[0-9.]+)/(?P<whole>[0-9.]+)(?P<rest>.*)", re.DOTALL)


def parse_fraction(text: str) -> tuple[Quantity, Quantity]:
    """Return the part and the whole of "9/10 phường" (9 of the 10 wards).

    Both are whole numbers in Vietnamese notation ("1.200/1.500 hộ"), the
    part at most the whole, and a unit word from `UNITS` (not "%") follows;
    without one "9/10" would read as well as a date.
    """
    text = read_text(text, "a fraction")
    match = _FRACTION.fullmatch(text)
    if match is None or not WORDS.fullmatch(match["rest"]):
        fail("a fraction", "9/10 phường", text)
    try:
        part, whole = parse_number(match["part"]), parse_number(match["whole"])
    except ValidationError:
        fail("a fraction", "9/10 phường", text)
    unit = _unit(match["rest"].split(), text)
    if unit == "%" or whole <= 0 or part > whole:
        msg = f"{short_repr(text)} is not a part of a whole counted in a unit"
        raise ValidationError.at("$", msg)
    return _quantity(part, unit, 0, text), _quantity(whole, unit, 0, text)
