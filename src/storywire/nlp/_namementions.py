"""Mentions: runs of accepted tokens grouped into names, each with a lemma and a key.

A run one space apart is one name (Donald Trump, Abu Dhabi) unless a listed multi-word place
starts inside it or a second given name starts a second person. The lemma is the nominative: the
lexicon's when it knows a part, else rule-based, and parts of one name share the case ending a
known part lost (Джона Коула -> Джон Коул).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from storywire.nlp import _namedata as D
from storywire.nlp._namegazetteer import gazetteer
from storywire.nlp._namekeys import (
    APOS_LANGS,
    APOS_SUFFIX,
    is_acronym,
    part_key,
    raw_key,
    strip_ending,
)
from storywire.nlp._namelex import AMBIG, PROPER, UNKNOWN, capitalise, ru_morph, word_status
from storywire.nlp._namephonetic import SPLIT
from storywire.nlp._nametokens import Tok, gap_ok

#: the longest run of words taken as one name
MAX_NAME_TOKENS = 5


@dataclass(frozen=True, slots=True)
class NameMention:
    """One name in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    lemma: str
    key: str
    tokens: tuple[str, ...]


_WORD_PARTS = re.compile(r"[^\s\-‐‑]+")


def _multi_key(words: list[str], lang: str) -> str:
    return " ".join(raw_key(p, lang) for w in words for p in SPLIT.split(w) if p)


@lru_cache(maxsize=100_000)
def _given_name(word: str, lang: str) -> bool:
    """A given name by the lexicon's tags (Russian only: pymorphy3 tags Name)."""
    morph = ru_morph() if lang == "ru" else None
    if morph is None:
        return False
    return any(p.is_known and "Name" in p.tag.grammemes for p in morph.parse(word))


def _second_person(run: list[Tok], t: Tok, lang: str) -> bool:
    """A given name after a given name and a surname starts a new person ("помощник Владимира
    Зеленского Андрей Ермак")."""
    return (
        _given_name(t.text, lang) and not _given_name(run[-1].text, lang)
        and any(_given_name(x.text, lang) for x in run)
    )


