"""Value types: quantities, periods, partial dates, document symbols and enums."""

import datetime as dt
import enum
import re
from decimal import Decimal

import attrs

from . import _validators as v
from ._errors import ValidationError, short_repr
from ._model import record

__all__ = [
    "STRING_SCHEMAS",
    "SYMBOL_CODE",
    "Attainment",
    "Direction",
    "DocumentKind",
    "DocumentSymbol",
    "Movement",
    "PartialDate",
    "Period",
    "Qualifier",
    "Quantity",
    "TargetKind",
    "TimeOfDay",
]


class TimeOfDay(enum.Enum):
    """Part of the day a meeting was held, as reports write it ("Chiều 13-7")."""

    MORNING = "morning"
    NOON = "noon"
    AFTERNOON = "afternoon"
    EVENING = "evening"

    @property
    def vietnamese(self) -> str:
        """The Vietnamese word: sáng, trưa, chiều or tối."""
        return _TIME_WORDS[self]


_TIME_WORDS = {
    TimeOfDay.MORNING: "sáng",
    TimeOfDay.NOON: "trưa",
    TimeOfDay.AFTERNOON: "chiều",
    TimeOfDay.EVENING: "tối",
}


class Direction(enum.Enum):
    """Which way an indicator moved."""

    INCREASE = "increase"
    DECREASE = "decrease"
    UNCHANGED = "unchanged"


class TargetKind(enum.Enum):
    """What an indicator is measured against."""

    PLAN = "plan"
    """The year's plan (kế hoạch)."""
    STATUTORY = "statutory"
    """A statutory target (chỉ tiêu pháp lệnh), e.g. budget revenue."""
    RESOLUTION = "resolution"
    """A target set by a Party resolution (chỉ tiêu nghị quyết)."""
    PROGRAM = "program"
    """A target set by a programme or a standard (chuẩn)."""
    ESTIMATE = "estimate"
    """A budget estimate (dự toán), against which revenue and spending are measured."""
    ASSIGNED = "assigned"
    """A target assigned by a higher body (chỉ tiêu giao, "chỉ tiêu Tỉnh ủy giao")."""


class DocumentKind(enum.Enum):
    """Kind of a numbered policy document, with its Vietnamese name and code.

    The codes are those of Decree 30/2020/NĐ-CP (state documents) and of the
    Party's rules on its documents.  Two codes mean different kinds in the two
    systems: "QĐ" is a decision (quyết định) in state symbols and a regulation
    (quy định) in Party ones, "TT" a circular (thông tư) in state symbols and a
    thông tri in Party ones; `from_code` takes the system into account.
    """

    RESOLUTION = "resolution"
    CONCLUSION = "conclusion"
    PLAN = "plan"
    INSTRUCTION = "instruction"
    DECISION = "decision"
    REGULATION = "regulation"
    RULES = "rules"
    DECREE = "decree"
    CIRCULAR = "circular"
    PARTY_CIRCULAR = "party_circular"
    LAW = "law"
    ORDINANCE = "ordinance"
    NOTICE = "notice"
    GUIDANCE = "guidance"
    PROGRAM = "program"
    PROJECT = "project"
    REPORT = "report"
    DISPATCH = "dispatch"
    SUBMISSION = "submission"
    JOINT_CIRCULAR = "joint_circular"
    SCHEME = "scheme"
    MINUTES = "minutes"
    OFFICIAL_LETTER = "official_letter"
    ORDER = "order"
    JOINT_RESOLUTION = "joint_resolution"

    @property
    def vietnamese(self) -> str:
        """The Vietnamese name, e.g. "Nghị quyết"."""
        return _KIND_INFO[self][0]

    @property
    def code(self) -> str | None:
        """The code used in document symbols, e.g. "NQ"; None for laws."""
        return _KIND_INFO[self][1]

    @classmethod
    def from_code(cls, code: str, *, party: bool) -> "DocumentKind":
        """Return the kind a symbol's code names, in the Party or the state system."""
        table = _PARTY_CODES if party else _STATE_CODES
        try:
            return table[code]
        except KeyError:
            system = "Party" if party else "state"
            msg = f"unknown {system} document code {code!r}"
            raise ValidationError.at("$", msg) from None


