"""The records a meeting report is made of."""

import datetime as dt
import enum
from decimal import Decimal

import attrs

from . import _validators as v
from ._errors import ValidationError
from ._meetings import (
    TERM_RULES,
    AgendaItem,
    Attendance,
    Election,
    ElectionMethod,
    Group,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Outcome,
    Paper,
    Participant,
    ParticipantRole,
    Position,
    Review,
    SessionType,
    VoteBase,
    VoteEvent,
    check_term,
)
from ._model import (
    AllOf,
    AnyOf,
    Equals,
    MarkedHaveValues,
    Not,
    NotZero,
    OneOf,
    Present,
    Requires,
    Size,
    record,
)

# Direction and TargetKind live with the values, where govreport.vietnamese reads them.
from ._values import (
    Attainment,
    Direction,
    DocumentKind,
    DocumentSymbol,
    Movement,
    PartialDate,
    Period,
    Qualifier,
    Quantity,
    TargetKind,
)

__all__ = [
    "AgendaItem",
    "Assessment",
    "Attendance",
    "Change",
    "Direction",
    "Directive",
    "DirectiveKind",
    "Election",
    "ElectionMethod",
    "Group",
    "Indicator",
    "Meeting",
    "MeetingFormat",
    "MeetingKind",
    "MeetingStatus",
    "Official",
    "Organization",
    "Outcome",
    "Paper",
    "Participant",
    "ParticipantRole",
    "Position",
    "Resolution",
    "Review",
    "SessionType",
    "Target",
    "TargetKind",
    "Trend",
    "VoteBase",
    "VoteEvent",
]


# A field marked enriched must have a value.
_ENRICHED_HAVE_VALUES = MarkedHaveValues("enriched")


# Every field a source may leave unstated may be enriched: all but the id, the
# marker itself and the evidence (a test keeps these lists complete).
ORGANIZATION_ENRICHABLE = (
    "name",
    "name_en",
    "kind",
    "parent",
    "dissolved",
    "term",
    "term_start",
    "term_end",
)
"""The fields of an `Organization` that may come from outside the source text."""
OFFICIAL_ENRICHABLE = ("name", "positions")
"""The fields of an `Official` that may come from outside the source text."""


@record(kw_only=True)
class Organization:
    """A Party or state body, such as "Quận ủy quận Bình Tân".

    `parent` is the id of the body it belongs to.  `dissolved` records when it
    ceased to exist (Bình Tân district's bodies did in 2025); a report from
    before then stays valid.  `enriched` names the fields taken from outside
    the source, the name included (a full name for the source's "Quận ủy").
    `term`, `term_start` and `term_end` are the term of the body the report
    speaks of, where it gives one ("HĐND quận khóa XX, nhiệm kỳ 2021–2026").
    """

    id: str = attrs.field(validator=v.slug())
    name: str = attrs.field(converter=v.nfc, validator=v.text())
    name_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    kind: str | None = attrs.field(default=None, validator=v.slug(optional=True))
    parent: str | None = attrs.field(default=None, validator=v.slug(optional=True))
    dissolved: PartialDate | None = attrs.field(
        default=None, validator=v.instance(PartialDate, optional=True)
    )
    term: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    term_start: int | None = attrs.field(
        default=None, validator=v.integer(optional=True, minimum=1000, maximum=2999)
    )
    term_end: int | None = attrs.field(
        default=None, validator=v.integer(optional=True, minimum=1000, maximum=2999)
    )
    enriched: tuple[str, ...] = attrs.field(default=(), validator=v.names(ORGANIZATION_ENRICHABLE))
    evidence: tuple[str, ...] = attrs.field(default=(), converter=v.nfc_tuple, validator=v.texts())

    __rules__ = (_ENRICHED_HAVE_VALUES, *TERM_RULES)

    def __attrs_post_init__(self) -> None:
        check_term(self)
        if self.parent == self.id:
            raise ValidationError.at("$.parent", f"{self.id!r} cannot be its own parent")


# Words that start a description of people, never a family name.
_GROUP_WORDS = frozenset(("các", "những", "mọi", "toàn", "cả", "nhiều", "một", "hai", "ba"))


def _not_a_name(name: str) -> str | None:
    """What makes *name* a description of people rather than a person's name, or None."""
    if any(char.isdigit() for char in name):
        return f"a person's name has no digits, got {name!r}; a group of people is a Group"
    if name.split(maxsplit=1)[0].casefold() in _GROUP_WORDS:
        return f"{name!r} describes people rather than naming one; use a meeting's Group"
    return None


