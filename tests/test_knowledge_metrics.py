"""The knowledge scorer on small hand-made cases, and the gold file against the stored texts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import DEV, SEEDS, write_jsonl

from storywire.eval.knowledge import (
    canon_scores,
    gold_stats,
    load_gold,
    match_quotes,
    mention_scores,
    quote_scores,
    verify_gold,
)

GOLD_PATH = Path(__file__).parent / "data" / "knowledge_gold.jsonl"


def m(start, end, typ="PER", entity="x", field="text", text="?"):
    return {"field": field, "start": start, "end": end, "type": typ, "entity": entity,
            "text": text}


# -- mentions ------------------------------------------------------------------------------------

GOLD_M = [
    {"id": "a", "lang": "uk", "mentions": [m(0, 5, "PER"), m(10, 15, "LOC"), m(0, 3, "ORG",
                                                                         field="title")]},
    {"id": "b", "lang": "en", "mentions": [m(0, 4, "LOC"), m(20, 30, "ORG")]},
]


def test_mentions_exact_lenient_and_type():
    system = {
        "a": [m(0, 5, "PER"), m(10, 14, "LOC"), m(0, 3, "LOC", field="title"), m(40, 44)],
        "b": [m(0, 4, "ORG")],
    }
    out = mention_scores(GOLD_M, system)
    uk, en, al = out["uk"], out["en"], out["all"]
    # uk: exact 2 of 4 system, 2 of 3 gold; 10-14 overlaps 10-15 leniently; 40-44 overlaps nothing
    assert uk["exact"] == {"precision": 0.5, "recall": 0.6667, "f1": 0.5714}
    assert uk["lenient"]["precision"] == 0.75 and uk["lenient"]["recall"] == 1.0
    assert uk["type_accuracy"] == 0.5  # the title span is exact but typed LOC, gold ORG
    assert en["exact"]["precision"] == 1.0 and en["exact"]["recall"] == 0.5
    assert en["type_accuracy"] == 0.0
    assert al["gold"] == 5 and al["system"] == 5
    assert al["exact"]["recall"] == 0.6


def test_mentions_field_matters_and_missing_article_scores_zero():
    system = {"a": [m(0, 3, "ORG", field="text")]}  # right offsets, wrong field
    out = mention_scores(GOLD_M, system)
    assert out["uk"]["exact"]["recall"] == 0.0
    assert out["uk"]["lenient"]["recall"] == 0.3333  # it overlaps the text span 0-5
    assert out["en"]["system"] == 0 and out["en"]["exact"]["f1"] == 0.0


def test_empty_inputs_do_not_crash():
    assert mention_scores([], {}) == {}
    assert quote_scores([], {"x": []}) == {}
    assert canon_scores([], {}) == {}
    empty = [{"id": "e", "lang": "xx", "mentions": [], "quotes": []}]
    assert mention_scores(empty, {})["all"]["exact"]["f1"] == 0.0
    assert quote_scores(empty, {})["all"]["detection"]["f1"] == 0.0
    assert canon_scores(empty, {})["all"]["coverage"] == 0.0


# -- canonicalisation ----------------------------------------------------------------------------

GOLD_C = [
    {"id": "a", "lang": "uk", "mentions": [m(0, 5, entity="trump"), m(10, 15, entity="trump"),
                                           m(20, 25, entity="biden")]},
    {"id": "b", "lang": "en", "mentions": [m(0, 5, entity="trump"), m(9, 12, entity="minsk")]},
]


def test_canon_perfect_grouping_across_languages():
    ids = {"a": {("text", 0, 5): "e1", ("text", 10, 15): "e1", ("text", 20, 25): "e2"},
           "b": {("text", 0, 5): "e1", ("text", 9, 12): "e3"}}
    out = canon_scores(GOLD_C, ids)
    assert out["all"]["bcubed"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert out["all"]["coverage"] == 1.0
    assert out["all"]["entities_gold"] == 3 and out["all"]["entities_system"] == 3


def test_canon_merging_costs_precision_splitting_costs_recall():
    merged = {"a": {("text", 0, 5): "e1", ("text", 10, 15): "e1", ("text", 20, 25): "e1"},
              "b": {("text", 0, 5): "e1", ("text", 9, 12): "e3"}}
    out = canon_scores(GOLD_C, merged)["all"]["bcubed"]
    assert out["recall"] == 1.0 and out["precision"] < 1.0
    # cross-script split: the English Trump gets its own id
    split = {"a": {("text", 0, 5): "e1", ("text", 10, 15): "e1", ("text", 20, 25): "e2"},
             "b": {("text", 0, 5): "e9", ("text", 9, 12): "e3"}}
    res = canon_scores(GOLD_C, split)
    assert res["all"]["bcubed"]["precision"] == 1.0 and res["all"]["bcubed"]["recall"] < 1.0
    assert res["en"]["bcubed"]["f1"] == 1.0  # within one language nothing is split


def test_canon_unlinked_mentions_lower_coverage_not_scores():
    ids = {"a": {("text", 0, 5): "e1", ("text", 10, 15): "e1"}}
    out = canon_scores(GOLD_C, ids)["all"]
    assert out["coverage"] == 0.4
    assert out["bcubed"]["f1"] == 1.0


# -- quotes --------------------------------------------------------------------------------------


def q(start, end, speaker=None, sp=None):
    d = {"start": start, "end": end, "speaker": speaker, "direct": True}
    if sp is not None:
        d["speaker_start"], d["speaker_end"] = sp
    return d


def test_quote_match_needs_half_of_the_shorter_span():
    gold = [q(100, 200)]
    assert match_quotes(gold, [q(150, 400)]) == [(0, 0)]  # 50 of the shorter 100
    assert match_quotes(gold, [q(151, 400)]) == []  # 49 of 100
    assert match_quotes(gold, [q(120, 130)]) == [(0, 0)]  # inside: all of the shorter


def test_quote_matching_is_one_to_one():
    gold = [q(0, 100)]
    system = [q(0, 90), q(10, 40)]
    assert match_quotes(gold, system) == [(0, 0)]
    out = quote_scores([{"id": "a", "lang": "ru", "mentions": [], "quotes": gold}],
                       {"a": system})["ru"]
    assert out["detection"]["precision"] == 0.5 and out["detection"]["recall"] == 1.0


def test_speaker_accuracy_uses_gold_mentions_of_the_speaker():
    row = {"id": "a", "lang": "bg",
           "mentions": [m(0, 9, entity="lukashenko"), m(300, 309, entity="lukashenko"),
                        m(50, 55, entity="trump", typ="PER")],
           "quotes": [q(100, 200, "lukashenko"), q(400, 500, "trump"), q(600, 700, None)]}
    system = [
        q(100, 200, sp=(302, 309)),  # overlaps a later Лукашенко mention: right
        q(400, 480, sp=(0, 9)),  # points at Lukashenko, gold says Trump: wrong
        q(600, 700),  # no speaker where the gold has none: right
    ]
    out = quote_scores([row], {"a": system})["bg"]
    assert out["matched"] == 3
    assert out["speaker_known"] == 2 and out["speaker_accuracy"] == 0.5
    assert out["null_speaker_accuracy"] == 1.0
    system[2] = q(600, 700, sp=(50, 55))
    assert quote_scores([row], {"a": system})["bg"]["null_speaker_accuracy"] == 0.0


def test_title_quotes_are_not_scored():
    row = {"id": "a", "lang": "en", "mentions": [], "quotes": [q(0, 10)]}
    title_q = dict(q(0, 10), field="title")
    assert quote_scores([row], {"a": [title_q]})["en"]["system"] == 0


# -- the gold file -------------------------------------------------------------------------------


def test_verify_gold_reports_broken_spans():
    arts = {"a": {"text": "Trump met Lukashenko.", "title": "Minsk"}}
    good = [{"id": "a", "mentions": [m(0, 5, text="Trump", entity="trump"),
                                     m(0, 5, field="title", text="Minsk", entity="minsk")],
             "quotes": [{"start": 6, "end": 20, "speaker": "trump"}]}]
    assert verify_gold(good, arts) == []
    bad = [{"id": "a", "mentions": [m(1, 5, text="Trump", entity="trump")],
            "quotes": [{"start": 6, "end": 99, "speaker": "putin"}]},
           {"id": "zz", "mentions": [], "quotes": []}]
    problems = verify_gold(bad, arts)
    assert len(problems) == 4, problems


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(GOLD_PATH)


def test_gold_covers_the_languages_asked_for(gold):
    ids = [r["id"] for r in gold]
    assert len(ids) == len(set(ids))
    dev_langs = Counter(r["lang"] for r in gold if r["id"].startswith("d-"))
    assert sum(dev_langs.values()) >= 44
    for lang, n in {"ru": 9, "uk": 8, "bg": 6, "en": 8, "de": 6, "pl": 4, "fr": 3}.items():
        assert dev_langs[lang] >= n, (lang, dev_langs)
    assert sum(not i.startswith("d-") for i in ids) == 3  # the seeds
    stats = gold_stats(gold)["all"]
    assert stats["mentions"] > 800 and stats["quotes"] > 150


def test_gold_labels_are_consistent(gold):
    types: dict[str, set[str]] = {}
    for row in gold:
        labels = {x["entity"] for x in row["mentions"]}
        for x in row["mentions"]:
            assert x["type"] in {"PER", "ORG", "LOC", "MISC"}
            assert x["field"] in {"text", "title"} and x["start"] < x["end"]
            types.setdefault(x["entity"], set()).add(x["type"])
        for qq in row["quotes"]:
            assert qq["speaker"] is None or qq["speaker"] in labels, (row["id"], qq)
    assert all(len(t) == 1 for t in types.values()), {e: t for e, t in types.items() if len(t) > 1}


def test_gold_spans_round_trip_on_stored_articles(gold, cli, tmp_path):
    """Ingest the gold's dev rows and the seeds as the CLI does; every span must round-trip."""
    want = {r["id"] for r in gold}
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    src = write_jsonl(tmp_path / "gold_dev.jsonl", [r for r in rows if r["id"] in want])
    db = tmp_path / "gold.db"
    code, _ = cli("ingest", src, SEEDS, "--db", db, "--workers", "1")
    assert code == 0
    code, out = cli("articles", "--db", db, "--json")
    arts = {a["id"]: a for a in map(json.loads, out.splitlines()) if a["id"] in want}
    assert len(arts) == len(want)
    assert verify_gold(gold, arts) == []
