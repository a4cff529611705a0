"""Clustering a store: features and vectors (cached), events, threads, saved back with reasons."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from storywire.model import Article
from storywire.nlp.embed import Encoder, default_encoder, lead_text
from storywire.store.sqlite import SQLiteStore
from storywire.stories.cluster import INDEX_AT, EventClusterer, EventState
from storywire.stories.features import FEATURES_VERSION, ArticleFeatures, extract
from storywire.stories.score import KeyStats
from storywire.stories.threads import link_threads, profile

EMBED_BATCH = 32


@dataclass
class ClusterReport:
    placed: int = 0
    embedded: int = 0
    events: int = 0
    threads: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _article(row: sqlite3.Row) -> Article:
    published = dt.date.fromisoformat(row["published"]) if row["published"] else None
    return Article(text=row["text"], id=row["id"], title=row["title"], lang=row["lang"],
                   published=published, cited=json.loads(row["cited"]))


def unify_keys(keys: dict[str, float], key_map: dict[str, str]) -> dict[str, float]:
    """Name keys rewritten to entity ids where the entity linker knows them (max weight wins)."""
    out: dict[str, float] = {}
    for k, w in keys.items():
        k = key_map.get(k, k)
        out[k] = max(w, out.get(k, 0.0))
    return out


class Lead(NamedTuple):
    """What an article's vector is made from; ``digest`` keys the cached vector."""

    article_id: str
    digest: str
    lead: str


def _encoder_key(encoder: Encoder) -> str:
    return f"{encoder.name}@{encoder.version}"


def pending_vectors(store: SQLiteStore, encoder: Encoder, rows: Sequence[sqlite3.Row] | None = None
                    ) -> tuple[dict[str, np.ndarray], list[Lead]]:
    """Cached vectors still valid for the articles' current leads, and the leads to embed."""
    cached = store.vectors(_encoder_key(encoder))
    vecs: dict[str, np.ndarray] = {}
    todo: list[Lead] = []
    for row in rows if rows is not None else store.article_rows():
        lead = lead_text(row["title"], row["text"])
        digest = _hash(lead)
        hit = cached.get(row["id"])
        if hit and hit[0] == digest:
            vecs[row["id"]] = hit[1]
        else:
            todo.append(Lead(row["id"], digest, lead))
    return vecs, todo


def save_vectors(store: SQLiteStore, encoder: Encoder, leads: Sequence[Lead],
                 vectors: np.ndarray) -> None:
    with store.transaction():
        store.put_vectors(_encoder_key(encoder), [
            (c.article_id, c.digest, v) for c, v in zip(leads, vectors, strict=True)])


def cluster_store(
    store: SQLiteStore,
    encoder: Encoder | None = None,
    *,
    on_progress: Callable[[int], None] | None = None,
    index_at: int = INDEX_AT,
    key_map: dict[str, str] | None = None,
) -> ClusterReport:
    """Bring the store's events and threads up to date with its articles.

    Below ``index_at`` articles the whole store is consolidated after placing new articles
    (order independence); from there on only the events the new articles touched are.
    """
    import time

    encoder = encoder or default_encoder()
    report = ClusterReport()
    t0 = time.perf_counter()
    rows = list(store.article_rows())
    cached_feats = store.features(FEATURES_VERSION)

    feats: dict[str, ArticleFeatures] = {}
    new_feats = []
    for row in rows:
        hit = cached_feats.get(row["id"])
        if hit and hit[0] == row["content_hash"]:
            feats[row["id"]] = ArticleFeatures.from_json(row["id"], hit[1])
        else:
            f = extract(_article(row))
            feats[row["id"]] = f
            new_feats.append((row["id"], row["content_hash"], f.to_json()))
    name_keys = {aid: f.keys for aid, f in feats.items()}
    if key_map:
        for f in feats.values():
            f.keys = unify_keys(f.keys, key_map)
    report.timings["features"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    vecs, todo = pending_vectors(store, encoder, rows)
    for i in range(0, len(todo), EMBED_BATCH):
        chunk = todo[i : i + EMBED_BATCH]
        out = encoder.encode([c.lead for c in chunk])
        save_vectors(store, encoder, chunk, out)
        vecs.update(zip((c.article_id for c in chunk), out, strict=True))
        if on_progress:
            on_progress(len(chunk))
    report.embedded = len(todo)
    report.timings["embed"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    seq = {row["id"]: row["seq"] for row in rows}
    members = store.memberships()
    events_before = store.events()
    state = EventState(index_at=index_at)
    clusterer = EventClusterer(state)
    # articles already placed come back as they were; new ones are placed as a stream, in the
    # order their news happened (a backfill or a late feed may deliver them in any order)
    placed = [r["id"] for r in rows if r["id"] in members]
    fresh = [r["id"] for r in rows if r["id"] not in members]
    if placed:
        state.add_articles([feats[a] for a in placed], np.stack([vecs[a] for a in placed]),
                           [seq[a] for a in placed])
    for aid in placed:
        eid, reason = members[aid]
        state.member[aid] = eid
        state.events.setdefault(eid, set()).add(aid)
        state.reasons[aid] = reason
    for eid, (_, created) in events_before.items():
        if eid in state.events:
            state.created[eid] = created
    saved_lists = store.neighbours(_encoder_key(encoder)) if state.indexed else {}
    clusterer.restore_neighbour_lists(saved_lists)
    state.redirects.update(store.event_redirects())
    state.history.update(store.event_history())

    def when(aid: str) -> tuple:
        d = feats[aid].happened or feats[aid].published
        return (d is None, d or dt.date.min, seq[aid])

    for aid in sorted(fresh, key=when):
        clusterer.add(feats[aid], vecs[aid], seq[aid])
    report.placed = len(fresh)
    if state.indexed:
        scope = {m for a in fresh for m in state.events[state.member[a]]}
        clusterer.consolidate(scope)
    else:
        clusterer.consolidate()
    report.timings["events"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    mat = state.vectors()
    thread_stats = state.stats
    if key_map:  # threads were fitted on name keys: they get those back
        thread_stats = KeyStats()
        for aid, f in feats.items():
            f.keys = name_keys[aid]
            thread_stats.add(f.keys)
    profiles = [
        profile(eid, [feats[a] for a in sorted(m)],
                mat[[state.row(a) for a in sorted(m)]].astype(np.float32))
        for eid, m in state.events.items()
    ]
    old_threads: dict[str, set[str]] = {}
    for eid, (tid, _) in events_before.items():
        if tid:
            target = store.resolve_event(eid) if eid not in state.events else eid
            if target in state.events:
                old_threads.setdefault(tid, set()).add(target)
    event_thread, thread_redirects, thread_seq = link_threads(
        profiles, thread_stats, old=old_threads, created={t: 0 for t in old_threads},
        order=state.created,
    )
    report.timings["threads"] = time.perf_counter() - t0
    new_lists = {a: ids for a, ids in clusterer.neighbour_lists(state.member).items()
                 if a not in saved_lists}
    with store.transaction():
        store.put_features(FEATURES_VERSION, new_feats)
        store.put_neighbours(_encoder_key(encoder), new_lists)
        store.save_partition(
            {e: (event_thread.get(e), state.created[e]) for e in state.events},
            {a: (state.member[a], state.reasons.get(a, {})) for a in state.member},
            state.redirects,
            thread_seq,
            thread_redirects,
            state.history,
        )
    report.events = len(state.events)
    report.threads = len(thread_seq)
    return report
