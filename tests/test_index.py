"""Vector indexes for the clusterer's candidate search: exact vs HNSW agreement, time window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from storywire.stories.index import (
    ExactIndex,
    TimeBucketedIndex,
    UsearchIndex,
    VectorIndex,
    make_index,
)

pytest.importorskip("usearch")

NDIM = 384
START = dt.date(2024, 1, 1).toordinal()


def clustered(n: int, seed: int = 0, topics: int | None = None) -> np.ndarray:
    """News-like unit vectors: a shared direction, themes, topics of ~20, per-article noise."""
    rng = np.random.default_rng(seed)

    def unit(m: int) -> np.ndarray:
        x = rng.standard_normal((m, NDIM), dtype=np.float32)
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    topics = topics or max(1, n // 20)
    common, themes, centres = unit(1)[0], unit(max(1, topics // 25)), unit(topics)
    theme_of = rng.integers(0, len(themes), topics)
    topic = rng.integers(0, topics, n)
    noise = rng.uniform(0.3, 0.6, (n, 1)).astype(np.float32)
    v = 0.4 * common + 0.5 * themes[theme_of[topic]] + 0.6 * centres[topic] + noise * unit(n)
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def data() -> np.ndarray:
    return clustered(3_050, seed=1)


@pytest.fixture(scope="module")
def hnsw(data: np.ndarray) -> UsearchIndex:
    index = UsearchIndex()
    index.add(np.arange(3_000), data[:3_000])
    return index


@pytest.fixture(scope="module")
def exact(data: np.ndarray) -> ExactIndex:
    index = ExactIndex()
    index.add(np.arange(3_000), data[:3_000])
    return index


def brute(vectors: np.ndarray, keys: np.ndarray, query: np.ndarray, k: int) -> list[int]:
    sims = vectors @ query
    order = np.lexsort((keys, -sims))[:k]
    return keys[order].tolist()


# -- flat indexes ----------------------------------------------------------------------------------
def test_exact_index_is_exact_and_ordered(data: np.ndarray, exact: ExactIndex) -> None:
    for q in data[3_000:3_010]:
        hits = exact.search(q, 40)
        assert [k for k, _ in hits] == brute(data[:3_000], np.arange(3_000), q, 40)
        cos = [c for _, c in hits]
        assert cos == sorted(cos, reverse=True)
    assert exact.search(data[7], 1)[0][0] == 7
    assert exact.search(data[7], 1)[0][1] == pytest.approx(1.0, abs=1e-5)


def test_usearch_agrees_with_exact(data: np.ndarray, exact: ExactIndex,
                                   hnsw: UsearchIndex) -> None:
    recalls = []
    for q in data[3_000:]:
        truth = dict(exact.search(q, 40))
        found = dict(hnsw.search(q, 40))
        recalls.append(len(truth.keys() & found.keys()) / 40)
        for key in truth.keys() & found.keys():
            assert found[key] == pytest.approx(truth[key], abs=2e-3)  # f16 rounding
    assert np.mean(recalls) >= 0.95


def test_usearch_is_deterministic(data: np.ndarray, hnsw: UsearchIndex) -> None:
    again = UsearchIndex()
    for start in range(0, 3_000, 1_000):  # batches or not, same order gives the same graph
        again.add(np.arange(start, start + 1_000), data[start : start + 1_000])
    for q in data[3_000:3_020]:
        assert again.search(q, 40) == hnsw.search(q, 40)


@pytest.mark.parametrize("kind", [ExactIndex, UsearchIndex])
def test_remove(kind: type[ExactIndex] | type[UsearchIndex], data: np.ndarray) -> None:
    index = kind()
    index.add(np.arange(200), data[:200])
    index.remove(5)
    index.remove(199)  # last row: nothing to move
    assert len(index) == 198 and 5 not in index and 6 in index
    assert 5 not in [k for k, _ in index.search(data[5], 10)]
    assert index.search(data[6], 1)[0][0] == 6
    with pytest.raises(KeyError):
        index.remove(5)
    with pytest.raises(ValueError):
        index.add([6], data[6])  # keys are unique
    index.add([5], data[5])  # a removed key can come back
    assert index.search(data[5], 1)[0][0] == 5


@pytest.mark.parametrize("kind", [ExactIndex, UsearchIndex])
def test_save_view_round_trip(kind: type[ExactIndex] | type[UsearchIndex], data: np.ndarray,
                              tmp_path: Path) -> None:
    index = kind()
    index.add(np.arange(500) * 3, data[:500])
    index.remove(3)
    index.save(tmp_path / "i")
    mapped, loaded = kind.view(tmp_path / "i"), kind.load(tmp_path / "i")
    assert isinstance(mapped, VectorIndex)
    assert mapped.path == tmp_path / "i" and not mapped.writable and loaded.writable
    for q in data[3_000:3_010]:
        assert mapped.search(q, 20) == index.search(q, 20) == loaded.search(q, 20)
    with pytest.raises(ValueError, match="read-only"):
        mapped.add([1], data[1])
    with pytest.raises(ValueError, match="read-only"):
        mapped.remove(0)
    loaded.add([1], data[1])
    assert len(loaded) == 500 and 1 in loaded and 3 not in loaded


def test_make_index_crossover() -> None:
    assert isinstance(make_index(100), ExactIndex)
    assert isinstance(make_index(1_000_000), UsearchIndex)


# -- time buckets ----------------------------------------------------------------------------------
def dated(n: int, seed: int = 2, span: int = 200) -> tuple[np.ndarray, np.ndarray]:
    days = START + np.random.default_rng(seed).integers(0, span, n)
    return clustered(n, seed=seed), days


def in_window(vectors: np.ndarray, days: np.ndarray, q: np.ndarray, day: int, w: int,
              k: int) -> list[int]:
    mask = np.abs(days - day) <= w
    return brute(vectors[mask], np.flatnonzero(mask), q, k)


def test_bucketed_search_stays_in_window_and_is_exact_with_exact_buckets() -> None:
    vecs, days = dated(2_000)
    index = TimeBucketedIndex()  # small buckets: all exact
    index.add(np.arange(2_000), vecs, days.tolist())
    assert len(index.bucket_sizes()) == len({(d - 1) // 7 for d in days})
    for i in range(50):
        q, day = vecs[i], int(days[i]) + (i % 5) - 2
        hits = index.search(q, 40, day=day)
        assert all(abs(index.day_of(k) - day) <= 30 for k, _ in hits)  # type: ignore[operator]
        assert [k for k, _ in hits] == in_window(vecs, days, q, day, 30, 40)
        narrow = index.search(q, 40, day=day, window=3)
        assert [k for k, _ in narrow] == in_window(vecs, days, q, day, 3, 40)


def test_bucketed_usearch_recall_in_window() -> None:
    vecs, days = dated(3_000, span=60)
    index = TimeBucketedIndex(upgrade_at=0)  # every bucket HNSW
    index.add(np.arange(3_000), vecs, days.tolist())
    recalls = []
    for i in range(40):
        day = int(days[i])
        truth = in_window(vecs, days, vecs[i], day, 10, 40)
        found = [k for k, _ in index.search(vecs[i], 40, day=day, window=10)]
        assert all(abs(days[k] - day) <= 10 for k in found)
        recalls.append(len(set(truth) & set(found)) / len(truth))
    assert np.mean(recalls) >= 0.95


def test_undated_articles_are_close_to_everything() -> None:
    vecs, days = dated(300)
    index = TimeBucketedIndex()
    index.add(np.arange(290), vecs[:290], days[:290].tolist())
    index.add([290, 291], vecs[290:292])  # undated
    far = int(days.max()) + 365
    assert {k for k, _ in index.search(vecs[290], 5, day=far)} == {290, 291}
    assert [k for k, _ in index.search(vecs[291], 1, day=far, undated=False)] == []
    everything = index.search(vecs[0], 300)  # no query date: every bucket
    assert len(everything) == 292
    assert index.search(vecs[3], 1, day=dt.date.fromordinal(int(days[3])))[0][0] == 3


def test_bucket_upgrades_to_hnsw_and_remove() -> None:
    vecs, days = dated(400, span=5)
    index = TimeBucketedIndex(upgrade_at=100)
    for i in range(400):
        index.add([i], vecs[i], [int(days[i])])
    assert any(isinstance(b.live, UsearchIndex) for b in index._buckets.values())
    index.remove(10)
    assert 10 not in index and len(index) == 399
    assert 10 not in [k for k, _ in index.search(vecs[10], 40, day=int(days[10]))]
    assert index.search(vecs[11], 1, day=int(days[11]))[0][0] == 11


def test_bucketed_save_view_freeze(tmp_path: Path) -> None:
    vecs, days = dated(1_500)
    index = TimeBucketedIndex(upgrade_at=400)  # a mix of exact and HNSW buckets
    index.add(np.arange(1_000), vecs[:1_000], days[:1_000].tolist())
    index.add(np.arange(1_000, 1_300), vecs[1_000:1_300], [int(days[1_000])] * 300)
    index.add([1_300], vecs[1_300])
    index.save(tmp_path / "idx")
    queries = [(vecs[i], int(days[i])) for i in range(0, 1_000, 50)]
    before = [index.search(q, 30, day=d) for q, d in queries]

    mapped = TimeBucketedIndex.view(tmp_path / "idx")
    assert len(mapped) == 1_301 and mapped.day_of(1_300) is None
    assert mapped.day_of(7) == days[7]
    assert all(not b.base.writable for b in mapped._buckets.values() if b.base)
    assert [mapped.search(q, 30, day=d) for q, d in queries] == before
    loaded = TimeBucketedIndex.load(tmp_path / "idx")
    assert [loaded.search(q, 30, day=d) for q, d in queries] == before

    # changes to a mapped index stay in RAM, then freeze folds them into the files
    mapped.add(np.arange(1_301, 1_500), vecs[1_301:1_500], days[1_301:1_500].tolist())
    mapped.remove(0)
    assert 0 not in [k for k, _ in mapped.search(vecs[0], 30, day=int(days[0]))]
    assert mapped.search(vecs[1_400], 1, day=int(days[1_400]))[0][0] == 1_400
    after = [mapped.search(q, 30, day=d) for q, d in queries]
    assert mapped.freeze(tmp_path / "idx") > 0
    assert mapped.freeze(tmp_path / "idx") == 0  # nothing changed since
    mapped.save(tmp_path / "idx")
    again = TimeBucketedIndex.view(tmp_path / "idx")
    assert len(again) == 1_499 and 0 not in again
    for (q, d), hits in zip(queries, after, strict=True):
        # same neighbours; a rewritten bucket may round a cosine's last float32 bit differently
        found = again.search(q, 30, day=d)
        assert [k for k, _ in found] == [k for k, _ in hits]
        assert [c for _, c in found] == pytest.approx([c for _, c in hits], abs=1e-6)


def test_freeze_old_buckets_only(tmp_path: Path) -> None:
    vecs, days = dated(600)
    index = TimeBucketedIndex()
    index.add(np.arange(600), vecs, days.tolist())
    cut = START + 100
    index.freeze(tmp_path, before=cut)
    for b, bucket in index._buckets.items():
        assert (bucket.base is not None) == (b is not None and b < index.bucket_of(cut))
    hits = index.search(vecs[5], 40, day=int(days[5]))
    assert [k for k, _ in hits] == in_window(vecs, days, vecs[5], int(days[5]), 30, 40)


def test_attach_prebuilt_buckets(tmp_path: Path) -> None:
    vecs = clustered(300, seed=4)
    monday = dt.date(2024, 3, 4)  # buckets are ISO weeks
    week = [monday + dt.timedelta(days=i % 7) for i in range(300)]
    built = UsearchIndex()
    built.add(np.arange(300), vecs)
    built.save(tmp_path / "w.usearch")
    index = TimeBucketedIndex()
    index.attach(UsearchIndex.view(tmp_path / "w.usearch"), np.arange(300), week)
    other = ExactIndex()
    other.add([900, 901], vecs[:2])
    with pytest.raises(ValueError, match="exists"):
        index.attach(other, [900, 901], [monday, monday])
    with pytest.raises(ValueError, match="several"):
        index.attach(other, [900, 901], [monday, monday + dt.timedelta(days=7)])
    index.add([300], vecs[0], [monday])  # goes beside the read-only base
    assert {k for k, _ in index.search(vecs[0], 2, day=monday)} == {0, 300}
