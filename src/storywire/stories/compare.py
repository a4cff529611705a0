"""What each source adds, where sources disagree, and who cites whom, for one story.

Facts are compared across languages through what extraction made language-independent: a
figure's value, what it counts (in English) and what happened to it; a happening's date; a
quote's speaker entity; an entity id. Two figures of one thing disagree only when no value can
satisfy both: "at least 100" and "more than 100" agree, "14" and "52" released do not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

_INF = math.inf


def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a qualified figure allows ("about" allows 10% either way)."""
    q = (qualifier or "").lower()
    if q in ("at least", "more than", "over"):
        return (value, _INF)
    if q in ("up to", "at most", "fewer than", "less than", "under"):
        return (0.0, value)
    if q in ("about", "around", "approximately", "nearly", "almost"):
        return (value * 0.9, value * 1.1)
    return (value, value)


def consistent(a: dict[str, Any], b: dict[str, Any]) -> bool:
    (alo, ahi), (blo, bhi) = interval(a["value"], a.get("qualifier")), interval(
        b["value"], b.get("qualifier"))
    return max(alo, blo) <= min(ahi, bhi)


def _dates_match(a: str | None, b: str | None) -> bool:
    """Both undated, or one date inside the other ("2025-09" holds "2025-09-14")."""
    if a is None or b is None:
        return a is None and b is None
    return a.startswith(b) or b.startswith(a)


def figure_phrase(f: dict[str, Any]) -> str:
    value = f["value"]
    num = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    parts = [f["qualifier"], num, f.get("counts") or "", f.get("happening") or ""]
    text = " ".join(p for p in parts if p)
    return f"{text} ({f['date']})" if f.get("date") else text


def _source(article: dict[str, Any]) -> str:
    return article.get("source") or article["id"]


def compare(articles: Sequence[dict[str, Any]], figures: Sequence[dict[str, Any]],
            quotes: Sequence[dict[str, Any]], timeline: Sequence[dict[str, Any]],
            entities: Sequence[dict[str, Any]]) -> dict[str, Any]:
    source_of = {a["id"]: _source(a) for a in articles}
    facts: dict[str, set[str]] = {}

    def note(fact: str, article_id: str) -> None:
        facts.setdefault(fact, set()).add(source_of.get(article_id, article_id))

    for f in figures:
        note("figure: " + figure_phrase(f), f["article_id"])
    for t in timeline:
        for aid in t["article_ids"]:
            note(f"date: {t['date']} {t['what']}".strip(), aid)
    for q in quotes:
        if q.get("speaker"):
            note(f"quote by {q['speaker']}", q["article_id"])
    for e in entities:
        if e["type"] in ("PER", "ORG"):
            for m in e["mentions"]:
                note(f"names {e['name']}", m["article_id"])
    unique: dict[str, list[str]] = {}
    if len(set(source_of.values())) > 1:
        for fact, sources in sorted(facts.items()):
            if len(sources) == 1:
                unique.setdefault(next(iter(sources)), []).append(fact)

    disagreements = []
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            if source_of.get(a["article_id"]) == source_of.get(b["article_id"]):
                continue
            if (a.get("counts"), a.get("happening")) != (b.get("counts"), b.get("happening")):
                continue
            if not a.get("happening") or not _dates_match(a.get("date"), b.get("date")):
                continue
            if not consistent(a, b):
                disagreements.append({
                    "kind": "figure",
                    "about": " ".join(x for x in (a.get("counts"), a.get("happening")) if x),
                    "claims": [{"source": source_of[x["article_id"]], "article_id": x["article_id"],
                                "figure": figure_phrase(x), "start": x["start"], "end": x["end"]}
                               for x in (a, b)],
                })
    by_what: dict[str, list[dict[str, Any]]] = {}
    for t in timeline:
        if t.get("what") and t["granularity"] == "day":
            by_what.setdefault(t["what"], []).append(t)
    for what, entries in sorted(by_what.items()):
        dates = {t["date"] for t in entries}
        if len(dates) > 1:
            disagreements.append({
                "kind": "date", "about": what,
                "claims": [{"date": t["date"], "sources": sorted({source_of[a] for a in
                                                                  t["article_ids"]})}
                           for t in entries],
            })

    attribution = []
    for a in articles:
        cites = list(a.get("cited") or [])
        for f in figures:
            who = f.get("asserted_by")
            if f["article_id"] == a["id"] and who and who not in cites:
                cites.append(who)
        if cites:
            attribution.append({"article_id": a["id"], "source": source_of[a["id"]],
                                "cites": cites,
                                "chain": f"{source_of[a['id']]} citing {', '.join(cites)}"})
    return {"unique": unique, "disagreements": disagreements, "attribution": attribution}
