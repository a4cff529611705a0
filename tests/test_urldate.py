"""Publication days written in article URLs (storywire.readers._urldate), and JSON Lines records
that take theirs from there. The URLs are made up; one test reads the dev set from ../shared."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from storywire.readers._urldate import url_date
from storywire.readers.jsonl import article_from_record

DEV = Path(__file__).resolve().parents[1].parent / "shared/data/dev/dev.jsonl"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.com/world/2025/11/28/minister-resigns-12345", "2025-11-28"),
        ("https://example.com/2025-11-20/politics/talks/40917642", "2025-11-20"),
        ("https://example.com/news/talks-in-moscow-20260122", "2026-01-22"),
        ("https://example.com/en/1993066/2025-11-19/rada-vote", "2025-11-19"),
        ("https://example.com/a/2024_02_29_leap-day", "2024-02-29"),
        ("https://example.com/story?date=2025.03.07&id=9", "2025-03-07"),
        ("https://example.com/2025/3/7/short-month", "2025-03-07"),
    ],
)
def test_full_days_in_path_or_query(url: str, day: str) -> None:
    assert url_date(url) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://example.com/politics/68824673/",  # an id, not a date
        "https://example.com/a-101763517978686.html",  # a timestamp inside a longer id
        "https://example.com/archive/2025/11/",  # a month says too little
        "https://example.com/p?d=2025-02-30",  # no such day
        "https://example.com/item/19881231",  # before news sites put days in URLs: an id
        "https://20251110.example.com/story",  # a host is never a date
        "https://example.com/2025-1120/mixed-separators",
        "http://[::1/broken",
    ],
)
def test_no_day(url: str | None) -> None:
    assert url_date(url) is None


def test_record_without_a_date_takes_its_urls() -> None:
    rec = {"id": "x", "url": "https://example.com/2025/11/28/a",
           "text": "Der Minister trat zurück."}
    article = article_from_record(rec, location="t:1")
    assert article.published == dt.date(2025, 11, 28)
    assert article.meta["published_from"] == "url"


def test_a_date_in_the_record_or_its_text_wins_over_the_url() -> None:
    url = "https://example.com/2025/11/28/a"
    field = article_from_record({"url": url, "published": "2025-11-27", "text": "Text."},
                                location="t:1")
    header = article_from_record({"url": url, "text": " date 2025-11-26 Text des Artikels."},
                                 location="t:2")
    assert field.published == dt.date(2025, 11, 27)
    assert header.published == dt.date(2025, 11, 26)
    assert "published_from" not in field.meta and "published_from" not in header.meta


def test_dev_urls_agree_with_the_pages_own_dates() -> None:
    """Where a dev page gives its date, the day in its URL (when there is one) is that day."""
    assert DEV.exists(), f"dev set not found at {DEV} (tests read it from ../shared)"
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    pairs = [(url_date(r["url"]), r["date"]) for r in rows if r["date"] and url_date(r["url"])]
    assert len(pairs) >= 20
    assert all(day.isoformat() == page for day, page in pairs)
