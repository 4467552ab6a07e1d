"""govreport: typed records of Vietnamese government and Party meeting reports.

Records are frozen attrs classes that validate on every way in; `to_json` and
`from_json` (and their dict and file siblings) go through one strict cattrs
converter; bad input raises `ValidationError` listing every bad path.
"""

from ._converter import make_converter
from ._errors import ErrorItem, ValidationError
from ._records import (
    Change,
    Direction,
    Directive,
    Indicator,
    Meeting,
    Official,
    Organization,
    Participant,
    Position,
    Resolution,
    Target,
    TargetKind,
)
from ._report import Record, Report, Source
from ._schema import json_schema
from ._serialization import converter, dump, from_dict, from_json, load, to_dict, to_json
from ._values import DocumentKind, DocumentSymbol, PartialDate, Period, Quantity, TimeOfDay

__all__ = [
    "Change",
    "Direction",
    "Directive",
    "DocumentKind",
    "DocumentSymbol",
    "ErrorItem",
    "Indicator",
    "Meeting",
    "Official",
    "Organization",
    "PartialDate",
    "Participant",
    "Period",
    "Position",
    "Quantity",
    "Record",
    "Report",
    "Resolution",
    "Source",
    "Target",
    "TargetKind",
    "TimeOfDay",
    "ValidationError",
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