_KIND_INFO: dict[DocumentKind, tuple[str, str | None]] = {
    DocumentKind.RESOLUTION: ("Nghị quyết", "NQ"),
    DocumentKind.CONCLUSION: ("Kết luận", "KL"),
    DocumentKind.PLAN: ("Kế hoạch", "KH"),
    DocumentKind.INSTRUCTION: ("Chỉ thị", "CT"),
    DocumentKind.DECISION: ("Quyết định", "QĐ"),
    DocumentKind.REGULATION: ("Quy định", "QĐ"),
    DocumentKind.RULES: ("Quy chế", "QC"),
    DocumentKind.DECREE: ("Nghị định", "NĐ"),
    DocumentKind.CIRCULAR: ("Thông tư", "TT"),
    DocumentKind.PARTY_CIRCULAR: ("Thông tri", "TT"),
    DocumentKind.LAW: ("Luật", None),
    DocumentKind.ORDINANCE: ("Pháp lệnh", None),
    DocumentKind.NOTICE: ("Thông báo", "TB"),
    DocumentKind.GUIDANCE: ("Hướng dẫn", "HD"),
    DocumentKind.PROGRAM: ("Chương trình", "CTr"),
    DocumentKind.PROJECT: ("Đề án", "ĐA"),
    DocumentKind.REPORT: ("Báo cáo", "BC"),
    DocumentKind.DISPATCH: ("Công điện", "CĐ"),
    DocumentKind.SUBMISSION: ("Tờ trình", "TTr"),
    DocumentKind.JOINT_CIRCULAR: ("Thông tư liên tịch", "TTLT"),
    DocumentKind.SCHEME: ("Phương án", "PA"),
    DocumentKind.MINUTES: ("Biên bản", "BB"),
    DocumentKind.OFFICIAL_LETTER: ("Công văn", "CV"),
    DocumentKind.ORDER: ("Lệnh", "L"),
    DocumentKind.JOINT_RESOLUTION: ("Nghị quyết liên tịch", "NQLT"),
}
# State letters (công văn) carry no kind code; Party ones are "CV".
_PARTY_ONLY = {
    DocumentKind.REGULATION,
    DocumentKind.PARTY_CIRCULAR,
    DocumentKind.OFFICIAL_LETTER,
}
_STATE_ONLY = {
    DocumentKind.DECISION,
    DocumentKind.DECREE,
    DocumentKind.CIRCULAR,
    DocumentKind.DISPATCH,
    DocumentKind.JOINT_CIRCULAR,
    DocumentKind.SCHEME,
    DocumentKind.ORDER,
    DocumentKind.JOINT_RESOLUTION,
}
_STATE_CODES = {
    code: kind
    for kind, (_, code) in _KIND_INFO.items()
    if code is not None and kind not in _PARTY_ONLY
}
# A state regulation (quy định) is "QyĐ", since "QĐ" is a state decision.
_STATE_CODES["QyĐ"] = DocumentKind.REGULATION
_PARTY_CODES = {
    code: kind
    for kind, (_, code) in _KIND_INFO.items()
    if code is not None and kind not in _STATE_ONLY
}


class Qualifier(enum.Enum):
    """How a figure stands to the amount it writes: "khoảng 20.604 tỷ đồng", "trên 50%"."""

    ABOUT = "about"
    """About the amount (khoảng)."""
    ESTIMATED = "estimated"
    """An estimate made before the final figure is in (ước, ước đạt, ước tính)."""
    EXPECTED = "expected"
    """A figure expected or planned, not yet reached (dự kiến)."""
    MORE_THAN = "more_than"
    """More than the amount (trên, hơn)."""
    AT_LEAST = "at_least"
    """The amount or more (ít nhất, tối thiểu, "… trở lên")."""
    NEARLY = "nearly"
    """Nearly the amount, a little less (gần)."""
    LESS_THAN = "less_than"
    """Less than the amount (dưới)."""
    AT_MOST = "at_most"
    """The amount or less (tối đa, không quá)."""

    @property
    def vietnamese(self) -> str:
        """The word `govreport.vietnamese.format_quantity` writes before the figure."""
        return _QUALIFIER_WORDS[self]


_QUALIFIER_WORDS = {
    Qualifier.ABOUT: "khoảng",
    Qualifier.ESTIMATED: "ước",
    Qualifier.EXPECTED: "dự kiến",
    Qualifier.MORE_THAN: "trên",
    Qualifier.AT_LEAST: "ít nhất",
    Qualifier.NEARLY: "gần",
    Qualifier.LESS_THAN: "dưới",
    Qualifier.AT_MOST: "tối đa",
}


