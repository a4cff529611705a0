"""Nearest-neighbour search over article embeddings, kept to the clusterer's time window.

Why this exists: the clusterer's candidate search was ``matrix @ vector`` over every stored
article, which grows with the whole archive although only articles within ``WINDOW_DAYS`` can
be candidates. Here:

* :class:`ExactIndex` is numpy brute force: exact and deterministic, fastest for small indexes;
* :class:`UsearchIndex` is a usearch HNSW graph holding ``f16`` vectors (``i8`` was measured and
  lost recall, see :data:`USEARCH_DTYPE`), fastest for large indexes;
* :class:`TimeBucketedIndex` keeps one such index per ISO week of the article's date (undated
  articles in a bucket of their own), so a search touches only the ~10 weeks around the query
  date, each index stays small (cheap to build, no 24-minute 1M-vector build), and old weeks can
  be written to disk and memory-mapped instead of held in RAM.

Keys are non-negative integers chosen by the caller; scores are cosines, best first, ties broken
by the smaller key. Nothing here is thread-safe: one writer, searches on the same thread.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import os
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, Self, runtime_checkable

import numpy as np

NDIM = 384
#: f16 keeps recall@40 at ~0.998 on clustered data with cosine errors < 1e-3; i8 dropped recall
#: to ~0.94 with cosine errors of ~0.01 (unit vectors' small components get few int8 levels)
USEARCH_DTYPE = "f16"
CONNECTIVITY = 16  # usearch's default M; recall@40 was already >= 0.99 at 10k per bucket
EXPANSION_ADD = 128
EXPANSION_SEARCH = 64  # usearch raises it to k for larger k; not stored in saved files
#: below this many vectors numpy brute force is as fast as HNSW for search + insert, and exact
#: (``benchmarks/bench_scale.py --only crossover``: 4k 0.49 vs 0.60 ms, 8k 0.94 vs 0.68 ms)
EXACT_MAX = 5_000
BUCKET_DAYS = 7
WINDOW_DAYS = 30

#: a date, its proleptic ordinal (``date.toordinal()``), or None for undated
Day = dt.date | int | None
_UNDATED = -(2**62)  # how an undated key's day is written to disk


@runtime_checkable
class VectorIndex(Protocol):
    """What the clusterer needs from a vector index: cosine top-k over integer keys."""

    @property
    def path(self) -> Path | None:
        """The file this index is memory-mapped from (read-only), or None when held in RAM."""
        ...

    @property
    def writable(self) -> bool: ...

    def add(self, keys: Sequence[int], vectors: np.ndarray) -> None: ...

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]: ...

    def remove(self, key: int) -> None: ...

    def items(self) -> tuple[np.ndarray, np.ndarray]: ...

    def __len__(self) -> int: ...

    def __contains__(self, key: object) -> bool: ...

    def save(self, path: str | os.PathLike[str]) -> None: ...

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Self: ...

    @classmethod
    def view(cls, path: str | os.PathLike[str]) -> Self: ...


def _unit(vectors: np.ndarray, ndim: int) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as a float32 (n, ndim) array."""
    v = np.asarray(vectors, dtype=np.float32)
    v = v.reshape(1, -1) if v.ndim == 1 else v
    if v.shape[1] != ndim:
        raise ValueError(f"expected {ndim}-d vectors, got shape {v.shape}")
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(norms > 0, norms, 1.0)


def _keys(keys: Sequence[int] | np.ndarray, n: int) -> np.ndarray:
    k = np.asarray(keys, dtype=np.int64).reshape(-1)
    if len(k) != n:
        raise ValueError(f"{len(k)} keys for {n} vectors")
    if len(k) and k.min() < 0:
        raise ValueError("keys must be non-negative")
    if len(np.unique(k)) != len(k):
        raise ValueError("duplicate keys in one batch")
    return k


