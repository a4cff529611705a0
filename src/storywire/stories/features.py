"""What the event clusterer knows about one article, computed once and cached in the store.

Embeddings alone cannot tell two events of one storyline apart (they share every name and topic),
so each article also carries the cross-script keys of the names it mentions (weighted towards the
title and lead), the date its main news happened, and the distinctive numbers of its lead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from storywire.model import Article
from storywire.nlp.dates import happening
from storywire.nlp.names import article_keys

#: bump when extraction changes, so cached features are recomputed rather than mixed
FEATURES_VERSION = "7"
#: the lead: where the main happening is told, and where its numbers are
LEAD_CHARS = 600
_NUMBER = re.compile(
    r"(?<![\w.,:/-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\w:/]|[.,]\d)"
)
_YEARS = range(1900, 2101)


@dataclass(slots=True)
class ArticleFeatures:
    article_id: str
    lang: str
    published: dt.date | None
    happened: dt.date | None
    happened_reason: str
    keys: dict[str, float]
    numbers: frozenset[str] = field(default_factory=frozenset)
    #: for an undated article, the date of its closest dated neighbour (set by the clusterer)
    estimated: dt.date | None = None
    #: how firmly the text gives ``happened``: "stated", "relative", "published" (see
    #: :class:`storywire.nlp.dates.HappeningDate`)
    happened_kind: str | None = None

    @property
    def when(self) -> dt.date | None:
        """The best date known for the happening: stated, else published, else estimated."""
        return self.happened or self.published or self.estimated

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "published": self.published.isoformat() if self.published else None,
            "happened": self.happened.isoformat() if self.happened else None,
            "happened_reason": self.happened_reason,
            "happened_kind": self.happened_kind,
            "keys": self.keys,
            "numbers": sorted(self.numbers),
        }

    @classmethod
    def from_json(cls, article_id: str, data: dict[str, Any]) -> ArticleFeatures:
        def day(v: str | None) -> dt.date | None:
            return dt.date.fromisoformat(v) if v else None

        return cls(
            article_id=article_id,
            lang=data["lang"],
            published=day(data["published"]),
            happened=day(data["happened"]),
            happened_reason=data.get("happened_reason", ""),
            happened_kind=data.get("happened_kind"),
            keys={k: float(v) for k, v in data["keys"].items()},
            numbers=frozenset(data.get("numbers", ())),
        )


def lead_numbers(text: str) -> frozenset[str]:
    """Distinctive numbers of the lead: not years, not 0-9 (too common to mean anything)."""
    found = set()
    for m in _NUMBER.finditer(text[:LEAD_CHARS]):
        raw = re.sub(r"[ \u00a0\u202f]", "", m.group(1)).replace(",", ".")
        try:
            value = float(raw)
        except ValueError:
            continue
        if value < 10 or (value.is_integer() and int(value) in _YEARS):
            continue
        found.add(f"{value:g}")
    return frozenset(found)


def extract(article: Article) -> ArticleFeatures:
    assert article.id is not None
    lang = article.lang or "und"
    when = happening(article.text, lang, article.published, title=article.title)
    lead = f"{article.title}\n{article.text[:LEAD_CHARS]}" if article.title else article.text[
        :LEAD_CHARS]
    return ArticleFeatures(
        article_id=article.id,
        lang=lang,
        published=article.published,
        happened=when.date,
        happened_reason=when.reason,
        happened_kind=when.kind,
        keys=article_keys(article.text, lang, title=article.title),
        numbers=lead_numbers(lead),
    )
