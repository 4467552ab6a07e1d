"""Phrases that relate a figure to another: "đạt 89,59% kế hoạch", "tăng 6,97% so với cùng kỳ"."""

from __future__ import annotations

import attrs

from govreport._errors import ValidationError, ValidationTypeError, short_repr
from govreport._values import Attainment, Direction, Movement, Qualifier, TargetKind

from ._base import read_text
from ._days import split_words
from ._numbers import format_quantity, parse_quantity

__all__ = ["format_attainment", "format_change", "parse_attainment", "parse_change"]

_ATTAINMENT_EXAMPLE = "đạt 89,59% kế hoạch"
_CHANGE_EXAMPLE = "tăng 6,97% so với cùng kỳ"
# The words of each target, the first of them the one `format_attainment` writes.
_TARGETS: tuple[tuple[tuple[str, ...], TargetKind], ...] = (
    (("kế", "hoạch"), TargetKind.PLAN),
    (("dự", "toán", "pháp", "lệnh"), TargetKind.STATUTORY),
    (("dự", "toán"), TargetKind.ESTIMATE),
    (("chỉ", "tiêu", "pháp", "lệnh"), TargetKind.STATUTORY),
    (("chỉ", "tiêu", "nghị", "quyết"), TargetKind.RESOLUTION),
    (("chỉ", "tiêu", "được", "giao"), TargetKind.ASSIGNED),
    (("chỉ", "tiêu", "giao"), TargetKind.ASSIGNED),
    (("chuẩn",), TargetKind.PROGRAM),
)
_TARGET_WORDS = {
    TargetKind.PLAN: "kế hoạch",
    TargetKind.ESTIMATE: "dự toán",
    TargetKind.STATUTORY: "chỉ tiêu pháp lệnh",
    TargetKind.RESOLUTION: "chỉ tiêu nghị quyết",
    TargetKind.ASSIGNED: "chỉ tiêu giao",
    TargetKind.PROGRAM: "chuẩn",
}
_VERBS = {"đạt": False, "bằng": False, "vượt": True}
_MOVES = {"tăng": Direction.INCREASE, "giảm": Direction.DECREASE}


def _fail(what: str, example: str, text: str) -> ValidationError:
    return ValidationError.at("$", f"expected {what} like {example!r}, got {short_repr(text)}")


def _split(text: str, what: str, example: str) -> tuple[list[str], list[str]]:
    text = read_text(text, what)
    # A phrase often stands in parentheses after its figure: "(đạt 72,9% dự toán)".
    inner = text[1:-1] if text[:1] == "(" and text[-1:] == ")" else text
    words = split_words(inner, what, example)
    return words, [word.lower() for word in words]


def _read_target(words: list[str], text: str) -> tuple[TargetKind, bool]:
    """Return the target kind and whether it is the year's, from the words after the figure."""
    if words[:2] == ["so", "với"]:
        words = words[2:]
    elif words[:1] == ["so"]:
        words = words[1:]
    annual = False
    if words[-2:] == ["cả", "năm"]:
        words, annual = words[:-2], True
    elif words[-1:] == ["năm"]:
        words, annual = words[:-1], True
    for phrase, kind in _TARGETS:
        if tuple(words) == phrase:
            return kind, annual
    raise _fail("an attainment", _ATTAINMENT_EXAMPLE, text)


def parse_attainment(text: str) -> Attainment:
    """Return the :class:`~govreport.Attainment` a phrase states.

    "đạt 89,59% kế hoạch" is 89.59% of the plan; "bằng" reads as "đạt", and
    "vượt 5% kế hoạch" passes the plan by 5%.  "ước đạt" makes the share an
    estimate, and the share may be qualified ("đạt trên 50% dự toán").  The
    target follows, after an optional "so với" or "so": kế hoạch (plan), dự
    toán (estimate), chỉ tiêu pháp lệnh or dự toán pháp lệnh (statutory), chỉ
    tiêu nghị quyết, chỉ tiêu giao or chỉ tiêu được giao (assigned), chuẩn;
    "năm" or "cả năm" after it marks the year's target.  Words are matched in
    any case; the verb may be left out ("90,7% dự toán pháp lệnh") and the
    phrase may stand in parentheses ("(đạt 72,9% dự toán)").
    """
    words, lowered = _split(text, "an attainment", _ATTAINMENT_EXAMPLE)
    estimated = lowered[0] == "ước"
    if estimated:
        words, lowered = words[1:], lowered[1:]
    if lowered[:1] and lowered[0][:1].isdigit():
        # "90,7% dự toán pháp lệnh": the verb may be left out.
        words, lowered = ["đạt", *words], ["đạt", *lowered]
    if not lowered or lowered[0] not in _VERBS:
        raise _fail("an attainment", _ATTAINMENT_EXAMPLE, text)
    exceeded = _VERBS[lowered[0]]
    cut = next((i for i, word in enumerate(words) if word.endswith("%")), None)
    if cut is None or cut + 1 == len(words):
        raise _fail("an attainment", _ATTAINMENT_EXAMPLE, text)
    try:
        share = parse_quantity(" ".join(words[1 : cut + 1]))
    except ValidationError:
        raise _fail("an attainment", _ATTAINMENT_EXAMPLE, text) from None
    if estimated:
        if share.qualifier is not None:
            raise _fail("an attainment with one qualifier", _ATTAINMENT_EXAMPLE, text)
        share = attrs.evolve(share, qualifier=Qualifier.ESTIMATED)
    target, annual = _read_target(lowered[cut + 1 :], text)
    return Attainment(share=share, target=target, exceeded=exceeded, annual=annual)


