"""The gazetteer: places, bodies and acronyms whose spellings share no skeleton key to one slug.

Genf / Geneva / Женева or США / USA cannot meet by sound, so general-knowledge tables
(:mod:`storywire.nlp._nameplaces`) list them; they are compiled once into lookups by stem, by
skeleton and by multi-word key, plus one regex for names with lower-case or inflected parts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from storywire.nlp import _namedata as D
from storywire.nlp import _nameplaces as P
from storywire.nlp._namephonetic import SPLIT, UPPER, has_vowel, phonetic, skeleton


def _entries(lines: tuple[str, ...]) -> list[tuple[str, list[tuple[str, str]]]]:
    out = []
    for line in lines:
        slug, _, rest = line.partition(":")
        forms: list[tuple[str, str]] = []
        for chunk in rest.split(";"):
            chunk = chunk.strip()
            if not chunk:
                continue
            langs, _, words = chunk.partition(" ")
            for lang in langs.split(","):
                forms += [(lang, w.strip()) for w in words.split(",") if w.strip()]
        out.append((slug.strip(), forms))
    return out


@dataclass(slots=True)
class Gazetteer:
    """The compiled tables: lookups by stem, skeleton, multi-word key and acronym."""

    exact: dict[tuple[str, str], str]  # (lang, stem) -> slug
    any_lang: dict[str, str]  # stem -> slug, if one place has that stem in any language
    by_lang: dict[tuple[str, str], str]  # (lang, skeleton) -> slug, if one place has it there
    multi: dict[str, str]  # skeletons of a multi-word form -> slug
    acronyms: dict[str, str]
    lemmas: dict[tuple[str, str], str]  # (slug, lang) -> nominative in that language
    phrases: re.Pattern[str] | None
    phrase_slugs: list[tuple[str, str]]  # group index -> (slug, lemma)
    conflicts: list[tuple[str, str, str, str]]  # (lang, skeleton, slug, slug) within a language


_SOFT = "ьйj'’ʼ"


def place_stem(base: str) -> str:
    """A base form without accents, a soft sign and one final vowel: Женева/Женеві, Росія/Росії
    compare equal, Герман/Германия do not."""
    s = "".join(c for c in unicodedata.normalize("NFD", base) if not unicodedata.combining(c))
    s = unicodedata.normalize("NFC", s).rstrip(_SOFT)
    if len(s) > 3 and has_vowel(s[-1]):
        s = s[:-1]
    return s


def _form_base(form: str, lang: str) -> str:
    """The base of a nominative listed in a table: no lexicon needed (so none is loaded)."""
    base = form.lower()
    for end in D.NOMINATIVE_ENDINGS.get(lang, ()):
        if base.endswith(end) and len(base) - len(end) >= 3:
            return base[: -len(end)]
    return base


def _form_key(form: str, lang: str) -> str:
    return skeleton(phonetic(unicodedata.normalize("NFC", _form_base(form, lang)), lang))


@cache
def gazetteer() -> Gazetteer:
    """Built once from the tables.

    Skeletons drop vowels, so different names can share one (Греция and Грузия are ``hras``,
    Rada and Riyadh ``rad``, Герман and Германия ``harman``). So a word is a listed place when
    its stem (base form without accents and one final vowel) is a listed form's stem, in its
    language or, failing that, in any. Only in a language that declines names, and only for a
    word no lexicon knows (its base is a guess), a skeleton of three or more consonants may match
    a form listed for that same language (Polish Genewie -> Genewa).
    """
    exact: dict[tuple[str, str], set[str]] = defaultdict(set)
    any_lang: dict[str, set[str]] = defaultdict(set)
    by_lang: dict[tuple[str, str], set[str]] = defaultdict(set)
    multi: dict[str, str] = {}
    lemmas: dict[tuple[str, str], str] = {}
    for slug, forms in _entries(P.PLACES):
        for lang, form in forms:
            parts = [p for p in SPLIT.split(form) if p]
            lemmas.setdefault((slug, lang), form)
            if len(parts) > 1:
                multi[" ".join(_form_key(p, lang) for p in parts)] = slug
                continue
            for stem in {place_stem(_form_base(form, lang)), place_stem(form.lower())}:
                exact[(lang, stem)].add(slug)
                any_lang[stem].add(slug)
            key = _form_key(form, lang)
            by_lang[(lang, key)].add(slug)
    conflicts = [(lg, k, *sorted(v)) for (lg, k), v in by_lang.items() if len(v) > 1]
    acronyms = {}
    for line in P.ACRONYMS:
        slug, _, rest = line.partition(":")
        acronyms.update({f.strip(): slug.strip() for f in rest.split(",") if f.strip()})
    patterns, slugs = [], []
    for line in P.PHRASES:
        slug, _, rest = line.partition(":")
        for chunk in rest.split(";"):
            chunk = chunk.strip()
            if not chunk:
                continue
            lang, _, spec = chunk.partition(" ")
            lemma, _, alts = spec.partition("=")
            for alt in alts.split(" | "):
                patterns.append(alt.strip().replace("~", r"\w*"))
                slugs.append((slug.strip(), lemma.strip()))
                lemmas.setdefault((slug.strip(), lang), lemma.strip())
    # the look-ahead lets the engine skip every position that does not start a capitalised word
    alternatives = "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(patterns))
    rx = re.compile(f"(?<![\\w-])(?={UPPER})(?:{alternatives})(?![\\w-])") if patterns else None

    def unique(d: dict[Any, set[str]]) -> dict[Any, str]:
        return {k: next(iter(v)) for k, v in d.items() if len(v) == 1}

    return Gazetteer(
        unique(exact), unique(any_lang), unique(by_lang), multi, acronyms, lemmas, rx, slugs,
        conflicts,
    )
