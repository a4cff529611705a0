"""The HTML reader on real pages written here: metadata, encodings, and pages that are not
articles."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from storywire.model import Article, InputError, ReadError
from storywire.readers._base import ReadOptions
from storywire.readers.html import article_from_html, host_of, lang_code, read

UK_PAGE = """<!DOCTYPE html>
<html lang="uk-UA">
<head>
<meta charset="utf-8">
<title>Лукашенко звільнив 52 політв'язнів | Новини Полісся</title>
<meta name="description" content="Білорусь звільнила політичних в'язнів після переговорів зі США.">
<meta property="og:site_name" content="Новини Полісся">
<meta property="og:title" content="Лукашенко звільнив 52 політв'язнів">
<meta name="author" content="Олена Коваль">
<meta property="article:published_time" content="2025-09-11T14:20:00+03:00">
<link rel="canonical" href="https://www.polissia-news.example/news/2025/09/11/release">
<script>document.write("injected"); var tracking = "секрет";</script>
<style>body { color: red }</style>
</head>
<body>
<nav><ul><li><a href="/">Головна</a></li><li><a href="/politics">Політика</a></li>
<li><a href="/sport">Спорт</a></li></ul></nav>
<article>
<h1>Лукашенко звільнив 52 політв'язнів</h1>
<p class="byline">Автор: Олена Коваль</p>
<p>Білоруська влада у четвер звільнила 52 політичних в'язнів після переговорів із делегацією
США, повідомляє агентство Reuters. Серед звільнених є громадяни Литви, Латвії та Польщі.</p>
<p>Спецпосланець США Джон Коул заявив, що Вашингтон зніме частину санкцій з національного
авіаперевізника «Белавіа». За його словами, це лише перший крок.</p>
<p>Правозахисний центр «Вясна» нагадує, що в білоруських в'язницях досі залишаються понад
1100 політичних в'язнів, серед них журналісти та активісти.</p>
</article>
<footer><p>© 2025 Новини Полісся. Усі права захищено.</p></footer>
</body>
</html>
"""

RU_BODY = (
    "Белорусские власти освободили 52 политических заключённых после переговоров с американской "
    "делегацией. Среди освобождённых есть журналисты и граждане соседних государств."
)
RU_PAGE = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Освобождение заключённых</title>
</head>
<body><div class="content"><p>{RU_BODY}</p>
<p>Встреча прошла в Минске, сообщает агентство. Переговоры продолжатся в следующем месяце.</p>
</div><footer>© 2025 Новости</footer></body></html>
"""

BG_BODY = (
    "Народното събрание прие на първо четене промените в Изборния кодекс след бурен дебат, "
    "продължил повече от шест часа. Опозицията обяви, че ще сезира Конституционния съд."
)
BG_PAGE = f"""<html><head><title>Изборният кодекс</title></head>
<body><article><p>{BG_BODY}</p></article></body></html>
"""


def only(items: list[Article | ReadError]) -> Article | ReadError:
    assert len(items) == 1, items
    return items[0]


def read_one(path: Path, opts: ReadOptions | None = None) -> Article | ReadError:
    return only(list(read(path, opts or ReadOptions())))


def test_saved_page_with_full_metadata(tmp_path: Path) -> None:
    path = tmp_path / "release.html"
    path.write_text(UK_PAGE, encoding="utf-8")
    art = read_one(path)
    assert isinstance(art, Article)
    assert art.kind == "html"
    assert art.location == str(path)
    assert art.id is None and art.lang is None
    assert art.title == "Лукашенко звільнив 52 політв'язнів"
    assert art.url == "https://www.polissia-news.example/news/2025/09/11/release"
    assert art.source == "Новини Полісся"
    assert art.published == dt.date(2025, 9, 11)
    assert art.authors == ["Олена Коваль"]
    assert art.lang_hint == ["uk"]
    assert art.meta["description"].startswith("Білорусь звільнила")
    paragraphs = art.text.split("\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Білоруська влада у четвер звільнила 52")
    assert "«Вясна»" in paragraphs[2]
    for junk in ("injected", "секрет", "Головна", "©", "color: red", "Автор:"):
        assert junk not in art.text
    assert not art.text.startswith("Лукашенко звільнив")  # the <h1> is the title, not body


