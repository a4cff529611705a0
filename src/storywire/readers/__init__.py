"""Readers, one per input kind, and the walk that picks the right one for each input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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

__all__ = [
    "DEFAULT_MAX_BYTES", "READERS", "Item", "ReadOptions", "iter_files", "iter_items",
    "materialise", "read_path", "read_paths",
]


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


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of reading work, cheap to find and to send to another process.

    A JSON Lines record travels as its raw line; any other input as its file path (the reader
    runs where the item is materialised).
    """

    location: str
    path: str | None = None
    line: bytes | None = None


def iter_items(paths: Iterable[str | Path], opts: ReadOptions | None = None) -> Iterator[
        Item | ReadError]:
    """The work items under ``paths`` (files, folders walked recursively, ``-`` for stdin)."""
    opts = opts or ReadOptions()
    for entry in paths:
        if str(entry) == "-":
            for got in jsonl.iter_lines(sys.stdin.buffer, "<stdin>", opts):
                yield got if isinstance(got, ReadError) else Item(got[0], line=got[1])
            continue
        root = Path(entry)
        if not root.exists() and not root.is_symlink():
            yield ReadError(str(root), "no such file or folder")
            continue
        for path in iter_files(root):
            if _is_jsonl(path):
                for got in jsonl.iter_file_lines(path, opts):
                    yield got if isinstance(got, ReadError) else Item(got[0], line=got[1])
            else:
                yield Item(str(path), path=str(path))


def _is_jsonl(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False  # the file reader reports it
    return sniff_kind(path, head) == "jsonl"


def materialise(item: Item, opts: ReadOptions) -> list[Article | ReadError]:
    """The articles (or errors) one item holds."""
    if item.line is not None:
        return [jsonl.article_from_line(item.line, item.location, opts)]
    assert item.path is not None
    return list(read_path(Path(item.path), opts))


def read_paths(paths: Iterable[str | Path], opts: ReadOptions | None = None) -> Iterator[
        Article | ReadError]:
    """Articles from files, folders (walked recursively) and ``-`` (JSON Lines on stdin)."""
    opts = opts or ReadOptions()
    for item in iter_items(paths, opts):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from materialise(item, opts)
