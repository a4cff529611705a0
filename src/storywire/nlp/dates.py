"""Dates in news text, resolved to absolute dates with honest granularity.

Events of one storyline share every name, so the day a happening took place is one of the few
signals that tells them apart; the timeline needs every dated happening on an absolute date.

Why not ``dateparser``: it misses month names after a preposition or in the locative ("у
вересні", "в сентябре", "през септември"), its ``search_dates`` fires on bare numbers, and it
costs tens of milliseconds per article. Here each language's vocabulary is a data table
(:mod:`storywire.nlp._datedata`) compiled into a few regular expressions per language, which
scan a 1,500-character article in well under a millisecond. Every inflected form is listed, so
no lemmatiser is needed either.

Granularity is never finer than the text says: "21 июня" is a day, "у вересні" a month, "в 2022
году" a year, and ``relative`` says whether the reference date was needed. Resolution against
the reference (publication) date:

* a day and month without a year ("21 июня") takes the reference year if that puts it on or
  before the reference date or up to :data:`SAME_YEAR_AHEAD_DAYS` after it (news omit the year
  of this year's dates, also of announced ones: "the prize is awarded on 10 December"), the
  next year only up to :data:`FUTURE_DAYS` ahead ("5 января" written on 20 December), else the
  year before; "le 23 novembre dernier" is never after the reference date;
* a month without a year ("у вересні") likewise: the reference year up to two months ahead
  ("в декабре" written in October), the next January only in December, else the year before;
  "last September" / "в прошлом ноябре" is the latest one before the reference month;
* a weekday ("on Sunday", "в воскресенье") is the latest such day on or before the reference
  date (news say "on Monday" on a Monday for that day); "last Sunday" is strictly before,
  "next Sunday" strictly after, "this Sunday" / "este domingo" the nearest one within three
  days either way, "Thursday this week" lies in the reference date's Monday-Sunday week, and a
  deadline ("by Friday", "до пятницы") or a future-tense word in the same clause ("состоится
  во вторник", "will meet on Friday") makes it the coming one (today included);
* "вчера"/"yesterday"/"gestern" and "N days ago" count back from the reference date; idioms
  such as "найбільше на сьогодні" ("the largest to date") are not dates;
* "last month" / "минулого місяця" is the previous month, "earlier this month" / "на початку
  цього місяця" the reference month, "this year" the reference year (all relative);
* weeks and weekends ("last week", "тази седмица", "минулими вихідними") are neither a day nor a
  month, so :func:`find_dates` leaves them out and :func:`find_periods` reports them as a
  first..last day range (a weekend is Saturday..Sunday: "last weekend" is the latest one that
  ended before the reference day); :func:`happening_date` uses them only as a weak hint.

Numeric dates (2025-11-28, 28.11.2025, 28/11/2025, and 11/28/2025 in English) are read in
every language; bare numbers never are: a year needs a cue ("в 2022 году", "in 2022", "през
2022 г."), so "2020 people", "Су-30", "28-point plan", "19:58" and phone numbers stay out.

Without a reference date the relative expressions cannot be resolved and are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from storywire.nlp._datedata import LEXICONS, YEAR_WORDS_ANY, DateLexicon, expand

__all__ = [
    "FUTURE_DAYS",
    "SAME_YEAR_AHEAD_DAYS",
    "SAME_YEAR_AHEAD_MONTHS",
    "DateMention",
    "PeriodMention",
    "find_dates",
    "find_periods",
    "happening_date",
    "is_timestamp",
]

#: a yearless day or month may lie this far after the reference date within its year (news
#: omit the year of this year's dates: "the prize will be awarded on 10 December")...
SAME_YEAR_AHEAD_DAYS = 92
SAME_YEAR_AHEAD_MONTHS = 2
#: ...but only this far across New Year ("5 января" written on 20 December)
FUTURE_DAYS = 31
#: :func:`happening_date` reads the title and this many characters of the text (then up to the
#: end of that sentence): the lead says when the main news happened, the rest is background
LEAD_CHARS = 400
#: day dates further back than this from the publication date are background, not the news
LEAD_PAST_DAYS = 10
#: announced days at most this far ahead can be the news ("meets Putin on Thursday")
LEAD_FUTURE_DAYS = 7
#: a day this far before publication named in the body (not the lead) is still the news
BODY_PAST_DAYS = 1

_APOSTROPHES = "'’ʼ`"
_APOS_RE = "[" + _APOSTROPHES + "]"
_YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in text: offsets are 0-based and end-exclusive, so ``text[start:end] == text``."""

    start: int
    end: int
    text: str
    value: str  # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'
    granularity: str  # 'day' | 'month' | 'year'
    relative: bool  # resolved against the reference date

    @property
    def date(self) -> dt.date:
        """The first day the mention covers."""
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A week or weekend ("last week", "минулими вихідними"), first..last day inclusive."""

    start: int
    end: int
    text: str
    kind: str  # 'week' | 'weekend'
    first: dt.date
    last: dt.date
    relative: bool = True


# --- pattern building -------------------------------------------------------------------------


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


def _norm(phrase: str) -> str:
    out = " ".join(phrase.split()).lower()
    for apostrophe in _APOSTROPHES[1:]:
        out = out.replace(apostrophe, "'")
    return out


_WORD_BEFORE = re.compile(r"[\w'’ʼ`]")  # a match right after one of these starts mid-word
_NUM_BEFORE = re.compile(r"[\w.,:/+\-]")  # a number right after one of these is not a date
_E = r"(?![\w])"  # a word ends here
_SEP = r"(?:\s+|(?<=-))"  # between a cue and its word ("in September", "mid-September")

#: ISO (2025-11-28), dotted day.month.year (28.11.2025, 5. 12. 2025) and slashed dates; read
#: by :func:`_numeric`. It starts with a digit so the engine skips straight to digits.
_NUMERIC_DATE = re.compile(
    r"\d\d{0,3}(?P<sep>[./-])\s?\d\d?(?P=sep)\s?\d\d(?:\d\d)?(?![\d]|[.,]\d)"
)
_NUMERIC_PARTS = re.compile(r"[./-]\s?")


@dataclass(frozen=True, slots=True)
class _Patterns:
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
    future_cues: frozenset[str]
    months: dict[str, int]
    abbr: dict[str, int]
    weekdays: dict[str, int]
    phrases: dict[str, tuple[str, int | str]]
    mods: dict[str, str]
    numbers: dict[str, int]


def _back(cues: str, mods: str, sep: str = r"\s+") -> re.Pattern[str]:
    """Optional cue and modifier words ending exactly where a match starts (use with endpos)."""
    start = r"(?<![\w'’ʼ`])"
    return re.compile(rf"(?:{start}(?P<cue>{cues}){sep})?(?:{start}(?P<mod>{mods})\s+)?\Z")


@cache
def _patterns(lang: str) -> _Patterns | None:
    """Compile ``lang``'s patterns once (``None`` for a language without a lexicon)."""
    lex = LEXICONS.get(lang)
    if lex is None:
        return None
    cs = lex.case_sensitive
    months = {_norm(k): v for k, v in lex.months.items()}
    abbr = {_norm(k): v for k, v in lex.month_abbr.items()}
    weekdays = {_norm(k): v for k, v in lex.weekdays.items()}
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
            phrases.setdefault(_norm(key), (kind, value))
    for key in lex.not_dates:
        phrases.setdefault(_norm(key), ("none", 0))
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
    future = None
    if lex.future_words:
        words = "|".join(
            _alt([w.rstrip("*")], cs) + (r"\w*" if w.endswith("*") else "")
            for w in lex.future_words
        )
        future = re.compile(rf"(?<![\w'’ʼ`])(?:{words})(?![\w])")
    mod_kind = {_norm(m): "last" for m in (*lex.mod_last, *lex.post_last)}
    mod_kind.update({_norm(m): "this" for m in lex.mod_this})
    mod_kind.update({_norm(m): "next" for m in (*lex.mod_next, *lex.post_next)})
    return _Patterns(
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
        future_cues=frozenset(_norm(c) for c in lex.future_cues),
        months=months,
        abbr=abbr,
        weekdays=weekdays,
        phrases=phrases,
        mods=mod_kind,
        numbers={_norm(k): v for k, v in lex.numbers.items()},
    )


