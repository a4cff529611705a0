"""How two names are compared when linking entities: pure predicates over name keys.

Keys come from :func:`storywire.nlp.names.name_key` (vowels folded to ``a``, scripts folded to
one phonetic alphabet), so these rules work on keys, not spellings: given names agree by
consonant skeleton, long surnames may be one edit apart, multi-word names of related languages
agree word by word on a shared stem, an acronym agrees with the name whose initials spell it.

Names of things are also compared by their *signature*: the key words left when closed-class
words (prepositions, conjunctions, articles of the supported languages) and generic head nouns
(party, agency) are dropped, and by their *country core*, the signature without a listed place
that qualifies it. Both lists are general grammar and vocabulary, not names from any corpus.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from storywire.nlp import _worlddata as W


def compatible(a: str, b: str) -> bool:
    """Whether two mention types can name one entity (MISC is a wildcard; LOC ~ ORG)."""
    return a == b or "MISC" in (a, b) or {a, b} == {"LOC", "ORG"}


def consonants(key: str) -> str:
    """A key without its (folded) vowels: the part of a name that survives transliteration."""
    return key.replace("a", "")


def given_ok(a: str, b: str) -> bool:
    """Given-name key tokens that can be one name: consonant skeletons equal up to glides and
    h (German Jared is read Yared; Jørgen / Йорґен; Oleksandr / Aleksandr / Alexander are all
    ``lksndr``), one consonant apart when both have four or more (Christopher / Кристофер), an
    initial, or a short form of two or more consonants (Dan / Daniel, Alex / Alexander)."""
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    a, b = _skeleton(a), _skeleton(b)
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 2 and long_.startswith(short)) or (
        len(short) >= 4 and within_one(a, b))


def _skeleton(key: str) -> str:
    return consonants(key).replace("j", "").replace("h", "")


def silent_tail(key: str) -> str | None:
    """A surname key without a final vowel + t/d/s/z, which French and English names often do
    not pronounce (Barrot / Барро): compared only when the given names agree."""
    if len(key) >= 4 and key[-2] == "a" and key[-1] in "tdsz" and len(consonants(key)) >= 3:
        return key[:-2]
    return None


def genitive_stem(key: str) -> str | None:
    """A one-word name's key without a German/English genitive -s or -es (Bundestages,
    Zollamtes): the nominative's key, if the name has one."""
    if key.endswith("as") and len(key) >= 7:
        return key[:-2]
    return key[:-1] if key.endswith("s") and len(key) >= 6 else None


def instrumental_stem(key: str) -> str | None:
    """A one-word name's key without a final -om/-em (``am``): a Slavic lemmatiser reads the
    nominative of a name in -ом (Росатом) as an instrumental case and cuts it,
    so the nominative keys short and every other form keys long."""
    return key[:-2] if key.endswith("am") and len(key) >= 7 else None


def surname_near(a: str, b: str | None) -> bool:
    """Surname keys a case ending apart (Merza keyed ``mar``, Merz ``mars``): a shared start
    of four letters with two letters left over at most, or of three with one."""
    if not b or a == b:
        return False
    n = min(len(a), len(b))
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), n)
    extra = max(len(a), len(b)) - n
    return (n >= 4 and extra <= 2) or (n == 3 and extra <= 1)


def surname_variants(key: str) -> set[str]:
    """Forms under which two surname keys of one person may meet once the given names agree:
    without h and j, which transliterations add and drop (Wendham ``vandam`` / Вендхэм
    ``vandham``), and without a silent final consonant (Barrot / Барро)."""
    out = set()
    for k in (key, silent_tail(key)):
        if k and len(consonants(k)) >= 2:
            out.add(k.replace("h", "").replace("j", ""))
    return out


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


