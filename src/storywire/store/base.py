"""The storage seam: the few operations the pipeline needs, so other backends can serve too."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from storywire.model import Article


@dataclass(frozen=True, slots=True)
class StoredRef:
    """Just enough of a stored article to decide what an incoming one is."""

    id: str
    identity: str
    content_hash: str
    version: int
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Alias:
    alias: str
    article_id: str
    url: str | None
    source: str | None
    location: str


class Store(Protocol):
    """What the ingest path and the listing commands need from a storage backend.

    Writes happen inside ``transaction()``; a backend commits the whole block or nothing, which
    is what makes a killed ingest safe to re-run.
    """

    def transaction(self) -> Any: ...
    def close(self) -> None: ...

    # look-ups used to admit an incoming article
    def by_identity(self, identity: str) -> StoredRef | None: ...
    def by_hash(self, content_hash: str) -> StoredRef | None: ...
    def by_id(self, article_id: str) -> StoredRef | None: ...
    def alias_target(self, alias: str) -> str | None: ...
    def lsh_candidates(self, band_keys: Iterable[int]) -> dict[str, int]: ...
    def signature(self, article_id: str) -> bytes | None: ...

    # writes
    def insert_article(
        self, article: Article, *, identity: str, content_hash: str, signature: bytes,
        band_keys: Iterable[int], duplicate_of: str | None, duplicate_score: float | None,
    ) -> None: ...
    def add_version(
        self, article_id: str, article: Article, *, content_hash: str, signature: bytes,
        band_keys: Iterable[int], change: dict[str, Any],
    ) -> int: ...
    def add_alias(self, alias: Alias) -> None: ...

    # reads
    def get(self, article_id: str) -> Article | None: ...
    def articles(self, *, lang: str | None = None) -> Iterator[Article]: ...
    def aliases(self) -> Iterator[Alias]: ...
    def versions(self, article_id: str) -> list[dict[str, Any]]: ...
    def count(self) -> int: ...
    def stats(self) -> dict[str, Any]: ...
