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
году" a year. Resolution against the reference (publication) date:

* a day and month without a year ("21 июня") takes the year that puts it on or before the
  reference date, unless it falls within :data:`FUTURE_DAYS` after it (announced events:
  "he takes office on 9 December");
* a month without a year ("у вересні") is the latest such month up to the reference month, or
  the next month (an announced "в декабре" written in November);
* a weekday ("on Sunday", "в воскресенье") is the latest such day on or before the reference
  date (news say "on Monday" on a Monday for that day); "last Sunday" is strictly before,
  "next Sunday" strictly after, "this Sunday" / "este domingo" the nearest one within three
  days either way, and "Thursday this week" lies in the reference date's Monday-Sunday week;
* "last month" / "минулого місяця" is the previous month, "earlier this month" / "на початку
  цього місяця" the reference month, "this year" the reference year (all relative);
* weeks and weekends ("last week", "тази седмица", "минулими вихідними") are neither a day nor a
  month, so :func:`find_dates` leaves them out and :func:`find_periods` reports them as a
  first..last day range; :func:`happening_date` uses them only as a weak hint.

Without a reference date the relative expressions cannot be resolved and are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from storywire.nlp._datedata import LEXICONS, YEAR_WORDS_ANY, DateLexicon

__all__ = [
    "FUTURE_DAYS",
    "DateMention",
    "PeriodMention",
    "find_dates",
    "find_periods",
    "happening_date",
]

#: a yearless day this many days after the reference date is read as announced, not past
FUTURE_DAYS = 31
#: :func:`happening_date` reads the title and this many characters of the text (then up to the
#: end of that sentence): the lead says when the main news happened, the rest is background
LEAD_CHARS = 400
#: day dates further back than this from the publication date are background, not the news
LEAD_PAST_DAYS = 10
#: announced days at most this far ahead can be the news ("meets Putin on Thursday")
LEAD_FUTURE_DAYS = 7

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


def _alt(words: object, case_sensitive: bool = False) -> str:
    """A regex alternation of words/phrases, longest first; spaces match any whitespace."""
    items: set[str] = set()
    for word in words:  # type: ignore[attr-defined]
        items.update(_variants(str(word), case_sensitive))
    items.discard("")
    if not items:
        return "(?!x)x"
    parts = []
    for item in sorted(items, key=lambda w: (-len(w), w)):
        words = (
            "".join(_APOS_RE if ch in _APOSTROPHES else re.escape(ch) for ch in word)
            for word in item.split()
        )
        parts.append(r"\s+".join(words))
    return "(?:" + "|".join(parts) + ")"


def _norm(phrase: str) -> str:
    out = " ".join(phrase.split()).lower()
    for apostrophe in _APOSTROPHES[1:]:
        out = out.replace(apostrophe, "'")
    return out


_B = r"(?<![\w'’ʼ])"  # a word starts here
_E = r"(?![\w])"  # a word ends here

