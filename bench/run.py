"""Run the performance suite of issue 7 and write ``docs/performance.md``.

    .venv/bin/python bench/run.py            # the full run, a few minutes
    .venv/bin/python bench/run.py --quick    # a smoke test of the harness

The timings come from one run of ``bench/test_speed.py`` under pytest-benchmark:
medians over several rounds (one warm-up round first), with the interquartile
range as their spread; ratios are govreport's median over pydantic v2's, measured
in the same run on the same documents.  Imports, memory, the dataset's first
load and generation are measured here, in fresh interpreters.
"""

# ruff: noqa: TC003, S603, E501 -- a script: runs its own interpreter; long table rows

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import attrs

import corpus
import govreport
import models_msgspec
import models_pydantic
import test_speed
from govreport import Report

HERE = Path(__file__).parent
ROOT = HERE.parent
PAGE = ROOT / "docs" / "performance.md"
COMMAND = ".venv/bin/python bench/run.py"


# -- the harness -------------------------------------------------------------------


@attrs.frozen
class Timing:
    """Seconds per document over the repeats of one benchmark."""

    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def iqr(self) -> float:
        if len(self.runs) < 2:
            return 0.0
        q1, _, q3 = statistics.quantiles(self.runs, n=4, method="inclusive")
        return q3 - q1

    def show(self) -> str:
        """The median in µs per document, ± half the IQR."""
        return f"{self.median * 1e6:,.0f} ± {self.iqr * 5e5:,.0f}"


# -- timings: bench/test_speed.py under pytest-benchmark ---------------------------

_LABELS = {
    ("decode", False): "decode (GC on)",
    ("decode", True): "decode (GC off)",
    ("encode", False): "encode (GC on)",
    ("encode", True): "encode (GC off)",
    ("structure", False): "structure from dicts",
    ("unstructure", False): "unstructure to dicts",
    ("parse", False): "parse",
}


def measure_speed(step: int, rounds: int, passes: int) -> dict[str, dict[str, Timing]]:
    """Run the pytest-benchmark suite; seconds per document, by benchmark and library.

    The suite runs *passes* times, each time in another (seeded) random order,
    *rounds* rounds per benchmark, and the rounds are pooled: pytest-benchmark
    times one benchmark after another, and on a noisy machine a slow minute
    should not fall on one library only.
    """
    cases = [
        f"{HERE / 'test_speed.py'}::test_speed[{test_speed.case_id(*case)}]"
        for case in test_speed.CASES
    ]
    pooled: dict[tuple[str, str], list[float]] = {}
    for number in range(passes):
        with tempfile.TemporaryDirectory() as scratch:
            report = Path(scratch) / "speed.json"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    *random.Random(number).sample(cases, len(cases)),  # noqa: S311 -- an order
                    "-q",
                    "-p",
                    "no:cacheprovider",
                    "--benchmark-group-by=group",
                    "--benchmark-columns=median,iqr,rounds",
                    f"--benchmark-json={report}",
                ],
                check=True,
                cwd=ROOT,
                env={**_ENV, "BENCH_STEP": str(step), "BENCH_ROUNDS": str(rounds)},
            )
            benchmarks = json.loads(report.read_text(encoding="utf-8"))["benchmarks"]
        for benchmark in benchmarks:
            info = benchmark["extra_info"]
            label = _LABELS[info["operation"], info["gc_off"]]
            runs = pooled.setdefault((label, info["library"]), [])
            runs.extend(t / info["documents"] for t in benchmark["stats"]["data"])
    results: dict[str, dict[str, Timing]] = {label: {} for label in _LABELS.values()}
    for (label, library), runs in pooled.items():
        results[label][library] = Timing(tuple(runs))
    return results


# -- subprocess measurements -------------------------------------------------------


# Imports are timed as users see them, from cached bytecode: a shell that sets
# PYTHONDONTWRITEBYTECODE would otherwise compile every module on every run.
_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=_ENV,
    )


def _wall(code: str) -> float:
    start = time.perf_counter()
    _python(code)
    return time.perf_counter() - start