@record(kw_only=True)
class Quantity:
    """An exact amount with its unit, a power-of-ten scale and how it is qualified.

    "20.604 tỷ đồng" is ``Quantity(amount=Decimal(20604), unit="VND", scale=9)``;
    `exact` multiplies the scale out.  The unit is a code for the units
    govreport knows (``"VND"``, ``"%"``, ``"person"``: see
    `govreport.vietnamese.UNITS`) or, for any other counted thing, the words as
    a source writes them (``"đại biểu"``, ``"lượt khách"``).  *per* makes a
    rate: "7,54%/năm" is unit ``"%"`` per ``"year"``.  *qualifier* says how
    the figure stands to the amount: "trên 50%" is more than 50%.
    """

    amount: Decimal = attrs.field(validator=v.decimal(), eq=v.decimal_key)
    unit: str = attrs.field(converter=v.nfc, validator=v.text())
    scale: int = attrs.field(default=0, validator=v.integer(minimum=-24, maximum=24))
    per: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    qualifier: Qualifier | None = attrs.field(
        default=None, validator=v.instance(Qualifier, optional=True)
    )

    @property
    def exact(self) -> Decimal:
        """The amount with the scale applied: 20604 × 10⁹ for "20.604 tỷ"."""
        sign, digits, exponent = self.amount.as_tuple()
        assert isinstance(exponent, int)  # noqa: S101 -- amounts are finite
        # Built from the digits, not by arithmetic, so no context can round it.
        value = Decimal((sign, digits, exponent + self.scale))
        return Decimal(int(value)) if exponent + self.scale > 0 else value


def _percent(attainment: "Attainment") -> None:
    share = attainment.share
    if share.unit != "%" or share.scale != 0 or share.per is not None:
        msg = f"an attainment is a share in %, got unit {share.unit!r}"
        raise ValidationError.at("$.share", msg)


@record(kw_only=True)
class Attainment:
    """A figure's standing against a target, as a report writes it: "đạt 89,59% kế hoạch".

    *share* is the percentage of the target reached, or with *exceeded* the
    percentage by which it was passed ("vượt 5% kế hoạch"); its qualifier says
    how it stands ("đạt trên 50% dự toán", "ước đạt 59,5% dự toán").  *annual*
    marks the year's target ("kế hoạch năm", "dự toán cả năm").
    `govreport.vietnamese.parse_attainment` reads these.
    """

    share: Quantity = attrs.field(validator=v.instance(Quantity))
    target: TargetKind = attrs.field(validator=v.instance(TargetKind))
    exceeded: bool = attrs.field(default=False, validator=v.boolean())
    annual: bool = attrs.field(default=False, validator=v.boolean())

    def __attrs_post_init__(self) -> None:
        _percent(self)


@record(kw_only=True)
class Movement:
    """How a figure moved, as a report writes it: "tăng 6,97% so với cùng kỳ".

    *amount* is a percentage ("tăng 6,97%"), an absolute amount ("giảm 12
    vụ") or, in unit "lần", a multiple ("tăng 2,2 lần"); *multiple* marks
    "gấp 1,7 lần" (1.7 times the baseline).  *baseline* keeps the words after
    "so với" ("cùng kỳ năm 2022", "năm 2021"); `govreport.vietnamese.parse_period`
    reads the ones that name a period.  `govreport.vietnamese.parse_change`
    reads these.
    """

    direction: Direction = attrs.field(validator=v.instance(Direction))
    amount: Quantity | None = attrs.field(
        default=None, validator=v.instance(Quantity, optional=True)
    )
    multiple: bool = attrs.field(default=False, validator=v.boolean())
    baseline: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.multiple and (
            self.amount is None
            or self.amount.unit != "lần"
            or self.direction is not Direction.INCREASE
        ):
            msg = "a multiple (gấp … lần) is an increase by an amount in unit 'lần'"
            raise ValidationError.at("$.multiple", msg)
        if self.direction is Direction.UNCHANGED and self.amount is not None:
            raise ValidationError.at("$.amount", "an unchanged figure has no amount")


