"""Hypothesis profiles: ``ci`` (deterministic, the default under CI), ``dev``
(the default elsewhere) and ``nightly`` (many more examples).

Choose one with ``HYPOTHESIS_PROFILE=nightly python -m pytest``.
"""

import copy
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=60,
    print_blob=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("nightly", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


_SOURCE_TEXT = (
    "Chiều 13-7, Quận ủy quận Bình Tân tổ chức hội nghị Ban Chấp hành Đảng bộ quận "
    "khóa XII, lần thứ 17 (mở rộng). Đồng chí Dương Ngọc Hải đề nghị quận tập trung "
    "triển khai Nghị quyết 98. Tổng vốn đầu tư toàn xã hội đạt khoảng 20.604 tỷ đồng."
)

_REPORT: dict[str, Any] = {
    "source": {
        "text": _SOURCE_TEXT,
        "title": "Hội nghị Ban Chấp hành Đảng bộ quận Bình Tân",
        "published": "2023-07",
        "language": "vi",
        "publisher": None,
        "url": None,
    },
    "organizations": [
        {
            "id": "quan-uy-binh-tan",
            "name": "Quận ủy quận Bình Tân",
            "evidence": ["Quận ủy quận Bình Tân"],
        },
        {"id": "bch-binh-tan", "name": "Ban Chấp hành Đảng bộ quận", "parent": "quan-uy-binh-tan"},
        {"id": "quoc-hoi", "name": "Quốc hội"},
    ],
    "officials": [
        {
            "id": "duong-ngoc-hai",
            "name": "Dương Ngọc Hải",
            "positions": [{"title": "Chủ nhiệm", "organization": "quan-uy-binh-tan"}],
            "evidence": ["Đồng chí Dương Ngọc Hải"],
        }
    ],
    "meetings": [
        {
            "id": "hoi-nghi-17",
            "title": "Hội nghị Ban Chấp hành Đảng bộ quận khóa XII, lần thứ 17",
            "organizer": "quan-uy-binh-tan",
            "body": "bch-binh-tan",
            "date": "2023-07-13",
            "term": 12,
            "session": 17,
            "expanded": True,
            "time_of_day": "afternoon",
            "participants": [{"official": "duong-ngoc-hai", "role": "phát biểu chỉ đạo"}],
            "evidence": ["khóa XII, lần thứ 17 (mở rộng)"],
        }
    ],
    "resolutions": [
        {
            "id": "nq-98",
            "kind": "resolution",
            "number": 98,
            "issuer": "quoc-hoi",
            "symbol": "98/2023/QH15",
            "issued": "2023-06-24",
            "enriched": ["symbol", "issued"],
            "evidence": ["Nghị quyết 98"],
        }
    ],
    "indicators": [
        {
            "id": "von-dau-tu",
            "name": "Tổng vốn đầu tư toàn xã hội",
            "period": {"start": "2023-01-01", "end": "2023-06-30"},
            "area": "quan-uy-binh-tan",
            "value": {"amount": "20604", "unit": "VND", "scale": 9},
            "approximate": True,
            "evidence": ["đạt khoảng 20.604 tỷ đồng"],
        }
    ],
    "directives": [
        {
            "id": "trien-khai-nq-98",
            "text": "quận tập trung triển khai Nghị quyết 98",
            "issued_by": "duong-ngoc-hai",
            "meeting": "hoi-nghi-17",
            "addressee": "quan-uy-binh-tan",
            "cites": ["nq-98"],
            "topics": ["implementation"],
            "evidence": ["quận tập trung triển khai Nghị quyết 98"],
        }
    ],
}


@pytest.fixture
def report_dict() -> dict[str, Any]:
    """A small valid report as `to_dict` would write it (a fresh copy per test)."""
    return copy.deepcopy(_REPORT)
