"""Document symbols (số ký hiệu) of state and Party documents."""

from __future__ import annotations

import re

from govreport._errors import ValidationError, short_repr
from govreport._values import SYMBOL_CODE, DocumentKind, DocumentSymbol

from ._base import read_text

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

# Kind codes are read in any case ("29-Ctr/TU", "29-CTR/TU" are 29-CTr/TU).
_STATE_FOLDED = {code.casefold(): code for code in STATE_KIND_CODES}
_PARTY_FOLDED = {code.casefold(): code for code in PARTY_KIND_CODES}

# Issuers that tell the system whatever the form: the Party's committees (Trung
# ương, tỉnh, huyện, quận, thị, đảng ủy, đảng ủy khối), its boards and the
# central departments ("VPTW", "BTGTW"); the state's government, prime
# minister, people's committees and councils, and the National Assembly.
_PARTY_ISSUERS = frozenset(("TW", "TU", "HU", "QU", "ThU", "ĐU", "ĐUK", "BCSĐ"))
_STATE_ISSUERS = frozenset(("CP", "TTg", "UBND", "HĐND"))


def _is_party_issuer(part: str) -> bool:
    return part in _PARTY_ISSUERS or (len(part) > 2 and part.endswith("TW"))  # noqa: PLR2004


def _is_state_issuer(part: str) -> bool:
    return part in _STATE_ISSUERS or part.startswith(("QH", "UBTVQH"))


_CODE = SYMBOL_CODE
_NUMBER_PART = "(?P<number>[1-9][0-9]*|0[1-9])"
_PREFIX = "(?i:số(?::[ ]*|[ ]+))?"
_PARTY = re.compile(
    f"{_PREFIX}{_NUMBER_PART}[ ]*-[ ]*(?P<kind>{_CODE})/(?P<issuer>{_CODE}(?:-{_CODE})*)"
)
_STATE = re.compile(
    f"{_PREFIX}{_NUMBER_PART}(?:/(?P<year>[12][0-9]{{3}}))?/(?P<codes>{_CODE}(?:-{_CODE})*)"
)


def _check_system(*, party: bool, number: int, kind: str | None, issuer: str, text: str) -> None:
    """Refuse a symbol whose issuer belongs to the other system than its form."""
    parts = issuer.split("-")
    if party and any(map(_is_state_issuer, parts)):
        msg = (
            f"{short_repr(text)} writes a state issuer in the form of a Party symbol; "
            f"a state symbol reads like '{number:02d}/{kind}-{issuer}'"
        )
        raise ValidationError.at("$", msg)
    if not party and any(map(_is_party_issuer, parts)):
        # "43/NQ-TW": a Party resolution written like a state one, or a state
        # document of an issuer spelled like a Party body; the text cannot tell.
        msg = (
            f"{short_repr(text)} writes a Party issuer in the form of a state symbol, "
            "so which it is cannot be told; a Party symbol reads like "
            f"'{number:02d}-{kind or 'NQ'}/{issuer}'"
        )
        raise ValidationError.at("$", msg)


# Document names that may come before a symbol ("Nghị quyết số 54-NQ/TW"), longest first.
_NAMES = sorted(
    ((kind.vietnamese.casefold(), kind.code) for kind in DocumentKind),
    key=lambda pair: -len(pair[0]),
)


def _strip_name(text: str) -> tuple[str, str | None, str | None]:
    """Return *text* without a leading document name, the name and its kind code."""
    folded = text.casefold()
    for name, code in _NAMES:
        if folded.startswith(name + " "):
            rest = text[len(name) + 1 :]
            rest = rest[3:] if rest.casefold().startswith("số ") else rest
            return rest, text[: len(name)], code
    return text, None, None


def parse_symbol(text: str) -> DocumentSymbol:
    """Return the :class:`~govreport.DocumentSymbol` of a state or Party document.

    State symbols: "98/2023/QH15", "30/2020/NĐ-CP", "123/QĐ-UBND",
    "01/CT-TTg".  Party symbols: "31-NQ/TW", "124-KH/TU"; the Party numbers
    its documents per issuer and per term, so "31-NQ/TW" names one document
    only within a term of the Central Committee.  Accepted spellings: spaces
    around a Party symbol's hyphen ("16 - NQ/TW"), a number without its
    leading zero ("5/2022/TT-BTC"), a leading "Số" or "Số:", and a leading
    document name in any case, with or without "số" ("Nghị quyết số
    54-NQ/TW", "hướng dẫn số 26-HD/BTCTW"), whose code must then be the
    symbol's ("Nghị quyết số 12-KL/TW" is refused).

    The code before an issuer must be a kind code of its system
    (`STATE_KIND_CODES`, `PARTY_KIND_CODES`), read in any case: "29-CTR/TU" is
    29-CTr/TU (keep the written form in the record's evidence).  The issuer
    decides the system where it can: a Party committee or central department
    ("TW", "TU", "HU", "QU", "ĐU", "BTGTW") written in the form of a state
    symbol ("43/NQ-TW", "621/NQ-NS-TU") is refused, since the text cannot tell
    a misprinted Party symbol from a state one; so is a state issuer ("UBND",
    "HĐND", "CP", "TTg", "QH…") in the form of a Party symbol.
    Symbols of official letters (công văn, "123/UBND-VX") have no kind code
    and are refused, since :class:`~govreport.DocumentSymbol` cannot hold them.
    """
    text = read_text(text, "a document symbol")
    bare, name, name_code = _strip_name(text)
    party = _PARTY.fullmatch(bare)
    state = None if party else _STATE.fullmatch(bare)
    found = party or state
    if found is not None and len(found["number"]) > 9:  # noqa: PLR2004 -- below 2**31
        msg = f"the number of {short_repr(text)} is too long for a document number"
        raise ValidationError.at("$", msg)
    year = None
    if party is not None:
        number, written, issuer = party["number"], party["kind"], party["issuer"]
        kind = _PARTY_FOLDED.get(written.casefold())
        if kind is None:
            msg = f"{written!r} in {short_repr(text)} is not a Party document kind code"
            raise ValidationError.at("$", msg)
    elif state is not None:
        number, year = state["number"], state["year"]
        # The first code is the kind ("TT-BTC"); joint issuers keep their hyphens
        # ("TTLT-BTC-BKHĐT").
        written, _, issuer = state["codes"].rpartition("-")
        if written:
            written, _, issuer = state["codes"].partition("-")
        kind = _STATE_FOLDED.get(written.casefold()) if written else None
        if written and kind is None:
            msg = (
                f"{written!r} in {short_repr(text)} is not a state document kind code "
                "(letters such as '123/UBND-VX' have none and cannot be read)"
            )
            raise ValidationError.at("$", msg)
        if not written and issuer in STATE_KIND_CODES:
            raise ValidationError.at("$", f"{short_repr(text)} has a kind code but no issuer")
    else:
        msg = (
            f"expected a document symbol like '98/2023/QH15' or '31-NQ/TW', got {short_repr(text)}"
        )
        raise ValidationError.at("$", msg)
    _check_system(party=party is not None, number=int(number), kind=kind, issuer=issuer, text=text)
    if name is not None and name_code is not None and kind is not None and kind != name_code:
        msg = f"{short_repr(text)} names a {name} but its code is {kind!r}"
        raise ValidationError.at("$", msg)
    try:
        return DocumentSymbol(
            number=int(number),
            kind=kind,
            issuer=issuer,
            party=party is not None,
            year=int(year) if year else None,
        )
    except ValidationError as error:
        problems = "; ".join(item.message for item in error.errors)
        raise ValidationError.at("$", f"{short_repr(text)}: {problems}") from None
