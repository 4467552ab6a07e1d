"""Strategies for the records: organizations, officials, meetings, documents, indicators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from govreport._records import (
    Assessment,
    Change,
    Directive,
    Indicator,
    Official,
    Organization,
    Position,
    Resolution,
    Target,
)
from govreport._report import Source
from govreport._values import DocumentKind, PartialDate, Qualifier, Quantity

from . import _vocabulary as vocab
from ._draws import (
    _ADDRESSEE_GROUP,
    _ASSESSMENT_TOPIC,
    _AUTHOR,
    _BASELINE,
    _DIRECTION,
    _DIRECTIVE_KIND,
    _DOCUMENT_TOPIC,
    _DOMAIN,
    _HUNDREDTHS,
    _IDS,
    _INDEX,
    _INDICATOR,
    _MINUTE,
    _NATIONAL_BODY,
    _NUMBER,
    _OFFICIAL_ENRICHABLE,
    _OFFSET,
    _ORDER,
    _ORGANIZATION_ENRICHABLE,
    _ORGANIZATION_FORM,
    _PHRASE,
    _PLACE,
    _PUBLISHER,
    _QUALIFIER,
    _RESOLUTION_ENRICHABLE,
    _SHAPE,
    _SUBJECT,
    _SUMMARY,
    _TARGET_KIND,
    _TARGET_NOTE,
    _TERM,
    _TITLE,
    _TITLE_SUFFIX,
    _TITLE_TEXT,
    _VERB,
    _VERDICT,
    _YEAR,
    Pool,
    _check_ids,
    _check_source_text,
    _draw_sentence,
    _evidence,
    _Flags,
    _many,
    _maybe,
    _optional_ref,
    _Quotes,
    _quotes_for,
    _ref,
    _required,
    _some,
)
from ._meetings import (
    _term,
)
from ._values import (
    _DISSOLVED,
    _INDICATOR_VALUES,
    _MONTH,
    _NAMES,
    _PARTIAL_DATES,
    _PERCENTS,
    _PERIODS,
    _QUANTITIES,
    _draw_symbol,
    _fixed,
)

# -- records ------------------------------------------------------------------------


def _term_fields(draw: st.DrawFn, flag: _Flags) -> dict[str, int | None]:
    term, start, end = _term(draw, flag)
    return {"term": term, "term_start": start, "term_end": end}


def _enriched(flag: _Flags, record: object, candidates: tuple[str, ...]) -> tuple[str, ...]:
    present = [name for name in candidates if getattr(record, name) not in (None, ())]
    return tuple(name for name in present if flag())


def organizations(
    *, parent_ids: Sequence[str] | None = None, source_text: str | None = None
) -> st.SearchStrategy[Organization]:
    """Party and state bodies: "Quận ủy quận Bình Tân", "Ủy ban nhân dân phường An Lạc".

    `parent` is None or one of *parent_ids* (any slug if None; always None if
    empty).  Evidence quotes are cut from *source_text* if given.
    """
    return _organizations(_check_ids("parent_ids", parent_ids), _quotes_for(source_text))


@st.composite
def _organizations(draw: st.DrawFn, parents: Pool, quotes: _Quotes) -> Organization:
    return _draw_organization(draw, parents, quotes)


def _draw_organization(draw: st.DrawFn, parents: Pool, quotes: _Quotes | None) -> Organization:
    flag = _Flags(draw)
    if flag():
        kind, name, name_en = draw(_NATIONAL_BODY)
    else:
        kind, form, form_en = draw(_ORGANIZATION_FORM)
        place, place_en = draw(_PLACE)
        name, name_en = form.format(place), form_en.format(place_en)
    record_id = draw(_IDS)
    parent = _optional_ref(draw, flag, parents)
    organization = Organization(
        id=record_id,
        name=name,
        name_en=_maybe(flag, name_en),
        kind=_maybe(flag, kind),
        parent=None if parent == record_id else parent,
        dissolved=draw(_DISSOLVED) if flag() else None,
        evidence=_evidence(draw, quotes),
    )
    term, start, end = _term(draw, flag)
    organization = attrs.evolve(organization, term=term, term_start=start, term_end=end)
    enriched = _enriched(flag, organization, _ORGANIZATION_ENRICHABLE)
    return attrs.evolve(organization, enriched=enriched) if enriched else organization


def positions(*, organization_ids: Sequence[str] | None = None) -> st.SearchStrategy[Position]:
    """Posts such as "Bí thư Quận ủy" in one of *organization_ids* (any slug if None)."""
    return _positions(_required("organization_ids", organization_ids))


@st.composite
def _positions(draw: st.DrawFn, organizations: Pool) -> Position:
    return _draw_position(draw, _Flags(draw), organizations)


def _draw_position(draw: st.DrawFn, flag: _Flags, organizations: Pool) -> Position:
    title, title_en = draw(_TITLE)
    return Position(
        title=title + draw(_TITLE_SUFFIX),
        organization=_ref(draw, organizations),
        title_en=_maybe(flag, title_en),
        **_term_fields(draw, flag),
    )


def officials(
    *, organization_ids: Sequence[str] | None = None, source_text: str | None = None
) -> st.SearchStrategy[Official]:
    """Officials with Vietnamese names and up to three positions.

    Positions are in *organization_ids* (any slug if None; no positions if
    empty).  Evidence quotes are cut from *source_text* if given.
    """
    return _officials(_check_ids("organization_ids", organization_ids), _quotes_for(source_text))


@st.composite
def _officials(draw: st.DrawFn, organizations: Pool, quotes: _Quotes) -> Official:
    return _draw_official(draw, organizations, quotes)


def _draw_official(draw: st.DrawFn, organizations: Pool, quotes: _Quotes | None) -> Official:
    flag = _Flags(draw)
    held: list[Position] = []
    if organizations != ():
        held = _many(draw, 0, 3, lambda: _draw_position(draw, flag, organizations))
    official = Official(
        id=draw(_IDS), name=draw(_NAMES), positions=tuple(held), evidence=_evidence(draw, quotes)
    )
    enriched = _enriched(flag, official, _OFFICIAL_ENRICHABLE)
    return attrs.evolve(official, enriched=enriched) if enriched else official


def resolutions(
    *,
    organization_ids: Sequence[str] | None = None,
    kinds: Sequence[DocumentKind] | None = None,
    source_text: str | None = None,
) -> st.SearchStrategy[Resolution]:
    """Policy documents with consistent symbols, titles and issue dates.

    Some have no number (then no symbol either), co-issuers, a term or draft
    status.  The symbol carries the document's number, a code that names its kind and,
    for state symbols, the year it was issued; `enriched` names only fields that
    have a value.  `issuer` is among *organization_ids* (any slug if None), the
    kind among *kinds* (every `DocumentKind` if None).
    """
    chosen = tuple(DocumentKind) if kinds is None else tuple(kinds)
    if not chosen or not all(isinstance(kind, DocumentKind) for kind in chosen):
        msg = f"kinds must be a non-empty sequence of DocumentKind, got {kinds!r}"
        raise InvalidArgument(msg)
    return _resolutions(
        _required("organization_ids", organization_ids),
        st.sampled_from(chosen),
        _quotes_for(source_text),
    )


@st.composite
def _resolutions(
    draw: st.DrawFn, organizations: Pool, kinds: st.SearchStrategy[DocumentKind], quotes: _Quotes
) -> Resolution:
    return _draw_resolution(draw, organizations, draw(kinds), quotes)


def _draw_resolution(
    draw: st.DrawFn, organizations: Pool, kind: DocumentKind, quotes: _Quotes | None
) -> Resolution:
    flag = _Flags(draw)
    # Plans, programmes and laws are often cited without a number.
    number = None if flag() and not flag() else draw(_NUMBER)
    year = draw(_YEAR)
    topic, topic_en = draw(_DOCUMENT_TOPIC)
    english = kind.name.replace("_", " ").capitalize()
    issued = None
    if flag():
        issued = dt.date(year, draw(_MONTH), 1) + dt.timedelta(days=draw(_INDEX) % 28)
    issuer = _ref(draw, organizations)
    numbered = "" if number is None else f" số {number}"
    resolution = Resolution(
        id=draw(_IDS),
        kind=kind,
        number=number,
        issuer=issuer,
        co_issuers=tuple(other for other in _some(draw, organizations, 2) if other != issuer),
        term=draw(_TERM) if flag() else None,
        draft=flag() and flag(),
        title=_maybe(flag, f"{kind.vietnamese}{numbered} {topic}"),
        title_en=_maybe(flag, f"{english}{'' if number is None else f' {number}'} {topic_en}"),
        symbol=None
        if number is None or not flag()
        else _draw_symbol(draw, flag, kind, number, year),
        issued=issued,
        evidence=_evidence(draw, quotes),
    )
    enriched = _enriched(flag, resolution, _RESOLUTION_ENRICHABLE)
    return attrs.evolve(resolution, enriched=enriched) if enriched else resolution


def changes() -> st.SearchStrategy[Change]:
    """How an indicator moved: a direction, maybe a rate, amount or multiple, and a baseline."""
    return _CHANGES


@st.composite
def _changes(draw: st.DrawFn) -> Change:
    flag = _Flags(draw)
    baseline, baseline_en = draw(_BASELINE)
    return Change(
        direction=draw(_DIRECTION),
        rate=draw(_PERCENTS) if flag() else None,
        amount=draw(_QUANTITIES["VND"]) if flag() else None,
        multiple=_fixed(1 + draw(_HUNDREDTHS), 2) if flag() else None,
        baseline=_maybe(flag, baseline),
        baseline_en=_maybe(flag, baseline_en),
        baseline_period=draw(_PERIODS) if flag() else None,
    )


_CHANGES = _changes()


def targets() -> st.SearchStrategy[Target]:
    """An indicator's standing against a target: percent attained, exceeded, met or not."""
    return _TARGETS


