"""Average linkage with a support rule (storywire.stories.linkage): what threads rely on to keep
storylines that share a topic but no actors apart."""

from __future__ import annotations

import numpy as np

from storywire.stories.linkage import average_linkage


def _uniform(n: int, p: float) -> np.ndarray:
    probs = np.full((n, n), p)
    np.fill_diagonal(probs, 1.0)
    return probs


def test_without_support_average_probability_alone_decides() -> None:
    assert average_linkage(_uniform(3, 0.7), 0.6) == [[0, 1, 2]]
    assert average_linkage(_uniform(3, 0.5), 0.6) == [[0], [1], [2]]


def test_a_group_without_one_supporting_pair_stays_apart() -> None:
    support = np.zeros((3, 3), dtype=bool)
    support[0, 1] = support[1, 0] = True
    assert average_linkage(_uniform(3, 0.7), 0.6, support=support) == [[0, 1], [2]]


def test_support_is_needed_once_per_merge_not_for_every_pair() -> None:
    """0-1 and 1-2 support each other, 0-2 do not: the chain is one group, as a storyline whose
    first and last events share no actor but each shares one with the event between them."""
    support = np.zeros((3, 3), dtype=bool)
    for i, j in ((0, 1), (1, 2)):
        support[i, j] = support[j, i] = True
    assert average_linkage(_uniform(3, 0.7), 0.6, support=support) == [[0, 1, 2]]


def test_support_never_overrides_the_average() -> None:
    probs = _uniform(3, 0.7)
    probs[0, 2] = probs[2, 0] = 0.1  # average of {0,1} with 2 is 0.4
    support = np.ones((3, 3), dtype=bool)
    assert average_linkage(probs, 0.6, support=support) == [[0, 1], [2]]
