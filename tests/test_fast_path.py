"""No silent slow path: valid records of every type are read by the generated code.

Any exception in a generated structure hook hands the input to the detailed
path, which builds the same value through the constructor; so a bug in the
generated code would only show as slowness.  These tests count the hand-overs.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport
from govreport import from_dict, from_json, to_dict, to_json
from govreport import strategies as gs
from govreport._model import is_record
from govreport._serialization.codegen import DETAILED_PATH_TAKEN

# Every record and value type govreport exports, as its class decorator marks them.
TYPES = [
    getattr(govreport, name)
    for name in govreport.__all__
    if isinstance(getattr(govreport, name, None), type) and is_record(getattr(govreport, name))
]


@pytest.mark.parametrize("cls", TYPES, ids=[cls.__name__ for cls in TYPES])
@settings(max_examples=30)
@given(st.data())
def test_valid_records_never_take_the_detailed_path(cls, data):
    value = data.draw(gs.for_type(cls))
    before = DETAILED_PATH_TAKEN.copy()
    assert from_dict(cls, to_dict(value)) == value
    assert from_json(cls, to_json(value)) == value
    assert before == DETAILED_PATH_TAKEN, f"detailed path taken: {DETAILED_PATH_TAKEN - before}"


def test_every_record_type_is_drawn():
    assert len(TYPES) >= 19
    assert govreport.Report in TYPES


def test_an_invalid_record_is_counted_on_the_detailed_path():
    before = DETAILED_PATH_TAKEN.copy()
    with pytest.raises(govreport.ValidationError):
        from_dict(govreport.Period, {"start": "2023-07-01", "end": "2023-01-01"})
    assert DETAILED_PATH_TAKEN - before == {"govreport.Period": 1}