def _importtime(code: str, modules: tuple[str, ...]) -> float:
    """Cumulative import time in seconds of the top-level *modules*, by -X importtime."""
    total = 0
    for line in _python(code, "-X", "importtime").stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].rstrip() in {f" {m}" for m in modules}:
            total += int(parts[1])
    return total / 1e6


def measure_imports(runs: int) -> dict[str, Timing]:
    cases = {
        "bare": "pass",
        "govreport": "import govreport",
        "attrs": "import attrs",
        "attrs+cattrs": "import attrs, cattrs",
    }
    walls: dict[str, list[float]] = {name: [] for name in cases}
    self_times: dict[str, list[float]] = {"govreport (-X importtime)": [], "attrs+cattrs (-X)": []}
    for code in cases.values():
        _wall(code)  # writes the bytecode caches the timed runs read
    for _ in range(runs):
        for name, code in cases.items():
            walls[name].append(_wall(code))
        self_times["govreport (-X importtime)"].append(
            _importtime("import govreport", ("govreport",))
        )
        self_times["attrs+cattrs (-X)"].append(
            _importtime("import attrs, cattrs", ("attrs", "cattrs"))
        )
    result = {name: Timing(tuple(values)) for name, values in walls.items()}
    result.update({name: Timing(tuple(values)) for name, values in self_times.items()})
    return result


_DATASET = """
import time, json
import govreport.datasets as datasets
start = time.perf_counter()
first = datasets.binh_tan()
middle = time.perf_counter()
again = datasets.binh_tan()
end = time.perf_counter()
assert again is first
print(json.dumps([middle - start, end - middle]))
"""


def measure_dataset(runs: int) -> tuple[Timing, Timing]:
    first, cached = [], []
    for _ in range(runs):
        a, b = json.loads(_python(_DATASET).stdout)
        first.append(a)
        cached.append(b)
    return Timing(tuple(first)), Timing(tuple(cached))


LIBRARIES: dict[str, Callable[[bytes], object]] = {
    "govreport": lambda data: govreport.from_json(Report, data),
    "pydantic": models_pydantic.decode,
    "msgspec": models_msgspec.decode,
}


def _memory_child(library: str, step: int) -> None:
    """In a fresh process: the memory held by the decoded corpus subset."""
    documents = corpus.load()[::step]
    decode = LIBRARIES[library]
    decode(documents[-1])  # build lazy hooks and caches outside the measurement
    gc.collect()
    tracemalloc.start()
    held = [decode(data) for data in documents]
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"current": current, "peak": peak, "count": len(held)}))


