"""Readers, one per input kind, and the walk that picks the right one for each input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from storywire.model import Article, ReadError
from storywire.readers import feeds, html, jsonl, text, warc
from storywire.readers._base import DEFAULT_MAX_BYTES, Reader, ReadOptions
from storywire.readers.sniff import sniff_kind

READERS: dict[str, Reader] = {
    "text": text.read,
    "jsonl": jsonl.read,
    "html": html.read,
    "feed": feeds.read,
    "warc": warc.read,
}

__all__ = ["DEFAULT_MAX_BYTES", "READERS", "ReadOptions", "iter_files", "read_path", "read_paths"]


def iter_files(root: Path) -> Iterator[Path]:
    """Files under ``root`` in a stable order, hidden files and folders skipped."""
    if not root.is_dir():
        yield root
        return
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() or (path.is_symlink() and not path.exists()):
            yield path  # a dangling link is reported by its reader, not skipped silently


def read_path(path: Path, opts: ReadOptions) -> Iterator[Article | ReadError]:
    """Every article (or error) in one file, whatever its kind."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        yield ReadError(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    kind = sniff_kind(path, head)
    if kind is None:
        yield ReadError(str(path), "not a supported input (text, JSONL, HTML, RSS/Atom, WARC)")
        return
    yield from READERS[kind](path, opts)


def read_paths(paths: Iterable[str | Path], opts: ReadOptions | None = None) -> Iterator[
        Article | ReadError]:
    """Articles from files, folders (walked recursively) and ``-`` (JSON Lines on stdin)."""
    opts = opts or ReadOptions()
    for item in paths:
        if str(item) == "-":
            yield from jsonl.read_stream(sys.stdin.buffer, "<stdin>", opts)
            continue
        root = Path(item)
        if not root.exists():
            yield ReadError(str(root), "no such file or folder")
            continue
        for path in iter_files(root):
            yield from read_path(path, opts)
