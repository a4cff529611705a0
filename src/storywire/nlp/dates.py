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

Pattern compiling lives in ``_datepatterns``, the calendar arithmetic in ``_dateresolve``,
scanning in ``_datescan``, the vocabulary in ``_datedata``; this module is the public surface
and picks an article's happening date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from storywire.nlp._datepatterns import patterns_of
from storywire.nlp._dateresolve import (
    FUTURE_DAYS,
    SAME_YEAR_AHEAD_DAYS,
    SAME_YEAR_AHEAD_MONTHS,
    DateMention,
    PeriodMention,
)
from storywire.nlp._datescan import scan

__all__ = [
    "FUTURE_DAYS",
    "SAME_YEAR_AHEAD_DAYS",
    "SAME_YEAR_AHEAD_MONTHS",
    "DateMention",
    "HappeningDate",
    "PeriodMention",
    "find_dates",
    "find_periods",
    "happening",
    "happening_date",
    "is_timestamp",
]

#: :func:`happening_date` reads the title and this many characters of the text (then up to the
#: end of that sentence): the lead says when the main news happened, the rest is background
LEAD_CHARS = 400
#: day dates further back than this from the publication date are background, not the news
LEAD_PAST_DAYS = 10
#: announced days at most this far ahead can be the news ("meets Putin on Thursday")
LEAD_FUTURE_DAYS = 7
#: a day this far before publication named in the body (not the lead) is still the news
BODY_PAST_DAYS = 1


def find_dates(text: str, lang: str, reference: dt.date | None) -> list[DateMention]:
    """Every date in ``text`` with day, month or year granularity, in text order.

    ``lang`` picks the vocabulary (ISO 639-1; numeric dates are found in any language).
    ``reference`` (usually the publication date) resolves relative and yearless mentions; without
    it they are left out. Weeks and weekends are reported by :func:`find_periods` instead.
    """
    return [m for m in scan(text, lang, reference) if isinstance(m, DateMention)]


def find_periods(text: str, lang: str, reference: dt.date | None) -> list[PeriodMention]:
    """Weeks and weekends ("last week", "тази седмица", "минулими вихідними"), in text order."""
    return [m for m in scan(text, lang, reference) if isinstance(m, PeriodMention)]


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


#: what joins the two ends of a period ("od 6. decembra 2017. do 17. decembra 2021", "from 1 May
#: to 3 June", "4 – 5 февраля"): a dash or a word meaning "to", never "and" or a sentence end
_RANGE_JOINERS = ("to", "till", "until", "through", "до", "по", "do", "bis", "au", "à",
                  "al", "a", "hasta", "až", "aż", "fino al")
_RANGE_GAP = re.compile(
    r"\.?[ \t\u00a0]*(?:[-–—]|(?:" + "|".join(map(re.escape, _RANGE_JOINERS)) + r")(?!\w))"
    r"[ \t\u00a0]*", re.I)


#: a period longer than this is background (a term of office); a shorter one may be the news
#: itself (talks on 4-5 February)
PERIOD_BACKGROUND_DAYS = 31


def _in_period(text: str, days: list[DateMention]) -> set[int]:
    """Indexes of the day mentions that open or close a long period, such as a term of office:
    neither end is the day the page was written."""
    out: set[int] = set()
    for i, (a, b) in enumerate(itertools.pairwise(days)):
        if (0 <= b.start - a.end <= 12 and _RANGE_GAP.fullmatch(text, a.end, b.start)
                and abs((b.date - a.date).days) > PERIOD_BACKGROUND_DAYS):
            out |= {i, i + 1}
    return out


def _publication_from_text(text: str, lang: str) -> tuple[dt.date | None, str]:
    """A full date in the opening (a dateline or stamp) stands in for a missing publication date.

    Failing a stamp, the first full date that is not one end of a long period does: a
    background line such as "premier from 6 December 2017 to 17 December 2021" dates nothing.
    """
    opening = text[:LEAD_CHARS]
    days = [m for m in find_dates(opening, lang, None) if m.granularity == "day"]
    stamps = [m for m in days if _is_timestamp(opening, m)]
    period = _in_period(opening, days)
    for mention in stamps or [m for i, m in enumerate(days) if i not in period]:
        return mention.date, mention.text
    return None, ""


_WORD = re.compile(r"[^\W\d_]+")


def in_relative_clause(text: str, pos: int, lang: str) -> bool:
    """Does ``pos`` sit in a relative clause: does the clause that holds it open with a comma
    and a relative pronoun, at most two words after it ("..., которая была на встрече ... 2
    декабря", "..., під час якої ...", "..., on which ...")?

    Without the comma the pronoun is far more often a question ("Які черги не матимуть
    світла 5 грудня", "Which shops are open on December 5?") or a restrictive "which"."""
    pat = patterns_of(lang)
    if pat is None or pat.relative is None:
        return False
    comma = text.rfind(",", 0, pos)
    if comma < 0 or max(text.rfind(c, comma, pos) for c in ".!?\n;:") > comma:
        return False
    words = _WORD.findall(text, comma + 1, pos)[:3]
    fold = str if pat.lex.case_sensitive else str.lower  # as scan matches: lower-cased text
    return any(pat.relative.fullmatch(fold(w)) for w in words)


