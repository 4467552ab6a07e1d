import unicodedata

import attrs
import pytest

from govreport import (
    Directive,
    Meeting,
    Official,
    Organization,
    Report,
    Resolution,
    ValidationError,
    from_dict,
)


def paths(error: ValidationError) -> list[str]:
    return sorted(item.path for item in error.errors)


def build(data) -> Report:
    return from_dict(Report, data)


def test_lookup_by_id(report_dict):
    report = build(report_dict)
    assert isinstance(report["hoi-nghi-17"], Meeting)
    assert report["duong-ngoc-hai"].name == "Dương Ngọc Hải"
    assert report.get("nq-98") is report.resolutions[0]
    assert report.get("nope") is None
    assert report.get("nq-98", Resolution) is report.resolutions[0]
    assert report.get("nq-98", Official) is None
    assert "nq-98" in report
    assert "nope" not in report
    with pytest.raises(KeyError):
        report["nope"]
    assert [r.id for r in report.records()] == [
        "quan-uy-binh-tan",
        "bch-binh-tan",
        "quoc-hoi",
        "duong-ngoc-hai",
        "hoi-nghi-17",
        "nq-98",
        "von-dau-tu",
        "trien-khai-nq-98",
    ]


def test_directives_citing(report_dict):
    report = build(report_dict)
    assert report.directives_citing("nq-98") == report.directives
    assert report.directives_citing("quoc-hoi") == ()
    assert report.directives_citing("nope") == ()


def test_duplicate_ids_across_collections_are_refused(report_dict):
    report_dict["officials"][0]["id"] = "quoc-hoi"
    report_dict["officials"][0]["positions"] = []
    report_dict["meetings"][0]["participants"] = []
    report_dict["directives"][0]["issued_by"] = "quoc-hoi"
    with pytest.raises(ValidationError) as info:
        build(report_dict)
    assert "$.officials[0].id" in paths(info.value)
    assert "duplicate id 'quoc-hoi'" in str(info.value)


def test_dangling_references_are_refused(report_dict):
    report_dict["directives"][0]["cites"] = ["nq-98", "nq-31"]
    report_dict["meetings"][0]["body"] = "ban-chap-hanh"
    report_dict["meetings"][0]["participants"][0]["official"] = "nguyen-van-a"
    report_dict["officials"][0]["positions"][0]["organization"] = "thanh-uy"
    report_dict["organizations"][1]["parent"] = "thanh-uy"
    with pytest.raises(ValidationError) as info:
        build(report_dict)
    assert paths(info.value) == [
        "$.directives[0].cites[1]",
        "$.meetings[0].body",
        "$.meetings[0].participants[0].official",
        "$.officials[0].positions[0].organization",
        "$.organizations[1].parent",
    ]
    assert "'nq-31', which is not in the report" in str(info.value)


def test_references_to_the_wrong_kind_of_record_are_refused(report_dict):
    report_dict["directives"][0]["cites"] = ["quoc-hoi"]
    report_dict["directives"][0]["issued_by"] = "nq-98"
    report_dict["directives"][0]["meeting"] = "nq-98"
    report_dict["indicators"][0]["area"] = "duong-ngoc-hai"
    with pytest.raises(ValidationError) as info:
        build(report_dict)
    assert paths(info.value) == [
        "$.directives[0].cites[0]",
        "$.directives[0].issued_by",
        "$.directives[0].meeting",
        "$.indicators[0].area",
    ]
    assert "an Organization, where a Resolution is needed" in str(info.value)
    assert (
        "refers to 'nq-98', a Resolution, where an Official, an Organization or a Meeting"
        " is needed" in str(info.value)
    )


@pytest.mark.parametrize("issuer", ["duong-ngoc-hai", "quan-uy-binh-tan", "hoi-nghi-17"])
def test_a_directive_is_given_by_an_official_a_body_or_the_meeting(report_dict, issuer):
    report_dict["directives"][0]["issued_by"] = issuer
    assert build(report_dict).directives[0].issued_by == issuer


def test_a_directive_addresses_several_bodies_and_unnamed_groups(report_dict):
    report_dict["directives"][0]["addressee"] = None
    report_dict["directives"][0]["addressees"] = ["quan-uy-binh-tan", "quoc-hoi"]
    report_dict["directives"][0]["addressee_groups"] = ["các cơ quan, đơn vị"]
    directive = build(report_dict).directives[0]
    assert directive.addressed == ("quan-uy-binh-tan", "quoc-hoi")
    report_dict["directives"][0]["addressees"] = ["quan-uy-binh-tan", "duong-ngoc-hai"]
    with pytest.raises(ValidationError) as info:
        build(report_dict)
    assert paths(info.value) == ["$.directives[0].addressees[1]"]


def test_evidence_must_occur_verbatim(report_dict):
    report_dict["officials"][0]["evidence"] = ["Đồng chí Dương Ngọc Hải", "đồng chí Dương Ngọc Hải"]
    report_dict["indicators"][0]["evidence"] = ["20.604 tỷ đồng)", "20.604 tỉ đồng"]
    with pytest.raises(ValidationError) as info:
        build(report_dict)
    assert paths(info.value) == [
        "$.indicators[0].evidence[0]",
        "$.indicators[0].evidence[1]",
        "$.officials[0].evidence[1]",
    ]
    assert "does not occur in the source text" in str(info.value)


def test_nfd_evidence_matches_nfc_text(report_dict):
    quote = report_dict["officials"][0]["evidence"][0]
    report_dict["officials"][0]["evidence"] = [unicodedata.normalize("NFD", quote)]
    assert build(report_dict).officials[0].evidence == (quote,)


def test_parent_cycles_are_refused(report_dict):
    report_dict["organizations"][0]["parent"] = "bch-binh-tan"
    with pytest.raises(ValidationError) as info:
        build(report_dict)
    assert paths(info.value) == ["$.organizations[0].parent", "$.organizations[1].parent"]


def test_report_constructor_checks_the_graph_too(report_dict):
    report = build(report_dict)
    orphan = Directive(id="d", text="x", issued_by="ghost", meeting="hoi-nghi-17")
    with pytest.raises(ValidationError) as info:
        attrs.evolve(report, directives=(*report.directives, orphan))
    assert paths(info.value) == ["$.directives[1].issued_by"]
    with pytest.raises(TypeError):
        attrs.evolve(report, organizations=[*report.organizations])


def test_equal_reports_hash_equal_and_ignore_the_index(report_dict):
    first, second = build(report_dict), build(report_dict)
    assert first == second
    assert hash(first) == hash(second)
    assert "_index" not in repr(first)
    other = attrs.evolve(
        first, organizations=(*first.organizations, Organization(id="x", name="Phường"))
    )
    assert other != first
