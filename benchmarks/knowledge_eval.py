"""Entity mentions, canonical entities and quotes against the hand-made gold, per language.

Ingests the gold's articles (dev-set rows and the seeds, read from ../shared) into a temporary
store, runs whichever knowledge stages exist and prints the figures of
:mod:`storywire.eval.knowledge`. A stage whose module is not there yet is skipped with a message.

    python benchmarks/knowledge_eval.py                 # everything that exists
    python benchmarks/knowledge_eval.py --json          # the same as one JSON object
    python benchmarks/knowledge_eval.py --part canon    # canonicalisation only (gold spans fed)
    python benchmarks/knowledge_eval.py --gold tests/data/knowledge_heldout.jsonl  # held-out set

Parts: ``mentions`` (detect_mentions), ``linked`` (linker over the system's own mentions),
``canon`` (linker over the gold spans: canonicalisation alone), ``quotes`` (find_quotes over the
system's mentions), ``quotes-gold`` (find_quotes over the gold spans: quotes alone).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storywire.eval.knowledge import OVERALL
from storywire.eval.knowledge_run import PARTS, run

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
GOLD = REPO / "tests" / "data" / "knowledge_gold.jsonl"


def _table(title: str, rows: dict[str, dict], cols: list[tuple[str, Callable[[dict], Any]]]) -> str:
    langs = sorted(rows, key=lambda k: (k == OVERALL, k))
    head = f"{'lang':<5}" + "".join(f"{name:>11}" for name, _ in cols)
    lines = [f"\n{title}", head]
    for lang in langs:
        cells = "".join(f"{fmt(rows[lang])!s:>11}" for _, fmt in cols)
        lines.append(f"{lang:<5}{cells}")
    return "\n".join(lines)


def render(report: dict[str, Any]) -> str:
    out = [_table("gold", report["gold"], [
        ("articles", lambda r: r["articles"]), ("mentions", lambda r: r["mentions"]),
        ("entities", lambda r: r["entities"]), ("quotes", lambda r: r["quotes"]),
        ("direct", lambda r: r["quotes_direct"]), ("speaker", lambda r: r["quotes_with_speaker"]),
    ])]
    if report["gold_problems"]:
        out.append("gold problems:\n  " + "\n  ".join(report["gold_problems"]))
    if "mentions" in report:
        out.append(_table(
            f"mentions (detect_mentions, {report['mentions_ms_per_article']} ms/article)",
            report["mentions"], [
                ("gold", lambda r: r["gold"]), ("system", lambda r: r["system"]),
                ("P", lambda r: r["exact"]["precision"]), ("R", lambda r: r["exact"]["recall"]),
                ("F1", lambda r: r["exact"]["f1"]), ("lenient F1", lambda r: r["lenient"]["f1"]),
                ("type acc", lambda r: r["type_accuracy"]),
            ]))
    for key, title in (("canon_gold_spans", "canonicalisation, gold spans fed to the linker"),
                       ("canon_system_mentions", "canonicalisation, system mentions")):
        if key in report:
            out.append(_table(title, report[key], [
                ("mentions", lambda r: r["mentions"]), ("coverage", lambda r: r["coverage"]),
                ("ent gold", lambda r: r["entities_gold"]),
                ("ent sys", lambda r: r["entities_system"]),
                ("B3 P", lambda r: r["bcubed"]["precision"]),
                ("B3 R", lambda r: r["bcubed"]["recall"]), ("B3 F1", lambda r: r["bcubed"]["f1"]),
            ]))
    for key, title in (("quotes", "quotes (find_quotes over system mentions)"),
                       ("quotes_gold_mentions", "quotes (find_quotes over gold mentions)")):
        if key in report:
            out.append(_table(f"{title}, {report[key + '_ms_per_article']} ms/article",
                              report[key], [
                ("gold", lambda r: r["gold"]), ("system", lambda r: r["system"]),
                ("P", lambda r: r["detection"]["precision"]),
                ("R", lambda r: r["detection"]["recall"]), ("F1", lambda r: r["detection"]["f1"]),
                ("spk acc", lambda r: r["speaker_accuracy"]),
                ("spk n", lambda r: r["speaker_known"]),
                ("null acc", lambda r: r["null_speaker_accuracy"]),
            ]))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD,
                    help="gold file to score against (default: tests/data/knowledge_gold.jsonl)")
    ap.add_argument("--part", action="append", choices=PARTS,
                    help="score only this part (repeatable; default: all)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    report = run(tuple(args.part or PARTS), args.gold, SHARED)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else render(report))
    return 1 if report["gold_problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
