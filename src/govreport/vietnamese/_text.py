"""Vietnamese letters: ASCII folding, slugs, names, sort keys and search keys."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

from govreport._errors import ValidationError, short_repr

from ._base import fail, read_text

__all__ = ["fold", "name_sort_key", "search_key", "slugify", "split_name"]

_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT_BELOW = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
# CLDR's Vietnamese tailoring sorts the tones at the secondary level in this order:
# no mark, huyền, hỏi, ngã, sắc, nặng.
_TONE_ORDER = {"": 0, _GRAVE: 1, _HOOK: 2, _TILDE: 3, _ACUTE: 4, _DOT_BELOW: 5}

# The Vietnamese alphabet with f, j, w and z kept at their Latin places, as CLDR
# does: its tailoring only inserts ă, â, đ, ê, ô, ơ and ư.
_ALPHABET = tuple("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
_PRIMARY = {letter: index for index, letter in enumerate(_ALPHABET)}
# Letters outside the alphabet (ç, ñ, ...) sort after it, by code point.
_FOREIGN = len(_ALPHABET)

# Typographic punctuation that NFKD leaves alone but that has an obvious ASCII form.
_ASCII_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
# Đ and đ are letters of their own, not D with a mark, so NFD leaves them whole.
_D_WITH_STROKE = {"Đ": "D", "đ": "d"}

# A syllable whose vowels are only oa, oe or uy (after its initial consonants)
# may carry its tone on either vowel: "hòa"/"hoà", "thủy"/"thuỷ", "khỏe"/"khoẻ".
_MOVABLE = re.compile(r"[bcdđghklmnpqrstvx]*(?:o[ae]|uy)")


def _split_letter(char: str) -> tuple[str, str]:
    """Return *char* as (lowercase letter with its vowel marks, tone mark or "")."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    tones = [mark for mark in decomposed[1:] if mark in _TONE_ORDER]
    others = "".join(mark for mark in decomposed[1:] if mark not in _TONE_ORDER)
    letter = unicodedata.normalize("NFC", decomposed[0] + others)
    return letter, tones[0] if tones else ""


def _primary_weight(letter: str) -> int:
    """Return the alphabetical rank of a lowercase letter as `split_letter` gives it."""
    rank = _PRIMARY.get(letter)
    return rank if rank is not None else _FOREIGN + ord(letter[0])


def _tone_weight(tone: str) -> int:
    """Return the CLDR rank of a tone mark ("" for none)."""
    return _TONE_ORDER[tone]


def _fold_char(char: str) -> str | None:
    """Return the ASCII form of one character, or None if it has none."""
    if char.isascii():
        return char
    if char in _D_WITH_STROKE:
        return _D_WITH_STROKE[char]
    plain = "".join(
        mark for mark in unicodedata.normalize("NFKD", char) if not unicodedata.combining(mark)
    ).translate(_ASCII_PUNCTUATION)
    # A lone combining mark folds to nothing, which is right: it was a diacritic.
    return plain if plain.isascii() else None


# Texts repeat their syllables: a key of a long text looks most of them up here.
@functools.lru_cache(maxsize=8192)
def _place_tones(word: str) -> str:
    """Return a lowercase NFC run of letters with oa/oe/uy tones on the second vowel.

    Both placements are in use; the second vowel (the new style, "hoà",
    "thuỷ") is the one every syllable with a final consonant already uses
    ("hoàng", "huỳnh"), so it is the one a key can agree on.
    """
    letters = [_split_letter(char) for char in word]
    bases = "".join(letter for letter, _ in letters)
    if not _MOVABLE.fullmatch(bases):
        return word
    (first, first_tone), (last, last_tone) = letters[-2], letters[-1]
    if not first_tone or last_tone:
        return word
    head = "".join(unicodedata.normalize("NFC", b + t) for b, t in letters[:-2])
    return unicodedata.normalize("NFC", head + first + last + first_tone)


