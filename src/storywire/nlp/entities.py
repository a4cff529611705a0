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

Stage 1's finders live in :mod:`._entityspans`, stage 2's evidence in :mod:`._entitytypes`;
the repairs and the assembly are here. All tables are general knowledge in ``_entitydata``.
Measured in ``benchmarks/knowledge_eval.py`` against ``tests/data/knowledge_gold.jsonl``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storywire.model import Mention
from storywire.nlp import _entitydata as E
from storywire.nlp import names as N
from storywire.nlp._entityspans import (
    ADJ_ENDINGS,
    MODEL,
    de_compounds,
    is_adjective,
    latin_runs,
    lemma_of,
    merge_ner,
    ner_spans,
    org_phrases,
    outlet_spans,
    platform_x,
    quoted_spans,
    resolve,
    sentence_initial,
)
from storywire.nlp._entitytypes import (
    Cand,
    given_name,
    has_stem,
    is_leader,
    strong_type,
    table_stems,
    table_words,
    weak_type,
)
from storywire.nlp._lexicon import dictionary
from storywire.nlp._namedata import LEXICON_CODES, NON_LATIN, PROPER_GRAMMEMES

__all__ = ["detect_mentions"]

#: languages natasha's NER runs on (Russian; on Ukrainian/Bulgarian its types are unreliable)
NER_LANGS = frozenset({"ru"})
#: a body this long that ends in a letter was cut off mid-sentence (an excerpt): its last name
#: is likely a fragment ("... президента США Дональ")
CUT_MIN_CHARS = 300
_HYPHEN_PART = re.compile(r"[^-‐‑]+")
_NOT_NAMES = frozenset(E.NOT_NAMES.split())
_LEXICON_CODES = LEXICON_CODES
_NON_LATIN = frozenset(NON_LATIN)
_PROPER = PROPER_GRAMMEMES
#: words a phrase's key leaves out (of, de, на, і ...)
_FUNCTION_WORDS = frozenset(E.PARTICLES_LATIN.split()) | frozenset(E.SLAVIC_STOP.split())
_ELIDED = re.compile(r"^[LlDd]['’][a-zà-ÿ]")
_CYR_WORD_FORMS = ("ано", "ено", "ято", "ото")  # Ukrainian impersonal "Задокументовано"
_LEGAL_FORMS = frozenset(E.LEGAL_FORMS.split())
_POSSESSIVE_END = re.compile(r"['’]s?$")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_OPEN_QUOTE = re.compile(r"[ \u00a0]*[«„“\"]")
#: Polish plural endings of a demonym (Polaków, Polacy, Rosjanie, Ukraińcom)
_PL_PLURAL = ("ów", "cy", "anie", "an", "om", "ami", "ach")
#: the shortest known word a capitalised word may end in to be read as a compound or a prefixed
#: common word (Фоторепортер, Впоследствие)
MIN_TAIL = 6


# --- clean-up ------------------------------------------------------------------------------------


def _word_cand(text: str, a: int, b: int, lang: str) -> Cand:
    words = text[a:b].split()
    keys = tuple(N.name_key(w, lang) for w in words)
    lemma = " ".join(N._base_lemma(w, lang)[0] for w in words)
    return Cand(a, b, "name", " ".join(keys), lemma, keys)


def _split_hyphens(names: list[Cand], text: str, lang: str) -> list[Cand]:
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
        if len(c.tokens) > 1 or not c.key.startswith("@"):
            keep = len(words)
            while keep > 0 and _noun_part(words[keep - 1], lang):
                keep -= 1
            if keep == 0:
                continue  # "Cold-War": common words joined
            if keep < len(words) and not _known(words[0].lower(), lang):
                # US-Regierung, NATO-Charta, WhatsApp-Chat: the name part
                out.append(_word_cand(text, parts[0][0], parts[keep - 1][1], lang))
                continue
        out.append(c)
    return out


