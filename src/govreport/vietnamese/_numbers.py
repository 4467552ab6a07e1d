"""Figures and quantities in Vietnamese notation: "1.996,2", "20.604 tỷ đồng"."""

from __future__ import annotations

import re
from decimal import Decimal
from types import MappingProxyType

from govreport._errors import ValidationError, ValidationTypeError, short_repr
from govreport._values import Quantity

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


def format_number(value: Decimal | int) -> str:
    """Return *value* in Vietnamese notation: ``Decimal("1996.2")`` is "1.996,2".

    Thousands are always grouped, and the digits after the decimal mark are
    those of the Decimal's exponent, so `parse_number` gives back an equal
    Decimal with the same exponent (a positive exponent is written out as
    zeros: ``Decimal("1E+3")`` is "1.000").  Negative numbers start with "-".
    """
    if type(value) is int:
        value = Decimal(value)
    if type(value) is not Decimal:
        msg = f"expected a Decimal or an int, got {type(value).__name__} {short_repr(value)}"
        raise ValidationTypeError.at("$", msg)
    if not value.is_finite():
        raise ValidationError.at("$", f"cannot write {short_repr(value)} as a figure")
    sign, digit_tuple, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # noqa: S101 -- finite, checked above
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

_MAGNITUDES = {
    ("nghìn",): 3,
    ("ngàn",): 3,
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
_MAGNITUDEWORDS = {0: "", 3: "nghìn ", 6: "triệu ", 9: "tỷ ", 12: "nghìn tỷ ", 15: "triệu tỷ "}
_FIGURE = re.compile(r"(?P<number>[^\s%]*)(?P<rest>.*)", re.DOTALL)


def _unit_code(words: list[str], text: str) -> str:
    if not words:
        msg = f"{short_repr(text)} has no unit word; see govreport.vietnamese.UNITS"
        raise ValidationError.at("$", msg)
    unit = " ".join(words)
    code = UNITS.get(unit)
    if code is None:
        msg = f"unknown unit {unit!r} in {short_repr(text)}; see govreport.vietnamese.UNITS"
        raise ValidationError.at("$", msg)
    return code


def _quantity(amount: Decimal, unit: str, scale: int, text: str) -> Quantity:
    try:
        return Quantity(amount=amount, unit=unit, scale=scale)
    except ValidationError as error:
        problems = "; ".join(item.message for item in error.errors)
        raise ValidationError.at("$", f"{short_repr(text)}: {problems}") from None


def parse_quantity(text: str) -> Quantity:
    """Return the :class:`~govreport.Quantity` a figure with its words writes.

    "20.604 tỷ đồng" is amount 20604, unit "VND", scale 9; "6,97%" (or
    "6,97 %") is amount 6.97, unit "%", scale 0; "50.000 dân" is 50000
    ``person``.  An optional magnitude word sets the scale: nghìn or ngàn (3),
    triệu (6), tỷ or tỉ (9), nghìn tỷ (12) and triệu tỷ (15).  A unit word from
    `UNITS` is required: a bare "20 triệu" is refused, since a quantity
    without its unit cannot be compared with anything.  Words are separated
    by spaces or no-break spaces.
    """
    text = read_text(text, "a quantity")
    match = _FIGURE.fullmatch(text)
    assert match is not None  # noqa: S101 -- the pattern matches any text
    try:
        amount = parse_number(match["number"])
    except ValidationError:
        fail("a quantity", "20.604 tỷ đồng", text)
    rest = match["rest"]
    if rest == "%":
        return _quantity(amount, "%", 0, text)
    if rest and not WORDS.fullmatch(rest):
        fail("a quantity", "20.604 tỷ đồng", text)
    words = rest.split()
    scale = 0
    for size in (2, 1):
        if tuple(words[:size]) in _MAGNITUDES:
            scale = _MAGNITUDES[tuple(words[:size])]
            words = words[size:]
            break
    unit = _unit_code(words, text)
    if unit == "%" and scale:
        raise ValidationError.at("$", f"a percentage has no magnitude word: {short_repr(text)}")
    return _quantity(amount, unit, scale, text)


def format_quantity(quantity: Quantity) -> str:
    """Return *quantity* as a newspaper prints it: "20.604 tỷ đồng", "6,97%".

    The unit is written with its first word in `UNITS` ("người" for
    ``person``) and the scale with its magnitude word, so `parse_quantity`
    reads the text back to an equal quantity.  Units outside `UNITS` and
    scales without a word (other than 0, 3, 6, 9, 12 and 15) raise
    :class:`~govreport.ValidationError`.
    """
    given: object = quantity  # callers without a type checker pass anything
    if not isinstance(given, Quantity):
        msg = f"expected a Quantity, got {type(given).__name__} {given!r}"
        raise ValidationTypeError.at("$", msg)
    word = _CANONICAL_UNIT.get(quantity.unit)
    if word is None:
        raise ValidationError.at("$", f"unit {quantity.unit!r} has no Vietnamese word")
    magnitude = _MAGNITUDEWORDS.get(quantity.scale)
    if magnitude is None or (word == "%" and magnitude):
        raise ValidationError.at("$", f"scale {quantity.scale} has no word for {word!r}")
    number = format_number(quantity.amount)
    return f"{number}%" if word == "%" else f"{number} {magnitude}{word}"


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
    unit = _unit_code(match["rest"].split(), text)
    if unit == "%" or whole <= 0 or part > whole:
        msg = f"{short_repr(text)} is not a part of a whole counted in a unit"
        raise ValidationError.at("$", msg)
    return _quantity(part, unit, 0, text), _quantity(whole, unit, 0, text)
