"""The feed reader on RSS 2.0, RSS 1.0 and Atom files written here, good and broken."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from storywire.model import Article, ReadError
from storywire.readers._base import ReadOptions
from storywire.readers.feeds import html_to_text, read

RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Новини Полісся</title>
<link>https://www.polissia-news.example/</link>
<language>uk-ua</language>
<!-- an <item> mentioned in a comment is not an entry -->
<item>
<title>Лукашенко звільнив 52 політв'язнів</title>
<link>https://polissia-news.example/news/1</link>
<guid isPermaLink="false">polissia-1</guid>
<pubDate>Mon, 15 Dec 2025 00:30:00 +0200</pubDate>
<author>desk@polissia-news.example (Олена Коваль)</author>
<category>Білорусь</category>
<description>Коротко: звільнено 52 політв'язнів.</description>
<content:encoded><![CDATA[<p>Білоруська влада звільнила 52 політичних в'язнів, повідомляє
агентство Reuters.</p><script>alert("x")</script><p>Спецпосланець США заявив, що частину санкцій
буде знято &amp; це «перший крок».</p><ul><li>Литва</li><li>Латвія</li></ul>]]></content:encoded>
</item>
<item>
<title>Друга новина</title>
<link>https://polissia-news.example/news/2</link>
<dc:creator>Іван Петренко</dc:creator>
<dc:date>2025-12-14T09:00:00+02:00</dc:date>
<description>Уряд ухвалив рішення про підвищення пенсій з першого січня.
Другий рядок опису.</description>
</item>
<item>
<title>Без тексту</title>
<link>https://polissia-news.example/news/3</link>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="bg">
<title>Новини БГ</title>
<link href="https://www.bg-news.example/"/>
<id>urn:bg-news</id>
<updated>2025-12-13T23:30:00+02:00</updated>
<entry>
<title type="html">Парламентът прие &lt;b&gt;кодекса&lt;/b&gt;</title>
<link href="https://bg-news.example/a/1"/>
<id>urn:bg-news:1</id>
<published>2025-12-13T23:30:00+02:00</published>
<updated>2025-12-14T08:00:00+02:00</updated>
<author><name>Иван Иванов</name><email>ivan@bg-news.example</email></author>
<author><name>Мария Петрова</name></author>
<summary>Кратко резюме.</summary>
<content type="html">&lt;p&gt;Народното събрание прие на първо четене промените.&lt;/p&gt;
&lt;p&gt;Опозицията ще сезира Конституционния съд.&lt;/p&gt;</content>
</entry>
<entry>
<title>Само резюме</title>
<link href="https://bg-news.example/a/2"/>
<id>urn:bg-news:2</id>
<updated>2025-12-12T10:00:00Z</updated>
<summary>Резюмето е целият текст на тази новина.</summary>
</entry>
</feed>
"""

