"""The JSON Schema works alike in the validators users bring to it.

python-jsonschema, Ajv 8 under Node.js (tests/js, where Node.js and its packages are
installed: `npm ci --prefix tests/js`), and pydantic models generated from the schema
by datamodel-code-generator with pydantic's default (Rust) regular expressions, where
those are installed (the `interop` dependency group). Patterns must mean the same in
Python's `re`, ECMAScript (`u` flag) and Rust's `regex`: no lookaround, no surrogate
code points.
"""

import copy
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Annotated, Any

import jsonschema
import pytest

import govreport
from govreport import Report, datasets, json_schema
from govreport._serialization.schema import SCHEMA_BASE

JS = Path(__file__).parent / "js"
SCHEMA = json_schema(Report)
DATA = govreport.to_dict(datasets.binh_tan())
CLASSES = sorted(
    {
        value
        for name in govreport.__all__
        if isinstance(value := getattr(govreport, name), type) and hasattr(value, "__attrs_attrs__")
    },
    key=lambda cls: cls.__name__,
)


def walk(node: object) -> Any:
    """Every dict in *node*, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def strings(node: object) -> set[str]:
    if isinstance(node, str):
        return {node}
    if isinstance(node, dict):
        return set().union(*(strings(k) | strings(v) for k, v in node.items()))
    if isinstance(node, list):
        return set().union(*(strings(v) for v in node))
    return set()


PATTERNS = sorted(
    {
        schema["pattern"]
        for cls in CLASSES
        for schema in walk(json_schema(cls))
        if "pattern" in schema
    }
)
# Texts to try every pattern on: the dataset's strings (long ones cut), and edge cases
# where regular expression engines are known to differ.
SAMPLES = sorted(
    {text[:200] for text in strings(DATA)}
    | {
        "",
        "a",
        "hoi-nghi",
        "hoi-nghi\n",
        "\nhoi-nghi",
        "Hội nghị\n",
        "Hội nghị\r\n",
        " Hội nghị",
        "Hội nghị ",
        "Hội\u00a0nghị",
        "Hội\u2028nghị",
        "Hội\u0085nghị",
        "Hội\x9fnghị",
        "Hội\x7fnghị",
        "Hội\tnghị",
        "1.5",
        "0.50",
        "-0",
        "01",
        "1" * 39,
        "1." + "1" * 37,
        "1." + "1" * 38,
        "1e5",
        "2023-07-13",
        "2023-07-13\n",
        "0000",
        "2023-02",
        "2023-13",
        "98/2023/QH15",
        "98/2023/QH15\n",
        "14-KL/TW",
        "https://example.org/a",
        "https://example.org/a\n",
        "https://example.org/ a",
        "vi",
        "vi\n",
        "2023-07-13T08:00:00+07:00",
        "𝔸",
        "Đ",
    }
)


def python_matches(pattern: str, text: str) -> bool:
    # What python-jsonschema does with a pattern.
    return re.search(pattern, text) is not None


# Python's `$` also matches before a final line break, where ECMAScript's and Rust's
# match only at the end, and no pattern all three read can say "the very end". So
# python-jsonschema lets "hoi-nghi\n" through a pattern that Ajv and pydantic refuse
# (govreport's converter refuses it too); the engines are compared on other texts.
COMPARABLE = [text for text in SAMPLES if not text.endswith("\n")]


# --- the schema itself -------------------------------------------------------------


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_schema_has_its_own_id(cls):
    assert json_schema(cls)["$id"] == f"{SCHEMA_BASE}{cls.__name__}.schema.json"


def test_no_construct_with_known_validator_bugs():
    # Ajv 8 carries `contains` inside `if` over from one array item to the next.
    for cls in CLASSES:
        assert not [node for node in walk(json_schema(cls)) if "contains" in node], cls


def test_python_jsonschema_accepts_the_dataset_with_formats_checked():
    checker = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert list(checker.iter_errors(DATA)) == []


def test_the_patterns_use_no_lookaround_and_no_surrogates():
    for pattern in PATTERNS:
        assert not re.search(r"\(\?<?[=!]", pattern), pattern
        assert not re.search(r"\\u[dD][89a-fA-F]", pattern), pattern
        assert not re.search("[\ud800-\udfff]", pattern), pattern


# --- Ajv 8 under Node.js -----------------------------------------------------------


@pytest.fixture(scope="module")
def ajv():
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    if not (JS / "node_modules" / "ajv").is_dir():
        pytest.skip("Ajv is not installed: npm ci --prefix tests/js")

    def check(documents=(), patterns=(), matches=()) -> dict[str, Any]:
        request = {"schema": SCHEMA, "documents": documents, "patterns": patterns}
        request["matches"] = matches
        done = subprocess.run(
            [node, str(JS / "check.mjs")],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
            timeout=120,
        )
        result: dict[str, Any] = json.loads(done.stdout)
        return result

    return check


def test_ajv_accepts_the_dataset(ajv):
    assert ajv(documents=[DATA])["errors"] == [[]]


def test_ajv_refuses_what_the_converter_refuses(ajv):
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        from test_schema import _mutations, _set  # noqa: PLC0415
    finally:
        sys.path.remove(str(Path(__file__).parent))
    # JavaScript reads JSON numbers as doubles: past 2**53 it cannot tell 10**38 from
    # the largest amount govreport accepts, so those bounds are Python's to check.
    mutations = [
        (path, value)
        for path, value in _mutations()
        if not (isinstance(value, int) and abs(value) > 2**53)
    ]
    documents = []
    for path, value in mutations:
        document = copy.deepcopy(DATA)
        _set(document, path, value)
        documents.append(document)
    errors = ajv(documents=documents)["errors"]
    assert len(mutations) >= 30
    assert [mutation for mutation, found in zip(mutations, errors, strict=True) if not found] == []


def test_patterns_compile_and_match_alike_in_ecmascript(ajv):
    pairs = [[pattern, text] for pattern in PATTERNS for text in COMPARABLE]
    result = ajv(patterns=PATTERNS, matches=pairs)
    assert {pattern: error for pattern, error in result["patterns"].items() if error} == {}
    differ = [
        (pattern[:60], text)
        for (pattern, text), matched in zip(pairs, result["matches"], strict=True)
        if matched != python_matches(pattern, text)
    ]
    assert differ == []


# --- pydantic (Rust regular expressions) ---------------------------------------------


def test_patterns_compile_and_match_alike_in_rust_regex():
    pydantic = pytest.importorskip("pydantic")
    failed = {}
    differ = []
    for pattern in PATTERNS:
        try:  # pydantic's default regex engine is Rust's regex crate
            adapter = pydantic.TypeAdapter(
                Annotated[str, pydantic.StringConstraints(pattern=pattern)]
            )
        except Exception as error:  # noqa: BLE001 -- pydantic-core's SchemaError
            failed[pattern[:60]] = str(error).splitlines()[-1]
            continue
        for text in COMPARABLE:
            try:
                adapter.validate_python(text)
                matched = True
            except pydantic.ValidationError:
                matched = False
            if matched != python_matches(pattern, text):
                differ.append((pattern[:60], text))
    assert failed == {}
    assert differ == []


def test_pydantic_models_generated_from_the_schema_accept_the_dataset(tmp_path):
    pydantic = pytest.importorskip("pydantic")
    codegen = pytest.importorskip("datamodel_code_generator")
    output = tmp_path / "govreport_models.py"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its advice on options and duplicated names
        codegen.generate(
            json.dumps(SCHEMA),
            input_file_type=codegen.InputFileType.JsonSchema,
            output=output,
            output_model_type=codegen.DataModelType.PydanticV2BaseModel,
        )
    spec = importlib.util.spec_from_file_location("govreport_models", output)
    assert spec is not None
    assert spec.loader is not None
    models = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = models
    try:
        spec.loader.exec_module(models)
        report = models.Report.model_validate_json(govreport.to_json(datasets.binh_tan()))
        assert len(report.meetings) == len(DATA["meetings"])
        with pytest.raises(pydantic.ValidationError):
            models.Report.model_validate({**DATA, "meetings": [{"id": "Not A Slug"}]})
    finally:
        del sys.modules[spec.name]
