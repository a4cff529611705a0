"""The ``cluster`` and ``eval`` jobs: articles in, one event/thread/lang line per article out.

Gold fields are dropped on reading (``event``, ``thread``, ``lang`` and the dev set's ``date``):
the evaluation must see only what a user's input would carry.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storywire.core import ingest
from storywire.eval.metrics import cluster_report
from storywire.model import ReadError
from storywire.nlp.embed import Encoder
from storywire.readers import ReadOptions
from storywire.store.sqlite import SQLiteStore
from storywire.stories.cluster import INDEX_AT
from storywire.stories.update import update_store

GOLD_FIELDS = frozenset({"event", "thread", "lang", "date"})


@dataclass
class ClusterOutput:
    rows: list[dict[str, str]] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


@contextlib.contextmanager
def _store(db: Path | None) -> Iterator[SQLiteStore]:
    if db is not None:
        with SQLiteStore(db) as store:
            yield store
        return
    with tempfile.TemporaryDirectory(prefix="storywire-") as tmp, SQLiteStore(
            Path(tmp) / "cluster.db") as store:
        yield store


def cluster_file(path: Path | str, *, db: Path | None = None, encoder: Encoder | None = None,
                 workers: int | None = None, index_at: int = INDEX_AT) -> ClusterOutput:
    """Cluster the articles of one JSONL file; a fresh temporary store unless ``db`` is given."""
    out = ClusterOutput()
    t0 = time.perf_counter()
    with _store(db) as store:
        report = ingest([path], store, options=ReadOptions(ignore_fields=GOLD_FIELDS),
                        workers=workers, keep_admissions=True)
        out.errors = report.errors
        out.timings["ingest"] = time.perf_counter() - t0
        out.timings |= update_store(store, encoder, index_at=index_at).timings
        events = store.events()
        members = store.memberships()
        langs = {a.id: a.lang for a in store.articles()}
        for adm in report.admissions:
            aid = adm.article_id
            eid = members[aid][0]
            thread = events[eid][0] or eid
            out.rows.append({"id": adm.requested or aid, "event": eid, "thread": thread,
                             "lang": langs.get(aid) or "und"})
    out.timings["total"] = time.perf_counter() - t0
    return out


def _gold(path: Path | str) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                with contextlib.suppress(json.JSONDecodeError):
                    rows.append(json.loads(line))
    return rows


def evaluate(path: Path | str, *, encoder: Encoder | None = None,
             index_at: int = INDEX_AT) -> dict[str, Any]:
    """Event- and thread-level BCubed and pairwise scores, cluster counts, language-ID accuracy.

    ``index_at=0`` runs the clusterer as it runs at scale (vector index, one search per article).
    """
    gold = {str(r["id"]): r for r in _gold(path) if "id" in r}
    result = cluster_file(path, encoder=encoder, index_at=index_at)
    pred = {r["id"]: r for r in result.rows}
    scored = [i for i in gold if i in pred and gold[i].get("event")]
    report: dict[str, Any] = {"articles": len(gold), "clustered": len(pred),
                              "errors": [str(e) for e in result.errors]}
    for level in ("event", "thread"):
        g = {i: gold[i][level] for i in scored if gold[i].get(level)}
        p = {i: pred[i][level] for i in g}
        report[level] = cluster_report(g, p)
    with_lang = [i for i in gold if i in pred and gold[i].get("lang")]
    correct = sum(1 for i in with_lang if pred[i]["lang"] == gold[i]["lang"])
    report["language"] = {"accuracy": round(correct / len(with_lang), 4) if with_lang else None,
                          "correct": correct, "total": len(with_lang),
                          "errors": [(i, gold[i]["lang"], pred[i]["lang"]) for i in with_lang
                                     if pred[i]["lang"] != gold[i]["lang"]]}
    report["timings"] = {k: round(v, 2) for k, v in result.timings.items()}
    report["articles_per_second"] = round(len(pred) / result.timings["total"], 2)
    return report
