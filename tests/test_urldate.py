"""Publication days written in article URLs (storywire.readers._urldate), and JSON Lines records
that take theirs from there. The URLs are made up; one test reads the dev set from ../shared."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from storywire.readers._urldate import url_date, written_day
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
        # Unix times of publication (UTC days)
        ("https://example.com/news/talks-resume-in-geneva-1757506693.html", "2025-09-10"),
        ("https://example.com/2025/pol/1764359911.php", "2025-11-28"),
        ("https://example.com/a/1764359911", "2025-11-28"),
        # a written day wins over a Unix time
        ("https://example.com/2025/11/20/story-1764359911.html", "2025-11-20"),
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
        "https://example.com/1110371788/minister-resigns",  # an id that would read as 2005
        "https://example.com/news/1053042579",  # an id that would read as 2003
        "https://example.com/news/a1764359911",  # glued to letters: part of an id
        "https://example.com/news/story?t=1764359911",  # a query's time: often when shared
        "https://example.com/news/1999999999",  # would be 2033: an id
        "https://example.com/news/слово1757506693",  # glued to (Cyrillic) letters
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
    pairs = [(url_date(r["url"]), dt.date.fromisoformat(r["date"]),
              written_day(r["url"]) is None) for r in rows if r["date"] and url_date(r["url"])]
    assert len(pairs) >= 25
    written = [(day, page) for day, page, stamped in pairs if not stamped]
    assert len(written) >= 20 and all(day == page for day, page in written)
    # a Unix time gives the UTC day: the site's own day is that day or the next
    stamps = [(page - day).days for day, page, stamped in pairs if stamped]
    assert len(stamps) >= 3 and all(gap in (0, 1) for gap in stamps)

