"""Attributions: the media a news text cites, and the outlet that names itself.

A cited source is a medium named after a trigger ("пише Reuters", "according to the BBC",
"з посиланням на УНН"), before a verb ("Reuters reported"), or glued to a headline ("Axios: ...",
"... - Reuters"). The outlet names itself in its lead ("X со ссылкой на Y", "<Y> ..., пише X.",
"Как передает X, <Y>"), on a line of its own above the headline, or in a dateline ("/TASS/").

Names are accepted as media by form (acronyms, domains, "... News"), by the known-outlet lists
and medium words in :mod:`storywire.lang`, and, in Cyrillic text, by being written in Latin.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from storywire import lang
from storywire.lang import xx
from storywire.readers._strings import alt, ends_sentence, is_upper_start, nwords

__all__ = [
    "Mention",
    "accept",
    "clean_name",
    "dateline_source",
    "is_outlet_line",
    "mentions",
    "self_named",
    "title_attributions",
]

SOURCE_WINDOW = 1200  # body characters in which the outlet names itself ("пише УНН")
NAME_TOKENS = 5  # longest outlet name in words ("The Wall Street Journal")


# ---------------------------------------------------------------------------- compiled lexicon


_KNOWN: frozenset[str] = frozenset(lang.merged("OUTLETS"))
_KNOWN_BY_FIRST: dict[str, list[str]] = {}
for _name in sorted(_KNOWN, key=len, reverse=True):
    _KNOWN_BY_FIRST.setdefault(_name.split()[0], []).append(_name)
_SUFFIXES = frozenset(xx.OUTLET_SUFFIXES)
_MEDIA_NOUNS = tuple(d.casefold() for d in lang.merged("OUTLET_DESCRIPTORS"))
_DESCRIPTORS = _MEDIA_NOUNS + tuple(d.casefold() for d in lang.merged("MEDIA_CONTEXT"))
_NOT_MEDIA = tuple(d.casefold() for d in lang.merged("NOT_MEDIA"))
_ARTICLES = frozenset(lang.merged("ARTICLES"))
_DOMAIN = re.compile(r"\w\.[^\W\d_]{2,4}(?![\w.-])")  # "Day.Az", "LIGA.net", "Цензор.НЕТ"

_TRIGGER_KIND: dict[str, str] = {}
for _kind, _key in (("verb", "ATTRIBUTION_VERBS"), ("citing", "ATTRIBUTION_CITING")):
    for _phrase in lang.merged(_key):
        _TRIGGER_KIND.setdefault(_phrase.lower(), _kind)
# Phrases keyed by their longest (rarest) word, with that word's offset: scanning then never has
# to look up every "в", "de" or "in" of a text.
_PHRASES: dict[str, list[tuple[str, int, str]]] = {}
for _phrase, _kind in sorted(
    [*_TRIGGER_KIND.items(), *((p.lower(), "after") for p in lang.merged("ATTRIBUTION_AFTER"))],
    key=lambda item: -len(item[0]),
):
    _head = max(_phrase.split(), key=len)
    _PHRASES.setdefault(_head, []).append((_phrase, _phrase.index(_head), _kind))
_NOUNS_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _stem in _MEDIA_NOUNS:
    _NOUNS_BY_HEAD[_stem[:4]] = (*_NOUNS_BY_HEAD.get(_stem[:4], ()), _stem)
_NOUN_HEADS = frozenset(_NOUNS_BY_HEAD)
_HEAD = operator.itemgetter(slice(0, 4))
_TOKEN_PUNCT = "\"'«»„“”‘’()[]{}.,;:!?…—–-"
_AS_OPENER = re.compile(rf"(?:^|[.!?…]\s+|\n)\s*(?:{alt(lang.merged('AS_WORDS'))})\s+$", re.I)
_TOKEN = re.compile(r"[^\W_][\w'’&]*(?:[.\-/][^\W_][\w'’&]*)*")
_QUOTES = {"«": "»", '"': '"', "„": "“", "“": "”", "”": "”"}
_SENTENCE_BREAK = re.compile(r"[.!?…](?:\s|$)|\n")
_SENTENCE_END = re.compile(r"[ \u00a0]*(?:[.!?…]|\n|$)")
_COMMA_BEFORE = re.compile(r",[ \u00a0]*(?:[-–—][ \u00a0]*)?$")
_CLAUSE = re.compile(r"[^.,;\n]{0,80}")
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_a-zа-яёіїєґ][\w.-]+")
_DATELINE = re.compile(  # "MOSCOW, November 18. /TASS/.", "Nov. 12 (UPI) —", "(MENAFN)"
    r"(?:[A-ZА-ЯЁІЇЄ][A-ZА-ЯЁІЇЄ'’.-]+(?: [A-ZА-ЯЁІЇЄ'’.-]+){0,2},?\s*)?"
    r"(?:(?:[^\W\d_]{3,9}\.? \d{1,2}|\d{1,2} [^\W\d_]{3,9})\.?\s*)?"
    r"[(/](?P<name>[^\W_][\w-]{1,19})[)/]\.?(?=\s)"
)
_TITLE_PREFIX = re.compile(r"(?P<name>[^:\n]{2,40}?):\s")
_TITLE_SUFFIX = re.compile(r",?\s[-–—]\s+(?P<name>[^\s,.;:!?–—-][^,;:!?–—]{0,40}?)\.?\s*$")
_CYR = re.compile(r"[\u0400-\u04ff]")


# ---------------------------------------------------------------------------- small helpers


def _is_latin(s: str) -> bool:
    return all(ord(c) < 0x250 for c in s if c.isalpha())


def _mostly_cyrillic(s: str) -> bool:
    """Cyrillic context: there a Latin name after a verb is almost always a medium."""
    return _CYR.search(s) is not None


# ---------------------------------------------------------------------------- names & outlets


def _outlet_like(name: str) -> bool:
    """Looks like a medium by form: acronym, domain, "RBC-Ukraine", "... News"."""
    if _DOMAIN.search(name):
        return True
    tokens = name.split()
    if tokens[-1] in _SUFFIXES and len(tokens) > 1:
        return True
    return any(
        part.isupper() and sum(c.isalpha() for c in part) >= 2
        for tok in tokens
        for part in tok.split("-")
    )


def _known_at(text: str, pos: int, first: str) -> str | None:
    for name in _KNOWN_BY_FIRST.get(first, ()):
        end = pos + len(name)
        if text.startswith(name, pos) and (end >= len(text) or not text[end].isalnum()):
            return name
    return None


def _name_at(text: str, pos: int) -> tuple[str, int] | None:
    """The capitalised (or quoted) name starting at ``pos``, and where it ends."""
    if pos < len(text) and text[pos] in _QUOTES:
        close = text.find(_QUOTES[text[pos]], pos + 1, pos + 42)
        inner = text[pos + 1:close].strip() if close > 0 else ""
        if inner and "\n" not in inner and is_upper_start(inner):
            return inner, close + 1
        return None
    m = _TOKEN.match(text, pos)
    if not m:
        return None
    known = _known_at(text, pos, m.group())
    if known:
        return known, pos + len(known)
    if not (m.group()[0].isupper() or m.group() in _KNOWN):
        return None
    tokens, end = [m.group()], m.end()
    while len(tokens) < NAME_TOKENS and end < len(text) - 1 and text[end] in " \u00a0":
        nxt = _TOKEN.match(text, end + 1)
        if not nxt or not nxt.group()[0].isupper():
            break
        tokens.append(nxt.group())
        end = nxt.end()
    return " ".join(tokens), end


def _name_after(text: str, pos: int, noun: bool = False) -> tuple[str, int, int, bool, bool] | None:
    """The name after a trigger, skipping articles and medium words ("телеканал", "the").

    After a medium noun ("видання Axios") the name must follow at once. Returns (name, start,
    end, descriptor_seen, other_words_skipped).
    """
    desc, other = noun, False
    for _ in range(1 if noun else 5):
        while pos < len(text) and text[pos] in " \u00a0":
            pos += 1
        found = _name_at(text, pos)
        if found:
            return found[0], pos, found[1], desc, other
        m = _TOKEN.match(text, pos)
        if not m or m.end() >= len(text) or text[m.end()] not in " \u00a0":
            return None
        word = m.group().casefold()
        if word.startswith(_DESCRIPTORS) and not word.startswith(_NOT_MEDIA):
            desc = True
        elif word not in _ARTICLES:
            other = True
        pos = m.end()
    return None


def clean_name(name: str) -> str:
    """A name without the quotes and punctuation around it, nor a "-канал" tail."""
    name = name.strip(" \u00a0.,;:-–—'\"«»„“”")
    return re.sub(r"-канал\w*$", "", name)


def accept(name: str, *, cyr: bool, desc: bool = False, other: bool = False) -> bool:
    """Whether an attributed name is a medium/agency rather than a person, place or platform.

    Latin names inside Cyrillic text are media far more often than people ("пише Reuters"); in
    Latin text a name needs the form of a medium, a known name or a word like "newspaper".
    """
    if not name or name.casefold() in xx.NOT_OUTLETS or \
            name.split()[0].casefold() in xx.NOT_OUTLETS:
        return False
    if name in _KNOWN:
        return True
    if other and not desc:
        return False
    return desc or _outlet_like(name) or (cyr and _is_latin(name))


# ---------------------------------------------------------------------------- attributions


@dataclass(slots=True)
class Mention:
    kind: str  # "verb" | "citing"
    start: int  # trigger start
    name_start: int
    end: int  # name end
    name: str | None
    ok: bool  # name accepted as an outlet
    named: bool  # for "citing": something named follows (not "три джерела")


def _name_before(text: str, pos: int, cyr: bool) -> tuple[str, int] | None:
    """The accepted outlet name ending at ``pos`` ("The Financial Times| reported").

    A known outlet at the end of the run wins; then a capitalised word opening the sentence
    is tried without ("Yesterday Reuters reported" -> "Reuters"); then longest first.
    """
    window = text[max(0, pos - 80):pos]
    window = window[window.rfind("\n") + 1:]
    tokens = window.split(" ")
    run: list[str] = []
    while tokens and len(run) < NAME_TOKENS:
        core = tokens[-1].strip("\"«»„“”'’")
        if not core or not core[0].isupper() or not _TOKEN.fullmatch(core):
            break
        run.insert(0, tokens.pop())
    if not run:
        return None
    opens = not tokens or tokens[-1][-1:] in ".!?…:"
    first = run[0].strip("\"«»„“”'’").casefold()
    suffixes = [run[k:] for k in range(len(run))]
    tries = [w for w in suffixes if " ".join(w) in _KNOWN][:1]  # "Nachrichtenseite Axios"
    if opens and len(run) > 1 and first not in _ARTICLES:
        tries.append(run[1:])
    for words in tries + suffixes:
        name = clean_name(" ".join(words))
        if name and accept(name, cyr=cyr):
            return name, pos - len(" ".join(words))
    return None


def _triggers(text: str) -> list[tuple[int, int, str]]:
    """Trigger spans in ``text``: (start, end, kind) with kind "verb", "citing", "noun", "after".

    Words are intersected with the lexicon as sets on the lower-cased text and only hits are
    located with ``str.find``: a regex alternation over all languages' phrases is ~10x slower.
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters ("İ") change length when lower-cased
        low = text
    words = {w.strip(_TOKEN_PUNCT) for w in low.split()}
    words.update(part for w in [w for w in words if "-" in w] for part in w.split("-"))
    nouns = set()
    if _NOUN_HEADS.intersection(map(_HEAD, words)):
        nouns = {w for w in words if w[:4] in _NOUNS_BY_HEAD
                 and w.startswith(_NOUNS_BY_HEAD[w[:4]]) and not w.startswith(_NOT_MEDIA)}
    out: list[tuple[int, int, str]] = []
    for word in (words & _PHRASES.keys()) | nouns:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (not i or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                out += _phrases_at(text, low, word, i, word in nouns)
            i = low.find(word, j)
    out.sort()
    return out


def _phrases_at(text: str, low: str, word: str, i: int, noun: bool) -> list[tuple[int, int, str]]:
    """The lexicon phrases (at most one naming what follows, one what precedes) around ``word``."""
    found: list[tuple[int, int, str]] = []
    before = after = False
    for phrase, offset, kind in _PHRASES.get(word, ()):
        a = i - offset
        b = a + len(phrase)
        if a < 0 or (a and low[a - 1].isalnum()) or not low.startswith(phrase, a):
            continue
        if kind == "after" and not after:
            after = True
            if (a > 1 and low[a - 1] in " \u00a0" and text[a].islower()
                    and (text[a - 2].isalnum() or text[a - 2] in "\"»”’'")
                    and not low[b:b + 1].isalnum()):
                found.append((a, b, kind))
        elif kind != "after" and not before and low[b:b + 1] in (" ", "\u00a0"):
            before = True
            found.append((a, b, kind))
    if noun and not before and low[i + len(word):i + len(word) + 1] in (" ", "\u00a0"):
        found.append((i, i + len(word), "noun"))
    return found


def mentions(text: str) -> list[Mention]:
    """Every attribution in ``text``: trigger phrases with the name after them, "X reported"."""
    out: list[Mention] = []
    taken = 0  # end of the last name: "Радіо Свобода" must not yield "Свобода" again
    for start, stop, kind in _triggers(text):
        if start < taken:
            continue
        if kind == "after":
            cyr = "\u0400" <= text[start] <= "\u04ff"
            if found_before := _name_before(text, start - 1, cyr):
                name, pos = found_before
                out.append(Mention("verb", pos, pos, start - 1, name, True, True))
            continue
        noun = kind == "noun"
        cyr = "\u0400" <= text[start] <= "\u04ff"
        found = _name_after(text, stop, noun=noun)
        name, ok, nstart, end = None, False, stop, stop
        if found:
            raw, nstart, end, desc, other = found
            name = clean_name(raw)
            ok = accept(name, cyr=cyr, desc=desc, other=other)
        named = ok
        if kind == "citing" and not named and cyr:  # "з посиланням на заяву НАБУ"
            clause = _CLAUSE.match(text, stop)
            limit = clause.end() if clause else stop
            named = any(c.group().casefold() not in xx.NOT_OUTLETS
                        for c in _CAPITALISED.finditer(text, stop, limit))
        if noun and not ok:
            continue
        taken = end if ok else taken
        out.append(Mention("verb" if noun else kind, start, nstart, end, name, ok, named))
    out.sort(key=lambda x: x.name_start)
    return out


def _same_sentence(text: str, a: int, b: int) -> bool:
    return _SENTENCE_BREAK.search(text, a, b) is None


def self_named(text: str, mentions: list[Mention]) -> tuple[int, str] | None:
    """The outlet naming itself: "X со ссылкой на Y", "<Y> ..., пише X.", "Как передает X, <Y>".

    Only the first ``SOURCE_WINDOW`` characters count: outlets name themselves in the lead.
    """
    early = [m for m in mentions if m.start <= SOURCE_WINDOW]
    ok = sorted((m for m in early if m.ok and m.name), key=lambda m: m.start)
    for m in ok:
        if m.kind != "verb" or not m.name:
            continue
        cites = any(c.kind == "citing" and c.named and m.end <= c.start <= m.end + 3
                    and not text[m.end:c.start].strip(" ,\u00a0") for c in early)
        ends = (_SENTENCE_END.match(text, m.end) is not None
                and _COMMA_BEFORE.search(text[max(0, m.start - 6):m.start]) is not None
                and any(o.end <= m.start and _same_sentence(text, o.end, m.start) for o in ok))
        opens = (_AS_OPENER.search(text, max(0, m.start - 40), m.start) is not None
                 and text.startswith(",", m.end)
                 and any(o.start > m.end and _same_sentence(text, m.end, o.start) for o in ok))
        if cites or ends or opens:
            return m.start, m.name
    return None


def title_attributions(title: str) -> list[str]:
    """"Axios: ..." headline prefixes and ", - Reuters" headline suffixes."""
    cyr = _mostly_cyrillic(title)
    out = []
    m = _TITLE_PREFIX.match(title)
    if m:
        found = _name_at(title, 0)
        if found and found[1] == m.end("name") and accept(clean_name(found[0]), cyr=cyr):
            out.append(clean_name(found[0]))
    m = _TITLE_SUFFIX.search(title)
    if m:
        found = _name_at(title, m.start("name"))
        if found and found[1] == m.end("name") and accept(clean_name(found[0]), cyr=cyr):
            out.append(clean_name(found[0]))
    return out


def is_outlet_line(s: str) -> bool:
    """A line that is only the outlet's name ("Українська правда", "Kyiv News")."""
    if len(s) > 40 or nwords(s) > 4 or ends_sentence(s):
        return False
    if s in _KNOWN:
        return True
    tokens = s.split()
    return len(tokens) > 1 and tokens[-1] in _SUFFIXES and all(t[0].isupper() for t in tokens)


def dateline_source(body: str) -> str | None:
    """The agency in a dateline opening the body ("MOSCOW, November 18. /TASS/.")."""
    m = _DATELINE.match(body[:120])
    if m and accept(m.group("name"), cyr=False):
        return m.group("name")
    return None
