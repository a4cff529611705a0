"""Ingest + language-ID throughput on >= 10,000 articles (the dev set replicated).

Each copy gets its own id and a distinct marker sentence, so copies are near duplicates of the
original rather than exact ones, and the near-duplicate detector's links are counted.

    python benchmarks/bench_ingest.py [--copies 40] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from storywire import LanguageIdentifier, SQLiteStore, ingest
from storywire.pipeline import build, default_stages

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "dev.jsonl"


def replicate(out: Path, copies: int) -> int:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for c in range(copies):
            for row in rows:
                text = row["text"] + f"\n\nBenchmark marker {c}/{row['id']}: replica {c}."
                url = urlsplit(row["url"])
                query = f"{url.query}&copy={c}" if url.query else f"copy={c}"
                rec = {"id": f"{row['id']}#{c}", "url": urlunsplit(url._replace(query=query)),
                       "text": text}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.jsonl"
        total = replicate(src, args.copies)
        db = args.db or Path(tmp) / "bench.db"

        t0 = time.perf_counter()
        ident = LanguageIdentifier()
        ident.detect("warm-up: загрузка моделей")
        load = time.perf_counter() - t0

        pipeline = build(default_stages(ident))
        t0 = time.perf_counter()
        with SQLiteStore(db) as store:
            report = ingest([src], store, pipeline=pipeline)
            stats = store.stats()
        elapsed = time.perf_counter() - t0

        # language ID alone, on the same articles, to show its share of the cost
        from storywire.readers import read_paths

        arts = [a for a in read_paths([src]) if not hasattr(a, "reason")][:5000]
        stage = default_stages(ident)[-1]
        t0 = time.perf_counter()
        stage.process(arts)
        lang_rate = len(arts) / (time.perf_counter() - t0)

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:            {total}")
    print(f"outcomes:            {report.summary()}")
    print(f"near-duplicate links:{stats['near_duplicates']:>7} "
          f"(expected {total - total // args.copies} copies of {total // args.copies} originals)")
    print(f"ingest + lang-ID:    {total / elapsed:8.1f} articles/s ({elapsed:.1f} s)")
    print(f"language ID alone:   {lang_rate:8.1f} articles/s")
    print(f"language model load: {load:8.2f} s")
    print(f"peak RSS:            {rss:8.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
