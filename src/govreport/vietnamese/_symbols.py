"""Document symbols (số ký hiệu) of state and Party documents."""

from __future__ import annotations

import re

from govreport._errors import ValidationError, short_repr
from govreport._values import DocumentSymbol

from ._base import fail, read_text

__all__ = ["PARTY_KIND_CODES", "STATE_KIND_CODES", "parse_symbol"]


# Documented in govreport.vietnamese, which re-exports them.
# fmt: off
STATE_KIND_CODES: tuple[str, ...] = (
    "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC",
    "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
    "NĐ", "TT", "TTLT", "NQLT", "L", "KL",
)
# Decree 30/2020/NĐ-CP, appendix III, then legal documents (NĐ, TT, TTLT, NQLT, L)
# and KL, which DocumentKind.from_code also reads as a state code.

# Hướng dẫn 36-HD/VPTW on the format of Party documents.
PARTY_KIND_CODES: tuple[str, ...] = (
    "NQ", "QĐ", "CT", "KL", "QC", "TT", "HD", "BC", "KH", "QH", "CTr", "TB", "TTr", "ĐA",
    "DA", "BB", "CV", "GGT", "GM", "GCN", "PG", "PC",
)
# fmt: on

_CODE = "[0-9A-Za-zĐđ]+"
_NUMBER_PART = "(?P<number>[1-9][0-9]*|0[1-9])"
_PREFIX = "(?i:số(?::[ ]*|[ ]+))?"
_PARTY = re.compile(
    f"{_PREFIX}{_NUMBER_PART}[ ]*-[ ]*(?P<kind>{_CODE})/(?P<issuer>{_CODE}(?:-{_CODE})*)"
)
_STATE = re.compile(
    f"{_PREFIX}{_NUMBER_PART}(?:/(?P<year>[12][0-9]{{3}}))?/(?P<codes>{_CODE}(?:-{_CODE})*)"
)


def parse_symbol(text: str) -> DocumentSymbol:
    """Return the :class:`~govreport.DocumentSymbol` of a state or Party document.

    State symbols: "98/2023/QH15", "30/2020/NĐ-CP", "123/QĐ-UBND",
    "01/CT-TTg".  Party symbols: "31-NQ/TW", "124-KH/TU"; the Party numbers
    its documents per issuer and per term, so "31-NQ/TW" names one document
    only within a term of the Central Committee.  Accepted spellings: spaces
    around a Party symbol's hyphen ("16 - NQ/TW"), a number without its
    leading zero ("5/2022/TT-BTC"), and a leading "Số" or "Số:".

    The code before an issuer must be a kind code of its system
    (`STATE_KIND_CODES`, `PARTY_KIND_CODES`); codes are case-sensitive.
    Symbols of official letters (công văn, "123/UBND-VX") have no kind code
    and are refused, since :class:`~govreport.DocumentSymbol` cannot hold them.
    """
    text = read_text(text, "a document symbol")
    party = _PARTY.fullmatch(text)
    state = None if party else _STATE.fullmatch(text)
    year = None
    if party is not None:
        number, kind, issuer = party["number"], party["kind"], party["issuer"]
        if kind not in PARTY_KIND_CODES:
            msg = f"{kind!r} in {short_repr(text)} is not a Party document kind code"
            raise ValidationError.at("$", msg)
    elif state is not None:
        number, year = state["number"], state["year"]
        # The first code is the kind ("TT-BTC"); joint issuers keep their hyphens
        # ("TTLT-BTC-BKHĐT").
        kind, _, issuer = state["codes"].rpartition("-")
        if kind:
            kind, _, issuer = state["codes"].partition("-")
        if kind and kind not in STATE_KIND_CODES:
            msg = (
                f"{kind!r} in {short_repr(text)} is not a state document kind code "
                "(letters such as '123/UBND-VX' have none and cannot be read)"
            )
            raise ValidationError.at("$", msg)
        if not kind and issuer in STATE_KIND_CODES:
            raise ValidationError.at("$", f"{short_repr(text)} has a kind code but no issuer")
    else:
        fail("a document symbol", "98/2023/QH15' or '31-NQ/TW", text)
    try:
        return DocumentSymbol(
            number=int(number),
            kind=kind or None,
            issuer=issuer,
            party=party is not None,
            year=int(year) if year else None,
        )
    except ValidationError as error:
        problems = "; ".join(item.message for item in error.errors)
        raise ValidationError.at("$", f"{short_repr(text)}: {problems}") from None
