"""The readable summary that ``govreport show`` prints."""

from __future__ import annotations

import calendar
import textwrap
from decimal import Decimal
from typing import TYPE_CHECKING

from govreport._errors import ValidationError
from govreport._records import (
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
    Organization,
    Resolution,
)
from govreport._values import Qualifier
from govreport.vietnamese import format_number, format_quantity, to_roman

if TYPE_CHECKING:
    import datetime as dt

    from govreport._records import (
        Change,
        Directive,
        Election,
        Indicator,
        Paper,
        Position,
        Target,
        VoteEvent,
    )
    from govreport._report import Report
    from govreport._values import Period, Quantity

__all__ = ["period_label", "summarize"]

_WIDTH = 100
_QUARTERS = {1: "I", 4: "II", 7: "III", 10: "IV"}


def _quantity(quantity: Quantity) -> str:
    """The newspaper form, or for units and scales it has no words for, the codes."""
    try:
        return format_quantity(quantity)
    except ValidationError:
        scale = f" × 10^{quantity.scale}" if quantity.scale else ""
        per = f"/{quantity.per}" if quantity.per else ""
        qualifier = f"{quantity.qualifier.vietnamese} " if quantity.qualifier else ""
        return f"{qualifier}{format_number(quantity.amount)}{scale} {quantity.unit}{per}"


def _roman(number: int) -> str:
    try:
        return to_roman(number)
    except ValidationError:
        return str(number)  # past 3999, Roman numerals need overlines