def _noun_part(word: str, lang: str) -> bool:
    """A part of a hyphenated compound that is a common noun (the -Regierung of
    "US-Regierung"): German nouns by the lexicon, elsewhere a word it knows in lower case."""
    if word.isupper() or given_name(word, lang) or N.name_key(word, lang).startswith("@"):
        return False
    if lang == "de":  # a noun that has a plural or case form in the lexicon, not a place
        d = dictionary("de")
        lemma = d.get(word) if d is not None else None
        return (lemma is not None and lemma[:1].isupper() and d.get(word.lower()) is None
                and any(d.get(lemma + e) == lemma for e in ("e", "en", "n", "er", "s", "es"))
                and not is_leader(N.name_key(word, lang), word))
    return _common_word(word, lang)


def _split_people(names: list[Cand], text: str, lang: str) -> list[Cand]:
    """A run of names with a given name inside starts a new person there ("Трампа Стівом
    Віткоффом" is Трампа + Стівом Віткоффом; "Минэнерго Светланой Гринчук")."""
    out = []
    for c in names:
        words = [(m.start() + c.start, m.end() + c.start)
                 for m in re.finditer(r"\S+", text[c.start : c.end])]
        cut = None
        if len(words) >= 2:
            given = [given_name(N._base_lemma(text[a:b], lang)[0], lang) for a, b in words]
            if text[words[0][0] : words[0][1]].isupper() and len(words) >= 3:
                given[1] = True  # an acronym before a person: "MSWiA Karolina Gałecka"
            # a new person starts at a given name followed by a surname ("Трампа Стівом
            # Віткоффом"); a lone last word is the surname itself (Эдмундо Гонсалес)
            cut = next((i for i in range(1, len(words) - 1) if given[i] and not given[i - 1]),
                       None)
            first = text[words[0][0]:words[0][1]]
            acronym = sum(ch.isupper() for ch in first) >= 2  # MSWiA Karolina Gałecka
            if (cut == 1 and N._script(text[c.start:c.end]) == "latin" and not acronym
                    and not is_leader(N.name_key(first, lang), "")):
                # Latin script does not run two people together without a comma: "Tarek
                # William Saab" is one person whose given name the list lacks
                cut = None
        if cut is None:
            out.append(c)
            continue
        out.append(_word_cand(text, words[0][0], words[cut - 1][1], lang))
        out.append(_word_cand(text, words[cut][0], words[-1][1], lang))
    return out


def _trim_common(names: list[Cand], text: str, lang: str) -> list[Cand]:
    """German capitalises every noun, and names.py lets nouns pass as names (Putins Gespräche,
    Staatschef Wolodymyr Selenskyj, Büro). A word the German lexicon lists is cut from the
    edges of a name, and a lone one dropped, unless the text uses it as a surname after a given
    name or it is a widely known leader's name."""
    d = N._dictionary("de")
    if d is None:
        return names

    def given(w: str) -> bool:
        return given_name(w, lang)

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
            and not is_leader(N.name_key(bare, "de"), bare)
            and not N.name_key(bare, "de").startswith("@")
        )

    out = []
    for c in names:
        if c.key.startswith("@"):
            out.append(c)
            continue
        words = words_of[id(c)]
        segs: list[list[tuple[int, int]]] = [[]]
        flags = [not text[a:b].isupper() and "-" not in text[a:b] and common(text[a:b])
                 for a, b in words]
        for k, (a, b) in enumerate(words):
            after_given = k > 0 and given(text[words[k - 1][0] : words[k - 1][1]])
            # "Kristian Berg Harpviken": a noun between a first name and a surname is a name
            # word too (not after a genitive: "Trumps Schwiegersohn Kushner")
            inside = (k == 1 and len(words) == 3 and not flags[0] and not flags[2]
                      and not text[words[0][0]:words[0][1]].endswith("s"))
            if flags[k] and not after_given and not inside:
                segs.append([])
            else:
                segs[-1].append((a, b))
        segs = [g for g in segs if g]
        if len(segs) == 1 and segs[0] == words:
            out.append(c)
            continue
        out.extend(_word_cand(text, g[0][0], g[-1][1], lang) for g in segs)
    return out


