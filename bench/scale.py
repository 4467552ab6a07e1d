"""Throughput of ``govreport validate`` and ``export`` on 1, 2 and all cores, and their memory.

    python bench/scale.py                  # 2,000 reports, best of 3 runs
    python bench/scale.py --reports 200    # a quick try

The corpus is a JSON Lines file of copies of the Bình Tân report (37 records and
a 10,000-character source text each, 23 KB a line); every copy is read, checked
and converted in full, as a distinct report would be.  Each run is a fresh
``govreport`` process, timed from start to exit (so process and pool start-up
count), and its peak memory is the largest resident set of one process.  On a
machine that other work keeps busy, more processes cannot go faster: read the
load average printed first.
"""

# ruff: noqa: S603 -- a script: runs govreport itself

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import govreport
from govreport import datasets

# Runs the command given and prints the peak resident set of it and its workers
# (KiB) and the processor time they used (s).
_PEAK = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "used = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(used.ru_maxrss, used.ru_utime + used.ru_stime)"
)


def corpus(path: Path, count: int) -> Path:
    line = govreport.to_json(datasets.binh_tan()) + "\n"
    with path.open("w", encoding="utf-8") as stream:
        stream.writelines(line for _ in range(count))
    return path


def measure(args: list[str], rounds: int) -> tuple[float, float, float]:
    """Best wall time and processor time in seconds over *rounds*, and peak memory in MiB."""
    best = cpu = float("inf")
    peak = 0.0
    command = [sys.executable, "-c", _PEAK, sys.executable, "-m", "govreport", *args]
    for _ in range(rounds):
        start = time.perf_counter()
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        best = min(best, time.perf_counter() - start)
        rss, used = done.stdout.split()[-2:]
        peak = max(peak, int(rss) / 1024)
        cpu = min(cpu, float(used))
    return best, cpu, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        small = corpus(Path(folder, "corpus.jsonl"), options.reports)
        large = corpus(Path(folder, "large.jsonl"), options.reports * 4)
        out = str(Path(folder, "out.parquet"))
        print(f"{options.reports} reports, {small.stat().st_size / 2**20:.0f} MiB; {cores} cores")
        print()
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(f"load average before the runs: {load}")
        print()
        print("| command | -j | reports/s | per core | peak memory |")
        print("| --- | ---: | ---: | ---: | ---: |")
        commands = {
            "validate": ["validate", str(small)],
            "export --format parquet": [
                "export",
                str(small),
                "--records",
                "indicators",
                "--format",
                "parquet",
                "--output",
                out,
            ],
        }
        for name, args in commands.items():
            for jobs in sorted({1, 2, cores}):
                seconds, _, peak = measure([*args, "-j", str(jobs)], options.rounds)
                rate = options.reports / seconds
                print(f"| {name} | {jobs} | {rate:,.0f} | {rate / jobs:,.0f} | {peak:,.0f} MiB |")
        print()
        for name, args in commands.items():
            for label, path in (("", small), ("4×", large)):
                sized = [str(path) if arg == str(small) else arg for arg in args]
                _, _, peak = measure([*sized, "-j", "1"], 1)
                print(f"{name} -j 1 of {label}{options.reports} reports: peak {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
