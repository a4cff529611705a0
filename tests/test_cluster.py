"""``storywire cluster``: the command-line contract, and how the clustering behaves as a stream.

Everything runs on real parts: the real CLI, real SQLite files, the real embedding model (one per
session, see conftest). The dev set and the seeds are read from ../shared at run time.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from conftest import read_jsonl, write_jsonl

from storywire.eval.metrics import bcubed
from storywire.eval.run import cluster_file
from storywire.store.sqlite import SQLiteStore

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev" / "dev.jsonl"
ROW_KEYS = {"id", "event", "thread", "lang"}
LANG_CODE = re.compile(r"^[a-z]{2,3}$")
SHUFFLE_SEEDS = (11, 23, 37, 41, 59)
MAX_F1_SPREAD = 0.02


def partition(pairs) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, cid in pairs:
        groups.setdefault(cid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def row_partition(rows: list[dict], level: str = "event") -> set[frozenset[str]]:
    return partition((r["id"], r[level]) for r in rows)


def store_partition(db: Path) -> set[frozenset[str]]:
    with SQLiteStore(db) as store:
        return partition((aid, eid) for aid, (eid, _) in store.memberships().items())


def copy_db(src: Path, dst: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")
    return dst


def assert_contract_rows(rows: list[dict], given_ids: list[str]) -> None:
    """One well-formed output line per input line, ids exactly as given."""
    assert len(rows) == len(given_ids), (len(rows), len(given_ids))
    assert Counter(r.get("id") for r in rows) == Counter(given_ids)
    for row in rows:
        assert set(row) == ROW_KEYS, row
        assert isinstance(row["id"], str)
        for key in ("event", "thread"):
            assert isinstance(row[key], str) and row[key], row
        assert isinstance(row["lang"], str) and LANG_CODE.match(row["lang"]), row


# -- the contract ---------------------------------------------------------------------------------


def test_contract_on_the_dev_set(dev_all, dev_rows):
    assert_contract_rows(dev_all.rows, [r["id"] for r in dev_rows])
    # a thread groups events: an event never sits in two threads
    thread_of: dict[str, str] = {}
    for row in dev_all.rows:
        assert thread_of.setdefault(row["event"], row["thread"]) == row["thread"], row


def test_numeric_ids_and_identical_texts(tmp_path, cluster_cli, seed_records):
    texts = [r["text"] for r in seed_records]
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": 0, "text": texts[0]},
        {"id": 17, "text": texts[1]},
        {"id": 2025, "text": texts[2]},
        {"id": "copy-of-0", "text": texts[0]},  # same text as id 0, another id
    ])
    rows = cluster_cli(src, tmp_path / "out.jsonl")
    assert_contract_rows(rows, ["0", "17", "2025", "copy-of-0"])
    by_id = {r["id"]: r for r in rows}
    assert by_id["copy-of-0"]["event"] == by_id["0"]["event"]
    assert by_id["copy-of-0"]["thread"] == by_id["0"]["thread"]
    assert by_id["copy-of-0"]["lang"] == by_id["0"]["lang"]


def test_extra_fields_are_not_required_and_not_used(tmp_path, cluster_cli, seed_records):
    """Only id and text are required; unknown extra fields change nothing."""
    plain = cluster_cli(write_jsonl(tmp_path / "a.jsonl", seed_records), tmp_path / "a.out")
    extra = [r | {"category": "politics", "score": 3, "tags": ["x"]} for r in seed_records]
    more = cluster_cli(write_jsonl(tmp_path / "b.jsonl", extra), tmp_path / "b.out")
    assert more == plain


def _scrambled(dev_rows: list[dict]) -> list[dict]:
    """Gold fields permuted across articles, some removed, languages and dates made wrong."""
    rng = random.Random(5)
    out = []
    fields = {k: [r.get(k) for r in dev_rows] for k in ("event", "thread", "lang", "date")}
    for values in fields.values():
        rng.shuffle(values)
    wrong_lang = ["en", "de", "zh", "ru", "uk", "xx"]
    for i, r in enumerate(dev_rows):
        rec = {"id": r["id"], "url": r["url"], "text": r["text"]}
        if i % 3:
            rec |= {"event": fields["event"][i], "thread": fields["thread"][i],
                    "lang": wrong_lang[i % len(wrong_lang)],
                    "date": fields["date"][i] or "1999-01-01"}
        out.append(rec)
    return out


def test_gold_fields_do_not_influence_anything(tmp_path, dev_all, dev_rows, cluster_cli):
    """Labels present (the raw dev file), labels scrambled, labels removed: one partition."""
    with_labels = cluster_cli(DEV, tmp_path / "labelled.out")
    scrambled = cluster_cli(write_jsonl(tmp_path / "scrambled.jsonl", _scrambled(dev_rows)),
                            tmp_path / "scrambled.out")
    reference = dev_all.rows  # id/url/text only
    for rows in (with_labels, scrambled):
        assert_contract_rows(rows, [r["id"] for r in dev_rows])
        assert row_partition(rows) == row_partition(reference)
        assert row_partition(rows, "thread") == row_partition(reference, "thread")
        assert {r["id"]: r["lang"] for r in rows} == {r["id"]: r["lang"] for r in reference}


def test_without_db_nothing_is_written_to_the_working_directory(tmp_path, seed_records):
    """Through ``python -m storywire`` in a clean working directory: no storywire.db appears."""
    src = write_jsonl(tmp_path / "input" / "seeds.jsonl", seed_records)
    out = tmp_path / "result.jsonl"
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYWIRE")}
    proc = subprocess.run(
        [sys.executable, "-m", "storywire", "cluster", str(src), "--out", str(out)],
        cwd=work, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert_contract_rows(read_jsonl(out), [r["id"] for r in seed_records])
    assert not (work / "storywire.db").exists()
    assert sorted(os.listdir(work)) == []
    assert sorted(os.listdir(tmp_path / "input")) == ["seeds.jsonl"]


# -- the seeds: what the data README states about them --------------------------------------------


def test_seeds_events_and_thread(tmp_path, cluster_cli, seed_records, seed_id):
    rows = cluster_cli(write_jsonl(tmp_path / "seeds.jsonl", seed_records), tmp_path / "out.jsonl")
    by_id = {r["id"]: r for r in rows}
    talks_uk, talks_ru = by_id[seed_id("000")], by_id[seed_id("001")]
    deal_bg = by_id[seed_id("004")]
    assert (talks_uk["lang"], talks_ru["lang"], deal_bg["lang"]) == ("uk", "ru", "bg")
    assert talks_uk["event"] == talks_ru["event"], "000 and 001 report the same event"
    assert deal_bg["thread"] == talks_uk["thread"] == talks_ru["thread"], "one storyline"


@pytest.mark.xfail(strict=True, reason="known gap: neither 000 nor 004 states a date, and names "
                   "and lead embeddings are shared by the whole storyline (README, 'Where "
                   "clustering still fails'); strict, so a fix is noticed")
def test_seed_004_is_its_own_event(tmp_path, cluster_cli, seed_records, seed_id):
    rows = cluster_cli(write_jsonl(tmp_path / "seeds.jsonl", seed_records), tmp_path / "out.jsonl")
    by_id = {r["id"]: r for r in rows}
    assert by_id[seed_id("004")]["event"] != by_id[seed_id("000")]["event"]


def test_seed_004_with_its_date_is_its_own_event_of_the_thread(tmp_path, cluster_cli,
                                                               seed_records, seed_id):
    """What 004 lacks is a date: with one in its header (a day of the following weeks), the
    same three articles give two events of one thread."""
    dated = [r | {"text": " date 2025-12-16\n" + r["text"]} if r["id"] == seed_id("004") else r
             for r in seed_records]
    rows = cluster_cli(write_jsonl(tmp_path / "seeds.jsonl", dated), tmp_path / "out.jsonl")
    by_id = {r["id"]: r for r in rows}
    talks_uk, talks_ru, deal_bg = (by_id[seed_id(n)] for n in ("000", "001", "004"))
    assert talks_uk["event"] == talks_ru["event"] != deal_bg["event"]
    assert deal_bg["thread"] == talks_uk["thread"] == talks_ru["thread"]


# Two happenings of one storyline a day apart, each told in two languages (written for this test):
# the same names, the same topic, near-identical leads; only the day each lead states differs.
_VOTES = [
    ("vote-fail-en", " date 2025-03-04\nParliament fails to dismiss energy minister Ivan Petrenko"
     "\n\nOn 4 March the parliament of Ruthenia failed to vote on the dismissal of energy "
     "minister Ivan Petrenko after opposition deputies blocked the rostrum, speaker Olena "
     "Marchuk said."),
    ("vote-fail-ru", " date 2025-03-04\nПарламент не уволил министра энергетики Ивана Петренко"
     "\n\n4 марта парламент Рутении не проголосовал за увольнение министра энергетики Ивана "
     "Петренко: оппозиция заблокировала трибуну, сообщила спикер Олена Марчук."),
    ("vote-pass-en", " date 2025-03-05\nParliament dismisses energy minister Ivan Petrenko"
     "\n\nOn 5 March the parliament of Ruthenia voted to dismiss energy minister Ivan Petrenko, "
     "with 301 deputies in favour, speaker Olena Marchuk said."),
    ("vote-pass-ru", " date 2025-03-05\nПарламент уволил министра энергетики Ивана Петренко"
     "\n\n5 марта парламент Рутении проголосовал за увольнение министра энергетики Ивана "
     "Петренко, за решение отдали голоса 301 депутат, сообщила спикер Олена Марчук."),
]


def test_leads_stating_different_days_are_different_events(tmp_path, cluster_cli):
    """Two articles whose leads write out different days report different happenings, however
    alike the rest; the same day in two languages is one event, and all four are one thread."""
    rows = cluster_cli(write_jsonl(tmp_path / "votes.jsonl",
                                   [{"id": i, "text": t} for i, t in _VOTES]), tmp_path / "o.jsonl")
    ev = {r["id"]: r["event"] for r in rows}
    assert ev["vote-fail-en"] == ev["vote-fail-ru"]
    assert ev["vote-pass-en"] == ev["vote-pass-ru"]
    assert ev["vote-fail-en"] != ev["vote-pass-en"]
    assert len({r["thread"] for r in rows}) == 1


# -- determinism, re-runs, streaming in parts -----------------------------------------------------


def test_same_input_twice_gives_identical_output(tmp_path, dev_all, cluster_cli):
    """Fresh stores (the first run used --db FILE, this one the default temporary store)."""
    again = cluster_cli(dev_all.src, tmp_path / "again.jsonl")
    assert again == dev_all.rows
    assert (tmp_path / "again.jsonl").read_bytes() == dev_all.out.read_bytes()


def test_rerun_on_the_same_store_adds_nothing(tmp_path, dev_all, cluster_cli):
    db = copy_db(dev_all.db, tmp_path / "rerun.db")
    with SQLiteStore(db) as store:
        events_before, articles_before = store.events(), store.count()
        members_before = {a: e for a, (e, _) in store.memberships().items()}
    assert articles_before == len(dev_all.rows)
    rows = cluster_cli(dev_all.src, tmp_path / "rerun.jsonl", db)
    assert rows == dev_all.rows
    with SQLiteStore(db) as store:
        assert store.count() == articles_before
        assert len(store.events()) == len(events_before)
        assert set(store.events()) == set(events_before)
        assert {a: e for a, (e, _) in store.memberships().items()} == members_before


def test_two_halves_give_the_partition_of_one_run(dev_halves, dev_all, dev_rows):
    mid = len(dev_rows) // 2
    assert_contract_rows(dev_halves.first, [r["id"] for r in dev_rows[:mid]])
    assert_contract_rows(dev_halves.second, [r["id"] for r in dev_rows[mid:]])
    halves, at_once = store_partition(dev_halves.db), store_partition(dev_all.db)
    assert sum(len(g) for g in halves) == len(dev_rows)
    only_halves = sorted(sorted(g) for g in halves - at_once)
    only_once = sorted(sorted(g) for g in at_once - halves)
    assert halves == at_once, (
        f"{len(only_halves)} events only in the two-part run, e.g. {only_halves[:3]}; "
        f"{len(only_once)} only in the one-part run, e.g. {only_once[:3]}")


def _printed_first_half(dev_halves) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(event id printed after the first half -> its articles then, live event -> articles now)."""
    old: dict[str, set[str]] = {}
    for row in dev_halves.first:
        old.setdefault(row["event"], set()).add(row["id"])
    now: dict[str, set[str]] = {}
    with SQLiteStore(dev_halves.db) as store:
        for aid, (eid, _) in store.memberships().items():
            now.setdefault(eid, set()).add(aid)
    return old, now


