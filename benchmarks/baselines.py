"""Embedding-only baselines next to storywire on the dev set, on the same embeddings.

(a) single-pass centroid clustering with a tuned cosine threshold, (b) HDBSCAN (what BERTopic uses),
(c) average-linkage agglomerative clustering with a tuned threshold. Each baseline's parameter is
tuned on the dev set itself (its best case); storywire runs as shipped. Needs scikit-learn
(``pip install -e '.[bench]'``).

    python benchmarks/baselines.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.cluster import HDBSCAN, AgglomerativeClustering

from storywire.core import ingest
from storywire.eval.metrics import bcubed
from storywire.eval.run import GOLD_FIELDS, evaluate
from storywire.nlp.embed import default_encoder, lead_text
from storywire.readers import ReadOptions
from storywire.store.sqlite import SQLiteStore

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "dev.jsonl"


def load() -> tuple[list[str], np.ndarray, dict[str, str], dict[str, str]]:
    gold = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "b.db") as store:
        ingest([DEV], store, options=ReadOptions(ignore_fields=GOLD_FIELDS), workers=1)
        arts = {a.id: a for a in store.articles()}
        ids = [r["id"] for r in gold if r["id"] in arts]
        vecs = default_encoder().encode([lead_text(arts[i].title, arts[i].text) for i in ids])
    by_id = {r["id"]: r for r in gold}
    return ids, vecs, {i: by_id[i]["event"] for i in ids}, {i: by_id[i]["thread"] for i in ids}


def centroid(vecs: np.ndarray, threshold: float) -> list[int]:
    cents: list[np.ndarray] = []
    counts: list[int] = []
    labels = []
    for v in vecs:
        if cents:
            sims = np.array([c @ v / np.linalg.norm(c) for c in cents])
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                cents[best] = cents[best] + v
                counts[best] += 1
                labels.append(best)
                continue
        cents.append(v.copy())
        counts.append(1)
        labels.append(len(cents) - 1)
    return labels


def agglomerative(vecs: np.ndarray, threshold: float) -> list[int]:
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                    distance_threshold=1 - threshold)
    return model.fit_predict(vecs).tolist()


def hdbscan(vecs: np.ndarray, min_size: int) -> list[int]:
    model = HDBSCAN(min_cluster_size=min_size, metric="euclidean", copy=True)
    labels = model.fit_predict(vecs).tolist()
    nxt = max(labels) + 1
    out = []
    for lab in labels:  # noise points are singletons
        if lab == -1:
            out.append(nxt)
            nxt += 1
        else:
            out.append(lab)
    return out


def best(ids, vecs, gold, fn, grid) -> tuple[float, object]:
    scored = []
    for param in grid:
        labels = fn(vecs, param)
        scored.append((bcubed(gold, dict(zip(ids, labels, strict=True))).f1, param))
    return max(scored, key=lambda x: x[0])


def main() -> None:
    ids, vecs, gold_event, gold_thread = load()
    grid = [round(x, 3) for x in np.arange(0.80, 0.975, 0.005)]
    print(f"dev set: {len(ids)} articles, {len(set(gold_event.values()))} events, "
          f"{len(set(gold_thread.values()))} threads")
    print(f"{'method':<34}{'event F1':>10}{'param':>10}{'thread F1':>11}{'param':>10}")
    for name, fn, g in (("(a) single-pass centroid", centroid, grid),
                        ("(b) HDBSCAN min_cluster_size", hdbscan, [2, 3, 4, 5, 6, 8]),
                        ("(c) average-linkage agglomerative", agglomerative, grid)):
        ev, pe = best(ids, vecs, gold_event, fn, g)
        th, pt = best(ids, vecs, gold_thread, fn, g)
        print(f"{name:<34}{ev:>10.3f}{pe!s:>10}{th:>11.3f}{pt!s:>10}")
    t0 = time.perf_counter()
    report = evaluate(DEV)
    print(f"{'storywire (as shipped)':<34}{report['event']['bcubed']['f1']:>10.3f}{'':>10}"
          f"{report['thread']['bcubed']['f1']:>11.3f}   ({time.perf_counter() - t0:.0f} s)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