@record(kw_only=True)
class Period:
    """A closed span of days, such as the first half of 2023."""

    start: dt.date = attrs.field(validator=v.date())
    end: dt.date = attrs.field(validator=v.date())

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            msg = f"end must not be before start, got {self.start} to {self.end}"
            raise ValidationError.at("$.end", msg)

    def __contains__(self, day: object) -> bool:
        return type(day) is dt.date and self.start <= day <= self.end

    @property
    def days(self) -> int:
        """Number of days in the period, both ends included."""
        return (self.end - self.start).days + 1


def _days_in_month(year: int, month: int) -> int:
    # Not calendar.monthrange: importing calendar (and locale) slows `import govreport`.
    if month == 12:  # noqa: PLR2004 -- December, whose next month is in year 10000 for 9999
        return 31
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day


_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
# The canonical forms of real partial dates, as far as a pattern can tell
# (not February 30): the year, month and day bounds of the fields below.
_PARTIAL_DATE_SCHEMA = (
    "^(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
    "(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$"
)


@record(kw_only=True)
class PartialDate:
    """A date known to the year, the month or the day: "2023", "2023-07", "2023-07-13"."""

    year: int = attrs.field(validator=v.integer(minimum=1, maximum=9999))
    month: int | None = attrs.field(
        default=None, validator=v.integer(optional=True, minimum=1, maximum=12)
    )
    day: int | None = attrs.field(
        default=None, validator=v.integer(optional=True, minimum=1, maximum=31)
    )

    def __attrs_post_init__(self) -> None:
        if self.day is None:
            return
        if self.month is None:
            raise ValidationError.at("$.day", "day needs a month")
        last = _days_in_month(self.year, self.month)
        if self.day > last:
            msg = f"day {self.day} does not exist in {self.year}-{self.month:02d}"
            raise ValidationError.at("$.day", msg)

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Read the canonical form, "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
        match = _PARTIAL_DATE.fullmatch(text) if type(text) is str else None
        if match is None:
            msg = f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {short_repr(text)}"
            raise ValidationError.at("$", msg)
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None  # noqa: S101 -- the pattern requires a year
        try:
            return cls(year=year, month=month, day=day)
        except ValidationError as error:
            raise ValidationError.at("$", f"{short_repr(text)} is not a real date") from error

    @classmethod
    def from_date(cls, day: dt.date) -> "PartialDate":
        """Return the partial date that is the whole of *day*."""
        return cls(year=day.year, month=day.month, day=day.day)

    @property
    def period(self) -> Period:
        """The span of days this partial date covers."""
        if self.month is None:
            return Period(start=dt.date(self.year, 1, 1), end=dt.date(self.year, 12, 31))
        if self.day is None:
            last = _days_in_month(self.year, self.month)
            return Period(
                start=dt.date(self.year, self.month, 1),
                end=dt.date(self.year, self.month, last),
            )
        day = dt.date(self.year, self.month, self.day)
        return Period(start=day, end=day)

    def __str__(self) -> str:
        # %-formatting: about twice as fast as f-strings with format specs, and
        # every report written calls this for each partial date.
        year, month, day = self.year, self.month, self.day
        if month is None:
            return "%04d" % year  # noqa: UP031
        if day is None:
            return "%04d-%02d" % (year, month)  # noqa: UP031
        return "%04d-%02d-%02d" % (year, month, day)  # noqa: UP031


SYMBOL_CODE = "[0-9A-Za-zĐđ]+"
"""A kind code or an issuer's code in a document symbol: "NQ", "QĐ", "UBND", "QH15"."""
# Joint issuers keep their hyphens: "01/2020/TTLT-BTC-BKHĐT".
_ISSUER = f"{SYMBOL_CODE}(?:-{SYMBOL_CODE})*"
_STATE_SYMBOL = v.Pattern(
    r"(?P<number>[1-9][0-9]*|0[1-9])"
    r"(?:/(?P<year>[12][0-9]{3}))?"
    f"/(?:(?P<kind>{SYMBOL_CODE})-)?(?P<issuer>{_ISSUER})"
)
_PARTY_SYMBOL = v.Pattern(
    rf"(?P<number>[1-9][0-9]*|0[1-9])-(?P<kind>{SYMBOL_CODE})/(?P<issuer>{_ISSUER})"
)
# The canonical form str() writes: numbers below 10 with a leading zero, a
# Party symbol never with a year, a hyphened issuer only after a kind code.
_CANONICAL_NUMBER = "(?:0[1-9]|[1-9][0-9]+)"
_SYMBOL_SCHEMA = (
    f"^(?:{_CANONICAL_NUMBER}-{SYMBOL_CODE}/{_ISSUER}"
    f"|{_CANONICAL_NUMBER}(?:/[12][0-9]{{3}})?/(?:{SYMBOL_CODE}-{_ISSUER}|{SYMBOL_CODE}))$"
)
_CODE_MEANING = "letters and digits only"


