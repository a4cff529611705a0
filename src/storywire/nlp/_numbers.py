"""Reading numbers for :mod:`.figures`: the token scanner and the number phrases in it.

A number is digits ("1 000", "1,5", "1.000" by the language's decimal mark), number words
("fifty-two", "двадцять п'ять"), either with a scale word ("1,5 млн", "2 тисячі"), or a vague
amount ("сотні", "tens of thousands"); a range is read as its lower end, and a qualifier written
before or after it ("щонайменше", "более", "or more") goes with it. Numbers that are not counts
are recognised here too: those inside dates, times, phone numbers and addresses, ordinals,
labels, list numbering and parts of names. The per-language tables come from ``_figuredata``,
compiled once per language into a :class:`Lex`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from storywire.nlp import _figuredata as D
from storywire.nlp.dates import find_dates

#: dates that fall outside this range of years are not resolved here either
_YEAR_LOW, _YEAR_HIGH = 1800, 2100
#: reference for finding (not resolving) yearless dates, so that "21 июня" is never a figure
_ANY_DAY = dt.date(2000, 6, 15)
TIME_UNITS = frozenset({"years", "months", "days", "weeks", "hours", "minutes", "percent"})
_APOS = "'’ʼ`"
_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?![.,]\d)|\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:[" + _APOS + r"][^\W\d_]+)*(?:[-‑][^\W\d_]+)*)"
    r"|(?P<sym>[%$€£₴₽№#+])"
)
_TIME = re.compile(r"\d{1,2}[:]\d{2}(?::\d{2})?")
_PHONE = re.compile(r"\+?\d{1,3}?[\s-]?\(?\d{2,4}\)[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}"
                    r"|\+\d[\d\s()-]{8,}\d|\d{3}-\d{2}-\d{2}")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_ORDINAL_EN = re.compile(r"(?:st|nd|rd|th)(?![\w])")
_LIST_ITEM = re.compile(r"\s*[.)]\s")
_TIME_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|uhr|h|год|ч)(?![\w])", re.IGNORECASE)


# --- tokens and word tables -----------------------------------------------------------------


def norm(word: str) -> str:
    """Lower case with ё as е, one apostrophe and one hyphen: the form every table uses."""
    out = word.lower().replace("ё", "е")
    for ch in _APOS[1:]:
        out = out.replace(ch, "'")
    return out.replace("‑", "-")


@dataclass(slots=True)
class Tok:
    """A number, word or symbol of the text, with its offsets and normalised form."""

    start: int
    end: int
    kind: str  # "num" | "word" | "sym"
    text: str
    low: str


def tokens(text: str) -> list[Tok]:
    """The numbers, words and symbols of ``text`` in order (punctuation and spaces skipped)."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "sym"
        out.append(Tok(m.start(), m.end(), kind, m.group(), norm(m.group())))
    return out


class _Words:
    """A compiled word table: exact forms, ``stem*`` prefixes and ``a_b`` multi-word phrases."""

    def __init__(self, table: dict[str, str]) -> None:
        self.exact: dict[str, str] = {}
        self.prefix: dict[str, str] = {}
        self.phrases: dict[str, list[tuple[list[str], str]]] = {}
        for spec, meaning in table.items():
            spec = norm(spec)
            if "_" in spec:
                parts = spec.split("_")
                self.phrases.setdefault(parts[0].rstrip("*")[:3], []).append((parts, meaning))
                continue
            for form in _forms(spec):
                if form.endswith("*"):
                    self.prefix.setdefault(form[:-1], meaning)
                else:
                    self.exact.setdefault(form, meaning)
        for items in self.phrases.values():
            items.sort(key=lambda item: -len(item[0]))

    def word(self, low: str) -> str | None:
        """The meaning of one lower-cased word, if the table has it."""
        hit = self.exact.get(low)
        if hit is not None:
            return hit
        for k in range(len(low), max(1, len(low) - D.PREFIX_EXTRA - 1), -1):
            hit = self.prefix.get(low[:k])
            if hit is not None:
                return hit
        return None

    def at(self, toks: list[Tok], i: int, stop: int) -> tuple[str, int] | None:
        """(meaning, index after the match) for the longest entry starting at ``toks[i]``."""
        low = toks[i].low
        for parts, meaning in self.phrases.get(low[:3], ()):
            j = i
            for part in parts:
                if j >= stop or toks[j].kind != "word" or not _spec_match(part, toks[j].low):
                    break
                j += 1
            else:
                return meaning, j
        hit = self.word(low)
        return (hit, i + 1) if hit is not None else None


