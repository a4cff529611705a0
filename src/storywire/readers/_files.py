"""Reading a file's bytes with the checks every reader needs (size limit, permissions)."""

from __future__ import annotations

from pathlib import Path

from storywire.model import InputError
from storywire.readers._base import ReadOptions


def describe_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def check_size(path: Path, opts: ReadOptions) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    if size > opts.max_bytes:
        raise InputError(
            f"file is {describe_size(size)}, over the {describe_size(opts.max_bytes)} limit "
            "(--max-bytes)"
        )
    return size


def read_limited(path: Path, opts: ReadOptions) -> bytes:
    """The file's bytes, or InputError with a reason a user can act on."""
    check_size(path, opts)
    try:
        with path.open("rb") as fh:
            data = fh.read(opts.max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > opts.max_bytes:  # grew after stat, or a special file
        raise InputError(f"file is over the {describe_size(opts.max_bytes)} limit (--max-bytes)")
    if not data:
        raise InputError("empty file")
    return data
