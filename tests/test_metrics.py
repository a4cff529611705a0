"""Metric values checked against hand-computed examples."""

from __future__ import annotations

import pytest

from storywire.eval.metrics import bcubed, cluster_report, pairwise

GOLD = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}


def test_perfect_partition():
    pred = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
    assert bcubed(GOLD, pred).f1 == 1.0
    assert pairwise(GOLD, pred).f1 == 1.0


def test_all_in_one_cluster():
    pred = dict.fromkeys(GOLD, "x")
    b = bcubed(GOLD, pred)
    # precision: a,b,c each 3/5; d,e each 2/5 -> (9/5 + 4/5) / 5 = 13/25
    assert b.precision == pytest.approx(13 / 25)
    assert b.recall == 1.0
    p = pairwise(GOLD, pred)
    assert p.precision == pytest.approx(4 / 10) and p.recall == 1.0


def test_all_singletons():
    pred = {k: k for k in GOLD}
    b = bcubed(GOLD, pred)
    assert b.precision == 1.0
    assert b.recall == pytest.approx((3 * (1 / 3) + 2 * (1 / 2)) / 5)
    assert pairwise(GOLD, pred).recall == 0.0


def test_report_counts_and_missing():
    pred = {"a": 0, "b": 0, "c": 1, "d": 2, "e": 2}
    rep = cluster_report(GOLD, pred)
    assert rep["clusters_gold"] == 2 and rep["clusters_predicted"] == 3
    with pytest.raises(ValueError, match="no prediction"):
        bcubed(GOLD, {"a": 0})