_ISO = re.compile(r"(?<![\d./-])(?P<y>" + _YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")
_DOTTED = re.compile(
    r"(?<![\d.,/])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>" + _YEAR + r")(?![\d]|[.,]\d)"
)
_SLASHED = re.compile(r"(?<![\d./])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>" + _YEAR + r")(?!\d)")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """One language's compiled patterns and the lookup tables their matches are read with."""

    lex: DateLexicon
    day_month: re.Pattern[str]
    month_day: re.Pattern[str] | None
    month: re.Pattern[str]
    weekday: re.Pattern[str]
    night: re.Pattern[str] | None
    phrase: re.Pattern[str]
    ago: re.Pattern[str] | None
    year: re.Pattern[str]
    months: dict[str, int]
    abbr: dict[str, int]
    weekdays: dict[str, int]
    phrases: dict[str, tuple[str, int | str]]
    mods: dict[str, str]
    numbers: dict[str, int]


@cache
def _patterns(lang: str) -> _Patterns | None:
    """Compile ``lang``'s patterns once (``None`` for a language without a lexicon)."""
    lex = LEXICONS.get(lang)
    if lex is None:
        return None
    cs = lex.case_sensitive
    flags = 0 if cs else re.IGNORECASE
    months = {_norm(k): v for k, v in lex.months.items()}
    abbr = {_norm(k): v for k, v in lex.month_abbr.items()}
    weekdays = {_norm(k): v for k, v in lex.weekdays.items()}
    month_alt = _alt(lex.months, cs)
    abbr_alt = _alt(lex.month_abbr, cs)
    any_month = f"(?:{month_alt}|{abbr_alt}\\.?)"
    year_words = _alt((*lex.year_words, *YEAR_WORDS_ANY), cs)
    joiners = _alt(lex.joiners, cs)
    year_tail = (
        rf"(?:,?\s+(?:{joiners}\s+|del\s+)?(?P<y>{_YEAR})(?![\d])"
        rf"(?:\.?\s*{year_words}(?!\w)|\.(?=\s))?)?"
    )
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?\.?"
    day_month = re.compile(
        rf"(?<![\w.,:/+-]){day}(?:\s*[–—-]\s*(?P<d2>[0-3]?\d)\.?)?\s+(?:{joiners}\s+)?"
        rf"(?P<m>{any_month}){_E}{year_tail}",
        flags,
    )
    month_day = None
    if lex.month_first:
        month_day = re.compile(
            rf"{_B}(?P<m>{any_month})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?![\d:%]|[-.,]\d|-\w)(?:,?\s+(?P<y>{_YEAR})(?!\d))?",
            flags,
        )
    sep = r"(?:\s+|(?<=-))"
    cues = _alt(lex.month_cues, cs)
    mods = _alt((*lex.mod_last, *lex.mod_this, *lex.mod_next), cs)
    posts = _alt((*lex.post_last, *lex.post_next), cs)
    month = re.compile(
        rf"{_B}(?:(?P<cue>{cues}){sep})?(?:(?P<mod>{mods})\s+)?(?P<m>{month_alt}|{abbr_alt}\.?)"
        rf"{_E}(?:\s+(?P<post>{posts}){_E})?"
        rf"(?:,?\s+(?:{joiners}\s+|del\s+)?(?P<y>{_YEAR})(?![\d])"
        rf"(?:\.?\s*{year_words}(?!\w)|\.(?=\s))?)?",
        flags,
    )
    wd_alt = _alt(lex.weekdays, cs)
    suffix = _alt(lex.weekday_suffixes) if lex.weekday_suffixes else ""
    wd = rf"{wd_alt}(?:{suffix})?" if suffix else wd_alt
    weekday = re.compile(
        rf"{_B}(?:(?P<cue>{_alt(lex.weekday_cues, cs)})\s+)?(?:(?P<mod>{mods})\s+)?(?P<w>{wd})"
        rf"{_E}(?:\s+(?P<post>{posts}){_E})?(?:,?\s+(?P<tw>{_alt(lex.this_week, cs)}){_E})?",
        flags,
    )
    night = None
    if lex.night_from:
        night = re.compile(
            rf"{_B}{_alt(lex.night_from, cs)}\s+(?:{wd_alt})\s+{_alt(lex.night_to, cs)}\s+"
            rf"(?P<w>{wd_alt}){_E}",
            flags,
        )
    phrases: dict[str, tuple[str, int | str]] = {}
    for kind, mapping in (("week", lex.weeks_rel), ("weekend", lex.weekends_rel),
                          ("month", lex.months_rel), ("year", lex.years_rel),
                          ("day", lex.days)):  # fmt: skip
        for key, value in mapping.items():
            phrases.setdefault(_norm(key), (kind, value))
    phrase = re.compile(rf"{_B}{_alt(phrases, cs)}{_E}", flags)
    ago = None
    if lex.ago:
        from storywire.nlp._datedata import expand

        num = rf"(?:\d{{1,2}}|{_alt(lex.numbers, cs)})"
        templates = [t for spec in lex.ago for t in expand(spec)]
        alts = []
        for template in sorted(templates, key=len, reverse=True):
            before, _, after = template.partition("{n}")
            left = _alt([before.strip()], cs) + r"\s+" if before.strip() else ""
            right = r"\s+" + _alt([after.strip()], cs) if after.strip() else ""
            alts.append(f"{left}(?P<n{len(alts)}>{num}){right}")
        ago = re.compile(rf"{_B}(?:{'|'.join(alts)}){_E}", flags)
    year_cues = _alt(lex.year_cues, cs)
    year = re.compile(
        rf"(?<![\w.,/+-])(?:(?P<cue>{year_cues})\s+)?(?P<y>{_YEAR})"
        rf"(?:\s*[–—-]\s*(?P<y2>{_YEAR}))?(?![\d])"
        rf"(?:\.?\s*(?P<yw>{year_words})(?!\w))?(?!\s*%|[.,]\d|\d)",
        flags,
    )
    mod_kind = {_norm(m): "last" for m in (*lex.mod_last, *lex.post_last)}
    mod_kind.update({_norm(m): "this" for m in lex.mod_this})
    mod_kind.update({_norm(m): "next" for m in (*lex.mod_next, *lex.post_next)})
    return _Patterns(
        lex, day_month, month_day, month, weekday, night, phrase, ago, year, months, abbr,
        weekdays, phrases, mod_kind, {_norm(k): v for k, v in lex.numbers.items()},
    )


# --- resolution -------------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _yearless_day(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The date of "21 June" seen on ``ref``: on or before it, or announced up to FUTURE_DAYS."""
    best: dt.date | None = None
    for year in (ref.year + 1, ref.year, ref.year - 1, ref.year - 2):
        cand = _safe_date(year, month, day)
        if cand is None:
            continue
        if ref < cand <= ref + dt.timedelta(days=FUTURE_DAYS):
            return cand
        if cand <= ref and (best is None or cand > best):
            best = cand
    return best


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _yearless_month(month: int, ref: dt.date, mod: str | None) -> tuple[int, int]:
    """(year, month) of "in September" seen on ``ref`` (see the module docstring)."""
    ahead = (month - ref.month) % 12
    if mod == "this":
        return ref.year, month
    if mod == "next":
        return _shift_month(ref.year, ref.month, ahead or 12)
    if mod == "last":
        return _shift_month(ref.year, ref.month, -((ref.month - month) % 12 or 12))
    if ahead == 1:
        return _shift_month(ref.year, ref.month, 1)
    return _shift_month(ref.year, ref.month, -((ref.month - month) % 12))


def _weekday(target: int, ref: dt.date, mod: str | None, this_week: bool) -> dt.date:
    """The date of "on <weekday>" seen on ``ref`` (see the module docstring)."""
    back = (ref.weekday() - target) % 7
    if this_week:
        return ref - dt.timedelta(days=ref.weekday() - target)
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
#: pattern priorities: on overlap the lower one wins
_NUMERIC, _DAY, _PHRASE, _NIGHT, _WEEKDAY, _MONTH, _YEAR_P = range(7)
_GLUE = re.compile(r"[\s,(–—-]{0,4}")




def _found(priority: int, text: str, start: int, end: int,
           value: dt.date | tuple[int, int] | int, relative: bool) -> _Found:
    return priority, start, end, _mention(text, start, end, value, relative)


def _numeric(text: str, slash_mdy: bool) -> list[_Found]:
    out: list[_Found] = []
    for match in _ISO.finditer(text):
        d = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if d:
            out.append(_found(_NUMERIC, text, *match.span(), d, False))
    for match in _DOTTED.finditer(text):
        d = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if d:
            out.append(_found(_NUMERIC, text, *match.span(), d, False))
    for match in _SLASHED.finditer(text):
        a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
        month, day = (a, b) if (slash_mdy and a <= 12) or b > 12 else (b, a)
        d = _safe_date(y, month, day)
        if d:
            out.append(_found(_NUMERIC, text, *match.span(), d, False))
    return out


def _scan(text: str, lang: str, ref: dt.date | None) -> list[DateMention | PeriodMention]:
    """Every date and period mention, overlaps resolved by pattern priority, in text order."""
    pat = _patterns(lang)
    found: list[_Found] = _numeric(text, pat.lex.slash_mdy if pat else False)
    if pat is not None:
        found += _language(text, pat, ref)
    found.sort(key=lambda f: (f[0], f[1], -f[2]))
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
        nxt = kept[i + 1][1] if i + 1 < len(kept) else None
        if (
            priority == _WEEKDAY
            and isinstance(nxt, DateMention)
            and nxt.granularity == "day"
            and _GLUE.fullmatch(text, mention.end, nxt.start)
        ):
            continue
        out.append(mention)
    return out


def _language(text: str, pat: _Patterns, ref: dt.date | None) -> list[_Found]:
    out: list[_Found] = []
    lex = pat.lex
    # day + month (+ year), and month + day in English
    for regex in (pat.day_month, pat.month_day):
        if regex is None:
            continue
        for match in regex.finditer(text):
            word = _norm(match["m"]).rstrip(".")
            month = pat.months.get(word) or pat.abbr.get(word)
            if not month:
                continue
            days = [(int(match["d"]), match.start("d"), match.end("d"))]
            if "d2" in regex.groupindex and match["d2"]:
                days = [(days[0][0], match.start(), match.end("d")),
                        (int(match["d2"]), match.start("d2"), match.end())]
            else:
                days = [(days[0][0], match.start(), match.end())]
            for day, start, end in days:
                if match["y"]:
                    d = _safe_date(int(match["y"]), month, day)
                    relative = False
                elif ref is not None:
                    d = _yearless_day(month, day, ref)
                    relative = True
                else:
                    d = None
                if d:
                    out.append((_DAY, start, end, _mention(text, start, end, d, relative)))
    # relative phrases: yesterday, last month, this year, last week, last weekend
    for match in pat.phrase.finditer(text):
        if ref is None:
            break
        kind, value = pat.phrases[_norm(match.group())]
        start, end = match.span()
        if kind == "day":
            d = ref + dt.timedelta(days=int(value))
            out.append(_found(_PHRASE, text, start, end, d, True))
        elif kind == "month":
            value = _shift_month(ref.year, ref.month, int(value))
            out.append(_found(_PHRASE, text, start, end, value, True))
        elif kind == "year":
            out.append(_found(_PHRASE, text, start, end, ref.year + int(value), True))
        elif kind == "week":
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=int(value))
            sunday = monday + dt.timedelta(days=6)
            period = PeriodMention(start, end, match.group(), "week", monday, sunday)
            out.append((_PHRASE, start, end, period))
        else:
            sat, sun = _weekend(str(value), ref)
            period = PeriodMention(start, end, match.group(), "weekend", sat, sun)
            out.append((_PHRASE, start, end, period))
    # "3 days ago"
    if pat.ago is not None and ref is not None:
        for match in pat.ago.finditer(text):
            raw = next(v for k, v in match.groupdict().items() if v and k.startswith("n"))
            n = int(raw) if raw.isdigit() else pat.numbers.get(_norm(raw), 0)
            if 0 < n <= 31:
                d = ref - dt.timedelta(days=n)
                out.append(_found(_PHRASE, text, *match.span(), d, True))
    # weekdays
    if ref is not None:
        if pat.night is not None:
            for match in pat.night.finditer(text):
                target = pat.weekdays[_norm(match["w"])]
                d = _weekday(target, ref, None, False)
                m = _mention(text, *match.span(), d, True)
                out.append((_NIGHT, match.start(), match.end(), m))
        for match in pat.weekday.finditer(text):
            word = _norm(match["w"])
            target = pat.weekdays.get(word)
            if target is None:
                target = next(v for k, v in pat.weekdays.items() if word.startswith(k))
            mod = pat.mods.get(_norm(match["mod"] or match["post"] or ""))
            if lex.weekday_needs_cue and not (match["cue"] or match["mod"]):
                continue
            d = _weekday(target, ref, mod, bool(match["tw"]))
            m = _mention(text, *match.span(), d, True)
            out.append((_WEEKDAY, match.start(), match.end(), m))
    # months without a day
    for match in pat.month.finditer(text):
        word = _norm(match["m"]).rstrip(".")
        is_abbr = word not in pat.months
        month = pat.months.get(word) or pat.abbr.get(word)
        if not month or (is_abbr and not match["y"]):
            continue
        if not (match["y"] or match["cue"] or match["mod"] or match["post"]):
            continue
        if match["y"]:
            out.append((_MONTH, match.start(), match.end(),
                        _mention(text, *match.span(), (int(match["y"]), month), False)))
        elif ref is not None:
            mod = pat.mods.get(_norm(match["mod"] or match["post"] or ""))
            value = _yearless_month(month, ref, mod)
            out.append(_found(_MONTH, text, *match.span(), value, True))
    # years
    for match in pat.year.finditer(text):
        if not (match["cue"] or match["yw"]):
            continue
        y1 = int(match["y"])
        if match["y2"]:
            y2 = int(match["y2"])
            if y1 <= y2:
                out.append((_YEAR_P, match.start(), match.end("y"),
                            _mention(text, match.start(), match.end("y"), y1, False)))
                out.append((_YEAR_P, match.start("y2"), match.end(),
                            _mention(text, match.start("y2"), match.end(), y2, False)))
            continue
        out.append((_YEAR_P, match.start(), match.end(), _mention(text, *match.span(), y1, False)))
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
_TIMESTAMP_BEFORE = re.compile(r"\d{1,2}:\d{2}(?:\s*(?:мск|MSK|UTC|GMT|CET))?[\s,|–—-]*$")