# --- resolution -------------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _yearless_day(month: int, day: int, ref: dt.date, kind: str | None = None) -> dt.date | None:
    """The date of "21 June" seen on ``ref`` (see the module docstring)."""
    years = (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)  # 29 February may need -2
    cands = [d for y in years if (d := _safe_date(y, month, day))]
    if kind == "last":
        return max((d for d in cands if d <= ref), default=None)
    if kind == "next":
        return min((d for d in cands if d > ref), default=None)
    for d in cands:
        if d.year > ref.year and d <= ref + dt.timedelta(days=FUTURE_DAYS):
            return d
    for d in cands:
        if d.year == ref.year and d <= ref + dt.timedelta(days=SAME_YEAR_AHEAD_DAYS):
            return d
    return max((d for d in cands if d <= ref), default=None)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _yearless_month(month: int, ref: dt.date, kind: str | None) -> tuple[int, int]:
    """(year, month) of "in September" seen on ``ref`` (see the module docstring)."""
    if kind == "this":
        return ref.year, month
    if kind == "next":
        return (ref.year, month) if month > ref.month else (ref.year + 1, month)
    if kind == "last":
        return (ref.year, month) if month < ref.month else (ref.year - 1, month)
    if ref.month == 12 and month == 1:
        return ref.year + 1, 1
    return (ref.year, month) if month - ref.month <= SAME_YEAR_AHEAD_MONTHS else (ref.year - 1,
                                                                                 month)