def _forms(spec: str) -> list[str]:
    stem, colon, endings = spec.partition(":")
    if not colon:
        return [spec]
    return [stem + e.strip() for e in endings.split(",")]


def _spec_match(spec: str, low: str) -> bool:
    if spec.endswith("*"):
        stem = spec[:-1]
        return low.startswith(stem) and len(low) - len(stem) <= D.PREFIX_EXTRA
    return low in _forms(spec)


def _phrase_regex(phrases: Iterable[str], tail: str = "") -> re.Pattern[str] | None:
    items = sorted({norm(p) for p in phrases if p}, key=len, reverse=True)
    if not items:
        return None
    # a trailing "*" ends a stem: "можлив*" is any word that starts so
    alts = "|".join(r"\s+".join(re.escape(w).replace(r"\*", r"\w*") for w in p.split())
                    for p in items)
    return re.compile(rf"(?<![\w'])(?P<p>{alts})(?![\w']){tail}")


@dataclass(frozen=True, slots=True)
class Lex:
    """A :class:`~storywire.nlp._figuredata.FigureLexicon` compiled for scanning."""

    raw: D.FigureLexicon
    nouns: _Words
    adjectives: _Words
    verbs: _Words
    qualifier_before: re.Pattern[str] | None
    post_qualifier: re.Pattern[str] | None
    hedges: re.Pattern[str] | None
    prospects: re.Pattern[str] | None
    cues: re.Pattern[str] | None
    speech: re.Pattern[str] | None
    citing: re.Pattern[str] | None
    vague: dict[tuple[str, ...], tuple[float, str]]
    skip_before: _Words


@cache
def lexicon(lang: str) -> Lex:
    """The compiled lexicon of ``lang`` (the neutral one for languages without a table)."""
    raw = D.LEXICONS.get(lang, D.NEUTRAL)
    quals = _phrase_regex(raw.qualifiers, r"\s*\Z")
    return Lex(
        raw=raw,
        nouns=_Words(raw.nouns),
        adjectives=_Words(raw.adjectives),
        verbs=_Words(raw.verbs),
        qualifier_before=quals,
        post_qualifier=_phrase_regex(raw.post_qualifiers),
        hedges=_phrase_regex(raw.hedges),
        prospects=_phrase_regex(raw.prospects),
        cues=_phrase_regex(raw.source_cues),
        speech=_phrase_regex(raw.speech_verbs),
        citing=_phrase_regex((*raw.citing, *("що", "что", "че", "that", "dass", "że", "que"))),
        vague={tuple(norm(k).split()): v for k, v in raw.vague.items()},
        skip_before=_Words({w: "label" for w in raw.skip_before}),
    )


def adjacent(text: str, a: int, b: int) -> bool:
    """Only spaces (no punctuation, no line break) between two tokens."""
    gap = text[a:b]
    return len(gap) <= 3 and (gap == "" or gap.isspace()) and "\n" not in gap


# --- numbers --------------------------------------------------------------------------------


def _digits(raw: str, lex: D.FigureLexicon) -> float | None:
    """'1 000' -> 1000, '1,000' (en) -> 1000, '1,5' -> 1.5, '1.000' (de) -> 1000."""
    s = re.sub(r"[ \u00a0\u202f]", "", raw)
    if s.startswith("0") and len(s) > 1 and s[1].isdigit():
        return None  # "044", "05": codes, not counts
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    groups = re.split(r"[.,]", s)
    if len(set(seps)) == 2:
        dec = seps[-1]
        whole = s[: s.rfind(dec)].replace(",", "").replace(".", "")
        return float(whole + "." + s[s.rfind(dec) + 1 :])
    sep = seps[0]
    thousands = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    if len(seps) > 1:
        return float("".join(groups)) if thousands else None
    if thousands and ((sep == "," and not lex.decimal_comma) or (sep == "." and lex.decimal_comma)):
        return float("".join(groups))
    return float(groups[0] + "." + groups[1])