# "sớm hơn 2 năm so với kế hoạch"
_AHEAD = st.builds(Quantity, amount=st.integers(1, 5).map(Decimal), unit=st.just("year"))


@st.composite
def _targets(draw: st.DrawFn) -> Target:
    flag = _Flags(draw)
    note, note_en = draw(_TARGET_NOTE)
    attainment = _fixed(draw(_HUNDREDTHS), 2) if flag() else None
    met = _maybe(flag, flag())
    return Target(
        kind=draw(_TARGET_KIND),
        value=draw(_QUANTITIES["household"]) if flag() else None,
        attainment=attainment,
        attainment_qualifier=draw(_QUALIFIER) if attainment is not None and flag() else None,
        met=met,
        excess=draw(_PERCENTS) if met is not False and flag() else None,
        ahead=draw(_AHEAD) if met is not False and flag() else None,
        period=draw(_PERIODS) if flag() else None,
        note=_maybe(flag, note),
        note_en=_maybe(flag, note_en),
    )


_TARGETS = _targets()


def indicators(
    *, organization_ids: Sequence[str] | None = None, source_text: str | None = None
) -> st.SearchStrategy[Indicator]:
    """Statistics such as "Tổng thu ngân sách" over a period: a value, a change or both.

    `area` is None or among *organization_ids* (any slug if None); only a
    value is ever approximate.  Evidence quotes are cut from *source_text* if given.
    """
    return _indicators(_check_ids("organization_ids", organization_ids), _quotes_for(source_text))


