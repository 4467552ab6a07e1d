"""Timings of govreport against pydantic v2, msgspec and the floors (pytest-benchmark).

    .venv/bin/python -m pytest bench/test_speed.py --benchmark-group-by=group

Not part of the main suite (its testpaths is ``tests/``); ``bench/run.py`` runs
this file and turns its figures into ``docs/performance.md``.  Each round runs
one operation over the same documents, every ``BENCH_STEP``-th report of the
corpus (4 by default) and the Bình Tân report, so a round's time divided by the
number of documents is the time per report.

The floors: `orjson.loads` of the same bytes for decoding, `orjson.dumps` of the
plain dicts for encoding, and the records built by hand with attrs validators
off for structuring (`floor.build_unchecked`).
"""

# ruff: noqa: TC003 -- annotations of a test module

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable
from typing import Any

import orjson
import pytest

import corpus
import floor
import govreport
import models_msgspec
import models_pydantic
from govreport._serialization.json import parse_json

STEP = int(os.environ.get("BENCH_STEP", "4"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "9"))

OPERATIONS: dict[str, dict[str, Callable[[Any], object]]] = {
    "decode": {
        "govreport": lambda data: govreport.from_json(govreport.Report, data),
        "pydantic": models_pydantic.decode,
        "msgspec": models_msgspec.decode,
        "floor": orjson.loads,
    },
    "encode": {
        "govreport": govreport.to_json,
        "pydantic": models_pydantic.encode,
        "msgspec": models_msgspec.encode,
        "floor": orjson.dumps,
    },
    "structure": {
        "govreport": lambda data: govreport.from_dict(govreport.Report, data),
        "pydantic": models_pydantic.structure,
        "msgspec": models_msgspec.structure,
        "floor": floor.build_unchecked,
    },
    "unstructure": {
        "govreport": govreport.to_dict,
        "pydantic": models_pydantic.unstructure,
        "msgspec": models_msgspec.unstructure,
    },
    # Where decoding's time goes: reading the JSON text alone, govreport's strict
    # reader (repeated keys found by a pairs hook) against the plain stdlib one.
    "parse": {
        "govreport": parse_json,
        "stdlib": json.loads,
    },
}
# Decoding and encoding also run with the garbage collector paused, to show any
# cliff its full collections cause.
CASES = [
    (operation, library, gc_off)
    for operation, libraries in OPERATIONS.items()
    for gc_off in ((False, True) if operation in {"decode", "encode"} else (False,))
    for library in libraries
]


def case_id(operation: str, library: str, gc_off: bool) -> str:  # noqa: FBT001
    """The pytest id of a case, such as ``decode-govreport-gc-off``."""
    return f"{operation}-{library}{'-gc-off' if gc_off else ''}"


@pytest.fixture(scope="module")
def inputs() -> dict[str, dict[str, list[Any]]]:
    """What each operation of each library reads: bytes, dicts or its own objects."""
    documents = corpus.subset(STEP)
    dicts = [json.loads(data) for data in documents]
    decoded = {
        library: [decode(data) for data in documents]
        for library, decode in OPERATIONS["decode"].items()
    }
    return {
        "decode": dict.fromkeys(OPERATIONS["decode"], documents),
        "encode": {**decoded, "floor": dicts},
        "structure": dict.fromkeys(OPERATIONS["structure"], dicts),
        "unstructure": {library: decoded[library] for library in OPERATIONS["unstructure"]},
        "parse": dict.fromkeys(OPERATIONS["parse"], documents),
    }


@pytest.mark.parametrize(
    ("operation", "library", "gc_off"),
    CASES,
    ids=[case_id(*case) for case in CASES],
)
def test_speed(benchmark: Any, inputs: Any, operation: str, library: str, gc_off: bool) -> None:  # noqa: FBT001
    function = OPERATIONS[operation][library]
    items = inputs[operation][library]
    benchmark.group = f"{operation} (GC off)" if gc_off else operation
    benchmark.extra_info.update(
        operation=operation, library=library, gc_off=gc_off, documents=len(items)
    )

    def run() -> None:
        if gc_off:
            gc.disable()
        try:
            for item in items:
                function(item)
        finally:
            gc.enable()

    def collect() -> None:  # untimed: each round starts from a collected heap
        gc.collect()

    benchmark.pedantic(run, setup=collect, rounds=ROUNDS, iterations=1, warmup_rounds=1)
