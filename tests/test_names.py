"""Names and their cross-script keys. Sentences are written for these tests; the seeds and the
dev set are read from ../shared, never copied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storywire.nlp.names import (
    NameMention,
    article_keys,
    extract_names,
    gazetteer,
    key_overlap,
    name_key,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def keys(text: str, lang: str) -> set[str]:
    """Every token key of every mention."""
    return {k for m in extract_names(text, lang) for k in m.tokens}


def by_surface(text: str, lang: str) -> dict[str, NameMention]:
    return {m.surface: m for m in extract_names(text, lang)}


def assert_offsets(text: str, mentions: list[NameMention]) -> None:
    for m in mentions:
        assert text[m.start : m.end] == m.surface, m


# --- one key per person or place, whatever the script, spelling and case -----------------------

SAME = {
    "Lukashenko": [("Лукашенка", "uk"), ("Лукашенко", "ru"), ("Лукашенку", "ru"),
                   ("Лукашенком", "ru"), ("Лукашенко", "bg"), ("Lukashenko", "en"),
                   ("Łukaszenka", "pl"), ("Lukaschenko", "de"), ("Lukašenko", "cs")],
    "Trump": [("Трамп", "ru"), ("Тръмп", "bg"), ("Трампа", "uk"), ("Trump", "en"),
              ("Trumpem", "pl"), ("Трампові", "uk"), ("Τραμπ", "el")],
    "Belarus": [("Білорусь", "uk"), ("Беларусь", "ru"), ("Беларус", "bg"), ("Belarus", "en"),
                ("Białorusi", "pl"), ("Weißrussland", "de"), ("Білоруссю", "uk"),
                ("Белоруссии", "ru")],
    "Witkoff": [("Уиткофф", "ru"), ("Віткофф", "uk"), ("Уиткоф", "bg"), ("Witkoff", "en"),
                ("Witkoffa", "pl"), ("Віткоффом", "uk"), ("Уиткоффу", "ru"), ("Γουίτκοφ", "el")],
    "Zelensky": [("Зеленский", "ru"), ("Зеленський", "uk"), ("Зеленски", "bg"),
                 ("Zelensky", "en"), ("Zelenskyy", "en"), ("Selenskyj", "de"), ("Zełenski", "pl"),
                 ("Zełenskiego", "pl"), ("Зеленского", "ru"), ("Зеленським", "uk"),
                 ("Zelenskyj", "cs"), ("Zelenski", "sr")],
    "Yermak": [("Ермак", "ru"), ("Єрмак", "uk"), ("Yermak", "en"), ("Jermak", "de"),
               ("Jermaka", "pl"), ("Ермаком", "ru"), ("Єрмака", "uk")],
    "Geneva": [("Женева", "ru"), ("Geneva", "en"), ("Genf", "de"), ("Genewa", "pl"),
               ("Женеві", "uk"), ("Женеве", "ru"), ("Genewie", "pl"), ("Genève", "fr"),
               ("Ženeva", "cs"), ("Ginebra", "es")],
    "Abu Dhabi": [("Абу-Даби", "ru"), ("Абу-Дабі", "uk"), ("Abu Dhabi", "en")],
    "Hrynchuk": [("Гринчук", "uk"), ("Гринчук", "ru"), ("Hrynchuk", "en"), ("Grinchuk", "en")],
    "Moscow": [("Москва", "ru"), ("Москвой", "ru"), ("Moscow", "en"), ("Moskau", "de"),
               ("Moskwa", "pl"), ("Москві", "uk"), ("Μόσχα", "el")],
    "Kyiv": [("Київ", "uk"), ("Києві", "uk"), ("Киев", "ru"), ("Kyiv", "en"), ("Kiew", "de"),
             ("Kijów", "pl"), ("Kijowie", "pl")],
    "United States": [("США", "uk"), ("США", "ru"), ("САЩ", "bg"), ("USA", "de"), ("US", "en"),
                      ("U.S.", "en"), ("EEUU", "es")],
    "NABU": [("НАБУ", "uk"), ("NABU", "en")],
    "NATO": [("НАТО", "ru"), ("NATO", "pl"), ("Nato", "de"), ("OTAN", "fr")],
    "Kushner": [("Кушнер", "ru"), ("Кушнером", "uk"), ("Къшнър", "bg"), ("Kushner", "en"),
                ("Κούσνερ", "el")],
    "Merz": [("Merz", "de"), ("Мерц", "ru"), ("Мерцом", "uk")],
    "Machado": [("Machado", "es"), ("Мачадо", "ru"), ("Machado", "de"), ("Machado", "pl")],
}


@pytest.mark.parametrize("name", sorted(SAME))
def test_one_key_across_scripts_spellings_and_cases(name: str) -> None:
    got = {(w, lang): name_key(w, lang) for w, lang in SAME[name]}
    assert len(set(got.values())) == 1, got


DIFFERENT = [
    (("Trump", "en"), ("Biden", "en")),
    (("Трамп", "ru"), ("Байден", "ru")),
    (("Minsk", "en"), ("Belarus", "en")),
    (("Мінськ", "uk"), ("Білорусь", "uk")),
    (("Moldova", "en"), ("Moscow", "en")),
    (("Молдова", "ru"), ("Москва", "ru")),
    (("Putin", "en"), ("Pushkin", "en")),
    (("Путин", "ru"), ("Пушкин", "ru")),
    (("Sandu", "en"), ("Sudan", "en")),
    (("Греция", "ru"), ("Грузия", "ru")),  # one skeleton, told apart by the gazetteer
    (("Германа", "ru"), ("Германии", "ru")),  # the person Герман is not Germany
    (("Rada", "en"), ("Riyadh", "en")),
    (("Kyiv", "en"), ("Kharkiv", "en")),
    (("Киев", "ru"), ("Кишинёв", "ru")),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_get_different_keys(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert name_key(*a) != name_key(*b)


def test_keys_are_pure_and_readable() -> None:
    assert name_key("Лукашенко", "ru") == name_key("Лукашенко", "ru") == "lakasank"
    assert name_key("Trump", "en") == "tramp"
    assert name_key("Женеві", "uk") == "@geneva"  # listed places carry a readable slug
    assert name_key("НАБУ", "uk") == "=nabu"  # unlisted acronyms: their letters
    assert name_key("", "en") == ""


def test_gazetteer_reports_its_ambiguous_skeletons() -> None:
    # skeletons two places share inside one language are known and never used to map
    conflicts = {(lang, a, b) for lang, _, a, b in gazetteer().conflicts}
    assert ("ru", "georgia", "greece") in conflicts
    assert name_key("Грузия", "ru") == "@georgia"
    assert name_key("Греция", "ru") == "@greece"


# --- mentions in running text ---------------------------------------------------------------------


def test_ukrainian_mentions_with_lemmas_and_offsets() -> None:
    text = (
        "Адміністрація Дональда Трампа та Білорусь обговорюють звільнення в'язнів. "
        "Президент Зеленський прилетів до Женеви, а Віткофф і Джаред Кушнер чекали в Абу-Дабі. "
        "Білий дім відмовився коментувати заяву Олександра Лукашенка."
    )
    mentions = extract_names(text, "uk")
    assert_offsets(text, mentions)
    got = {m.surface: m for m in mentions}
    assert got["Дональда Трампа"].lemma == "Дональд Трамп"
    assert got["Дональда Трампа"].tokens == ("danald", "tramp")
    assert got["Білорусь"].key == "@belarus"
    assert got["Женеви"].lemma == "Женева"
    assert got["Абу-Дабі"].key == "@abu-dhabi"
    assert got["Білий дім"].key == "@white-house"
    assert got["Олександра Лукашенка"].lemma == "Олександр Лукашенко"
    assert "Президент" not in got and "Зеленський" in got
    assert got["Віткофф"].key == name_key("Witkoff", "en")


def test_inflected_multiword_name_gets_nominative_lemma() -> None:
    for text, lang in (
        ("Вчера в Минск прилетел Джон Коул, а через день Джона Коула принял президент.", "ru"),
        ("Учора до Мінська прилетів Джон Коул, а наступного дня Джона Коула прийняли.", "uk"),
    ):
        mentions = [m for m in extract_names(text, lang) if m.key != "@minsk"]
        assert_offsets(text, mentions)
        assert [m.surface for m in mentions] == ["Джон Коул", "Джона Коула"]
        assert {m.lemma for m in mentions} == {"Джон Коул"}
        assert len({m.key for m in mentions}) == 1


def test_white_house_in_any_case_and_language() -> None:
    texts = [
        ("Представник Білого дому нічого не сказав.", "uk"),
        ("В Белом доме отказались от комментариев.", "ru"),
        ("Говорител на Белия дом не коментира.", "bg"),
        ("A White House spokesperson declined to comment.", "en"),
        ("Das Weiße Haus äußerte sich nicht.", "de"),
        ("Rzecznik Białego Domu odmówił komentarza.", "pl"),
    ]
    for text, lang in texts:
        assert "@white-house" in keys(text, lang), (text, lang)
    lemma = {m.key: m.lemma for m in extract_names(texts[0][0], "uk")}
    assert lemma["@white-house"] == "Білий дім"


def test_cross_language_sentences_share_their_keys() -> None:
    ru = "Уиткофф и Кушнер встретились с Путиным в Москве, сообщил Ушаков."
    en = "Witkoff and Kushner met Putin in Moscow, Ushakov said."
    de = "Witkoff und Kushner trafen Putin in Moskau, sagte Uschakow."
    el = "Ο Γουίτκοφ και ο Κούσνερ συναντήθηκαν με τον Πούτιν στη Μόσχα."
    assert keys(ru, "ru") == keys(en, "en") == keys(de, "de")
    assert keys(el, "el") == keys(en, "en") - {name_key("Ushakov", "en")}


@pytest.mark.parametrize(
    ("text", "lang", "not_names"),
    [
        ("Президент заявив, що Зеленський прилетить. Однак деталей немає.", "uk",
         {"Президент", "Однак"}),
        ("Однако Кремль не ответил. Президент уехал.", "ru", {"Однако", "Президент"}),
        ("The talks ended. Meanwhile Kushner flew home.", "en", {"The", "Meanwhile"}),
        ("Die Gespräche endeten. Der Kanzler Merz reiste ab.", "de",
         {"Die", "Gespräche", "Der", "Kanzler"}),
        ("Obecnie Tusk jest w Brukseli. Według premiera to ważne.", "pl", {"Obecnie", "Według"}),
    ],
)
def test_sentence_initial_common_words_are_not_names(text: str, lang: str,
                                                      not_names: set[str]) -> None:
    mentions = extract_names(text, lang)
    assert_offsets(text, mentions)
    words = {w for m in mentions for w in m.surface.split()}
    assert not words & not_names, words
    assert words, "the real names are still found"


@pytest.mark.parametrize(
    ("text", "lang", "adjectives"),
    [
        ("Белорусский лидер заявил, что белорусская сторона готова.", "ru",
         {"Белорусский"}),
        ("The Belarusian leader met Ukrainian and Polish officials.", "en",
         {"Belarusian", "Ukrainian", "Polish"}),
        ("Українських посадовців запросили до Варшави.", "uk", {"Українських"}),
        ("Американские и российские переговорщики встретились в Женеве.", "ru",
         {"Американские"}),
    ],
)
def test_demonyms_and_adjectives_are_not_names(text: str, lang: str, adjectives: set[str]) -> None:
    surfaces = {w for m in extract_names(text, lang) for w in m.surface.split()}
    assert not surfaces & adjectives, surfaces


def test_titles_are_cut_from_names() -> None:
    text = "Ukrainian President Volodymyr Zelensky met Polish Prime Minister Donald Tusk."
    assert [m.surface for m in extract_names(text, "en")] == ["Volodymyr Zelensky", "Donald Tusk"]


def test_dictionary_word_surnames_stay_in_the_name() -> None:
    # machado, tusk, kirk are common words in their lexicons; after a given name they are names
    es = "La opositora María Corina Machado ganó el premio. Machado lo dedicó a su país."
    assert [m.surface for m in extract_names(es, "es")] == ["María Corina Machado", "Machado"]
    en = "Polish Prime Minister Donald Tusk spoke. Later Tusk left."
    assert [m.surface for m in extract_names(en, "en")] == ["Donald Tusk", "Tusk"]


def test_german_nouns_are_not_names() -> None:
    text = ("Der US-Sondergesandte Steve Witkoff hat nach Verhandlungen mit Präsident Wolodymyr "
            "Selenskyj im Kanzleramt Fortschritte beim Treffen verkündet.")
    mentions = extract_names(text, "de")
    assert_offsets(text, mentions)
    assert [m.surface for m in mentions] == ["US", "Steve Witkoff", "Wolodymyr Selenskyj"]


def test_possessives_elisions_and_hyphen_tails_are_trimmed() -> None:
    text = "Trump's envoy met Zelensky’s aides; the anti-Trump camp and the Kremlin-backed media."
    got = [m.surface for m in extract_names(text, "en")]
    assert got == ["Trump", "Zelensky", "Trump", "Kremlin"]
    fr = "Le président de l'Ukraine a rencontré l'envoyé d'Abou Dhabi."
    assert "Ukraine" in [m.surface for m in extract_names(fr, "fr")]


def test_acronyms_and_datelines() -> None:
    text = "МОСКВА, 2 декабря. Переговоры США и ЕС обсудили в ООН, сообщили СМИ."
    got = by_surface(text, "ru")
    assert got["МОСКВА"].key == "@moscow"  # a shouted dateline is a word, not an acronym
    assert got["США"].key == "@united-states"
    assert got["ЕС"].key == "@european-union"
    assert got["ООН"].key == name_key("UN", "en")
    assert "СМИ" not in got  # an abbreviated common noun


def test_header_line_and_roman_numerals_are_skipped() -> None:
    text = " date 2025-11-26 RU\n\nПапа Лев XIV прибыл в Анкару."
    got = [m.surface for m in extract_names(text, "ru")]
    assert "RU" not in got and "XIV" not in got
    assert "Анкару" in got


def test_degenerate_input() -> None:
    assert extract_names("", "en") == []
    assert extract_names("no capitals here at all.", "en") == []
    assert extract_names("נשיא רוסיה ולדימיר פוטין", "he") == []  # no letter case, no signal
    assert extract_names("Trump met Putin.", "xx")  # unknown language: generic rules


# --- article level --------------------------------------------------------------------------------


def test_article_keys_weigh_title_lead_and_surnames() -> None:
    text = "Trump spoke. " + "Filler words without names here. " * 20 + "Donald Trump met Putin."
    plain = article_keys(text, "en")
    assert plain["tramp"] > plain["patan"]  # once in the lead, once in the body
    assert plain["danald"] < plain["tramp"]  # a given name counts half
    titled = article_keys(text, "en", title="Putin and Trump")
    assert titled["patan"] > plain["patan"]


def test_key_overlap() -> None:
    a = {"tramp": 2.0, "@geneva": 1.0}
    assert key_overlap(a, a) == pytest.approx(1.0)
    assert key_overlap(a, {"badan": 1.0}) == 0.0
    assert key_overlap(a, {}) == 0.0
    b = {"tramp": 1.0, "patan": 1.0}
    assert key_overlap(a, b) == pytest.approx(key_overlap(b, a))
    assert 0 < key_overlap(a, b) < 1


def test_seed_articles_share_their_names() -> None:
    """The three seeds tell one story in Ukrainian, Russian and Bulgarian."""
    seeds = SHARED / "seeds"
    files = {p.name[:3]: p for p in seeds.glob("*.txt")}
    uk = article_keys(files["000"].read_text(encoding="utf-8"), "uk")
    ru = article_keys(files["001"].read_text(encoding="utf-8"), "ru")
    bg = article_keys(files["004"].read_text(encoding="utf-8"), "bg")
    for k in ("@belarus", "tramp", "@united-states", "@moscow"):
        assert k in ru and k in bg, k
    assert {"@belarus", "tramp", "lakasank", "@minsk"} <= set(uk)
    assert key_overlap(uk, ru) > 0.2 and key_overlap(ru, bg) > 0.1


@pytest.mark.slow
def test_dev_set_same_event_pairs_overlap_more() -> None:
    rows = [json.loads(line) for line in
            (SHARED / "dev" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
    ks = [article_keys(r["text"], r["lang"]) for r in rows]
    same, other = [], []
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            if rows[i]["lang"] == rows[j]["lang"]:
                continue
            if rows[i]["event"] == rows[j]["event"]:
                same.append(key_overlap(ks[i], ks[j]))
            elif rows[i]["thread"] != rows[j]["thread"]:
                other.append(key_overlap(ks[i], ks[j]))
    assert sum(same) / len(same) > 5 * sum(other) / len(other)
    assert sum(x > 0 for x in same) / len(same) > 0.95
    for r in rows:
        for m in extract_names(r["text"], r["lang"]):
            assert r["text"][m.start : m.end] == m.surface
