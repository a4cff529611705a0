"""simplemma's dictionaries and lemmatiser: decoded once per machine, not once per process.

simplemma ships each language as an lzma-compressed, front-coded stream; decoding one takes one
to several seconds of pure Python (Polish about ten), and a multilingual batch needs a dozen or
more languages. So the first decode of a language is saved as a marisa trie (memory-mapped, a
sixth of the size of a plain table, sub-microsecond lookups) in the user's cache directory
(``$STORYWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/storywire``, else ``~/.cache/storywire``),
and later processes map it instead of decoding. Where the cache cannot be written, the decoded
dictionary stays in memory for the process. Nothing is downloaded: the cache is derived from
the installed simplemma wheel and keyed by its version.

simplemma's own factory also keeps only the 8 most recent languages, so a batch in more
languages than that kept decoding them again; every storywire module that needs a lexicon or a
lemma goes through here instead.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

#: bump when the cache file layout changes
_LAYOUT = "1"


def cache_dir() -> Path:
    """Where derived data that is costly to rebuild (never downloaded) is kept."""
    explicit = os.environ.get("STORYWIRE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "storywire"


class _TrieLexicon(Mapping[str, str]):
    """A read-only word -> lemma mapping over one language's memory-mapped trie."""

    def __init__(self, path: Path) -> None:
        from marisa_trie import BytesTrie

        self._trie = BytesTrie()
        self._trie.mmap(str(path))

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        found = self._trie.get(key)
        return found[0].decode() if found else default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._trie

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.keys())

    def __len__(self) -> int:
        return len(self._trie)


def _cache_path(code: str) -> Path:
    import simplemma

    version = getattr(simplemma, "__version__", "0")
    return cache_dir() / f"lexicon-{_LAYOUT}-simplemma-{version}" / f"{code}.marisa"


def _write_cache(path: Path, decoded: dict[bytes, bytes]) -> None:
    """Write atomically: a concurrent process sees the whole file or none."""
    from marisa_trie import BytesTrie

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        BytesTrie((k.decode(), v) for k, v in decoded.items()).save(str(tmp))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@cache
def dictionary(code: str) -> Mapping[str, str] | None:
    """The word -> lemma dictionary of ``code``; None when simplemma has no such language."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            SUPPORTED_LANGUAGES,
            MappingStrToByteString,
            _load_dictionary_from_disk,
        )
    except ImportError:  # simplemma missing: callers fall back to rules
        return None
    if code not in SUPPORTED_LANGUAGES:
        return None
    path = _cache_path(code)
    if path.exists():
        try:
            return _TrieLexicon(path)
        except (OSError, RuntimeError, ValueError):
            pass  # unreadable: rebuild below
    decoded = _load_dictionary_from_disk(code)
    with contextlib.suppress(OSError):  # a read-only home: kept in memory for this process
        _write_cache(path, decoded)
    return MappingStrToByteString(decoded)


class _KeptDictionaries:
    """A simplemma dictionary factory backed by :func:`dictionary` (never evicts)."""

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        found = dictionary(lang)
        if found is None:
            raise ValueError(f"no simplemma dictionary for {lang!r}")
        return found


@cache
def _lemmatizer() -> Any:
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    strategy = DefaultStrategy(dictionary_factory=_KeptDictionaries())
    return Lemmatizer(lemmatization_strategy=strategy)


@lru_cache(maxsize=200_000)
def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of ``word``, or the word itself when ``lang`` has no dictionary."""
    if dictionary(lang) is None:
        return word
    try:
        return str(_lemmatizer().lemmatize(word, lang))
    except Exception:
        return word
