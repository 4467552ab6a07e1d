"""Fuzz govreport's ways in for a bounded time; not part of the test suite or CI.

Two targets, each a property: whatever the input, `from_json` (for every record
type) and `load` either return a valid record or raise `govreport.ValidationError`
— any other exception is a bug, reported with the input that raised it.

- ``bytes``: raw bytes into `from_json` and `load`, driven by atheris (coverage
  guided, libFuzzer) when it is installed (``pip install . --group fuzz``), else by
  random bytes.
- ``documents``: valid documents from `govreport.strategies`, mutated, through
  Hypothesis' own `fuzz_one_input` (structure-aware; needs only hypothesis).

Usage::

    python fuzz/run.py bytes --seconds 300
    python fuzz/run.py documents --seconds 300
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import attrs

import govreport
from govreport import ValidationError, from_json

TYPES = [
    cls
    for name in govreport.__all__
    if isinstance(cls := getattr(govreport, name), type) and attrs.has(cls)
]


def check_bytes(data: bytes) -> None:
    """One input: the first byte picks the type, the rest is the JSON text."""
    if not data:
        return
    cls = TYPES[data[0] % len(TYPES)]
    try:
        record = from_json(cls, data[1:])
    except ValidationError:
        return
    assert from_json(cls, govreport.to_json(record)) == record


def check_load(data: bytes, directory: str) -> None:
    """One input, as the content of a report file."""
    path = Path(directory, "report.json")
    path.write_bytes(data)
    with contextlib.suppress(ValidationError):
        govreport.load(path)


def fuzz_bytes(seconds: int) -> None:
    """Raw bytes into from_json and load, for *seconds*."""
    directory = tempfile.mkdtemp(prefix="govreport-fuzz-")

    def one(data: bytes) -> None:
        check_bytes(data)
        check_load(data, directory)

    try:
        import atheris  # noqa: PLC0415 -- optional
    except ImportError:
        deadline = time.monotonic() + seconds
        rng = random.Random(int.from_bytes(os.urandom(8), "big"))
        runs = 0
        while time.monotonic() < deadline:
            data = rng.randbytes(rng.randint(0, 512))
            try:
                one(data)
            except Exception:
                sys.stderr.write(f"failing input: {data!r}\n")
                raise
            runs += 1
        sys.stdout.write(f"{runs} random inputs, no exception but ValidationError\n")
        return
    atheris.instrument_all()  # coverage guidance over govreport's own code
    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}"], one)
    atheris.Fuzz()


def fuzz_documents(seconds: int) -> None:
    """Mutated valid documents into from_dict, for *seconds*."""
    from hypothesis import HealthCheck, given, settings  # noqa: PLC0415
    from hypothesis import strategies as st  # noqa: PLC0415

    from govreport import strategies as gs  # noqa: PLC0415

    valid = st.one_of(gs.reports(), gs.meetings(), gs.indicators(), gs.resolutions())

    @settings(database=None, suppress_health_check=list(HealthCheck))
    @given(valid, st.data())
    def mutated(value: object, data: st.DataObject) -> None:
        document = govreport.to_dict(value)
        keys = sorted(document)
        key = data.draw(st.sampled_from(keys))
        document[key] = data.draw(st.from_type(object) | st.none() | st.text() | st.integers())
        with contextlib.suppress(ValidationError):
            govreport.from_dict(type(value), document)

    deadline = time.monotonic() + seconds
    rng = random.Random(int.from_bytes(os.urandom(8), "big"))
    runs = 0
    while time.monotonic() < deadline:
        mutated.hypothesis.fuzz_one_input(rng.randbytes(2048))
        runs += 1
    sys.stdout.write(f"{runs} mutated documents, no exception but ValidationError\n")


def main() -> None:
    """Run the target the command line names."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=("bytes", "documents"))
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    (fuzz_bytes if args.target == "bytes" else fuzz_documents)(args.seconds)


if __name__ == "__main__":
    main()
