"""The main jobs, as plain functions: ingest inputs into a store, then run the processing stages."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from storywire.admit import Admission, Outcome, admit
from storywire.dedup import Fingerprint, fingerprint
from storywire.model import Article, ReadError
from storywire.pipeline import Pipeline, build
from storywire.readers import Item, ReadOptions, iter_items, materialise
from storywire.store.base import Store

BATCH = 200
#: below this much input, starting worker processes (each loads its models) costs more than it saves
PARALLEL_MIN_BYTES = 2 * 1024 * 1024

Prepared = tuple[Article, Fingerprint] | ReadError


@dataclass
class IngestReport:
    """What an ingest did: counts per outcome, the failures, and each article's admission."""

    counts: Counter[str] = field(default_factory=Counter)
    errors: list[ReadError] = field(default_factory=list)
    admissions: list[Admission] = field(default_factory=list)

    @property
    def ingested(self) -> int:
        return sum(self.counts[o.value] for o in Outcome)

    @property
    def exit_code(self) -> int:
        """0 when anything was ingested or nothing failed; 1 when every input failed."""
        return 1 if self.errors and not self.ingested else 0

    def summary(self) -> str:
        parts = [f"{self.counts[o.value]} {o.value}" for o in Outcome]
        return ", ".join(parts) + f", {len(self.errors)} failed"


# -- preparation: all per-article work that needs no store, run in worker processes --------------
_worker: tuple[Pipeline, ReadOptions] | None = None


def _init_worker(pipeline: Pipeline | None, options: ReadOptions) -> None:
    global _worker
    _worker = (pipeline or build(), options)


def _prepare_chunk(items: list[Item]) -> list[Prepared]:
    assert _worker is not None
    return prepare(items, *_worker)


def prepare(items: list[Item], pipeline: Pipeline, options: ReadOptions) -> list[Prepared]:
    """Read, run the stages on, and fingerprint a chunk of items, keeping their order."""
    out: list[Prepared] = []
    articles: list[Article] = []
    for item in items:
        for got in materialise(item, options):
            (out.append if isinstance(got, ReadError) else articles.append)(got)
    kept, errors = pipeline.process(articles)
    out.extend(errors)
    out.extend((art, fingerprint(art.text)) for art in kept)
    return out


def _chunks(items: Iterator[Item | ReadError], size: int) -> Iterator[list[Item | ReadError]]:
    while chunk := list(islice(items, size)):
        yield chunk


def auto_workers(paths: Iterable[str | Path]) -> int:
    """One process for small inputs, every core for large ones (stdin counts as large)."""
    total = 0
    for p in paths:
        if str(p) == "-":
            return os.cpu_count() or 1
        path = Path(p)
        try:
            files = path.rglob("*") if path.is_dir() else [path]
            total += sum(f.stat().st_size for f in files if f.is_file())
        except OSError:
            continue
        if total >= PARALLEL_MIN_BYTES:
            return os.cpu_count() or 1
    return 1


def _prepared(
    paths: Iterable[str | Path], pipeline: Pipeline, options: ReadOptions, workers: int,
    shipped: Pipeline | None = None,
) -> Iterator[list[Prepared]]:
    """Prepared articles in input order, chunk by chunk, from this process or a worker pool.

    Workers build the default pipeline themselves unless ``shipped`` (a custom, picklable one)
    is given.
    """
    chunks = _chunks(iter_items(paths, options), 32)

    def split(chunk: list[Item | ReadError]) -> tuple[list[Item], list[ReadError]]:
        items = [c for c in chunk if isinstance(c, Item)]
        return items, [c for c in chunk if isinstance(c, ReadError)]

    if workers <= 1:
        for chunk in chunks:
            items, errors = split(chunk)
            yield [*errors, *prepare(items, pipeline, options)]
        return
    # spawn, not fork: a parent that already runs OpenMP threads (the embedding model) can leave a
    # forked child waiting forever on a lock it copied mid-use
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(shipped, options)) as pool:
        pending: list[list[ReadError]] = []

        def items_only() -> Iterator[list[Item]]:
            for chunk in chunks:
                items, errors = split(chunk)
                pending.append(errors)
                yield items

        for result in pool.imap(_prepare_chunk, items_only()):
            yield [*pending.pop(0), *result]


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    options: ReadOptions | None = None,
    pipeline: Pipeline | None = None,
    workers: int | None = None,
    on_progress: Callable[[int], None] | None = None,
    keep_admissions: bool = False,
) -> IngestReport:
    """Read, enrich and store every article under ``paths``.

    Reading, the stages and fingerprinting run in ``workers`` processes (``None``: decided from
    the input size; a custom ``pipeline`` must then be picklable); admission runs here, in
    input order, so results do not depend on the number of workers. Each batch is one
    transaction and each article a savepoint inside it: a bad article costs only itself, and a
    killed process loses at most the batch in flight, which a re-run re-ingests (admission
    makes re-ingesting what is stored a no-op).
    """
    paths = list(paths)
    options = options or ReadOptions()
    shipped = pipeline
    pipeline = pipeline or build()
    workers = auto_workers(paths) if workers is None else workers
    report = IngestReport()
    batch: list[tuple[Article, Fingerprint]] = []

    def flush() -> None:
        with store.transaction():
            for art, fp in batch:
                try:
                    with store.transaction():
                        adm = admit(store, art, fp)
                except Exception as exc:  # a storage problem with one article, not the batch
                    report.errors.append(ReadError(art.location, f"cannot store: {exc}"))
                    continue
                report.counts[adm.outcome.value] += 1
                if keep_admissions:
                    report.admissions.append(adm)
        if on_progress:
            on_progress(len(batch))
        batch.clear()

    for chunk in _prepared(paths, pipeline, options, workers, shipped):
        for got in chunk:
            if isinstance(got, ReadError):
                report.errors.append(got)
                if on_progress:
                    on_progress(1)
            else:
                batch.append(got)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    report.counts["failed"] = len(report.errors)
    return report