def _weekday(target: int, ref: dt.date, mod: str | None, this_week: bool) -> dt.date:
    """The date of "on <weekday>" seen on ``ref`` (see the module docstring)."""
    back = (ref.weekday() - target) % 7
    if this_week:
        return ref - dt.timedelta(days=ref.weekday() - target)
    if mod == "ahead":
        return ref + dt.timedelta(days=(target - ref.weekday()) % 7)
    if mod == "last":
        return ref - dt.timedelta(days=back or 7)
    if mod == "next":
        return ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
    if mod == "this" and back > 3:
        return ref + dt.timedelta(days=7 - back)
    return ref - dt.timedelta(days=back)


def _weekend(which: str, ref: dt.date) -> tuple[dt.date, dt.date]:
    """(Saturday, Sunday) of the weekend ``which`` ('last', 'recent', 'this', 'next')."""
    wd = ref.weekday()
    current = ref - dt.timedelta(days=wd - 5)  # this week's Saturday
    previous = current - dt.timedelta(days=7)
    if which == "last":
        sat = previous
    elif which == "recent":
        sat = current if wd >= 5 else previous
    elif which == "this":
        sat = current if wd >= 2 else previous
    else:
        sat = current if wd < 5 else current + dt.timedelta(days=7)
    return sat, sat + dt.timedelta(days=1)


def _mention(text: str, start: int, end: int, value: dt.date | tuple[int, int] | int,
             relative: bool) -> DateMention:
    if isinstance(value, dt.date):
        return DateMention(start, end, text[start:end], value.isoformat(), "day", relative)
    if isinstance(value, tuple):
        return DateMention(start, end, text[start:end], f"{value[0]:04d}-{value[1]:02d}",
                           "month", relative)
    return DateMention(start, end, text[start:end], f"{value:04d}", "year", relative)


# --- scanning ---------------------------------------------------------------------------------

_Found = tuple[int, int, int, DateMention | PeriodMention]  # (priority, start, end, mention)
#: pattern priorities: of two overlapping mentions the lower priority wins, then the longer
_NUMERIC, _DAY, _PHRASE, _NIGHT, _WEEKDAY, _MONTH, _YEARS = range(7)
_GLUE = re.compile(r"[\s,(–—-]{0,4}")
_BACK_CHARS = 48  # how far back cue and modifier words are looked for


def _found(priority: int, text: str, start: int, end: int,
           value: dt.date | tuple[int, int] | int, relative: bool) -> _Found:
    return priority, start, end, _mention(text, start, end, value, relative)


def _starts_word(text: str, start: int, before: re.Pattern[str] = _WORD_BEFORE) -> bool:
    return start == 0 or not before.match(text, start - 1)


