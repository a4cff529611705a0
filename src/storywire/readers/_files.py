"""Reading a file's bytes with the checks every reader needs (size limit, permissions)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from storywire.model import InputError
from storywire.readers._base import ReadOptions


def describe_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def over_limit(what: str, size: int, opts: ReadOptions) -> str:
    """The reason for a document over the limit: "file is 21.0 MB, over the 20.0 MB limit ..."."""
    return (
        f"{what} is {describe_size(size)}, over the {describe_size(opts.max_bytes)} limit "
        "(--max-bytes)"
    )


def _cannot_read(exc: OSError) -> InputError:
    return InputError(f"cannot read file: {exc.strerror or exc}")


def check_size(path: Path, opts: ReadOptions) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _cannot_read(exc) from exc
    if size > opts.max_bytes:
        raise InputError(over_limit("file", size, opts))
    return size


def read_limited(path: Path, opts: ReadOptions) -> bytes:
    """The file's bytes, or InputError with a reason a user can act on."""
    check_size(path, opts)
    try:
        with path.open("rb") as fh:
            data = fh.read(opts.max_bytes + 1)
    except OSError as exc:
        raise _cannot_read(exc) from exc
    if len(data) > opts.max_bytes:  # grew after stat, or a special file
        raise InputError(f"file is over the {describe_size(opts.max_bytes)} limit (--max-bytes)")
    if not data:
        raise InputError("empty file")
    return data


def open_nonempty(path: Path) -> BinaryIO:
    """The file open for binary reading at its start (for readers that stream a container, so
    no size limit), or InputError when it cannot be read or is empty."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise _cannot_read(exc) from exc
    try:
        empty = not fh.read(1)
        fh.seek(0)
    except OSError as exc:
        fh.close()
        raise _cannot_read(exc) from exc
    if empty:
        fh.close()
        raise InputError("empty file")
    return fh
