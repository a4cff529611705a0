"""Typed entity mentions (PER / ORG / LOC / MISC): who and what an article names, and where.

The knowledge stages need more than :mod:`storywire.nlp.names` gives: each name's *type*, and
names that are more than a run of capitalised words ("Міністерство фінансів США", "Державний
департамент", "система «Орешник»"). No multilingual NER model ships offline, so this is built
as layers over ``extract_names``:

1. spans: every name ``extract_names`` finds, plus institution phrases (a capitalised ORG head,
   possibly after capitalised adjectives, with a genitive tail or the country it belongs to:
   "Міністерство фінансів США", "Министерства обороны", "бюро на Украйна"), regions
   ("Ивановской области"), named things in quotes after a cue word (система «Орешник», партія
   «X», у справі «Мідас»), model designations (Су-30, F-16), known outlets and platforms,
   capitalised runs with an institution or facility word in English/Polish/French ("National
   Anti-Corruption Bureau of Ukraine"), German one-word bodies (Kanzleramt), and for Russian
   the spans of natasha's news NER; overlaps keep the longest span. Then repairs: a run of
   two people is cut at the second given name, German dictionary nouns leave names, place
   pairs split ("Russia-Ukraine"), demonym compounds, role words, elided articles and the
   cut-off last word of an excerpt go, and a body acronym takes the country after it
   ("СНБО Украины");
2. types, strongest evidence first: the names gazetteer's places and bodies, outlets,
   given names, institution words, the word before the span (президент / місто / видання);
   then a typed mention with the same key in the text (Трампа after Дональда Трампа), widely
   known leaders, natasha (Russian), countries (pycountry, in the text's language), capitals
   and major cities, acronyms, pymorphy3's Name/Surn/Geox/Orgn tags; else PER;
3. key and lemma come from ``names`` so mentions link across scripts and cases; a phrase's key
   joins its words' keys and its lemma puts the head word in its base form.

All tables are general knowledge in ``_entitydata``. Measured in ``benchmarks/knowledge_eval.py``
against ``tests/data/knowledge_gold.jsonl``.
"""

from __future__ import annotations

import contextlib
import gettext
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from storywire.model import Mention
from storywire.nlp import _entitydata as E
from storywire.nlp import names as N

__all__ = ["detect_mentions"]

#: languages natasha's NER runs on (Russian; on Ukrainian/Bulgarian its types are unreliable)
NER_LANGS = frozenset({"ru"})
#: texts longer than this are cut for natasha (its cost grows with length; names still see all)
NATASHA_MAX_CHARS = 100_000
#: a body this long that ends in a letter was cut off mid-sentence (an excerpt): its last name
#: is likely a fragment ("... президента США Дональ")
CUT_MIN_CHARS = 300
#: lower-case words an institution phrase may take after its head (фінансів, закордонних справ)
MAX_MODIFIERS = 3

_WORD = re.compile(r"[^\W\d_]+(?:[-‐‑'’ʼ.][^\W\d_]+)*\.?")
_QUOTED = re.compile(r"(?=[«„“\"]([^«»„“”\"\n]{2,60})[»“”\"])")
_MODEL = re.compile(
    r"(?<![\w-])[A-ZА-ЯЁІ][A-Za-zА-Яа-яЁёІі]{0,3}-\d{1,4}(?:[A-ZА-ЯЁ]{1,3}\b|s\b)?(?![\w-])")
_LATIN_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_HYPHEN_PART = re.compile(r"[^-‐‑]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_PARTICLES_LATIN = frozenset(E.PARTICLES_LATIN.split())
_SLAVIC_STOP = frozenset(E.SLAVIC_STOP.split())
_WEST = frozenset(E.WEST.split())
_NAMED_BEFORE = frozenset(E.NAMED_BEFORE.split())
_NOT_NAMES = frozenset(E.NOT_NAMES.split())
_CONJUNCTIONS = frozenset(("and", "und", "et", "i"))
_FUNCTION_WORDS = _PARTICLES_LATIN | _SLAVIC_STOP


@dataclass(slots=True)
class _Cand:
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
def _words(table: str, lang: str) -> frozenset[str]:
    src: dict[str, str] = getattr(E, table)
    return frozenset(src.get(lang, "").split())


@cache
def _stems(table: str, lang: str) -> tuple[str, ...]:
    return tuple(sorted(_words(table, lang), key=len, reverse=True))


@lru_cache(maxsize=100_000)
def _has_stem(word: str, stems: tuple[str, ...]) -> bool:
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
    be Mali); shorter ones are matched by spelling in :func:`_leader`."""
    out = set()
    for name in E.LEADERS.split():
        key = N.name_key(name.split("-")[-1], "en")
        if len(key) - key.count("a") >= 3:
            out.add(key)
    return frozenset(out)


def _leader(key: str, lemma: str) -> bool:
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
def _outlets() -> tuple[frozenset[str], frozenset[str]]:
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
def _countries(lang: str) -> frozenset[str]:
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
    for name in _countries(lang):
        parts = [p for p in re.split(r"[\s\-,]+", name) if p]
        if not parts or len(parts) > 3:
            continue
        key = " ".join(N.name_key(p.capitalize(), lang) for p in parts)
        if key.startswith("@") or len(key) - key.count("a") >= 3:
            out.add(key)
    return frozenset(out)


@cache
def _natasha() -> Any:
    """natasha's news NER (Russian) with its embedding, or None when it is not installed."""
    try:
        from natasha import NewsEmbedding, NewsNERTagger

        return NewsNERTagger(NewsEmbedding())
    except Exception:
        return None