@st.composite
def _indicators(draw: st.DrawFn, organizations: Pool, quotes: _Quotes) -> Indicator:
    return _draw_indicator(draw, organizations, quotes)


def _draw_indicator(draw: st.DrawFn, organizations: Pool, quotes: _Quotes | None) -> Indicator:
    flag = _Flags(draw)
    units, name, name_en = draw(_INDICATOR)
    shape = draw(_SHAPE)
    value = None if shape in {"change", "goal", "attainment"} else draw(_INDICATOR_VALUES[units])
    target = draw(_TARGETS) if flag() else None
    if shape == "goal":
        target = _goal(draw, units)
    elif shape == "attainment":  # "thu ngân sách đạt 58% kế hoạch": the attainment alone
        target = attrs.evolve(draw(_TARGETS), attainment=_fixed(draw(_HUNDREDTHS), 2))
    # The older flag for "about" may not contradict the value's own qualifier.
    about = value is not None and value.qualifier in (None, Qualifier.ABOUT)
    return Indicator(
        id=draw(_IDS),
        name=name,
        name_en=_maybe(flag, name_en),
        period=draw(_PERIODS),
        area=_optional_ref(draw, flag, organizations),
        value=value,
        approximate=about and flag(),
        change=draw(_CHANGES) if shape in {"change", "both"} else None,
        target=target,
        evidence=_evidence(draw, quotes),
    )


def _goal(draw: st.DrawFn, units: tuple[str, ...]) -> Target:
    """A target that sets a level, for an indicator with no figure yet."""
    return attrs.evolve(draw(_TARGETS), value=draw(_INDICATOR_VALUES[units]), met=None)


@attrs.frozen
class _Pools:
    """The ids a directive may refer to."""

    officials: Pool
    meetings: Pool
    organizations: Pool
    resolutions: Pool


def directives(
    *,
    official_ids: Sequence[str] | None = None,
    meeting_ids: Sequence[str] | None = None,
    organization_ids: Sequence[str] | None = None,
    resolution_ids: Sequence[str] | None = None,
    source_text: str | None = None,
) -> st.SearchStrategy[Directive]:
    """Directions given at a meeting, in Vietnamese, possibly over several lines.

    `issued_by` is among *official_ids*, or sometimes among *organization_ids*
    or the directive's meeting; `meeting` is among *meeting_ids*, `addressee`
    or `addressees` among *organization_ids*, and `cites` a few of
    *resolution_ids*; each may be None for arbitrary slugs.
    """
    pools = _Pools(
        _required("official_ids", official_ids),
        _required("meeting_ids", meeting_ids),
        _check_ids("organization_ids", organization_ids),
        _check_ids("resolution_ids", resolution_ids),
    )
    return _directives(pools, _quotes_for(source_text))