def format_attainment(attainment: Attainment) -> str:
    """Return *attainment* as "đạt 89,59% kế hoạch", read back by `parse_attainment`."""
    given: object = attainment  # callers without a type checker pass anything
    if not isinstance(given, Attainment):
        msg = f"expected an Attainment, got {type(given).__name__} {short_repr(given)}"
        raise ValidationTypeError.at("$", msg)
    share = attainment.share
    verb = "vượt" if attainment.exceeded else "đạt"
    if share.qualifier is Qualifier.ESTIMATED:
        verb, share = f"ước {verb}", attrs.evolve(share, qualifier=None)
    target = _TARGET_WORDS[attainment.target] + (" năm" if attainment.annual else "")
    return f"{verb} {format_quantity(share)} {target}"


def _read_verb(words: list[str], text: str) -> tuple[Direction, bool, int]:
    """Return the direction, whether a multiple, and how many words the verb takes."""
    if words[:1] == ["gấp"]:
        return Direction.INCREASE, True, 1
    if words[:2] == ["tăng", "gấp"]:
        return Direction.INCREASE, True, 2
    if words[:1] and words[0] in _MOVES:
        return _MOVES[words[0]], False, 1
    raise _fail("a change", _CHANGE_EXAMPLE, text)


def parse_change(text: str) -> Movement:
    """Return the :class:`~govreport.Movement` a phrase states.

    "tăng 6,97% so với cùng kỳ" is an increase of 6.97% against "cùng kỳ";
    "giảm 12 vụ" a decrease by 12 cases; "tăng 2,2 lần" an increase by a
    multiple; "gấp 1,7 lần" (or "tăng gấp 1,7 lần") 1.7 times the baseline;
    "không đổi" no change.  The amount is any figure `parse_quantity` reads
    ("tăng gần 2 lần", "giảm hơn 10.221 tỷ đồng"); the baseline, after "so
    với" or "so", is kept in its words ("so với cùng kỳ năm 2022").
    """
    words, lowered = _split(text, "a change", _CHANGE_EXAMPLE)
    cut = len(words)
    for index, word in enumerate(lowered):
        if word == "so":
            cut = index
            break
    baseline_words = words[cut + 2 :] if lowered[cut + 1 : cut + 2] == ["với"] else words[cut + 1 :]
    if cut < len(words) and not baseline_words:
        raise _fail("a change", _CHANGE_EXAMPLE, text)
    baseline = " ".join(baseline_words) or None
    head, low = words[:cut], lowered[:cut]
    if low == ["không", "đổi"]:
        return Movement(direction=Direction.UNCHANGED, baseline=baseline)
    direction, multiple, size = _read_verb(low, text)
    head = head[size:]
    amount = None
    if head:
        try:
            amount = parse_quantity(" ".join(head))
        except ValidationError:
            raise _fail("a change", _CHANGE_EXAMPLE, text) from None
    try:
        return Movement(direction=direction, amount=amount, multiple=multiple, baseline=baseline)
    except ValidationError as error:
        problems = "; ".join(item.message for item in error.errors)
        raise ValidationError.at("$", f"{short_repr(text)}: {problems}") from None


def format_change(change: Movement) -> str:
    """Return *change* as "tăng 6,97% so với cùng kỳ", read back by `parse_change`."""
    given: object = change  # callers without a type checker pass anything
    if not isinstance(given, Movement):
        msg = f"expected a Movement, got {type(given).__name__} {short_repr(given)}"
        raise ValidationTypeError.at("$", msg)
    if change.direction is Direction.UNCHANGED:
        parts = ["không đổi"]
    else:
        parts = [
            "gấp"
            if change.multiple
            else ("tăng" if change.direction is Direction.INCREASE else "giảm")
        ]
    if change.amount is not None:
        parts.append(format_quantity(change.amount))
    if change.baseline is not None:
        parts.append(f"so với {change.baseline}")
    return " ".join(parts)
