"""The source of a report and the checked graph of its records."""

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from . import _model
from . import _validators as v
from ._errors import ErrorItem, ErrorList, ValidationError, printable, short_repr
from ._records import (
    Assessment,
    Directive,
    Indicator,
    Meeting,
    Official,
    Organization,
    Resolution,
)
from ._values import PartialDate

if TYPE_CHECKING:
    from .vietnamese._text import Passages

__all__ = ["Record", "Report", "Source"]

Record = Organization | Official | Meeting | Resolution | Indicator | Directive | Assessment
"""Any record a report holds by id."""

_R = TypeVar("_R", Organization, Official, Meeting, Resolution, Indicator, Directive, Assessment)
_LANGUAGE = v.Pattern("[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
# No white space after the scheme; the text check refuses control characters.
_URL = v.Pattern(f"https?://[^{v.WHITE_SPACE}]+")


@_model.record(kw_only=True)
class Source:
    """The text a report's records are taken from, and where it was published.

    `published` is the publication date as far as it is known; `published_at`
    the moment, where the page gives the time ("14/07/2023 08:30 GMT+7"), a
    `datetime.datetime` with its UTC offset on a day within `published`.
    `author` is the byline as written ("Hoàng Hải", "Nhóm PV").
    """

    text: str = attrs.field(converter=v.nfc, validator=v.text(multiline=True, verbatim=True))
    title: str = attrs.field(converter=v.nfc, validator=v.text())
    published: PartialDate = attrs.field(validator=v.instance(PartialDate))
    language: str = attrs.field(
        default="vi",
        validator=v.text(pattern=_LANGUAGE, meaning="a BCP 47 tag such as 'vi'"),
    )
    publisher: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )
    url: str | None = attrs.field(
        default=None,
        converter=v.nfc_optional,
        validator=v.text(optional=True, pattern=_URL, meaning="an http(s) URL"),
    )
    published_at: dt.datetime | None = attrs.field(
        default=None, validator=v.timestamp(optional=True)
    )
    author: str | None = attrs.field(
        default=None, converter=v.nfc_optional, validator=v.text(optional=True)
    )

    def __attrs_post_init__(self) -> None:
        moment = self.published_at
        if moment is not None and moment.date() not in self.published.period:
            msg = f"published_at {moment.isoformat()} is not within published {self.published}"
            raise ValidationError.at("$.published_at", msg)


# Which attribute of which record refers to which kind of record.
_REFERENCES: dict[type[Any], tuple[tuple[str, type[Any] | tuple[type[Any], ...]], ...]] = {
    Organization: (("parent", Organization),),
    Official: (),
    Meeting: (("organizer", Organization), ("body", Organization)),
    Resolution: (("issuer", Organization),),
    Indicator: (("area", Organization), ("part_of", Indicator)),
    Directive: (
        ("issued_by", (Official, Organization, Meeting)),
        ("meeting", Meeting),
        ("addressee", Organization),
        ("cites", Resolution),
        ("addressees", Organization),
    ),
    Assessment: (("area", Organization), ("meeting", Meeting)),
}
_COLLECTIONS = (
    ("organizations", Organization),
    ("officials", Official),
    ("meetings", Meeting),
    ("resolutions", Resolution),
    ("indicators", Indicator),
    ("directives", Directive),
    ("assessments", Assessment),
)