@record(kw_only=True)
class Official:
    """A person named in a report, with the positions the report gives.

    `name` is the full name as written, family name first ("Dương Ngọc Hải").
    `enriched` marks a name or positions taken from outside the source (a
    report that gives only "đồng chí Hải", completed from the body's website).
    A description of people ("các Phó Chủ tịch UBND huyện", "268 đại biểu") is
    not a name: such attendees are a meeting's `Group`.
    """

    id: str = attrs.field(validator=v.slug())
    name: str = attrs.field(converter=v.nfc, validator=v.text())
    positions: tuple[Position, ...] = attrs.field(default=(), validator=v.instances(Position))
    evidence: tuple[str, ...] = attrs.field(default=(), converter=v.nfc_tuple, validator=v.texts())
    enriched: tuple[str, ...] = attrs.field(default=(), validator=v.names(OFFICIAL_ENRICHABLE))

    __rules__ = (_ENRICHED_HAVE_VALUES,)

    def __attrs_post_init__(self) -> None:
        problem = _not_a_name(self.name)
        if problem:
            raise ValidationError.at("$.name", problem)

    @property
    def family_name(self) -> str:
        """The first syllable: "Dương" in "Dương Ngọc Hải"."""
        return self.name.split()[0]

    @property
    def given_name(self) -> str:
        """The last syllable, by which Vietnamese names are addressed: "Hải"."""
        return self.name.split()[-1]

    @property
    def middle_name(self) -> str | None:
        """The syllables between family and given name ("Ngọc"), None if none."""
        middle = self.name.split()[1:-1]
        return " ".join(middle) if middle else None


RESOLUTION_ENRICHABLE = (
    "kind",
    "number",
    "issuer",
    "title",
    "title_en",
    "symbol",
    "issued",
    "term",
    "co_issuers",
    "draft",
)
"""The fields of a `Resolution` that may come from outside the source text."""


@record(kw_only=True)
class Resolution:
    """A policy document: a resolution, conclusion, plan, programme, law or decision.

    `number` is None for a document cited without one ("Chương trình hành
    động của Quận ủy", "Luật Đất đai", a congress's political report).
    `issuer` is the body that issued it, `co_issuers` the others of a joint
    document; `term` the issuer's term ("43-NQ/TW … (khóa XII)" is term 12);
    `draft` a document not yet adopted ("dự thảo").  `enriched` names the
    fields whose values come from outside the report's text (say, the full
    symbol and the issue date from the official gazette).
    """

    id: str = attrs.field(validator=v.slug())
    kind: DocumentKind = attrs.field(validator=v.instance(DocumentKind))
    number: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    issuer: str = attrs.field(validator=v.slug())
    title: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    title_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    symbol: DocumentSymbol | None = attrs.field(
        default=None, validator=v.instance(DocumentSymbol, optional=True)
    )
    issued: dt.date | None = attrs.field(default=None, validator=v.date(optional=True))
    enriched: tuple[str, ...] = attrs.field(default=(), validator=v.names(RESOLUTION_ENRICHABLE))
    evidence: tuple[str, ...] = attrs.field(default=(), converter=v.nfc_tuple, validator=v.texts())
    term: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    co_issuers: tuple[str, ...] = attrs.field(default=(), validator=v.slugs())
    draft: bool = attrs.field(default=False, validator=v.boolean())

    __rules__ = (
        _ENRICHED_HAVE_VALUES,
        Requires(
            Present("number"),
            when=Present("symbol"),
            at="$.number",
            message=(
                "symbol {self.symbol} carries the number {self.symbol.number}; give it as number"
            ),
        ),
    )

    def __attrs_post_init__(self) -> None:
        if self.issuer in self.co_issuers:
            index = self.co_issuers.index(self.issuer)
            msg = f"{self.issuer!r} is the issuer; it is not also a co-issuer"
            raise ValidationError.at(f"$.co_issuers[{index}]", msg)
        symbol = self.symbol
        if symbol is None:
            return
        if symbol.number != self.number:
            msg = f"symbol {symbol} does not carry the number {self.number}"
            raise ValidationError.at("$.symbol", msg)
        # A code govreport does not know ("TC", "HĐ") cannot be checked against the kind.
        known = symbol.document_kind
        if known is not None and known is not self.kind:
            msg = f"symbol {symbol} is not the symbol of a {self.kind.vietnamese}"
            raise ValidationError.at("$.symbol", msg)
        if self.issued is not None and symbol.year not in (None, self.issued.year):
            msg = f"symbol {symbol} is of another year than the issue date {self.issued}"
            raise ValidationError.at("$.symbol", msg)


