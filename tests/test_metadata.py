"""Header, title, caption, byline and attribution parsing (storywire.readers.metadata).

Seed and dev texts are read from ../shared at test time, never copied here; every other text in
this file is made up for the test.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from storywire import lang
from storywire.readers.metadata import ParsedText, parse_text

DATA = Path(__file__).resolve().parents[1].parent / "shared/data"
SEEDS = DATA / "seeds"
DEV = DATA / "dev/dev.jsonl"


def _seed(prefix: str) -> str:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    assert paths, f"seed {prefix} not found in {SEEDS} (tests read it from ../shared)"
    return paths[0].read_text(encoding="utf-8")


def _dev_rows() -> list[dict]:
    assert DEV.exists(), f"dev set not found at {DEV} (tests read it from ../shared)"
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]


def assert_verbatim(raw: str, parsed: ParsedText) -> None:
    """The body is made of original lines only: no character inside a kept line changes."""
    for line in parsed.body.split("\n"):
        assert line in raw, line


# ---------------------------------------------------------------------------- seeds


def test_seed_001_header_title_caption_byline_attribution() -> None:
    raw = _seed("001")
    p = parse_text(raw)
    assert p.published == dt.date(2025, 11, 26)
    assert p.lang_hint == ["ru"]
    assert p.title == (
        "США и Беларусь ведут переговоры об освобождении более 100 политзаключенных, - Reuters"
    )
    assert p.authors == ["Ірина Глухова"]
    assert "Reuters" in p.cited
    assert p.source == "РБК-Украина"
    assert "РБК-Украина" not in p.cited
    assert "Фото:" not in p.body and "Автор:" not in p.body
    assert p.meta["captions"] and p.meta["captions"][0].startswith("Фото:")
    assert p.meta["bylines"] == ["Автор: Ірина Глухова"]
    assert p.meta["header"] == "date 2025-11-26 RU"
    assert not p.body.startswith(("date", " date", p.title))
    assert_verbatim(raw, p)


def test_seed_000_paragraph_start_cites_reuters() -> None:
    raw = _seed("000")
    p = parse_text(raw)
    assert "Reuters" in p.cited
    assert p.title is None
    assert p.published is None
    assert p.source is None
    assert p.body == raw.strip()  # nothing in it is metadata


def test_seed_004_bulgarian_agency() -> None:
    raw = _seed("004")
    p = parse_text(raw)
    assert "БТА" in p.cited
    assert "Ройтерс" in p.cited  # "заявили пред Ройтерс"
    assert p.title is None
    assert p.body == raw.strip()


# ---------------------------------------------------------------------------- dev set


def test_dev_set_verbatim_and_header_dates() -> None:
    rows = _dev_rows()
    header = re.compile(r"\s*date \d{4}-\d{2}-\d{2}")
    with_header = 0
    for row in rows:
        raw = row["text"]
        p = parse_text(raw)
        assert_verbatim(raw, p)
        assert p.body.strip(), row["id"]
        if header.match(raw):
            with_header += 1
            assert p.published is not None and p.published.isoformat() == row["date"], row["id"]
            assert not p.body.lstrip().startswith("date "), row["id"]
    assert with_header > 100


# ---------------------------------------------------------------------------- header


@pytest.mark.parametrize(
    ("raw", "hint", "body_start"),
    [
        (" date 2025-11-21 В Axios написали про план.", [], "В Axios написали"),
        ("date 2025-10-10 El Comité anunció el premio.", [], "El Comité"),
        ("date 2025-10-10 Es un día histórico.", [], "Es un día"),
        ("date 2025-10-10 es un día histórico.", [], "es un día"),
        ("date 2025-11-21 US officials said talks went well.", [], "US officials"),
        ("date 2025-11-21 IT company shares rose sharply.", [], "IT company"),
        ("date 2025-11-21 en el marco de la cumbre.", [], "en el marco"),
        (" date 2025-11-26 RU\n\nПервый абзац текста.", ["ru"], "Первый абзац"),
        (" date 2025-11-26 ua en ru\nПерший абзац тексту.", ["uk", "en", "ru"], "Перший"),
        ("date 2025-11-21 IT\nIT company shares rose.", ["it"], "IT company"),
        ("date 2025-11-21 UK RU В Axios написали.", ["uk", "ru"], "В Axios"),
        ("\n\n  date 2025-11-21 DE\nDer Text beginnt hier.", ["de"], "Der Text"),
        (" date 2025-11-21 RU\r\nТекст с переводом строки Windows.\r\n", ["ru"], "Текст"),
    ],
)
def test_header_codes_and_tail(raw: str, hint: list[str], body_start: str) -> None:
    p = parse_text(raw)
    assert p.published == dt.date.fromisoformat(re.search(r"\d{4}-\d\d-\d\d", raw).group())
    assert p.lang_hint == hint
    assert p.body.startswith(body_start)
    assert_verbatim(raw, p)


def test_header_leftovers_go_to_meta() -> None:
    p = parse_text(" date 2025-12-01 - Дата публикации\nЗаголовок новости про встречу делегаций\n"
                   "Первый абзац новости. Второе предложение.")
    assert p.meta["boilerplate"] == ["- Дата публикации"]
    assert p.title == "Заголовок новости про встречу делегаций"
    assert p.body == "Первый абзац новости. Второе предложение."
    p = parse_text(" date 2025-11-28 |\nЗаголовок новости про отставку министра\nТекст новости.")
    assert p.meta["boilerplate"] == ["|"]
    assert p.body == "Текст новости."


def test_invalid_header_date_is_kept_in_meta() -> None:
    p = parse_text("date 2025-13-45 RU\nТекст.")
    assert p.published is None
    assert p.meta["header_date_invalid"] == "2025-13-45"
    assert p.lang_hint == ["ru"]


def test_header_date_wins_over_timestamp_lines() -> None:
    p = parse_text(" date 2025-11-11\n12:55 10.11.2025\nЗаголовок статьи о переговорах в Женеве\n"
                   "Текст статьи.")
    assert p.published == dt.date(2025, 11, 11)
    assert "12:55 10.11.2025" in p.meta["boilerplate"]


def test_header_running_into_headline() -> None:
    p = parse_text(" date 2025-11-23 Посол: переговоры в Женеве стали самыми продуктивными\n\n"
                   "Дипломат рассказал о ходе встречи. Детали будут позже.")
    assert p.title == "Посол: переговоры в Женеве стали самыми продуктивными"
    assert p.body == "Дипломат рассказал о ходе встречи. Детали будут позже."


# ---------------------------------------------------------------------------- captions, bylines


@pytest.mark.parametrize(
    "caption",
    [
        "Фото: пресс-служба министерства",
        "Фото:",
        "Photo: Jane Doe / Example Agency",
        "Снимка: архив",
        "Foto: Anna Nowak/PAP",
        "Bild: Archiv",
        "Image: screenshot",
        "Illustration: example",
        "(Getty Images)",
        "Photo credit: Example Photos",
        "Міністр на зустрічі з делегацією (Фото: Офіс президента)",
        "Учасники переговорів. Фото: пресслужба",
        "Министр и посол / © Telegram / Пресс-служба",
        "Delegates arrive at the venue in Geneva on Sunday. REUTERS/Jane Roe",
        "Jane Roe/AP/Keystone",
        "FOTO AFP delegados en la cumbre",
        "Канцлер на пресс-конференции. Фото из открытых источников",
        # a person placed left or right: only a photo does that (no credit needed)
        "Anna Berg (links) und Jan Roe sprechen am Sonntag, 23. November 2025, mit der Presse.",
        "Міністр (праворуч) і посол під час зустрічі у Варшаві",
        "Rustem Umerov (second from left) arrives in Geneva on Sunday.",
    ],
)
def test_captions_leave_the_body(caption: str) -> None:
    raw = f"Первый абзац новости о переговорах.\n\n{caption}\n\nВторой абзац новости."
    p = parse_text(raw)
    assert p.meta["captions"] == [caption]
    assert p.body == "Первый абзац новости о переговорах.\n\nВторой абзац новости."


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Автор: Олена Петренко", ["Олена Петренко"]),
        ("Автори: Іван Коваль, Марія Шевчук та Олег Бондар",
         ["Іван Коваль", "Марія Шевчук", "Олег Бондар"]),
        ("Авторы: Анна Иванова и Павел Смирнов", ["Анна Иванова", "Павел Смирнов"]),
        ("Author: Jane Doe", ["Jane Doe"]),
        ("By John Smith and Mary Jones", ["John Smith", "Mary Jones"]),
        ("By Sam Lee, November 10, 2025", ["Sam Lee"]),
        ("Autor: Jan Nowak", ["Jan Nowak"]),
        ("Writer: Alex Kim", ["Alex Kim"]),
        ("Автор:", []),
    ],
)
def test_bylines_give_authors(line: str, authors: list[str]) -> None:
    p = parse_text(f"Заголовок статьи о новых переговорах\n{line}\nТекст статьи. Ещё предложение.")
    assert p.authors == authors
    assert p.meta["bylines"] == [line]
    assert p.body == "Текст статьи. Ещё предложение."


def test_byline_sentence_is_not_a_byline() -> None:
    p = parse_text("By the end of the week, officials said, the deal was done.")
    assert p.authors == []
    assert p.body.startswith("By the end")


def test_role_line_marks_the_name_above_as_byline() -> None:
    p = parse_text("Заголовок новости о заседании парламента\nИрина Соколова\n"
                   "Редактор новостей Example.net\nТекст новости. Второе предложение.")
    assert p.authors == ["Ирина Соколова"]
    assert p.body == "Текст новости. Второе предложение."


@pytest.mark.parametrize(
    "line",
    [
        "2 хв читати", "3 min read", "12:55 10.11.2025", "28.11.2025 19:58", "Дата публикации",
        "- 2.12.2025, 21:00", "10 октября 2025 в 12:08", "Дата публікації: 11 жовтня 2025 14:10",
        "Читайте також: інша новина про переговори", "Поделиться", "Реклама",
        "Telegram | WhatsApp | Facebook |", "Укр Рус", "Skip to main content", "• 1560 views",
        "Publikacja: 10.09.2025 13:00", "UPDATED 2 HOURS AGO",
    ],
)
def test_boilerplate_lines_leave_the_body(line: str) -> None:
    p = parse_text(f"Первый абзац новости.\n{line}\nВторой абзац новости.")
    assert p.body == "Первый абзац новости.\nВторой абзац новости."
    assert line in p.meta["boilerplate"]


def test_timestamp_gives_published_without_header() -> None:
    p = parse_text("Заголовок новости об операции бюро\n12:55 10.11.2025\nТекст новости.")
    assert p.published == dt.date(2025, 11, 10)
    p = parse_text("Заголовок новости о выборах в парламент\n- 29 сентября, 2025\n- 15:51\n"
                   "Текст новости.")
    assert p.published == dt.date(2025, 9, 29)
    p = parse_text("Published by Ana Ruiz 23 de noviembre, 2025\n\nText of the story.")
    assert p.published == dt.date(2025, 11, 23)
    assert p.authors == ["Ana Ruiz"]


def test_outlet_line_at_the_top() -> None:
    raw = ("Інтерфакс-Україна\n12:55 10.11.2025\n\nЗаголовок новини про операцію бюро\n\n"
           "2 хв читати\nЗаголовок новини про операцію бюро\nФото: бюро\n\nТекст новини.")
    p = parse_text(raw)
    assert p.source == "Інтерфакс-Україна"
    assert p.published == dt.date(2025, 11, 10)
    assert p.title == "Заголовок новини про операцію бюро"
    assert p.body == "Текст новини."


def test_blank_runs_left_by_removed_lines_collapse() -> None:
    raw = "Абзац один.\n\nФото: архив\n\nАбзац два.\n\n\n\nАбзац три."
    p = parse_text(raw)
    assert p.body == "Абзац один.\n\nАбзац два.\n\n\n\nАбзац три."


# ---------------------------------------------------------------------------- titles


def test_paragraph_first_line_is_not_a_title() -> None:
    p = parse_text("Переговоры продолжились в воскресенье, сообщили дипломаты.\n\nВторой абзац.")
    assert p.title is None
    assert p.body.startswith("Переговоры продолжились")


def test_single_line_is_not_a_title() -> None:
    assert parse_text("Переговоры без точки в конце").title is None


def test_title_with_question_mark_and_title_attribution() -> None:
    p = parse_text("Что решили делегации на встрече в Женеве?\nТекст новости.")
    assert p.title == "Что решили делегации на встрече в Женеве?"
    p = parse_text("Посланник снова встретился с переговорщиком, – RFI\nТекст новости.")
    assert p.cited == ["RFI"]


def test_headline_prefix_attribution() -> None:
    p = parse_text("Axios: envoy holds talks with officials in Abu Dhabi\nThe envoy met officials.")
    assert p.title == "Axios: envoy holds talks with officials in Abu Dhabi"
    assert p.cited == ["Axios"]
    p = parse_text("Посол: переговоры прошли продуктивно и спокойно\nТекст.")
    assert p.cited == []  # a person, not an outlet


def test_title_hint_wins_and_removes_the_equal_first_line() -> None:
    raw = " date 2025-11-26\nSame Headline Here\n\nFirst paragraph."
    p = parse_text(raw, title_hint="Same Headline Here")
    assert p.title == "Same Headline Here"
    assert p.body == "First paragraph."
    p = parse_text("A different first line, not the title.\nMore text.", title_hint="Headline")
    assert p.title == "Headline"
    assert p.body == "A different first line, not the title.\nMore text."


def test_kicker_above_the_headline() -> None:
    p = parse_text("Politik\nKanzler trifft Präsidenten zu Gesprächen in Berlin\n\n"
                   "Der Kanzler hat am Sonntag den Präsidenten empfangen.")
    assert p.title == "Kanzler trifft Präsidenten zu Gesprächen in Berlin"
    assert p.meta["kicker"] == "Politik"
    assert p.body.startswith("Der Kanzler")


def test_duplicate_headline_and_glued_prefix() -> None:
    raw = ("Example Wire - Minister resigns after inquiry into procurement\n\n"
           "Minister resigns after inquiry into procurement\n\nThe minister resigned on Friday.")
    p = parse_text(raw)
    assert p.title == "Minister resigns after inquiry into procurement"
    assert p.source == "Example Wire"
    assert p.body == "The minister resigned on Friday."


def test_title_counter_and_timestamp_are_cleaned() -> None:
    p = parse_text("Делегации завершили встречу в Женеве 12 23.11.2025, 20:32\n\nТекст новости.")
    assert p.title == "Делегации завершили встречу в Женеве"
    assert p.published == dt.date(2025, 11, 23)
    assert p.meta["title_raw"].endswith("20:32")


# ---------------------------------------------------------------------------- attributions


@pytest.mark.parametrize(
    ("text", "cited", "source"),
    [
        ("Об этом сообщает РБК-Украина со ссылкой на Reuters.", ["Reuters"], "РБК-Украина"),
        ("Про це пише Reuters із посиланням на три джерела.", ["Reuters"], None),
        ("Видання Axios оприлюднило план, з посиланням на джерела, пише УНН.", ["Axios"], "УНН"),
        ("Лидерът каза това пред журналисти, предава БТА.", ["БТА"], None),
        ("Представители заявиха пред Ройтерс, че преговорите вървят.", ["Ройтерс"], None),
        ("Министърът подаде оставка, предаде Ройтерс, цитирана от БТА.", ["Ройтерс"], "БТА"),
        ("Ранее The Wall Street Journal писала об этом, сообщает телеканал CBS News со ссылкой "
         "на двух чиновников.", ["The Wall Street Journal", "CBS News"], None),
        ("Как передает Example.az со ссылкой на ТАСС, встреча прошла.", ["ТАСС"], "Example.az"),
        ("The deal is near, according to the Financial Times.", ["Financial Times"], None),
        ("Politico reported that the talks would resume.", ["Politico"], None),
        ("A spokesperson told Reuters the meeting went well.", ["Reuters"], None),
        ("Die Gespräche gehen weiter, berichtet der Spiegel unter Berufung auf Reuters.",
         ["Reuters"], "Spiegel"),
        ("La reunión terminó, según informó la agencia EFE.", ["EFE"], None),
        ("Selon Le Monde, la réunion a eu lieu.", ["Le Monde"], None),
        ("Spotkanie się odbyło, podaje Polsat News.", ["Polsat News"], None),
        ("Sastanak je održan, javio je Rojters.", ["Rojters"], None),
        ("Об этом сообщили изданию двое собеседников.", [], None),
        ("Про це повідомив Зеленський у Telegram.", [], None),
        ("Об этом заявил пресс-секретарь правительства Адам Новак.", [], None),
    ],
)
def test_attributions(text: str, cited: list[str], source: str | None) -> None:
    p = parse_text(text)
    assert p.cited == cited
    assert p.source == source


def test_dateline_agency_names_the_outlet() -> None:
    p = parse_text("МОСКВА, 12 ноября. /ТАСС/. Министр подал заявление об отставке.")
    assert p.source == "ТАСС"
    p = parse_text("WASHINGTON (dpa-AFX) - The ruling party has won the election.")
    assert p.source == "dpa-AFX"
    p = parse_text("Национальное бюро (НАБУ) провело обыски.")
    assert p.source is None


def test_cited_is_deduplicated_in_order() -> None:
    p = parse_text("Как пишет Axios, план готов. Позже Reuters reported the same. "
                   "Об этом снова пишет Axios.")
    assert p.cited == ["Axios", "Reuters"]


# ---------------------------------------------------------------------------- hostile input


@pytest.mark.parametrize(
    "raw",
    [
        "a\x00b\x00 " * 1000,
        "x" * 100_000,
        ("Слово " * 20_000) + "\n" + "Фото: " * 10_000,
        "\u200fמשהו\u200f\n<script>alert(1)</script>\n" * 500,
        "пише «" + "A" * 60 + " " * 10 + "\n" * 5,
        " date 2025-11-26 RU\n" + "\n".join(["Фото: x", "12:55 10.11.2025", "Автор:"] * 2000),
        "",
        "\n\n\n",
        " date 2025-11-26 RU",
    ],
)
def test_hostile_input_is_kept_verbatim(raw: str) -> None:
    p = parse_text(raw)
    assert_verbatim(raw, p)
    if "<script>" in raw:
        assert "<script>alert(1)</script>" in p.body and "\u200f" in p.body
    if "\x00" in raw:
        assert "\x00" in p.body


# ---------------------------------------------------------------------------- lexicons


def test_lexicons_are_plain_data() -> None:
    for code in lang.LANGS:
        mod = lang.module(code)
        for name in dir(mod):
            if name.isupper() and not name.startswith("_"):
                assert isinstance(getattr(mod, name), tuple | dict | frozenset), (code, name)
        for pattern in getattr(mod, "BOILERPLATE", ()):
            re.compile(pattern)
        assert all(1 <= m <= 12 for m in getattr(mod, "MONTHS", {}).values())
    for code in ("uk", "ru", "bg", "en", "de", "fr", "es", "pl"):
        mod = lang.module(code)
        assert mod.CAPTION_PREFIXES and mod.BYLINE_PREFIXES and mod.ATTRIBUTION_VERBS, code
    assert "со ссылкой на" in lang.merged("ATTRIBUTION_CITING")
    assert lang.merged_map("MONTHS")["листопада"] == 11
    with pytest.raises(KeyError):
        lang.module("zz")


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the decision was right (and final).",
        "Справа (№ 12) була відкрита у вересні.",
        "Депутати проголосували зліва направо по черзі.",
        "Gerhard Pfister (Mitte) sagte am Sonntag, die Partei werde zustimmen.",  # a party
        "Генпрокурор повідомив, що матеріали (справа) передано до суду.",  # uk "the case"
        "Los diputados de Podemos (izquierda) votaron en contra.",
        "The party moved (right) after the election.",
    ],
)
def test_body_lines_with_brackets_stay(line: str) -> None:
    raw = f"Первый абзац новости о переговорах.\n\n{line}\n\nВторой абзац новости."
    assert line in parse_text(raw).body


def test_a_lower_case_opening_fragment_is_the_top_images_caption() -> None:
    """Written for this test: the photo's date (17 February) must not date the news (today)."""
    caption = "українська делегація на переговорах у Женеві 17 лютого 2026 року"
    raw = (f"{caption}\n\nСьогодні у Женеві відбудеться черговий раунд перемовин делегацій.\n\n"
           "Про це повідомив секретар РНБО.")
    p = parse_text(raw)
    assert p.meta["captions"] == [caption]
    assert p.body.startswith("Сьогодні у Женеві")


@pytest.mark.parametrize(
    "raw",
    [
        "iPhone maker reports record sales.\n\nThe company said on Monday ...",  # ends a sentence
        "eBay и Amazon: итоги квартала\n\nКомпании отчитались во вторник.",  # a brand
        "von der Leyen kündigt neue Sanktionen an\n\nDie Kommission legte am Montag vor.",
        "de Gaulle-era policy returns to Paris\n\nThe government said on Monday ...",
        "ex-president Poroshenko charged with treason\n\nProsecutors said on Monday ...",
        "ukrinform.ua\n\nУряд ухвалив рішення у вівторок.",
        "#україна #війна\n\nУряд ухвалив рішення у вівторок.",
    ],
)
def test_lower_case_openings_that_are_not_fragments_stay(raw: str) -> None:
    assert parse_text(raw).meta["captions"] == []
