"""How time and memory grow with hostile input: n, 2n, 4n, 8n for each case.

For each case the input is built at four sizes, each run once in this process
(time with `time.perf_counter`, peak memory with `tracemalloc`, measured in
separate runs since tracing slows Python down), and the growth exponent is the
least-squares slope of log(cost) against log(size): 1 is linear, 2 quadratic.
The target is at most 1.2 for each.

Usage::

    python bench/growth.py            # the table, as docs/performance.md shows it
    python bench/growth.py --base 2000 --cases quotes,chain
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import govreport
from govreport import Report, ValidationError, from_json

Case = Callable[[int], Callable[[], object]]


def _quiet(run: Callable[[], object]) -> Callable[[], object]:
    def call() -> object:
        try:
            return run()
        except ValidationError as error:
            return error

    return call


def long_text(n: int) -> Callable[[], object]:
    """A source text of 40·n characters with a forbidden character at its end."""
    source = {"text": "chữ " * (10 * n) + "\f", "title": "t", "published": "2023"}
    document = json.dumps({"source": source})
    return _quiet(lambda: from_json(Report, document))


def many_quotes(n: int) -> Callable[[], object]:
    """n/4 quotes, all near the end of a text of 40·n characters (a valid report)."""
    count = max(1, n // 4)
    text = "chữ " * (10 * n) + "".join(f"câu {k}. " for k in range(count))
    organizations = [
        {"id": f"o-{k}", "name": "Tổ chức", "evidence": [f"câu {k}."]} for k in range(count)
    ]
    source = {"text": text, "title": "t", "published": "2023"}
    document = json.dumps({"source": source, "organizations": organizations})
    return lambda: from_json(Report, document)


def parent_chain(n: int) -> Callable[[], object]:
    """n organizations, each the parent of the next (a valid report)."""
    organizations = [{"id": "o-0", "name": "Gốc"}] + [
        {"id": f"o-{k}", "name": "Cấp dưới", "parent": f"o-{k - 1}"} for k in range(1, n)
    ]
    source = {"text": "văn bản", "title": "t", "published": "2023"}
    document = json.dumps({"source": source, "organizations": organizations})
    return lambda: from_json(Report, document)


def many_errors(n: int) -> Callable[[], object]:
    """n wrong items in one array: n problems, a thousand of them listed."""
    source = '{"source": {"text": "x", "title": "t", "published": "2023"}'
    document = source + ', "organizations": [' + ",".join(["1"] * n) + "]}"
    return _quiet(lambda: from_json(Report, document))


def many_records(n: int) -> Callable[[], object]:
    """n valid organizations, each with a quote from the text."""
    text = " ".join(f"đơn vị {k}" for k in range(n))
    organizations = [
        {"id": f"o-{k}", "name": "Đơn vị", "evidence": [f"đơn vị {k}"]} for k in range(n)
    ]
    source = {"text": text, "title": "t", "published": "2023"}
    document = json.dumps({"source": source, "organizations": organizations})
    return lambda: from_json(Report, document)


CASES: dict[str, tuple[Case, str]] = {
    "text": (long_text, "characters / 40"),
    "quotes": (many_quotes, "characters / 40"),
    "chain": (parent_chain, "organizations"),
    "errors": (many_errors, "bad items"),
    "records": (many_records, "organizations"),
}


def _time(run: Callable[[], object], repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _peak(run: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def slope(sizes: list[int], costs: list[float]) -> float:
    """The least-squares slope of log(cost) against log(size)."""
    xs = [math.log(size) for size in sizes]
    ys = [math.log(max(cost, 1e-9)) for cost in costs]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return covariance / sum((x - mean_x) ** 2 for x in xs)


def measure(name: str, base: int, repeat: int) -> dict[str, object]:
    """Time and peak memory of case *name* at base·1, 2, 4 and 8."""
    make, unit = CASES[name]
    sizes = [base * factor for factor in (1, 2, 4, 8)]
    times, peaks = [], []
    for size in sizes:
        run = make(size)
        run()  # warm: the converter, the generated hooks, the compiled patterns
        times.append(_time(run, repeat))
        peaks.append(_peak(run))
    return {
        "case": name,
        "unit": unit,
        "sizes": sizes,
        "seconds": times,
        "peak_bytes": peaks,
        "time_exponent": slope(sizes, times),
        "memory_exponent": slope(sizes, peaks),
    }


def table(results: list[dict[str, object]]) -> str:
    """A Markdown table of *results*."""
    lines = [
        "| case | n (unit) | time at n, 2n, 4n, 8n | peak memory at 8n | exponent: time | memory |",
        "|---|---|---|---|---|---|",
    ]
    for result in results:
        sizes = result["sizes"]
        seconds = result["seconds"]
        peaks = result["peak_bytes"]
        assert isinstance(sizes, list)
        assert isinstance(seconds, list)
        assert isinstance(peaks, list)
        times = ", ".join(f"{value * 1000:.0f}" for value in seconds)
        lines.append(
            f"| {result['case']} | {sizes[0]:,} ({result['unit']}) | {times} ms"
            f" | {peaks[-1] / 2**20:.1f} MiB"
            f" | {result['time_exponent']:.2f} | {result['memory_exponent']:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Measure the cases the command line names and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=5000, help="n, the smallest size")
    parser.add_argument("--repeat", type=int, default=3, help="timings per size (best kept)")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON")
    parser.add_argument("--write", action="store_true", help=f"update the section in {PAGE.name}")
    args = parser.parse_args()
    results = [measure(name, args.base, args.repeat) for name in args.cases.split(",")]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"govreport {govreport.__version__}\n")
    print(table(results))
    if args.write:
        write_section(table(results), args.base, args.repeat)


PAGE = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
HEADING = "## Growth with hostile input"


def write_section(rows: str, base: int, repeat: int) -> None:
    """Replace (or add) the growth section at the end of docs/performance.md."""
    page = PAGE.read_text(encoding="utf-8")
    start = page.find("\n" + HEADING)
    if start >= 0:
        page = page[:start]
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    runs = "one run" if repeat == 1 else f"the best of {repeat} runs"
    section = f"""
{HEADING}

How time and peak memory grow when an input is hostile: each case at n, 2n, 4n and
8n, its growth exponent the least-squares slope of log(cost) against log(size) (1 is
linear, 2 quadratic; the target is at most 1.2). Time is {runs}; peak memory is
`tracemalloc`'s, in a run of its own. The machine was shared with other work, so single
timings are noisy; the exponents are what to compare.

- Command: `python bench/growth.py --base {base} --repeat {repeat} --write`
- Date: {time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}; machine: {machine}

{rows}

- **text**: a source text of 40·n characters with a form feed at its end (the text
  pattern once backtracked here: 40,000 characters took over a minute).
- **quotes**: n/4 evidence quotes, all near the end of a text of 40·n characters (once
  one scan of the text per quote: 4 MB and 4,000 quotes took 11 s).
- **chain**: n organizations, each the parent of the next (once 12 s for 16,000).
- **errors**: n wrong items in one array; a thousand are listed, the rest counted (2 MB
  of such JSON once held 700 MB of errors).
- **records**: n valid organizations with a quote each, for comparison.
"""
    PAGE.write_text(page.rstrip("\n") + "\n" + section, encoding="utf-8")


if __name__ == "__main__":
    main()