def measure_memory(step: int) -> dict[str, dict[str, int]]:
    result = {}
    for library in LIBRARIES:
        out = subprocess.run(
            [sys.executable, __file__, "--memory-child", library, "--step", str(step)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        result[library] = json.loads(out)
    return result


def measure_generation(count: int) -> Timing:
    corpus.generate(2)  # hypothesis's own start-up is not the strategy's cost
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        corpus.generate(count)
        runs.append((time.perf_counter() - start) / count)
    return Timing(tuple(runs))


# -- the page ---------------------------------------------------------------------


def _ratio(ours: Timing, theirs: Timing) -> float:
    return ours.median / theirs.median


def _verdict(value: float, limit: float, aim: float | None = None) -> str:
    if value > limit:
        return "**not met**"
    if aim is not None and value <= aim:
        return "met (and the aim)"
    return "met"


def main() -> None:  # noqa: PLR0915 -- one linear script
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="a fast smoke test")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    parser.add_argument("--step", type=int, default=4, help="use every STEP-th document")
    parser.add_argument("--output", type=Path, default=PAGE)
    args = parser.parse_args()
    if args.memory_child:
        _memory_child(args.memory_child, args.step)
        return
    started = time.perf_counter()
    step = 40 if args.quick else args.step
    rounds, passes = (3, 1) if args.quick else (2, 5)
    documents = corpus.load()
    subset = corpus.subset(step)
    print(f"{len(documents)} documents in the corpus; timing {len(subset)} of them", flush=True)
    print("timings (pytest-benchmark: bench/test_speed.py)", flush=True)
    results = measure_speed(step, rounds, passes)
    parsing = results.pop("parse")
    print("imports", flush=True)
    imports = measure_imports(5 if args.quick else 30)
    print("Bình Tân dataset", flush=True)
    first_load, cached_load = measure_dataset(3 if args.quick else 15)
    print("memory", flush=True)
    memory = measure_memory(step if args.quick else 1)
    print("generation", flush=True)
    generation = measure_generation(5 if args.quick else 40)
    elapsed = time.perf_counter() - started

    # -- the page -------------------------------------------------------------
    rows = []
    for name, timings in results.items():
        ours_t, theirs = timings["govreport"], timings["pydantic"]
        floor = timings.get("floor")
        rows.append(
            f"| {name} | {ours_t.show()} | {theirs.show()} | {timings['msgspec'].show()} | "
            f"{floor.show() if floor else '–'} | **{_ratio(ours_t, theirs):.2f}×** | "
            f"{_ratio(timings['msgspec'], theirs):.2f}× |"
        )
    targets = []

    def target(what: str, value: str, goal: str, verdict: str) -> None:
        targets.append(f"| {what} | {value} | {goal} | {verdict} |")

    for kind, limit, aim in (("decode", 1.5, 0.8), ("encode", 2.0, 0.8)):
        for label in ("GC on", "GC off"):
            ratio = _ratio(
                results[f"{kind} ({label})"]["govreport"], results[f"{kind} ({label})"]["pydantic"]
            )
            target(
                f"{kind}, {label}, ÷ pydantic",
                f"{ratio:.2f}×",
                f"≤ {limit}× (aim ≤ {aim}×)",
                _verdict(ratio, limit, aim),
            )
        cliff = _ratio(
            results[f"{kind} (GC on)"]["govreport"], results[f"{kind} (GC off)"]["govreport"]
        )
        cliff = max(cliff, 1 / cliff)
        target(
            f"{kind}, GC on vs off (govreport)",
            f"{cliff:.2f}×",
            "within 1.5×",
            _verdict(cliff, 1.5),
        )
    for kind, limit in (("structure from dicts", 1.25), ("unstructure to dicts", 0.7)):
        ratio = _ratio(results[kind]["govreport"], results[kind]["pydantic"])
        target(f"{kind}, ÷ pydantic", f"{ratio:.2f}×", f"≤ {limit}×", _verdict(ratio, limit))
    over_bare = imports["govreport"].median - imports["bare"].median
    target(
        "`import govreport` over a bare interpreter",
        f"{over_bare * 1e3:.1f} ms",
        "≤ 40 ms",
        _verdict(over_bare, 0.040),
    )
    attrs_over_bare = imports["attrs"].median - imports["bare"].median
    own_share = imports["govreport"].median - imports["attrs"].median
    import_ratio = over_bare / (imports["attrs+cattrs"].median - imports["bare"].median)
    target(
        "`import govreport` ÷ `import attrs, cattrs` (wall, over bare)",
        f"{import_ratio:.2f}×",
        "≤ 1.3×",
        _verdict(import_ratio, 1.3),
    )
    mem_ratio = memory["govreport"]["current"] / memory["pydantic"]["current"]
    target(
        "memory held by the decoded documents ÷ pydantic",
        f"{mem_ratio:.2f}×",
        "≤ 0.6×",
        _verdict(mem_ratio, 0.6),
    )
    target(
        "Bình Tân first load (fresh process)",
        f"{first_load.median * 1e3:.1f} ms",
        "< 50 ms",
        _verdict(first_load.median, 0.050),
    )
    cached_ok = cached_load.median < 1e-4
    target(
        "Bình Tân later calls",
        f"{cached_load.median * 1e6:.1f} µs, same object",
        "cached",
        "met" if cached_ok else "**not met**",
    )

    mib = 1024 * 1024
    memory_rows = [
        f"| {library} | {m['current'] / mib:.1f} MiB | {m['peak'] / mib:.1f} MiB | "
        f"{m['current'] / memory['pydantic']['current']:.2f}× |"
        for library, m in memory.items()
    ]
    import_rows = [
        f"| {name} | {timing.median * 1e3:.1f} ms | {timing.iqr * 1e3:.1f} ms |"
        for name, timing in imports.items()
    ]
    page = f"""# Performance

govreport against the same schema written as pydantic v2 models and as msgspec
Structs (`bench/models_pydantic.py`, `bench/models_msgspec.py`), with the same
checks: slug ids, NFC non-blank single-line text, exact decimals, dates, enums,
partial dates, canonical symbols and the report's graph checks.
`bench/test_equivalence.py` checks that they accept and refuse the same
documents as govreport, on the whole corpus and on {len(_mutations())} kinds of
mutated documents; the one known difference is that pydantic and msgspec keep
the last of repeated keys, which govreport refuses.

- Command: `{COMMAND}` (about {max(1, round(elapsed / 60))} min on this machine; `--quick` for a smoke test)
- Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC
- Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}
- Python {platform.python_version()}; attrs {_version("attrs")}, cattrs {_version("cattrs")},
  pydantic {_version("pydantic")}, msgspec {_version("msgspec")}, orjson {_version("orjson")}
- Corpus: {len(documents)} reports (`bench/corpus.jsonl`: {len(documents) - 1} drawn from
  `govreport.strategies.reports()` plus the Bình Tân dataset), about 40 records each;
  timings use every {step}th report ({len(subset)} reports,
  {sum(map(len, subset)) / len(subset) / 1024:.1f} KiB of JSON on average),
  the same documents for every library.

## Targets

| What | Measured | Target | |
|---|---|---|---|
{chr(10).join(targets)}

## Timings

µs per report: median ± half the interquartile range over {rounds * passes} rounds of
`bench/test_speed.py` under pytest-benchmark (the suite run {passes} × in shuffled
orders, {rounds} rounds each after a warm-up round, pooled), each round one pass over
the documents from a collected heap.
"Floor" is `orjson.loads` for decoding,
`orjson.dumps` of the plain dicts for encoding, and building the attrs records
by hand with attrs validators off for structuring (converters and
`__attrs_post_init__`, the graph check among them, still run).

| Benchmark | govreport | pydantic v2 | msgspec | floor | govreport ÷ pydantic | msgspec ÷ pydantic |
|---|---|---|---|---|---|---|
{chr(10).join(rows)}

## Memory

Held by the decoded reports ({memory["govreport"]["count"]} of them, the whole corpus unless
`--quick`; `tracemalloc`, each library in a fresh process):

| Library | held | peak while decoding | ÷ pydantic |
|---|---|---|---|
{chr(10).join(memory_rows)}

## Imports

Fresh interpreters, {len(imports["bare"].runs)} runs each, wall time (and `-X importtime`'s
cumulative time of the top-level modules):

| Command | median | IQR |
|---|---|---|
{chr(10).join(import_rows)}

`import attrs` alone costs {attrs_over_bare * 1e3:.1f} ms over a bare interpreter here,
so govreport's own modules (the records' classes, which attrs builds at import)
add {own_share * 1e3:.1f} ms to it.

## Other

- Of govreport's decode, reading the JSON text takes
  {parsing["govreport"].median * 1e6:.0f} µs per report (the standard library's
  `json.loads` alone: {parsing["stdlib"].median * 1e6:.0f} µs; the difference is the
  hook that finds repeated keys, which orjson and msgspec do not report); the rest
  is building and checking the records.
- Bình Tân dataset, first `datasets.binh_tan()` in a fresh process:
  {first_load.median * 1e3:.1f} ms (IQR {first_load.iqr * 1e3:.1f} ms); later calls
  {cached_load.median * 1e6:.2f} µs (the same object, cached).
- Generating a report with `strategies.reports()` (the corpus's bounds, about 40
  records): {generation.median * 1e3:.0f} ms per report (IQR {generation.iqr * 1e3:.0f} ms).
"""
    # bench/growth.py writes its own section; keep it.
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    growth = old.find("\n## Growth with hostile input")
    if growth >= 0:
        page = page.rstrip("\n") + "\n" + old[growth:]
    args.output.write_text(page, encoding="utf-8")
    print(page)
    print(f"wrote {args.output} in {elapsed:.0f} s")


def _mutations() -> list[str]:
    import test_equivalence  # noqa: PLC0415 -- loads the corpus; only for its count

    return list(test_equivalence.MUTATIONS)


def _version(name: str) -> str:
    from importlib.metadata import version  # noqa: PLC0415

    return version(name)


if __name__ == "__main__":
    main()