def fold(text: str) -> str:
    """Return *text* in ASCII without its diacritics: "Đảng bộ" is "Dang bo".

    Đ and đ, which do not decompose, become D and d; typographic quotes and
    dashes become their ASCII forms.  A character with no ASCII form (such
    as "€") raises :class:`~govreport.ValidationError` rather than vanish.
    """
    text = read_text(text, "text", notation=False)
    folded = []
    for char in text:
        plain = _fold_char(char)
        if plain is None:
            msg = f"{char!r} in {short_repr(text)} has no ASCII form"
            raise ValidationError.at("$", msg)
        folded.append(plain)
    return "".join(folded)


_NOT_SLUG = re.compile("[^a-z0-9]+")


def slugify(text: str) -> str:
    """Return a record id made from *text*: "Quận ủy Bình Tân" is "quan-uy-binh-tan".

    Letters and digits are folded to lowercase ASCII (see `fold`); anything
    else separates words.  The result matches ``^[a-z0-9]+(-[a-z0-9]+)*$``;
    text with no letter or digit, or with a letter that has no ASCII form,
    raises :class:`~govreport.ValidationError`.
    """
    text = read_text(text, "text", notation=False)
    pieces = []
    for char in text:
        category = unicodedata.category(char)
        # A mark left over after NFC belongs to the letter before it.
        plain = "" if category.startswith("M") else _fold_char(char)
        if plain is None and category[0] in "LN":
            msg = f"{char!r} in {short_repr(text)} has no ASCII form"
            raise ValidationError.at("$", msg)
        pieces.append(" " if plain is None else plain.lower())
    slug = _NOT_SLUG.sub("-", "".join(pieces)).strip("-")
    if not slug:
        raise ValidationError.at("$", f"{short_repr(text)} has nothing to make an id from")
    return slug


def _is_syllable(word: str) -> bool:
    return (
        unicodedata.category(word[0]).startswith("L")
        and word[-1] not in "'’-"
        and all(unicodedata.category(char)[0] in "LM" or char in "'’-" for char in word)
    )


def split_name(name: str) -> tuple[str, str | None, str]:
    """Return (family, middle, given) of a Vietnamese full name.

    "Dương Ngọc Hải" is ("Dương", "Ngọc", "Hải"); "Lê Hoa" is ("Lê", None,
    "Hoa").  The family name is the first syllable, the given name the last,
    and the middle name whatever lies between.  A name has two to five
    syllables of letters (apostrophes and hyphens allowed inside, as in
    "H'Hen"), separated by white space.
    """
    text = read_text(name, "a name", notation=False)
    syllables = text.split()
    if not 2 <= len(syllables) <= 5 or not all(map(_is_syllable, syllables)):  # noqa: PLR2004
        fail("a full name of two to five syllables", "Dương Ngọc Hải", text)
    middle = " ".join(syllables[1:-1]) or None
    return syllables[0], middle, syllables[-1]


def name_sort_key(name: str) -> tuple[object, ...]:
    """Return a key that sorts names in Vietnamese order, for `sorted`.

    Names sort by given name, then middle name, then family name, first by
    letters in the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ
    p q r s t u ư v x y), ignoring case and tones; then, as CLDR's Vietnamese
    collation does, by tones (none, huyền, hỏi, ngã, sắc, nặng); then
    lowercase before capitals; then by the text itself, so the order is total.
    """
    family, middle, given = split_name(name)
    parts = ([given], middle.split() if middle else [], [family])
    letters = [
        [
            [_split_letter(char) for char in word if unicodedata.category(char)[0] == "L"]
            for word in part
        ]
        for part in parts
    ]
    cases = [[[char.isupper() for char in word] for word in part] for part in parts]
    primary = tuple(tuple(tuple(_primary_weight(b) for b, _ in w) for w in p) for p in letters)
    secondary = tuple(tuple(tuple(_tone_weight(t) for _, t in w) for w in p) for p in letters)
    tertiary = tuple(tuple(tuple(int(c) for c in w) for w in p) for p in cases)
    return primary, secondary, tertiary, unicodedata.normalize("NFC", name)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def search_key(text: str) -> str:
    """Return a key under which the same words written by different sources match.

    The key is *text* NFC-normalised, case-folded, with white space collapsed
    to single spaces and the tone of a syllable ending in oa, oe or uy placed
    on its second vowel: "Hòa", "hoà" and "HOÀ" share a key, as do "Thủy" and
    "Thuỷ", "khỏe" and "khoẻ".  Other diacritics are kept: "Hải" and "Hai"
    differ.
    """
    text = read_text(text, "text", notation=False)
    folded = " ".join(unicodedata.normalize("NFC", text.casefold()).split())
    return _LETTER_RUN.sub(lambda match: _place_tones(match.group()), folded)