@st.composite
def _directives(draw: st.DrawFn, pools: _Pools, quotes: _Quotes) -> Directive:
    return _draw_directive(draw, pools, quotes)


def _draw_directive(draw: st.DrawFn, pools: _Pools, quotes: _Quotes | None) -> Directive:
    flag = _Flags(draw)
    sentences = []
    for _ in range(1 + flag()):
        phrases = dict.fromkeys(_many(draw, 1, 3, lambda: draw(_PHRASE)))
        sentences.append(f"{draw(_SUBJECT)} {draw(_VERB)} {', '.join(phrases)}.")
    meeting = _ref(draw, pools.meetings)
    # Mostly an official; sometimes a body ("Quận ủy yêu cầu…") or the meeting's conclusions.
    issued_by = _ref(draw, pools.officials)
    if flag():
        body = _optional_ref(draw, flag, pools.organizations)
        issued_by = meeting if body is None else body
    addressed = _some(draw, pools.organizations, 3)
    return Directive(
        id=draw(_IDS),
        text=("\n" if flag() else " ").join(sentences),
        issued_by=issued_by,
        meeting=meeting,
        summary_en=draw(_SUMMARY) if flag() else None,
        addressee=addressed[0] if len(addressed) == 1 else None,
        addressees=addressed if len(addressed) > 1 else (),
        addressee_groups=tuple(dict.fromkeys(_many(draw, 0, 2, lambda: draw(_ADDRESSEE_GROUP)))),
        kind=draw(_DIRECTIVE_KIND) if flag() else None,
        order=draw(_ORDER) if flag() else None,
        deadline=draw(_PARTIAL_DATES) if flag() else None,
        cites=_some(draw, pools.resolutions, 2),
        topics=_some(draw, vocab.TOPICS, 2),
        evidence=_evidence(draw, quotes),
    )


def assessments(
    *,
    organization_ids: Sequence[str] | None = None,
    meeting_ids: Sequence[str] | None = None,
    source_text: str | None = None,
) -> st.SearchStrategy[Assessment]:
    """Qualitative judgements: "tình hình an ninh chính trị … cơ bản ổn định".

    The trend agrees with the verdict's words; `area` is None or among
    *organization_ids*, `meeting` None or among *meeting_ids* (any slug if
    None).  Evidence quotes are cut from *source_text* if given.
    """
    return _assessments(
        _check_ids("organization_ids", organization_ids),
        _check_ids("meeting_ids", meeting_ids),
        _quotes_for(source_text),
    )


@st.composite
def _assessments(
    draw: st.DrawFn, organizations: Pool, meetings: Pool, quotes: _Quotes
) -> Assessment:
    return _draw_assessment(draw, organizations, meetings, quotes)


def _draw_assessment(
    draw: st.DrawFn, organizations: Pool, meetings: Pool, quotes: _Quotes | None
) -> Assessment:
    flag = _Flags(draw)
    topic, topic_en = draw(_ASSESSMENT_TOPIC)
    trend, verdict, verdict_en = draw(_VERDICT)
    return Assessment(
        id=draw(_IDS),
        topic=topic,
        verdict=verdict,
        topic_en=_maybe(flag, topic_en),
        verdict_en=_maybe(flag, verdict_en),
        trend=trend,
        period=draw(_PERIODS) if flag() else None,
        area=_optional_ref(draw, flag, organizations),
        meeting=_optional_ref(draw, flag, meetings),
        evidence=_evidence(draw, quotes),
    )


def sources(*, text: str | None = None) -> st.SearchStrategy[Source]:
    """Sources: a Vietnamese article (or the *text* given), its title and publication."""
    return _sources(_check_source_text(text))


@st.composite
def _sources(draw: st.DrawFn, text: str | None) -> Source:
    if text is None:
        paragraphs = _many(
            draw, 1, 4, lambda: " ".join(_many(draw, 1, 3, lambda: _draw_sentence(draw)))
        )
        text = "\n\n".join(paragraphs)
    return _draw_source(draw, text, None)


def _draw_source(draw: st.DrawFn, text: str, published: dt.date | None) -> Source:
    flag = _Flags(draw)
    url = None
    if flag():
        url = f"https://{draw(_DOMAIN)}/{draw(_IDS)}.html"
    day = PartialDate.from_date(published) if published else draw(_PARTIAL_DATES)
    moment = None
    if day.day is not None and flag():
        assert day.month is not None  # noqa: S101 -- a day has a month
        minute, offset = draw(_MINUTE), dt.timedelta(minutes=draw(_OFFSET))
        moment = dt.datetime(
            day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=dt.timezone(offset)
        )
    return Source(
        text=text,
        title=draw(_TITLE_TEXT),
        published=day,
        publisher=draw(_PUBLISHER) if flag() else None,
        url=url,
        published_at=moment,
        author=draw(_AUTHOR) if flag() else None,
    )