def group_tokens(toks: list[Tok], text: str, lang: str) -> list[list[Tok]]:
    """Runs of accepted tokens one space apart; acronyms and mapped places stand alone."""
    groups: list[list[Tok]] = []
    for t in toks:
        if t.accept != 1:
            continue
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None and t.kind == prev.kind == "cap"
            # particles join only after a word that is a name and nothing else (Paz de María
            # is a prize "of" María, Charles de Gaulle one man)
            and gap_ok(text, prev.end, t.start, particles=prev.status in (PROPER, UNKNOWN))
            and len(groups[-1]) < MAX_NAME_TOKENS
            and not _second_person(groups[-1], t, lang)
        ):
            groups[-1].append(t)
        else:
            groups.append([t])
    out: list[list[Tok]] = []
    gaz = gazetteer()
    for g in groups:
        if len(g) == 1:
            out.append(g)
            continue
        i = 0
        run: list[Tok] = []
        while i < len(g):
            # the longest multi-word place starting here (New York, Abu Dhabi)
            hit = 0
            for j in range(len(g), i + 1, -1):
                if _multi_key([t.text for t in g[i:j]], lang) in gaz.multi:
                    hit = j
                    break
            if hit or g[i].key.startswith("@"):
                if run:
                    out.append(run)
                    run = []
                out.append(g[i:hit] if hit else [g[i]])
                i = hit or i + 1
            else:
                run.append(g[i])
                i += 1
        if run:
            out.append(run)
    return out


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the space- or hyphen-separated parts of ``text[start:end]``."""
    return [m.span() for m in _WORD_PARTS.finditer(text, start, end)]


def _common_suffixes(surface: str, lemma: str) -> tuple[str, str]:
    n = 0
    while n < min(len(surface), len(lemma)) and surface[n].lower() == lemma[n].lower():
        n += 1
    return surface[n:], lemma[n:]


def _rule_lemma(word: str, lang: str) -> str:
    """The nominative by rule, where endings say enough (Slavic languages); else the word."""
    if lang in APOS_LANGS and APOS_SUFFIX.search(word):
        return APOS_SUFFIX.sub("", word)  # Steve'em -> Steve
    if is_acronym(word) or lang not in D.ADJECTIVE_STEMS:
        return word
    low = word.lower()
    stem = strip_ending(low, lang)
    if stem == low:
        if low[:-1].endswith(D.ENKO_STEMS) and not low.endswith("о"):
            return word[:-1] + "о"  # Лукашенку, Галущенка -> -енко
        return word
    added = ""
    if stem.endswith(D.ENKO_STEMS):
        added = "о"
    adj = D.ADJECTIVE_STEMS[lang]
    if stem.endswith(adj[0]) and low[len(stem) :] in adj[1]:
        added = adj[2]
    return word[: len(stem)] + added  # the surface's own letters keep their case


Info = list[tuple[str, str, int]]  # per word: (token key, lemma, confidence 2 lexicon/1 context/0)


def build_mention(group: list[Tok], text: str, lang: str) -> tuple[NameMention, Info]:
    """The mention for a run of tokens, and (token key, token lemma, confidence) per part."""
    start, end = group[0].start, group[-1].end
    surface = text[start:end]
    gaz = gazetteer()
    spans = word_spans(text, start, end)
    words = [text[a:b] for a, b in spans]
    # lower-case parts are particles (von der, Ростов-на-Дону): in the lemma, not in the key
    all_keys = [part_key(w, lang) if w[:1].isupper() else "" for w in words]
    keys = [k for k in all_keys if k]
    whole = " ".join(keys)
    named = [w for w, k in zip(words, all_keys, strict=True) if k]
    slug = gaz.multi.get(_multi_key(named, lang)) if len(keys) > 1 else None
    if slug or (len(keys) == 1 and keys[0].startswith("@")):
        key = "@" + slug if slug else keys[0]
        if group[0].kind == "acr":
            lemma = surface
        else:
            lemma = gaz.lemmas.get((key[1:], lang)) or base_lemma(surface, lang)[0]
        return NameMention(start, end, surface, lemma, key, (key,)), [(key, lemma, 2)]
    info: list[tuple[str, str, int]] = []
    for w, k in zip(words, all_keys, strict=True):
        info.append((k, *base_lemma(w, lang)) if k else ("", w, 0))
    # parts of one name share its case: the ending a known part lost (Джона -> Джон) is removed
    # from the unknown parts too (Коула -> Коул); -енко surnames keep their -о
    ctx = next(
        (_common_suffixes(w, lem) for w, (_, lem, c) in zip(words, info, strict=True)
         if c == 2 and w != lem and not is_acronym(w)),
        None,
    )
    if ctx and ctx[0]:
        suf, repl = ctx[0].lower(), (ctx[1] if ctx[1].lower() in ("а", "я", "a") else "")
        for i, (w, (k, lem, c)) in enumerate(zip(words, info, strict=True)):
            if not k or not w.lower().endswith(suf) or len(w) - len(suf) < 3:
                continue
            stem = w[: len(w) - len(suf)]
            if c == 0:
                info[i] = (k, stem + ("о" if stem.lower().endswith(D.ENKO_STEMS) else repl), 1)
            elif lem == w and word_status(stem + repl, lang)[1] == stem + repl:
                # Олександра is a name itself, but beside Лукашенка -> Лукашенко it is Олександр
                info[i] = (k, stem + repl, 2)
    lemma = join_like(surface, spans, start, [x[1] for x in info])
    return NameMention(start, end, surface, lemma, whole, tuple(keys)), info


@lru_cache(maxsize=200_000)
def base_lemma(word: str, lang: str) -> tuple[str, int]:
    """(lemma in the original script, confidence: 2 lexicon, 0 rule)."""
    if is_acronym(word):
        return word, 2
    status, lemma = word_status(word, lang)
    if lemma and status in (PROPER, AMBIG):
        if lemma[:1].islower():
            lemma = capitalise(lemma)
        return lemma, 2
    return _rule_lemma(word, lang), 0


def join_like(surface: str, spans: list[tuple[int, int]], start: int, lemmas: list[str]) -> str:
    """Rebuild a multi-part lemma with the surface's separators (space or hyphen)."""
    out = []
    prev = None
    for (a, b), lem in zip(spans, lemmas, strict=True):
        if prev is not None:
            out.append(surface[prev - start : a - start])
        out.append(lem)
        prev = b
    return "".join(out)


def harmonise(found: list[tuple[NameMention, list[tuple[str, str, int]]]]) -> list[NameMention]:
    """Within one text, every token with one key gets its best-attested lemma."""
    votes: dict[str, Counter[tuple[int, str]]] = defaultdict(Counter)
    for _, info in found:
        for key, lemma, conf in info:
            if key:
                votes[key][(conf, lemma)] += 1
    best = {
        k: max(c.items(), key=lambda kv: (kv[0][0], kv[1], -len(kv[0][1])))[0][1]
        for k, c in votes.items()
    }
    out = []
    for m, info in found:
        if len(m.tokens) == 1 and m.tokens[0].startswith("@"):
            out.append(m)
            continue
        lemmas = [best.get(k, lem) for k, lem, _ in info]
        if lemmas != [lem for _, lem, _ in info]:
            spans = word_spans(m.surface, 0, len(m.surface))
            lemma = join_like(m.surface, spans, 0, lemmas)
            m = NameMention(m.start, m.end, m.surface, lemma, m.key, m.tokens)
        out.append(m)
    return out
