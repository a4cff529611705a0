"""decode_bytes: exact round trips for uk/ru/bg in every Cyrillic codec, Western text, BOMs, and
the refusals (empty, binary) with their reasons."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from storywire.model import InputError
from storywire.readers import encoding
from storywire.readers.encoding import decode_bytes

UK = (
    "Білоруська влада звільнила 52 політичних в'язнів після переговорів зі спецпосланцем США. "
    "Серед звільнених є журналісти та громадяни сусідніх країн, повідомляє правозахисний центр."
)
RU = (
    "Белорусские власти освободили 52 политических заключённых после переговоров с американской "
    "делегацией. Среди освобождённых есть журналисты и граждане соседних государств, сообщает "
    "агентство."
)
BG = (
    "Беларуските власти освободиха 52 политически затворници след преговори с американската "
    "делегация. Сред освободените има журналисти и граждани на съседни държави, съобщи агенцията."
)
UK_LONG = (
    "Президент України провів телефонну розмову з канцлером Німеччини. Сторони обговорили "
    "посилення протиповітряної оборони, енергетичну безпеку взимку та підготовку до наступного "
    "засідання у форматі Рамштайн. «Ми цінуємо підтримку», — наголосив він. Окрім того, йшлося "
    "про фінансування відбудови Харкова й Одеси, а також про щорічний внесок у фонд."
)
RU_LONG = (
    "Министр иностранных дел заявил журналистам, что переговоры по обмену пленными продолжатся "
    "на следующей неделе в Стамбуле. По его словам, стороны согласовали списки из 84 человек, "
    "однако окончательное решение ещё не принято. Эксперты считают, что это «важный, но хрупкий "
    "шаг». Ранее Кремль отверг предложение о прекращении огня на время зимних праздников."
)
BG_LONG = (
    "Народното събрание прие на първо четене промените в Изборния кодекс след бурен дебат, "
    "продължил повече от шест часа. Опозицията обяви, че ще сезира Конституционния съд, тъй като "
    "според нея новите правила ограничават гласуването в чужбина. Председателят на парламента "
    "призова депутатите да се въздържат от обиди. Вотът ще бъде окончателен през януари."
)
SHORT = {
    "uk": "Уряд ухвалив рішення про підвищення пенсій з першого січня.",
    "ru": "Правительство приняло решение о повышении пенсий с первого января.",
    "bg": "Правителството прие решение за увеличение на пенсиите от първи януари.",
}
HEADLINES = {
    "uk": "ЗАЯВА МІНІСТЕРСТВА ЗАКОРДОННИХ СПРАВ УКРАЇНИ ЩОДО ПОДІЙ У БІЛОРУСІ",
    "ru": "ЗАЯВЛЕНИЕ МИНИСТЕРСТВА ИНОСТРАННЫХ ДЕЛ О ПЕРЕГОВОРАХ В СТАМБУЛЕ",
    "bg": "ПРАВИТЕЛСТВОТО ПРИЕ БЮДЖЕТА ЗА СЛЕДВАЩАТА ГОДИНА",
}
PARAGRAPHS = {"uk": UK, "ru": RU, "bg": BG}
CYRILLIC_CODECS = ["cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp866"]
UNICODE_CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]


def encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def round_trip(tmp_path: Path, text: str, codec: str, **kwargs: str) -> str:
    path = tmp_path / f"article.{codec}.txt"
    path.write_bytes(text.encode(codec))
    return decode_bytes(path.read_bytes(), **kwargs)


@pytest.mark.parametrize(
    ("lang", "codec"),
    [(lang, codec) for lang in ("uk", "ru", "bg") for codec in CYRILLIC_CODECS + UNICODE_CODECS
     if encodable(PARAGRAPHS[lang], codec)],  # koi8-r and cp866 have no Ukrainian і
)
def test_paragraph_round_trip(tmp_path: Path, lang: str, codec: str) -> None:
    text = PARAGRAPHS[lang]
    assert round_trip(tmp_path, text, codec) == text


@pytest.mark.parametrize("codec", CYRILLIC_CODECS)
@pytest.mark.parametrize("lang", ["uk", "ru", "bg"])
def test_short_sentence_and_all_caps_headline(tmp_path: Path, lang: str, codec: str) -> None:
    for text in (SHORT[lang], HEADLINES[lang]):
        if encodable(text, codec):
            assert round_trip(tmp_path, text, codec) == text


def test_ukrainian_needs_koi8_u_not_koi8_r() -> None:
    assert not encodable(UK, "koi8-r")
    assert decode_bytes(UK.encode("koi8-u")) == UK  # і/ї/є are box drawing in KOI8-R


@pytest.mark.parametrize("codec", CYRILLIC_CODECS)
def test_every_window_of_longer_text(codec: str) -> None:
    """Sliding 60- and 200-character windows: no window may come out as mojibake."""
    misses = []
    for text in (UK_LONG, RU_LONG, BG_LONG):
        for size in (60, 200):
            for start in range(0, len(text) - size, 7):
                window = text[start:start + size]
                if not encodable(window, codec) or window.isascii():
                    continue
                if decode_bytes(window.encode(codec)) != window:
                    misses.append(window)
    assert not misses, misses[:3]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Le président a déclaré à la presse que la réforme serait adoptée « très bientôt », "
         "malgré l'opposition des syndicats et une grève prévue jeudi à Besançon.", "cp1252"),
        ("Die Bürgermeisterin äußerte sich am Donnerstag zu den Plänen für die neue Brücke; "
         "die Kosten würden größer ausfallen als geplant.", "latin-1"),
        ("El ministro español señaló que el año próximo habrá más inversión en educación.",
         "cp1252"),
        ("He said \u201cwe will rebuild\u201d \u2013 and the crowd cheered \u2014 it cost "
         "\u20ac5m.", "cp1252"),
        ("Prezydent powiedział, że rząd przyjął ustawę o zwiększeniu wydatków na ochronę "
         "zdrowia; źródła podkreślają, że to ważny krok.", "cp1250"),
    ],
)
def test_western_and_central_european_text(tmp_path: Path, text: str, codec: str) -> None:
    assert round_trip(tmp_path, text, codec) == text


def test_boms_are_removed() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + UK.encode()) == UK
    assert decode_bytes(b"\xff\xfe" + RU.encode("utf-16-le")) == RU
    assert decode_bytes(b"\xfe\xff" + BG.encode("utf-16-be")) == BG
    assert decode_bytes(UK.encode("utf-32")) == UK


def test_bom_less_utf16_from_nul_pattern() -> None:
    for text in (UK, "Plain ASCII text, saved by a Windows tool as UTF-16."):
        assert decode_bytes(text.encode("utf-16-le")) == text
        assert decode_bytes(text.encode("utf-16-be")) == text


def test_text_is_kept_verbatim() -> None:
    text = "Рядок перший\r\n\tРядок другий  \r\n\r\n<script>alert(1)</script>"
    assert decode_bytes(text.encode("cp1251")) == text
    assert decode_bytes(text.encode("utf-8")) == text


def test_declared_charset_used_when_plausible() -> None:
    # Every Cyrillic codec decodes any bytes "cleanly"; a plausible declaration is trusted.
    for codec in ("koi8-r", "iso8859-5", "cp1251", "cp866"):
        assert decode_bytes(SHORT["ru"].encode(codec), declared=codec) == SHORT["ru"]
    assert decode_bytes(RU.encode("koi8-r"), declared="KOI8-R") == RU
    assert decode_bytes(RU.encode("cp1251"), declared='"windows-1251"') == RU


def test_declared_charset_overruled_when_it_makes_mojibake() -> None:
    assert decode_bytes(RU.encode("koi8-r"), declared="windows-1251") == RU
    assert decode_bytes(UK.encode("cp1251"), declared="iso-8859-1") == UK
    assert decode_bytes(BG.encode("cp1251"), declared="utf-8") == BG
    assert decode_bytes(BG.encode("cp1251"), declared="no-such-charset") == BG
    assert decode_bytes(UK.encode("utf-8"), declared="windows-1251") == UK  # valid UTF-8 wins


def test_utf8_fast_path_skips_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> str:
        raise AssertionError("detection ran on valid UTF-8")

    monkeypatch.setattr(encoding, "_best_single_byte", boom)
    assert decode_bytes(UK.encode()) == UK


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(4000),
        bytes(128 + b % 128 for b in random.Random(8).randbytes(4000)),
        b"\x89PNG\r\n\x1a\n" + random.Random(9).randbytes(2000),
        b"\x00" * 300,
        b"\x00\x01\x02\x03" * 100,
        bytes(range(256)) * 40 + b"\x00\xff\xfe" * 500,
        b"\x01\x02\x03 valid UTF-8 but mostly control characters \x04\x05\x06\x07" * 3,
    ],
    ids=["random", "random-high", "png", "nuls", "utf16-lookalike", "byte-table", "controls"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^binary data, not text$"):
        decode_bytes(data)


def test_a_few_nuls_in_long_text_are_content() -> None:
    text = RU_LONG + "\x00" + RU_LONG + "\x00"
    assert decode_bytes(text.encode()) == text


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^empty file$"):
        decode_bytes(data)


def test_other_scripts_via_charset_normalizer() -> None:
    greek = "Ο πρωθυπουργός δήλωσε ότι η κυβέρνηση θα παρουσιάσει νέα μέτρα στήριξης."
    assert decode_bytes(greek.encode("cp1253")) == greek
    chinese = "新华社报道，政府周四宣布了新的经济刺激计划，以支持中小企业和就业。"
    assert decode_bytes(chinese.encode("gb18030")) == chinese