def _matches(
    regex: re.Pattern[str], text: str, before: re.Pattern[str] = _WORD_BEFORE
) -> Iterator[re.Match[str]]:
    """``regex.finditer`` restricted to matches starting a word (a number, with ``_NUM_BEFORE``).

    A match starting mid-word is dropped and the search resumes one character later, so it
    cannot hide a real match it overlaps ("подновени днес" must still yield "днес").
    """
    pos = 0
    while (match := regex.search(text, pos)) is not None:
        if _starts_word(text, match.start(), before):
            yield match
            pos = max(match.end(), match.start() + 1)
        else:
            pos = match.start() + 1


def _numeric(text: str, slash_mdy: bool) -> list[_Found]:
    """ISO, dotted (day.month.year) and slashed dates; US month/day order when ``slash_mdy``."""
    out: list[_Found] = []
    for match in _matches(_NUMERIC_DATE, text, _NUM_BEFORE):
        first, second, third = _NUMERIC_PARTS.split(match.group())
        sep = match["sep"]
        if sep == "-" and len(first) == 4 and len(second) == len(third) == 2:
            d = _safe_date(int(first), int(second), int(third))
        elif len(first) > 2 or len(third) != 4 or third[:2] not in ("19", "20"):
            continue
        elif sep == ".":
            d = _safe_date(int(third), int(second), int(first))
        elif sep == "/":
            a, b = int(first), int(second)
            month, day = (a, b) if (slash_mdy and a <= 12) or b > 12 else (b, a)
            d = _safe_date(int(third), month, day)
        else:
            continue
        if d:
            out.append(_found(_NUMERIC, text, *match.span(), d, False))
    return out


def _lowered(text: str) -> str:
    """``text`` in lower case with every offset kept (a few letters change length in lower())."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _scan(text: str, lang: str, ref: dt.date | None) -> list[DateMention | PeriodMention]:
    """Every date and period mention, overlaps resolved, in text order."""
    pat = _patterns((lang or "").lower().replace("_", "-").split("-")[0])
    found: list[_Found] = _numeric(text, pat.lex.slash_mdy if pat else False)
    if pat is not None:
        found += _language(text, text if pat.lex.case_sensitive else _lowered(text), pat, ref)
    found.sort(key=lambda f: (f[0], f[1] - f[2], f[1]))
    taken: list[tuple[int, int]] = []
    kept: list[tuple[int, DateMention | PeriodMention]] = []
    for priority, start, end, mention in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        kept.append((priority, mention))
    kept.sort(key=lambda pm: pm[1].start)
    out: list[DateMention | PeriodMention] = []
    for i, (priority, mention) in enumerate(kept):
        # "в четверг, 4 декабря": the explicit date covers the weekday, which is dropped
        nxt_priority, nxt = kept[i + 1] if i + 1 < len(kept) else (None, None)
        if (
            priority == _WEEKDAY
            and nxt_priority in (_NUMERIC, _DAY)
            and isinstance(nxt, DateMention)
            and _GLUE.fullmatch(text, mention.end, nxt.start)
        ):
            continue
        out.append(mention)
    return out


def _context(back: re.Pattern[str], low: str, start: int) -> tuple[int, str | None, str | None]:
    """(new start, cue, modifier) for the words right before ``start``."""
    match = back.search(low, max(0, start - _BACK_CHARS), start)
    if match is None or match.start() == start:
        return start, None, None
    return match.start(), match["cue"], match["mod"]


def _language(text: str, low: str, pat: _Patterns, ref: dt.date | None) -> list[_Found]:
    """Mentions found with ``pat``'s vocabulary; ``low`` is ``text`` as the patterns expect it."""
    out: list[_Found] = []
    out += _day_months(text, low, pat, ref)
    if ref is not None:
        out += _phrases(text, low, pat, ref)
        out += _weekdays(text, low, pat, ref)
    out += _months(text, low, pat, ref)
    out += _years(text, low, pat)
    return out