#: closed-class words (prepositions, conjunctions, articles) of the supported languages: left out
#: of an acronym's letters and of a name's signature (National Bureau *of* Ukraine, Партія розвитку
#: *та* справедливості, Bureau *für* ...); general grammar, not names
FUNCTION_WORDS_TEXT = (
    "of the for and at on in to against by with"  # en
    " und für der die das des den dem von zur zum im am gegen"  # de
    " de la le les du des et à a au aux pour sur d l"  # fr
    " i w we z ze dla do od na przy przeciw"  # pl
    " на за и і й та в у във з із зі с със по при для против від от към проти о об"  # uk ru bg
)
FUNCTION_WORDS = frozenset(FUNCTION_WORDS_TEXT.split())
#: generic head nouns of organisation names, in every case form: Partia / Партията / Party /
#: Agencji / агентство are left out of a name's signature, so "Green Party" meets
#: "Партията на зелените" and "agencji Anadolu" meets "Anadolu"
GENERIC_HEADS_TEXT = (
    "party parties partei parteien parti partis partido partia partii partię partią partie"
    " партия партии партию партией партиите партията партій партія партії партію партією"
    " agency agencies agentur agence agencja agencji agencję agencją agenzia"
    " агентство агентства агентству агентством агентстве агентството агенція агенції агенцію"
    " агенцією агенция агенцията"
)
GENERIC_HEADS = frozenset(GENERIC_HEADS_TEXT.split())
QUOTES = "«»\"'“”„‚‘’()[]"
WORD_SPLIT = re.compile(r"[\s\-‐‑/]+")


def initials(text: str, function_words: bool, split: re.Pattern[str] = WORD_SPLIT) -> str:
    words = [w.strip(QUOTES) for w in split.split(text)]
    return "".join(w[0] for w in words if w and w[0].isalpha()
                   and (function_words or w.casefold() not in FUNCTION_WORDS)).casefold()


def acronym(text: str) -> str | None:
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper():
        return letters.casefold()
    return None


_SPACES = re.compile(r"\s+")
#: Latin letters an acronym's letter may be written with in another script (Г is H or G)
_LETTER_FOLD = str.maketrans({"g": "h", "w": "v", "x": "k", "q": "k", "y": "i", "j": "i"})


@cache
def _fold_letter(c: str) -> str:
    from unidecode import unidecode

    return unidecode(c)[:1].lower().translate(_LETTER_FOLD)


def fold_letters(letters: str) -> str:
    """Acronym letters in one Latin alphabet, each letter by itself: САП and SAP, ГУР and HUR,
    НАБУ and NABU fold alike."""
    return "".join(map(_fold_letter, letters))


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _script(text: str) -> str:
    return "C" if _CYRILLIC.search(text) else "L"


@lru_cache(maxsize=65536)
def initial_forms(text: str) -> frozenset[str]:
    """The folded acronyms a multi-word name can have, tagged with its script: its initials
    with and without the function words, with hyphenated words split or kept whole (National
    Anti-Corruption Bureau of Ukraine is NABU only with Anti-Corruption kept one word)."""
    if len(WORD_SPLIT.split(text.strip())) < 2:
        return frozenset()
    out = {initials(text, fw, sp) for fw in (False, True) for sp in (WORD_SPLIT, _SPACES)}
    tag = _script(text)
    return frozenset(tag + fold_letters(x) for x in out if len(x) >= 2)


def acronym_forms(letters: str) -> frozenset[str]:
    """The tagged forms an acronym matches ``initial_forms`` under: a Cyrillic acronym spells
    Cyrillic names only; a Latin one Latin names and, transliterated, Cyrillic ones (NABU /
    Національне антикорупційне бюро), but an English name never spells a Cyrillic acronym
    (Main Intelligence Directorate is not МИД)."""
    folded = fold_letters(letters)
    return frozenset({"C" + folded} if _script(letters) == "C" else {"L" + folded, "C" + folded})


def expands(acronym: str, full: str) -> bool:
    """Whether ``full`` spells ``acronym`` with its initials (НАБУ / Національне
    антикорупційне бюро України; SAPO / Specialized Anti-Corruption Prosecutor's Office)."""
    return not acronym_forms(acronym).isdisjoint(initial_forms(full))


