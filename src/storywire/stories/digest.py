"""One story as an analyst reads it: the export shape of DESIGN.md, built from the store.

Articles come from the event's members; their stored extractions give figures, quotes and
dated happenings; the entity tables give one canonical entity per name (same id in every
story). :mod:`~storywire.stories.compare` and :mod:`~storywire.stories.brief` finish it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from storywire.llm import LLM, configured_llm, fluent_briefing
from storywire.model import Article
from storywire.store.sqlite import SQLiteStore
from storywire.stories.brief import briefing
from storywire.stories.compare import compare
from storywire.stories.knowledge import KNOWLEDGE_VERSION, ArticleKnowledge
from storywire.stories.views import grouped, list_stories, story_detail

MAX_WHAT_NAMES = 3


def _sentence(art: Article, span: tuple[int, int] | list[int], field: str = "text") -> str:
    text = art.title or "" if field == "title" else art.text
    return text[span[0]:span[1]].strip()


def _entity_at(index: dict[tuple[str, str, int, int], str], aid: str, field: str, start: int,
               end: int) -> str | None:
    hit = index.get((aid, field, start, end))
    if hit:
        return hit
    for (a, f, s, e), eid in index.items():  # a speaker span may be wider or narrower
        if a == aid and f == field and s < end and start < e:
            return eid
    return None


def _names_in(index: dict[tuple[str, str, int, int], str], aid: str, span: tuple[int, int],
              names: dict[str, str]) -> list[str]:
    found: list[str] = []
    for (a, f, s, _e), eid in sorted(index.items(), key=lambda kv: kv[0][2]):
        if a == aid and f == "text" and span[0] <= s < span[1]:
            name = names.get(eid)
            if name and name not in found:
                found.append(name)
    return found[:MAX_WHAT_NAMES]


def build_story(store: SQLiteStore, story_id: str, *, llm: LLM | None = None,
                groups: Any = None) -> dict[str, Any] | None:
    """The full story (export shape) for ``story_id``; merged-away ids resolve.

    With an LLM (given, or configured by ``STORYWIRE_LLM_URL``) the briefing is its fluent
    rewrite and the offline one moves to ``briefing_offline``.
    """
    detail = story_detail(store, story_id, grouped=groups)
    if detail is None:
        return None
    ids = [a["id"] for a in detail["articles"]]
    arts = {aid: store.get(aid) for aid in ids}
    arts = {k: v for k, v in arts.items() if v is not None}
    know = {aid: ArticleKnowledge.from_json(data)
            for aid, (_, data) in store.knowledge(KNOWLEDGE_VERSION, ids).items()}
    index = store.mention_entities(ids)
    index = {k: store.resolve_entity(v) for k, v in index.items()}
    info = store.entity_info(sorted(set(index.values())))
    names = {eid: e["name"] for eid, e in info.items()}

    entities: dict[str, dict[str, Any]] = {}
    for (aid, field, start, end), eid in sorted(index.items()):
        if eid not in info:
            continue
        art = arts[aid]
        text = art.title or "" if field == "title" else art.text
        ent = entities.setdefault(eid, {**info[eid], "mentions": []})
        ent["mentions"].append({"article_id": aid, "field": field, "start": start, "end": end,
                                "text": text[start:end], "lang": art.lang or "und"})
    entity_list = sorted(entities.values(), key=lambda e: (-len(e["mentions"]), e["id"]))

    figures, quotes, happenings = [], [], []
    for aid in ids:
        art, k = arts.get(aid), know.get(aid)
        if art is None or k is None:
            continue
        for f in k.figures:
            figures.append({
                "value": f.value, "qualifier": f.qualifier, "counts": f.counts,
                "asserted_by": f.asserted_by, "article_id": aid, "start": f.start, "end": f.end,
                "text": f.text, "counts_text": f.counts_text, "happening": f.happening,
                "date": f.date, "hedged": f.hedged, "prospective": f.prospective,
                "field": f.field, "lang": art.lang,
                "evidence": _sentence(art, f.sentence, f.field),
            })
        for q in k.quotes:
            eid = (_entity_at(index, aid, q.speaker_field, q.speaker_start, q.speaker_end)
                   if q.speaker_start is not None and q.speaker_end is not None else None)
            quotes.append({
                "text": q.text, "speaker": names.get(eid) if eid else q.speaker,
                "speaker_id": eid, "article_id": aid, "start": q.start, "end": q.end,
                "direct": q.direct, "verb": q.verb, "speaker_text": q.speaker,
                "lang": art.lang,
            })
        for h in k.happenings:
            linked = _names_in(index, aid, h.sentence, names)
            what = h.what or ", ".join(linked)
            if h.by_names and linked:  # canonical names, not the extractor's romanisations
                what = f"{h.verb}: {', '.join(linked)}" if h.verb else ", ".join(linked)
            happenings.append((h, aid, what, _sentence(art, h.sentence, h.field)))
    timeline = _timeline(happenings)
    reasons = {a["id"]: a.get("reason", {}) for a in detail["articles"]}
    articles = [{
        "id": a.id, "url": a.url, "source": a.source, "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "lang": a.lang or "und", "text": a.text, "cited": list(a.cited),
        "reason": reasons.get(a.id, {}),
    } for a in (arts[i] for i in ids if i in arts)]
    comparison = compare(articles, figures, quotes, timeline, entity_list)
    story = {
        "id": detail["id"], "thread": detail["thread"], "title": detail["title"],
        "first_seen": detail["first_seen"], "last_seen": detail["last_seen"],
        "size": detail["size"], "languages": detail["languages"], "sources": detail["sources"],
        "articles": articles, "entities": entity_list, "figures": figures, "quotes": quotes,
        "timeline": timeline, "comparison": comparison,
    }
    if "resolved_from" in detail:
        story["resolved_from"] = detail["resolved_from"]
    text, evidence = briefing(story)
    story["briefing"] = text
    story["briefing_evidence"] = evidence
    model = configured_llm() if llm is None else llm
    fluent = fluent_briefing(text, story, model) if model else None
    if fluent:
        story["briefing"], story["briefing_offline"] = fluent, text
    return story


def _timeline(happenings: Iterable[tuple[Any, str, str, str]]) -> list[dict[str, Any]]:
    """One entry per date and happening, with every article that reports it."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for h, aid, what, evidence in happenings:
        key = (h.date, what)
        entry = merged.setdefault(key, {
            "date": h.date, "granularity": h.granularity, "what": what, "article_ids": [],
            "evidence": evidence, "sources": [], "by_names": h.by_names,
        })
        if aid not in entry["article_ids"]:
            entry["article_ids"].append(aid)
            entry["sources"].append({"article_id": aid, "start": h.start, "end": h.end,
                                     "text": h.text, "evidence": evidence})
    return sorted(merged.values(), key=lambda e: (e["date"], e["what"]))


def build_stories(store: SQLiteStore, *, llm: LLM | None = None) -> list[dict[str, Any]]:
    """Every story, largest first."""
    out = []
    groups = grouped(store)
    for s in list_stories(store, grouped=groups):
        story = build_story(store, s["id"], llm=llm, groups=groups)
        if story is not None:
            out.append(story)
    return out