@_model.record(kw_only=True)
class Report:
    """A report: its source text and every record taken from it, as one checked graph.

    Building a report checks that ids are unique, that every reference resolves
    to a record of the right type and that every evidence quote occurs verbatim
    in ``source.text``; every problem is listed in one `ValidationError`.
    """

    source: Source = attrs.field(validator=v.instance(Source))
    organizations: tuple[Organization, ...] = attrs.field(
        default=(), validator=v.instances(Organization)
    )
    officials: tuple[Official, ...] = attrs.field(default=(), validator=v.instances(Official))
    meetings: tuple[Meeting, ...] = attrs.field(default=(), validator=v.instances(Meeting))
    resolutions: tuple[Resolution, ...] = attrs.field(default=(), validator=v.instances(Resolution))
    indicators: tuple[Indicator, ...] = attrs.field(default=(), validator=v.instances(Indicator))
    directives: tuple[Directive, ...] = attrs.field(default=(), validator=v.instances(Directive))
    assessments: tuple[Assessment, ...] = attrs.field(default=(), validator=v.instances(Assessment))
    _index: dict[str, Record] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Record] = {}
        errors = ErrorList()
        for collection, _ in _COLLECTIONS:
            for position, record in enumerate(getattr(self, collection)):
                if record.id in index:
                    msg = f"duplicate id {short_repr(record.id)}"
                    errors.append(ErrorItem(f"$.{collection}[{position}].id", msg))
                else:
                    index[record.id] = record
        absent = _absent_quotes(self)
        cyclic = _cyclic(self.organizations) | _cyclic(self.indicators, "part_of")
        if not errors and not absent and not cyclic and _sound(self, index):
            object.__setattr__(self, "_index", index)
            return
        _explain(self, index, absent, cyclic, errors)
        if errors:
            raise errors.error()
        object.__setattr__(self, "_index", index)

    def __getitem__(self, record_id: str) -> Record:
        """Return the record with id *record_id*; `KeyError` if there is none."""
        return self._index[record_id]

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._index

    def records(self) -> tuple[Record, ...]:
        """Return every record, collection by collection, in order."""
        return tuple(self._index.values())

    @overload
    def get(self, record_id: str) -> Record | None: ...
    @overload
    def get(self, record_id: str, kind: type[_R]) -> _R | None: ...
    def get(self, record_id: str, kind: type[Any] | None = None) -> Any:
        """Return the record with id *record_id*, or None, as a mapping's ``get`` does.

        With *kind*, a record of another type also gives None.
        """
        record = self._index.get(record_id)
        if kind is not None and not isinstance(record, kind):
            return None
        return record

    def directives_citing(self, resolution_id: str) -> tuple[Directive, ...]:
        """Return the directives that cite the resolution *resolution_id*, in order."""
        return tuple(d for d in self.directives if resolution_id in d.cites)


def _explain(
    report: Report,
    index: dict[str, Record],
    absent: frozenset[str],
    cyclic: set[str],
    errors: ErrorList,
) -> None:
    """Say where the references that do not resolve, the absent quotes and the cycles are."""
    suggest = _Suggestions(report.source.text)
    for collection, cls in _COLLECTIONS:
        for position, record in enumerate(getattr(report, collection)):
            where = f"$.{collection}[{position}]"
            errors.extend(_check_references(record, cls, where, index))
            if not absent:
                continue
            for n, quote in enumerate(record.evidence):
                if quote in absent:
                    msg = _absent_message(quote, suggest)
                    errors.append(ErrorItem(f"{where}.evidence[{n}]", msg))
    for position, org in enumerate(report.organizations):
        if org.id in cyclic:
            msg = f"{short_repr(org.id)} is its own ancestor"
            errors.append(ErrorItem(f"$.organizations[{position}].parent", msg))
    for position, part in enumerate(report.indicators):
        if part.id in cyclic:
            msg = f"{short_repr(part.id)} is, through others, a part of itself"
            errors.append(ErrorItem(f"$.indicators[{position}].part_of", msg))


# An absent quote is shown whole up to this many characters, then cut between words.
_MAX_QUOTE_SHOWN = 240
# So many absent quotes at most are looked for loosely, each in one pass over the text.
_MAX_SUGGESTIONS = 16
# The loose index of a text takes tens of bytes a character: past this length
# (far beyond any article) an absent quote is reported without a suggestion.
_MAX_SUGGESTION_TEXT = 1 << 20


def _bounded(quote: str) -> str:
    """*quote* in quotation marks, whole or cut between two words, never inside one."""
    if len(quote) > _MAX_QUOTE_SHOWN:
        cut = quote.rfind(" ", 0, _MAX_QUOTE_SHOWN)
        quote = quote[: cut if cut > 0 else _MAX_QUOTE_SHOWN] + " …"
    return f"'{printable(quote)}'"