def signature(key: str, text: str, lang: str) -> tuple[tuple[str, ...], bool]:
    """A non-person name's key words without its function words and generic head nouns, and
    whether a head noun was dropped: what stays the same across languages and word orders of
    one name (Партія справедливості та розвитку / Справедливість і розвиток)."""
    toks = key.split(" ") if key else []
    if not toks or key.startswith("#"):
        return tuple(toks), False
    words = [w for w in (w.strip(QUOTES) for w in WORD_SPLIT.split(text)) if w]
    kinds = []
    for w in words:
        low = w.casefold()
        kinds.append("f" if low in FUNCTION_WORDS else "h" if low in GENERIC_HEADS else "")
    head = "h" in kinds
    if not any(kinds):
        return tuple(toks), False
    if len(words) == len(toks):  # one key word per written word
        return tuple(t for t, k in zip(toks, kinds, strict=True) if not k), head
    from storywire.nlp.names import name_key

    gone: dict[str, int] = {}
    for w, k in zip(words, kinds, strict=True):
        if k:
            wk = name_key(w, lang)
            gone[wk] = gone.get(wk, 0) + 1
    out = []
    for t in toks:
        if gone.get(t):
            gone[t] -= 1
        else:
            out.append(t)
    return tuple(out), head


def acronym_tail(sig_a: tuple[str, ...], text_a: str, sig_b: tuple[str, ...],
                 text_b: str) -> bool:
    """Whether name A ends in an acronym of name B's last words, the words before agreeing
    (Sztabu Generalnego WP / Sztab Generalny Wojska Polskiego)."""
    words_a = text_a.split()
    if len(sig_a) < 2 or not sig_a[-1].startswith("=") or not words_a:
        return False
    letters = acronym(words_a[-1].strip(QUOTES))
    n = len(letters or "")
    head = len(sig_a) - 1
    if n < 2 or len(sig_b) != head + n:
        return False
    words_b = [w for w in (w.strip(QUOTES) for w in WORD_SPLIT.split(text_b))
               if w and w.casefold() not in FUNCTION_WORDS]
    return len(words_b) >= n and fold_letters("".join(w[0] for w in words_b[-n:])) == (
        fold_letters(letters or "")) and all(
        token_like(x, y) for x, y in zip(sig_a[:head], sig_b[:head], strict=True))


#: name particles written before a surname (von der Leyen, де Голль): not a given name
PARTICLES_TEXT = (
    "von van der den de la le du des di da dos das del della al el bin ibn ter ten"
    " фон ван дер де ди да дю ле ла дель аль эль ель ал бин ибн"
)
PARTICLES = frozenset(PARTICLES_TEXT.split())


def strip_particles(key: str, text: str, lang: str) -> str:
    """A person's key without the keys of the name particles written in ``text``: "von der
    Leyen" is a surname alone, not a given name "von" and a surname."""
    words = [w.strip(QUOTES) for w in text.split()]
    if not any(w.casefold() in PARTICLES for w in words[:-1]):
        return key
    toks = key.split(" ")
    if len(words) == len(toks):
        kept = [t for t, w in zip(toks, words, strict=True) if w.casefold() not in PARTICLES]
    else:
        from storywire.nlp.names import name_key

        drop = {name_key(w, lang) for w in words[:-1] if w.casefold() in PARTICLES}
        kept = [t for t in toks[:-1] if t not in drop] + toks[-1:]
    return " ".join(kept) or key


#: an East Slavic patronymic in any case (Владимирович, Олександровича, Петрівна, Ivanovna)
PATRONYMIC = re.compile(
    r"(?:[оеє]в|ійов|йов|ьев)(?:ич|ича|ичу|ичем|ичом|ичі|иче|на|ны|ни|не|ну|ной|ною|ні)$"
    r"|(?:ов|ев|ів|їв)н(?:а|и|і|у|ою)$|(?:ovich|evich|ovych|ovna|evna|ivna)$",
    re.IGNORECASE)