def _initial_word(c: Cand, text: str, lang: str, cands: list[Cand]) -> bool:
    """A lone sentence-initial Cyrillic word shaped like an adjective or an impersonal verb
    that no lexicon knows and the text never repeats (Правоцентристкая, Проевропейската)."""
    surface = text[c.start : c.end]
    if (" " in surface or "-" in surface or len(surface) < 9 or c.key.startswith("@")
            or N._script(surface) != "cyr" or c.hint or not sentence_initial(text, c.start)):
        return False
    low = surface.lower()
    if not low.endswith(ADJ_ENDINGS.get(lang, ()) + _CYR_WORD_FORMS):
        return False
    return sum(o.key == c.key for o in cands) == 1


@lru_cache(maxsize=100_000)
def _common_word(word: str, lang: str) -> bool:
    """Whether a capitalised word is a common word (its capital is the sentence's): the
    language's lexicon knows it only in lower case (pymorphy3 for Russian: no proper-noun
    parse), or it is an unknown word made of a short prefix and a known common word
    (Фоторепортер, Впоследствие)."""
    if word.isupper() or len(word) < 3 or (lang in _NON_LATIN and word[:1].isascii()):
        return False
    low = word.lower()
    if lang == "ru":
        morph = N._morph()
        parses = [p for p in morph.parse(word) if p.is_known] if morph is not None else []
        return bool(parses) and not any(
            p.tag.POS == "NOUN" and _PROPER & p.tag.grammemes for p in parses)
    code = _LEXICON_CODES.get(lang, "pl" if lang == "pl" else "")
    d = dictionary(code) if code else None
    if d is None:
        return False
    cap = d.get(word)
    if cap is not None:  # listed capitalised: a name, unless its lemma is lower-case (War)
        return cap[:1].islower()
    if d.get(low) is not None:
        return True
    for k in range(1, 6):
        tail = low[k:]
        if len(tail) < MIN_TAIL:
            break
        lemma = d.get(tail)
        if lemma is not None and lemma[:1].islower() and d.get(tail.capitalize()) is None:
            return True
    return False


def _known(word: str, lang: str) -> bool:
    """Whether the lexicon knows a word at all (a known name is not a glued common word)."""
    code = _LEXICON_CODES.get(lang, "pl" if lang == "pl" else "")
    d = dictionary(code) if code else None
    return d is not None and (d.get(word) is not None or d.get(word.lower()) is not None)


def _pl_demonym(word: str) -> bool:
    """A Polish plural demonym noun (Polaków, Rosjanie): not a name under the guideline."""
    d = dictionary("pl")
    lemma = d.get(word) if d is not None else None
    return (lemma is not None and lemma[:1].isupper() and lemma != word
            and word.endswith(_PL_PLURAL) and lemma.endswith(E.PL_DEMONYM_LEMMAS))


def _legal_form(c: Cand, text: str) -> bool:
    """A legal form or a company/party acronym written before a quoted name (АО НАЭК
    "Энергоатом", ПП "X"): the quoted part is the name."""
    surface = text[c.start : c.end]
    if " " in surface or not _OPEN_QUOTE.match(text, c.end):
        return False
    if surface in _LEGAL_FORMS:
        return True
    m = re.search(r"(\S+)[ \u00a0]+$", text[max(0, c.start - 12) : c.start])
    return surface.isupper() and m is not None and m.group(1) in _LEGAL_FORMS


