"""Field values the page readers (HTML, feeds, WARC) clean the same way: one-line strings,
ISO dates, http(s) URLs, de-duplicated lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

__all__ = ["http_url", "iso_date", "one_line", "unique"]


def one_line(value: Any) -> str | None:
    """A string with every whitespace run made one space; None for blank or not a string."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def unique(values: Iterable[str | None]) -> list[str]:
    """The non-empty values in first-seen order, each once."""
    return list(dict.fromkeys(value for value in values if value))


def iso_date(value: str | None) -> dt.date | None:
    """The date an ISO 8601 value starts with (``2025-11-28T09:00:00Z``), else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def http_url(value: Any) -> str | None:
    """``value`` if it is an http(s) URL, else None."""
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return value
    return None
