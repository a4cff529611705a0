"""RSS 2.0, RSS 1.0 (RDF) and Atom files: one article per entry, parsed by feedparser.

Text: the entry's full content (``content:encoded``, Atom ``<content>``) when present, else its
summary; HTML is turned into plain text with one paragraph per line (as trafilatura writes it).

Locations: ``path:line`` where the entry's start tag is (found by scanning the raw bytes for
``<item``/``<entry`` tags outside comments and CDATA, used only when that count matches what
feedparser found), else ``path``. Every entry error names the entry ("entry 3 ('Title'): no
text"), so it can be found either way.

A feed cut off at the end (expat: "no element found", "unclosed token") yields the entries
before the cut, then one ReadError for the damage; an XML error that feedparser's lenient parser
recovered from (an undefined ``&nbsp;`` entity, say) is not reported when entries came out.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html as htmllib
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser

from storywire.model import Article, InputError, ReadError
from storywire.readers._base import ReadOptions
from storywire.readers._fields import http_url, iso_date, one_line, unique
from storywire.readers._files import read_limited
from storywire.readers.encoding import decode_bytes
from storywire.readers.html import drop_title_line, host_of, lang_code

__all__ = ["html_to_text", "read"]

_ENTRY_TAG = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?(?:item|entry)[\s>/]")
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.\-]*:)?(?:item|entry)\s*>")
_HIDDEN = re.compile(rb"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)", re.DOTALL)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_XML_DECL_BYTES = re.compile(rb"<\?xml")
#: expat's words for a document that ends too early.
_EOF_ERRORS = frozenset({"no element found", "unclosed token", "unclosed CDATA section"})
_ENCODING_TROUBLE = (feedparser.CharacterEncodingOverride, feedparser.CharacterEncodingUnknown)


def read(path: Path, opts: ReadOptions) -> Iterator[Article | ReadError]:
    """Every entry of one feed file as an Article (or a ReadError for an entry without text)."""
    location = str(path)
    try:
        parsed, data = _parse(read_limited(path, opts))
    except InputError as exc:
        yield ReadError(location, str(exc))
        return
    except Exception as exc:  # feedparser is lenient, but hostile input must not end a batch
        yield ReadError(location, f"cannot parse feed: {type(exc).__name__}: {exc}")
        return
    entries = parsed.entries
    problem = _xml_problem(parsed, data)
    if not entries:
        if problem:
            reason = f"broken feed: {problem[0]}"
        elif not parsed.get("version"):
            reason = "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)"
        else:
            reason = "feed has no entries"
        yield ReadError(location, reason)
        return
    masked = _HIDDEN.sub(lambda m: re.sub(rb"[^\n]", b" ", m.group()), data)
    lines = _entry_lines(masked, len(entries))
    # After a cut, the entry in progress is incomplete: its text would be cut mid-sentence.
    complete = len(_ENTRY_END.findall(masked)) if problem and problem[1] else len(entries)
    feed = parsed.feed
    version = str(parsed.get("version") or "")
    for n, entry in enumerate(entries, start=1):
        where = f"{location}:{lines[n - 1]}" if lines else location
        if n > complete:
            yield ReadError(where, f"entry {n}{_label(entry)}: cut off by the end of the file")
            continue
        try:
            item: Article | ReadError = _article(
                entry, n, feed, where, atom=version.startswith("atom")
            )
        except InputError as exc:
            item = ReadError(where, str(exc))
        except Exception as exc:  # an entry shaped like nothing we expected
            item = ReadError(where, f"entry {n}: cannot read it: {type(exc).__name__}: {exc}")
        yield item
    if problem and problem[1]:
        whole = "1 complete entry" if complete == 1 else f"{complete} complete entries"
        yield ReadError(location, f"feed is cut off ({problem[0]}) after {whole}")


def _parse(data: bytes) -> tuple[Any, bytes]:
    """(feedparser's result, the bytes it parsed). feedparser gets a stream, never a string:
    given bytes, it tries them as a file name first.

    A feed with no (or a wrong) encoding declaration comes out as mojibake; then the bytes are
    decoded by our own detector and parsed again as UTF-8 (same lines, so locations hold).
    """
    parsed = feedparser.parse(io.BytesIO(data))
    if isinstance(parsed.get("bozo_exception"), _ENCODING_TROUBLE):
        try:
            text = decode_bytes(data)
        except InputError:
            return parsed, data
        fixed = _XML_DECL.sub('<?xml version="1.0" encoding="utf-8"?>', text, count=1)
        if fixed == text:
            fixed = '<?xml version="1.0" encoding="utf-8"?>' + text
        utf8 = fixed.encode("utf-8")
        reparsed = feedparser.parse(io.BytesIO(utf8))
        if len(reparsed.entries) >= len(parsed.entries):
            return reparsed, utf8
    return parsed, data


def _xml_problem(parsed: Any, data: bytes) -> tuple[str, bool] | None:
    """(the XML error feedparser hit, worded for a user; whether it is the end of the file cut
    off), or None when the feed is well-formed (encoding notes do not count)."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if exc is None or isinstance(exc, _ENCODING_TROUBLE):
        return None
    message = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)
    message = str(message or type(exc).__name__)
    cut_off = message in _EOF_ERRORS
    get_line = getattr(exc, "getLineNumber", None)
    if get_line is None:
        return message, cut_off
    line = get_line()
    if not _XML_DECL_BYTES.match(data.removeprefix(b"\xef\xbb\xbf")):
        line -= 1  # feedparser put a declaration line of its own in front
    return f"{message} at line {max(line, 1)}", cut_off


