"""The floor for structuring: govreport's records built by hand, attrs validators off.

What is left when no check of the converter or the validators runs: attrs
construction, the NFC converters and ``__attrs_post_init__`` (the report's graph
check among them).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs

from govreport import (
    Change,
    Directive,
    DocumentKind,
    DocumentSymbol,
    Indicator,
    Meeting,
    Official,
    Organization,
    PartialDate,
    Participant,
    Period,
    Position,
    Quantity,
    Report,
    Resolution,
    Source,
    Target,
    TimeOfDay,
)
from govreport._records import Direction, TargetKind

__all__ = ["build_unchecked"]


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _quantity(data: dict[str, Any] | None) -> Quantity | None:
    if data is None:
        return None
    return Quantity(amount=Decimal(data["amount"]), unit=data["unit"], scale=data["scale"])


def _build(data: dict[str, Any]) -> Report:
    """Build a Report from a dict by hand: no converter, no type checks."""
    src = data["source"]
    symbol = DocumentSymbol.parse
    return Report(
        source=Source(
            text=src["text"],
            title=src["title"],
            published=PartialDate.parse(src["published"]),
            language=src["language"],
            publisher=src["publisher"],
            url=src["url"],
        ),
        organizations=tuple(
            Organization(
                **{
                    **o,
                    "dissolved": o["dissolved"] and PartialDate.parse(o["dissolved"]),
                    "enriched": tuple(o["enriched"]),
                    "evidence": tuple(o["evidence"]),
                }
            )
            for o in data["organizations"]
        ),
        officials=tuple(
            Official(
                id=o["id"],
                name=o["name"],
                positions=tuple(Position(**p) for p in o["positions"]),
                evidence=tuple(o["evidence"]),
            )
            for o in data["officials"]
        ),
        meetings=tuple(
            Meeting(
                **{
                    **m,
                    "date": _date(m["date"]),
                    "time_of_day": m["time_of_day"] and TimeOfDay(m["time_of_day"]),
                    "participants": tuple(Participant(**p) for p in m["participants"]),
                    "evidence": tuple(m["evidence"]),
                }
            )
            for m in data["meetings"]
        ),
        resolutions=tuple(
            Resolution(
                **{
                    **r,
                    "kind": DocumentKind(r["kind"]),
                    "symbol": r["symbol"] and symbol(r["symbol"]),
                    "issued": _date(r["issued"]),
                    "enriched": tuple(r["enriched"]),
                    "evidence": tuple(r["evidence"]),
                }
            )
            for r in data["resolutions"]
        ),
        indicators=tuple(
            Indicator(
                **{
                    **i,
                    "period": Period(
                        start=_date(i["period"]["start"]), end=_date(i["period"]["end"])
                    ),
                    "value": _quantity(i["value"]),
                    "change": i["change"]
                    and Change(
                        **{
                            **i["change"],
                            "direction": Direction(i["change"]["direction"]),
                            "rate": _quantity(i["change"]["rate"]),
                        }
                    ),
                    "target": i["target"]
                    and Target(
                        **{
                            **i["target"],
                            "kind": TargetKind(i["target"]["kind"]),
                            "attainment": i["target"]["attainment"]
                            and Decimal(i["target"]["attainment"]),
                        }
                    ),
                    "evidence": tuple(i["evidence"]),
                }
            )
            for i in data["indicators"]
        ),
        directives=tuple(
            Directive(
                **{
                    **d,
                    "cites": tuple(d["cites"]),
                    "topics": tuple(d["topics"]),
                    "evidence": tuple(d["evidence"]),
                }
            )
            for d in data["directives"]
        ),
    )


def build_unchecked(data: dict[str, Any]) -> Report:
    attrs.validators.set_disabled(True)
    try:
        return _build(data)
    finally:
        attrs.validators.set_disabled(False)
