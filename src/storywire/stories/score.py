"""How likely two articles report the same event: named signals combined by a logistic model.

Each signal is kept (not just the final probability) because an assignment records why it was
made. The weights are data (:data:`WEIGHTS`), fitted by ``benchmarks/fit_scorer.py`` on labelled
pairs; nothing in them names an entity, event or outlet.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Sequence
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


#: what a pair that cannot be one event counts for in average linkage: two articles whose
#: title or lead each write out a different day for their news report different happenings
#: (dev pairs of one thread one day apart: 1 of 24 is one event, against 51-81% for other
#: one-day gaps). A probability of 0 would be outvoted by the other links of a region
#: (measured: the partition did not change); -1 lets one such pair cancel a certain one.
CANNOT_LINK = -1.0

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


def cannot_link(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """Do both articles state, in title or lead, different days for their news?"""
    return (a.happened_kind == b.happened_kind == "stated" and a.happened is not None
            and b.happened is not None and a.happened != b.happened)


def cannot_block(left: Sequence[ArticleFeatures], right: Sequence[ArticleFeatures]
                 ) -> np.ndarray:
    """:func:`cannot_link` for every pair of ``left`` x ``right``, as a boolean matrix."""
    days = [_ordinals(f.happened if f.happened_kind == "stated" else None for f in side)
            for side in (left, right)]
    with np.errstate(invalid="ignore"):
        return _gaps(*days) >= 1  # NaN (not stated on either side) compares False


def probability(sig: dict[str, float], weights: dict[str, float] | None = None) -> float:
    w = weights or WEIGHTS
    z = w["bias"] + sum(w.get(k, 0.0) * v for k, v in sig.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def _ordinals(days: Iterable[dt.date | None]) -> np.ndarray:
    return np.array([d.toordinal() if d else np.nan for d in days], dtype=np.float64)


def _gaps(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    return np.abs(left[:, None] - right[None, :])  # NaN where either side has no date


def _postings(items: Iterable[Iterable[str]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, keys in enumerate(items):
        for k in keys:
            out.setdefault(k, []).append(i)
    return out


def signal_block(left: Sequence[ArticleFeatures], right: Sequence[ArticleFeatures],
                 vl: np.ndarray, vr: np.ndarray, stats: KeyStats,
                 ranks: np.ndarray) -> dict[str, np.ndarray]:
    """:func:`signals` for every pair of ``left`` x ``right`` at once, as arrays.

    Re-clustering a region scores all its pairs, and consolidation every article against its
    candidates; array arithmetic replaces hundreds of thousands of calls. ``vl``/``vr`` are
    float64 vectors, ``ranks[i, j]`` the pair's neighbour rank (-1: none). It must give what
    :func:`signals` gives pair by pair (a test checks it on the dev set).
    """
    cache = stats._epoch()
    wl = [stats._weighted(f, cache) for f in left]
    wr = [stats._weighted(f, cache) for f in right]
    pl, pr = _postings(w for w, _ in wl), _postings(w for w, _ in wr)
    both = [k for k in pl if k in pr]
    column = {k: c for c, k in enumerate(both)}
    ml, mr = np.zeros((len(left), len(both))), np.zeros((len(right), len(both)))
    for mat, weighted, posting in ((ml, wl, pl), (mr, wr, pr)):
        for k, c in column.items():
            for i in posting[k]:
                mat[i, c] = weighted[i][0][k]
    denom = np.outer([n for _, n in wl], [n for _, n in wr])
    shared = ((ml > 0).astype(np.float64) @ (mr > 0).T.astype(np.float64)) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        names = np.where(shared & (denom > 0), (ml @ mr.T) / denom, 0.0)
    idf = cache["idf"]
    rare = np.zeros((len(left), len(right)))
    for k in both:
        block = np.ix_(pl[k], pr[k])
        rare[block] = np.maximum(rare[block], idf[k])
    counts = np.zeros((len(left), len(right)))
    nl, nr = _postings(f.numbers for f in left), _postings(f.numbers for f in right)
    for x in nl.keys() & nr.keys():
        counts[np.ix_(nl[x], nr[x])] += 1

    def days(attr: str) -> np.ndarray:
        return _gaps(_ordinals(getattr(f, attr) for f in left),
                     _ordinals(getattr(f, attr) for f in right))

    gap = days("happened")
    dated = ~np.isnan(gap)
    est = np.where(dated, np.nan, _gaps(_ordinals(f.happened or f.estimated for f in left),
                                        _ordinals(f.happened or f.estimated for f in right)))
    pub = days("published")
    with np.errstate(invalid="ignore"):
        return {
            "cos": vl @ vr.T - COS_CENTRE,
            "names": names,
            "rare": np.minimum(rare, 8.0) / 8.0,
            "same_day": (gap == 0).astype(np.float64),
            "near_day": (gap == 1).astype(np.float64),
            "days_2_3": ((gap >= 2) & (gap <= 3)).astype(np.float64),
            "days_4_7": ((gap >= 4) & (gap <= 7)).astype(np.float64),
            "days_8_plus": (gap >= 8).astype(np.float64),
            "no_date": (~dated).astype(np.float64),
            "numbers": np.minimum(counts, 3.0),
            "pub_gap": np.where(np.isnan(pub), 0.0, np.minimum(pub, GAP_CAP_DAYS) / GAP_CAP_DAYS),
            "names_x_dated": np.where(dated, names, 0.0),
            "estimated_far": (est >= 4).astype(np.float64),
            "rank_1": (ranks == 0).astype(np.float64),
            "rank_3": ((ranks >= 0) & (ranks <= 2)).astype(np.float64),
            "rank_10": ((ranks >= 0) & (ranks <= 9)).astype(np.float64),
        }


def probability_matrix(sig: dict[str, np.ndarray], weights: dict[str, float] | None = None
                       ) -> np.ndarray:
    w = weights or WEIGHTS
    z = np.full_like(next(iter(sig.values())), w["bias"])
    for k, v in sig.items():
        z += w.get(k, 0.0) * v
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))


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
