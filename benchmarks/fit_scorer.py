"""Fit the pair scorer's weights on the dev set and report leave-threads-out figures.

Pairs are all article pairs of the dev set within the clustering time window; the label is "same
gold event". The fitted weights go into ``storywire/stories/score.py`` (WEIGHTS) by hand, after
reading the cross-validated figures: a large gap between the full-dev and the held-out figures
would mean the weights fit the dev set rather than the task.

    python benchmarks/fit_scorer.py [--db CACHE.db]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from storywire.eval.metrics import bcubed
from storywire.eval.run import cluster_file
from storywire.nlp.embed import default_encoder
from storywire.store.sqlite import SQLiteStore
from storywire.stories.cluster import THRESHOLD, EventClusterer, EventState, _close_in_time
from storywire.stories.features import FEATURES_VERSION, ArticleFeatures
from storywire.stories.knowledge import entity_key_map
from storywire.stories.score import KeyStats, fit_logistic, signals
from storywire.stories.service import unify_keys

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "dev.jsonl"
_PROBE = ArticleFeatures("probe", "en", None, None, "", {})
NAMES = list(signals(_PROBE, _PROBE, 0.0, KeyStats()))  # every signal the scorer computes


def load(db: Path) -> tuple[list[str], dict[str, ArticleFeatures], dict[str, np.ndarray]]:
    if not db.exists():
        cluster_file(DEV, db=db)
    with SQLiteStore(db) as store:
        feats = {a: ArticleFeatures.from_json(a, d) for a, (_, d) in
                 store.features(FEATURES_VERSION).items()}
        encoder = default_encoder()
        vecs = {a: v for a, (_, v) in store.vectors(f"{encoder.name}@{encoder.version}").items()}
        seq = {r["id"]: r["seq"] for r in store.article_rows()}
        key_map = entity_key_map(store)
    for f in feats.values():  # as cluster_store sees them: entity ids for linked names
        f.keys = unify_keys(f.keys, key_map)
    ids = sorted(feats, key=seq.__getitem__)
    return ids, feats, vecs


def pair_rows(ids, feats, vecs, stats):
    state = EventState()
    cl = EventClusterer(state)
    for n, a in enumerate(ids):
        state.add_article(feats[a], vecs[a], n)
    rows, pairs = [], []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if not _close_in_time(feats[a], feats[b]):
                continue
            ranks = [r for r in (cl.ranks(a).get(b), cl.ranks(b).get(a)) if r is not None]
            sig = signals(feats[a], feats[b], float(vecs[a] @ vecs[b]), stats,
                          min(ranks) if ranks else None)
            rows.append([sig[k] for k in NAMES])
            pairs.append((a, b))
    return np.array(rows), pairs


def estimate(weights: dict[str, float], ids, feats, vecs) -> None:
    """Set estimated dates on undated articles as the clusterer would, with these weights."""
    state = EventState()
    cl = EventClusterer(state, weights=weights)
    for n, a in enumerate(ids):
        feats[a].estimated = None
        state.add_article(feats[a], vecs[a], n)
    cl.estimate_dates(ids)


def fit(ids, feats, vecs, stats, gold, keep=None) -> dict[str, float]:
    """Two rounds: date-blind weights give the date estimates, then refit with them.

    Estimates left by an earlier fit are cleared first, so each fit (full dev, every fold)
    starts from the same state and the figures do not depend on the order they are made in.
    """
    for f in feats.values():
        f.estimated = None
    weights: dict[str, float] = {}
    for _ in range(2):
        x, pairs = pair_rows(ids, feats, vecs, stats)
        y = np.array([1.0 if gold[a]["event"] == gold[b]["event"] else 0.0 for a, b in pairs])
        rows = [n for n, (a, b) in enumerate(pairs) if keep is None or (keep(a) and keep(b))]
        w = fit_logistic(x[rows], y[rows])
        weights = {"bias": float(w[0])} | {k: float(v) for k, v in zip(NAMES, w[1:], strict=True)}
        estimate(weights, ids, feats, vecs)
    return weights


def cluster_with(weights: dict[str, float], ids, feats, vecs, threshold: float) -> dict[str, str]:
    state = EventState()
    cl = EventClusterer(state, weights=weights, threshold=threshold)
    for n, a in enumerate(ids):
        state.add_article(feats[a], vecs[a], n)
    for n, a in enumerate(ids):  # every article a singleton, then consolidate from scratch
        state.member[a] = f"s{n}"
        state.events[f"s{n}"] = {a}
        state.created[f"s{n}"] = n
    cl.consolidate()
    return dict(state.member)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("/tmp/storywire-fit.db"))
    ap.add_argument("--folds", type=int, default=3)
    args = ap.parse_args()
    gold = {r["id"]: r for r in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())}
    ids, feats, vecs = load(args.db)
    stats = KeyStats()
    for a in ids:
        stats.add(feats[a].keys)
    weights = fit(ids, feats, vecs, stats, gold)
    print("weights fitted on the full dev set:")
    print(json.dumps({k: round(v, 3) for k, v in weights.items()}, indent=1))
    gold_event = {a: gold[a]["event"] for a in ids}
    for t in (0.5, 0.6, 0.65, 0.7, 0.75, 0.8):
        pred = cluster_with(weights, ids, feats, vecs, t)
        print(f"  threshold {t}: event BCubed F1 {bcubed(gold_event, pred).f1:.3f}")

    # leave threads out: fit on some threads' pairs, cluster and score the held-out threads
    threads = sorted({gold[a]["thread"] for a in ids})
    random.Random(7).shuffle(threads)
    folds = [set(threads[i :: args.folds]) for i in range(args.folds)]
    scores = []
    for k, held in enumerate(folds):
        wd = fit(ids, feats, vecs, stats, gold, keep=lambda a, h=held: gold[a]["thread"] not in h)
        test_ids = [a for a in ids if gold[a]["thread"] in held]
        pred = cluster_with(wd, test_ids, feats, vecs, THRESHOLD)
        f1 = bcubed({a: gold[a]["event"] for a in test_ids}, pred).f1
        full = cluster_with(weights, test_ids, feats, vecs, THRESHOLD)
        f1_full = bcubed({a: gold[a]["event"] for a in test_ids}, full).f1
        scores.append((f1, f1_full))
        print(f"  fold {k}: {len(test_ids)} held-out articles, event F1 {f1:.3f} "
              f"(weights fitted on all dev: {f1_full:.3f})")
    print(f"leave-threads-out mean event F1 {np.mean([s[0] for s in scores]):.3f} vs "
          f"{np.mean([s[1] for s in scores]):.3f} with full-dev weights")


if __name__ == "__main__":
    main()
