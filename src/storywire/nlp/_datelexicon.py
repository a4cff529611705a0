"""The shape of one language's date vocabulary, and the helpers its tables are written with.

Everything language-specific is a plain table (``_datelang_*`` modules, gathered in
``_datedata``), so that adding a language means adding one :class:`DateLexicon` and no code.
Conventions:

* words and phrases are lower case, except in a ``case_sensitive`` language (English, German),
  where they are written as they appear mid-sentence and a capitalised variant is matched too;
* ``{a|b|}`` in a phrase expands to alternatives (the empty one makes the part optional), so
  ``"{в |на |}прошлой неделе"`` stands for three phrases; :func:`expand` does it;
* an apostrophe ``'`` matches every apostrophe news text uses (``' ’ ʼ```);
* month and weekday tables list every inflected form, because the forms after prepositions and in
  the locative ("у вересні", "в сентябре", "we wrześniu", "v září") are exactly the ones
  generic parsers miss;
* offsets: ``days`` in days from the reference date, ``months_rel`` in months, ``years_rel`` in
  years, ``weeks_rel`` in weeks (0 = the reference date's Monday-to-Sunday week);
  ``weekends_rel`` names which weekend: ``last`` (the latest weekend ended before the reference
  day), ``recent`` (the weekend containing the reference day, else ``last``), ``this`` (the
  nearest one, forward from Wednesday) and ``next``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

V = TypeVar("V")


def expand(phrase: str) -> list[str]:
    """All phrases ``{a|b|}`` alternatives stand for, in order."""
    match = re.search(r"\{([^{}]*)\}", phrase)
    if not match:
        return [phrase]
    out: list[str] = []
    for alt in match.group(1).split("|"):
        out.extend(expand(phrase[: match.start()] + alt + phrase[match.end() :]))
    return out


def forms(stem_endings: str, value: int) -> dict[str, int]:
    """``"січ:ень,ня,ні"`` -> {"січень": v, "січня": v, "січні": v}: inflected forms of one word."""
    stem, _, endings = stem_endings.partition(":")
    return {stem + e.strip(): value for e in endings.split(",")} if endings else {stem: value}


def table(*groups: str) -> dict[str, int]:
    """Numbered forms: the i-th group (1-based for months, 0-based for weekdays, see callers).

    Each group is space-separated :func:`forms` specs of one month or weekday.
    """
    out: dict[str, int] = {}
    for index, group in enumerate(groups):
        for spec in group.split():
            out.update(forms(spec, index))
    return out


def months(*groups: str) -> dict[str, int]:
    """Month forms -> 1..12 (twelve groups, January first)."""
    assert len(groups) == 12
    return {k: v + 1 for k, v in table(*groups).items()}


def weekdays(*groups: str) -> dict[str, int]:
    """Weekday forms -> 0..6 (seven groups, Monday first, as :meth:`datetime.date.weekday`)."""
    assert len(groups) == 7
    return table(*groups)


def numbers(words: str) -> dict[str, int]:
    """``"два:2 две:2"`` -> {"два": 2, "две": 2}: number words used in "two days ago"."""
    return {w: int(n) for w, _, n in (item.partition(":") for item in words.split())}


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """One language's date vocabulary (see the module docstring for conventions)."""

    months: dict[str, int]
    #: abbreviations, accepted only next to a day number or a year ("Nov. 12", "10 Nov 2025")
    month_abbr: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    #: endings glued to a weekday ("Sonntagabend")
    weekday_suffixes: tuple[str, ...] = ()
    #: words that must precede a bare weekday ("в", "у", "w"): the bare word is ambiguous in
    #: some languages (ru "среда" is also "environment", sr "nedelja" also "week")
    weekday_needs_cue: bool = False
    weekday_cues: tuple[str, ...] = ()
    #: words before a bare month name ("у вересні", "im September", "a finales de")
    month_cues: tuple[str, ...] = ()
    #: "last"/"this"/"next" before a weekday or a month ("минулого вівторка", "last September")
    mod_last: tuple[str, ...] = ()
    mod_this: tuple[str, ...] = ()
    mod_next: tuple[str, ...] = ()
    #: the same after the word ("lundi dernier", "el domingo pasado", "23 novembre dernier")
    post_last: tuple[str, ...] = ()
    post_next: tuple[str, ...] = ()
    #: after a weekday: "of this week" ("в четверг на этой неделе")
    this_week: tuple[str, ...] = ()
    #: cues that make a weekday a deadline ahead: "by Thursday", "до пятницы"
    future_cues: tuple[str, ...] = ()
    #: future-tense words near a weekday make it the coming one ("состоится во вторник",
    #: "will meet on Friday"); words, or word starts when they end with ``*``
    future_words: tuple[str, ...] = ()
    #: "in the night from <weekday> to <weekday>": the cue and the word before the second day
    night_from: tuple[str, ...] = ()
    night_to: tuple[str, ...] = ()
    days: dict[str, int] = field(default_factory=dict)
    #: idioms holding a day word that name no day ("найбільше на сьогодні" = "the largest to
    #: date", "bis heute"); matching them first keeps the day word from being read
    not_dates: tuple[str, ...] = ()
    months_rel: dict[str, int] = field(default_factory=dict)
    years_rel: dict[str, int] = field(default_factory=dict)
    weeks_rel: dict[str, int] = field(default_factory=dict)
    weekends_rel: dict[str, str] = field(default_factory=dict)
    #: "# дней назад": templates of "n days ago"; ``#`` is digits or a ``numbers`` word
    ago: tuple[str, ...] = ()
    numbers: dict[str, int] = field(default_factory=dict)
    #: words after a year ("2022 г.", "2022 року", "2021. godine"); a year needs one of these
    #: or a ``year_cues`` word before it, so that "100 prisoners" or "2020 people" never count
    year_words: tuple[str, ...] = ()
    year_cues: tuple[str, ...] = ()
    #: words between day and month or month and year ("23 de noviembre de 2025", "28th of May")
    joiners: tuple[str, ...] = ()
    case_sensitive: bool = False
    #: numeric dates with slashes are month/day/year (US English)
    slash_mdy: bool = False
    #: "November 28, 2025": the month may come before the day
    month_first: bool = False
    #: years are ordinals with a dot ("23. novembra 2025.", "od 2021. godine")
    year_dot: bool = False
    #: words opening a relative clause: a day inside one dates what the clause describes
    #: ("об атмосфере, которая была на встрече ... 2 декабря"), not the article's news;
    #: words, or word starts when they end with ``*``
    relative_pronouns: tuple[str, ...] = ()


def phrases(spec: dict[str, V]) -> dict[str, V]:
    """Expand the ``{a|b}`` keys of a phrase table."""
    return {p: v for k, v in spec.items() for p in expand(k)}
