"""Fit the thread scorer on the dev set's gold events (fit_scorer.py does the pair scorer).

Each gold event becomes a profile (centroid, names, date); pairs of events are labelled "same gold
thread"; the logistic weights and the linkage threshold printed here go into
``storywire/stories/threads.py`` by hand.

    python benchmarks/fit_threads.py [--db CACHE.db]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np
from fit_scorer import DEV, load

from storywire.eval.metrics import bcubed
from storywire.stories.linkage import average_linkage
from storywire.stories.score import KeyStats, fit_logistic
from storywire.stories.threads import (
    THREAD_ACTOR_LINK,
    profile,
    thread_probability,
    thread_signals,
)

SIGNALS = ("cos", "names", "gap")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("/tmp/storywire-fit.db"))
    args = ap.parse_args()
    gold = {r["id"]: r for r in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())}
    ids, feats, vecs = load(args.db)
    stats = KeyStats()
    for a in ids:
        stats.add(feats[a].keys)
    events: dict[str, list[str]] = defaultdict(list)
    for a in ids:
        events[gold[a]["event"]].append(a)
    profiles = [profile(e, [feats[a] for a in m], np.stack([vecs[a] for a in m]))
                for e, m in events.items()]
    thread = {e: gold[m[0]]["thread"] for e, m in events.items()}
    n = len(profiles)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    x = np.array([[thread_signals(profiles[i], profiles[j], stats)[k] for k in SIGNALS]
                  for i, j in pairs])
    y = np.array([1.0 if thread[profiles[i].event_id] == thread[profiles[j].event_id] else 0.0
                  for i, j in pairs])
    w = fit_logistic(x, y)
    weights = {"bias": float(w[0])} | {k: float(v) for k, v in zip(SIGNALS, w[1:], strict=True)}
    print("weights:", json.dumps({k: round(v, 2) for k, v in weights.items()}))
    probs = np.zeros((n, n))
    names = np.zeros((n, n))
    for (i, j), row in zip(pairs, x, strict=True):
        probs[i, j] = probs[j, i] = thread_probability(profiles[i], profiles[j], stats, weights)
        names[i, j] = names[j, i] = row[SIGNALS.index("names")]
    support = names >= THREAD_ACTOR_LINK  # as link_threads: one pair sharing key actors
    gold_thread = {a: gold[a]["thread"] for a in ids}
    for t in (0.4, 0.5, 0.6, 0.7):
        label = {a: g for g, idx in enumerate(average_linkage(probs, t, support=support))
                 for i in idx for a in events[profiles[i].event_id]}
        f1 = bcubed(gold_thread, label).f1
        print(f"  threshold {t}: thread BCubed F1 on gold events {f1:.3f}")


if __name__ == "__main__":
    main()