@cache
def _blas_limit() -> Any:
    """A BLAS thread limiter: natasha's small matrix products run ~7x faster on one thread than
    with BLAS threads fighting over shared cores."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController()
    except Exception:
        return None


def _ner_spans(text: str) -> list[tuple[int, int, str]]:
    tagger = _natasha()
    if tagger is None:
        return []
    ctl = _blas_limit()
    try:
        if ctl is not None:
            with ctl.limit(limits=1, user_api="blas"):
                markup = tagger(text[:NATASHA_MAX_CHARS])
        else:
            markup = tagger(text[:NATASHA_MAX_CHARS])
    except Exception:
        return []
    return [(s.start, s.stop, s.type) for s in markup.spans]


# --- spans ---------------------------------------------------------------------------------------


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0«»„“”\"'(—–-•*":
        j -= 1
    return j < 0 or text[j] in ".!?…:\n"


def _words_after(text: str, pos: int, n: int) -> list[tuple[int, int, str]]:
    """Up to ``n`` words following ``pos``, each separated from the previous by one space."""
    out: list[tuple[int, int, str]] = []
    while len(out) < n:
        if text[pos : pos + 1] not in (" ", "\u00a0"):
            break
        m = _WORD.match(text, pos + 1)
        if not m:
            break
        word = m.group().rstrip(".")
        out.append((m.start(), m.start() + len(word), word))
        pos = m.start() + len(word)
    return out


def _word_before(text: str, pos: int) -> str:
    j = pos
    while j > 0 and text[j - 1] in " \u00a0«„“\"":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "-'’"):
        k -= 1
    return text[k:j].lower()


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    """simplemma's lemma, only in the languages whose dictionary names.py loads anyway (the
    Polish one takes ~10 s to load): elsewhere the word itself."""
    if not N.has_lexicon(lang) or lang == "ru":
        return word
    try:
        import simplemma

        return simplemma.lemmatize(word, lang)
    except Exception:
        return word


@lru_cache(maxsize=100_000)
def _verbish(word: str, lang: str) -> bool:
    """A lower-case word that ends an institution phrase: a verb (by lexicon) or a stopword."""
    low = word.lower()
    if low in _SLAVIC_STOP:
        return True
    if lang == "ru":
        morph = N._morph()
        if morph is not None:
            p = morph.parse(low)[0]
            return p.tag.POS not in ("NOUN", "ADJF", "PRTF", "NUMR")
        return False
    if lang != "uk":
        return False
    return _lemma(low, lang).endswith(("ти", "тися", "ть", "тись", "ться"))


@lru_cache(maxsize=100_000)
def _genitive(word: str, lang: str) -> bool:
    """Whether a lower-case word is a noun in the genitive (Министерства *обороны*)."""
    if lang == "ru":
        morph = N._morph()
        return morph is not None and any(
            p.tag.POS == "NOUN" and "gent" in p.tag.grammemes for p in morph.parse(word)[:1])
    if lang in ("uk", "be"):
        if not word.endswith(("и", "і", "ї", "у", "ю", "а", "я", "ів", "їв", "ей")):
            return False
        return _lemma(word, lang) != word and not _verbish(word, lang)
    return False


@lru_cache(maxsize=100_000)
def _singular_ru(word: str, lang: str) -> bool:
    """A Russian singular noun (a sentence-initial "Национальное антикоррупционное бюро" is a
    name; "Европейские компании" is not)."""
    if lang != "ru":
        return False
    morph = N._morph()
    return morph is not None and any(
        p.tag.POS in ("NOUN", "ADJF") and "sing" in p.tag.grammemes
        for p in morph.parse(word.lower())[:1])


_BG_DEFINITE = ("та", "те", "то", "ът", "ят")


def _bg_tail(words: list[tuple[int, int, str]]) -> int:
    """End of a Bulgarian "на" + definite noun tail ("на пиратите", "на действието и
    солидарността"), or 0."""
    if len(words) < 2 or words[0][2] != "на":
        return 0
    end = 0
    for k, (_, b, w) in enumerate(words[1:4]):
        if k % 2 == 0 and w.islower() and w.endswith(_BG_DEFINITE):
            end = b
        elif k % 2 == 1 and w == "и":
            continue
        else:
            break
    return end


def _belongs(text: str, c: _Cand, lang: str) -> bool:
    """Whether a name after an institution phrase is part of it (a country, a body: "бюро
    України", "комітету ООН"), not a person named next to it."""
    surface = text[c.start : c.end]
    if c.key.startswith("@") or surface.isupper():
        return True
    return " " not in surface and not _given_name(N._base_lemma(surface, lang)[0], lang)


_ADJ_ENDINGS = {
    "uk": ("ий", "ій", "ого", "ому", "ою", "ої", "им", "их", "ими", "ська", "цька", "ське",
           "ної", "ний", "на", "не", "ні"),
    "ru": ("ый", "ий", "ой", "ого", "ому", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым",
           "им", "ую"),
    "bg": ("ски", "ска", "ско", "ният", "ната", "ното", "ните", "ия", "ият", "ата", "ото",
           "но", "на", "ен"),
}


@lru_cache(maxsize=100_000)
def _adjective(word: str, lang: str) -> bool:
    """Whether ``word`` is an adjective (the Державний of "Державний департамент")."""
    low = word.lower()
    if lang == "ru":
        morph = N._morph()
        return morph is not None and any(
            p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(low)[:2])
    lemma = _lemma(low, lang)
    if lemma == low and low.endswith(_ADJ_ENDINGS.get(lang, ())):
        return True  # unknown to the lexicon: judge by the ending
    if lang in ("uk", "be"):
        return lemma.endswith(("ий", "ій", "ів", "їв", "ин"))
    if lang == "bg":
        return lemma.endswith(("ски", "ен", "ов", "ев", "ин", "ан", "ален", "ичен"))
    if lang == "pl":
        return lemma.endswith(("y", "i"))
    return False


def _org_phrases(text: str, lang: str, names: list[_Cand]) -> list[_Cand]:
    """Institution names written as a capitalised head with lower-case modifiers (Slavic
    languages): "Міністерство фінансів США", "Державний департамент", "Верховный суд"."""
    org, misc = _stems("ORG_STEMS", lang), _stems("MISC_HEAD_STEMS", lang)
    region = _stems("REGION_STEMS", lang)
    stems = org + misc + region
    if not org or lang not in ("uk", "ru", "bg", "be", "pl"):
        return []
    role = _words("PER_BEFORE", lang)
    starts = {c.start: c for c in names}
    out = []
    for m in re.finditer(r"(?<![\w-])[A-ZÀ-ÞА-ЯЁІЇЄҐЎŁŚŻŹĆŃÓ][^\W\d_]+", text):
        w0 = m.group()
        if w0.isupper() or (m.start() in starts and starts[m.start()].key.startswith("@")):
            continue
        initial = _sentence_initial(text, m.start())
        seq = [(m.start(), m.end(), w0), *_words_after(text, m.end(), MAX_MODIFIERS + 2)]
        head = next((i for i, (_, _, w) in enumerate(seq[:3]) if _has_stem(w, stems)), None)
        if head is None or any(w[:1].isupper() for _, _, w in seq[1 : head + 1]):
            continue
        if head > 0 and not all(_adjective(w, lang) for _, _, w in seq[:head]):
            continue
        typ = "MISC" if _has_stem(seq[head][2], misc) else "ORG"
        if _has_stem(seq[head][2], region) and not _has_stem(seq[head][2], org + misc):
            if head == 1 and not initial:
                out.append(_Cand(m.start(), seq[1][1], "org", type="LOC"))
            continue
        end = seq[head][1]
        mods = 0
        named = False
        for a, b, w in seq[head + 1 :]:
            if w[:1].isupper():
                c = starts.get(a)
                if c is not None and _belongs(text, c, lang):
                    end, named = c.end, True
                break
            if w.lower() in role and mods > 0:
                mods = 0
                break
            if lang == "bg":  # no cases: "бюро на Украйна"
                if head == 0 and not initial and _bg_tail(seq[head + 1 :]):
                    end = _bg_tail(seq[head + 1 :])
                    named = True  # "Партията на пиратите"
                    break
                if w != "на" or mods:
                    break
            elif mods >= MAX_MODIFIERS or _verbish(w, lang):
                break
            mods += 1
            end = b
        tail = False
        if not named:  # a lower-case tail without a name: one genitive noun after a bare head
            tail = (head == 0 or typ == "MISC") and mods > 0 and _genitive(seq[head + 1][2],
                                                                           lang)
            end = seq[head + 1][1] if tail else seq[head][1]
        if initial and not named and not tail and not (
                head > 0 and all(_singular_ru(w, lang) for _, _, w in seq[: head + 1])):
            continue
        if head == 0 and end == m.end():
            continue  # a bare capitalised head ("Партията", "Съветът") is not a name
        out.append(_Cand(m.start(), end, "org", type=typ))
    return out


def _quoted(text: str, lang: str) -> list[_Cand]:
    """Named things and organisations in quotes after a cue word: система «Орешник», партія
    «Слуга народу», the "Coalition of the Willing" plan."""
    misc, org = _stems("MISC_BEFORE_STEMS", lang), _words("ORG_BEFORE", lang)
    out = []
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip().rstrip(",.;:!?")
        if not inner[:1].isupper() or len(inner.split()) > 6:
            continue
        before = _word_before(text, m.start())
        a = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        b = a + len(inner)
        if before in org or _has_stem(before, _stems("ORG_STEMS", lang)):
            out.append(_Cand(a, b, "misc", type="ORG"))
        elif before and (_has_stem(before, misc) or before in _NAMED_BEFORE):
            out.append(_Cand(a, b, "misc", type="MISC"))
    for m in _MODEL.finditer(text):  # Су-30, F-16, Ту-95МС: aircraft and weapon models
        out.append(_Cand(m.start(), m.end(), "misc", type="MISC"))
    return out


def _latin_runs(text: str, lang: str) -> list[_Cand]:
    """Capitalised runs of dictionary words (English, Polish, French) headed by an institution
    or facility word: "Security Council", "National Anti-Corruption Bureau of Ukraine",
    "Khmelnytsky Nuclear Power Plant"; names.py drops such words one by one."""
    if lang not in ("en", "pl", "fr"):
        return []
    org, misc = _stems("ORG_STEMS", lang), _stems("MISC_HEAD_STEMS", lang)
    loc = _words("LOC_HEADS", lang)
    out = []
    toks = [(m.start(), m.end(), m.group()) for m in _LATIN_TOKEN.finditer(text)]
    i = 0
    while i < len(toks):
        a, _, w = toks[i]
        if not w[:1].isupper() or w.lower() in N._wordset("STOPWORDS", lang):
            i += 1
            continue
        j, last = i + 1, i
        while j < len(toks) and text[toks[j - 1][1] : toks[j][0]] == " ":
            v = toks[j][2]
            if (v.lower() in _CONJUNCTIONS and j + 1 < len(toks)
                    and ("-" in toks[j + 1][2] or N.name_key(toks[j + 1][2], lang)[:1] == "@")):
                break  # "Financial Times | and Russia-Ukraine talks"
            if (not v[:1].isupper() and j > i + 1 and not toks[j - 1][2][:1].isupper()
                    and toks[j - 1][2].lower() not in ("of", "for", "de", "du")):
                break  # "ABC News | and the | Financial Times": two lists, not one name
            if v[:1].isupper() and _given_name(v, lang) and j > i + 1:
                break  # "Sojuszu Północnoatlantyckiego | Allison Hart"
            if v[:1].isupper():
                last = j
            elif v.lower() not in _PARTICLES_LATIN:
                break
            j += 1
        words = [t[2] for t in toks[i : last + 1]]
        bare = [_POSSESSIVE.sub("", x) for x in words]
        if len(words) >= 2:
            typ = None
            if bare[-1].lower() in loc:
                typ = "LOC"
            elif any(_has_stem(x, org) for x in bare if x[:1].isupper()):
                typ = "ORG"
            elif any(_has_stem(x, misc) for x in bare if x[:1].isupper()):
                typ = "MISC"
            if typ:
                end = toks[last][1] - (len(words[-1]) - len(bare[-1]))
                out.append(_Cand(a, end, "run", type=typ))
        i = last + 1
    return out


def _outlet_spans(text: str) -> list[_Cand]:
    """Every occurrence of a known outlet or platform name (The Guardian, Цензор.НЕТ)."""
    rx = _outlet_rx()
    return [_Cand(m.start(), m.end(), "outlet", type="ORG") for m in rx.finditer(text)]


@cache
def _outlet_rx() -> re.Pattern[str]:
    surfaces = sorted(_outlets()[0], key=len, reverse=True)
    alt = "|".join(re.escape(x) for x in surfaces if len(x) >= 2)
    return re.compile(rf"(?<![\w.-])(?:{alt})(?![\w-])")


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping spans, longest first (a phrase swallows the names inside it)."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _merge_ner(text: str, names: list[_Cand], spans: list[tuple[int, int, str]]) -> list[_Cand]:
    """natasha's spans become type hints on the names they match, and new candidates where
    they find a name names.py missed or an organisation with lower-case words."""
    out = []
    for a, b, typ in spans:
        inside = [c for c in names if c.start < b and a < c.end]
        for c in inside:
            if c.hint is None:
                c.hint = typ
        surface = text[a:b]
        if any(ch in surface for ch in "«»„“”\"()[]") or re.search(r"-[a-zа-яёіїє]", surface):
            continue
        lower = any(w[:1].islower() for w in surface.split())
        if not inside and surface[:1].isupper():
            out.append(_Cand(a, b, "ner", hint=typ))
        elif typ == "ORG" and lower and len(inside) <= 1 and surface[:1].isupper():
            out.append(_Cand(a, b, "ner", type="ORG", hint=typ))
    return out


# --- types ---------------------------------------------------------------------------------------


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
def _given_name(word: str, lang: str) -> bool:
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


def _strong_type(c: _Cand, text: str, lang: str) -> str | None:
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
    outlets, outlet_keys = _outlets()
    if surface in outlets or c.lemma in outlets or c.key in outlet_keys:
        return "ORG"
    if len(words) == 1 and len(surface) >= 5 and not surface.isupper() and any(
            p in surface.lower() for p in _org_parts()):
        return "ORG"
    cap = [w for w in words if w[:1].isupper()]
    if len(cap) >= 2 and _given_name(N._base_lemma(cap[0], lang)[0], lang) \
            and not any(k.startswith("@") for k in c.tokens):
        return "PER"
    if any(_has_stem(w, _stems("ORG_STEMS", lang)) for w in words if not w.isupper()) \
            and (len(words) > 1 or c.src != "name"):
        return "ORG"
    if len(words) == 1 and any(
            words[0].lower().startswith(s) and len(words[0]) - len(s) <= 2
            for s in _stems("ORG_STEMS", lang) if len(s) >= 4):
        return "ORG"  # Sejmie, Sojuszu, Сенату: a body named by its institution word
    if any(_has_stem(w, _stems("MISC_HEAD_STEMS", lang)) for w in words[1:]):
        return "MISC"
    before = _word_before(text, c.start)
    if before:
        if before in _words("PER_BEFORE", lang) or before in N._wordset("TITLES", lang):
            return "ORG" if _acronym(words[0]) else "PER"
        if before in _words("LOC_BEFORE", lang):
            return "LOC"
        if before in _words("ORG_BEFORE", lang):
            return "ORG"
    return None


def _acronym(word: str) -> bool:
    """NATO, U.S., MSWiA: mostly capitals, no spaces."""
    letters = [ch for ch in word if ch.isalpha()]
    caps = sum(ch.isupper() for ch in letters)
    return " " not in word and len(letters) > 1 and caps >= 2 and caps * 2 > len(letters)


def _weak_type(c: _Cand, text: str, lang: str) -> str | None:
    """The type from knowledge about the name: leaders, countries, cities, NER, lexicon."""
    surface = text[c.start : c.end]
    last = c.tokens[-1] if c.tokens else c.key
    if _leader(last, c.lemma or surface) and not c.key.startswith("@"):
        return "PER"
    if c.hint in ("PER", "LOC", "ORG"):
        return c.hint
    low = (c.lemma or surface).lower()
    if low in _countries(lang) or c.key in _country_keys(lang) or c.key in _city_keys():
        return "LOC"
    if _acronym(surface):
        return "ORG"
    if N._script(surface) == "cyr" and lang in ("ru", "uk", "bg", "be"):
        return _morph_type(c.lemma.split()[-1] if c.lemma else surface)
    return None


# --- clean-up -------------------------------------------------------------------------------------


def _word_cand(text: str, a: int, b: int, lang: str) -> _Cand:
    words = text[a:b].split()
    keys = tuple(N.name_key(w, lang) for w in words)
    lemma = " ".join(N._base_lemma(w, lang)[0] for w in words)
    return _Cand(a, b, "name", " ".join(keys), lemma, keys)


def _split_hyphens(names: list[_Cand], text: str, lang: str) -> list[_Cand]:
    """"Russia-Ukraine" names two places; "Russian-Ukrainian" is an adjective, not a name."""
    out = []
    for c in names:
        surface = text[c.start : c.end]
        parts = [(m.start() + c.start, m.end() + c.start) for m in _HYPHEN_PART.finditer(surface)]
        if " " in surface or len(parts) < 2:
            out.append(c)
            continue
        words = [text[a:b] for a, b in parts]
        if any(N._demonym(w, lang) for w in words):
            continue
        if all(N.name_key(w, lang).startswith("@") for w in words):
            out.extend(_word_cand(text, a, b, lang) for a, b in parts)
            continue
        out.append(c)
    return out


def _split_people(names: list[_Cand], text: str, lang: str) -> list[_Cand]:
    """A run of names with a given name inside starts a new person there ("Трампа Стівом
    Віткоффом" is Трампа + Стівом Віткоффом; "Минэнерго Светланой Гринчук")."""
    out = []
    for c in names:
        words = [(m.start() + c.start, m.end() + c.start)
                 for m in re.finditer(r"\S+", text[c.start : c.end])]
        cut = None
        if len(words) >= 2:
            given = [_given_name(N._base_lemma(text[a:b], lang)[0], lang) for a, b in words]
            if text[words[0][0] : words[0][1]].isupper() and len(words) >= 3:
                given[1] = True  # an acronym before a person: "MSWiA Karolina Gałecka"
            # a new person starts at a given name followed by a surname ("Трампа Стівом
            # Віткоффом"); a lone last word is the surname itself (Эдмундо Гонсалес)
            cut = next((i for i in range(1, len(words) - 1) if given[i] and not given[i - 1]),
                       None)
        if cut is None:
            out.append(c)
            continue
        out.append(_word_cand(text, words[0][0], words[cut - 1][1], lang))
        out.append(_word_cand(text, words[cut][0], words[-1][1], lang))
    return out


def _trim_common(names: list[_Cand], text: str, lang: str) -> list[_Cand]:
    """German capitalises every noun, and names.py lets nouns pass as names (Putins Gespräche,
    Staatschef Wolodymyr Selenskyj, Büro). A word the German lexicon lists is cut from the
    edges of a name, and a lone one dropped, unless the text uses it as a surname after a given
    name or it is a widely known leader's name."""
    d = N._dictionary("de")
    if d is None:
        return names

    def given(w: str) -> bool:
        return _given_name(w, lang)

    words_of = {id(c): [(m.start() + c.start, m.end() + c.start)
                        for m in re.finditer(r"\S+", text[c.start : c.end])] for c in names}
    surnames = set()
    for c in names:
        ws = [text[a:b] for a, b in words_of[id(c)]]
        if len(ws) >= 2 and given(ws[0]):
            surnames.add(ws[-1])

    def common(w: str) -> bool:
        bare = w[:-1] if w.endswith("s") and d.get(w) is None else w
        return (
            d.get(bare) is not None and not given(bare) and bare not in surnames
            and not _leader(N.name_key(bare, "de"), bare)
            and not N.name_key(bare, "de").startswith("@")
        )

    out = []
    for c in names:
        if c.key.startswith("@"):
            out.append(c)
            continue
        words = words_of[id(c)]
        segs: list[list[tuple[int, int]]] = [[]]
        for k, (a, b) in enumerate(words):
            w = text[a:b]
            after_given = k > 0 and given(text[words[k - 1][0] : words[k - 1][1]])
            if not w.isupper() and common(w) and not after_given:
                segs.append([])
            else:
                segs[-1].append((a, b))
        segs = [g for g in segs if g]
        if len(segs) == 1 and segs[0] == words:
            out.append(c)
            continue
        out.extend(_word_cand(text, g[0][0], g[-1][1], lang) for g in segs)
    return out


def _de_compounds(text: str) -> list[_Cand]:
    """German institution and prize names: a capitalised compound ending in an institution noun
    (Kanzleramt, Außenministeriums, Bundesregierung) or a prize (Literaturnobelpreis), and a
    capitalised adjective before an institution noun, which German writes capitalised only in
    names ("Schwedische Akademie", "Nationalen Antikorruptionsbüros")."""
    out = []
    d = N._dictionary("de")
    tails = "|".join(E.DE_ORG_TAILS + E.DE_MISC_TAILS)
    for m in re.finditer(rf"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:{tails})(?![\w-])", text):
        word = m.group()
        typ = "MISC" if word.endswith(E.DE_MISC_TAILS) else "ORG"
        out.append(_Cand(m.start(), m.end(), "org", type=typ))
    org = _stems("ORG_STEMS", "de")
    for m in re.finditer(
            r"(?<![\w-])(?=([A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)) ([A-ZÄÖÜ][\w-]+))", text):
        adj, noun = m.group(1), m.group(2)
        if d is None or _sentence_initial(text, m.start()) or d.get(adj.lower()) is None:
            continue
        if _has_stem(noun, org) or noun.endswith(E.DE_ORG_TAILS):
            out.append(_Cand(m.start(), m.start() + len(adj) + 1 + len(noun), "org", type="ORG"))
    for c in out:  # "Büro für Korruptionsbekämpfung", "Nobelpreis für Literatur"
        tail = re.match(r" für [A-ZÄÖÜ][\w-]+", text[c.end :])
        if tail:
            c.end += tail.end()
    return out


_GIVEN_ENDINGS = ("а", "я", "у", "ю", "ом", "ем", "ым", "ім", "ові", "ові", "ому", "ого", "e",
                  "a", "em", "owi", "ie")
_ELIDED = re.compile(r"^[LlDd]['’][a-zà-ÿ]")
_CYR_WORD_FORMS = ("ано", "ено", "ято", "ото")  # Ukrainian impersonal "Задокументовано"


def _initial_word(c: _Cand, text: str, lang: str, cands: list[_Cand]) -> bool:
    """A lone sentence-initial Cyrillic word shaped like an adjective or an impersonal verb
    that no lexicon knows and the text never repeats (Правоцентристкая, Проевропейската)."""
    surface = text[c.start : c.end]
    if (" " in surface or "-" in surface or len(surface) < 9 or c.key.startswith("@")
            or N._script(surface) != "cyr" or c.hint or not _sentence_initial(text, c.start)):
        return False
    low = surface.lower()
    if not low.endswith(_ADJ_ENDINGS.get(lang, ()) + _CYR_WORD_FORMS):
        return False
    return sum(o.key == c.key for o in cands) == 1


def _drop_fragments(cands: list[_Cand], text: str, lang: str, field: str) -> list[_Cand]:
    """Drop role words taken for names (a sentence-initial "Спецпосланник") and the cut-off
    last word of an excerpt ("... президента США Дональ")."""
    roles = _words("PER_BEFORE", lang) | N._wordset("TITLES", lang)
    body = text.rstrip()
    keys = {c.key for c in cands}
    out = []
    for c in cands:
        surface = text[c.start : c.end]
        if " " not in surface and (surface.lower() in roles or surface in _NOT_NAMES):
            continue
        if _ELIDED.match(surface) or (c.src == "name" and _initial_word(c, text, lang, cands)):
            continue
        if (field == "text" and c.end == len(body) > CUT_MIN_CHARS and body[-1:].isalpha()
                and c.src == "name"
                and not c.key.startswith("@") and sum(k == c.key for k in keys) == 1
                and sum(c.key == o.key for o in cands) == 1):
            continue
        out.append(c)
    return out


def _given_before(cands: list[_Cand], text: str, lang: str) -> None:
    """A given name the name finder passed over (Мая is also a month) joins the person name
    right after it: "Мая Санду"."""
    for c in cands:
        if c.type != "PER":
            continue
        m = re.search(r"(?<![\w-])([^\W\d_]+) $", text[max(0, c.start - 30) : c.start])
        if m and m.group(1)[:1].isupper() and _given_name(m.group(1), lang) \
                and not _sentence_initial(text, c.start - len(m.group(1)) - 1) \
                and not any(o.end == c.start - 1 for o in cands):
            c.start -= len(m.group(1)) + 1
            c.lemma = f"{m.group(1)} {c.lemma}"
            c.key = f"{N.name_key(m.group(1), lang)} {c.key}"


def _chain_orgs(cands: list[_Cand], text: str) -> list[_Cand]:
    """An acronym or one-word body followed by the bodies or the (inflected) country it belongs
    to is one name: "СНБО Украины", "ГУР Минобороны Украины", "Минфин США"."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        surface = text[c.start : c.end]
        if (
            prev is not None and prev.type == "ORG"
            and (" " not in text[prev.start : prev.end] or prev.src == "chain")
            and text[prev.end : c.start] == " "
            and (not prev.key.startswith("@") or text[prev.start : prev.end].isupper())
            and " " not in surface
            and (
                (c.type == "ORG" and not c.key.startswith("@"))
                or (c.type == "LOC" and c.key.startswith("@") and surface != c.lemma
                    and not surface.isupper())
                or (c.key == "@united-states" and surface.isupper())
            )
        ):
            out[-1] = _Cand(prev.start, c.end, "chain", f"{prev.key} {c.key}",
                            f"{prev.lemma} {surface}", (*prev.tokens, *c.tokens), "ORG")
            continue
        out.append(c)
    return out


# --- assembly ------------------------------------------------------------------------------------


def _key_lemma(c: _Cand, text: str, lang: str, inner: list[N.NameMention]) -> tuple[str, str]:
    """Key and lemma of a phrase span. The key joins its words' keys (names inside from
    names.py, function words left out); the lemma puts the leading words up to the head noun
    in the nominative ("Министерства обороны" -> "Министерство обороны"), the rest as written."""
    surface = text[c.start : c.end]
    model = _MODEL.fullmatch(surface)
    if model:  # Су-30 and Su-30 share "sa-30"
        letters, _, rest = surface.partition("-")
        return f"{N.name_key(letters, lang)}-{rest.lower()}", surface
    keys = []
    pos = c.start
    for m in re.finditer(r"\S+", surface):
        a = c.start + m.start()
        if a < pos:
            continue
        hit = next((n for n in inner if n.start == a), None)
        if hit is not None:
            keys.append(hit.key)
            pos = hit.end
        elif m.group()[:1].isupper() or m.group() not in _FUNCTION_WORDS:
            # lower-case words key too: Міністерство фінансів / оборони США differ
            keys.append(N.name_key(m.group()[:1].upper() + m.group()[1:], lang))
    words = surface.split(" ")
    if len(words) == 1 or not words[0][:1].isupper() or words[0].isupper():
        lemma = surface if len(words) > 1 or inner else _head_lemma(surface, lang)
    else:
        lemma = " ".join(_nominative(words, lang))
    return " ".join(k for k in keys if k), lemma


def _nominative(words: list[str], lang: str) -> list[str]:
    """Leading adjectives and the head noun in the nominative (Russian by pymorphy3; elsewhere
    a leading noun by its lemma, adjectives left as written)."""
    out = list(words)
    if lang == "ru" and (morph := N._morph()) is not None:
        for i, w in enumerate(words[:4]):
            p = morph.parse(w)[0]
            if p.tag.POS not in ("ADJF", "PRTF", "NOUN"):
                break
            form = p.inflect({"nomn"})
            if form is not None:
                out[i] = _restore(form.word, w)
            if p.tag.POS == "NOUN":
                break
        return out
    if not _adjective(words[0], lang):
        out[0] = _head_lemma(words[0], lang)
    return out


def _restore(form: str, like: str) -> str:
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


@lru_cache(maxsize=100_000)
def _head_lemma(word: str, lang: str) -> str:
    if word.isupper() or not word[:1].isupper():
        return word
    lemma = word
    if lang == "ru":
        morph = N._morph()
        if morph is not None:
            lemma = morph.parse(word)[0].normal_form
    else:
        lemma = _lemma(word, lang)
    return lemma[:1].upper() + lemma[1:] if lemma else word


def _detect(text: str, lang: str, field: str, prior: dict[str, str] | None = None
            ) -> list[Mention]:
    """Mentions of one field; ``prior`` holds types the body gave to keys (for the title)."""
    found = N.extract_names(text, lang)
    names = [_Cand(m.start, m.end, "name", m.key, m.lemma, m.tokens) for m in found]
    extra = (_org_phrases(text, lang, names) + _quoted(text, lang)
             + _latin_runs(text, lang) + _outlet_spans(text))
    if lang in NER_LANGS:
        extra += _merge_ner(text, names, _ner_spans(text))
    if lang == "de":
        names = _trim_common(names, text, lang)
        extra += _de_compounds(text)
    chosen = _resolve(extra + _split_people(_split_hyphens(names, text, lang), text, lang))
    chosen = _drop_fragments(chosen, text, lang, field)
    for c in chosen:
        if c.src != "name":
            inner = [m for m in found if c.start <= m.start and m.end <= c.end]
            if len(inner) == 1 and inner[0].start == c.start and inner[0].end == c.end:
                c.key, c.lemma, c.tokens = inner[0].key, inner[0].lemma, inner[0].tokens
            else:
                c.key, c.lemma = _key_lemma(c, text, lang, inner)
                c.tokens = tuple(c.key.split())
    for c in chosen:
        c.type = _strong_type(c, text, lang)
    # names the text types elsewhere (Дональд Трамп ... Трамп): share the type by key
    typed: dict[str, str] = {}
    for c in chosen:  # a strongly typed mention in this field wins over the body's prior
        if c.type and c.tokens:
            typed.setdefault(c.key, c.type)
    typed = {**(prior or {}), **typed}
    for c in chosen:
        if c.type and c.tokens:
            typed.setdefault(c.key, c.type)
            if c.type == "PER":
                typed.setdefault(c.tokens[-1], "PER")
    for c in chosen:
        if c.type is None:
            c.type = typed.get(c.key) or _weak_type(c, text, lang)
    for c in chosen:
        if c.type is None:
            c.type = typed.get(c.key) or typed.get(c.tokens[-1] if c.tokens else "") or "PER"
    chosen = _chain_orgs(chosen, text)
    _given_before(chosen, text, lang)
    return [
        Mention(c.start, c.end, text[c.start : c.end], c.type, c.key, c.lemma or
                text[c.start : c.end], field)
        for c in chosen if c.end > c.start
    ]


def detect_mentions(text: str, lang: str, *, title: str | None = None) -> list[Mention]:
    """Every typed name mention of an article: the title's first (``field="title"``), then the
    body's, each in text order, with offsets into its own field.

    ``lang`` is the ISO 639-1 code of the text; unknown languages get the generic rules. Bad
    input (empty, not a string, junk) gives ``[]``.
    """
    code = re.split(r"[-_]", lang.strip().lower())[0] if isinstance(lang, str) else ""
    body: list[Mention] = []
    if isinstance(text, str) and text.strip():
        body = _detect(text, code, "text")
    head: list[Mention] = []
    if isinstance(title, str) and title.strip():
        prior: dict[str, str] = {}
        for m in body:  # the body's usual type of a name types it in the title (Midas: MISC)
            prior.setdefault(m.key, m.type)
        head = _detect(title, code, "title", prior)
    return head + body
