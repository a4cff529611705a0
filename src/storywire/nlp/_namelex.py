"""Which capitalised words are names: the per-language lexicons behind name finding.

A capital letter alone does not make a name (sentence starts, German nouns, titles), so every
candidate word is looked up: simplemma's dictionaries list proper nouns with a capital, pymorphy3
tags Russian names (Name/Surn/Geox), and German nouns are told from names by their plurals. The
lexicon's lemma, when it knows the name, is also the best base form for the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from storywire.nlp import _lexicon
from storywire.nlp import _namedata as D

UNKNOWN, PROPER, AMBIG, COMMON = 0, 1, 2, 3


def dictionary(code: str) -> Mapping[str, str] | None:
    """simplemma's dictionary for ``code`` (decoded once per machine: see ``_lexicon``)."""
    return _lexicon.dictionary(code)


@cache
def ru_morph() -> Any:
    """pymorphy3's Russian analyser, loaded once (``None`` if it is not installed)."""
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang="ru")
    except Exception:
        return None


def _canon(word: str, code: str) -> str:
    try:
        from simplemma.utils import canonicalize_token
    except Exception:
        return word
    return canonicalize_token(word, code)


def has_lexicon(lang: str) -> bool:
    """Whether ``lang`` has a lexicon that tells common words from names."""
    if lang == "ru":
        return ru_morph() is not None
    code = D.LEXICON_CODES.get(lang)
    return code is not None and dictionary(code) is not None


def eff_lang(word: str, lang: str) -> str:
    """Latin-script words in a Cyrillic or Greek text are English names (Reuters, Axios)."""
    if lang in D.NON_LATIN and word[:1].isascii():
        return "en"
    return lang


@lru_cache(maxsize=200_000)
def word_status(word: str, lang: str) -> tuple[int, str | None]:
    """(UNKNOWN|PROPER|AMBIG|COMMON, the lemma when the word is a known name)."""
    lang = eff_lang(word, lang)
    if lang == "ru":
        return _status_ru(word)
    code = D.LEXICON_CODES.get(lang)
    d = dictionary(code) if code else None
    if d is None:
        return UNKNOWN, None
    word = _canon(word, code)  # type: ignore[arg-type]
    cap, low = d.get(word), d.get(word.lower())
    if lang == "de":
        if cap is None:
            if low is not None or _de_compound(word):
                return COMMON, None
            return UNKNOWN, None
        # a lower-case twin (treffen, parallel) makes it a nominalisation, not a name
        if (
            cap[:1].islower() or (low is not None and low[:1].islower()) or _de_noun(d, cap)
            or (cap != word and word not in (cap + "s", cap + "'"))
        ):
            return COMMON, None
        return PROPER, cap
    if cap is None and low is None:
        return UNKNOWN, None
    if low is None or (cap is None and low[:1].isupper()):
        lemma = cap if cap is not None else low
        return PROPER, capitalise(lemma)  # type: ignore[arg-type]
    if cap is None:
        return COMMON, None
    if low[:1].isupper():
        return PROPER, low
    return AMBIG, capitalise(cap)


def _de_compound(word: str) -> bool:
    """An unknown long German word ending in a known common noun of 5+ letters is a compound
    (Präsidentenbüros, Nobelkomitee); shorter heads (-burg, -funk) are too often in names."""
    d = dictionary("de")
    if d is None or len(word) < 8 or not word[:1].isupper():
        return False
    for i in range(3, len(word) - 4):
        head = word[i].upper() + word[i + 1 :]
        lemma = d.get(head)
        if lemma is not None and lemma[:1].isupper():
            return True
    return False


def _de_noun(d: Mapping[str, str], lemma: str) -> bool:
    """German common nouns have plural/dative forms in the dictionary; names take only -s."""
    if any(d.get(lemma + s) == lemma for s in ("e", "en", "n", "er", "ern", "es")):
        return True
    return any(d.get(lemma[:-k] + "en") == lemma for k in (1, 2))  # Razzia/Razzien, Museum


def _status_ru(word: str) -> tuple[int, str | None]:
    morph = ru_morph()
    if morph is None:
        return UNKNOWN, None
    parses = [p for p in morph.parse(word) if p.is_known]
    if not parses:
        return UNKNOWN, None
    # proper nouns only: adjectives from places carry Geox too (Украинская, Минский)
    proper = [p for p in parses if p.tag.POS == "NOUN" and D.PROPER_GRAMMEMES & p.tag.grammemes]
    if not proper:
        return COMMON, None
    lemma = _restore_case(proper[0].normal_form, word)
    share = sum(p.score for p in proper) / (sum(p.score for p in parses) or 1.0)
    return (PROPER if share >= 0.3 else AMBIG), lemma


def capitalise(word: str) -> str:
    """Capital on every hyphenated part, rest untouched (lemmas come in lower case)."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _restore_case(lemma: str, surface: str) -> str:
    if surface.isupper() and len(surface) > 1:
        return lemma.upper()
    return capitalise(lemma)


@cache
def wordset(table: str, lang: str) -> frozenset[str]:
    """One language's words of a ``_namedata`` word table (STOPWORDS, TITLES, CALENDAR)."""
    src: dict[str, str] = getattr(D, table)
    return frozenset(src.get(lang, "").split())


def demonym(word: str, lang: str) -> bool:
    """A nationality adjective (Ukrainian, Israeli): capitalised, but not a name."""
    sufs = D.DEMONYM_SUFFIXES.get(lang)
    if not sufs or not word.lower().endswith(sufs):
        return False
    code = D.LEXICON_CODES.get(lang)
    d = dictionary(code) if code else None
    return d is not None and d.get(word.lower()) is not None
