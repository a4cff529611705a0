"""SQLite tables for story knowledge: per-article extractions and the store-wide entities.

A mixin over :class:`~storywire.store.sqlite.SQLiteStore`'s connection, like the story tables.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class KnowledgeTables:
    _conn: sqlite3.Connection

    def knowledge(self, version: str, ids: Iterable[str] | None = None,
                  ) -> dict[str, tuple[str, dict[str, Any]]]:
        """article id -> (text hash, extraction) for extractions made by ``version``."""
        sql = "SELECT article_id, text_hash, data FROM knowledge WHERE version = ?"
        if ids is None:
            rows = list(self._conn.execute(sql, (version,)))
        else:
            rows = [r for aid in ids for r in self._conn.execute(
                sql + " AND article_id = ?", (version, aid))]
        return {r[0]: (r[1], json.loads(r[2])) for r in rows}

    def put_knowledge(self, version: str,
                      items: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO knowledge(article_id, version, text_hash, data)"
            " VALUES (?, ?, ?, ?)",
            [(a, version, h, _dumps(d)) for a, h, d in items],
        )

    def entity_state(self) -> dict[str, Any] | None:
        row = self._conn.execute("SELECT data FROM entity_state WHERE id = 1").fetchone()
        return json.loads(row[0]) if row else None

    def save_entities(self, state: Mapping[str, Any], entities: Iterable[Mapping[str, Any]],
                      redirects: Mapping[str, str]) -> None:
        """Replace the linker state and the entity tables with what it holds now."""
        c = self._conn
        c.execute("INSERT OR REPLACE INTO entity_state(id, data) VALUES (1, ?)", (_dumps(state),))
        c.execute("DELETE FROM entities")
        c.execute("DELETE FROM entity_mentions")
        c.execute("DELETE FROM entity_redirects")
        for e in entities:
            c.execute("INSERT INTO entities(id, name, type, aliases) VALUES (?, ?, ?, ?)",
                      (e["id"], e["name"], e["type"], _dumps(list(e["aliases"]))))
            c.executemany(
                'INSERT OR REPLACE INTO entity_mentions(article_id, field, start, "end",'
                " entity_id, surface, lang) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(m["article_id"], m.get("field", "text"), m["start"], m["end"], e["id"],
                  m["text"], m.get("lang")) for m in e["mentions"]],
            )
        c.executemany("INSERT INTO entity_redirects(id, target) VALUES (?, ?)",
                      sorted(redirects.items()))

    def entity_rows(self) -> list[dict[str, Any]]:
        """Every entity with its mention count and languages, most mentioned first."""
        rows = self._conn.execute(
            "SELECT e.id, e.name, e.type, e.aliases, COUNT(m.entity_id) AS n,"
            " GROUP_CONCAT(DISTINCT m.lang) AS langs, COUNT(DISTINCT m.article_id) AS articles"
            " FROM entities e LEFT JOIN entity_mentions m ON m.entity_id = e.id"
            " GROUP BY e.id ORDER BY n DESC, e.id")
        return [{"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3]),
                 "mentions": r[4], "articles": r[6],
                 "langs": sorted(filter(None, (r[5] or "").split(",")))} for r in rows]

    def mention_entities(self, article_ids: Iterable[str]) -> dict[tuple[str, str, int, int], str]:
        """(article, field, start, end) -> entity id, for the given articles."""
        out: dict[tuple[str, str, int, int], str] = {}
        for aid in article_ids:
            for r in self._conn.execute(
                    'SELECT field, start, "end", entity_id FROM entity_mentions'
                    " WHERE article_id = ?", (aid,)):
                out[(aid, r[0], r[1], r[2])] = r[3]
        return out

    def entity_info(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        out = {}
        for eid in ids:
            r = self._conn.execute("SELECT id, name, type, aliases FROM entities WHERE id = ?",
                                   (eid,)).fetchone()
            if r:
                out[eid] = {"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3])}
        return out

    def resolve_entity(self, entity_id: str) -> str:
        seen = {entity_id}
        while True:
            r = self._conn.execute("SELECT target FROM entity_redirects WHERE id = ?",
                                   (entity_id,)).fetchone()
            if not r or r[0] in seen:
                return entity_id
            entity_id = r[0]
            seen.add(entity_id)
