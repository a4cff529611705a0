"""How likely two articles report the same event: named signals combined by a logistic model.

Each signal is kept (not just the final probability) because an assignment records why it was
made. The weights are data (:data:`WEIGHTS`), fitted by ``benchmarks/fit_scorer.py`` on labelled
pairs; nothing in them names an entity, event or outlet.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from storywire.stories.features import ArticleFeatures

#: fitted by benchmarks/fit_scorer.py (logistic regression on dev-set pairs; see README)
WEIGHTS: dict[str, float] = {
    "bias": -3.068,
    "cos": 11.181,
    "names": 7.442,
    "rare": 4.805,
    "same_day": 3.562,
    "near_day": 2.616,
    "days_2_3": -0.992,
    "days_4_7": -0.611,
    "days_8_plus": -1.078,
    "no_date": 0.41,
    "numbers": 0.974,
    "pub_gap": -6.913,
    "names_x_dated": -2.297,
    "estimated_far": -2.317,
    "rank_1": -0.624,
    "rank_3": 0.004,
    "rank_10": 0.187,
}
#: signals are centred on typical values so the weights stay readable
COS_CENTRE = 0.85
GAP_CAP_DAYS = 14


#: IDF prior: as if every store also held this many background articles, in which any key
#: occurs this many times; without it a store of three articles calls every shared name common
PRIOR_DOCS = 200
PRIOR_DF = 2.0


@dataclass
class KeyStats:
    """Document frequencies of name keys: a name most articles share says little."""

    docs: int = 0
    df: Counter[str] = field(default_factory=Counter)

    def add(self, keys: Iterable[str]) -> None:
        self.docs += 1
        self.df.update(set(keys))

    def remove(self, keys: Iterable[str]) -> None:
        self.docs -= 1
        self.df.subtract(set(keys))

    def _epoch(self) -> dict[str, Any]:
        """IDF values and weighted key vectors, kept while the collection grows by <= 0.1%.

        Below 1,000 documents every addition starts a new epoch (exact IDF); at a million, IDF
        is refreshed every thousand additions instead of on each one, which would recompute
        every pair's name vectors.
        """
        cache = self.__dict__.setdefault("_cache", {"docs": None})
        if cache["docs"] is None or abs(self.docs - cache["docs"]) > self.docs // 1000:
            cache.clear()
            cache |= {"docs": self.docs, "idf": {}, "vec": {}}
        return cache

    def idf(self, key: str) -> float:
        return self._idf(key, self._epoch())

    def _idf(self, key: str, cache: dict[str, Any]) -> float:
        value = cache["idf"].get(key)
        if value is None:
            value = cache["idf"][key] = math.log(
                (cache["docs"] + PRIOR_DOCS + 1) / (self.df.get(key, 0) + PRIOR_DF + 0.5)
            )
        return value

    def weighted(self, f: ArticleFeatures) -> tuple[dict[str, float], float]:
        """``f``'s IDF-weighted name-key vector and its norm."""
        return self._weighted(f, self._epoch())

    def _weighted(self, f: ArticleFeatures, cache: dict[str, Any]) -> tuple[
            dict[str, float], float]:
        vecs = cache["vec"]
        hit = vecs.get(f.article_id)
        if hit is None or hit[0] is not f.keys:
            w = {k: v * self._idf(k, cache) for k, v in f.keys.items()}
            hit = vecs[f.article_id] = (f.keys, w, math.sqrt(sum(v * v for v in w.values())))
        return hit[1], hit[2]


def name_similarity(a: ArticleFeatures, b: ArticleFeatures, stats: KeyStats, *,
                    listed: bool = False) -> tuple[float, float, list[str]]:
    """IDF-weighted cosine of the name-key vectors, the rarest shared key's IDF, and (when
    ``listed``) the shared keys, rarest first.

    The hottest function of clustering (every candidate pair, again at consolidation): one
    epoch lookup per call, one pass over the smaller vector.
    """
    cache = stats._epoch()
    (wa, na), (wb, nb) = stats._weighted(a, cache), stats._weighted(b, cache)
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    idf = cache["idf"]
    dot, rare, found = 0.0, 0.0, False
    common: list[str] = []
    for k, v in small.items():
        other = big.get(k)
        if other is None:
            continue
        found = True
        dot += v * other
        rare = max(rare, idf[k])
        if listed:
            common.append(k)
    if not found:
        return 0.0, 0.0, []
    shared = sorted(common, key=lambda k: -idf[k]) if listed else []
    return dot / (na * nb) if na and nb else 0.0, rare, shared


def _days(a, b) -> int | None:
    return abs((a - b).days) if a and b else None


def signals(a: ArticleFeatures, b: ArticleFeatures, cos: float, stats: KeyStats,
            rank: int | None = None) -> dict[str, float]:
    """The pair's signals; ``rank`` is the smaller of each one's place in the other's nearest
    neighbours (0 = nearest): relative closeness adapts to how dense a storyline is."""
    names, rare, _ = name_similarity(a, b, stats)
    gap = _days(a.happened, b.happened)
    # a borrowed date can only tell two articles apart: it came from the closest match, so
    # agreeing with it proves nothing
    est = None if gap is not None else _days(a.happened or a.estimated, b.happened or b.estimated)
    pub = _days(a.published, b.published)
    return {
        "cos": cos - COS_CENTRE,
        "names": names,
        "rare": min(rare, 8.0) / 8.0,
        "same_day": 1.0 if gap == 0 else 0.0,
        "near_day": 1.0 if gap == 1 else 0.0,
        "days_2_3": 1.0 if gap is not None and 2 <= gap <= 3 else 0.0,
        "days_4_7": 1.0 if gap is not None and 4 <= gap <= 7 else 0.0,
        "days_8_plus": 1.0 if gap is not None and gap >= 8 else 0.0,
        "no_date": 1.0 if gap is None else 0.0,
        "numbers": float(min(len(a.numbers & b.numbers), 3)),
        "pub_gap": min(pub, GAP_CAP_DAYS) / GAP_CAP_DAYS if pub is not None else 0.0,
        "names_x_dated": names if gap is not None else 0.0,
        "estimated_far": 1.0 if est is not None and est >= 4 else 0.0,
        "rank_1": 1.0 if rank == 0 else 0.0,
        "rank_3": 1.0 if rank is not None and rank <= 2 else 0.0,
        "rank_10": 1.0 if rank is not None and rank <= 9 else 0.0,
    }


def probability(sig: dict[str, float], weights: dict[str, float] | None = None) -> float:
    w = weights or WEIGHTS
    z = w["bias"] + sum(w.get(k, 0.0) * v for k, v in sig.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def fit_logistic(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, iters: int = 3000,
                 lr: float = 0.5) -> np.ndarray:
    """Plain L2-regularised logistic regression by gradient descent (no extra dependency).

    Returns [bias, w1..wn]. Pairs are heavily imbalanced, so classes are weighted equally.
    """
    n, d = x.shape
    # standardise so one step size suits every signal (cosines vary by hundredths, gaps by units)
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd = np.where(sd == 0, 1.0, sd)
    xb = np.hstack([np.ones((n, 1)), (x - mu) / sd])
    pos = y.sum()
    cw = np.where(y == 1, n / (2 * max(pos, 1)), n / (2 * max(n - pos, 1)))
    w = np.zeros(d + 1)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -50, 50)))
        grad = xb.T @ ((p - y) * cw) / n
        grad[1:] += l2 * w[1:] / n
        w -= lr * grad
    scaled = w[1:] / sd
    return np.concatenate([[w[0] - float(scaled @ mu)], scaled])