RDF = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://ru-news.example/"><title>Новости</title>
<link>https://ru-news.example/</link><description>Лента</description>
<items><rdf:Seq><rdf:li rdf:resource="https://ru-news.example/1"/></rdf:Seq></items></channel>
<item rdf:about="https://ru-news.example/1"><title>Переговоры в Стамбуле</title>
<link>https://ru-news.example/1</link><dc:date>2025-12-10</dc:date>
<description>Переговоры по обмену пленными продолжатся на следующей неделе.</description></item>
</rdf:RDF>
"""


def read_all(path: Path, opts: ReadOptions | None = None) -> list[Article | ReadError]:
    return list(read(path, opts or ReadOptions()))


def test_rss2_entries(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS.format(encoding="utf-8"), encoding="utf-8")
    first, second, third = read_all(path)

    assert isinstance(first, Article)
    assert first.kind == "feed"
    assert first.location == f"{path}:9"
    assert first.title == "Лукашенко звільнив 52 політв'язнів"
    assert first.url == "https://polissia-news.example/news/1"
    assert first.source == "Новини Полісся"
    assert first.published == dt.date(2025, 12, 15)  # the publisher's date, not UTC's 14th
    assert first.authors == ["Олена Коваль"]
    assert first.lang_hint == ["uk"]
    assert first.meta["entry_id"] == "polissia-1"
    assert first.meta["tags"] == ["Білорусь"]
    assert first.meta["description"] == "Коротко: звільнено 52 політв'язнів."
    assert first.text == (
        "Білоруська влада звільнила 52 політичних в'язнів, повідомляє агентство Reuters.\n"
        "Спецпосланець США заявив, що частину санкцій буде знято & це «перший крок».\n"
        "- Литва\n- Латвія"
    )
    assert first.id is None and first.lang is None

    assert isinstance(second, Article)
    assert second.location == f"{path}:21"
    assert second.authors == ["Іван Петренко"]
    assert second.published == dt.date(2025, 12, 14)
    assert second.text == (
        "Уряд ухвалив рішення про підвищення пенсій з першого січня.\nДругий рядок опису."
    )

    assert third == ReadError(f"{path}:29", "entry 3 ('Без тексту'): no text")


def test_rss_in_windows_1251_declared_and_undeclared(tmp_path: Path) -> None:
    declared = tmp_path / "cp1251.rss"
    declared.write_bytes(RSS.format(encoding="windows-1251").encode("cp1251"))
    undeclared = tmp_path / "bare.rss"
    text = RSS.format(encoding="utf-8").replace('<?xml version="1.0" encoding="utf-8"?>\n', "")
    undeclared.write_bytes(text.encode("cp1251"))
    for path, first_line in ((declared, 9), (undeclared, 8)):
        items = read_all(path)
        assert isinstance(items[0], Article)
        assert items[0].location == f"{path}:{first_line}"
        assert items[0].title == "Лукашенко звільнив 52 політв'язнів"
        assert items[0].source == "Новини Полісся"
        assert items[1].text.startswith("Уряд ухвалив рішення")


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "bg.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = read_all(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Парламентът прие кодекса"
    assert first.text == (
        "Народното събрание прие на първо четене промените.\n"
        "Опозицията ще сезира Конституционния съд."
    )
    assert first.authors == ["Иван Иванов", "Мария Петрова"]
    assert first.published == dt.date(2025, 12, 13)
    assert first.url == "https://bg-news.example/a/1"
    assert first.source == "Новини БГ"
    assert first.lang_hint == ["bg"]
    assert first.meta["entry_id"] == "urn:bg-news:1"
    assert first.location == f"{path}:7"
    assert second.text == "Резюмето е целият текст на тази новина."
    assert second.published == dt.date(2025, 12, 12)
    assert second.authors == []


def test_rss1_rdf(tmp_path: Path) -> None:
    path = tmp_path / "ru.xml"
    path.write_text(RDF, encoding="utf-8")
    (art,) = read_all(path)
    assert isinstance(art, Article)
    assert art.title == "Переговоры в Стамбуле"
    assert art.published == dt.date(2025, 12, 10)
    assert art.source == "Новости"
    assert art.location == f"{path}:7"


def test_source_falls_back_to_host(tmp_path: Path) -> None:
    path = tmp_path / "untitled.rss"
    path.write_text(
        '<rss version="2.0"><channel><link>https://www.kyiv-daily.example/</link>'
        "<item><title>A</title><description>Текст новини про переговори у Стамбулі."
        "</description></item></channel></rss>",
        encoding="utf-8",
    )
    (art,) = read_all(path)
    assert isinstance(art, Article)
    assert art.source == "kyiv-daily.example"


def test_cut_off_feed_keeps_complete_entries(tmp_path: Path) -> None:
    whole = RSS.format(encoding="utf-8")
    cut = whole[: whole.index("Другий рядок")]
    path = tmp_path / "cut.rss"
    path.write_text(cut, encoding="utf-8")
    items = read_all(path)
    assert len(items) == 3
    first, second, damage = items
    assert isinstance(first, Article) and first.title.startswith("Лукашенко")
    assert second == ReadError(f"{path}:21", "entry 2 ('Друга новина'): cut off by the end of "
                                             "the file")
    assert isinstance(damage, ReadError) and damage.location == str(path)
    assert damage.reason.startswith("feed is cut off (")
    assert damage.reason.endswith("after 1 complete entry")


def test_recovered_xml_error_is_not_reported(tmp_path: Path) -> None:
    """An undefined &nbsp; makes the XML invalid, but every entry is still read."""
    path = tmp_path / "nbsp.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>T</title><item><title>A</title><description>'
        "Перший&nbsp;текст новини.</description></item><item><title>B</title><description>"
        "Другий текст.</description></item></channel></rss>",
        encoding="utf-8",
    )
    items = read_all(path)
    assert [type(i) for i in items] == [Article, Article]


def test_broken_and_non_feeds(tmp_path: Path) -> None:
    cases = {
        "cut.rss": ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>', "broken"),
        "page.xml": ("<html><body><p>Просто сторінка.</p></body></html>", "not an RSS or Atom"),
        "empty-feed.rss": ('<rss version="2.0"><channel><title>T</title></channel></rss>',
                           "feed has no entries"),
        "garbage.rss": ("this is { not xml ] at all", "broken feed"),
        "a-path.rss": ("/etc/passwd", "broken feed"),  # never opened as a file name
    }
    for name, (content, expected) in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        (err,) = read_all(path)
        assert isinstance(err, ReadError), name
        assert err.location == str(path)
        assert expected in err.reason, (name, err.reason)


def test_empty_binary_oversize_unreadable(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rss"
    empty.write_bytes(b"")
    assert read_all(empty) == [ReadError(str(empty), "empty file")]

    big = tmp_path / "big.rss"
    big.write_text(RSS.format(encoding="utf-8") * 3, encoding="utf-8")
    (err,) = read_all(big, ReadOptions(max_bytes=2000))
    assert isinstance(err, ReadError) and "limit (--max-bytes)" in err.reason

    gone = tmp_path / "gone.rss"
    gone.symlink_to(tmp_path / "nowhere.rss")
    (err,) = read_all(gone)
    assert err == ReadError(str(gone), "cannot read file: No such file or directory")


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    fragment = (
        "<div><h2>Заголовок</h2><p>Перший   абзац\nз переносом.</p>"
        "<script>var x = '<p>ні</p>';</script><style>p{}</style>"
        "<p>Другий<br>рядок &laquo;цитата&raquo; &#8212; кінець.</p>"
        "<ol><li>один</li><li></li><li>два</li></ol><pre>  код\n  ще</pre></div>"
    )
    assert html_to_text(fragment) == (
        "Заголовок\nПерший абзац з переносом.\nДругий\nрядок «цитата» — кінець.\n"
        "- один\n- два\nкод\nще"
    )
