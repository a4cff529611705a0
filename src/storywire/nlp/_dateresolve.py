"""Date records and the calendar arithmetic that resolves a relative or yearless mention.

The rules (which year "21 June" falls in, which Sunday "on Sunday" means, which weekend "last
weekend" is) are spelled out in the :mod:`storywire.nlp.dates` docstring; the thresholds are
here, next to the functions that apply them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: a yearless day or month may lie this far after the reference date within its year (news
#: omit the year of this year's dates: "the prize will be awarded on 10 December")...
SAME_YEAR_AHEAD_DAYS = 92
SAME_YEAR_AHEAD_MONTHS = 2
#: ...but only this far across New Year ("5 января" written on 20 December)
FUTURE_DAYS = 31


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in text: offsets are 0-based and end-exclusive, so ``text[start:end] == text``."""

    start: int
    end: int
    text: str
    value: str  # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'
    granularity: str  # 'day' | 'month' | 'year'
    relative: bool  # resolved against the reference date
    #: the text writes the day out (a number with its month, or a numeric date), as opposed to
    #: a weekday or "yesterday"
    stated: bool = False

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


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` where text names an impossible one (31 November)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def yearless_day(month: int, day: int, ref: dt.date, kind: str | None = None) -> dt.date | None:
    """The date of "21 June" seen on ``ref`` (see the module docstring)."""
    years = (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)  # 29 February may need -2
    cands = [d for y in years if (d := safe_date(y, month, day))]
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


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months away, across year ends."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def yearless_month(month: int, ref: dt.date, kind: str | None) -> tuple[int, int]:
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


def weekday_date(target: int, ref: dt.date, mod: str | None, this_week: bool) -> dt.date:
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


def weekend_days(which: str, ref: dt.date) -> tuple[dt.date, dt.date]:
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


def date_mention(text: str, start: int, end: int, value: dt.date | tuple[int, int] | int,
                 relative: bool, stated: bool = False) -> DateMention:
    """The record for ``text[start:end]``; the value's type sets the granularity."""
    if isinstance(value, dt.date):
        return DateMention(start, end, text[start:end], value.isoformat(), "day", relative,
                           stated)
    if isinstance(value, tuple):
        return DateMention(start, end, text[start:end], f"{value[0]:04d}-{value[1]:02d}",
                           "month", relative)
    return DateMention(start, end, text[start:end], f"{value:04d}", "year", relative)