@record(kw_only=True)
class DocumentSymbol:
    """The number-and-code symbol (số ký hiệu) of a document.

    State symbols read ``number[/year]/[kind-]issuer`` ("98/2023/QH15",
    "30/2020/NĐ-CP", "123/QĐ-UBND"); Party symbols ``number-kind/issuer``
    ("31-NQ/TW"), numbered per issuer and per term, never with a year.
    `str()` gives the canonical form, numbers below 10 with a leading zero.
    """

    number: int = attrs.field(validator=v.integer(minimum=1))
    kind: str | None = attrs.field(
        converter=v.nfc_optional,
        validator=v.text(optional=True, pattern=v.Pattern(SYMBOL_CODE), meaning=_CODE_MEANING),
    )
    issuer: str = attrs.field(
        converter=v.nfc, validator=v.text(pattern=v.Pattern(_ISSUER), meaning=_CODE_MEANING)
    )
    party: bool = attrs.field(default=False, validator=v.boolean())
    year: int | None = attrs.field(
        default=None, validator=v.integer(optional=True, minimum=1000, maximum=2999)
    )

    def __attrs_post_init__(self) -> None:
        if self.party and self.kind is None:
            raise ValidationError.at("$.kind", "a Party symbol needs a kind code")
        if self.party and self.year is not None:
            raise ValidationError.at("$.year", "a Party symbol has no year")
        if self.kind is None and "-" in self.issuer:
            # "12/UBND-VX" would read back as kind "UBND", issuer "VX".
            msg = "an issuer with a hyphen needs a kind code before it"
            raise ValidationError.at("$.issuer", msg)

    @property
    def document_kind(self) -> DocumentKind | None:
        """The kind the code names in its system, or None if unknown or absent."""
        if self.kind is None:
            return None
        table = _PARTY_CODES if self.party else _STATE_CODES
        return table.get(self.kind)

    @classmethod
    def parse(cls, text: str) -> "DocumentSymbol":
        """Read a symbol written in its canonical form.

        `govreport.vietnamese.parse_symbol` also reads the spellings sources use.
        """
        if type(text) is not str:
            msg = f"expected a document symbol string, got {v.describe_value(text)}"
            raise ValidationError.at("$", msg)
        match = _PARTY_SYMBOL.fullmatch(text)
        party = match is not None
        if match is None:
            match = _STATE_SYMBOL.fullmatch(text)
        if match is None:
            msg = f"expected a symbol like '98/2023/QH15' or '31-NQ/TW', got {short_repr(text)}"
            raise ValidationError.at("$", msg)
        groups = match.groupdict()
        year = groups.get("year")
        symbol = cls(
            number=int(groups["number"]),
            kind=groups["kind"],
            issuer=groups["issuer"],
            party=party,
            year=int(year) if year else None,
        )
        if str(symbol) != text:
            msg = f"{short_repr(text)} is not canonical; write it as {str(symbol)!r}"
            raise ValidationError.at("$", msg)
        return symbol

    def __str__(self) -> str:
        number, kind, issuer = self.number, self.kind, self.issuer
        if self.party:
            return "%02d-%s/%s" % (number, kind, issuer)  # noqa: UP031 -- see PartialDate
        code = f"{kind}-{issuer}" if kind else issuer
        if self.year is None:
            return "%02d/%s" % (number, code)  # noqa: UP031
        return "%02d/%d/%s" % (number, self.year, code)  # noqa: UP031


STRING_SCHEMAS: dict[type, dict[str, str]] = {
    PartialDate: {
        "type": "string",
        "pattern": _PARTIAL_DATE_SCHEMA,
        "description": "A date known to the year, month or day: 2023, 2023-07, 2023-07-13.",
    },
    DocumentSymbol: {
        "type": "string",
        "pattern": _SYMBOL_SCHEMA,
        "description": "A document symbol in canonical form, e.g. 98/2023/QH15 or 31-NQ/TW.",
    },
}
"""The JSON Schemas of the value types written as strings."""
