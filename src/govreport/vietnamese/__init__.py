"""Reading and writing Vietnamese notation, as government and Party reports print it.

Parsers read one figure, date, period or symbol exactly as a source writes it
("20.604 tỷ đồng", "Chiều 13-7", "quý II/2023", "16 - NQ/TW") and raise
:class:`~govreport.ValidationError`, quoting the text, for anything they cannot
read exactly; they never guess and never look at today's date.  Every function
accepts decomposed (NFD) text and reads it as its NFC form; anything that is not
a string raises ``ValidationTypeError`` (a ``ValidationError`` and a
``TypeError``).  Formatters write what the parsers read back.

This module only turns text into values: it imports nothing from the records,
the report or the converter, and only the standard library besides.
"""

from __future__ import annotations

from . import _numbers, _symbols
from ._days import format_date, format_date_range, parse_date, parse_date_range
from ._numbers import (
    format_number,
    format_quantity,
    parse_fraction,
    parse_number,
    parse_quantity,
)
from ._ordinals import (
    format_session,
    format_term,
    parse_roman,
    parse_session,
    parse_term,
    to_roman,
)
from ._periods import format_period, parse_period
from ._phrases import format_attainment, format_change, parse_attainment, parse_change
from ._symbols import parse_symbol
from ._text import fold, name_sort_key, search_key, slugify, split_name
from ._words import format_number_words, parse_number_words

__all__ = [
    "PARTY_KIND_CODES",
    "STATE_KIND_CODES",
    "UNITS",
    "fold",
    "format_attainment",
    "format_change",
    "format_date",
    "format_date_range",
    "format_number",
    "format_number_words",
    "format_period",
    "format_quantity",
    "format_session",
    "format_term",
    "name_sort_key",
    "parse_attainment",
    "parse_change",
    "parse_date",
    "parse_date_range",
    "parse_fraction",
    "parse_number",
    "parse_number_words",
    "parse_period",
    "parse_quantity",
    "parse_roman",
    "parse_session",
    "parse_symbol",
    "parse_term",
    "search_key",
    "slugify",
    "split_name",
    "to_roman",
]

# The tables are bound here, not just imported, so that their documentation
# (the string after each) lives in the module users read.
UNITS = _numbers.UNITS
"""Unit words, and the unit codes `parse_quantity` gives them.

Several words can share a code ("người" and "dân" are both ``person``); the
first word listed for a code is the one `format_quantity` writes.  Words are
matched exactly (case included), after NFC normalisation, with single spaces.
"%" may also follow the number without a space ("6,97%").
"""

STATE_KIND_CODES = _symbols.STATE_KIND_CODES
"""Kind codes `parse_symbol` accepts in state symbols ("QĐ" in "123/QĐ-UBND").

Those of Decree 30/2020/NĐ-CP, appendix III, then those of legal documents
(NĐ, TT, TTLT, NQLT, L) and KL.
"""

PARTY_KIND_CODES = _symbols.PARTY_KIND_CODES
"""Kind codes `parse_symbol` accepts in Party symbols ("NQ" in "31-NQ/TW").

After the Party's rules on the format of its documents (Hướng dẫn
36-HD/VPTW); "TT" is a thông tri and "QĐ" a quy định here.
"""
