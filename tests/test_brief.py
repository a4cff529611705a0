"""The English briefing's key-figure lines (storywire.stories.brief), on stories written here."""

from __future__ import annotations

from typing import Any

from storywire.stories.brief import briefing


def _figure(aid: str, value: int, counts: str, happening: str, date: str | None = None,
            **extra: Any) -> dict[str, Any]:
    return {"value": value, "qualifier": None, "counts": counts, "happening": happening,
            "date": date, "article_id": aid, "lang": "en", "asserted_by": None,
            "hedged": False, "evidence": f"{aid}: {value} {counts} {happening}.", **extra}


def _story(figures: list[dict[str, Any]]) -> dict[str, Any]:
    ids = sorted({f["article_id"] for f in figures})
    return {"articles": [{"id": a, "source": f"src-{a}", "lang": "en"} for a in ids],
            "first_seen": "2025-11-26", "last_seen": None, "entities": [], "figures": figures,
            "timeline": [], "quotes": [], "comparison": {"disagreements": [], "attribution": []}}


def _figure_lines(text: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index("Key figures:") + 1
    return [line for line in lines[start:] if line.startswith("- ")]


def test_an_undated_figure_joins_the_one_dated_telling_of_it():
    text, _ = briefing(_story([_figure("a", 52, "people", "released"),
                               _figure("b", 52, "people", "released", "2025-09")]))
    (line,) = _figure_lines(text)
    assert line.startswith("- 52 people released (2025-09); in 2 articles")


def test_an_undated_figure_stays_apart_when_two_dates_are_told():
    text, _ = briefing(_story([_figure("a", 52, "people", "released"),
                               _figure("b", 52, "people", "released", "2025-09"),
                               _figure("c", 52, "people", "released", "2025-06")]))
    lines = _figure_lines(text)
    assert len(lines) == 3
    assert sum("(2025-" not in line for line in lines) == 1


def test_a_sought_release_reads_as_one():
    text, _ = briefing(_story([_figure("a", 100, "prisoners", "to be released",
                                       prospective=True)]))
    (line,) = _figure_lines(text)
    assert line.startswith("- 100 prisoners to be released;")


def _entry(date: str, granularity: str, what: str, by_names: bool) -> dict[str, Any]:
    return {"date": date, "granularity": granularity, "what": what, "by_names": by_names,
            "article_ids": ["a"], "evidence": f"{what} ({date})."}


def test_timeline_leaves_background_years_of_bare_names_out():
    story = _story([_figure("a", 14, "prisoners", "released", "2025-06-21")])
    story["timeline"] = [  # in date order, as a story's timeline is
        _entry("1994", "year", "Vladimir Putin, Belarus", True),
        _entry("2025", "year", "500 prisoners held", False),
        _entry("2025-06-21", "day", "14 prisoners released", False),
        _entry("2025-11", "month", "John Coale, Donald Trump", True),
    ]
    text, _ = briefing(story)
    lines = text.splitlines()
    shown = lines[lines.index("Timeline:") + 1 : lines.index("Timeline:") + 4]
    assert [line.split(":")[0] for line in shown] == ["- 2025", "- 2025-06-21", "- 2025-11"]
    assert "1994" not in text


def test_timeline_keeps_the_most_telling_entries_in_date_order():
    story = _story([_figure("a", 1, "prisoners", "released")])
    story["timeline"] = [_entry(f"2025-01-{d:02d}", "day", f"Name {d}", True) for d in range(1, 6)]
    story["timeline"] += [_entry(f"2025-0{m}", "month", f"{m}0 people held", False)
                          for m in (2, 3)]
    text, _ = briefing(story)
    lines = text.splitlines()
    i = lines.index("Timeline:") + 1
    shown = [line for line in lines[i:] if line.startswith("- ")][:6]
    dates = [line[2:].split(":")[0] for line in shown]
    assert dates == sorted(dates) and "2025-02" in dates and "2025-03" in dates
    assert len(shown) == 6
