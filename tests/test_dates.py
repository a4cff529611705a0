"""Date mentions and happening dates: seeds, one sentence per language and rule, the dev set.

Seeds and the dev set are read from ../shared, never copied into the repo.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from storywire.nlp.dates import DateMention, find_dates, find_periods, happening_date

SHARED = Path(__file__).resolve().parents[1].parent / "shared/data"
SEEDS = SHARED / "seeds"
DEV = SHARED / "dev" / "dev.jsonl"
HEADER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})(?:[ \t]+[A-Za-z]{2}(?=\s|$))*")

D = dt.date
WED = D(2025, 11, 26)  # a Wednesday: Sunday is the 23rd, Monday the 24th


def strip_header(text: str) -> tuple[D | None, str]:
    match = HEADER.match(text)
    if not match:
        return None, text
    return D.fromisoformat(match.group(1)), text[match.end() :].strip()


def seed(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return strip_header(path.read_text(encoding="utf-8"))[1]


def check_offsets(text: str, mentions: list) -> None:
    for m in mentions:
        assert text[m.start : m.end] == m.text, m


def by_text(text: str, lang: str, ref: D | None) -> dict[str, tuple[str, str, bool]]:
    found = find_dates(text, lang, ref)
    check_offsets(text, found)
    return {m.text: (m.value, m.granularity, m.relative) for m in found}


# --- seeds ------------------------------------------------------------------------------------


def test_seed_001_russian() -> None:
    got = by_text(seed("001"), "ru", WED)
    assert got["21 июня"] == ("2025-06-21", "day", True)
    assert got["В сентябре"] == ("2025-09", "month", True)
    assert got["в начале месяца"] == ("2025-11", "month", True)
    # "крупнейшему на сегодня" means "to date": no day
    assert "сегодня" not in got


def test_seed_000_ukrainian() -> None:
    text = seed("000")
    got = by_text(text, "uk", WED)
    assert got["у вересні"] == ("2025-09", "month", True)
    assert got["у січні"] == ("2025-01", "month", True)
    assert got["Минулого місяця"] == ("2025-10", "month", True)
    assert got["на початку цього місяця"] == ("2025-11", "month", True)
    assert "сьогодні" not in got  # "найбільшого на сьогодні" = "the largest to date"
    # a weekend is neither a day nor a month: find_periods reports it as a range
    assert not any("вихідними" in key for key in got)
    (weekend,) = find_periods(text, "uk", WED)
    assert text[weekend.start : weekend.end] == weekend.text == "минулими вихідними"
    assert (weekend.kind, weekend.first, weekend.last) == ("weekend", D(2025, 11, 22),
                                                            D(2025, 11, 23))


def test_seed_004_bulgarian() -> None:
    text = seed("004")
    ref = D(2025, 11, 28)
    got = by_text(text, "bg", ref)
    assert got["през 2022 г."] == ("2022", "year", False)
    assert got["от 2020 г."] == ("2020", "year", False)
    assert got["през 1994 г."] == ("1994", "year", False)
    assert got["тази година"] == ("2025", "year", True)
    assert got["през миналата година"] == ("2024", "year", True)
    (week,) = find_periods(text, "bg", ref)
    assert (week.text, week.kind, week.first, week.last) == (
        "тази седмица", "week", D(2025, 11, 24), D(2025, 11, 30))


def test_seeds_happening_date_is_publication_date() -> None:
    # none of the seeds dates its news in the lead: the publication date stands
    assert happening_date(seed("001"), "ru", WED) == (WED, "publication date")
    assert happening_date(seed("000"), "uk", WED) == (WED, "publication date")


# --- every language, every rule (reference: Wednesday 2025-11-26) -----------------------------

CASES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("uk", "Вчора президент заявив, що у неділю, минулого вівторка і три дні тому все "
           "змінилося; 23 листопада 2025 року, у вересні, у 2022 році, торік.",
     [("Вчора", "2025-11-25", "day"), ("у неділю", "2025-11-23", "day"),
      ("минулого вівторка", "2025-11-25", "day"), ("три дні тому", "2025-11-23", "day"),
      ("23 листопада 2025 року", "2025-11-23", "day"), ("у вересні", "2025-09", "month"),
      ("у 2022 році", "2022", "year"), ("торік", "2024", "year")]),
    ("uk", "У п’ятницю і в п'ятницю", [("У п’ятницю", "2025-11-21", "day"),
                                      ("в п'ятницю", "2025-11-21", "day")]),
    ("ru", "В воскресенье и позавчера; в прошлом месяце, в 2022 году, 21 июня, в ночь на "
           "10 сентября, в начале декабря.",
     [("В воскресенье", "2025-11-23", "day"), ("позавчера", "2025-11-24", "day"),
      ("в прошлом месяце", "2025-10", "month"), ("в 2022 году", "2022", "year"),
      ("21 июня", "2025-06-21", "day"), ("10 сентября", "2025-09-10", "day"),
      ("в начале декабря", "2025-12", "month")]),
    ("ru", "Переговоры прошли 4–5 февраля.", [("4", "2025-02-04", "day"),
                                              ("5 февраля", "2025-02-05", "day")]),
    ("ru", "Президент в четверг, 4 декабря, согласился.", [("4 декабря", "2025-12-04", "day")]),
    ("bg", "В неделя и вчера; миналия месец, през септември, на 14 декември, преди два дни.",
     [("В неделя", "2025-11-23", "day"), ("вчера", "2025-11-25", "day"),
      ("миналия месец", "2025-10", "month"), ("през септември", "2025-09", "month"),
      ("14 декември", "2025-12-14", "day"), ("преди два дни", "2025-11-24", "day")]),
    ("en", "Rubio said on Sunday, last Friday and yesterday; November 28, Nov. 12, 2025, "
           "11/28/2025, 28th of November, in September, last month, earlier this month, this "
           "year, in 2022, two days ago, the day before yesterday, mid-September.",
     [("on Sunday", "2025-11-23", "day"), ("last Friday", "2025-11-21", "day"),
      ("yesterday", "2025-11-25", "day"), ("November 28", "2025-11-28", "day"),
      ("Nov. 12, 2025", "2025-11-12", "day"), ("11/28/2025", "2025-11-28", "day"),
      ("28th of November", "2025-11-28", "day"), ("in September", "2025-09", "month"),
      ("last month", "2025-10", "month"), ("earlier this month", "2025-11", "month"),
      ("this year", "2025", "year"), ("in 2022", "2022", "year"),
      ("two days ago", "2025-11-24", "day"), ("the day before yesterday", "2025-11-24", "day"),
      ("mid-September", "2025-09", "month")]),
    ("de", "Am Sonntag und gestern, im September, letzten Monat, am 23. November 2025, vor drei "
           "Tagen, am Sonntagabend, im Jahr 2022.",
     [("Am Sonntag", "2025-11-23", "day"), ("gestern", "2025-11-25", "day"),
      ("im September", "2025-09", "month"), ("letzten Monat", "2025-10", "month"),
      ("23. November 2025", "2025-11-23", "day"), ("vor drei Tagen", "2025-11-23", "day"),
      ("am Sonntagabend", "2025-11-23", "day"), ("im Jahr 2022", "2022", "year")]),
    ("pl", "W niedzielę i wczoraj, we wrześniu, w zeszłym miesiącu, 23 listopada 2025 r., "
           "w 2022 roku.",
     [("W niedzielę", "2025-11-23", "day"), ("wczoraj", "2025-11-25", "day"),
      ("we wrześniu", "2025-09", "month"), ("w zeszłym miesiącu", "2025-10", "month"),
      ("23 listopada 2025 r.", "2025-11-23", "day"), ("w 2022 roku", "2022", "year")]),
    ("pl", "W nocy z wtorku na środę drony wleciały.",
     [("W nocy z wtorku na środę", "2025-11-26", "day")]),
    ("cs", "V neděli a včera, v září, minulý měsíc, 23. listopadu 2025, v roce 2022, letos.",
     [("V neděli", "2025-11-23", "day"), ("včera", "2025-11-25", "day"),
      ("v září", "2025-09", "month"), ("minulý měsíc", "2025-10", "month"),
      ("23. listopadu 2025", "2025-11-23", "day"), ("v roce 2022", "2022", "year"),
      ("letos", "2025", "year")]),
    ("sr", "U nedelju i juče, u septembru, prošlog meseca, 23. novembra 2025. i od 2021. godine.",
     [("U nedelju", "2025-11-23", "day"), ("juče", "2025-11-25", "day"),
      ("u septembru", "2025-09", "month"), ("prošlog meseca", "2025-10", "month"),
      ("23. novembra 2025.", "2025-11-23", "day"), ("od 2021. godine", "2021", "year")]),
    ("hr", "U nedjelju i jučer, u rujnu, 23. studenoga 2025.",
     [("U nedjelju", "2025-11-23", "day"), ("jučer", "2025-11-25", "day"),
      ("u rujnu", "2025-09", "month"), ("23. studenoga 2025.", "2025-11-23", "day")]),
    ("fr", "Dimanche et hier, en septembre, le mois dernier, le 23 novembre 2025, le 20 novembre "
           "dernier, lundi dernier, il y a trois jours, aujourd’hui.",
     [("Dimanche", "2025-11-23", "day"), ("hier", "2025-11-25", "day"),
      ("en septembre", "2025-09", "month"), ("le mois dernier", "2025-10", "month"),
      ("23 novembre 2025", "2025-11-23", "day"), ("20 novembre dernier", "2025-11-20", "day"),
      ("lundi dernier", "2025-11-24", "day"), ("il y a trois jours", "2025-11-23", "day"),
      ("aujourd’hui", "2025-11-26", "day")]),
    ("es", "El domingo y ayer, en septiembre, el mes pasado, el 23 de noviembre de 2025, "
           "hace dos días.",
     [("El domingo", "2025-11-23", "day"), ("ayer", "2025-11-25", "day"),
      ("en septiembre", "2025-09", "month"), ("el mes pasado", "2025-10", "month"),
      ("23 de noviembre de 2025", "2025-11-23", "day"), ("hace dos días", "2025-11-24", "day")]),
    ("it", "Domenica e ieri, a settembre, il mese scorso.",
     [("Domenica", "2025-11-23", "day"), ("ieri", "2025-11-25", "day"),
      ("a settembre", "2025-09", "month"), ("il mese scorso", "2025-10", "month")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_languages(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_dates(text, lang, WED)
    check_offsets(text, found)
    assert [(m.text, m.value, m.granularity) for m in found] == expected


# --- resolution rules -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("on Wednesday", "2025-11-26"),          # the reference day itself
    ("last Wednesday", "2025-11-19"),        # strictly before
    ("next Wednesday", "2025-12-03"),        # strictly after
    ("this Sunday", "2025-11-23"),           # the nearest: three days back...
    ("this Saturday", "2025-11-29"),         # ...or three ahead
    ("on Thursday this week", "2025-11-27"),
    ("Trump will meet Putin on Friday", "2025-11-28"),  # future tense: the coming one
    ("Trump met Putin on Friday", "2025-11-21"),
    ("a deal by Friday", "2025-11-28"),      # a deadline
])
def test_weekday_rules(text: str, value: str) -> None:
    (mention,) = find_dates(text, "en", WED)
    assert (mention.value, mention.granularity, mention.relative) == (value, "day", True)


def test_weekday_future_and_this_week_in_russian() -> None:
    got = by_text("Встреча состоится во вторник. Уиткофф в четверг на этой неделе отправится.",
                  "ru", D(2026, 1, 21))
    assert got == {"во вторник": ("2026-01-27", "day", True),
                   "в четверг на этой неделе": ("2026-01-22", "day", True)}
    assert find_periods("в четверг на этой неделе", "ru", WED) == []
    # "на пятницу" (moved to Friday) looks ahead, "в ночь на воскресенье" is the night just gone
    got = by_text("Заседание перенесли на пятницу. Удар нанесли в ночь на воскресенье.", "ru", WED)
    assert got == {"на пятницу": ("2025-11-28", "day", True),
                   "в ночь на воскресенье": ("2025-11-23", "day", True)}


@pytest.mark.parametrize(("text", "ref", "value"), [
    ("21 июня", WED, "2025-06-21"),
    ("9 декабря", D(2025, 12, 5), "2025-12-09"),      # announced, days ahead
    ("10 декабря", D(2025, 10, 10), "2025-12-10"),    # same year, two months ahead
    ("5 января", D(2025, 12, 20), "2026-01-05"),      # across New Year only weeks ahead
    ("5 января", WED, "2025-01-05"),
    ("23 ноября", D(2026, 2, 18), "2025-11-23"),
    ("29 февраля", D(2025, 3, 1), "2024-02-29"),
])
def test_yearless_days(text: str, ref: D, value: str) -> None:
    (mention,) = find_dates(text, "ru", ref)
    assert (mention.value, mention.granularity, mention.relative) == (value, "day", True)


@pytest.mark.parametrize(("text", "ref", "value"), [
    ("в декабре", WED, "2025-12"),
    ("в январе", WED, "2025-01"),
    ("в январе", D(2025, 12, 10), "2026-01"),
    ("в декабре", D(2025, 10, 10), "2025-12"),
    ("в декабре", D(2025, 9, 10), "2024-12"),
    ("в прошлом ноябре", WED, "2024-11"),
    ("в сентябре 2024 года", WED, "2024-09"),
])
def test_yearless_months(text: str, ref: D, value: str) -> None:
    (mention,) = find_dates(text, "ru", ref)
    assert mention.text == text
    assert (mention.value, mention.granularity) == (value, "month")
    assert mention.relative == ("2024 года" not in text)


def test_without_reference_only_absolute_dates() -> None:
    text = "вчера, 21 июня, в сентябре, 23.11.2025 и в 2022 году"
    got = by_text(text, "ru", None)
    assert got == {"23.11.2025": ("2025-11-23", "day", False),
                   "в 2022 году": ("2022", "year", False)}
    assert find_periods("на прошлой неделе", "ru", None) == []


def test_numeric_dates_in_any_language() -> None:
    got = by_text("Published 2025-11-28 and 28.11.2025 and 5. 12. 2025", "el", None)
    assert got == {"2025-11-28": ("2025-11-28", "day", False),
                   "28.11.2025": ("2025-11-28", "day", False),
                   "5. 12. 2025": ("2025-12-05", "day", False)}
    # day/month order outside US English
    assert by_text("28/11/2025 i 03/04/2025", "pl", None) == {
        "28/11/2025": ("2025-11-28", "day", False), "03/04/2025": ("2025-04-03", "day", False)}
    assert by_text("03/04/2025", "en", None) == {"03/04/2025": ("2025-03-04", "day", False)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The US 28-point plan, Su-30 jets, call +7 495 123-45-67 at 19:58."),
    ("en", "Over 100 prisoners and 2020 people; they may return; March on, version 1.2.3."),
    ("en", "Results: 34.51 percent, 23.36 per cent, 2,025 votes, 1 000 ballots."),
    ("ru", "Истребитель Су-30 и 28-пунктный план; 2 000 человек в 19:58; 1 000 политзаключенных."),
    ("ru", "В окружающую среду попало 100 тонн; около 2025 человек."),
    ("uk", "Лютого ворога зупинили; 52 людини; тел. 044 123 45 67."),
    ("de", "Der Morgen war kalt; 2024 Menschen; 10,5 Prozent."),
])
def test_no_false_positives(lang: str, text: str) -> None:
    assert find_dates(text, lang, WED) == []


def test_weekends() -> None:
    def weekend(text: str, ref: D) -> tuple[D, D]:
        (period,) = find_periods(text, "en", ref)
        assert period.kind == "weekend"
        return period.first, period.last

    sunday = D(2025, 11, 23)
    assert weekend("last weekend", WED) == (D(2025, 11, 22), sunday)
    assert weekend("last weekend", sunday) == (D(2025, 11, 15), D(2025, 11, 16))
    assert weekend("over the weekend", sunday) == (D(2025, 11, 22), sunday)
    assert weekend("this weekend", WED) == (D(2025, 11, 29), D(2025, 11, 30))


def test_match_inside_a_word_does_not_hide_the_next() -> None:
    # "и днес" is not an idiom here: "подновени днес" = "resumed today"
    text = "Вчера и днес разговаряха, ще бъдат подновени днес."
    found = find_dates(text, "bg", WED)
    check_offsets(text, found)
    assert [(m.text, m.value) for m in found] == [
        ("Вчера", "2025-11-25"), ("днес", "2025-11-26"), ("днес", "2025-11-26")]


def test_language_codes_are_normalised() -> None:
    assert find_dates("yesterday", "en-US", WED)[0].value == "2025-11-25"
    assert find_dates("вчера", "BG", WED)[0].value == "2025-11-25"


def test_unknown_language_and_empty_text() -> None:
    assert find_dates("", "ru", WED) == []
    assert find_dates("вчера 21 июня", "xx", WED) == []  # no vocabulary, no numeric date
    assert happening_date("", "ru", None)[0] is None


def test_month_tables_cover_the_lexicons() -> None:
    from storywire.lang import module
    from storywire.nlp._datedata import LEXICONS

    for code, lex in LEXICONS.items():
        if code in ("hr", "bs", "me"):
            continue
        ours = {k.lower(): v for k, v in {**lex.months, **lex.month_abbr}.items()}
        for form, number in getattr(module(code), "MONTHS", {}).items():
            assert ours.get(form) == number, (code, form)


def test_mention_date_property() -> None:
    month = DateMention(0, 1, "x", "2025-09", "month", True)
    assert month.date == D(2025, 9, 1)
    assert DateMention(0, 1, "x", "2022", "year", False).date == D(2022, 1, 1)


# --- happening_date ---------------------------------------------------------------------------

MON = D(2025, 11, 24)


def test_happening_relative_words() -> None:
    assert happening_date("Переговоры прошли вчера в Женеве.", "ru", MON) == (
        D(2025, 11, 23), "lead: 'вчера'")
    assert happening_date("Переговори відбулися у неділю.", "uk", MON)[0] == D(2025, 11, 23)
    assert happening_date("Разговорите се проведоха в неделя.", "bg", MON)[0] == D(2025, 11, 23)
    assert happening_date("Die Gespräche fanden gestern statt.", "de", MON)[0] == D(2025, 11, 23)
    assert happening_date("Rozmowy odbyły się wczoraj.", "pl", MON)[0] == D(2025, 11, 23)
    assert happening_date("Talks ended today.", "en", MON) == (MON, "lead: 'today'")


def test_happening_title_wins() -> None:
    date, reason = happening_date("Переговоры продолжаются, стороны довольны.", "ru", MON,
                                  title="Зеленский в воскресенье встретился с Рубио")
    assert (date, reason) == (D(2025, 11, 23), "title: 'в воскресенье'")


def test_happening_explicit_date_and_announced_day() -> None:
    assert happening_date("Обыски прошли 28 ноября.", "ru", D(2025, 12, 1))[0] == D(2025, 11, 28)
    # an announced day counts only when nothing already happened is named
    assert happening_date("Встреча состоится в пятницу.", "ru", WED)[0] == D(2025, 11, 28)
    text = "Он вступит в должность 9 декабря. Президент в четверг, 4 декабря, согласился."
    assert happening_date(text, "ru", D(2025, 12, 5))[0] == D(2025, 12, 4)


def test_happening_ignores_quotes_stamps_and_background() -> None:
    assert happening_date("Он сказал: «Сегодня мы договорились».", "ru", MON) == (
        MON, "publication date")
    assert happening_date("18 февраля, 08:49\nУмеров провел встречу.", "ru",
                          D(2026, 2, 19)) == (D(2026, 2, 19), "publication date")
    text = "В 2022 году посольство закрыли, а 21 июня отпустили 14 человек. В сентябре - 52."
    assert happening_date(text, "ru", WED) == (WED, "publication date")


def test_happening_body_fallback() -> None:
    lead = "Переговори тривали понад п'ять годин і завершилися без проривів. " * 7
    text = lead + "У неділю, 14 грудня, Зеленський зустрівся з Віткоффом."
    assert happening_date(text, "uk", D(2025, 12, 15)) == (D(2025, 12, 14), "body: '14 грудня'")
    # older body dates are background
    assert happening_date(text, "uk", D(2025, 12, 17))[0] == D(2025, 12, 17)


def test_happening_week_hints() -> None:
    date, reason = happening_date("На прошлой неделе Рада уволила министров.", "ru", WED)
    assert date == D(2025, 11, 23) and "На прошлой неделе" in reason
    assert happening_date("На этой неделе Рада уволила министров.", "ru", WED)[0] == WED


def test_happening_without_publication_date() -> None:
    text = "Інтерфакс-Україна\n12:55 10.11.2025\n\nОперація «Мідас»: обшуки у понеділок."
    date, reason = happening_date(text, "uk", None)
    assert date == D(2025, 11, 10) and "10.11.2025" in reason
    assert happening_date("Путин встретился с Уиткоффом в понедельник.", "ru", None) == (
        None, "no date in text and no publication date")


def test_a_day_inside_a_relative_clause_dates_what_the_clause_describes() -> None:
    """Written for this test: the statement is news of its publication day, the meeting it
    describes is not; a relative clause closed by a comma leaves the main clause's day."""
    published = D(2025, 12, 5)
    about = ("Помощник президента Юрий Ушаков рассказал об атмосфере, которая была на встрече "
             "президента и спецпосланника 2 декабря.")
    assert happening_date(about, "ru", published)[0] == published
    english = "The envoy described the talks, which took place on December 2, as friendly."
    assert happening_date(english, "en", published)[0] == published
    closed = "Переговоры, которые начались в Женеве, завершились 3 декабря."
    assert happening_date(closed, "ru", published)[0] == D(2025, 12, 3)
    plain = "Ушаков встретился с послом 3 декабря."
    assert happening_date(plain, "ru", published)[0] == D(2025, 12, 3)
    after_preposition = "Зустріч, під час якої сторони домовилися 2 грудня, тривала годину."
    assert happening_date(after_preposition, "uk", published)[0] == published


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Графіки відключень: які черги не матимуть світла 3 грудня", "uk"),  # a question
        ("Which shops are open on December 3?", "en"),
        ("The agency which oversees defence said on 3 December it would act.", "en"),
        ("Кремль, который молчал неделю, 3 декабря заявил о встрече.", "ru"),  # clause closed
    ],
)
def test_questions_and_closed_clauses_keep_their_day(text: str, lang: str) -> None:
    assert happening_date(text, lang, D(2025, 12, 5))[0] == D(2025, 12, 3)