def _day(day: dt.date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _named_span(start: dt.date, end: dt.date) -> str | None:
    """The words for whole months of one year, or None."""
    month_end = calendar.monthrange(end.year, end.month)[1]
    if start.year != end.year or start.day != 1 or end.day != month_end:
        return None
    year, first, last = start.year, start.month, end.month
    # Later entries win where two names fit: a quarter over "3 tháng đầu năm".
    candidates = [
        ((1, last), f"{last} tháng đầu năm {year}"),
        ((first, 12), f"{13 - first} tháng cuối năm {year}"),
    ]
    if first in _QUARTERS:
        candidates.append(((first, first + 2), f"quý {_QUARTERS[first]}/{year}"))
    candidates += [((first, first), f"tháng {first}/{year}"), ((1, 12), f"năm {year}")]
    names = dict(candidates)
    return names.get((first, last))


def period_label(period: Period) -> str:
    """Name a period as reports do: "6 tháng đầu năm 2023", "quý II/2023"."""
    if period.start == period.end:
        return _day(period.start)
    named = _named_span(period.start, period.end)
    return named or f"{_day(period.start)}–{_day(period.end)}"


def _name(report: Report, record_id: str) -> str:
    record = report.get(record_id, Organization) or report.get(record_id, Official)
    if record is None:  # a meeting, for its conclusions
        meeting = report.get(record_id, Meeting)
        assert meeting is not None  # noqa: S101 -- the report checked its references
        return meeting.title
    return record.name


def _term(record: Meeting | Organization | Position) -> str:
    """The term as reports write it ("khóa XX, nhiệm kỳ 2021–2026"), or the part given."""
    parts = []
    if record.term is not None:
        parts.append(f"khóa {_roman(record.term)}")
    if record.term_start is not None:
        parts.append(f"nhiệm kỳ {record.term_start}–{record.term_end}")
    return ", ".join(parts)


def _meeting_name(report: Report, meeting: Meeting) -> str:
    """The meeting as reports name it: "Kỳ họp thứ 2, HĐND quận khóa XX"."""
    body = _name(report, meeting.body)
    term = _term(meeting)
    session, kind = meeting.session, meeting.kind
    if kind is MeetingKind.COUNCIL_SESSION and session is not None:
        name = f"Kỳ họp thứ {session}, {body}"
    elif kind is MeetingKind.CONGRESS and session is not None:
        name = f"Đại hội {body} lần thứ {_roman(session)}"
    elif kind in _CONFERENCES and session is not None:
        name = f"Hội nghị lần thứ {session}, {body}"
    elif kind in _REGULAR and meeting.period is not None:
        name = f"Phiên họp thường kỳ {period_label(meeting.period)}, {body}"
    else:
        details = [term] if term else []
        if session is not None:
            details.append(f"lần thứ {session}")
        details += [word.vietnamese for word in (meeting.session_type, meeting.review) if word]
        if meeting.expanded:
            details.append("mở rộng")
        return f"{body} — {', '.join(details)}" if details else body
    if term:
        name += f" {term}"
    extras = [word.vietnamese for word in (meeting.session_type, meeting.review) if word]
    if meeting.expanded:
        extras.append("mở rộng")
    return f"{name} ({', '.join(extras)})" if extras else name


_CONFERENCES = (MeetingKind.CONFERENCE, MeetingKind.STANDING, MeetingKind.REVIEW)
_REGULAR = (MeetingKind.COMMITTEE_MEETING, MeetingKind.STANDING)


def _when(meeting: Meeting) -> str:
    if meeting.date is None:
        expected = f" {meeting.expected}" if meeting.expected else ""
        return f"dự kiến{expected} (planned)"
    when = _day(meeting.date)
    if meeting.end is not None:
        when = f"{when}–{_day(meeting.end)} ({meeting.days} ngày)"
    if meeting.time_of_day is not None:
        when = f"{meeting.time_of_day.vietnamese} {when} ({meeting.time_of_day.value})"
    if meeting.status not in (MeetingStatus.HELD, MeetingStatus.PLANNED):
        when += f", {meeting.status.vietnamese}"
    elif meeting.status is MeetingStatus.PLANNED:
        when += ", dự kiến (planned)"
    return when


def _where(meeting: Meeting) -> str:
    parts = [meeting.location] if meeting.location else []
    if meeting.format is not None:
        parts.append(meeting.format.vietnamese)
    if meeting.sites is not None:
        parts.append(f"{meeting.sites} điểm cầu")
    return ", ".join(parts)


def _vote(vote: VoteEvent) -> str:
    words = {"yes": "tán thành", "no": "không tán thành", "abstain": "không biểu quyết"}
    words["absent"] = "vắng"
    parts = [f"{value} {words[option]}" for option, value in vote.counts()]
    if vote.present is not None:
        parts.append(f"{vote.present} có mặt")
    if vote.total is not None:
        parts.append(f"tổng số {vote.total}")
    if vote.share is not None:
        base = f" {vote.base.vietnamese}" if vote.base else ""
        parts.append(f"{format_number(vote.share)}%{base} tán thành")
    return ", ".join(parts)


def _paper(report: Report, paper: Paper) -> str:
    kind = paper.kind.vietnamese.lower()
    text = f"{paper.count:02d} {kind}" if paper.count is not None else kind
    if paper.draft:
        text = f"dự thảo {text}"
    if paper.title:
        text += f" {paper.title}" if paper.count is not None else f": {paper.title}"
    if paper.presented_by is not None:
        text += f" ({_name(report, paper.presented_by)} trình)"
    return text


def _agenda(report: Report, meeting: Meeting) -> list[str]:
    lines = []
    for item in meeting.agenda:
        label = f"{item.number}. " if item.number is not None else "- "
        outcome = f" — {item.outcome.vietnamese}" if item.outcome else ""
        lines.append(f"    {label}{item.title}{outcome}")
        documents = [_document_name(_resolution(report, d)) for d in item.documents]
        documents += [_paper(report, paper) for paper in item.papers]
        lines.extend(f"       {document}" for document in documents)
        if item.vote is not None:
            lines.append(f"       biểu quyết: {_vote(item.vote)}")
    return lines


def _election(report: Report, election: Election) -> str:
    parts = []
    if election.body is not None:
        size = f" gồm {election.size} đồng chí" if election.size is not None else ""
        parts.append(f"{_name(report, election.body)}{size}")
    if election.post is not None:
        post = f"{election.post.title} ({_name(report, election.post.organization)})"
        who = _name(report, election.official) if election.official else None
        parts.append(f"{who}, {post}" if who else post)
    verb = election.method.vietnamese
    if election.reelected:
        verb = "tái cử"
    share = f", {format_number(election.share)}% phiếu" if election.share is not None else ""
    return f"{verb} {'; '.join(parts)}{share}"


def _meeting(report: Report, meeting: Meeting) -> list[str]:
    # A title quoted from mid-sentence starts in lower case; a heading does not.
    lines = [meeting.title[:1].upper() + meeting.title[1:]]
    if meeting.title_en:
        lines.append(meeting.title_en)
    lines.append("")
    rows = [
        ("When", _when(meeting)),
        ("Organizer", _name(report, meeting.organizer)),
        ("Body", _meeting_name(report, meeting)),
    ]
    if meeting.location or meeting.format:
        rows.append(("Where", _where(meeting)))
    chairs = ", ".join(_name(report, official) for official in meeting.chairs)
    if chairs:
        rows.append(("Chaired by", chairs))
    if meeting.attendance is not None:
        total = meeting.attendance.total
        present = meeting.attendance.present
        rows.append(("Present", f"{present}/{total} đại biểu" if total else f"{present} đại biểu"))
    for group in meeting.groups:
        count = f" ({format_number(Decimal(group.count))})" if group.count is not None else ""
        rows.append(("With", f"{group.name}{count}"))
    lines.extend(f"  {label:<10} {value}" for label, value in rows)
    if meeting.agenda:
        lines.append("  Agenda")
        lines.extend(_agenda(report, meeting))
    if meeting.elections:
        lines.append("  Elected")
        lines.extend(f"    {_election(report, election)}" for election in meeting.elections)
    return lines


def _organizations(report: Report) -> list[str]:
    lines = ["Organizations"]
    for organization in report.organizations:
        term = _term(organization)
        lines.append(f"  {organization.name}{f' {term}' if term else ''}")
    return lines


def _people(report: Report) -> list[str]:
    roles = {p.official: p.role for meeting in report.meetings for p in meeting.participants}
    lines = ["People"]
    for official in report.officials:
        lines.append(f"  {official.name}")
        for position in official.positions:
            gloss = f" ({position.title_en})" if position.title_en else ""
            term = _term(position)
            lines.append(f"    {position.title}{f' {term}' if term else ''}{gloss}")
        if official.id in roles:
            lines.append(f"    at the meeting: {roles[official.id]}")
    return lines


def _document_name(resolution: Resolution) -> str:
    draft = "Dự thảo " + resolution.kind.vietnamese.lower() if resolution.draft else None
    kind = draft or resolution.kind.vietnamese
    if resolution.symbol is not None:
        return f"{kind} {resolution.symbol}"
    if resolution.number is not None:
        return f"{kind} {resolution.number}"
    return kind  # unnumbered: its title, printed below, names it


def _documents(report: Report) -> list[str]:
    lines = ["Documents"]
    enriched = False
    for resolution in report.resolutions:
        issuers = [resolution.issuer, *resolution.co_issuers]
        issuer = ", ".join(_name(report, one) for one in issuers)
        if resolution.term is not None:
            issuer += f" khóa {_roman(resolution.term)}"
        issued = f", {_day(resolution.issued)}" if resolution.issued else ""
        mark = "*" if resolution.enriched else ""
        enriched = enriched or bool(resolution.enriched)
        lines.append(f"  {_document_name(resolution)}{mark} — {issuer}{issued}")
        if resolution.title:
            lines.extend(
                textwrap.wrap(
                    resolution.title, _WIDTH, initial_indent="    ", subsequent_indent="    "
                )
            )
    if enriched:
        lines.append("  * some facts added from outside the source text (see `enriched`)")
    return lines


def _value_cell(indicator: Indicator) -> str:
    if indicator.value is None:
        return ""
    value = _quantity(indicator.value)
    if indicator.approximate and indicator.value.qualifier is None:
        value = f"{Qualifier.ABOUT.vietnamese} {value}"  # the 0.1 spelling of "about"
    return value


def _change_cell(change: Change | None) -> str:
    if change is None:
        return ""
    words = {"increase": "tăng", "decrease": "giảm", "unchanged": "không đổi"}
    text = words[change.direction.value]
    if change.rate is not None:
        text += f" {_quantity(change.rate)}"
    if change.amount is not None:
        text += f" {_quantity(change.amount)}"
    if change.multiple is not None:
        text += f" gấp {format_number(change.multiple)} lần"
    if change.baseline:
        text += f" so {change.baseline}"
    elif change.baseline_period is not None:
        text += f" so với {period_label(change.baseline_period)}"
    return text


_TARGET_WORDS = {
    "plan": "kế hoạch",
    "statutory": "chỉ tiêu pháp lệnh",
    "resolution": "chỉ tiêu nghị quyết",
    "program": "chỉ tiêu",
    "estimate": "dự toán",
    "assigned": "chỉ tiêu giao",
}


def _target_cell(target: Target | None) -> str:
    if target is None:
        return ""
    kind = _TARGET_WORDS[target.kind.value]
    if target.period is not None:
        kind += f" {period_label(target.period)}"
    parts = []
    if target.attainment is not None:
        qualifier = target.attainment_qualifier
        word = f"{qualifier.vietnamese} " if qualifier is not None else ""
        parts.append(f"đạt {word}{format_number(target.attainment)}% {kind}")
    if target.excess is not None:
        parts.append(f"vượt {_quantity(target.excess)} {kind}")
    if target.ahead is not None:
        parts.append(f"sớm hơn {_quantity(target.ahead)} so với {kind}")
    if not parts and target.met:
        parts.append(f"hoàn thành {kind}")
    text = ", ".join(parts) or kind
    if target.value is not None:
        text = f"mục tiêu {_quantity(target.value)} ({text})"
    return text


def _indicator_row(indicator: Indicator) -> tuple[str, str, str, str, str]:
    return (
        indicator.name,
        period_label(indicator.period),
        _value_cell(indicator),
        _change_cell(indicator.change),
        _target_cell(indicator.target),
    )


def _indicators(report: Report) -> list[str]:
    header = ("Indicator", "Period", "Value", "Change", "Target")
    rows = [header, *(_indicator_row(indicator) for indicator in report.indicators)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["Indicators"]
    for number, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append(("  " + "  ".join(cells)).rstrip())
        if number == 0:
            lines.append("  " + "  ".join("─" * width for width in widths))
    return lines


def _resolution(report: Report, resolution_id: str) -> Resolution:
    resolution = report.get(resolution_id, Resolution)
    assert resolution is not None  # noqa: S101 -- the report checked its references
    return resolution


def _directive_notes(report: Report, directive: Directive) -> list[str]:
    verb = f"{directive.kind.vietnamese} " if directive.kind is not None else ""
    notes = [f"{verb}by {_name(report, directive.issued_by)}"]
    addressed = [_name(report, org) for org in directive.addressed]
    addressed.extend(directive.addressee_groups)
    if addressed:
        notes.append(f"to {', '.join(addressed)}")
    if directive.deadline is not None:
        notes.append(f"due {directive.deadline}")
    return notes


def _directives(report: Report) -> list[str]:
    lines = ["Directives"]
    for number, directive in enumerate(report.directives, start=1):
        # The source's own numbering where it numbers the instructions.
        label = f"{directive.order if directive.order is not None else number}. "
        indent = " " * (2 + len(label))
        lines.extend(
            textwrap.wrap(
                f"{label}{directive.text}", _WIDTH, initial_indent="  ", subsequent_indent=indent
            )
        )
        notes = _directive_notes(report, directive)
        if directive.cites:
            cited = ", ".join(_document_name(_resolution(report, c)) for c in directive.cites)
            notes.append(f"cites {cited}")
        lines.append(indent + "; ".join(notes))
    return lines


def _assessments(report: Report) -> list[str]:
    lines = ["Assessments"]
    for assessment in report.assessments:
        notes = [assessment.trend.value] if assessment.trend is not None else []
        if assessment.period is not None:
            notes.append(period_label(assessment.period))
        note = f" ({', '.join(notes)})" if notes else ""
        lines.extend(
            textwrap.wrap(
                f"{assessment.topic}: {assessment.verdict}{note}",
                _WIDTH,
                initial_indent="  ",
                subsequent_indent="    ",
            )
        )
    return lines


def summarize(report: Report) -> str:
    """Return a readable, plain-text summary of *report*, values in Vietnamese notation."""
    sections: list[list[str]] = [_meeting(report, meeting) for meeting in report.meetings]
    if report.organizations:
        sections.append(_organizations(report))
    if report.officials:
        sections.append(_people(report))
    if report.resolutions:
        sections.append(_documents(report))
    if report.indicators:
        sections.append(_indicators(report))
    if report.assessments:
        sections.append(_assessments(report))
    if report.directives:
        sections.append(_directives(report))
    source = report.source
    when = str(source.published)
    if source.published_at is not None:
        when = source.published_at.isoformat(timespec="minutes")
    origin = ", ".join(filter(None, [source.author, source.publisher, when, source.url]))
    sections.append([f"Source: {source.title} ({origin})"])
    return "\n\n".join("\n".join(section) for section in sections) + "\n"
