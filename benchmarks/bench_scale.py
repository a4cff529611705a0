"""Candidate search at scale: adding one article to a store of 1,000,000 (synthetic) articles.

The vectors look like news embeddings: unit 384-d vectors made of a shared direction (sentence
embeddings are anisotropic), one of ~2,000 themes, one of 50,000 topics (events, of very uneven
size) and per-article noise; each topic happens on one day of a ~2-year span and its articles
follow it by a few days, so each ISO-week bucket holds ~10,000 vectors. Sections:

* ``dtypes``: recall@40 and cosine error of usearch f32 / f16 / i8 against exact search;
* ``crossover``: per-add cost (search k=40 + insert) of ExactIndex vs UsearchIndex by size;
* ``scale``: builds the 1M store one bucket per worker process (single-threaded, hence
  deterministic, builds), reopens it memory-mapped, then times 1,000 additions (search with
  k=40, +-30 days, plus insert) with every bucket memory-mapped (just reopened) and with the
  last 8 weeks in RAM (long-running), against numpy brute force over the same window.

    python benchmarks/bench_scale.py [--n 1000000] [--adds 1000] [--workers 2] [--dir PATH]
                                     [--only dtypes,crossover,scale]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import multiprocessing as mp
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from storywire.stories.index import ExactIndex, TimeBucketedIndex, UsearchIndex

NDIM = 384
K = 40
WINDOW = 30
COS_MIN = 0.80  # the clusterer's neighbour threshold: recall above it is what matters
INDEX_VERSION = 1  # bump when the bucket files change, so --dir reuse rebuilds them
START = dt.date(2023, 1, 2).toordinal()  # a Monday: buckets are ISO weeks


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    with open("/proc/self/statm") as fh:
        current = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float]) -> str:
    ms = np.asarray(values) * 1e3
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    return f"p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  p99 {p99:7.2f} ms  max {ms.max():7.2f} ms"


class Synth:
    """Deterministic news-like vectors, generated per bucket so 1M never sit in RAM at once."""

    def __init__(self, n: int, topics: int, days: int, seed: int = 0) -> None:
        rng = np.random.default_rng(seed)
        self.seed = seed
        themes = max(1, topics // 25)
        self.common = self._unit(rng, 1)[0]
        self.themes = self._unit(rng, themes)
        self.topic_vecs = self._unit(rng, topics)
        self.topic_theme = rng.integers(0, themes, topics)
        weight = rng.lognormal(0.0, 1.0, topics)  # a few big stories, many small ones
        self.topic_day = rng.integers(0, days, topics)
        topic = rng.choice(topics, n, p=weight / weight.sum())
        day = np.minimum(self.topic_day[topic] + rng.exponential(2.0, n).astype(np.int64),
                         days - 1)
        order = np.argsort(day, kind="stable")  # keys follow dates, like arrival ids
        self.topic = topic[order].astype(np.int32)
        self.day = (START + day[order]).astype(np.int64)
        self.noise = rng.uniform(0.25, 0.6, n).astype(np.float32)[order]
        self.weight = weight / weight.sum()

    @staticmethod
    def _unit(rng: np.random.Generator, m: int) -> np.ndarray:
        x = rng.standard_normal((m, NDIM), dtype=np.float32)
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    def make(self, topic: np.ndarray, noise: np.ndarray, salt: int) -> np.ndarray:
        rng = np.random.default_rng([self.seed, salt])
        v = (0.4 * self.common + 0.5 * self.themes[self.topic_theme[topic]]
             + 0.6 * self.topic_vecs[topic] + noise[:, None] * self._unit(rng, len(topic)))
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)

    def rows(self, lo: int, hi: int, salt: int) -> np.ndarray:
        return self.make(self.topic[lo:hi], self.noise[lo:hi], salt)

    def bucket_spans(self) -> list[tuple[int, int, int]]:
        """(bucket, first row, end row): rows are sorted by day, so each bucket is a slice."""
        b = (self.day - 1) // 7
        cuts = np.flatnonzero(np.diff(b)) + 1
        starts = np.concatenate([[0], cuts])
        ends = np.concatenate([cuts, [len(b)]])
        return [(int(b[s]), int(s), int(e)) for s, e in zip(starts, ends, strict=True)]

    def arrivals(self, m: int, recent_days: int = 14, recent: float = 0.9,
                 seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """New articles: most about the last two weeks' stories, some late about older ones."""
        rng = np.random.default_rng([self.seed, seed])
        last = int(self.day[-1])
        first_recent = np.searchsorted(self.day, last - recent_days)
        is_recent = rng.random(m) < recent
        sib = np.where(is_recent, rng.integers(first_recent, len(self.day), m),
                       rng.integers(0, len(self.day), m))
        day = np.minimum(self.day[sib] + rng.exponential(1.0, m).astype(np.int64), last + 1)
        noise = rng.uniform(0.25, 0.6, m).astype(np.float32)
        return self.make(self.topic[sib], noise, salt=10**6 + seed), day