def _day_months(text: str, low: str, pat: _Patterns, ref: dt.date | None) -> list[_Found]:
    """'21 июня', '23 листопада 2025 року', '4–5 февраля', 'November 28, 2025'."""
    out: list[_Found] = []
    for regex in (pat.day_month, pat.month_day):
        if regex is None:
            continue
        before = _NUM_BEFORE if regex is pat.day_month else _WORD_BEFORE
        for match in _matches(regex, low, before):
            word = _norm(match["m"]).rstrip(".")
            month = pat.months.get(word) or pat.abbr.get(word)
            if not month:
                continue
            if "d2" in regex.groupindex and match["d2"]:
                days = [(int(match["d"]), match.start(), match.end("d")),
                        (int(match["d2"]), match.start("d2"), match.end())]
            else:
                days = [(int(match["d"]), match.start(), match.end())]
            for day, start, end in days:
                if match["y"]:
                    d, relative = _safe_date(int(match["y"]), month, day), False
                elif ref is not None:
                    kind = pat.mods.get(_norm(match.groupdict().get("post") or ""))
                    d, relative = _yearless_day(month, day, ref, kind), True
                else:
                    continue
                if d:
                    out.append(_found(_DAY, text, start, end, d, relative))
    return out


def _phrases(text: str, low: str, pat: _Patterns, ref: dt.date) -> list[_Found]:
    """Yesterday, last month, this year, last week, last weekend, three days ago."""
    out: list[_Found] = []
    for match in _matches(pat.phrase, low):
        start, end = match.span()
        kind, value = pat.phrases[_norm(match.group())]
        if kind == "none":
            continue
        if kind == "day":
            out.append(_found(_PHRASE, text, start, end, ref + dt.timedelta(days=int(value)),
                              True))
        elif kind == "month":
            month = _shift_month(ref.year, ref.month, int(value))
            out.append(_found(_PHRASE, text, start, end, month, True))
        elif kind == "year":
            out.append(_found(_PHRASE, text, start, end, ref.year + int(value), True))
        else:
            if kind == "week":
                first = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=int(value))
                last = first + dt.timedelta(days=6)
            else:
                first, last = _weekend(str(value), ref)
            period = PeriodMention(start, end, text[start:end], kind, first, last)
            out.append((_PHRASE, start, end, period))
    if pat.ago is not None and pat.ago_hint is not None and pat.ago_hint.search(low):
        for match in _matches(pat.ago, low):
            raw = next(v for k, v in match.groupdict().items() if v and k.startswith("n"))
            n = int(raw) if raw.isdigit() else pat.numbers.get(_norm(raw), 0)
            if 0 < n <= 31:
                out.append(_found(_PHRASE, text, *match.span(), ref - dt.timedelta(days=n),
                                  True))
    return out


def _weekdays(text: str, low: str, pat: _Patterns, ref: dt.date) -> list[_Found]:
    """'on Sunday', 'в минулу п'ятницю', 'w nocy z wtorku na środę', 'Thursday this week'."""
    out: list[_Found] = []
    if pat.night is not None:
        for match in _matches(pat.night, low):
            d = _weekday(pat.weekdays[_norm(match["w"])], ref, None, False)
            out.append(_found(_NIGHT, text, *match.span(), d, True))
    for match in _matches(pat.weekday, low):
        word = _norm(match["w"])
        start, cue, mod = _context(pat.weekday_back, low, match.start())
        if pat.lex.weekday_needs_cue and not (cue or mod):
            continue
        kind = pat.mods.get(_norm(mod or match["post"] or ""))
        if kind is None and (
            (cue and _norm(cue) in pat.future_cues) or _future_near(pat, low, start, match.end())
        ):
            kind = "ahead"
        d = _weekday(pat.weekdays[word], ref, kind, bool(match["tw"]))
        # "в четверг на этой неделе" outranks the week phrase inside it
        priority = _DAY if match["tw"] else _WEEKDAY
        out.append(_found(priority, text, start, match.end(), d, True))
    return out


_CLAUSE_END = re.compile(r"[.,!?;:\n«»\"“”„–—]")
#: how far before and after a weekday future-tense words are looked for (within its clause)
_FUTURE_BEFORE, _FUTURE_AFTER = 60, 24


def _future_near(pat: _Patterns, low: str, start: int, end: int) -> bool:
    """Is there a future-tense word near ``low[start:end]``, in the same clause?"""
    if pat.future is None:
        return False
    left = low[max(0, start - _FUTURE_BEFORE) : start]
    right = low[end : end + _FUTURE_AFTER]
    left = _CLAUSE_END.split(left)[-1]
    right = _CLAUSE_END.split(right)[0]
    return bool(pat.future.search(left) or pat.future.search(right))