def test_event_ids_printed_earlier_survive(dev_halves):
    """An event id printed after the first half is still live, or resolves to a live event that
    holds at least one of the articles it held then."""
    old, now = _printed_first_half(dev_halves)
    lost = {}
    with SQLiteStore(dev_halves.db) as store:
        for eid, arts in sorted(old.items()):
            if eid in now:
                continue
            target = store.resolve_event(eid)
            if target is None or not (now.get(target, set()) & arts):
                where = sorted({store.memberships()[a][0] for a in arts})
                lost[eid] = f"held {sorted(arts)}, resolves to {target}; they are now in {where}"
    assert not lost, f"{len(lost)} of {len(old)} printed event ids lost: {lost}"


def test_live_event_ids_keep_their_articles(dev_halves):
    """A printed id that is still live names the same happening: it holds at least one of the
    articles it was printed with (newcomers do not take the id over)."""
    old, now = _printed_first_half(dev_halves)
    taken_over = {
        eid: f"held {sorted(arts)}, now holds {sorted(now[eid])[:8]}"
        for eid, arts in sorted(old.items()) if eid in now and not (now[eid] & arts)
    }
    assert not taken_over, (
        f"{len(taken_over)} of {len(old)} printed ids now name other articles: {taken_over}")


@pytest.mark.slow
def test_order_of_arrival_barely_matters(tmp_path, dev_plain, dev_rows, encoder):
    """Five shuffles of the dev set, each into a fresh store: event-level BCubed F1 is stable."""
    gold = {r["id"]: r["event"] for r in dev_rows}
    scores = []
    for seed in SHUFFLE_SEEDS:
        rows = list(dev_plain)
        random.Random(seed).shuffle(rows)
        result = cluster_file(write_jsonl(tmp_path / f"shuffle-{seed}.jsonl", rows),
                              encoder=encoder)
        assert_contract_rows(result.rows, [r["id"] for r in rows])
        scores.append(bcubed(gold, {r["id"]: r["event"] for r in result.rows}).f1)
    spread = max(scores) - min(scores)
    assert spread <= MAX_F1_SPREAD, (
        f"event BCubed F1 over shuffles: {[round(s, 4) for s in scores]}")


