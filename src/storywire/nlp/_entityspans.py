"""Where the names are: the span finders of :mod:`.entities`.

Beyond the capitalised runs :mod:`storywire.nlp.names` finds, each finder here proposes
candidate spans (:class:`~storywire.nlp._entitytypes.Cand`), some typed already: institution
and region phrases with their lower-case tail ("Міністерство фінансів США", "Ивановской
области", "бюро на Украйна"), named things in quotes after a cue word (система «Орешник»),
model designations (Су-30, F-16), known outlets and platforms, capitalised English, Polish and
French runs headed by an institution word, German one-word bodies (Kanzleramt) and, for
Russian, natasha's news NER spans. :func:`resolve` keeps the longest of overlapping spans.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from storywire.nlp import _entitydata as E
from storywire.nlp import names as N
from storywire.nlp._entitytypes import (
    Cand,
    countries,
    given_name,
    has_stem,
    known_outlets,
    table_stems,
    table_words,
    word_before,
)
from storywire.nlp._lexicon import dictionary as _lexicon_dictionary
from storywire.nlp._lexicon import lemmatize

#: texts longer than this are cut for natasha (its cost grows with length; names still see all)
NATASHA_MAX_CHARS = 100_000
#: lower-case words an institution phrase may take after its head (фінансів, закордонних справ)
MAX_MODIFIERS = 3
_WORD = re.compile(r"[^\W\d_]+(?:[-‐‑'’ʼ.][^\W\d_]+)*\.?")
_QUOTED = re.compile(r"(?=[«„“\"]([^«»„“”\"\n]{2,60})[»“”\"])")
#: a party's acronym in brackets after its quoted name: «Вместе» (Spolu), "Freedom" (SPD)
_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\((?:[A-ZА-ЯЁІЇЄҐ][\w.-]*)\)")
#: a quoted name's share of a vote: "Наша партія" - 6,3%, "Заедно" с 22,7%
_SHARE_AFTER = re.compile(r"[ \u00a0]*(?:[-–—:][ \u00a0]*|\(|с |със |with |z |mit |avec )?"
                          r"\d{1,2}(?:[.,]\d+)?[ \u00a0]*(?:%|‰|на сто|procent)")
#: what may stand between two quoted names of one list
_LIST_GAP = re.compile(r"[ \u00a0]*(?:\([^()\n]{1,24}\))?[ \u00a0]*(?:,|;)?[ \u00a0]*"
                       r"(?:и|і|та|й|а также|and|und|sowie|et|i|oraz|or|или|або|oder|ou|lub)?"
                       r"[ \u00a0]*")
MODEL = re.compile(
    r"(?<![\w-])[A-ZА-ЯЁІ][A-Za-zА-Яа-яЁёІі]{0,3}-\d{1,4}(?:[A-ZА-ЯЁ]{1,3}\b|s\b)?(?![\w-])")
_LATIN_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_PARTICLES_LATIN = frozenset(E.PARTICLES_LATIN.split())
_SLAVIC_STOP = frozenset(E.SLAVIC_STOP.split())
_NAMED_BEFORE = frozenset(E.NAMED_BEFORE.split())
_CONJUNCTIONS = frozenset(("and", "und", "et", "i"))
_PLATFORM_CUES = frozenset(E.PLATFORM_CUES.split())
_LONE_X = re.compile(r"(?<![\w\-.])X(?![\w\-])")


# --- natasha (Russian NER) -----------------------------------------------------------------------


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


def ner_spans(text: str) -> list[tuple[int, int, str]]:
    """natasha's (start, stop, type) spans; none when natasha is missing or fails."""
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


def merge_ner(text: str, names: list[Cand], spans: list[tuple[int, int, str]]) -> list[Cand]:
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
            out.append(Cand(a, b, "ner", hint=typ))
        elif typ == "ORG" and lower and len(inside) <= 1 and surface[:1].isupper():
            out.append(Cand(a, b, "ner", type="ORG", hint=typ))
    return out


# --- words around a span -------------------------------------------------------------------------


