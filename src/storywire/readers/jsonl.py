"""JSON Lines: one article object per line, streamed so a file (or stdin) of any size works.

``text`` is required; ``id``, ``url``, ``title``, ``source``, ``published``, ``authors``, ``cited``
and ``lang`` (a hint only) are read when present; every other field is kept in ``meta["fields"]``.
The text goes through the same header/caption/byline parsing as a plain-text file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from storywire.model import Article, InputError, ReadError
from storywire.nlp.language import normalise_code
from storywire.readers._base import ReadOptions
from storywire.readers._files import describe_size
from storywire.readers._urldate import url_date
from storywire.readers.encoding import decode_bytes
from storywire.readers.metadata import parse_text

KNOWN = {"id", "url", "title", "source", "outlet", "site", "published", "date", "authors",
         "author", "cited", "lang", "language", "text"}
SOURCE_KEYS = ("source", "outlet", "site")
DATE_KEYS = ("published", "date")


def _as_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [str(v) for v in value if v is not None and str(v).strip()]
    return [str(value)]


def article_from_record(
    record: dict[str, Any], *, location: str, ignore: Collection[str] = ()
) -> Article:
    """An article from one decoded JSON object; ``ignore`` names fields to treat as absent."""
    rec = {k: v for k, v in record.items() if k not in ignore}
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError("missing 'text' field" if text is None else "'text' is not a string")
    title = rec.get("title") if isinstance(rec.get("title"), str) else None
    parsed = parse_text(text, title_hint=title)
    if not parsed.body.strip():
        raise InputError("empty 'text'")
    hints = list(parsed.lang_hint)
    for key in ("lang", "language"):
        code = normalise_code(rec[key]) if isinstance(rec.get(key), str) else None
        if code and code not in hints:
            hints.insert(0, code)
    published = next((d for k in DATE_KEYS if (d := _as_date(rec.get(k)))), None)
    source = next((str(rec[k]) for k in SOURCE_KEYS if rec.get(k)), None)
    article_id = rec.get("id")
    meta = dict(parsed.meta)
    url = rec["url"] if isinstance(rec.get("url"), str) and rec["url"].strip() else None
    if published is None and parsed.published is None and (published := url_date(url)):
        meta["published_from"] = "url"
    extra = {k: v for k, v in rec.items() if k not in KNOWN}
    if extra:
        meta["fields"] = extra
    return Article(
        text=parsed.body,
        id=str(article_id) if article_id is not None and str(article_id).strip() else None,
        url=url,
        source=source or parsed.source,
        title=parsed.title,
        published=published or parsed.published,
        lang_hint=hints,
        authors=_as_list(rec.get("authors") or rec.get("author")) or list(parsed.authors),
        cited=_dedupe(_as_list(rec.get("cited")) + list(parsed.cited)),
        meta=meta,
        location=location,
        kind="jsonl",
    )


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def iter_lines(
    fh: BinaryIO, name: str, opts: ReadOptions
) -> Iterator[tuple[str, bytes] | ReadError]:
    """``(location, raw line)`` for each non-blank line; over-long lines become errors unread."""
    lineno = 0
    while True:
        try:
            raw = fh.readline(opts.max_bytes + 1)
        except OSError as exc:
            yield ReadError(name if not lineno else f"{name}:{lineno + 1}",
                            f"cannot read: {exc.strerror or exc}")
            return
        if not raw:
            return
        lineno += 1
        location = f"{name}:{lineno}"
        if len(raw) > opts.max_bytes and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the remainder of the oversized line
            yield ReadError(location, f"line is over the {describe_size(opts.max_bytes)} limit")
            continue
        if raw.strip():
            yield location, raw


def article_from_line(raw: bytes, location: str, opts: ReadOptions) -> Article | ReadError:
    try:
        record = _decode_line(raw, first=location.endswith(":1"))
        return article_from_record(record, location=location, ignore=opts.ignore_fields)
    except InputError as exc:
        return ReadError(location, str(exc))


def read_stream(fh: BinaryIO, name: str, opts: ReadOptions) -> Iterator[Article | ReadError]:
    """Articles from an open binary stream, one per non-blank line; bad lines become errors."""
    for item in iter_lines(fh, name, opts):
        yield item if isinstance(item, ReadError) else article_from_line(item[1], item[0], opts)


def _decode_line(raw: bytes, *, first: bool) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        line = decode_bytes(raw)
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(value, dict):
        raise InputError(f"expected a JSON object, got {type(value).__name__}")
    return value


def iter_file_lines(path: Path, opts: ReadOptions) -> Iterator[tuple[str, bytes] | ReadError]:
    """:func:`iter_lines` over a file, an unreadable file becoming one error."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        yield from iter_lines(fh, str(path), opts)


def read(path: Path, opts: ReadOptions) -> Iterator[Article | ReadError]:
    for item in iter_file_lines(path, opts):
        yield item if isinstance(item, ReadError) else article_from_line(item[1], item[0], opts)