def test_output_is_what_the_store_holds(dev_all):
    """With --db, the printed events and threads are the ones the store keeps."""
    with SQLiteStore(dev_all.db) as store:
        members = store.memberships()
        events = store.events()
    for row in dev_all.rows:
        eid = members[row["id"]][0]
        assert row["event"] == eid
        assert row["thread"] == (events[eid][0] or eid)


def test_neighbour_lists_survive_a_restart_at_index_scale(tmp_path, dev_plain, encoder):
    """At index scale an article's rank signal comes from its own search on arrival; a second
    process must see the same lists (kept in the store), not new searches over a grown index."""
    from storywire.core import ingest
    from storywire.store.sqlite import SQLiteStore
    from storywire.stories.cluster import EventClusterer, EventState
    from storywire.stories.update import update_store

    first, second = dev_plain[:100], dev_plain[100:]
    key = f"{encoder.name}@{encoder.version}"
    with SQLiteStore(tmp_path / "s.db") as store:
        ingest([write_jsonl(tmp_path / "a.jsonl", first)], store)
        update_store(store, encoder, index_at=0)
        before = store.neighbours(key)
        ingest([write_jsonl(tmp_path / "b.jsonl", second)], store)
        update_store(store, encoder, index_at=0)
        after = store.neighbours(key)
        ids = [r["id"] for r in store.article_rows()]
        feats = {a: f for a, f in _features(store).items()}
        vecs = {a: v for a, (_, v) in store.vectors(key).items()}

    assert set(before) == set(ids[:100]) and set(after) == set(ids)
    assert all(after[a] == lst for a, lst in before.items())  # first-half lists kept as found
    assert sum(bool(v) for v in after.values()) > 0.9 * len(ids)

    def restarted(restore: bool) -> EventClusterer:
        state = EventState(index_at=0)
        state.add_articles([feats[a] for a in ids], np.stack([vecs[a] for a in ids]),
                           list(range(len(ids))))
        cl = EventClusterer(state)
        if restore:
            cl.restore_neighbour_lists(after)
        return cl

    kept, searched = restarted(True), restarted(False)
    early = ids[:100]
    assert all(list(kept.ranks(a)) == after[a] for a in early)
    # without the kept lists they have none: no new search over the grown index, whose lists
    # would hold later articles too
    assert all(searched.ranks(a) is None for a in early)