def sentence_initial(text: str, i: int) -> bool:
    """Whether the word at ``i`` opens a sentence (its capital says nothing then)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0«»„“”\"'(—–-•*[]":
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


@lru_cache(maxsize=200_000)
def lemma_of(word: str, lang: str) -> str:
    """simplemma's lemma, only in the languages whose dictionary names.py loads anyway (the
    Polish one takes ~10 s to load): elsewhere the word itself."""
    if not N.has_lexicon(lang) or lang == "ru":
        return word
    return lemmatize(word, lang)


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
    if lang == "pl":  # a verb's lemma is its infinitive (wyrazili -> wyrazić)
        lemma = _pl_lemma(low)
        return lemma is not None and lemma.endswith(("ć", "c"))
    if lang != "uk":
        return False
    return lemma_of(low, lang).endswith(("ти", "тися", "ть", "тись", "ться"))


def _pl_lemma(word: str) -> str | None:
    """The Polish lexicon's lemma (names.py leaves Polish out; the trie maps cheaply)."""
    d = _lexicon_dictionary("pl")
    return None if d is None else d.get(word)


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
        return lemma_of(word, lang) != word and not _verbish(word, lang)
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


def _belongs(text: str, c: Cand, lang: str) -> bool:
    """Whether a name after an institution phrase is part of it (a country, a body: "бюро
    України", "комітету ООН"), not a person named next to it."""
    surface = text[c.start : c.end]
    if c.key.startswith("@") or surface.isupper():
        return True
    return " " not in surface and not given_name(N._base_lemma(surface, lang)[0], lang)


ADJ_ENDINGS = {
    "uk": ("ий", "ій", "ого", "ому", "ою", "ої", "им", "их", "ими", "ська", "цька", "ське",
           "ної", "ний", "на", "не", "ні"),
    "ru": ("ый", "ий", "ой", "ого", "ому", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым",
           "им", "ую"),
    "bg": ("ски", "ска", "ско", "ният", "ната", "ното", "ните", "ия", "ият", "ата", "ото",
           "но", "на", "ен"),
}


@lru_cache(maxsize=100_000)
def is_adjective(word: str, lang: str) -> bool:
    """Whether ``word`` is an adjective (the Державний of "Державний департамент")."""
    low = word.lower()
    if lang == "ru":
        morph = N._morph()
        return morph is not None and any(
            p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(low)[:2])
    lemma = lemma_of(low, lang)
    if lemma == low and low.endswith(ADJ_ENDINGS.get(lang, ())):
        return True  # unknown to the lexicon: judge by the ending
    if lang in ("uk", "be"):
        return lemma.endswith(("ий", "ій", "ів", "їв", "ин"))
    if lang == "bg":
        return lemma.endswith(("ски", "ен", "ов", "ев", "ин", "ан", "ален", "ичен"))
    if lang == "pl":
        return lemma.endswith(("y", "i"))
    return False


# --- spans ---------------------------------------------------------------------------------------


