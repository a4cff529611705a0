"""Scanning a text for dates and periods: every pattern's matches, resolved, overlaps settled.

Patterns fire on overlapping stretches ("в четверг, 4 декабря", "last week" inside "Thursday
this week"), so every finder reports a priority and :func:`scan` keeps, of two overlapping
mentions, the more explicit one, then the longer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from storywire.nlp._datepatterns import Patterns, norm, patterns_of
from storywire.nlp._dateresolve import (
    DateMention,
    PeriodMention,
    date_mention,
    safe_date,
    shift_month,
    weekday_date,
    weekend_days,
    yearless_day,
    yearless_month,
)

_WORD_BEFORE = re.compile(r"[\w'’ʼ`]")  # a match right after one of these starts mid-word
_NUM_BEFORE = re.compile(r"[\w.,:/+\-]")  # a number right after one of these is not a date


#: ISO (2025-11-28), dotted day.month.year (28.11.2025, 5. 12. 2025) and slashed dates; read
#: by :func:`_numeric`. It starts with a digit so the engine skips straight to digits.
_NUMERIC_DATE = re.compile(
    r"\d\d{0,3}(?P<sep>[./-])\s?\d\d?(?P=sep)\s?\d\d(?:\d\d)?(?![\d]|[.,]\d)"
)
_NUMERIC_PARTS = re.compile(r"[./-]\s?")


_Found = tuple[int, int, int, DateMention | PeriodMention]  # (priority, start, end, mention)
#: pattern priorities: of two overlapping mentions the lower priority wins, then the longer
_NUMERIC, _DAY, _PHRASE, _NIGHT, _WEEKDAY, _MONTH, _YEARS = range(7)
_GLUE = re.compile(r"[\s,(–—-]{0,4}")
_BACK_CHARS = 48  # how far back cue and modifier words are looked for


def _found(priority: int, text: str, start: int, end: int,
           value: dt.date | tuple[int, int] | int, relative: bool, stated: bool = False
           ) -> _Found:
    return priority, start, end, date_mention(text, start, end, value, relative, stated)


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
            d = safe_date(int(first), int(second), int(third))
        elif len(first) > 2 or len(third) != 4 or third[:2] not in ("19", "20"):
            continue
        elif sep == ".":
            d = safe_date(int(third), int(second), int(first))
        elif sep == "/":
            a, b = int(first), int(second)
            month, day = (a, b) if (slash_mdy and a <= 12) or b > 12 else (b, a)
            d = safe_date(int(third), month, day)
        else:
            continue
        if d:
            out.append(_found(_NUMERIC, text, *match.span(), d, False, stated=True))
    return out


def _lowered(text: str) -> str:
    """``text`` in lower case with every offset kept (a few letters change length in lower())."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def scan(text: str, lang: str, ref: dt.date | None) -> list[DateMention | PeriodMention]:
    """Every date and period mention, overlaps resolved, in text order."""
    pat = patterns_of(lang)
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


def _language(text: str, low: str, pat: Patterns, ref: dt.date | None) -> list[_Found]:
    """Mentions found with ``pat``'s vocabulary; ``low`` is ``text`` as the patterns expect it."""
    out: list[_Found] = []
    out += _day_months(text, low, pat, ref)
    if ref is not None:
        out += _phrases(text, low, pat, ref)
        out += _weekdays(text, low, pat, ref)
    out += _months(text, low, pat, ref)
    out += _years(text, low, pat)
    return out


def _day_months(text: str, low: str, pat: Patterns, ref: dt.date | None) -> list[_Found]:
    """'21 июня', '23 листопада 2025 року', '4–5 февраля', 'November 28, 2025'."""
    out: list[_Found] = []
    for regex in (pat.day_month, pat.month_day):
        if regex is None:
            continue
        before = _NUM_BEFORE if regex is pat.day_month else _WORD_BEFORE
        for match in _matches(regex, low, before):
            word = norm(match["m"]).rstrip(".")
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
                    d, relative = safe_date(int(match["y"]), month, day), False
                elif ref is not None:
                    kind = pat.mods.get(norm(match.groupdict().get("post") or ""))
                    d, relative = yearless_day(month, day, ref, kind), True
                else:
                    continue
                if d:
                    out.append(_found(_DAY, text, start, end, d, relative, stated=True))
    return out


