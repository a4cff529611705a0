"""Language identification on the dev set: accuracy, errors, speed, start-up time and memory.

Run: ``python benchmarks/langid_eval.py [path/to/dev.jsonl]``. The dev set is read where it
lives (``../shared/data/dev``), never copied. No hints are passed: the ``lang`` field is the gold
label, and the identifier must reach it from the text alone. Texts start with a metadata header
(`` date 2025-11-21 ua en ru``) that the pipeline's metadata parser strips; it is stripped here
the same way. "Opening line" scores each text's first line of at least 20 characters, and
"titles" the titles the pipeline's metadata parser finds: the dev set has no title field.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from storywire.nlp.language import LanguageIdentifier

DEV = Path(__file__).resolve().parents[1].parent / "shared/data/dev/dev.jsonl"
HEADER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}(?:[ \t]+(?:[A-Z]{2}|[a-z]{2})(?=\s|$))*")


def strip_header(text: str) -> str:
    """The text without its `` date YYYY-MM-DD`` header and the language codes after it."""
    return HEADER.sub("", text, count=1).strip()


def opening_line(text: str) -> str:
    """The first line long enough to be a headline (else the first 60 characters)."""
    return next((ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 20), text[:60])


def parsed_titles(rows: Sequence[dict]) -> list[tuple[str, str, str]] | None:
    """(id, gold, title) for each text whose title the pipeline's metadata parser finds."""
    try:
        from storywire.readers.metadata import parse_text
    except ImportError:
        return None
    found = ((r["id"], r["lang"], parse_text(r["text"]).title) for r in rows)
    return [(i, g, t) for i, g, t in found if t]


def evaluate(
    name: str, ids: Sequence[str], gold: Sequence[str], texts: Sequence[str],
    detect: Callable[[str], str | None],
) -> float:
    """Prints accuracy, errors and their confusion for one view of the texts; returns accuracy."""
    start = time.perf_counter()
    predicted = [detect(t) for t in texts]
    elapsed = time.perf_counter() - start
    errors = [(i, g, p) for i, g, p in zip(ids, gold, predicted, strict=True) if g != p]
    accuracy = 1 - len(errors) / len(texts)
    mean_chars = sum(map(len, texts)) / len(texts)
    print(f"\n{name}: accuracy {accuracy:.4f} ({len(texts) - len(errors)}/{len(texts)}), "
          f"{elapsed / len(texts) * 1000:.3f} ms/text, mean {mean_chars:.0f} chars")
    wrong = Counter(g for _, g, _ in errors)
    print("  per language (right/total): " + ", ".join(
        f"{lang} {n - wrong[lang]}/{n}" for lang, n in Counter(gold).most_common()))
    if errors:
        confusion = Counter((g, p) for _, g, p in errors)
        print("  confusion (gold -> predicted): "
              + ", ".join(f"{g}->{p} x{n}" for (g, p), n in confusion.most_common()))
        for i, g, p in errors:
            print(f"  {i}: gold {g}, predicted {p}")
    return accuracy


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="?", type=Path, default=DEV)
    parser.add_argument("--repeat", type=int, default=5, help="timing passes over the full texts")
    args = parser.parse_args(argv)

    rows = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    ids = [r["id"] for r in rows]
    gold = [r["lang"] for r in rows]
    texts = [strip_header(r["text"]) for r in rows]
    print(f"{len(rows)} texts; gold: "
          + ", ".join(f"{k} {v}" for k, v in Counter(gold).most_common()))

    start = time.perf_counter()
    identifier = LanguageIdentifier()
    identifier.preload()
    load = time.perf_counter() - start
    print(f"load time (construct + preload): {load:.2f} s")

    detect = identifier.detect
    full = evaluate("full text", ids, gold, texts, detect)
    evaluate("first 60 characters", ids, gold, [t[:60] for t in texts], detect)
    evaluate("opening line", ids, gold, [opening_line(t) for t in texts], detect)
    titles = parsed_titles(rows)
    if titles:
        t_ids, t_gold, t_texts = (list(x) for x in zip(*titles, strict=True))
        evaluate("titles (found by the metadata parser)", t_ids, t_gold, t_texts, detect)
    else:
        print("\ntitles: skipped (storywire.readers.metadata unavailable or found none)")

    timings, cpu = [], []
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            detect(text)
        timings.append((time.perf_counter() - start) / len(texts))
        cpu.append((time.process_time() - start_cpu) / len(texts))
    mean_chars = sum(map(len, texts)) / len(texts)
    print(f"\nspeed, full texts (mean {mean_chars:.0f} chars): wall best "
          f"{min(timings) * 1000:.3f} / median {sorted(timings)[len(timings) // 2] * 1000:.3f} "
          f"ms/article, CPU best {min(cpu) * 1000:.3f} ms/article")
    long_texts = [t * (1 + 1500 // max(len(t), 1)) for t in texts]
    start = time.perf_counter()
    for text in long_texts:
        detect(text)
    print(f"speed, texts repeated to >= 1,500 chars: "
          f"{(time.perf_counter() - start) / len(texts) * 1000:.3f} ms/article")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak RSS: {peak:.0f} MB")
    return 0 if full >= 0.99 else 1


if __name__ == "__main__":
    sys.exit(main())