def _cut_initial(cands: list[Cand], text: str, lang: str) -> list[Cand]:
    """A sentence-initial common word glued to the name after it goes ("Гольфклуб Стівена
    Віткоффа", "Rozmówcy Agencji Reutera"), unless it heads the name (Wojsko Polskie)."""
    stems = table_stems("ORG_STEMS", lang) + table_stems("MISC_HEAD_STEMS", lang)
    out = []
    for c in cands:
        words = [(m.start() + c.start, m.end() + c.start)
                 for m in re.finditer(r"\S+", text[c.start : c.end])]
        if (c.src in ("name", "run", "ner") and len(words) >= 2
                and sentence_initial(text, c.start) and not c.key.startswith("@")):
            first, (a2, _) = text[words[0][0] : words[0][1]], words[1]
            second = text[a2 : words[1][1]]
            glued = (
                not first.isupper() and not given_name(first, lang)
                and not has_stem(first, stems) and not is_adjective(first, lang)
                and N.name_key(first, lang)[:1] != "@" and second[:1].isupper()
                and (_common_word(first, lang)
                     or (given_name(second, lang) and not _known(first, lang)
                         and not is_leader(N.name_key(first, lang), first)))
            )
            if glued:
                if c.src == "name":
                    out.append(_word_cand(text, a2, c.end, lang))
                else:
                    c.start = a2
                    out.append(c)
                continue
        out.append(c)
    return out