def _features(store):
    from storywire.stories.features import FEATURES_VERSION, ArticleFeatures

    return {a: ArticleFeatures.from_json(a, d) for a, (_, d) in
            store.features(FEATURES_VERSION).items()}


def test_region_matrix_agrees_with_the_pair_scorer(dev_all, encoder):
    """Re-clustering scores a region's pairs as arrays; each must equal the scalar scorer."""
    from storywire.stories.cluster import EventClusterer, EventState, _close_in_time
    from storywire.stories.knowledge import entity_key_map
    from storywire.stories.service import unify_keys

    with SQLiteStore(dev_all.db) as store:
        feats = _features(store)
        vecs = {a: v for a, (_, v) in store.vectors(f"{encoder.name}@{encoder.version}").items()}
        seq = {r["id"]: r["seq"] for r in store.article_rows()}
        key_map = entity_key_map(store)
    ids = sorted(feats, key=seq.__getitem__)
    state = EventState()
    for n, a in enumerate(ids):
        feats[a].keys = unify_keys(feats[a].keys, key_map)
        state.add_article(feats[a], vecs[a], n)
    cl = EventClusterer(state)
    cl.estimate_dates(ids)  # some articles carry estimated dates, as in a real run
    region = ids[::2]  # 133 articles across threads, dated, undated and estimated
    probs = cl._matrix(region)
    checked = 0
    for i, a in enumerate(region):
        for j in range(i + 1, len(region)):
            b = region[j]
            expected = cl._pair(a, b)[0] if _close_in_time(feats[a], feats[b]) else 0.0
            assert probs[i, j] == pytest.approx(expected, abs=1e-9), (a, b)
            assert probs[j, i] == probs[i, j]
            checked += expected > 0.5
    assert checked > 50  # the region holds many likely pairs, not only zeros


def test_candidate_rows_agree_with_the_pair_scorer(dev_all, encoder):
    """Consolidation scores each article against its candidates as one row of arrays."""
    from storywire.stories.cluster import EventClusterer, EventState, _close_in_time

    with SQLiteStore(dev_all.db) as store:
        feats = _features(store)
        vecs = {a: v for a, (_, v) in store.vectors(f"{encoder.name}@{encoder.version}").items()}
    ids = sorted(feats)
    state = EventState()
    for n, a in enumerate(ids):
        state.add_article(feats[a], vecs[a], n)
    cl = EventClusterer(state)
    for a in ids[::9]:
        near = cl.candidates(a)
        row = cl._block([a], near)[0] if near else []
        for c, p in zip(near, row, strict=True):
            expected = cl._pair(a, c)[0] if _close_in_time(feats[a], feats[c]) else 0.0
            assert p == pytest.approx(expected, abs=1e-9), (a, c)