def _months(text: str, low: str, pat: _Patterns, ref: dt.date | None) -> list[_Found]:
    """'у вересні', 'in September 2025', 'last September', 'a finales de septiembre'."""
    out: list[_Found] = []
    for match in _matches(pat.month, low):
        word = _norm(match["m"]).rstrip(".")
        month = pat.months.get(word)
        if month is None and not (match["y"] and (month := pat.abbr.get(word))):
            continue
        start, cue, mod = _context(pat.month_back, low, match.start())
        if match["y"]:
            out.append(_found(_MONTH, text, start, match.end(), (int(match["y"]), month), False))
        elif ref is not None and (cue or mod or match["post"]):
            kind = pat.mods.get(_norm(mod or match["post"] or ""))
            value = _yearless_month(month, ref, kind)
            out.append(_found(_MONTH, text, start, match.end(), value, True))
    return out


def _years(text: str, low: str, pat: _Patterns) -> list[_Found]:
    """'в 2022 году', 'през 2022 г.', 'in 2022', '2021–2025 гг.': never a bare number."""
    out: list[_Found] = []
    for match in _matches(pat.year, low, _NUM_BEFORE):
        start, cue, _ = _context(pat.year_back, low, match.start())
        if not (cue or match["yw"]):
            continue
        y1 = int(match["y"])
        if match["y2"] and y1 <= int(match["y2"]):
            out.append(_found(_YEARS, text, start, match.end("y"), y1, False))
            out.append(_found(_YEARS, text, match.start("y2"), match.end(), int(match["y2"]),
                              False))
        elif not match["y2"]:
            out.append(_found(_YEARS, text, start, match.end(), y1, False))
    return out


# --- public API -------------------------------------------------------------------------------


def find_dates(text: str, lang: str, reference: dt.date | None) -> list[DateMention]:
    """Every date in ``text`` with day, month or year granularity, in text order.

    ``lang`` picks the vocabulary (ISO 639-1; numeric dates are found in any language).
    ``reference`` (usually the publication date) resolves relative and yearless mentions; without
    it they are left out. Weeks and weekends are reported by :func:`find_periods` instead.
    """
    return [m for m in _scan(text, lang, reference) if isinstance(m, DateMention)]


def find_periods(text: str, lang: str, reference: dt.date | None) -> list[PeriodMention]:
    """Weeks and weekends ("last week", "тази седмица", "минулими вихідними"), in text order."""
    return [m for m in _scan(text, lang, reference) if isinstance(m, PeriodMention)]


_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"'»”)]|$)|\n")
_QUOTES = re.compile(r"«[^»]{0,600}»|„[^“”]{0,600}[“”]|“[^”]{0,600}”|\"[^\"\n]{0,600}\"")
_TIMESTAMP_AFTER = re.compile(r"[\s,|–—-]*(?:\w{1,5}\.?\s+)?\d{1,2}[:.]\d{2}(?!\d)")
#: "MOSCOW, " / "Prague, " before a date at a line start, and what may follow the date
_DATELINE = re.compile(r"\W{0,3}(?:[A-ZА-ЯЁІЇЄҐ][\w’'.-]*[ \t]?){1,3},[ \t]*")
_DATELINE_END = re.compile(r"[ \t]*(?:[.(/—–-]|[ \t][A-ZА-ЯЁІЇЄҐ]|$)", re.MULTILINE)
_TIMESTAMP_BEFORE = re.compile(r"\d{1,2}:\d{2}(?:\s*(?:мск|MSK|UTC|GMT|CET))?[\s,|–—-]*$")


def _lead(text: str) -> str:
    """The opening of ``text``: LEAD_CHARS characters, then to the end of that sentence."""
    if len(text) <= LEAD_CHARS:
        return text
    end = _SENTENCE_END.search(text, LEAD_CHARS, LEAD_CHARS + 200)
    return text[: end.end() if end else LEAD_CHARS + 200]


def _is_timestamp(text: str, mention: DateMention) -> bool:
    """'18 февраля, 08:49', '12:55 10.11.2025', 'MOSCOW, November 18.': a publication stamp or
    a dateline, which say when the page was written, not when its news happened."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return bool(
        _TIMESTAMP_AFTER.match(text, mention.end, mention.end + 14)
        or _TIMESTAMP_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        or (
            mention.start - line_start < 40
            and _DATELINE.fullmatch(text, line_start, mention.start) is not None
            and _DATELINE_END.match(text, mention.end) is not None
        )
    )


def is_timestamp(text: str, mention: DateMention) -> bool:
    """Is ``mention`` the page's own publication stamp or dateline, not a dated happening?"""
    return _is_timestamp(text, mention)


