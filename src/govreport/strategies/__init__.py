"""Hypothesis strategies for every govreport record and value type.

Every example is valid: it passes its constructor, and `reports` builds whole
consistent graphs whose evidence quotes occur verbatim in the generated source
text.  Examples look like real data (Vietnamese names, titles with diacritics,
"tỷ đồng" amounts, symbols such as "30/2020/NĐ-CP" and "31-NQ/TW") and shrink
towards small reports of short, plain records.

A record drawn on its own refers to arbitrary ids; pass the ids it may refer to
(``meetings(organization_ids=[...], official_ids=[...])``) to draw references
into a graph of your own.  Installing govreport registers `for_type` with
hypothesis, so ``st.from_type(govreport.Meeting)`` works without importing this
module.  It is the only public govreport module that imports hypothesis (with
the private modules it is built from).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from govreport._records import (
    AgendaItem,
    Assessment,
    Attendance,
    Change,
    Directive,
    Election,
    Group,
    Indicator,
    Meeting,
    Official,
    Organization,
    Paper,
    Participant,
    Position,
    Resolution,
    Target,
    VoteEvent,
)
from govreport._report import Report, Source
from govreport._values import Attainment, DocumentSymbol, Movement, PartialDate, Period, Quantity

from ._meetings import (
    agenda_items,
    attendances,
    elections,
    groups,
    meetings,
    papers,
    participants,
    vote_events,
)
from ._records import (
    assessments,
    changes,
    directives,
    indicators,
    officials,
    organizations,
    positions,
    resolutions,
    sources,
    targets,
)
from ._reports import (
    reports,
)
from ._values import (
    attainments,
    document_symbols,
    ids,
    movements,
    names,
    partial_dates,
    periods,
    quantities,
    texts,
)

__all__ = [
    "agenda_items",
    "assessments",
    "attainments",
    "attendances",
    "changes",
    "directives",
    "document_symbols",
    "elections",
    "for_type",
    "groups",
    "ids",
    "indicators",
    "meetings",
    "movements",
    "names",
    "officials",
    "organizations",
    "papers",
    "partial_dates",
    "participants",
    "periods",
    "positions",
    "quantities",
    "reports",
    "resolutions",
    "sources",
    "targets",
    "texts",
    "vote_events",
]

# -- registration -------------------------------------------------------------------

_DEFAULTS: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
    Quantity: quantities,
    Attainment: attainments,
    Movement: movements,
    Period: periods,
    PartialDate: partial_dates,
    DocumentSymbol: document_symbols,
    Organization: organizations,
    Position: positions,
    Official: officials,
    Participant: participants,
    Group: groups,
    Attendance: attendances,
    VoteEvent: vote_events,
    Paper: papers,
    AgendaItem: agenda_items,
    Election: elections,
    Meeting: meetings,
    Resolution: resolutions,
    Change: changes,
    Target: targets,
    Indicator: indicators,
    Directive: directives,
    Assessment: assessments,
    Source: sources,
    Report: reports,
}


def for_type(cls: type[Any]) -> st.SearchStrategy[Any]:
    """Return the default strategy for a govreport record or value type.

    This is what ``st.from_type(cls)`` uses once govreport is installed; enums
    are left to hypothesis, which samples their members.
    """
    try:
        factory = _DEFAULTS[cls]
    except (KeyError, TypeError):
        known = ", ".join(sorted(known.__name__ for known in _DEFAULTS))
        msg = f"govreport.strategies has no strategy for {cls!r}; it knows {known}"
        raise InvalidArgument(msg) from None
    return factory()
