"""The quality gate: the dev set's scores may not fall below the recorded floors.

The floors live in tests/data/quality_baseline.json (measured figures minus 0.005) and are raised as
the method improves. They only mean something for the dev file they were measured on, so its
sha256 is pinned there too.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from storywire.eval.run import evaluate

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev" / "dev.jsonl"
BASELINE_FILE = Path(__file__).parent / "data" / "quality_baseline.json"
METRICS = {
    "event_bcubed_f1": lambda r: r["event"]["bcubed"]["f1"],
    "thread_bcubed_f1": lambda r: r["thread"]["bcubed"]["f1"],
    "language_accuracy": lambda r: r["language"]["accuracy"],
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def baseline() -> dict:
    return json.loads(BASELINE_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(encoder) -> dict:
    return evaluate(DEV, encoder=encoder)


def test_dev_set_is_the_one_the_floors_were_measured_on(baseline):
    sha = hashlib.sha256(DEV.read_bytes()).hexdigest()
    assert sha == baseline["dev_sha256"], (
        f"{DEV} changed (sha256 {sha}, baseline pinned {baseline['dev_sha256']}): the floors in "
        f"{BASELINE_FILE.name} were measured on another dev set. Re-baseline consciously: run "
        f"`{baseline['command']}`, review the new figures, then update the measured figures, the "
        "floors (measured - 0.005), dev_sha256 and date in that file.")


def test_every_dev_article_is_clustered(report):
    assert report["errors"] == []
    assert report["clustered"] == report["articles"]


@pytest.mark.parametrize("metric", sorted(METRICS))
def test_quality_does_not_drop_below_the_floor(report, baseline, metric):
    value = METRICS[metric](report)
    floor = baseline["floors"][metric]
    assert value is not None
    assert value >= floor, (
        f"{metric} = {value:.4f} on the dev set, below the floor {floor:.4f} (measured "
        f"{baseline['measured'][metric]:.4f} on {baseline['date']}). "
        f"Event: {report['event']}; thread: {report['thread']}; "
        f"language errors: {report['language']['errors'][:10]}")


def test_the_clusterer_at_scale_keeps_the_quality(encoder, baseline):
    """From INDEX_AT articles on, neighbours come from the vector index, one search per article,
    and consolidation is scoped: run that path on the dev set (index_at=0) against the floors."""
    scaled = evaluate(DEV, encoder=encoder, index_at=0)
    for metric in ("event_bcubed_f1", "thread_bcubed_f1"):
        value, floor = METRICS[metric](scaled), baseline["floors"][metric]
        assert value >= floor - 0.02, f"{metric} = {value:.4f} with the index, floor {floor:.4f}"
