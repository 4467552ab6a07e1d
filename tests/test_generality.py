"""What real reports of other kinds say, now held in typed fields (issue 12, figures half).

Every source sentence below is written for these tests, in the genre's notation.
"""

from typing import Any

import pytest

import govreport
from govreport import (
    Directive,
    DirectiveKind,
    PartialDate,
    Report,
    ValidationError,
    datasets,
)
from govreport._cli.summary import summarize


def paths(error: ValidationError) -> list[str]:
    return sorted(item.path for item in error.errors)


def _directive(**kwargs: object) -> Directive:
    fields: dict[str, object] = {
        "id": "d",
        "text": "các cơ quan, đơn vị khẩn trương rà soát hồ sơ dự án",
        "issued_by": "quan-uy",
        "meeting": "hoi-nghi",
    }
    fields.update(kwargs)
    return Directive(**fields)  # type: ignore[arg-type]


def test_a_directive_keeps_its_kind_order_deadline_and_groups():
    directive = _directive(
        kind=DirectiveKind.REQUEST,
        order=2,
        deadline=PartialDate(year=2023, month=9, day=30),
        addressee_groups=("các cơ quan, đơn vị",),
    )
    assert directive.kind.vietnamese == "yêu cầu"
    assert (directive.order, str(directive.deadline)) == (2, "2023-09-30")
    assert directive.addressed == ()
    assert _directive(addressee="ubnd").addressed == ("ubnd",)
    assert _directive(addressees=("ubnd", "mttq")).addressed == ("ubnd", "mttq")


@pytest.mark.parametrize(
    ("kwargs", "path", "message"),
    [
        ({"addressees": ("ubnd",)}, "$.addressees", "write a single one as addressee"),
        ({"addressee": "a", "addressees": ("b", "c")}, "$.addressees", "not both"),
        ({"addressees": ("b", "b")}, "$.addressees[1]", "repeats"),
        ({"order": 0}, "$.order", "at least 1"),
        ({"kind": "yêu cầu"}, "$.kind", "DirectiveKind"),
        ({"addressee_groups": ("",)}, "$.addressee_groups[0]", "empty"),
        ({"deadline": "2023-09"}, "$.deadline", "PartialDate"),
    ],
)
def test_directive_refusals(kwargs, path, message):
    with pytest.raises(ValidationError, match=message) as info:
        _directive(**kwargs)
    assert paths(info.value) == [path]


def test_every_directive_kind_has_its_verb():
    assert {kind.vietnamese for kind in DirectiveKind} == {
        "yêu cầu", "đề nghị", "chỉ đạo", "giao", "lưu ý", "nhấn mạnh", "kết luận",
    }  # fmt: skip


def _binh_tan() -> dict[str, Any]:
    return govreport.to_dict(datasets.binh_tan())


def test_show_names_the_body_or_meeting_that_gave_a_directive():
    data = _binh_tan()
    first, second = data["directives"][:2]
    first.update(issued_by="quan-uy-binh-tan", kind="request", order=3, deadline="2023-12")
    first.update(addressee=None, addressees=["quan-binh-tan", "quan-uy-binh-tan"])
    first["addressee_groups"] = ["các cơ quan, đơn vị"]
    second.update(issued_by=data["meetings"][0]["id"], kind="conclusion")
    out = summarize(govreport.from_dict(Report, data))
    assert "  3. quận Bình Tân có các giải pháp" in out
    assert (
        "yêu cầu by Quận ủy quận Bình Tân; to quận Bình Tân, Quận ủy quận Bình Tân,"
        " các cơ quan, đơn vị; due 2023-12" in out
    )
    assert "kết luận by hội nghị Ban Chấp hành" in out.replace("Hội nghị", "hội nghị")
