"""SQLite tables for stories: cached vectors and features, events, threads and their redirects.

A mixin over :class:`~storywire.store.sqlite.SQLiteStore`'s connection, kept apart so the article
store stays one concern and this one another.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import numpy as np


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class StoryTables:
    _conn: sqlite3.Connection

    # -- vectors and features ------------------------------------------------------------------
    def vectors(self, encoder: str) -> dict[str, tuple[str, np.ndarray]]:
        rows = self._conn.execute(
            "SELECT article_id, text_hash, vector FROM vectors WHERE encoder = ?", (encoder,)
        )
        return {r[0]: (r[1], np.frombuffer(r[2], dtype="<f4")) for r in rows}

    def put_vectors(self, encoder: str, items: Iterable[tuple[str, str, np.ndarray]]
                    ) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO vectors(article_id, encoder, text_hash, vector)"
            " VALUES (?, ?, ?, ?)",
            [(a, encoder, h, np.asarray(v, dtype="<f4").tobytes()) for a, h, v in items],
        )

    def features(self, version: str) -> dict[str, tuple[str, dict[str, Any]]]:
        rows = self._conn.execute(
            "SELECT article_id, text_hash, data FROM features WHERE version = ?", (version,)
        )
        return {r[0]: (r[1], json.loads(r[2])) for r in rows}

    def put_features(self, version: str, items: Iterable[tuple[str, str, dict[str, Any]]]
                     ) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO features(article_id, version, text_hash, data)"
            " VALUES (?, ?, ?, ?)",
            [(a, version, h, json.dumps(d, ensure_ascii=False)) for a, h, d in items],
        )

    def neighbours(self, encoder: str) -> dict[str, list[str]]:
        rows = self._conn.execute(
            "SELECT article_id, ids FROM neighbours WHERE encoder = ?", (encoder,))
        return {r[0]: json.loads(r[1]) for r in rows}

    def put_neighbours(self, encoder: str, items: Mapping[str, list[str]]) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO neighbours(article_id, encoder, ids) VALUES (?, ?, ?)",
            [(a, encoder, json.dumps(ids)) for a, ids in items.items()],
        )

    # -- events and threads --------------------------------------------------------------------
    def events(self) -> dict[str, tuple[str | None, int]]:
        """event id -> (thread id, created_seq)."""
        rows = self._conn.execute("SELECT id, thread, created_seq FROM events")
        return {r[0]: (r[1], r[2]) for r in rows}

    def memberships(self) -> dict[str, tuple[str, dict[str, Any]]]:
        """article id -> (event id, reason)."""
        rows = self._conn.execute("SELECT article_id, event_id, reason FROM event_members")
        return {r[0]: (r[1], json.loads(r[2])) for r in rows}

    def save_partition(
        self,
        events: Mapping[str, tuple[str | None, int]],
        members: Mapping[str, tuple[str, dict[str, Any]]],
        event_redirects: Mapping[str, tuple[str, str]],
        threads: Mapping[str, int],
        thread_redirects: Mapping[str, str],
        event_history: Mapping[str, set[str]] | None = None,
    ) -> None:
        """Replace the stored partition with this one (inside the caller's transaction)."""
        now = _now()
        c = self._conn
        c.execute("DELETE FROM events")
        c.executemany("INSERT INTO events(id, thread, created_seq, updated_at) VALUES (?,?,?,?)",
                      [(e, t, s, now) for e, (t, s) in events.items()])
        c.execute("DELETE FROM event_members")
        c.executemany("INSERT INTO event_members(article_id, event_id, reason) VALUES (?,?,?)",
                      [(a, e, json.dumps(r, ensure_ascii=False)) for a, (e, r) in members.items()])
        history = event_history or {}
        c.executemany(
            "INSERT OR REPLACE INTO event_redirects(old_id, new_id, kind, at, members)"
            " VALUES (?,?,?,?,?)",
            [(o, n, k, now, json.dumps(sorted(history.get(o, ()))))
             for o, (n, k) in event_redirects.items()],
        )
        c.execute("DELETE FROM threads")
        c.executemany("INSERT INTO threads(id, created_seq, updated_at) VALUES (?,?,?)",
                      [(t, s, now) for t, s in threads.items()])
        c.executemany("INSERT OR REPLACE INTO thread_redirects(old_id, new_id, at) VALUES (?,?,?)",
                      [(o, n, now) for o, n in thread_redirects.items()])
        # a redirect never points at another redirect: follow chains to their end once
        c.execute("DELETE FROM event_redirects WHERE old_id IN (SELECT id FROM events)")
        c.execute("DELETE FROM thread_redirects WHERE old_id IN (SELECT id FROM threads)")

    def event_redirects(self) -> dict[str, tuple[str, str]]:
        rows = self._conn.execute("SELECT old_id, new_id, kind FROM event_redirects")
        return {r[0]: (r[1], r[2]) for r in rows}

    def event_history(self) -> dict[str, set[str]]:
        """Redirected event id -> the articles it named when it was redirected."""
        rows = self._conn.execute("SELECT old_id, members FROM event_redirects")
        return {r[0]: set(json.loads(r[1])) for r in rows}

    def thread_redirects(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT old_id, new_id FROM thread_redirects").fetchall())

    def resolve_event(self, event_id: str) -> str | None:
        """The live event an id names now, following merges and splits."""
        live = self.events()
        redirects = self.event_redirects()
        seen = set()
        while event_id not in live:
            if event_id in seen or event_id not in redirects:
                return None
            seen.add(event_id)
            event_id = redirects[event_id][0]
        return event_id

    def resolve_thread(self, thread_id: str) -> str | None:
        live = {t for t, in self._conn.execute("SELECT id FROM threads")}
        redirects = self.thread_redirects()
        seen = set()
        while thread_id not in live:
            if thread_id in seen or thread_id not in redirects:
                return None
            seen.add(thread_id)
            thread_id = redirects[thread_id]
        return thread_id

    def get_state(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM cluster_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO cluster_state(key, value) VALUES (?, ?)",
                           (key, value))

    def article_rows(self) -> Iterator[sqlite3.Row]:
        """The fields clustering needs, without loading every text twice."""
        yield from self._conn.execute(
            "SELECT id, title, text, lang, published, content_hash, seq, source, cited"
            " FROM articles"
            " ORDER BY seq"
        )
