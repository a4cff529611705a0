"""Plain records shared by every stage: what an article is, and what can go wrong reading one.

Readers produce :class:`Article` records (or :class:`ReadError` for an input item they cannot use);
later stages only add to an article, never rewrite its ``text``: entity offsets point into it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Article:
    """One news article as read from any input kind.

    ``text`` is the body exactly as found (after decoding), minus header, caption and byline
    lines, which move to ``meta``. ``lang_hint`` is what the input claims (a header code, a JSON
    field, an HTML ``lang`` attribute); ``lang`` is what language identification decides.
    """

    text: str
    id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    lang: str | None = None
    lang_hint: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    location: str = ""
    kind: str = ""

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape (the ``articles --json`` contract) plus a few extra fields."""
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "lang": self.lang,
            "authors": list(self.authors),
            "cited": list(self.cited),
            "text": self.text,
        }


@dataclass(slots=True, frozen=True)
class ReadError:
    """An input item that could not become an article; the batch goes on without it.

    ``location`` is ``path`` or ``path:line`` (1-based), printed as ``location: reason``.
    """

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


class InputError(Exception):
    """Raised inside a reader for one bad item; the caller turns it into a :class:`ReadError`."""
