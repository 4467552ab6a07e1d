"""Fuzz govreport's ways in for a bounded time (CI runs each target briefly).

Each target is a property: whatever the input, every way in either returns or
raises `govreport.ValidationError` (on the command line: exit 0, 1 or 2 with
printable output and no traceback) — any other exception is a bug, reported
with the input that raised it.

- ``bytes``: raw bytes into `from_json` and `load`, driven by atheris (coverage
  guided, libFuzzer) when it is installed (``pip install '.[fuzz]'``), else by
  random bytes.
- ``documents``: valid documents from `govreport.strategies`, mutated, through
  Hypothesis' own `fuzz_one_input` (structure-aware; needs only hypothesis).
- ``parsers``: text into every `govreport.vietnamese` reader (atheris or random
  text built from the notation's own words and odd characters).
- ``cli``: bytes as a report file for ``govreport validate``, ``show`` and
  ``export``, run in-process.

Usage::

    python fuzz/run.py bytes --seconds 300
    python fuzz/run.py documents --seconds 300
    python fuzz/run.py parsers --seconds 300
    python fuzz/run.py cli --seconds 300
    python fuzz/run.py all --seconds 20     # each target for a share of the time
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

import govreport
from govreport import ValidationError, from_json

if TYPE_CHECKING:
    from collections.abc import Callable

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


PARSERS = [
    "parse_date",
    "parse_date_range",
    "parse_period",
    "parse_number",
    "parse_number_words",
    "parse_quantity",
    "parse_fraction",
    "parse_symbol",
    "parse_term",
    "parse_session",
    "parse_roman",
]
# What random text for the parsers is made of: the notation's words and marks,
# and characters that have broken readers before (look-alikes, controls, huge runs).
_PIECES = (  # noqa: SIM905 -- shorter than the list written out
    "sáng chiều tối ngày tháng năm quý khóa kỳ họp lần thứ từ đến và các cuối đầu 6 9 "
    "nhiệm giai đoạn tỷ triệu nghìn đồng ha km² % hộ người số Nghị quyết Kết luận "
    "NQ/TW QH15 TT-BTC XII IV MMM một hai mươi mốt lăm tư trăm linh ſ ı İ K \x00 \x1b "
    "\x85 \u2028 \ud800 \xa0 - / . , : ( ) – 13 7 2023 0 00 999999999999999999999"
).split(" ")


def check_parsers(data: bytes) -> None:
    """One input: the first byte picks the reader, the rest is its text."""
    if not data:
        return
    from govreport import vietnamese  # noqa: PLC0415

    parse = getattr(vietnamese, PARSERS[data[0] % len(PARSERS)])
    text = data[1:].decode("utf-8", "surrogateescape" if data[0] & 0x80 else "replace")
    kwargs = {"year": 2023} if parse.__name__ in {"parse_date", "parse_date_range"} else {}
    with contextlib.suppress(ValidationError):
        parse(text, **kwargs)


def _random_text(rng: random.Random) -> bytes:
    words = [rng.choice(_PIECES) for _ in range(rng.randint(0, 12))]
    if rng.random() < 0.05:  # noqa: PLR2004 -- now and then, a very long token
        words.append(rng.choice(_PIECES) * rng.randint(100, 5000))
    return bytes([rng.randrange(256)]) + " ".join(words).encode("utf-8", "surrogatepass")


def check_cli(data: bytes, directory: str) -> None:
    """One input, as a report file for the command line's three readers."""
    from govreport._cli import main  # noqa: PLC0415

    path = Path(directory, "report.json")
    path.write_bytes(data)
    for args in (
        ["validate", str(path)],
        ["show", str(path)],
        ["export", str(path), "--records", "organizations"],
    ):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(args)
        assert status in (0, 1, 2), (args, status)
        assert "Traceback" not in err.getvalue()
        for line in (out.getvalue() + err.getvalue()).splitlines():
            assert line.isprintable() or args[0] != "validate", line


def _drive(
    one: Callable[[bytes], None], seconds: int, make: Callable[[random.Random], bytes]
) -> None:
    """Run *one* for *seconds*: coverage-guided by atheris if installed, else random."""
    try:
        import atheris  # noqa: PLC0415 -- optional
    except ImportError:
        deadline = time.monotonic() + seconds
        rng = random.Random(int.from_bytes(os.urandom(8), "big"))
        runs = 0
        while time.monotonic() < deadline:
            data = make(rng)
            try:
                one(data)
            except Exception:
                sys.stderr.write(f"failing input: {data!r}\n")
                raise
            runs += 1
        sys.stdout.write(f"{runs} random inputs, no exception but ValidationError\n")
        return
    _instrument_govreport(atheris)
    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}"], one)
    atheris.Fuzz()


def _instrument_govreport(atheris: Any) -> None:
    """Coverage guidance over govreport's own functions only.

    ``atheris.instrument_all()`` also instruments every library loaded (cattrs,
    hypothesis, the standard library), which takes minutes on a small machine.
    """
    import inspect  # noqa: PLC0415

    for name, module in list(sys.modules.items()):
        if name != "govreport" and not name.startswith("govreport."):
            continue
        for value in vars(module).values():
            functions = [value] if inspect.isfunction(value) else []
            if inspect.isclass(value) and value.__module__ == name:
                functions = [f for f in vars(value).values() if inspect.isfunction(f)]
            for function in functions:
                if function.__module__ == name:
                    with contextlib.suppress(Exception):
                        atheris.instrument_func(function)


def _random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.randint(0, 512))


def fuzz_bytes(seconds: int) -> None:
    """Raw bytes into from_json and load, for *seconds*."""
    directory = tempfile.mkdtemp(prefix="govreport-fuzz-")

    def one(data: bytes) -> None:
        check_bytes(data)
        check_load(data, directory)

    _drive(one, seconds, _random_bytes)


def fuzz_parsers(seconds: int) -> None:
    """Text into every vietnamese reader, for *seconds*."""
    _drive(check_parsers, seconds, _random_text)


def fuzz_cli(seconds: int) -> None:
    """Report files through validate, show and export, for *seconds*."""
    directory = tempfile.mkdtemp(prefix="govreport-fuzz-")
    _drive(lambda data: check_cli(data, directory), seconds, _random_bytes)


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
    parser.add_argument("target", choices=(*TARGETS, "all"))
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    if args.target != "all":
        TARGETS[args.target](args.seconds)
        return
    # atheris runs one target per process: each gets its own, and a share of the time.
    share = max(1, args.seconds // len(TARGETS))
    for name in TARGETS:
        sys.stdout.write(f"{name}: ")
        sys.stdout.flush()
        subprocess.run(  # noqa: S603 -- this very script
            [sys.executable, __file__, name, "--seconds", str(share)], check=True
        )


TARGETS: dict[str, Callable[[int], None]] = {
    "bytes": fuzz_bytes,
    "documents": fuzz_documents,
    "parsers": fuzz_parsers,
    "cli": fuzz_cli,
}


if __name__ == "__main__":
    main()