def _day_candidates(
    part: str, lang: str, reference: dt.date, *, clauses: bool = False
) -> tuple[list[DateMention], list[PeriodMention]]:
    """Day-precise mentions of ``part`` usable as happening dates, and its week/weekend phrases.

    Publication stamps ("18 февраля, 08:49") are left out, and so are relative words inside
    quotes: "today" in a quoted statement is the speaker's day, not the article's. With
    ``clauses``, so are days inside a relative clause: "Ushakov spoke about the atmosphere of
    the meeting, which was on 2 December" is news of the day it was published.
    """
    quoted = [q.span() for q in _QUOTES.finditer(part)]
    days: list[DateMention] = []
    periods: list[PeriodMention] = []
    for mention in scan(part, lang, reference):
        if mention.relative and any(s <= mention.start < e for s, e in quoted):
            continue
        if clauses and in_relative_clause(part, mention.start, lang):
            continue
        if isinstance(mention, PeriodMention):
            periods.append(mention)
        elif mention.granularity == "day" and not _is_timestamp(part, mention):
            days.append(mention)
    return days, periods


@dataclass(frozen=True, slots=True)
class HappeningDate:
    """The day an article's main news happened, why, and how firmly the text says so.

    ``kind`` is ``"stated"`` when the title or lead writes the day out ("18 листопада",
    "2025-11-28"), ``"relative"`` for a weekday, "yesterday" or a week phrase resolved against
    the publication date, ``"body"`` for a day found only in the body, ``"published"`` when
    the publication date (or a dateline standing in for it) is all there is, ``None`` without
    any date. Two articles whose leads state different days report different happenings; a
    weekday or a publication date a day off is often the same day seen a day later.
    """

    date: dt.date | None
    reason: str
    kind: str | None


def happening_date(
    text: str, lang: str, published: dt.date | None, *, title: str | None = None
) -> tuple[dt.date | None, str]:
    """:func:`happening` as ``(date, reason)``."""
    found = happening(text, lang, published, title=title)
    return found.date, found.reason


def happening(
    text: str, lang: str, published: dt.date | None, *, title: str | None = None
) -> HappeningDate:
    """Best estimate of the day the article's main news happened, why, and of what kind.

    The title and lead decide: the first day-precise date there ("on Sunday", "вчера", "28
    ноября", "в четверг на этой неделе") from LEAD_PAST_DAYS before the publication date up to
    it wins; failing that an announced day up to LEAD_FUTURE_DAYS ahead. Failing those, a day
    in the body up to BODY_PAST_DAYS before publication (news is published the same day or the
    next, so "on Sunday" in Monday's article is the news; older body dates are background).
    Then a week or weekend phrase is a weak hint, else the publication date itself stands.
    Without a publication date, a full date in the opening (a dateline) stands in for it.
    """
    reference, reason, suffix = published, "publication date", ""
    if reference is None:
        reference, stamp = _publication_from_text((title or "") + "\n" + text, lang)
        if reference is None:
            return HappeningDate(None, "no date in text and no publication date", None)
        reason = f"date in opening {stamp!r}"
        suffix = f" (reference: {reason})"
    date, why, kind = _happening(text, lang, reference, title, reason, published is not None)
    return HappeningDate(date, why if why.startswith(reason) else why + suffix, kind)


def _happening(
    text: str, lang: str, reference: dt.date, title: str | None, reason: str,
    published: bool = True,
) -> tuple[dt.date, str, str]:
    """:func:`happening` once a reference date is known: (date, reason, kind).

    Only a real publication date (``published``) lets a title or lead day inside a relative
    clause be passed over: without one, that day is all the text says about when."""
    lead = _lead(text)
    past: list[tuple[str, DateMention]] = []
    future: list[tuple[str, DateMention]] = []
    periods: list[tuple[str, PeriodMention]] = []
    low = reference - dt.timedelta(days=LEAD_PAST_DAYS)
    high = reference + dt.timedelta(days=LEAD_FUTURE_DAYS)
    for where, part in (("title", title or ""), ("lead", lead)):
        days, found = _day_candidates(part, lang, reference, clauses=published)
        periods += [(where, p) for p in found]
        past += [(where, m) for m in days if low <= m.date <= reference]
        future += [(where, m) for m in days if reference < m.date <= high]
    for where, mention in past or future:
        return mention.date, f"{where}: {mention.text!r}", _kind(mention)
    if BODY_PAST_DAYS and len(text) > len(lead):
        body_low = reference - dt.timedelta(days=BODY_PAST_DAYS)
        days, _ = _day_candidates(text[len(lead) :], lang, reference)
        for mention in days:
            if body_low <= mention.date < reference:
                return mention.date, f"body: {mention.text!r}", "body"
    for where, period in periods:
        if period.first <= reference <= period.last:
            return reference, f"{reason} ({where}: {period.text!r})", "published"
        if period.last < reference:
            return (period.last, f"{where}: {period.text!r} ends {period.last.isoformat()}",
                    "relative")
    return reference, reason, "published"


def _kind(mention: DateMention) -> str:
    return "stated" if mention.stated else "relative"
