"""Per-language date vocabulary for :mod:`storywire.nlp.dates`, keyed by ISO 639-1 code.

Everything language-specific lives here as plain tables, so that adding a language means adding
one :class:`DateLexicon` and no code. Conventions:

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


def _phrases(spec: dict[str, V]) -> dict[str, V]:
    """Expand the ``{a|b}`` keys of a phrase table."""
    return {p: v for k, v in spec.items() for p in expand(k)}


# --- Ukrainian --------------------------------------------------------------------------------

UK = DateLexicon(
    months=months(
        "січ:ень,ня,ні,нем,ню", "лют:ий,ого,ому,им", "берез:ень,ня,ні,нем,ню",
        "квіт:ень,ня,ні,нем,ню", "трав:ень,ня,ні,нем,ню", "черв:ень,ня,ні,нем,ню",
        "лип:ень,ня,ні,нем,ню", "серп:ень,ня,ні,нем,ню", "верес:ень,ня,ні,нем,ню",
        "жовт:ень,ня,ні,нем,ню", "листопад:,а,і,ом,у", "груд:ень,ня,ні,нем,ню",
    ),
    weekdays=weekdays(
        "понеділ:ок,ка,ку,ком", "вівтор:ок,ка,ку,ком", "серед:а,у,и,і,ою", "четвер:,га,гу,гом",
        "п'ятниц:я,ю,і,ею", "субот:а,у,и,і,ою", "неділ:я,ю,і,ею",
    ),
    weekday_needs_cue=True,
    weekday_cues=("у", "в", "до", "з", "із", "зі", "від", "у ніч на", "в ніч на", "ніч на",
                  "вночі на", "уночі на", "на"),
    month_cues=tuple(expand("{у|в|з|із|зі|до|від|після|протягом|на початку|наприкінці|у кінці|"
                            "в кінці|у середині|в середині|з початку|на початку|до кінця|"
                            "до середини|на кінець|станом на кінець}")),
    mod_last=("минулого", "минулої", "минулий", "минулу", "минулому"),
    mod_this=("цього", "цієї", "цей", "цю", "найближчого", "найближчу"),
    mod_next=("наступного", "наступної", "наступний", "наступну"),
    this_week=tuple(expand("{цього тижня|на цьому тижні}")),
    future_cues=("до", "на"),
    future_words=("відбудеться", "відбудуться", "буде", "будуть", "планує*", "планують",
                  "планується", "запланован*", "заплановано", "має відбутися", "мають",
                  "проведе", "проведуть", "зустрінеться", "зустрінуться", "відвідає",
                  "продовжаться", "продовжиться", "вирушить", "прибуде", "очікується",
                  "намічен*", "збирається", "збираються", "розгляне"),
    night_from=("у ніч з", "в ніч з", "уночі з", "вночі з", "у ніч із", "в ніч із"),
    night_to=("на",),
    not_dates=tuple(expand("{на|до|станом на|по} {сьогодні|сьогоднішній день|сьогоднішнього дня}")),
    days=_phrases({"вчора": -1, "учора": -1, "сьогодні": 0, "позавчора": -2, "завтра": 1,
                   "післязавтра": 2, "сьогодні вранці": 0, "вчора ввечері": -1}),
    months_rel=_phrases({
        "{у |в |}минулому місяці": -1, "минулого місяця": -1, "{у |в |}цьому місяці": 0,
        "цього місяця": 0, "на початку {цього |}місяця": 0, "{на |}початку {цього |}місяця": 0,
        "наприкінці минулого місяця": -1, "на початку минулого місяця": -1,
        "{у |в |}середині {цього |}місяця": 0, "наступного місяця": 1,
        "{у |в |}наступному місяці": 1,
    }),
    years_rel=_phrases({
        "цього року": 0, "{у |в |}цьому році": 0, "минулого року": -1, "{у |в |}минулому році": -1,
        "торік": -1, "наступного року": 1, "{у |в |}наступному році": 1,
    }),
    weeks_rel=_phrases({
        "минулого тижня": -1, "{на |}минулому тижні": -1, "цього тижня": 0, "на цьому тижні": 0,
        "наступного тижня": 1, "на наступному тижні": 1, "на початку {цього |}тижня": 0,
    }),
    weekends_rel=_phrases({
        "минулими вихідними": "last", "{на |у |в |}минулих вихідних": "last",
        "на вихідних": "recent", "у вихідні": "recent", "в вихідні": "recent",
        "цими вихідними": "this", "{на |}цих вихідних": "this", "наступними вихідними": "next",
    }),
    ago=("# {день|дні|днів|доби} тому", "# {день|дні|днів} назад"),
    numbers=numbers("один:1 одну:1 два:2 дві:2 три:3 чотири:4 п'ять:5 шість:6 сім:7 кілька:0"),
    year_words=("року", "рік", "році", "р.", "рр.", "роках", "роки", "роком"),
    year_cues=("у", "в", "з", "із", "до", "від", "після", "станом на", "наприкінці", "протягом"),
)

# --- Russian ----------------------------------------------------------------------------------

RU = DateLexicon(
    months=months(
        "январ:ь,я,е,ю,ём,ем", "феврал:ь,я,е,ю,ём,ем", "март:,а,е,у,ом", "апрел:ь,я,е,ю,ем",
        "ма:й,я,е,ю,ем", "июн:ь,я,е,ю,ем", "июл:ь,я,е,ю,ем", "август:,а,е,у,ом",
        "сентябр:ь,я,е,ю,ём,ем", "октябр:ь,я,е,ю,ём,ем", "ноябр:ь,я,е,ю,ём,ем",
        "декабр:ь,я,е,ю,ём,ем",
    ),
    month_abbr=months("янв", "фев", "мар", "апр", "", "", "", "авг", "сен сент", "окт", "ноя",
                      "дек"),
    weekdays=weekdays(
        "понедельник:,а,у,ом", "вторник:,а,у,ом", "сред:а,у,ы,е,ой", "четверг:,а,у,ом",
        "пятниц:а,у,ы,е,ей", "суббот:а,у,ы,е,ой", "воскресень:е,я,ю,ем",
    ),
    weekday_needs_cue=True,
    weekday_cues=("в", "во", "до", "с", "со", "в ночь на", "ночью на", "на"),
    month_cues=tuple(expand("{в|во|с|со|до|после|к|на протяжении|в течение|в начале|в конце|"
                            "в середине|с начала|до конца|до середины|к концу|к началу|"
                            "в первой половине|во второй половине|на конец|"
                            "по состоянию на конец}")),
    mod_last=("прошлом", "прошлый", "прошлую", "прошлое", "прошлого", "прошлой",
              "минувший", "минувшую", "минувшее", "минувшем", "минувшего", "минувшей"),
    mod_this=("этот", "эту", "это", "этом", "этого", "этой", "ближайший", "ближайшую",
              "ближайшее"),
    mod_next=("следующий", "следующую", "следующее", "следующем", "следующего", "следующей"),
    this_week=tuple(expand("{на этой неделе|этой недели}")),
    future_cues=("до", "к", "на"),
    future_words=("состоится", "состоятся", "пройдет", "пройдёт", "пройдут", "будет", "будут",
                  "планирует*", "планируют", "планируется", "запланирован*", "намерен*",
                  "проведет", "проведёт", "проведут", "встретится", "встретятся", "посетит",
                  "продолжатся", "продолжится", "отправится", "отправятся", "прибудет",
                  "ожидается", "намечен*", "собирается", "собираются", "рассмотрит"),
    night_from=("в ночь с", "в ночь со", "ночью с", "ночью со"),
    night_to=("на",),
    not_dates=(*expand("{на|до|по состоянию на} {сегодня|сегодняшний день|сегодняшнего дня}"),
               "по сей день"),
    days=_phrases({"вчера": -1, "сегодня": 0, "позавчера": -2, "завтра": 1, "послезавтра": 2,
                   "сегодня утром": 0, "вчера вечером": -1}),
    months_rel=_phrases({
        "в прошлом месяце": -1, "прошлого месяца": -1, "в этом месяце": 0, "этого месяца": 0,
        "в начале {этого |текущего |}месяца": 0, "в середине {этого |текущего |}месяца": 0,
        "в конце прошлого месяца": -1, "в начале прошлого месяца": -1,
        "в {следующем|будущем} месяце": 1, "в минувшем месяце": -1, "в текущем месяце": 0,
    }),
    years_rel=_phrases({
        "в этом году": 0, "этого года": 0, "в текущем году": 0, "текущего года": 0,
        "в прошлом году": -1, "прошлого года": -1, "в минувшем году": -1,
        "в {следующем|будущем} году": 1, "следующего года": 1,
    }),
    weeks_rel=_phrases({
        "на прошлой неделе": -1, "прошлой недели": -1, "на минувшей неделе": -1,
        "на этой неделе": 0, "этой недели": 0, "на текущей неделе": 0,
        "на следующей неделе": 1, "следующей недели": 1, "в начале {этой |}недели": 0,
    }),
    weekends_rel=_phrases({
        "на прошлых выходных": "last", "в прошлые выходные": "last", "в минувшие выходные": "last",
        "на минувших выходных": "last", "на выходных": "recent", "в выходные": "recent",
        "в эти выходные": "this", "на этих выходных": "this", "в следующие выходные": "next",
        "на следующих выходных": "next",
    }),
    ago=("# {день|дня|дней|суток} назад",),
    numbers=numbers("один:1 одни:1 два:2 две:2 три:3 четыре:4 пять:5 шесть:6 семь:7"),
    year_words=("года", "году", "год", "годом", "г.", "гг.", "годах", "годы", "годов"),
    year_cues=("в", "во", "с", "со", "до", "после", "к", "по состоянию на", "к концу",
               "в течение"),
)

# --- Bulgarian --------------------------------------------------------------------------------

BG = DateLexicon(
    months=months("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
                  "септември", "октомври", "ноември", "декември"),
    month_abbr=months("ян", "фев", "мар", "апр", "", "", "", "авг", "сеп", "окт", "ное", "дек"),
    weekdays=weekdays(
        "понеделник:,а", "вторник:,а", "сряда:,та", "четвъртък:,а", "петък:,а", "събота:,та",
        "неделя:,та",
    ),
    weekday_needs_cue=True,
    weekday_cues=("в", "във", "до", "от", "на", "в нощта срещу", "през нощта срещу", "срещу"),
    month_cues=tuple(expand("{в|във|през|от|до|след|около|в началото на|в края на|"
                            "в средата на|от началото на|до края на|към края на}")),
    mod_last=("миналия", "миналата", "миналото", "изминалия", "изминалата"),
    mod_this=("този", "тази", "това"),
    mod_next=("следващия", "следващата", "следващото", "идния", "идната"),
    this_week=tuple(expand("{тази седмица|през тази седмица|на тази седмица}")),
    future_cues=("до",),
    future_words=("ще", "предстои", "планира*", "насрочен*", "очаква се", "предвижда се"),
    night_from=("в нощта срещу",),
    not_dates=("до днес", "и до днес", "към днешна дата", "към днешния ден"),
    days=_phrases({"вчера": -1, "днес": 0, "завчера": -2, "онзи ден": -2, "утре": 1,
                   "тази сутрин": 0, "днес сутринта": 0}),
    months_rel=_phrases({
        "{през |}миналия месец": -1, "{през |}този месец": 0,
        "в началото на {месеца|този месец}": 0,
        "по-рано този месец": 0, "{през |}следващия месец": 1, "в края на миналия месец": -1,
    }),
    years_rel=_phrases({
        "{през |}тази година": 0, "{през |}миналата година": -1, "{през |}следващата година": 1,
        "догодина": 1, "лани": -1,
    }),
    weeks_rel=_phrases({
        "{през |}тази седмица": 0, "по-рано тази седмица": 0, "{през |}миналата седмица": -1,
        "{през |}следващата седмица": 1, "в началото на седмицата": 0,
    }),
    weekends_rel=_phrases({
        "{през |}миналия уикенд": "last", "{през |}изминалия уикенд": "last",
        "през уикенда": "recent", "този уикенд": "this", "{през |}следващия уикенд": "next",
        "през почивните дни": "recent", "{през |}изминалите почивни дни": "last",
    }),
    ago=("преди # {ден|дни|денонощия}",),
    numbers=numbers("един:1 два:2 две:2 три:3 четири:4 пет:5 шест:6 седем:7 няколко:0"),
    year_words=("г.", "година", "години", "год.", "гг."),
    year_cues=("в", "във", "през", "от", "до", "след", "преди", "около"),
)

# --- English ----------------------------------------------------------------------------------

EN = DateLexicon(
    months=months("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"),
    month_abbr=months("Jan", "Feb", "Mar", "Apr", "", "Jun", "Jul", "Aug", "Sep Sept", "Oct",
                      "Nov", "Dec"),
    weekdays=weekdays("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                      "Sunday"),
    weekday_cues=("on", "by", "until", "since", "from", "late on", "early on", "late",
                  "early", "overnight on", "overnight into"),
    month_cues=tuple(expand("{in|since|until|till|by|from|during|through|throughout|before|"
                            "after|in early|in late|in mid-|in mid|early|late|mid-|"
                            "earlier in|later in|the end of|the start of|the beginning of|"
                            "the middle of|end of|start of|beginning of}")),
    mod_last=("last", "past"),
    mod_this=("this",),
    mod_next=("next", "coming", "this coming"),
    this_week=("this week",),
    future_cues=("by", "until", "till", "before"),
    future_words=("will", "won't", "'ll", "shall", "is expected", "are expected",
                  "is scheduled", "are scheduled", "is due", "are due", "is set to",
                  "are set to", "plans to", "planned", "to be held", "upcoming"),
    night_from=(),
    not_dates=("as of today", "until today", "up to today", "to this day", "today's world"),
    days=_phrases({"yesterday": -1, "today": 0, "the day before yesterday": -2,
                   "tomorrow": 1, "earlier today": 0, "this morning": 0, "this afternoon": 0,
                   "this evening": 0, "tonight": 0, "earlier on today": 0}),
    months_rel=_phrases({
        "last month": -1, "this month": 0, "earlier this month": 0, "early this month": 0,
        "at the start of {the|this} month": 0, "at the beginning of {the|this} month": 0,
        "next month": 1, "late last month": -1, "earlier last month": -1,
        "at the end of last month": -1, "{the |}previous month": -1,
    }),
    years_rel=_phrases({
        "this year": 0, "last year": -1, "next year": 1, "earlier this year": 0,
        "later this year": 0, "{the |}previous year": -1, "{the |}past year": -1,
    }),
    weeks_rel=_phrases({
        "last week": -1, "this week": 0, "earlier this week": 0, "later this week": 0,
        "next week": 1, "early this week": 0, "late last week": -1, "earlier last week": -1,
        "{the |}previous week": -1, "{the |}past week": -1,
    }),
    weekends_rel=_phrases({
        "last weekend": "last", "over the weekend": "recent", "at the weekend": "recent",
        "on the weekend": "recent", "this weekend": "this", "this past weekend": "last",
        "next weekend": "next", "{the |}weekend's": "recent",
    }),
    ago=("# days ago", "# day ago"),
    numbers=numbers("a:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 several:0"),
    year_words=(),
    year_cues=tuple(expand("{in|since|until|till|by|from|during|through|before|after|"
                           "early|late|mid-|in early|in late|in mid-|the end of|"
                           "the start of|the beginning of|the year|back in|as of|spring|"
                           "summer|autumn|fall|winter}")),
    joiners=("of",),
    case_sensitive=True,
    slash_mdy=True,
    month_first=True,
)

# --- German -----------------------------------------------------------------------------------

DE = DateLexicon(
    months=months("Januar Jänner", "Februar Feber", "März", "April", "Mai", "Juni", "Juli",
                  "August", "September", "Oktober", "November", "Dezember"),
    month_abbr=months("Jan", "Feb", "Mär Mrz", "Apr", "", "Jun", "Jul", "Aug", "Sep Sept",
                      "Okt", "Nov", "Dez"),
    weekdays=weekdays("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
                      "Samstag Sonnabend", "Sonntag"),
    weekday_suffixes=("abend", "morgen", "vormittag", "nachmittag", "mittag", "nacht",
                      "früh"),
    weekday_cues=("am", "seit", "bis", "bis zum", "ab", "vom", "in der Nacht zum",
                  "in der Nacht auf", "Nacht zum", "Nacht auf"),
    month_cues=tuple(expand("{im|seit|bis|ab|vor|nach|Anfang|Ende|Mitte|seit Anfang|"
                            "seit Ende|seit Mitte|bis Ende|bis Anfang|bis Mitte|im Laufe des|"
                            "im Verlauf des|Im}")),
    mod_last=("letzten", "vergangenen", "vorigen", "letzter", "vergangener", "letztes"),
    mod_this=("diesen", "dieses", "diesem"),
    mod_next=("nächsten", "kommenden", "nächster", "kommender"),
    this_week=("dieser Woche", "diese Woche"),
    future_cues=("bis", "bis zum"),
    future_words=("wird", "soll", "sollen", "solle", "sollten", "geplant", "plant",
                  "planen", "wollen", "will", "anstehend*", "bevorstehend*", "kommend*"),
    night_from=(),
    not_dates=("bis heute", "von heute auf morgen", "ab heute", "seit heute"),
    days=_phrases({"gestern": -1, "heute": 0, "vorgestern": -2, "übermorgen": 2,
                   "heute Morgen": 0, "gestern Abend": -1, "heute früh": 0,
                   "gestern Morgen": -1, "gestern Nachmittag": -1, "heute Nachmittag": 0}),
    months_rel=_phrases({
        "{im |}letzten Monat": -1, "letzten Monats": -1, "{im |}vergangenen Monat": -1,
        "vergangenen Monats": -1, "{im |}Vormonat": -1, "{in |}diesem Monat": 0,
        "diesen Monat": 0, "Anfang {des |dieses }Monats": 0, "Mitte {des |dieses }Monats": 0,
        "Anfang des Monats": 0, "{im |}nächsten Monat": 1, "{im |}kommenden Monat": 1,
        "Ende {des |}{letzten|vergangenen|vorigen} Monats": -1,
    }),
    years_rel=_phrases({
        "{in |}diesem Jahr": 0, "dieses Jahr": 0, "dieses Jahres": 0, "{im |}vergangenen Jahr": -1,
        "{im |}letzten Jahr": -1, "letztes Jahr": -1, "{im |}Vorjahr": -1,
        "vergangenen Jahres": -1, "letzten Jahres": -1, "{im |}nächsten Jahr": 1,
        "{im |}kommenden Jahr": 1, "nächstes Jahr": 1,
    }),
    weeks_rel=_phrases({
        "{in der |}{letzten|vergangenen|vorigen} Woche": -1, "letzte Woche": -1,
        "vergangene Woche": -1, "vorige Woche": -1, "{in |}dieser Woche": 0, "diese Woche": 0,
        "Anfang der Woche": 0, "{in der |}{nächsten|kommenden} Woche": 1, "nächste Woche": 1,
        "kommende Woche": 1, "Ende {der |}{letzten|vergangenen} Woche": -1,
    }),
    weekends_rel=_phrases({
        "am {letzten|vergangenen} Wochenende": "last", "letztes Wochenende": "last",
        "vergangenes Wochenende": "last", "am Wochenende": "recent",
        "{an |}diesem Wochenende": "this", "dieses Wochenende": "this",
        "am {nächsten|kommenden} Wochenende": "next", "nächstes Wochenende": "next",
    }),
    ago=("vor # {Tagen|Tag}",),
    numbers=numbers("einem:1 einen:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 "
                    "Zwei:2 Drei:3 Vier:4 Fünf:5 Sechs:6 Sieben:7"),
    year_words=(),
    year_cues=tuple(expand("{im Jahr|im Jahre|seit|bis|ab|vor|nach|Jahr|Anfang|Ende|Mitte|"
                           "Frühjahr|Sommer|Herbst|Winter|bis Ende|seit Ende|Im Jahr}")),
    joiners=(),
    case_sensitive=True,
)

# --- Polish -----------------------------------------------------------------------------------

PL = DateLexicon(
    months=months(
        "stycz:eń,nia,niu,niem", "lut:y,ego,ym,emu", "mar:zec,ca,cu,cem",
        "kwie:cień,tnia,tniu,tniem", "maj:,a,u,em", "czerw:iec,ca,cu,cem", "lip:iec,ca,cu,cem",
        "sierp:ień,nia,niu,niem", "wrze:sień,śnia,śniu,śniem",
        "październik:,a,u,iem", "listopad:,a,zie,em", "grud:zień,nia,niu,niem",
    ),
    month_abbr=months("sty", "lut", "mar", "kwi", "", "cze", "lip", "sie", "wrz", "paź", "lis",
                      "gru"),
    weekdays=weekdays(
        "poniedział:ek,ku,kiem", "wtor:ek,ku,kiem", "środ:a,ę,y,zie,ą", "czwart:ek,ku,kiem",
        "piąt:ek,ku,kiem", "sobot:a,ę,y,a,ą sobocie", "niedziel:a,ę,i,ą",
    ),
    weekday_needs_cue=True,
    weekday_cues=("w", "we", "od", "do", "w nocy na", "nocą na", "w noc na"),
    month_cues=tuple(expand("{w|we|od|do|po|przed|na początku|pod koniec|w połowie|"
                            "od początku|do końca|na przełomie|w ciągu|w trakcie|z końcem|"
                            "z początkiem}")),
    mod_last=("zeszły", "zeszłą", "zeszłym", "ubiegły", "ubiegłą", "ubiegłym", "ostatni",
              "ostatnią", "miniony", "minioną", "minionym", "poprzedni", "poprzednią"),
    mod_this=("ten", "tę", "tą", "tym", "najbliższy", "najbliższą", "obecny"),
    mod_next=("przyszły", "przyszłą", "przyszłym", "następny", "następną", "kolejny",
              "kolejną"),
    this_week=("w tym tygodniu", "tego tygodnia"),
    future_cues=("do",),
    future_words=("będzie", "będą", "odbędzie", "odbędą", "planuje", "planują", "zaplanowan*",
                  "ma się odbyć", "mają się odbyć", "spotka się", "spotkają się",
                  "przyjedzie", "zamierza", "zamierzają"),
    night_from=("w nocy z", "w nocy ze", "nocą z", "w noc z"),
    night_to=("na",),
    not_dates=("do dziś", "do dzisiaj", "na dziś", "po dziś dzień", "do dnia dzisiejszego"),
    days=_phrases({"wczoraj": -1, "dziś": 0, "dzisiaj": 0, "przedwczoraj": -2, "jutro": 1,
                   "pojutrze": 2, "dziś rano": 0, "wczoraj wieczorem": -1}),
    months_rel=_phrases({
        "w {zeszłym|ubiegłym|poprzednim|minionym} miesiącu": -1,
        "{zeszłego|ubiegłego|poprzedniego} miesiąca": -1, "w tym miesiącu": 0,
        "tego miesiąca": 0, "na początku {tego |}miesiąca": 0, "w przyszłym miesiącu": 1,
        "w połowie {tego |}miesiąca": 0, "pod koniec {zeszłego|ubiegłego} miesiąca": -1,
    }),
    years_rel=_phrases({
        "w tym roku": 0, "tego roku": 0, "w {zeszłym|ubiegłym|poprzednim|minionym} roku": -1,
        "{zeszłego|ubiegłego} roku": -1, "w przyszłym roku": 1, "przyszłego roku": 1,
    }),
    weeks_rel=_phrases({
        "w {zeszłym|ubiegłym|poprzednim|minionym} tygodniu": -1,
        "{zeszłego|ubiegłego} tygodnia": -1, "w tym tygodniu": 0, "tego tygodnia": 0,
        "w przyszłym tygodniu": 1, "na początku {tego |}tygodnia": 0,
    }),
    weekends_rel=_phrases({
        "w {zeszły|ubiegły|miniony|ostatni} weekend": "last", "w weekend": "recent",
        "podczas weekendu": "recent", "w ten weekend": "this",
        "w przyszły weekend": "next", "w najbliższy weekend": "this",
    }),
    ago=("# {dni|dzień} temu",),
    numbers=numbers("jeden:1 dwa:2 dwóch:2 trzy:3 cztery:4 pięć:5 sześć:6 siedem:7 kilka:0"),
    year_words=("r.", "roku", "rok", "rokiem", "latach"),
    year_cues=("w", "we", "od", "do", "po", "przed", "na początku", "pod koniec", "z"),
)

# --- Czech ------------------------------------------------------------------------------------

CS = DateLexicon(
    months=months(
        "led:en,na,nu,nem", "únor:,a,u,em", "břez:en,na,nu,nem", "dub:en,na,nu,nem",
        "květ:en,na,nu,nem", "červ:en,na,nu,nem", "červen:ec,ce,ci,cem", "srp:en,na,nu,nem",
        "září:,m", "říj:en,na,nu,nem", "listopad:,u,em", "prosin:ec,ce,ci,cem",
    ),
    weekdays=weekdays(
        "pondělí:,m", "úterý:,m", "střed:a,u,y,ě,ou", "čtvrt:ek,ka,ku,kem", "pát:ek,ku,kem",
        "sobot:a,u,y,ě,ou", "neděl:e,i,í",
    ),
    weekday_needs_cue=True,
    weekday_cues=("v", "ve", "od", "do", "v noci na", "přes noc na", "noci na"),
    month_cues=tuple(expand("{v|ve|od|do|po|před|začátkem|koncem|v polovině|na začátku|"
                            "na konci|během|v průběhu|od začátku|do konce|na přelomu}")),
    mod_last=("minulý", "minulou", "minulé", "uplynulý", "uplynulou", "loňský", "loňském"),
    mod_this=("tento", "tuto", "toto", "letošní", "letošním"),
    mod_next=("příští", "následující"),
    this_week=("tento týden", "tohoto týdne"),
    future_cues=("do",),
    future_words=("bude", "budou", "proběhne", "proběhnou", "plánuje", "plánují",
                  "naplánován*", "se uskuteční", "se sejde", "se setkají", "má se konat"),
    night_from=("v noci z", "v noci ze", "přes noc z"),
    night_to=("na",),
    not_dates=("do dneška", "k dnešku", "dnes už", "až dodnes"),
    days=_phrases({"včera": -1, "dnes": 0, "předevčírem": -2, "zítra": 1, "pozítří": 2,
                   "dnes ráno": 0, "včera večer": -1}),
    months_rel=_phrases({
        "{v |}minulém měsíci": -1, "minulý měsíc": -1, "minulého měsíce": -1,
        "{v |}tomto měsíci": 0, "tento měsíc": 0, "tohoto měsíce": 0,
        "začátkem {tohoto |}měsíce": 0, "na začátku {tohoto |}měsíce": 0,
        "příští měsíc": 1, "{v |}příštím měsíci": 1, "koncem minulého měsíce": -1,
    }),
    years_rel=_phrases({
        "letos": 0, "tento rok": 0, "{v |}tomto roce": 0, "loni": -1, "vloni": -1,
        "minulý rok": -1, "{v |}minulém roce": -1, "příští rok": 1, "{v |}příštím roce": 1,
    }),
    weeks_rel=_phrases({
        "minulý týden": -1, "{v |}minulém týdnu": -1, "tento týden": 0, "{v |}tomto týdnu": 0,
        "příští týden": 1, "{v |}příštím týdnu": 1, "začátkem {tohoto |}týdne": 0,
    }),
    weekends_rel=_phrases({
        "minulý víkend": "last", "o minulém víkendu": "last", "o víkendu": "recent",
        "během víkendu": "recent", "tento víkend": "this", "o tomto víkendu": "this",
        "příští víkend": "next",
    }),
    ago=("před # {dny|dnem}",),
    numbers=numbers("jedním:1 dvěma:2 třemi:3 čtyřmi:4 pěti:5 šesti:6 sedmi:7 několika:0"),
    year_words=("roku",),
    year_cues=tuple(expand("{v roce|roku|od roku|do roku|od|do|po roce|před rokem|"
                           "začátkem roku|koncem roku|v}")),
)

# --- Serbian / Croatian / Bosnian (Latin and Cyrillic) ----------------------------------------

_SR_MONTHS = months(
    "januar:,a,u,om siječ:anj,nja,nju,njem јануар:,а,у,ом",
    "februar:,a,u,om veljač:a,e,i,om фебруар:,а,у,ом",
    "mart:,a,u,om ožuj:ak,ka,ku,kom март:,а,у,ом",
    "april:,a,u,om trav:anj,nja,nju,njem април:,а,у,ом",
    "maj:,a,u,em svib:anj,nja,nju,njem мај:,а,у,ем",
    "jun:,a,u,om juni:,ja lip:anj,nja,nju,njem јун:,а,у,ом",
    "jul:,a,u,om juli:,ja srp:anj,nja,nju,njem јул:,а,у,ом",
    "avgust:,a,u,om august:,a,u,om kolovoz:,a,u,om август:,а,у,ом",
    "septemb:ar,ra,ru,rom rujan:,a rujn:a,u,om септемб:ар,ра,ру,ром",
    "oktob:ar,ra,ru,rom listopad:,a,u,om октоб:ар,ра,ру,ром",
    "novemb:ar,ra,ru,rom studen:i,og,oga,om,ome новемб:ар,ра,ру,ром",
    "decemb:ar,ra,ru,rom prosin:ac,ca,cu,cem децемб:ар,ра,ру,ром",
)
SR = DateLexicon(
    months=_SR_MONTHS,
    weekdays=weekdays(
        "ponedelj:ak,ka,ku,kom ponedjelj:ak,ka,ku,kom понедељ:ак,ка,ку,ком",
        "utor:ak,ka,ku,kom утор:ак,ка,ку,ком",
        "sred:a,u,e,i,om srijed:a,u,e,i,om сред:а,у,е,и,ом",
        "četvrt:ak,ka,ku,kom четврт:ак,ка,ку,ком",
        "pet:ak,ka,ku,kom пет:ак,ка,ку,ком",
        "subot:a,u,e,i,om субот:а,у,е,и,ом",
        "nedelj:a,u,e,i,om nedjelj:a,u,e,i,om недељ:а,у,е,и,ом",
    ),
    weekday_needs_cue=True,
    weekday_cues=("u", "od", "do", "у", "од", "до", "u noći na", "у ноћи на", "noću na"),
    month_cues=tuple(expand("{u|od|do|posle|poslije|nakon|pre|prije|početkom|krajem|sredinom|"
                            "tokom|tijekom|у|од|до|после|почетком|крајем|средином|током}")),
    mod_last=("prošle", "prošlog", "prošlu", "прошле", "прошлог", "прошлу"),
    mod_this=("ove", "ovog", "ovu", "ове", "овог", "ову"),
    mod_next=("sledeće", "sljedeće", "sledećeg", "sljedećeg", "naredne", "narednog",
              "iduće", "idućeg", "следеће", "следећег"),
    this_week=tuple(expand("{ove|ovog} {nedelje|nedjelje|sedmice|tjedna}")),
    future_cues=("do", "до"),
    future_words=("će", "ће", "biće", "bit će", "održaće", "planira*", "planiran*",
                  "zakazan*", "trebalo bi", "treba da", "očekuje se"),
    night_from=("u noći između", "u noći sa", "u noći s", "у ноћи између"),
    night_to=("na", "i", "на", "и"),
    not_dates=("do danas", "до данас", "od danas"),
    days=_phrases({"juče": -1, "jučer": -1, "juce": -1, "јуче": -1, "danas": 0, "данас": 0,
                   "prekjuče": -2, "prekjučer": -2, "прекјуче": -2, "sutra": 1, "сутра": 1,
                   "jutros": 0, "јутрос": 0}),
    months_rel=_phrases({
        "{prošlog|prethodnog} {meseca|mjeseca}": -1, "{прошлог|претходног} месеца": -1,
        "{ovog|ovoga|tekućeg} {meseca|mjeseca}": 0, "овог месеца": 0,
        "početkom {ovog |}{meseca|mjeseca}": 0, "почетком {овог |}месеца": 0,
        "{sledećeg|sljedećeg|narednog|idućeg} {meseca|mjeseca}": 1, "следећег месеца": 1,
        "krajem prošlog {meseca|mjeseca}": -1,
    }),
    years_rel=_phrases({
        "{ove|ovoga|tekuće} godine": 0, "ове године": 0, "{prošle|prethodne} godine": -1,
        "прошле године": -1, "lane": -1, "lani": -1, "{sledeće|sljedeće|naredne|iduće} godine": 1,
        "следеће године": 1,
    }),
    weeks_rel=_phrases({
        "prošle {nedelje|nedjelje|sedmice}": -1, "prošlog tjedna": -1, "прошле недеље": -1,
        "прошле седмице": -1, "{ove|ovoga} {nedelje|nedjelje|sedmice}": 0, "ovog tjedna": 0,
        "ovaj tjedan": 0, "ове недеље": 0, "ове седмице": 0,
        "{sledeće|sljedeće|naredne|iduće} {nedelje|nedjelje|sedmice}": 1, "idućeg tjedna": 1,
        "sljedećeg tjedna": 1, "следеће недеље": 1,
    }),
    weekends_rel=_phrases({
        "prošlog vikenda": "last", "прошлог викенда": "last", "za vikend": "recent",
        "tokom vikenda": "recent", "tijekom vikenda": "recent", "vikendom": "recent",
        "за викенд": "recent", "током викенда": "recent", "ovog vikenda": "this",
        "овог викенда": "this", "sledećeg vikenda": "next", "sljedećeg vikenda": "next",
    }),
    ago=("{pre|prije|пре} # {dana|dan|дана|дан}",),
    numbers=numbers("jedan:1 dva:2 tri:3 četiri:4 pet:5 šest:6 sedam:7 nekoliko:0 "
                    "један:1 два:2 три:3 четири:4 пет:5 шест:6 седам:7"),
    year_dot=True,
    year_words=("godine", "godina", "godini", "године", "година", "години", "g.", "г."),
    year_cues=("u", "od", "do", "posle", "poslije", "nakon", "pre", "prije", "у", "од", "до",
               "после", "tokom", "tijekom"),
)

# --- French -----------------------------------------------------------------------------------

FR = DateLexicon(
    months=months("janvier", "février fevrier", "mars", "avril", "mai", "juin", "juillet",
                  "août aout", "septembre", "octobre", "novembre", "décembre decembre"),
    month_abbr=months("janv", "févr fév", "", "avr", "", "", "juil", "", "sept", "oct", "nov",
                      "déc"),
    weekdays=weekdays("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    weekday_cues=("le", "dès", "depuis", "jusqu'à", "d'ici", "dans la nuit de",
                  "dans la nuit du"),
    month_cues=tuple(expand("{en|depuis|dès|jusqu'en|avant|après|début|fin|mi-|courant|"
                            "au début du mois de|à la fin du mois de|au mois de|le mois de|"
                            "d'ici}")),
    mod_last=(),
    mod_this=("ce",),
    mod_next=(),
    post_last=("dernier", "passé"),
    post_next=("prochain",),
    this_week=("de cette semaine", "cette semaine"),
    future_cues=("d'ici", "jusqu'à"),
    future_words=("aura lieu", "auront lieu", "doit", "doivent", "devrait", "devraient",
                  "prévu*", "va", "vont", "se tiendra", "se rendra", "rencontrera"),
    night_from=("dans la nuit de", "dans la nuit du"),
    night_to=("à", "au"),
    not_dates=("jusqu'à aujourd'hui", "d'aujourd'hui", "jusqu'aujourd'hui"),
    days=_phrases({"hier": -1, "aujourd'hui": 0, "avant-hier": -2, "demain": 1,
                   "après-demain": 2, "ce matin": 0, "hier soir": -1, "ce soir": 0,
                   "cet après-midi": 0}),
    months_rel=_phrases({
        "le mois dernier": -1, "{le |}mois passé": -1, "ce mois-ci": 0, "{en |}début de mois": 0,
        "{au |}début du mois": 0, "plus tôt ce mois-ci": 0, "le mois prochain": 1,
        "{à la |}fin du mois dernier": -1,
    }),
    years_rel=_phrases({
        "cette année": 0, "l'année dernière": -1, "l'an dernier": -1, "l'an passé": -1,
        "l'année passée": -1, "l'année prochaine": 1, "l'an prochain": 1,
    }),
    weeks_rel=_phrases({
        "la semaine dernière": -1, "la semaine passée": -1, "cette semaine": 0,
        "plus tôt cette semaine": 0, "en début de semaine": 0, "la semaine prochaine": 1,
    }),
    weekends_rel=_phrases({
        "le week-end dernier": "last", "le weekend dernier": "last", "ce week-end": "this",
        "ce weekend": "this", "pendant le week-end": "recent", "le week-end prochain": "next",
        "durant le week-end": "recent",
    }),
    ago=("il y a # jours", "il y a # jour"),
    numbers=numbers("un:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 quelques:0"),
    year_words=(),
    year_cues=tuple(expand("{en|depuis|dès|jusqu'en|avant|après|l'année|d'ici|fin|début|"
                           "courant|printemps|été|automne|hiver}")),
)

# --- Spanish ----------------------------------------------------------------------------------

ES = DateLexicon(
    months=months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre setiembre", "octubre", "noviembre", "diciembre"),
    month_abbr=months("ene", "feb", "mar", "abr", "", "jun", "jul", "ago", "sep sept", "oct",
                      "nov", "dic"),
    weekdays=weekdays("lunes", "martes", "miércoles miercoles", "jueves", "viernes",
                      "sábado sabado", "domingo"),
    weekday_cues=("el", "desde el", "hasta el", "la noche del", "la madrugada del"),
    month_cues=tuple(expand("{en|desde|hasta|antes de|después de|a principios de|"
                            "a finales de|a mediados de|principios de|finales de|mediados de|"
                            "a fines de|el mes de|en el mes de|durante}")),
    mod_last=("el pasado", "pasado"),
    mod_this=("este", "esta"),
    mod_next=("el próximo", "próximo", "el proximo", "este próximo"),
    post_last=("pasado",),
    post_next=("próximo", "que viene"),
    this_week=("de esta semana", "esta semana"),
    future_cues=("hasta el",),
    future_words=("será", "serán", "se celebrará", "tendrá lugar", "está previsto",
                  "están previstos", "prevé", "va a", "van a", "se reunirá", "viajará",
                  "se entregará", "celebrará"),
    night_from=("la noche del", "en la noche del"),
    night_to=("al",),
    not_dates=("hasta hoy", "hoy en día", "hoy día", "de hoy en adelante"),
    days=_phrases({"ayer": -1, "hoy": 0, "anteayer": -2, "antier": -2, "antes de ayer": -2,
                   "esta mañana": 0, "esta tarde": 0,
                   "esta noche": 0, "pasado mañana": 2}),
    months_rel=_phrases({
        "el mes pasado": -1, "{el |}pasado mes": -1, "este mes": 0,
        "a principios de {este |}mes": 0,
        "a comienzos de {este |}mes": 0, "el próximo mes": 1, "el mes que viene": 1,
        "a finales del mes pasado": -1,
    }),
    years_rel=_phrases({
        "este año": 0, "el año pasado": -1, "el pasado año": -1, "el próximo año": 1,
        "el año que viene": 1,
    }),
    weeks_rel=_phrases({
        "la semana pasada": -1, "la pasada semana": -1, "esta semana": 0,
        "a principios de {esta |}semana": 0, "la próxima semana": 1, "la semana que viene": 1,
    }),
    weekends_rel=_phrases({
        "el fin de semana pasado": "last", "el pasado fin de semana": "last",
        "este fin de semana": "this", "durante el fin de semana": "recent",
        "el próximo fin de semana": "next", "el fin de semana": "recent",
    }),
    ago=("hace # días", "hace # día"),
    numbers=numbers("un:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 unos:0"),
    year_words=(),
    year_cues=tuple(expand("{en|desde|hasta|antes de|después de|en el|desde el|hasta el|"
                           "a principios de|a finales de|a mediados de|del|el año|de}")),
    joiners=("de",),
)

# --- Italian ----------------------------------------------------------------------------------

IT = DateLexicon(
    months=months("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    month_abbr=months("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
                      "nov", "dic"),
    weekdays=weekdays("lunedì lunedi", "martedì martedi", "mercoledì mercoledi",
                      "giovedì giovedi", "venerdì venerdi", "sabato", "domenica"),
    weekday_cues=("il", "la", "da", "fino a", "nella notte tra", "nella notte di"),
    month_cues=tuple(expand("{a|ad|in|da|dal|fino a|entro|prima di|dopo|inizio|fine|metà|"
                            "all'inizio di|alla fine di|a metà|nel mese di|il mese di|durante}")),
    mod_last=("lo scorso", "la scorsa", "scorso", "scorsa"),
    mod_this=("questo", "questa"),
    mod_next=("il prossimo", "la prossima", "prossimo", "prossima"),
    post_last=("scorso", "scorsa"),
    post_next=("prossimo", "prossima"),
    this_week=("di questa settimana", "questa settimana"),
    future_cues=("entro", "fino a"),
    future_words=("si terrà", "sarà", "saranno", "è previsto", "sono previsti", "incontrerà",
                  "dovrebbe", "dovrebbero"),
    not_dates=("fino ad oggi", "fino a oggi", "al giorno d'oggi", "oggi giorno"),
    days=_phrases({"ieri": -1, "oggi": 0, "l'altro ieri": -2, "l'altroieri": -2, "domani": 1,
                   "stamattina": 0, "ieri sera": -1, "stasera": 0, "stanotte": 0}),
    months_rel=_phrases({
        "il mese scorso": -1, "lo scorso mese": -1, "questo mese": 0,
        "all'inizio del mese": 0, "all'inizio di questo mese": 0, "il mese prossimo": 1,
        "il prossimo mese": 1,
    }),
    years_rel=_phrases({
        "quest'anno": 0, "l'anno scorso": -1, "lo scorso anno": -1, "l'anno prossimo": 1,
        "il prossimo anno": 1,
    }),
    weeks_rel=_phrases({
        "la settimana scorsa": -1, "la scorsa settimana": -1, "questa settimana": 0,
        "la settimana prossima": 1, "la prossima settimana": 1,
    }),
    weekends_rel=_phrases({
        "lo scorso fine settimana": "last", "lo scorso weekend": "last",
        "questo fine settimana": "this", "questo weekend": "this",
        "nel fine settimana": "recent", "nel weekend": "recent",
    }),
    ago=("# giorni fa", "# giorno fa"),
    numbers=numbers("un:1 uno:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 alcuni:0"),
    year_cues=tuple(expand("{nel|dal|fino al|entro il|prima del|dopo il|a|ad|inizio|fine}")),
)

#: language code -> lexicon; Bosnian, Croatian and Montenegrin share the Serbian tables
LEXICONS: dict[str, DateLexicon] = {
    "uk": UK, "ru": RU, "bg": BG, "en": EN, "de": DE, "pl": PL, "cs": CS, "sr": SR, "hr": SR,
    "bs": SR, "me": SR, "fr": FR, "es": ES, "it": IT,
}  # fmt: skip

#: words after a year in every language: a year followed by one of these is a year anywhere
YEAR_WORDS_ANY: tuple[str, ...] = ("г.", "гг.", "р.", "r.", "g.")
