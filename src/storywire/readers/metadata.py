"""Split a plain news text into its body and what the text says about itself.

Every reader hands its article text to :func:`parse_text`. The body is made of whole original lines
(plus the tail of a ``date`` header line that runs into the first sentence), joined as they were,
so offsets computed on it point at the author's own characters. Header, title, captions, bylines,
timestamps and page furniture move out of the body into fields and ``meta``; attributions ("пише
Reuters", "X со ссылкой на Y") become ``cited``/``source``.

The language knowledge (prefixes, verbs, month names) lives in :mod:`storywire.lang`; this module
only compiles it. All text is matched against every language at once, because the language is
not known yet when a reader runs. Regexes are anchored or linear and the line classifiers skip
long lines, so hostile input (huge lines, NUL bytes) stays fast.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from storywire import lang
from storywire.lang import xx

__all__ = ["ParsedText", "parse_text"]

CAPTION_MAX = 400  # longest line that can still be a caption (long captions carry a credit)
SHORT_MAX = 200  # longest line that can be a byline, timestamp or page furniture
TITLE_MAX = 250  # longest first line taken as a title
TOP_LINES = 12  # lines from the top searched for outlet lines, titles and their duplicates
SOURCE_WINDOW = 1200  # body characters in which the outlet names itself ("пише УНН")
NAME_TOKENS = 5  # longest outlet name in words ("The Wall Street Journal")


@dataclass(slots=True)
class ParsedText:
    """What :func:`parse_text` found; ``body`` is verbatim lines, everything else is metadata."""

    title: str | None
    body: str
    published: dt.date | None
    lang_hint: list[str]
    authors: list[str]
    cited: list[str]
    source: str | None
    meta: dict[str, Any]


# ---------------------------------------------------------------------------- compiled lexicon


def _alt(items: Iterable[str], *, spaces: bool = False) -> str:
    """A regex alternation of literal phrases, longest first so "по данным X" beats "по"."""
    parts = sorted({re.escape(i) for i in items}, key=len, reverse=True)
    if spaces:
        parts = [p.replace(r"\ ", r"[ \u00a0]+") for p in parts]
    return "|".join(parts)


def _no_groups(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_MONTHS: dict[str, int] = lang.merged_map("MONTHS")
_KNOWN: frozenset[str] = frozenset(lang.merged("OUTLETS"))
_KNOWN_BY_FIRST: dict[str, list[str]] = {}
for _name in sorted(_KNOWN, key=len, reverse=True):
    _KNOWN_BY_FIRST.setdefault(_name.split()[0], []).append(_name)
_SUFFIXES = frozenset(xx.OUTLET_SUFFIXES)
_MEDIA_NOUNS = tuple(d.casefold() for d in lang.merged("OUTLET_DESCRIPTORS"))
_DESCRIPTORS = _MEDIA_NOUNS + tuple(d.casefold() for d in lang.merged("MEDIA_CONTEXT"))
_NOT_MEDIA = tuple(d.casefold() for d in lang.merged("NOT_MEDIA"))
_ARTICLES = frozenset(lang.merged("ARTICLES"))
_CREDITS = frozenset(xx.PHOTO_CREDITS)
_SWITCH = frozenset(xx.LANG_SWITCH)
_SOCIAL = frozenset(xx.SOCIAL)

_HEADER = re.compile(r"[ \t\ufeff\u00a0]*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])")
_CODE = re.compile(r"[ \t]+([A-Za-z]{2})(?=[ \t\r]|$)")

_CAPTIONS = lang.merged("CAPTION_PREFIXES")
_CAPTION_START = re.compile(rf"(?:{_alt(_CAPTIONS, spaces=True)})\s*[:/]", re.I)
_CAPTION_UPPER = re.compile(rf"(?:{_alt(c.upper() for c in _CAPTIONS)})\s")
_CAPTION_BEFORE_COLON = re.compile(  # checked on the 30 characters before each ":"
    rf"(?:^|[\s(/|,.])(?:{_alt([*_CAPTIONS, *(c.upper() for c in _CAPTIONS)], spaces=True)})\s*$"
)
_CAPTION_PHRASE = re.compile(_alt(lang.merged("CAPTION_PHRASES")))
_CREDIT_TAIL = re.compile(
    rf"(?:[.)]\s*[—–-]\s*(?:{_alt(_CREDITS)})"  # "... 2025. — Reuters"
    rf"|\b(?:{_alt(c.upper() for c in _CREDITS)})/[A-Z]\w+(?: [A-Z][\w-]+){{0,3}}"  # REUTERS/Tom
    rf"|\((?:{_alt(_CREDITS)})\s*/[^()\n]{{1,60}}\))\s*\)?\s*$"  # (picture alliance/Name)
)
_CREDIT_ONLY = re.compile(
    rf"\(?[\w .&'’-]{{0,40}}\b(?:{_alt(xx.CREDIT_WORDS)})\s*\)?|\((?:{_alt(_CREDITS)})\)"
)

_BYLINE_COLON = re.compile(rf"(?:{_alt(lang.merged('BYLINE_PREFIXES'), spaces=True)})\s*:\s*(.*)",
                           re.I)
_BYLINE_BY = re.compile(rf"(?:{_alt(lang.merged('BYLINE_BY'), spaces=True)})\s+(\S.*)")
_ROLE = re.compile(rf"(?:{_alt(lang.merged('ROLE_WORDS'))})(?!\w)[^!?\n]{{0,60}}")
_JOINERS = re.compile(rf"\s*[,;]\s*|\s+(?:{_alt(lang.merged('AUTHOR_JOINERS'))})\s+")
_AUTHOR_CUT = re.compile(r"\s+\d|\s*[|•(]|\s[-–—]\s|,\s*(?=\d)")

_LABEL = re.compile(
    rf"(?:{_alt(lang.merged('DATE_LABELS'), spaces=True)})(?![^\W\d_])\s*:?\s*", re.I
)
_STAMP = re.compile(
    r"(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<wd>\d{1,2})\.?\s+(?:de\s+)?(?P<wm>[^\W\d_]{3,12})\.?,?(?:\s+de)?\s+(?P<wy>\d{4})"
    r"|(?P<vm>[^\W\d_]{3,12})\.?\s+(?P<vd>\d{1,2}),?\s+(?P<vy>\d{4})"
    r"|(?P<dd>\d{1,2})\.?\s+(?P<dm>[^\W\d_]{3,12})"
    r"|(?P<t>\d{1,2}:\d{2}(?::\d{2})?)"
)
_STAMP_FILLER = re.compile(  # what may remain of a timestamp line once dates/times are gone
    rf"[\s,./|()\-–—]*(?:(?:{_alt(lang.merged('TIME_WORDS'), spaces=True)})"
    r"(?![^\W\d_])[\s,./|()\-–—]*)*",
    re.I,
)

_BOILER_ALL = lang.merged("BOILERPLATE")
_BOILER = re.compile("|".join(f"(?:{_no_groups(p)})" for p in _BOILER_ALL), re.I)
_BOILER_GROUPS = tuple(re.compile(p, re.I) for p in _BOILER_ALL if "(?P<" in p)
_PLACE_OUTLET = re.compile(r"[^\W\d_][\w'’-]+\s*[•·]\s*(?P<source>[^\W_][^•·]{0,40})")
_PUNCT_ONLY = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
_DOMAIN = re.compile(r"\w\.[^\W\d_]{2,4}(?![\w.-])")  # "Day.Az", "LIGA.net", "Цензор.НЕТ"
_WORDISH = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


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
_AS_OPENER = re.compile(rf"(?:^|[.!?…]\s+|\n)\s*(?:{_alt(lang.merged('AS_WORDS'))})\s+$", re.I)
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
_TITLE_STAMP = re.compile(r"\s+(?:\d{1,6}\s+)?(\d{1,2}\.\d{1,2}\.\d{4})(?:,?\s+\d{1,2}:\d{2})?\s*$")
_TITLE_COUNT = re.compile(r"(?<=[a-zа-яёіїєґ])\d{1,5}$")
_SPLIT_OUTLET = re.compile(r"\s+[-|–—]\s+")
_CYR = re.compile(r"[\u0400-\u04ff]")
_END_PUNCT = frozenset(".!…:;,")
_CLOSERS = "\"'»”“’)]"


# ---------------------------------------------------------------------------- small helpers


def _is_upper_start(s: str) -> bool:
    return bool(s) and (s[0].isupper() or s[0].isdigit() or s[0] in "«\"„“'‘")


def _nwords(s: str) -> int:
    return len(_WORDISH.findall(s))


def _ends_sentence(s: str) -> bool:
    s = s.rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in _END_PUNCT


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _is_latin(s: str) -> bool:
    return all(ord(c) < 0x250 for c in s if c.isalpha())


def _mostly_cyrillic(s: str) -> bool:
    """Cyrillic context: there a Latin name after a verb is almost always a medium."""
    return _CYR.search(s) is not None


def _dedupe(items: Iterable[str], drop: str | None = None) -> list[str]:
    """Items in first-seen order; a name inside a longer one ("CBS" / "CBS News") counts once,
    in its longer form, and ``drop`` (the outlet itself) is left out."""
    def covers(a: str, b: str) -> bool:
        return f" {b.casefold()} " in f" {a.casefold()} "

    out: list[str] = []
    for item in items:
        if drop and (covers(drop, item) or covers(item, drop)):
            continue
        k = next((k for k, old in enumerate(out) if covers(old, item) or covers(item, old)), None)
        if k is None:
            out.append(item)
        elif len(item) > len(out[k]):
            out[k] = item
    return out


def _stamp_value(m: re.Match[str]) -> tuple[bool, dt.date | None]:
    """Whether a ``_STAMP`` match is a real date/time part, and the date it names if complete."""
    g = m.groupdict()
    try:
        if g["nd"]:
            return True, dt.date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        if g["iy"]:
            return True, dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["wm"]:
            month = _MONTHS.get(g["wm"].casefold())
            return month is not None, month and dt.date(int(g["wy"]), month, int(g["wd"]))
        if g["vm"]:
            month = _MONTHS.get(g["vm"].casefold())
            return month is not None, month and dt.date(int(g["vy"]), month, int(g["vd"]))
        if g["dm"]:
            return g["dm"].casefold() in _MONTHS, None
    except ValueError:
        return False, None
    return True, None  # a time of day


def _find_date(s: str) -> dt.date | None:
    """The first complete calendar date written in a (short) metadata line."""
    for m in _STAMP.finditer(s):
        ok, date = _stamp_value(m)
        if ok and date and 1990 <= date.year <= 2100:
            return date
    return None


def _is_timestamp(s: str) -> bool:
    """A line that is only a publication date/time, optionally labelled ("Дата публікації: ...")."""
    if len(s) > 80 or not _DIGIT.search(s):
        return False
    found = False

    def drop(m: re.Match[str]) -> str:
        nonlocal found
        ok, _ = _stamp_value(m)
        found = found or ok
        return "" if ok else m.group()

    rest = _STAMP.sub(drop, s)
    return found and _STAMP_FILLER.fullmatch(rest) is not None


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
        if inner and "\n" not in inner and _is_upper_start(inner):
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


def _clean_name(name: str) -> str:
    name = name.strip(" \u00a0.,;:-–—'\"«»„“”")
    return re.sub(r"-канал\w*$", "", name)


def _accept(name: str, *, cyr: bool, desc: bool = False, other: bool = False) -> bool:
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
class _Mention:
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
        name = _clean_name(" ".join(words))
        if name and _accept(name, cyr=cyr):
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


def _mentions(text: str) -> list[_Mention]:
    """Every attribution in ``text``: trigger phrases with the name after them, "X reported"."""
    out: list[_Mention] = []
    taken = 0  # end of the last name: "Радіо Свобода" must not yield "Свобода" again
    for start, stop, kind in _triggers(text):
        if start < taken:
            continue
        if kind == "after":
            cyr = "\u0400" <= text[start] <= "\u04ff"
            if found_before := _name_before(text, start - 1, cyr):
                name, pos = found_before
                out.append(_Mention("verb", pos, pos, start - 1, name, True, True))
            continue
        noun = kind == "noun"
        cyr = "\u0400" <= text[start] <= "\u04ff"
        found = _name_after(text, stop, noun=noun)
        name, ok, nstart, end = None, False, stop, stop
        if found:
            raw, nstart, end, desc, other = found
            name = _clean_name(raw)
            ok = _accept(name, cyr=cyr, desc=desc, other=other)
        named = ok
        if kind == "citing" and not named and cyr:  # "з посиланням на заяву НАБУ"
            clause = _CLAUSE.match(text, stop)
            limit = clause.end() if clause else stop
            named = any(c.group().casefold() not in xx.NOT_OUTLETS
                        for c in _CAPITALISED.finditer(text, stop, limit))
        if noun and not ok:
            continue
        taken = end if ok else taken
        out.append(_Mention("verb" if noun else kind, start, nstart, end, name, ok, named))
    out.sort(key=lambda x: x.name_start)
    return out


def _same_sentence(text: str, a: int, b: int) -> bool:
    return _SENTENCE_BREAK.search(text, a, b) is None


def _self_named(text: str, mentions: list[_Mention]) -> tuple[int, str] | None:
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


def _title_attributions(title: str) -> list[str]:
    """"Axios: ..." headline prefixes and ", - Reuters" headline suffixes."""
    cyr = _mostly_cyrillic(title)
    out = []
    m = _TITLE_PREFIX.match(title)
    if m:
        found = _name_at(title, 0)
        if found and found[1] == m.end("name") and _accept(_clean_name(found[0]), cyr=cyr):
            out.append(_clean_name(found[0]))
    m = _TITLE_SUFFIX.search(title)
    if m:
        found = _name_at(title, m.start("name"))
        if found and found[1] == m.end("name") and _accept(_clean_name(found[0]), cyr=cyr):
            out.append(_clean_name(found[0]))
    return out


# ---------------------------------------------------------------------------- line classes


def _split_authors(s: str) -> list[str]:
    cut = _AUTHOR_CUT.search(s)
    s = s[:cut.start()] if cut else s
    out = []
    for part in _JOINERS.split(s):
        part = part.strip(" .")
        if (part and part[0].isupper() and len(part.split()) <= 5
                and part.casefold() not in _MONTHS and not any(c.isdigit() for c in part)):
            out.append(part)
    return out


def _byline(s: str) -> list[str] | None:
    """Author names if ``s`` is a byline line ("Автор: ...", "By A and B"), else None."""
    if len(s) > 150:
        return None
    m = _BYLINE_COLON.fullmatch(s)
    if m:
        return _split_authors(m.group(1))
    m = _BYLINE_BY.match(s)
    if m:
        names = _split_authors(m.group(1))
        if names and len(names[0].split()) >= 2 and all(w[0].isupper() for w in names[0].split()):
            return names
    return None


def _is_caption(s: str) -> bool:
    """A caption or credit: "Фото: ...", "(Photo: X)", "© X", "REUTERS/Name", "(Getty Images)"."""
    if len(s) > CAPTION_MAX:
        return False
    if _CAPTION_START.match(s) or _CAPTION_UPPER.match(s):
        return True
    if "©" in s or _CAPTION_PHRASE.search(s) or _CREDIT_TAIL.search(s[-90:]):
        return True
    i = s.find(":")
    while i > 0:
        if _CAPTION_BEFORE_COLON.search(s, max(0, i - 30), i):
            return True
        i = s.find(":", i + 1)
    return len(s) <= 80 and bool(_CREDIT_ONLY.fullmatch(s) or (
        "/" in s and ". " not in s and any(p.strip() in _CREDITS for p in s.split("/"))))


def _is_menu(s: str) -> bool:
    if "|" not in s and len(s) > 60:
        return False
    tokens = [t.casefold() for t in re.split(r"[\s|]+", s) if t]
    if len(tokens) >= 2 and all(t in _SWITCH for t in tokens):
        return True  # language switcher "Укр Рус"
    parts = [p.strip() for p in s.split("|") if p.strip()]
    if s.count("|") >= 2 and all(len(p.split()) <= 3 for p in parts):
        return True
    return bool(parts) and sum(t in _SOCIAL for t in tokens) >= 3


def _classify(s: str) -> tuple[str, dict[str, str]] | None:
    """The metadata kind of a stripped, non-empty line, plus what it yields; None for body text."""
    if len(s) > SHORT_MAX:
        return ("caption", {}) if _is_caption(s) else None
    if _PUNCT_ONLY.fullmatch(s):
        return "boilerplate", {}
    if _is_caption(s):
        return "caption", {}
    authors = _byline(s)
    if authors is not None:
        return "byline", {"authors": "\n".join(authors)}
    bare = s.lstrip("-–—•·|* ")
    label = _LABEL.match(bare)
    if label and label.end() == len(bare):
        return "boilerplate", {}
    if _is_timestamp(bare[label.end():] if label else bare):
        return "timestamp", {}
    if _BOILER.fullmatch(s):
        for pat in _BOILER_GROUPS:
            m = pat.fullmatch(s)
            if m:
                return "boilerplate", {k: v for k, v in m.groupdict().items() if v}
        return "boilerplate", {}
    m = _PLACE_OUTLET.fullmatch(s)
    if m and _accept(_clean_name(m.group("source")), cyr=False):
        return "boilerplate", {"source": _clean_name(m.group("source"))}
    if _is_menu(s):
        return "boilerplate", {}
    if len(s) <= 80 and _ROLE.fullmatch(s) and not s.endswith("."):
        return "role", {}
    return None


def _title_like(s: str) -> bool:
    """A headline: short, capitalised, 3+ words, no closing sentence punctuation."""
    if len(s) > TITLE_MAX or not _is_upper_start(s) or s[0] in "-–—•·":
        return False
    if _nwords(s) < 3 or s.isupper():
        return False
    return not _ends_sentence(s) or bool(_title_attributions(s))


def _is_kicker(s: str) -> bool:
    """A rubric above the headline ("Ukraine", "Зимняя Олимпиада — 2026")."""
    return len(s) <= 30 and _nwords(s) <= 3 and not _ends_sentence(s) and _is_upper_start(s)


def _is_outlet_line(s: str) -> bool:
    if len(s) > 40 or _nwords(s) > 4 or _ends_sentence(s):
        return False
    if s in _KNOWN:
        return True
    tokens = s.split()
    return len(tokens) > 1 and tokens[-1] in _SUFFIXES and all(t[0].isupper() for t in tokens)


def _clean_title(title: str) -> tuple[str, dt.date | None]:
    """Drop counters and timestamps glued to a headline ("... 36 28.11.2025, 18:29")."""
    date = None
    m = _TITLE_STAMP.search(title)
    if m:
        date = _find_date(m.group(1))
        title = title[:m.start()]
    return _TITLE_COUNT.sub("", title).rstrip(), date


# ---------------------------------------------------------------------------- header


def _header(line: str) -> tuple[str, list[str], int] | None:
    """(iso date, language codes, where the tail starts) for a ``date YYYY-MM-DD`` header line.

    Codes: two-letter tokens that are ISO 639-1 codes (or ``ua``), all lower- or all upper-case,
    taken only when the run ends the line, or when it is two or more upper-case codes. So
    "RU", "ua en ru", "UK RU В Axios" are codes, but "US officials", "IT company", "El Comité",
    "es un" and "EN route" are text.
    """
    m = _HEADER.match(line)
    if not m:
        return None
    pos, run, codes = m.end(), m.end(), []
    while (c := _CODE.match(line, run)) and (c.group(1).islower() or c.group(1).isupper()):
        code = c.group(1).lower()
        if code not in xx.ISO_639_1 and code not in xx.CODE_ALIASES:
            break
        codes.append(xx.CODE_ALIASES.get(code, code))
        run = c.end()
    if codes and (not line[run:].strip() or (len(codes) >= 2 and line[m.end():run].isupper())):
        pos = run
    else:
        codes = []
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return m.group(1), list(dict.fromkeys(codes)), pos


# ---------------------------------------------------------------------------- the parser


def parse_text(raw: str, *, title_hint: str | None = None) -> ParsedText:
    """Split ``raw`` into body lines and metadata; ``title_hint`` (from JSON/HTML) wins as title.

    The body is the original lines minus header, title, caption, byline and furniture lines; no
    character inside a kept line changes. Runs of blank lines left by removed lines collapse.
    """
    lines = raw.split("\n")
    kinds: list[str | None] = [None] * len(lines)
    meta: dict[str, Any] = {"header": None, "captions": [], "bylines": [], "boilerplate": []}
    authors: list[str] = []
    dates: list[tuple[int, dt.date]] = []
    sources: list[tuple[int, str]] = []  # (rank, name): the lowest rank names the outlet
    published: dt.date | None = None
    lang_hint: list[str] = []

    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and (head := _header(lines[first])):
        iso, lang_hint, tail = head
        meta["header"] = lines[first][:tail].strip()
        try:
            published = dt.date.fromisoformat(iso)
        except ValueError:
            meta["header_date_invalid"] = iso
        lines[first] = lines[first][tail:]
        if not lines[first].strip():
            kinds[first] = "header"

    for i, line in enumerate(lines):
        s = line.strip()
        if kinds[i] or not s or not (found := _classify(s)):
            continue
        kinds[i], extra = found
        authors += extra.get("authors", "").split("\n") if kinds[i] == "byline" else []
        wants_date = kinds[i] in ("byline", "timestamp") or "date" in extra
        if wants_date and (date := _find_date(extra.get("date", s))):
            dates.append((i, date))
        if "source" in extra:
            sources.append((2, extra["source"]))
    authors += _mark_roles(lines, kinds)

    top = range(min(len(lines), TOP_LINES * 4))
    content = [i for i in top if lines[i].strip() and not kinds[i]]
    title, title_idx = _find_title(lines, kinds, content, title_hint, meta, sources)
    if title_hint and title_hint.strip():
        title = title_hint.strip()
    elif title and title_idx is not None:
        title, date = _clean_title(title)
        if title != lines[title_idx].strip():
            meta["title_raw"] = lines[title_idx].strip()
        if date:
            dates.append((title_idx, date))
    if title:
        for i in top:
            if kinds[i] is None and _norm(lines[i]) == _norm(title):
                kinds[i] = "duplicate"
    if published is None and dates:
        published = min(dates)[1]

    for i, kind in enumerate(kinds):
        if kind in ("caption", "byline"):
            meta[kind + "s"].append(lines[i].strip())
        elif kind in ("boilerplate", "timestamp", "duplicate", "role"):
            meta["boilerplate"].append(lines[i].strip())

    body = _join_body(lines, kinds)
    mentions = _mentions(body)
    cited = _title_attributions(title) if title and len(title) <= 2 * TITLE_MAX else []
    cited += [m.name for m in mentions if m.ok and m.name]
    if own := _self_named(body, mentions):
        sources.append((4, own[1]))
    dateline = _DATELINE.match(body[:120])
    if dateline and _accept(dateline.group("name"), cyr=False):
        meta["dateline"] = dateline.group("name")
        sources.append((3, dateline.group("name")))
    source = min(sources, key=lambda s: s[0])[1] if sources else None
    return ParsedText(
        title=title or None,
        body=body,
        published=published,
        lang_hint=lang_hint,
        authors=_dedupe(a for a in authors if a),
        cited=_dedupe(cited, drop=source),
        source=source,
        meta=meta,
    )


def _mark_roles(lines: list[str], kinds: list[str | None]) -> list[str]:
    """A role line ("Редактор новостей LIGA.net") makes the name line above it a byline."""
    names = []
    for i, kind in enumerate(kinds):
        if kind != "role":
            continue
        j = i - 1
        while j > 0 and not lines[j].strip():
            j -= 1
        above = lines[j].strip() if j >= 0 else ""
        words = above.split()
        if (j >= 0 and kinds[j] is None and 2 <= len(words) <= 3 and len(above) <= 40
                and all(w[0].isupper() and w.isalpha() for w in words)):
            kinds[j] = "byline"
            names.append(above)
    return names


def _find_title(lines: list[str], kinds: list[str | None], content: list[int],
                hint: str | None, meta: dict[str, Any],
                sources: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The headline among the first content lines; outlet and kicker lines above it are marked.

    A title is a short, capitalised first line without closing punctuation that has more text
    after it; a first line that is a normal paragraph means the text has no title.
    """
    if len(content) > 1 and _is_outlet_line(lines[content[0]].strip()):
        kinds[content[0]] = "boilerplate"
        meta["outlet_line"] = lines[content[0]].strip()
        sources.append((1, meta["outlet_line"]))
        content = content[1:]
    if not content:
        return None, None
    cand, first = content[0], lines[content[0]].strip()
    if hint and hint.strip():
        h, f = _norm(hint), _norm(first)
        if f == h or (len(f) > 20 and h.startswith(f + " ")):
            kinds[cand] = "title"
            return first, cand
        return None, None
    if len(content) < 2:
        return None, None
    nxt, second = content[1], lines[content[1]].strip()
    below = next((k for k in range(cand + 1, nxt) if lines[k].strip()), nxt)
    shift = len(content) > 2 and _title_like(second)
    rubric = kinds[below] == "timestamp" and _title_like(first)  # rubric, time, headline
    if _is_kicker(first) and not shift:
        return None, None
    if shift and (_is_kicker(first) or rubric):
        kinds[cand] = "boilerplate"
        meta["kicker"] = first
        cand, first = nxt, second
    for k in content[1:6]:  # "Outlet - Headline" or junk glued to a headline repeated below
        later = lines[k].strip()
        if later != first and len(later) > 15 and first.endswith(later) and _title_like(later):
            prefix = first[:-len(later)]
            meta["title_prefix"] = prefix
            parts = _SPLIT_OUTLET.split(prefix.strip() + " ")
            if len(parts) == 2 and not parts[1] and _nwords(parts[0]) <= 4:
                sources.append((1, parts[0].strip()))
            first = later
            break
    if not _title_like(first):
        return None, None
    kinds[cand] = "title"
    return first, cand


def _join_body(lines: list[str], kinds: list[str | None]) -> str:
    """Kept lines joined by their original newlines; a blank run after a removed line collapses."""
    out: list[str] = []
    removed = False
    prev_blank = True
    for line, kind in zip(lines, kinds, strict=True):
        if kind:
            removed = True
        elif not line.strip():
            if not (removed and prev_blank):
                out.append(line)
            prev_blank = True
        else:
            out.append(line)
            prev_blank = removed = False
    return "\n".join(out).strip()
