"""A pipeline of small named stages, each saying what it needs and what it adds (as spaCy does).

Stages work on batches of :class:`~storywire.model.Article`, in place. ``Pipeline`` checks at
construction that every stage's needs are met by the readers or an earlier stage, so a mis-ordered
pipeline fails at start-up rather than halfway through a large ingest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol
from urllib.parse import urlsplit

from storywire.model import Article, ReadError
from storywire.nlp.language import LanguageIdentifier

#: what readers fill in (some may be None for a given input)
READER_ASSIGNS = ("text", "title", "url", "published", "lang_hint", "authors", "cited", "source",
                  "meta", "location", "kind", "id")


class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def process(self, batch: list[Article]) -> None: ...


class PipelineError(ValueError):
    """A stage needs something no earlier stage provides."""


@dataclass
class Pipeline:
    stages: Sequence[Stage]

    def __post_init__(self) -> None:
        available = set(READER_ASSIGNS)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {missing}, not assigned before it"
                )
            available.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def process(self, batch: list[Article]) -> tuple[list[Article], list[ReadError]]:
        """Run every stage; an article that makes a stage fail is dropped with a specific error.

        A failing batch is retried one article at a time so that only the offender is lost.
        """
        errors: list[ReadError] = []
        for stage in self.stages:
            try:
                stage.process(batch)
            except Exception:
                kept = []
                for art in batch:
                    try:
                        stage.process([art])
                        kept.append(art)
                    except Exception as exc:
                        errors.append(ReadError(art.location or str(art.id),
                                                f"stage {stage.name} failed: {exc!r}"))
                batch = kept
        return batch, errors


class LanguageStage:
    """Decides ``lang`` from the title and the opening of the text; header codes are hints only."""

    name = "language"
    requires = ("text", "title", "lang_hint")
    assigns = ("lang",)
    #: the opening carries the language; reading further costs time and adds little evidence
    max_chars = 1200

    def __init__(self, identifier: LanguageIdentifier | None = None) -> None:
        self.identifier = identifier or LanguageIdentifier()

    def process(self, batch: list[Article]) -> None:
        for art in batch:
            sample = f"{art.title}\n{art.text[: self.max_chars]}" if art.title else art.text[
                : self.max_chars]
            lang, score = self.identifier.detect_scored(sample, art.lang_hint)
            art.lang = lang
            art.meta["lang_score"] = round(score, 4)


class SourceStage:
    """Falls back to the URL's site for the outlet when neither page nor text named one."""

    name = "source"
    requires = ("url", "source")
    assigns = ("source",)

    def process(self, batch: list[Article]) -> None:
        for art in batch:
            if not art.source and art.url:
                host = urlsplit(art.url).hostname or ""
                art.source = host.removeprefix("www.") or None


def default_stages(identifier: LanguageIdentifier | None = None) -> list[Stage]:
    return [SourceStage(), LanguageStage(identifier)]


def build(stages: Iterable[Stage] | None = None) -> Pipeline:
    return Pipeline(list(stages) if stages is not None else default_stages())
