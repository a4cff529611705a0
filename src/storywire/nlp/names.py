"""Names in news text with cross-script keys: the clusterer's "same people and places" signal.

Two articles about one event name the same people, places and organisations, but in different
scripts, spellings and grammatical cases: Лукашенка / Лукашенку / Александър Лукашенко /
Lukashenko, Трамп / Тръмп / Trumpa, Женеві / Genf / Geneva. :func:`extract_names` finds the
names of a text with their offsets; every name gets a *key* that is the same for all of those
spellings, so articles can be compared with plain set similarity (:func:`article_keys`).

How a name is found (no NER model ships offline for these languages, so it is done by rule):

* a candidate is a capitalised word or an acronym; consecutive candidates separated by one space
  form one mention ("Джона Коула", "Abu Dhabi");
* a word is dropped if the language's lexicon says it is a common word: simplemma's dictionaries
  (proper nouns there carry a capital), pymorphy3 for Russian (it tags Name/Surn/Geox), and for
  German, where every noun is capitalised, a noun is recognised by its dictionary plural;
* at the start of a sentence an ambiguous word, or any word in a language without a lexicon
  (Polish: its dictionary is too big to load), counts only with evidence from the same text: it
  is capitalised mid-sentence elsewhere, or the next word continues a name;
* a dictionary word right after a given name is kept as the surname when the text never writes
  it in lower case (María Corina Machado, Donald Tusk, Charlie Kirk);
* titles, months, stopwords and English demonyms ("Ukrainian") never count; Latin-script words
  in a Cyrillic or Greek text are judged and keyed as English (Reuters, Financial Times).

How a key is made (pure and deterministic: no corpus statistics):

1. the word is reduced to a base form: the lexicon's lemma when it knows the name, else oblique
   case endings that leave a consonant behind are stripped (-ом, -ові, -ого, -em, -owi ...);
2. it is transliterated into one broad phonetic alphabet (tables in ``_namedata``), where sounds
   that spelling systems render differently fall into one class: г/х/ч/g/h/kh/ch,
   с/з/ш/ж/ц/s/z/sh/sch/sz, в/v/w/f;
3. vowels fold into one, glides and doubled letters vanish, a final vowel is dropped: the
   skeleton of Лукашенко, Lukashenka, Łukaszenka and Lukaschenko is ``lakasank``;
4. places with unrelated exonyms (Genf / Geneva / Женева, Moskau / Moscow), multi-word names
   with inflected parts (Білого дому / White House) and the common international acronyms
   (США / USA / EEUU) map to one ``@slug`` through a gazetteer of general knowledge; acronyms
   not listed key on their letters (``=nabu`` for NABU and НАБУ).

Known limits, measured in ``benchmarks/name_keys.py``: skeletons of two or three consonants
collide (Peter/Potter, Кирилл/Карелия); feminine and masculine surnames share a key
(Zelensky/Zelenska); names whose spelling follows the source language differently (German
Jared read as Yared, French Charles as Sharl) miss; scripts without letter case yield nothing.

A multi-word name's key is its tokens' keys joined by spaces; ``tokens`` keeps them separate so
"Donald Trump" and "Trump" share ``tramp``.

The steps live in private modules, one concern each: ``_namelex`` (is a word a name: the
lexicons), ``_namephonetic`` (transliteration and skeleton), ``_namegazetteer`` (exonyms and
acronyms), ``_namekeys`` (base form and key of one word), ``_nametokens`` (candidates and the
judgement) and ``_namementions`` (grouping and lemmas); this module joins them and weighs an
article's keys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from storywire.nlp._namegazetteer import gazetteer
from storywire.nlp._namekeys import MAX_ACRONYM, name_key, strip_ending
from storywire.nlp._namelex import demonym, dictionary, has_lexicon, ru_morph, wordset
from storywire.nlp._namementions import (
    MAX_NAME_TOKENS,
    NameMention,
    base_lemma,
    build_mention,
    group_tokens,
    harmonise,
)
from storywire.nlp._namephonetic import phonetic, script_of
from storywire.nlp._nametokens import HEADER, decide, find_tokens

__all__ = [
    "MAX_ACRONYM",
    "MAX_NAME_TOKENS",
    "NameMention",
    "article_keys",
    "extract_names",
    "gazetteer",
    "has_lexicon",
    "key_overlap",
    "name_key",
    "phonetic",
]

#: mentions in the title and in the lead weigh more in :func:`article_keys`
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
LEAD_CHARS = 400
#: a given name says less about an event than a surname ("Donald" Trump / Tusk)
NON_HEAD_WEIGHT = 0.5

#: the helpers :mod:`storywire.nlp.entities` and ``benchmarks/name_keys.py`` reach through this
#: module, under the names they had before the split
_base_lemma, _demonym, _dictionary, _morph = base_lemma, demonym, dictionary, ru_morph
_script, _strip_ending, _wordset = script_of, strip_ending, wordset


def extract_names(text: str, lang: str) -> list[NameMention]:
    """Every name in ``text`` (persons, places, organisations, acronyms), in text order.

    ``lang`` is the text's ISO 639-1 code; it selects spelling rules and the lexicon. Unknown
    languages work with generic rules. Scripts without letter case (Hebrew, Arabic, CJK) yield
    nothing, since capitalisation is the only signal used.
    """
    if not text:
        return []
    lang = (lang or "").lower()
    gaz = gazetteer()
    taken: list[tuple[int, int]] = []
    found: list[tuple[NameMention, list[tuple[str, str, int]]]] = []
    if gaz.phrases is not None:
        for m in gaz.phrases.finditer(text):
            slug, lemma = gaz.phrase_slugs[int(m.lastgroup[1:])]  # type: ignore[index]
            key = "@" + slug
            lem = gaz.lemmas.get((slug, lang), lemma)
            found.append((NameMention(m.start(), m.end(), m.group(), lem, key, (key,)),
                          [(key, lem, 2)]))
            taken.append((m.start(), m.end()))
    toks = [t for t in find_tokens(text, lang) if not any(a <= t.start < b for a, b in taken)]
    decide(toks, text, lang)
    for g in group_tokens(toks, text, lang):
        found.append(build_mention(g, text, lang))
    found.sort(key=lambda x: x[0].start)
    return harmonise(found)


# --- article level --------------------------------------------------------------------------------


def article_keys(text: str, lang: str, *, title: str | None = None) -> dict[str, float]:
    """Name keys of an article with weights for set similarity (see :func:`key_overlap`).

    A mention adds to each of its token keys: the last token (a surname, the head of a place
    name) fully, earlier tokens (given names) by half. Mentions in the title count
    ``TITLE_WEIGHT`` times, in the first ``LEAD_CHARS`` characters ``LEAD_WEIGHT`` times.
    Weights are plain sums: the name an article keeps repeating is its subject (measured on
    the dev set, damping with log or sqrt separated events slightly worse under IDF cosine).
    """
    acc: dict[str, float] = defaultdict(float)
    head = HEADER.match(text or "")
    lead_end = (head.end() if head else 0) + LEAD_CHARS
    sources: list[tuple[list[NameMention], float | None]] = [(extract_names(text, lang), None)]
    if title:
        sources.append((extract_names(title, lang), TITLE_WEIGHT))
    for mentions, fixed in sources:
        for m in mentions:
            w = fixed if fixed is not None else (LEAD_WEIGHT if m.start < lead_end else 1.0)
            last = len(m.tokens) - 1
            for i, k in enumerate(m.tokens):
                acc[k] += w * (1.0 if i == last else NON_HEAD_WEIGHT)
    return {k: round(v, 4) for k, v in acc.items()}


def key_overlap(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Weighted Jaccard of two key->weight maps: sum of minima over sum of maxima (0..1)."""
    if not a or not b:
        return 0.0
    num = sum(min(w, b[k]) for k, w in a.items() if k in b)
    den = sum(a.values()) + sum(b.values()) - num
    return num / den if den else 0.0
