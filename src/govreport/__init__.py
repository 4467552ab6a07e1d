"""govreport: typed records of Vietnamese government and Party meeting reports.

Records are frozen attrs classes that validate on every way in; `to_json` and
`from_json` (and their dict and file siblings) go through one strict cattrs
converter; bad input raises `ValidationError` listing every bad path.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import ErrorItem, ValidationError, ValidationTypeError
from ._records import (
    AgendaItem,
    Assessment,
    Attendance,
    Change,
    Direction,
    Directive,
    DirectiveKind,
    Election,
    ElectionMethod,
    Group,
    Indicator,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Official,
    Organization,
    Outcome,
    Paper,
    Participant,
    ParticipantRole,
    Position,
    Resolution,
    Review,
    SessionType,
    Target,
    TargetKind,
    Trend,
    VoteBase,
    VoteEvent,
)
from ._report import Record, Report, Source
from ._serialization import dump, from_dict, from_json, load, to_dict, to_json
from ._serialization.schema import json_schema
from ._values import (
    Attainment,
    DocumentKind,
    DocumentSymbol,
    Movement,
    PartialDate,
    Period,
    Qualifier,
    Quantity,
    TimeOfDay,
)

__all__ = [
    "AgendaItem",
    "Assessment",
    "Attainment",
    "Attendance",
    "Change",
    "Direction",
    "Directive",
    "DirectiveKind",
    "DocumentKind",
    "DocumentSymbol",
    "Election",
    "ElectionMethod",
    "ErrorItem",
    "Group",
    "Indicator",
    "Meeting",
    "MeetingFormat",
    "MeetingKind",
    "MeetingStatus",
    "Movement",
    "Official",
    "Organization",
    "Outcome",
    "Paper",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Period",
    "Position",
    "Qualifier",
    "Quantity",
    "Record",
    "Report",
    "Resolution",
    "Review",
    "SessionType",
    "Source",
    "Target",
    "TargetKind",
    "TimeOfDay",
    "Trend",
    "ValidationError",
    "ValidationTypeError",
    "VoteBase",
    "VoteEvent",
    "converter",
    "dump",
    "from_dict",
    "from_json",
    "json_schema",
    "load",
    "make_converter",
    "to_dict",
    "to_json",
]

# The public classes say they are govreport's: reprs, tracebacks, pickles and the
# documentation name govreport.Meeting, not the private module that defines it.
for _name in __all__:
    _public = globals().get(_name)
    if isinstance(_public, type):
        _public.__module__ = __name__
del _name, _public

if TYPE_CHECKING:
    import cattrs

    from . import datasets as datasets
    from . import strategies as strategies
    from . import vietnamese as vietnamese
    from ._serialization.converter import make_converter as make_converter

    converter: cattrs.Converter
    """The shared strict converter that `to_dict`, `from_dict` and friends use."""
    __version__: str

# The public submodules load on first use, so that `import govreport` stays light
# and never imports hypothesis (which `strategies` needs); so do cattrs and the
# converter, which the first read or write needs.
_SUBMODULES = frozenset({"datasets", "strategies", "vietnamese"})


def _version() -> str:
    """The installed distribution's version, read from its metadata on first use."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version(__name__)
    except PackageNotFoundError:  # pragma: no cover -- running from a bare source tree
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    if name == "converter":
        from ._serialization import get_converter  # noqa: PLC0415

        return get_converter()
    if name == "__version__":
        globals()["__version__"] = found = _version()  # read the metadata once
        return found
    if name == "make_converter":
        from ._serialization.converter import make_converter  # noqa: PLC0415 -- imports cattrs

        return make_converter
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