def _phrases(text: str, low: str, pat: Patterns, ref: dt.date) -> list[_Found]:
    """Yesterday, last month, this year, last week, last weekend, three days ago."""
    out: list[_Found] = []
    for match in _matches(pat.phrase, low):
        start, end = match.span()
        kind, value = pat.phrases[norm(match.group())]
        if kind == "none":
            continue
        if kind == "day":
            out.append(_found(_PHRASE, text, start, end, ref + dt.timedelta(days=int(value)),
                              True))
        elif kind == "month":
            month = shift_month(ref.year, ref.month, int(value))
            out.append(_found(_PHRASE, text, start, end, month, True))
        elif kind == "year":
            out.append(_found(_PHRASE, text, start, end, ref.year + int(value), True))
        else:
            if kind == "week":
                first = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=int(value))
                last = first + dt.timedelta(days=6)
            else:
                first, last = weekend_days(str(value), ref)
            period = PeriodMention(start, end, text[start:end], kind, first, last)
            out.append((_PHRASE, start, end, period))
    if pat.ago is not None and pat.ago_hint is not None and pat.ago_hint.search(low):
        for match in _matches(pat.ago, low):
            raw = next(v for k, v in match.groupdict().items() if v and k.startswith("n"))
            n = int(raw) if raw.isdigit() else pat.numbers.get(norm(raw), 0)
            if 0 < n <= 31:
                out.append(_found(_PHRASE, text, *match.span(), ref - dt.timedelta(days=n),
                                  True))
    return out


def _weekdays(text: str, low: str, pat: Patterns, ref: dt.date) -> list[_Found]:
    """'on Sunday', 'в минулу п'ятницю', 'w nocy z wtorku na środę', 'Thursday this week'."""
    out: list[_Found] = []
    if pat.night is not None:
        for match in _matches(pat.night, low):
            d = weekday_date(pat.weekdays[norm(match["w"])], ref, None, False)
            out.append(_found(_NIGHT, text, *match.span(), d, True))
    for match in _matches(pat.weekday, low):
        word = norm(match["w"])
        start, cue, mod = _context(pat.weekday_back, low, match.start())
        if pat.lex.weekday_needs_cue and not (cue or mod):
            continue
        kind = pat.mods.get(norm(mod or match["post"] or ""))
        if kind is None and (
            (cue and norm(cue) in pat.future_cues) or _future_near(pat, low, start, match.end())
        ):
            kind = "ahead"
        d = weekday_date(pat.weekdays[word], ref, kind, bool(match["tw"]))
        # "в четверг на этой неделе" outranks the week phrase inside it
        priority = _DAY if match["tw"] else _WEEKDAY
        out.append(_found(priority, text, start, match.end(), d, True))
    return out


_CLAUSE_END = re.compile(r"[.,!?;:\n«»\"“”„–—]")
#: how far before and after a weekday future-tense words are looked for (within its clause)
_FUTURE_BEFORE, _FUTURE_AFTER = 60, 24


def _future_near(pat: Patterns, low: str, start: int, end: int) -> bool:
    """Is there a future-tense word near ``low[start:end]``, in the same clause?"""
    if pat.future is None:
        return False
    left = low[max(0, start - _FUTURE_BEFORE) : start]
    right = low[end : end + _FUTURE_AFTER]
    left = _CLAUSE_END.split(left)[-1]
    right = _CLAUSE_END.split(right)[0]
    return bool(pat.future.search(left) or pat.future.search(right))


def _months(text: str, low: str, pat: Patterns, ref: dt.date | None) -> list[_Found]:
    """'у вересні', 'in September 2025', 'last September', 'a finales de septiembre'."""
    out: list[_Found] = []
    for match in _matches(pat.month, low):
        word = norm(match["m"]).rstrip(".")
        month = pat.months.get(word)
        if month is None and not (match["y"] and (month := pat.abbr.get(word))):
            continue
        start, cue, mod = _context(pat.month_back, low, match.start())
        if match["y"]:
            out.append(_found(_MONTH, text, start, match.end(), (int(match["y"]), month), False))
        elif ref is not None and (cue or mod or match["post"]):
            kind = pat.mods.get(norm(mod or match["post"] or ""))
            value = yearless_month(month, ref, kind)
            out.append(_found(_MONTH, text, start, match.end(), value, True))
    return out


def _years(text: str, low: str, pat: Patterns) -> list[_Found]:
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