def _ranked(hits: Iterable[tuple[int, float]], k: int) -> list[tuple[int, float]]:
    """Best first, ties broken by the smaller key, so equal inputs give equal outputs."""
    return sorted(hits, key=lambda p: (-p[1], p[0]))[:k]


def _read_only(path: Path) -> ValueError:
    return ValueError(f"index memory-mapped from {path} is read-only; load() it to change it")


class ExactIndex:
    """Brute-force cosine search in numpy: exact, deterministic, for small indexes and tests.

    Vectors are stored unit-length float32 in a buffer that doubles as it fills, so adding one
    is amortised O(1) (an ``np.vstack`` per article is O(n)). Removal moves the last row into
    the hole. Saved as two ``.npy`` arrays (keys, vectors) in one file, which :meth:`view`
    memory-maps. The same state always gives the same results; a cosine may differ in its last
    float32 bit once rows have moved (einsum's summation depends on the row's position).
    """

    def __init__(self, ndim: int = NDIM) -> None:
        self.ndim = ndim
        self._keys = np.zeros(0, dtype=np.int64)
        self._vecs = np.zeros((0, ndim), dtype=np.float32)
        self._n = 0
        self._row: dict[int, int] = {}
        self._path: Path | None = None  # set when memory-mapped

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def writable(self) -> bool:
        return self._path is None

    def __len__(self) -> int:
        return self._n

    def __contains__(self, key: object) -> bool:
        return key in self._row

    def add(self, keys: Sequence[int], vectors: np.ndarray) -> None:
        if self._path is not None:
            raise _read_only(self._path)
        vecs = _unit(vectors, self.ndim)
        self._append(_keys(keys, len(vecs)), vecs)

    def _append(self, ks: np.ndarray, vecs: np.ndarray) -> None:
        """Append unit vectors as they are (re-normalising would change their last bits)."""
        clash = [int(k) for k in ks if int(k) in self._row]
        if clash:
            raise ValueError(f"keys already present: {clash[:5]}")
        need = self._n + len(vecs)
        if need > len(self._vecs):
            cap = max(need, 2 * len(self._vecs), 64)
            grown = np.zeros((cap, self.ndim), dtype=np.float32)
            grown[: self._n] = self._vecs[: self._n]
            gkeys = np.zeros(cap, dtype=np.int64)
            gkeys[: self._n] = self._keys[: self._n]
            self._vecs, self._keys = grown, gkeys
        self._vecs[self._n : need] = vecs
        self._keys[self._n : need] = ks
        for i, k in enumerate(ks.tolist(), start=self._n):
            self._row[k] = i
        self._n = need

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        if self._n == 0 or k <= 0:
            return []
        # einsum, not @: OpenBLAS spreads a matrix-vector product over threads, which stalls
        # for ~8 ms whenever another process holds a core (measured on 2 cores)
        sims = np.einsum("ij,j->i", self._vecs[: self._n], _unit(vector, self.ndim)[0])
        top = np.arange(self._n) if k >= self._n else np.argpartition(-sims, k - 1)[:k]
        return _ranked(zip(self._keys[top].tolist(), sims[top].tolist(), strict=True), k)

    def remove(self, key: int) -> None:
        if self._path is not None:
            raise _read_only(self._path)
        row = self._row.pop(int(key))
        last = self._n - 1
        if row != last:
            moved = int(self._keys[last])
            self._vecs[row] = self._vecs[last]
            self._keys[row] = moved
            self._row[moved] = row
        self._n = last

    def items(self) -> tuple[np.ndarray, np.ndarray]:
        return self._keys[: self._n], self._vecs[: self._n]

    def save(self, path: str | os.PathLike[str]) -> None:
        keys, vecs = self.items()
        with open(path, "wb") as fh:
            np.lib.format.write_array(fh, np.ascontiguousarray(keys), allow_pickle=False)
            np.lib.format.write_array(fh, np.ascontiguousarray(vecs), allow_pickle=False)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Self:
        keys, vecs = _read_pair(path, mmap=False)
        out = cls(vecs.shape[1])
        out._append(_keys(keys, len(vecs)), vecs)
        return out

    @classmethod
    def view(cls, path: str | os.PathLike[str]) -> Self:
        keys, vecs = _read_pair(path, mmap=True)
        out = cls(vecs.shape[1])
        out._keys, out._vecs, out._n = np.asarray(keys), vecs, len(keys)
        out._row = {k: i for i, k in enumerate(out._keys.tolist())}
        out._path = Path(path)
        return out