def surname_first(text: str) -> bool:
    """Whether a three-word person name is written surname first, as official and court texts
    do (Путин Владимир Владимирович): its last word is a patronymic."""
    words = text.split()
    return len(words) == 3 and bool(PATRONYMIC.search(words[-1].strip(QUOTES)))


def syllabic(word: str, sig: tuple[str, ...]) -> bool:
    """Whether a one-word key is a syllabic abbreviation of a multi-word name: the start of
    each word in order, the first of three letters or more, the others of two or more, the
    last also whole (Госдеп / Государственный департамент, Кабмін / Кабінет міністрів,
    Минобороны / Министерство обороны, Нацбанк / Національний банк)."""
    n = len(sig)
    if n < 2 or n > 4 or len(word) < 5 or any(t[:1] in "@=#" for t in sig):
        return False

    def fit(pos: int, i: int) -> bool:
        if i == n:
            return pos == len(word)
        t = sig[i]
        low = 3 if i == 0 else 2
        for k in range(min(len(t), len(word) - pos), low - 1, -1):
            if word[pos:pos + k] == t[:k] and fit(pos + k, i + 1):
                return True
        return False

    return word[:3] == sig[0][:3] and fit(0, 0)


def listed(tok: str) -> bool:
    """A key word of a listed entity (@ukraine) or an acronym (=hur)."""
    return tok[:1] in "@="


@cache
def place(tok: str) -> bool:
    """A key word of a listed place (@ukraine, @geneva), not of a listed body (@nato)."""
    w = W.world()
    return tok.startswith("@") and any(w.entries[i].type == "LOC" for i in w.by_key.get(tok, ()))


def country_core(sig: tuple[str, ...]) -> tuple[str, ...] | None:
    """A name's signature without the listed place that qualifies it (Національне
    антикорупційне бюро *України*, СНБО *Украины*, ГУР Минобороны *Украины* -> ГУР, *Ukraine's*
    Verkhovna Rada), if two or more words stay, or one listed word: the same body named
    without its country."""
    i, j = 0, len(sig)
    while j > 1 and place(sig[j - 1]):
        j -= 1
    if j == len(sig):  # a leading place only when none trails (US Treasury)
        while i < j - 1 and place(sig[i]):
            i += 1
    core = sig[i:j]
    if len(core) == len(sig):
        return None
    if core[0].startswith("=") and len(core[0]) >= 4 and len(core) <= 2 and j < len(sig):
        return core[:1]  # ГУР Минобороны Украины: the acronym names the body
    if len(core) >= 2 or (listed(core[0]) and len(core[0]) >= 3):
        return core
    return None


def qualifiers(sig: tuple[str, ...], core: tuple[str, ...] | None) -> frozenset[str]:
    """The places a name's country core left out (ЦВК *Молдови* -> @moldova)."""
    return frozenset(t for t in sig if place(t)) - set(core) if core else frozenset()


def sig_like(a: tuple[str, ...], b: tuple[str, ...], head: bool) -> bool:
    """Two signatures of one name: the same number of words, pairwise alike; two single words
    only when equal or when a head noun was dropped from one of them (and both have four
    letters or more: agencji Anadolu / Anadolu)."""
    if not a or len(a) != len(b):
        return False
    if len(a) == 1 and a != b:
        return head and stem_like(a[0], b[0])
    return all(token_like(x, y) for x, y in zip(a, b, strict=True))


def stem_like(a: str, b: str) -> bool:
    """One word in two case forms: four or more shared first letters, each word at most two
    letters longer than that stem (Anadolua / Anadolu; not Pilot / Pilar)."""
    n = min(len(a), len(b))
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), n)
    return n >= 4 and len(a) - n <= 2 and len(b) - n <= 2 and (a + b)[:1] not in "@=#"