def org_phrases(text: str, lang: str, names: list[Cand]) -> list[Cand]:
    """Institution names written as a capitalised head with lower-case modifiers (Slavic
    languages): "Міністерство фінансів США", "Державний департамент", "Верховный суд"."""
    org, misc = table_stems("ORG_STEMS", lang), table_stems("MISC_HEAD_STEMS", lang)
    region = table_stems("REGION_STEMS", lang)
    stems = org + misc + region
    if not org or lang not in ("uk", "ru", "bg", "be", "pl"):
        return []
    role = table_words("PER_BEFORE", lang)
    starts = {c.start: c for c in names}
    out = []
    for m in re.finditer(r"(?<![\w-])[A-ZÀ-ÞА-ЯЁІЇЄҐЎŁŚŻŹĆŃÓ][^\W\d_]+", text):
        w0 = m.group()
        if w0.isupper() or (m.start() in starts and starts[m.start()].key.startswith("@")):
            continue
        initial = sentence_initial(text, m.start())
        seq = [(m.start(), m.end(), w0), *_words_after(text, m.end(), MAX_MODIFIERS + 2)]
        head = next((i for i, (_, _, w) in enumerate(seq[:3]) if has_stem(w, stems)), None)
        if head is None or any(w[:1].isupper() for _, _, w in seq[1 : head + 1]):
            continue
        if head > 0 and not all(is_adjective(w, lang) for _, _, w in seq[:head]):
            continue
        typ = "MISC" if has_stem(seq[head][2], misc) else "ORG"
        if has_stem(seq[head][2], region) and not has_stem(seq[head][2], org + misc):
            if head == 1 and not initial:
                out.append(Cand(m.start(), seq[1][1], "org", type="LOC"))
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
            tail = mods > 0 and _genitive(seq[head + 1][2], lang) and (
                head == 0 or typ == "MISC"
                # "Головного управління розвідки": an adjective-led body followed by a person
                or _person_next(seq, head + 2, starts))
            end = seq[head + 1][1] if tail else seq[head][1]
        if initial and not named and not tail and not (
                head > 0 and all(_singular_ru(w, lang) for _, _, w in seq[: head + 1])):
            continue
        if head == 0 and end == m.end():
            continue  # a bare capitalised head ("Партията", "Съветът") is not a name
        out.append(Cand(m.start(), end, "org", type=typ))
    return out


def _before_words(text: str, pos: int) -> tuple[str, str]:
    """The two lower-case words before ``pos`` (nearest first)."""
    first = word_before(text, pos)
    if not first:
        return "", ""
    j = pos
    while j > 0 and text[j - 1] in " \u00a0«„“\"":
        j -= 1
    return first, word_before(text, j - len(first))


def _person_next(seq: list[tuple[int, int, str]], i: int, starts: dict[int, Cand]) -> bool:
    """Whether word ``i`` of an institution phrase starts a name of two or more words (the
    head of the body, named next: "управління розвідки Кирилом Будановим")."""
    c = starts.get(seq[i][0]) if i < len(seq) else None
    return c is not None and " " in c.lemma and not c.key.startswith("@")


def quoted_spans(text: str, lang: str) -> list[Cand]:
    """Named things and organisations in quotes: after a cue word (система «Орешник», партія
    «Слуга народу», коалиция «Вместе»), before the party's acronym («Вместе» (Spolu)) or its
    share of the vote ("Наша партія" - 6,3%), and names listed with one of those ("«X» и «Y»",
    "Satanstango", "Melancholie des Widerstands" sowie ...)."""
    misc = table_stems("MISC_BEFORE_STEMS", lang)
    org = table_words("ORG_BEFORE", lang) | table_words("BLOC_BEFORE", lang)
    org_stems = table_stems("ORG_STEMS", lang)
    items: list[list[Any]] = []  # [start, end, type, opening quote, after closing quote]
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip().rstrip(",.;:!?")
        if not inner[:1].isupper() or len(inner.split()) > 6:
            continue
        a = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        b = a + len(inner)
        close = m.end(1) + 1
        typ = None
        near, far = _before_words(text, m.start())
        for k, before in enumerate((near, far)):
            if k == 1 and not (near and (is_adjective(near, lang) or _genitive(near, lang))):
                break  # "партия евроскептиков «X»", not "партия заявила «Мы ...»"
            if before in org or (k == 0 and has_stem(before, org_stems)):
                typ = "ORG"
            elif k == 0 and before and (has_stem(before, misc) or before in _NAMED_BEFORE):
                typ = "MISC"
            if typ:
                break
        if typ is None and (_ACRONYM_AFTER.match(text, close) or _SHARE_AFTER.match(text, close)):
            typ = "ORG"
        items.append([a, b, typ, m.start(), close])
    for _ in range(2):  # a list of quoted names shares its members' type
        for i, it in enumerate(items):
            for j in (i - 1, i + 1):
                if it[2] is None and 0 <= j < len(items) and items[j][2]:
                    lo, hi = sorted((items[i], items[j]), key=lambda x: x[0])
                    if _LIST_GAP.fullmatch(text, lo[4], hi[3]):
                        it[2] = items[j][2]
    out = [Cand(a, b, "misc", type=typ) for a, b, typ, _, _ in items if typ]
    for m in MODEL.finditer(text):  # Су-30, F-16, Ту-95МС: aircraft and weapon models
        out.append(Cand(m.start(), m.end(), "misc", type="MISC"))
    return out


