"""The WARC reader on archives written here with warcio, whole, cut short, and damaged."""

from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storywire.model import Article, ReadError
from storywire.readers._base import ReadOptions
from storywire.readers.warc import read, read_stream

UK_PAGE = """<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8">
<title>Лукашенко звільнив політв'язнів</title>
<meta property="og:site_name" content="Новини Полісся">
<meta property="article:published_time" content="2025-09-11T14:20:00+03:00">
</head><body><article><h1>Лукашенко звільнив політв'язнів</h1>
<p>Білоруська влада у четвер звільнила 52 політичних в'язнів після переговорів із делегацією
США, повідомляє агентство Reuters.</p>
<p>Спецпосланець США заявив, що Вашингтон зніме частину санкцій з авіаперевізника.</p>
</article></body></html>"""

RU_TEXT = (
    "Белорусские власти освободили 52 политических заключённых после переговоров с американской "
    "делегацией, сообщает агентство."
)
RU_PAGE = f"""<html lang="ru"><head><title>Освобождение</title></head>
<body><div><p>{RU_TEXT}</p></div></body></html>"""

BG_PAGE = """<html lang="bg"><head><title>Кодексът</title></head><body><article>
<p>Народното събрание прие на първо четене промените в Изборния кодекс след бурен дебат.</p>
</article></body></html>"""

NO_ARTICLE = "<html><head><title>Меню</title></head><body><nav>Головна</nav></body></html>"


def http(status: str, ctype: str | None, extra: list[tuple[str, str]] | None = None) -> (
        StatusAndHeaders):
    headers = [("Content-Type", ctype)] if ctype else []
    return StatusAndHeaders(status, headers + (extra or []), protocol="HTTP/1.1")


