"""Pipeline order checks, per-article failure isolation, and the public API surface."""

from __future__ import annotations

import json
import types

import pytest

import storywire
from storywire import Article, SQLiteStore, ingest
from storywire.pipeline import Pipeline, PipelineError, SourceStage, build


class NeedsEvent:
    name = "needs-event"
    requires = ("event",)
    assigns = ("thread",)

    def process(self, batch):  # pragma: no cover - never reached
        raise AssertionError


class FailsOnMarker:
    name = "fails-on-marker"
    requires = ("text",)
    assigns = ()

    def process(self, batch):
        for art in batch:
            if "EXPLODE" in art.text:
                raise ValueError("cannot handle this article")


def test_pipeline_checks_requirements():
    with pytest.raises(PipelineError, match="needs-event"):
        Pipeline([SourceStage(), NeedsEvent()])
    assert build().names == ["source", "language"]


def test_one_failing_article_does_not_sink_the_batch(tmp_path, db):
    rows = [{"id": f"r{i}", "text": f"Story {i}: the {w} council met on Monday to discuss parks."}
            for i, w in enumerate(["northern", "southern", "eastern"])]
    rows[1]["text"] += " EXPLODE"
    src = tmp_path / "p.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    pipeline = Pipeline([*build().stages, FailsOnMarker()])
    with SQLiteStore(db) as store:
        report = ingest([src], store, pipeline=pipeline)
        assert {a.id for a in store.articles()} == {"r0", "r2"}
    assert len(report.errors) == 1
    assert report.errors[0].location.endswith("p.jsonl:2")
    assert "fails-on-marker" in report.errors[0].reason


def test_source_falls_back_to_site():
    art = Article(text="x", url="https://www.example.co.uk/news/1")
    SourceStage().process([art])
    assert art.source == "example.co.uk"


def test_public_api_matches_all():
    public = {name for name, value in vars(storywire).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType)}
    assert public == set(storywire.__all__) - {"__version__"}
