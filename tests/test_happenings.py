"""Dated happenings: every date on an absolute date with honest granularity, and what happened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storywire.model import Mention
from storywire.nlp.happenings import describe, find_happenings
from storywire.nlp.names import extract_names
from storywire.readers.metadata import parse_text

REF = dt.date(2025, 11, 26)


def _seed(seeds_dir: Path, prefix: str):
    (path,) = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    return parse_text(path.read_text(encoding="utf-8"))


def _mentions(text: str, lang: str) -> list[Mention]:
    return [Mention(n.start, n.end, n.surface, "MISC", n.key, n.lemma)
            for n in extract_names(text, lang)]


def _timeline(happenings) -> dict[str, tuple[str, str | None]]:
    return {h.date: (h.granularity, h.what) for h in happenings}


def test_ru_seed_timeline(seeds_dir):
    art = _seed(seeds_dir, "001")
    found = find_happenings(art.body, "ru", art.published)
    timeline = _timeline(found)
    assert timeline["2025-06-21"] == ("day", "14 political prisoners released")
    assert timeline["2025-09"] == ("month", "52 people released")
    for h in found:
        assert art.body[h.start : h.end] == h.text
        assert h.sentence[0] <= h.start < h.end <= h.sentence[1]
    assert next(h for h in found if h.date == "2025-06-21").relative  # year from reference


def test_uk_seed_timeline_with_story_reference(seeds_dir):
    art = _seed(seeds_dir, "000")
    assert find_happenings(art.body, "uk", None) == []  # all its dates are relative
    timeline = _timeline(find_happenings(art.body, "uk", REF, mentions=_mentions(art.body, "uk")))
    assert timeline["2025-09"] == ("month", "52 people released")
    assert timeline["2025-10"][0] == "month"  # "Минулого місяця ЄС посилив санкції"
    assert "European Union" in (timeline["2025-10"][1] or "")
    # "минулими вихідними" is a weekend: no single day is named, so its month stands
    weekend = next(h for h in find_happenings(art.body, "uk", REF)
                   if h.text == "минулими вихідними")
    assert (weekend.date, weekend.granularity, weekend.what) == (
        "2025-11", "month", "31 Ukrainians pardoned")


def test_bg_seed_years_and_weeks(seeds_dir):
    art = _seed(seeds_dir, "004")
    found = find_happenings(art.body, "bg", REF)
    years = {h.date for h in found if h.granularity == "year"}
    assert {"2022", "1994", "2020"} <= years
    week = next(h for h in found if h.text == "тази седмица")
    assert (week.date, week.granularity) == ("2025-11", "month")


@pytest.mark.parametrize(
    ("lang", "text", "date", "granularity"),
    [
        ("uk", "Минулого місяця ЄС посилив санкції.", "2025-10", "month"),
        ("uk", "У вересні звільнили 52 людини.", "2025-09", "month"),
        ("ru", "В прошлом месяце прошли переговоры.", "2025-10", "month"),
        ("bg", "Миналата седмица бяха освободени 52 затворници.", "2025-11", "month"),
        ("en", "Talks resumed on June 21.", "2025-06-21", "day"),
        ("de", "Im Jahr 2022 begann der Krieg.", "2022", "year"),
        ("pl", "We wrześniu drony naruszyły przestrzeń.", "2025-09", "month"),
        ("fr", "Le mois dernier, les prix ont augmenté.", "2025-10", "month"),
    ],
)
def test_relative_dates_resolved(lang, text, date, granularity):
    (h,) = find_happenings(text, lang, REF)
    assert (h.date, h.granularity) == (date, granularity)


def test_what_from_figures_and_names():
    text = "21 июня Лукашенко освободил 14 политических заключенных."
    (h,) = find_happenings(text, "ru", REF)
    assert h.what == "14 political prisoners released"
    (h,) = find_happenings(text, "ru", REF, figures=[], mentions=_mentions(text, "ru"))
    assert h.what is not None and h.what.startswith("released: ")
    (h,) = find_happenings("Вчера шел дождь.", "ru", REF)
    assert (h.date, h.what) == ("2025-11-25", None)


def test_describe_keeps_qualifier_and_thousands():
    text = "Влада утримує понад 1 000 політичних в'язнів."
    (h,) = find_happenings("У 2025 році " + text, "uk", REF)
    assert h.what == "more than 1,000 political prisoners held"
    from storywire.nlp.figures import find_figures

    assert describe(find_figures(text, "uk")[0]) == h.what


def test_dateline_and_stamp_are_skipped():
    assert find_happenings("MOSCOW, November 18. Talks went on.", "en", REF) == []
    text = "18 февраля, 08:49\nПереговоры идут. В сентябре отпустили 52 человека."
    found = find_happenings(text, "ru", REF)
    assert [h.date for h in found] == ["2025-09"]


@pytest.mark.parametrize("text", ["", "  ", "$$$ %%%", "вчера " * 5000, "\x00 2025"])
@pytest.mark.parametrize("lang", ["uk", "en", "zz", ""])
def test_bad_input_never_crashes(text, lang):
    assert isinstance(find_happenings(text, lang, REF), list)
    assert isinstance(find_happenings(text, lang, None), list)
