"""Online event clustering: each arriving article joins an event or starts one, with reasons.

How an article is placed:

1. candidates: its nearest neighbours by embedding within the time window, plus articles that share
   a rare name key with it (an embedding alone cannot separate events of one storyline);
2. each candidate pair gets a probability from :mod:`storywire.stories.score` (embedding, names,
   happening dates, numbers), every signal kept;
3. the events the article touches, plus the article, are re-clustered by average linkage: this is
   where events merge (an article that bridges two) and split (one that turns out to be two);
4. new clusters inherit the ids of the old events they overlap most; an id that loses its event
   redirects to the one that took its articles.

``consolidate`` re-clusters whole connected regions from scratch over the final state, so the
partition a run ends with depends on the articles and not on the order they came in.

Scale: below :data:`INDEX_AT` articles, neighbours come from exact brute force over every
vector (exact, and as fast). From there on they come from a :class:`TimeBucketedIndex` searched
only around the article's date, with one search per arriving article: each article's neighbour
list is kept from its own arrival, and a pair's rank signal uses the lists at hand instead of
searching again for every candidate (see :meth:`EventClusterer.rank`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from storywire.stories.features import ArticleFeatures
from storywire.stories.index import TimeBucketedIndex
from storywire.stories.linkage import average_linkage, new_id, remap
from storywire.stories.score import (
    CANNOT_LINK,
    KeyStats,
    cannot_block,
    cannot_link,
    name_similarity,
    probability,
    probability_matrix,
    signal_block,
    signals,
)

#: tuned on the dev set (see README); none names an entity, event or outlet
THRESHOLD = 0.75  # average pair probability at which clusters merge
TOUCH = 0.15  # pair probability from which an article's arrival re-clusters the other's event
COS_MIN = 0.80  # nearest neighbours below this cosine are not candidates
NEIGHBOURS = 40
RARE_IDF = 2.5  # a shared name key at least this rare makes a candidate by itself
WINDOW_DAYS = 30  # candidates further apart in time than this are not considered
MAX_REGION = 300
RANKED = 10  # neighbours whose place is a signal
ESTIMATE_MIN = 0.5  # a neighbour must be at least this probable to lend its date
INDEX_AT = 20_000  # from this many articles, neighbours come from the time-bucketed index
KEY_CANDIDATES = 60  # at most this many latest in-window sharers of one rare key
PAIR_CACHE = 200_000  # pair scores kept; the oldest are dropped beyond this
NDIM = 384


@dataclass
class EventState:
    """Everything the clusterer holds in memory: features, vectors, events and memberships.

    Vectors sit in one growing array (rows in arrival order); name keys map to rows, not ids,
    so a million articles fit in a few GB.
    """

    feats: dict[str, ArticleFeatures] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # arrival sequence
    ids: list[str] = field(default_factory=list)
    stats: KeyStats = field(default_factory=KeyStats)
    by_key: dict[str, list[int]] = field(default_factory=dict)
    events: dict[str, set[str]] = field(default_factory=dict)
    member: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, dict[str, Any]] = field(default_factory=dict)
    created: dict[str, int] = field(default_factory=dict)
    redirects: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: the articles a redirected id named when it lost its event, so it can come back
    history: dict[str, set[str]] = field(default_factory=dict)
    index_at: int = INDEX_AT
    #: float16 halves the memory of a million vectors; the index switches to it by itself
    vector_dtype: Any = np.float32

    def __post_init__(self) -> None:
        self._rows: dict[str, int] = {a: i for i, a in enumerate(self.ids)}
        self._vecs = np.zeros((max(64, len(self.ids)), NDIM), dtype=self.vector_dtype)
        self.index: TimeBucketedIndex | None = None

    def row(self, article_id: str) -> int:
        return self._rows[article_id]

    def vector(self, article_id: str) -> np.ndarray:
        return self._vecs[self._rows[article_id]].astype(np.float32, copy=False)

    def vectors(self) -> np.ndarray:
        """Every vector so far, row ``i`` for ``ids[i]`` (a view: do not keep it across adds)."""
        return self._vecs[: len(self.ids)]

    @property
    def indexed(self) -> bool:
        return self.index is not None

    def reserve(self, n: int) -> None:
        """Make room for ``n`` articles at once (growing by doubling briefly holds two copies)."""
        if n > len(self._vecs):
            grown = np.zeros((n, NDIM), dtype=self._vecs.dtype)
            grown[: len(self.ids)] = self._vecs[: len(self.ids)]
            self._vecs = grown

    def add_article(self, feats: ArticleFeatures, vec: np.ndarray, seq: int) -> None:
        self.add_articles([feats], np.asarray(vec, dtype=np.float32)[None, :], [seq])

    def add_articles(self, feats: list[ArticleFeatures], vecs: np.ndarray, seqs: list[int],
                     *, index: TimeBucketedIndex | None = None) -> None:
        """Add articles in bulk; ``index`` is a prebuilt index already holding their rows."""
        first, n = len(self.ids), len(feats)
        need = first + n
        if need > len(self._vecs):
            self.reserve(max(need, 2 * len(self._vecs)))
        self._vecs[first:need] = vecs
        for i, (f, seq) in enumerate(zip(feats, seqs, strict=True)):
            aid, row = f.article_id, first + i
            self.feats[aid] = f
            self.order[aid] = seq
            self._rows[aid] = row
            self.ids.append(aid)
            self.stats.add(f.keys)
            for k in f.keys:
                self.by_key.setdefault(k, []).append(row)
        if index is not None:
            self.use_index(index)
        elif self.index is not None:
            self.index.add(range(first, need), vecs, [stated_day(f) for f in feats])
        elif need >= self.index_at:
            built = TimeBucketedIndex(NDIM, window_days=WINDOW_DAYS)
            built.add(range(need), self._vecs[:need],
                      [stated_day(self.feats[a]) for a in self.ids])
            self.use_index(built)

    def use_index(self, index: TimeBucketedIndex) -> None:
        """Search ``index`` (keys: rows) from now on, and keep vectors as float16."""
        self.index = index
        if self._vecs.dtype != np.float16:
            self._vecs = self._vecs.astype(np.float16)


def stated_day(f: ArticleFeatures) -> dt.date | None:
    """The date an article is indexed under: what it states, never an estimate (those move)."""
    return f.happened or f.published


def _when(f: ArticleFeatures) -> dt.date | None:
    return f.when


def _close_in_time(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    da, db = _when(a), _when(b)
    return da is None or db is None or abs((da - db).days) <= WINDOW_DAYS


class EventClusterer:
    def __init__(self, state: EventState | None = None, *, threshold: float = THRESHOLD,
                 weights: dict[str, float] | None = None) -> None:
        self.state = state or EventState()
        self.threshold = threshold
        self.weights = weights
        self._ranks: dict[str, dict[str, int]] = {}
        self._cache: dict[tuple[str, str], tuple[float, dict[str, float]]] = {}

    # -- pair scores ---------------------------------------------------------------------------
    def _search(self, aid: str, k: int) -> list[tuple[str, float]]:
        """The ``k`` nearest in-window neighbours of ``aid`` from the index, best first."""
        s = self.state
        assert s.index is not None
        f = s.feats[aid]
        hits = s.index.search(s.vector(aid), k + 1, day=stated_day(f), window=WINDOW_DAYS)
        out = []
        for row, cos in hits:
            other = s.ids[row]
            if other != aid and _close_in_time(f, s.feats[other]):
                out.append((other, cos))
        return out[:k]

    def _key_sharers(self, aid: str) -> set[str]:
        """The latest in-window articles sharing a rare name key with ``aid``."""
        s = self.state
        f = s.feats[aid]
        found: set[str] = set()
        for key in f.keys:
            if s.stats.idf(key) < RARE_IDF:
                continue
            taken = 0
            for row in reversed(s.by_key.get(key, ())):
                other = s.ids[row]
                if other != aid and _close_in_time(f, s.feats[other]):
                    found.add(other)
                    taken += 1
                    if taken >= KEY_CANDIDATES:
                        break
        return found

    def candidates(self, aid: str) -> list[str]:
        s = self.state
        f = s.feats[aid]
        if s.indexed:
            hits = self._search(aid, max(NEIGHBOURS, RANKED))
            self._ranks.setdefault(aid, {o: i for i, (o, _) in enumerate(hits[:RANKED])})
            found = {o for o, c in hits[:NEIGHBOURS] if c >= COS_MIN}
        else:
            mat = s.vectors()
            sims = mat @ mat[s.row(aid)]
            order = np.argsort(-sims, kind="stable")[: NEIGHBOURS + 1]
            found = {s.ids[i] for i in order if sims[i] >= COS_MIN}
        found |= self._key_sharers(aid)
        found.discard(aid)
        near = (c for c in found if _close_in_time(f, s.feats[c]))
        return sorted(near, key=s.order.__getitem__)

    def neighbour_lists(self, ids: Iterable[str]) -> dict[str, list[str]]:
        """The index's neighbour lists of ``ids`` (nearest first), to be kept with the store."""
        if not self.state.indexed:
            return {}  # exact lists are recomputed from the vectors whenever needed
        return {a: sorted(r, key=r.__getitem__) for a in ids if (r := self._ranks.get(a))
                is not None}

    def restore_neighbour_lists(self, lists: dict[str, list[str]]) -> None:
        """Lists saved by an earlier process: the rank signal does not depend on restarts."""
        for aid, ids in lists.items():
            if aid in self.state.feats:
                self._ranks[aid] = {o: i for i, o in enumerate(ids)}

    def ranks(self, aid: str) -> dict[str, int] | None:
        """Places of the nearest in-window neighbours of ``aid`` by cosine (0 = nearest).

        With the index, the list is the one the article's own search found on arrival (kept in
        the store across restarts); an article placed before the index took over has none
        (None), and its pairs rank by the other article's list alone. Searching for it on first
        use would cost one index search per member of every event a new article touches: at a
        million articles that made placement 15x slower (p95 17 -> 280 ms).
        """
        s = self.state
        cached = self._ranks.get(aid)
        if cached is not None or s.indexed:
            return cached
        mat = s.vectors()
        sims = mat @ mat[s.row(aid)]
        f = s.feats[aid]
        out: dict[str, int] = {}
        for i in np.argsort(-sims, kind="stable"):
            other = s.ids[i]
            if other == aid or not _close_in_time(f, s.feats[other]):
                continue
            out[other] = len(out)
            if len(out) >= RANKED:
                break
        self._ranks[aid] = out
        return out

    def rank(self, a: str, b: str) -> int | None:
        """The better of each one's place in the other's neighbour list (None: in neither)."""
        found = [r.get(o) for x, o in ((a, b), (b, a)) if (r := self.ranks(x)) is not None]
        places = [p for p in found if p is not None]
        return min(places) if places else None

    def invalidate(self) -> None:
        """Forget cached scores and ranks (the state moved on).

        Neighbour lists from the index are kept: recomputing them is what the index avoids.
        """
        self._cache.clear()
        if not self.state.indexed:
            self._ranks.clear()

    def pair(self, a: str, b: str) -> tuple[float, dict[str, float]]:
        """Probability that ``a`` and ``b`` report one event, with its signals.

        Cached: while articles stream in, name rarities and neighbour ranks drift slowly, so
        placement reuses slightly stale scores; :meth:`consolidate` starts from fresh ones.
        """
        key = (a, b) if a < b else (b, a)
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) >= PAIR_CACHE:
                for old in list(itertools.islice(self._cache, PAIR_CACHE // 4)):
                    del self._cache[old]
            hit = self._cache[key] = self._pair(a, b)
        return hit

    def _pair(self, a: str, b: str) -> tuple[float, dict[str, float]]:
        s = self.state
        cos = float(s.vector(a).astype(np.float64) @ s.vector(b))  # as the region matrix
        sig = signals(s.feats[a], s.feats[b], cos, s.stats, self.rank(a, b))
        if cannot_link(s.feats[a], s.feats[b]):
            return CANNOT_LINK, sig
        return probability(sig, self.weights), sig

    def _block(self, left: list[str], right: list[str]) -> np.ndarray:
        """Fresh pair probabilities of ``left`` x ``right``, zero for pairs too far apart in
        time or for an article with itself, :data:`CANNOT_LINK` for pairs whose leads state
        different days."""
        s = self.state
        ranks = np.full((len(left), len(right)), -1, dtype=np.int64)
        # a pair's rank is the better of its places in either article's neighbour list
        for rows, cols, flip in ((left, right, False), (right, left, True)):
            at = {a: j for j, a in enumerate(cols)}
            for i, a in enumerate(rows):
                for other, place in (self.ranks(a) or {}).items():
                    j = at.get(other)
                    if j is None:
                        continue
                    cell = (j, i) if flip else (i, j)
                    if ranks[cell] < 0 or place < ranks[cell]:
                        ranks[cell] = place
        fl, fr = [s.feats[a] for a in left], [s.feats[a] for a in right]
        vl = np.stack([s.vector(a) for a in left]).astype(np.float64)
        vr = vl if left is right else np.stack([s.vector(a) for a in right]).astype(np.float64)
        probs = probability_matrix(signal_block(fl, fr, vl, vr, s.stats, ranks), self.weights)
        probs[cannot_block(fl, fr)] = CANNOT_LINK
        wl = np.array([f.when.toordinal() if f.when else np.nan for f in fl])
        wr = np.array([f.when.toordinal() if f.when else np.nan for f in fr])
        with np.errstate(invalid="ignore"):
            probs[np.abs(wl[:, None] - wr[None, :]) > WINDOW_DAYS] = 0.0
        probs[np.array(left)[:, None] == np.array(right)[None, :]] = 0.0
        return probs

    def _matrix(self, ids: list[str]) -> np.ndarray:
        """A region's fresh pair probabilities (symmetric, zero diagonal).

        The block's matrix products may round ``[i, j]`` and ``[j, i]`` a last bit apart
        (BLAS kernels differ between machines); averaging the two makes the matrix exactly
        symmetric, so average linkage's tie-breaks cannot depend on the machine.
        """
        if not ids:
            return np.zeros((0, 0))
        block = self._block(ids, ids)
        return (block + block.T) / 2.0

    # -- placing articles ----------------------------------------------------------------------
    def add(self, feats: ArticleFeatures, vec: np.ndarray, seq: int) -> str:
        """Place one new article; returns its event id."""
        s = self.state
        s.add_article(feats, vec, seq)
        aid = feats.article_id
        touched: dict[str, float] = {}
        near = [c for c in self.candidates(aid) if c in s.member]
        for c, p in zip(near, self._block([aid], near)[0] if near else (), strict=True):
            if p >= TOUCH:
                ev = s.member[c]
                touched[ev] = max(touched.get(ev, 0.0), float(p))
        chosen = sorted(touched, key=lambda e: (-touched[e], s.created[e]))
        if self._place_cheaply(aid, chosen, max(touched.values(), default=0.0)):
            return s.member[aid]
        region = [aid]
        for ev in chosen:
            if len(region) + len(s.events[ev]) > MAX_REGION:
                break
            region.extend(sorted(s.events[ev], key=s.order.__getitem__))
        self._recluster(region)
        return s.member[aid]

    def _place_cheaply(self, aid: str, touched: list[str], strongest: float) -> bool:
        """Place ``aid`` without re-clustering whole events, when average linkage allows it.

        Re-clustering the touched events from scratch costs O(size²) pair scores. Two cases
        need only the article's own pairs: no link reaches the threshold (average linkage can
        merge it with nothing, and it changes no other merge: a new event), or its average
        probability with one event reaches it (it joins that event whole). Only a strong link
        into an event it does not match on average, where that event may split, pays the full
        price; merges of events it bridges are left to :meth:`consolidate`.
        """
        s = self.state
        if strongest < self.threshold:
            self._recluster([aid])
            return True
        best, best_avg = None, self.threshold
        for ev in touched:
            members = sorted(s.events[ev], key=s.order.__getitem__)
            avg = float(self._block([aid], members)[0].mean())
            if avg >= best_avg:
                best, best_avg = ev, avg
        if best is None:
            return False
        s.events[best].add(aid)
        s.member[aid] = best
        s.reasons[aid] = self._reason(aid, sorted(s.events[best], key=s.order.__getitem__))
        return True

    def _recluster(self, region: list[str]) -> None:
        """Re-cluster ``region`` from scratch and carry event ids over to the new groups.

        Members of a cut event outside the region keep that event's id, or get a fresh one
        when a group inside took the id: they are never glued to a group they have no link to,
        so the result depends only on the region. An id that was redirected earlier comes back
        when a group holds the articles it once named.
        """
        s = self.state
        region = sorted(set(region), key=s.order.__getitem__)
        inside = set(region)
        affected = sorted({s.member[a] for a in region if a in s.member}, key=s.created.get)
        before = {e: set(s.events[e]) for e in affected}
        old = {e: m & inside for e, m in before.items()}
        age = dict(s.created)
        for rid, members in s.history.items():
            if rid in s.redirects and rid not in old and members & inside:
                old[rid] = members & inside
                age[rid] = 1 << 62  # live events keep their ids first
        probs = self._matrix(region)
        groups = average_linkage(probs, self.threshold)
        new = [{region[i] for i in g} for g in groups]
        founders = {n: region[min(g)] for n, g in enumerate(groups)}
        taken = set(s.events) | set(s.redirects)
        mapping = remap(old, new, prefix="e", founder=founders, taken=taken, age=age)
        for oid in before:
            s.events.pop(oid, None)
        for oid, target in mapping.redirects.items():
            s.redirects[oid] = target
            s.history[oid] = before.get(oid) or s.history.get(oid, set())
            s.created.pop(oid, None)
        for eid, members, group in zip(mapping.ids, new, groups, strict=True):
            s.events[eid] = set(members)
            s.created.setdefault(eid, min(s.order[m] for m in members))
            s.redirects.pop(eid, None)
            s.history.pop(eid, None)
            for i in group:
                m = region[i]
                s.member[m] = eid
                link = {region[j]: float(probs[i, j]) for j in group if j != i}
                s.reasons[m] = self._reason(m, [region[j] for j in group], link)
        for eid, rest in before.items():
            rest = rest - inside
            if not rest:
                continue
            if eid in s.events:  # the id went to a group inside: the remainder is split off
                eid = new_id("e", min(rest, key=s.order.__getitem__),
                             set(s.events) | set(s.redirects))
            s.events[eid] = set(rest)
            s.redirects.pop(eid, None)
            s.history.pop(eid, None)
            s.created[eid] = min(s.order[m] for m in rest)
            for m in rest:
                s.member[m] = eid

    def _reason(self, aid: str, members: list[str],
                link: dict[str, float] | None = None) -> dict[str, Any]:
        """Why ``aid`` is where it is: its strongest link inside the event, with every signal.

        ``link``: its probabilities with the other members, when the caller has them."""
        others = [m for m in members if m != aid]
        if not others:
            best = max(self.candidates(aid), key=lambda c: self.pair(aid, c)[0], default=None)
            out: dict[str, Any] = {"decision": "new event"}
            if best is not None:
                p, sig = self.pair(aid, best)
                out |= {"closest": best, "probability": round(p, 3),
                        "signals": {k: round(v, 3) for k, v in sig.items()}}
            return out
        s = self.state
        if link is None:
            link = {m: self.pair(aid, m)[0] if _close_in_time(s.feats[aid], s.feats[m]) else 0.0
                    for m in others}
        best = max(others, key=link.__getitem__)
        p, sig = self._pair(aid, best)  # fresh, as the links of a re-clustered region are
        avg = float(np.mean(list(link.values())))
        _, _, shared = name_similarity(self.state.feats[aid], self.state.feats[best],
                                       self.state.stats, listed=True)
        apart = [m for m in others if cannot_link(s.feats[aid], s.feats[m])]
        return {
            "decision": "joined" if len(others) else "new event",
            "strongest_link": best,
            "probability": round(p, 3),
            "mean_probability": round(avg, 3),
            "signals": {k: round(v, 3) for k, v in sig.items()},
            "shared_names": shared[:8],
            # members whose lead states another day: they count -1 against the event
            **({"stated_days_differ": apart[:8]} if apart else {}),
        }

    def estimate_dates(self, ids: Iterable[str]) -> None:
        """Give each undated article the date of its most probable dated neighbour.

        The pair probability used is the date-blind one (both sides undated), so the estimate
        comes from content alone; it lets dates separate events of one storyline even for
        articles that state none.
        """
        s = self.state
        ids = list(ids)
        for aid in ids:  # estimates come from stated dates only, never from earlier estimates
            s.feats[aid].estimated = None
        self.invalidate()
        found: dict[str, dt.date | None] = {}
        for aid in ids:
            f = s.feats[aid]
            if f.happened:
                continue
            best, best_p = None, ESTIMATE_MIN
            for c in self.candidates(aid):
                g = s.feats[c]
                if not g.happened:
                    continue
                held, g.happened = g.happened, None
                p = self._pair(aid, c)[0]  # date-blind, so never from the cache
                g.happened = held
                if p > best_p:
                    best, best_p = g.happened, p
            found[aid] = best
        for aid, day in found.items():
            s.feats[aid].estimated = day
        self.invalidate()

    # -- order independence --------------------------------------------------------------------
    def consolidate(self, scope: Iterable[str] | None = None) -> None:
        """Re-cluster every connected region of ``scope`` (default: all) from scratch."""
        s = self.state
        ids = sorted(set(scope) if scope is not None else set(s.ids), key=s.order.__getitem__)
        self.estimate_dates(ids)
        parent = {a: a for a in ids}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        inside = set(ids)
        for a in ids:
            near = [c for c in self.candidates(a) if c in inside]
            if not near:
                continue
            for c, p in zip(near, self._block([a], near)[0], strict=True):
                if p >= TOUCH:
                    ra, rc = find(a), find(c)
                    if ra != rc:
                        parent[max(ra, rc, key=s.order.__getitem__)] = min(
                            ra, rc, key=s.order.__getitem__)
        comps: dict[str, list[str]] = {}
        for a in ids:
            comps.setdefault(find(a), []).append(a)
        for comp in comps.values():
            for chunk in _chunks(comp, MAX_REGION):
                self._recluster(chunk)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]
