"""Average-linkage agglomeration over a small matrix of pair probabilities, and stable cluster ids.

Kept free of storage and features so both events (over articles) and threads (over events) use
it, and so the partition depends only on the items and their pair scores, never on arrival order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np


def average_linkage(probs: np.ndarray, threshold: float,
                    support: np.ndarray | None = None) -> list[list[int]]:
    """Clusters (lists of row indices) merged while the best average pair probability >= threshold.

    ``support`` (boolean, symmetric), when given, also requires one supporting pair across any
    two clusters that merge: a weak link of every member is not enough without one strong one.
    Ties are broken by the lowest indices, so callers who order items canonically get a canonical
    result. O(n^2) memory and roughly O(n^2 log n) time in practice; n is a local region.
    """
    n = probs.shape[0]
    if n == 0:
        return []
    sums = probs.astype(np.float64).copy()
    np.fill_diagonal(sums, 0.0)
    linked = None if support is None else support.astype(bool).copy()
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    while True:
        avg = sums / np.outer(sizes, sizes)
        mask = np.outer(alive, alive)
        if linked is not None:
            mask &= linked
        np.fill_diagonal(mask, False)
        avg = np.where(mask, avg, -1.0)
        flat = int(np.argmax(avg))
        i, j = divmod(flat, n)
        if avg[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        sums[i, :] += sums[j, :]
        sums[:, i] += sums[:, j]
        sums[i, i] = 0.0
        if linked is not None:
            linked[i, :] |= linked[j, :]
            linked[:, i] |= linked[:, j]
        sizes[i] += sizes[j]
        alive[j] = False
        sums[j, :] = 0.0
        sums[:, j] = 0.0
        members[i].extend(members[j])
        members[j] = []
    return [sorted(m) for m, a in zip(members, alive, strict=True) if a]


def new_id(prefix: str, founder: str, taken: set[str]) -> str:
    """A fresh id derived from the cluster's first-arrived member: same input, same ids."""
    base = prefix + hashlib.sha1(founder.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    out, n = base, 2
    while out in taken:
        out, n = f"{base}-{n}", n + 1
    return out


@dataclass
class Remap:
    """Which id each new cluster gets, and where ids that lost their cluster now point."""

    ids: list[str] = field(default_factory=list)
    redirects: dict[str, tuple[str, str]] = field(default_factory=dict)  # old -> (new, kind)


def remap(
    old: Mapping[str, set[str]],
    new: Sequence[set[str]],
    *,
    prefix: str,
    founder: Mapping[int, str],
    taken: set[str],
    age: Mapping[str, int],
) -> Remap:
    """Give each new cluster the id of the old cluster it overlaps most (older ids first).

    An old id that keeps no cluster redirects to the new cluster holding most of its members:
    "merged" when that cluster kept another old id, "split" otherwise.
    """
    pairs = []
    for ni, members in enumerate(new):
        for oid, omembers in old.items():
            ov = len(members & omembers)
            if ov:
                pairs.append((-ov, age.get(oid, 0), oid, ni))
    pairs.sort()
    ids: list[str | None] = [None] * len(new)
    used: set[str] = set()
    for _, _, oid, ni in pairs:
        if ids[ni] is None and oid not in used:
            ids[ni] = oid
            used.add(oid)
    taken = set(taken) | used
    for ni in range(len(new)):
        if ids[ni] is None:
            ids[ni] = new_id(prefix, founder[ni], taken)
            taken.add(ids[ni])  # type: ignore[arg-type]
    out = Remap(ids=[i for i in ids if i is not None])
    for oid, omembers in old.items():
        if oid in used:
            continue
        best = max(range(len(new)), key=lambda ni: (len(new[ni] & omembers), -ni), default=None)
        if best is not None and new[best] & omembers:
            kind = "merged" if ids[best] in old else "split"
            out.redirects[oid] = (ids[best], kind)  # type: ignore[assignment]
    return out
