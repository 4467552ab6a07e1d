"""The strategy for whole reports: consistent graphs with a source text of their own."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from govreport._records import (
    Assessment,
    Directive,
    Indicator,
    Meeting,
    Official,
    Organization,
    Resolution,
    Target,
)
from govreport._report import Report
from govreport.vietnamese import format_number, format_quantity

from . import _vocabulary as vocab
from ._draws import (
    _BOOL,
    _KIND,
    _MAX_EVIDENCE,
    _T,
    _capitalize,
    _check_size,
    _draw_sentence,
    _Flags,
    _many,
    _optional_ref,
    _Quotes,
    _quotes_for,
    _quotes_from,
)
from ._meetings import _draw_meeting
from ._records import (
    _draw_assessment,
    _draw_directive,
    _draw_indicator,
    _draw_official,
    _draw_organization,
    _draw_resolution,
    _draw_source,
    _Pools,
)

# -- reports ------------------------------------------------------------------------


@attrs.frozen
class _Sizes:
    organizations: tuple[int, int]
    officials: tuple[int, int]
    meetings: tuple[int, int]
    resolutions: tuple[int, int]
    indicators: tuple[int, int]
    directives: tuple[int, int]
    assessments: tuple[int, int]


# A kind of record needs the kinds named here to exist before it can.
_NEEDS = {
    "organizations": ("meetings", "resolutions", "directives"),
    "officials": ("directives",),
    "meetings": ("directives",),
}


def reports(
    *,
    source_text: str | None = None,
    min_organizations: int = 1,
    max_organizations: int = 5,
    min_officials: int = 0,
    max_officials: int = 5,
    min_meetings: int = 0,
    max_meetings: int = 2,
    min_resolutions: int = 0,
    max_resolutions: int = 4,
    min_indicators: int = 0,
    max_indicators: int = 6,
    min_directives: int = 0,
    max_directives: int = 5,
    min_assessments: int = 0,
    max_assessments: int = 3,
) -> st.SearchStrategy[Report]:
    """Whole consistent reports: a Vietnamese source text and the records taken from it.

    Ids are unique across the report, every reference resolves to a record of
    the right kind, organizations form a forest and every evidence quote occurs
    verbatim in the source text.  Without *source_text* the text is generated
    and mentions the records (names, titles, indicator values, the directives'
    own words); with it, quotes are cut from the text given.

    The ``min_*`` and ``max_*`` bounds limit each collection.  A record that
    needs another raises the minimum of what it needs: a meeting or resolution
    needs an organization, a directive an official and a meeting.
    """
    quotes = None if source_text is None else _quotes_for(source_text)
    bounds = {
        "organizations": [min_organizations, max_organizations],
        "officials": [min_officials, max_officials],
        "meetings": [min_meetings, max_meetings],
        "resolutions": [min_resolutions, max_resolutions],
        "indicators": [min_indicators, max_indicators],
        "directives": [min_directives, max_directives],
        "assessments": [min_assessments, max_assessments],
    }
    for name, (low, high) in bounds.items():
        _check_size(name, low, high)
    # Directives need meetings, which need organizations: settle the later first.
    for needed in ("meetings", "officials", "organizations"):
        users = [user for user in _NEEDS[needed] if bounds[user][0] > 0]
        if users and bounds[needed][0] == 0:
            if bounds[needed][1] == 0:
                asks = ", ".join(f"min_{user}" for user in users)
                raise InvalidArgument(f"max_{needed}=0, but {asks} needs at least one")
            bounds[needed][0] = 1
    sizes = _Sizes(**{name: (low, high) for name, (low, high) in bounds.items()})
    return _reports(sizes, quotes)


def _unique_ids(records: list[_T], taken: set[str]) -> list[_T]:
    """Rename the records whose id is taken, so that every id in a report is unique."""
    result = []
    for record in records:
        record_id: str = getattr(record, "id")  # noqa: B009 -- _T is any record type
        renamed = record
        if record_id in taken:
            suffix = 2
            while f"{record_id}-{suffix}" in taken:
                suffix += 1
            record_id = f"{record_id}-{suffix}"
            renamed = attrs.evolve(record, id=record_id)  # type: ignore[misc]
        taken.add(record_id)
        result.append(renamed)
    return result


@st.composite
def _reports(draw: st.DrawFn, sizes: _Sizes, quotes: _Quotes | None) -> Report:
    taken: set[str] = set()

    def many(size: tuple[int, int], item: Callable[[], _T]) -> list[_T]:
        return _unique_ids(_many(draw, *size, item), taken)

    orgs = many(sizes.organizations, lambda: _draw_organization(draw, (), quotes))
    # A parent comes earlier in the list, so parent links never form a cycle.
    flag = _Flags(draw)
    for index in range(1, len(orgs)):
        parent = _optional_ref(draw, flag, tuple(org.id for org in orgs[:index]))
        if parent is not None:
            orgs[index] = attrs.evolve(orgs[index], parent=parent)
    org_ids = tuple(org.id for org in orgs)
    people = many(sizes.officials, lambda: _draw_official(draw, org_ids, quotes))
    people_ids = tuple(person.id for person in people)
    meets: list[Meeting] = []
    documents: list[Resolution] = []
    if org_ids:
        documents = many(
            sizes.resolutions, lambda: _draw_resolution(draw, org_ids, draw(_KIND), quotes)
        )
        document_ids = tuple(document.id for document in documents)
        meets = many(
            sizes.meetings,
            lambda: _draw_meeting(draw, org_ids, people_ids, quotes, document_ids),
        )
    stats = many(sizes.indicators, lambda: _draw_indicator(draw, org_ids, quotes))
    # A part comes after its whole ("trong đó…"), so parts never form a cycle.
    for index in range(1, len(stats)):
        whole = _optional_ref(draw, flag, tuple(stat.id for stat in stats[:index]))
        if whole is not None:
            stats[index] = attrs.evolve(stats[index], part_of=whole)
    given: list[Directive] = []
    if people_ids and meets:
        pools = _Pools(
            people_ids,
            tuple(meeting.id for meeting in meets),
            org_ids,
            tuple(document.id for document in documents),
        )
        given = many(sizes.directives, lambda: _draw_directive(draw, pools, quotes))
    meeting_ids = tuple(meeting.id for meeting in meets)
    judged = many(sizes.assessments, lambda: _draw_assessment(draw, org_ids, meeting_ids, quotes))
    records: list[list[Any]] = [orgs, people, meets, documents, stats, given, judged]
    text = _write_source(draw, records) if quotes is None else quotes.text
    assert text is not None  # noqa: S101 -- quotes given for a report have a text
    return Report(
        source=_draw_source(draw, text, max(_days(meets), default=None)),
        organizations=tuple(orgs),
        officials=tuple(people),
        meetings=tuple(meets),
        resolutions=tuple(documents),
        indicators=tuple(stats),
        directives=tuple(given),
        assessments=tuple(judged),
    )


def _meeting_passage(meeting: Meeting) -> str:
    if meeting.date is None:
        return f"Dự kiến {meeting.title} sẽ được tổ chức."
    day = f"{meeting.date.day}-{meeting.date.month}"
    when = vocab.TIME_WORDS[meeting.time_of_day] if meeting.time_of_day else "Ngày"
    return f"{when} {day}, {meeting.title} được tổ chức."


def _days(meetings: list[Meeting]) -> list[dt.date]:
    """The last days of the meetings that have a date."""
    return [m.end or m.date for m in meetings if m.date is not None]


def _mention_indicator(record: Indicator) -> tuple[str, str]:
    target = record.target
    if record.value is not None:
        # "khoảng" only for the older flag: format_quantity writes a qualifier.
        about = record.approximate and record.value.qualifier is None
        verb = "đạt khoảng" if about else "đạt"
        phrase = f"{record.name} {verb} {format_quantity(record.value)}"
    elif record.change is not None:
        phrase = f"{record.name} {vocab.MOVED[record.change.direction]}"
    elif target is not None and target.value is not None:  # a goal: the target sets the level
        phrase = f"phấn đấu {record.name} {format_quantity(target.value)}"
    else:  # its standing against a target alone: "đạt 58% kế hoạch"
        assert target is not None  # noqa: S101 -- an indicator has one of them
        phrase = f"{record.name} {_standing(target)}"
    return phrase, phrase + "."


def _standing(target: Target) -> str:
    if target.attainment is not None:
        return f"đạt {format_number(target.attainment)}% chỉ tiêu"
    if target.excess is not None:
        return f"vượt {format_quantity(target.excess)} chỉ tiêu"
    return "hoàn thành chỉ tiêu" if target.met or target.ahead is not None else "chưa đạt chỉ tiêu"


def _mention(record: object) -> tuple[str, str]:  # noqa: PLR0911 -- one return per kind
    """Return a phrase naming *record*, and a passage of the source containing it."""
    if isinstance(record, Organization):
        return record.name, f"Lãnh đạo {record.name} tham dự hội nghị."
    if isinstance(record, Official):
        title = f", {record.positions[0].title}," if record.positions else ""
        return record.name, f"Đồng chí {record.name}{title} phát biểu chỉ đạo."
    if isinstance(record, Meeting):
        return record.title, _meeting_passage(record)
    if isinstance(record, Resolution):
        phrase = record.kind.vietnamese
        if record.number is not None:
            phrase += f" {record.number}"
        return phrase, f"Quận triển khai thực hiện {phrase}."
    if isinstance(record, Indicator):
        return _mention_indicator(record)
    if isinstance(record, Assessment):
        phrase = f"{_capitalize(record.topic)} {record.verdict}"
        return phrase, phrase + "."
    assert isinstance(record, Directive)  # noqa: S101 -- the last kind of record
    return record.text, record.text


def _draw_mention_evidence(draw: st.DrawFn, phrase: str, passage: str) -> tuple[str, ...]:
    """Draw evidence for a record: the phrase naming it, or words of its passage."""
    quotes = _quotes_from(passage)
    evidence = _many(draw, 0, _MAX_EVIDENCE, lambda: quotes.cut(draw) if draw(_BOOL) else phrase)
    return tuple(dict.fromkeys(evidence))


def _write_source(draw: st.DrawFn, records: list[list[Any]]) -> str:
    """Write a source text that mentions every record, and give each its evidence."""
    paragraphs: list[str] = []
    for group in records:
        for index, record in enumerate(group):
            phrase, passage = _mention(record)
            if draw(_BOOL):
                passage += " " + _draw_sentence(draw)
            passage = unicodedata.normalize("NFC", passage)
            paragraphs.append(passage)
            evidence = _draw_mention_evidence(draw, phrase, passage)
            if evidence:
                group[index] = attrs.evolve(record, evidence=evidence)
    if not paragraphs:
        paragraphs.append(_draw_sentence(draw))
    return "\n\n".join(paragraphs)
