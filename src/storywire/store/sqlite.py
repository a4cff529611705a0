"""The default store: one SQLite file, WAL mode, versioned migrations, FTS5 over title and text."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from storywire.model import Article
from storywire.store._knowledge import KnowledgeTables
from storywire.store._stories import StoryTables
from storywire.store.base import Alias, StoredRef

DEFAULT_DB = "storywire.db"


def _migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every bundled migration file, in order."""
    found = []
    for entry in resources.files("storywire.store").joinpath("migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class SQLiteStore(StoryTables, KnowledgeTables):
    """A :class:`~storywire.store.base.Store` over one SQLite file.

    ``synchronous=NORMAL`` with WAL keeps every committed transaction across a process kill
    (only an OS crash can lose the last one), at a fraction of FULL's fsync cost.
    """

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=10000")
        self._depth = 0
        self.migrate()

    # -- schema --------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply every bundled migration newer than the file's ``user_version``, each atomically."""
        current = self.schema_version
        for number, _name, sql in _migrations():
            if number <= current:
                continue
            # executescript commits implicitly, so the version bump goes inside the script itself.
            self._conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={number};\nCOMMIT;")
            current = number

    # -- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes in the block commit together or not at all.

        A nested block is a savepoint: when it fails only its own writes are undone, so one bad
        article does not cost the rest of its batch.
        """
        if self._depth:
            name = f"sp{self._depth}"
            self._conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
                raise
            else:
                self._conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- admission look-ups --------------------------------------------------------------------
    def _ref(self, where: str, value: str) -> StoredRef | None:
        row = self._conn.execute(
            "SELECT id, identity, content_hash, version, duplicate_of FROM articles"
            f" WHERE {where} = ? LIMIT 1",
            (value,),
        ).fetchone()
        return StoredRef(*row) if row else None

    def by_identity(self, identity: str) -> StoredRef | None:
        return self._ref("identity", identity)

    def by_hash(self, content_hash: str) -> StoredRef | None:
        return self._ref("content_hash", content_hash)

    def by_id(self, article_id: str) -> StoredRef | None:
        return self._ref("id", article_id)

    def alias_target(self, alias: str) -> str | None:
        row = self._conn.execute(
            "SELECT article_id FROM article_aliases WHERE alias = ?", (alias,)
        ).fetchone()
        return row[0] if row else None

    def lsh_candidates(self, band_keys: Iterable[int]) -> dict[str, int]:
        """Articles sharing at least one LSH band with the given keys, with the count shared."""
        keys = list(band_keys)
        marks = ",".join("?" * len(keys))
        rows = self._conn.execute(
            f"SELECT article_id, COUNT(*) FROM article_lsh WHERE band_key IN ({marks}) "
            "GROUP BY article_id",
            keys,
        )
        return {r[0]: r[1] for r in rows}

    def signature(self, article_id: str) -> bytes | None:
        row = self._conn.execute(
            "SELECT signature FROM article_minhash WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    # -- writes --------------------------------------------------------------------------------
    def _set_fingerprint(self, article_id: str, signature: bytes, band_keys: Iterable[int]) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO article_minhash(article_id, signature) VALUES (?, ?)",
            (article_id, signature),
        )
        self._conn.execute("DELETE FROM article_lsh WHERE article_id = ?", (article_id,))
        self._conn.executemany(
            "INSERT INTO article_lsh(band_key, article_id) VALUES (?, ?)",
            [(k, article_id) for k in band_keys],
        )

    def insert_article(
        self,
        article: Article,
        *,
        identity: str,
        content_hash: str,
        signature: bytes,
        band_keys: Iterable[int],
        duplicate_of: str | None,
        duplicate_score: float | None,
    ) -> None:
        assert article.id is not None
        now = _now()
        seq = self._conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        self._conn.execute(
            "INSERT INTO articles(id, identity, url, source, title, published, lang, lang_score,"
            " authors, cited, meta, location, kind, text, content_hash, version, duplicate_of,"
            " duplicate_score, seq, ingested_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?)",
            (
                article.id, identity, article.url, article.source, article.title,
                article.published.isoformat() if article.published else None,
                article.lang, article.meta.get("lang_score"),
                _dumps(article.authors), _dumps(article.cited), _dumps(self._meta(article)),
                article.location, article.kind, article.text, content_hash,
                duplicate_of, duplicate_score, seq, now,
            ),
        )
        self._conn.execute(
            "INSERT INTO article_versions(article_id, version, content_hash, title, text, location,"
            " change, ingested_at) VALUES (?, 1, ?, ?, ?, ?, NULL, ?)",
            (article.id, content_hash, article.title, article.text, article.location, now),
        )
        self._set_fingerprint(article.id, signature, band_keys)

    def add_version(
        self,
        article_id: str,
        article: Article,
        *,
        content_hash: str,
        signature: bytes,
        band_keys: Iterable[int],
        change: dict[str, Any],
    ) -> int:
        version = self._conn.execute(
            "SELECT version FROM articles WHERE id = ?", (article_id,)
        ).fetchone()[0] + 1
        now = _now()
        self._conn.execute(
            "UPDATE articles SET source=?, title=?, published=?, lang=?, lang_score=?, authors=?,"
            " cited=?, meta=?, location=?, kind=?, text=?, content_hash=?, version=?,"
            " ingested_at=? WHERE id=?",
            (
                article.source, article.title,
                article.published.isoformat() if article.published else None,
                article.lang, article.meta.get("lang_score"), _dumps(article.authors),
                _dumps(article.cited), _dumps(self._meta(article)), article.location,
                article.kind, article.text, content_hash, version, now, article_id,
            ),
        )
        self._conn.execute(
            "INSERT INTO article_versions(article_id, version, content_hash, title, text, location,"
            " change, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, version, content_hash, article.title, article.text, article.location,
             _dumps(change), now),
        )
        self._set_fingerprint(article_id, signature, band_keys)
        return version

    def add_alias(self, alias: Alias) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO article_aliases(alias, article_id, url, source, location,"
            " ingested_at) VALUES (?, ?, ?, ?, ?, ?)",
            (alias.alias, alias.article_id, alias.url, alias.source, alias.location, _now()),
        )

    @staticmethod
    def _meta(article: Article) -> dict[str, Any]:
        meta = dict(article.meta)
        if article.lang_hint:
            meta["lang_hint"] = list(article.lang_hint)
        return meta

    # -- reads ---------------------------------------------------------------------------------
    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        meta = json.loads(row["meta"])
        return Article(
            text=row["text"],
            id=row["id"],
            url=row["url"],
            source=row["source"],
            title=row["title"],
            published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
            lang=row["lang"],
            lang_hint=list(meta.pop("lang_hint", [])),
            authors=json.loads(row["authors"]),
            cited=json.loads(row["cited"]),
            meta=meta
            | {
                k: row[k]
                for k in ("version", "duplicate_of", "duplicate_score", "content_hash", "seq")
                if row[k] is not None
            },
            location=row["location"],
            kind=row["kind"],
        )

    def get(self, article_id: str) -> Article | None:
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            target = self.alias_target(article_id)
            if target is None:
                return None
            row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (target,)).fetchone()
        return self._article(row)

    def articles(self, *, lang: str | None = None) -> Iterator[Article]:
        if lang:
            cur = self._conn.execute("SELECT * FROM articles WHERE lang = ? ORDER BY seq", (lang,))
        else:
            cur = self._conn.execute("SELECT * FROM articles ORDER BY seq")
        for row in cur:
            yield self._article(row)

    def aliases(self) -> Iterator[Alias]:
        for row in self._conn.execute(
            "SELECT alias, article_id, url, source, location FROM article_aliases ORDER BY rowid"
        ):
            yield Alias(*row)

    def versions(self, article_id: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT version, content_hash, title, text, location, change, ingested_at"
            " FROM article_versions WHERE article_id = ? ORDER BY version",
            (article_id,),
        ).fetchall()
        return [
            dict(r) | {"change": json.loads(r["change"]) if r["change"] else None} for r in rows
        ]

    def search(self, query: str, *, limit: int = 20) -> list[tuple[str, float]]:
        """Keyword search over title and text (FTS5 syntax), best first."""
        rows = self._conn.execute(
            "SELECT a.id, bm25(articles_fts) AS score FROM articles_fts"
            " JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY score LIMIT ?",
            (query, limit),
        ).fetchall()
        return [(r[0], float(r[1])) for r in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def stats(self) -> dict[str, Any]:
        one = self._conn.execute
        return {
            "articles": self.count(),
            "versions": one("SELECT COUNT(*) FROM article_versions").fetchone()[0],
            "aliases": one("SELECT COUNT(*) FROM article_aliases").fetchone()[0],
            "near_duplicates": one(
                "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"
            ).fetchone()[0],
            "languages": dict(
                one("SELECT lang, COUNT(*) FROM articles GROUP BY lang ORDER BY 2 DESC").fetchall()
            ),
        }

    def integrity_ok(self) -> bool:
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
