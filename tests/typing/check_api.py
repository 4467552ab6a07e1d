"""Real uses of the public API, type-checked by ``mypy --strict`` (never run)."""

import datetime as dt
from decimal import Decimal

import govreport
from govreport import Meeting, Quantity, Report, Resolution, TimeOfDay


def build_meeting() -> Meeting:
    return Meeting(
        id="hoi-nghi-17",
        title="Hội nghị Ban Chấp hành Đảng bộ quận",
        organizer="quan-uy-binh-tan",
        body="bch-binh-tan",
        date=dt.date(2023, 7, 13),
        term=12,
        session=17,
        expanded=True,
        time_of_day=TimeOfDay.AFTERNOON,
    )


def exact_investment() -> Decimal:
    return Quantity(amount=Decimal(20604), unit="VND", scale=9).exact


def round_trip(report: Report) -> Report:
    text: str = govreport.to_json(report, indent=2)
    return govreport.from_json(Report, text.encode())


def lookups(report: Report) -> tuple[str, ...]:
    resolution: Resolution | None = report.get("nq-98", Resolution)
    record: govreport.Record | None = report.get("nq-98")
    citing = report.directives_citing("nq-98")
    names = [item.path for item in govreport.ValidationError.at("$", "x").errors]
    return (*names, *(d.id for d in citing), str(resolution), str(record))