@record(kw_only=True)
class Change:
    """How an indicator moved against a baseline ("tăng 6,97% so với cùng kỳ năm 2022").

    The size of the move is a `rate` (a percentage: "tăng 6,97%"), an `amount`
    (an absolute quantity: "tăng 512 tỷ đồng") or a `multiple` ("gấp 1,7
    lần"), or none where the report gives only the direction; each quantity
    may carry its `Qualifier` ("tăng hơn 10%").  The baseline is a `Period`
    where it is one (`baseline_period`: "so với cùng kỳ năm 2022" is the same
    months of 2022) and its words in `baseline` as the report writes them.
    """

    direction: Direction = attrs.field(validator=v.instance(Direction))
    rate: Quantity | None = attrs.field(default=None, validator=v.instance(Quantity, optional=True))
    baseline: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    baseline_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    amount: Quantity | None = attrs.field(
        default=None, validator=v.instance(Quantity, optional=True)
    )
    multiple: Decimal | None = attrs.field(
        default=None, validator=v.decimal(optional=True, nonnegative=True), eq=v.decimal_key
    )
    baseline_period: Period | None = attrs.field(
        default=None, validator=v.instance(Period, optional=True)
    )

    __rules__ = (
        Requires(
            NotZero("multiple"),
            at="$.multiple",
            message="multiple must be more than 0, got {self.multiple}",
        ),
    )

    @classmethod
    def from_movement(
        cls, movement: Movement, *, baseline_period: Period | None = None
    ) -> "Change":
        """The change `govreport.vietnamese.parse_change` read: "tăng 6,97% so với cùng kỳ".

        A percentage becomes the `rate`, "gấp 1,7 lần" the `multiple` and any other
        quantity the `amount`; the baseline's words are kept, and *baseline_period*
        is the period they name, where the caller knows it.
        """
        size = movement.amount
        rate = amount = None
        multiple = None
        if size is not None and movement.multiple:
            if size.qualifier is not None:
                msg = f"a qualified multiple ({size.qualifier.value}) has no field of its own"
                raise ValidationError.at("$.amount", msg)
            multiple = size.amount
        elif size is not None and size.unit == "%":
            rate = size
        else:
            amount = size
        return cls(
            direction=movement.direction,
            rate=rate,
            amount=amount,
            multiple=multiple,
            baseline=movement.baseline,
            baseline_period=baseline_period,
        )


TARGET_STATEMENTS = ("value", "attainment", "met", "excess", "ahead")
"""The fields of a `Target` that say something of its indicator."""


@record(kw_only=True)
class Target:
    """An indicator's standing against a target: the level set, percent attained, or met.

    `value` is the level the target sets, for a goal the report states before any
    figure is in: "no poor household left" is ``Quantity(amount=Decimal(0),
    unit="household")``.  `attainment` is the percent of the target reached
    ("đạt 58% kế hoạch"), qualified by `attainment_qualifier` ("đạt trên 50% dự
    toán" is `Qualifier.MORE_THAN`); `excess` how far it was exceeded ("vượt 5%
    kế hoạch"); `ahead` how long before its deadline it was met ("sớm hơn 2 năm
    so với kế hoạch" is ``Quantity(amount=Decimal(2), unit="year")``).
    `period` is the target's own period where it differs from the indicator's
    (the year's plan against a half-year figure).
    """

    kind: TargetKind = attrs.field(validator=v.instance(TargetKind))
    value: Quantity | None = attrs.field(
        default=None, validator=v.instance(Quantity, optional=True)
    )
    attainment: Decimal | None = attrs.field(
        default=None,
        validator=v.decimal(optional=True, nonnegative=True),
        eq=v.decimal_key,
    )
    met: bool | None = attrs.field(default=None, validator=v.instance(bool, optional=True))
    note: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    note_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    attainment_qualifier: Qualifier | None = attrs.field(
        default=None, validator=v.instance(Qualifier, optional=True)
    )
    period: Period | None = attrs.field(default=None, validator=v.instance(Period, optional=True))
    excess: Quantity | None = attrs.field(
        default=None, validator=v.instance(Quantity, optional=True)
    )
    ahead: Quantity | None = attrs.field(
        default=None, validator=v.instance(Quantity, optional=True)
    )

    __rules__ = (
        Requires(
            Present("attainment"),
            when=Present("attainment_qualifier"),
            at="$.attainment_qualifier",
            message="attainment_qualifier qualifies an attainment, and there is none",
        ),
        *(
            Requires(
                Not(Present(name)),
                when=Equals("met", value=False),
                at=f"$.{name}",
                message="a target exceeded or met early is met",
            )
            for name in ("excess", "ahead")
        ),
    )

    @classmethod
    def from_attainment(cls, attainment: Attainment, *, period: Period | None = None) -> "Target":
        """The target `govreport.vietnamese.parse_attainment` read: "đạt trên 50% dự toán".

        The share becomes the `attainment` and its qualifier the
        `attainment_qualifier`, or with "vượt" the `excess`; *period* is the
        target's own period (say the year, for "kế hoạch năm").
        """
        share = attainment.share
        if attainment.exceeded:
            return cls(kind=attainment.target, excess=share, period=period)
        return cls(
            kind=attainment.target,
            attainment=share.amount,
            attainment_qualifier=share.qualifier,
            period=period,
        )

    @property
    def stated(self) -> bool:
        """Whether the target says anything of the indicator: a level, an attainment, met or not."""
        return any(getattr(self, name) is not None for name in TARGET_STATEMENTS)