def test_a_period_in_the_opening_does_not_stand_in_for_the_publication_date() -> None:
    """A term of office names two ends, neither of them the page's day; a range of a few days
    may be the news itself, and a lone full date still stands in (written for this test)."""
    term = ("Predsjednik je imenovao novog premijera. Premijer je na funkciji bio od 6. decembra "
            "2017. do 17. decembra 2021. godine.")
    assert happening_date(term, "hr", None)[0] is None
    span = "The minister served from 3 May 2019 to 1 June 2022 and resigned."
    assert happening_date(span, "en", None)[0] is None
    dashed = "Переговоры прошли 4 февраля 2026 – 5 февраля 2026 года в Абу-Даби."
    assert happening_date(dashed, "ru", None)[0] == D(2026, 2, 4)
    lone = "Prague, 5 October 2025. The opposition party won the election."
    assert happening_date(lone, "en", None)[0] == D(2025, 10, 5)
    # "and" and a sentence end join no period
    assert happening_date("Talks on 1 May 2025 and 3 July 2025 failed.", "en", None)[0] == D(
        2025, 5, 1)
    assert happening_date("London, 5 December 2025, on 24 February 2022 the war began.", "en",
                          None)[0] == D(2025, 12, 5)


# --- dev set ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dev() -> list[tuple[dict, D | None, str]]:
    assert DEV.is_file(), f"dev set not found at {DEV}"
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    return [(row, *strip_header(row["text"])) for row in rows]