class _Suggestions:
    """The exact words of the text for quotes it holds only up to case, spacing or tones."""

    __slots__ = ("_asked", "_passages", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._passages: Passages | None = None
        self._asked = 0

    def __call__(self, quote: str) -> str | None:
        if self._asked >= _MAX_SUGGESTIONS or len(self._text) > _MAX_SUGGESTION_TEXT:
            return None
        self._asked += 1
        if self._passages is None:
            from .vietnamese._text import Passages  # noqa: PLC0415 -- only when a quote is absent

            self._passages = Passages(self._text)
        return self._passages.find(quote)


def _absent_message(quote: str, suggest: _Suggestions) -> str:
    message = f"evidence {_bounded(quote)} does not occur in the source text"
    passage = suggest(quote)
    if passage is None:
        return message
    return f"{message}; it has {_bounded(passage)}: quote that instead"


def _sound(report: Report, index: dict[str, Record]) -> bool:  # noqa: C901, PLR0912 -- one pass
    """Whether every reference resolves: the happy path.

    It answers yes or no only; on a no, the caller looks again to say where.
    Plain loops rather than all() over generators: this runs for every report.
    """
    get = index.get
    for collection, cls in _COLLECTIONS:
        references = _REFERENCES[cls]
        if not references:
            continue
        for record in getattr(report, collection):
            for name, kind in references:
                value = getattr(record, name)
                if value is None:
                    continue
                if type(value) is tuple:
                    for target in value:
                        if not isinstance(get(target), kind):
                            return False
                elif not isinstance(get(value), kind):
                    return False
    for meeting in report.meetings:
        for participant in meeting.participants:
            if not isinstance(get(participant.official), Official):
                return False
        if meeting.agenda or meeting.elections:
            for _, target, kinds in _meeting_references(meeting, ""):
                if not isinstance(get(target), kinds):
                    return False
    for official in report.officials:
        for position in official.positions:
            if not isinstance(get(position.organization), Organization):
                return False
    return True


# Up to this many characters compared in all (quotes times text length), each
# quote is looked for in the text by itself, at C speed; past it, all at once
# in one pass over the text, in time linear in the text and the quotes.
_SCAN_BUDGET = 1 << 26


def _absent_quotes(report: Report) -> frozenset[str]:
    """The evidence quotes of *report* that do not occur in its source text."""
    text = report.source.text
    quotes: set[str] = set()
    for collection, _ in _COLLECTIONS:
        for record in getattr(report, collection):
            quotes.update(record.evidence)
    if len(quotes) * len(text) <= _SCAN_BUDGET:
        return frozenset(quote for quote in quotes if quote not in text)
    return frozenset(quotes - _occurring(text, quotes))


def _occurring(text: str, quotes: set[str]) -> set[str]:  # noqa: C901 -- one automaton
    """Which of *quotes* occur in *text*: one pass of an Aho-Corasick automaton.

    States are numbered; a transition is keyed by state and character as one
    int.  Time is linear in the text plus the quotes' total length, however
    many quotes there are.
    """
    goto: dict[int, int] = {}
    output: list[str | None] = [None]
    for quote in quotes:
        state = 0
        for char in quote:
            key = state << 21 | ord(char)
            following = goto.get(key)
            if following is None:
                following = goto[key] = len(output)
                output.append(None)
            state = following
        output[state] = quote
    children: list[list[tuple[int, int]]] = [[] for _ in output]
    for key, following in goto.items():
        children[key >> 21].append((key & 0x1FFFFF, following))
    fail = [0] * len(output)
    # The nearest state along the failure links that ends a quote (0: none).
    report = [0] * len(output)
    queue = [following for _, following in children[0]]
    for state in queue:  # breadth first: the queue grows as it is read
        for code, following in children[state]:
            queue.append(following)
            back = fail[state]
            while back and (back << 21 | code) not in goto:
                back = fail[back]
            target = goto.get(back << 21 | code, 0)
            fail[following] = target
            report[following] = target if output[target] is not None else report[target]
    # What reaching each state finds: itself if it ends a quote, else its report.
    emit = [state if output[state] is not None else report[state] for state in range(len(output))]
    found: set[str] = set()
    seen = [False] * len(output)
    get = goto.get
    state = 0
    for code in map(ord, text):
        following = get(state << 21 | code)
        while following is None and state:
            state = fail[state]
            following = get(state << 21 | code)
        state = following or 0
        hit = emit[state]
        while hit and not seen[hit]:
            seen[hit] = True
            found.add(output[hit])  # type: ignore[arg-type]
            hit = report[hit]
    return found


def _check_references(
    record: Record, cls: type[Any], where: str, index: dict[str, Record]
) -> Iterator[ErrorItem]:
    # By the collection's class, not type(record): records may be subclassed.
    references = _REFERENCES[cls]
    for name, kind in references:
        value = getattr(record, name)
        targets = enumerate(value) if isinstance(value, tuple) else [(None, value)]
        for n, target in targets:
            if target is None:
                continue
            path = f"{where}.{name}" if n is None else f"{where}.{name}[{n}]"
            yield from _resolve(target, kind, path, index)
    if isinstance(record, Official):
        for n, position in enumerate(record.positions):
            path = f"{where}.positions[{n}].organization"
            yield from _resolve(position.organization, Organization, path, index)
    if isinstance(record, Meeting):
        for path, target, kinds in _meeting_references(record, where):
            yield from _resolve(target, kinds, path, index)


_OFFICIAL_OR_BODY = (Official, Organization)


def _meeting_references(
    meeting: Meeting, where: str
) -> Iterator[tuple[str, str, type[Any] | tuple[type[Any], ...]]]:
    """The references inside a meeting: (path, id, the kinds of record it may name)."""
    for n, participant in enumerate(meeting.participants):
        yield f"{where}.participants[{n}].official", participant.official, Official
    for n, item in enumerate(meeting.agenda):
        at = f"{where}.agenda[{n}]"
        for m, document in enumerate(item.documents):
            yield f"{at}.documents[{m}]", document, Resolution
        for m, paper in enumerate(item.papers):
            if paper.presented_by is not None:
                yield f"{at}.papers[{m}].presented_by", paper.presented_by, _OFFICIAL_OR_BODY
    for n, election in enumerate(meeting.elections):
        at = f"{where}.elections[{n}]"
        if election.body is not None:
            yield f"{at}.body", election.body, Organization
        if election.official is not None:
            yield f"{at}.official", election.official, Official
        if election.post is not None:
            yield f"{at}.post.organization", election.post.organization, Organization


def _a(name: str) -> str:
    """*name* with its indefinite article: "an Organization", "a Meeting"."""
    return f"an {name}" if name[0] in "AEIOU" else f"a {name}"


def _kinds(kind: type[Any] | tuple[type[Any], ...]) -> str:
    """The kinds of record a reference may name: "an Official or an Organization"."""
    names = [_a(cls.__name__) for cls in (kind if isinstance(kind, tuple) else (kind,))]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _resolve(
    target: str, kind: type[Any] | tuple[type[Any], ...], path: str, index: dict[str, Record]
) -> Iterator[ErrorItem]:
    found = index.get(target)
    if found is None:
        yield ErrorItem(path, f"refers to {short_repr(target)}, which is not in the report")
    elif not isinstance(found, kind):
        found_kind = _a(type(found).__name__)
        msg = f"refers to {short_repr(target)}, {found_kind}, where {_kinds(kind)} is needed"
        yield ErrorItem(path, msg)


def _cyclic(
    records: tuple[Organization, ...] | tuple[Indicator, ...], link: str = "parent"
) -> set[str]:
    """The ids of the records that are their own ancestors through *link*.

    Organizations and their parents, indicators and what they are part of.
    Each chain of parents is walked once, however long: a walk stops at an id
    an earlier walk has passed.
    """
    parents: dict[str, str | None] = {record.id: getattr(record, link) for record in records}
    done: set[str] = set()
    cyclic: set[str] = set()
    for start in parents:
        path: dict[str, int] = {}  # the ids this walk passed, in order
        current: str | None = start
        while current is not None and current in parents and current not in done:
            if current in path:
                cyclic.update(list(path)[path[current] :])
                break
            path[current] = len(path)
            current = parents[current]
        done.update(path)
    return cyclic
