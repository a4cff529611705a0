"""What kind of name a span is: the resources and the type evidence of :mod:`.entities`.

Holds the candidate record every stage passes along (:class:`Cand`), the word tables of
``_entitydata`` by language, and the general knowledge a mention is typed with: given names,
widely known leaders, countries (pycountry), capitals and major cities, outlets, weapon
systems and pymorphy3's Name/Surn/Geox/Orgn tags. :func:`strong_type` reads the span itself
and the word before it; :func:`weak_type` falls back on what is known about the name.
"""

from __future__ import annotations

import contextlib
import gettext
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from storywire.nlp import _entitydata as E
from storywire.nlp import names as N

_WEST = frozenset(E.WEST.split())
_GIVEN_ENDINGS = ("а", "я", "у", "ю", "ом", "ем", "ым", "ім", "ові", "ові", "ому", "ого", "e",
                  "a", "em", "owi", "ie")


@dataclass(slots=True)
class Cand:
    """A candidate mention span; key, lemma and type are filled in as the stages go."""

    start: int
    end: int
    src: str  # "name" | "org" | "misc" | "run" | "ner"
    key: str = ""
    lemma: str = ""
    tokens: tuple[str, ...] = ()
    type: str | None = None
    hint: str | None = None  # natasha's type, when it saw this span


# --- resources, loaded once ----------------------------------------------------------------------


@cache
def table_words(table: str, lang: str) -> frozenset[str]:
    """The words of an ``_entitydata`` table for ``lang``."""
    src: dict[str, str] = getattr(E, table)
    return frozenset(src.get(lang, "").split())


@cache
def table_stems(table: str, lang: str) -> tuple[str, ...]:
    """The stems of an ``_entitydata`` table for ``lang``, longest first."""
    return tuple(sorted(table_words(table, lang), key=len, reverse=True))


@lru_cache(maxsize=100_000)
def has_stem(word: str, stems: tuple[str, ...]) -> bool:
    """``word`` starts with one of ``stems`` (at most 4 letters of ending); a stem written with
    a final ``=`` must match whole (суд= is not судно)."""
    low = word.lower()
    return any(
        low == s[:-1] if s.endswith("=") else low.startswith(s) and len(low) - len(s) <= 4
        for s in stems
    )


@cache
def _org_parts() -> tuple[str, ...]:
    return tuple(E.ORG_PARTS.split())


@cache
def _given() -> frozenset[str]:
    return frozenset(E.GIVEN_LATIN.split()) | frozenset(E.GIVEN_CYRILLIC.split())


@cache
def _leader_keys() -> frozenset[str]:
    """Keys of the leaders' surnames with three or more consonants (Milei's "mal" would also
    be Mali); shorter ones are matched by spelling in :func:`is_leader`."""
    out = set()
    for name in E.LEADERS.split():
        key = N.name_key(name.split("-")[-1], "en")
        if len(key) - key.count("a") >= 3:
            out.add(key)
    return frozenset(out)


def is_leader(key: str, lemma: str) -> bool:
    """Whether a name is a widely known leader's (by key, else by the last word's spelling)."""
    if key in _leader_keys():
        return True
    last = lemma.split()[-1].lower() if lemma.split() else ""
    return last in E.LEADERS.split()


@cache
def _city_keys() -> frozenset[str]:
    """Keys of capitals and major cities with three or more consonants (shorter skeletons
    collide with surnames)."""
    out = set()
    for name in E.CITIES.split():
        key = " ".join(N.name_key(p, "en") for p in name.split("-"))
        if key.startswith("@") or len(key.replace(" ", "")) - key.count("a") >= 3:
            out.add(key)
    return frozenset(out)


@cache
def known_outlets() -> tuple[frozenset[str], frozenset[str]]:
    """(surfaces, keys) of news outlets: the general list plus every lexicon's OUTLETS."""
    from storywire.lang import merged

    names = {s.strip() for s in E.OUTLETS.split(",") if s.strip()}
    with contextlib.suppress(Exception):  # a lexicon that fails to load only narrows the list
        names |= set(merged("OUTLETS"))
    keys = set()
    for s in names:
        words = [w for w in re.split(r"[\s\-]+", s) if w and w[:1].isupper()]
        if words and not (len(words) == 1 and len(words[0]) <= 3):
            keys.add(" ".join(N.name_key(w, "en" if w.isascii() else "ru") for w in words))
    return frozenset(names), frozenset(k for k in keys if k)


@cache
def _weapons() -> tuple[frozenset[str], frozenset[str]]:
    """(surfaces, keys with four or more consonants) of known weapon systems; shorter keys
    collide with other names (Shahed and Заходу are both "sahad")."""
    names = {w.strip() for w in E.WEAPONS.split(",") if w.strip()}
    keys = set()
    for w in names:
        key = " ".join(N.name_key(p, "en") for p in w.split())
        if w.isascii() and not _acronym(w) and len(key) - key.count("a") >= 4:
            keys.add(key)
    return frozenset(names), frozenset(keys)


@cache
def countries(lang: str) -> frozenset[str]:
    """Country names (lower case) in English and in ``lang``, from pycountry's ISO 3166 data."""
    try:
        import pycountry
    except ImportError:
        return frozenset()
    out: set[str] = set()
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except Exception:
        tr = None
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(c, attr, None)
            if name:
                out.add(name.lower())
                if tr is not None:
                    out.add(tr.gettext(name).lower())
    return frozenset(out)