def write_archive(path: Path, *, gz: bool) -> Path:
    """A small CC-NEWS-like archive; the comment on each record is its number."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    date = {"WARC-Date": "2025-12-13T10:11:12Z"}

    def response(url: str, body: bytes, headers: StatusAndHeaders) -> None:
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=headers, warc_headers_dict=date))

    w.write_record(w.create_warcinfo_record(path.name, {"software": "storywire-tests"}))  # 1
    w.write_record(w.create_warc_record(  # 2
        "https://polissia-news.example/news/1", "request", payload=io.BytesIO(b""),
        http_headers=StatusAndHeaders("GET /news/1 HTTP/1.1", [("Host", "x")],
                                      is_http_request=True)))
    response("https://www.polissia-news.example/news/1", UK_PAGE.encode(),  # 3
             http("200 OK", "text/html; charset=UTF-8"))
    w.write_record(w.create_warc_record(  # 4
        "https://polissia-news.example/news/1", "metadata",
        payload=io.BytesIO(b"fetchTimeMs: 12\r\n"), warc_content_type="application/warc-fields"))
    response("https://www.novosti.example/a/2", RU_PAGE.encode("cp1251"),  # 5
             http("200 OK", 'text/html; charset="windows-1251"'))
    response("https://cdn.example/photo.jpg", b"\xff\xd8\xff\xe0" + bytes(500),  # 6
             http("200 OK", "image/jpeg"))
    response("https://bg-news.example/old", b"<html><body>Moved here</body></html>",  # 7
             http("301 Moved Permanently", "text/html", [("Location", "https://bg-news.example/")]))
    response("https://www.polissia-news.example/menu", NO_ARTICLE.encode(),  # 8
             http("200 OK", "text/html"))
    response("https://www.polissia-news.example/huge", ("<p>" + "Дуже довгий текст. " * 2000  # 9
             + "</p>").encode(), http("200 OK", "text/html"))
    w.write_record(w.create_warc_record(  # 10
        "https://bg-news.example/kodeks", "resource", payload=io.BytesIO(BG_PAGE.encode()),
        warc_content_type="text/html; charset=utf-8", warc_headers_dict=date))
    response("https://www.novosti.example/a/11", gzip.compress(RU_PAGE.encode()),  # 11
             http("200 OK", "text/html; charset=utf-8", [("Content-Encoding", "gzip")]))
    path.write_bytes(buf.getvalue())
    return path


def write_small_archive(path: Path, *, gz: bool) -> Path:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    w.write_record(w.create_warcinfo_record(path.name, {"software": "storywire-tests"}))
    for i, (page, charset) in enumerate([(UK_PAGE, "utf-8"), (RU_PAGE, "cp1251"),
                                         (BG_PAGE, "utf-8")]):
        w.write_record(w.create_warc_record(
            f"https://news.example/{i}", "response", payload=io.BytesIO(page.encode(charset)),
            http_headers=http("200 OK", f"text/html; charset={charset}")))
    path.write_bytes(buf.getvalue())
    return path


OPTS = ReadOptions(max_bytes=20_000)


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_whole_archive(tmp_path: Path, gz: bool) -> None:
    path = write_archive(tmp_path / ("cc-news.warc.gz" if gz else "cc-news.warc"), gz=gz)
    items = list(read(path, OPTS))
    where = [i.location.rsplit("#", 1)[1] for i in items]
    assert where == ["record3", "record5", "record8", "record9", "record10", "record11"]
    uk, ru, menu, huge, bg, ru_gz = items

    assert isinstance(uk, Article)
    assert uk.kind == "warc"
    assert uk.location == f"{path}#record3"
    assert uk.url == "https://www.polissia-news.example/news/1"
    assert uk.source == "Новини Полісся"
    assert uk.title == "Лукашенко звільнив політв'язнів"
    assert uk.published == dt.date(2025, 9, 11)  # the page's own date beats the capture date
    assert "published_from" not in uk.meta
    assert uk.lang_hint == ["uk"]
    assert uk.text.startswith("Білоруська влада у четвер звільнила 52")
    assert uk.meta["warc_record_id"].startswith("<urn:uuid:")
    assert isinstance(uk.meta["warc_offset"], int) and uk.meta["warc_offset"] > 0

    assert isinstance(ru, Article)
    assert ru.text == RU_TEXT  # cp1251 per the HTTP header, no <meta charset>
    assert ru.published == dt.date(2025, 12, 13)
    assert ru.meta["published_from"] == "WARC-Date"
    assert ru.source == "novosti.example"

    assert menu == ReadError(f"{path}#record8", menu.reason)
    assert menu.reason.startswith("no article")
    assert isinstance(huge, ReadError)
    assert huge.reason.startswith("record is ") and "limit (--max-bytes)" in huge.reason

    assert isinstance(bg, Article) and bg.text.startswith("Народното събрание прие")
    assert isinstance(ru_gz, Article) and ru_gz.text == RU_TEXT


def test_offsets_point_at_records(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "a.warc", gz=False)
    data = path.read_bytes()
    for item in read(path, OPTS):
        if isinstance(item, Article):
            offset = item.meta["warc_offset"]
            assert data[offset:offset + 8] == b"WARC/1.0"


def test_cut_at_80_percent_keeps_records_before(tmp_path: Path) -> None:
    whole = write_archive(tmp_path / "whole.warc.gz", gz=True)
    full = list(read(whole, OPTS))
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    items = list(read(cut, OPTS))
    *before, damage = items
    assert isinstance(damage, ReadError)
    assert damage.reason.startswith("truncated WARC: ")
    assert "record " in damage.reason and " at byte " in damage.reason
    assert before == [_relocate(i, whole, cut) for i in full[: len(before)]]
    assert any(isinstance(i, Article) for i in before)


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_every_cut_point(tmp_path: Path, gz: bool) -> None:
    """Cut anywhere: never an exception, never a half article, and a cut inside a record is
    reported as truncation after the records before it."""
    whole = write_small_archive(tmp_path / "whole.warc", gz=gz)
    opts = ReadOptions()
    full = [i for i in read(whole, opts) if isinstance(i, Article)]
    assert len(full) == 3
    texts = [a.text for a in full]
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    truncated = 0
    for size in range(1, len(data), 13):
        cut.write_bytes(data[:size])
        items = list(read(cut, opts))
        got = [a.text for a in items if isinstance(a, Article)]
        assert got == texts[: len(got)], size
        errors = [i for i in items if isinstance(i, ReadError)]
        if errors and errors[-1].reason.startswith(("truncated WARC", "damaged WARC")):
            assert errors[-1].reason.startswith("truncated WARC: "), (size, errors[-1])
            assert items[-1] is errors[-1]
            truncated += 1
    assert truncated > len(range(1, len(data), 13)) * 0.9  # almost every cut is inside a record


def test_whole_file_gzip_is_read_too(tmp_path: Path) -> None:
    """``gzip file.warc`` makes one gzip stream, not one member per record; read it anyway."""
    plain = write_small_archive(tmp_path / "plain.warc", gz=False)
    texts = [a.text for a in read(plain, OPTS) if isinstance(a, Article)]
    data = gzip.compress(plain.read_bytes())
    path = tmp_path / "gzipped.warc.gz"
    path.write_bytes(data)
    assert [a.text for a in read(path, OPTS) if isinstance(a, Article)] == texts
    for size in range(40, len(data), 97):
        path.write_bytes(data[:size])
        items = list(read(path, OPTS))
        got = [a.text for a in items if isinstance(a, Article)]
        assert got == texts[: len(got)]
        assert isinstance(items[-1], ReadError)
        assert items[-1].reason.startswith("truncated WARC: "), items[-1]


def test_damage_in_the_middle(tmp_path: Path) -> None:
    whole = write_archive(tmp_path / "whole.warc", gz=False).read_bytes()
    second = whole.index(b"WARC/1.0", 10)
    path = tmp_path / "damaged.warc"
    path.write_bytes(whole[:second] + b"<html>this is not a WARC record</html>\r\n\r\n"
                     + whole[second:])
    (err,) = list(read(path, OPTS))
    assert isinstance(err, ReadError)
    assert err.reason.startswith("damaged WARC: no readable record at record 2 at byte ")


def test_not_a_warc_empty_unreadable(tmp_path: Path) -> None:
    html = tmp_path / "page.warc"
    html.write_text(UK_PAGE, encoding="utf-8")
    (err,) = list(read(html, OPTS))
    assert isinstance(err, ReadError) and err.location == str(html)
    assert err.reason.startswith("damaged WARC: no WARC record at the start of the file")

    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert list(read(empty, OPTS)) == [ReadError(str(empty), "empty file")]

    gone = tmp_path / "gone.warc"
    gone.symlink_to(tmp_path / "nowhere.warc")
    assert list(read(gone, OPTS)) == [
        ReadError(str(gone), "cannot read file: No such file or directory")
    ]


class CountingFile(io.FileIO):
    """A file that remembers how far it has been read."""

    high_water = 0

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        data = super().read(size)
        self.high_water = max(self.high_water, self.tell())
        return data


def test_streams_record_by_record(tmp_path: Path) -> None:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i in range(300):
        page = RU_PAGE.replace("52", str(100 + i)).encode()
        w.write_record(w.create_warc_record(
            f"https://novosti.example/{i}", "response", payload=io.BytesIO(page),
            http_headers=http("200 OK", "text/html; charset=utf-8")))
    path = tmp_path / "many.warc.gz"
    path.write_bytes(buf.getvalue())
    with CountingFile(path, "r") as fh:
        stream = read_stream(fh, str(path), OPTS)
        first = next(stream)
        assert isinstance(first, Article) and "освободили 100 политических" in first.text
        assert fh.high_water < path.stat().st_size / 4
        assert sum(1 for _ in stream) == 299


def _relocate(item: Article | ReadError, old: Path, new: Path) -> Article | ReadError:
    """The same item as read from a copy of the file under another name."""
    if isinstance(item, ReadError):
        return ReadError(item.location.replace(str(old), str(new)), item.reason)
    item.location = item.location.replace(str(old), str(new))
    return item
