"""Threads: events of one storyline (shared key actors and subject over weeks) linked together."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from storywire.stories.features import ArticleFeatures
from storywire.stories.linkage import average_linkage, remap
from storywire.stories.score import KeyStats

#: tuned on the dev set (see README); none names an entity, event or outlet
THREAD_WEIGHTS = {"bias": -1.49, "cos": 31.73, "names": 22.83, "gap": 0.05}
THREAD_THRESHOLD = 0.6
THREAD_COS_CENTRE = 0.85
THREAD_GAP_DAYS = 90
#: a storyline shares key actors: two groups of events join only when some event of one names
#: the same people and places as some event of the other at least this strongly (IDF-weighted
#: cosine). Without it, topic alone links them: every event of a war reads alike to the encoder
THREAD_ACTOR_LINK = 0.2


@dataclass
class EventProfile:
    """An event seen from afar: its centroid, its names, and when it happened."""

    event_id: str
    centroid: np.ndarray
    keys: dict[str, float]
    when: dt.date | None


def profile(event_id: str, members: list[ArticleFeatures], vectors: np.ndarray) -> EventProfile:
    keys: Counter[str] = Counter()
    for f in members:
        keys.update({k: w / len(members) for k, w in f.keys.items()})
    dates = sorted(d for f in members if (d := f.happened or f.published))
    centroid = vectors.mean(axis=0)
    norm = float(np.linalg.norm(centroid))
    return EventProfile(event_id, centroid / norm if norm else centroid, dict(keys),
                        dates[len(dates) // 2] if dates else None)


def thread_signals(a: EventProfile, b: EventProfile, stats: KeyStats) -> dict[str, float]:
    """Centroid similarity, IDF-weighted name overlap and time apart of two events."""
    wa = {k: v * stats.idf(k) for k, v in a.keys.items()}
    wb = {k: v * stats.idf(k) for k, v in b.keys.items()}
    dot = sum(wa[k] * wb[k] for k in set(wa) & set(wb))
    na, nb = math.sqrt(sum(v * v for v in wa.values())), math.sqrt(sum(v * v for v in wb.values()))
    gap = abs((a.when - b.when).days) if a.when and b.when else 0
    return {
        "cos": float(a.centroid @ b.centroid) - THREAD_COS_CENTRE,
        "names": dot / (na * nb) if na and nb else 0.0,
        "gap": min(gap, THREAD_GAP_DAYS) / THREAD_GAP_DAYS,
    }


def thread_probability(a: EventProfile, b: EventProfile, stats: KeyStats,
                       weights: dict[str, float] | None = None) -> float:
    return _probability(thread_signals(a, b, stats), weights)


def _probability(sig: dict[str, float], weights: dict[str, float] | None = None) -> float:
    w = weights or THREAD_WEIGHTS
    z = w["bias"] + sum(w[k] * v for k, v in sig.items())
    return 1 / (1 + math.exp(-max(min(z, 50), -50)))


def link_threads(
    profiles: list[EventProfile],
    stats: KeyStats,
    *,
    old: Mapping[str, set[str]],
    created: Mapping[str, int],
    order: Mapping[str, int],
    threshold: float = THREAD_THRESHOLD,
) -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    """(event -> thread, old thread -> new thread redirects, thread -> created seq)."""
    profiles = sorted(profiles, key=lambda p: order[p.event_id])
    n = len(profiles)
    probs = np.zeros((n, n))
    names = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            sig = thread_signals(profiles[i], profiles[j], stats)
            probs[i, j] = probs[j, i] = _probability(sig)
            names[i, j] = names[j, i] = sig["names"]
    groups = average_linkage(probs, threshold, support=names >= THREAD_ACTOR_LINK)
    new = [{profiles[i].event_id for i in g} for g in groups]
    founders = {k: profiles[min(g)].event_id for k, g in enumerate(groups)}
    mapping = remap(old, new, prefix="t", founder=founders, taken=set(old), age=created)
    event_thread = {e: tid for tid, members in zip(mapping.ids, new, strict=True) for e in members}
    seqs = {tid: min(order[e] for e in members)
            for tid, members in zip(mapping.ids, new, strict=True)}
    return event_thread, {o: t for o, (t, _) in mapping.redirects.items()}, seqs