@cache
def _country_keys(lang: str) -> frozenset[str]:
    out = set()
    for name in countries(lang):
        parts = [p for p in re.split(r"[\s\-,]+", name) if p]
        if not parts or len(parts) > 3:
            continue
        key = " ".join(N.name_key(p.capitalize(), lang) for p in parts)
        if key.startswith("@") or len(key) - key.count("a") >= 3:
            out.add(key)
    return frozenset(out)


# --- types ---------------------------------------------------------------------------------------


def word_before(text: str, pos: int) -> str:
    """The lower-case word just before ``pos`` (over spaces and opening quotes)."""
    j = pos
    while j > 0 and text[j - 1] in " \u00a0«„“\"":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "-'’"):
        k -= 1
    return text[k:j].lower()


@lru_cache(maxsize=100_000)
def _morph_type(word: str) -> str | None:
    morph = N._morph()
    if morph is None:
        return None
    for p in morph.parse(word)[:2]:
        if not p.is_known or p.tag.POS != "NOUN":
            continue
        g = p.tag.grammemes
        if "Geox" in g:
            return "LOC"
        if "Orgn" in g:
            return "ORG"
        if g & {"Name", "Surn", "Patr"}:
            return "PER"
    return None


@lru_cache(maxsize=100_000)
def given_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a given name (in any case form: Джареда, Стівом)."""
    low = word.lower()
    if low in _given() or N._strip_ending(low, lang) in _given():
        return True
    for end in _GIVEN_ENDINGS:  # Джареда -> джаред, Стівом -> стів
        if low.endswith(end) and low[: -len(end)] in _given():
            return True
    if N._script(low) == "cyr" and lang in ("ru", "uk", "bg", "be"):
        morph = N._morph()
        if morph is not None:
            return any(p.is_known and "Name" in p.tag.grammemes and p.score >= 0.3
                       for p in morph.parse(word))
    return False


def strong_type(c: Cand, text: str, lang: str) -> str | None:
    """The type when the span itself or the word before it says so."""
    surface = text[c.start : c.end]
    words = [w for w in re.split(r"[\s\-‐‑]+", surface) if w]
    if c.type:
        return c.type
    if len(c.tokens) == 1 and c.key.startswith("@"):
        return "ORG" if c.key[1:] in E.ORG_SLUGS else "LOC"
    if (c.lemma or surface).lower() in _WEST or surface.lower() in _WEST:
        return "LOC"
    if surface in _weapons()[0] or c.lemma in _weapons()[0] or c.key in _weapons()[1]:
        return "MISC"
    outlets, outlet_keys = known_outlets()
    if surface in outlets or c.lemma in outlets or c.key in outlet_keys:
        return "ORG"
    if len(words) == 1 and len(surface) >= 5 and not surface.isupper() and any(
            p in surface.lower() for p in _org_parts()):
        return "ORG"
    cap = [w for w in words if w[:1].isupper()]
    if len(cap) >= 2 and given_name(N._base_lemma(cap[0], lang)[0], lang) \
            and not any(k.startswith("@") for k in c.tokens):
        return "PER"
    if any(has_stem(w, table_stems("ORG_STEMS", lang)) for w in words if not w.isupper()) \
            and (len(words) > 1 or c.src != "name"):
        return "ORG"
    if len(words) == 1 and any(
            words[0].lower().startswith(s) and len(words[0]) - len(s) <= 2
            for s in table_stems("ORG_STEMS", lang) if len(s) >= 4):
        return "ORG"  # Sejmie, Sojuszu, Сенату: a body named by its institution word
    if any(has_stem(w, table_stems("MISC_HEAD_STEMS", lang)) for w in words[1:]):
        return "MISC"
    before = word_before(text, c.start)
    if before:
        if before in table_words("PER_BEFORE", lang) or before in N._wordset("TITLES", lang):
            return "ORG" if _acronym(words[0]) else "PER"
        if before in table_words("LOC_BEFORE", lang):
            return "LOC"
        if before in table_words("ORG_BEFORE", lang):
            return "ORG"
    return None


def _acronym(word: str) -> bool:
    """NATO, U.S., MSWiA: mostly capitals, no spaces."""
    letters = [ch for ch in word if ch.isalpha()]
    caps = sum(ch.isupper() for ch in letters)
    return " " not in word and len(letters) > 1 and caps >= 2 and caps * 2 > len(letters)


def weak_type(c: Cand, text: str, lang: str) -> str | None:
    """The type from knowledge about the name: leaders, countries, cities, NER, lexicon."""
    surface = text[c.start : c.end]
    last = c.tokens[-1] if c.tokens else c.key
    if is_leader(last, c.lemma or surface) and not c.key.startswith("@"):
        return "PER"
    if c.hint in ("PER", "LOC", "ORG"):
        return c.hint
    low = (c.lemma or surface).lower()
    if low in countries(lang) or c.key in _country_keys(lang) or c.key in _city_keys():
        return "LOC"
    if _acronym(surface):
        return "ORG"
    if N._script(surface) == "cyr" and lang in ("ru", "uk", "bg", "be"):
        return _morph_type(c.lemma.split()[-1] if c.lemma else surface)
    return None
