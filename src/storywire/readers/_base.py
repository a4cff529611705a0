"""What every reader shares: its options and its signature."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storywire.model import Article, ReadError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits a reader applies to one input.

    ``max_bytes`` caps one document (a text/HTML/feed file, one JSONL line, one WARC record);
    container files (JSONL, WARC) are streamed, so only their items are capped.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    #: record fields to treat as absent (``cluster`` ignores the dev set's gold labels and date)
    ignore_fields: frozenset[str] = field(default_factory=frozenset)


Reader = Callable[[Path, ReadOptions], Iterator[Article | ReadError]]
