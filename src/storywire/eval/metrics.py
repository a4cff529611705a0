"""Clustering metrics: BCubed and pairwise precision/recall/F1, plus cluster counts.

BCubed (Bagga and Baldwin; Amigó et al. 2009) scores every item by how much of its predicted cluster
shares its gold cluster (precision) and how much of its gold cluster shares its predicted one
(recall), so large clusters cannot hide the errors of small ones the way purity can.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in asdict(self).items()}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _common(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> list[str]:
    missing = set(gold) - set(pred)
    if missing:
        raise ValueError(f"{len(missing)} items have no prediction, e.g. {sorted(missing)[:3]}")
    return sorted(gold)


def bcubed(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> PRF:
    items = _common(gold, pred)
    if not items:
        return PRF(0.0, 0.0, 0.0)
    joint = Counter((gold[i], pred[i]) for i in items)
    gsize = Counter(gold[i] for i in items)
    psize = Counter(pred[i] for i in items)
    # every item of a (gold, pred) cell has the same per-item scores: sum cell by cell
    p = sum(n * n / psize[pc] for (_, pc), n in joint.items()) / len(items)
    r = sum(n * n / gsize[gc] for (gc, _), n in joint.items()) / len(items)
    return PRF(p, r, _f1(p, r))


def pairwise(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> PRF:
    items = _common(gold, pred)

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    joint = pairs(Counter((gold[i], pred[i]) for i in items))
    gold_pairs = pairs(Counter(gold[i] for i in items))
    pred_pairs = pairs(Counter(pred[i] for i in items))
    p = joint / pred_pairs if pred_pairs else 1.0
    r = joint / gold_pairs if gold_pairs else 1.0
    return PRF(p, r, _f1(p, r))


def cluster_report(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> dict[str, object]:
    items = _common(gold, pred)
    return {
        "bcubed": bcubed(gold, pred).as_dict(),
        "pairwise": pairwise(gold, pred).as_dict(),
        "clusters_gold": len({gold[i] for i in items}),
        "clusters_predicted": len({pred[i] for i in items}),
    }
