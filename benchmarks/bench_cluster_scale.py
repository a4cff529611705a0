"""The event clusterer at scale: placing one article in a store of 1,000,000 articles.

``bench_scale.py`` times the vector index alone; this times what the issue asks about, the whole
placement of one new article by :class:`~storywire.stories.cluster.EventClusterer` (candidate
search in the index, rare-name candidates, pair scores, re-clustering the events it touches and
carrying ids over), embedding excluded, with 1,000,000 articles already placed.

The articles are synthetic: vectors from ``bench_scale.Synth`` (news-like: themes, ~50,000
topics of very uneven size, each on one day), and features to match: each topic has two rare
name keys, each theme two common ones, every article one of a few ubiquitous keys; half state a
happening date. Every topic starts as one placed event. Before timing, ``--warm`` additions run
untimed, as a long-running process would have placed recent articles (their neighbour lists and
pair scores are what it holds in memory).

    python benchmarks/bench_cluster_scale.py [--n 1000000] [--adds 1000] [--dir PATH]
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from bench_scale import (
    INDEX_VERSION,
    Synth,
    build_store,
    open_store,
    pct,
    rss_mb,
    store_args,
)

from storywire.stories.cluster import EventClusterer, EventState
from storywire.stories.features import ArticleFeatures

COMMON = [f"@common{i}" for i in range(6)]
LANGS = ["en", "ru", "uk", "de", "bg"]


class Features:
    """Synthetic features per article row, deterministic from the row and its topic."""

    def __init__(self, syn: Synth, seed: int = 5) -> None:
        self.syn = syn
        self.seed = seed
        themes = syn.topic_theme
        self.topic_keys = [(f"t{t}a", f"t{t}b") for t in range(len(themes))]
        self.theme_keys = [(f"h{h}a", f"h{h}b") for h in range(int(themes.max()) + 1)]

    def make(self, aid: str, topic: int, day: int, rng: np.random.Generator) -> ArticleFeatures:
        ta, tb = self.topic_keys[topic]
        ha, hb = self.theme_keys[int(self.syn.topic_theme[topic])]
        keys = {COMMON[int(rng.integers(len(COMMON)))]: 1.0, ha: 1.0}
        if rng.random() < 0.5:
            keys[hb] = 1.0
        for k in (ta, tb):
            if rng.random() < 0.8:
                keys[k] = 1.0
        date = dt.date.fromordinal(int(day))
        happened = date if rng.random() < 0.5 else None
        nums = frozenset(str(10 + (topic * 7 + j) % 90) for j in range(int(rng.integers(0, 3))))
        return ArticleFeatures(aid, LANGS[topic % len(LANGS)], date, happened, "", keys, nums)


def load_state(syn: Synth, feats: Features, index_root: Path, reserve: int) -> EventState:
    state = EventState(index_at=1 << 62, vector_dtype=np.float16)
    state.reserve(reserve)
    rng = np.random.default_rng(feats.seed)
    for b, lo, hi in syn.bucket_spans():
        vecs = syn.rows(lo, hi, salt=b)
        fs = [feats.make(f"a{r}", int(syn.topic[r]), int(syn.day[r]), rng) for r in range(lo, hi)]
        state.add_articles(fs, vecs, list(range(lo, hi)))
        for r in range(lo, hi):
            aid, eid = f"a{r}", f"e{int(syn.topic[r])}"
            state.member[aid] = eid
            state.events.setdefault(eid, set()).add(aid)
            state.created.setdefault(eid, r)
    state.use_index(open_store(syn, index_root, hot_weeks=8))
    return state


def arrivals(syn: Synth, m: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """New articles: most about the last two weeks' topics, some late about older ones."""
    rng = np.random.default_rng([syn.seed, seed])
    last = int(syn.day[-1])
    first_recent = int(np.searchsorted(syn.day, last - 14))
    recent = rng.random(m) < 0.9
    sib = np.where(recent, rng.integers(first_recent, len(syn.day), m),
                   rng.integers(0, len(syn.day), m))
    day = np.minimum(syn.day[sib] + rng.exponential(1.0, m).astype(np.int64), last + 1)
    noise = rng.uniform(0.25, 0.6, m).astype(np.float32)
    return syn.make(syn.topic[sib], noise, salt=10**6 + seed), day, syn.topic[sib]


def main() -> None:
    ap = store_args(__doc__)
    ap.add_argument("--warm", type=int, default=300)
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    root = args.dir or Path(tempfile.mkdtemp(prefix="storywire-cscale-"))
    root.mkdir(parents=True, exist_ok=True)
    syn = Synth(args.n, args.topics, args.days)
    params = json.dumps({"n": args.n, "topics": args.topics, "days": args.days,
                         "index": INDEX_VERSION})
    if not ((root / "bench.json").is_file() and (root / "bench.json").read_text() == params):
        wall, _ = build_store(syn, root, args.workers)
        (root / "bench.json").write_text(params)
        print(f"index buckets built in {wall:.0f} s")
    t0 = time.perf_counter()
    feats = Features(syn)
    state = load_state(syn, feats, root, args.n + args.warm + args.adds + 16)
    gc.collect()
    print(f"loaded {len(state.ids):,} placed articles in {len(state.events):,} events: "
          f"{time.perf_counter() - t0:.0f} s; RSS {rss_mb()[0]:,.0f} MB")
    clusterer = EventClusterer(state)
    vecs, days, topics = arrivals(syn, args.warm + args.adds)
    rng = np.random.default_rng(99)
    times, sizes, joined = [], [], 0
    for i in range(len(vecs)):
        f = feats.make(f"n{i}", int(topics[i]), int(days[i]), rng)
        t0 = time.perf_counter()
        eid = clusterer.add(f, vecs[i], args.n + i)
        elapsed = time.perf_counter() - t0
        if i >= args.warm:
            times.append(elapsed)
            sizes.append(len(state.events[eid]))
            joined += eid == f"e{int(topics[i])}" or state.redirects.get(f"e{int(topics[i])}",
                                                                         ("",))[0] == eid
    cur, peak = rss_mb()
    print(f"\n-- placing one article among {args.n:,} (embedding excluded), {args.adds} timed "
          f"after {args.warm} untimed --")
    print(f"  clusterer.add     {pct(times)}")
    print(f"  event size after placement: median {int(np.median(sizes))}, max {max(sizes)}; "
          f"{joined / len(times):.0%} joined their topic's event")
    print(f"  RSS {cur:,.0f} MB, peak {peak:,.0f} MB")


if __name__ == "__main__":
    main()