@record(kw_only=True)
class Indicator:
    """A statistic a report gives over a period: a value, a change, or a target's standing.

    At least one of `value` and `change` is there, or a `target` that says
    something: a level (a goal stated before any figure is in), an attainment
    ("thu ngân sách đạt 58% kế hoạch"), an excess or whether it was met.

    How the value stands to its amount is the value's `Qualifier` ("ước đạt
    20.604 tỷ đồng" is `Qualifier.ESTIMATED`).  `approximate` is the older
    spelling of `Qualifier.ABOUT`, kept so that JSON written by govreport 0.1
    loads unchanged; it may not contradict the value's qualifier, and
    `qualifier` reads either.  `part_of` is the id of the indicator this one
    is a part of ("trong đó…").
    """

    id: str = attrs.field(validator=v.slug())
    name: str = attrs.field(converter=v.nfc, validator=v.text())
    period: Period = attrs.field(validator=v.instance(Period))
    name_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    area: str | None = attrs.field(default=None, validator=v.slug(optional=True))
    value: Quantity | None = attrs.field(
        default=None, validator=v.instance(Quantity, optional=True)
    )
    approximate: bool = attrs.field(default=False, validator=v.boolean())
    change: Change | None = attrs.field(default=None, validator=v.instance(Change, optional=True))
    target: Target | None = attrs.field(default=None, validator=v.instance(Target, optional=True))
    evidence: tuple[str, ...] = attrs.field(default=(), converter=v.nfc_tuple, validator=v.texts())
    part_of: str | None = attrs.field(default=None, validator=v.slug(optional=True))

    __rules__ = (
        Requires(
            AnyOf(
                Present("value"),
                Present("change"),
                *(Present("target", name) for name in TARGET_STATEMENTS),
            ),
            at="$.value",
            message="an indicator needs a value, a change or a target it is measured against",
        ),
        Requires(
            Present("value"),
            when=Equals("approximate", value=True),
            at="$.approximate",
            message="only a value can be approximate",
        ),
        Requires(
            OneOf("value", "qualifier", values=(None, Qualifier.ABOUT)),
            when=AllOf(Equals("approximate", value=True), Present("value")),
            at="$.approximate",
            message=(
                "approximate means 'about', but the value's qualifier is"
                " {self.value.qualifier.value!r}"
            ),
        ),
    )

    def __attrs_post_init__(self) -> None:
        if self.part_of == self.id:
            raise ValidationError.at("$.part_of", f"{self.id!r} cannot be a part of itself")

    @property
    def qualifier(self) -> Qualifier | None:
        """How the value stands to its amount: its own qualifier, or ABOUT if `approximate`."""
        if self.value is not None and self.value.qualifier is not None:
            return self.value.qualifier
        return Qualifier.ABOUT if self.approximate else None


class DirectiveKind(enum.Enum):
    """The kind of instruction, by the verb that gives it."""

    REQUEST = "request"
    """Yêu cầu: a demand, usually by a superior."""
    PROPOSAL = "proposal"
    """Đề nghị: a request put as a proposal, the usual word of a visiting official."""
    DIRECTION = "direction"
    """Chỉ đạo: a direction."""
    ASSIGNMENT = "assignment"
    """Giao: a task assigned to a body."""
    REMINDER = "reminder"
    """Lưu ý: a point to mind."""
    EMPHASIS = "emphasis"
    """Nhấn mạnh: a point stressed."""
    CONCLUSION = "conclusion"
    """Kết luận: a conclusion of the meeting or its chair."""

    @property
    def vietnamese(self) -> str:
        """The Vietnamese verb: yêu cầu, đề nghị, chỉ đạo, giao, lưu ý, nhấn mạnh, kết luận."""
        return _DIRECTIVE_WORDS[self]


