"""The main jobs, as plain functions: ingest inputs into a store, then run the processing stages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from storywire.admit import Admission, Outcome, admit
from storywire.model import Article, ReadError
from storywire.pipeline import Pipeline, build
from storywire.readers import ReadOptions, read_paths
from storywire.store.base import Store

BATCH = 200


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


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    options: ReadOptions | None = None,
    pipeline: Pipeline | None = None,
    on_progress: Callable[[int], None] | None = None,
    keep_admissions: bool = False,
) -> IngestReport:
    """Read, enrich and store every article under ``paths``.

    Each batch is one transaction and each article a savepoint inside it: a bad article costs only
    itself, and a killed process loses at most the batch in flight, which a re-run re-ingests
    (admission makes re-ingesting a no-op for what is already stored).
    """
    pipeline = pipeline or build()
    report = IngestReport()
    batch: list[Article] = []

    def flush() -> None:
        articles, errors = pipeline.process(batch)
        report.errors.extend(errors)
        with store.transaction():
            for art in articles:
                try:
                    with store.transaction():
                        adm = admit(store, art)
                except Exception as exc:  # a storage problem with one article, not the batch
                    report.errors.append(ReadError(art.location, f"cannot store: {exc}"))
                    continue
                report.counts[adm.outcome.value] += 1
                if keep_admissions:
                    report.admissions.append(adm)
        if on_progress:
            on_progress(len(batch))
        batch.clear()

    for item in read_paths(paths, options):
        if isinstance(item, ReadError):
            report.errors.append(item)
            if on_progress:
                on_progress(1)
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    report.counts["failed"] = len(report.errors)
    return report