def _title_case(text: str) -> bool:
    """A headline in Title Case, where every word's capital says nothing ("Putin Holds Talks
    With Witkoff")."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    caps = sum(w[:1].isupper() for w in words)
    return len(words) >= 3 and caps >= 0.7 * len(words)


def _trim_title(cands: list[Cand], text: str, lang: str) -> list[Cand]:
    """In a Title Case headline, common words inside a name split it and go ("Putin Holds
    Talks With Kushner" -> Putin, Kushner); a name of common words only is dropped."""
    out = []
    for c in cands:
        if c.src != "name" or c.key.startswith("@") or c.type:
            out.append(c)
            continue
        words = [(m.start() + c.start, m.end() + c.start)
                 for m in re.finditer(r"[^\s-]+", text[c.start : c.end])]
        segs: list[list[tuple[int, int]]] = [[]]
        for a, b in words:
            w = _POSSESSIVE_END.sub("", text[a:b])
            if _common_word(w, lang) and not given_name(w, lang):
                segs.append([])
            else:
                segs[-1].append((a, b))
        segs = [g for g in segs if g]
        if len(segs) == 1 and segs[0] == words:
            out.append(c)
        else:
            out.extend(_word_cand(text, g[0][0], g[-1][1], lang) for g in segs)
    return out


def _initial_common(c: Cand, text: str, lang: str, cands: list[Cand]) -> bool:
    """A lone sentence-initial common word taken for a name (Впоследствие, Artykuł, natasha's
    Переговоры), unless the text also writes it capitalised inside a sentence; or a lone
    sentence-initial word no lexicon knows, right before a person's given name (Гольфклуб
    Стівена Віткоффа)."""
    surface = text[c.start : c.end]
    if (c.src == "name" and " " not in surface and sentence_initial(text, c.start)
            and not c.key.startswith("@") and not given_name(surface, lang)
            and N.has_lexicon(lang) and not _known(surface, lang)):
        nxt = next((o for o in cands if o.start == c.end + 1), None)
        if nxt is not None and text[c.end] == " " and " " in text[nxt.start : nxt.end] \
                and given_name(text[nxt.start : nxt.end].split()[0], lang):
            return True
    if (c.src not in ("name", "ner") or c.type or " " in surface or c.key.startswith("@")
            or not sentence_initial(text, c.start) or not _common_word(surface, lang)
            or is_leader(c.key, surface)):
        return False
    return not any(o.key == c.key and o is not c and not sentence_initial(text, o.start)
                   for o in cands)


def _drop_fragments(cands: list[Cand], text: str, lang: str, field: str) -> list[Cand]:
    """Drop role words taken for names (a sentence-initial "Спецпосланник") and the cut-off
    last word of an excerpt ("... президента США Дональ")."""
    roles = {w.translate(_APOSTROPHES)
             for w in table_words("PER_BEFORE", lang) | N._wordset("TITLES", lang)}
    body = text.rstrip()
    keys = {c.key for c in cands}
    out = []
    for c in cands:
        surface = text[c.start : c.end]
        if " " not in surface and (surface.lower().translate(_APOSTROPHES) in roles
                                   or surface in _NOT_NAMES):
            continue
        if _legal_form(c, text) or _initial_common(c, text, lang, cands):
            continue
        if lang == "pl" and " " not in surface and _pl_demonym(surface):
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


def _given_before(cands: list[Cand], text: str, lang: str) -> None:
    """A given name the name finder passed over (Мая is also a month) joins the person name
    right after it: "Мая Санду"."""
    for c in cands:
        if c.type != "PER":
            continue
        m = re.search(r"(?<![\w-])([^\W\d_]+) $", text[max(0, c.start - 30) : c.start])
        if m and m.group(1)[:1].isupper() and given_name(m.group(1), lang) \
                and not sentence_initial(text, c.start - len(m.group(1)) - 1) \
                and not any(o.end == c.start - 1 for o in cands):
            c.start -= len(m.group(1)) + 1
            c.lemma = f"{m.group(1)} {c.lemma}"
            c.key = f"{N.name_key(m.group(1), lang)} {c.key}"


def _chain_orgs(cands: list[Cand], text: str) -> list[Cand]:
    """An acronym or one-word body followed by the bodies or the (inflected) country it belongs
    to is one name: "СНБО Украины", "ГУР Минобороны Украины", "Минфин США"."""
    out: list[Cand] = []
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
            out[-1] = Cand(prev.start, c.end, "chain", f"{prev.key} {c.key}",
                            f"{prev.lemma} {surface}", (*prev.tokens, *c.tokens), "ORG")
            continue
        out.append(c)
    return out


# --- assembly ------------------------------------------------------------------------------------


def _key_lemma(c: Cand, text: str, lang: str, inner: list[N.NameMention]) -> tuple[str, str]:
    """Key and lemma of a phrase span. The key joins its words' keys (names inside from
    names.py, function words left out); the lemma puts the leading words up to the head noun
    in the nominative ("Министерства обороны" -> "Министерство обороны"), the rest as written."""
    surface = text[c.start : c.end]
    model = MODEL.fullmatch(surface)
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
        lemma = " ".join(_nominative(tuple(words), lang))
    return " ".join(k for k in keys if k), lemma


@lru_cache(maxsize=50_000)
def _nominative(words: tuple[str, ...], lang: str) -> tuple[str, ...]:
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
        return tuple(out)
    if not is_adjective(words[0], lang):
        out[0] = _head_lemma(words[0], lang)
    return tuple(out)


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
        lemma = lemma_of(word, lang)
    return lemma[:1].upper() + lemma[1:] if lemma else word


def _detect(text: str, lang: str, field: str, prior: dict[str, str] | None = None
            ) -> list[Mention]:
    """Mentions of one field; ``prior`` holds types the body gave to keys (for the title)."""
    found = N.extract_names(text, lang)
    names = [Cand(m.start, m.end, "name", m.key, m.lemma, m.tokens) for m in found]
    extra = (org_phrases(text, lang, names) + quoted_spans(text, lang)
             + latin_runs(text, lang) + outlet_spans(text) + platform_x(text))
    if lang in NER_LANGS:
        extra += merge_ner(text, names, ner_spans(text))
    if lang == "de":
        names = _trim_common(names, text, lang)
        extra += de_compounds(text)
    chosen = resolve(extra + _split_people(_split_hyphens(names, text, lang), text, lang))
    chosen = _cut_initial(chosen, text, lang)
    chosen = _drop_fragments(chosen, text, lang, field)
    if field == "title" and lang == "en" and _title_case(text):
        chosen = _trim_title(chosen, text, lang)
    for c in chosen:
        if c.src != "name":
            inner = [m for m in found if c.start <= m.start and m.end <= c.end]
            if len(inner) == 1 and inner[0].start == c.start and inner[0].end == c.end:
                c.key, c.lemma, c.tokens = inner[0].key, inner[0].lemma, inner[0].tokens
            else:
                c.key, c.lemma = _key_lemma(c, text, lang, inner)
                c.tokens = tuple(c.key.split())
    for c in chosen:
        c.type = strong_type(c, text, lang)
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
            c.type = typed.get(c.key) or weak_type(c, text, lang)
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