class Passages:
    """Find where a text holds a quote up to case, spacing and tone placement.

    Built once for a text (its `search_key` and where each word starts, in time
    linear in the text), then asked for any number of quotes, each in time
    linear in the text: what `govreport.Report` uses to suggest the exact words
    for an evidence quote that does not occur verbatim.
    """

    __slots__ = ("_key", "_key_starts", "_loose", "_spans", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._loose: str | None = None
        self._key = ""
        self._key_starts: list[int] = []
        self._spans: list[tuple[int, int]] = []

    def _build(self) -> None:
        text = self._text
        self._key = search_key(text)
        # Words of the text and of its key correspond one to one: the key only
        # folds case, moves tone marks and collapses the white space between words.
        self._spans = [match.span() for match in _WORD.finditer(text)]
        starts, position = [], 0
        for word in self._key.split(" ") if self._key else ():
            starts.append(position)
            position += len(word) + 1
        self._key_starts = starts

    def find(self, quote: str) -> str | None:
        """The passage of the text that reads as *quote*, or None if there is none."""
        # First a looser test at C speed, tones dropped: most absent quotes stop here.
        if self._loose is None:
            self._loose = _toneless(self._text)
        if _toneless(quote) not in self._loose or len(self._text) > _MAX_PASSAGES_TEXT:
            return None
        if not self._key_starts:
            self._build()
        needle = search_key(quote)
        if not needle or len(self._spans) != len(self._key_starts):
            return None
        found = self._key.find(needle)
        if found < 0:
            return None
        start = self._position(found, at_end=False)
        end = self._position(found + len(needle), at_end=True)
        if start is None or end is None:
            return None
        passage = self._text[start:end]
        return passage if search_key(passage) == needle else None

    def _position(self, offset: int, *, at_end: bool) -> int | None:
        """Where the key's *offset* falls in the text, if a word boundary or a clean letter."""
        # The word of the key that holds the offset (an end belongs to the word before it).
        index = bisect.bisect_right(self._key_starts, offset - 1 if at_end else offset) - 1
        word_start, word_end = self._spans[index]
        inside = offset - self._key_starts[index]
        key_length = len(self._key) - self._key_starts[index]
        if index + 1 < len(self._key_starts):
            key_length = self._key_starts[index + 1] - 1 - self._key_starts[index]
        if inside == 0:
            return word_start
        if inside == key_length:
            return word_end
        # Inside a word: only where case folding kept its length, letter for letter.
        return word_start + inside if word_end - word_start == key_length else None


_WORD = re.compile(r"\S+")
# The exact words are looked for in texts up to this long (a few seconds' work);
# past it, a quote that the looser test finds gets no suggestion.
_MAX_PASSAGES_TEXT = 2_000_000
_TONES = (_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT_BELOW)


def _toneless(text: str) -> str:
    """*text* case-folded, its white space collapsed and its tone marks dropped."""
    decomposed = unicodedata.normalize("NFD", " ".join(text.casefold().split()))
    for tone in _TONES:  # str.replace: many times faster than str.translate here
        decomposed = decomposed.replace(tone, "")
    return unicodedata.normalize("NFC", decomposed)
