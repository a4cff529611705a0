"""Stories out of the store: JSON (the shape DESIGN.md fixes), Markdown, or CSV files per kind."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

FORMATS = ("json", "markdown", "csv")


def to_json(stories: Sequence[dict[str, Any]]) -> str:
    return json.dumps({"stories": list(stories)}, ensure_ascii=False, indent=1)


def to_markdown(stories: Sequence[dict[str, Any]]) -> str:
    parts = []
    for s in stories:
        parts.append(f"# {s['title']}\n")
        parts.append(f"Story `{s['id']}`, thread `{s['thread']}`, {len(s['articles'])} articles"
                     f" ({', '.join(s['languages'])}), {s['first_seen']} to {s['last_seen']}.\n")
        parts.append("## Briefing\n")
        parts.append("```text\n" + s["briefing"] + "\n```\n")
        parts.append("## Articles\n")
        for a in s["articles"]:
            title = (a["title"] or a["text"][:80]).replace("\n", " ")
            parts.append(f"- `{a['id']}` [{a['lang']}] {a['published'] or ''} "
                         f"{a['source'] or ''}: {title}")
        parts.append("\n## Entities\n")
        parts.append("| entity | type | mentions | languages | forms |\n|---|---|---|---|---|")
        for e in s["entities"]:
            langs = sorted({m["lang"] for m in e["mentions"]})
            forms = sorted({m["text"] for m in e["mentions"]})
            parts.append(f"| {e['name']} | {e['type']} | {len(e['mentions'])} | "
                         f"{', '.join(langs)} | {', '.join(forms)} |")
        if s["timeline"]:
            parts.append("\n## Timeline\n")
            for t in s["timeline"]:
                parts.append(f"- **{t['date']}** {t['what']} ({', '.join(t['article_ids'])}): "
                             f"{t['evidence']}")
        if s["quotes"]:
            parts.append("\n## Quotes\n")
            for q in s["quotes"]:
                parts.append(f"- {q['speaker'] or 'unknown'} (`{q['article_id']}`): "
                             f"«{q['text']}»")
        comp = s["comparison"]
        if comp["unique"]:
            parts.append("\n## Only one source reports\n")
            for src, facts in comp["unique"].items():
                parts.append(f"- **{src}**: " + "; ".join(facts))
        parts.append("")
    return "\n".join(parts)


def _rows(stories: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in (
        "stories", "articles", "entities", "mentions", "figures", "quotes", "timeline",
        "disagreements", "attribution")}
    for s in stories:
        sid = s["id"]
        out["stories"].append({"story": sid, "thread": s["thread"], "title": s["title"],
                               "first_seen": s["first_seen"], "last_seen": s["last_seen"],
                               "articles": len(s["articles"]), "briefing": s["briefing"]})
        for a in s["articles"]:
            out["articles"].append({"story": sid, **{k: a[k] for k in (
                "id", "url", "source", "title", "published", "lang", "text")}})
        for e in s["entities"]:
            out["entities"].append({"story": sid, "id": e["id"], "name": e["name"],
                                    "type": e["type"], "aliases": "|".join(e["aliases"]),
                                    "mentions": len(e["mentions"])})
            for m in e["mentions"]:
                out["mentions"].append({"story": sid, "entity": e["id"], **m})
        for f in s["figures"]:
            out["figures"].append({"story": sid, **{k: f.get(k) for k in (
                "value", "qualifier", "counts", "happening", "date", "asserted_by", "hedged",
                "article_id", "start", "end", "text")}})
        for q in s["quotes"]:
            out["quotes"].append({"story": sid, **{k: q.get(k) for k in (
                "speaker", "speaker_id", "article_id", "start", "end", "direct", "text")}})
        for t in s["timeline"]:
            out["timeline"].append({"story": sid, "date": t["date"],
                                    "granularity": t["granularity"], "what": t["what"],
                                    "article_ids": "|".join(t["article_ids"]),
                                    "evidence": t["evidence"]})
        for d in s["comparison"]["disagreements"]:
            out["disagreements"].append({"story": sid, "kind": d["kind"], "about": d["about"],
                                         "claims": json.dumps(d["claims"], ensure_ascii=False)})
        for a in s["comparison"]["attribution"]:
            out["attribution"].append({"story": sid, "article_id": a["article_id"],
                                       "source": a["source"], "cites": "|".join(a["cites"])})
    return out


def write_csv(stories: Sequence[dict[str, Any]], directory: Path) -> list[Path]:
    """One CSV file per kind of object in ``directory``; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, rows in _rows(stories).items():
        path = directory / f"{kind}.csv"
        fields = list(rows[0]) if rows else ["story"]
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields)
            w.writeheader()
            w.writerows(rows)
        written.append(path)
    return written