def platform_x(text: str) -> list[Cand]:
    """The platform X named after a cue word ("on the online service X", "w serwisie X",
    "у соцмережі X"); a lone X elsewhere is a letter or a variable."""
    return [Cand(m.start(), m.end(), "misc", type="ORG") for m in _LONE_X.finditer(text)
            if word_before(text, m.start()) in _PLATFORM_CUES]


def latin_runs(text: str, lang: str) -> list[Cand]:
    """Capitalised runs of dictionary words (English, Polish, French) headed by an institution
    or facility word: "Security Council", "National Anti-Corruption Bureau of Ukraine",
    "Khmelnytsky Nuclear Power Plant"; names.py drops such words one by one."""
    if lang not in ("en", "pl", "fr"):
        return []
    org, misc = table_stems("ORG_STEMS", lang), table_stems("MISC_HEAD_STEMS", lang)
    loc = table_words("LOC_HEADS", lang)
    out = []
    toks = [(m.start(), m.end(), m.group()) for m in _LATIN_TOKEN.finditer(text)]
    i = 0
    while i < len(toks):
        a, _, w = toks[i]
        if not w[:1].isupper() or (w.lower() in N._wordset("STOPWORDS", lang)
                                   and not (w.isupper() and len(w) > 1)):  # US, not "us"
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
            if v[:1].isupper() and given_name(v, lang) and j > i + 1:
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
            if bare[-1].lower() in loc or " ".join(bare).lower() in countries(lang):
                typ = "LOC"  # Khmelnytsky Nuclear Power Plant; Russian Federation
            elif any(has_stem(x, org) for x in bare if x[:1].isupper()):
                typ = "ORG"
            elif any(has_stem(x, misc) for x in bare if x[:1].isupper()):
                typ = "MISC"
            if typ:
                end = toks[last][1] - (len(words[-1]) - len(bare[-1]))
                out.append(Cand(a, end, "run", type=typ))
        i = last + 1
    return out


def outlet_spans(text: str) -> list[Cand]:
    """Every occurrence of a known outlet or platform name (The Guardian, Цензор.НЕТ)."""
    rx = _outlet_rx()
    return [Cand(m.start(), m.end(), "outlet", type="ORG") for m in rx.finditer(text)]


@cache
def _outlet_rx() -> re.Pattern[str]:
    surfaces = sorted(known_outlets()[0], key=len, reverse=True)
    alt = "|".join(re.escape(x) for x in surfaces if len(x) >= 2)
    return re.compile(rf"(?<![\w.-])(?:{alt})(?!\w)")


def de_compounds(text: str) -> list[Cand]:
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
        out.append(Cand(m.start(), m.end(), "org", type=typ))
    org = table_stems("ORG_STEMS", "de")
    for m in re.finditer(
            r"(?<![\w-])(?=([A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)) ([A-ZÄÖÜ][\w-]+))", text):
        adj, noun = m.group(1), m.group(2)
        if d is None or sentence_initial(text, m.start()) or d.get(adj.lower()) is None:
            continue
        if has_stem(noun, org) or noun.endswith(E.DE_ORG_TAILS):
            out.append(Cand(m.start(), m.start() + len(adj) + 1 + len(noun), "org", type="ORG"))
    for c in out:  # "Büro für Korruptionsbekämpfung", "Nobelpreis für Literatur"
        tail = re.match(r" für [A-ZÄÖÜ][\w-]+", text[c.end :])
        if tail:
            c.end += tail.end()
    return out


def resolve(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping spans, longest first (a phrase swallows the names inside it)."""
    chosen: list[Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