def test_dev_offsets_and_granularity(dev: list[tuple[dict, D | None, str]]) -> None:
    for row, published, text in dev:
        ref = published or D.fromisoformat(row["event"][:10])
        found = find_dates(text, row["lang"], ref)
        check_offsets(text, found)
        check_offsets(text, find_periods(text, row["lang"], ref))
        for m in found:
            assert m.granularity == {10: "day", 7: "month", 4: "year"}[len(m.value)]
            m.date  # noqa: B018 - parses


def test_dev_happening_dates_beat_publication_date(dev: list[tuple[dict, D | None, str]]) -> None:
    dated = [(row, p, t) for row, p, t in dev if p is not None]
    gold = [D.fromisoformat(row["event"][:10]) for row, _, _ in dated]
    guesses = [happening_date(t, row["lang"], p)[0] for row, p, t in dated]
    exact = sum(g == h for g, h in zip(gold, guesses, strict=True)) / len(dated)
    near = sum(h is not None and abs((g - h).days) <= 1
               for g, h in zip(gold, guesses, strict=True)) / len(dated)
    baseline = sum(g == p for g, (_, p, _) in zip(gold, dated, strict=True)) / len(dated)
    assert len(dated) >= 150
    assert exact >= baseline + 0.08, (exact, baseline)  # measured: 0.759 vs 0.639
    assert near >= 0.97, near


def test_happening_kinds() -> None:
    """How firmly a text gives its day: written out in the lead, relative, body, publication."""
    from storywire.nlp.dates import happening

    pub = D(2025, 11, 19)
    assert happening("Рада 18 листопада не проголосувала за звільнення.", "uk", pub).kind == (
        "stated")
    assert happening("Parliament on Tuesday voted to dismiss them.", "en", pub).kind == "relative"
    body = "Parliament met again. " + "The debate went on for hours. " * 20 + "On 18 November"
    assert happening(body + " it failed.", "en", pub).kind == "body"
    assert happening("Parliament voted to dismiss them.", "en", pub).kind == "published"
    assert happening("Parliament voted to dismiss them.", "en", None).kind is None
