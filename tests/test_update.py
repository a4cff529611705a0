"""update_store: knowledge and embedding overlapped on two threads, then clustering."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from storywire.core import ingest
from storywire.nlp.embed import lead_text
from storywire.store.sqlite import SQLiteStore
from storywire.stories.update import update_store


def test_update_store_matches_inline_embedding_and_reruns_as_a_no_op(seeds_dir, db: Path,
                                                                     encoder) -> None:
    ticks: list[tuple[str, int]] = []

    def tick(n: int) -> None:
        ticks.append((threading.current_thread().name, n))

    with SQLiteStore(db) as store:
        ingest([seeds_dir], store)
        first = update_store(store, encoder, on_progress=tick)
        rows = list(store.article_rows())
        stored = store.vectors(f"{encoder.name}@{encoder.version}")
        partition = store.memberships()
        second = update_store(store, encoder)
        again = store.memberships()

    assert first.knowledge.extracted == 3 and first.clusters.embedded == 3
    assert set(stored) == {r["id"] for r in rows}
    for row in rows:  # the worker thread's vectors are the ones the model gives inline
        expected = encoder.encode([lead_text(row["title"], row["text"])])[0]
        assert np.allclose(stored[row["id"]][1], expected, atol=1e-5)
    # both kinds of work reported progress, the embedding from its own thread
    names = {name for name, _ in ticks}
    assert any(n.startswith("storywire-embed") for n in names)
    assert threading.main_thread().name in names
    assert sum(n for _, n in ticks) == 6
    assert second.knowledge.extracted == 0 and second.clusters.embedded == 0
    assert {a: e for a, (e, _) in again.items()} == {a: e for a, (e, _) in partition.items()}