_DIRECTIVE_WORDS = {
    DirectiveKind.REQUEST: "yêu cầu",
    DirectiveKind.PROPOSAL: "đề nghị",
    DirectiveKind.DIRECTION: "chỉ đạo",
    DirectiveKind.ASSIGNMENT: "giao",
    DirectiveKind.REMINDER: "lưu ý",
    DirectiveKind.EMPHASIS: "nhấn mạnh",
    DirectiveKind.CONCLUSION: "kết luận",
}


@record(kw_only=True)
class Directive:
    """An instruction given at a meeting, in the source's words.

    `issued_by` is the official who gave it, the body that did ("Quận ủy yêu
    cầu…") or the meeting itself, for its conclusions.  It is addressed to one
    organization (`addressee`) or to several (`addressees`, never just one),
    and to groups the source names without naming a body (`addressee_groups`:
    "các cơ quan, đơn vị").  `order` is its number where the source numbers
    the instructions; `deadline` the date by which it is due, where stated.
    """

    id: str = attrs.field(validator=v.slug())
    text: str = attrs.field(converter=v.nfc, validator=v.text(multiline=True))
    issued_by: str = attrs.field(validator=v.slug())
    meeting: str = attrs.field(validator=v.slug())
    summary_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    addressee: str | None = attrs.field(default=None, validator=v.slug(optional=True))
    cites: tuple[str, ...] = attrs.field(default=(), validator=v.slugs())
    topics: tuple[str, ...] = attrs.field(default=(), validator=v.slugs())
    evidence: tuple[str, ...] = attrs.field(default=(), converter=v.nfc_tuple, validator=v.texts())
    kind: DirectiveKind | None = attrs.field(
        default=None, validator=v.instance(DirectiveKind, optional=True)
    )
    addressees: tuple[str, ...] = attrs.field(default=(), validator=v.slugs())
    addressee_groups: tuple[str, ...] = attrs.field(
        default=(), converter=v.nfc_tuple, validator=v.texts()
    )
    order: int | None = attrs.field(default=None, validator=v.integer(optional=True, minimum=1))
    deadline: PartialDate | None = attrs.field(
        default=None, validator=v.instance(PartialDate, optional=True)
    )

    __rules__ = (
        Requires(
            AnyOf(Size("addressees", maximum=0), Size("addressees", minimum=2)),
            at="$.addressees",
            message="addressees lists several organizations; write a single one as addressee",
        ),
        Requires(
            Size("addressees", maximum=0),
            when=Present("addressee"),
            at="$.addressees",
            message="give addressee or addressees, not both",
        ),
    )

    @property
    def addressed(self) -> tuple[str, ...]:
        """The ids of every organization addressed: `addressee` or `addressees`."""
        return self.addressees if self.addressee is None else (self.addressee,)


class Trend(enum.Enum):
    """Which way a report judges a field of work to have gone."""

    IMPROVED = "improved"
    """Better than before: "chuyển biến tích cực", "được nâng lên"."""
    STABLE = "stable"
    """Held steady: "ổn định", "giữ vững"."""
    WORSE = "worse"
    """Worse than before: "diễn biến phức tạp", "tăng so cùng kỳ" of something bad."""
    MIXED = "mixed"
    """Better in some respects and worse or short in others: "… nhưng còn hạn chế"."""


@record(kw_only=True)
class Assessment:
    """A report's qualitative judgement of a field of work, in its own words.

    "Tình hình an ninh chính trị, trật tự an toàn xã hội tiếp tục được giữ
    vững" is the `topic` "an ninh chính trị, trật tự an toàn xã hội" with the
    `verdict` "tiếp tục được giữ vững", `trend` `Trend.STABLE`.  `trend` is None
    where the verdict gives no direction.  `area` is the place or body assessed
    and `meeting` the meeting that made the assessment, where the report says.
    """

    id: str = attrs.field(validator=v.slug())
    topic: str = attrs.field(converter=v.nfc, validator=v.text())
    verdict: str = attrs.field(converter=v.nfc, validator=v.text(multiline=True))
    topic_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    verdict_en: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    trend: Trend | None = attrs.field(default=None, validator=v.instance(Trend, optional=True))
    period: Period | None = attrs.field(default=None, validator=v.instance(Period, optional=True))
    area: str | None = attrs.field(default=None, validator=v.slug(optional=True))
    meeting: str | None = attrs.field(default=None, validator=v.slug(optional=True))
    evidence: tuple[str, ...] = attrs.field(default=(), converter=v.nfc_tuple, validator=v.texts())