def _publication_from_text(text: str, lang: str) -> tuple[dt.date | None, str]:
    """A full date in the opening (a dateline or stamp) stands in for a missing publication date."""
    opening = text[:LEAD_CHARS]
    days = [m for m in find_dates(opening, lang, None) if m.granularity == "day"]
    stamps = [m for m in days if _is_timestamp(opening, m)]
    for mention in stamps or days:
        return mention.date, mention.text
    return None, ""


def _day_candidates(
    part: str, lang: str, reference: dt.date
) -> tuple[list[DateMention], list[PeriodMention]]:
    """Day-precise mentions of ``part`` usable as happening dates, and its week/weekend phrases.

    Publication stamps ("18 февраля, 08:49") are left out, and so are relative words inside
    quotes: "today" in a quoted statement is the speaker's day, not the article's.
    """
    quoted = [q.span() for q in _QUOTES.finditer(part)]
    days: list[DateMention] = []
    periods: list[PeriodMention] = []
    for mention in _scan(part, lang, reference):
        if mention.relative and any(s <= mention.start < e for s, e in quoted):
            continue
        if isinstance(mention, PeriodMention):
            periods.append(mention)
        elif mention.granularity == "day" and not _is_timestamp(part, mention):
            days.append(mention)
    return days, periods


def happening_date(
    text: str, lang: str, published: dt.date | None, *, title: str | None = None
) -> tuple[dt.date | None, str]:
    """Best estimate of the day the article's main news happened, and why.

    The title and lead decide: the first day-precise date there ("on Sunday", "вчера", "28
    ноября", "в четверг на этой неделе") from LEAD_PAST_DAYS before the publication date up to
    it wins; failing that an announced day up to LEAD_FUTURE_DAYS ahead. Failing those, a day
    in the body up to BODY_PAST_DAYS before publication (news is published the same day or the
    next, so "on Sunday" in Monday's article is the news; older body dates are background).
    Then a week or weekend phrase is a weak hint, else the publication date itself stands.
    Without a publication date, a full date in the opening (a dateline) stands in for it.
    Returns ``(None, reason)`` when there is no date at all.
    """
    reference, reason, suffix = published, "publication date", ""
    if reference is None:
        reference, stamp = _publication_from_text((title or "") + "\n" + text, lang)
        if reference is None:
            return None, "no date in text and no publication date"
        reason = f"date in opening {stamp!r}"
        suffix = f" (reference: {reason})"
    date, why = _happening(text, lang, reference, title, reason)
    return date, why if why.startswith(reason) else why + suffix


def _happening(
    text: str, lang: str, reference: dt.date, title: str | None, reason: str
) -> tuple[dt.date, str]:
    """:func:`happening_date` once a reference date is known."""
    lead = _lead(text)
    past: list[tuple[str, DateMention]] = []
    future: list[tuple[str, DateMention]] = []
    periods: list[tuple[str, PeriodMention]] = []
    low = reference - dt.timedelta(days=LEAD_PAST_DAYS)
    high = reference + dt.timedelta(days=LEAD_FUTURE_DAYS)
    for where, part in (("title", title or ""), ("lead", lead)):
        days, found = _day_candidates(part, lang, reference)
        periods += [(where, p) for p in found]
        past += [(where, m) for m in days if low <= m.date <= reference]
        future += [(where, m) for m in days if reference < m.date <= high]
    for where, mention in past or future:
        return mention.date, f"{where}: {mention.text!r}"
    if BODY_PAST_DAYS and len(text) > len(lead):
        body_low = reference - dt.timedelta(days=BODY_PAST_DAYS)
        days, _ = _day_candidates(text[len(lead) :], lang, reference)
        for mention in days:
            if body_low <= mention.date < reference:
                return mention.date, f"body: {mention.text!r}"
    for where, period in periods:
        if period.first <= reference <= period.last:
            return reference, f"{reason} ({where}: {period.text!r})"
        if period.last < reference:
            return period.last, f"{where}: {period.text!r} ends {period.last.isoformat()}"
    return reference, reason
