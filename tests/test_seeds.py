"""The foundation's 'done when': the three seeds through the real CLI."""

from __future__ import annotations

import json


def test_seeds_ingest_and_list(cli, seeds_dir, db):
    code, text = cli("run", seeds_dir, "--db", db)
    assert code == 0, text
    assert "3 new" in text
    code, text = cli("articles", "--db", db, "--json")
    assert code == 0
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 3
    by_id = {r["id"]: r for r in rows}
    assert {r["lang"] for r in rows} == {"uk", "ru", "bg"}
    for row in rows:
        assert set(row) >= {"id", "url", "source", "title", "published", "lang", "authors",
                            "cited", "text"}
        assert isinstance(row["id"], str)
    ru = next(r for k, r in by_id.items() if k.startswith("001_"))
    assert ru["lang"] == "ru"
    assert ru["published"] == "2025-11-26"
    assert ru["authors"] == ["Ірина Глухова"]
    assert "Reuters" in ru["cited"]
    assert ru["source"] == "РБК-Украина"
    assert "Фото:" not in ru["text"] and "Getty Images" not in ru["text"]
    assert "Автор:" not in ru["text"] and "Глухова" not in ru["text"]
    assert ru["title"].startswith("США и Беларусь ведут переговоры")
    uk = next(r for k, r in by_id.items() if k.startswith("000_"))
    assert uk["lang"] == "uk" and "Reuters" in uk["cited"]
    bg = next(r for k, r in by_id.items() if k.startswith("004_"))
    assert bg["lang"] == "bg" and "БТА" in bg["cited"]


def test_seeds_reingest_is_noop(cli, seeds_dir, db):
    cli("ingest", seeds_dir, "--db", db)
    code, text = cli("ingest", seeds_dir, "--db", db)
    assert code == 0
    assert text.startswith("0 new, 3 duplicate")
    code, text = cli("articles", "--db", db, "--json")
    assert len(text.splitlines()) == 3


def test_articles_lang_filter(cli, seeds_dir, db):
    cli("ingest", seeds_dir, "--db", db)
    _, text = cli("articles", "--db", db, "--json", "--lang", "bg")
    rows = [json.loads(line) for line in text.splitlines()]
    assert [r["lang"] for r in rows] == ["bg"]
