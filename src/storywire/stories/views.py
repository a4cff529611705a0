"""Read models for stories and threads, as plain dicts ready for JSON or a table."""

from __future__ import annotations

from collections import Counter
from typing import Any

from storywire.model import Article
from storywire.store.sqlite import SQLiteStore


def _title(arts: list[Article]) -> str:
    """A story's title: the earliest article's own title, else its first line, shortened."""
    for art in arts:
        if art.title:
            return art.title
    first = arts[0].text.strip().split("\n", 1)[0] if arts else ""
    return first if len(first) <= 140 else first[:139].rsplit(" ", 1)[0] + "…"


def _summary(eid: str, thread: str | None, arts: list[Article]) -> dict[str, Any]:
    arts = sorted(arts, key=lambda a: (a.published is None, a.published or "", a.id or ""))
    dates = [a.published for a in arts if a.published]
    return {
        "id": eid,
        "thread": thread or eid,
        "title": _title(arts),
        "size": len(arts),
        "languages": sorted(Counter(a.lang or "und" for a in arts)),
        "sources": sorted({a.source for a in arts if a.source}),
        "first_seen": min(dates).isoformat() if dates else None,
        "last_seen": max(dates).isoformat() if dates else None,
    }


def _grouped(store: SQLiteStore) -> tuple[dict[str, list[Article]], dict[str, str | None]]:
    arts = {a.id: a for a in store.articles()}
    groups: dict[str, list[Article]] = {}
    for aid, (eid, _) in store.memberships().items():
        if aid in arts:
            groups.setdefault(eid, []).append(arts[aid])
    threads = {e: t for e, (t, _) in store.events().items()}
    return groups, threads


def grouped(store: SQLiteStore) -> tuple[dict[str, list[Article]], dict[str, str | None]]:
    """Articles by event and each event's thread: read once, shared by many views."""
    return _grouped(store)


def list_stories(store: SQLiteStore, *,
                 grouped: tuple[dict[str, list[Article]], dict[str, str | None]] | None = None,
                 ) -> list[dict[str, Any]]:
    groups, threads = grouped or _grouped(store)
    out = [_summary(e, threads.get(e), arts) for e, arts in groups.items()]
    return sorted(out, key=lambda s: (-s["size"], s["first_seen"] or "", s["id"]))


def story_detail(store: SQLiteStore, story_id: str, *,
                 grouped: tuple[dict[str, list[Article]], dict[str, str | None]] | None = None,
                 ) -> dict[str, Any] | None:
    """One story with its articles and why each is in it; merged-away ids resolve.

    ``grouped`` (from :func:`grouped`) saves re-reading every article when showing many.
    """
    eid = store.resolve_event(story_id)
    if eid is None:
        return None
    groups, threads = grouped or _grouped(store)
    members = store.memberships()
    arts = groups.get(eid, [])
    detail = _summary(eid, threads.get(eid), arts)
    if eid != story_id:
        detail["resolved_from"] = story_id
    detail["articles"] = [
        a.to_json() | {"reason": members[a.id][1]}
        for a in sorted(arts, key=lambda a: (a.published is None, a.published or "", a.id or ""))
    ]
    return detail


def list_threads(store: SQLiteStore) -> list[dict[str, Any]]:
    stories = list_stories(store)
    threads: dict[str, list[dict[str, Any]]] = {}
    for s in stories:
        threads.setdefault(s["thread"], []).append(s)
    out = []
    for tid, items in threads.items():
        items.sort(key=lambda s: (s["first_seen"] or "", s["id"]))
        dates = [d for s in items for d in (s["first_seen"], s["last_seen"]) if d]
        out.append({
            "id": tid,
            "stories": [{"id": s["id"], "title": s["title"], "size": s["size"],
                         "first_seen": s["first_seen"]} for s in items],
            "size": sum(s["size"] for s in items),
            "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None,
            "title": max(items, key=lambda s: s["size"])["title"],
        })
    return sorted(out, key=lambda t: (-t["size"], t["id"]))
