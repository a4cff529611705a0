"""An English briefing of one story, from its extracted facts alone (no model ships offline).

Every statement is built from language-independent facts (canonical English entity names,
figures, dates, speakers) and points with ``[n]`` to its evidence: the sentence in the original
language, listed at the end. When ``STORYWIRE_LLM_URL`` names an OpenAI-compatible endpoint,
:func:`storywire.llm.fluent_briefing` may rewrite this into fluent prose; without it, this is
the briefing.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from storywire.stories.compare import figure_phrase

MAX_FIGURES = 6
MAX_QUOTES = 4
MAX_TIMELINE = 6
QUOTE_CHARS = 160


class _Evidence:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self._seen: dict[tuple[str, str], int] = {}

    def cite(self, article_id: str, lang: str | None, sentence: str) -> str:
        key = (article_id, sentence)
        if not sentence:
            return ""
        if key not in self._seen:
            self.items.append({"n": len(self.items) + 1, "article_id": article_id,
                               "lang": lang, "text": sentence})
            self._seen[key] = len(self.items)
        return f" [{self._seen[key]}]"


def _names(entities: list[dict[str, Any]], types: tuple[str, ...], n: int) -> list[str]:
    return [e["name"] for e in entities if e["type"] in types][:n]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _figure_groups(figures: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """One group per distinct fact. A figure without a date joins the one dated group of the
    same phrase ("52 people released" is "52 people released (2025-09)" told without its
    month); with several dates it stays apart, as it cannot say which one it is."""
    by_phrase: dict[str, dict[str | None, list[dict[str, Any]]]] = {}
    for f in figures:
        by_phrase.setdefault(figure_phrase({**f, "date": None}), {}).setdefault(
            f.get("date"), []).append(f)
    out: dict[str, list[dict[str, Any]]] = {}
    for dates in by_phrase.values():
        undated = dates.pop(None, [])
        if len(dates) == 1:
            (only,) = dates
            dates[only] = dates[only] + undated
        elif undated:
            out[figure_phrase(undated[0])] = undated
        for items in dates.values():
            out[figure_phrase(items[0])] = items
    return out


#: which timeline entries a briefing shows first: what happened (a figure) before a bare list of
#: the names a dated sentence holds, and among those a day before a month
_GRAIN_RANK = {"day": 1, "month": 2}


def _timeline_lines(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Up to MAX_TIMELINE entries, the most telling ones, in date order.

    A year with nothing but names ("1994: Vladimir Putin, Belarus, Russia", from "the policy it
    has followed since he came to power in 1994") is background, not the story's timeline: it
    stays in the story's full timeline and out of the briefing.
    """
    def rank(t: dict[str, Any]) -> int | None:
        return 0 if not t.get("by_names") else _GRAIN_RANK.get(t.get("granularity"))

    ranked = [(r, i) for i, t in enumerate(entries) if (r := rank(t)) is not None]
    return [entries[i] for i in sorted(i for _, i in sorted(ranked)[:MAX_TIMELINE])]


def briefing(story: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """(English briefing, evidence list) for a story in the export shape."""
    ev = _Evidence()
    arts = {a["id"]: a for a in story["articles"]}
    sources = sorted({a.get("source") or a["id"] for a in story["articles"]})
    langs = sorted({a["lang"] for a in story["articles"]})
    span = story["first_seen"] or "undated"
    if story["last_seen"] and story["last_seen"] != story["first_seen"]:
        span += f" to {story['last_seen']}"
    lines = [f"{len(arts)} article{'s' * (len(arts) != 1)} from {len(sources)} "
             f"source{'s' * (len(sources) != 1)} in {', '.join(langs)}, published {span}."]

    people = _names(story["entities"], ("PER",), 5)
    orgs = _names(story["entities"], ("ORG",), 4)
    places = _names(story["entities"], ("LOC",), 5)
    if people:
        lines.append("Who: " + ", ".join(people) + ".")
    if orgs:
        lines.append("Organisations: " + ", ".join(orgs) + ".")
    if places:
        lines.append("Where: " + ", ".join(places) + ".")

    # figures, the most widely reported first; one line per distinct fact
    groups = _figure_groups([f for f in story["figures"] if f.get("counts")])
    ranked = sorted(groups.items(), key=lambda kv: (-len({f["article_id"] for f in kv[1]}),
                                                    kv[0]))
    if ranked:
        lines.append("Key figures:")
        for phrase, items in ranked[:MAX_FIGURES]:
            first = items[0]
            who = {f["asserted_by"] for f in items if f.get("asserted_by")}
            hedge = " (reportedly)" if any(f.get("hedged") for f in items) else ""
            by = f", according to {', '.join(sorted(who))}" if who else ""
            n = len({f["article_id"] for f in items})
            cite = ev.cite(first["article_id"], first.get("lang"), first.get("evidence", ""))
            lines.append(f"- {phrase}{hedge}{by}; in {n} article{'s' * (n != 1)}{cite}")

    dated = _timeline_lines([t for t in story["timeline"] if t.get("what")])
    if dated:
        lines.append("Timeline:")
        for t in dated:
            aid = t["article_ids"][0]
            cite = ev.cite(aid, arts.get(aid, {}).get("lang"), t.get("evidence", ""))
            lines.append(f"- {t['date']}: {t['what']}{cite}")

    said = [q for q in story["quotes"] if q.get("speaker")]
    if said:
        lines.append("Who said what (original language):")
        counts = Counter(q["speaker"] for q in said)
        shown: set[str] = set()
        for q in sorted(said, key=lambda q: (-counts[q["speaker"]], not q["direct"])):
            if q["speaker"] in shown or len(shown) >= MAX_QUOTES:
                continue
            shown.add(q["speaker"])
            src = arts.get(q["article_id"], {}).get("source") or q["article_id"]
            cite = ev.cite(q["article_id"], q.get("lang"), q["text"])
            lines.append(f"- {q['speaker']} ({src}): «{_short(q['text'])}»{cite}")

    comp = story["comparison"]
    if comp["disagreements"]:
        lines.append("Where sources differ:")
        for d in comp["disagreements"]:
            claims = "; ".join(
                f"{c['source']}: {c.get('figure') or c.get('date')}"
                if "source" in c else f"{', '.join(c['sources'])}: {c['date']}"
                for c in d["claims"])
            lines.append(f"- {d['about']}: {claims}")
    if comp["attribution"]:
        lines.append("Attribution: " + "; ".join(a["chain"] for a in comp["attribution"]) + ".")
    if ev.items:
        lines.append("Evidence:")
        for item in ev.items:
            lines.append(f"[{item['n']}] {item['article_id']} ({item['lang']}): "
                         f"{_short(item['text'])}")
    return "\n".join(lines), ev.items