@pytest.mark.parametrize("codec", ["windows-1251", "koi8-r"])
def test_legacy_charset_from_meta_tag(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes(RU_PAGE.replace("windows-1251", codec).encode(codec))
    art = read_one(path)
    assert isinstance(art, Article)
    assert art.title == "Освобождение заключённых"
    assert art.text.startswith(RU_BODY)
    assert art.lang_hint == ["ru"]


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "iso8859-5"])
def test_undeclared_charset_is_detected(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "bg.htm"
    path.write_bytes(BG_PAGE.encode(codec))
    art = read_one(path)
    assert isinstance(art, Article)
    assert art.text == BG_BODY
    assert art.title == "Изборният кодекс"


def test_no_date_when_page_has_none(tmp_path: Path) -> None:
    """A footer's "© 2025" is not a publication date."""
    path = tmp_path / "ru.html"
    path.write_bytes(RU_PAGE.encode("cp1251"))
    art = read_one(path)
    assert isinstance(art, Article)
    assert art.published is None
    assert art.source is None and art.url is None  # a saved page with no URL anywhere


def test_http_charset_beats_missing_meta_and_url_gives_source() -> None:
    art = article_from_html(
        BG_PAGE.encode("cp1251"),
        url="https://www.bg-news.example/2025/12/13/kodeks",
        location="x.warc#record2",
        declared_charset="windows-1251",
    )
    assert art.text == BG_BODY
    assert art.source == "bg-news.example"
    assert art.url == "https://www.bg-news.example/2025/12/13/kodeks"
    assert art.published == dt.date(2025, 12, 13)  # from the URL path
    assert art.location == "x.warc#record2"


def test_wrong_utf8_header_falls_back_to_meta_charset() -> None:
    art = article_from_html(
        RU_PAGE.encode("cp1251"), url=None, location="p", declared_charset="UTF-8"
    )
    assert art.text.startswith(RU_BODY)


def test_saved_from_comment_gives_url() -> None:
    page = "<!-- saved from url=(0039)https://www.kyiv-daily.example/a/b.html -->\n" + BG_PAGE
    art = article_from_html(page, url=None, location="p")
    assert art.url == "https://www.kyiv-daily.example/a/b.html"
    assert art.source == "kyiv-daily.example"


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
        "<html><head><title>App</title></head><body><div id=root></div>"
        "<script>render('a long script that is not an article at all, not at all')</script>"
        "</body></html>",
        "<html><body><ul><li>Головна</li><li>Політика</li><li>Економіка</li><li>Спорт</li>"
        "<li>Культура</li><li>Технології</li><li>Погода</li></ul></body></html>",
        "<html><body><p>Так.</p><p>Ні.</p></body></html>",
        "   \n  ",
    ],
    ids=["nav-only", "script-app", "menu-list", "too-short", "blank"],
)
def test_pages_without_an_article(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    err = read_one(path)
    assert isinstance(err, ReadError)
    assert err.location == str(path)
    assert err.reason.startswith("no article")


def test_article_from_html_raises_input_error() -> None:
    with pytest.raises(InputError, match="no article"):
        article_from_html("<html><body><nav>Home</nav></body></html>", url=None, location="p")


def test_empty_binary_and_oversize_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert read_one(empty) == ReadError(str(empty), "empty file")

    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 20)
    assert read_one(junk) == ReadError(str(junk), "binary data, not text")

    big = tmp_path / "big.html"
    big.write_text(UK_PAGE * 10, encoding="utf-8")
    err = read_one(big, ReadOptions(max_bytes=10_000))
    assert isinstance(err, ReadError)
    assert "over the" in err.reason and "limit (--max-bytes)" in err.reason


def test_unreadable_files(tmp_path: Path) -> None:
    gone = tmp_path / "gone.html"
    os.symlink(tmp_path / "missing.html", gone)
    assert read_one(gone) == ReadError(str(gone), "cannot read file: No such file or directory")
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.html"
        locked.write_text(UK_PAGE, encoding="utf-8")
        locked.chmod(0)
        assert read_one(locked) == ReadError(str(locked), "cannot read file: Permission denied")


def test_helpers() -> None:
    assert host_of("https://www.unian.example/x") == "unian.example"
    assert host_of("http://news.example:8080/x") == "news.example"
    assert host_of(None) is None and host_of("not a url") is None
    codes = ("uk-UA", "ru_RU", "BG", "x", "", None, "en-GB-oxendict", "und", "x-default")
    assert [lang_code(v) for v in codes] == ["uk", "ru", "bg", None, None, None, "en", None, None]
