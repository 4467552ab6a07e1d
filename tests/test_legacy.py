"""JSON written by govreport 0.1 still loads, and means what it meant.

``tests/data/binh-tan-2023-07-13-v0.1.json`` is a frozen copy of the bundled dataset as
0.1 wrote it. It must never be edited: the format may only grow by defaulted fields, and
a field that 0.1 wrote keeps its meaning (or is mapped to its successor, tested here).
"""

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import govreport
from govreport import Report, datasets

FROZEN = Path(__file__).parent / "data" / "binh-tan-2023-07-13-v0.1.json"
KINDS = ("organizations", "officials", "meetings", "resolutions", "indicators", "directives")


@pytest.fixture(scope="module")
def frozen() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FROZEN.read_bytes())
    return data


@pytest.fixture(scope="module")
def loaded() -> Report:
    return govreport.from_json(Report, FROZEN.read_bytes())


def _kept(old: object, new: object) -> None:
    """Every key that 0.1 wrote is written back with the same value."""
    if isinstance(old, dict):
        assert isinstance(new, dict)
        for key, value in old.items():
            assert key in new, key
            _kept(value, new[key])
    elif isinstance(old, list):
        assert isinstance(new, list)
        assert len(new) == len(old)
        for a, b in zip(old, new, strict=True):
            _kept(a, b)
    else:
        assert new == old


def test_the_frozen_copy_loads_and_writes_back_every_key_it_had(frozen, loaded):
    _kept(frozen, govreport.to_dict(loaded))


def test_the_frozen_copy_holds_the_same_records_as_the_bundled_dataset(loaded):
    current = datasets.binh_tan()
    assert loaded.source.text == current.source.text
    for kind in KINDS:
        assert [r.id for r in getattr(loaded, kind)] == [r.id for r in getattr(current, kind)]


def test_the_frozen_copy_means_what_it_said(loaded):
    investment = loaded["tong-von-dau-tu-toan-xa-hoi"]
    assert isinstance(investment, govreport.Indicator)
    assert investment.value is not None
    assert investment.value.amount == Decimal(20604)
    assert investment.approximate is True
    meeting = loaded.meetings[0]
    assert (meeting.date, meeting.term, meeting.session) == (dt.date(2023, 7, 13), 12, 17)
    directive = loaded.directives[0]
    assert (directive.issued_by, directive.addressee) == ("duong-ngoc-hai", "quan-binh-tan")
    resolution = loaded["nq-98-2023-qh15"]
    assert isinstance(resolution, govreport.Resolution)
    assert (resolution.number, resolution.issuer) == (98, "quoc-hoi")
    assert resolution.enriched == ("symbol", "issued")