def _lead(text: str) -> str:
    """The opening of ``text``: LEAD_CHARS characters, then to the end of that sentence."""
    if len(text) <= LEAD_CHARS:
        return text
    end = _SENTENCE_END.search(text, LEAD_CHARS, LEAD_CHARS + 200)
    return text[: end.end() if end else LEAD_CHARS + 200]


def _is_timestamp(text: str, mention: DateMention) -> bool:
    """'18 февраля, 08:49', '12:55 10.11.2025': a page's publication stamp, not a happening."""
    return bool(
        _TIMESTAMP_AFTER.match(text, mention.end, mention.end + 14)
        or _TIMESTAMP_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    )


def _publication_from_text(text: str, lang: str) -> tuple[dt.date | None, str]:
    """A full date in the opening (a dateline or stamp) stands in for a missing publication date."""
    opening = text[:LEAD_CHARS]
    days = [m for m in find_dates(opening, lang, None) if m.granularity == "day"]
    stamps = [m for m in days if _is_timestamp(opening, m)]
    for mention in stamps or days:
        return mention.date, mention.text
    return None, ""


def happening_date(
    text: str, lang: str, published: dt.date | None, *, title: str | None = None
) -> tuple[dt.date | None, str]:
    """Best estimate of the day the article's main news happened, and why.

    The title and lead decide: the first day-precise date there ("on Sunday", "вчера", "28
    ноября", "в четверг на этой неделе") that lies from LEAD_PAST_DAYS before to the publication
    date wins; failing that an announced day up to LEAD_FUTURE_DAYS ahead; failing that a week
    or weekend phrase as a weak hint; else the publication date itself. Relative words inside
    quotes are skipped: "today" in a quoted statement is the speaker's day, not the article's.
    Without a publication date, a full date in the opening (a dateline) stands in for it.
    Returns ``(None, reason)`` when there is no date at all.
    """
    reference, reason = published, "publication date"
    if reference is None:
        reference, stamp = _publication_from_text((title or "") + "\n" + text, lang)
        if reference is None:
            return None, "no date in text and no publication date"
        reason = f"date in opening {stamp!r}"
    parts = [("title", title)] if title else []
    parts.append(("lead", _lead(text)))
    past: list[tuple[str, DateMention]] = []
    future: list[tuple[str, DateMention]] = []
    periods: list[tuple[str, PeriodMention]] = []
    low = reference - dt.timedelta(days=LEAD_PAST_DAYS)
    high = reference + dt.timedelta(days=LEAD_FUTURE_DAYS)
    for where, part in parts:
        quoted = [q.span() for q in _QUOTES.finditer(part)]
        for mention in _scan(part, lang, reference):
            if mention.relative and any(s <= mention.start < e for s, e in quoted):
                continue
            if isinstance(mention, PeriodMention):
                periods.append((where, mention))
                continue
            if mention.granularity != "day" or _is_timestamp(part, mention):
                continue
            day = mention.date
            if low <= day <= reference:
                past.append((where, mention))
            elif reference < day <= high:
                future.append((where, mention))
    for where, mention in past or future:
        return mention.date, f"{where}: {mention.text!r}"
    for where, period in periods:
        if period.first <= reference <= period.last:
            return reference, f"{reason} ({where}: {period.text!r})"
        if period.last < reference:
            return period.last, f"{where}: {period.text!r} ends {period.last.isoformat()}"
    return reference, reason
