"""Saved HTML pages (and WARC response bodies): trafilatura finds the article and its metadata.

The body text is trafilatura's plain-text output (one paragraph per line, list items as "- ").
A leading line that repeats the title (the page's ``<h1>``) is dropped: the title has its own
field. A page whose only text is menus, link lists or a cookie line is "no article": keeping it
would put navigation into the story clusters. ``lang_hint`` gets the language the page claims
(``<html lang>``, ``Content-Language``, ``og:locale``), primary subtag only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import set_date_params

from storywire.model import Article, InputError, ReadError
from storywire.readers._base import ReadOptions
from storywire.readers._fields import http_url, iso_date, one_line, unique
from storywire.readers._files import read_limited
from storywire.readers.encoding import decode_bytes

__all__ = ["article_from_html", "decode_html", "drop_title_line", "host_of", "lang_code", "read"]

#: A line of real prose has at least this many letters; menus and link lists do not.
MIN_PROSE_LETTERS = 25

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I)
_HTML_LANG = re.compile(
    r"""<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""",
    re.IGNORECASE,
)
_META_LANG = re.compile(
    r"""<meta\b(?=[^>]*(?:http-equiv\s*=\s*["']?content-language|property\s*=\s*["']?og:locale"""
    r"""["'\s>]))[^>]*\scontent\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""",
    re.IGNORECASE,
)
_NOT_LANGUAGES = {"und", "mul", "zxx", "mis"}  # ISO 639 codes that name no language
_UTF8_LABELS = {"utf-8", "utf8", "unicode-1-1-utf-8"}
#: Dates from markup only (meta tags, JSON-LD, <time>, the URL). The extensive search through
#: visible text turns a footer's "© 2025" into 2025-01-01; no date beats a wrong one (the WARC
#: reader falls back to the capture date).
_EXTENSIVE_DATE_SEARCH = False


def read(path: Path, opts: ReadOptions) -> Iterator[Article | ReadError]:
    """One article from a saved HTML page, or one ReadError saying why not."""
    location = str(path)
    try:
        item: Article | ReadError = article_from_html(
            read_limited(path, opts), url=None, location=location
        )
    except InputError as exc:
        item = ReadError(location, str(exc))
    yield item


def article_from_html(
    html: str | bytes,
    *,
    url: str | None,
    location: str,
    declared_charset: str | None = None,
) -> Article:
    """The article in one HTML page; raises InputError when there is none.

    ``url`` is where the page came from (a WARC target URI); the page's canonical URL replaces
    it when present. ``declared_charset`` is the HTTP header's charset, tried before the page's
    own ``<meta charset>``.
    """
    text = decode_html(html, declared_charset) if isinstance(html, bytes) else html
    if not text.strip():
        raise InputError("no article: empty page")
    head = text[:65536]
    if url is None:
        saved = _SAVED_FROM.search(head[:4096])
        url = saved.group(1) if saved else None
    try:
        doc = trafilatura.bare_extraction(
            text,
            url=url,
            with_metadata=True,
            include_comments=False,
            deduplicate=False,
            date_extraction_params=set_date_params(extensive=_EXTENSIVE_DATE_SEARCH),
        )
    except Exception as exc:  # lxml or trafilatura choking on hostile markup
        raise InputError(f"cannot parse HTML: {type(exc).__name__}: {exc}") from exc
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article: no extractable body text in the page")
    title = one_line(doc.title)
    body = drop_title_line(doc.text.strip(), title)
    if not _has_prose(body):
        raise InputError(
            f"no article: only {len(body)} characters of menu, list or link text in the page"
        )
    page_url = http_url(doc.url) or url
    meta: dict[str, Any] = {
        key: value
        for key, value in (
            ("description", one_line(doc.description)),
            ("categories", list(doc.categories or [])),
            ("tags", list(doc.tags or [])),
            ("image", doc.image),
            ("pagetype", doc.pagetype),
            ("license", doc.license),
        )
        if value
    }
    if url and page_url != url:
        meta["fetched_url"] = url
    return Article(
        text=body,
        url=page_url,
        source=one_line(doc.sitename) or host_of(page_url),
        title=title,
        published=iso_date(doc.date),
        lang_hint=_lang_hints(head, doc.language),
        authors=_authors(doc.author),
        meta=meta,
        location=location,
        kind="html",
    )


def decode_html(data: bytes, declared_charset: str | None = None) -> str:
    """Page bytes to text: HTTP charset first, then ``<meta charset>``, checked by decode_bytes.

    An HTTP header that says UTF-8 for bytes that are not UTF-8 is a common server default;
    then the page's own declaration is the better hint.
    """
    meta = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.search(data[:512])
    meta_charset = meta.group(1).decode("ascii") if meta else None
    declared = declared_charset
    if not declared or declared.strip().lower() in _UTF8_LABELS:
        declared = meta_charset or declared
    return decode_bytes(data, declared=declared)


def host_of(url: str | None) -> str | None:
    """``www.example.com/...`` -> ``example.com``: the fallback source name."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def drop_title_line(body: str, title: str | None) -> str:
    """The body without a first line that only repeats the title (a page's ``<h1>``)."""
    if not title:
        return body
    first, _, rest = body.partition("\n")
    if " ".join(first.split()).casefold() == title.casefold() and rest.strip():
        return rest.lstrip("\n")
    return body


def _has_prose(body: str) -> bool:
    for line in body.splitlines():
        line = line.strip()
        if line.startswith(("- ", "|")):
            continue
        if sum(1 for ch in line if ch.isalpha()) >= MIN_PROSE_LETTERS:
            return True
    return False


def _authors(value: str | None) -> list[str]:
    """trafilatura joins authors with "; "."""
    if not value:
        return []
    return unique(" ".join(name.split()) for name in value.split(";"))


def lang_code(value: str | None) -> str | None:
    """``uk-UA`` / ``ru_RU`` / ``BG`` -> ``uk`` / ``ru`` / ``bg``; None for anything else."""
    if not value:
        return None
    primary = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    if primary in _NOT_LANGUAGES or not (primary.isascii() and primary.isalpha()):
        return None
    return primary if 2 <= len(primary) <= 3 else None


def _lang_hints(head: str, extracted: str | None) -> list[str]:
    claims = [m.group(1) for m in _HTML_LANG.finditer(head[:4096])]
    claims += [m.group(1) for m in _META_LANG.finditer(head)]
    claims.append(extracted or "")
    return unique(lang_code(claim) for claim in claims)