def _read_pair(path: str | os.PathLike[str], *, mmap: bool) -> tuple[np.ndarray, np.ndarray]:
    """The (keys, vectors) arrays :meth:`ExactIndex.save` wrote back to back into one file."""
    out = []
    with open(path, "rb") as fh:
        for _ in range(2):
            major, _minor = np.lib.format.read_magic(fh)
            read = (np.lib.format.read_array_header_1_0 if major == 1
                    else np.lib.format.read_array_header_2_0)
            shape, fortran, dtype = read(fh)
            offset = fh.tell()
            count = math.prod(shape)
            if mmap:
                arr = np.memmap(path, dtype=dtype, mode="r", offset=offset, shape=shape,
                                order="F" if fortran else "C")
            else:
                arr = np.fromfile(fh, dtype=dtype, count=count).reshape(shape)
            fh.seek(offset + count * dtype.itemsize)
            out.append(arr)
    return out[0], out[1]


class UsearchIndex:
    """usearch HNSW graph, cosine metric, ``f16`` vectors: fast search at any size.

    Deterministic: vectors are inserted on one thread in the order given, which gives a
    byte-identical graph for the same inputs (checked, batch or one by one), and a single query
    on a fixed graph always returns the same neighbours. ``threads > 1`` builds faster but the
    graph, and so the approximate results, then depend on scheduling: build big indexes in
    parallel across buckets (processes) instead. Memory-mapped (:meth:`view`) indexes are
    read-only: usearch crashes the process on writes to them, so they are refused here.
    """

    def __init__(self, ndim: int = NDIM, *, dtype: str = USEARCH_DTYPE,
                 connectivity: int = CONNECTIVITY, expansion_add: int = EXPANSION_ADD,
                 expansion_search: int = EXPANSION_SEARCH, threads: int = 1,
                 _index: Any = None, _path: Path | None = None) -> None:
        from usearch.index import Index

        self.ndim = ndim
        self.threads = threads
        self._path = _path
        self._index = _index if _index is not None else Index(
            ndim=ndim, metric="cos", dtype=dtype, connectivity=connectivity,
            expansion_add=expansion_add, expansion_search=expansion_search)
        self._index.expansion_search = expansion_search

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def writable(self) -> bool:
        return self._path is None

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, int | np.integer) and key >= 0 and bool(
            self._index.contains(int(key)))

    def add(self, keys: Sequence[int], vectors: np.ndarray) -> None:
        if self._path is not None:
            raise _read_only(self._path)
        vecs = _unit(vectors, self.ndim)
        ks = _keys(keys, len(vecs))
        if len(ks) == 0:
            return
        present = np.atleast_1d(self._index.contains(ks.astype(np.uint64)))
        if present.any():
            raise ValueError(f"keys already present: {ks[present][:5].tolist()}")
        self._index.add(ks.astype(np.uint64), vecs, threads=self.threads)

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        if len(self._index) == 0 or k <= 0:
            return []
        m = self._index.search(_unit(vector, self.ndim)[0], min(k, len(self._index)), threads=1)
        cos = 1.0 - m.distances.astype(np.float64)
        return _ranked(zip(m.keys.tolist(), cos.tolist(), strict=True), k)

    def remove(self, key: int) -> None:
        if self._path is not None:
            raise _read_only(self._path)
        if not self._index.remove(int(key)):
            raise KeyError(key)

    def items(self) -> tuple[np.ndarray, np.ndarray]:
        keys = np.asarray(self._index.keys, dtype=np.int64)
        if len(keys) == 0:
            return keys, np.zeros((0, self.ndim), dtype=np.float32)
        vecs = self._index.get(keys.astype(np.uint64), dtype=np.float32)
        return keys, np.asarray(vecs, dtype=np.float32).reshape(len(keys), self.ndim)

    def save(self, path: str | os.PathLike[str]) -> None:
        self._index.save(os.fspath(path))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Self:
        from usearch.index import Index

        index = Index.restore(os.fspath(path), view=False)
        if index is None:
            raise ValueError(f"not a usearch index: {path}")
        return cls(index.ndim, _index=index)

    @classmethod
    def view(cls, path: str | os.PathLike[str]) -> Self:
        from usearch.index import Index

        index = Index.restore(os.fspath(path), view=True)
        if index is None:
            raise ValueError(f"not a usearch index: {path}")
        return cls(index.ndim, _index=index, _path=Path(path))


