"""How a name sounds: every script rewritten into one broad phonetic alphabet, then a skeleton.

The phonetic classes are documented in :mod:`storywire.nlp._namedata`; here they are applied:
context rules first (one compiled alternation per script or Latin spelling group), then the
letter tables, then vowels fold and doubles collapse so that spellings of one name in different
scripts meet (Лукашенко, Lukashenka, Łukaszenka -> ``lakasank``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from storywire.nlp import _namedata as D

#: capital letters of the Latin, Greek and Cyrillic blocks, as a regex class
UPPER = "[A-Z{}]".format(
    "".join(re.escape(c) for c in map(chr, range(0xC0, 0x530)) if c.isupper())
)


SPLIT = re.compile(r"[\s\-‐‑]+")


def _literal_len(pattern: str) -> int:
    return len(re.sub(r"\(\?<?[=!][^)]*\)|[\^$]", "", pattern))


@cache
def _rules(kind: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """One alternation per rule set, longest spelling first, applied in a single pass."""
    if kind == "cyr":
        rules = list(D.CYRILLIC_RULES)
    elif kind == "greek":
        rules = list(D.GREEK_RULES)
    else:
        own = list(D.LATIN_RULES.get(kind, ()))
        seen = {p for p, _ in own}
        rules = own + [r for r in D.LATIN_COMMON if r[0] not in seen]
        rules.sort(key=lambda r: -_literal_len(r[0]))
    if not rules:
        return None
    rx = re.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(rules)))
    return rx, tuple(r for _, r in rules)


def _apply(kind: str, word: str) -> str:
    compiled = _rules(kind)
    if compiled is None:
        return word
    rx, repl = compiled
    return rx.sub(lambda m: repl[int(m.lastgroup[1:])], word)  # type: ignore[index]


def _latin_char(ch: str) -> str:
    out = D.LATIN.get(ch)
    if out is not None:
        return out
    base = unicodedata.normalize("NFD", ch)[0]
    out = D.LATIN.get(base)
    if out is not None:
        return out
    if unicodedata.category(base).startswith("L"):
        try:
            from unidecode import unidecode
        except ImportError:  # letters of other scripts then simply do not reach the key
            return ""
        return "".join(D.LATIN.get(c, "") for c in unidecode(ch).lower())
    return ""


def script_of(word: str) -> str:
    """"cyr", "greek" or "latin" (the default: other scripts go through unidecode)."""
    for ch in word:
        if "\u0400" <= ch <= "\u052f":
            return "cyr"
        if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff":
            return "greek"
    return "latin"


@lru_cache(maxsize=200_000)
def phonetic(word: str, lang: str) -> str:
    """``word`` (lower case) in the broad phonetic alphabet of ``_namedata``'s docstring."""
    script = script_of(word)
    if script == "cyr":
        table = D.CYRILLIC_LANG.get(lang, {})
        out = []
        for c in _apply("cyr", word):
            r = "J" if c == "J" else table.get(c, D.CYRILLIC.get(c))
            out.append(r if r is not None else _latin_char(c))
        return "".join(out)
    if script == "greek":
        s = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        s = _apply("greek", s)
        return "".join(D.GREEK.get(c) or _latin_char(c) for c in s)
    s = _apply(D.LATIN_GROUP.get(lang, "default"), word)
    return "".join(_latin_char(c) for c in s)


def skeleton(ph: str) -> str:
    """Vowels fold to ``a``, glides go, doubles collapse, a final vowel drops (if 2+ consonants)."""
    out: list[str] = []
    for ch in ph.replace("ts", "s"):
        if ch in D.VOWELS:
            ch = "a"
        elif ch == "j" or not ch.isalpha():
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    if len(out) > 1 and out[-1] == "a" and len(out) - out.count("a") >= 2:
        out.pop()
    return "".join(out).lower()


_VOWEL_LETTERS = frozenset("aeiouyаеиоуыэюяіїєёъαεηιουω")


def has_vowel(s: str) -> bool:
    """Any vowel letter, accents ignored, in Latin, Cyrillic or Greek."""
    return any(unicodedata.normalize("NFD", c)[0] in _VOWEL_LETTERS for c in s)
