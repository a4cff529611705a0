"""The knowledge quality gate: entity, linking and quote scores may not fall below the floors.

Three gold sets, all read against texts in ../shared: the one the extractors were developed on,
and two held-out ones annotated afterwards without looking at system output (the honest figures;
see docs/annotation.md for how far each was later read for errors). Floors live in
tests/data/knowledge_baseline.json (measured - 0.01) and are raised as the extractors improve.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storywire.eval.knowledge_run import PARTS, run

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
BASELINE = json.loads((DATA / "knowledge_baseline.json").read_text(encoding="utf-8"))
METRICS = {
    "mention_precision": lambda r: r["mentions"]["all"]["exact"]["precision"],
    "mention_recall": lambda r: r["mentions"]["all"]["exact"]["recall"],
    "canon_bcubed_f1_gold_spans": lambda r: r["canon_gold_spans"]["all"]["bcubed"]["f1"],
    "canon_bcubed_f1_system_mentions": lambda r: r["canon_system_mentions"]["all"]["bcubed"]["f1"],
    "quote_detection_f1": lambda r: r["quotes"]["all"]["detection"]["f1"],
    "quote_speaker_accuracy": lambda r: r["quotes"]["all"]["speaker_accuracy"],
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=sorted(BASELINE["sets"]))
def scored(request) -> tuple[str, dict]:
    spec = BASELINE["sets"][request.param]
    return request.param, run(PARTS, Path(__file__).resolve().parents[1] / spec["gold"], SHARED)


def test_gold_spans_round_trip(scored):
    _, report = scored
    assert report["gold_problems"] == []


@pytest.mark.parametrize("metric", sorted(METRICS))
def test_knowledge_does_not_drop_below_the_floor(scored, metric):
    name, report = scored
    floor = BASELINE["sets"][name]["floors"][metric]
    value = METRICS[metric](report)
    assert value >= floor, (
        f"{name} {metric} = {value:.4f}, below the floor {floor:.4f} (measured "
        f"{BASELINE['sets'][name]['measured'][metric]:.4f} on {BASELINE['date']})")
