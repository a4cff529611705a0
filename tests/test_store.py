"""The SQLite store and admission: schema, WAL, FTS, idempotency, versions, duplicates."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from storywire import SQLiteStore, ingest
from storywire.admit import normalise_url
from storywire.dedup import fingerprint, similarity

BASE = (
    "The city council approved the new budget on Tuesday after a long debate about school "
    "funding, road repairs and the future of the public library. Opposition members said the "
    "plan ignored rising rents, while the mayor called it the most balanced budget in a decade. "
    "The vote was 31 to 14, with two abstentions, and the budget takes effect in January."
)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def test_schema_wal_and_migrations(db):
    with SQLiteStore(db) as store:
        assert store.schema_version >= 1
        first = store.schema_version
    with SQLiteStore(db) as store:  # reopening applies nothing twice
        assert store.schema_version == first
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "article_versions", "article_aliases", "articles_fts"} <= tables


def test_fts_search(tmp_path, db):
    src = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "x1", "url": "https://example.org/a", "text": BASE},
        {"id": "x2", "url": "https://example.org/b",
         "text": "Völker und Länder: ein ganz anderer Text über Fußball und Wetter in Berlin."},
    ])
    with SQLiteStore(db) as store:
        ingest([src], store)
        assert [i for i, _ in store.search("library")] == ["x1"]
        assert [i for i, _ in store.search("fussball OR Länder")] == ["x2"]


def test_idempotent_and_versions(tmp_path, db):
    one = write_jsonl(tmp_path / "one.jsonl", [{"id": "v", "url": "https://ex.org/n?utm_source=x",
                                               "text": BASE}])
    changed = write_jsonl(tmp_path / "two.jsonl", [{"id": "v-new", "url": "http://www.ex.org/n/",
                                                   "text": BASE.replace("31 to 14", "32 to 13")}])
    with SQLiteStore(db) as store:
        assert ingest([one], store).counts["new"] == 1
        again = ingest([one], store)
        assert again.counts["duplicate"] == 1 and again.counts["new"] == 0
        upd = ingest([changed], store)
        assert upd.counts["updated"] == 1
        assert store.count() == 1
        art = store.get("v")
        assert "32 to 13" in art.text and art.meta["version"] == 2
        versions = store.versions("v")
        assert [v["version"] for v in versions] == [1, 2]
        assert "31 to 14" in versions[0]["text"]
        change = versions[1]["change"]
        assert change["from_version"] == 1 and 0.9 < change["similarity"] < 1
        assert any("32 to 13" in line for line in change["diff"])
        # the old version arriving again is recognised, not a third version
        assert ingest([changed], store).counts["duplicate"] == 1


def test_exact_copy_is_linked_not_dropped(tmp_path, db):
    src = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "orig", "url": "https://a.example/story", "text": BASE},
        {"id": "copy", "url": "https://b.example/reprint", "text": "  " + BASE.upper() + "\n"},
    ])
    with SQLiteStore(db) as store:
        report = ingest([src], store)
        assert report.counts["new"] == 1 and report.counts["duplicate"] == 1
        assert store.count() == 1
        aliases = list(store.aliases())
        assert [(a.alias, a.article_id, a.url) for a in aliases] == [
            ("copy", "orig", "https://b.example/reprint")]
        assert store.get("copy").id == "orig"


def test_near_duplicate_linked(tmp_path, db):
    edited = BASE.replace("on Tuesday", "late on Tuesday") + " Reporting by the desk."
    other = ("Heavy rain flooded three villages in the valley overnight and rescue teams "
             "evacuated more than 200 residents, officials said on Wednesday morning.")
    src = write_jsonl(tmp_path / "n.jsonl", [
        {"id": "o", "text": BASE}, {"id": "e", "text": edited}, {"id": "z", "text": other},
    ])
    with SQLiteStore(db) as store:
        report = ingest([src], store)
        assert report.counts["near-duplicate"] == 1 and report.counts["new"] == 2
        assert store.get("e").meta["duplicate_of"] == "o"
        assert "duplicate_of" not in store.get("z").meta


def test_minhash_estimates_jaccard():
    a, b = fingerprint(BASE), fingerprint(BASE + " One more sentence at the end.")
    c = fingerprint("Completely unrelated words about weather and football results today.")
    assert similarity(a.signature, b.signature) > 0.8
    assert similarity(a.signature, c.signature) < 0.1
    assert a.content_hash == fingerprint("  " + BASE.upper()).content_hash


def test_normalise_url():
    assert normalise_url("HTTP://WWW.Example.org/a/b/?utm_medium=x&id=3#frag") == \
        "https://example.org/a/b?id=3"


def test_given_id_reused_for_other_url_keeps_both(tmp_path, db):
    src = write_jsonl(tmp_path / "r.jsonl", [
        {"id": "same", "url": "https://a.example/1", "text": BASE},
        {"id": "same", "url": "https://a.example/2", "text": "Another story entirely, about "
         "a harbour strike that stopped ferries for two days and stranded 400 travellers."},
    ])
    with SQLiteStore(db) as store:
        ingest([src], store)
        assert store.count() == 2
        assert {a.id for a in store.articles()} == {"same", "same~2"}


def test_minhash_tracks_true_jaccard():
    """The estimate must follow the real shingle overlap across the whole range, not just 0 or 1."""
    from storywire.dedup import _shingles, normalise

    words = BASE.split()
    for cut in (5, 15, 25, 35, 45):
        variant = " ".join([*words[:cut], "inserted", "words", "here", *words[cut + 3 :]])
        variant += " " + " ".join(reversed(words[: cut // 2]))
        x, y = (set(_shingles(normalise(t)).tolist()) for t in (BASE, variant))
        true = len(x & y) / len(x | y)
        est = similarity(fingerprint(BASE).signature, fingerprint(variant).signature)
        assert abs(est - true) < 0.15, (cut, true, est)