def sub_run(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether ``short`` (two words or more) ends the longer name ``long_``: Премия мира in
    Нобелевская премия мира, Nobel Committee in Norwegian Nobel Committee. Not a leading run:
    Нобелевская премия is another prize than Нобелевская премия мира."""
    n = len(short)
    return 2 <= n < len(long_) and long_[-n:] == short


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


# --- names translated word by word --------------------------------------------------------


@cache
def _concept_stems(compound: bool = False) -> dict[str, list[tuple[str, str]]]:
    """First two letters -> (stem, concept), longest stems first; for reading compounds the
    short exact words join in ("Sicherheits-rat")."""
    from storywire.nlp._conceptdata import COMPOUND_PARTS, STEMS

    out: dict[str, list[tuple[str, str]]] = {}
    pairs = [(stem, c) for c, stems in STEMS.items() for stem in stems]
    if compound:
        pairs += [(w, c) for c, words in COMPOUND_PARTS.items() for w in words]
    for stem, concept in pairs:
        out.setdefault(stem[:2], []).append((stem, concept))
    for v in out.values():
        v.sort(key=lambda sc: -len(sc[0]))
    return out


@cache
def _concept_exact() -> dict[str, str]:
    from storywire.nlp._conceptdata import EXACT

    return {w: c for c, words in EXACT.items() for w in words}


def _word_concept(low: str) -> str | None:
    hit = _concept_exact().get(low)
    if hit:
        return hit
    for stem, concept in _concept_stems().get(low[:2], ()):
        if low.startswith(stem):
            return concept
    return None


def _compound(low: str) -> list[str] | None:
    """A German compound read as concepts ("friedensnobelpreises": peace, nobel, prize):
    stems one after another, with at most three letters of linking -s-/-es-/endings between."""
    out: list[str] = []
    pos, gap = 0, 0
    stems = _concept_stems(True)
    while pos < len(low):
        found = next(((st, c) for st, c in stems.get(low[pos:pos + 2], ())
                      if low.startswith(st, pos)), None)
        if found is None:
            pos, gap = pos + 1, gap + 1
            if gap > 3 and not out:
                return None
            continue
        if gap > 3:
            return None
        out.append(found[1])
        pos, gap = pos + len(found[0]), 0
    # a word ending "-schaft", "-ung" after its last stem is still that stem's word
    return out if len(out) >= 2 and gap <= 6 else None


def concept_signature(text: str, lang: str) -> tuple[str, ...] | None:
    """A name of an institution, party or prize as the sorted concepts of its words
    (:mod:`storywire.nlp._conceptdata`), names within it kept as their keys: what
    "Специализираната антикорупционна прокуратура" and "Specialised Anti-Corruption
    Prosecutor's Office" share. None unless every content word is known and at least two
    concepts come out (one word says too little)."""
    from storywire.nlp._conceptdata import FILLERS
    from storywire.nlp.names import name_key

    items: list[str] = []
    concepts, head = 0, False
    for raw in WORD_SPLIT.split(text):
        w = re.sub(r"['’]s$", "", raw.strip(QUOTES + ".,;:"))
        if not w:
            continue
        low = w.casefold()
        if low in GENERIC_HEADS:
            head = True
            continue
        if low in FILLERS or low in FUNCTION_WORDS:
            continue
        parts = _compound(low) if lang == "de" else None
        if parts:
            items.extend(parts)
            concepts += len(parts)
            continue
        concept = _word_concept(low)
        if concept is not None:
            items.append(concept)
            concepts += 1
            continue
        if not w[0].isupper() or w.isupper():
            return None  # a word we cannot translate (or an acronym): no signature
        key = name_key(w, lang)
        if not key:
            return None
        items.append("k:" + key)
    if items.count("office") < len(items) - 1 and concepts - items.count("office") >= 2:
        items = [x for x in items if x != "office"]
    if concepts == 1 and len(items) == 1 and head:
        items.append("+head")  # "Pirate Party" / "Пиратская партия"
    elif concepts < 2 and not (concepts == 1 and len(items) >= 2):
        return None
    return tuple(sorted(items))
