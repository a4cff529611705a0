"""What each article says (names, figures, quotes, dated happenings) and who the names are.

Extraction is per article and cached in the store by :data:`KNOWLEDGE_VERSION` and content
hash, like clustering features: re-running on a store only does new or changed articles.
Entity linking is store-wide and incremental: the linker's state is saved, and each run adds
the articles it has not seen, so an entity keeps its id from one run to the next and in every
story it appears in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from storywire.model import Figure, Happening, Mention, Quote
from storywire.nlp.entities import detect_mentions
from storywire.nlp.figures import find_figures
from storywire.nlp.happenings import find_happenings
from storywire.nlp.quotes import find_quotes
from storywire.store.sqlite import SQLiteStore
from storywire.stories.canon import EntityLinker

#: bump when an extractor changes, so stored extractions are redone rather than mixed
KNOWLEDGE_VERSION = "4"
KINDS = {"mentions": Mention, "figures": Figure, "quotes": Quote, "happenings": Happening}


@dataclass
class ArticleKnowledge:
    mentions: list[Mention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    happenings: list[Happening] = field(default_factory=list)

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        return {kind: [dataclasses.asdict(x) for x in getattr(self, kind)] for kind in KINDS}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleKnowledge:
        out = cls()
        for kind, record in KINDS.items():
            items = []
            for d in data.get(kind, ()):
                if "sentence" in d and d["sentence"] is not None:
                    d = {**d, "sentence": tuple(d["sentence"])}
                items.append(record(**d))
            setattr(out, kind, items)
        return out


def extract_article(text: str, lang: str | None, *, title: str | None = None,
                    published: dt.date | None = None) -> ArticleKnowledge:
    """Run every extractor over one article; an extractor that fails leaves its part empty."""
    lang = lang or "und"
    mentions = detect_mentions(text, lang, title=title)
    body = [m for m in mentions if m.field == "text"]
    figures = find_figures(text, lang, ref=published)
    return ArticleKnowledge(
        mentions=mentions,
        figures=figures,
        quotes=find_quotes(text, lang, body,
                           title_mentions=[m for m in mentions if m.field == "title"]),
        happenings=find_happenings(text, lang, published, figures=figures, mentions=body),
    )


@dataclass
class KnowledgeReport:
    extracted: int = 0
    linked: int = 0
    entities: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def knowledge_store(store: SQLiteStore, *,
                    on_progress: Callable[[int], None] | None = None) -> KnowledgeReport:
    """Bring every article's knowledge and the store's entities up to date."""
    report = KnowledgeReport()
    t0 = time.perf_counter()
    cached = store.knowledge(KNOWLEDGE_VERSION)
    fresh: list[tuple[str, str, dict[str, Any]]] = []
    langs: dict[str, str] = {}
    order: list[str] = []
    for row in store.article_rows():
        aid = row["id"]
        order.append(aid)
        langs[aid] = row["lang"] or "und"
        hit = cached.get(aid)
        if hit and hit[0] == row["content_hash"]:
            continue
        published = dt.date.fromisoformat(row["published"]) if row["published"] else None
        try:
            know = extract_article(row["text"], row["lang"], title=row["title"],
                                   published=published)
        except Exception as exc:  # one bad article never stops the batch
            report.failures.append(f"{aid}: {type(exc).__name__}: {exc}")
            know = ArticleKnowledge()
        data = know.to_json()
        fresh.append((aid, row["content_hash"], data))
        cached[aid] = (row["content_hash"], data)
        if on_progress:
            on_progress(1)
    report.extracted = len(fresh)
    report.timings["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    state = store.entity_state()
    linker = EntityLinker.restore(state) if state else EntityLinker()
    seen = set((state or {}).get("articles", {}))
    redo = {aid for aid, _, _ in fresh}
    for aid in order:
        if aid in seen and aid not in redo:
            continue
        mentions = ArticleKnowledge.from_json(cached[aid][1]).mentions
        linker.add(aid, langs[aid], mentions)
        report.linked += 1
    entities = [e.to_json() for e in linker.entities()]
    report.entities = len(entities)
    report.timings["link"] = time.perf_counter() - t0
    with store.transaction():
        store.put_knowledge(KNOWLEDGE_VERSION, fresh)
        if report.linked:
            store.save_entities(linker.state(), entities, linker.redirects())
    return report


def entity_key_map(store: SQLiteStore) -> dict[str, str]:
    """Name key -> entity key, for keys the linker gave exactly one entity.

    This is how entities feed back into clustering: surname-only mentions, acronyms and their
    expansions, and gazetteer forms whose keys differ become one key for the pair scorer.
    """
    state = store.entity_state() or {}
    owners: dict[str, set[str]] = {}
    for ent in state.get("entities", ()):
        for m in ent.get("mentions", ()):
            # the clusterer's keys are per word (a given name, a surname, the words of an
            # institution's name): each word of a mention belongs to the entity too
            for k in {m[7], *m[7].split()}:
                owners.setdefault(k, set()).add(ent["id"])
    world = {ent["id"]: ent.get("gazetteer") for ent in state.get("entities", ())}
    return {k: _entity_key(next(iter(v)), world.get(next(iter(v)))) for k, v in owners.items()
            if len(v) == 1 and k}


def _entity_key(entity_id: str, gazetteer: str | None) -> str:
    """``@slug`` for a gazetteer entity (readable in a story's reasons), else ``#id``."""
    return f"@{gazetteer}" if gazetteer else f"#{entity_id}"
