"""Cost of the knowledge stages per article, next to clustering, on the dev set.

Runs the whole pipeline on a fresh store (ingest, cluster, knowledge) and prints each stage's
time; then times the extractors alone over the same articles with everything loaded (steady
state), per extractor, and entity linking of every article from scratch.

    python benchmarks/bench_knowledge.py [--input ../shared/data/dev/dev.jsonl]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from storywire import SQLiteStore, ingest
from storywire.nlp.entities import detect_mentions
from storywire.nlp.figures import find_figures
from storywire.nlp.happenings import find_happenings
from storywire.nlp.quotes import find_quotes
from storywire.stories.canon import EntityLinker
from storywire.stories.knowledge import knowledge_store
from storywire.stories.service import cluster_store

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, default=DEV)
    args = ap.parse_args()
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "k.db")
        t0 = time.perf_counter()
        ingest([args.input], store)
        t_ingest = time.perf_counter() - t0
        t0 = time.perf_counter()
        cluster_store(store)
        t_cluster = time.perf_counter() - t0
        t0 = time.perf_counter()
        rep = knowledge_store(store)
        t_know = time.perf_counter() - t0
        arts = list(store.articles())
        n = len(arts)
        print(f"\n-- one run on a fresh store, {n} articles (models loaded on the way) --")
        print(f"ingest {t_ingest:6.1f} s   cluster {t_cluster:6.1f} s   knowledge {t_know:6.1f} s"
              f" (extract {rep.timings['extract']:.1f}, link {rep.timings['link']:.1f})")
        print(f"knowledge adds {t_know / (t_ingest + t_cluster):.2f}x to ingest+cluster; "
              f"end to end {n / (t_ingest + t_cluster + t_know):.1f} articles/s")

        per: dict[str, list[float]] = {"mentions": [], "figures": [], "quotes": [],
                                       "happenings": []}
        linker, mentions_of = EntityLinker(), {}
        for a in arts:
            lang = a.lang or "und"
            t0 = time.perf_counter()
            ms = detect_mentions(a.text, lang, title=a.title)
            t1 = time.perf_counter()
            figs = find_figures(a.text, lang, ref=a.published)
            t2 = time.perf_counter()
            body = [m for m in ms if m.field == "text"]
            find_quotes(a.text, lang, body)
            t3 = time.perf_counter()
            find_happenings(a.text, lang, a.published, figures=figs, mentions=body)
            t4 = time.perf_counter()
            for k, took in zip(per, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                per[k].append(took)
            mentions_of[a.id] = (lang, ms)
        t0 = time.perf_counter()
        for aid, (lang, ms) in mentions_of.items():
            linker.add(aid, lang, ms)
        t_link = time.perf_counter() - t0
        total = sum(sum(v) for v in per.values()) + t_link
        print(f"\n-- steady state (everything loaded), {n} articles --")
        for k, v in per.items():
            ms_ = np.asarray(v) * 1e3
            print(f"{k:11} mean {ms_.mean():6.2f} ms   p95 {np.percentile(ms_, 95):6.2f} ms")
        print(f"{'linking':11} mean {t_link / n * 1e3:6.2f} ms")
        print(f"all knowledge: {total / n * 1e3:.1f} ms/article = {n / total:.0f} articles/s")


if __name__ == "__main__":
    main()