@dataclass(slots=True)
class Number:
    """A number phrase: its value and the tokens it covers."""

    value: float
    first: int  # token indices [first, last)
    last: int
    qualifier: str | None = None
    is_year_like: bool = False


def _scale_at(toks: list[Tok], j: int, text: str, lex: D.FigureLexicon) -> float | None:
    if j >= len(toks) or toks[j].kind != "word":
        return None
    low = toks[j].low
    if toks[j].end < len(text) and text[toks[j].end] == ".":
        hit = lex.scales.get(low + ".")
        if hit:
            return hit
    return lex.scales.get(low)


def number_at(toks: list[Tok], i: int, text: str, lx: Lex) -> Number | None:
    """The number phrase starting at ``toks[i]`` (digits or words, with scale words)."""
    lex = lx.raw
    tok = toks[i]
    if tok.kind == "num":
        value = _digits(tok.text, lex)
        if value is None:
            return None
        j = i + 1
        year_like = bool(re.fullmatch(r"\d{4}", tok.text)) and _YEAR_LOW <= value <= _YEAR_HIGH
        scale = _scale_at(toks, j, text, lex)
        if scale and _gap(text, toks[j - 1].end, toks[j].start) in ("", " ", "\u00a0"):
            value *= scale
            j += 1
            year_like = False
        return Number(value, i, j, is_year_like=year_like)
    if tok.kind != "word":
        return None
    for words, (value, qualifier) in lx.vague.items():
        n = len(words)
        if tuple(t.low for t in toks[i : i + n]) == words:
            j = i + n
            if lex.of_words and j < len(toks) and toks[j].low in lex.of_words:
                scale = _scale_at(toks, j + 1, text, lex)  # "tens of thousands of"
            else:
                scale = _scale_at(toks, j, text, lex)
                if scale:
                    j += 1
            return Number(value * (scale or 1), i, j, qualifier)
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(toks) and toks[j].kind == "word":
        low = toks[j].low
        parts = low.split("-") if "-" in low and low not in lex.numbers else [low]
        values = [lex.numbers.get(p) for p in parts]
        if all(v is not None for v in values):
            for v in values:
                assert v is not None
                if v == 100 and 0 < current < 10:
                    current *= 100
                else:
                    current += v
            seen, j = True, j + 1
            continue
        scale = _scale_at(toks, j, text, lex) if (seen or low in ("a",)) else None
        if scale:
            total += (current or 1) * scale
            current, j, seen = 0.0, j + 1, True
            continue
        if seen and low in lex.joiners and j + 1 < len(toks) and toks[j + 1].low in lex.numbers:
            j += 1
            continue
        break
    value = total + current
    if not seen or value < 2 or (j == i + 1 and toks[i].low in ("a", "one")):
        return None
    return Number(value, i, j)


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b]


def number_range(
    text: str, toks: list[Tok], num: Number, end: int, stop: int, lx: Lex
) -> tuple[float, str | None, int, int]:
    """(value, qualifier, end, token index after) of the number at ``num`` that ends at
    ``end``, read as the lower end of a range when one follows ("10-15 людей", "від 26 до 28",
    "10 to 15": at least 10)."""
    value, j = num.value, num.last
    qualifier = num.qualifier
    rng = re.match(r"\s*[-–—]\s*|\s+(?:до|to|bis|do|à|a)\s+", text[end : end + 6])
    if rng and j < stop and toks[j].kind == "num" and toks[j].start == end + rng.end():
        second = number_at(toks, j, text, lx)
        if second is not None and second.value > value:
            if num.last == num.first + 1 and second.last > second.first + 1:
                value *= second.value / _digits(toks[j].text, lx.raw)  # "2-3 тисячі"
            qualifier, end, j = D.AT_LEAST, toks[second.last - 1].end, second.last
    return value, qualifier, end, j


