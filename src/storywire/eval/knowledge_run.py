"""Running the knowledge stages over a gold file: the benchmark's and the quality gate's engine.

The gold's articles (dev-set rows and the seeds, read from ``../shared``) are ingested into a
temporary store; the system's mentions, entity links and quotes are scored with
:mod:`storywire.eval.knowledge`.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storywire.core import ingest
from storywire.eval.knowledge import (
    canon_scores,
    gold_stats,
    load_gold,
    mention_scores,
    quote_scores,
    verify_gold,
)
from storywire.model import Mention
from storywire.nlp.entities import detect_mentions
from storywire.nlp.quotes import find_quotes
from storywire.readers import ReadOptions
from storywire.store.sqlite import SQLiteStore
from storywire.stories.canon import EntityLinker

PARTS = ("mentions", "linked", "canon", "quotes", "quotes-gold")


def _as_dict(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    return {k: getattr(obj, k) for k in obj.__slots__}


def stored_articles(gold: list[dict], shared: Path) -> dict[str, dict]:
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


def run(parts: tuple[str, ...], gold_path: Path, shared: Path) -> dict[str, Any]:
    """Every requested part's scores against the gold at ``gold_path``."""
    gold = load_gold(gold_path)
    arts = stored_articles(gold, shared)
    problems = verify_gold(gold, arts)
    report: dict[str, Any] = {"gold": gold_stats(gold), "gold_problems": problems}
    need_system = {"mentions", "linked", "quotes"} & set(parts)
    system: dict[str, list[Mention]] = {}
    if need_system:
        detect = detect_mentions
        detect("Москва и Киев.", "ru")  # load lexicons and models once, outside the timing
        t0 = time.perf_counter()
        for row in gold:
            art = arts[row["id"]]
            system[row["id"]] = detect(art["text"] or "", row["lang"], title=art.get("title"))
        report["mentions_ms_per_article"] = round(1000 * (time.perf_counter() - t0) / len(gold), 2)
        if "mentions" in parts:
            report["mentions"] = mention_scores(
                gold, {k: [_as_dict(m) for m in v] for k, v in system.items()})
    if {"linked", "canon"} & set(parts):
        linker_cls = EntityLinker
        if "canon" in parts:
            fed = {row["id"]: gold_mentions(row, arts[row["id"]]) for row in gold}
            report["canon_gold_spans"] = canon_scores(gold, link(gold, fed, linker_cls))
        if "linked" in parts and system:
            report["canon_system_mentions"] = canon_scores(gold, link(gold, system, linker_cls))
    if {"quotes", "quotes-gold"} & set(parts):
        find = find_quotes
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
