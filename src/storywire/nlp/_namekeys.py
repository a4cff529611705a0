"""The key of one word: its base form (case endings gone), then a skeleton or a gazetteer slug.

Keys are pure functions of the word and the language, so two articles can be compared without
corpus statistics; see :mod:`storywire.nlp.names` for how the steps fit together.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from storywire.nlp import _namedata as D
from storywire.nlp._namegazetteer import gazetteer, place_stem
from storywire.nlp._namelex import AMBIG, PROPER, eff_lang, word_status
from storywire.nlp._namephonetic import SPLIT, has_vowel, phonetic, script_of, skeleton

#: all-capital words longer than this are shouting (datelines: МОСКВА, WASHINGTON), not
#: acronyms, unless the acronym table lists them (МАГАТЕ)
MAX_ACRONYM = 5


def strip_ending(low: str, lang: str) -> str:
    """Remove one oblique-case ending (lower case in, lower case out) if a stem of 3+ remains."""
    if lang == "de":
        if (len(low) >= 5 and low.endswith("s") and low[-2] not in "aeiouyäöüsxz"):
            return low[:-1]
        return low
    for end in D.ENDINGS.get(lang, ()):
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[: -len(end)]
            after = D.ENDING_AFTER.get((lang, end))
            if has_vowel(stem) and (after is None or stem[-1] in after):
                return stem
    return low


APOS_SUFFIX = re.compile(r"['’ʼ][^\W\d_]{1,4}$")
#: languages that write case endings after an apostrophe on foreign names
APOS_LANGS = frozenset({"pl", "tr", "az", "fi", "et", "hu", "lt", "lv", "sv", "da", "nb", "no"})


def base_form(word: str, lang: str) -> tuple[str, str | None]:
    """(lower-case base form for the key, the lexicon's lemma if it knows the name)."""
    lang = eff_lang(word, lang)
    if lang in APOS_LANGS:
        word = APOS_SUFFIX.sub("", word) or word  # Steve'a, Trump'ın, Nato'n
    status, lemma = word_status(word, lang)
    if lemma and status in (PROPER, AMBIG):
        base, known = lemma.lower(), lemma
    else:
        base, known = strip_ending(word.lower(), lang), None
    for end in D.NOMINATIVE_ENDINGS.get(lang, ()):
        if base.endswith(end) and len(base) - len(end) >= 3:
            base = base[: -len(end)]
            break
    return base, known


@lru_cache(maxsize=200_000)
def raw_key(part: str, lang: str) -> str:
    """The skeleton of a word's base form, before any gazetteer lookup."""
    lang = eff_lang(part, lang)
    base, _ = base_form(part, lang)
    return skeleton(phonetic(unicodedata.normalize("NFC", base), lang))


def _acronym_key(word: str, lang: str) -> str:
    letters = word.replace(".", "")
    ph = phonetic(letters.lower(), lang if script_of(letters) != "latin" else "default")
    return "=" + ph.replace("J", "dj")


def acronym_len(word: str) -> int:
    """Letters only: U.S. is two long."""
    return sum(c.isalpha() for c in word)


def is_acronym(word: str) -> bool:
    """All capitals; two characters or fewer only if all are letters (EU, not "A.")."""
    return word.isupper() and (len(word) > 2 or word.isalpha())


def _place(part: str, lang: str, key: str) -> str | None:
    gaz = gazetteer()
    lang = eff_lang(part, lang)
    base, known = base_form(part, lang)
    stem = place_stem(base)
    slug = gaz.exact.get((lang, stem)) or gaz.any_lang.get(stem)
    if slug or known or lang not in D.DECLINING or len(key) - key.count("a") < 3:
        return slug
    return gaz.by_lang.get((lang, key))


@lru_cache(maxsize=200_000)
def part_key(part: str, lang: str) -> str:
    """The key of one hyphen-free part: an acronym, a gazetteer slug or a skeleton."""
    gaz = gazetteer()
    if part in gaz.acronyms:
        return "@" + gaz.acronyms[part]
    if is_acronym(part):
        if acronym_len(part) <= MAX_ACRONYM:
            return _acronym_key(part, lang)
        part = part.capitalize()
    key = raw_key(part, lang)
    slug = _place(part, lang, key)
    return "@" + slug if slug else key


def name_key(word: str, lang: str) -> str:
    """The cross-script key of one word (hyphenated parts are keyed apart, joined by a space).

    >>> name_key("Лукашенку", "uk") == name_key("Lukashenko", "en")
    True
    """
    word = unicodedata.normalize("NFC", word.strip())
    if word in gazetteer().acronyms:
        return "@" + gazetteer().acronyms[word]
    parts = [p for p in SPLIT.split(word) if p]
    if not parts:
        return ""
    if len(parts) == 1:
        return part_key(parts[0], lang)
    slug = gazetteer().multi.get(" ".join(raw_key(p, lang) for p in parts))
    return "@" + slug if slug else " ".join(part_key(p, lang) for p in parts)