def qualifier_around(
    text: str, start: int, end: int, lo: int, qualifier: str | None, lx: Lex
) -> tuple[str | None, int]:
    """(qualifier, start) of the number at ``start:end``: an explicit qualifier written
    before it (no further back than ``lo``; the figure then starts there) or after it
    overrides ``qualifier``."""
    if lx.qualifier_before:
        window = norm(text[max(lo, start - 40) : start])
        m = lx.qualifier_before.search(window)
        if m:
            qualifier = lx.raw.qualifiers.get(_phrase_key(m.group("p"), lx.raw.qualifiers),
                                              qualifier)
            start -= len(window) - m.start("p")
    if lx.post_qualifier:
        m = lx.post_qualifier.match(norm(text[end : end + 24]).lstrip())
        if m and norm(text[end : end + 24]).startswith((" ", "\u00a0")):
            qualifier = lx.raw.post_qualifiers.get(
                _phrase_key(m.group("p"), lx.raw.post_qualifiers), qualifier)
    return qualifier, start


def _phrase_key(found: str, table: dict[str, str]) -> str:
    flat = " ".join(found.split())
    for key in table:
        if norm(key) == flat:
            return key
    return flat


# --- exclusions -----------------------------------------------------------------------------


def blocked_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Dates, times, phone numbers and addresses: no number inside them is a figure."""
    spans: list[tuple[int, int]] = []
    for mention in find_dates(text, lang, _ANY_DAY):
        spans.append((mention.start, mention.end))
    for regex in (_TIME, _PHONE, _URL):
        spans += [m.span() for m in regex.finditer(text)]
    return sorted(spans)


def inside(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Does ``a:b`` overlap one of the sorted ``spans`` (``starts`` are their starts)?"""
    k = bisect_right(starts, a) - 1
    return any(spans[x][0] <= a < spans[x][1] or a <= spans[x][0] < b
               for x in range(max(0, k), min(len(spans), k + 2)))


def not_a_count(text: str, toks: list[Tok], num: Number, lx: Lex) -> bool:
    """Is the number at ``num`` a label, ordinal, name part, list item or year?"""
    first, last = toks[num.first], toks[num.last - 1]
    s, e = first.start, last.end
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if first.kind == "num":
        if before.isalpha() or before in "№#/\\" or (
            before in "-‑" and s >= 2 and text[s - 2].isalnum()
        ):
            return True  # "Су-35", "COVID-19", "G7", "№5"
        if text[s - 2 : s] in (", ", ". ") and s >= 3 and text[s - 3].isdigit():
            pass
        if after.isalpha() and num.last == num.first + 1:
            word = toks[num.last].low if num.last < len(toks) else ""
            if not (lx.nouns.word(word) or word in ("k", "m", "bn")):
                return True  # "5G", "10th", "3D"
        if after in "-‑" and e + 1 < len(text) and text[e + 1].isalpha():
            m = re.match(r"[^\W\d_]+", text[e + 1 :])
            if m is None or len(m.group()) <= 3 or not compound_noun(norm(m.group()), lx):
                return True  # "21-й", "90-х", "71-годишният"; "28-point" stays
        if _ORDINAL_EN.match(text, e) or _TIME_AFTER.match(text, e):
            return True
        if after == "." and lx.raw.ordinal_dot and re.match(r"\.\s+[^\W\d_]", text[e:]) and (
            text[e + 2 : e + 3].islower() or text[e + 1 : e + 3].strip()[:1].islower()
        ):
            return True  # "der 3. Versuch"
        line_start = text.rfind("\n", 0, s) + 1
        if not text[line_start:s].strip() and _LIST_ITEM.match(text, e):
            return True  # "1. ...", "2) ..."
        if before == ":" or (after == ":" and text[e + 1 : e + 2].isdigit()):
            return True
    k = num.first - 1
    if k >= 0 and toks[k].kind == "word" and (
        lx.skip_before.word(toks[k].low) or lx.skip_before.word(toks[k].low + ".")
    ) and adjacent(text, toks[k].end + (text[toks[k].end : toks[k].end + 1] == "."), s):
        return True
    return k >= 0 and toks[k].kind == "sym" and toks[k].text in "№#"


def compound_noun(word: str, lx: Lex) -> str | None:
    """What the noun part of "28-point", "20-пунктного" counts (never a time unit: "35-year-old"
    and "71-годишният" are ages, "four-year war" a duration)."""
    for k in range(len(word), 3, -1):
        hit = lx.nouns.exact.get(word[:k]) or lx.nouns.prefix.get(word[:k])
        if hit:
            return None if hit in TIME_UNITS - {"percent"} else hit
    return None
