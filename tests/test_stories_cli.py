"""Stories through the real CLI: run, stories, story (with reasons and redirects), threads, eval."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import write_jsonl

from storywire.store.sqlite import SQLiteStore

STORY_KEYS = {"id", "thread", "title", "size", "languages", "sources", "first_seen", "last_seen"}
LANG_CODE = re.compile(r"^[a-z]{2,3}$")


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def is_date_or_none(value) -> bool:
    if value is None:
        return True
    dt.date.fromisoformat(value)
    return True


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, cli, seeds_dir, shared_encoder):
    db = tmp_path_factory.mktemp("stories") / "seeds.db"
    code, text = cli("run", seeds_dir, "--db", db)
    return code, text, db


@pytest.fixture(scope="module")
def seed_stories(seeds_run, cli) -> list[dict]:
    code, text = cli("stories", "--db", seeds_run[2], "--json")
    assert code == 0, text
    return json_lines(text)


def story_details(cli, db: Path, stories: list[dict]) -> list[dict]:
    out = []
    for story in stories:
        code, text = cli("story", story["id"], "--db", db, "--json")
        assert code == 0, text
        (detail,) = json_lines(text)
        out.append(detail)
    return out


def check_story_summary(story: dict) -> None:
    assert set(story) >= STORY_KEYS, story
    assert isinstance(story["id"], str) and story["id"]
    assert isinstance(story["thread"], str) and story["thread"]
    assert isinstance(story["title"], str) and story["title"].strip()
    assert isinstance(story["size"], int) and story["size"] >= 1
    assert story["languages"] and all(LANG_CODE.match(x) for x in story["languages"]), story
    assert all(isinstance(s, str) for s in story["sources"])
    assert is_date_or_none(story["first_seen"]) and is_date_or_none(story["last_seen"])
    if story["first_seen"] and story["last_seen"]:
        assert story["first_seen"] <= story["last_seen"]


def check_reasons(detail: dict) -> int:
    """Every article says why it is in the story; a joined one names its link inside it.
    Returns how many articles joined."""
    ids = {a["id"] for a in detail["articles"]}
    joined = 0
    for art in detail["articles"]:
        reason = art["reason"]
        assert isinstance(reason, dict) and isinstance(reason.get("decision"), str), art["id"]
        if reason["decision"] == "joined":
            joined += 1
            link = reason.get("strongest_link")
            assert link and link != art["id"], (art["id"], reason)
            assert link in ids, (
                f"{art['id']} in story {detail['id']} joined via {link}, which is not in the "
                f"story (its articles: {sorted(ids)})")
            assert isinstance(reason.get("signals"), dict) and reason["signals"], reason
            assert all(isinstance(v, int | float) for v in reason["signals"].values()), reason
    return joined


# -- seeds ---------------------------------------------------------------------------------------


def test_run_prints_stories(seeds_run, seed_stories):
    code, text, _ = seeds_run
    assert code == 0, text
    assert "3 new" in text
    summary = re.search(r"(\d+) stories in (\d+) threads", text)
    assert summary, text
    assert int(summary.group(1)) == len(seed_stories) >= 1
    assert int(summary.group(2)) == len({s["thread"] for s in seed_stories})
    assert "story" in text and "title" in text  # the stories table


def test_stories_json(seed_stories):
    assert seed_stories
    for story in seed_stories:
        check_story_summary(story)
    assert len({s["id"] for s in seed_stories}) == len(seed_stories)
    assert sum(s["size"] for s in seed_stories) == 3
    assert set().union(*(s["languages"] for s in seed_stories)) == {"uk", "ru", "bg"}


def test_story_json_with_reasons(seeds_run, seed_stories, cli, seed_id):
    db = seeds_run[2]
    details = story_details(cli, db, seed_stories)
    seen: list[str] = []
    for story, detail in zip(seed_stories, details, strict=True):
        assert detail["id"] == story["id"] and "resolved_from" not in detail
        assert {k: detail[k] for k in STORY_KEYS} == story
        assert len(detail["articles"]) == detail["size"]
        for art in detail["articles"]:
            assert {"id", "lang", "text", "reason"} <= set(art)
        check_reasons(detail)
        seen += [a["id"] for a in detail["articles"]]
    assert sorted(seen) == sorted(seed_id(p) for p in ("000", "001", "004"))


def test_story_human_output(seeds_run, seed_stories, cli):
    story = seed_stories[0]
    code, text = cli("story", story["id"], "--db", seeds_run[2])
    assert code == 0
    assert f"story {story['id']}" in text
    articles = text.split("\nArticles\n", 1)[1].split("\nEntities\n", 1)[0]
    assert sum(line.startswith("- ") for line in articles.splitlines()) == story["size"]


def test_story_unknown_id(seeds_run, cli):
    code, text = cli("story", "no-such-story", "--db", seeds_run[2])
    assert code == 1
    assert text == ""


def test_threads_json(seeds_run, seed_stories, cli):
    code, text = cli("threads", "--db", seeds_run[2], "--json")
    assert code == 0, text
    threads = json_lines(text)
    assert threads
    by_story = {s["id"]: s for s in seed_stories}
    listed = []
    for thread in threads:
        assert {"id", "stories", "size", "first_seen", "last_seen", "title"} <= set(thread)
        assert isinstance(thread["title"], str) and thread["title"]
        assert thread["size"] == sum(s["size"] for s in thread["stories"])
        assert is_date_or_none(thread["first_seen"]) and is_date_or_none(thread["last_seen"])
        for s in thread["stories"]:
            assert {"id", "title", "size", "first_seen"} <= set(s)
            assert by_story[s["id"]]["thread"] == thread["id"]
            listed.append(s["id"])
    assert sorted(listed) == sorted(by_story)
    assert sum(t["size"] for t in threads) == 3


def test_eval_json_on_labelled_seeds(tmp_path, cli, seed_records, seed_id, shared_encoder):
    """Gold labels from the data README: 000 and 001 one event, 004 another of the same thread."""
    gold = {
        seed_id("000"): ("talks", "uk"),
        seed_id("001"): ("talks", "ru"),
        seed_id("004"): ("deal", "bg"),
    }
    src = write_jsonl(tmp_path / "labelled.jsonl", [
        {"id": r["id"], "text": r["text"], "event": gold[r["id"]][0],
         "thread": "us-belarus-prisoners", "lang": gold[r["id"]][1]}
        for r in seed_records
    ])
    code, text = cli("eval", src, "--json")
    assert code == 0, text
    (report,) = json_lines(text)
    assert report["articles"] == 3 and report["clustered"] == 3
    for level, n_gold in (("event", 2), ("thread", 1)):
        part = report[level]
        for kind in ("bcubed", "pairwise"):
            assert set(part[kind]) == {"precision", "recall", "f1"}
            assert all(0.0 <= v <= 1.0 for v in part[kind].values()), part
        assert part["clusters_gold"] == n_gold
        assert 1 <= part["clusters_predicted"] <= 3
    assert report["language"]["accuracy"] == 1.0
    assert report["language"]["total"] == 3


# -- a real store with history: the dev set in two halves ----------------------------------------


@pytest.fixture(scope="module")
def halves_stories(dev_halves, cli) -> list[dict]:
    code, text = cli("stories", "--db", dev_halves.db, "--json")
    assert code == 0, text
    return json_lines(text)


def test_dev_stories_and_reasons(dev_halves, halves_stories, cli, dev_rows):
    assert sum(s["size"] for s in halves_stories) == len(dev_rows)
    joined = 0
    for detail in story_details(cli, dev_halves.db, halves_stories):
        check_story_summary(detail)
        assert len(detail["articles"]) == detail["size"]
        joined += check_reasons(detail)
    assert joined > 0, "no article of the dev set joined an event"


def test_old_story_ids_resolve(dev_halves, cli):
    """Ids printed after the first half that were merged away or split still open a story."""
    with SQLiteStore(dev_halves.db) as store:
        live = set(store.events())
        redirects = store.event_redirects()
        printed = {r["event"] for r in dev_halves.first}
        old_ids = sorted((printed - live) | set(redirects))
        expected = {old: store.resolve_event(old) for old in old_ids}
    # every id ever printed is live or redirected: none vanished
    assert printed - live <= set(redirects)
    for old in old_ids:
        assert expected[old] in live, (old, expected[old])
        code, text = cli("story", old, "--db", dev_halves.db, "--json")
        assert code == 0, (old, text)
        (detail,) = json_lines(text)
        assert detail["id"] == expected[old]
        assert detail["resolved_from"] == old
        code, text = cli("story", old, "--db", dev_halves.db)
        assert code == 0 and f"story {expected[old]}" in text
    if not old_ids:
        # no event was merged away or split in this run, so there is no redirect to follow:
        # then every printed id must still open its own story, unresolved
        for eid in sorted(printed)[:20]:
            code, text = cli("story", eid, "--db", dev_halves.db, "--json")
            assert code == 0
            (detail,) = json_lines(text)
            assert detail["id"] == eid and "resolved_from" not in detail
