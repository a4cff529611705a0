"""How two names are compared when linking entities: pure predicates over name keys.

Keys come from :func:`storywire.nlp.names.name_key` (vowels folded to ``a``, scripts folded to
one phonetic alphabet), so these rules work on keys, not spellings: given names agree by
consonant skeleton, long surnames may be one edit apart, multi-word names of related languages
agree word by word on a shared stem, an acronym agrees with the name whose initials spell it.
"""

from __future__ import annotations

import re

from storywire.nlp import _worlddata as W


def compatible(a: str, b: str) -> bool:
    """Whether two mention types can name one entity (MISC is a wildcard; LOC ~ ORG)."""
    return a == b or "MISC" in (a, b) or {a, b} == {"LOC", "ORG"}


def consonants(key: str) -> str:
    """A key without its (folded) vowels: the part of a name that survives transliteration."""
    return key.replace("a", "")


def given_ok(a: str, b: str) -> bool:
    """Given-name key tokens that can be one name: consonant skeletons equal up to glides
    (German Jared is read Yared; Oleksandr / Aleksandr / Alexander are all ``lksndr``), an
    initial, or a short form of two or more consonants (Dan / Daniel, Alex / Alexander)."""
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    a, b = consonants(a).replace("j", ""), consonants(b).replace("j", "")
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 2 and long_.startswith(short))


def deletions(key: str) -> set[str]:
    """The key and every key one letter shorter: two keys within one edit share one of these."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


def within_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def subkeys(key: str) -> list[str]:
    """Contiguous runs of two or more words of a name key, shorter than the key itself."""
    toks = key.split(" ")
    n = len(toks)
    return [" ".join(toks[i:j]) for i in range(n) for j in range(i + 2, n + 1) if j - i < n]


def contains(long_: str, short: str) -> bool:
    return " " in short and short in subkeys(long_)


#: words left out of an acronym's letters (National Bureau *of* Ukraine, Bureau *für* ...)
FUNCTION_WORDS_TEXT = (
    "of the for and at on in to und für der die das des von zur zum de la le du des et à a"
    " на за и і й та в у з с по при"
)
FUNCTION_WORDS = frozenset(FUNCTION_WORDS_TEXT.split())
WORD_SPLIT = re.compile(r"[\s\-‐‑/]+")


def initials(text: str, function_words: bool) -> str:
    words = [w.strip("«»\"'“”„()") for w in WORD_SPLIT.split(text)]
    return "".join(w[0] for w in words if w and w[0].isalpha()
                   and (function_words or w.casefold() not in FUNCTION_WORDS)).casefold()


def acronym(text: str) -> str | None:
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper():
        return letters.casefold()
    return None


def expands(acronym: str, full: str) -> bool:
    """Whether ``full`` spells ``acronym`` with its initials (НАБУ / Національне
    антикорупційне бюро України; SAPO / Specialized Anti-Corruption Prosecutor's Office)."""
    return len(WORD_SPLIT.split(full.strip())) >= 2 and acronym in (
        initials(full, False), initials(full, True))


def content(key: str) -> list[str]:
    return [t for t in key.split(" ") if len(t) >= 3 or t.startswith(("@", "=", "#"))]


def token_like(a: str, b: str) -> bool:
    """Two word keys that are one word in related languages or another case: a shared stem of
    at least 60% (Патриотический / Патріотичний / Патриотичен) or one letter in four apart."""
    if a == b:
        return True
    if a[:1] in "@=#" or b[:1] in "@=#" or a[:1] != b[:1]:
        return False
    n = min(len(a), len(b))
    prefix = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), n)
    if prefix == n and n >= 3:
        return True  # Наша / Нашата: a postposed article
    if prefix >= max(4, 0.6 * n):
        return True
    from rapidfuzz.distance import Levenshtein

    return n >= 4 and Levenshtein.normalized_similarity(a, b) >= 0.75


def multi_like(a: str, b: str) -> bool:
    """Multi-word names (not people) that are one name across related languages: the same
    number of content words, pairwise alike (Свобода и прямая демократия / Свобода и пряка
    демокрация); listed places and acronyms must be equal (Bank of @ukraine / of @poland)."""
    ca, cb = content(a), content(b)
    return a != b and len(ca) >= 2 and len(ca) == len(cb) and all(
        token_like(x, y) for x, y in zip(ca, cb, strict=True))


def bucket(key: str) -> tuple[str, int] | None:
    c = content(key)
    return (c[0][:3], len(c)) if len(c) >= 2 else None


DIGIT_KEY = re.compile(r"[^0-9a-z]+")


def digit_key(text: str) -> str:
    """Designations with digits (F-35, Су-35, G7) key on their letters and digits as written:
    name keys drop digits, which would make F-16 and F-35 one."""
    try:
        from unidecode import unidecode
    except ImportError:  # pragma: no cover - unidecode is a dependency
        def unidecode(s: str) -> str:
            return s
    folded = DIGIT_KEY.sub("", unidecode(text).lower())
    return "#" + re.sub(r"(?<=\d)s$", "", folded)


def latin(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)


def world_match(key: str, lemma: str, text: str, typ: str) -> str | None:
    """The gazetteer entry a mention names, if exactly one fits."""
    w = W.world()

    def ok(eid: str) -> bool:
        # names.py's own gazetteer keys (@belarus) are trusted over a doubtful type
        return compatible(w.entries[eid].type, typ) or key.startswith("@")

    for form in dict.fromkeys((lemma, text)):
        ids = [i for i in w.by_form.get(form.casefold(), ()) if ok(i)]
        if len(ids) == 1:
            return ids[0]
    listed = key.startswith(("@", "=", "#"))
    # a key of one consonant (Эта -> ``ata``) says too little to name a listed entity
    # people with a collision-prone name (PER~: Costa / Kast) are reached by exact form only
    ids = [i for i in w.by_key.get(key, ()) if ok(i) and w.entries[i].by_surname] if listed or len(
        consonants(key.replace(" ", ""))) >= 2 else []
    if ids:
        return ids[0] if len(ids) == 1 else None
    if typ not in ("PER", "MISC") or listed or not key:
        return None
    toks = key.split(" ")
    if len(toks) >= 2:  # surname and a compatible given name; not for common surnames (Costa)
        given = toks[0]
        ids = [i for i in w.surnames.get(toks[-1], ()) if ok(i) and w.entries[i].by_surname
               and any(given_ok(given, g) for g in w.given.get(i, ()))]
        return ids[0] if len(ids) == 1 else None
    if typ != "PER":
        return None
    for form in dict.fromkeys((lemma, text)):
        ids = w.surname_forms.get(form.casefold(), [])
        if len(ids) == 1:
            return ids[0]
    if len(consonants(key)) >= W.SURNAME_MIN_CONSONANTS:
        ids = [i for i in w.surnames.get(key, ()) if w.entries[i].by_surname]
        if len(ids) == 1:
            return ids[0]
    return None