def _entry_lines(masked: bytes, expected: int) -> list[int] | None:
    """1-based line of each entry's start tag (comments and CDATA blanked out beforehand), or
    None when the scan disagrees with feedparser."""
    lines: list[int] = []
    pos, line = 0, 1
    for match in _ENTRY_TAG.finditer(masked):
        line += masked.count(b"\n", pos, match.start())
        pos = match.start()
        lines.append(line)
    return lines if len(lines) == expected else None


def _article(entry: Any, n: int, feed: Any, location: str, *, atom: bool) -> Article:
    title = _plain(entry.get("title_detail")) or one_line(entry.get("title"))
    text, used = _entry_text(entry)
    if not text:
        raise InputError(f"entry {n}{_label(entry)}: no text")
    url = http_url(entry.get("link"))
    meta: dict[str, Any] = {"entry": n}
    if entry.get("id"):
        meta["entry_id"] = entry["id"]
    if used == "content":
        summary = _plain(entry.get("summary_detail"))
        if summary and summary != text:
            meta["description"] = summary
    tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
    if tags:
        meta["tags"] = tags
    if feed.get("link"):
        meta["feed_link"] = feed["link"]
    return Article(
        text=drop_title_line(text, title),
        url=url,
        source=one_line(feed.get("title")) or host_of(feed.get("link")) or host_of(url),
        title=title,
        published=_entry_date(entry),
        lang_hint=_lang_hints(entry, feed),
        authors=_authors(entry, atom=atom),
        meta=meta,
        location=location,
        kind="feed",
    )


def _label(entry: Any) -> str:
    title = _plain(entry.get("title_detail")) or one_line(entry.get("title"))
    return f" ({title!r})" if title else ""


def _entry_text(entry: Any) -> tuple[str, str]:
    """(text, "content" | "summary"): the longest content item, else the summary."""
    contents = [_plain(item) for item in entry.get("content", [])]
    best = max(contents, key=len, default="")
    if best:
        return best, "content"
    return _plain(entry.get("summary_detail")) or one_line(entry.get("summary")), "summary"


def _plain(detail: Any) -> str:
    """A feedparser text construct (``{"type", "value"}``) as plain text."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    kind = (detail.get("type") or "").lower()
    if "html" in kind and "<" in value:
        return html_to_text(value)
    if "html" in kind:
        value = htmllib.unescape(value)
    return "\n".join(line.strip() for line in value.strip().splitlines() if line.strip())


def _entry_date(entry: Any) -> dt.date | None:
    """The publisher's own calendar date: parsed from the raw string, as feedparser's
    ``*_parsed`` fields are shifted to UTC (00:30 +02:00 would become the day before)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        day = _parse_date(raw) if isinstance(raw, str) else None
        if day:
            return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        st = entry.get(key)
        if st:
            return dt.date(st.tm_year, st.tm_mon, st.tm_mday)
    return None


def _parse_date(raw: str) -> dt.date | None:
    raw = raw.strip()
    try:
        return email.utils.parsedate_to_datetime(raw).date()  # RFC 822 (RSS)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(raw).date()  # RFC 3339 (Atom), ISO 8601 (dc:date)
    except ValueError:
        pass
    return iso_date(raw)


_NAME_IN_PARENS = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")  # "ed@x.example (Name)"
_NAME_BEFORE_MAIL = re.compile(r"^\s*(.+?)\s*<\S+@\S+>\s*$")  # "Name <ed@x.example>"


def _authors(entry: Any, *, atom: bool) -> list[str]:
    """Author names. Atom names come straight from ``<name>``; RSS ``<author>`` strings are
    parsed here, as feedparser mangles non-ASCII "email (Name)" forms."""
    if atom or "author" not in entry:
        raw = [a.get("name") for a in entry.get("authors", []) if isinstance(a, dict)]
    else:
        raw = [entry.get("author")]
    return unique(_author_name(value) for value in raw)


def _author_name(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    for pattern in (_NAME_IN_PARENS, _NAME_BEFORE_MAIL):
        match = pattern.match(value)
        if match:
            value = match.group(1)
            break
    value = " ".join(value.split())
    if not value or re.fullmatch(r"\S+@\S+", value):
        return None  # an e-mail address alone is not a name
    return value


def _lang_hints(entry: Any, feed: Any) -> list[str]:
    claims = [item.get("language") for item in entry.get("content", [])]
    claims += [(entry.get(key) or {}).get("language") for key in ("summary_detail", "title_detail")]
    claims.append(feed.get("language"))
    return unique(lang_code(claim) for claim in claims)


_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
})
_SKIP = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head",
    "title",
})


class _TextCollector(HTMLParser):
    """Plain text from an HTML fragment: block elements become line breaks, scripts vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self._flush()
            if tag == "li":
                self.current.append("- ")
            elif tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self._flush()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            for i, part in enumerate(data.split("\n")):
                if i:
                    self._flush()
                self.current.append(part)
        else:
            self.current.append(data)

    def _flush(self) -> None:
        line = " ".join("".join(self.current).split())
        if line and line != "-":
            self.lines.append(line)
        self.current = []

    def text(self) -> str:
        self._flush()
        return "\n".join(self.lines)


def html_to_text(fragment: str) -> str:
    """An HTML fragment (a feed's content) as plain text, one paragraph per line."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return collector.text()
