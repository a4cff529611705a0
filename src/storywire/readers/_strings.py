"""String helpers the metadata parser's modules share: regex alternations built from lexicon
phrases, and shape tests on short strings (capitalised, how many words, sentence end)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alt", "ends_sentence", "is_upper_start", "no_groups", "nwords"]

_WORDISH = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_END_PUNCT = frozenset(".!…:;,")
_CLOSERS = "\"'»”“’)]"


def alt(items: Iterable[str], *, spaces: bool = False) -> str:
    """A regex alternation of literal phrases, longest first so "по данным X" beats "по"."""
    parts = sorted({re.escape(i) for i in items}, key=len, reverse=True)
    if spaces:
        parts = [p.replace(r"\ ", r"[ \u00a0]+") for p in parts]
    return "|".join(parts)


def no_groups(pattern: str) -> str:
    """``pattern`` with its named groups made non-capturing, to join it with others."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def is_upper_start(s: str) -> bool:
    return bool(s) and (s[0].isupper() or s[0].isdigit() or s[0] in "«\"„“'‘")


def nwords(s: str) -> int:
    return len(_WORDISH.findall(s))


def ends_sentence(s: str) -> bool:
    s = s.rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in _END_PUNCT
