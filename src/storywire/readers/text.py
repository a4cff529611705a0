"""Plain-text articles like the seeds: a ` date` header, a title line, captions, bylines, body."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from storywire.model import Article, InputError, ReadError
from storywire.readers._base import ReadOptions
from storywire.readers._files import read_limited
from storywire.readers.encoding import decode_bytes
from storywire.readers.metadata import parse_text


def article_from_text(raw: str, *, location: str, kind: str = "text") -> Article:
    """An article from raw text; raises InputError when nothing article-like is left."""
    parsed = parse_text(raw)
    if not parsed.body.strip():
        raise InputError("no article text (only header, caption or byline lines)")
    return Article(
        text=parsed.body,
        title=parsed.title,
        published=parsed.published,
        lang_hint=list(parsed.lang_hint),
        authors=list(parsed.authors),
        cited=list(parsed.cited),
        source=parsed.source,
        meta=dict(parsed.meta),
        location=location,
        kind=kind,
    )


def read(path: Path, opts: ReadOptions) -> Iterator[Article | ReadError]:
    location = str(path)
    try:
        data = read_limited(path, opts)
        yield article_from_text(decode_bytes(data), location=location)
    except InputError as exc:
        yield ReadError(location, str(exc))
