"""Each language's date vocabulary compiled into a few regular expressions, once per language.

Scanning must stay well under a millisecond per article, so every pattern starts with a literal
word or a digit (the regex engine then skips straight to candidate positions) and the words
before a match are read afterwards by short patterns anchored at it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from storywire.nlp._datedata import LEXICONS, YEAR_WORDS_ANY
from storywire.nlp._datelexicon import DateLexicon, expand

_APOSTROPHES = "'’ʼ`"
_APOS_RE = "[" + _APOSTROPHES + "]"
_YEAR = r"(?:19|20)\d\d"


def _variants(word: str, case_sensitive: bool) -> list[str]:
    if not case_sensitive or not word:
        return [word]
    return list(dict.fromkeys([word, word[0].upper() + word[1:], word[0].lower() + word[1:]]))


def _alt(words: Iterable[str], case_sensitive: bool = False, suffix: str = "") -> str:
    """A regex alternation of words/phrases, longest first; spaces match any whitespace.

    ``suffix`` (a regex) is appended to every branch rather than after the group, so that each
    branch starts with a literal and the regex engine can skip ahead to candidate positions.
    """
    items: set[str] = set()
    for word in words:
        items.update(_variants(word, case_sensitive))
    items.discard("")
    if not items:
        return "(?!x)x"
    parts = []
    for item in sorted(items, key=lambda w: (-len(w), w)):
        words = (
            "".join(_APOS_RE if ch in _APOSTROPHES else re.escape(ch) for ch in word)
            for word in item.split()
        )
        parts.append(r"\s+".join(words) + suffix)
    return "(?:" + "|".join(parts) + ")"


def norm(phrase: str) -> str:
    """A phrase as the lookup tables key it: lower case, single spaces, one apostrophe."""
    out = " ".join(phrase.split()).lower()
    for apostrophe in _APOSTROPHES[1:]:
        out = out.replace(apostrophe, "'")
    return out


_E = r"(?![\w])"  # a word ends here
_SEP = r"(?:\s+|(?<=-))"  # between a cue and its word ("in September", "mid-September")


@dataclass(frozen=True, slots=True)
class Patterns:
    """One language's compiled patterns and the lookup tables their matches are read with.

    Every pattern starts with a literal word or a digit, so the regex engine skips straight to
    candidate positions; the words before a match (the cue in "у вересні", "last" in "last
    Sunday") are read afterwards by ``*_back`` patterns anchored at the match. Case-insensitive
    languages are matched on lower-cased text, because ``re.IGNORECASE`` disables that skip.
    """

    lex: DateLexicon
    day_month: re.Pattern[str]
    month_day: re.Pattern[str] | None
    month: re.Pattern[str]
    month_back: re.Pattern[str]
    weekday: re.Pattern[str]
    weekday_back: re.Pattern[str]
    night: re.Pattern[str] | None
    phrase: re.Pattern[str]
    ago: re.Pattern[str] | None
    ago_hint: re.Pattern[str] | None
    year: re.Pattern[str]
    year_back: re.Pattern[str]
    future: re.Pattern[str] | None
    relative: re.Pattern[str] | None
    future_cues: frozenset[str]
    months: dict[str, int]
    abbr: dict[str, int]
    weekdays: dict[str, int]
    phrases: dict[str, tuple[str, int | str]]
    mods: dict[str, str]
    numbers: dict[str, int]


def _words(words: tuple[str, ...], cs: bool) -> re.Pattern[str] | None:
    """Whole words, or word starts where one ends with ``*`` ("планує*"); None for none."""
    if not words:
        return None
    alts = "|".join(_alt([w.rstrip("*")], cs) + (r"\w*" if w.endswith("*") else "")
                    for w in words)
    return re.compile(rf"(?<![\w'’ʼ`])(?:{alts})(?![\w])")


def patterns_of(lang: str | None) -> Patterns | None:
    """:func:`patterns_for` a language code as callers hold it (``sr-Latn``, ``EN``, None)."""
    return patterns_for((lang or "").lower().replace("_", "-").split("-")[0])


def _back(cues: str, mods: str, sep: str = r"\s+") -> re.Pattern[str]:
    """Optional cue and modifier words ending exactly where a match starts (use with endpos)."""
    start = r"(?<![\w'’ʼ`])"
    return re.compile(rf"(?:{start}(?P<cue>{cues}){sep})?(?:{start}(?P<mod>{mods})\s+)?\Z")


@cache
def patterns_for(lang: str) -> Patterns | None:
    """Compile ``lang``'s patterns once (``None`` for a language without a lexicon)."""
    lex = LEXICONS.get(lang)
    if lex is None:
        return None
    cs = lex.case_sensitive
    months = {norm(k): v for k, v in lex.months.items()}
    abbr = {norm(k): v for k, v in lex.month_abbr.items()}
    weekdays = {norm(k): v for k, v in lex.weekdays.items()}
    # one flat alternation of names and abbreviations (with their optional dot)
    any_month = _alt(lex.months, cs)
    if lex.month_abbr:
        any_month = f"(?:{any_month[3:-1]}|{_alt(lex.month_abbr, cs, r'[.]?')[3:-1]})"
    year_words = _alt((*lex.year_words, *YEAR_WORDS_ANY), cs)
    joiners = _alt(lex.joiners, cs)
    ordinal_dot = r"|\.(?=\s|$)" if lex.year_dot else ""
    year_tail = (
        rf"(?:,?\s+(?:{joiners}\s+|del\s+)?(?P<y>{_YEAR})(?![\d])"
        rf"(?:\.?\s*{year_words}(?!\w){ordinal_dot})?)?"
    )
    posts = _alt((*lex.post_last, *lex.post_next), cs)
    day_month = re.compile(
        rf"(?P<d>\d\d?)(?:st|nd|rd|th|er)?\.?(?:\s*[–—-]\s*(?P<d2>\d\d?)\.?)?\s+"
        rf"(?:{joiners}\s+)?(?P<m>{any_month}){_E}(?:\s+(?P<post>{posts}){_E})?{year_tail}"
    )
    month_day = None
    if lex.month_first:
        month_day = re.compile(
            rf"(?P<m>{any_month})\s+(?P<d>\d\d?)(?:st|nd|rd|th)?"
            rf"(?![\d:%]|[-.,]\d|-\w)(?:,?\s+(?P<y>{_YEAR})(?!\d))?"
        )
    mods = _alt((*lex.mod_last, *lex.mod_this, *lex.mod_next), cs)
    month = re.compile(rf"(?P<m>{any_month}){_E}(?:\s+(?P<post>{posts}){_E})?{year_tail}")
    wd_alt = _alt(lex.weekdays, cs)
    suffix = f"(?:{_alt(lex.weekday_suffixes)})?" if lex.weekday_suffixes else ""
    weekday = re.compile(
        rf"(?P<w>{wd_alt}){suffix}{_E}(?:\s+(?P<post>{posts}){_E})?"
        rf"(?:,?\s+(?P<tw>{_alt(lex.this_week, cs)}){_E})?"
    )
    night = None
    if lex.night_from:
        night = re.compile(
            rf"{_alt(lex.night_from, cs)}\s+(?:{wd_alt})\s+{_alt(lex.night_to, cs)}\s+"
            rf"(?P<w>{wd_alt}){_E}"
        )
    phrases: dict[str, tuple[str, int | str]] = {}
    for kind, mapping in (("week", lex.weeks_rel), ("weekend", lex.weekends_rel),
                          ("month", lex.months_rel), ("year", lex.years_rel),
                          ("day", lex.days)):  # fmt: skip
        for key, value in mapping.items():
            phrases.setdefault(norm(key), (kind, value))
    for key in lex.not_dates:
        phrases.setdefault(norm(key), ("none", 0))
    written = (*lex.weeks_rel, *lex.weekends_rel, *lex.months_rel, *lex.years_rel, *lex.days,
               *lex.not_dates)
    phrase = re.compile(rf"{_alt(written, cs)}{_E}")
    ago = ago_hint = None
    if lex.ago:
        num = rf"(?:\d\d?|{_alt(lex.numbers, cs)})"
        alts = []
        for template in sorted({t for spec in lex.ago for t in expand(spec)}, key=len)[::-1]:
            before, _, after = (part.strip() for part in template.partition("#"))
            left = _alt([before], cs) + r"\s+" if before else ""
            right = r"\s+" + _alt([after], cs) if after else ""
            alts.append(f"{left}(?P<n{len(alts)}>{num}){right}")
        ago = re.compile(rf"(?:{'|'.join(alts)}){_E}")
        # the number-first templates cannot be skipped to, so look for their words first
        hints = {w for spec in lex.ago for t in expand(spec) for w in t.split() if w != "#"}
        ago_hint = re.compile(_alt(hints, cs))
    year = re.compile(
        rf"(?P<y>{_YEAR})(?:\s*[–—-]\s*(?P<y2>{_YEAR}))?(?![\d])"
        rf"(?:\.?\s*(?P<yw>{year_words})(?!\w))?(?!\s*%|[.,]\d|\d)"
    )
    future = _words(lex.future_words, cs)
    mod_kind = {norm(m): "last" for m in (*lex.mod_last, *lex.post_last)}
    mod_kind.update({norm(m): "this" for m in lex.mod_this})
    mod_kind.update({norm(m): "next" for m in (*lex.mod_next, *lex.post_next)})
    return Patterns(
        lex=lex,
        day_month=day_month,
        month_day=month_day,
        month=month,
        month_back=_back(_alt(lex.month_cues, cs), mods, _SEP),
        weekday=weekday,
        weekday_back=_back(_alt(lex.weekday_cues, cs), mods),
        night=night,
        phrase=phrase,
        ago=ago,
        ago_hint=ago_hint,
        year=year,
        year_back=_back(_alt(lex.year_cues, cs), "(?!x)x"),
        future=future,
        relative=_words(lex.relative_pronouns, cs),
        future_cues=frozenset(norm(c) for c in lex.future_cues),
        months=months,
        abbr=abbr,
        weekdays=weekdays,
        phrases=phrases,
        mods=mod_kind,
        numbers={norm(k): v for k, v in lex.numbers.items()},
    )
