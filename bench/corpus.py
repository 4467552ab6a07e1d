"""The benchmark corpus: generated reports plus the Bình Tân dataset, as JSON Lines.

``load()`` returns the lines as bytes, writing ``bench/corpus.jsonl`` first if it
is missing or was written for another version of the schema.  Generation is
deterministic: a derandomized ``@given`` run whose examples are appended to a list.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

import govreport
from govreport import datasets, strategies

HERE = Path(__file__).parent
# BENCH_CORPUS / BENCH_SIZE point at a smaller corpus for a quick try.
CORPUS = Path(os.environ.get("BENCH_CORPUS", HERE / "corpus.jsonl"))
SIZE = int(os.environ.get("BENCH_SIZE", "2000"))

# Bounds chosen so that a report holds about 40 records, like the Bình Tân one
# (which holds 37 top-level records, 40 with positions and participants).
SIZES = {
    "min_organizations": 6,
    "max_organizations": 12,
    "min_officials": 2,
    "max_officials": 6,
    "min_meetings": 1,
    "max_meetings": 3,
    "min_resolutions": 2,
    "max_resolutions": 6,
    "min_indicators": 5,
    "max_indicators": 12,
    "min_directives": 5,
    "max_directives": 12,
}


def reports_strategy():
    return strategies.reports(**SIZES)


def generate(count: int) -> list[govreport.Report]:
    """Return *count* reports drawn deterministically from ``strategies.reports()``."""
    drawn: list[govreport.Report] = []

    @settings(
        derandomize=True,
        database=None,
        max_examples=count,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(reports_strategy())
    def collect(report: govreport.Report) -> None:
        if len(drawn) < count:
            drawn.append(report)

    while len(drawn) < count:  # hypothesis may stop early on a small search space
        collect()
    return drawn


def _fingerprint() -> str:
    """A digest of the Report schema: a corpus written for another one is stale."""
    schema = json.dumps(govreport.json_schema(govreport.Report), sort_keys=True)
    return hashlib.sha256(schema.encode()).hexdigest()[:16]


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".schema")


def write(path: Path = CORPUS, count: int = SIZE) -> None:
    start = time.perf_counter()
    lines = [govreport.to_json(report) for report in generate(count)]
    lines.append(govreport.to_json(datasets.binh_tan()))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _stamp(path).write_text(_fingerprint(), encoding="utf-8")
    print(f"wrote {len(lines)} reports to {path} in {time.perf_counter() - start:.1f} s")


def load(path: Path = CORPUS) -> list[bytes]:
    """Return the corpus, one JSON document (bytes) per report; writes it if stale."""
    stamp = _stamp(path)
    if not path.exists() or not stamp.exists() or stamp.read_text("utf-8") != _fingerprint():
        write(path)
    return [line for line in path.read_bytes().splitlines() if line]


def subset(step: int) -> list[bytes]:
    """Every *step*-th report of the corpus, and always the Bình Tân report (the last)."""
    documents = load()
    chosen = documents[::step]
    if documents[-1] not in chosen:
        chosen.append(documents[-1])
    return chosen


if __name__ == "__main__":
    write()