# -- dtypes --------------------------------------------------------------------------------------
def bench_dtypes(n: int = 20_000, queries: int = 300) -> None:
    print(f"\n== usearch dtype vs exact: {n:,} clustered vectors, {queries} held-out queries, "
          f"k={K} ==")
    syn = Synth(n + queries, topics=n // 20, days=30, seed=7)
    every = syn.rows(0, n + queries, salt=0)
    rng = np.random.default_rng(3)
    held = np.sort(rng.choice(n + queries, queries, replace=False))
    base = np.delete(np.arange(n + queries), held)
    exact = ExactIndex()
    exact.add(base, every[base])
    truth = [dict(exact.search(every[q], K)) for q in held]
    print("dtype   build s   recall@40   recall(cos>=0.8)   max |cos err|   MB    search p50")
    for dtype in ("f32", "f16", "i8"):
        t0 = time.perf_counter()
        index = UsearchIndex(dtype=dtype)
        index.add(base, every[base])
        build = time.perf_counter() - t0
        hit = tot = strong_hit = strong = 0
        err = 0.0
        times = []
        for q, tr in zip(held, truth, strict=True):
            t0 = time.perf_counter()
            found = dict(index.search(every[q], K))
            times.append(time.perf_counter() - t0)
            both = tr.keys() & found.keys()
            hit, tot = hit + len(both), tot + len(tr)
            good = {k for k, c in tr.items() if c >= COS_MIN}
            strong_hit, strong = strong_hit + len(good & found.keys()), strong + len(good)
            err = max([err, *(abs(found[k] - tr[k]) for k in both)])
        mem = index._index.memory_usage / 2**20
        print(f"{dtype:5} {build:8.1f}   {hit / tot:9.4f}   {strong_hit / max(strong, 1):16.4f}"
              f"   {err:13.4f}  {mem:5.0f}   {np.median(times) * 1e3:6.2f} ms")


# -- crossover -----------------------------------------------------------------------------------
def bench_crossover(sizes: tuple[int, ...] = (1_000, 2_000, 4_000, 8_000, 16_000, 32_000),
                    ops: int = 300) -> None:
    print(f"\n== exact vs HNSW per add (search k={K} + insert one), {ops} adds per size ==")
    syn = Synth(max(sizes) + ops, topics=(max(sizes) + ops) // 20, days=30, seed=11)
    every = syn.rows(0, max(sizes) + ops, salt=0)
    news = every[max(sizes) :]
    print("      n   exact p50   exact p95   usearch p50   usearch p95   usearch build s")
    for n in sizes:
        line = f"{n:7,}"
        for cls in (ExactIndex, UsearchIndex):
            index = cls()
            t0 = time.perf_counter()
            index.add(np.arange(n), every[:n])
            build = time.perf_counter() - t0
            times = []
            for i in range(ops):
                t0 = time.perf_counter()
                index.search(news[i], K)
                index.add([n + i], news[i])
                times.append(time.perf_counter() - t0)
            p50, p95 = np.percentile(np.asarray(times) * 1e3, [50, 95])
            line += f"   {p50:8.2f}ms  {p95:8.2f}ms "
        print(line + f"    {build:6.1f}")


# -- scale ---------------------------------------------------------------------------------------
_SYN: Synth | None = None  # set before the worker pool forks, shared copy-on-write
_DIR: Path | None = None


def _build_bucket(job: tuple[int, int, int]) -> tuple[int, int, int, float, float]:
    b, lo, hi = job
    assert _SYN is not None and _DIR is not None
    t0 = time.perf_counter()
    vecs = _SYN.rows(lo, hi, salt=b)
    gen = time.perf_counter() - t0
    index = UsearchIndex()  # one thread: the same inputs give the same graph
    index.add(np.arange(lo, hi), vecs)
    index.save(_DIR / f"b{b}.usearch")
    return b, lo, hi, gen, time.perf_counter() - t0 - gen


def build_store(syn: Synth, root: Path, workers: int) -> tuple[float, float]:
    global _SYN, _DIR
    _SYN, _DIR = syn, root
    spans = syn.bucket_spans()
    sizes = [hi - lo for _, lo, hi in spans]
    print(f"buckets: {len(spans)} ISO weeks, {min(sizes):,}-{max(sizes):,} vectors each "
          f"(median {int(np.median(sizes)):,})")
    t0 = time.perf_counter()
    cpu = 0.0
    done = 0
    with mp.get_context("fork").Pool(workers) as pool:
        for _b, _lo, _hi, _gen, secs in pool.imap_unordered(_build_bucket, spans):
            cpu += secs
            done += 1
            if done % 20 == 0 or done == len(spans):
                print(f"  built {done}/{len(spans)} buckets, {time.perf_counter() - t0:6.0f} s",
                      flush=True)
    return time.perf_counter() - t0, cpu


def open_store(syn: Synth, root: Path, hot_weeks: int) -> TimeBucketedIndex:
    """Attach the saved buckets: the last ``hot_weeks`` loaded into RAM, the rest mapped."""
    index = TimeBucketedIndex()
    spans = syn.bucket_spans()
    last = spans[-1][0]
    for b, lo, hi in spans:
        file = root / f"b{b}.usearch"
        part = UsearchIndex.load(file) if b > last - hot_weeks else UsearchIndex.view(file)
        index.attach(part, np.arange(lo, hi), syn.day[lo:hi].tolist())
    return index


def run_adds(index: TimeBucketedIndex, vecs: np.ndarray, days: np.ndarray, first_key: int,
             ) -> tuple[list[float], list[float], list[float], list[list[int]]]:
    total, search, insert, found = [], [], [], []
    for i, (v, d) in enumerate(zip(vecs, days.tolist(), strict=True)):
        t0 = time.perf_counter()
        hits = index.search(v, K, day=d, window=WINDOW)
        t1 = time.perf_counter()
        index.add([first_key + i], v, [d])
        t2 = time.perf_counter()
        total.append(t2 - t0)
        search.append(t1 - t0)
        insert.append(t2 - t1)
        found.append([k for k, _ in hits])
    return total, search, insert, found


def brute_force(syn: Synth, vecs: np.ndarray, days: np.ndarray, first_key: int,
                ) -> tuple[list[float], list[list[int]], list[list[float]]]:
    """Exact top-k over the window with numpy, per bucket matrix (f32), arrival order respected.

    Queries are visited by date so each bucket is generated once and dropped when it leaves the
    window; the vectors of earlier arrivals (a small array) are searched as the store would.
    """
    spans = {b: (lo, hi) for b, lo, hi in syn.bucket_spans()}
    cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    times = [0.0] * len(vecs)
    truth: list[list[int]] = [[] for _ in vecs]
    cosines: list[list[float]] = [[] for _ in vecs]
    added = np.zeros_like(vecs)  # stands in for appending to a growing matrix
    for i in np.argsort(days, kind="stable").tolist():
        d = int(days[i])
        lo_b, hi_b = (d - WINDOW - 1) // 7, (d + WINDOW - 1) // 7
        for b in [b for b in cache if not lo_b <= b <= hi_b]:
            del cache[b]
        for b in range(lo_b, hi_b + 1):
            if b in spans and b not in cache:
                lo, hi = spans[b]
                cache[b] = (syn.rows(lo, hi, salt=b), syn.day[lo:hi])
        t0 = time.perf_counter()
        keys, sims = [], []
        for b in range(lo_b, hi_b + 1):
            if b not in cache:
                continue
            mat, bdays = cache[b]
            s = np.einsum("ij,j->i", mat, vecs[i])
            inside = np.abs(bdays - d) <= WINDOW
            keys.append(spans[b][0] + np.flatnonzero(inside))
            sims.append(s[inside])
        earlier = np.flatnonzero((np.arange(len(vecs)) < i) & (np.abs(days - d) <= WINDOW))
        keys.append(first_key + earlier)
        sims.append(np.einsum("ij,j->i", vecs[earlier], vecs[i]))
        allk, alls = np.concatenate(keys), np.concatenate(sims)
        top = np.argpartition(-alls, K - 1)[:K] if len(alls) > K else np.arange(len(alls))
        top = top[np.lexsort((allk[top], -alls[top]))]
        added[i] = vecs[i]
        times[i] = time.perf_counter() - t0
        truth[i] = allk[top].tolist()
        cosines[i] = alls[top].tolist()
    return times, truth, cosines


def recall(found: list[list[int]], truth: list[list[int]], cosines: list[list[float]],
           ) -> tuple[float, float]:
    hit = tot = strong_hit = strong = 0
    for f, t, c in zip(found, truth, cosines, strict=True):
        fs = set(f)
        hit, tot = hit + len(fs & set(t)), tot + len(t)
        good = {k for k, cos in zip(t, c, strict=True) if cos >= COS_MIN}
        strong_hit, strong = strong_hit + len(fs & good), strong + len(good)
    return hit / max(tot, 1), strong_hit / max(strong, 1)


def bench_scale(n: int, topics: int, days: int, adds: int, workers: int, root: Path) -> None:
    print(f"\n== scale: {n:,} vectors, {topics:,} topics over {days} days; {adds} additions, "
          f"k={K}, window +-{WINDOW} days ==")
    t0 = time.perf_counter()
    syn = Synth(n, topics, days)
    vecs, qdays = syn.arrivals(adds)
    print(f"synthetic metadata: {time.perf_counter() - t0:.1f} s; arrivals: "
          f"{np.mean(qdays >= syn.day[-1] - 14):.0%} dated in the last 2 weeks")
    params = json.dumps({"n": n, "topics": topics, "days": days, "index": INDEX_VERSION})
    if (root / "bench.json").is_file() and (root / "bench.json").read_text() == params:
        print(f"reusing the store built earlier in {root}")
    else:
        wall, cpu = build_store(syn, root, workers)
        (root / "bench.json").write_text(params)
        print(f"build: {wall:.0f} s wall on {workers} workers ({cpu:.0f} s of single-thread "
              f"build time, {n / cpu:,.0f} vectors/s per core)")
    on_disk = sum(f.stat().st_size for f in root.glob("*.usearch")) / 2**20
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{on_disk:,.0f} MB on disk; build workers' peak RSS {children:,.0f} MB")
    t0 = time.perf_counter()
    index = open_store(syn, root, hot_weeks=0)
    index.save(root)  # writes keys, dates and the manifest; bucket files are already there
    print(f"attach + manifest: {time.perf_counter() - t0:.1f} s")
    del index
    gc.collect()

    t0 = time.perf_counter()
    mapped = TimeBucketedIndex.view(root)
    reopen = time.perf_counter() - t0
    print(f"reopen (memory-mapped view of {len(mapped.bucket_sizes())} buckets, "
          f"{len(mapped):,} keys): {reopen:.2f} s; RSS now {rss_mb()[0]:,.0f} MB")

    results: dict[str, tuple[list[float], list[float], list[float], list[list[int]]]] = {}
    results["mapped"] = run_adds(mapped, vecs, qdays, first_key=n)
    cur, peak = rss_mb()
    print(f"RSS after additions to the memory-mapped store: {cur:,.0f} MB (peak {peak:,.0f} MB)")
    del mapped
    gc.collect()

    t0 = time.perf_counter()
    hot = open_store(syn, root, hot_weeks=8)
    print(f"open with the last 8 weeks loaded into RAM: {time.perf_counter() - t0:.1f} s")
    results["hot"] = run_adds(hot, vecs, qdays, first_key=n)
    undated = []
    for v in vecs[:50]:
        t0 = time.perf_counter()
        hot.search(v, K)
        undated.append(time.perf_counter() - t0)
    cur, peak_index = rss_mb()
    print(f"RSS after additions to the 8-weeks-in-RAM store: {cur:,.0f} MB "
          f"(peak so far {peak_index:,.0f} MB)")
    del hot
    gc.collect()

    base_times, truth, cosines = brute_force(syn, vecs, qdays, first_key=n)
    _, peak_all = rss_mb()

    print(f"\n-- adding one article to {n:,} (search k={K} within +-{WINDOW} days + insert) --")
    for name, label in (("mapped", "all buckets memory-mapped (just reopened)"),
                        ("hot", "last 8 weeks in RAM, older memory-mapped")):
        total, search, insert, found = results[name]
        r_all, r_strong = recall(found, truth, cosines)
        print(f"{label}:")
        print(f"  search + insert   {pct(total)}")
        print(f"  search only       {pct(search)}")
        print(f"  insert only       {pct(insert)}")
        print(f"  recall@{K} vs exact window top-{K}: {r_all:.4f}; "
              f"of neighbours with cos >= {COS_MIN}: {r_strong:.4f}")
    print(f"numpy brute force over the window (f32, per-bucket matrices):\n"
          f"  search            {pct(base_times)}")
    ratio = np.percentile(base_times, 95) / np.percentile(results["hot"][0], 95)
    ratio50 = np.median(base_times) / np.median(results["hot"][0])
    print(f"  brute force / index (8 weeks in RAM): {ratio50:.1f}x at p50, {ratio:.1f}x at p95")
    print(f"undated query (no date: every bucket, {len(syn.bucket_spans())}): {pct(undated)}")
    print(f"peak RSS: {peak_index:,.0f} MB through the index runs; {peak_all:,.0f} MB after the "
          f"brute-force baseline (its own f32 window copies); build workers {children:,.0f} MB")


def store_args(doc: str) -> argparse.ArgumentParser:
    """The synthetic store's options, shared with bench_cluster_scale.py."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--topics", type=int, default=50_000)
    ap.add_argument("--days", type=int, default=730)
    ap.add_argument("--adds", type=int, default=1_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dir", type=Path,
                    help="keep the built store here, and reuse it next time (default: temp dir)")
    return ap


def main() -> None:
    ap = store_args(__doc__)
    ap.add_argument("--only", default="dtypes,crossover,scale")
    args = ap.parse_args()
    sections = set(args.only.split(","))
    started = time.perf_counter()
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    steps: list[Callable[[], None]] = []
    if "dtypes" in sections:
        steps.append(bench_dtypes)
    if "crossover" in sections:
        steps.append(bench_crossover)
    for step in steps:
        step()
    if "scale" in sections:
        root = args.dir or Path(tempfile.mkdtemp(prefix="storywire-scale-"))
        root.mkdir(parents=True, exist_ok=True)
        try:
            bench_scale(args.n, args.topics, args.days, args.adds, args.workers, root)
        finally:
            if args.dir is None:
                shutil.rmtree(root, ignore_errors=True)
    print(f"\ntotal benchmark time: {time.perf_counter() - started:.0f} s "
          f"(load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
