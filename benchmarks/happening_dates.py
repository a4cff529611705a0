"""How well :func:`storywire.nlp.dates.happening_date` finds the day an article's news happened.

Run: ``python benchmarks/happening_dates.py [path/to/dev.jsonl] [--all-misses]``. The dev set is
read where it lives (``../shared/data/dev``), never copied. Gold: the date prefix of each
article's ``event`` label (``2025-11-23-geneva-us-ukraine-talks``). Articles whose text starts
with a `` date YYYY-MM-DD`` header give the publication date; the header is stripped before
analysis, as the pipeline's metadata parser does. The baseline answers the publication date.
Articles without a header are scored too, from their text alone (no publication date). The
gold ``lang`` is passed, so language-ID errors do not enter these figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
from pathlib import Path

from storywire.nlp.dates import find_dates, happening_date

DEV = Path(__file__).resolve().parents[1].parent / "shared/data/dev/dev.jsonl"
HEADER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})(?:[ \t]+[A-Za-z]{2}(?=\s|$))*")


def split_header(text: str) -> tuple[dt.date | None, str]:
    """(publication date, text without its header)."""
    match = HEADER.match(text)
    if not match:
        return None, text
    return dt.date.fromisoformat(match.group(1)), text[match.end() :].strip()


def rate(hits: int, total: int) -> str:
    return f"{hits / total:.1%} ({hits}/{total})" if total else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="?", type=Path, default=DEV)
    parser.add_argument("--all-misses", action="store_true", help="also list ±1-day misses")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line]

    dated = exact = near = base_exact = base_near = 0
    undated = u_found = u_exact = u_near = 0
    misses: list[str] = []
    for row in rows:
        gold = dt.date.fromisoformat(row["event"][:10])
        published, text = split_header(row["text"])
        guess, reason = happening_date(text, row["lang"], published)
        ok = guess == gold
        close = guess is not None and abs((guess - gold).days) <= 1
        if published is None:
            undated += 1
            u_found += guess is not None
            u_exact += ok
            u_near += close
            continue
        dated += 1
        exact += ok
        near += close
        base_exact += published == gold
        base_near += abs((published - gold).days) <= 1
        if not ok and (args.all_misses or not close or published == gold):
            lost = " (baseline right)" if published == gold else ""
            misses.append(f"  {row['id']:<6} {row['lang']} published {published} gold {gold} "
                          f"guess {guess}{lost}: {reason}")

    print(f"articles with a publication date: {dated}")
    print(f"  happening_date   exact {rate(exact, dated)}   within 1 day {rate(near, dated)}")
    print(f"  publication date exact {rate(base_exact, dated)}   "
          f"within 1 day {rate(base_near, dated)}")
    print(f"articles without one: {undated}; a date found for {rate(u_found, undated)}; "
          f"exact {rate(u_exact, undated)}, within 1 day {rate(u_near, undated)} of all")
    print(f"misses ({'all' if args.all_misses else 'wrong by > 1 day, or baseline right'}):")
    print("\n".join(misses) or "  none")

    # speed on 1,500-character articles (the dev excerpts average about 1,070)
    texts = [(split_header(r["text"]), r["lang"]) for r in rows]
    samples = [((p, (t * 3)[:1500]), lang) for (p, t), lang in texts]
    for (published, text), lang in samples[:20]:  # warm the per-language pattern cache
        happening_date(text, lang, published)
        find_dates(text, lang, published)
    for name, fn in (("happening_date", happening_date), ("find_dates (whole text)", find_dates)):
        timings = []
        for (published, text), lang in samples:
            start = time.perf_counter()
            fn(text, lang, published)
            timings.append(time.perf_counter() - start)
        timings.sort()
        print(f"{name}: mean {statistics.mean(timings) * 1e3:.3f} ms, "
              f"p95 {timings[int(len(timings) * 0.95)] * 1e3:.3f} ms per 1,500-char article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
