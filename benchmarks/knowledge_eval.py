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
import importlib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storywire.core import ingest
from storywire.eval.knowledge import (
    OVERALL,
    canon_scores,
    gold_stats,
    load_gold,
    mention_scores,
    quote_scores,
    verify_gold,
)
from storywire.model import Mention
from storywire.readers import ReadOptions
from storywire.store.sqlite import SQLiteStore

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
GOLD = REPO / "tests" / "data" / "knowledge_gold.jsonl"
PARTS = ("mentions", "linked", "canon", "quotes", "quotes-gold")


def stored_articles(gold: list[dict], shared: Path = SHARED) -> dict[str, dict]:
    """The gold's articles as stored (id -> articles --json shape), ingested into a temp store.

    Only the dev rows the gold names are ingested (texts are stored independently of each
    other); the seeds come from their folder as the ``ingest`` command reads them.
    """
    want = {row["id"] for row in gold}
    dev = shared / "dev" / "dev.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "gold_dev.jsonl"
        lines = [line for line in dev.read_text(encoding="utf-8").splitlines()
                 if line.strip() and json.loads(line).get("id") in want]
        sub.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with SQLiteStore(Path(tmp) / "gold.db") as store:
            ingest([sub, shared / "seeds"], store, options=ReadOptions(), workers=1)
            return {a.id: a.to_json() for a in store.articles() if a.id in want}


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        print(f"[skip] {module}.{name} is not available ({exc})", file=sys.stderr)
        return None


def _as_dict(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    return {k: getattr(obj, k) for k in obj.__slots__}


def gold_mentions(row: dict, art: dict) -> list[Mention]:
    """The gold spans as Mention records, with key and lemma made by names.py.

    A gold span that ``extract_names`` also finds takes its key and lemma; otherwise the span's
    own text is keyed, so the linker sees what it would see from a perfect detector.
    """
    from storywire.nlp.names import extract_names, name_key

    lang = row.get("lang") or "xx"
    found: dict[tuple[str, int, int], Any] = {}
    for fld in ("text", "title"):
        for nm in extract_names(art.get(fld) or "", lang):
            found[(fld, nm.start, nm.end)] = nm
    out = []
    for m in row["mentions"]:
        nm = found.get((m["field"], m["start"], m["end"]))
        if nm is None:
            inner = extract_names(m["text"], lang)
            if len(inner) == 1 and inner[0].surface == m["text"]:
                nm = inner[0]
        if nm is not None:
            key, lemma = nm.key, nm.lemma
        else:
            key = " ".join(k for w in m["text"].split() if (k := name_key(w, lang)))
            lemma = m["text"]
        out.append(Mention(start=m["start"], end=m["end"], text=m["text"], type=m["type"],
                           key=key or m["text"].lower(), lemma=lemma, field=m["field"]))
    return out


def link(gold: list[dict], mentions: dict[str, list[Mention]], linker_cls: Callable) -> dict:
    """Entity id per (field, start, end) of each article, from one linker fed in gold order."""
    linker = linker_cls()
    raw: dict[str, list[tuple[tuple[str, int, int], str]]] = {}
    for row in gold:
        ms = mentions.get(row["id"], [])
        ids = linker.add(row["id"], row.get("lang") or "xx", ms)
        raw[row["id"]] = [((m.field, m.start, m.end), i) for m, i in zip(ms, ids, strict=True)]
    resolve = getattr(linker, "resolve", lambda i: i)
    return {aid: {span: resolve(i) for span, i in pairs} for aid, pairs in raw.items()}


def run(parts: tuple[str, ...], gold_path: Path = GOLD) -> dict[str, Any]:
    gold = load_gold(gold_path)
    arts = stored_articles(gold)
    problems = verify_gold(gold, arts)
    report: dict[str, Any] = {"gold": gold_stats(gold), "gold_problems": problems}
    need_system = {"mentions", "linked", "quotes"} & set(parts)
    system: dict[str, list[Mention]] = {}
    if need_system and (detect := _optional("storywire.nlp.entities", "detect_mentions")):
        detect("Москва и Киев.", "ru")  # load lexicons and models once, outside the timing
        t0 = time.perf_counter()
        for row in gold:
            art = arts[row["id"]]
            system[row["id"]] = detect(art["text"] or "", row["lang"], title=art.get("title"))
        report["mentions_ms_per_article"] = round(1000 * (time.perf_counter() - t0) / len(gold), 2)
        if "mentions" in parts:
            report["mentions"] = mention_scores(
                gold, {k: [_as_dict(m) for m in v] for k, v in system.items()})
    if {"linked", "canon"} & set(parts) and (
            linker_cls := _optional("storywire.stories.canon", "EntityLinker")):
        if "canon" in parts:
            fed = {row["id"]: gold_mentions(row, arts[row["id"]]) for row in gold}
            report["canon_gold_spans"] = canon_scores(gold, link(gold, fed, linker_cls))
        if "linked" in parts and system:
            report["canon_system_mentions"] = canon_scores(gold, link(gold, system, linker_cls))
    if {"quotes", "quotes-gold"} & set(parts) and (
            find := _optional("storywire.nlp.quotes", "find_quotes")):
        feeds = []
        if "quotes" in parts and system:
            feeds.append(("quotes", system))
        if "quotes-gold" in parts:
            feeds.append(("quotes_gold_mentions",
                          {row["id"]: gold_mentions(row, arts[row["id"]]) for row in gold}))
        for name, source in feeds:
            t0 = time.perf_counter()
            found = {}
            for row in gold:
                every = source.get(row["id"], [])
                ms = [m for m in every if m.field == "text"]
                heads = [m for m in every if m.field == "title"]
                found[row["id"]] = [_as_dict(q) for q in find(
                    arts[row["id"]]["text"] or "", row["lang"], ms, title_mentions=heads)]
            report[f"{name}_ms_per_article"] = round(
                1000 * (time.perf_counter() - t0) / len(gold), 2)
            report[name] = quote_scores(gold, found)
    return report


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
    report = run(tuple(args.part or PARTS), args.gold)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else render(report))
    return 1 if report["gold_problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