_KINDS: dict[str, type[ExactIndex] | type[UsearchIndex]] = {
    "exact": ExactIndex, "usearch": UsearchIndex}


def _kind(index: VectorIndex) -> str:
    return "usearch" if isinstance(index, UsearchIndex) else "exact"


def make_index(expected_size: int, ndim: int = NDIM, *, exact_max: int = EXACT_MAX,
               ) -> VectorIndex:
    """Exact brute force below ``exact_max`` vectors (as fast, and exact), HNSW from there.

    Falls back to exact search, with a warning, when usearch is not installed: slower, not wrong.
    """
    if expected_size < exact_max:
        return ExactIndex(ndim)
    if importlib.util.find_spec("usearch") is None:
        warnings.warn("usearch not installed: using exact search", RuntimeWarning, stacklevel=2)
        return ExactIndex(ndim)
    return UsearchIndex(ndim)


def _ordinal(day: Day) -> int | None:
    if day is None:
        return None
    return day.toordinal() if isinstance(day, dt.date) else int(day)


@dataclass
class _Bucket:
    """One time bucket: an optional read-only (memory-mapped) base, plus what changed since.

    Writing into a memory-mapped base would mean loading it first (25-80 ms for 10k vectors),
    so new vectors go to a small in-RAM ``live`` index and removals of base keys to ``dead``
    until :meth:`TimeBucketedIndex.freeze` or :meth:`~TimeBucketedIndex.save` merges them.
    """

    live: VectorIndex
    base: VectorIndex | None = None
    dead: set[int] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.live) + (len(self.base) - len(self.dead) if self.base else 0)

    def stored_in(self, root: Path) -> bool:
        """Mapped from a file under ``root``, and nothing changed since it was written."""
        return (self.base is not None and self.base.path is not None and not len(self.live)
                and not self.dead and self.base.path.parent.resolve() == root.resolve())

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The best k of base and live, so whatever was not returned scores <= the last one."""
        hits = self.live.search(vector, k) if len(self.live) else []
        if self.base is None:
            return hits
        hits += [h for h in self.base.search(vector, k + len(self.dead)) if h[0] not in self.dead]
        return _ranked(hits, k)

    def merged(self) -> VectorIndex:
        """Base, minus removals, plus additions: one writable in-RAM index."""
        if self.base is None:
            return self.live
        keys, vecs = self.live.items()
        out: VectorIndex
        if isinstance(self.base, UsearchIndex) and self.base.path is not None:
            out = UsearchIndex.load(self.base.path)
            for key in sorted(self.dead):
                out.remove(key)
        else:
            bkeys, bvecs = self.base.items()
            dead = np.fromiter(self.dead, dtype=np.int64, count=len(self.dead))
            keep = ~np.isin(bkeys, dead)
            out = make_index(int(keep.sum()) + len(keys), bvecs.shape[1])
            out.add(bkeys[keep], bvecs[keep])
        out.add(keys, vecs)
        return out


class TimeBucketedIndex:
    """One index per ``bucket_days`` of article date; a search reads only the buckets in window.

    With the default 7 days, buckets are ISO weeks (Monday to Sunday). A search for date ``d``
    reads the buckets overlapping ``[d - window, d + window]`` (10 at most for 30 days) plus the
    undated bucket, since an undated article may be close to anything (as in the clusterer's
    ``_close_in_time``). A query without a date reads every bucket: ~100 ms at 1M articles over
    two years, so give undated articles a stand-in date (their ingest date) when searching.
    Buckets the window only partly covers are searched deeper until nothing they hold beyond
    what was returned could enter the top k, then filtered by each key's day.

    Each bucket starts as an :class:`ExactIndex` and is rebuilt as a :class:`UsearchIndex` once
    it holds ``upgrade_at`` vectors (a one-off ~1-2 s on that add; pass ``upgrade_at=0`` to
    start every bucket as HNSW instead), or starts as one when its first batch is that big.
    :meth:`freeze` writes buckets to disk and memory-maps them; :meth:`view` reopens that way.
    """

    def __init__(self, ndim: int = NDIM, *, bucket_days: int = BUCKET_DAYS,
                 window_days: int = WINDOW_DAYS, upgrade_at: int = EXACT_MAX) -> None:
        self.ndim = ndim
        self.bucket_days = bucket_days
        self.window_days = window_days
        self.upgrade_at = upgrade_at
        self._buckets: dict[int | None, _Bucket] = {}
        self._day: dict[int, int | None] = {}  # key -> ordinal day, for window edges and remove

    @property
    def path(self) -> Path | None:
        return None

    @property
    def writable(self) -> bool:
        return True

    def __len__(self) -> int:
        return len(self._day)

    def __contains__(self, key: object) -> bool:
        return key in self._day

    def bucket_of(self, day: Day) -> int | None:
        d = _ordinal(day)
        return None if d is None else (d - 1) // self.bucket_days

    def bucket_sizes(self) -> dict[int | None, int]:
        return {b: len(bk) for b, bk in self._buckets.items()}

    def day_of(self, key: int) -> int | None:
        """The ordinal day ``key`` was added with (None: undated)."""
        return self._day[int(key)]

    def _checked(self, keys: Sequence[int], n: int, days: Sequence[Day] | None,
                 ) -> tuple[np.ndarray, list[int | None]]:
        ks = _keys(keys, n)
        ords = [None] * len(ks) if days is None else [_ordinal(d) for d in days]
        if len(ords) != len(ks):
            raise ValueError(f"{len(ords)} days for {len(ks)} keys")
        clash = [int(k) for k in ks if int(k) in self._day]
        if clash:
            raise ValueError(f"keys already present: {clash[:5]}")
        return ks, ords

    def add(self, keys: Sequence[int], vectors: np.ndarray,
            days: Sequence[Day] | None = None) -> None:
        """Add vectors with their article dates (``None`` or omitted: undated)."""
        vecs = _unit(vectors, self.ndim)
        ks, ords = self._checked(keys, len(vecs), days)
        groups: dict[int | None, list[int]] = {}
        for i, d in enumerate(ords):
            groups.setdefault(None if d is None else (d - 1) // self.bucket_days, []).append(i)
        for b, rows in groups.items():
            bucket = self._buckets.get(b)
            if bucket is None:
                bucket = self._buckets[b] = _Bucket(
                    make_index(len(rows), self.ndim, exact_max=self.upgrade_at))
            elif (isinstance(bucket.live, ExactIndex)
                  and len(bucket.live) + len(rows) >= self.upgrade_at):
                grown = make_index(len(bucket.live) + len(rows), self.ndim,
                                   exact_max=self.upgrade_at)
                if not isinstance(grown, ExactIndex):
                    grown.add(*bucket.live.items())
                    bucket.live = grown
            bucket.live.add(ks[rows], vecs[rows])
        for k, d in zip(ks.tolist(), ords, strict=True):
            self._day[k] = d

    def attach(self, index: VectorIndex, keys: Sequence[int], days: Sequence[Day]) -> None:
        """Adopt a prebuilt index as a whole bucket: ``keys`` are its keys, ``days`` their dates.

        For bulk loads: buckets are independent, so they can be built in parallel processes
        (each on one thread, hence deterministic), saved, and attached here as memory-mapped
        views or loaded copies. All ``days`` must fall in one bucket that does not exist yet.
        """
        ks, ords = self._checked(keys, len(index), days)
        found = {None if d is None else (d - 1) // self.bucket_days for d in ords}
        if len(found) > 1:
            raise ValueError(f"days span several buckets: {sorted(found, key=str)[:5]}")
        b = found.pop() if found else None
        if b in self._buckets:
            raise ValueError(f"bucket {b} exists already")
        if index.writable:
            self._buckets[b] = _Bucket(index)
        else:
            self._buckets[b] = _Bucket(ExactIndex(self.ndim), base=index)
        for k, d in zip(ks.tolist(), ords, strict=True):
            self._day[k] = d

    def search(self, vector: np.ndarray, k: int, day: Day = None,
               window: int | None = None, *, undated: bool = True) -> list[tuple[int, float]]:
        """Top ``k`` (key, cosine) among vectors dated within ``window`` days of ``day``.

        ``undated`` also searches the articles without a date. Approximate (HNSW) inside large
        buckets, exact inside small ones.
        """
        vec = _unit(vector, self.ndim)[0]
        d = _ordinal(day)
        hits: list[tuple[int, float]] = []
        if d is None:
            for bucket in self._buckets.values():
                hits += bucket.search(vec, k)
            return _ranked(hits, k)
        w = self.window_days if window is None else window
        lo, hi = d - w, d + w
        bd = self.bucket_days
        edges = []
        for b in range((lo - 1) // bd, (hi - 1) // bd + 1):
            bucket = self._buckets.get(b)
            if bucket is None:
                continue
            if max(b * bd + 1, lo) == b * bd + 1 and min(b * bd + bd, hi) == b * bd + bd:
                hits += bucket.search(vec, k)
            else:
                edges.append(bucket)
        if undated and None in self._buckets:
            hits += self._buckets[None].search(vec, k)
        for bucket in edges:
            hits += self._edge_search(bucket, vec, k, lo, hi, hits)
        return _ranked(hits, k)

    def _edge_search(self, bucket: _Bucket, vec: np.ndarray, k: int, lo: int, hi: int,
                     hits: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """In-window neighbours of a bucket the window only partly covers.

        Asks for k, then twice as many while the last one returned could still make the top k
        (its cosine beats the k-th best found so far): usually one search of k instead of a
        fixed 7x oversample, which made edge buckets cost several times a full one.
        """
        best = sorted((c for _, c in hits), reverse=True)
        count, size = k, len(bucket)
        while True:
            found = bucket.search(vec, count)
            inside = [h for h in found if lo <= (self._day[h[0]] or lo - 1) <= hi]
            bar = sorted([*best, *(c for _, c in inside)], reverse=True)
            floor = bar[k - 1] if len(bar) >= k else -math.inf
            if count >= size or len(found) < count or found[-1][1] < floor:
                return inside
            count = min(2 * count, size)

    def remove(self, key: int) -> None:
        key = int(key)
        d = self._day.pop(key)
        bucket = self._buckets[None if d is None else (d - 1) // self.bucket_days]
        if key in bucket.live:
            bucket.live.remove(key)
        else:
            bucket.dead.add(key)

    def items(self) -> tuple[np.ndarray, np.ndarray]:
        parts = [bucket.merged().items() for bucket in self._buckets.values()]
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros((0, self.ndim), dtype=np.float32)
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    # -- disk -----------------------------------------------------------------------------------
    def _order(self) -> list[int | None]:
        return sorted(self._buckets, key=lambda b: (b is None, b or 0))

    def _write(self, root: Path, b: int | None) -> dict[str, str]:
        """Write bucket ``b`` under ``root``, unless it is already there unchanged."""
        bucket = self._buckets[b]
        if bucket.stored_in(root) and bucket.base is not None and bucket.base.path is not None:
            return {"file": bucket.base.path.name, "kind": _kind(bucket.base)}
        index = bucket.merged()
        kind = _kind(index)
        name = f"{'undated' if b is None else f'b{b}'}.{kind}"
        tmp = root / (name + ".tmp")
        index.save(tmp)
        os.replace(tmp, root / name)  # a view of the old file keeps reading the old inode
        return {"file": name, "kind": kind}

    def _mapped(self, root: Path, entry: dict[str, str]) -> _Bucket:
        return _Bucket(ExactIndex(self.ndim), base=_KINDS[entry["kind"]].view(root / entry["file"]))

    def freeze(self, path: str | os.PathLike[str], before: Day = None) -> int:
        """Write the buckets that end before ``before`` (default: all) under ``path`` and
        memory-map them, folding in what changed since they were last written.

        Releases their RAM: the OS pages them in on search and can drop them again. Returns how
        many buckets were written. :meth:`save` to the same directory makes it reopenable.
        """
        root = Path(path)
        root.mkdir(parents=True, exist_ok=True)
        cut = self.bucket_of(before)
        done = 0
        for b in self._order():
            if cut is not None and (b is None or b >= cut):
                continue
            if self._buckets[b].stored_in(root):
                continue
            self._buckets[b] = self._mapped(root, self._write(root, b))
            done += 1
        return done

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write every bucket, the key dates and a manifest under directory ``path``."""
        root = Path(path)
        root.mkdir(parents=True, exist_ok=True)
        buckets = {"undated" if b is None else str(b): self._write(root, b) for b in self._order()}
        keys = np.fromiter(self._day, dtype=np.int64, count=len(self._day))
        days = np.fromiter((_UNDATED if d is None else d for d in self._day.values()),
                           dtype=np.int64, count=len(self._day))
        np.save(root / "keys.npy", keys)
        np.save(root / "days.npy", days)
        manifest = {"format": 1, "ndim": self.ndim, "bucket_days": self.bucket_days,
                    "window_days": self.window_days, "upgrade_at": self.upgrade_at,
                    "buckets": buckets}
        (root / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")

    @classmethod
    def _open(cls, path: str | os.PathLike[str], mapped: bool) -> Self:
        root = Path(path)
        meta = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        out = cls(meta["ndim"], bucket_days=meta["bucket_days"],
                  window_days=meta["window_days"], upgrade_at=meta["upgrade_at"])
        keys = np.load(root / "keys.npy").tolist()
        days = np.load(root / "days.npy").tolist()
        out._day = {k: (None if d == _UNDATED else d) for k, d in zip(keys, days, strict=True)}
        for name, entry in meta["buckets"].items():
            b = None if name == "undated" else int(name)
            if mapped:
                out._buckets[b] = out._mapped(root, entry)
            else:
                out._buckets[b] = _Bucket(_KINDS[entry["kind"]].load(root / entry["file"]))
        return out

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Self:
        """Reopen a saved index with every bucket read into RAM."""
        return cls._open(path, mapped=False)

    @classmethod
    def view(cls, path: str | os.PathLike[str]) -> Self:
        """Reopen a saved index with every bucket memory-mapped; changes stay in RAM until
        :meth:`freeze`. Do not overwrite the directory from elsewhere while it is open."""
        return cls._open(path, mapped=True)
